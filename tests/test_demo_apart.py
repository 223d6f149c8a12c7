"""`callsim demo` runs are kept apart: stored with a demo flag, and left out of the cohort,
course standing and calibration unless asked for with --include-demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_report import SCENARIO, _call

COURSE = "scenarios/courses/initial-course.yaml"


@pytest.fixture
def store(tmp_path: Path, capsys, monkeypatch) -> tuple[str, str, str]:
    """A store with one demo run and one trainee's call; their ids."""
    from simulator.cli import main
    from simulator.commands.library import open_scenario

    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert main(["demo", SCENARIO, "--typed", "--json", "--store", url]) == 0
    demo = str(json.loads(capsys.readouterr().out)["stored_as"])
    folder = _call(open_scenario(SCENARIO), tmp_path / "calls")
    assert main(["recover", str(folder), "--json", "--store", url]) == 0
    trainee = str(json.loads(capsys.readouterr().out)["stored_as"])
    return url, demo, trainee


def _json(capsys, *args: str) -> dict:
    from simulator.cli import main

    assert main(list(args)) == 0
    captured = capsys.readouterr()
    return {"doc": json.loads(captured.out), "err": captured.err}


def test_the_cohort_leaves_demo_runs_out_unless_asked(store, capsys):
    url = store[0]
    plain = _json(capsys, "cohort", "--json", "--store", url)
    assert [t["trainee"] for t in plain["doc"]["trainees"]] == ["pc-4521"]
    assert plain["doc"]["attempts"] == 1
    assert "1 `callsim demo` run left out (--include-demo to count them)" in plain["err"]
    both = _json(capsys, "cohort", "--json", "--include-demo", "--store", url)
    assert sorted(t["trainee"] for t in both["doc"]["trainees"]) == ["demo", "pc-4521"]
    assert both["doc"]["attempts"] == 2


def test_course_standing_leaves_demo_runs_out(store, capsys):
    url = store[0]
    doc = _json(capsys, "course", "status", COURSE, "--json", "--store", url)["doc"]
    assert [t["trainee"] for t in doc["trainees"]] == ["pc-4521"]
    doc = _json(capsys, "course", "status", COURSE, "--json", "--include-demo", "--store",
                url)["doc"]
    assert sorted(t["trainee"] for t in doc["trainees"]) == ["demo", "pc-4521"]


def test_calibration_leaves_demo_runs_out(store, capsys):
    from simulator.cli import main
    from simulator.store.connect import open_store
    from simulator.store.queries import find_attempt

    url, demo, trainee = store
    for ident in (demo, trainee):
        kept = open_store(url)
        try:
            found = find_attempt(kept, ident)
        finally:
            kept.close()
        assert found is not None and found.result is not None
        marks = [f"{i['id']}=yes" for i in found.result["items"]
                 if i["status"] != "not_applicable"]
        for assessor in ("as-1", "as-2"):
            assert main(["review", ident, "--blind", "--assessor", assessor, "--store", url,
                         *[x for m in marks for x in ("--mark", m)]]) == 0
    capsys.readouterr()
    plain = _json(capsys, "calibration", "--json", "--store", url)
    assert plain["doc"]["attempts"] == 1
    assert "1 double-marked `callsim demo` run left out" in plain["err"]
    assert _json(capsys, "calibration", "--json", "--include-demo", "--store",
                 url)["doc"]["attempts"] == 2


def test_the_flag_survives_recover(store, tmp_path, capsys):
    from simulator.cli import main
    from simulator.store.connect import open_store
    from simulator.store.queries import find_attempt

    url, demo, _ = store
    kept = open_store(url)
    try:
        found = find_attempt(kept, demo)
    finally:
        kept.close()
    assert found is not None and found.attempt["demo"] is True
    assert main(["recover", found.folder, "--json", "--store", url]) == 0
    assert json.loads(capsys.readouterr().out)["stored_as"] == int(demo)
    doc = _json(capsys, "cohort", "--json", "--store", url)["doc"]
    assert [t["trainee"] for t in doc["trainees"]] == ["pc-4521"]


def test_a_demo_runs_report_says_so(store, tmp_path, capsys):
    from simulator.cli import main

    url, demo, trainee = store
    for ident, expected in ((demo, True), (trainee, False)):
        page = tmp_path / f"{ident}.html"
        assert main(["report", ident, "--store", url, "-o", str(page)]) == 0
        assert ("A demo run: this call was played by" in page.read_text()) is expected
