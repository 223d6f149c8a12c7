"""`callsim play`: a live call on the trainee screen.

pygame is imported only when the command runs, so the rest of callsim works on a machine
without it; a machine without a screen gets one message saying how to run the call.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from simulator.commands.library import open_scenario
from simulator.errors import UserError
from simulator.scenario import Scenario
from simulator.screen.window import (
    default_trainee,
    load_pygame,
    open_display,
    parse_size,
    window_size,
)
from simulator.session import Session, recover
from simulator.store.options import add_store_option


def register(sub: Any) -> None:
    p = sub.add_parser("play", help="a live call on the trainee screen (typed questions "
                                    "until a microphone is connected)")
    p.add_argument("scenario", help="library id or YAML path")
    p.add_argument("--trainee", default=None, metavar="ID",
                   help="who is taking the call (default: your user name)")
    p.add_argument("--typed", action="store_true",
                   help="type questions instead of speaking them")
    p.add_argument("--resume", type=Path, metavar="FOLDER",
                   help="pick up a call that was cut off (its folder holds journal.jsonl)")
    p.add_argument("--engine", default="auto",
                   help="speech recogniser: auto (vosk if a model is present, else "
                        "pocketsphinx), pocketsphinx or vosk")
    p.add_argument("--input", metavar="DEVICE", help="microphone: name or index "
                   "(see `callsim devices`; default: the system's)")
    p.add_argument("--output", metavar="DEVICE", help="speaker or headset: name or index")
    p.add_argument("--push-to-talk", action="store_true",
                   help="speak while holding F12 instead of an open microphone")
    p.add_argument("--no-line", action="store_true",
                   help="play the caller clean, not through the telephone-line effect")
    p.add_argument("--noise", metavar="KIND",
                   help="background noise on the caller's line: street, traffic, house")
    p.add_argument("--size", metavar="WxH",
                   help="window size, e.g. 1366x768 (default: 1920x1080 if it fits)")
    add_store_option(p)
    p.set_defaults(run=run_play)


def start_session(args: argparse.Namespace, scenario: Scenario) -> tuple[Session, Any]:
    """A new call, or the cut-off call in `--resume` (with what it held so far)."""
    if args.resume is None:
        return Session.start(scenario, args.trainee or default_trainee()), None
    folder: Path = args.resume
    if not (folder / "journal.jsonl").exists():
        raise UserError(f"{folder}: no journal.jsonl here; give the folder of one call "
                        "(callsim keeps them under the data folder's attempts/)")
    so_far = recover(folder)
    if so_far.ended_at:
        raise UserError(f"{folder}: that call has ended; see its marks with "
                        f"`callsim recover {folder}`")
    return Session.resume(folder, scenario), so_far


def run_play(args: argparse.Namespace) -> int:
    scenario = open_scenario(args.scenario)
    size = parse_size(args.size)
    pygame = load_pygame()
    open_display(pygame, args.scenario)
    from simulator.library import ready_for_a_live_call  # noqa: PLC0415
    from simulator.screen.app import TraineeScreen, run  # noqa: PLC0415
    from simulator.screen.seams import TypedInput  # noqa: PLC0415

    ready_for_a_live_call()
    session, so_far = start_session(args, scenario)
    surface = pygame.display.set_mode(window_size(pygame, size), pygame.RESIZABLE)
    pygame.display.set_caption(f"callsim: {scenario.title}")
    pygame.key.set_repeat(400, 35)  # held Backspace and arrows repeat, as in any editor
    pygame.key.start_text_input()  # typed characters arrive as TEXTINPUT, with layouts
    clock: list[Callable[[], float]] = []  # the screen's call clock, once it exists
    voice, speaker = devices(args, scenario, lambda: clock[0]() if clock else 0.0)
    screen = TraineeScreen(surface, scenario, session, voice=voice or TypedInput(),
                           speaker=speaker, resumed=so_far)
    clock.append(screen.now)
    try:
        run(screen)
    finally:
        if voice is not None:
            voice.close()
        pygame.quit()
    if screen.result is None:
        session.journal.close()
        print(f"The call was left unfinished; nothing is lost. Pick it up with:\n"
              f"    callsim play {args.scenario} --resume {session.folder}")
        return 0
    r = screen.result
    print(f"{scenario.id}: {'PASS' if r.passed else 'FAIL'}  score {r.score:g} "
          f"(pass mark {r.pass_mark:g})\n  files: {session.folder}")
    from simulator.store.keeping import keep  # noqa: PLC0415  (SQLAlchemy only when storing)

    if screen.attempt is not None:
        stored_as = keep(args.store, screen.attempt, r, session.folder)
        if stored_as is not None:
            print(f"  stored as attempt {stored_as}; report: callsim report {stored_as}")
    return 0


def devices(args: argparse.Namespace, scenario: Scenario, clock: Callable[[], float]
            ) -> tuple[Any, Any]:
    """Microphone input and caller speaker, or (None, None) for typed mode with the reason
    said once. A missing or busy device never stops the call."""
    if args.typed:
        return None, None
    # Speech engines and PortAudio load only for a spoken call.
    from audio.errors import AudioError  # noqa: PLC0415
    from simulator.dialogue import Reply  # noqa: PLC0415
    from simulator.live_audio import DeviceSpeaker, MicrophoneInput  # noqa: PLC0415
    from simulator.speech_pipeline import speech_pipeline  # noqa: PLC0415

    try:
        ears, mouth, how = speech_pipeline(scenario, args.engine)
        made = mouth.prepare(every_level=True)  # no line synthesised while the trainee waits
        if made:
            print(f"callsim: rendered {made} caller lines", file=sys.stderr)
        speaker = DeviceSpeaker(mouth.voices, scenario, device=args.output,
                                line=not args.no_line, noise=args.noise)
        speaker.prepare([Reply(line, "answer", distress=d) for d in (0.0, 5.0, 8.0)
                         for line in mouth.lines()])
        voice = MicrophoneInput(ears.stt, clock, device=args.input,
                                push_to_talk=args.push_to_talk, on_speech=speaker.stop)
    except AudioError as error:
        print(f"callsim: no microphone or speaker ({error}); the call runs in typed mode: "
              "type your questions (the screen says so too)", file=sys.stderr)
        return None, None
    print(f"callsim: {how}", file=sys.stderr)
    return voice, speaker
