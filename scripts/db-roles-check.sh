#!/usr/bin/env bash
# The two database roles compose makes (deploy/db-init/10-lorkit-roles.sh), on a throw-away database of the
# machine's PostgreSQL: the packaged API migrates as the migration role and serves as the application role;
# afterwards every table belongs to the migration role, and the application role can neither drop the
# audit trail's trigger nor a table nor create one. `--upgrade`: on a database the superuser migrated
# first (compose before the roles). About 30 s; needs the packaged jar.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
source scripts/lib/ops.sh
SUFFIX="$(date +%s)_$$"
DB="lorkit_roles_$SUFFIX" OWNER="lorkit_owner_$SUFFIX" APP="lorkit_app_$SUFFIX"
cleanup() {
  stop_all_apis
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  psql -q -d postgres -c "DROP ROLE IF EXISTS $APP" -c "DROP ROLE IF EXISTS $OWNER" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -q -d postgres -c "CREATE DATABASE $DB"
roles() { # As the postgres image runs it: POSTGRES_USER is the superuser, POSTGRES_DB the database.
  POSTGRES_USER=$PGUSER POSTGRES_DB=$DB LORKIT_DB_MIGRATION_USER=$OWNER LORKIT_DB_MIGRATION_PASSWORD=owner-pw \
    LORKIT_DB_USER=$APP LORKIT_DB_PASSWORD=app-pw sh deploy/db-init/10-lorkit-roles.sh
}
PORT=$(free_port)
if [ "${1:-}" = --upgrade ]; then
  # Compose before the two roles: the API connected as the superuser, which owns every table.
  echo "upgrade: the API migrates as the superuser first, then the roles are made"
  start_api old "$PORT" "jdbc:postgresql://127.0.0.1:5432/$DB"
  wait_ready old "$PORT"
  stop_api old
fi
roles
start_api api "$PORT" "jdbc:postgresql://127.0.0.1:5432/$DB" \
  LORKIT_DB_USER="$APP" LORKIT_DB_PASSWORD=app-pw LORKIT_DB_MIGRATION_USER="$OWNER" LORKIT_DB_MIGRATION_PASSWORD=owner-pw
wait_ready api "$PORT"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"email":"rolecheck@example.org","password":"a long enough passphrase","displayName":"Role Check"}' \
  "http://127.0.0.1:$PORT/api/v1/auth/register")
fails=0
check() { if [ "$2" = ok ]; then echo "  ✓ $1"; else echo "  ✗ $1" >&2; fails=$((fails + 1)); fi; }
check "the API, as the application role, registers an account (HTTP $status)" "$([[ $status == 20[12] ]] && echo ok || echo no)"
others=$(psql -At -d "$DB" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '$OWNER'")
tables=$(psql -At -d "$DB" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
check "all $tables tables belong to the migration role" "$([ "$others" = 0 ] && [ "$tables" -gt 10 ] && echo ok || echo no)"
as_app() { PGPASSWORD=app-pw psql -X -q -v ON_ERROR_STOP=1 -U "$APP" -d "$DB" -c "$1" 2>&1; }
refused() { local out; if out=$(as_app "$1"); then echo no; else grep -q 'must be owner\|permission denied' <<<"$out" && echo ok || echo no; fi; }
check "the application role cannot drop the audit trail's trigger" \
  "$(refused 'DROP TRIGGER security_event_append_only ON security_event')"
check "the application role cannot drop a table" "$(refused 'DROP TABLE security_event')"
check "the application role cannot create a table" "$(refused 'CREATE TABLE sneaky (id int)')"
events=$(psql -At -d "$DB" -c "SELECT count(*) FROM security_event")
check "the application role cannot rewrite the audit trail ($events rows)" \
  "$([ "$events" -gt 0 ] && ! as_app 'UPDATE security_event SET kind = kind' >/dev/null && echo ok || echo no)"
[ "$fails" = 0 ] || { echo "db roles: $fails check(s) failed" >&2; exit 1; }
echo "db roles: migration role owns the schema, the application role owns nothing (deploy/db-init)"
