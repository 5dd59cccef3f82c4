#!/bin/sh
# Imports the old voting system's database into a running Ovoz server (POST /api/import/old-system).
#
#   scripts/import-old-system.sh jdbc:sqlite:/srv/old/data/voting.db /srv/old/data/uploads
#   scripts/import-old-system.sh jdbc:postgresql://db/voting /srv/old/data/uploads   (OLD_DB_USER, OLD_DB_PASSWORD)
#
# The paths are read by the server, so they are paths on the server's machine. Running it again adds
# nothing. OVOZ_URL (default http://localhost:8080), OVOZ_ADMIN_USER (default admin) and
# OVOZ_ADMIN_PASSWORD (asked for when unset) name the server and an admin. Prints the report (JSON).
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 JDBC_URL_OF_OLD_DATABASE [UPLOADS_FOLDER]" >&2
    exit 2
fi
json() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
if [ -z "${OVOZ_ADMIN_PASSWORD:-}" ]; then
    printf 'Password of admin %s: ' "${OVOZ_ADMIN_USER:-admin}" >&2
    stty -echo 2>/dev/null || true
    read -r OVOZ_ADMIN_PASSWORD
    stty echo 2>/dev/null || true
    echo >&2
fi
body="{\"from\":\"$(json "$1")\",\"uploads\":\"$(json "${2:-}")\",\"user\":\"$(json "${OLD_DB_USER:-}")\",\"password\":\"$(json "${OLD_DB_PASSWORD:-}")\"}"
printf '%s' "$body" | curl --fail-with-body -sS -u "${OVOZ_ADMIN_USER:-admin}:$OVOZ_ADMIN_PASSWORD" \
    -H 'Content-Type: application/json' --data-binary @- "${OVOZ_URL:-http://localhost:8080}/api/import/old-system"
echo
