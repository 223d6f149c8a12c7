"""The cohort view and course standing, over a real store filled with marked self-test
attempts and typing results marked from scripted key presses."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from scoring.typing import Keystroke, mark
from scoring.typing_tests import load_typing_test, typing_dir
from simulator.cli import main
from simulator.commands.library import open_scenario
from simulator.commands.typing import new_folder, save
from simulator.selftest import attempt_from, mark_attempt
from simulator.store.connect import open_store
from simulator.store.saving import store_attempt
from tests.store_helpers import store_url

HOSTILE = "<script>alert(1)"  # no "/": a trainee id names a folder
COURSE = """\
format: callsim.course/1
id: test-course
title: Test course
profile: humberside_contact_officer
scenarios:
  - scenario: burglary-next-morning
    passes: 2
  - scenario: domestic-abuse-children
typing:
  passes: 1
"""

# (trainee, scenario, self-test) in the order taken
ATTEMPTS = [
    ("pc-1", "burglary-next-morning", "weak-no-crime-no-scene"),
    ("pc-1", "burglary-next-morning", "model"),
    ("pc-1", "burglary-next-morning", "model"),
    ("pc-1", "domestic-abuse-children", "model"),
    ("pc-2", "burglary-next-morning", "model"),
    ("pc-2", "domestic-abuse-children", "model"),
    ("pc-2", "domestic-abuse-children", "near-miss-no-weapons-question"),
    (HOSTILE, "burglary-next-morning", "near-miss-no-scene-preservation"),
]


def typed(trainee: str, wpm: float, day: str) -> None:
    """A copy-typing test typed perfectly at `wpm` (5-character words), kept where
    `callsim typing` keeps it."""
    test = load_typing_test(typing_dir() / "copy-addresses-and-vehicles.yaml")
    text = test.passage[:300]
    gap = 60 / (wpm * 5)
    keys = [Keystroke(i * gap, ch) for i, ch in enumerate(text)]
    folder = new_folder(trainee, test.id)
    folder.mkdir(parents=True)
    (folder / "journal.jsonl").write_text(json.dumps(
        {"kind": "start", "trainee": trainee, "test": test.id,
         "started_at": f"2026-11-{day}T09:00:00+00:00"}) + "\n")
    save(folder, mark(test, keys, len(text) * gap))


@pytest.fixture(params=["sqlite", "postgresql"])
def cohort_store(request: pytest.FixtureRequest, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path / "data"))
    with store_url(request.param, tmp_path) as url:
        fill(url, tmp_path)
        yield url


def fill(url: str, tmp_path: Path) -> None:
    store = open_store(url)
    scenarios = {n: open_scenario(n) for n in {a[1] for a in ATTEMPTS}}
    for n, (trainee, name, test_id) in enumerate(ATTEMPTS):
        scenario = scenarios[name]
        test = next(t for t in scenario.self_tests if t.id == test_id)
        attempt = attempt_from(scenario, test, trainee=trainee).model_copy(
            update={"started_at": f"2026-11-{10 + n:02d}T10:00:00+00:00"})
        store_attempt(store, attempt, mark_attempt(scenario, attempt),
                      tmp_path / "calls" / f"call-{n}")
    store.close()
    typed("pc-1", 20, "20")
    typed("pc-1", 31, "21")
    typed("pc-2", 18, "22")
    typed(HOSTILE, 40, "22")


def test_cohort_json_counts_latest_attempts_and_typing(cohort_store: str,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    assert main(["cohort", "--store", cohort_store, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["attempts"] == 8
    rows = {t["trainee"]: t for t in doc["trainees"]}
    burglary = rows["pc-1"]["scenarios"]["burglary-next-morning"]
    assert (burglary["attempts"], burglary["passes"], burglary["latest_passed"]) == (3, 2, True)
    domestic = rows["pc-2"]["scenarios"]["domestic-abuse-children"]
    assert domestic["latest_passed"] is False
    assert domestic["latest_critical"] == ["weapons-asked"]
    assert rows["pc-1"]["trend"][0]["score"] < 50  # the weak attempt first
    # Humberside's 25 wpm (the profile most of their scenarios are written for)
    assert rows["pc-1"]["typing"]["needed_wpm"] == 25
    assert rows["pc-1"]["typing"]["best"]["net_wpm"] == pytest.approx(31, abs=1)
    assert rows["pc-1"]["typing"]["passed"] is True
    assert rows["pc-2"]["typing"]["passed"] is False
    assert rows[HOSTILE]["typing"]["tests"] == 1  # found under its filename-safe folder
    # counted over every attempt (each on its latest marking), out of the attempts made
    missed = {(m["scenario"], m["name"]): (m["count"], m["of"])
              for m in doc["most_missed_items"]}
    assert missed[("burglary-next-morning", "scene-preservation")] == (2, 5)
    assert missed[("burglary-next-morning", "crime-recorded")] == (1, 5)
    assert missed[("domestic-abuse-children", "weapons-asked")] == (1, 3)
    assert doc["most_missed_competencies"]


def test_cohort_page_escapes_and_exports_csv(cohort_store: str, tmp_path: Path) -> None:
    page, table = tmp_path / "cohort.html", tmp_path / "cohort.csv"
    assert main(["cohort", "--store", cohort_store, "-o", str(page),
                 "--csv", str(table)]) == 0
    html = page.read_text()
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(1)" in html
    assert "<polyline" in html and "PASS" in html and "CRITICAL" in html
    rows = list(csv.DictReader(io.StringIO(table.read_text())))
    assert len(rows) == 5  # trainee × scenario tried
    first = next(r for r in rows if r["trainee"] == "pc-1"
                 and r["scenario"] == "burglary-next-morning")
    assert (first["attempts"], first["passes"], first["typing_passed"]) == ("3", "2", "true")


def test_csv_never_starts_a_cell_with_a_formula(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path / "data"))
    typed("=HYPERLINK(1)", 30, "20")
    table = tmp_path / "c.csv"
    open_store(f"sqlite:///{tmp_path / 's.db'}").close()  # a named store must exist
    assert main(["cohort", "--store", f"sqlite:///{tmp_path / 's.db'}", "-o",
                 str(tmp_path / "c.html"), "--csv", str(table)]) == 0
    assert "'=HYPERLINK(1)" in table.read_text()


def test_course_status_gives_the_reasons(cohort_store: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    course = tmp_path / "course.yaml"
    course.write_text(COURSE)
    assert main(["course", "status", str(course), "--store", cohort_store, "--json"]) == 0
    rows = {r["trainee"]: r for r in json.loads(capsys.readouterr().out)["trainees"]}
    assert rows["pc-1"]["complete"] is True
    pc2 = rows["pc-2"]
    assert pc2["standing"] == "in progress"
    needed = " | ".join(pc2["needed"])
    assert "burglary-next-morning: 1 of 2 passes needed" in needed
    assert "failed critical item weapons-asked" in needed
    assert "typing: best 18.0 wpm net is below 25 wpm" in needed
    assert any("not attempted yet" in n for n in rows[HOSTILE]["needed"])

    assert main(["course", "status", str(course), "--store", cohort_store,
                 "--trainee", "pc-1"]) == 0
    out = capsys.readouterr().out
    assert "pc-1: COMPLETE" in out and "pc-2" not in out


def test_cohort_with_course_shows_standing(cohort_store: str, tmp_path: Path) -> None:
    course = tmp_path / "course.yaml"
    course.write_text(COURSE)
    page = tmp_path / "cohort.html"
    assert main(["cohort", "--store", cohort_store, "--course", str(course),
                 "-o", str(page)]) == 0
    html = page.read_text()
    assert "course standing" in html and "Test course" in html


def test_course_file_errors_have_lines(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    course = tmp_path / "bad.yaml"
    course.write_text(COURSE.replace("passes: 2", "pases: 2")
                      .replace("domestic-abuse-children", "domestic-abuse-childen"))
    assert main(["course", "status", str(course), "--store",
                 f"sqlite:///{tmp_path / 's.db'}"]) == 1
    err = capsys.readouterr().err
    assert f"{course}:7:" in err and "pases" in err and "passes" in err
    course.write_text(COURSE.replace("passes: 2", "passes: 2\n  - scenario: not-a-scenario")
                      .replace("humberside_contact_officer", "humberside"))
    assert main(["course", "validate", str(course)]) == 1
    err = capsys.readouterr().err
    assert f"{course}:8:" in err and "not-a-scenario" in err
    assert f"{course}:4:" in err and "humberside_contact_officer" in err
    assert "Traceback" not in err


def test_shipped_course_is_valid() -> None:
    assert main(["course", "validate", "scenarios/courses/initial-course.yaml"]) == 0


def test_named_trainees_and_damaged_typing_files(cohort_store: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "data" / "typing" / "pc-2" / "20261123T090000000000Z-copy"
    broken.mkdir(parents=True)
    (broken / "result.json").write_text('{"format": "callsim.typing-result/1", "test"')
    course = tmp_path / "course.yaml"
    course.write_text(COURSE.replace("scenarios:", "trainees: [pc-2, pc-9]\nscenarios:"))
    assert main(["course", "status", str(course), "--store", cohort_store, "--json"]) == 0
    rows = {r["trainee"]: r for r in json.loads(capsys.readouterr().out)["trainees"]}
    assert list(rows) == ["pc-2", "pc-9"]
    assert rows["pc-9"]["standing"] == "not started"
    assert any(n.startswith("typing: best 18.0") for n in rows["pc-2"]["needed"])


def test_bad_options_are_one_message(cohort_store: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cohort", "--store", cohort_store, "--profile", "nope", "--json"]) == 1
    assert "no profile `nope`" in capsys.readouterr().err
    assert main(["course", "status", str(tmp_path / "missing.yaml"),
                 "--store", cohort_store]) == 1
    assert "no such course file" in capsys.readouterr().err
    assert main(["cohort", "--store", cohort_store, "-o",
                 str(tmp_path / "no" / "such" / "dir.html")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_chromium_renders_the_cohort_page(cohort_store: str, tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium not installed (run .ci/report-setup.sh)")
    page = tmp_path / "cohort.html"
    assert main(["cohort", "--store", cohort_store, "-o", str(page)]) == 0
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert "<script" not in dom.lower()  # the hostile trainee id built no script element
    assert "&lt;script&gt;alert(1)" in dom
    assert dom.count("<polyline") == 3  # a trend for each trainee with attempts


def test_chromium_shows_the_trend_with_its_axes(cohort_store: str, tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium not installed (run .ci/report-setup.sh)")
    page = tmp_path / "cohort.html"
    assert main(["cohort", "--store", cohort_store, "-o", str(page)]) == 0
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert dom.count("attempt, in the order taken") == 3  # one chart per trainee
    assert dom.count(">score</text>") == 3
    assert "pass mark 70" in dom
    assert dom.count('class="passd"') + dom.count('class="faild"') == 8  # every attempt
    shot = tmp_path / "cohort.png"
    subprocess.run([chromium, *flags, f"--screenshot={shot}", "--window-size=1300,2600",
                    page.as_uri()], capture_output=True, timeout=60, check=True, cwd=tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    keep = os.environ.get("CALLSIM_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "cohort.png")


def test_course_status_for_a_mistyped_trainee_says_so(cohort_store: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    course = tmp_path / "course.yaml"
    course.write_text(COURSE)
    assert main(["course", "status", str(course), "--store", cohort_store,
                 "--trainee", "pc-l"]) == 0
    err = capsys.readouterr().err
    assert "no attempts or typing tests by `pc-l` are kept" in err
    assert "pc-1" in err and "pc-2" in err  # the ids that do have work
    assert main(["course", "status", str(course), "--store", cohort_store,
                 "--trainee", "pc-1"]) == 0
    assert "check the id" not in capsys.readouterr().err
