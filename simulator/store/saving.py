"""Storing a marked attempt: the record, its result, its item marks and its recordings."""

from __future__ import annotations

import datetime as dt
import hashlib
import wave
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from scoring.attempt import Attempt
from scoring.result import Result
from simulator.store import ledger
from simulator.store.connect import Store, StoreError, first_line
from simulator.store.tables import (
    AttemptRecord,
    AudioRecord,
    ItemMarkRecord,
    ResultRecord,
    ReviewRecord,
    Trainee,
)

# A call folder holding this file was played by `callsim demo` (the scenario's own model
# or weak trainee), not by a trainee. Kept as a file in the folder so that `callsim
# recover` stores the call as a demo again; the store keeps the flag in the attempt's JSON
# (`"demo": true`, which attempt readers ignore), so no schema change is needed.
DEMO_MARK = "demo-run.txt"


def is_demo(folder: Path) -> bool:
    return (folder / DEMO_MARK).exists()


def mark_demo(folder: Path) -> None:
    (folder / DEMO_MARK).write_text(
        "This call was played by `callsim demo`, not by a trainee: the cohort view, course "
        "standing and calibration leave it out (unless --include-demo).\n", encoding="utf-8")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_time(text: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def attempt_key(attempt: Attempt, folder: Path) -> str:
    """Stable across re-storing (recover, re-marking) and moving the data folder."""
    return f"{folder.parent.name}/{folder.name}" if folder.name else attempt.trainee


def store_attempt(store: Store, attempt: Attempt, result: Result, folder: Path,
                  marker: str = "auto") -> int:
    """Keep the attempt and its marking; return the attempt's id in the store.

    Storing the same call again (after `callsim recover`, say) updates its record and adds
    the new marking only if it differs from the latest; earlier markings are kept.
    """
    try:
        with store.sessions.begin() as session:
            return _store(session, attempt, result, folder.resolve(), marker)
    except SQLAlchemyError as error:
        raise StoreError(f"could not store the attempt in {store.where}: "
                         f"{first_line(error)}") from None


def _store(session: Session, attempt: Attempt, result: Result, folder: Path,
           marker: str) -> int:
    trainee = attempt.trainee or "unknown"
    trainee_id = _trainee(session, trainee)
    key = attempt_key(attempt, folder)
    record = session.scalars(select(AttemptRecord).where(AttemptRecord.key == key)).first()
    if record is None:
        record = AttemptRecord(key=key, stored_at=utcnow())
        session.add(record)
    record.trainee_id = trainee_id
    record.scenario = attempt.scenario
    record.scenario_sha256 = attempt.scenario_sha256
    record.started_at = parse_time(attempt.started_at)
    record.ended_at = parse_time(attempt.ended_at)
    record.folder = str(folder)
    record.attempt_json = attempt.model_dump(mode="json", exclude_none=True) | (
        {"demo": True} if is_demo(folder) else {})
    session.flush()
    version = ledger.attempt_row(record, trainee)
    if ledger.latest_digest(session, "attempt", record.id) != ledger.digest(
            "attempt", version):
        ledger.append(session, "attempt", record.id, record.id, version)
    document = result.to_json()
    latest = session.scalars(select(ResultRecord).where(ResultRecord.attempt_id == record.id)
                             .order_by(ResultRecord.id.desc()).limit(1)).first()
    reviewed = session.scalars(select(ReviewRecord.id).where(
        ReviewRecord.attempt_id == record.id, ReviewRecord.kind != "blind").limit(1)).first()
    # Once an assessor has reviewed the attempt, their marking stands as the latest:
    # re-storing the call (callsim recover) must not put an unreviewed one above it.
    if reviewed is None and (latest is None or latest.result_json != document
                             or latest.marker != marker):
        add_result(session, record.id, result, document, marker)
    _audio(session, record.id, attempt, folder)
    from simulator.store.scenarios import keep_text  # noqa: PLC0415  (it imports this module)

    keep_text(session, attempt, folder)
    return record.id


def _trainee(session: Session, code: str) -> int:
    """The trainee's row, made if new; two processes may make it at once, so PostgreSQL
    inserts with "on conflict do nothing" and reads back. (SQLite's writers queue at BEGIN
    IMMEDIATE; there an insert that clashes is refused by the guard against REPLACE.)"""
    # Imported here: PostgreSQL's dialect pulls in every driver's module (asyncpg too),
    # ~0.1 s that `callsim report` need not pay.
    from sqlalchemy.dialects import postgresql  # noqa: PLC0415

    dialect = session.get_bind().dialect.name
    values: dict[str, Any] = {"code": code, "created_at": utcnow()}
    if dialect == "postgresql":
        session.execute(postgresql.insert(Trainee).values(values).on_conflict_do_nothing())
    elif session.scalars(select(Trainee.id).where(Trainee.code == code)).first() is None:
        session.add(Trainee(**values))
        session.flush()
    return session.scalars(select(Trainee.id).where(Trainee.code == code)).one()


def add_result(session: Session, attempt_id: int, result: Result, document: dict[str, Any],
               marker: str) -> int:
    """Add a marking and its item marks; return the marking's id."""
    row = ResultRecord(attempt_id=attempt_id, score=result.score, pass_mark=result.pass_mark,
                       passed=result.passed, critical_failures=list(result.critical_failures),
                       result_json=document, marked_at=utcnow(), marker=marker)
    session.add(row)
    session.flush()
    items = [ItemMarkRecord(result_id=row.id, attempt_id=attempt_id, item_id=i.id,
                            status=i.status, points=i.points, max_points=i.max_points,
                            critical=i.critical) for i in result.items]
    session.add_all(items)
    session.flush()
    ledger.append(session, "result", row.id, attempt_id, ledger.result_row(row, items))
    return row.id


def _audio(session: Session, attempt_id: int, attempt: Attempt, folder: Path) -> None:
    known = {a.turn for a in session.scalars(select(AudioRecord)
                                             .where(AudioRecord.attempt_id == attempt_id))}
    for index, turn in enumerate(attempt.turns):
        if turn.audio and index not in known:
            seconds, digest = _wav_facts(folder / turn.audio)
            row = AudioRecord(attempt_id=attempt_id, turn=index, path=turn.audio,
                              seconds=seconds, sha256=digest)
            session.add(row)
            session.flush()
            ledger.append(session, "audio", row.id, attempt_id,
                          ledger.columns(row, ledger.AUDIO_FIELDS))


def _wav_facts(path: Path) -> tuple[float | None, str | None]:
    """Length and hash of a recording, or None for what cannot be read (never fatal)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None, None
    digest = hashlib.sha256(raw).hexdigest()
    try:
        with wave.open(str(path)) as clip:
            return round(clip.getnframes() / clip.getframerate(), 3), digest
    except (wave.Error, EOFError, ZeroDivisionError):
        return None, digest
