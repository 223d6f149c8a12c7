"""The command line: exit codes, JSON on stdout only, one clear message for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import cli

DATA = Path(__file__).parent / "data"
MINI = str(DATA / "mini-scenario.yaml")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simulator.cli", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_validate_ok_and_bad(tmp_path: Path):
    good = run("validate", MINI)
    assert good.returncode == 0, good.stderr
    assert "1 valid" in good.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text((DATA / "mini-scenario.yaml").read_text().replace("points: 10", "points: x", 1))
    out = run("validate", str(bad))
    assert out.returncode == 1
    assert f"{bad}:" in out.stderr and "should be a number" in out.stderr
    assert "Traceback" not in out.stderr


def test_score_json(tmp_path: Path):
    record = tmp_path / "attempt.json"
    record.write_text(json.dumps({
        "format": "callsim.attempt/1", "scenario": "mini-burglary",
        "turns": [{"t": 2, "speaker": "trainee", "text": "What's the address?",
                   "source": "stt", "confidence": 0.9}],
        "log": {"grade": "3"}, "events": [{"t": 5, "type": "grade_set", "value": "3"}]}))
    out = run("score", MINI, str(record), "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)  # stdout holds the JSON document and nothing else
    assert doc["scenario"] == "mini-burglary"
    assert doc["passed"] is False and 0 <= doc["score"] <= 100
    assert doc["items"][0]["id"] == "location-first" and doc["items"][0]["met"] is True


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not valid JSON"),
    ('{"format": "callsim.attempt/1", "scenario": "mini-burglary", "turns": [{"t": "x"}]}',
     "turns[0].t"),
    ('{"format": "other"}', "not an attempt record"),
    ('{"format": "callsim.attempt/1", "scenario": "another", "log": {}}',
     "is for scenario `another`"),
])
def test_score_bad_attempt(tmp_path: Path, content: str, message: str):
    record = tmp_path / "attempt.json"
    record.write_text(content)
    out = run("score", MINI, str(record))
    assert out.returncode == 1
    assert message in out.stderr
    assert "Traceback" not in out.stderr


def test_score_unknown_scenario(tmp_path: Path):
    out = run("score", "no-such-scenario", str(tmp_path / "a.json"))
    assert out.returncode == 1 and "no scenario `no-such-scenario`" in out.stderr


def test_match_json():
    out = run("match", "what's your name and what's your phone number", "--json")
    assert out.returncode == 0
    assert json.loads(out.stdout)["intents"] == ["caller_name", "callback_number"]


def test_list_json():
    out = run("list", "--json")
    assert out.returncode == 0
    ids = [s["id"] for s in json.loads(out.stdout)["scenarios"]]
    assert ids == sorted(ids) and ids


def test_a_bug_exits_3_with_a_crash_log(monkeypatch, capsys, tmp_path):
    from simulator.commands import library as commands_library

    def explode(args):
        raise RuntimeError("boom")

    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path))
    monkeypatch.setattr(commands_library, "run_list", explode)
    assert cli.main(["list"]) == 3
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" not in err
    logs = list((tmp_path / "crash-logs").glob("crash-*.log"))
    assert len(logs) == 1 and "RuntimeError: boom" in logs[0].read_text()
