"""`callsim report ID --blind`: the call without any automatic or earlier mark; and the
call timeline's hang-ups, silences and barge-ins."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_report import SCENARIO, _call, _Links


@pytest.fixture(scope="module")
def scenario():
    from simulator.commands.library import open_scenario

    return open_scenario(SCENARIO)


def _stored(scenario, tmp_path: Path, capsys, test_id: str = "weak-no-crime-no-scene"
            ) -> tuple[Path, str, str]:
    from simulator.cli import main

    folder = _call(scenario, tmp_path / "calls", test_id)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert main(["recover", str(folder), "--json", "--store", url]) == 0
    ident = str(json.loads(capsys.readouterr().out)["stored_as"])
    return folder, url, ident


def test_the_blind_report_has_the_call_and_no_mark(scenario, tmp_path, capsys):
    from simulator.cli import main

    folder, url, ident = _stored(scenario, tmp_path, capsys)
    result = json.loads((folder / "result.json").read_text())
    # An earlier assessor's override and blind marking are in the store too.
    assert main(["review", ident, "--override", "open-question", "--met", "no", "--reason",
                 "OVERRIDE-REASON-XYZ", "--assessor", "as-91", "--store", url]) == 0
    marks = [f"{i['id']}=yes" for i in result["items"] if i["status"] != "not_applicable"]
    assert main(["review", ident, "--blind", "--assessor", "as-92", "--store", url,
                 *[x for m in marks for x in ("--mark", m)]]) == 0
    capsys.readouterr()
    page = tmp_path / "blind.html"
    assert main(["report", ident, "--blind", "--store", url, "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    # the call is there: every turn, its recording, the log as typed, the marking sheet
    attempt = json.loads((folder / "attempt.json").read_text())
    links = _Links()
    links.feed(html)
    assert sum(s.startswith("data:audio/wav;base64,") for s in links.sources) == sum(
        t["speaker"] == "trainee" for t in attempt["turns"])
    assert links.scripts == 0
    for item in result["items"]:
        assert f'id="item-{item["id"]}"' in html  # on the sheet, to be marked
    assert attempt["log"]["location"] in html
    # and no mark of anyone's: no verdict, score, status, reason, evidence or reviewer
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", html, flags=re.S))
    assert "PASS" not in text and "FAIL" not in text
    assert f"{result['score']:g} / 100" not in text
    for item in result["items"]:
        assert item["reason"] not in text
    for word in ("not met", "not applicable", "agrees", "differs", "as expected",
                 "✓", "✗", "overridden", "OVERRIDE-REASON-XYZ", "as-91", "as-92",
                 "Competencies", "Evidence for", "Judged by", "audit trail"):
        assert word not in text, word
    assert 'class="status' not in html and 'class="chip' not in html
    assert "callsim review " + ident + " --blind" in text


def test_the_blind_report_from_a_call_folder_marks_nothing(scenario, tmp_path):
    from simulator.cli import main

    folder = _call(scenario, tmp_path, "model")
    (folder / "result.json").unlink()  # not even marked now, to be shown or not
    assert main(["report", str(folder), "--blind"]) == 0
    html = (folder / "report-blind.html").read_text(encoding="utf-8")
    assert not (folder / "result.json").exists()
    assert "PASS" not in html and "Marking sheet" in html


def test_the_timeline_shows_hang_up_silence_and_barge_in(scenario):
    from scoring.attempt import Attempt
    from simulator.report.content import call_events, timeline

    attempt = Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": SCENARIO,
        "turns": [
            {"t": 0.0, "end": 6.0, "speaker": "caller", "text": "Hello, is that the police?"},
            {"t": 4.5, "end": 6.0, "speaker": "trainee", "text": "where are you",
             "source": "stt"},
            {"t": 7.0, "end": 9.0, "speaker": "caller", "text": "Sycamore Grove."},
            {"t": 25.0, "end": 26.0, "speaker": "trainee", "text": "hello?",
             "source": "stt"}],
        "events": [{"t": 27.0, "type": "call_ended", "by": "caller"}]})
    rows = call_events(attempt, scenario, timeline(attempt, None))
    kinds = [(r.kind, r.text) for r in rows]
    assert ("bargein", "The trainee spoke over the caller (1.5 s before they had finished);"
            " the caller stopped") in kinds
    assert ("silence", "16 s of silence") in kinds
    assert ("hangup", "The caller hung up") in kinds
    assert [r.kind for r in rows] == ["caller", "bargein", "trainee", "caller", "silence",
                                      "trainee", "hangup"]


def test_the_attempt_report_shows_the_hang_up(scenario, tmp_path):
    from tests.test_report import _report

    folder = _call(scenario, tmp_path, "model")
    journal = folder / "journal.jsonl"
    attempt = json.loads((folder / "attempt.json").read_text())
    end = max(t.get("end", t["t"]) for t in attempt["turns"]) + 1
    with journal.open("a", encoding="utf-8") as out:  # the caller put the phone down
        out.write(json.dumps({"kind": "event", "type": "call_ended", "t": end,
                              "by": "caller"}) + "\n")
    from simulator.session import recover

    recovered = recover(folder)
    (folder / "attempt.json").write_text(recovered.model_dump_json(exclude_none=True))
    html = _report(folder)
    assert '<tr id="event-' in html and 'class="hangup"' in html
    assert "The caller hung up" in html
