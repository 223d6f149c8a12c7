"""The conversation on the line: who says what, when, and what the journal records.

Caller replies to one trainee turn are played one after another; each is recorded as it
starts, with the time it will end, so the journal matches what the trainee heard.

The trainee may cut in, as on any phone line. When they start to speak (or, in typed mode,
start to type a question) the caller's line in progress stops there, and the record says
so. In typed mode every caller line is on screen in full the moment it starts, so whatever
the caller still had to say from earlier questions is shown at once, before the new
question: the answer to a typed question then comes a moment after Enter, never queued
behind earlier speaking time and never after a later question.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, replace
from typing import Any, Literal

from scoring.attempt import Attempt
from scoring.understanding import TurnAnalysis
from simulator.dialogue import Caller, Reply
from simulator.screen.seams import Speaker, Utterance
from simulator.session import Session

TURN_GAP = 0.4  # seconds between the trainee finishing and the caller starting
# A caller waits this long for the handler's greeting before speaking anyway.
GREETING_WAIT = 5.0
# What a handler says before the question: "Police,", "Hello, Humberside Police.", ...
GREETING_WORDS = re.compile(r"^\s*(?:(?:hello|hi|good (?:morning|afternoon|evening))[,.!]?\s*)?"
                            r"(?:[\w' ]{0,30}?police|emergency|ambulance)?\s*[,.!:]\s*",
                            re.IGNORECASE)
Speaking = Literal["caller", "trainee"]


@dataclass(frozen=True)
class Line:
    """One line of the transcript on screen."""

    speaker: Speaking
    text: str
    t: float
    end: float
    words: tuple[dict[str, Any], ...] = ()  # recogniser words, to mark the doubtful ones
    stage: bool = False  # a stage direction ("[taps twice]"), not speech


class Conversation:
    def __init__(self, caller: Caller, session: Session, speaker: Speaker) -> None:
        self.caller = caller
        self.session = session
        self.speaker = speaker
        self.lines: list[Line] = []
        self.waiting: deque[tuple[Reply, float]] = deque()  # (reply, not before)
        self.busy_until = 0.0  # when the caller's current line ends
        self.last_speech = 0.0  # when anyone last finished speaking
        self.opening_due: float | None = None  # answered, waiting for the greeting

    def answer(self, t: float) -> None:
        """The caller's opening line, now."""
        self.waiting.append((self.caller.opening(), t))

    def pick_up(self, t: float) -> None:
        """The trainee answers at `t`: the caller waits for the greeting (or a moment)."""
        self.opening_due = t + GREETING_WAIT
        self.caller.spoke_until(t)

    def _greeted(self, said: Utterance, analysis: TurnAnalysis) -> None:
        """The handler's greeting: the caller says why they rang, then answers anything
        the greeting asked ("Police, what's the address of your emergency?"); a greeting
        that asks nothing the caller knows ("Police, how can I help?") gets the opening
        alone, never a "sorry?"."""
        self.opening_due = None
        self.answer(said.t1 + TURN_GAP)
        if not analysis.intents:
            return
        # "Police, what's the address...?": the service's name in front makes the turn
        # read as a statement (acknowledged: "Okay.") rather than the question it is; the
        # caller answers the question after it.
        salutation = GREETING_WORDS.match(said.text)
        if salutation and said.text[salutation.end():].strip():
            analysis = self.caller.understand(said.text[salutation.end():])
        for reply in self.caller.respond_to(analysis, said.t1, said.confidence):
            self.waiting.append((reply, said.t1 + TURN_GAP))

    def interrupt(self, t: float, *, typed: bool) -> None:
        """The trainee starts to speak (or type) at `t`: the caller stops talking, and in
        typed mode whatever they had still to say is shown now (see the module note)."""
        self._cut(t)
        if typed:
            while self.waiting:
                reply, _ = self.waiting.popleft()
                self._say(reply, t, shown_only=True)

    def _cut(self, t: float) -> None:
        if self.busy_until <= t:
            return
        last = next((line for line in reversed(self.lines) if line.speaker == "caller"), None)
        if last is None or last.end <= t:
            return
        self.speaker.stop()
        end = max(t, last.t)
        self.session.caller_cut(last.t, end)
        self.lines[self.lines.index(last)] = replace(last, end=end)
        self.busy_until = end

    def trainee(self, said: Utterance) -> None:
        typed = said.source == "typed"
        # Speech cuts in when it starts; a typed question when it is sent (typing began
        # it already: `interrupt` from the screen), so a line begun meanwhile is not lost.
        self.interrupt(said.t1 if typed else said.t0, typed=typed)
        # One analysis: journalled with the turn (the marker reads it) and acted on.
        analysis = self.caller.understand(said.text)
        self.session.trainee_said(said.text, said.t0, said.t1, source=said.source,
                                  confidence=said.confidence, audio=said.audio,
                                  words=said.words, analysis=analysis.to_json())
        self.lines.append(Line("trainee", said.text, said.t0, said.t1,
                               tuple(said.words or ())))
        self.last_speech = max(self.last_speech, said.t1)
        if self.opening_due is not None:
            self._greeted(said, analysis)
            return
        for reply in self.caller.respond_to(analysis, said.t1, said.confidence):
            self.waiting.append((reply, said.t1 + TURN_GAP))

    def step(self, t: float) -> None:
        """Time has reached `t`: scripted lines and prompts, and the next reply starts."""
        if self.opening_due is not None:
            if t < self.opening_due:
                return  # the caller is waiting to be greeted
            self.opening_due = None
            self.answer(t)
        for reply in self.caller.tick(t):
            self.waiting.append((reply, t))
        while self.waiting and max(self.waiting[0][1], self.busy_until) <= t:
            reply, not_before = self.waiting.popleft()
            self._say(reply, max(not_before, self.busy_until))

    def _say(self, reply: Reply, start: float, *, shown_only: bool = False) -> None:
        """The caller says `reply` from `start`; `shown_only` (typed mode, cut in on) puts
        it on screen at once without playing it."""
        end = start if shown_only else start + self.speaker.play(reply)
        self.session.caller_said(reply.text, start, end, reply.reveals)
        if reply.event is not None:
            self.session.event(reply.event.type, start, value=reply.event.value)
        self.caller.spoke_until(end)
        self.busy_until = end
        self.last_speech = max(self.last_speech, end)
        self.lines.append(Line("caller", reply.text, start, end, stage=not reply.spoken))

    def hold_silence(self, t: float) -> None:
        """The trainee is typing a question: in typed mode typing is their speech, so the
        caller should not ask "are you still there?" while they type, nor start before a
        greeting still being typed."""
        self.caller.spoke_until(t)
        if self.opening_due is not None:
            self.opening_due = max(self.opening_due, t + GREETING_WAIT)

    def close(self, t: float) -> None:
        """The trainee ends the call: the caller says goodbye (unless already gone)."""
        self.waiting.clear()
        self.speaker.stop()  # whatever the caller was saying is cut off now
        if not self.caller.state.ended:
            self._say(self.caller.close(), t)

    def speaking(self, t: float) -> Speaking | None:
        # The trainee may type over the caller; the caller is still talking until their
        # line ends.
        return "caller" if t < self.busy_until else None

    @property
    def hung_up(self) -> bool:
        return self.caller.state.hung_up

    def caller_gone(self, t: float) -> bool:
        """The caller has hung up and their last words have been heard."""
        return self.caller.state.ended and not self.waiting and t >= self.busy_until

    def replay(self, attempt: Attempt) -> float:
        """Rebuild the call so far from a resumed journal; return where time stands."""
        volunteers = {v.say: v for v in self.caller.persona.volunteers}
        for turn in attempt.turns:
            end = turn.finished
            if turn.speaker == "trainee":
                self.caller.hear(turn.text, end)  # the caller's state, not its words again
            else:
                for fact in turn.reveals or ():
                    self.caller.state.revealed.setdefault(fact, turn.t)
                if turn.text in volunteers:
                    self.caller.state.volunteered.add(volunteers[turn.text].id)
                self.caller.spoke_until(end)
            self.lines.append(Line(turn.speaker, turn.text, turn.t, end,
                                   stage=turn.text.startswith("[")))
        now = attempt.duration() + 1.0
        self.caller.spoke_until(now)
        self.last_speech = now
        return now
