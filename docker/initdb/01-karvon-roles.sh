#!/bin/sh
# Runs once, when the PostgreSQL volume is first created. Karvon never connects as the superuser:
# karvon_owner owns the schema and runs the migrations; karvon_app is what the application's pool
# uses (Karvon grants it row access, and no UPDATE/DELETE/TRUNCATE on the append-only tables).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$KARVON_DB_OWNER_PASSWORD" -v app_password="$KARVON_DB_APP_PASSWORD" <<'SQL'
create role karvon_owner with login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role karvon_app with login nosuperuser nocreatedb nocreaterole noinherit password :'app_password';
alter database karvon owner to karvon_owner;
alter schema public owner to karvon_owner;
revoke all on database karvon from public;
SQL
