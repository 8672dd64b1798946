#!/usr/bin/env bash
# Sign-in flood: 100 clients posting sign-ins for an unknown address while a tenant's browser asks for
# the public list of cities. Measures GET /api/v1/cities alone, then under the flood, on the built
# distribution (unpacked into bench/target/portal, port 18481), and prints hey's summaries.
#   bench/signin-flood.sh [seconds]        (default 30; needs: ./test.sh or mvn -B -DskipTests install first)
# The per-address limit on /sessions is lifted (clientBurst=100000) so that the flood reaches the password
# hashing, as it would from many addresses; with the default limit it is answered 429 without hashing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java17.sh
seconds=${1:-30}
port=18481
dist=assembly/target/kabinet-distribution-0.1.0-SNAPSHOT.tar.gz
home=$PWD/bench/target/portal
[ -f "$dist" ] || { echo "build first: mvn -B -DskipTests install" >&2; exit 1; }
command -v hey >/dev/null || { echo "installing hey (Debian)"; apt-get install -y -qq hey >/dev/null; }

rm -rf "$home" && mkdir -p "$home"
tar xzf "$dist" -C "$home" --strip-components=1
{
  echo "org.osgi.service.http.port = $port"
} >> "$home/etc/org.ops4j.pax.web.cfg"
echo "sshPort = $((port + 1))" >> "$home/etc/org.apache.karaf.shell.cfg"
printf 'rmiRegistryPort = %s\nrmiServerPort = %s\n' $((port + 2)) $((port + 3)) >> "$home/etc/org.apache.karaf.management.cfg"
echo "clientBurst = 100000" >> "$home/etc/org.kabinet.rest.cfg"

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken: a portal from an earlier run?" >&2; exit 1; fi
"$home/bin/karaf" server > "$home/karaf.out" 2>&1 &
# bin/karaf starts Java as a child: stop that one, not only the script
trap 'pkill -f "karaf.home=$home" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port/api/v1"
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/cities")" = 200 ] && break
  sleep 1
done
hey -n 200 -c 4 "$base/cities" > /dev/null   # warm up

echo "== GET /cities alone, 4 clients, ${seconds}s"
hey -z "${seconds}s" -c 4 "$base/cities" | grep -E "Requests/sec|Average|95%|99%|^ +\[[0-9]{3}\]"

echo "== GET /cities, 4 clients, while 100 clients post sign-ins for an unknown address, ${seconds}s"
hey -z "$((seconds + 4))s" -c 100 -m POST -T application/json \
    -d '{"email":"nobody-'"$RANDOM"'@example.ru","password":"a wrong password for the flood"}' \
    "$base/sessions" > "$home/flood.txt" &
flood=$!
sleep 2
hey -z "${seconds}s" -c 4 "$base/cities" | grep -E "Requests/sec|Average|95%|99%|^ +\[[0-9]{3}\]"
wait $flood
echo "== the flood itself (401 = checked and refused, 503 = hashing slots busy, answered at once)"
grep -E "Requests/sec|95%|^ +\[[0-9]{3}\]" "$home/flood.txt"
