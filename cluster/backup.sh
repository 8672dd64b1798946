#!/usr/bin/env bash
# A backup of the portal's PostgreSQL database: pg_dump's custom format (compressed, restored table by table by
# cluster/restore.sh), written to a temporary name and renamed when complete, so a cut-off dump never passes for
# a good one. The nodes keep running: pg_dump reads one consistent snapshot.
#
#   cluster/backup.sh <database> <file>     e.g. cluster/backup.sh kabinet /var/backups/kabinet-$(date +%F).dump
#
# Connection as for psql: PGHOST, PGPORT, PGUSER (and ~/.pgpass or PGPASSWORD).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 <database> <file>" >&2; exit 2; }
database=$1 file=$2
tmp="$file.partial"
pg_dump --format=custom --compress=6 --no-owner --file="$tmp" "$database"
pg_restore --list "$tmp" >/dev/null   # a dump pg_restore cannot read is no backup
mv "$tmp" "$file"
echo "backup of $database: $file ($(du -h "$file" | cut -f1))"
