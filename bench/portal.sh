#!/usr/bin/env bash
# The portal's part of bench/run (issue #14): cold start, memory, REST reads, sign-ins, the sign-in flood and the
# cabinet's first render, on a private copy of the distribution with generated data.
#   bench/portal.sh [accounts] [months]      (default 10000 accounts, 36 months)
# Environment: BENCH_SECONDS (30: each measured load), BENCH_RESTARTS (3), BENCH_CONNECTIONS (64), BENCH_SETTLE (40 s),
# BENCH_RENDER_RUNS (5), BENCH_MAX_LOAD / BENCH_QUIET_WAIT (the load gate, see lib.sh).
# Steps (the portal runs from bench/target/portal/portal on ports 18541-18544; REST in bench/src/suite_rest.py):
#   1. first start of the unpacked copy (empty data): launch → first 200 of GET /api/v1/cities; steady
#   2. BENCH_RESTARTS restarts (data kept, still empty): the same time each, and the resident memory (VmRSS of the
#      Java process) once steady
#   3. seeding over REST: N accounts with a cold-water meter, 8 services with tariffs, the template account with
#      M months of charges and payments and its tenant (signed up, confirmed, linked)
#   4. stopped; GenerateData copies the template to every account by JDBC — a tenant, link and session each,
#      M months of charges, payments and readings; started again
#   5. wrk, 64 connections: GET /cities (the trivial endpoint), then GET /me/accounts/{id}/balance, /charges and
#      /meters, each request another tenant's session and account in turn; BENCH_SECONDS each after 5 s of warm-up
#   6. sign-ins: POST /sessions with the right password, the tenants in turn, 4 connections (two hashing slots)
#   7. the flood: GET /cities by 4 clients alone and while 100 post sign-ins for an unknown address (hey)
#   8. the cabinet's first render in headless Chromium (bench/src/render.py), the template tenant
#   9. the resident memory at once after all that load, 40 s later (settled), and after a full collection (with the
#      heap's state and a class histogram of what it holds); stopped
# In the copy: the per-address limit of sign-ins is lifted (clientBurst; 100 clients from one address would get
# 429 after 10 tries and nothing would be hashed), the daily reading reminders are off.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java17.sh
source bench/lib.sh
accounts=${1:-10000}
months=${2:-36}
seconds=${BENCH_SECONDS:-30}
restarts=${BENCH_RESTARTS:-3}
connections=${BENCH_CONNECTIONS:-64}
render_runs=${BENCH_RENDER_RUNS:-5}
for v in accounts months seconds restarts connections render_runs; do
  [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "$v: a positive number" >&2; exit 2; }
done
port=18541
work=$PWD/bench/target/portal
home=$work/portal
bench_need wrk wrk
bench_need hey hey
trap stop_portal EXIT
trap 'exit 130' INT TERM

bench_unpack "$dist" later
set_config org.kabinet.rest.cfg clientBurst 100000
set_config org.kabinet.meters.reminders.cfg enabled false
result=$work/start.json

timed_starts "$restarts" /admin/services

echo ">> 3. seeding over REST"
python3 bench/src/suite_rest.py prepare "$base" "$manager" "$password" "$accounts" "$months" "$work" "$home/data/mail"

echo ">> 4. stopped; the data generator (JDBC)"
stop_and_check_ports
mkdir -p "$work/classes"
javac -d "$work/classes" bench/src/GenerateData.java
template_email=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["tenantEmail"])' "$work/prepare.json")
java -Dderby.stream.error.file="$work/derby-generate.log" -cp "$(derby_jar):$work/classes" GenerateData \
  "$home/data/derby/kabinet" "$template_email" H0000001 B "$months" "$work/tokens.txt" "$work/generate.json"
start_portal /admin/services /admin/windows
rss_data=$(rss_mb)

wait_quiet 5-reads
echo ">> 5. REST reads, $connections connections, $seconds s each"
python3 bench/src/suite_rest.py load "$base" "$work" cities "$connections" 2 "$seconds" /cities
for view in balance charges meters; do
  python3 bench/src/suite_rest.py load "$base" "$work" "$view" "$connections" 2 "$seconds" "/me/accounts/{id}/$view" cycle
done
rss_reads=$(rss_mb)

wait_quiet 6-signins
echo ">> 6. sign-ins, 4 connections, $seconds s"
python3 bench/src/suite_rest.py signins "$base" "$work" 4 2 "$seconds"

wait_quiet 7-flood
echo ">> 7. the sign-in flood, $seconds s"
python3 bench/src/suite_rest.py flood "$base" "$work" "$seconds"

wait_quiet 8-render
echo ">> 8. the cabinet's first render in headless Chromium, $render_runs runs"
template_password=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["tenantPassword"])' "$work/prepare.json")
BENCH_PORTAL_PID=$(java_pid) python3 bench/src/render.py "http://127.0.0.1:$port" "$template_email" "$template_password" "$work/render.json" \
  "$render_runs" "$work/render.png"
rss_peak=$(rss_mb)
sleep "${BENCH_SETTLE:-40}"
rss_load=$(rss_mb)
echo ">> 9. RSS after the load: $rss_peak MiB at once, $rss_load MiB ${BENCH_SETTLE:-40} s later"
# what the memory holds: the heap's state, then the live objects by class (the histogram collects fully first)
jcmd "$(java_pid)" GC.heap_info > "$work/heap-info.txt" 2>&1 || true
jcmd "$(java_pid)" GC.class_histogram 2>/dev/null | head -n 45 > "$work/histogram.txt" || true
rss_full_gc=$(rss_mb)
echo "   after a full collection: $rss_full_gc MiB (bench/target/portal/heap-info.txt, histogram.txt)"
stop_and_check_ports

python3 - "$result" "$first_ms" "$rss_data" "$rss_reads" "$rss_load" "${restart_ms[*]}" "${rss_start[*]}" "$rss_peak" "$rss_full_gc" <<'EOF'
import json, sys
out, first, rss_data, rss_reads, rss_load, restarts, rss, rss_peak, rss_full_gc = sys.argv[1:]
json.dump({"firstStartMs": int(first), "restartMs": [int(x) for x in restarts.split()],
           "rssStartMiB": [int(x) for x in rss.split()], "rssWithDataMiB": int(rss_data),
           "rssAfterReadsMiB": int(rss_reads), "rssPeakAfterLoadMiB": int(rss_peak), "rssAfterLoadMiB": int(rss_load),
           "rssAfterFullGcMiB": int(rss_full_gc)}, open(out, "w"), indent=2)
EOF
echo ">> done: $work"
