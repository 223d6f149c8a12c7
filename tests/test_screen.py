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
from simulator.session import LOG_FIELDS, THRIVE, Session, recover, stages
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
from simulator.screen.narrative import STAMPED  # noqa: E402
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

    def end_call(self) -> None:
        """F10 and confirm: the line drops and wrap-up begins."""
        self.press(pygame.K_F10)
        self.press(pygame.K_RETURN)

    def submit(self) -> None:
        """F10 and confirm in wrap-up: marked, feedback shown."""
        assert self.screen.stage == "wrap_up"
        self.press(pygame.K_F10)
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


def new_call(scenario, size=SMALL, answer=True, **options) -> Driver:
    """A call on screen; `answer` picks it up (Enter) after it has rung a second."""
    surface = pygame.display.set_mode(size)
    clock = Clock()
    session = Session.start(scenario, "trainee-07")
    d = Driver(TraineeScreen(surface, scenario, session, clock=clock, **options), clock)
    if answer:
        d.frame(1.0)
        d.press(pygame.K_RETURN)
    return d


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
    assert screen.stage == "wrap_up" and screen.feedback is None
    d.submit()
    assert screen.feedback is not None and screen.result is not None

    attempt = Attempt.model_validate_json((screen.session.folder / "attempt.json")
                                          .read_text())
    said = [t.text for t in attempt.turns if t.speaker == "trainee"]
    assert said == questions
    assert all(t.source == "typed" for t in attempt.turns if t.speaker == "trainee")
    # Answered, greeted (the first question), then the caller says why they rang.
    assert attempt.turns[0].speaker == "trainee" and attempt.turns[0].t < 1.0
    assert attempt.turns[1].text == scenario.caller.opening
    assert stages(screen.session.folder)[0]["stage"] == "answered"
    assert attempt.turns[-1].text == scenario.caller.closing
    log = attempt.log
    model = scenario.model_test().log
    assert (log.location, log.caller_name, log.callback) == (
        model.location, model.caller_name, model.callback)
    assert (log.incident_type, log.crime, log.grade) == ("crime", "burglary_residential", "3")
    assert log.qualifiers == ()
    assert log.actions == model.actions
    entries = [STAMPED.match(line) for line in log.narrative.split("\n")]
    assert all(entries)  # every entry stamped with the call time it was made
    assert [e.group(3) for e in entries] == [
        " ".join(line.split()) for line in model.narrative.split("\n") if line.strip()]
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
    assert stages(screen.session.folder)[-1]["stage"] == "wrap_up_ended"

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
    assert not screen.done  # Esc never closes the program
    d.press(pygame.K_q, pygame.KMOD_CTRL)
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
    if d.screen.in_call:
        d.end_call()
    d.submit()
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
        "What's the address, please?", scenario.caller.opening]  # greeted, then the caller
    assert screen.now() > so_far.duration()
    again.ask("Is there anyone still in the house?")
    again.end_call()
    again.submit()
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
    for _ in range(120):
        d.frame(1.0)
        if d.screen.stage != "call":
            break
    screen = d.screen
    assert screen.stage == "wrap_up" and screen.ended_by == "caller"
    d.submit()
    assert screen.feedback is not None and screen.feedback.hung_up
    assert screen.attempt is not None
    texts = [t.text for t in screen.attempt.turns]
    assert scenario.caller.silence.lines[0] in texts
    assert texts[-1] == scenario.caller.hang_up.say
    assert screen.attempt.events[-1].type == "call_ended"
    assert stages(screen.session.folder)[-1]["stage"] == "wrap_up_ended"
    assert not screen.result.passed
    assert "FAIL" in screen.feedback.headline()
    d.save(tmp_path, "feedback-hung-up-1366x768")
    assert_feedback_screen(screen.surface, passed=False)
    rows = [row.text for row in screen.feedback.rows(screen.fonts, 900)]
    assert any(text.startswith("CRITICAL: ") for text in rows)
    assert any(text.startswith("Why it matters: ") for text in rows)
    assert not any("`" in text for text in rows)  # reasons in plain words, no intent ids
    assert any("'Burglary, residential'" in text for text in rows)


