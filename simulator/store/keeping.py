"""What the call commands do after marking: keep the attempt in the store, never at the
cost of the files. The files are written first; a store that cannot be reached only
costs a message saying how to store the attempt later."""

from __future__ import annotations

import sys
from pathlib import Path

from scoring.attempt import Attempt
from scoring.result import Result
from simulator.store.connect import StoreError, open_store
from simulator.store.saving import store_attempt


def keep(store_option: str | None, attempt: Attempt, result: Result, folder: Path
         ) -> int | None:
    """Store a marked attempt; return its id in the store, or None (having said why)."""
    try:
        store = open_store(store_option)
        try:
            return store_attempt(store, attempt, result, folder)
        finally:
            store.close()
    except StoreError as error:
        again = f" --store {_hidden(store_option)}" if store_option else ""
        print(f"callsim: the attempt is marked and its files are safe in {folder}, but it "
              f"was not stored in the results store: {error}\n"
              f"  store it later with: callsim recover {folder}{again}", file=sys.stderr)
        return None


def _hidden(url: str) -> str:
    """The URL without its password (messages end up in logs and on shared screens)."""
    from sqlalchemy.engine import make_url  # noqa: PLC0415
    from sqlalchemy.exc import ArgumentError  # noqa: PLC0415

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
