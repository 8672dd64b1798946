#!/usr/bin/env bash
# The two-node test: two portal nodes of the built distribution on loopback, on one PostgreSQL server that
# this script makes (Debian's postgresql, installed if missing), an SMS provider (cluster/sms_receiver.py, a real
# HTTP server) behind the portal's HTTP gateway, and nginx in front as the README's production set-up has it.
#
#   cluster/test.sh        (./test.sh runs it after the Maven build; about 5 minutes)
#
# Checks, each failing the script with a message:
#   1. both nodes start at once on the empty database (their migrations take turns);
#   2. 10 000 queued SMS with both dispatchers running, node a killed with kill -9 mid-run: node b finishes,
#      every SMS reaches the provider, at most one twice (the one node a had handed to the provider when it died);
#   3. the month's debt SMS started on both nodes at the same moment: one SMS per debtor;
#   4. a tenant signs in through one node and is served by the other; signed out on one, refused by both;
#      through nginx the API is spread over both nodes and a browser's Vaadin session stays on one;
#   5. cluster/backup.sh and cluster/restore.sh: the dump restored into a new database has the same rows.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java17.sh
source cluster/lib.sh

cluster_work=${CLUSTER_WORK:-cluster/target}
sms_count=${CLUSTER_SMS:-10000}
debtors=${CLUSTER_DEBTORS:-2000}
[ -f "$cluster_dist" ] || { echo "build first: $cluster_dist is missing (mvn -B -DskipTests install)" >&2; exit 1; }
for p in 18621 18622 18623 18624 18631 18632 18633 18634 18650 18660 18670; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is taken: a cluster test still running?" >&2; exit 1; fi
done
need nginx nginx
rm -rf "$cluster_work" && mkdir -p "$cluster_work"
cluster_work=$(cd "$cluster_work" && pwd)
receiver_log=$cluster_work/sms-received.tsv
: > "$receiver_log"
manager=cluster-manager
password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
outbox_key="$(head -c 32 /dev/urandom | base64)"
receiver=""
started=$SECONDS

cleanup() {
  set +e
  node_stop a
  node_stop b
  nginx_stop
  [ -n "$receiver" ] && kill "$receiver" 2>/dev/null
  pg_stop
}
trap cleanup EXIT
fail() { echo "!! FAILED: $*" >&2; exit 1; }
say() { echo ">> [$((SECONDS - started)) s] $*"; }

say "PostgreSQL, the SMS provider, two nodes"
pg_start "/tmp/kabinet-cluster-pg-$$" 18650
# 10 ms an SMS, as a provider's API takes: a dispatcher pass of 50 lasts about half a second, so node a dies mid-pass
python3 cluster/sms_receiver.py 18660 "$receiver_log" 0.01 &
receiver=$!
for n in a b; do
  port=$([ $n = a ] && echo 18621 || echo 18631)
  node_unpack $n $port
  # what the nodes must share (README «Several nodes»): the outbox key; the claims end after 20 s here (300 s by default)
  printf 'outboxKey = %s\nclaimSeconds = 20\n' "$outbox_key" > "${node_home[$n]}/etc/org.kabinet.cluster.cfg"
  cat > "${node_home[$n]}/etc/org.kabinet.sms.http.cfg" <<EOF
url = http://127.0.0.1:18660/send
method = POST
bodyTemplate = to={phone}&text={text}&key={key}
messageIdPattern = "id":"([^"]+)"
EOF
  sed -i "s/^featuresBoot *= *\\\\$/featuresBoot = kabinet-sms-http, \\\\/" "${node_home[$n]}/etc/org.apache.karaf.features.cfg"
  grep -q 'kabinet-sms-http' "${node_home[$n]}/etc/org.apache.karaf.features.cfg" || fail "featuresBoot not found in org.apache.karaf.features.cfg"
  node_set $n org.kabinet.sms.cfg smsPerSecond 400
  node_set $n org.kabinet.sms.cfg quietFrom 00:00
  node_set $n org.kabinet.sms.cfg quietTo 00:00
  node_set $n org.kabinet.sms.cfg smsRetryFirstSeconds 5
  node_set $n org.kabinet.mail.cfg pollMillis 200
  printf '\n%s = %s,manager\n' "$manager" "$password" >> "${node_home[$n]}/etc/users.properties"
