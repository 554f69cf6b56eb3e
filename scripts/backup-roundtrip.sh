#!/usr/bin/env bash
# Backup and restore, end to end, on the machine's PostgreSQL 15 (127.0.0.1:5432):
#  1. two API replicas start AT ONCE on an empty throw-away database (Flyway's advisory lock and the
#     first-admin lock must let both start, migrate once and create one admin), with keys made by openssl;
#  2. data over HTTP: two applicants, stories, one account disabled by the admin;
#  3. pg_dump -Fc, DROP DATABASE, CREATE DATABASE, pg_restore;
#  4. the API starts on the restored database and shows the same data (and old tokens still verify);
#  5. logs (JSON in one replica) hold no password, token or story text.
# Everything is removed at the end, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
source scripts/lib/ops.sh
DB="lorkit_backup_$(date +%s)_$$"
cleanup() {
  stop_all_apis
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -q -d postgres -c "CREATE DATABASE $DB"
URL="jdbc:postgresql://127.0.0.1:5432/$DB"

step "signing keys with openssl, as deploy/README.md says"
mkdir -p "$WORK/keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/access-token-private.pem" 2>/dev/null
openssl pkey -in "$WORK/keys/access-token-private.pem" -pubout -out "$WORK/keys/access-token-public.pem"
# One LORKIT_SECRETS_KEY for every replica, as deploy/README.md says: the admin's authenticator seed is
# sealed with it on one replica and opened on another (and after the restore).
KEYS=(LORKIT_JWT_PRIVATE_KEY_LOCATION="$WORK/keys/access-token-private.pem"
      LORKIT_JWT_PUBLIC_KEY_LOCATION="$WORK/keys/access-token-public.pem"
      LORKIT_SECRETS_KEY="$(openssl rand -base64 32)")
ADMIN_PASSWORD="backup-admin-passphrase-$$"
ADMIN=(LORKIT_ADMIN_EMAIL="admin-$$@example.org" LORKIT_ADMIN_INITIAL_PASSWORD="$ADMIN_PASSWORD")

step "two replicas start at once on the empty database"
PA=$(free_port); PB=$(free_port)
start_api a "$PA" "$URL" "${KEYS[@]}" "${ADMIN[@]}" LORKIT_LOG_JSON=true
start_api b "$PB" "$URL" "${KEYS[@]}" "${ADMIN[@]}"
wait_ready a "$PA"; wait_ready b "$PB"
read -r applied distinct failed < <(psql -tAq -F ' ' -d "$DB" -c \
  "SELECT count(*), count(DISTINCT version), count(*) FILTER (WHERE NOT success) FROM flyway_schema_history WHERE version IS NOT NULL")
[ "$applied" = "$distinct" ] && [ "$failed" = 0 ] && [ "$applied" -ge 2 ] \
  || { echo "migrations applied $applied times for $distinct versions ($failed failed)" >&2; exit 1; }
admins=$(psql -tAq -d "$DB" -c "SELECT count(*) FROM app_user WHERE role = 'ADMIN'")
[ "$admins" = 1 ] || { echo "expected one admin, found $admins" >&2; exit 1; }
migrated=$(grep -l "Successfully applied" "$WORK/a.log" "$WORK/b.log" | xargs -n1 basename | sed 's/.log$//' | tr '\n' ' ')
echo "    both ready; $applied migrations applied once each (by replica ${migrated:-?}); one admin"

A="http://127.0.0.1:$PA/api/v1"
B="http://127.0.0.1:$PB/api/v1"
step "data over HTTP (through both replicas)"
STORY_TEXT="Backup-roundtrip story text $$"
PASSWORD="backup-applicant-passphrase-$$"
expect "$(call POST "$A/auth/register" "{\"email\":\"ana-$$@example.org\",\"password\":\"$PASSWORD\",\"displayName\":\"Ana\"}")" 201
expect "$(call POST "$B/auth/register" "{\"email\":\"ben-$$@example.org\",\"password\":\"$PASSWORD\",\"displayName\":\"Ben\"}")" 201
BEN=$(json "['id']" <"$WORK/body")
expect "$(call POST "$A/auth/login" "{\"email\":\"ana-$$@example.org\",\"password\":\"$PASSWORD\"}")" 200
ANA_TOKEN=$(json "['accessToken']" <"$WORK/body"); ANA_REFRESH=$(json "['refreshToken']" <"$WORK/body")
for i in 1 2 3; do
  expect "$(call POST "$A/stories" "{\"title\":\"$STORY_TEXT #$i\",\"summary\":\"$STORY_TEXT summary\"}" "$ANA_TOKEN")" 201
done
expect "$(call GET "$B/stories?sort=title,asc" "" "$ANA_TOKEN")" 200
python3 -c "import json,sys; print(json.dumps([s['title'] for s in json.load(sys.stdin)['items']]))" <"$WORK/body" >"$WORK/titles-before"
expect "$(call POST "$A/auth/login" "{\"email\":\"admin-$$@example.org\",\"password\":\"$ADMIN_PASSWORD\"}")" 200
ADMIN_TOKEN=$(json "['accessToken']" <"$WORK/body")
# Admin screens need the second factor: the admin turns on an authenticator app first (on the other replica).
expect "$(call POST "$A/me/totp" "{\"password\":\"$ADMIN_PASSWORD\"}" "$ADMIN_TOKEN")" 200
ADMIN_TOTP=$(json "['secret']" <"$WORK/body")
expect "$(call POST "$B/me/totp/confirm" "{\"code\":\"$(totp "$ADMIN_TOTP")\"}" "$ADMIN_TOKEN")" 200
CODE_STEP=$(( $(date +%s) / 30 ))   # the step of that code, or a later one
expect "$(call POST "$B/admin/users/$BEN/disable" "" "$ADMIN_TOKEN")" 200
expect "$(call GET "$A/admin/stats" "" "$ADMIN_TOKEN")" 200
python3 -c "import json,sys; d=json.load(sys.stdin); print(d['accounts'], d['disabledAccounts'], d['stories'])" <"$WORK/body" >"$WORK/stats-before"
echo "    $(cat "$WORK/stats-before" | awk '{print $1" accounts, "$2" disabled, "$3" stories"}')"
stop_api a; stop_api b

step "pg_dump -Fc, drop the database, create it again, pg_restore"
pg_dump -Fc -f "$WORK/lorkit.dump" "$DB"
psql -q -d postgres -c "DROP DATABASE $DB"
psql -q -d postgres -c "CREATE DATABASE $DB"
pg_restore --no-owner --exit-on-error -d "$DB" "$WORK/lorkit.dump"
echo "    dump of $(du -h "$WORK/lorkit.dump" | cut -f1) restored"

step "the API on the restored database sees the same data"
PC=$(free_port)
start_api c "$PC" "$URL" "${KEYS[@]}"
wait_ready c "$PC"
C="http://127.0.0.1:$PC/api/v1"
expect "$(call GET "$C/stories?sort=title,asc" "" "$ANA_TOKEN")" 200   # a token from before the backup
python3 -c "import json,sys; print(json.dumps([s['title'] for s in json.load(sys.stdin)['items']]))" <"$WORK/body" >"$WORK/titles-after"
cmp -s "$WORK/titles-before" "$WORK/titles-after" || { echo "stories differ after restore" >&2; diff "$WORK/titles-before" "$WORK/titles-after" >&2; exit 1; }
expect "$(call POST "$C/auth/login" "{\"email\":\"ana-$$@example.org\",\"password\":\"$PASSWORD\"}")" 200
expect "$(call POST "$C/auth/refresh" "{\"refreshToken\":\"$ANA_REFRESH\"}")" 200
expect "$(call POST "$C/auth/login" "{\"email\":\"ben-$$@example.org\",\"password\":\"$PASSWORD\"}")" 403   # still disabled
# The second factor came through: the admin's password alone is not enough, with the app's code it is.
expect "$(call POST "$C/auth/login" "{\"email\":\"admin-$$@example.org\",\"password\":\"$ADMIN_PASSWORD\"}")" 401
totp_after "$CODE_STEP" >/dev/null
expect "$(call POST "$C/auth/login" "{\"email\":\"admin-$$@example.org\",\"password\":\"$ADMIN_PASSWORD\",\"totpCode\":\"$(totp "$ADMIN_TOTP")\"}")" 200
expect "$(call GET "$C/admin/stats" "" "$ADMIN_TOKEN")" 200
python3 -c "import json,sys; d=json.load(sys.stdin); print(d['accounts'], d['disabledAccounts'], d['stories'])" <"$WORK/body" >"$WORK/stats-after"
cmp -s "$WORK/stats-before" "$WORK/stats-after" || { echo "stats differ: $(cat "$WORK/stats-before") vs $(cat "$WORK/stats-after")" >&2; exit 1; }
stop_api c
echo "    same stories, sessions, disabled account, admin second factor and counts"

step "logs: JSON when asked, and no secrets"
python3 - "$WORK/a.log" <<'PY'
import json, sys
lines = [l for l in open(sys.argv[1]) if l.strip()]
bad = [l for l in lines if not l.lstrip().startswith("{")]
for l in lines:
    if l.lstrip().startswith("{"):
        json.loads(l)
if bad:
    sys.exit(f"{len(bad)} of {len(lines)} log lines of the JSON replica are not JSON, e.g. {bad[0]!r}")
print(f"    {len(lines)} JSON log lines")
PY
for secret in "$PASSWORD" "$ADMIN_PASSWORD" "$STORY_TEXT" "$ANA_TOKEN" "$ANA_REFRESH" "$ADMIN_TOKEN"; do
  if grep -qF -- "$secret" "$WORK"/*.log; then echo "a log holds a secret (${secret:0:12}...)" >&2; exit 1; fi
done
echo "Backup round trip passed: pg_dump/pg_restore on PostgreSQL $(psql -tAq -d postgres -c 'SHOW server_version')."
