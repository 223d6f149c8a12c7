"""What one trainee turn means: the frozen records the caller, the marker and the report read.

These records are the contract of `scoring.understanding` (see the package docstring). They
are plain frozen dataclasses so a turn's analysis can be journalled with the turn
(`to_json`) and read back unchanged (`from_json`) when the call is marked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeVar, get_args

ActKind = Literal["question", "instruction", "reassurance", "readback", "promise", "apology",
                  "greeting", "statement"]
Polarity = Literal["affirm", "negate"]
ReadBackKind = Literal["address", "phone", "name", "registration", "date"]

ACT_KINDS: tuple[ActKind, ...] = get_args(ActKind)
# The order the rules rank a turn's acts in (`acts.main_act`): what it asks, else what it
# reads back, apologises for, tells the caller to do, comforts or promises.
MAIN_ORDER: tuple[ActKind, ...] = ("question", "readback", "apology", "instruction",
                                   "reassurance", "promise", "greeting", "statement")
POLARITIES: tuple[Polarity, ...] = get_args(Polarity)
READBACK_KINDS: tuple[ReadBackKind, ...] = get_args(ReadBackKind)

# Role words a subject may take (docs/understanding-definitions.md, "Subject").
SUBJECTS = ("caller", "suspect", "victim", "casualty", "missing_person", "child", "partner",
            "relative", "neighbour", "witness", "officer", "vehicle", "other")

FORMAT = "callsim.analysis/1"
# Intents that by definition are about the caller (docs/intent-definitions.md).
CALLER_ONLY = frozenset({"caller_name"})
# Intents whose definitions are the words someone used ("what was said": a threat, the abuse
# of a hate incident; docs/intent-definitions.md). The marker credits a question for those
# words from their answer, and the caller answers it with them.
WORDS_INTENTS = frozenset({"threats_made", "hate_motivation"})
T = TypeVar("T", bound=str)


@dataclass(frozen=True)
class Act:
    """What kind of turn one clause is (question, instruction, read-back, …)."""

    kind: ActKind
    clause: str
    confidence: float = 1.0


@dataclass(frozen=True)
class IntentReading:
    """One intent heard in a clause, and how it was meant.

    `confidence` is calibrated: of readings given confidence 0.8, about 80% are right on the
    development sets. `score` is the raw similarity to `phrase`, the library (or scenario)
    phrasing the clause resembled most: every decision names what it resembled.
    `polarity` says whether the clause does the intent (`affirm`: asks it, advises it, does
    it) or its opposite (`negate`: "you're fine to clean up", "no need to stay on the line").
    `subject` is a role word from `SUBJECTS` ("caller", "partner", "suspect", "vehicle", …);
    `person` the id in the scenario's `world.people` or `world.vehicles` it resolved to, if
    any. `act` is the act of the clause that carries the intent.
    """

    intent: str
    confidence: float
    polarity: Polarity
    subject: str
    clause: str
    phrase: str
    score: float
    act: ActKind = "question"
    person: str | None = None

    @property
    def affirmed(self) -> bool:
        return self.polarity == "affirm"


@dataclass(frozen=True)
class ReadBack:
    """A detail repeated back to the caller to confirm it, and whether it is the truth.

    `field` names what it was compared with ("location", "caller.callback",
    "people.suspect.name", "vehicles.car.registration"); `matches_world` is None when the
    scenario's world holds nothing of that kind to compare with.
    """

    kind: ReadBackKind
    value: str
    matches_world: bool | None
    field: str = ""
    clause: str = ""


@dataclass(frozen=True)
class TurnAnalysis:
    """One trainee turn, understood once and read by everyone.

    `acts` has one entry per clause, in order. `intents` are the readings accepted (above the
    matcher's threshold, nearer an intent than any library negative). `near` holds, per
    clause with no accepted reading, the best candidate below the threshold: the marker uses
    it to say how close a "never asked" came. `confidence` is the turn's overall confidence
    (the lowest accepted reading's, or of the act when nothing was heard). `analyser`
    identifies the analyser and phrase library that made it, so a journalled analysis can be
    trusted or recomputed.
    """

    text: str
    acts: tuple[Act, ...] = ()
    intents: tuple[IntentReading, ...] = ()
    readbacks: tuple[ReadBack, ...] = ()
    confidence: float = 1.0
    near: tuple[IntentReading, ...] = ()
    analyser: str = ""
    main: ActKind | None = None  # the main act, when the learnt model overruled the rule

    @property
    def act(self) -> ActKind:
        """The main act (`acts.turn_act`): the first question if any clause asks, else the
        first clause's, but for a refusal set against what follows it (unless the learnt
        second opinion was sure of another: `main`)."""
        if self.main is not None:
            return self.main
        from scoring.understanding.acts import turn_act  # noqa: PLC0415  (it imports us)

        return turn_act(self.text, self.acts)

    @property
    def is_question(self) -> bool:
        if self.main is not None:
            return self.main == "question"
        return any(a.kind == "question" for a in self.acts)

    def intent_ids(self, polarity: Polarity | None = "affirm") -> tuple[str, ...]:
        """The intents heard, in order, once each (only `polarity` ones; None for all)."""
        seen: dict[str, None] = {}
        for reading in self.intents:
            if reading.intent in CALLER_ONLY and reading.subject != "caller":
                continue  # "what's her name?" is not the caller's name
            if polarity is None or reading.polarity == polarity:
                seen.setdefault(reading.intent, None)
        return tuple(seen)

    def readings(self, intent: str) -> tuple[IntentReading, ...]:
        return tuple(r for r in self.intents if r.intent == intent)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (journalled as a trainee turn's `analysis`)."""
        out = {
            "format": FORMAT,
            "analyser": self.analyser,
            "text": self.text,
            "confidence": self.confidence,
            "acts": [{"kind": a.kind, "clause": a.clause, "confidence": a.confidence}
                     for a in self.acts],
            "intents": [_reading_json(r) for r in self.intents],
            "near": [_reading_json(r) for r in self.near],
            "readbacks": [{"kind": b.kind, "value": b.value, "matches_world": b.matches_world,
                           "field": b.field, "clause": b.clause} for b in self.readbacks],
        }
        if self.main is not None:
            out["main"] = self.main
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TurnAnalysis:
        """Read back what `to_json` wrote; raise ValueError naming the part that is wrong."""
        if data.get("format") != FORMAT:
            raise ValueError(f"not an analysis: `format` must be \"{FORMAT}\"")
        try:
            return cls(
                text=str(data["text"]),
                analyser=str(data.get("analyser", "")),
                confidence=float(data.get("confidence", 1.0)),
                acts=tuple(Act(_one_of(a["kind"], ACT_KINDS, "act"), str(a["clause"]),
                               float(a.get("confidence", 1.0))) for a in data.get("acts", ())),
                intents=tuple(_reading(r) for r in data.get("intents", ())),
                near=tuple(_reading(r) for r in data.get("near", ())),
                readbacks=tuple(
                    ReadBack(_one_of(b["kind"], READBACK_KINDS, "read-back kind"),
                             str(b["value"]), _maybe_bool(b.get("matches_world")),
                             str(b.get("field", "")), str(b.get("clause", "")))
                    for b in data.get("readbacks", ())),
                main=(None if data.get("main") is None
                      else _one_of(data["main"], ACT_KINDS, "act")),
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"analysis is missing or has a wrong part: {error}") from None


@dataclass(frozen=True)
class Context:
    """What came before a turn: the analyses so far and who and what was last discussed.

    Build it with `Context()` at the start of a call and `context.after(analysis)` after
    each trainee turn (`context.heard(text)` after each caller turn), so "and his name?"
    resolves to the person last talked about.
    """

    previous: tuple[TurnAnalysis, ...] = ()
    last_subject: str | None = None  # role word
    last_person: str | None = None  # world id, when known
    last_topic: str | None = None  # intent id
    caller_said: str = ""  # the caller's last line
    mentioned: tuple[str, ...] = field(default=())  # role words the caller mentioned last

    def after(self, analysis: TurnAnalysis, keep: int = 6) -> Context:
        """The context for the next turn, once `analysis` has been said."""
        subject, person, topic = self.last_subject, self.last_person, self.last_topic
        for reading in analysis.intents:
            topic = reading.intent
            if reading.act not in ("question", "readback"):
                continue  # "officers are on their way" is not talking about the officers
            if reading.subject != "caller" or subject is None:
                subject, person = reading.subject, reading.person
        return replace(self, previous=(*self.previous, analysis)[-keep:], last_subject=subject,
                       last_person=person, last_topic=topic)

    def about(self, subject: str, person: str | None) -> Context:
        """The context once someone has been named as what follows is about ("Mr Khan at
        number 8, …"): the next "he" or "his" is them, whatever was asked before."""
        return replace(self, last_subject=subject, last_person=person)

    def heard(self, caller_line: str, mentioned: Sequence[str] = ()) -> Context:
        """The context after the caller spoke (`mentioned`: role words they brought up)."""
        return replace(self, caller_said=caller_line, mentioned=tuple(mentioned))


def _reading_json(r: IntentReading) -> dict[str, Any]:
    out: dict[str, Any] = {"intent": r.intent, "confidence": r.confidence,
                           "polarity": r.polarity, "subject": r.subject, "act": r.act,
                           "clause": r.clause, "phrase": r.phrase, "score": r.score}
    if r.person is not None:
        out["person"] = r.person
    return out


def _reading(data: Mapping[str, Any]) -> IntentReading:
    return IntentReading(
        intent=str(data["intent"]), confidence=float(data["confidence"]),
        polarity=_one_of(data.get("polarity", "affirm"), POLARITIES, "polarity"),
        subject=str(data.get("subject", "caller")), clause=str(data.get("clause", "")),
        phrase=str(data.get("phrase", "")), score=float(data.get("score", 0.0)),
        act=_one_of(data.get("act", "question"), ACT_KINDS, "act"),
        person=None if data.get("person") is None else str(data["person"]))


def _one_of(value: object, allowed: tuple[T, ...], what: str) -> T:
    if value not in allowed:
        raise ValueError(f"`{value}` is not a known {what} ({', '.join(allowed)})")
    return value


def _maybe_bool(value: object) -> bool | None:
    return None if value is None else bool(value)
