"""`callsim typing`: list, validate, take and re-mark typing tests.

    callsim typing                         the shipped tests
    callsim typing TEST [--profile P]      take a test on the trainee screen
    callsim typing --validate [PATH…]      check typing test files (also in `callsim validate`)
    callsim typing --recover FOLDER        mark a test from its journal (after a crash)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scoring.authored import AuthoringError
from scoring.profiles import Profile
from scoring.typing import Keystroke, TypingResult, mark
from scoring.typing_tests import AudioTest, DataEntryTest, TypingTest, load_typing_test
from scoring.typing_tests import typing_files as shipped_files
from simulator.errors import UserError
from simulator.journal import Journal, read_journal
from simulator.loader import references
from simulator.paths import data_dir, write_private


def register(sub: Any) -> None:
    p = sub.add_parser("typing", help="typing and data-entry tests mapped to each role's "
                                      "typing criteria")
    p.add_argument("test", nargs="?", help="a test id or a path to a typing test YAML")
    p.add_argument("--profile", action="append", metavar="P",
                   help="judge against this role profile (repeatable; default: every "
                        "profile with a typing speed)")
    p.add_argument("--json-result", type=Path, metavar="FILE",
                   help="also write the result as JSON to FILE")
    p.add_argument("--trainee", default=None, metavar="ID", help="who is taking the test")
    p.add_argument("--size", metavar="WxH", help="window size, e.g. 1366x768")
    p.add_argument("--validate", nargs="*", type=Path, metavar="PATH",
                   help="check typing test files or folders (default: the shipped ones)")
    p.add_argument("--recover", type=Path, metavar="FOLDER",
                   help="mark a test from the journal in FOLDER")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(run=run_typing)


def run_typing(args: argparse.Namespace) -> int:
    if args.validate is not None:
        return 0 if validate_typing(args.validate) else 1
    if args.recover is not None:
        return _report(recover(args.recover, profiles(args.profile)), args)
    if args.test is None:
        return _list(args)
    return take(args)


def resolve_test(name: str) -> TypingTest:
    path = Path(name)
    if path.suffix not in (".yaml", ".yml") and not path.exists():
        path = next((p for p in shipped_files() if p.stem == name), path)
    if not path.exists():
        known = ", ".join(p.stem for p in shipped_files())
        raise UserError(f"no typing test `{name}`: give one of {known}, or a YAML path")
    try:
        return load_typing_test(path)
    except AuthoringError as error:
        raise UserError(f"the typing test has problems; fix them first:\n{error}") from None


def profiles(wanted: list[str] | None) -> list[Profile]:
    known = references().profiles
    if not wanted:
        return [p for p in known.values() if p.typing_wpm is not None]
    missing = [w for w in wanted if w not in known]
    if missing:
        raise UserError(f"no profile {', '.join(missing)}: choose from {', '.join(known)}")
    return [known[w] for w in wanted]


def validate_typing(paths: list[Path], quiet: bool = False) -> bool:
    """Check typing test files; print every problem as file:line. True if all are valid."""
    files: list[Path] = []
    for path in paths or [Path()]:
        if not paths:
            files.extend(shipped_files())
        elif path.is_dir():
            files.extend(sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")))
        else:
            files.append(path)
    bad = 0
    ids: dict[str, str] = {}
    for path in files:
        try:
            test = load_typing_test(path)
        except AuthoringError as error:
            bad += 1
            for problem in error.problems:
                print(problem, file=sys.stderr)
            continue
        if test.id in ids:
            bad += 1
            print(f"{path}:1: id `{test.id}` is also used by {ids[test.id]}", file=sys.stderr)
        ids[test.id] = str(path)
        if not quiet:
            print(f"ok  {test.id} ({test.kind}, {path})")
    print(f"{len(files)} typing test file{'s' if len(files) != 1 else ''}: "
          f"{len(files) - bad} valid, {bad} with problems")
    return bad == 0


def _list(args: argparse.Namespace) -> int:
    rows = []
    for path in shipped_files():
        try:
            t = load_typing_test(path)
        except AuthoringError as error:
            print(f"(not loadable: {error.problems[0]})", file=sys.stderr)
            continue
        rows.append({"id": t.id, "kind": t.kind, "title": t.title,
                     "time_limit": t.time_limit, "path": str(path)})
    if args.json:
        print(json.dumps({"typing_tests": rows}, indent=2))
    else:
        for r in rows:
            print(f"{r['id']:<32} {r['kind']:<11} {r['time_limit']:>4} s  {r['title']}")
    return 0


# --- taking a test ----------------------------------------------------------------------


def take(args: argparse.Namespace) -> int:
    from simulator.screen.window import (  # noqa: PLC0415  (pygame only for the screen)
        load_pygame,
        open_display,
        parse_size,
    )

    test = resolve_test(args.test)
    judged = profiles(args.profile)
    size = parse_size(args.size)
    _can_write(args.json_result)  # said now, not after the trainee has typed for minutes
    pygame = load_pygame()
    open_display(pygame, args.test, "typing")

    try:
        screen = _on_screen(pygame, args, test, judged, size)
    finally:
        pygame.quit()
    if screen.result is None:
        why = f" (no sound: {screen.no_sound})" if screen.no_sound else ""
        print(f"{test.id}: left before the test started{why}; nothing was marked.")
        return 0
    save(screen.folder, screen.result)
    return _report(screen.result, args, screen.folder)


def _on_screen(pygame: Any, args: argparse.Namespace, test: TypingTest,
               judged: list[Profile], size: tuple[int, int] | None) -> Any:
    """The window first; the sound check (before anything is synthesised or timed) and the
    recording are shown on it; then the test, journalled as it is typed."""
    from simulator.screen.startup import StartScreen  # noqa: PLC0415
    from simulator.screen.typing_test import TypingScreen, run  # noqa: PLC0415
    from simulator.screen.window import default_trainee, window_size  # noqa: PLC0415

    surface = pygame.display.set_mode(window_size(pygame, size), pygame.RESIZABLE)
    pygame.display.set_caption(f"callsim: {test.title}")
    start = StartScreen(surface, test.title)
    speak = None
    no_sound = ""
    if isinstance(test, AudioTest) or (isinstance(test, DataEntryTest)
                                       and test.source == "heard"):
        start.step("Checking the speaker or headset")
        no_sound = sound_problem(test)
        if not no_sound:
            start.update("Speaker: found; preparing the recording")
            speak = voice_for(test)
    trainee = args.trainee or default_trainee()
    folder = new_folder(trainee, test.id)
    pygame.key.start_text_input()
    # No key repeat: a held key would type characters the trainee did not press.
    with Journal(folder / "journal.jsonl") as journal:
        journal.write(start_entry(test, trainee))
        screen = TypingScreen(start.surface, test, journal, profiles=judged, speak=speak,
                              no_sound=no_sound)
        screen.folder = folder
        run(screen)
    return screen


def sound_problem(test: TypingTest) -> str:
    """Why a test that is heard cannot be played here ("" if it can, or is read)."""
    if not (isinstance(test, AudioTest) or (isinstance(test, DataEntryTest)
                                            and test.source == "heard")):
        return ""
    from audio.devices import choose  # noqa: PLC0415  (PortAudio only for heard tests)
    from audio.errors import AudioError  # noqa: PLC0415

    try:
        choose(None, "output")
    except AudioError as error:
        return str(error)
    return ""


def recording(test: TypingTest) -> Any:
    """The test's recording as a `Clip`, synthesised once and cached, before the clock
    starts; None for a test that is read."""
    if isinstance(test, AudioTest):
        text = test.script
    elif isinstance(test, DataEntryTest) and test.source == "heard":
        text = " ".join(test.given.split())
    else:
        return None
    from audio.errors import AudioError  # noqa: PLC0415  (speech loads only for audio tests)
    from audio.tts import Voice, text_to_speech  # noqa: PLC0415
    from audio.tts_cache import VoiceCache  # noqa: PLC0415

    v = test.voice
    try:
        return VoiceCache(text_to_speech("espeak")).clip(
            text, Voice(name=v.accent, variant=v.variant, rate=v.rate, pitch=v.pitch))
    except (AudioError, ValueError) as error:
        raise UserError(f"{test.id} is read aloud, but the voice cannot be made: {error}"
                        ) from None


def voice_for(test: TypingTest) -> Callable[[], None] | None:
    """Something that plays the test's recording from the start (stopping any playing);
    None for a test that is read."""
    clip = recording(test)
    if clip is None:
        return None
    from audio.devices import play  # noqa: PLC0415
    from audio.errors import AudioError  # noqa: PLC0415

    playing: list[Any] = []

    def speak() -> None:
        for p in playing:
            p.stop()
        playing.clear()
        try:
            playing.append(play(clip))
        except AudioError as error:
            raise UserError(f"{test.id} is read aloud, but no sound plays: {error}") from None

    return speak


def new_folder(trainee: str, test_id: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in trainee)
    safe = safe.strip(".").replace("..", "-") or "trainee"  # never outside typing/
    return data_dir() / "typing" / safe / f"{stamp}-{test_id}"


def start_entry(test: TypingTest, trainee: str) -> dict[str, Any]:
    return {"kind": "start", "format": "callsim.typing-journal/1", "test": test.id,
            "test_file": test.file, "test_sha256": test.sha256, "trainee": trainee,
            "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}


def recover(folder: Path, judged: list[Profile]) -> TypingResult:
    """Mark a test from its journal alone: what a crash leaves behind is enough."""
    entries = read_journal(folder / "journal.jsonl")
    start = next((e for e in entries if e.get("kind") == "start"), None)
    go = next((e for e in entries if e.get("kind") == "go"), None)
    if start is None or go is None:
        raise UserError(f"{folder}: no typing test was started here")
    test = resolve_test(str(start.get("test_file") or start["test"]))
    keys = [Keystroke(float(e["t"]), str(e["key"]), str(e.get("field", "")))
            for e in entries if e.get("kind") == "key"]
    end = next((float(e["t"]) for e in entries if e.get("kind") == "end"), None)
    if end is None:  # cut off: the test ran until the last key that reached the disk
        end = keys[-1].t if keys else float(go["t"])
    result = mark(test, keys, end - float(go["t"]), judged)
    save(folder, result)
    return result


def _can_write(path: Path | None) -> None:
    if path is None:
        return
    if path.is_dir():
        raise UserError(f"--json-result {path} is a folder: give a file name, e.g. "
                        f"{path / 'result.json'}")
    if not path.parent.is_dir():
        raise UserError(f"--json-result {path}: the folder {path.parent} does not exist; "
                        "create it or give another file")


def save(folder: Path, result: TypingResult) -> None:
    write_private(folder / "result.json", json.dumps(result.to_json(), indent=2) + "\n")


def _report(result: TypingResult, args: argparse.Namespace, folder: Path | None = None
            ) -> int:
    doc = result.to_json()
    if args.json_result is not None:
        try:
            args.json_result.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        except OSError as error:
            raise UserError(f"cannot write {args.json_result}: {error.strerror}") from None
    if args.json:
        print(json.dumps(doc, indent=2))
        return 0
    s = result.speed
    print(f"{result.test}: net {s.net_wpm:.1f} wpm, gross {s.gross_wpm:.1f} wpm, "
          f"accuracy {result.accuracy * 100:.1f}%, {s.uncorrected_errors} errors left in")
    if not result.complete:
        print(f"  INCOMPLETE (not a pass): {result.incomplete}")
    for c in result.criteria:
        print(f"  {'PASS' if c.passed else 'FAIL'} {c.id:<7} {c.organisation}: {c.reason}")
    if folder is not None:
        print(f"  files: {folder}")
    return 0
