"""Assessors' reviews in the store: the append-only audit trail, each change's marking,
and the blind double-markings that calibration compares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from scoring.result import Result
from simulator.store import ledger
from simulator.store.connect import Store, StoreError, first_line
from simulator.store.queries import not_demo
from simulator.store.saving import add_result, utcnow
from simulator.store.tables import AttemptRecord, ResultRecord, ReviewRecord, Trainee

KINDS = ("correction", "override", "blind")


@dataclass(frozen=True)
class AuditEntry:
    id: int
    kind: str
    target: str
    assessor: str
    reason: str
    at: dt.datetime
    before: dict[str, Any]
    after: dict[str, Any]
    result_id: int | None


@dataclass(frozen=True)
class Change:
    """A review about to be kept: what it changes, and from what to what."""

    kind: str
    target: str
    assessor: str
    reason: str
    before: dict[str, Any]
    after: dict[str, Any]


# Given the whole audit trail (the new entry last), the marking that now stands and its
# JSON document; None for a change that does not alter the marking (a blind marking).
Recompute = Callable[[list[AuditEntry]], tuple[Result, dict[str, Any]] | None]


def add_review(store: Store, attempt_id: int, change: Change, recompute: Recompute
               ) -> tuple[AuditEntry, Result | None]:
    """Append the change to the attempt's audit trail and, in the same transaction, store
    the marking it makes. One transaction, so two assessors reviewing at once each
    recompute from the other's finished change, never from half of it."""
    try:
        with store.sessions.begin() as session:
            # PostgreSQL: hold the attempt's row, so a second assessor's change waits for
            # this one (SQLite's BEGIN IMMEDIATE already queues writers).
            session.execute(select(AttemptRecord.id).where(AttemptRecord.id == attempt_id)
                            .with_for_update())
            entry = ReviewRecord(attempt_id=attempt_id, kind=change.kind,
                                 target=change.target, assessor=change.assessor,
                                 reason=change.reason, at=utcnow(), before=change.before,
                                 after=change.after, result_id=None)
            trail = [*_trail(session, attempt_id), _entry(entry)]
            made = recompute(trail)
            if made is not None:
                result, document = made
                entry.result_id = add_result(session, attempt_id, result, document,
                                             change.assessor)
            session.add(entry)
            session.flush()
            ledger.append(session, "review", entry.id, attempt_id,
                          ledger.columns(entry, ledger.REVIEW_FIELDS))
            return _entry(entry), (made[0] if made else None)
    except SQLAlchemyError as error:
        raise StoreError(f"could not keep the review in {store.where}: "
                         f"{first_line(error)}") from None


def audit_trail(store: Store, attempt_id: int) -> list[AuditEntry]:
    """Every review of the attempt, oldest first."""
    try:
        with store.sessions() as session:
            return _trail(session, attempt_id)
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None


def original_marking(store: Store, attempt_id: int) -> dict[str, Any] | None:
    """The automatic marking reviews start from (the latest by `auto`); never replaced."""
    try:
        with store.sessions() as session:
            return session.scalars(
                select(ResultRecord.result_json)
                .where(ResultRecord.attempt_id == attempt_id, ResultRecord.marker == "auto")
                .order_by(ResultRecord.id.desc()).limit(1)).first()
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None


@dataclass(frozen=True)
class BlindMarked:
    """One double-marked attempt: its automatic marking and each assessor's latest blind
    marking (item → met, item → points)."""

    auto: dict[str, Any] | None
    marks: dict[str, dict[str, bool]]
    points: dict[str, dict[str, float]]
    trainee: str


def blind_markings(store: Store, *, include_demo: bool = False) -> dict[int, BlindMarked]:
    """Every double-marked attempt, by its id in the store (`callsim demo` runs only when
    asked for: assessors practising on a demo are not calibrating)."""
    query = (select(ReviewRecord.attempt_id, ReviewRecord.assessor, ReviewRecord.after)
             .join(AttemptRecord, AttemptRecord.id == ReviewRecord.attempt_id)
             .where(ReviewRecord.kind == "blind").order_by(ReviewRecord.id))
    if not include_demo:
        query = query.where(not_demo())
    try:
        with store.sessions() as session:
            rows = session.execute(query).all()
            out: dict[int, BlindMarked] = {}
            for attempt_id, assessor, after in rows:
                if attempt_id not in out:
                    auto = session.scalars(
                        select(ResultRecord.result_json)
                        .where(ResultRecord.attempt_id == attempt_id,
                               ResultRecord.marker == "auto")
                        .order_by(ResultRecord.id.desc()).limit(1)).first()
                    trainee = session.scalars(
                        select(Trainee.code).join(AttemptRecord,
                                                  AttemptRecord.trainee_id == Trainee.id)
                        .where(AttemptRecord.id == attempt_id)).first()
                    out[attempt_id] = BlindMarked(auto, {}, {}, trainee or "")
                out[attempt_id].marks[assessor] = {
                    str(k): bool(v) for k, v in dict(after.get("marks", {})).items()}
                # Blind markings kept before points were asked for have marks only.
                out[attempt_id].points[assessor] = {
                    str(k): float(v) for k, v in dict(after.get("points", {})).items()}
            return out
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None


def _trail(session: Session, attempt_id: int) -> list[AuditEntry]:
    return [_entry(r) for r in session.scalars(select(ReviewRecord)
                                               .where(ReviewRecord.attempt_id == attempt_id)
                                               .order_by(ReviewRecord.id))]


def _entry(row: ReviewRecord) -> AuditEntry:
    return AuditEntry(row.id or 0, row.kind, row.target, row.assessor, row.reason, row.at,
                      dict(row.before), dict(row.after), row.result_id)
