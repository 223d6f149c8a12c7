"""`callsim report`: the assessor's report of one attempt, as one self-contained HTML file."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from scoring.attempt import Attempt, load_attempt, parse_attempt
from scoring.authored import AuthoringError
from scoring.bounded import MAX_RECORD_BYTES, parse_json, read_limited
from simulator.errors import UserError
from simulator.paths import write_private
from simulator.scenario_of import scenario_of
from simulator.store.options import add_store_option


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="an attempt's report for assessors: one HTML file")
    p.add_argument("attempt", metavar="ATTEMPT_FOLDER_OR_ID",
                   help="a call's folder (holds attempt.json), or its number or key in the "
                        "results store")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.html",
                   help="where to write it (default: report.html in the call's folder, or "
                        "attempt-ID.html here when the folder is not on this computer)")
    p.add_argument("--blind", action="store_true",
                   help="the call only (timeline, recordings, log), without any automatic "
                        "or earlier mark: for an assessor about to double-mark it blind")
    add_store_option(p)
    p.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    from simulator.report.render import build, render  # noqa: PLC0415  (Jinja2 only here)

    if args.blind:
        return _blind(args)
    attempt, result, folder, marker, name = find(args.attempt, args.store)
    audit: list[dict[str, Any]] = []
    record = ""
    if not Path(args.attempt).is_dir():  # from the store, where reviews are kept
        attempt, audit, record = _reviewed(attempt, int(name), args.store)
    elif folder is not None and (stored := _stored_review(attempt, folder, args.store)):
        result, marker, ident = stored
        attempt, audit, record = _reviewed(attempt, ident, args.store)
    scenario = scenario_of(attempt, args.store, folder)
    from simulator.store.saving import is_demo  # noqa: PLC0415

    report = replace(build(attempt, result, scenario, folder, marker, audit=audit),
                     record=record, demo=folder is not None and is_demo(folder))
    html = render(report)
    output: Path = args.output or ((folder / "report.html") if folder is not None
                                   else Path(f"attempt-{name}.html"))
    return _written(output, html)


def _blind(args: argparse.Namespace) -> int:
    """The blind copy. Its marking is fetched with the attempt (one query) but never
    passed on: the blind report is built from the attempt and the scenario alone."""
    from simulator.loader import references  # noqa: PLC0415
    from simulator.report.blind import build_blind  # noqa: PLC0415
    from simulator.report.render import render_blind  # noqa: PLC0415

    attempt, _, folder, _, name = find(args.attempt, args.store, mark=False)
    if not Path(args.attempt).is_dir():  # corrected turns are what was said, not marks
        attempt, _, _ = _reviewed(attempt, int(name), args.store)
    scenario = scenario_of(attempt, args.store, folder)
    profiles = references().profiles
    profile = profiles[scenario.profile].title if scenario.profile in profiles \
        else scenario.profile
    # What the assessor gave (a number, a key or a folder) is what `review --blind` takes.
    html = render_blind(build_blind(attempt, scenario, folder, args.attempt, profile))
    output: Path = args.output or ((folder / "report-blind.html") if folder is not None
                                   else Path(f"attempt-{name}-blind.html"))
    return _written(output, html)


def _written(output: Path, html: str) -> int:
    """Write a report readable by its owner only (it holds a trainee's call and marks)."""
    try:
        write_private(output, html)
    except OSError as error:
        raise UserError(f"cannot write {output}: {error.strerror}") from None
    print(output)
    return 0


def _stored_review(attempt: Attempt, folder: Path, store_option: str | None
                   ) -> tuple[dict[str, Any], str, int] | None:
    """A call folder's reviewed marking, when an assessor has reviewed it in the store
    (the folder keeps the automatic one). Without a reachable store, the folder's own."""
    import os  # noqa: PLC0415

    from simulator.paths import data_dir  # noqa: PLC0415
    from simulator.store.connect import StoreError, open_store  # noqa: PLC0415
    from simulator.store.options import STORE_ENV  # noqa: PLC0415
    from simulator.store.queries import find_attempt  # noqa: PLC0415
    from simulator.store.saving import attempt_key  # noqa: PLC0415

    if not (store_option or os.environ.get(STORE_ENV)
            or (data_dir() / "callsim.db").exists()):
        return None  # no store here: do not make one just to look
    try:
        store = open_store(store_option, create=False)
        try:
            stored = find_attempt(store, attempt_key(attempt, folder.resolve()))
        finally:
            store.close()
    except StoreError as error:
        print(f"callsim: could not look for reviews in the results store ({error}); the "
              "report shows the marking kept in the folder", file=sys.stderr)
        return None
    if stored is None or stored.result is None or stored.marker in (None, "auto"):
        return None
    return stored.result, stored.marker or "", stored.id


def _reviewed(attempt: Attempt, ident: int, store_option: str | None
              ) -> tuple[Attempt, list[dict[str, Any]], str]:
    """The attempt as the assessors corrected it, its audit trail, and whether the
    record is intact (the hash chain over its marks and reviews)."""
    from dataclasses import asdict  # noqa: PLC0415

    from scoring.review import Correction, corrected  # noqa: PLC0415
    from simulator.store.connect import open_store  # noqa: PLC0415
    from simulator.store.ledger import verify  # noqa: PLC0415
    from simulator.store.reviews import audit_trail  # noqa: PLC0415

    store = open_store(store_option, create=False)
    try:
        trail = audit_trail(store, ident)
        record = verify(store, ident).line()
    finally:
        store.close()
    fixes = [Correction(int(e.target.removeprefix("turn ")), str(e.after["text"]), e.assessor)
             for e in trail if e.kind == "correction"]
    entries = [asdict(e) | {"at": e.at.strftime("%d %b %Y %H:%M UTC")} for e in trail]
    return corrected(attempt, fixes), entries, record


def find(given: str, store_option: str | None, *, mark: bool = True
         ) -> tuple[Attempt, dict[str, Any], Path | None, str, str]:
    """The attempt, its latest marking, its folder (if here), who marked it, and a name.
    With `mark=False` an attempt never marked is not marked now (the marking is empty)."""
    path = Path(given)
    if path.is_dir():
        return _from_folder(path, mark=mark)
    if path.exists():
        raise UserError(f"{given}: give the call's folder (it holds attempt.json), not a file")
    from simulator.store.connect import open_store  # noqa: PLC0415
    from simulator.store.queries import find_attempt  # noqa: PLC0415

    store = open_store(store_option, create=False)
    try:
        stored = find_attempt(store, given)
    finally:
        store.close()
    if stored is None:
        raise UserError(f"no attempt `{given}`: give a call's folder, or an attempt number "
                        f"or key from the results store ({store.where})")
    try:
        attempt = parse_attempt(json.dumps(stored.attempt), f"stored attempt {stored.id}")
    except AuthoringError as error:
        raise UserError(str(error)) from None
    folder = Path(stored.folder) if Path(stored.folder).is_dir() else None
    result = stored.result if mark else {}
    if result is None:
        from simulator.selftest import mark_attempt  # noqa: PLC0415  (rarely needed)

        result = mark_attempt(scenario_of(attempt, store_option, folder), attempt).to_json()
    return attempt, result, folder, stored.marker or "auto", str(stored.id)


def _usable(result: Any) -> bool:
    """A result.json shaped as callsim writes it (else the record is marked again: the
    attempt, not a damaged copy of its marks, is the source of truth)."""
    from scoring.review import result_from_json  # noqa: PLC0415

    if not isinstance(result, dict):
        return False
    try:
        result_from_json(result)
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return all(isinstance(result.get(k, {}), dict) for k in ("competencies", "criteria"))


def _from_folder(folder: Path, *, mark: bool = True
                 ) -> tuple[Attempt, dict[str, Any], Path, str, str]:
    if not (folder / "attempt.json").exists():
        hint = (f"; it has a journal: run `callsim recover {folder}` first"
                if (folder / "journal.jsonl").exists() else "")
        raise UserError(f"{folder}: no attempt.json here{hint}")
    try:
        attempt = load_attempt(folder / "attempt.json")
    except AuthoringError as error:
        raise UserError(str(error)) from None
    result: dict[str, Any] | None = None
    if not mark:
        return attempt, {}, folder, "", folder.name
    if (folder / "result.json").is_file():
        try:
            raw = read_limited(folder / "result.json", "result.json", MAX_RECORD_BYTES, "result")
            loaded = parse_json(raw.decode("utf-8", errors="replace"), "result.json")
            result = loaded if _usable(loaded) else None
        except AuthoringError:
            result = None
    if result is None:  # marked again from the record, which is the source of truth
        from simulator.selftest import mark_attempt  # noqa: PLC0415

        result = mark_attempt(scenario_of(attempt, None, folder), attempt).to_json()
    return attempt, result, folder, "auto", folder.name
