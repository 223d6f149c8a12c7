"""The results store on SQLite and PostgreSQL (tests/private_postgres.py)."""

from __future__ import annotations

import ast
import io
import multiprocessing
import wave
from pathlib import Path

import pytest

from tests.store_helpers import store_url

KINDS = ["sqlite", "postgresql"]
SCENARIO = "burglary-next-morning"


@pytest.fixture(scope="module")
def marked():
    """The burglary scenario's self-tests as (attempt, result) pairs."""
    from simulator.commands.library import open_scenario
    from simulator.selftest import attempt_from, mark_attempt

    scenario = open_scenario(SCENARIO)
    pairs = []
    for test in scenario.self_tests:
        attempt = attempt_from(scenario, test, trainee=f"pc-{test.id}")
        attempt = attempt.model_copy(update={"started_at": "2026-11-20T09:00:00+00:00"})
        pairs.append((attempt, mark_attempt(scenario, attempt)))
    return pairs


@pytest.fixture(params=KINDS)
def store(request, tmp_path):
    from simulator.store.connect import open_store

    with store_url(request.param, tmp_path) as url:
        opened = open_store(url)
        yield opened
        opened.close()


def test_stores_and_lists_attempts_with_their_latest_marking(store, marked, tmp_path):
    from simulator.store.queries import find_attempt, list_attempts
    from simulator.store.saving import store_attempt

    ids = [store_attempt(store, a, r, tmp_path / a.trainee / f"call-{n}")
           for n, (a, r) in enumerate(marked)]
    assert len(set(ids)) == len(marked)
    rows = list_attempts(store)
    assert {r.id for r in rows} == set(ids)
    model = next(r for r in rows if r.trainee == "pc-model")
    assert model.passed is True and model.score == 100 and model.scenario == SCENARIO
    assert model.started_at is not None and model.started_at.tzinfo is not None
    weak = [r for r in rows if not r.passed]
    assert weak and all(r.critical_failures or r.score is not None for r in weak)
    assert [r.trainee for r in list_attempts(store, trainee="pc-model")] == ["pc-model"]
    assert list_attempts(store, scenario="no-such") == []
    found = find_attempt(store, str(model.id))
    assert found is not None and found.key == model.key
    assert found.attempt["trainee"] == "pc-model" and found.result is not None
    assert found.result["passed"] is True and found.marker == "auto"
    assert find_attempt(store, model.key) is not None
    assert find_attempt(store, "999999") is None


def test_storing_again_keeps_every_marking_and_adds_only_changes(store, marked, tmp_path):
    from sqlalchemy import func, select

    from simulator.store.queries import list_attempts
    from simulator.store.saving import store_attempt
    from simulator.store.tables import ItemMarkRecord, ResultRecord

    (attempt, result), (_, other) = marked[0], marked[1]
    folder = tmp_path / "pc" / "call"
    first = store_attempt(store, attempt, result, folder)
    assert store_attempt(store, attempt, result, folder) == first  # recover re-stores
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ResultRecord)) == 1
    store_attempt(store, attempt, other, folder)  # re-marked differently
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ResultRecord)) == 2
        marks = session.scalar(select(func.count()).select_from(ItemMarkRecord))
        assert marks == len(result.items) + len(other.items)
    (row,) = list_attempts(store)
    assert row.score == other.score


def test_recordings_are_referenced_with_their_length(store, marked, tmp_path):
    from simulator.store.saving import store_attempt
    from simulator.store.tables import AudioRecord

    attempt, result = marked[0]
    folder = tmp_path / "pc" / "call"
    (folder / "turns").mkdir(parents=True)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(16000)
        clip.writeframes(b"\0\0" * 8000)
    (folder / "turns" / "0001.wav").write_bytes(buffer.getvalue())
    index = next(i for i, t in enumerate(attempt.turns) if t.speaker == "trainee")
    turns = list(attempt.turns)
    turns[index] = turns[index].model_copy(update={"audio": "turns/0001.wav"})
    attempt = attempt.model_copy(update={"turns": tuple(turns)})
    ident = store_attempt(store, attempt, result, folder)
    store_attempt(store, attempt, result, folder)
    with store.sessions() as session:
        (audio,) = session.query(AudioRecord).all()
    assert (audio.attempt_id, audio.turn, audio.path) == (ident, index, "turns/0001.wav")
    assert audio.seconds == 0.5 and audio.sha256 and len(audio.sha256) == 64


