"""The caller: how a scenario's caller answers, volunteers, gets upset and hangs up.

`Caller` is driven by two things only: what the trainee says (`hear`) and time passing
(`tick`). It never blocks and never touches audio, so the live call, the headless demo and
the tests all run the same caller; replies are chosen in well under a millisecond after
the intents are known, leaving the 200 ms reply budget to audio.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from scoring.intents import Matcher
from scoring.text import is_question
from simulator.scenario import CallerEvent, Fact, Scenario, Volunteer

ReplyKind = Literal["opening", "answer", "otherwise", "acknowledge", "clarify", "volunteer",
                    "prompt", "hang_up", "closing"]
DISTRESSED_AT = 7.0
ACKNOWLEDGE = ("Okay.", "Right.", "Okay, thank you.")


@dataclass(frozen=True)
class Reply:
    """One thing the caller says (or does, for a stage direction in square brackets)."""

    text: str
    kind: ReplyKind
    reveals: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()  # the trainee intents this reply answers
    distress: float = 0.0
    event: CallerEvent | None = None  # what the system records with this reply

    @property
    def spoken(self) -> bool:
        """False for a stage direction ("[taps twice]"): shown, not synthesised."""
        text = self.text.strip()
        return not (text.startswith("[") and text.endswith("]"))


@dataclass
class CallerState:
    distress: float
    revealed: dict[str, float] = field(default_factory=dict)  # fact -> when
    asked: dict[str, float] = field(default_factory=dict)  # intent -> first asked
    times_answered: dict[str, int] = field(default_factory=dict)
    volunteered: set[str] = field(default_factory=set)
    clarified: int = 0
    acknowledged: int = 0
    last_heard: float = 0.0
    prompted_since_heard: bool = False
    ended: bool = False
    hung_up: bool = False


class Caller:
    """One simulated caller for one call."""

    def __init__(self, scenario: Scenario, matcher: Matcher) -> None:
        self.scenario = scenario
        self.persona = scenario.caller
        self.matcher = matcher
        self.state = CallerState(distress=self.persona.distress.start)
        self._by_intent: dict[str, list[Fact]] = {}
        for fact in self.persona.facts:
            for intent in fact.intents:
                self._by_intent.setdefault(intent, []).append(fact)

    # --- the call ---------------------------------------------------------------------

    def opening(self) -> Reply:
        return self._reply(self.persona.opening, "opening")

    def hear(self, utterance: str, t: float) -> list[Reply]:
        """The trainee said something at `t` seconds: the caller's replies, in order."""
        if self.state.ended:
            return []
        return self.respond(self.matcher.intents(utterance), t, is_question(utterance))

    def respond(self, intents: Sequence[str], t: float, asking: bool = True) -> list[Reply]:
        """Replies to a trainee turn whose intents are already known.

        A question the caller cannot place gets a clarification and upsets them a little;
        a statement they cannot place (an explanation) just gets an acknowledgement.
        """
        s = self.state
        s.last_heard = max(s.last_heard, t)
        s.prompted_since_heard = False
        for intent in intents:
            s.asked.setdefault(intent, t)
        self._feel(intents, t)
        replies: list[Reply] = []
        for intent in intents:
            replies.extend(self._answer(intent, t))
        acknowledge = self.persona.acknowledge or ACKNOWLEDGE
        if (intents and not replies) or (not intents and not asking):
            s.acknowledged += 1
            replies.append(self._reply(_cycle(acknowledge, s.acknowledged - 1), "acknowledge"))
        elif not intents:
            s.distress = min(10.0, s.distress + self.persona.distress.ignored)
            replies.append(self._reply(_cycle(self.persona.clarify, s.clarified), "clarify"))
            s.clarified += 1
        return replies + self._hang_up_if_overwhelmed()

    def tick(self, t: float) -> list[Reply]:
        """Time has passed: scripted lines, silence prompts, drift in distress, hanging up."""
        s = self.state
        if s.ended:
            return []
        replies: list[Reply] = []
        s.distress = min(10.0, max(0.0, s.distress))
        for vol in self.persona.volunteers:
            if vol.at is not None and vol.at <= t and vol.id not in s.volunteered:
                replies.append(self._volunteer(vol, t))
        silence = self.persona.silence
        quiet = t - s.last_heard
        if silence is not None and quiet >= silence.after and not s.prompted_since_heard:
            s.prompted_since_heard = True
            s.distress = min(10.0, s.distress + self.persona.distress.ignored)
            replies.append(self._reply(_cycle(silence.lines, s.clarified), "prompt"))
            s.clarified += 1
        rules = self.persona.hang_up
        too_quiet = rules.after_silence is not None and quiet >= rules.after_silence
        too_late = rules.at is not None and t >= rules.at
        if too_quiet or too_late:
            replies.append(self._hang_up())
        else:
            replies.extend(self._hang_up_if_overwhelmed())
        return replies

    def spoke_until(self, t: float) -> None:
        """The caller's line finished at `t`: silence is counted from whoever spoke last."""
        self.state.last_heard = max(self.state.last_heard, t)

    def drift(self, minutes: float) -> None:
        """Distress drifts with time while nothing is done (`per_minute`)."""
        self.state.distress = min(10.0, max(0.0, self.state.distress
                                            + minutes * self.persona.distress.per_minute))

    def close(self) -> Reply:
        """The trainee ends the call properly."""
        self.state.ended = True
        return self._reply(self.persona.closing, "closing")

    # --- inside -----------------------------------------------------------------------

    def _feel(self, intents: Sequence[str], t: float) -> None:
        d = self.persona.distress
        for intent in intents:
            self.state.distress -= d.calms.get(intent, 0.0)
            self.state.distress += d.upsets.get(intent, 0.0)
        self.state.distress = min(10.0, max(0.0, self.state.distress))

    def _answer(self, intent: str, t: float) -> list[Reply]:
        replies: list[Reply] = []
        for fact in self._by_intent.get(intent, []):
            if not self._ready(fact):
                if fact.otherwise:
                    replies.append(self._reply(fact.otherwise, "otherwise", answers=(intent,)))
                continue
            count = self.state.times_answered.get(fact.id, 0)
            self.state.times_answered[fact.id] = count + 1
            upset = self.state.distress >= DISTRESSED_AT and fact.distressed
            text = fact.distressed if upset and fact.distressed else _cycle(fact.answers, count)
            first = fact.id not in self.state.revealed  # the event happens once
            replies.append(self._reply(text, "answer", reveals=(fact.id,), answers=(intent,),
                                       event=fact.event if first else None))
            replies.extend(self._reveal(fact.id, t))
        return replies

    def _ready(self, fact: Fact) -> bool:
        s = self.state
        return all(f in s.revealed for f in fact.after_facts) and all(
            i in s.asked for i in fact.after_intents)

    def _reveal(self, fact_id: str, t: float) -> list[Reply]:
        """Mark a fact as out; return what the caller volunteers straight after it."""
        if fact_id in self.state.revealed:
            return []
        self.state.revealed[fact_id] = t
        return [self._volunteer(v, t) for v in self.persona.volunteers
                if v.after_fact == fact_id and v.id not in self.state.volunteered]

    def _volunteer(self, vol: Volunteer, t: float) -> Reply:
        self.state.volunteered.add(vol.id)
        for fact in vol.reveals:
            self.state.revealed.setdefault(fact, t)
        return self._reply(vol.say, "volunteer", reveals=vol.reveals, event=vol.event)

    def _hang_up_if_overwhelmed(self) -> list[Reply]:
        limit = self.persona.hang_up.at_distress
        if limit is not None and self.state.distress >= limit and not self.state.ended:
            return [self._hang_up()]
        return []

    def _hang_up(self) -> Reply:
        self.state.ended = True
        self.state.hung_up = True
        return self._reply(self.persona.hang_up.say or "[the caller hangs up]", "hang_up")

    def _reply(self, text: str, kind: ReplyKind, reveals: tuple[str, ...] = (),
               answers: tuple[str, ...] = (), event: CallerEvent | None = None) -> Reply:
        return Reply(text, kind, reveals, answers, round(self.state.distress, 2), event)


def _cycle(lines: Sequence[str], count: int) -> str:
    """Vary repeats: the first ask gets the first line, the next the second, and so on."""
    return lines[count % len(lines)]
