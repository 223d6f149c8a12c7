"""The results store: attempts, results, item marks and audio references, through SQLAlchemy.

The default is a SQLite file in the data folder (nothing to set up); a training centre
points every workstation at one PostgreSQL server with `--store URL` or `CALLSIM_STORE`.
The schema is versioned with Alembic and brought up to date whenever a store is opened.
"""

from __future__ import annotations

from simulator.store.connect import STORE_ENV, Store, StoreError, add_store_option, open_store
from simulator.store.queries import (
           AttemptRow,
           StoredAttempt,
           cohort_summary,
           find_attempt,
           list_attempts,
)
from simulator.store.saving import store_attempt

__all__ = ["STORE_ENV", "AttemptRow", "Store", "StoreError", "StoredAttempt",
           "add_store_option", "cohort_summary", "find_attempt", "list_attempts",
           "open_store", "store_attempt"]