done

say "1. both nodes start at once on the empty database"
node_start a
node_start b
node_wait a
node_wait b
grep -h "SEVERE\|Exception" "${node_home[a]}/data/log/karaf.log" "${node_home[b]}/data/log/karaf.log" | grep -i "migration\|SchemaMigrations" \
  && fail "a migration failed while both nodes started"
versions=$(sql "SELECT COUNT(*) FROM notif_schema_version")
[ "$versions" -ge 10 ] || fail "the outbox has $versions migrations recorded, expected 10 or more"
a_api="http://127.0.0.1:18621/api/v1"
b_api="http://127.0.0.1:18631/api/v1"
for api in "$a_api" "$b_api"; do
  curl -sf "$api/cities" | grep -q 'Ханты-Мансийск' || fail "$api/cities does not list the cities"
done
echo "   both up; cities seeded once: $(sql "SELECT COUNT(*) FROM acc_city") cities"

say "2. $sms_count queued SMS, both dispatchers; node a killed with kill -9 mid-run"
sql "INSERT INTO notif_outbox (id, idempotency_key, channel, recipient, subject, body, state, priority, attempts, next_attempt_at, created_at)
     SELECT 'c-' || i, 'cluster-sms:' || i, 'SMS', '9' || lpad(i::text, 9, '0'), '', 'Проверка ' || i, 'PENDING', 'ROUTINE', 0,
            (extract(epoch from now()) * 1000)::bigint, (extract(epoch from now()) * 1000)::bigint
     FROM generate_series(1, $sms_count) AS i"
kill_at=$((sms_count * 3 / 10))
# node a dies after 30 % went out, in the middle of a pass (holding claims on messages it has not sent yet)
until [ "$(grep -c '^cluster-sms:' "$receiver_log")" -ge "$kill_at" ] \
  && [ "$(sql "SELECT COUNT(*) FROM notif_outbox WHERE state = 'PENDING' AND claimed_by LIKE 'a#%' AND lease_until IS NOT NULL")" -gt 5 ]; do
  [ $((SECONDS - started)) -lt 900 ] || fail "the dispatchers did not reach $kill_at SMS"
  sleep 0.05
done
node_kill9 a
killed_at=$(grep -c '^cluster-sms:' "$receiver_log")
by_a=$(sql "SELECT COUNT(*) FROM notif_outbox WHERE idempotency_key LIKE 'cluster-sms:%' AND state = 'SENT' AND claimed_by LIKE 'a#%'")
by_b=$(sql "SELECT COUNT(*) FROM notif_outbox WHERE idempotency_key LIKE 'cluster-sms:%' AND state = 'SENT' AND claimed_by LIKE 'b#%'")
echo "   node a killed after $killed_at SMS reached the provider (sent by a: $by_a, by b: $by_b)"
[ "$by_a" -gt 0 ] && [ "$by_b" -gt 0 ] || fail "both dispatchers should have sent some (a: $by_a, b: $by_b)"
held=$(sql "SELECT COUNT(*) FROM notif_outbox WHERE state = 'PENDING' AND claimed_by LIKE 'a#%' AND lease_until IS NOT NULL")
echo "   node a's claims left behind: $held"
[ "$held" -gt 0 ] || fail "node a died holding no claims: the take-over of a dead node's claims was not tested"
deadline=$((SECONDS + 600))
while :; do
  sent=$(sql "SELECT COUNT(*) FROM notif_outbox WHERE idempotency_key LIKE 'cluster-sms:%' AND state = 'SENT'")
  [ "$sent" -ge "$sms_count" ] && break
  [ "$SECONDS" -lt "$deadline" ] || fail "only $sent of $sms_count SMS sent 10 minutes after node a died"
  sleep 1
