"""The headless demo: a scenario's model (or weak) attempt played as a whole call.

The trainee's lines come from a self-test. Each is passed through the "ears" (in the full
demo: spoken by a second voice and recognised by the speech-to-text engine; with
`--typed`: taken as typed), the caller answers what was *recognised*, the caller's lines
go through the "mouth" (synthesised, or timed by word count), the log is typed, and the
attempt is marked and kept like any trainee's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from scoring.attempt import Attempt
from scoring.result import Result
from simulator.dialogue import Caller, Reply
from simulator.library import understanding_for
from simulator.scenario import Scenario, SelfTest
from simulator.session import Session

WORDS_PER_SECOND = 2.5
TURN_GAP = 0.4  # seconds between one speaker finishing and the other starting
STEP = 0.5  # how often the caller's clock is advanced between turns (the screen: a frame)


@dataclass(frozen=True)
class Heard:
    """A trainee turn as the simulator received it."""

    text: str
    source: str  # "stt" or "typed"
    duration: float
    confidence: float | None = None
    audio: bytes | None = None
    words: list[dict[str, Any]] | None = None
    # The stronger engine's reading for the marked record: (engine, text, words)
    second: tuple[str, str, list[dict[str, Any]]] | None = None


class Ears(Protocol):
    def hear(self, line: str) -> Heard: ...


class Mouth(Protocol):
    def speak(self, reply: Reply) -> float:
        """Make the caller's line ready to play; return its length in seconds."""
        ...


class TypedEars:
    """The trainee's line arrives exactly as written (typed mode)."""

    def hear(self, line: str) -> Heard:
        return Heard(line, "typed", max(0.5, len(line.split()) / WORDS_PER_SECOND))


class TimedMouth:
    """No synthesis: a caller line lasts as long as it would take to say."""

    def speak(self, reply: Reply) -> float:
        return max(0.5, len(reply.text.split()) / WORDS_PER_SECOND) if reply.spoken else 1.0


@dataclass(frozen=True)
class DemoRun:
    attempt: Attempt
    result: Result
    folder: Path
    heard: list[tuple[str, Heard]]  # (what the trainee meant, what was received)


def run_call(scenario: Scenario, test: SelfTest, ears: Ears, mouth: Mouth, *,
             trainee: str = "demo", root: Path | None = None,
             progress: Callable[[str], None] | None = None, pace: float = 0.0) -> DemoRun:
    """Play `test`'s trainee lines as a call. `pace` 1.0 runs at the speed of the call
    (0: as fast as possible)."""
    say = progress or (lambda _: None)
    session = Session.start(scenario, trainee, root)
    caller = Caller(scenario, understanding_for(scenario))
    clock = 0.0

    def caller_turn(reply: Reply, at: float) -> float:
        length = mouth.speak(reply)
        session.caller_said(reply.text, at, at + length, reply.reveals)
        if reply.event is not None:
            session.event(reply.event.type, at, value=reply.event.value)
        say(f"  caller  {at:6.1f}s  {reply.text}")
        caller.spoke_until(at + length)
        if pace:
            time.sleep(pace * length)
        return at + length

    clock = caller_turn(caller.opening(), 0.0)
    heard: list[tuple[str, Heard]] = []
    shift = 0.0  # how far this run's timeline has moved from the self-test's
    moved: list[tuple[float, float]] = []  # (self-test time, this run's time)
    for turn in test.turns:
        if turn.trainee is None:
            continue
        start = max(turn.t + shift, clock + TURN_GAP)
        # The caller lives between turns as on the live screen: time passes in small steps,
        # and a line they say in the gap pushes the trainee's next line back.
        t = clock
        while t < start and not caller.state.ended:
            t = min(start, t + STEP)
            for reply in caller.tick(t):
                clock = caller_turn(reply, max(clock, t))
            start = max(start, clock + TURN_GAP)
        shift = start - turn.t
        moved.append((turn.t, start))
        if caller.state.ended:
            break
        got = ears.hear(turn.trainee)
        heard.append((turn.trainee, got))
        end = start + got.duration
        analysis = caller.understand(got.text)
        audio = session.trainee_said(got.text, start, end, source=got.source,
                                     confidence=got.confidence, audio=got.audio,
                                     words=got.words, analysis=analysis.to_json())
        if got.second is not None and audio is not None:
            session.retranscribed(audio, got.second[1], got.second[0], got.second[2])
        say(f"  trainee {start:6.1f}s  {got.text}"
            + ("" if got.text == turn.trainee else f"   (said: {turn.trainee})"))
        if pace:
            time.sleep(pace * got.duration)
        clock = end
        for reply in caller.respond_to(analysis, end, got.confidence):
            clock = caller_turn(reply, clock + TURN_GAP)
        if caller.state.ended:
            break

    type_log_and_events(session, test, moved, clock)
    if not caller.state.ended:
        caller_turn(caller.close(), clock + TURN_GAP)
    session.event("call_ended", clock + TURN_GAP)
    attempt, result = session.finish()
    return DemoRun(attempt, result, session.folder, heard)


def type_log_and_events(session: Session, test: SelfTest, moved: list[tuple[float, float]],
                        clock: float) -> None:
    """The self-test's system checks and grade at their moments, and its log typed."""

    def when(t: float) -> float:
        """A self-test time on this run's timeline."""
        earlier = [(a, b) for a, b in moved if a <= t]
        return round(t + (earlier[-1][1] - earlier[-1][0] if earlier else 0.0), 2)

    for event in test.events:
        fields = {k: v for k, v in (("query", event.query), ("value", event.value)) if v}
        session.event(event.type, when(event.t), **fields)
    for name, value in test.log.model_dump().items():
        if name == "thrive":
            for part, text in value.items():
                session.log_edit(f"thrive.{part}", text, clock)
        elif value not in ("", (), None):
            session.log_edit(name, list(value) if isinstance(value, tuple) else value, clock)
