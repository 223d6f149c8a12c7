"""The trainee screen, driven by scripted key presses under SDL's dummy video driver.

Events are posted to pygame's queue and the screen is stepped frame by frame with a clock
the test controls, so a five-minute call runs in about a second. Screenshots go to the
test's tmp folder (or to $CALLSIM_SCREENSHOTS, to look at them).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import numpy as np
import pytest

from scoring.attempt import Attempt
from simulator.commands.library import open_scenario
from simulator.journal import read_journal
from simulator.loader import library_files, references
from simulator.session import LOG_FIELDS, THRIVE, Session, recover
from tests.screenshots import save_screenshot

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # no screen here; read at display.init
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
pygame = pytest.importorskip("pygame")

# The screen imports pygame, so it comes after the skip.
from simulator.screen import theme  # noqa: E402
from simulator.screen.app import TraineeScreen  # noqa: E402
from simulator.screen.callview import areas  # noqa: E402
from simulator.screen.fields import ChoiceField, Option  # noqa: E402
from simulator.screen.seams import Utterance  # noqa: E402

SMALL = (1366, 768)
LARGE = (1920, 1080)


class Clock:
    """Call time the test moves on by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Driver:
    """Posts key presses to pygame's queue and steps the screen one frame at a time."""

    def __init__(self, screen: TraineeScreen, clock: Clock) -> None:
        self.screen = screen
        self.clock = clock
        self.draw = True

    def frame(self, seconds: float = 0.05) -> None:
        self.clock.now += seconds
        self.screen.step(pygame.event.get(), draw=self.draw)

    def press(self, key: int, mod: int = 0) -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=""))
        self.frame()

    def type(self, text: str, per_char: float = 0.0) -> None:
        for line_no, line in enumerate(text.split("\n")):
            if line_no:
                self.press(pygame.K_RETURN)
            for char in line:
                pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
                if per_char:
                    self.frame(per_char)
        self.frame()

    def ask(self, question: str) -> None:
        """Type a question, send it, and let the caller finish answering."""
        self.press(pygame.K_F2)
        self.type(question)
        self.press(pygame.K_RETURN)
        call = self.screen.call
        while call.waiting or self.screen.now() < call.busy_until:
            self.frame(max(0.3, call.busy_until - self.screen.now() + 0.3))

    def choose(self, search: str) -> None:
        """In a type-ahead field: search, then Enter takes the first match."""
        self.type(search)
        self.press(pygame.K_RETURN)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(pygame.K_TAB)

    def save(self, folder: Path, name: str) -> Path:
        return save_screenshot(self.screen.surface, folder, name)


@pytest.fixture(scope="module")
def scenario():
    return open_scenario("burglary-next-morning")


@pytest.fixture(autouse=True)
def _pygame():
    pygame.display.init()
    pygame.font.init()
    yield
    pygame.display.quit()


def new_call(scenario, size=SMALL, **options) -> Driver:
    surface = pygame.display.set_mode(size)
    clock = Clock()
    session = Session.start(scenario, "trainee-07")
    return Driver(TraineeScreen(surface, scenario, session, clock=clock, **options), clock)


def share(surface, rect: pygame.Rect, colour, tolerance: int = 40) -> float:
    """The fraction of `rect`'s pixels within `tolerance` of `colour`."""
    pixels = pygame.surfarray.array3d(surface.subsurface(rect)).astype(int)
    near = np.abs(pixels - np.array(colour)).max(axis=2) <= tolerance
    return float(near.mean())


def ink(surface, rect: pygame.Rect) -> float:
    """The fraction of `rect` drawn in bright (text) pixels."""
    pixels = pygame.surfarray.array3d(surface.subsurface(rect)).astype(int)
    return float((pixels.max(axis=2) > 180).mean())


# --- a whole call -----------------------------------------------------------------------


def fill_log(d: Driver, scenario, searches: dict[str, list[str]] | None = None) -> None:
    """Type the model log; `searches` says what to type in the type-ahead fields."""
    log = scenario.model_test().log
    searches = searches or searches_for(log)
    d.press(pygame.K_F3)
    d.type(log.location, per_char=0.02)
    d.tab()
    d.type(log.caller_name)
    d.tab()
    d.type(log.callback)
    for name in ("incident_type", "qualifiers", "crime"):
        d.tab()
        for search in searches[name]:
            d.choose(search)
    d.tab()
    d.type(log.narrative)
    d.tab()
    d.type("\n".join(log.actions))
    d.press(pygame.K_F4)
    for i, part in enumerate(("threat", "harm", "risk", "investigation", "vulnerability",
                              "engagement")):
        if i:
            d.tab()
        d.type(log.thrive.get(part, ""))
    if log.grade and d.screen.form.grade.chosen is None:
        d.press(pygame.K_F5)
        d.type(log.grade)