def test_feedback_shows_part_marks_and_what_was_done_instead(scenario, tmp_path):
    d = new_call(scenario)
    d.ask("Police, how can I help you?")
    d.frame(50.0)
    d.ask("What's the address, please?")  # later than the minute the scheme allows
    d.press(pygame.K_F3)
    d.tab(5)  # crime
    d.choose("burg bus")  # business, not residential
    d.press(pygame.K_F4)
    d.type("No ongoing threat, offenders gone")  # THRIVE: threat only
    d.tab()
    d.type("Loss of property and shock")
    d.end_call()
    d.submit()
    result, view = d.screen.result, d.screen.feedback
    thrive = result.item("thrive-recorded")
    assert 0 < thrive.points < thrive.max_points  # partial credit from the marker
    rows = [row.text for row in view.rows(d.screen.fonts, 1200)]
    assert any(f"({thrive.points:g}/{thrive.max_points:g}, partly)" in r for r in rows)
    crime = next(i for i in result.missed() if any(e.where == "log.crime" for e in i.evidence))
    assert crime.description in " ".join(rows)
    instead = [r for r in rows if r.startswith("You did instead: ")]
    late = next(i for i in result.missed() if i.id == "location-early")
    assert late.evidence and late.evidence[0].kind == "turn"
    assert any("you said 'What's the address, please?'" in r for r in instead), instead
    # The reason already names the crime logged: not said twice.
    assert not any("Burglary, business" in r for r in instead)
    d.save(tmp_path, "feedback-partial-1366x768")
    screen = d.screen
    screen.resize(pygame.display.set_mode(LARGE))
    d.frame()
    d.save(tmp_path, "feedback-partial-1920x1080")
    assert_feedback_screen(screen.surface, passed=False)


def test_feedback_names_the_closest_turn_and_items_an_assessor_will_check(scenario,
                                                                         tmp_path):
    """The marker's closest turn for a question never asked, and its uncertain marks,
    read in the trainee's words (the marking itself comes from scoring/)."""
    from dataclasses import replace

    from scoring.result import Evidence
    from simulator.screen.feedback import FeedbackView

    d = new_call(scenario)
    d.ask("Police, what's the address?")
    d.end_call()
    d.submit()
    result = d.screen.result
    asked = next(i for i in result.missed() if i.id == "open-question")
    turn = next(t for t in d.screen.attempt.turns if t.speaker == "trainee")
    closest = replace(asked, reason="`what_happened` was never asked; closest: turn 0 at "
                      "00:00 'what's the address' (0.41, like 'what happened'; heard as "
                      "location)",
                      evidence=(Evidence("turn", "turn 0", turn.t, turn.text, index=0,
                                         note="closest to what_happened (0.41; heard as "
                                              "location)"),))
    unsure = replace(result.item("grade-3"), status="uncertain", leaning="not_met",
                     confidence=0.62)
    items = tuple(closest if i.id == asked.id else unsure if i.id == "grade-3" else i
                  for i in result.items)
    view = FeedbackView(scenario, d.screen.attempt, replace(result, items=items),
                        d.screen.session.folder)
    rows = [row.text for row in view.rows(d.screen.fonts, 1600)]
    text = " | ".join(rows)
    assert "In this call: \"what happened\" was never asked |" in text  # no scores
    assert ("Closest you came: at 0:00 you said 'Police, what's the address?' "
            "(heard as \"location\")") in text
    assert "Not sure: the marking could not be certain (62% sure); an assessor will " \
           "check this item" in text
    view.draw(d.screen.surface, d.screen.fonts)
    d.save(tmp_path, "feedback-closest-1366x768")


