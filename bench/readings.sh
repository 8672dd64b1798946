#!/usr/bin/env bash
# Meter readings over REST (issue #11): N readings submitted with POST /api/v1/me/readings by 64 connections —
# throughput, p50/p99 and every answer's status — against the trivial endpoint GET /api/v1/cities in the same run,
# then checked over staff REST (one current reading per meter) and counted in the database.
#   bench/readings.sh [readings] [meters]     (default 100000 readings over 10000 meters)
# Environment (optional): BENCH_MAX_LOAD (default 2.5) and BENCH_QUIET_WAIT (seconds, default 1200): before each
# measurement the script waits, polling every 30 s, until the 1-minute load is below BENCH_MAX_LOAD, at most
# BENCH_QUIET_WAIT s (then it measures anyway and says so); BENCH_CONNECTIONS (64); BENCH_WRK_THREADS (2, as many
# as cores); BENCH_CITIES_SECONDS (30); BENCH_WARMUP_READINGS (2000: sent before the measured readings to 200 meters
# of their own; 0: no warm-up); BENCH_READINGS_CAP (seconds, 3600: wrk's -d, the most the readings may take);
# BENCH_ACCOUNTS_PER_TENANT (1: a tenant and a personal token per account; more makes each tenant link that many
# accounts, and every reading of theirs pays for listing them); BENCH_JSTACK=1: a thread dump every 5 s during the
# measured /cities run and the readings (into bench/target/readings/jstack/); BENCH_JFR=1: a Java Flight Recorder
# profile of the readings (bench/target/readings/readings.jfr; the portal then runs with stack depth 512, read it
# with jfr print --stack-depth 300 --events jdk.ExecutionSample).
# Needs the built distribution (./test.sh or mvn -B -DskipTests install first) and Debian's wrk (installed if
# missing). The portal is unpacked into bench/target/readings/portal and runs on ports 18521-18524; it is stopped on
# exit, however the script ends. Steps (REST in bench/src/readings_rest.py, the load in bench/src/readings.lua):
#   1-2. M accounts over REST (billing_rest.seed_accounts), a cold-water meter on each (POST /admin/meters/import),
#        the company's window 1–31 soft (PUT /admin/windows): every reading today counts for this month; besides,
#        200 accounts W… with a meter each for the warm-up
#   3-4. the portal stopped; RawReadingTokens (JDBC batches, one commit) makes a tenant with a personal reading token
#        per account (ACC_LINK + MET_TOKEN rows; 10 000 sign-ups over REST would be 10 000 Argon2 hashes) and the
#        plan wrk reads (token, serial, initial value per meter), the same for the warm-up's accounts; the portal
#        started again; one token tried (GET /me/meters)
#   5.   wrk, 64 connections: GET /cities, 5 s warm-up, then 30 s measured
#   6.   wrk, 64 connections: 2000 readings to the warm-up meters (not measured), then exactly N POST /me/readings,
#        reading g to meter g mod M with a value above the meter's initial one, each round higher; wrk is stopped
#        when the last answer is in
#   7.   staff GET /admin/readings?period=<this month>: every meter has exactly one current reading, ACCEPTED, TOKEN,
#        holding a value sent to it (normally the last)
#   8.   the portal stopped; the readings of the period counted in MET_READING by JDBC; the summary
# In the portal copy: submissionsPerDay (org.kabinet.meters.cfg, 10 a meter a day) and tokenCallsPerMinute
# (org.kabinet.meters.rest.cfg, 60 a token) are lifted, so that no limit answers instead of the code measured, and
# the meter reminders are off (org.kabinet.meters.reminders.cfg), so that no reminder run shares the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java17.sh
source bench/lib.sh
readings=${1:-100000}
meters=${2:-10000}
[[ "$readings" =~ ^[1-9][0-9]*$ && "$meters" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/readings.sh [readings] [meters]" >&2; exit 2; }
connections=${BENCH_CONNECTIONS:-64}
wrk_threads=${BENCH_WRK_THREADS:-2}
cities_seconds=${BENCH_CITIES_SECONDS:-30}
cap=${BENCH_READINGS_CAP:-3600}
per_tenant=${BENCH_ACCOUNTS_PER_TENANT:-1}
jfr=${BENCH_JFR:-0}
warmup=${BENCH_WARMUP_READINGS:-2000}
for v in connections wrk_threads cities_seconds cap per_tenant; do
  [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "$v: a positive number" >&2; exit 2; }
done
[[ "$warmup" =~ ^[0-9]+$ ]] || { echo "BENCH_WARMUP_READINGS: a number" >&2; exit 2; }
warmup_meters=200
[ "$warmup" -gt 0 ] || warmup_meters=0
[ "$readings" -ge "$wrk_threads" ] || { echo "at least as many readings as wrk threads ($wrk_threads)" >&2; exit 2; }
port=18521
work=$PWD/bench/target/readings
home=$work/portal
bench_need wrk wrk
trap stop_portal EXIT
trap 'exit 130' INT TERM

bench_unpack
set_config org.kabinet.meters.cfg submissionsPerDay 1000000
set_config org.kabinet.meters.rest.cfg tokenCallsPerMinute 1000000
set_config org.kabinet.meters.reminders.cfg enabled false

# JFR's default stack depth (64) cuts EclipseLink's and Derby's stacks before they reach the portal's code
if [ "$jfr" = 1 ]; then export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-} -XX:FlightRecorderOptions=stackdepth=512"; fi
echo ">> starting the portal (log: $home/data/log/karaf.log; daily and per-token limits lifted, reminders off)"
start_portal /admin/windows /admin/services
python3 bench/src/readings_rest.py prepare "$base" "$manager" "$password" "$meters" "$warmup_meters" "$work"

echo ">> 3. stopping the portal; a tenant with a personal reading token per $per_tenant account(s), by JDBC"
stop_and_check_ports
derby_jar=$(derby_jar)
mkdir -p "$work/classes"
javac -d "$work/classes" bench/src/RawReadingTokens.java
raw() { java -Dderby.stream.error.file="$work/derby-raw.log" -cp "$derby_jar:$work/classes" RawReadingTokens "$@"; }
raw insert "$home/data/derby/kabinet" B "$per_tenant" "$work/plan.txt" "$work/tokens.json"
if [ "$warmup" -gt 0 ]; then raw insert "$home/data/derby/kabinet" W "$per_tenant" "$work/plan-warmup.txt" "$work/tokens-warmup.json"; fi

echo ">> 4. starting the portal again"
start_portal /admin/windows /admin/services
python3 bench/src/readings_rest.py check "$base" "$work"

jstack_args=()
if [ "${BENCH_JSTACK:-0}" = 1 ]; then jstack_args=("$JAVA_HOME/bin/jstack"); fi
wait_quiet 1-before-cities
python3 bench/src/readings_rest.py cities "$base" "$work" "$connections" "$wrk_threads" "$cities_seconds" "${jstack_args[@]}"

wait_quiet 2-before-readings
if [ "$jfr" = 1 ]; then
  jcmd "$(cat "$home/karaf.pid")" JFR.start name=readings settings=profile filename="$work/readings.jfr" >/dev/null
fi
python3 bench/src/readings_rest.py readings "$base" "$work" "$connections" "$wrk_threads" "$readings" "$warmup" "$cap" "${jstack_args[@]}"
if [ "$jfr" = 1 ]; then
  jcmd "$(cat "$home/karaf.pid")" JFR.stop name=readings >/dev/null
  echo "   profile: $work/readings.jfr"
fi
uptime > "$work/load-3-after-readings.txt"

python3 bench/src/readings_rest.py verify "$base" "$manager" "$password" "$readings" "$work"

echo ">> 8. stopping the portal; the period's readings counted in MET_READING, by JDBC"
stop_and_check_ports
period=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["period"])' "$work/check.json")
raw count "$home/data/derby/kabinet" B "$period" "$work/count.json"

python3 bench/src/readings_rest.py report "$work"
