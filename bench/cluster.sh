#!/usr/bin/env bash
# Two nodes against one: REST reads through nginx (cluster/nginx.conf, TLS) with one node behind it, then with two,
# on one PostgreSQL server (issue #15, target: two nodes ≥ 1.7 × one).
#
#   bench/cluster.sh [seconds=30] [connections=32]
#
# The read is GET /api/v1/me with a tenant's bearer token: the session looked up in the database, the tenant read.
# Everything runs on this machine — PostgreSQL, nginx, both nodes and wrk share its cores — so the ratio shows what
# a second node adds here, not on two machines. Prints the figures and writes bench/target/cluster/measured.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java17.sh
source cluster/lib.sh
seconds=${1:-30}
connections=${2:-32}
cluster_work=bench/target/cluster
need wrk wrk
need nginx nginx
rm -rf "$cluster_work" && mkdir -p "$cluster_work"
cluster_work=$(cd "$cluster_work" && pwd)
manager=bench-manager
password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
trap 'set +e; nginx_stop; node_stop a; node_stop b; pg_stop' EXIT

echo ">> PostgreSQL and two nodes"
pg_start "/tmp/kabinet-bench-pg-$$" 18750
for n in a b; do
  node_unpack $n $([ $n = a ] && echo 18721 || echo 18731)
  printf 'outboxKey = %s\n' "$(head -c 32 /dev/urandom | base64)" > "${node_home[$n]}/etc/org.kabinet.cluster.cfg"
  printf '\n%s = %s,manager\n' "$manager" "$password" >> "${node_home[$n]}/etc/users.properties"
done
cp "${node_home[a]}/etc/org.kabinet.cluster.cfg" "${node_home[b]}/etc/org.kabinet.cluster.cfg"
node_start a
node_wait a
token=$(tenant_signup a "bench-$$@example.ru" "Kl0pik-$$-Zorro")

# load <label>: wrk through nginx for $seconds; prints requests/s and keeps wrk's output
load() {
  local label=$1
  wrk -t 2 -c "$connections" -d "${seconds}s" --latency -H "Authorization: Bearer $token" "https://localhost:18770/api/v1/me" \
    > "$cluster_work/wrk-$label.txt"
  awk '/^Requests\/sec/ { print $2 }' "$cluster_work/wrk-$label.txt"
}

echo ">> one node behind nginx: GET /me, $connections connections, $seconds s"
nginx_start 18770 127.0.0.1:18721
load warm-one >/dev/null
one=$(load one)
nginx_stop
echo "   $one requests/s"

echo ">> two nodes behind nginx"
node_start b
node_wait b
nginx_start 18770 127.0.0.1:18721 127.0.0.1:18731
load warm-two >/dev/null
two=$(load two)
echo "   $two requests/s"
ratio=$(awk -v a="$two" -v b="$one" 'BEGIN { printf "%.2f", a / b }')
p99_one=$(awk '/ 99%/ { print $2 }' "$cluster_work/wrk-one.txt")
p99_two=$(awk '/ 99%/ { print $2 }' "$cluster_work/wrk-two.txt")
{
  echo "date $(date '+%Y-%m-%d %H:%M')"
  echo "command bench/cluster.sh $seconds $connections"
  echo "one_node_rps $one p99 $p99_one"
  echo "two_nodes_rps $two p99 $p99_two"
  echo "ratio $ratio (target 1.7)"
  echo "cores $(nproc) load $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$cluster_work/measured.txt"
