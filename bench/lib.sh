# Shared by the bench scripts (sourced, not run): a private portal (or the baseline) unpacked into
# bench/target/<name>/, on its own loopback ports, started, waited for, stopped however the script ends;
# the load gate; memory and result rows.
#
# A script sets, before calling these: work (its folder under bench/target), home ($work/portal or
# another), port (the HTTP port; the next three are taken for SSH and RMI), then calls bench_unpack.
# Globals it may read afterwards: base (http://127.0.0.1:$port/api/v1), manager, password (a staff user
# with the role manager, made up for the run), karaf (the launcher's pid while running).

dist=${BENCH_DIST:-assembly/target/kabinet-distribution-0.1.0-SNAPSHOT.tar.gz}
baseline_dist=bench/baseline/assembly/target/bench-baseline-distribution-0.1.0-SNAPSHOT.tar.gz
max_load=${BENCH_MAX_LOAD:-2.5}
quiet_wait=${BENCH_QUIET_WAIT:-1200}
karaf=""

bench_need() {  # bench_need <command> <Debian package>: installs the package if the command is missing
  command -v "$1" >/dev/null && return 0
  echo "   installing $2 (Debian)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -qq "$2" >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq "$2" >/dev/null; }
}

bench_ports() { echo "$port $((port + 1)) $((port + 2)) $((port + 3))"; }

bench_ports_free() {
  local p
  for p in $(bench_ports); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is taken: a portal from an earlier run?" >&2; exit 1; fi
  done
}

# bench_unpack [archive] [later]: a fresh copy in $home ($work emptied first unless BENCH_KEEP_WORK=1), on
# $port..$port+3, with a manager "bench-manager" and a random password in etc/users.properties — with "later", only
# chosen: add_manager writes it once the portal runs (a clear password in the file at the very first start costs
# 10 s there: Karaf's JAAS module waits for its encryption service to hash it, see bench/README.md)
bench_unpack() {
  local archive=${1:-$dist}
  [ -f "$archive" ] || { echo "build first: $archive is missing (mvn -B -DskipTests install)" >&2; exit 1; }
  bench_ports_free
  echo ">> unpacking $archive into $home"
  if [ "${BENCH_KEEP_WORK:-0}" = 1 ]; then rm -rf "$home"; else rm -rf "$work"; fi
  mkdir -p "$home"
  tar xzf "$archive" -C "$home" --strip-components=1
  echo "org.osgi.service.http.port = $port" >> "$home/etc/org.ops4j.pax.web.cfg"
  echo "sshPort = $((port + 1))" >> "$home/etc/org.apache.karaf.shell.cfg"
  printf 'rmiRegistryPort = %s\nrmiServerPort = %s\n' $((port + 2)) $((port + 3)) >> "$home/etc/org.apache.karaf.management.cfg"
  base="http://127.0.0.1:$port/api/v1"
  manager=bench-manager
  password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
  [ "${2:-}" = later ] || add_manager
}

add_manager() { printf '\n%s = %s,manager\n' "$manager" "$password" >> "$home/etc/users.properties"; }

# set_config <file in etc/> <key> <value>: the line replaced, or added (a distribution built before a file shipped lacks it)
set_config() {
  local file=$home/etc/$1 key=$2 value=$3
  if grep -q "^$key *=" "$file" 2>/dev/null; then sed -i "s|^$key *=.*|$key = $value|" "$file"; else printf '\n%s = %s\n' "$key" "$value" >> "$file"; fi
}

# bin/stop asks Karaf to shut down; if it has not after 60 s, the Java process (karaf.pid) is killed
stop_portal() {
  [ -n "$karaf" ] || return 0
  if kill -0 "$karaf" 2>/dev/null; then
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do kill -0 "$karaf" 2>/dev/null || break; sleep 1; done
    if kill -0 "$karaf" 2>/dev/null; then
      echo "!! Karaf did not stop in 60 s: killing it" >&2
      local java_pid
      java_pid=$(cat "$home/karaf.pid" 2>/dev/null || true)
      [ -n "$java_pid" ] && kill "$java_pid" 2>/dev/null || true
      sleep 5
      [ -n "$java_pid" ] && kill -9 "$java_pid" 2>/dev/null || true
      kill "$karaf" 2>/dev/null || true
    fi
  fi
  wait "$karaf" 2>/dev/null || true
  karaf=""
}

stop_and_check_ports() {
  stop_portal
  local p
  for p in $(bench_ports); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "!! port $p still answers after the portal stopped" >&2; exit 1; fi
  done
}

