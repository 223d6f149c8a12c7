"""Typing tests: authored YAML, marking from keystrokes, and the real screen driven by
scripted key presses at known rates under SDL's dummy video driver.

Each scripted key event carries its own time `t`, as `run` stamps real ones, so a 40 wpm
run is a character every 0.3 s however fast the test steps the screen. Screenshots go to
the test's tmp folder (or $CALLSIM_SCREENSHOTS, to look at them).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from scoring.typing import BACKSPACE, Keystroke, mark, speed, typed_text
from scoring.typing_tests import load_typing_test, typing_files
from simulator.cli import main
from simulator.journal import Journal, read_journal
from simulator.loader import references
from simulator.screen import theme
from tests.screenshots import save_screenshot

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
pygame = pytest.importorskip("pygame")

from simulator.screen.typing_test import TypingScreen  # noqa: E402

SIZE = (1366, 768)


def shipped(test_id: str):
    return load_typing_test(next(p for p in typing_files() if p.stem == test_id))


def profile(pid: str):
    return references().profiles[pid]


def keys_at(text: str, wpm: float, start: float = 0.0, field: str = "") -> list[Keystroke]:
    """`text` typed evenly at `wpm` (5-character words): the first key one interval after
    `start`, as if the clock started on the Enter before it."""
    gap = 60.0 / (wpm * 5)
    return [Keystroke(start + gap * (i + 1), c, field) for i, c in enumerate(text)]


# --- marking ----------------------------------------------------------------------------


def test_perfect_copy_at_40_wpm_is_40_net_and_100_percent():
    passage = "Caller Margaret Ellis, 27 Larch Close, Hull, HU5 3QT."
    keys = keys_at(passage, 40)
    s = speed(passage, keys, keys[-1].t)
    assert s.gross_wpm == pytest.approx(40.0, abs=0.01)
    assert s.net_wpm == pytest.approx(40.0, abs=0.01)
    assert s.accuracy == 1.0 and s.uncorrected_errors == 0 and s.key_errors == {}


def test_uncorrected_errors_cost_one_word_a_minute_each():
    passage = "Vehicle registration YX19 ABC seen leaving towards Cottingham Road at speed."
    typed = passage.replace("YX19", "YX91").replace("Road", "Raod")  # 4 wrong characters
    keys = keys_at(typed, 40)
    minutes = keys[-1].t / 60
    s = speed(passage, keys, keys[-1].t)
    assert s.uncorrected_errors == 4
    assert s.gross_wpm == pytest.approx(40.0, abs=0.01)
    assert s.net_wpm == pytest.approx(40.0 - 4 / minutes, abs=0.01)
    assert s.accuracy == pytest.approx(1 - 4 / len(passage))
    # Each swapped pair is one key missed and one extra key (see scoring.typing).
    assert sum(s.key_errors.values()) == 4 and s.key_errors["extra"] == 2


def test_a_skipped_letter_is_one_error_not_a_cascade():
    passage = "Scene preservation advice given; CSI requested."
    typed = passage.replace("preservation", "preservaton")
    s = speed(passage, keys_at(typed, 30), 60.0)
    assert s.uncorrected_errors == 1
    assert s.key_errors == {"i": 1}


def test_corrected_errors_cost_time_not_marks_but_show_on_the_key_map():
    passage = "Hull HU5 3QT"
    keys = keys_at("Hukl", 40)  # k for l ...
    keys.append(Keystroke(keys[-1].t + 0.3, BACKSPACE))
    keys.append(Keystroke(keys[-1].t + 0.3, BACKSPACE))
    keys += keys_at("ll HU5 3QT", 40, start=keys[-1].t)
    assert typed_text(keys) == passage
    s = speed(passage, keys, keys[-1].t)
    assert s.uncorrected_errors == 0 and s.accuracy == 1.0
    assert s.corrections == 2
    assert s.key_errors == {"l": 1}  # the first l was mistyped as k; the second was right
    assert s.gross_wpm < 40  # the correction took time


def test_a_partial_attempt_is_compared_with_the_part_attempted():
    passage = shipped("copy-incident-narrative").passage
    typed = passage[:200]
    s = speed(passage, keys_at(typed, 25), 60.0)
    assert s.uncorrected_errors == 0 and s.accuracy == 1.0


def test_profiles_pass_at_their_own_speed():
    test = shipped("copy-addresses-and-vehicles")
    keys = keys_at(test.passage, 30)
    result = mark(test, keys, keys[-1].t, [profile("cleveland_contact_handler"),
                                           profile("essex_contact_handler"),
                                           profile("humberside_contact_officer")])
    verdict = {c.id: c.passed for c in result.criteria}
    # 30 wpm passes Essex (30) and Humberside (25) but not Cleveland's 35; the accuracy
    # criteria (CLE-1, HUM-17) pass on a perfect copy.
    assert verdict == {"CLE-1": True, "CLE-2": False, "ESX-12": True, "HUM-16": True,
                       "HUM-17": True}
    assert next(c for c in result.criteria if c.id == "CLE-2").score == pytest.approx(
        100 * 30 / 35, abs=0.2)


def test_a_fast_careless_typist_fails_on_accuracy():
    test = shipped("copy-addresses-and-vehicles")
    typed = "".join("x" if i % 15 == 7 else c for i, c in enumerate(test.passage))
    keys = keys_at(typed, 60)
    result = mark(test, keys, keys[-1].t, [profile("humberside_contact_officer")])
    hum16 = next(c for c in result.criteria if c.id == "HUM-16")
    assert result.speed.net_wpm > 25
    assert not hum16.passed and "accuracy" in hum16.reason


def test_data_entry_gives_partial_credit_field_by_field():
    test = shipped("data-entry-collision-details")
    typed = {"location": "240 Anlaby Rd, Hull",     # no postcode: part of an address
             "caller_name": "Mrs Priya Shah",       # title ignored
             "callback": "07700 900 378",           # one digit wrong
             "vrm": "yk68wtu",                      # spacing and case do not matter
             "vehicle": "Black BMW",
             "direction": ""}                       # left blank
    keys: list[Keystroke] = []
    for field, text in typed.items():
        keys += keys_at(text, 30, start=keys[-1].t if keys else 0.0, field=field)
    result = mark(test, keys, 100.0, [profile("cleveland_contact_handler")])
    got = {f.id: f.agreement for f in result.fields}
    assert got["caller_name"] == 1.0 and got["vrm"] == 1.0 and got["vehicle"] == 1.0
    assert 0.5 < got["location"] < 0.9
    assert 0.85 < got["callback"] < 1.0
    assert got["direction"] == 0.0
    assert result.fields_share == pytest.approx(sum(got.values()) / 6)
    # Data entry evidences accuracy (CLE-1), not speed (CLE-2).
    assert [c.id for c in result.criteria] == ["CLE-1"]
    assert not result.criteria[0].passed


def test_audio_typing_is_marked_on_the_facts_captured():
    test = shipped("audio-burglary-summary")
    typed = ("Burglary at 27 Larch Close Hull HU5 3QT. Caller Margaret Ellis aged 72 lives "
             "alone. Kitchen window forced, laptop and jewellery box taken.")
    result = mark(test, keys_at(typed, 35), 120.0)
    missed = {f.id for f in result.facts if not f.captured}
    assert missed == {"suspects", "callback"}
    assert result.facts_share == pytest.approx(6 / 8)


# --- authored files ---------------------------------------------------------------------


def test_shipped_tests_are_valid(capsys):
    assert main(["typing", "--validate"]) == 0
    assert "5 valid, 0 with problems" in capsys.readouterr().out


def test_callsim_validate_includes_typing_tests(capsys):
    path = typing_files()[0]
    assert main(["validate", str(path)]) == 0
    assert "1 typing test file: 1 valid" in capsys.readouterr().out


BAD = """\
format: callsim.typing/1
id: bad-test
title: "A test with mistakes"
kind: data-entry
source: heard
time_limt: 60
given: "It's 14 Grange Road."
fields:
  - id: location
    label: Location
    value: "14 Grange Road"
    normalize: address
  - id: callback
    label: Callback
    value: "07700 900123"
    normalise: telephone