def test_wrap_up_after_the_caller_hangs_up_keeps_the_log_grade_and_their_times(scenario,
                                                                                tmp_path):
    """The caller puts the phone down while the trainee is still typing: the grade and
    THRIVE set in wrap-up count, each with the call time it was really done."""
    d = new_call(scenario)
    d.ask("What's the address, please?")
    d.press(pygame.K_F4)
    d.type("Burglar may")  # mid-word when the line drops
    d.screen.caller.state.ended = d.screen.caller.state.hung_up = True  # the caller is gone
    d.frame()
    screen = d.screen
    assert screen.stage == "wrap_up" and screen.ended_by == "caller"
    ended = screen.call_ended_at
    assert screen.focus is screen.form.thrive[0]  # still where the trainee was typing
    d.type(" come back")
    assert screen.say not in screen.order and screen.form.connect not in screen.order
    d.press(pygame.K_F2)  # nobody on the line: F2 goes nowhere
    assert screen.focus is screen.form.thrive[0]
    d.frame(20.0)
    d.press(pygame.K_F5)
    d.type("3")
    shot = d.save(tmp_path, "wrap-up-1366x768")
    where = areas(*screen.surface.get_size(), screen.fonts, True)
    assert share(screen.surface, where.banner, theme.BANNER) > 0.5  # the wrap-up clock
    screen.resize(pygame.display.set_mode(LARGE))
    d.frame()
    d.save(tmp_path, "wrap-up-1920x1080")
    assert shot.stat().st_size > 20_000
    assert 90 < screen.wrap_up_left(screen.now()) < scenario.wrap_up
    d.press(pygame.K_F10)
    assert screen.confirm == "submit"
    d.press(pygame.K_ESCAPE)  # not yet
    assert screen.stage == "wrap_up"
    d.submit()
    attempt = screen.attempt
    assert attempt.log.grade == "3" and attempt.log.thrive.threat == "Burglar may come back"
    grade = next(e for e in attempt.events if e.type == "grade_set")
    assert grade.t > ended + 20  # when it was really set, not when the call ended
    assert [e.type for e in attempt.events][-2:] == ["call_ended", "grade_set"]
    assert stages(screen.session.folder)[-1]["t"] > grade.t  # submitted after it
    assert screen.result.item("grade-3").status == "met"  # the grade set after the line dropped


def test_wrap_up_clock_running_out_submits_what_is_there(scenario):
    d = new_call(scenario)
    d.ask("What's the address, please?")
    d.end_call()
    assert d.screen.stage == "wrap_up"
    d.press(pygame.K_F3)
    d.type("6 Sycamore Grove")
    while d.screen.stage == "wrap_up":
        d.frame(5.0)
    attempt = d.screen.attempt
    assert attempt.log.location == "6 Sycamore Grove"
    ended = next(e for e in attempt.events if e.type == "call_ended")
    last = stages(d.screen.session.folder)[-1]
    assert last["stage"] == "wrap_up_ended" and last["by"] == "clock"
    assert last["t"] == pytest.approx(ended.t + scenario.wrap_up, abs=5.1)


def test_a_call_cut_off_in_wrap_up_resumes_in_wrap_up(scenario):
    d = new_call(scenario)
    d.ask("What's the address, please?")
    d.end_call()
    d.frame(30.0)
    folder = d.screen.session.folder
    d.screen.session.journal.close()
    so_far = recover(folder)
    clock = Clock()
    screen = TraineeScreen(pygame.display.get_surface(), scenario,
                           Session.resume(folder, scenario), clock=clock, resumed=so_far)
    again = Driver(screen, clock)
    again.frame()
    assert screen.stage == "wrap_up"
    ended = next(e.t for e in so_far.events if e.type == "call_ended")
    assert screen.call_ended_at == ended  # the clock runs from when the line really dropped
    assert screen.wrap_up_left(screen.now()) < scenario.wrap_up
    again.submit()
    assert screen.result is not None


