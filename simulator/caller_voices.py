"""The caller's voice for a live call, ready before the phone rings and kept across calls.

Every line a caller can say is synthesised once per voice and kept on disk (`VoiceCache`),
so only the first call of a scenario pays for synthesis. Before the phone rings only what
the start of the call needs is made: each line in the caller's starting voice that is not
on disk yet, and the opening line through the telephone line. Everything else (the same
lines through the telephone line, the uneasy and distressed voices) is made by a
background thread of low priority while the call runs; a line wanted before the thread
reaches it is made on the spot (~10 ms through the line, ~30 ms to synthesise), well
inside the reply budget. So a warm start rings at once and a cold one after one voice's
synthesis, instead of three voices' synthesis and filtering.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

from audio.errors import AudioError
from audio.memory import give_back
from audio.tts import Voice
from simulator.dialogue import Reply
from simulator.live_audio import DeviceSpeaker
from simulator.scenario import Scenario
from simulator.speech_pipeline import DISTRESS_LEVELS, SpeechMouth, caller_voice

Progress = Callable[[int, int], None]  # (done, of)
# A distress (0-10) that falls in each of the caller's three voices (see distress_level).
VOICE_DISTRESS = {DISTRESS_LEVELS[0]: 0.0, DISTRESS_LEVELS[1]: 5.0, DISTRESS_LEVELS[2]: 8.0}


@dataclass(frozen=True)
class Line:
    text: str
    distress: float  # any distress in the voice's band

    def voice(self, scenario: Scenario) -> Voice:
        return caller_voice(scenario, self.distress)


def every_line(mouth: SpeechMouth, scenario: Scenario) -> tuple[list[Line], list[Line]]:
    """What to make before the phone rings (each line in the starting voice), and what can
    wait (the other two voices, and the distressed variants of answers)."""
    persona = scenario.caller
    spoken = [text for text in dict.fromkeys(mouth.lines()) if Reply(text, "answer").spoken]
    start = persona.distress.start
    first = [Line(text, start) for text in spoken]
    start_voice = caller_voice(scenario, start).key()
    later = [Line(text, d) for d in VOICE_DISTRESS.values() for text in spoken
             if caller_voice(scenario, d).key() != start_voice]
    later += [Line(f.distressed, 8.0) for f in persona.facts
              if f.distressed and Reply(f.distressed, "answer").spoken]
    # the stock reactions and restatements: in every voice, after those above
    stock = [text for text in mouth.stock_lines() if Reply(text, "answer").spoken]
    later += [Line(text, d) for d in VOICE_DISTRESS.values() for text in stock]
    return first, later


class CallerVoices:
    """Makes the caller's lines: what the first seconds need now, the rest while the
    call runs."""

    def __init__(self, mouth: SpeechMouth, speaker: DeviceSpeaker, scenario: Scenario) -> None:
        self.mouth = mouth
        self.speaker = speaker
        self.scenario = scenario
        self.first, self.later = every_line(mouth, scenario)
        self.synthesised = 0  # lines that were not on disk and had to be made
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None

    def missing(self, lines: list[Line]) -> list[Line]:
        cache = self.mouth.voices
        return [line for line in lines
                if not cache.path(line.text, line.voice(self.scenario)).exists()]

    def before_ringing(self, progress: Progress, stopped: Callable[[], bool]) -> bool:
        """Synthesise the starting voice's lines not yet on disk, reporting progress; put
        the opening through the telephone line. False if stopped (Ctrl+C) on the way."""
        todo = self.missing(self.first)
        progress(0, len(todo))
        for done, line in enumerate(todo, 1):
            if stopped():
                return False
            self.mouth.voices.render(line.text, line.voice(self.scenario))
            self.synthesised += 1
            progress(done, len(todo))
        opening = self.scenario.caller.opening
        self.speaker.clip(Reply(opening, "opening", distress=self.scenario.caller.distress.start))
        return True

    def rest_in_background(self) -> None:
        """The other voices and the telephone line for every line, at low priority."""
        self._worker = threading.Thread(target=self._make_rest, name="caller-voices",
                                         daemon=True)
        self._worker.start()

    def _make_rest(self) -> None:
        with contextlib.suppress(AttributeError, OSError):
            # A background thread of its own priority (Linux: a thread id is a process id
            # for setpriority), so the recogniser and the screen come first.
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        for line in [*self.first, *self.later]:
            if self._stop.is_set():
                return
            try:
                self.speaker.clip(Reply(line.text, "answer", distress=line.distress))
            except (AudioError, OSError):
                return  # made on demand instead, or shown as text if the voice fails
        give_back()  # the filtering's buffers (audio.memory)

    def stop(self) -> None:
        self._stop.set()
        if self._worker is not None:
            self._worker.join(timeout=2)