"""


def test_mistakes_are_reported_with_file_and_line(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text(BAD)
    assert main(["typing", "--validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:6: time_limt: unknown key `time_limt`; did you mean `time_limit`?" in err
    assert f"{path}:12: fields[0](location).normalize: unknown key `normalize`; " \
           "did you mean `normalise`?" in err
    assert f"{path}:16: fields[1](callback).normalise: should be 'address', " in err
    assert f"{path}:1: missing required key `time_limit`" in err


def test_an_unknown_kind_names_the_nearest(tmp_path, capsys):
    path = tmp_path / "kind.yaml"
    path.write_text(BAD.replace("kind: data-entry", "kind: dataentry"))
    assert main(["validate", str(path)]) == 1
    assert f"{path}:4: kind: unknown kind `dataentry`; did you mean `data-entry`?" in \
        capsys.readouterr().err


# --- the screen -------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _pygame():
    pygame.display.init()
    pygame.font.init()
    yield
    pygame.display.quit()


class Driver:
    """Posts key events, each with its own time, and steps the screen a frame at a time
    (several keys can land in one frame, as on a real, busy machine)."""

    def __init__(self, screen: TypingScreen, clock: Clock) -> None:
        self.screen = screen
        self.clock = clock

    def frame(self, draw: bool = False) -> None:
        self.screen.step(pygame.event.get(), draw=draw)

    def press(self, key: int, mod: int = 0) -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="",
                                             t=self.clock.now))
        self.frame()

    def type(self, text: str, wpm: float, per_frame: int = 3) -> None:
        gap = 60.0 / (wpm * 5)
        for i, char in enumerate(text):
            self.clock.now += gap
            if char == "\b":
                pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_BACKSPACE,
                                                     mod=0, unicode="", t=self.clock.now))
            else:
                pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char,
                                                     t=self.clock.now))
            if i % per_frame == per_frame - 1:
                self.frame()
        self.frame()

    def stop(self) -> None:
        """F10; pressed again if the screen asks (too soon to be a result)."""
        self.press(pygame.K_F10)
        if self.screen.stopping:
            self.press(pygame.K_F10)

    def save(self, folder: Path, name: str) -> Path:
        self.screen.draw()
        return save_screenshot(self.screen.surface, folder, name)


def start(test, tmp_path: Path, profiles=(), speak=None) -> tuple[Driver, Journal]:
    surface = pygame.display.set_mode(SIZE)
    clock = Clock()
    journal = Journal(tmp_path / "journal.jsonl")
    screen = TypingScreen(surface, test, journal, profiles=profiles, clock=clock,
                          speak=speak)
    return Driver(screen, clock), journal


def test_scripted_40_wpm_run_measures_40(tmp_path):
    test = shipped("copy-incident-narrative")
    d, journal = start(test, tmp_path, [profile("cleveland_contact_handler")])
    d.frame(draw=True)
    d.save(tmp_path, "typing-ready")
    d.press(pygame.K_RETURN)
    text = test.passage[:240]
    d.type(text, 40)
    assert d.screen.state == "typing"
    d.save(tmp_path, "typing-copy")
    d.stop()
    result = d.screen.result
    assert result is not None
    assert result.speed.characters == 240
    assert result.speed.gross_wpm == pytest.approx(40, abs=1)
    assert result.speed.net_wpm == pytest.approx(40, abs=1)
    assert result.speed.accuracy == 1.0
    journal.close()
    entries = read_journal(tmp_path / "journal.jsonl")
    assert [e["kind"] for e in entries].count("key") == 240
    assert entries[-1]["kind"] == "end"


def test_errors_on_screen_are_deducted_and_shown(tmp_path):
    test = shipped("copy-addresses-and-vehicles")
    d, _ = start(test, tmp_path, [profile(p) for p in (
        "cleveland_contact_handler", "essex_contact_handler", "humberside_contact_officer",
        "leicestershire_contact_handler")])
    d.press(pygame.K_RETURN)
    passage = test.passage[:150]
    typed = passage.replace("Ellis", "Elis").replace("HU5 3QT", "HU5 3TQ")
    typed = typed.replace("Larch", "Lrr\b\barch")  # an error put right
    d.type(typed, 40)
    d.save(tmp_path, "typing-errors")
    d.stop()
    r = d.screen.result
    assert r is not None
    assert r.speed.uncorrected_errors == 3  # a missing l, and Q/T swapped (two edits)
    minutes = r.speed.seconds / 60
    assert r.speed.net_wpm == pytest.approx(r.speed.gross_wpm - 3 / minutes, abs=0.01)
    assert r.speed.key_errors["a"] == 1 and r.speed.key_errors["l"] == 1
    assert [(m.expected, m.typed) for m in r.mistakes] == [("Ellis,", "Elis,"),
                                                           ("3QT,", "3TQ,")]
    d.save(tmp_path, "typing-results")
    d.press(pygame.K_RETURN)  # still typing when it ended: the results stay
    assert not d.screen.done
    d.clock.now += 2
    d.press(pygame.K_ESCAPE)
    assert not d.screen.done  # Esc never closes the program
    d.press(pygame.K_q, pygame.KMOD_CTRL)
    assert d.screen.done


def test_the_clock_stops_at_the_time_limit(tmp_path):
    test = shipped("copy-addresses-and-vehicles").model_copy(update={"time_limit": 30})
    d, _ = start(test, tmp_path)
    d.press(pygame.K_RETURN)
    d.type(test.passage, 40)  # would take 68 s; only the first 30 s count
    r = d.screen.result
    assert r is not None and r.speed.seconds == 30
    assert r.speed.characters == 100
    assert r.speed.gross_wpm == pytest.approx(40, abs=1)


def test_data_entry_on_screen(tmp_path):
    test = shipped("data-entry-collision-details")
    spoken: list[int] = []
    d, _ = start(test, tmp_path, [profile("humberside_contact_officer")],
                 speak=lambda: spoken.append(1))
    d.press(pygame.K_RETURN)
    assert spoken == [1]
    for text in ("240 Anlaby Road, Hull, HU3 6UR", "Priya Shah", "07700 900377",
                 "YK68 WTU", "black BMW", "to city centre"):
        d.type(text, 30)
        d.press(pygame.K_TAB)
    d.press(pygame.K_F5)
    assert spoken == [1, 1] and d.screen.replays_left == 0
    d.save(tmp_path, "typing-entry")
    d.stop()
    r = d.screen.result
    assert r is not None
    got = {f.id: f.agreement for f in r.fields}
    assert all(v == 1.0 for k, v in got.items() if k != "direction")
    assert 0.5 < got["direction"] < 1.0
    assert [c.id for c in r.criteria] == ["HUM-17"]
    # "to city centre" for "towards the city centre": 9 edits over the 83
    # characters typed against their true values.
    assert r.speed.characters == 83 and r.speed.uncorrected_errors == 9
    d.save(tmp_path, "typing-entry-results")


def test_recover_marks_from_the_journal(tmp_path, capsys):
    test = shipped("copy-addresses-and-vehicles")
    folder = tmp_path / "attempt"
    folder.mkdir()
    from simulator.commands.typing import start_entry

    with Journal(folder / "journal.jsonl") as journal:
        journal.write(start_entry(test, "trainee-07"))
        screen = TypingScreen(pygame.display.set_mode(SIZE), test, journal, clock=Clock())
        d = Driver(screen, screen.clock)  # type: ignore[arg-type]
        d.press(pygame.K_RETURN)
        d.type(test.passage[:220], 40)  # 66 s: past the minute a result needs
    # The process dies here: no end entry, no result. The journal is enough.
    out = tmp_path / "result.json"
    assert main(["typing", "--recover", str(folder), "--profile", "essex_contact_handler",
                 "--json-result", str(out)]) == 0
    doc = json.loads(out.read_text())
    assert doc["characters"] == 220 and doc["gross_wpm"] == pytest.approx(40, abs=1)
    assert doc["complete"] is True
    assert "PASS ESX-12" in capsys.readouterr().out


def test_audio_typing_on_screen(tmp_path):
    test = shipped("audio-burglary-summary")
    spoken: list[float] = []
    d, _ = start(test, tmp_path, [profile("essex_contact_handler")],
                 speak=lambda: spoken.append(d.clock.now))
    d.press(pygame.K_RETURN)
    assert spoken == [50.0]  # the recording starts with the clock
    typed = ("Burglary reported at 27 Larch Close, Hull, HU5 3QT. The caller is Margaret "
             "Ellis, aged 72, who lives alone. The rear kitchen window was forced")
    d.type(typed, 35)
    d.save(tmp_path, "typing-audio")
    d.stop()
    r = d.screen.result
    assert r is not None and r.speed.gross_wpm == pytest.approx(35, abs=1)
    assert {f.id for f in r.facts if not f.captured} == {"property", "suspects", "callback"}
    esx = r.criteria[0]
    assert esx.id == "ESX-12" and not esx.passed  # 35 wpm, but only 5 of 8 facts
    d.save(tmp_path, "typing-audio-results")


def test_the_audio_test_recording_is_synthesised(tmp_path, monkeypatch):
    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed (./setup)")
    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path))
    from simulator.commands.typing import recording

    clip = recording(shipped("audio-burglary-summary"))
    words = len(shipped("audio-burglary-summary").script.split())
    # 130 words a minute, give or take espeak's pauses at full stops.
    assert words / 130 * 60 * 0.7 < clip.seconds < words / 130 * 60 * 1.5
    assert recording(shipped("copy-incident-narrative")) is None


def test_a_copy_ends_at_the_last_character_even_with_one_dropped(tmp_path):
    test = shipped("copy-addresses-and-vehicles")
    d, _ = start(test, tmp_path)
    d.press(pygame.K_RETURN)
    d.type(test.passage.replace("Focus", "Focs"), 40)
    r = d.screen.result
    assert r is not None and r.speed.uncorrected_errors == 1
    assert r.speed.characters == len(test.passage) - 1


# --- complete attempts only, one accuracy figure, sound checked first ----------------


def test_stopping_after_15_seconds_is_incomplete_never_a_pass(tmp_path):
    """F10 after 15 s once passed every role's speed and `course status` said done."""
    test = shipped("copy-addresses-and-vehicles")
    d, journal = start(test, tmp_path, [profile("humberside_contact_officer"),
                                        profile("essex_contact_handler")])
    d.press(pygame.K_RETURN)
    d.type(test.passage[:156], 125)  # 156 characters in 15 s: a burst at 125 wpm
    d.press(pygame.K_F10)
    assert d.screen.state == "typing" and d.screen.stopping  # asked: too soon
    d.save(tmp_path, "typing-stop-too-soon")
    d.type("x", 125)
    d.press(pygame.K_BACKSPACE)  # carried on: any key other than F10
    assert not d.screen.stopping
    d.press(pygame.K_F10)
    d.press(pygame.K_F10)
    r = d.screen.result
    assert r is not None and not r.complete
    assert "stopped after 15 s" in r.incomplete and "60 s" in r.incomplete
    assert r.speed.net_wpm > 100  # the figures are kept for the trainer...
    assert r.criteria and not any(c.passed for c in r.criteria)  # ...but nothing passes
    assert all(c.reason.startswith("incomplete") for c in r.criteria)
    shot = d.save(tmp_path, "typing-incomplete-results")
    assert shot.stat().st_size > 10_000
    journal.close()

    # `course status` does not count it (the standing reads the typing result files).
    from simulator.cohort import read_typing
    from simulator.commands.cohort import standings
    from simulator.course import load_course

    folder = tmp_path / "typing" / "t1" / "20261128T080000000000Z-copy-addresses-and-vehicles"
    folder.mkdir(parents=True)
    (folder / "result.json").write_text(json.dumps(r.to_json()))
    course = tmp_path / "course.yaml"
    course.write_text("format: callsim.course/1\nid: intake\ntitle: Intake\n"
                      "profile: humberside_contact_officer\ntrainees: [t1]\n"
                      "scenarios:\n  - scenario: burglary-next-morning\n"
                      "typing: {passes: 1}\n")
    records = read_typing(tmp_path / "typing")
    assert [t.complete for t in records] == [False]
    standing = standings(load_course(course), [], records)[0]
    assert not any(line.startswith("typing") for line in standing.done)
    assert any("stopped early, not counted" in line for line in standing.needed)


