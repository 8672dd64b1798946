#!/usr/bin/env bash
# Billing at scale (issue #9): a billing run for N accounts × 8 services and one charge import of M lines,
# each timed against raw JDBC batch inserts of the same rows into the same Derby (ratio = raw time /
# portal time, target ≥ 50 %), and the tenant's balance endpoint for an account with 10 years of history.
#   bench/billing.sh [accounts] [charge-lines]     (defaults 100000 and 1000000)
# Environment (optional): BENCH_ACCOUNT_FILE_LINES — accounts per seeding CSV (default 50000, at most 99999);
# BENCH_TX_TIMEOUT — seconds, replaces
# the distribution's JTA timeout (org.apache.geronimo.tm.timeout, 600) that a run or an import must finish in.
# Needs the built distribution (./test.sh or mvn -B -DskipTests install first). The portal is unpacked
# into bench/target/billing/portal and runs on ports 18491-18494; it is stopped on exit, however the
# script ends. Steps (REST in bench/src/billing_rest.py, the baseline in bench/src/RawChargeInsert.java):
#   1. accounts through POST /admin/accounts/import (several files; not a target)
#   2. 8 services on both account kinds with company tariffs
#   3. a billing run of last month, timed from the POST to the state DONE
#   4. one charge registry of M lines (earlier months) through POST /admin/charges/import, timed
#   6. an extra account with 120 months × 8 charges and ~120 payments, linked to a confirmed tenant;
#      hey, 4 clients for 20 s on GET /me/accounts/{id}/balance
#   5. the portal stopped, RawChargeInsert copies the run's and the import's rows with JDBC batches
#      (1000 a batch, one commit) into a copy of BIL_CHARGE in the same database, then drops the copy
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java17.sh
accounts=${1:-100000}
lines=${2:-1000000}
[[ "$accounts" =~ ^[1-9][0-9]*$ && "$lines" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/billing.sh [accounts] [charge-lines]" >&2; exit 2; }
port=18491
dist=assembly/target/kabinet-distribution-0.1.0-SNAPSHOT.tar.gz
work=$PWD/bench/target/billing
home=$work/portal
base="http://127.0.0.1:$port/api/v1"
[ -f "$dist" ] || { echo "build first: mvn -B -DskipTests install" >&2; exit 1; }
command -v hey >/dev/null || { echo "installing hey (Debian)"; apt-get install -y -qq hey >/dev/null; }
for p in $port $((port + 1)) $((port + 2)) $((port + 3)); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is taken: a portal from an earlier run?" >&2; exit 1; fi
done

karaf=""
# bin/stop asks Karaf to shut down; if it has not after 60 s, the Java process (karaf.pid) is killed
stop_portal() {
  [ -n "$karaf" ] || return 0
  if kill -0 "$karaf" 2>/dev/null; then
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do kill -0 "$karaf" 2>/dev/null || break; sleep 1; done
    if kill -0 "$karaf" 2>/dev/null; then
      echo "!! Karaf did not stop in 60 s: killing it" >&2
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
trap stop_portal EXIT
trap 'exit 130' INT TERM

echo ">> unpacking $dist into $home"
rm -rf "$work" && mkdir -p "$home"
tar xzf "$dist" -C "$home" --strip-components=1
echo "org.osgi.service.http.port = $port" >> "$home/etc/org.ops4j.pax.web.cfg"
echo "sshPort = $((port + 1))" >> "$home/etc/org.apache.karaf.shell.cfg"
printf 'rmiRegistryPort = %s\nrmiServerPort = %s\n' $((port + 2)) $((port + 3)) >> "$home/etc/org.apache.karaf.management.cfg"
manager=bench-manager
password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
printf '\n%s = %s,manager\n' "$manager" "$password" >> "$home/etc/users.properties"
tm="$home/etc/org.ops4j.pax.transx.tm.geronimo.cfg"
if [ -n "${BENCH_TX_TIMEOUT:-}" ]; then
  [[ "$BENCH_TX_TIMEOUT" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_TX_TIMEOUT: seconds" >&2; exit 2; }
  sed -i "s/^org.apache.geronimo.tm.timeout *=.*/org.apache.geronimo.tm.timeout = $BENCH_TX_TIMEOUT/" "$tm"
fi

echo ">> starting the portal (log: $home/data/log/karaf.log)"
started=$(date +%s)
"$home/bin/karaf" server > "$home/karaf.out" 2>&1 &
karaf=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$manager:$password" "$base/admin/services")" = 200 ]; do
  kill -0 "$karaf" 2>/dev/null || { echo "Karaf exited; see $home/karaf.out" >&2; exit 1; }
  [ $(( $(date +%s) - started )) -lt 240 ] || { echo "no answer from $base/admin/services after 4 minutes; see $home/data/log/karaf.log" >&2; exit 1; }
  sleep 1
done
echo "   up in $(( $(date +%s) - started )) s; JTA timeout: $(grep -h '^org.apache.geronimo.tm.timeout' "$tm" | cut -d= -f2 | tr -d ' ') s"

python3 bench/src/billing_rest.py prepare "$base" "$manager" "$password" "$accounts" "$lines" "$work" "$home/data/mail" \
  "${BENCH_ACCOUNT_FILE_LINES:-50000}"
read -r run_period history_account tenant_account token < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(r["runPeriod"], r["historyAccount"], r["tenantAccount"], r["tenantToken"])' "$work/rest.json")

balance="$base/me/accounts/$tenant_account/balance"
echo ">> 6. GET /me/accounts/{id}/balance, 4 clients, 20 s"
hey -n 40 -c 4 -H "Authorization: Bearer $token" "$balance" > /dev/null   # warm up
hey -z 20s -c 4 -H "Authorization: Bearer $token" "$balance" > "$work/hey-balance.txt"
grep -E "Requests/sec|Average|95%|^ +\[[0-9]{3}\]" "$work/hey-balance.txt"
codes=$(grep -E "^ +\[[0-9]{3}\]" "$work/hey-balance.txt" || true)
if [ -z "$codes" ] || grep -vq "\[200\]" <<< "$codes"; then
  echo "!! the balance endpoint answered other than 200 only (see $work/hey-balance.txt)" >&2; exit 1
fi

echo ">> stopping the portal"
stop_portal
for p in $port $((port + 1)) $((port + 2)) $((port + 3)); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "!! port $p still answers after the portal stopped" >&2; exit 1; fi
done

echo ">> 5. raw JDBC batch inserts of the same rows into the same Derby ($home/data/derby/kabinet)"
derby_jar=$(find "$home/system/org/apache/derby/derby" -name 'derby-*.jar' | head -n 1)
[ -n "$derby_jar" ] || { echo "no Derby jar under $home/system" >&2; exit 1; }
mkdir -p "$work/classes"
javac -d "$work/classes" bench/src/RawChargeInsert.java
java -Dderby.stream.error.file="$work/derby-raw.log" -cp "$derby_jar:$work/classes" RawChargeInsert \
  "$home/data/derby/kabinet" "$run_period" "$history_account" "$work/raw.json"

python3 bench/src/billing_rest.py report "$work"