def test_cohort_summary_counts_latest_markings(store, marked, tmp_path):
    from simulator.store.queries import cohort_summary
    from simulator.store.saving import store_attempt

    for n in range(3):
        for attempt, result in marked:
            store_attempt(store, attempt, result, tmp_path / "x" / f"{attempt.trainee}-{n}")
    summary = cohort_summary(store)
    assert summary.attempts == 3 * len(marked)
    assert summary.passes[("pc-model", SCENARIO)] == (3, 3)
    missed = dict(summary.missed_items)
    assert missed and all(n % 3 == 0 for n in missed.values())


def test_schema_made_by_migrations_matches_the_tables(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from simulator.store.tables import Base

    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def _store_as_at_0001(store, attempt, result, folder):
    """Keep a marked attempt using only the tables of the first migration, as a callsim
    of that time did (today's `store_attempt` also reads later tables)."""
    from simulator.store.saving import utcnow
    from simulator.store.tables import AttemptRecord, ItemMarkRecord, ResultRecord, Trainee

    with store.sessions.begin() as session:
        trainee = Trainee(code=attempt.trainee, created_at=utcnow())
        session.add(trainee)
        session.flush()
        record = AttemptRecord(key=f"old/{folder.name}", trainee_id=trainee.id,
                               scenario=attempt.scenario,
                               scenario_sha256=attempt.scenario_sha256, started_at=None,
                               ended_at=None, folder=str(folder),
                               attempt_json=attempt.model_dump(mode="json", exclude_none=True),
                               stored_at=utcnow())
        session.add(record)
        session.flush()
        row = ResultRecord(attempt_id=record.id, score=result.score,
                           pass_mark=result.pass_mark, passed=result.passed,
                           critical_failures=list(result.critical_failures),
                           result_json=result.to_json(), marked_at=utcnow(), marker="auto")
        session.add(row)
        session.flush()
        session.add_all(ItemMarkRecord(result_id=row.id, attempt_id=record.id, item_id=i.id,
                                       status=i.status, points=i.points,
                                       max_points=i.max_points, critical=i.critical)
                        for i in result.items)


def test_upgrades_never_lose_results(tmp_path, marked):
    """Walk the migrations one at a time from the first, with results stored at the first:
    every later schema keeps them exactly, and today's callsim reads them."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import select

    from simulator.store.connect import open_store
    from simulator.store.migrating import alembic_config, apply_migrations
    from simulator.store.queries import find_attempt
    from simulator.store.tables import ItemMarkRecord, ResultRecord

    revisions = [s.revision for s in
                 ScriptDirectory.from_config(alembic_config()).walk_revisions()][::-1]
    assert revisions[:2] == ["0001", "0002"]
    store = open_store(f"sqlite:///{tmp_path / 'old.db'}", migrate=False)
    with store.engine.begin() as connection:
        apply_migrations(connection, revisions[0])
    attempt, result = marked[0]
    _store_as_at_0001(store, attempt, result, tmp_path / "a" / "b")

    def kept():
        with store.sessions() as session:
            return ([(r.score, r.passed, r.marker, r.result_json)
                     for r in session.scalars(select(ResultRecord))],
                    [(m.item_id, m.status, m.points)
                     for m in session.scalars(select(ItemMarkRecord))])

    before = kept()
    assert before[0] and before[1]
    for revision in revisions[1:]:
        with store.engine.begin() as connection:
            apply_migrations(connection, revision)
        assert kept() == before
    store.close()
    reopened = open_store(f"sqlite:///{tmp_path / 'old.db'}")
    stored = find_attempt(reopened, "old/b")
    assert stored is not None and stored.result == result.to_json()
    from simulator.store.ledger import verify

    verdict = verify(reopened)  # rows kept before the hash chain were chained by 0003
    assert verdict.intact, verdict.problems
    assert verdict.entries == 2  # the attempt and its marking
    reopened.close()


def test_no_migration_drops_anything():
    """An upgrade never loses results: no upgrade() drops a table or column."""
    from simulator.store.migrating import MIGRATIONS

    for path in sorted((MIGRATIONS / "versions").glob("r*.py")):
        tree = ast.parse(path.read_text())
        upgrade = next(f for f in tree.body
                       if isinstance(f, ast.FunctionDef) and f.name == "upgrade")
        calls = {n.func.attr for n in ast.walk(upgrade)
                 if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
        assert not {c for c in calls if c.startswith("drop_")}, path.name


def test_a_store_from_a_newer_callsim_is_refused(tmp_path):
    from sqlalchemy import text

    from simulator.errors import UserError
    from simulator.store.connect import open_store

    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_store(url).close()
    store = open_store(url, migrate=False)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'r9999'"))
    store.close()
    with pytest.raises(UserError, match="newer callsim"):
        open_store(url)


def test_bad_or_unreachable_stores_say_which_and_hide_the_password():
    from simulator.store.connect import StoreError, open_store

    with pytest.raises(StoreError, match="not a database URL"):
        open_store("not a url")
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://trainer:s3cret@127.0.0.1:9/callsim")
    assert "s3cret" not in str(caught.value) and "127.0.0.1:9" in str(caught.value)


def test_default_store_is_a_file_in_the_data_folder_and_env_overrides(monkeypatch, tmp_path):
    from simulator.paths import data_dir
    from simulator.store.connect import open_store

    store = open_store()
    assert store.url.database == str(data_dir() / "callsim.db")
    store.close()
    monkeypatch.setenv("CALLSIM_STORE", f"sqlite:///{tmp_path / 'elsewhere.db'}")
    store = open_store()
    assert store.url.database == str(tmp_path / "elsewhere.db")
    store.close()


def _writer(url: str, jobs: list[tuple[object, object, Path]]) -> None:
    from simulator.store.connect import open_store
    from simulator.store.saving import store_attempt

    store = open_store(url)  # every process opens (and may migrate) at once
    for attempt, result, folder in jobs:
        store_attempt(store, attempt, result, folder)  # type: ignore[arg-type]
    store.close()


@pytest.mark.parametrize("kind", KINDS)
def test_parallel_writers_lose_nothing(kind, marked, tmp_path):
    from sqlalchemy import func, select

    from simulator.store.connect import open_store
    from simulator.store.queries import list_attempts
    from simulator.store.tables import ItemMarkRecord, Trainee

    processes, each = 4, 15
    with store_url(kind, tmp_path) as url:
        jobs = [[(marked[n % len(marked)][0], marked[n % len(marked)][1],
                  tmp_path / f"w{p}" / f"call-{n}") for n in range(each)]
                for p in range(processes)]
        context = multiprocessing.get_context("spawn")
        workers = [context.Process(target=_writer, args=(url, job)) for job in jobs]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
        assert [w.exitcode for w in workers] == [0] * processes
        store = open_store(url)
        rows = list_attempts(store)
        assert len(rows) == processes * each
        with store.sessions() as session:
            marks = session.scalar(select(func.count()).select_from(ItemMarkRecord))
            trainees = session.scalar(select(func.count()).select_from(Trainee))
        assert marks == sum(len(r.items) for job in jobs for _, r, _ in job)
        assert trainees == len(marked)
        store.close()


def test_demo_and_recover_store_the_attempt(tmp_path, capsys):
    import json

    from simulator.cli import main
    from simulator.store.connect import open_store
    from simulator.store.queries import list_attempts

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["demo", SCENARIO, "--typed", "--json", "--store", url]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert isinstance(doc["stored_as"], int)
    assert main(["recover", doc["folder"], "--json", "--store", url]) == 0
    assert json.loads(capsys.readouterr().out)["stored_as"] == doc["stored_as"]
    store = open_store(url)
    (row,) = list_attempts(store)
    assert (row.id, row.trainee, row.passed) == (doc["stored_as"], "demo", doc["passed"])
    store.close()


def test_a_store_that_fails_never_loses_the_files(capsys):
    import json
    from pathlib import Path

    from simulator.cli import main

    assert main(["demo", SCENARIO, "--typed", "--json",
                 "--store", "postgresql://x:hidden@127.0.0.1:9/nowhere"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["stored_as"] is None
    assert Path(doc["attempt"]).exists() and Path(doc["result"]).exists()
    assert "files are safe in" in captured.err and "callsim recover" in captured.err
    assert "hidden" not in captured.err