def searches_for(log) -> dict[str, list[str]]:
    """The names a trainee would search for: each code's name in the recording standard."""
    rec = references().recording
    return {
        "incident_type": [rec.categories[log.incident_type].name] if log.incident_type else [],
        "qualifiers": [rec.qualifiers[q] for q in log.qualifiers],
        "crime": [rec.crimes[log.crime].name if log.crime else "No crime"],
    }


def check(d: Driver, query: str) -> None:
    d.press(pygame.K_F6)
    d.type(query)
    d.press(pygame.K_RETURN)


def test_a_whole_call_on_the_screen_is_recorded_marked_and_shown(scenario, tmp_path):
    d = new_call(scenario)
    questions = [t.trainee for t in scenario.model_test().turns if t.trainee]
    for question in questions[:3]:
        d.ask(question)
    check(d, "6 Sycamore Grove HU13 9BN")
    for question in questions[3:14]:
        d.ask(question)
    check(d, "Arthur Pickering")
    check(d, "recent burglaries Hessle")
    check(d, "10 Downing Street")
    d.press(pygame.K_PAGEUP)  # back to the check before
    assert d.screen.checks_back == 1
    d.save(tmp_path, "checks-1366x768")
    d.press(pygame.K_PAGEDOWN)
    d.press(pygame.K_F2)
    d.press(pygame.K_PAGEUP)  # and earlier lines of the call
    assert d.screen.transcript_back > 0
    d.save(tmp_path, "scrolled-1366x768")
    for question in questions[14:-1]:
        d.ask(question)
    fill_log(d, scenario, {"incident_type": ["crime"], "qualifiers": [],
                           "crime": ["burglary res"]})  # typed the way a trainee searches
    d.press(pygame.K_F5)
    d.type("3")
    d.ask(questions[-1])
    screen = d.screen
    assert screen.checks[-1].lines() == ["No trace."]
    assert "Address history" in screen.checks[0].lines()[0]

    # The main screen, at both sizes (the window is resized mid-call).
    main_small = d.save(tmp_path, "call-1366x768")
    assert_call_screen(screen)
    screen.resize(pygame.display.set_mode(LARGE))
    d.frame()
    main_large = d.save(tmp_path, "call-1920x1080")
    assert_call_screen(screen)

    d.press(pygame.K_F10)  # asks first
    assert screen.confirm_end and screen.feedback is None
    d.press(pygame.K_RETURN)
    assert screen.feedback is not None and screen.result is not None

    attempt = Attempt.model_validate_json((screen.session.folder / "attempt.json")
                                          .read_text())
    said = [t.text for t in attempt.turns if t.speaker == "trainee"]
    assert said == questions
    assert all(t.source == "typed" for t in attempt.turns if t.speaker == "trainee")
    assert attempt.turns[0].speaker == "caller" and attempt.turns[0].t == 0.0
    assert attempt.turns[-1].text == scenario.caller.closing
    log = attempt.log
    model = scenario.model_test().log
    assert (log.location, log.caller_name, log.callback) == (
        model.location, model.caller_name, model.callback)
    assert (log.incident_type, log.crime, log.grade) == ("crime", "burglary_residential", "3")
    assert log.qualifiers == ()
    assert log.actions == model.actions
    assert log.narrative == model.narrative
    assert log.thrive.engagement == model.thrive["engagement"]
    journal = read_journal(screen.session.folder / "journal.jsonl")
    written = {e["field"] for e in journal if e["kind"] == "log"}
    assert written <= {*LOG_FIELDS, *(f"thrive.{p}" for p in THRIVE)}
    kinds = [e.type for e in attempt.events]
    assert kinds.count("system_check") == 4
    assert next(e.query for e in attempt.events if e.type == "system_check") == \
        "6 Sycamore Grove HU13 9BN"
    assert [e.value for e in attempt.events if e.type == "grade_set"] == ["3"]
    assert kinds[-1] == "call_ended"

    result = screen.result
    assert result.passed, [(m.id, m.reason) for m in result.missed()]
    assert f"{result.score:g} / 100 PASS" in screen.feedback.headline()

    fb_large = d.save(tmp_path, "feedback-1920x1080")
    assert_feedback_screen(screen.surface, passed=True)
    screen.resize(pygame.display.set_mode(SMALL))
    d.frame()
    fb_small = d.save(tmp_path, "feedback-1366x768")
    assert_feedback_screen(screen.surface, passed=True)
    for path in (main_small, main_large, fb_small, fb_large):
        assert path.stat().st_size > 20_000  # a real picture, not a blank frame
    d.press(pygame.K_DOWN)
    d.press(pygame.K_ESCAPE)
    assert screen.done


