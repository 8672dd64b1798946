#!/usr/bin/env bash
# Builds the portal if needed and starts it in the foreground with embedded Derby and a demo tenant.
# Ctrl+C stops it. Data (database, letters) lives in run/portal/data and survives rebuilds.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java17.sh

dist=assembly/target/kabinet-distribution-0.1.0-SNAPSHOT.tar.gz
home=run/portal
port=8181

# sources only: build output and the fuzzer's corpus (written by ./test.sh) are not sources
newest_source=$(find pom.xml bundles features assembly/src assembly/pom.xml \( -name target -o -name .cifuzz-corpus \) -prune \
  -o -type f -newer "$dist" -print -quit 2>/dev/null || true)
if [ ! -f "$dist" ] || [ -n "$newest_source" ]; then
  echo ">> Building the distribution (first build downloads Karaf and friends, a few minutes)..."
  mvn -B -q -DskipTests install
fi

if [ ! -f "$home/.unpacked" ] || [ "$dist" -nt "$home/.unpacked" ]; then
  echo ">> Unpacking the distribution into $home (keeping its database and letters)..."
  keep=$(mktemp -d)
  [ -d "$home/data/derby" ] && mv "$home/data/derby" "$keep/"
  [ -d "$home/data/mail" ] && mv "$home/data/mail" "$keep/"
  [ -f "$home/data/demo.txt" ] && mv "$home/data/demo.txt" "$keep/"
  [ -f "$home/etc/users.properties" ] && cp "$home/etc/users.properties" "$keep/users.properties.keep"
  rm -rf "$home" && mkdir -p "$home/data"
  tar xzf "$dist" -C "$home" --strip-components=1
  [ -f "$keep/users.properties.keep" ] && mv "$keep/users.properties.keep" "$home/etc/users.properties"
  mv "$keep"/* "$home/data/" 2>/dev/null || true
  rmdir "$keep"
  touch "$home/.unpacked"
fi

if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "Port $port is taken: is the portal already running?" >&2
  exit 1
fi

# The demo manager (staff role "manager"): Karaf hashes the password in etc/users.properties at start.
manager_line="    Demo manager:             http://localhost:$port/admin  user demo-manager (password printed at first start only)"
manager_password=""
if ! grep -q '^demo-manager' "$home/etc/users.properties"; then
  manager_password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)"
  manager_line="    Demo manager:             http://localhost:$port/admin  user demo-manager  password $manager_password  (shown once)"
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
# The demo manager is written only now: a clear password in users.properties at the very first start makes Karaf's
# JAAS module wait 10 s for its encryption service (bench/README.md); while the portal runs, Karaf hashes it at once.
if [ -n "$manager_password" ]; then
  printf '\ndemo-manager = %s,manager\n' "$manager_password" >> "$home/etc/users.properties"
fi

# Demo data (first run only): a demo manager, a city's worth of accounts with two ready codes,
# and one confirmed tenant — all created through the public REST API, like an integrator would.
demo_file="$home/data/demo.txt"
api="http://localhost:$port/api/v1"
if [ ! -f "$demo_file" ] && [ -n "$manager_password" ]; then
  echo ">> Seeding demo data..."
  for _ in $(seq 1 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "demo-manager:$manager_password" "$api/admin/accounts")" = 200 ] && break
    sleep 1
  done
  csv=$(mktemp)
  echo "number;city;kind;address;area;residents;status" > "$csv"
  for flat in $(seq 1 40); do
    area=$(( 30 + flat % 7 * 9 )).$(( flat % 10 ))0
    printf '86%05d;Ханты-Мансийск;rent;"ул. Мира, д. 5, кв. %d";%s;%d;open\n' $((flat * 2 - 1)) "$flat" "$area" $(( flat % 4 + 1 )) >> "$csv"
    printf '86%05d;Ханты-Мансийск;utilities;"ул. Мира, д. 5, кв. %d";%s;%d;open\n' $((flat * 2)) "$flat" "$area" $(( flat % 4 + 1 )) >> "$csv"
  done
  curl -s -o /dev/null -u "demo-manager:$manager_password" -H 'Content-Type: text/csv' --data-binary @"$csv" "$api/admin/accounts/import"
  rm -f "$csv"
  code_for() {
    local id
    id=$(curl -s -u "demo-manager:$manager_password" "$api/admin/accounts?city=khanty-mansiysk" \
      | python3 -c "import json,sys; print(next(a['id'] for a in json.load(sys.stdin) if a['number']=='$1'))")
    curl -s -u "demo-manager:$manager_password" -X POST "$api/admin/accounts/$id/registration-code" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])'
  }
  rent_code=$(code_for 8600001)
  utilities_code=$(code_for 8600002)
  # billing: services, tariffs, 14 months of runs and payments (the demo flat pays late and short)
  python3 scripts/demo-billing.py "$api" demo-manager "$manager_password" \
    || echo "!! Billing demo data could not be seeded; the portal works without it." >&2
  # meters: cold and hot water and a two-zone electricity meter on the demo flat, 14 months of readings
  # (one flagged for review, one late); hot water and electricity as metered services
  python3 scripts/demo-meters.py "$api" demo-manager "$manager_password" 8600002 khanty-mansiysk \
    || echo "!! Meter demo data could not be seeded; the portal works without it." >&2
  # communication: two announcements for the demo building (one urgent) and a visitor's feedback in the inbox
  python3 scripts/demo-communication.py "$api" demo-manager "$manager_password" khanty-mansiysk "ул. Мира, д. 5" \
    || echo "!! Communication demo data could not be seeded; the portal works without it." >&2

  demo_email=demo@kabinet.local
  demo_password="демо-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 12)"
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$demo_email\",\"password\":\"$demo_password\",\"consent\":true}" "$api/registrations"
  token=""
  for _ in $(seq 1 30); do
    token=$(python3 scripts/confirmation-token.py "$home/data/mail" "$demo_email")
    [ -n "$token" ] && break
    sleep 1
  done
  confirmed=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -d "{\"token\":\"$token\"}" "$api/registrations/confirmations")
  [ "$confirmed" = 200 ] || echo "!! Could not confirm the demo tenant (answer $confirmed); the portal works without it." >&2
  cat > "$demo_file" <<DEMO
    Demo tenant:              $demo_email  password: $demo_password
    Demo codes (Ханты-Мансийск, ул. Мира, д. 5, кв. 1):
      rent account 8600001       code $rent_code
      utilities account 8600002  code $utilities_code
DEMO
fi

cat <<INFO

  Kabinet is running.
    Portal (tenant cabinet):  http://localhost:$port/
    REST API:                 http://localhost:$port/api/v1/
$(cat "$demo_file" 2>/dev/null)
$manager_line
    Letters (no SMTP set):    $PWD/$home/data/mail/
    Configuration:            $PWD/$home/etc/org.kabinet.*.cfg
  Press Ctrl+C to stop.

INFO
wait "$karaf"
