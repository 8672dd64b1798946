#!/usr/bin/env bash
# Runs every test: unit tests, Pax Exam tests against the built distribution, the real-browser tests, the two-node
# PostgreSQL test (cluster/test.sh), then a bounded fuzzing run of the parsers. "install" rather than "verify": the
# benchmarks' baseline (bench/baseline) is built against the installed feature descriptors.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java17.sh
if ! command -v chromium >/dev/null || [ ! -x /usr/bin/chromedriver ]; then
  echo ">> Installing Debian's chromium and chromium-driver for the browser test..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi
mvn -B install "$@"
# Two nodes of the distribution just built on one PostgreSQL, behind nginx (Debian's postgresql and nginx, installed if
# missing): claims, leases, a node killed mid-run, sessions on any node, backup and restore. About 5 minutes.
echo ">> The two-node PostgreSQL test (cluster/test.sh)..."
cluster/test.sh
# A bounded fuzzing run (Jazzer, 30 s per target): the CSV parsers and the REST JSON bodies. `mvn verify` above ran
# the same tests on their saved inputs only; a finding is written into the test's …Inputs/ folder and fails here.
echo ">> Fuzzing the CSV parsers and JSON bodies (about 4 minutes)..."
JAZZER_FUZZ=1 mvn -B -q test -am -Dtest='*FuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -pl bundles/org.kabinet.rest,bundles/org.kabinet.documents,bundles/org.kabinet.accounts.impl,bundles/org.kabinet.billing.impl,bundles/org.kabinet.meters.impl