def assert_call_screen(screen: TraineeScreen) -> None:
    surface, fonts = screen.surface, screen.fonts
    width, height = surface.get_size()
    assert fonts.line >= 18  # readable at 768 lines
    where = areas(width, height, fonts, True)
    assert share(surface, where.banner, theme.BANNER) > 0.6  # the no-microphone banner
    for name in ("call", "log", "thrive", "grade", "checks"):
        rect = getattr(where, name)
        assert rect.right <= width and rect.bottom <= height, name
        assert ink(surface, rect) > 0.01, f"{name} panel is empty"
    transcript = where.call.inflate(-20, -fonts.line * 8)
    assert share(surface, transcript, theme.CALLER, 30) > 0.005
    assert share(surface, transcript, theme.TRAINEE, 30) > 0.001
    assert share(surface, where.checks, theme.SYSTEM, 30) > 0.002  # answered checks
    panels = [where.call, where.log, where.thrive, where.checks]
    assert all(not a.colliderect(b) for i, a in enumerate(panels) for b in panels[i + 1:])


def assert_feedback_screen(surface, passed: bool) -> None:
    width, height = surface.get_size()
    left = pygame.Rect(0, 0, round(width * 0.6), height // 4)
    verdict = theme.GOOD if passed else theme.DANGER
    assert share(surface, left, verdict, 30) > 0.01  # PASS / FAIL in its colour
    assert ink(surface, left) > 0.03  # the score
    bars = pygame.Rect(round(width * 0.62), height // 8, round(width * 0.35), height // 2)
    filled = sum(share(surface, bars, c, 30) for c in (theme.GOOD, theme.BANNER, theme.DANGER))
    assert filled + share(surface, bars, theme.FIELD, 4) > 0.02  # competency bars
    if passed:
        assert filled > 0.01


# The one thing in a model attempt a trainee cannot do on the screen: the silent caller's
# 55 press must come from the caller, and that scenario's `press55` fact does not yet carry
# `event: {type: keypad, value: "55"}`.
CALLER_SIDE_GAPS = {"silent-999-call": {"press-55"}}


def play_model(d: Driver, scenario) -> None:
    """The scenario's model attempt, typed on the screen: questions, checks, grade,
    connections at their moments, then the log and THRIVE."""
    model = scenario.model_test()
    actions = sorted(model.events, key=lambda e: e.t)

    def due(t: float) -> None:
        while actions and actions[0].t <= t:
            event = actions.pop(0)
            if event.type == "system_check":
                check(d, event.query)
            elif event.type == "grade_set":
                d.press(pygame.K_F5)
                d.type(event.value)
            elif event.type == "transfer":
                d.press(pygame.K_F7)
                d.choose(event.value)

    for turn in model.turns:
        if turn.trainee and d.screen.feedback is None:
            due(turn.t)
            d.ask(turn.trainee)
    due(float("inf"))
    fill_log(d, scenario)


@pytest.mark.parametrize("path", library_files(), ids=lambda p: p.stem)
def test_every_library_model_attempt_typed_on_the_screen_passes(path, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: None)  # durability is tested elsewhere
    scenario = open_scenario(path.stem)
    d = new_call(scenario)
    d.draw = False  # the record is what is tested here; the screens are looked at above
    play_model(d, scenario)
    d.press(pygame.K_F10)
    d.press(pygame.K_RETURN)
    result = d.screen.result
    missed = {m.id for m in result.missed()}
    assert missed <= CALLER_SIDE_GAPS.get(scenario.id, set()), [
        (m.id, m.reason) for m in result.missed()]
    assert result.passed


# --- journal timing ---------------------------------------------------------------------


def log_writes(screen: TraineeScreen, name: str) -> list[dict]:
    entries = read_journal(screen.session.folder / "journal.jsonl")
    return [e for e in entries if e.get("kind") == "log" and e.get("field") == name]


def test_typing_is_written_at_most_once_a_second_and_on_leaving_the_field(scenario):
    d = new_call(scenario)
    d.press(pygame.K_F3)
    d.type("6 Sycamore Grove, Hessle", per_char=0.1)  # 2.4 s of typing
    writes = log_writes(d.screen, "location")
    times = [w["t"] for w in writes]
    assert 2 <= len(writes) <= 4
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))
    d.type(", HU13 9BN")
    d.tab()  # leaving the field writes what is left
    assert log_writes(d.screen, "location")[-1]["value"] == "6 Sycamore Grove, Hessle, HU13 9BN"


