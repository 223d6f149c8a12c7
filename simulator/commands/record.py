"""`callsim verify` and `callsim erase`: the record holds, and leaves only by erasure.

`verify` checks the hash chain over every attempt, marking, review, recording and erasure
in the results store: intact, or each row changed, removed or added behind callsim's back.
`erase` removes a trainee's attempts after the retention period, and is itself recorded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from pathlib import Path
from typing import Any

from simulator.errors import UserError
from simulator.store.options import add_store_option


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help="check that the results store's marks, reviews and "
                                      "audit trail are as callsim kept them (hash chain)")
    p.add_argument("--attempt", type=int, metavar="ID",
                   help="check one attempt's rows (the chain's links are always all checked)")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    add_store_option(p)
    p.set_defaults(run=run_verify)

    p = sub.add_parser("erase", help="after the retention period: remove a trainee's "
                                     "attempts taken before a date (recorded in the store)")
    p.add_argument("--trainee", required=True, metavar="ID", help="the trainee's id")
    p.add_argument("--before", required=True, metavar="YYYY-MM-DD",
                   help="erase attempts taken before this day (not later than today)")
    p.add_argument("--reason", required=True, help="why, e.g. the retention policy's name")
    p.add_argument("--by", required=True, metavar="NAME", help="who is erasing")
    p.add_argument("--keep-files", action="store_true",
                   help="leave the calls' folders (recordings, journals) on this computer")
    add_store_option(p)
    p.set_defaults(run=run_erase)


def run_verify(args: argparse.Namespace) -> int:
    from simulator.store.connect import open_store  # noqa: PLC0415
    from simulator.store.ledger import verify  # noqa: PLC0415

    store = open_store(args.store, create=False)
    try:
        verdict = verify(store, args.attempt)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"store": store.where, "intact": verdict.intact,
                          "entries": verdict.entries, "rows_checked": verdict.rows_checked,
                          "head": verdict.head, "problems": list(verdict.problems)},
                         indent=2))
    else:
        print(f"{store.where}: the record is {verdict.line()}")
        for problem in verdict.problems:
            print(f"  {problem}")
        if verdict.intact:
            print(f"  head of the chain: {verdict.head} (note it down to check later that "
                  "the whole chain was not rewritten)")
    return 0 if verdict.intact else 1


def run_erase(args: argparse.Namespace) -> int:
    from simulator.store.connect import open_store  # noqa: PLC0415
    from simulator.store.erasing import erase  # noqa: PLC0415

    before = _day(args.before)
    for name in ("trainee", "reason", "by"):
        if not str(getattr(args, name)).strip():
            raise UserError(f"--{name} must not be empty: the erasure is recorded with it")
    store = open_store(args.store, create=False)
    try:
        erased = erase(store, args.trainee, before, args.reason.strip(), args.by.strip())
    finally:
        store.close()
    if not erased.attempt_ids:
        print(f"callsim: no attempts by `{args.trainee}` before {args.before} in "
              f"{store.where}; nothing erased")
        return 0
    removed = 0 if args.keep_files else _remove_folders(erased.folders)
    print(f"erased {len(erased.attempt_ids)} attempts by `{args.trainee}` taken before "
          f"{args.before} (erasure {erased.erasure_id}, recorded with its reason); "
          f"{removed} call folders removed")
    return 0


def _day(text: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--before {text!r}: give a day as YYYY-MM-DD") from None
    if day > dt.datetime.now(dt.UTC).date():
        raise UserError(f"--before {text}: a day in the future; only attempts past their "
                        "retention period are erased")
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _remove_folders(folders: tuple[str, ...]) -> int:
    """The calls' folders, but only inside this computer's attempts folder: a folder
    named in the store is never trusted to be somewhere safe to delete."""
    from simulator.session import attempts_dir  # noqa: PLC0415

    root = attempts_dir().resolve()
    removed = 0
    for name in folders:
        folder = Path(name).resolve()
        if folder.is_dir() and folder.is_relative_to(root) and folder != root:
            try:
                shutil.rmtree(folder)
                removed += 1
            except OSError as error:
                print(f"callsim: could not remove {folder}: {error.strerror}", file=sys.stderr)
    return removed