def test_the_whole_passage_is_a_result_however_quick():
    test = shipped("copy-addresses-and-vehicles")
    keys = keys_at(test.passage, 200)  # 455 characters at 200 wpm: 27 s
    assert mark(test, keys, keys[-1].t).complete


def test_data_entry_has_one_accuracy_figure():
    test = shipped("data-entry-collision-details")
    keys: list[Keystroke] = []
    for field, text in (("location", "240 Anlaby Rd, Hull"), ("caller_name", "Priya Shah"),
                        ("callback", "07700 900377"), ("vrm", "YK68 WTU"),
                        ("vehicle", "black BMW"), ("direction", "city centre")):
        keys += keys_at(text, 30, start=keys[-1].t if keys else 0.0, field=field)
    doc = mark(test, keys, keys[-1].t).to_json()
    assert doc["complete"]  # every field filled in, so a result before the minute
    assert doc["accuracy"] == doc["judged_accuracy"]
    assert "character_accuracy" not in doc


def test_an_audio_test_with_no_sound_device_never_starts_the_clock(tmp_path):
    test = shipped("audio-burglary-summary")
    surface = pygame.display.set_mode(SIZE)
    screen = TypingScreen(surface, test, None, clock=Clock(),
                          no_sound="no output sound device on this computer")
    d = Driver(screen, screen.clock)  # type: ignore[arg-type]
    d.press(pygame.K_RETURN)
    assert screen.state == "ready" and not screen.done
    shot = d.save(tmp_path, "typing-audio-no-sound")
    row = pygame.Rect(0, screen.fonts.line * 2, SIZE[0], screen.fonts.line)
    pixels = pygame.surfarray.array3d(surface.subsurface(row)).reshape(-1, 3)
    assert (abs(pixels - theme.DANGER).max(axis=1) < 30).mean() > 0.5  # said on screen
    assert shot.stat().st_size > 10_000
    d.press(pygame.K_q, pygame.KMOD_CTRL)
    assert screen.done and screen.result is None