def test_a_crash_loses_at_most_the_last_second_of_typing(scenario):
    d = new_call(scenario)
    d.press(pygame.K_F3)
    d.type("6 Sycamore Grove", per_char=0.05)
    d.frame(1.1)  # a second passes while the trainee looks at the caller's answer
    # Killed here: nothing finished, nothing flushed by hand; the journal has it all.
    assert recover(d.screen.session.folder).log.location == "6 Sycamore Grove"


def test_a_cut_off_call_resumes_where_it_was(scenario):
    d = new_call(scenario)
    d.ask("What's the address, please?")
    d.press(pygame.K_F3)
    d.type("6 Sycamore Grove")
    d.press(pygame.K_F5)
    d.type("3")
    d.press(pygame.K_F7)
    d.choose("interp")
    d.press(pygame.K_F7)
    d.choose("interp")  # connecting twice records it once
    folder = d.screen.session.folder
    d.screen.session.journal.close()

    so_far = recover(folder)
    clock = Clock()
    screen = TraineeScreen(pygame.display.get_surface(), scenario,
                           Session.resume(folder, scenario), clock=clock, resumed=so_far)
    again = Driver(screen, clock)
    again.frame()
    assert screen.form.location.text == "6 Sycamore Grove"
    assert screen.form.grade.chosen is not None and screen.form.grade.chosen.code == "3"
    assert screen.form.connect.connected == ["Interpreter line"]
    assert screen.form.crime.chosen is None  # never chosen, so not shown as "No crime"
    assert [line.text for line in screen.call.lines][:2] == [
        scenario.caller.opening, "What's the address, please?"]
    assert screen.now() > so_far.duration()
    again.ask("Is there anyone still in the house?")
    again.press(pygame.K_F10)
    again.press(pygame.K_RETURN)
    attempt = screen.attempt
    assert attempt is not None
    assert [t.text for t in attempt.turns if t.speaker == "trainee"] == [
        "What's the address, please?", "Is there anyone still in the house?"]
    assert attempt.log.location == "6 Sycamore Grove"
    assert sum(1 for e in attempt.events if e.type == "grade_set") == 1
    assert [e.value for e in attempt.events if e.type == "transfer"] == ["interpreter"]


# --- the caller's side ------------------------------------------------------------------


def test_the_caller_hangs_up_on_silence_and_the_feedback_says_so(scenario, tmp_path):
    d = new_call(scenario)
    for _ in range(90):
        d.frame(1.0)
        if d.screen.feedback is not None:
            break
    screen = d.screen
    assert screen.feedback is not None and screen.feedback.hung_up
    assert screen.attempt is not None
    texts = [t.text for t in screen.attempt.turns]
    assert scenario.caller.silence.lines[0] in texts
    assert texts[-1] == scenario.caller.hang_up.say
    assert screen.attempt.events[-1].type == "call_ended"
    assert not screen.result.passed
    assert "FAIL" in screen.feedback.headline()
    d.save(tmp_path, "feedback-hung-up-1366x768")
    assert_feedback_screen(screen.surface, passed=False)
    rows = [row.text for row in screen.feedback.rows(screen.fonts, 900)]
    assert any(text.startswith("CRITICAL: ") for text in rows)
    assert any(text.startswith("Why it matters: ") for text in rows)
    assert not any("`" in text for text in rows)  # reasons in plain words, no intent ids
    assert any("'Burglary, residential'" in text for text in rows)


