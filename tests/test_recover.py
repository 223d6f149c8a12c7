"""Recovering a call keeps every readable journal entry and says which lines it could not
read; the scenario is found by id and hash (beside the call, library, store), never by a
path in the record."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from simulator.errors import UserError

CORPUS = Path(__file__).parent / "data" / "hostile" / "recover"


def _call(name: str, tmp_path: Path) -> Path:
    folder = tmp_path / "pc-1" / "call"
    shutil.copytree(CORPUS / name, folder)
    return folder


def test_a_damaged_line_costs_only_itself(tmp_path):
    from simulator.session import recover_call

    whole = recover_call(_call("whole", tmp_path)).attempt
    got = recover_call(_call("damaged-middle-line", tmp_path / "d"))
    assert [n for n, _ in got.damaged] == [3]  # journal line 3, the first trainee turn
    assert len(got.attempt.turns) == len(whole.turns) - 1
    assert got.attempt.log.location == "6 Sycamore Grove"  # entries after it are kept
    assert got.attempt.recovery is not None and got.attempt.recovery.damaged_lines == (3,)
    assert got.attempt.recovery.entries_kept == got.kept == 5


@pytest.mark.parametrize(("name", "line", "words"), [
    ("wrong-shaped-turn", 3, "turn: t"),
    ("turn-text-is-a-list", 3, "turn: text"),
    ("log-value-is-a-mapping", 4, "log:"),
    ("log-field-unknown", 4, "unknown log field"),
    ("event-unknown-type", 5, "event: type"),
    ("time-nan", 3, "NaN"),
    ("line-is-a-list", 4, "not a journal entry"),
    ("deep-line-200", 4, "nested more than 50"),
])
def test_wrong_shaped_entries_are_reported_by_line_not_crashed_on(name, line, words, tmp_path):
    from simulator.session import recover_call

    got = recover_call(_call(name, tmp_path))
    assert [n for n, _ in got.damaged] == [line]
    assert words in got.damaged[0][1]
    assert got.attempt.turns  # the rest is there


def test_the_command_names_the_lines_it_left_out(tmp_path, capsys):
    from simulator.cli import main

    folder = _call("damaged-middle-line", tmp_path)
    assert main(["recover", str(folder), "--json", "--store",
                 f"sqlite:///{tmp_path / 's.db'}"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [d["line"] for d in doc["damaged_lines"]] == [3] and doc["entries_kept"] == 5
    kept = json.loads((folder / "attempt.json").read_text())
    assert kept["recovery"]["damaged_lines"] == [3]


@pytest.mark.parametrize("name", ["scenario-is-a-path", "scenario-absolute-path",
                                  "scenario-not-text", "trainee-dotdot"])
def test_a_path_in_the_journal_is_never_followed(name, tmp_path):
    from simulator.session import recover_call

    with pytest.raises(UserError, match=r"journal.jsonl:1: "):
        recover_call(_call(name, tmp_path))


def test_a_trainee_id_cannot_leave_the_attempts_folder(tmp_path, mini):
    from simulator.session import Session, _safe

    for bad in ("..", "../x", "a/b", "a\\b", ".hidden"):
        with pytest.raises(UserError, match="trainee"):
            Session.start(mini, bad, root=tmp_path)
    assert _safe("..") == "trainee" and ".." not in _safe("a..b")


def test_a_call_on_a_trainers_own_file_is_reported_after_the_file_is_gone(tmp_path,
                                                                          monkeypatch,
                                                                          capsys):
    """The copy beside the journal, then the store's text, stand in for the file."""
    from simulator.cli import main

    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path / "data"))
    own = tmp_path / "mine.yaml"
    library = Path(__file__).resolve().parents[1] / "scenarios" / "library"
    own.write_text((library / "burglary-next-morning.yaml").read_text()
                   .replace("id: burglary-next-morning", "id: my-own-burglary", 1))
    store = f"sqlite:///{tmp_path / 'store.db'}"
    assert main(["demo", str(own), "--typed", "--json", "--store", store]) == 0
    own.unlink()  # the trainer moves their file away
    (folder,) = (tmp_path / "data" / "attempts").glob("*/*")
    assert (folder / "scenario.yaml").exists()
    assert main(["report", str(folder), "-o", str(tmp_path / "r1.html")]) == 0
    (folder / "scenario.yaml").unlink()  # and the copy beside the call is lost too
    assert main(["report", "1", "--store", store, "-o", str(tmp_path / "r2.html")]) == 0
    assert "my-own-burglary" in (tmp_path / "r2.html").read_text()
    capsys.readouterr()
    assert main(["cohort", "--store", store, "-o", str(tmp_path / "c.html")]) == 0
    assert "not in the library" not in capsys.readouterr().err  # the store's copy served
