"""The two seams between the trainee screen and the audio side.

The screen never records or plays sound itself. It asks a `TraineeInput` for the trainee's
finished utterances once a frame, and hands each caller reply to a `Speaker`. Today both
defaults are silent (typed questions, caller lines shown as text); the speech work plugs
in a microphone + recogniser and a text-to-speech player without touching the screen:

    screen = TraineeScreen(..., voice=MicrophoneInput(...), speaker=TtsSpeaker(...))

`TraineeInput` contract, in the order the screen calls it:
- `talk(pressed, t)` when the push-to-talk key goes down (True) or up (False); `t` is
  call time in seconds. An open-mic input may ignore it.
- `poll(t)` once a frame: every utterance that has *finished* since the last poll, oldest
  first. Must not block (the screen draws at ~30 frames a second).
- `partial()` the words recognised so far in the utterance still being spoken ("" if
  none), shown greyed in the transcript as the trainee speaks.
- `typed` True means there is no microphone: the screen shows the "Say to caller" box
  and the banner telling the trainee to type their questions.

`Speaker` contract: `play(reply)` starts the caller's line and returns how long it lasts
in seconds (the screen shows the caller as speaking for that long and counts silence
from its end); `stop()` cuts off whatever is playing (the call ended).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from simulator.dialogue import Reply

WORDS_PER_SECOND = 2.5  # a steady speaking pace; the demo times caller lines the same way


@dataclass(frozen=True)
class Utterance:
    """One finished trainee utterance, as the session records it."""

    text: str
    t0: float  # call time the trainee started speaking (or typing)
    t1: float  # call time they finished
    source: str = "stt"  # "stt" (spoken and recognised) or "typed"
    confidence: float | None = None
    # Per-word results from the recogniser: {"word", "conf", "start", "end"}; words under
    # LOW_CONFIDENCE are marked on screen so the trainee knows what was misheard.
    words: list[dict[str, Any]] | None = None
    audio: bytes | None = None  # the trainee's own voice (WAV), kept for the assessor


class TraineeInput(Protocol):
    typed: bool

    def talk(self, pressed: bool, t: float) -> None: ...

    def poll(self, t: float) -> list[Utterance]: ...

    def partial(self) -> str: ...


class Speaker(Protocol):
    def play(self, reply: Reply) -> float: ...

    def stop(self) -> None: ...


class Ringer(Protocol):
    """The phone ringing in the headset: `start()` as the call comes in, `stop()` on the
    answer (or when the program closes unanswered)."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


@dataclass
class TypedInput:
    """No microphone: the trainee types. The screen's "Say to caller" box sends the text
    straight to the call, so there is never anything to poll."""

    typed: bool = True
    pending: list[Utterance] = field(default_factory=list)
    why: str = ""  # why there is no microphone, for the banner ("" : none given)

    def talk(self, pressed: bool, t: float) -> None:
        """Push-to-talk does nothing without a microphone (the banner says so)."""

    def poll(self, t: float) -> list[Utterance]:
        waiting, self.pending = self.pending, []
        return waiting

    def partial(self) -> str:
        return ""


class SilentSpeaker:
    """No sound: a caller line 'lasts' as long as it would take to say, so the screen's
    who-is-speaking light and the caller's silence timer behave as with a real voice."""

    def play(self, reply: Reply) -> float:
        if not reply.spoken:
            return 1.0
        return max(0.8, len(reply.text.split()) / WORDS_PER_SECOND)

    def stop(self) -> None:
        """Nothing is playing."""
