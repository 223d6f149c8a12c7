"""The record's hash chain: what makes a changed mark visible even to someone with the
database's password.

The database's own guards (migration 0003) refuse UPDATE, DELETE, REPLACE and TRUNCATE on
marks, reviews and the chain itself. Whoever owns the database can still drop a guard, so
every row callsim keeps is also hashed into `ledger` as it is kept, each link hashing the
one before. `verify` recomputes every link and every row's hash: a row changed, removed
(other than by `callsim erase`) or slipped in behind callsim's back breaks the record.
Rewriting the whole chain consistently is possible for whoever can run code against the
database, so `verify` prints the chain's head: a head written down earlier (in a report,
say) that is no longer in the chain shows that too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, Text, select, text, type_coerce
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from simulator.store.connect import Store, StoreError, first_line
from simulator.store.tables import (
    AttemptRecord,
    AudioRecord,
    Base,
    ErasedAttempt,
    Erasure,
    ItemMarkRecord,
    LedgerEntry,
    ResultRecord,
    ReviewRecord,
    ScenarioText,
    Trainee,
)

GENESIS = "0" * 64
LEDGER_LOCK = 4_217_002  # PostgreSQL advisory lock: one writer extends the chain at a time
FORMAT = "callsim.ledger/1"  # in every digest, so a later layout cannot collide with it

# What each kind of row contributes to its digest (everything a report shows).
ATTEMPT_FIELDS = ("id", "key", "trainee", "scenario", "scenario_sha256", "started_at",
                  "ended_at", "folder", "attempt_json", "stored_at")
RESULT_FIELDS = ("id", "attempt_id", "score", "pass_mark", "passed", "critical_failures",
                 "result_json", "marked_at", "marker", "items")
ITEM_FIELDS = ("id", "attempt_id", "item_id", "status", "points", "max_points", "critical")
REVIEW_FIELDS = ("id", "attempt_id", "kind", "target", "assessor", "reason", "at", "before",
                 "after", "result_id")
AUDIO_FIELDS = ("id", "attempt_id", "turn", "path", "seconds", "sha256")
ERASURE_FIELDS = ("id", "trainee", "before", "reason", "erased_by", "at", "attempt_ids")
SCENARIO_FIELDS = ("id", "sha256", "scenario", "text")
FIELDS = {"attempt": ATTEMPT_FIELDS, "result": RESULT_FIELDS, "review": REVIEW_FIELDS,
          "audio": AUDIO_FIELDS, "erasure": ERASURE_FIELDS, "scenario": SCENARIO_FIELDS}


# Columns kept as JSON are hashed as the JSON text the database holds (SQLAlchemy writes
# `json.dumps(value)`; SQLite's TEXT and PostgreSQL's `json` keep it byte for byte), so
# `verify` reads that text back and never decodes 10,000 attempts.
JSON_FIELDS = {"attempt": frozenset({"attempt_json"}),
               "result": frozenset({"result_json", "critical_failures"}),
               "review": frozenset({"before", "after"}),
               "erasure": frozenset({"attempt_ids"})}


def _canonical(value: Any) -> Any:
    """A column's value as the same JSON whether read back from SQLite or PostgreSQL."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return float(value)  # a SQLite REAL may come back as 1 where PostgreSQL gives 1.0
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return str(value)


def digest(kind: str, row: Mapping[str, Any]) -> str:
    parts = [f'"format":"{FORMAT}","kind":"{kind}"']
    as_json = JSON_FIELDS.get(kind, frozenset())
    for name in FIELDS[kind]:
        value = row.get(name)
        if name in as_json:  # the stored text, or what SQLAlchemy will store
            text = json.dumps(value if isinstance(value, str) else json.dumps(value))
        else:
            text = json.dumps(_canonical(value), sort_keys=True, ensure_ascii=False,
                              separators=(",", ":"))
        parts.append(f'"{name}":{text}')
    return hashlib.sha256(("{" + ",".join(parts) + "}").encode()).hexdigest()


def link(previous: str, *, kind: str, row_id: int, attempt_id: int | None, row_digest: str,
         at: dt.datetime) -> str:
    parts = [previous, kind, str(row_id), str(attempt_id or ""), row_digest,
             str(_canonical(at))]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def columns(row: Base, names: Sequence[str]) -> dict[str, Any]:
    """A row's own columns (never a relationship, which would load other rows)."""
    own = set(row.__table__.columns.keys())
    return {name: getattr(row, name) for name in names if name in own}


def item_rows(items: Sequence[ItemMarkRecord]) -> list[dict[str, Any]]:
    return [columns(i, ITEM_FIELDS) for i in sorted(items, key=lambda i: i.id)]


# --- writing ---------------------------------------------------------------------------


def append(session: Session, kind: str, row_id: int, attempt_id: int | None,
           row: Mapping[str, Any]) -> None:
    """Add a link for a row just kept, in the caller's transaction."""
    bind = session.connection()
    if bind.dialect.name == "postgresql":
        bind.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": LEDGER_LOCK})
    previous = session.scalars(select(LedgerEntry.hash).order_by(LedgerEntry.id.desc())
                               .limit(1)).first() or GENESIS
    at = dt.datetime.now(dt.UTC)
    row_digest = digest(kind, row)
    session.add(LedgerEntry(kind=kind, row_id=row_id, attempt_id=attempt_id,
                            digest=row_digest, previous=previous,
                            hash=link(previous, kind=kind, row_id=row_id,
                                      attempt_id=attempt_id, row_digest=row_digest, at=at),
                            at=at))
    session.flush()