def test_the_phone_rings_the_trainee_answers_and_greets_then_the_caller_speaks(scenario,
                                                                             tmp_path):
    from simulator.screen.conversation import TURN_GAP

    d = new_call(scenario, answer=False)
    screen = d.screen
    d.frame(2.0)
    assert screen.stage == "ringing"
    d.type("x")  # typing before answering goes nowhere
    assert screen.say.text == "" and screen.call.lines == []
    ringing = d.save(tmp_path, "ringing-1366x768")
    middle = screen.surface.get_rect().inflate(-700, -500)  # the "incoming call" box
    assert share(screen.surface, middle, theme.PANEL, 4) > 0.3
    assert ink(screen.surface, middle) > 0.02
    screen.resize(pygame.display.set_mode(LARGE))
    d.frame(2.0)
    d.save(tmp_path, "ringing-1920x1080")
    assert ringing.stat().st_size > 20_000
    d.press(pygame.K_SPACE)  # answered after ringing about 4 seconds
    assert screen.stage == "call" and screen.now() < 0.1
    d.frame(2.0)
    assert screen.call.lines == []  # the caller waits to be greeted
    d.type("Police, what's the address of your emergency?", per_char=0.1)  # a slow typist
    assert screen.call.lines == []  # ...and waits while the greeting is being typed
    d.press(pygame.K_RETURN)
    d.frame(20.0)
    d.end_call()
    d.submit()
    attempt = screen.attempt
    answered = stages(screen.session.folder)[0]
    assert answered["stage"] == "answered" and answered["t"] == 0.0
    assert answered["rang"] == pytest.approx(4.15, abs=0.2)
    greeting, opening, address = attempt.turns[:3]
    assert greeting.speaker == "trainee" and greeting.t == pytest.approx(2.0, abs=0.2)
    assert greeting.finished > 6  # typed for longer than the caller would wait in silence
    assert opening.text == scenario.caller.opening
    assert opening.t == pytest.approx(greeting.finished + TURN_GAP, abs=0.06)
    assert address.speaker == "caller" and address.reveals  # the greeting asked it


