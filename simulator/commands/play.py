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
    StopSignals,
    default_trainee,
    load_pygame,
    mark_startup,
    open_display,
    parse_size,
    window_size,
)
from simulator.session import Session, recover
from simulator.store.options import add_store_option


def _engine(name: str) -> str:
    """A mistyped --engine is refused at once, not taken for a machine without speech (which
    silently turned the call into a typed one)."""
    from simulator.commands.speech import hearing_engine  # noqa: PLC0415

    try:
        return hearing_engine(name)
    except UserError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--engine ")) from None


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
    p.add_argument("--engine", default="auto", type=_engine,
                   help="speech recogniser: auto (whisper if installed, else vosk if a "
                        "model is installed, else pocketsphinx), whisper, pocketsphinx or "
                        "vosk")
    p.add_argument("--input", metavar="DEVICE", help="microphone: name or index "
                   "(see `callsim devices`; default: the system's)")
    p.add_argument("--output", metavar="DEVICE", help="speaker or headset: name or index")
    p.add_argument("--loudspeakers", action="store_true",
                   help="the caller plays through loudspeakers the microphone can hear: take "
                        "the caller's own voice out of the microphone (echo cancelling)")
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
    size = parse_size(args.size)
    pygame = load_pygame()
    signals = StopSignals().install()  # before SDL, so Ctrl+C stays ours
    try:
        open_display(pygame, args.scenario)
        # The window first, so the trainee sees something within a second; everything
        # slow (the library, speech, voices) happens on it with its progress shown.
        surface = pygame.display.set_mode(window_size(pygame, size), pygame.RESIZABLE)
        pygame.display.set_caption("callsim")
        from simulator.screen import theme  # noqa: PLC0415
        from simulator.screen.startup import StartScreen  # noqa: PLC0415

        start = StartScreen(surface, args.scenario)
        start.step("Opening the scenario")
        mark_startup("window")
        scenario = open_scenario(args.scenario)
        pygame.display.set_caption(f"callsim: {scenario.title}")
        start.title = scenario.title
        start.update("Scenario: ready", theme.GOOD)
        session, so_far = start_session(args, scenario)
        return _take_call(args, scenario, session, so_far, start=start, signals=signals)
    finally:
        pygame.quit()
        signals.restore()


def _take_call(args: argparse.Namespace, scenario: Scenario, session: Session, so_far: Any,
               *, start: Any, signals: StopSignals) -> int:
    import pygame  # noqa: PLC0415  (loaded by run_play already)

    from simulator.screen.app import TraineeScreen, run  # noqa: PLC0415
    from simulator.screen.seams import TypedInput  # noqa: PLC0415

    clock: list[Callable[[], float]] = []  # the screen's call clock, once it exists
    ready = Ready(args, scenario, start, lambda: signals.stopped or start.closed)
    try:
        ready.devices(lambda: clock[0]() if clock else 0.0)
        if signals.stopped or start.closed:
            session.journal.close()
            print("callsim: stopped before the call was answered; nothing to keep.")
            return 0
        from simulator.library import ready_for_a_live_call, understanding_for  # noqa: PLC0415

        start.step("Preparing the caller")
        understanding_for(scenario)  # loaded once here, with the window saying so
        ready_for_a_live_call()  # the sentence model too: not at the first question
        pygame.key.set_repeat(400, 35)  # held Backspace and arrows repeat, as in any editor
        pygame.key.start_text_input()  # typed characters arrive as TEXTINPUT, with layouts
        screen = TraineeScreen(start.surface, scenario, session,
                               voice=ready.voice or TypedInput(why=ready.why),
                               speaker=ready.speaker, resumed=so_far, ringer=ready.ringer())
        clock.append(screen.now)
        mark_startup("ringing")
        run(screen, lambda: signals.stopped)
    finally:
        ready.close()
    return _after(args, scenario, session, screen)


def _after(args: argparse.Namespace, scenario: Scenario, session: Session, screen: Any) -> int:
    if screen.result is None:
        session.journal.close()
        if screen.stage == "ringing":
            print("callsim: the call was not answered; nothing to keep.")
            return 0
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


