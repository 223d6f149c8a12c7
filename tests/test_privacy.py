"""Nothing private leaks: crash logs hold no passwords and are the user's alone; the data
folder and every file callsim writes there (database, journals, recordings, records,
reports) are readable by their owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

SECRET = "s3cret-Pa55"
URL = f"postgresql+psycopg://trainer:{SECRET}@db.example:5432/callsim"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("argv", [["--store", URL], [f"--store={URL}"]])
def test_a_crash_log_holds_no_password_and_is_private(argv, monkeypatch, capsys):
    from simulator import cli
    from simulator.commands import record
    from simulator.paths import data_dir

    def crash(args):
        raise RuntimeError(f"connection to {args.store} failed; password={SECRET} refused")

    monkeypatch.setattr(record, "run_verify", crash)
    monkeypatch.setenv("CALLSIM_STORE", f"postgresql://other:{SECRET}x@h/db")
    assert cli.main(["verify", *argv]) == 3
    shown = capsys.readouterr().err
    assert SECRET not in shown and "RuntimeError" in shown
    (log,) = (data_dir() / "crash-logs").iterdir()
    text = log.read_text(encoding="utf-8")
    assert SECRET not in text
    assert "RuntimeError" in text and "trainer:***@" in text
    assert _mode(log) == 0o600 and _mode(log.parent) == 0o700


def test_redact_hides_passwords_in_any_url_or_key_value():
    from simulator.crashlog import filtered_argv, redact

    assert redact("mysql://u:p%40ss@h/d and password=abc;x") == \
        "mysql://u:***@h/d and password=*** ;x".replace(" ;", ";")
    assert filtered_argv(["report", "7", "--store", URL]) == \
        ["report", "7", "--store", "<postgresql+psycopg URL, hidden>"]


def test_the_data_folder_and_its_files_are_private(tmp_path, monkeypatch):
    from simulator.cli import main
    from simulator.paths import data_dir
    from tests.store_helpers import silent_wav as _wav

    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path / "data"))
    old = os.umask(0o022)  # the usual umask: files would be 0644 without care
    try:
        from simulator.commands.library import open_scenario
        from simulator.session import Session

        scenario = open_scenario("burglary-next-morning")
        session = Session.start(scenario, "pc-4521")
        session.caller_said("Police, what is your emergency?", 0.0, 1.0)
        session.trainee_said("Where are you?", 1.5, 2.5, source="stt", confidence=0.9,
                             audio=_wav())
        session.finish()
        from simulator.selftest import mark_attempt
        from simulator.session import recover
        from simulator.store.keeping import keep

        attempt = recover(session.folder)
        keep(None, attempt, mark_attempt(scenario, attempt), session.folder)
        assert main(["report", str(session.folder)]) == 0
    finally:
        os.umask(old)
    root = data_dir()
    assert _mode(root) == 0o700
    files = [p for p in root.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"journal.jsonl", "0001.wav", "attempt.json", "result.json", "report.html",
            "callsim.db"} <= names
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}


def test_an_open_data_folder_from_an_older_callsim_is_tightened(tmp_path, monkeypatch):
    from simulator.paths import data_dir

    folder = tmp_path / "old"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setenv("CALLSIM_DATA", str(folder))
    assert _mode(data_dir()) == 0o700