class Recorder:
    """A speaker that remembers what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.stopped = 0

    def play(self, reply) -> float:
        self.played.append(reply.text)
        return 2.0

    def stop(self) -> None:
        self.stopped += 1


class Microphone:
    """A stand-in for the speech side: utterances appear when the test says so."""

    typed = False

    def __init__(self) -> None:
        self.ready: list[Utterance] = []
        self.pressed: list[bool] = []

    def talk(self, pressed: bool, t: float) -> None:
        self.pressed.append(pressed)

    def poll(self, t: float) -> list[Utterance]:
        ready, self.ready = self.ready, []
        return ready

    def partial(self) -> str:
        return "is anyone" if self.pressed[-1:] == [True] else ""


def test_spoken_questions_come_through_the_input_seam_with_doubtful_words_marked(scenario,
                                                                                  tmp_path):
    mic, speaker = Microphone(), Recorder()
    d = new_call(scenario, voice=mic, speaker=speaker)
    d.frame(3.0)
    assert speaker.played == [scenario.caller.opening]
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F12, mod=0, unicode=""))
    d.frame(1.0)
    assert d.screen.talking and mic.pressed == [True]
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_F12, mod=0))
    d.frame()
    words = [{"word": "what's", "conf": 0.95}, {"word": "the", "conf": 0.9},
             {"word": "address", "conf": 0.31}]
    now = d.screen.now()
    mic.ready.append(Utterance("what's the address", now - 1.5, now, confidence=0.7,
                               words=words, audio=b"RIFF0000WAVE"))
    d.frame(3.0)
    assert speaker.played[-1] == scenario.caller.facts[0].answers[0]
    d.save(tmp_path, "spoken")
    surface = d.screen.surface
    where = areas(*surface.get_size(), d.screen.fonts, False)
    assert where.banner is None  # a microphone: no "type your questions" banner
    assert share(surface, where.call, theme.DOUBTFUL, 30) > 0.0005  # "address" marked
    d.press(pygame.K_F10)
    d.press(pygame.K_RETURN)
    turn = next(t for t in d.screen.attempt.turns if t.speaker == "trainee")
    assert (turn.source, turn.confidence, turn.audio) == ("stt", 0.7, "turns/0001.wav")
    assert speaker.stopped == 1 and speaker.played[-1] == scenario.caller.closing


# --- pieces -----------------------------------------------------------------------------


def test_type_ahead_finds_a_category_from_part_of_its_name():
    field = ChoiceField("crime", "Crime", [Option("theft_other", "Other theft", "Theft"),
                                           Option("burglary_residential",
                                                  "Burglary, residential", "Burglary"),
                                           Option("burglary_business",
                                                  "Burglary, business and community",
                                                  "Burglary")])
    for char in "bur res":
        field.handle(pygame.event.Event(pygame.TEXTINPUT, text=char))
    assert [o.code for o in field.matches()] == ["burglary_residential"]
    field.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0))
    assert field.chosen is not None and field.chosen.code == "burglary_residential"


def test_help_and_a_cancelled_end_call_leave_the_call_running(scenario):
    d = new_call(scenario)
    d.press(pygame.K_F1)
    assert d.screen.help
    d.type("x")  # typing under the help goes nowhere
    d.press(pygame.K_ESCAPE)
    assert not d.screen.help and d.screen.say.text == ""
    d.press(pygame.K_F10)
    d.press(pygame.K_ESCAPE)
    assert not d.screen.confirm_end and d.screen.feedback is None


def test_play_without_a_display_says_how_to_run_it(monkeypatch, capsys):
    from simulator.cli import main

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("SDL_VIDEODRIVER", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["play", "burglary-next-morning"]) == 1
    err = capsys.readouterr().err
    assert "needs a display" in err and "xvfb-run" in err and "Traceback" not in err


def test_play_rejects_a_bad_size(capsys):
    from simulator.cli import main

    assert main(["play", "burglary-next-morning", "--size", "big"]) == 1
    assert "--size big" in capsys.readouterr().err


def test_play_opens_the_screen_and_a_closed_window_leaves_a_resumable_call(tmp_path):
    """The real command, in its own process: SDL turns SIGTERM into a window close."""
    import signal
    import subprocess
    import sys
    import time

    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "CALLSIM_DATA": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator.cli", "play", "burglary-next-morning",
         "--trainee", "t9", "--size", "1366x768"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    journal = None
    # Wait for the event (the caller's line on the record) or the process ending; the
    # ceiling is only there so a broken build cannot hang the suite, not a speed check.
    ceiling = time.monotonic() + 600
    while journal is None and process.poll() is None and time.monotonic() < ceiling:
        found = list(tmp_path.glob("attempts/t9/*/journal.jsonl"))
        if found and '"speaker": "caller"' in found[0].read_text():
            journal = found[0]  # the caller's opening line is on the record: it is running
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=600)
    assert journal is not None, err
    assert process.returncode == 0, err
    assert "--resume" in out and str(journal.parent) in out
    assert "Traceback" not in err
