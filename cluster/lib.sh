# Shared by the cluster scripts (sourced, not run): a private PostgreSQL server and portal nodes on loopback.
#
# PostgreSQL: pg_start <folder> <port> makes a new server there (Debian's postgresql package; as the user
# postgres when run by root: the server refuses root) with a database and a role "kabinet"; pg_stop stops it.
# A node: node_unpack <name> <http port> unpacks the distribution into $cluster_work/<name> on that port and the next
# three (SSH, RMI), on the database; node_start / node_wait / node_stop / node_kill9 <name>.

cluster_dist=${CLUSTER_DIST:-assembly/target/kabinet-distribution-0.1.0-SNAPSHOT.tar.gz}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
declare -A node_port node_home node_launcher

need() {  # need <command> <Debian package>: installs the package if the command is missing
  command -v "$1" >/dev/null && return 0
  [ -n "$pg_bin" ] && [ "$1" = pg_ctl ] && [ -x "$pg_bin/pg_ctl" ] && return 0
  echo "   installing $2 (Debian)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -qq "$2" >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq "$2" >/dev/null; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
}

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pg_start <folder> <port>: sets pg_url (JDBC), pg_password (the role kabinet's) and psql_admin (a psql command line)
pg_start() {
  pg_dir=$1 pg_port=$2
  need pg_ctl postgresql
  rm -rf "$pg_dir" && mkdir -p "$pg_dir"
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  pg_password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
  # the superuser only through the socket in the folder; the portal over TCP with a SCRAM password
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
    --auth-host=scram-sha-256 >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; return 1; }
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  psql_admin="psql -X -q -v ON_ERROR_STOP=1 -h $pg_dir -p $pg_port -U postgres"
  $psql_admin -d postgres -c "CREATE ROLE kabinet LOGIN PASSWORD '$pg_password'" -c "CREATE DATABASE kabinet OWNER kabinet"
  pg_url="jdbc:postgresql://127.0.0.1:$pg_port/kabinet"
  echo "   PostgreSQL $($pg_bin/postgres --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_dir/data)"
}

# pg_stop: stops the server and removes its folder (its log is copied to $cluster_work/postgresql.log first)
pg_stop() {
  [ -n "${pg_dir:-}" ] && [ -d "$pg_dir/data" ] || return 0
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  [ -n "${cluster_work:-}" ] && cp "$pg_dir/server.log" "$cluster_work/postgresql.log" 2>/dev/null
  rm -rf "$pg_dir"
}

# sql <statement>: runs it in the portal's database as the superuser, prints the rows unaligned
sql() { $psql_admin -d kabinet -At -c "$1"; }

# node_unpack <name> <port>: a fresh copy on the database (PostgreSQL through etc/org.ops4j.datasource-kabinet.cfg)
node_unpack() {
  local name=$1 port=$2 home=$cluster_work/$1
  node_port[$name]=$port
  node_home[$name]=$home
  rm -rf "$home" && mkdir -p "$home"
  tar xzf "$cluster_dist" -C "$home" --strip-components=1
  echo "org.osgi.service.http.port = $port" >> "$home/etc/org.ops4j.pax.web.cfg"
  echo "sshPort = $((port + 1))" >> "$home/etc/org.apache.karaf.shell.cfg"
  printf 'rmiRegistryPort = %s\nrmiServerPort = %s\n' $((port + 2)) $((port + 3)) >> "$home/etc/org.apache.karaf.management.cfg"
  cat > "$home/etc/org.ops4j.datasource-kabinet.cfg" <<EOF
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = $pg_url
user = kabinet
password = $pg_password
dataSourceName = kabinet
pool = dbcp2
xa = true
pool.maxTotal = 20
EOF
}

# node_set <name> <file in etc/> <key> <value>: the line replaced, or added
node_set() {
  local file=${node_home[$1]}/etc/$2 key=$3 value=$4
  if grep -q "^$key *=" "$file" 2>/dev/null; then sed -i "s|^$key *=.*|$key = $value|" "$file"; else printf '\n%s = %s\n' "$key" "$value" >> "$file"; fi
}

# node_start <name>: bin/karaf server in the background, KABINET_NODE set to the name
node_start() {
  local name=$1
  (cd "${node_home[$name]}" && KABINET_NODE=$name exec bin/karaf server >> karaf.out 2>&1) &
  node_launcher[$name]=$!
}

# node_wait <name> [seconds]: until GET /api/v1/cities and the staff's /admin/accounts answer 200 five times in a row
node_wait() {
  local name=$1 limit=${2:-300} ok=0 start=$SECONDS base="http://127.0.0.1:${node_port[$1]}/api/v1"
  while [ "$ok" -lt 5 ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/cities")" = 200 ] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$manager:$password" "$base/admin/accounts?limit=1")" = 200 ]; then
      ok=$((ok + 1))
    else
      ok=0
    fi
    kill -0 "${node_launcher[$name]}" 2>/dev/null || { echo "node $name exited; see ${node_home[$name]}/karaf.out" >&2; return 1; }
    [ $((SECONDS - start)) -lt "$limit" ] || { echo "node $name not up after $limit s; see ${node_home[$name]}/data/log/karaf.log" >&2; return 1; }
    sleep 1
  done
}

