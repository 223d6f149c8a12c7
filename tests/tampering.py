"""An insider at the database's own prompt (sqlite3, psql) trying to rewrite the record.

Shared by the tests (tests/test_record_holds.py) and the measurement
(bench/hostile_inputs.py --tamper). Each trial runs on a store holding one marked,
reviewed attempt with a recording; its outcome is `refused` (the database said no and
the record is still intact), `detected` (the statement ran, `callsim verify` finds it) or
`UNDETECTED` (a failure of callsim).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.store_helpers import silent_wav


@dataclass(frozen=True)
class Trial:
    what: str
    statements: tuple[str, ...]
    dialects: tuple[str, ...] = ("sqlite", "postgresql")


def _ids(text: str, ids: dict[str, int]) -> str:
    return text.format(**ids)


REVIEW_COLUMNS = "id, attempt_id, kind, target, assessor, reason, at, before, after"
REVIEW_VALUES = "{review}, {attempt}, 'override', 'x', 'forged', 'r', '2026-01-01', '{{}}', '{{}}'"

# Each is what a curious or careless insider would type; all must be refused.
DIRECT = (
    Trial("UPDATE results SET score = 100", ("UPDATE results SET score = 100",)),
    Trial("DELETE FROM results", ("DELETE FROM results",)),
    Trial("UPDATE item_marks SET status = 'met'", ("UPDATE item_marks SET status = 'met'",)),
    Trial("DELETE FROM item_marks", ("DELETE FROM item_marks",)),
    Trial("UPDATE reviews SET assessor = 'forged'", ("UPDATE reviews SET assessor = 'forged'",)),
    Trial("DELETE FROM reviews", ("DELETE FROM reviews",)),
    Trial("INSERT OR REPLACE INTO reviews (same id, forged assessor)",
          (f"INSERT OR REPLACE INTO reviews ({REVIEW_COLUMNS}) VALUES ({REVIEW_VALUES})",),
          ("sqlite",)),
    Trial("REPLACE INTO results (same id, score 100)",
          ("REPLACE INTO results (id, attempt_id, score, pass_mark, passed, critical_failures,"
           " result_json, marked_at, marker) VALUES ({result}, {attempt}, 100, 60, 1, '[]', "
           "'{{}}', '2026-01-01', 'auto')",), ("sqlite",)),
    Trial("INSERT OR REPLACE INTO attempts (same key: REPLACE would delete the attempt)",
          ("INSERT OR REPLACE INTO attempts (key, trainee_id, scenario, scenario_sha256, "
           "folder, attempt_json, stored_at) SELECT key, trainee_id, scenario, '', folder, "
           "'{{}}', stored_at FROM attempts",), ("sqlite",)),
    Trial("INSERT OR REPLACE INTO trainees (same code)",
          ("INSERT OR REPLACE INTO trainees (code, created_at) SELECT code, created_at "
           "FROM trainees",), ("sqlite",)),
    Trial("UPDATE OR REPLACE attempts SET key = another attempt's key",
          ("UPDATE OR REPLACE attempts SET key = 'other/key'",), ("sqlite",)),
    Trial("INSERT ... ON CONFLICT DO UPDATE on reviews",
          (f"INSERT INTO reviews ({REVIEW_COLUMNS}) VALUES ({REVIEW_VALUES}) ON CONFLICT (id)"
           " DO UPDATE SET assessor = 'forged'",)),
    Trial("TRUNCATE reviews", ("TRUNCATE reviews",), ("postgresql",)),
    Trial("TRUNCATE results CASCADE", ("TRUNCATE results CASCADE",), ("postgresql",)),
    Trial("TRUNCATE ledger", ("TRUNCATE ledger",), ("postgresql",)),
    Trial("UPDATE attempts SET trainee_id (move to another trainee)",
          ("UPDATE attempts SET trainee_id = trainee_id + 1",)),
    Trial("UPDATE trainees SET code = 'someone-else'",
          ("UPDATE trainees SET code = 'someone-else'",)),
    Trial("DELETE FROM attempts", ("DELETE FROM attempts",)),
    Trial("DELETE FROM audio", ("DELETE FROM audio",)),
    Trial("DELETE FROM ledger", ("DELETE FROM ledger",)),
    Trial("UPDATE ledger SET digest = ''", ("UPDATE ledger SET digest = ''",)),
    Trial("INSERT INTO erased_attempts without an erasure, then DELETE FROM results",
          ("INSERT INTO erased_attempts (erasure_id, attempt_id) VALUES (999, {attempt})",
           "DELETE FROM results")),
)

# What someone who owns the database can do past the guards; all must be detected.
_NO_GUARDS = {
    "sqlite": tuple(f"DROP TRIGGER {t}_guard_{v}" for t in
                    ("results", "item_marks", "reviews", "audio", "attempts", "trainees",
                     "ledger") for v in ("update", "delete", "replace")),
    "postgresql": tuple(f"ALTER TABLE {t} DISABLE TRIGGER USER" for t in
                        ("results", "item_marks", "reviews", "audio", "attempts",
                         "trainees", "ledger")),
}
BYPASS = (
    Trial("guards dropped, UPDATE results SET score = 100",
          ("UPDATE results SET score = 100",)),
    Trial("guards dropped, UPDATE item_marks SET status = 'met'",
          ("UPDATE item_marks SET status = 'met'",)),
    Trial("guards dropped, UPDATE reviews SET assessor = 'forged'",
          ("UPDATE reviews SET assessor = 'forged'",)),
    Trial("guards dropped, DELETE FROM reviews", ("DELETE FROM reviews",)),
    Trial("guards dropped, DELETE the marking (and its item marks)",
          ("DELETE FROM item_marks", "DELETE FROM results WHERE id = {result}")),
    Trial("INSERT a forged review (a new row)",
          (f"INSERT INTO reviews ({REVIEW_COLUMNS}) VALUES "
           f"({REVIEW_VALUES.replace('{review}', '{review} + 100')})",)),
    Trial("UPDATE attempts SET attempt_json (rewrite what was said)",
          ("UPDATE attempts SET attempt_json = '{{\"format\": \"callsim.attempt/1\"}}'",)),
    Trial("guards dropped, UPDATE trainees SET code = 'someone-else'",
          ("UPDATE trainees SET code = 'someone-else'",)),
    Trial("guards dropped, DELETE the last chain entry",
          ("DELETE FROM ledger WHERE id = (SELECT max(id) FROM ledger)",)),
    Trial("guards dropped, UPDATE ledger SET digest of a marking",
          # the first hex digit always changes (a digest may already start with 'f')
          ("UPDATE ledger SET digest = CASE WHEN substr(digest, 1, 1) = 'f' THEN '0' "
           "ELSE 'f' END || substr(digest, 2) WHERE kind = 'result'",)),
    Trial("guards dropped, DELETE the marking's chain entry and the marking",
          ("DELETE FROM ledger WHERE kind IN ('result', 'review')", "DELETE FROM reviews",
           "DELETE FROM item_marks", "DELETE FROM results")),
)


def keep_reviewed_attempt(url: str, folder: Path) -> dict[str, int]:
    """One weak (failing) marked attempt with a recording and an assessor's override;
    its row ids."""
    from sqlalchemy import select

    from simulator.commands.library import open_scenario
    from simulator.selftest import attempt_from, mark_attempt
    from simulator.store.connect import open_store
    from simulator.store.reviews import Change, add_review
    from simulator.store.saving import store_attempt
    from simulator.store.tables import ResultRecord

    scenario = open_scenario("burglary-next-morning")
    attempt = attempt_from(scenario, next(t for t in scenario.self_tests if t.expect == "fail"),
                           trainee="pc-4521")
    turns = list(attempt.turns)
    index = next(i for i, t in enumerate(turns) if t.speaker == "trainee")
    turns[index] = turns[index].model_copy(update={"source": "stt", "confidence": 0.8,
                                                   "audio": "turns/0001.wav"})
    attempt = attempt.model_copy(update={"turns": tuple(turns),
                                         "started_at": "2026-01-05T09:00:00+00:00"})
    (folder / "turns").mkdir(parents=True, exist_ok=True)
    (folder / "turns" / "0001.wav").write_bytes(silent_wav())
    result = mark_attempt(scenario, attempt)
    store = open_store(url)
    try:
        ident = store_attempt(store, attempt, result, folder)
        change = Change("override", result.items[0].id, "assessor-1", "seen on video",
                        {"met": result.items[0].met}, {"met": not result.items[0].met})
        entry, _ = add_review(store, ident, change, lambda trail: (result, result.to_json()))
        with store.sessions() as session:
            first = session.scalars(select(ResultRecord.id)
                                    .where(ResultRecord.attempt_id == ident)
                                    .order_by(ResultRecord.id)).first()
    finally:
        store.close()
    return {"attempt": ident, "review": entry.id, "result": int(first or 0)}


def execute(url: str, statements: tuple[str, ...]) -> None:
    """Run SQL as the insider would: SQLite through the sqlite3 module with its defaults
    (no foreign keys, no recursive triggers), PostgreSQL as the store's own user."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        import sqlite3

        connection = sqlite3.connect(str(parsed.database))
        try:
            with connection:
                for statement in statements:
                    connection.execute(statement)
        finally:
            connection.close()
        return
    from sqlalchemy import create_engine

    engine = create_engine(parsed)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement.replace("%", "%%"))
    finally:
        engine.dispose()


def verdict(url: str) -> tuple[bool, tuple[str, ...]]:
    from simulator.store.connect import open_store
    from simulator.store.ledger import verify

    store = open_store(url)
    try:
        found = verify(store)
    finally:
        store.close()
    return found.intact, found.problems


def attempt_trial(url: str, trial: Trial, ids: dict[str, int], *, bypass: bool) -> str:
    """Run one trial on a store that holds the reviewed attempt; say what happened."""
    dialect = "sqlite" if url.startswith("sqlite") else "postgresql"
    statements = tuple(_ids(s, ids) for s in trial.statements)
    if bypass:
        statements = _NO_GUARDS[dialect] + statements
    try:
        execute(url, statements)
    except Exception:
        intact, problems = verdict(url)
        return "refused" if intact else f"refused, but broken: {problems}"
    intact, _ = verdict(url)
    return "UNDETECTED" if intact else "detected"
