"""The results store: attempts, results, item marks and audio references, through SQLAlchemy.

The default is a SQLite file in the data folder (nothing to set up); a training centre
points every workstation at one PostgreSQL server with `--store URL` or `CALLSIM_STORE`.
The schema is versioned with Alembic and brought up to date whenever a store is opened.

Import from the modules: `connect` (open_store), `saving` (store_attempt), `queries`
(list_attempts, find_attempt, cohort_summary), `keeping` (what the call commands do),
`options` (the --store option, which imports no SQLAlchemy so commands start quickly).
"""