node_java_pid() { cat "${node_home[$1]}/karaf.pid" 2>/dev/null || true; }

node_stop() {
  local name=$1 pid
  [ -n "${node_launcher[$name]:-}" ] || return 0
  if kill -0 "${node_launcher[$name]}" 2>/dev/null; then
    "${node_home[$name]}/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do kill -0 "${node_launcher[$name]}" 2>/dev/null || break; sleep 1; done
    pid=$(node_java_pid "$name")
    kill -0 "${node_launcher[$name]}" 2>/dev/null && { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; kill -9 "${node_launcher[$name]}" 2>/dev/null; }
  fi
  wait "${node_launcher[$name]}" 2>/dev/null || true
  node_launcher[$name]=""
}

# node_kill9 <name>: the node's Java process dies at once, as in a power cut of that machine
node_kill9() {
  local name=$1 pid
  pid=$(node_java_pid "$name")
  [ -n "$pid" ] && kill -9 "$pid"
  wait "${node_launcher[$name]}" 2>/dev/null || true
  node_launcher[$name]=""
}

# tenant_signup <node> <email> <password> [node confirming]: signs a tenant up on the node, confirms the mailed link
# (found in any node's data/mail: whichever node sent it) on the other node given or the same, signs in on the first;
# prints the bearer token
tenant_signup() {
  local name=$1 email=$2 pass=$3 api="http://127.0.0.1:${node_port[$1]}/api/v1" code letter="" link="" n
  local confirm_api="http://127.0.0.1:${node_port[${4:-$1}]}/api/v1"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$pass\",\"consent\":true}" "$api/registrations")
  [ "$code" = 202 ] || { echo "sign-up on node $name answered $code" >&2; return 1; }
  for _ in $(seq 1 60); do
    for n in "${!node_home[@]}"; do
      letter=$(grep -l "$email" "${node_home[$n]}"/data/mail/*.eml 2>/dev/null | head -n 1 || true)
      [ -n "$letter" ] && break
    done
    [ -n "$letter" ] && break
    sleep 1
  done
  [ -n "$letter" ] || { echo "no confirmation letter for $email on any node" >&2; return 1; }
  link=$(python3 -c 'import email,re,sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"))
text = [p for p in m.walk() if p.get_content_type() == "text/plain"][0].get_payload(decode=True).decode("utf-8")
print(re.search(r"/confirmemail/([A-Za-z0-9_-]+)", text).group(1))' "$letter")
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d "{\"token\":\"$link\"}" "$confirm_api/registrations/confirmations" \
    || { echo "the confirmation of $email failed on node ${4:-$1}" >&2; return 1; }
  curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$pass\"}" "$api/sessions" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# nginx_start <port> <node address>…: nginx with cluster/nginx.conf as it is (the port-80 redirect left out), on
# 127.0.0.1:<port> with a self-signed certificate for localhost, the given nodes in both upstreams; its access log
# ($cluster_work/nginx/logs/access.log) has each request's URI, upstream and status
nginx_start() {
  local port=$1 dir=$cluster_work/nginx servers=""
  shift
  for node in "$@"; do servers+="    server $node max_fails=2 fail_timeout=10s;\n"; done
  mkdir -p "$dir/logs" "$dir/tmp"
  [ -f "$dir/cert.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -keyout "$dir/key.pem" \
    -out "$dir/cert.pem" 2>/dev/null
  sed -e "/server @NODE_B@/d; s|^    server @NODE_A@.*|$servers|" -e "s|@HTTPS_LISTEN@|127.0.0.1:$port|; s|@SERVER_NAME@|localhost|" \
    -e "s|@CERT@|$dir/cert.pem|; s|@KEY@|$dir/key.pem|" -e '/# REDIRECT-BEGIN/,/# REDIRECT-END/d' cluster/nginx.conf > "$dir/kabinet.conf"
  if grep -q '@[A-Z_]*@' "$dir/kabinet.conf"; then echo "a placeholder of cluster/nginx.conf was not replaced" >&2; return 1; fi
  cat > "$dir/nginx.conf" <<NGINX
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 1024; }
http {
  log_format upstream '\$request_uri \$upstream_addr \$status';
  access_log $dir/logs/access.log upstream;
  client_body_temp_path $dir/tmp;
  proxy_temp_path $dir/tmp;
  include $dir/kabinet.conf;
}
NGINX
  nginx -t -q -p "$dir" -c nginx.conf
  nginx -p "$dir" -c nginx.conf
}

nginx_stop() {
  local dir=$cluster_work/nginx
  [ -f "$dir/nginx.pid" ] || return 0
  nginx -p "$dir" -c nginx.conf -s stop 2>/dev/null || true
  for _ in $(seq 1 50); do [ -f "$dir/nginx.pid" ] || break; sleep 0.1; done
}
