"""What a trainer looks at across a course: every trainee's marked attempts and typing tests.

Read-only: one query for every attempt's latest marking, one for the items missed on them,
and the typing tests' `result.json` files in the data folder (typing results are files,
not rows, so the store's schema is left alone).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from simulator.store.connect import Store, StoreError, first_line
from simulator.store.queries import _latest_results, not_demo
from simulator.store.tables import AttemptRecord, ItemMarkRecord, ResultRecord, Trainee

TYPING_FORMAT = "callsim.typing-result/1"
SPEED_KINDS = ("copy", "audio")  # data entry is timed by the caller, not the typist


@dataclass(frozen=True)
class Marked:
    """One attempt with its latest marking."""

    id: int
    trainee: str
    scenario: str
    when: dt.datetime | None
    score: float
    passed: bool
    critical_failures: tuple[str, ...]


@dataclass(frozen=True)
class Missed:
    scenario: str
    item: str
    count: int


@dataclass(frozen=True)
class TypingRecord:
    """One typing test taken, from its `result.json`."""

    trainee: str
    test: str
    kind: str
    when: str  # ISO 8601 from the test's journal, or the folder's time stamp
    net_wpm: float
    gross_wpm: float
    accuracy: float  # judged accuracy, percent
    pass_accuracy: float
    folder: str
    complete: bool = True  # False: stopped early, never counted as a pass (older files: True)


def read_marked(store: Store, trainee: str | None = None, *, include_demo: bool = False
                ) -> list[Marked]:
    """Every marked attempt, oldest first (when started; else when stored); `callsim demo`
    runs only when asked for."""
    latest = _latest_results()
    when = func.coalesce(AttemptRecord.started_at, AttemptRecord.stored_at)
    query = (select(AttemptRecord.id, Trainee.code, AttemptRecord.scenario, when,
                    ResultRecord.score, ResultRecord.passed, ResultRecord.critical_failures)
             .join(Trainee, Trainee.id == AttemptRecord.trainee_id)
             .join(latest, latest.c.attempt_id == AttemptRecord.id)
             .join(ResultRecord, ResultRecord.id == latest.c.result_id)
             .order_by(when, AttemptRecord.id))
    if trainee is not None:
        query = query.where(Trainee.code == trainee)
    if not include_demo:
        query = query.where(not_demo())
    try:
        with store.sessions() as session:
            rows = session.execute(query).all()
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None
    return [Marked(r[0], r[1], r[2], _aware(r[3]), float(r[4]), bool(r[5]),
                   tuple(r[6] or ())) for r in rows]


def count_demo(store: Store) -> int:
    """How many `callsim demo` runs the store keeps (said on the cohort page, so nobody
    wonders where they went)."""
    query = select(func.count()).select_from(AttemptRecord).where(~not_demo())
    try:
        with store.sessions() as session:
            return int(session.execute(query).scalar_one())
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None


def _aware(value: dt.datetime | str | None) -> dt.datetime | None:
    # coalesce() loses the column type, so SQLite hands back text or a naive datetime.
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def read_missed(store: Store, *, include_demo: bool = False) -> list[Missed]:
    """Items not met on each attempt's latest marking, counted per scenario and item."""
    latest = _latest_results()
    query = (select(AttemptRecord.scenario, ItemMarkRecord.item_id, func.count())
             .join(latest, latest.c.result_id == ItemMarkRecord.result_id)
             .join(AttemptRecord, AttemptRecord.id == ItemMarkRecord.attempt_id)
             .where(ItemMarkRecord.status == "not_met")
             .group_by(AttemptRecord.scenario, ItemMarkRecord.item_id))
    if not include_demo:
        query = query.where(not_demo())
    try:
        with store.sessions() as session:
            rows = session.execute(query).all()
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None
    return sorted((Missed(s, i, int(n)) for s, i, n in rows),
                  key=lambda m: (-m.count, m.scenario, m.item))


def read_typing(folder: Path) -> list[TypingRecord]:
    """Every typing result under `folder` (the data folder's `typing/`), oldest first.

    A file that is not a typing result, or is damaged, is skipped: one bad file must not
    hide a whole cohort's results.
    """
    records: list[TypingRecord] = []
    for path in sorted(folder.glob("*/*/result.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != TYPING_FORMAT:
                continue
            trainee, when = _who_and_when(path.parent)
            records.append(TypingRecord(
                trainee, str(doc["test"]), str(doc["kind"]), when, float(doc["net_wpm"]),
                float(doc["gross_wpm"]), float(doc.get("judged_accuracy", 0.0)),
                float(doc.get("pass_accuracy", 0.0)), str(path.parent),
                bool(doc.get("complete", True))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(records, key=lambda r: (r.when, r.folder))


def _who_and_when(folder: Path) -> tuple[str, str]:
    """The trainee and start time from the journal's first entry; the folder names (which
    hold a filename-safe copy of both) when the journal is missing."""
    trainee, when = folder.parent.name, ""
    stamp = folder.name.split("-", 1)[0]
    with contextlib.suppress(ValueError):
        when = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(
            tzinfo=dt.UTC).isoformat(timespec="seconds")
    try:
        with (folder / "journal.jsonl").open(encoding="utf-8") as journal:
            start = json.loads(journal.readline())
        if isinstance(start, dict) and start.get("kind") == "start":
            trainee = str(start.get("trainee") or trainee)
            when = str(start.get("started_at") or when)
    except (OSError, ValueError):
        pass
    return trainee, when


def best_speed(records: list[TypingRecord]) -> TypingRecord | None:
    """The trainee's best timed test at or above its accuracy bar; else their best try."""
    timed = [r for r in records if r.kind in SPEED_KINDS and r.complete]
    accurate = [r for r in timed if r.accuracy >= r.pass_accuracy]
    pool = accurate or timed
    return max(pool, key=lambda r: r.net_wpm) if pool else None