class Bell:
    """A ringer that remembers when it rang and stopped."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def start(self) -> None:
        self.calls.append("start")

    def stop(self) -> None:
        self.calls.append("stop")


def test_the_ring_tone_sounds_until_the_answer_and_stops_if_nobody_answers(scenario):
    bell = Bell()
    d = new_call(scenario, answer=False, ringer=bell)
    d.frame(3.0)
    assert bell.calls == ["start"]
    d.press(pygame.K_RETURN)
    assert bell.calls == ["start", "stop"]

    unanswered = Bell()
    d = new_call(scenario, answer=False, ringer=unanswered)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    d.frame()
    assert d.screen.done and unanswered.calls == ["start", "stop"]


def test_the_ring_tone_has_the_uk_cadence():
    from simulator.ring_tone import ring_tone

    clip = ring_tone(6.0)
    loudness = [float(np.abs(clip.samples[int(a * clip.rate):int(b * clip.rate)]).mean())
                for a, b in ((0.05, 0.35), (0.45, 0.55), (0.65, 0.95), (1.1, 2.9),
                             (3.05, 3.35))]
    on, gap, on_again, off, next_ring = loudness
    assert min(on, on_again, next_ring) > 0.05 and max(gap, off) < 0.005
    spectrum = np.abs(np.fft.rfft(clip.samples[:int(0.4 * clip.rate)]))
    peaks = sorted(np.argsort(spectrum)[-2:] * clip.rate / int(0.4 * clip.rate))
    assert peaks == pytest.approx([400, 450], abs=5)


def test_a_spoken_greeting_answers_the_phone(scenario):
    mic, speaker = Microphone(), Recorder()
    d = new_call(scenario, answer=False, voice=mic, speaker=speaker)
    d.frame(3.0)
    now = d.screen.now()
    mic.ready.append(Utterance("police what's the address", now - 1.2, now, confidence=0.8))
    d.frame()
    assert d.screen.stage == "call"
    d.frame(5.0)
    assert speaker.played[0] == scenario.caller.opening
    d.end_call()
    d.submit()
    turns = d.screen.attempt.turns
    assert (turns[0].speaker, turns[0].t, turns[0].source) == ("trainee", 0.0, "stt")
    assert turns[0].end == pytest.approx(1.2, abs=0.01)
    assert stages(d.screen.session.folder)[0]["rang"] == pytest.approx(1.8, abs=0.1)


def test_typed_questions_are_answered_at_once_and_in_order(scenario):
    """A quick trainee types the next question while the caller is still talking: each
    answer comes a moment after Enter, never queued behind earlier speaking time, and
    never after a later question."""
    from simulator.screen.conversation import TURN_GAP

    d = new_call(scenario)
    questions = [t.trainee for t in scenario.model_test().turns if t.trainee][:12]
    for question in questions:
        d.press(pygame.K_F2)
        d.type(question, per_char=0.03)  # a fast typist: ~30 characters a second
        d.press(pygame.K_RETURN)
        d.frame(0.5)  # reads the answer's first words, then types the next question
    d.frame(30.0)
    d.end_call()
    d.submit()
    turns = list(d.screen.attempt.turns)
    trainee_at = [i for i, turn in enumerate(turns) if turn.speaker == "trainee"]
    assert [turns[i].text for i in trainee_at] == questions
    for i in trainee_at:
        answer = turns[i + 1]
        assert answer.speaker == "caller", turns[i].text  # answered before the next question
        assert answer.t - turns[i].finished <= TURN_GAP + 0.1, (turns[i].text, answer.t)
    for before, after in itertools.pairwise(turns):  # nobody's words go back in time
        if before.speaker == after.speaker == "caller":
            assert after.t >= before.t
    for before, after in itertools.pairwise(turns):  # cut off when the trainee cut in
        if before.speaker == "caller" and after.speaker == "trainee":
            assert before.finished <= after.finished
    journal = read_journal(d.screen.session.folder / "journal.jsonl")
    assert any(e["kind"] == "cut" for e in journal)  # the quick trainee did cut in


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
    assert speaker.played == []  # waiting for the handler's greeting
    d.frame(3.0)
    assert speaker.played == [scenario.caller.opening]  # not greeted: speaks anyway
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
    d.end_call()
    now = d.screen.now()
    mic.ready.append(Utterance("thanks for calling", now, now + 1))  # the line is down
    d.frame(2.0)
    d.submit()
    assert [t.text for t in d.screen.attempt.turns if t.speaker == "trainee"] == [
        "what's the address"]
    turn = next(t for t in d.screen.attempt.turns if t.speaker == "trainee")
    assert (turn.source, turn.confidence, turn.audio) == ("stt", 0.7, "turns/0001.wav")
    assert speaker.stopped == 2  # the trainee cut in on the opening, then ended the call
    assert speaker.played[-1] == scenario.caller.closing


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


@pytest.mark.parametrize(("field", "typed", "first"), [
    ("incident_type", "burg", "crime"),  # burglary is opened as Crime
    ("incident_type", "assault", "crime"),
    ("incident_type", "RTC", "rtc_damage_only"),
    ("incident_type", "rtc inj", "rtc_injury"),
    ("incident_type", "misper", "psw_missing_person"),
    ("incident_type", "DA", "psw_domestic_incident"),
    ("incident_type", "ASB", "asb_personal"),
    ("incident_type", "CFS", "psw_concern_for_safety"),
    ("incident_type", "sus circs", "psw_suspicious_circumstances"),
    ("qualifiers", "DA", "domestic"),
    ("qualifiers", "mh", "mental_health"),
    ("crime", "burg", "burglary_residential"),
    ("crime", "burg bus", "burglary_business"),
    ("crime", "ABH", "assault_abh"),
    ("crime", "tfmv", "theft_from_vehicle"),
    ("crime", "crim dam veh", "criminal_damage_vehicle"),
])
def test_type_ahead_knows_control_room_short_forms(scenario, field, typed, first):
    d = new_call(scenario)
    chosen = getattr(d.screen.form, field)
    d.press(pygame.K_F3)
    d.screen.move_focus(chosen, d.screen.now())
    d.type(typed)
    assert chosen.matches()[0].code == first, [o.code for o in chosen.matches()[:4]]


def test_the_list_shows_the_category_path_and_why_burg_finds_crime(scenario, tmp_path):
    d = new_call(scenario)
    form = d.screen.form
    d.press(pygame.K_F3)
    d.tab(3)
    d.type("burg")
    crime = form.incident_type.matches()[0]
    assert crime.found_by(["burg"]) == "Burglary"
    shot = d.save(tmp_path, "type-ahead-burg-1366x768")
    under = d.screen.rects["incident_type"]
    listed = pygame.Rect(under.x, under.bottom, under.width, d.screen.fonts.line * 2)
    assert share(d.screen.surface, listed, theme.BANNER, 40) > 0.003  # the "why" note
    assert shot.stat().st_size > 20_000
    d.press(pygame.K_RETURN)
    assert form.incident_type.chosen.code == "crime"


def test_the_narrative_is_a_log_of_time_stamped_entries(scenario, tmp_path):
    d = new_call(scenario)
    narrative = d.screen.form.narrative
    d.press(pygame.K_F3)
    d.screen.move_focus(narrative, d.screen.now())
    d.frame(150.0)  # two and a half minutes into the call
    d.type("Back door forced overnight")
    d.press(pygame.K_RETURN)
    d.frame(20.0)
    d.type("Nothing seen, caller 80, lives alone")
    d.press(pygame.K_RETURN)
    d.frame(10.0)
    d.type("Caller to keep the door")  # still being typed
    assert narrative.value().split("\n") == [
        "[02:30] Back door forced overnight", "[02:50] Nothing seen, caller 80, lives alone",
        "[03:00] Caller to keep the door"]
    d.press(pygame.K_BACKSPACE)
    for _ in range(len("Caller to keep the doo")):
        d.press(pygame.K_BACKSPACE)
    d.press(pygame.K_UP)  # put the last entry right
    assert narrative.editing == 1 and narrative.line.text.startswith("Nothing seen")
    d.press(pygame.K_UP)
    d.press(pygame.K_END)
    d.type(" (rear)")
    d.press(pygame.K_RETURN)  # saved with its first stamp
    d.press(pygame.K_UP)
    d.type(" and more")
    d.press(pygame.K_ESCAPE)  # leaves it as it was
    assert narrative.editing is None
    assert narrative.value().split("\n") == [
        "[02:30] Back door forced overnight (rear)",
        "[02:50] Nothing seen, caller 80, lives alone"]
    shot = d.save(tmp_path, "narrative-1366x768")
    assert shot.stat().st_size > 20_000
    d.tab()  # leaving the field writes it to the journal
    assert log_writes(d.screen, "narrative")[-1]["value"] == narrative.value()

    folder = d.screen.session.folder
    d.screen.session.journal.close()
    again = TraineeScreen(pygame.display.get_surface(), scenario,
                          Session.resume(folder, scenario), clock=Clock(),
                          resumed=recover(folder))
    assert [(e.t, e.text) for e in again.form.narrative.entries] == [
        (150, "Back door forced overnight (rear)"),
        (170, "Nothing seen, caller 80, lives alone")]


@pytest.mark.parametrize("size", [SMALL, LARGE])
def test_a_thrive_box_opens_up_to_be_read_while_it_has_the_focus(scenario, tmp_path, size):
    d = new_call(scenario, size=size)
    threat = d.screen.form.thrive[0]
    d.press(pygame.K_F4)
    text = ("No ongoing threat: the offenders left overnight, nobody is in the house and the "
            "caller is unhurt, but the back door cannot be locked until it is repaired and "
            "the same gang has hit two other houses on the Grove this week")
    d.type(text)
    shot = d.save(tmp_path, f"thrive-open-{size[0]}x{size[1]}")
    box = d.screen.rects[threat.name]
    fonts = d.screen.fonts
    below = pygame.Rect(box.x, box.bottom + 4, box.width, fonts.line * 3)
    assert ink(d.screen.surface, below) > 0.02  # the rest of the text, over the next box
    assert share(d.screen.surface, below, theme.FIELD, 4) > 0.5  # in the opened box
    d.press(pygame.K_TAB)  # moving on closes it again
    d.frame()
    harm = d.screen.rects["thrive.harm"]
    assert share(d.screen.surface, harm, theme.FOCUS, 10) > 0.01  # harm has the focus
    assert shot.stat().st_size > 20_000


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


def test_esc_never_closes_and_closing_mid_call_asks_then_keeps_everything(scenario):
    d = new_call(scenario)
    d.ask("What's the address, please?")
    d.press(pygame.K_F3)
    d.tab(3)  # incident type: open its list and close it again with Esc
    d.type("burg")
    for _ in range(3):
        d.press(pygame.K_ESCAPE)
    assert not d.screen.done and d.screen.form.incident_type.query == ""
    d.press(pygame.K_F3)
    d.type("6 Sycamore Grove")
    pygame.event.post(pygame.event.Event(pygame.QUIT))  # the window's close button
    d.frame()
    assert d.screen.confirm == "close" and not d.screen.done
    d.type("x")  # keys under the question go nowhere
    d.press(pygame.K_ESCAPE)  # no: back to the call
    assert d.screen.confirm is None and not d.screen.done
    assert d.screen.form.location.text == "6 Sycamore Grove"
    d.frame(2.0)
    d.press(pygame.K_q, pygame.KMOD_CTRL)
    assert d.screen.confirm == "close"
    d.press(pygame.K_RETURN)
    assert d.screen.done and d.screen.result is None
    so_far = recover(d.screen.session.folder)
    assert so_far.log.location == "6 Sycamore Grove"  # typed a moment ago: kept
    closed = stages(d.screen.session.folder)[-1]
    assert closed["stage"] == "closed"
    assert closed["t"] == pytest.approx(d.screen.now(), abs=0.01)  # the clock kept
    assert not so_far.ended_at  # so `--resume` picks it up


def test_ctrl_c_mid_call_closes_at_once_keeping_the_call(scenario):
    from simulator.screen.app import run

    d = new_call(scenario)
    d.ask("What's the address, please?")
    d.press(pygame.K_F3)
    d.type("6 Sycamore")
    run(d.screen, lambda: True)  # as if Ctrl+C came in the terminal: no question asked
    assert d.screen.done
    so_far = recover(d.screen.session.folder)
    assert so_far.log.location == "6 Sycamore"
    assert stages(d.screen.session.folder)[-1]["stage"] == "closed"


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


def start_play(tmp_path, *options: str):
    """The real command in its own process, under the dummy display, with no sound
    devices reachable; returns the process and its start-up marks file."""
    import subprocess
    import sys

    marks = tmp_path / "marks.txt"
    env = {k: v for k, v in os.environ.items()
           if k not in ("XDG_RUNTIME_DIR", "PULSE_SERVER")}  # no sound device for this one
    env.update(SDL_VIDEODRIVER="dummy", CALLSIM_DATA=str(tmp_path / "data"),
               CALLSIM_CACHE=str(tmp_path / "cache"), CALLSIM_STARTUP_MARKS=str(marks))
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator.cli", "play", "burglary-next-morning",
         "--trainee", "t9", "--size", "1366x768", *options],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return process, marks


def wait_for_mark(process, marks: Path, what: str) -> None:
    """Until the command says it got there (or ended): no wall-clock deadline of ours
    beyond a generous guard against a hung process."""
    import time

    for _ in range(12000):  # the ceiling only stops a broken build hanging the suite
        if marks.exists() and what in marks.read_text():
            return
        if process.poll() is not None:
            return
        time.sleep(0.05)


@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM"])
def test_ctrl_c_or_sigterm_while_ringing_ends_cleanly(tmp_path, how):
    """Ctrl+C in the terminal (or SIGTERM) ends the program at once, with no traceback;
    the device check comes first, so no voice is prepared for a call that will be typed."""
    import signal

    process, marks = start_play(tmp_path)
    wait_for_mark(process, marks, "ringing")
    process.send_signal(getattr(signal, how))
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    assert [line.split()[0] for line in marks.read_text().splitlines()] == ["window", "ringing"]
    assert "no microphone or speaker" in err and "typed mode" in err
    assert "rendered" not in err and not list((tmp_path / "cache").rglob("*.wav"))
    assert "not answered" in out
    assert "Traceback" not in err
    journals = list((tmp_path / "data").glob("attempts/t9/*/journal.jsonl"))
    assert len(journals) == 1  # kept, though there was nothing in it to resume


def test_the_start_screen_shows_progress_and_a_missing_device_first(tmp_path):
    from simulator.screen.startup import StartScreen

    for size in (SMALL, LARGE):
        start = StartScreen(pygame.display.set_mode(size), "101: a burglary")
        start.step("Checking the microphone and speaker")
        start.banner = "No microphone or speaker: this call is typed"
        start.update("Sound: no input sound device on this computer", theme.BANNER)
        start.step("Preparing caller voices")
        start.progress("Preparing caller voices", 40, 137)
        assert start.steps[-1][0] == "Preparing caller voices 40/137"
        shot = save_screenshot(start.surface, tmp_path, f"start-{size[0]}x{size[1]}")
        banner = pygame.Rect(0, round(start.surface.get_height() * 0.06), size[0], 20)
        assert share(start.surface, banner, theme.BANNER) > 0.5
        assert shot.stat().st_size > 10_000