done
received=$(grep -c '^cluster-sms:' "$receiver_log")
distinct=$(grep '^cluster-sms:' "$receiver_log" | cut -f1 | sort -u | wc -l)
twice=$(grep '^cluster-sms:' "$receiver_log" | cut -f1 | sort | uniq -d | tr '\n' ' ')
echo "   all $sms_count SENT; the provider got $received requests for $distinct SMS; twice: ${twice:-none}"
[ "$distinct" -eq "$sms_count" ] || fail "the provider got $distinct different SMS of $sms_count"
[ $((received - distinct)) -le 1 ] || fail "$((received - distinct)) SMS went out twice (at most the one in flight may): $twice"
echo "   node b sent $(sql "SELECT COUNT(*) FROM notif_outbox WHERE idempotency_key LIKE 'cluster-sms:%' AND claimed_by LIKE 'b#%'") in all,"\
  "$held of them claimed by node a when it died"

say "   node a comes back after the crash"
node_start a
node_wait a

say "3. the month's debt SMS started on both nodes at the same moment ($debtors debtors)"
month=$(date -u +%Y-%m)
last_month=$(date -u -d "$(date -u +%Y-%m-01) -1 day" +%Y-%m)
now_ms=$(($(date +%s) * 1000))
sql "INSERT INTO acc_account (id, number, city_id, kind, address, area_m2, residents, status, created_at)
       SELECT 'cl-acc-' || i, 'CL' || i, 'surgut', 'SOCIAL', 'ул. Ленина, д. 1, кв. ' || i, 42.5, 2, 'OPEN', $now_ms
       FROM generate_series(1, $debtors) AS i;
     INSERT INTO acc_link (id, tenant_id, account_id, linked_at)
       SELECT 'cl-link-' || i, 'cl-tenant-' || i, 'cl-acc-' || i, $now_ms FROM generate_series(1, $debtors) AS i;
     INSERT INTO acc_phone (tenant_id, phone, verified, updated_at)
       SELECT 'cl-tenant-' || i, '95' || lpad(i::text, 8, '0'), 1, $now_ms FROM generate_series(1, $debtors) AS i;
     INSERT INTO bil_charge (id, account_id, period, service_code, kind, amount, origin, created_at)
       SELECT 'cl-charge-' || i, 'cl-acc-' || i, '$last_month', 'RENT', 'CHARGE', 3000 + i, 'IMPORT', $now_ms
       FROM generate_series(1, $debtors) AS i"
curl -s -o "$cluster_work/run-a.json" -w '%{http_code}\n' -u "$manager:$password" -X POST "$a_api/admin/debt-sms/runs" > "$cluster_work/run-a.code" &
run_a=$!
curl -s -o "$cluster_work/run-b.json" -w '%{http_code}\n' -u "$manager:$password" -X POST "$b_api/admin/debt-sms/runs" > "$cluster_work/run-b.code" &
run_b=$!
wait $run_a $run_b
code_a=$(cat "$cluster_work/run-a.code") code_b=$(cat "$cluster_work/run-b.code")
echo "   node a answered $code_a $(head -c 300 "$cluster_work/run-a.json")"
echo "   node b answered $code_b $(head -c 300 "$cluster_work/run-b.json")"
for c in "$code_a" "$code_b"; do [ "$c" = 201 ] || [ "$c" = 409 ] || fail "a debt run answered $c"; done
queued=$(sql "SELECT COUNT(*) FROM notif_outbox WHERE idempotency_key LIKE 'debt-sms:cl-acc-%:$month'")
[ "$queued" -eq "$debtors" ] || fail "$queued debt SMS queued for $debtors debtors"
deadline=$((SECONDS + 300))
until [ "$(sql "SELECT COUNT(*) FROM notif_outbox WHERE idempotency_key LIKE 'debt-sms:cl-acc-%' AND state = 'SENT'")" -ge "$debtors" ]; do
  [ "$SECONDS" -lt "$deadline" ] || fail "the debt SMS were not all sent in 5 minutes"
  sleep 1
