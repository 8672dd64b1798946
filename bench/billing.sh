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
source bench/lib.sh
accounts=${1:-100000}
lines=${2:-1000000}
[[ "$accounts" =~ ^[1-9][0-9]*$ && "$lines" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/billing.sh [accounts] [charge-lines]" >&2; exit 2; }
port=18491
work=$PWD/bench/target/billing
home=$work/portal
bench_need hey hey
trap stop_portal EXIT
trap 'exit 130' INT TERM

bench_unpack
tm="$home/etc/org.ops4j.pax.transx.tm.geronimo.cfg"
if [ -n "${BENCH_TX_TIMEOUT:-}" ]; then
  [[ "$BENCH_TX_TIMEOUT" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_TX_TIMEOUT: seconds" >&2; exit 2; }
  sed -i "s/^org.apache.geronimo.tm.timeout *=.*/org.apache.geronimo.tm.timeout = $BENCH_TX_TIMEOUT/" "$tm"
fi

echo ">> starting the portal (log: $home/data/log/karaf.log)"
start_portal /admin/services
echo "   JTA timeout: $(grep -h '^org.apache.geronimo.tm.timeout' "$tm" | cut -d= -f2 | tr -d ' ') s"

python3 bench/src/billing_rest.py prepare "$base" "$manager" "$password" "$accounts" "$lines" "$work" "$home/data/mail" \
  "${BENCH_ACCOUNT_FILE_LINES:-50000}"
read -r run_period history_account tenant_account token < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(r["runPeriod"], r["historyAccount"], r["tenantAccount"], r["tenantToken"])' "$work/rest.json")

balance="$base/me/accounts/$tenant_account/balance"
echo ">> 6. GET /me/accounts/{id}/balance, 4 clients, 20 s"
hey -n 40 -c 4 -H "Authorization: Bearer $token" "$balance" > /dev/null   # warm up
hey -z "${BENCH_BALANCE_SECONDS:-20}s" -c 4 -H "Authorization: Bearer $token" "$balance" > "$work/hey-balance.txt"
grep -E "Requests/sec|Average|95%|^ +\[[0-9]{3}\]" "$work/hey-balance.txt"
codes=$(grep -E "^ +\[[0-9]{3}\]" "$work/hey-balance.txt" || true)
if [ -z "$codes" ] || grep -vq "\[200\]" <<< "$codes"; then
  echo "!! the balance endpoint answered other than 200 only (see $work/hey-balance.txt)" >&2; exit 1
fi

echo ">> stopping the portal"
stop_and_check_ports

echo ">> 5. raw JDBC batch inserts of the same rows into the same Derby ($home/data/derby/kabinet)"
derby_jar=$(derby_jar)
mkdir -p "$work/classes"
javac -d "$work/classes" bench/src/RawChargeInsert.java
java -Dderby.stream.error.file="$work/derby-raw.log" -cp "$derby_jar:$work/classes" RawChargeInsert \
  "$home/data/derby/kabinet" "$run_period" "$history_account" "$work/raw.json"

python3 bench/src/billing_rest.py report "$work"
