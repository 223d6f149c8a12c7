"""Reading the store: lists of attempts, one attempt in full, and cohort totals."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Subquery, case, false, func, select
from sqlalchemy.exc import SQLAlchemyError

from simulator.store.connect import Store, StoreError, first_line
from simulator.store.tables import AttemptRecord, ItemMarkRecord, ResultRecord, Trainee


@dataclass(frozen=True)
class AttemptRow:
    """One attempt with its latest marking, as a list shows it."""

    id: int
    key: str
    trainee: str
    scenario: str
    started_at: dt.datetime | None
    score: float | None
    passed: bool | None
    critical_failures: tuple[str, ...]
    folder: str


@dataclass(frozen=True)
class StoredAttempt:
    """Everything a report needs, as stored."""

    id: int
    key: str
    folder: str
    attempt: dict[str, Any]
    result: dict[str, Any] | None
    marker: str | None
    marked_at: dt.datetime | None


@dataclass
class CohortSummary:
    attempts: int = 0
    passes: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    missed_items: list[tuple[str, int]] = field(default_factory=list)


def not_demo() -> ColumnElement[bool]:
    """Attempts a trainee made, not `callsim demo` runs (the `demo` flag in their JSON)."""
    return func.coalesce(AttemptRecord.attempt_json["demo"].as_boolean(), false()).is_(false())


def _latest_results() -> Subquery:
    """Each attempt's latest marking (the highest result id)."""
    return (select(ResultRecord.attempt_id, func.max(ResultRecord.id).label("result_id"))
            .group_by(ResultRecord.attempt_id).subquery())


def list_attempts(store: Store, *, trainee: str | None = None, scenario: str | None = None,
                  limit: int | None = None) -> list[AttemptRow]:
    """Attempts newest first, each with its latest marking (none if never marked)."""
    latest = _latest_results()
    query = (select(AttemptRecord.id, AttemptRecord.key, Trainee.code, AttemptRecord.scenario,
                    AttemptRecord.started_at, ResultRecord.score, ResultRecord.passed,
                    ResultRecord.critical_failures, AttemptRecord.folder)
             .join(Trainee, Trainee.id == AttemptRecord.trainee_id)
             .outerjoin(latest, latest.c.attempt_id == AttemptRecord.id)
             .outerjoin(ResultRecord, ResultRecord.id == latest.c.result_id)
             .order_by(AttemptRecord.started_at.desc(), AttemptRecord.id.desc()))
    if trainee is not None:
        query = query.where(Trainee.code == trainee)
    if scenario is not None:
        query = query.where(AttemptRecord.scenario == scenario)
    if limit is not None:
        query = query.limit(limit)
    try:
        with store.sessions() as session:
            rows = session.execute(query).all()
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None
    return [AttemptRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(r[7] or ()), r[8])
            for r in rows]


def find_attempt(store: Store, ident: str) -> StoredAttempt | None:
    """An attempt by its number in the store or its key (`trainee/folder`)."""
    where = (AttemptRecord.id == int(ident)) if ident.isdigit() else (AttemptRecord.key == ident)
    try:
        with store.sessions() as session:
            record = session.scalars(select(AttemptRecord).where(where)).first()
            if record is None:
                return None
            result = session.scalars(select(ResultRecord)
                                     .where(ResultRecord.attempt_id == record.id)
                                     .order_by(ResultRecord.id.desc()).limit(1)).first()
            return StoredAttempt(record.id, record.key, record.folder, record.attempt_json,
                                 result.result_json if result else None,
                                 result.marker if result else None,
                                 result.marked_at if result else None)
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None


def cohort_summary(store: Store, top: int = 10) -> CohortSummary:
    """Totals over every attempt's latest marking: passes per trainee and scenario, and
    the items most often missed. Done in the database, so 10,000 attempts stay quick."""
    latest = _latest_results()
    passes = (select(Trainee.code, AttemptRecord.scenario, func.count(),
                     func.sum(case((ResultRecord.passed, 1), else_=0)))
              .join(Trainee, Trainee.id == AttemptRecord.trainee_id)
              .join(latest, latest.c.attempt_id == AttemptRecord.id)
              .join(ResultRecord, ResultRecord.id == latest.c.result_id)
              .group_by(Trainee.code, AttemptRecord.scenario))
    missed = (select(ItemMarkRecord.item_id, func.count().label("n"))
              .join(latest, latest.c.result_id == ItemMarkRecord.result_id)
              .where(ItemMarkRecord.status == "not_met")
              .group_by(ItemMarkRecord.item_id)
              .order_by(func.count().desc(), ItemMarkRecord.item_id).limit(top))
    summary = CohortSummary()
    try:
        with store.sessions() as session:
            total: Counter[str] = Counter()
            for code, scenario, count, passed in session.execute(passes):
                summary.passes[(code, scenario)] = (int(passed or 0), int(count))
                total["attempts"] += int(count)
            summary.attempts = total["attempts"]
            summary.missed_items = [(item, int(n)) for item, n in session.execute(missed)]
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None
    return summary


@dataclass(frozen=True)
class Uncertain:
    """An item whose latest marking is uncertain: for an assessor to decide."""

    attempt: int
    key: str
    trainee: str
    scenario: str
    item: str
    critical: bool
    leaning: str
    confidence: float | None
    reason: str


def review_queue(store: Store) -> list[Uncertain]:
    """Every uncertain item in each attempt's latest marking, critical ones first."""
    latest = _latest_results()
    query = (select(AttemptRecord.id, AttemptRecord.key, Trainee.code, AttemptRecord.scenario,
                    ResultRecord.result_json)
             .join(Trainee, Trainee.id == AttemptRecord.trainee_id)
             .join(latest, latest.c.attempt_id == AttemptRecord.id)
             .join(ResultRecord, ResultRecord.id == latest.c.result_id)
             .where(ResultRecord.id.in_(select(ItemMarkRecord.result_id)
                                        .where(ItemMarkRecord.status == "uncertain")))
             .order_by(AttemptRecord.id))
    try:
        with store.sessions() as session:
            rows = session.execute(query).all()
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None
    out = [Uncertain(r[0], r[1], r[2], r[3], str(i.get("id")), bool(i.get("critical")),
                     str(i.get("leaning", "")), i.get("confidence"), str(i.get("reason", "")))
           for r in rows for i in (r[4] or {}).get("items", [])
           if i.get("status") == "uncertain"]
    return sorted(out, key=lambda u: (not u.critical, u.attempt, u.item))