class Ready:
    """Microphone, speaker and caller voices for a spoken call, or typed mode with the
    reason said once (on the window before anything is prepared, and in the terminal).
    A missing or busy device never stops the call."""

    def __init__(self, args: argparse.Namespace, scenario: Scenario, start: Any,
                 stopped: Callable[[], bool]) -> None:
        self.args = args
        self.scenario = scenario
        self.start = start
        self.stopped = stopped
        self.voice: Any = None
        self.speaker: Any = None
        self.voices: Any = None
        self.why = ""

    def devices(self, clock: Callable[[], float]) -> None:
        if self.args.typed:
            self.why = "typed call (--typed)"
            self.start.step("Typed call (--typed): questions are typed, not spoken")
            return
        # Speech engines and PortAudio load only for a spoken call.
        from audio.devices import choose  # noqa: PLC0415
        from audio.errors import AudioError  # noqa: PLC0415
        from simulator.screen import theme  # noqa: PLC0415

        self.start.step("Checking the microphone and speaker")
        try:  # first: a missing device is said before any voice is prepared
            choose(self.args.input, "input")
            choose(self.args.output, "output")
        except AudioError as error:
            self._typed(str(error))
            return
        self.start.update("Microphone and speaker: found", theme.GOOD)
        try:
            self._speech(clock)
        except AudioError as error:
            self._typed(str(error))

    def _typed(self, why: str) -> None:
        from simulator.screen import theme  # noqa: PLC0415

        if self.speaker is not None:  # half-prepared sound is let go: the call is typed
            self.speaker.close()
            self.speaker = None

        self.why = why
        self.start.banner = "No microphone or speaker: this call is typed"
        self.start.update(f"Sound: {why}", theme.BANNER)
        print(f"callsim: no microphone or speaker ({why}); the call runs in typed mode: "
              "type your questions (the screen says so too)", file=sys.stderr)

    def _speech(self, clock: Callable[[], float]) -> None:
        from audio.echo import EchoCanceller  # noqa: PLC0415
        from simulator.caller_voices import CallerVoices  # noqa: PLC0415
        from simulator.library import understanding_for  # noqa: PLC0415
        from simulator.live_audio import DeviceSpeaker, MicrophoneInput  # noqa: PLC0415
        from simulator.speech_pipeline import speech_pipeline  # noqa: PLC0415
        from simulator.turn_taking import TurnTaker  # noqa: PLC0415

        self.start.step("Loading speech recognition")
        # Loudspeakers: the caller's own voice is taken out of the microphone (the played
        # signal is known), so it neither barges in nor gets transcribed.
        echo = EchoCanceller() if getattr(self.args, "loudspeakers", False) else None
        ears, mouth, how = speech_pipeline(self.scenario, self.args.engine, partials=True)
        speaker = DeviceSpeaker(mouth.voices, self.scenario, device=self.args.output,
                                line=not self.args.no_line, noise=self.args.noise, echo=echo)
        self.speaker = speaker  # closed with the call even if preparing stops half-way
        voices = CallerVoices(mouth, speaker, self.scenario)
        self.start.step("Preparing caller voices")
        what = "Preparing caller voices"
        if not voices.before_ringing(lambda done, of: self.start.progress(what, done, of),
                                     self.stopped):
            return
        if voices.synthesised:
            print(f"callsim: rendered {voices.synthesised} caller lines", file=sys.stderr)
        # the end of each turn is judged from the words and their sense (simulator/turn_taking)
        turns = TurnTaker(understanding_for(self.scenario))
        self.voice = MicrophoneInput(ears.stt, clock, device=self.args.input,
                                     push_to_talk=self.args.push_to_talk,
                                     on_speech=speaker.stop, echo=echo, latency=0.05,
                                     turn_taker=turns, on_likely_end=speaker.breathe)
        self.voices = voices
        voices.rest_in_background()
        print(f"callsim: {how}", file=sys.stderr)

    def ringer(self) -> Any:
        """The ringing tone in the headset, for a spoken call (a typed one has no sound).
        Not on loudspeakers: the microphone would hear it, and a spoken word answers."""
        if self.speaker is None or getattr(self.args, "loudspeakers", False):
            return None
        from simulator.ring_tone import Ringer  # noqa: PLC0415

        return Ringer(self.args.output)

    def close(self) -> None:
        if self.voices is not None:
            self.voices.stop()
        if self.voice is not None:
            self.voice.close()
        if self.speaker is not None:
            self.speaker.close()  # an open output stream must not outlive the call

