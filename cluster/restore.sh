#!/usr/bin/env bash
# Restores a dump made by cluster/backup.sh into a NEW database (never over the running one): check it, then point
# the nodes' etc/org.ops4j.datasource-kabinet.cfg at it (or rename the databases while the nodes are stopped).
# One transaction: a restore that fails leaves an empty database behind, not half of one.
#
#   cluster/restore.sh <file> <new database> [owner]     owner: the role the portal signs in as (default kabinet)
#
# Connection as for psql: PGHOST, PGPORT, PGUSER (a role that may create databases).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 <file> <new database> [owner]" >&2; exit 2; }
file=$1 database=$2 owner=${3:-kabinet}
[ -f "$file" ] || { echo "no such dump: $file" >&2; exit 1; }
if [ "$(psql -X -At -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" = 1 ]; then
  echo "database $database exists: restore into a new one" >&2
  exit 1
fi
createdb --owner="$owner" "$database"
pg_restore --single-transaction --exit-on-error --no-owner --role="$owner" --dbname="$database" "$file"
echo "restored $file into $database (owner $owner)"