def latest_digest(session: Session, kind: str, row_id: int) -> str | None:
    return session.scalars(select(LedgerEntry.digest)
                           .where(LedgerEntry.kind == kind, LedgerEntry.row_id == row_id)
                           .order_by(LedgerEntry.id.desc()).limit(1)).first()


def attempt_row(record: AttemptRecord, trainee: str) -> dict[str, Any]:
    return {**columns(record, ATTEMPT_FIELDS), "trainee": trainee}


def result_row(record: ResultRecord, items: Sequence[ItemMarkRecord]) -> dict[str, Any]:
    return {**columns(record, RESULT_FIELDS), "items": item_rows(items)}


# --- checking --------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """What `verify` found: intact, or each place the record was tampered with."""

    entries: int
    head: str
    problems: tuple[str, ...]
    rows_checked: int = 0

    @property
    def intact(self) -> bool:
        return not self.problems

    def line(self) -> str:
        """One line for a report: intact or broken, and why."""
        if self.intact:
            return (f"intact: {self.entries} entries in the hash chain verified "
                    f"(head {self.head[:16]})")
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"BROKEN: {self.problems[0]}{more}"


def verify(store: Store, attempt_id: int | None = None) -> Verdict:
    """Check the whole chain's links, and every row (or one attempt's rows) against it."""
    try:
        with store.engine.connect() as connection:
            return check(connection, attempt_id)
    except SQLAlchemyError as error:
        raise StoreError(f"cannot read {store.where}: {first_line(error)}") from None


def check(connection: Connection, attempt_id: int | None = None) -> Verdict:
    problems: list[str] = []
    previous = GENESIS
    latest: dict[tuple[str, int], tuple[str, int | None]] = {}
    entries = 0
    for entry in connection.execute(select(LedgerEntry.__table__).order_by(
            LedgerEntry.id)).mappings():
        entries += 1
        expected = link(entry["previous"], kind=entry["kind"], row_id=entry["row_id"],
                        attempt_id=entry["attempt_id"], row_digest=entry["digest"],
                        at=entry["at"])
        if entry["previous"] != previous:
            problems.append(f"chain entry {entry['id']} does not follow the one before it "
                            "(an entry was removed or inserted)")
        if entry["hash"] != expected:
            problems.append(f"chain entry {entry['id']} was altered")
        previous = entry["hash"]
        latest[(entry["kind"], entry["row_id"])] = (entry["digest"], entry["attempt_id"])
    erased = {r[0] for r in connection.execute(select(ErasedAttempt.attempt_id))}
    rows = 0
    for kind, row_id, row in _rows(connection, attempt_id):
        rows += 1
        kept = latest.pop((kind, row_id), None)
        name = f"{kind} {row_id}"
        if kept is None:
            problems.append(f"{name} is not in the hash chain (added outside callsim)")
        elif kept[0] != digest(kind, row):
            problems.append(f"{name} was changed after it was kept")
    for (kind, row_id), (_, owner) in sorted(latest.items()):
        if attempt_id is not None and owner != attempt_id:
            continue
        if owner is None or owner not in erased:
            problems.append(f"{kind} {row_id} was removed (not by `callsim erase`)")
    return Verdict(entries, previous, tuple(problems), rows)


def _rows(connection: Connection, attempt_id: int | None
          ) -> list[tuple[str, int, dict[str, Any]]]:
    """Every kept row as its digest sees it (one attempt's, when given)."""
    def where(table: Any, column: str = "attempt_id") -> Any:
        query = select(*[type_coerce(c, Text).label(c.name)
                         if isinstance(c.type, JSON) else c for c in table.c])
        return query if attempt_id is None else query.where(
            getattr(table.c, column) == attempt_id)

    out: list[tuple[str, int, dict[str, Any]]] = []
    trainees = dict(connection.execute(select(Trainee.id, Trainee.code)).all())
    for row in connection.execute(where(AttemptRecord.__table__, "id")).mappings():
        out.append(("attempt", row["id"], {**row, "trainee": trainees.get(row["trainee_id"])}))
    items: dict[int, list[dict[str, Any]]] = {}
    for row in connection.execute(where(ItemMarkRecord.__table__).order_by(
            ItemMarkRecord.id)).mappings():
        items.setdefault(row["result_id"], []).append({k: row[k] for k in ITEM_FIELDS})
    for row in connection.execute(where(ResultRecord.__table__)).mappings():
        out.append(("result", row["id"], {**row, "items": items.pop(row["id"], [])}))
    for result_id, orphans in items.items():
        out.append(("result", result_id, {"items": orphans}))  # marks of no marking
    for row in connection.execute(where(ReviewRecord.__table__)).mappings():
        out.append(("review", row["id"], dict(row)))
    for row in connection.execute(where(AudioRecord.__table__)).mappings():
        out.append(("audio", row["id"], dict(row)))
    if attempt_id is None:
        for row in connection.execute(where(Erasure.__table__, "id")).mappings():
            out.append(("erasure", row["id"], dict(row)))
        for row in connection.execute(select(ScenarioText.__table__)).mappings():
            out.append(("scenario", row["id"], dict(row)))
    return out


def backfill(connection: Connection) -> None:
    """Chain the rows a store already held before migration 0003 (oldest first)."""
    session = Session(bind=connection)
    for kind, row_id, row in sorted(_rows(connection, None),
                                    key=lambda k: (list(FIELDS).index(k[0]), k[1])):
        owner = row_id if kind == "attempt" else row.get("attempt_id")
        append(session, kind, row_id, owner, row)
    session.flush()
