"""The conversation on the line: who says what, when, and what the journal records.

Caller replies are queued and played one after another (a caller finishes their sentence
before answering the next question); each is recorded as it starts, with the time it will
end, so the journal matches what the trainee heard.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, Literal

from scoring.attempt import Attempt
from simulator.dialogue import Caller, Reply
from simulator.screen.seams import Speaker, Utterance
from simulator.session import Session

TURN_GAP = 0.4  # seconds between the trainee finishing and the caller starting
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

    def answer(self, t: float) -> None:
        """The trainee picks up: the caller's opening line."""
        self.waiting.append((self.caller.opening(), t))

    def trainee(self, said: Utterance) -> None:
        # One analysis: journalled with the turn (the marker reads it) and acted on.
        analysis = self.caller.understand(said.text)
        self.session.trainee_said(said.text, said.t0, said.t1, source=said.source,
                                  confidence=said.confidence, audio=said.audio,
                                  words=said.words, analysis=analysis.to_json())
        self.lines.append(Line("trainee", said.text, said.t0, said.t1,
                               tuple(said.words or ())))
        self.last_speech = max(self.last_speech, said.t1)
        for reply in self.caller.respond_to(analysis, said.t1, said.confidence):
            self.waiting.append((reply, said.t1 + TURN_GAP))

    def step(self, t: float) -> None:
        """Time has reached `t`: scripted lines and prompts, and the next reply starts."""
        for reply in self.caller.tick(t):
            self.waiting.append((reply, t))
        while self.waiting and max(self.waiting[0][1], self.busy_until) <= t:
            reply, not_before = self.waiting.popleft()
            self._say(reply, max(not_before, self.busy_until))

    def _say(self, reply: Reply, start: float) -> None:
        length = self.speaker.play(reply)
        end = start + length
        self.session.caller_said(reply.text, start, end, reply.reveals)
        if reply.event is not None:
            self.session.event(reply.event.type, start, value=reply.event.value)
        self.caller.spoke_until(end)
        self.busy_until = end
        self.last_speech = max(self.last_speech, end)
        self.lines.append(Line("caller", reply.text, start, end, stage=not reply.spoken))

    def hold_silence(self, t: float) -> None:
        """The trainee is typing a question: in typed mode typing is their speech, so the
        caller should not ask "are you still there?" while they type."""
        self.caller.spoke_until(t)

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
