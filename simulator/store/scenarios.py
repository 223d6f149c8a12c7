"""Scenario texts in the store, by their sha256: every attempt's scenario exactly as it
was taken, so it can be marked, reported and reviewed after the file is edited or gone."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from scoring.attempt import Attempt
from simulator.store import ledger
from simulator.store.connect import Store, StoreError, first_line
from simulator.store.saving import utcnow
from simulator.store.tables import ScenarioText


def keep_text(session: Session, attempt: Attempt, folder: Path) -> None:
    """Keep the attempt's scenario text if the store lacks it: from the copy beside the
    journal, or the library's file, whichever has the attempt's hash."""
    digest = attempt.scenario_sha256
    if not digest or session.scalars(select(ScenarioText.id).where(
            ScenarioText.sha256 == digest)).first() is not None:
        return
    text = _text_with_hash(attempt, folder)
    if text is None:
        return
    row = {"sha256": digest, "scenario": attempt.scenario, "text": text,
           "stored_at": utcnow()}
    if session.get_bind().dialect.name == "postgresql":
        # Two workstations may keep the same scenario at once: the first one wins.
        made = session.execute(postgresql.insert(ScenarioText).values(row)
                               .on_conflict_do_nothing().returning(ScenarioText.id)).first()
        if made is None:
            return
        ident = made[0]
    else:  # SQLite's writers queue (BEGIN IMMEDIATE): nobody else inserts meanwhile
        kept = ScenarioText(**row)
        session.add(kept)
        session.flush()
        ident = kept.id
    ledger.append(session, "scenario", ident, None, {"id": ident, **row})


def _text_with_hash(attempt: Attempt, folder: Path) -> str | None:
    from simulator.library import scenario_dir  # noqa: PLC0415
    from simulator.scenario_of import COPY  # noqa: PLC0415

    for path in (folder / COPY, scenario_dir() / f"{attempt.scenario}.yaml"):
        try:
            raw = path.read_bytes() if path.is_file() else b""
        except OSError:
            continue
        if raw and hashlib.sha256(raw).hexdigest() == attempt.scenario_sha256:
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                return None
    return None


def find_text(store: Store, digest: str) -> str | None:
    try:
        with store.sessions() as session:
            return session.scalars(select(ScenarioText.text)
                                   .where(ScenarioText.sha256 == digest)).first()
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None


def latest_texts(store: Store, idents: set[str]) -> dict[str, str]:
    """The most recently kept text of each scenario id (for the cohort's descriptions)."""
    try:
        with store.sessions() as session:
            rows = session.execute(select(ScenarioText.scenario, ScenarioText.text)
                                   .where(ScenarioText.scenario.in_(idents))
                                   .order_by(ScenarioText.id)).all()
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None
    return {ident: text for ident, text in rows}
