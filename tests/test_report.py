"""`callsim report`: one self-contained, escaped HTML file, checked in headless Chromium."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import wave
from html.parser import HTMLParser
from pathlib import Path

import pytest

SCENARIO = "burglary-next-morning"
HOSTILE = '<script>alert("owned")</script>'
HOSTILE_LOG = "<img src=x onerror=alert(1)> & \"quotes\""


def _wav(seconds: float = 0.25) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(16000)
        clip.writeframes(b"\1\0" * int(16000 * seconds))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def scenario():
    from simulator.commands.library import open_scenario

    return open_scenario(SCENARIO)


def _call(scenario, root: Path, test_id: str = "model", hostile: bool = False) -> Path:
    """A finished call's folder, made through a real Session from a self-test: trainee
    turns spoken (with a recording and word confidences), log typed, events, marked."""
    from simulator.session import Session

    test = next(t for t in scenario.self_tests if t.id == test_id)
    session = Session.start(scenario, "pc-<b>4521<b>" if hostile else "pc-4521", root)
    for turn in test.turns:
        end = turn.t + 2.0
        if turn.caller is not None:
            session.caller_said(turn.caller, turn.t, end)
            continue
        text = (turn.trainee or "") + (f" {HOSTILE}" if hostile else "")
        words = [{"word": w, "start": 0.0, "end": 0.1, "conf": 0.3 if n == 0 else 0.9}
                 for n, w in enumerate(text.split())]
        session.trainee_said(text, turn.t, end, source="stt", confidence=0.8,
                             audio=_wav(), words=words)
    for event in test.events:
        session.event(event.type, event.t, **{k: v for k, v in
                                              (("query", event.query),
                                               ("value", event.value)) if v})
    for name, value in test.log.model_dump().items():
        if name == "thrive":
            for part, text in value.items():
                session.log_edit(f"thrive.{part}", text, 100.0)
        elif value not in ("", (), None):
            session.log_edit(name, list(value) if isinstance(value, tuple) else value, 100.0)
    if hostile:
        session.log_edit("narrative", HOSTILE_LOG, 101.0)
    session.finish()
    return session.folder


def _report(folder: Path, *extra: str) -> str:
    from simulator.cli import main

    assert main(["report", str(folder), *extra]) == 0
    out = Path(extra[extra.index("-o") + 1]) if "-o" in extra else folder / "report.html"
    return out.read_text(encoding="utf-8")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.sources: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "id" in values:
            self.ids.add(values["id"] or "")
        if tag == "a":
            self.hrefs.append(values.get("href") or "")
        if "src" in values:
            self.sources.append(values["src"] or "")
        if tag == "script":
            self.scripts += 1


def test_report_shows_the_attempt_and_links_every_mark_to_its_evidence(scenario, tmp_path):
    folder = _call(scenario, tmp_path, "weak-no-crime-no-scene")
    html = _report(folder)
    result = json.loads((folder / "result.json").read_text())
    assert "pc-4521" in html and scenario.title in html and "FAIL" in html
    assert f"{result['score']:g} / 100" in html
    for item in result["items"]:
        assert f'id="item-{item["id"]}"' in html
        assert item["reason"].replace("'", "&#39;").replace('"', "&#34;") in html
    links = _Links()
    links.feed(html)
    local = [h[1:] for h in links.hrefs if h.startswith("#")]
    assert local and set(local) <= links.ids  # every evidence link lands on a turn or field
    assert any(h.startswith("turn-") for h in local)
    assert any(h.startswith("log-") for h in local)
    # Self-contained: recordings embedded, nothing fetched from anywhere.
    trainee_turns = sum(1 for t in json.loads((folder / "attempt.json").read_text())["turns"]
                        if t["speaker"] == "trainee")
    assert sum(s.startswith("data:audio/wav;base64,") for s in links.sources) == trainee_turns
    assert not [s for s in links.sources if not s.startswith("data:")]
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)
    assert links.scripts == 0
    assert html.count('class="low"') >= trainee_turns  # each turn's first word was doubtful
    assert "not as expected" in html  # the weak attempt's grade is wrong
    assert "Competencies and values" in html and 'class="fill"' in html


def test_what_a_trainee_said_or_typed_is_printed_never_run(scenario, tmp_path):
    folder = _call(scenario, tmp_path, hostile=True)
    html = _report(folder, "-o", str(tmp_path / "out.html"))
    assert "<script" not in html.lower()
    assert "<img src=x" not in html and "<b>4521" not in html
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &#34;quotes&#34;" in html
    assert "pc-&lt;b&gt;4521&lt;b&gt;" in html
    assert "default-src 'none'" in html  # and no script could run even if one slipped in


def test_report_by_store_id_without_the_folder(scenario, tmp_path, monkeypatch, capsys):
    from simulator.cli import main

    folder = _call(scenario, tmp_path / "calls")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert main(["recover", str(folder), "--json", "--store", url]) == 0
    ident = json.loads(capsys.readouterr().out)["stored_as"]
    shutil.rmtree(folder)  # the workstation that made it is elsewhere
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(ident), "--store", url]) == 0
    html = (tmp_path / f"attempt-{ident}.html").read_text()
    assert "PASS" in html and "recording not available" in html


def test_report_errors_are_one_clear_message(tmp_path, capsys):
    from simulator.cli import main
    from simulator.store.connect import open_store

    assert main(["report", "12345", "--store", f"sqlite:///{tmp_path / 's.db'}"]) == 1
    assert "no results store at" in capsys.readouterr().err  # a typo makes no new store
    open_store(f"sqlite:///{tmp_path / 's.db'}").close()
    assert main(["report", "12345", "--store", f"sqlite:///{tmp_path / 's.db'}"]) == 1
    assert "no attempt `12345`" in capsys.readouterr().err
    (tmp_path / "cut").mkdir()
    (tmp_path / "cut" / "journal.jsonl").write_text("")
    assert main(["report", str(tmp_path / "cut")]) == 1
    assert "callsim recover" in capsys.readouterr().err


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium not installed (run .ci/report-setup.sh)")
    return found


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--no-first-run"]


def test_chromium_renders_the_report_with_hostile_text_as_text(scenario, tmp_path):
    chromium = _chromium()
    folder = _call(scenario, tmp_path, hostile=True)
    page = tmp_path / "report.html"
    _report(folder, "-o", str(page))
    dom = subprocess.run([chromium, *CHROMIUM_FLAGS, "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert "<script" not in dom.lower()  # the browser built no script element
    assert "&lt;script&gt;alert" in dom  # the words are on the page as text
    assert 'class="verdict pass"' in dom
    shot = tmp_path / "report.png"
    subprocess.run([chromium, *CHROMIUM_FLAGS, f"--screenshot={shot}",
                    "--window-size=1366,2000", page.as_uri()],
                   capture_output=True, timeout=60, check=True, cwd=tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


def test_a_doubtful_turn_without_word_timings_is_flagged_whole(scenario, tmp_path):
    from scoring.attempt import Attempt
    from simulator.report.content import timeline

    attempt = Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": SCENARIO,
        "turns": [{"t": 1.0, "speaker": "trainee", "text": "where are you", "source": "stt",
                   "confidence": 0.31, "audio": "turns/0001.wav"},
                  {"t": 2.0, "speaker": "trainee", "text": "ok", "source": "stt",
                   "confidence": 0.9}],
        "events": [{"t": 1.5, "type": "system_check", "query": "6 Sycamore Grove"}]})
    entries = timeline(attempt, tmp_path)
    assert [e.anchor for e in entries] == ["turn-0", "event-0", "turn-1"]
    assert entries[0].low and not entries[2].low
    assert entries[0].audio is None and entries[0].audio_missing  # no such recording
    with pytest.raises(ValueError, match="pattern"):  # a record never names other files
        Attempt.model_validate({"scenario": SCENARIO, "turns": [
            {"t": 1.0, "speaker": "trainee", "text": "x", "audio": "../../etc/passwd"}]})
