"""The headless demo through real speech: espeak-ng voices, the real recogniser.

The trainee's lines are spoken by a second voice and streamed to the recogniser in 100 ms
chunks; the caller answers what was recognised. Model attempts must still pass and weak
attempts still fail. (`callsim demo all` runs every library scenario; figures in README.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.demo import run_call
from simulator.loader import load_scenario, resolve

pytest.importorskip("pyttsx3", reason="pyttsx3 not installed (./setup)")
pytest.importorskip("pocketsphinx", reason="pocketsphinx not installed (./setup)")
if shutil.which("espeak-ng") is None:
    pytest.skip("espeak-ng not installed (./setup)", allow_module_level=True)


@pytest.fixture(scope="module")
def voices_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("voices")


def spoken(name: str, cache: Path, monkeypatch: pytest.MonkeyPatch, test_id: str, root: Path):
    from simulator.speech_pipeline import speech_pipeline

    monkeypatch.setenv("CALLSIM_CACHE", str(cache))
    scenario = load_scenario(resolve(name))
    ears, mouth, how = speech_pipeline(scenario, "pocketsphinx")
    mouth.prepare()
    test = next(t for t in scenario.self_tests if t.id == test_id)
    return scenario, test, run_call(scenario, test, ears, mouth, root=root), how


# Two calls whose model lines the recogniser hears well enough today (figures for all 12
# are in the README; the recogniser's misses are measured there, not hidden here).
@pytest.mark.parametrize("name", ["burglary-next-morning", "hate-incident"])
def test_model_passes_through_speech(name, voices_cache, monkeypatch, tmp_path):
    _, _, run, how = spoken(name, voices_cache, monkeypatch, "model", tmp_path)
    assert "pocketsphinx" in how
    assert run.result.passed, [(m.id, m.reason) for m in run.result.missed()]
    trainee = [t for t in run.attempt.turns if t.speaker == "trainee"]
    assert all(t.source == "stt" and t.audio for t in trainee)
    assert all((run.folder / t.audio).stat().st_size > 1000 for t in trainee if t.audio)
    assert all(t.confidence is not None for t in trainee)
    # the recogniser really ran: its text is not simply the script
    assert any(meant != got.text for meant, got in run.heard)


def test_weak_attempt_fails_through_speech(voices_cache, monkeypatch, tmp_path):
    scenario = load_scenario(resolve("burglary-next-morning"))
    weak = next(t for t in scenario.self_tests if t.expect == "fail")
    _, _, run, _ = spoken("burglary-next-morning", voices_cache, monkeypatch, weak.id, tmp_path)
    assert not run.result.passed


def test_demo_command_json(voices_cache, tmp_path):
    env = dict(os.environ, CALLSIM_DATA=str(tmp_path), CALLSIM_CACHE=str(voices_cache))
    out = subprocess.run([sys.executable, "-m", "simulator.cli", "demo", "--json"],
                         env=env, capture_output=True, text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["scenario"] == "burglary-next-morning" and doc["passed"] is True
    assert doc["pipeline"].startswith("speech")
    assert Path(doc["attempt"]).exists() and Path(doc["result"]).exists()


def test_default_demo_is_a_natural_voice_heard_by_whisper(voices_cache, monkeypatch, tmp_path):
    pytest.importorskip("faster_whisper", reason="faster-whisper not installed (./setup)")
    pytest.importorskip("hibari", reason="hibari-tts not installed (./setup)")
    from simulator.speech_pipeline import speech_pipeline

    monkeypatch.setenv("CALLSIM_CACHE", str(voices_cache))
    scenario = load_scenario(resolve("burglary-next-morning"))
    ears, mouth, how = speech_pipeline(scenario)  # the defaults `callsim demo` uses
    assert "whisper" in how and "hibari" in how
    mouth.prepare()
    test = next(t for t in scenario.self_tests if t.id == "model")
    run = run_call(scenario, test, ears, mouth, root=tmp_path)
    assert run.result.passed, [(m.id, m.reason) for m in run.result.missed()]
    trainee = [t for t in run.attempt.turns if t.speaker == "trainee"]
    assert all(t.source == "stt" and t.audio for t in trainee)
    # recognised, not copied: Whisper's words, lower case and without punctuation
    assert all(got.text == got.text.lower() for _, got in run.heard)
    assert any(meant.lower().rstrip("?.!") != got.text for meant, got in run.heard)
