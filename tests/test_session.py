"""The session journal: nothing spoken or typed is lost, even when the process is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

from simulator.demo import TimedMouth, TypedEars, run_call
from simulator.journal import Journal, read_journal
from simulator.loader import load_scenario, resolve
from simulator.session import Session, recover


def test_journal_survives_a_torn_last_line(tmp_path: Path):
    path = tmp_path / "journal.jsonl"
    with Journal(path) as journal:
        journal.write({"kind": "start", "scenario": "x"})
        journal.write({"kind": "turn", "text": "hello"})
    with path.open("a", encoding="utf-8") as f:
        f.write('{"kind": "turn", "te')  # the crash came mid-write
    assert [e["kind"] for e in read_journal(path)] == ["start", "turn"]


def test_session_records_everything_and_marks(mini, tmp_path: Path):
    session = Session.start(mini, "trainee-7", tmp_path)
    session.caller_said("My shed's been broken into.", 0, 2)
    session.trainee_said("What's the address?", 3, 4, source="stt", confidence=0.81,
                         audio=b"RIFF....WAVE")
    session.log_edit("location", "12 Elm Grove, Hull HU5 2AB", 10)
    session.log_edit("thrive.risk", "low", 12)
    session.event("grade_set", 20, value="3")
    session.log_edit("grade", "3", 20)
    attempt, result = session.finish()
    assert attempt.trainee == "trainee-7" and attempt.ended_at
    assert attempt.turns[1].confidence == 0.81 and attempt.turns[1].audio == "turns/0001.wav"
    assert (session.folder / "turns/0001.wav").read_bytes() == b"RIFF....WAVE"
    assert attempt.log.thrive.risk == "low" and attempt.log.grade == "3"
    saved = json.loads((session.folder / "attempt.json").read_text())
    assert saved["format"] == "callsim.attempt/1"
    assert json.loads((session.folder / "result.json").read_text())["score"] == result.score
    assert result.item("location-first").status == "met"


def test_resume_carries_on_the_same_journal(mini, tmp_path: Path):
    first = Session.start(mini, "t", tmp_path)
    first.trainee_said("What's the address?", 3, 4)
    first.journal.close()  # the program stops here
    again = Session.resume(first.folder, mini)
    again.trainee_said("What was taken?", 9, 10, audio=b"x")
    attempt, _ = again.finish()
    assert [t.text for t in attempt.turns] == ["What's the address?", "What was taken?"]
    assert attempt.turns[1].audio == "turns/0002.wav"  # numbering continues


def test_demo_typed_model_passes_and_weak_fails(tmp_path: Path):
    scenario = load_scenario(resolve("burglary-next-morning"))
    model = run_call(scenario, scenario.model_test(), TypedEars(), TimedMouth(), root=tmp_path)
    assert model.result.passed
    caller_lines = [t for t in model.attempt.turns if t.speaker == "caller"]
    assert caller_lines[0].text == scenario.caller.opening
    assert any(t.reveals for t in caller_lines)  # the caller's answers name their facts
    weak = next(t for t in scenario.self_tests if t.expect == "fail")
    run = run_call(scenario, weak, TypedEars(), TimedMouth(), root=tmp_path)
    assert not run.result.passed
    assert {m.id for m in run.result.missed()} >= set(weak.missed)


def test_demo_caller_lives_between_turns_and_journals_the_analysis(tmp_path: Path):
    scenario = load_scenario(resolve("domestic-abuse-children"))
    run = run_call(scenario, scenario.model_test(), TypedEars(), TimedMouth(), root=tmp_path)
    turns = run.attempt.turns
    prompts = set(scenario.caller.silence.lines) if scenario.caller.silence else set()
    for before, turn in pairwise(turns):
        if turn.speaker == "caller" and turn.text in prompts:
            # "are you still there?" only after a real silence, never straight after
            # the caller's own line or the trainee's
            assert turn.t - before.finished >= scenario.caller.silence.after - 0.5
    # the line volunteered at 150 s comes then (once whoever is speaking has finished),
    # not held back until the trainee's next turn
    said = next(t for t in turns if t.speaker == "caller" and t.text.startswith("He's stop"))
    assert said.t >= 150
    assert not [t for t in turns if t.speaker == "trainee" and 150 <= t.t < said.t]
    trainee = [t for t in turns if t.speaker == "trainee"]
    assert all(t.analysis is not None and t.analysis["text"] == t.text for t in trainee)


def test_killed_process_loses_nothing_already_said(tmp_path: Path):
    """A real process killed mid-call: every turn it journalled is recovered."""
    env = dict(os.environ, CALLSIM_DATA=str(tmp_path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "simulator.cli", "demo", "burglary-next-morning", "--typed",
         "--pace", "0.05"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        journal = None
        ceiling = time.monotonic() + 600  # against a hang, not a speed check
        while time.monotonic() < ceiling and proc.poll() is None:
            found = list(tmp_path.glob("attempts/*/*/journal.jsonl"))
            if found:
                journal = found[0]
                turns = [e for e in read_journal(journal) if e.get("speaker") == "trainee"]
                if len(turns) >= 3:
                    break
            time.sleep(0.05)
        assert journal is not None, "the demo never started its journal"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=600)
    assert proc.returncode == -signal.SIGKILL
    written = [e for e in read_journal(journal) if e.get("kind") == "turn"]
    attempt = recover(journal.parent)
    assert not attempt.ended_at  # it really was cut off
    assert len(attempt.turns) >= len(written) >= 4
    out = subprocess.run([sys.executable, "-m", "simulator.cli", "recover",
                          str(journal.parent), "--json"], env=env, capture_output=True,
                         text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["ended"] is False and doc["trainee_turns"] >= 3
    assert (journal.parent / "attempt.json").exists()


def test_a_second_reading_replaces_the_marked_text_and_keeps_the_live_one(mini, tmp_path):
    session = Session.start(mini, "t", tmp_path)
    audio = session.trainee_said("what's the adder's", 3, 4, source="stt", audio=b"RIFF")
    assert audio == "turns/0001.wav"
    session.retranscribed(audio, "What's the address?", "whisper")
    attempt, result = session.finish()
    turn = attempt.turns[0]
    assert turn.text == "What's the address?" and turn.live_text == "what's the adder's"
    assert turn.recognised_by == "whisper"
    assert result.item("location-first").status == "met"  # marked on the better reading
