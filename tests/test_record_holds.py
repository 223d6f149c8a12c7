"""The record holds: marks, reviews and the audit trail cannot be rewritten in the
database itself (SQLite and PostgreSQL), tampering past the guards is found by the hash
chain, and only `callsim erase` removes a mark, leaving its own entry."""

from __future__ import annotations

import pytest

from tests.store_helpers import store_url
from tests.tampering import BYPASS, DIRECT, attempt_trial, keep_reviewed_attempt, verdict

KINDS = ["sqlite", "postgresql"]


def _trials(trials, bypass):
    return [pytest.param(kind, t, bypass, id=f"{kind}-{t.what}")
            for kind in KINDS for t in trials if kind in t.dialects]


@pytest.mark.parametrize(("kind", "trial", "bypass"),
                         _trials(DIRECT, False) + _trials(BYPASS, True))
def test_tampering_is_refused_or_detected(kind, trial, bypass, tmp_path):
    with store_url(kind, tmp_path) as url:
        ids = keep_reviewed_attempt(url, tmp_path / "pc-4521" / "call-1")
        assert verdict(url) == (True, ())
        outcome = attempt_trial(url, trial, ids, bypass=bypass)
    assert outcome == ("detected" if bypass else "refused")


@pytest.mark.parametrize("kind", KINDS)
def test_erase_after_retention_is_the_only_way_out_and_is_recorded(kind, tmp_path,
                                                                   monkeypatch, capsys):
    from sqlalchemy import func, select

    from simulator.cli import main
    from simulator.session import attempts_dir
    from simulator.store.connect import open_store
    from simulator.store.tables import Erasure, ResultRecord, ReviewRecord

    folder = attempts_dir() / "pc-4521" / "call-1"
    with store_url(kind, tmp_path) as url:
        keep_reviewed_attempt(url, folder)
        later = keep_reviewed_attempt(url, attempts_dir() / "pc-4521" / "call-2")
        store = open_store(url)
        with store.engine.begin() as connection:  # the second call was taken this year
            connection.exec_driver_sql("UPDATE attempts SET started_at = '2026-11-01 09:00:00'"
                                       f" WHERE id = {later['attempt']}")
        store.close()
        assert main(["verify", "--store", url]) == 1  # that UPDATE is outside callsim
        capsys.readouterr()
        with pytest.raises(SystemExit):
            main(["erase", "--trainee", "pc-4521", "--before", "2026-06-01", "--store", url])
        assert main(["erase", "--trainee", "pc-4521", "--before", "2999-01-01", "--reason",
                     "r", "--by", "me", "--store", url]) == 1
        assert main(["erase", "--trainee", "pc-4521", "--before", "2026-06-01", "--reason",
                     "retention: 6 months after the course", "--by", "records-officer",
                     "--store", url]) == 0
        assert "erased 1 attempts" in capsys.readouterr().out
        assert not folder.exists() and (folder.parent / "call-2").exists()
        store = open_store(url)
        with store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(ResultRecord)) == 2
            assert session.scalar(select(func.count()).select_from(ReviewRecord)) == 1
            erasure = session.scalars(select(Erasure)).one()
        store.close()
        assert (erasure.trainee, erasure.erased_by) == ("pc-4521", "records-officer")
        intact, problems = verdict(url)
        # Only the hand-made UPDATE above is reported; the erasure is not tampering.
        assert not intact and all("attempt" in p and "changed" in p for p in problems)


def test_report_shows_whether_the_record_is_intact(tmp_path):
    from simulator.cli import main
    from tests.tampering import execute

    url = f"sqlite:///{tmp_path / 'store.db'}"
    ids = keep_reviewed_attempt(url, tmp_path / "pc-4521" / "call-1")
    page = tmp_path / "report.html"
    assert main(["report", str(ids["attempt"]), "--store", url, "-o", str(page)]) == 0
    assert 'id="record">intact: ' in page.read_text(encoding="utf-8")
    execute(url, ("DROP TRIGGER results_guard_update",
                  f"UPDATE results SET score = 100, passed = 1 WHERE id = {ids['result']}"))
    assert main(["report", str(ids["attempt"]), "--store", url, "-o", str(page)]) == 0
    assert (f'id="record">BROKEN: result {ids["result"]} was changed after it was kept'
            in page.read_text(encoding="utf-8"))
