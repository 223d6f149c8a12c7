#!/usr/bin/env bash
# PostgreSQL for the results store's tests, on a fresh Debian/Ubuntu machine, run as root
# (by .ci/run). Installs Debian's postgresql, starts its cluster on localhost, makes a user
# and database for the tests, and prints the URL; it also writes it to
# /tmp/callsim-postgres-url so a caller can `export CALLSIM_TEST_POSTGRES_URL=$(cat …)`.
# Safe to run twice.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends postgresql
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
    pg_createcluster "$VERSION" main
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 == "online"' \
        | grep -q .; then
    pg_ctlcluster "$VERSION" main start
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 50); do
    runuser -u postgres -- pg_isready -q -h localhost -p "$PORT" && break
    sleep 0.2
done

USER_NAME=callsim
PASSWORD=callsim-test   # a throw-away test database on localhost only
DATABASE=callsim_test
as_postgres() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ -z "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'")" ]; then
    as_postgres -c "CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'"
fi
if [ -z "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
    as_postgres -c "CREATE DATABASE $DATABASE OWNER $USER_NAME"
fi

URL="postgresql+psycopg://$USER_NAME:$PASSWORD@localhost:$PORT/$DATABASE"
echo "$URL" > /tmp/callsim-postgres-url
echo "$URL"
