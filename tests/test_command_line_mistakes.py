"""A trainer's or assessor's mistakes on the command line: each is one message that says
what is wrong and where help is, exit 1 (never argparse's 2, never a crash log), and each
command's own `--help` says what the command does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from simulator.cli import COMMANDS, main


def callsim(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    """The real command, run as a trainer runs it, with its own data folder."""
    return subprocess.run([sys.executable, "-m", "simulator.cli", *args], capture_output=True,
                          text=True, timeout=300, check=False,
                          env={"CALLSIM_DATA": str(data), "PATH": "/usr/bin:/bin",
                               "HOME": str(data)})


@pytest.mark.parametrize("args, says", [
    (["rehearse"], "the following arguments are required: scenario"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["review", "1", "--met", "maybe"], "invalid choice: 'maybe'"),
    (["course", "status"], "required: COURSE.yaml"),
    (["demo", "--pace", "-1", "--typed"], "'-1' is not a pace"),
    (["demo", "--pace", "nan", "--typed"], "'nan' is not a pace"),
    (["play", "burglary-next-morning", "--engine", "whispr"],
     "'whispr' is not a speech recogniser"),
])
def test_a_command_line_mistake_exits_1_with_where_to_look(args, says, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(args)
    err = capsys.readouterr().err
    assert stop.value.code == 1
    assert says in err
    assert "--help`" in err and "Traceback" not in err
    assert not (tmp_path / "crash-logs").exists()


def test_each_command_help_says_what_it_does(capsys):
    for name, (_, text) in COMMANDS.items():
        with pytest.raises(SystemExit) as stop:
            main([name, "--help"])
        assert stop.value.code == 0
        shown = " ".join(capsys.readouterr().out.split())
        first_words = " ".join(text.split()[1:5])  # the table's words, however wrapped
        described = any(w in shown for w in (first_words, "Synthesise", "Speech-to-text",
                                             "List sound devices"))
        assert described, f"`callsim {name} --help` does not say what it does"


def test_the_demo_refuses_a_mistyped_engine_before_any_speech_loads(tmp_path):
    run = callsim(["demo", "--engine", "whispr"], tmp_path)
    assert run.returncode == 1
    assert "'whispr' is not a speech recogniser" in run.stderr
    assert "auto, pocketsphinx, vosk, whisper" in run.stderr
    assert "run ./setup" not in run.stderr  # it is not a missing install


def test_transcribe_refuses_the_tests_stand_in_engine(tmp_path):
    """`scripted` hears lines handed to it, not the sound: it printed an empty transcript."""
    wav = tmp_path / "said.wav"
    made = callsim(["say", "What is the address", "-o", str(wav)], tmp_path)
    assert made.returncode == 0, made.stderr
    run = callsim(["transcribe", str(wav), "--engine", "scripted"], tmp_path)
    assert run.returncode == 1 and run.stdout == ""
    assert "'scripted' is not a speech recogniser" in run.stderr


def test_a_typing_test_without_a_display_names_the_typing_command(tmp_path):
    run = callsim(["typing", "copy-incident-narrative"], tmp_path)  # no DISPLAY given
    assert run.returncode == 1
    assert "callsim typing copy-incident-narrative" in run.stderr
    assert "callsim play" not in run.stderr and "callsim demo" not in run.stderr
    call = callsim(["play", "burglary-next-morning"], tmp_path)
    assert call.returncode == 1
    assert "callsim play burglary-next-morning" in call.stderr
    assert "callsim demo burglary-next-morning" in call.stderr


def test_a_typing_result_file_that_cannot_be_written_is_said_before_the_test(tmp_path):
    missing = tmp_path / "no-such-folder" / "result.json"
    run = callsim(["typing", "copy-incident-narrative", "--json-result", str(missing)],
                  tmp_path)
    assert run.returncode == 1
    assert f"the folder {missing.parent} does not exist" in run.stderr
    assert "display" not in run.stderr  # refused before the screen is even tried


def test_validate_checks_a_course_file_as_a_course(tmp_path):
    course = Path(__file__).parent.parent / "scenarios" / "courses" / "initial-course.yaml"
    run = callsim(["validate", str(course)], tmp_path)
    assert run.returncode == 0, run.stderr
    assert "ok  initial-course (course, 6 scenarios" in run.stdout
    assert "missing required key" not in run.stderr
    typo = tmp_path / "course.yaml"
    typo.write_text(course.read_text(encoding="utf-8").replace(
        "scenario: road-collision-injury", "scenario: road-colision-injury"), encoding="utf-8")
    run = callsim(["validate", str(typo)], tmp_path)
    assert run.returncode == 1
    assert "did you mean `road-collision-injury`?" in run.stderr
    assert "missing required key" not in run.stderr and "scenario file" not in run.stdout
