#!/usr/bin/env bash
# Statements and billing notices (issue #10): the monthly debt SMS for N tenants queued in ≤ 30 s, and one
# statement PDF of 36 months in ≤ 50 ms after warm-up; besides, the SMS dispatcher's rate to the log gateway.
#   bench/notices.sh [accounts]     (default 100000)
# Environment (optional): BENCH_MAX_LOAD (default 2.5) and BENCH_QUIET_WAIT (seconds, default 1200): before each
# measurement the script waits, polling every 30 s, until the 1-minute load is below BENCH_MAX_LOAD, at most
# BENCH_QUIET_WAIT s (then it measures anyway and says so); BENCH_JSTACK=1: a thread dump every 2 s during the
# debt SMS runs and the preview (into bench/target/notices/jstack/); BENCH_SMS_SECONDS: how long the send rate is counted (60);
# BENCH_REGISTRY_LINES: payments in the registry of step 9 (default 30000, at most the number of accounts).
# BENCH_DERBY_STALE_PLAN_CHECK=N (at least 5): Derby re-checks a cached statement plan after N executions instead
# of 100 (derby.language.stalePlanCheckInterval in etc/system.properties) — measures the portal with that change.
# Needs the built distribution (./test.sh or mvn -B -DskipTests install first). The portal is unpacked into
# bench/target/notices/portal and runs on ports 18501-18504; it is stopped on exit, however the script ends.
# Steps (REST in bench/src/notices_rest.py, which imports bench/src/billing_rest.py's seeding steps):
#   1-2. N accounts over REST, one service by area with a company tariff, a billing run of last month
#        (every account then owes more than the debt SMS threshold, 100 ₽)
#   3.   the other 7 services; an account with 36 months × 8 charges and payments, linked to a confirmed tenant
#   4-5. the portal stopped; RawHolderInsert (JDBC batches, one commit) gives every seeded account a tenant
#        (a random id) with a confirmed phone: ACC_LINK + ACC_PHONE rows; the portal started again
#   6-8. POST /admin/debt-sms/runs timed (all N queued), again (all queued before), ?dryRun=true (the preview)
#   9.   a payment registry of BENCH_REGISTRY_LINES payments dated today to accounts with tenants: the answer timed,
#        then the time until the payment SMS are queued (GET /admin/payments/notices polled until none is pending)
#   10-11. the statement PDF: GET /me/accounts/{id}/statement?from=…&to=… (Accept: application/pdf), hey:
#        warm-up 10 s, then 1 client for 20 s and 2 clients for 20 s
#   12.  SMS let out (config change, no restart); lines of data/sms/sms.log counted for 60 s
# The debt SMS is off the clock (debtSmsEnabled = false) and the dispatcher parked (smsPerSecond = 0.001: the
# token bucket never holds a whole token, so nothing is sent) from the first start until step 12.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java17.sh
source bench/lib.sh
accounts=${1:-100000}
[[ "$accounts" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/notices.sh [accounts]" >&2; exit 2; }
sms_seconds=${BENCH_SMS_SECONDS:-60}
statement_seconds=${BENCH_STATEMENT_SECONDS:-20}
registry_lines=${BENCH_REGISTRY_LINES:-30000}
[[ "$registry_lines" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_REGISTRY_LINES: a positive number" >&2; exit 2; }
[ "$registry_lines" -le "$accounts" ] || registry_lines=$accounts
port=18501
work=$PWD/bench/target/notices
home=$work/portal
bench_need hey hey
trap stop_portal EXIT
trap 'exit 130' INT TERM

bench_unpack
set_config org.kabinet.billing.notices.cfg debtSmsEnabled false
set_config org.kabinet.sms.cfg smsPerSecond 0.001
if [ -n "${BENCH_DERBY_STALE_PLAN_CHECK:-}" ]; then
  [[ "$BENCH_DERBY_STALE_PLAN_CHECK" =~ ^[0-9]+$ && "$BENCH_DERBY_STALE_PLAN_CHECK" -ge 5 ]] || { echo "BENCH_DERBY_STALE_PLAN_CHECK: a number, at least 5" >&2; exit 2; }
  printf '\nderby.language.stalePlanCheckInterval = %s\n' "$BENCH_DERBY_STALE_PLAN_CHECK" >> "$home/etc/system.properties"
  echo "   Derby re-checks cached plans every $BENCH_DERBY_STALE_PLAN_CHECK executions (etc/system.properties)"
fi

echo ">> starting the portal (log: $home/data/log/karaf.log; debt SMS off the clock, SMS dispatcher parked)"
start_portal /admin/services
python3 bench/src/notices_rest.py prepare "$base" "$manager" "$password" "$accounts" "$work" "$home/data/mail"

echo ">> 4. stopping the portal; a tenant with a confirmed phone on each of the $accounts accounts, by JDBC"
stop_and_check_ports
derby_jar=$(derby_jar)
mkdir -p "$work/classes"
javac -d "$work/classes" bench/src/RawHolderInsert.java
java -Dderby.stream.error.file="$work/derby-raw.log" -cp "$derby_jar:$work/classes" RawHolderInsert \
  "$home/data/derby/kabinet" B "$work/raw.json"

echo ">> 5. starting the portal again"
start_portal /admin/services

wait_quiet 1-before-debt-sms
jstack_args=()
if [ "${BENCH_JSTACK:-0}" = 1 ]; then jstack_args=("$(cat "$home/karaf.pid")" "$JAVA_HOME/bin/jstack"); fi
python3 bench/src/notices_rest.py debt "$base" "$manager" "$password" "$accounts" "$work" "${jstack_args[@]}"
grep -h "Debt SMS for" "$home/data/log/karaf.log" | sed 's/^/   log: /' || true
uptime > "$work/load-2-after-debt-sms.txt"

wait_quiet 2a-before-registry
python3 bench/src/notices_rest.py registry "$base" "$manager" "$password" "$registry_lines" "$work"
grep -h "Payment notices" "$home/data/log/karaf.log" | tail -n 3 | sed 's/^/   log: /' || true

python3 bench/src/notices_rest.py statement "$base" "$work"
read -r statement token < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))
print(s["url"], s["token"])' "$work/statement.json")
wait_quiet 3-before-statement
# what the idle portal itself costs meanwhile: the parked dispatcher still looks for due SMS every second
java_pid=$(cat "$home/karaf.pid")
cpu0=$(awk '{print $14 + $15}' "/proc/$java_pid/stat"); sleep 10; cpu1=$(awk '{print $14 + $15}' "/proc/$java_pid/stat")
idle=$(awk -v d=$((cpu1 - cpu0)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", 100 * d / hz / 10 }')
echo "   the idle portal used $idle % of a core over 10 s ($accounts SMS waiting, dispatcher parked)"
echo "$idle" > "$work/idle-cpu.txt"
echo ">> 11. GET the statement PDF with hey: warm-up 10 s (2 clients), then 1 client $statement_seconds s, 2 clients $statement_seconds s"
hey -z 10s -c 2 -H "Accept: application/pdf" -H "Authorization: Bearer $token" "$statement" > "$work/hey-statement-warmup.txt"
for clients in 1 2; do
  hey -z "${statement_seconds}s" -c "$clients" -H "Accept: application/pdf" -H "Authorization: Bearer $token" "$statement" > "$work/hey-statement-$clients.txt"
  echo "   $clients client(s):"
  grep -E "Requests/sec|Average|50%|95%|^ +\[[0-9]{3}\]" "$work/hey-statement-$clients.txt" | sed 's/^ */     /'
  codes=$(grep -E "^ +\[[0-9]{3}\]" "$work/hey-statement-$clients.txt" || true)
  if [ -z "$codes" ] || grep -vq "\[200\]" <<< "$codes"; then
    echo "!! the statement answered other than 200 only (see $work/hey-statement-$clients.txt)" >&2; exit 1
  fi
done
uptime > "$work/load-4-after-statement.txt"

python3 bench/src/notices_rest.py sms-rate "$home" "$work" "$sms_seconds"
uptime > "$work/load-5-after-sms.txt"

python3 bench/src/notices_rest.py report "$base" "$manager" "$password" "$work"
