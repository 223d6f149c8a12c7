"""`callsim rehearse`: a trainer's lines in, the caller's replies and reasons out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"


def rehearse(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simulator.cli", "rehearse", *args],
                          check=False, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_script_in_json_out(tmp_path):
    script = tmp_path / "lines.txt"
    script.write_text("What's the address?\n"
                      "# a trainer's comment is skipped\n"
                      "40\tWhat was taken?\n", encoding="utf-8")
    out = rehearse(str(DATA / "mini-scenario.yaml"), "--script", str(script), "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["format"] == "callsim.rehearsal/1" and doc["scenario"] == "mini-burglary"
    first, second = doc["turns"]
    assert first["replies"][0]["reveals"] == ["address"]
    assert first["understood"]["intents"][0]["intent"] == "location"
    # by 40 s the caller has volunteered the open gate while waiting
    assert ["gate-open"] in [r["reveals"] for r in second["meanwhile"]]
    assert second["t"] >= 40
    assert ["items"] in [r["reveals"] for r in second["replies"]]
    assert all("distress" in r and "why" in r for r in second["replies"])


def test_a_bad_time_names_the_line(tmp_path):
    script = tmp_path / "lines.txt"
    script.write_text("Where are you?\nsoon\tWhat happened?\n", encoding="utf-8")
    out = rehearse(str(DATA / "mini-scenario.yaml"), "--script", str(script), "--json")
    assert out.returncode == 1
    assert f"{script}:2:" in out.stderr and "Traceback" not in out.stderr


def test_interactive_lines_from_a_terminal():
    proc = subprocess.run(
        [sys.executable, "-m", "simulator.cli", "rehearse", str(DATA / "mini-scenario.yaml")],
        input="What's the address?\n\n", check=False, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "12 Elm Grove" in proc.stdout and "reveals address" in proc.stdout


def test_a_script_that_is_not_text_or_has_a_time_and_no_words_is_refused(tmp_path):
    recording = tmp_path / "call.wav"
    recording.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00")
    out = rehearse(str(DATA / "mini-scenario.yaml"), "--script", str(recording))
    assert out.returncode == 1 and out.stdout == ""
    assert f"{recording}: not a text file" in out.stderr
    timed = tmp_path / "lines.txt"
    timed.write_text("Where are you?\n12.5\t  \n", encoding="utf-8")
    out = rehearse(str(DATA / "mini-scenario.yaml"), "--script", str(timed))
    assert out.returncode == 1 and out.stdout == ""
    assert f"{timed}:2: nothing after the time 12.5" in out.stderr


def test_a_script_run_does_not_ask_for_typing(tmp_path):
    script = tmp_path / "lines.txt"
    script.write_text("What's the address?\n", encoding="utf-8")
    out = rehearse(str(DATA / "mini-scenario.yaml"), "--script", str(script))
    assert out.returncode == 0, out.stderr
    assert f"the trainee's lines from {script}" in out.stdout
    assert "Ctrl+D" not in out.stdout