done
debt_received=$(grep -c '^debt-sms:cl-acc-' "$receiver_log")
debt_phones=$(grep '^debt-sms:cl-acc-' "$receiver_log" | cut -f2 | sort -u | wc -l)
echo "   $queued queued, the provider got $debt_received debt SMS for $debt_phones phones"
[ "$debt_received" -eq "$debtors" ] && [ "$debt_phones" -eq "$debtors" ] || fail "expected one debt SMS per debtor"

say "4. a tenant's session on any node; nginx in front"
email="cluster-$$@example.ru"
tenant_password="Kl0pik-$$-Zorro"
# signed up on node a; the letter sent by whichever node claims it; its link (sealed with the shared key) confirmed on b
token=$(tenant_signup a "$email" "$tenant_password" b) || fail "the sign-up across the nodes failed"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$b_api/me")" = 200 ] \
  || fail "a session opened on node a is not known to node b"
[ "$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "Authorization: Bearer $token" "$b_api/sessions/current")" = 204 ] \
  || fail "signing out on node b failed"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$a_api/me")" = 401 ] \
  || fail "node a still serves a session ended on node b"
echo "   signed up on a, confirmed on b, signed in on a, served by b; signed out on b, refused by a"

nginx_start 18670 127.0.0.1:18621 127.0.0.1:18631
lb="https://localhost:18670"
token=$(curl -sfk -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$tenant_password\"}" "$lb/api/v1/sessions" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
for _ in $(seq 1 20); do
  [ "$(curl -sk -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$lb/api/v1/me")" = 200 ] || fail "GET /me through nginx failed"
done
api_nodes=$(grep '^/api/v1/me ' "$cluster_work/nginx/logs/access.log" | awk '{print $2}' | sort -u | wc -l)
echo "   20 × GET /me through nginx served by $api_nodes nodes"
[ "$api_nodes" -eq 2 ] || fail "the API behind nginx should be served by both nodes"
jar=$cluster_work/ui-cookies.txt
for _ in $(seq 1 5); do
  curl -sfk -o /dev/null -b "$jar" -c "$jar" "$lb/" || fail "the portal page through nginx failed"
done
ui_nodes=$(grep -v '^/api/' "$cluster_work/nginx/logs/access.log" | awk '{print $2}' | sort -u | wc -l)
grep -q 'KABINET_NODE' "$jar" || fail "nginx set no KABINET_NODE cookie for the browser"
echo "   a browser's 5 page loads went to $ui_nodes node ($(grep KABINET_NODE "$jar" | awk '{print $7}'))"
[ "$ui_nodes" -eq 1 ] || fail "a browser's pages should stay on one node (sticky), went to $ui_nodes"
for _ in $(seq 1 12); do
  curl -sfk -o /dev/null "$lb/" || fail "the portal page through nginx failed"
done
new_nodes=$(grep -v '^/api/' "$cluster_work/nginx/logs/access.log" | awk '{print $2}' | sort -u | wc -l)
echo "   12 new browsers were spread over $new_nodes nodes"
[ "$new_nodes" -eq 2 ] || fail "new browsers should be spread over both nodes"

say "5. backup and restore (cluster/backup.sh, cluster/restore.sh)"
PGHOST=$pg_dir PGPORT=$pg_port PGUSER=postgres cluster/backup.sh kabinet "$cluster_work/kabinet.dump"
PGHOST=$pg_dir PGPORT=$pg_port PGUSER=postgres cluster/restore.sh "$cluster_work/kabinet.dump" kabinet_restored
for t in notif_outbox acc_account acc_link bil_charge reg_user kbn_lease; do
  before=$(sql "SELECT COUNT(*) FROM $t")
  after=$($psql_admin -d kabinet_restored -At -c "SELECT COUNT(*) FROM $t")
  [ "$before" = "$after" ] || fail "table $t: $before rows, $after after the restore"
done
echo "   the restored database has the same rows ($(sql "SELECT COUNT(*) FROM notif_outbox") outbox messages)"

say "all checks passed in $((SECONDS - started)) s"