def test_sound_failing_as_the_clock_would_start_is_said_on_screen(tmp_path):
    from simulator.errors import UserError

    def speak() -> None:
        raise UserError("audio-burglary-summary is read aloud, but no sound plays: device busy")

    d, _ = start(shipped("audio-burglary-summary"), tmp_path, speak=speak)
    d.press(pygame.K_RETURN)
    assert d.screen.state == "ready" and "device busy" in d.screen.no_sound


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("test_id", ["copy-addresses-and-vehicles", "audio-burglary-summary",
                                     "data-entry-collision-details"])
def test_every_stage_of_every_kind_at_both_sizes(tmp_path, size, test_id):
    """Ready, typing and results screens, kept for a person to look at
    (CALLSIM_SCREENSHOTS=DIR): each drawn, none blank."""
    test = shipped(test_id)
    surface = pygame.display.set_mode(size)
    clock = Clock()
    speak = None if test.kind == "copy" else (lambda: None)
    screen = TypingScreen(surface, test, None, profiles=[profile("essex_contact_handler")],
                          clock=clock, speak=speak)
    d = Driver(screen, clock)
    name = f"{test_id}-{size[0]}x{size[1]}"
    shots = [d.save(tmp_path, f"{name}-ready")]
    d.press(pygame.K_RETURN)
    if test.kind == "data-entry":
        for field in test.fields:
            d.type(field.value, 30)
            d.press(pygame.K_TAB)
    else:
        d.type((test.passage if test.kind == "copy" else test.script)[:380], 40)  # 114 s
    shots.append(d.save(tmp_path, f"{name}-typing"))
    d.stop()
    assert screen.result is not None and screen.result.complete
    shots.append(d.save(tmp_path, f"{name}-results"))
    for shot in shots:
        assert shot.stat().st_size > 15_000


def test_a_min_time_longer_than_the_test_is_an_error_on_its_line(tmp_path, capsys):
    source = Path(shipped("copy-addresses-and-vehicles").file).read_text()
    path = tmp_path / "long-min.yaml"
    path.write_text(source.replace("time_limit: 180", "time_limit: 180\nmin_time: 200"))
    assert main(["typing", "--validate", str(path)]) == 1
    line = 1 + path.read_text().split("\n").index("min_time: 200")
    assert f"{path}:{line}: min_time: min_time 200 is longer than time_limit 180" in \
        capsys.readouterr().err
