#!/bin/sh
# The two database roles of deploy/README.md ("Database roles"). The postgres image runs this once, when
# it initialises an empty data volume (/docker-entrypoint-initdb.d/*, as the superuser POSTGRES_USER):
#   LORKIT_DB_MIGRATION_USER  owns the database and the schema; only Flyway logs in with it, at start;
#   LORKIT_DB_USER            the API: reads and writes rows, owns nothing, so it cannot drop a table or
#                             the audit trail's append-only trigger.
# Safe to run again: on a database whose tables the superuser owns (compose before the two roles) it
# makes the roles and hands the existing tables and functions to the migration role.
# scripts/db-roles-check.sh runs it against the machine's PostgreSQL, fresh and as an upgrade.
set -eu
psql -v ON_ERROR_STOP=1 -q -X --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v db="$POSTGRES_DB" \
  -v owner="${LORKIT_DB_MIGRATION_USER:-lorkit_owner}" -v owner_password="$LORKIT_DB_MIGRATION_PASSWORD" \
  -v app="${LORKIT_DB_USER:-lorkit_app}" -v app_password="$LORKIT_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I', r) FROM unnest(ARRAY[:'owner', :'app']) AS r
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'owner', :'owner_password') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'app', :'app_password') \gexec
ALTER DATABASE :"db" OWNER TO :"owner";
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"app";
GRANT USAGE ON SCHEMA public TO :"app";
-- An existing schema (the upgrade): tables (with their identity sequences) and functions change hands.
SELECT format('ALTER TABLE public.%I OWNER TO %I', tablename, :'owner')
  FROM pg_tables WHERE schemaname = 'public' AND tableowner <> :'owner' \gexec
SELECT format('ALTER SEQUENCE public.%I OWNER TO %I', sequencename, :'owner')
  FROM pg_sequences WHERE schemaname = 'public' AND sequenceowner <> :'owner' \gexec
SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, :'owner')
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> :'owner' \gexec
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
-- Whatever the migrations create from now on.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"app";
SQL