# launch_portal: bin/karaf server in the background; started_ns is when it was launched
launch_portal() {
  started_ns=$(date +%s%N)
  "$home/bin/karaf" server >> "$home/karaf.out" 2>&1 &
  karaf=$!
}

# wait_200 <seconds> <url> [curl options…]: polls every 0.1 s until the URL answers 200; prints the milliseconds
# since launch_portal. Fails if Karaf exits or the time runs out.
wait_200() {
  local limit=$1 url=$2
  shift 2
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")" = 200 ]; do
    kill -0 "$karaf" 2>/dev/null || { echo "Karaf exited; see $home/karaf.out" >&2; exit 1; }
    [ $(( ($(date +%s%N) - started_ns) / 1000000000 )) -lt "$limit" ] || { echo "no 200 from $url after $limit s; see $home/data/log/karaf.log" >&2; exit 1; }
    sleep 0.1
  done
  echo $(( ($(date +%s%N) - started_ns) / 1000000 ))
}

# wait_steady [staff paths…]: up when GET /cities and each staff path answer 200 ten times in a row, a second apart (on a
# first start Karaf is still installing features when the first resource answers, and the others may answer 404 for
# a few seconds)
wait_steady() {
  local ok=0 path all
  while [ "$ok" -lt 10 ]; do
    all=1
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/cities")" = 200 ] || all=0
    for path in "$@"; do
      [ "$all" = 1 ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$manager:$password" "$base$path")" = 200 ] || all=0
    done
    if [ "$all" = 1 ]; then ok=$((ok + 1)); else ok=0; fi
    kill -0 "$karaf" 2>/dev/null || { echo "Karaf exited; see $home/karaf.out" >&2; exit 1; }
    [ $(( ($(date +%s%N) - started_ns) / 1000000000 )) -lt 300 ] || { echo "no steady answer from $base/cities $* after 5 minutes; see $home/data/log/karaf.log" >&2; exit 1; }
    sleep 1
  done
}

# start_portal [staff paths…]: launched, then waited for until steady
start_portal() {
  launch_portal
  wait_steady "$@"
  echo "   up in $(( ($(date +%s%N) - started_ns) / 1000000000 )) s (answering for 10 s)"
}

# timed_starts <restarts> [staff paths…]: the first start of a copy unpacked with "later", then <restarts> restarts,
# each launch → first 200 of GET /cities timed, then steady (wait_steady with the paths); the manager is written
# after the first 200. Sets first_ms, restart_ms (one per restart) and rss_start (VmRSS once steady, MiB).
timed_starts() {
  local restarts=$1 r
  shift
  echo ">> 1. first start (empty data)"
  launch_portal
  first_ms=$(wait_200 300 "$base/cities")
  add_manager
  wait_steady "$@"
  echo "   first 200 of /cities after $first_ms ms"
  restart_ms=()
  rss_start=()
  for r in $(seq 1 "$restarts"); do
    stop_and_check_ports
    wait_quiet "restart-$r"
    echo ">> 2. restart $r of $restarts"
    launch_portal
    restart_ms+=("$(wait_200 300 "$base/cities")")
    wait_steady "$@"
    rss_start+=("$(rss_mb)")
    echo "   first 200 of /cities after ${restart_ms[-1]} ms; steady; RSS ${rss_start[-1]} MiB"
  done
}

java_pid() { cat "$home/karaf.pid"; }

# rss_mb: the resident memory of the running portal's Java process, in MiB
rss_mb() { awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$(java_pid)/status"; }

# waits (polling every 30 s, at most $quiet_wait s) until the 1-minute load is below $max_load; keeps the uptime
# line in $work/load-<label>.txt
wait_quiet() {
  local label=$1 waited=0 line
  while :; do
    line=$(uptime)
    if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$max_load" 'BEGIN { exit !(l < m) }'; then break; fi
    if [ "$waited" -ge "$quiet_wait" ]; then
      echo "!! the 1-minute load is still not below $max_load after $waited s: measuring anyway" >&2
      line="$line (not quiet after ${waited} s)"
      break
    fi
    echo "   waiting for a quiet machine (1-minute load below $max_load):$(echo "$line" | sed 's/.*load average://')"
    sleep 30
    waited=$((waited + 30))
  done
  echo "   load average ($label):$(echo "$line" | sed 's/.*load average://')"
  echo "$line" > "$work/load-$label.txt"
}

derby_jar() {
  local jar
  jar=$(find "$home/system/org/apache/derby/derby" -name 'derby-*.jar' | head -n 1)
  [ -n "$jar" ] || { echo "no Derby jar under $home/system" >&2; exit 1; }
  echo "$jar"
}
