#!/usr/bin/env bash
# Builds the portal if needed and starts it in the foreground with embedded Derby and a demo tenant.
# Ctrl+C stops it. Data (database, letters) lives in run/portal/data and survives rebuilds.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java17.sh

dist=assembly/target/kabinet-distribution-0.1.0-SNAPSHOT.tar.gz
home=run/portal
port=8181

newest_source=$(find pom.xml bundles features assembly/src assembly/pom.xml -newer "$dist" -type f -print -quit 2>/dev/null || true)
if [ ! -f "$dist" ] || [ -n "$newest_source" ]; then
  echo ">> Building the distribution (first build downloads Karaf and friends, a few minutes)..."
  mvn -B -q -DskipTests install
fi

if [ ! -f "$home/.unpacked" ] || [ "$dist" -nt "$home/.unpacked" ]; then
  echo ">> Unpacking the distribution into $home (keeping its database and letters)..."
  keep=$(mktemp -d)
  [ -d "$home/data/derby" ] && mv "$home/data/derby" "$keep/"
  [ -d "$home/data/mail" ] && mv "$home/data/mail" "$keep/"
  [ -f "$home/data/demo-tenant.txt" ] && mv "$home/data/demo-tenant.txt" "$keep/"
  rm -rf "$home" && mkdir -p "$home/data"
  tar xzf "$dist" -C "$home" --strip-components=1
  mv "$keep"/* "$home/data/" 2>/dev/null || true
  rmdir "$keep"
  touch "$home/.unpacked"
fi

if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "Port $port is taken: is the portal already running?" >&2
  exit 1
fi

echo ">> Starting the portal (log: $home/data/log/karaf.log)..."
(cd "$home" && exec bin/karaf server > data/console.log 2>&1) &
karaf=$!
stop() { echo; echo ">> Stopping..."; (cd "$home" && bin/stop) >/dev/null 2>&1 || kill "$karaf" 2>/dev/null; wait "$karaf" 2>/dev/null || true; exit 0; }
trap stop INT TERM

start=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/v1/me")" = 401 ]; do
  if ! kill -0 "$karaf" 2>/dev/null; then echo "Karaf exited; see $home/data/console.log" >&2; exit 1; fi
  if [ $(( $(date +%s) - start )) -gt 180 ]; then echo "No answer after 3 minutes; see $home/data/log/karaf.log" >&2; stop; fi
  sleep 1
done
echo ">> Up in $(( $(date +%s) - start )) s"

# Demo data: one confirmed tenant, created through the public REST API and the letter in data/mail.
demo_email=demo@kabinet.local
if [ ! -f "$home/data/demo-tenant.txt" ]; then
  demo_password="демо-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 12)"
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$demo_email\",\"password\":\"$demo_password\",\"consent\":true}" "http://localhost:$port/api/v1/registrations"
  token=""
  for _ in $(seq 1 30); do
    token=$(python3 scripts/confirmation-token.py "$home/data/mail" "$demo_email")
    [ -n "$token" ] && break
    sleep 1
  done
  confirmed=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -d "{\"token\":\"$token\"}" "http://localhost:$port/api/v1/registrations/confirmations")
  if [ "$confirmed" = 200 ]; then
    printf '%s\n%s\n' "$demo_email" "$demo_password" > "$home/data/demo-tenant.txt"
  else
    echo "!! Could not create the demo tenant (confirmation answered $confirmed); the portal works without it." >&2
    printf '%s\n%s\n' "(not created)" "-" > "$home/data/demo-tenant.txt"
  fi
fi

cat <<INFO

  Kabinet is running.
    Portal (tenant cabinet):  http://localhost:$port/
    REST API:                 http://localhost:$port/api/v1/
    Demo tenant:              $(sed -n 1p "$home/data/demo-tenant.txt")  password: $(sed -n 2p "$home/data/demo-tenant.txt")
    Letters (no SMTP set):    $PWD/$home/data/mail/
    Configuration:            $PWD/$home/etc/org.kabinet.*.cfg
  Press Ctrl+C to stop.

INFO
wait "$karaf"
