#!/usr/bin/env bash
# PostgreSQL's server binaries (initdb, pg_ctl, postgres) on a fresh Debian/Ubuntu machine,
# run as root by ./setup. The tests start their own private server from these binaries
# (tests/private_postgres.py): no cluster, user or password to set up. Safe to run twice.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends postgresql
fi
