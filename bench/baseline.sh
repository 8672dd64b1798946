#!/usr/bin/env bash
# The baseline's part of bench/run (issue #14): the bare assembly of bench/baseline (the portal's Karaf, CXF JAX-RS
# whiteboard, JPA and Vaadin features without the portal's bundles; a probe answers GET /api/v1/cities with a
# constant) started and measured exactly as bench/portal.sh measures the portal.
#   bench/baseline.sh
# Environment: BENCH_SECONDS (30), BENCH_RESTARTS (3), BENCH_CONNECTIONS (64), BENCH_SETTLE (40 s), the load gate (lib.sh).
# Steps (bench/target/baseline/portal, ports 18551-18554): first start → first 200 of /api/v1/cities; restarts, each
# timed the same way, with the resident memory once steady; wrk on /cities, 64 connections, BENCH_SECONDS after 5 s
# of warm-up; the resident memory at once after it and 40 s later.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java17.sh
source bench/lib.sh
seconds=${BENCH_SECONDS:-30}
restarts=${BENCH_RESTARTS:-3}
connections=${BENCH_CONNECTIONS:-64}
port=18551
work=$PWD/bench/target/baseline
home=$work/portal
bench_need wrk wrk
trap stop_portal EXIT
trap 'exit 130' INT TERM

bench_unpack "$baseline_dist" later
timed_starts "$restarts"
wait_quiet 3-cities
echo ">> 3. GET /cities, $connections connections, $seconds s"
python3 bench/src/suite_rest.py load "$base" "$work" cities "$connections" 2 "$seconds" /cities
rss_peak=$(rss_mb)
sleep "${BENCH_SETTLE:-40}"
rss_load=$(rss_mb)
echo "   RSS after the load: $rss_peak MiB at once, $rss_load MiB ${BENCH_SETTLE:-40} s later"
stop_and_check_ports
python3 - "$work/start.json" "$first_ms" "$rss_load" "${restart_ms[*]}" "${rss_start[*]}" "$rss_peak" <<'EOF'
import json, sys
out, first, rss_load, restarts, rss, rss_peak = sys.argv[1:]
json.dump({"firstStartMs": int(first), "restartMs": [int(x) for x in restarts.split()],
           "rssStartMiB": [int(x) for x in rss.split()], "rssPeakAfterLoadMiB": int(rss_peak), "rssAfterLoadMiB": int(rss_load)}, open(out, "w"), indent=2)
EOF
echo ">> done: $work"
