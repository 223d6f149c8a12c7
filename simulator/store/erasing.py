"""Erasing a trainee's attempts after the retention period: the one way a mark leaves the
store. The erasure is kept first (who, why, which attempts, in the hash chain); only then
does the database let those attempts' rows go. Everything else stays append-only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError

from simulator.store import ledger
from simulator.store.connect import Store, StoreError, first_line
from simulator.store.saving import utcnow
from simulator.store.tables import (
    AttemptRecord,
    AudioRecord,
    ErasedAttempt,
    Erasure,
    ItemMarkRecord,
    ResultRecord,
    ReviewRecord,
    Trainee,
)


@dataclass(frozen=True)
class Erased:
    erasure_id: int
    attempt_ids: tuple[int, ...]
    folders: tuple[str, ...]  # the calls' folders, for the command to remove


def erase(store: Store, trainee: str, before: dt.datetime, reason: str, by: str) -> Erased:
    """Remove the trainee's attempts taken before `before` (and their markings, reviews
    and recordings' references), leaving an erasure entry in the record."""
    try:
        with store.sessions.begin() as session:
            owner = session.scalars(select(Trainee.id).where(Trainee.code == trainee)).first()
            if owner is None:
                return Erased(0, (), ())
            taken = (AttemptRecord.started_at < before) | (
                AttemptRecord.started_at.is_(None) & (AttemptRecord.stored_at < before))
            rows = session.execute(select(AttemptRecord.id, AttemptRecord.folder)
                                   .where(AttemptRecord.trainee_id == owner, taken)
                                   .order_by(AttemptRecord.id)).all()
            ids = [r[0] for r in rows]
            if not ids:
                return Erased(0, (), ())
            entry = Erasure(trainee=trainee, before=before, reason=reason, erased_by=by,
                            at=utcnow(), attempt_ids=ids)
            session.add(entry)
            session.flush()
            session.add_all(ErasedAttempt(erasure_id=entry.id, attempt_id=i) for i in ids)
            session.flush()
            ledger.append(session, "erasure", entry.id, None,
                          ledger.columns(entry, ledger.ERASURE_FIELDS))
            # Children first: reviews point at markings, markings at attempts.
            for table in (ReviewRecord, ItemMarkRecord, ResultRecord, AudioRecord):
                session.execute(delete(table).where(table.attempt_id.in_(ids)))
            session.execute(delete(AttemptRecord).where(AttemptRecord.id.in_(ids)))
            return Erased(entry.id, tuple(ids), tuple(r[1] for r in rows))
    except SQLAlchemyError as error:
        raise StoreError(f"could not erase in {store.where}: {first_line(error)}") from None
