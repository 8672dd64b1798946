#!/usr/bin/env bash
# Runs every test: unit tests, Pax Exam tests against the built distribution, the real-browser test.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java17.sh
if ! command -v chromium >/dev/null || [ ! -x /usr/bin/chromedriver ]; then
  echo ">> Installing Debian's chromium and chromium-driver for the browser test..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi
exec mvn -B verify "$@"
