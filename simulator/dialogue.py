"""The caller: how a scenario's caller answers, complies, confirms, volunteers, gets upset
and hangs up.

`Caller` is driven by two things only: what the trainee says (`hear`, or `respond_to` with
a turn already analysed) and time passing (`tick`). It never blocks and never touches
audio, so the live call, the headless demo, `callsim rehearse` and the tests all run the
same caller. It reads the one analysis of each turn (`scoring.understanding`) that the
marker reads too, so the caller can never answer a question the marker says was not
asked, or take advice the marker says was refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from scoring.text import is_question, stem, words
from scoring.truth import World
from scoring.understanding import (
    Context,
    IntentReading,
    ReadBack,
    TurnAnalysis,
    Understanding,
    tap_codes,
)
from scoring.understanding.as_said import as_said
from scoring.understanding.reading import SUMMARY_PHRASE
from simulator import caller_lines as lines
from simulator import caller_memory as memory
from simulator import caller_thread as thread
from simulator import caller_words as said_words
from simulator import read_back_truth as world_check
from simulator.library import intent_library
from simulator.scenario import CallerEvent, Fact, Scenario, Volunteer

ReplyKind = Literal["opening", "answer", "restate", "otherwise", "comply", "noted", "react",
                    "confirm", "correct", "dont_know", "acknowledge", "clarify", "volunteer",
                    "prompt", "hang_up", "closing"]
DISTRESSED_AT = 7.0
# Below this recogniser confidence a turn with nothing understood is probably misheard:
# "say that again?" is honest. Above it, the caller understood and simply doesn't know.
LOW_HEARD = 0.5
# Confidence is calibrated (a reading at 0.5 is right half the time): a question read
# below this is more likely something else, so the caller doesn't answer it as that.
FAINT = 0.5
SURE = 0.8
# Under this confidence a question whose words the fact never speaks of gets "I don't know"
# (training conversations: unanticipated 73% -> 83%, on-script 91.3% -> 90.6%).
UNSURE_BELOW = SURE
# Recogniser's words that make no question need a reading this sure to be acted on.
UNSURE = 0.65  # a reading this confident is acted on even in a garbled turn
# Words of substance a question the analysis read nothing in needs to be taken as meant.
SUBSTANCE = 2
# Intents that are the caller's own details: a fact for one, with no `about`, is the
# caller's, so the same question about someone else gets "I don't know".
CALLER_DETAILS = frozenset({"caller_name", "callback_number", "date_of_birth"})
# Acts that are not asking: advice, reassurance, promises, apologies are taken, not answered.
TAKEN = frozenset({"instruction", "reassurance", "promise", "apology"})
# Intents that are things the handler tells or does (docs/intent-definitions.md): a fact
# for one is the caller's response to it ("I'll leave it all as it is"). Any other intent
# in an instruction ("ring your bank about the card") is a topic, not a question.
TOLD = frozenset({"silent_solution", "stay_on_line", "reassurance", "safety_advice",
                  "scene_preservation", "crime_prevention", "next_steps", "reference_number",
                  "signpost", "confirm_details", "apology", "complaint_recording"})
# Advice the trainee gives: never asked as "is there…?", "did you…?".
ADVICE = frozenset({"silent_solution", "safety_advice", "scene_preservation", "crime_prevention",
                    "signpost", "reference_number", "next_steps", "complaint_recording"})
# Questions about who someone is: asked of a person with no fact for them, the caller says
# what they do know of that person. Others ("has she been drinking?") get "I don't know".
IDENTITY = frozenset({"caller_name", "callback_number", "date_of_birth", "suspect_description",
                      "person_description", "relationship", "vehicle_description"})
# Where the caller's knowledge of someone lives when no fact answers the question asked.
DESCRIBED_BY: dict[str, tuple[str, ...]] = {
    "child": ("children_present",), "suspect": ("suspect_description",),
    "missing_person": ("person_description",), "vehicle": ("vehicle_description",),
    "casualty": ("anyone_injured", "medical_conditions"),
    "partner": ("relationship", "children_present"),
    "relative": ("children_present", "relationship"), "witness": ("witnesses_cctv",),
    "officer": ("officer_details",), "neighbour": ("relationship", "witnesses_cctv"),
}
# Questions of where: asked of something done to the caller, they ask where on them.
PLACES = frozenset({"location", "caller_safe"})
# The questions of when and where, by what their answer must say (`caller_thread.asked_of`).
_ASKED_BY = {"time": frozenset({"when_happened"}), "clock": frozenset({"when_happened"}),
             "duration": frozenset({"when_happened"}),
             "place": frozenset({"location", "last_seen"})}
_ASKED_WHAT = {"time": "when", "clock": "what time", "duration": "how long", "place": "where"}
# Things the trainee gives the caller: a number in them is theirs, not a read-back.
GIVEN = frozenset({"reference_number", "next_steps", "signpost"})
# The caller's lines that a trainee may read back.
REMEMBERED = frozenset({"opening", "answer", "restate", "comply", "volunteer", "otherwise",
                        "correct"})
# Reactions: a turn gets at most one ("okay, thank you" once, not once per clause).
REACTIONS = frozenset({"comply", "noted", "react", "acknowledge"})
QUIET = REACTIONS - {"comply"}  # reactions an answer makes unnecessary
# The caller spoken of in the third person to whoever is relaying: an interpreter.
# (Their own details and household spoken of as "his name", "his little boy", "who's in the
# house with him?" are the caller's, put through someone else.)
_THROUGH_INTERPRETER = re.compile(
    r"\b(ask|tell) (him|her)\b|^\s*(and |so )?(can|could|does|did|is|has) (he|she)\b|"
    r"\binterpreter\b|\b(his|her) (full |first |last |sur)?(name|phone|mobile|number|address|"
    r"date of birth|wife|husband|partner|family|kids|children|little|son|daughter)\b|"
    r"\bwith (him|her)\s*\??\s*$", re.IGNORECASE)
# What someone else would be willing to do, or wants: only they can say.
_THEIR_MIND = re.compile(r"\b(willing|prepared|happy|want|wants|mind|agree)\b(?= to\b)|"
                         r"\b(mind)\b", re.IGNORECASE)
# What someone else said, heard or knows ("has Mr Khan said whether he heard anything?"):
# only a fact that says it answers it. The forms of each verb, to their root.
_THEIR_WORD = {"said": "say", "says": "say", "say": "say", "told": "tell", "tell": "tell",
               "heard": "hear", "hear": "hear", "hears": "hear", "know": "know",
               "knows": "know", "knew": "know", "think": "think", "thinks": "think",
               "thought": "think"}
_THEIR_WORDS = re.compile(r"(?<!\byou )\b(" + "|".join(_THEIR_WORD) + r")\b", re.IGNORECASE)


def _says_their_mind(clause: str, answers: Sequence[str]) -> bool:
    """Does a fact say what a question asks of someone else's mind: what they would be
    willing to do or want, what they said, heard or know?"""
    mind = _THEIR_MIND.search(clause)
    if mind is not None and not any(mind.group(0).lower() in a.lower() for a in answers):
        return False
    asked = {_THEIR_WORD[w.lower()] for w in _THEIR_WORDS.findall(clause)}
    said = {_THEIR_WORD[w.lower()] for a in answers for w in _THEIR_WORDS.findall(a)}
    return asked <= said


# "His name", "her phone number": a detail of whoever "he" is, said straight after "his".
_HIS_OWN = re.compile(r"\b(his|her) (full |first |last |sur)?(name|phone|mobile|number|"
                      r"date of birth|dob|birthday)\b", re.IGNORECASE)
# Someone called by what they are to the caller or the call.
_RELATIONS = (r"(wife|husband|partner|cousin|neighbou?r|friend|mum|mother|dad|father|brother|"
              r"sister|son|daughter|girlfriend|boyfriend|landlord|farmer|guard|mate|colleague|"
              r"boss|boy|girl|child|kid|baby)")  # "his little boy" is his son
_RELATION = re.compile(rf"\b{_RELATIONS}s?\b", re.IGNORECASE)
# "caller's wife", "complainant's cousin": what someone is to the caller, in the world.
_THEIR_RELATION = re.compile(rf"\b(caller|complainant)'s {_RELATIONS}\b", re.IGNORECASE)
_DONE_TO_YOU = re.compile(r"\b(hurt|hit|injured?|attack(ed)?|touch(ed)?|punch(ed)?|kick(ed)?|"
                          r"grab(bed)?|strangled?|threaten(ed)?) you\b", re.IGNORECASE)
# The detail an identity question asks for, when its words don't say.
_DETAIL_OF = {"caller_name": "name", "date_of_birth": "age", "callback_number": "phone"}
# The caller's own details a request to be told names ("ask him for his address").
_INTENT_OF = {"address": "location", "name": "caller_name", "phone": "callback_number",
              "dob": "date_of_birth"}
_CHECKING = re.compile(r"\b(did you say|you said|was it you said)\b", re.IGNORECASE)
_ASKS_YOU = re.compile(r"\b(do|did|are|were|have|can|could|would|will) you\b(?! (know|think|"
                       r"mind|want|need)\b)", re.IGNORECASE)
_THEIRS = re.compile(r"\b(?!your\b|my\b|you\b)[a-z]+'s (first |full |last |sur|mobile |phone |"
                     r"contact )?(name|number|phone|mobile|date of birth|birthday)\b",
                     re.IGNORECASE)
# "Your name and number": the caller's own details, whoever the analysis took it for.
_YOURS = re.compile(r"\byour (full |first |last |sur|mobile |phone |contact |home )?(name|"
                    r"number|phone|mobile|date of birth|birthday|dob|address)\b", re.IGNORECASE)
# A name (a capitalised word within a sentence) or a phone number said in a fact's words.
_SAYS_DETAIL = {"name": re.compile(r"(?<![.!?\"] )(?<!^)\b[A-Z][a-z]+"),
                "phone": re.compile(r"\d{3}")}
_DESCRIBE = re.compile(r"\b(describe|description of)\b", re.IGNORECASE)
_SURNAME = re.compile(r"\b(surname|last name|second name|family name)\b", re.IGNORECASE)
_WHICH_NUMBER = re.compile(r"\b(what|which) (house |door )?number\b", re.IGNORECASE)
_AGAIN = re.compile(r"\bagain\W*$", re.IGNORECASE)
# A name said within a sentence (a capitalised word after its first), and the capitalised
# words that are no one's name.
_NAME_SAID = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]+\b")
_NOT_NAMES = frozenset("police constabulary service mr mrs miss ms dr".split()) | \
    memory.WHEN_WORDS
# A woman or a man spoken of, by a pronoun or what they are.
_SHE = re.compile(r"\b(she|she's|her|hers|herself|woman|women|lady|ladies|girl|wife|mum|mother|"
                  r"daughter|sister|girlfriend|mrs|miss|ms)\b", re.IGNORECASE)
_HE = re.compile(r"\b(he|he's|him|his|himself|man|men|lad|lads|bloke|fella|guy|boy|husband|"
                 r"son|brother|dad|father|boyfriend|mr)\b", re.IGNORECASE)
# Someone's name asked for ("his first name", "the guard's name", "has he got a name"), and
# a first name.
_PERSONS_NAME = re.compile(
    r"\b(his|her|their)\s+(first |full |last |sur|second )?name\b|"
    r"\b(?!your\b|my\b)[a-z]+'s\s+(first |full |last |sur|second )?name\b|"
    r"\b(got|have|has) a name\b", re.IGNORECASE)
_FIRST_NAME = re.compile(r"\b(first|christian) name\b", re.IGNORECASE)
# A question of where, and of nothing else ("what happened and where?" asks both).
_WHERE_ASKED = re.compile(r"^(?!.*\b(what|how|who|when|why)\b).*\bwhere(abouts)?\b",
                          re.IGNORECASE)
_WH_ASKS = re.compile(r"^\W*(and |so |ok,? |okay,? |right,? )?(what|where|when|who|whose|which|"
                      r"why|how)\b", re.IGNORECASE)
_YOUR_NAME = re.compile(r"\byour (first |full |last |second |sur)?name\b", re.IGNORECASE)
_YES_NO = re.compile(r"^\W*(and |so )?(is|are|was|am|it's|that's|you're)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers)\b", re.IGNORECASE)
_PASS_ON = re.compile(r"\btell (him|her|them)\b", re.IGNORECASE)
# "Did they give you a reference number?": what someone else did, asked, not advice given.
_THEY_DID = re.compile(r"^\W*(?:(?:and|so|okay|ok|right)\W+)*(?:did|do|does|has|have|had)\s+"
                       r"(?:they|he|she)\b", re.IGNORECASE)
_RESTARTED = re.compile(r"\w\W+(yeah|yes|okay|ok)\b", re.IGNORECASE)
_CARRIED = re.compile(r"^\(\w+, again\)$")  # the analysis's "the last question again"
# How the caller is: asked in care ("are you okay?"), which a question may comfort in.
_HOW_THEY_ARE = re.compile(r"\b(okay|ok|alright|all right|safe|hurt|fine|coping|holding up|"
                           r"feeling)\b", re.IGNORECASE)
# A turn that opens on a condition ("if he posts anything else, tell me"): what it says
# is for then, not a question now.
_CONDITION = re.compile(r"^\W*(?:(?:and|so|okay|ok|right)\W+)?(?:if|when|whenever|once)\b",
                        re.IGNORECASE)
# A phone number said ("07700 900318", "01482 694217"), not a year.
_PHONE_SAID = re.compile(r"\b0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4}\b")
# A birth date asked for, and said.
_BIRTH = re.compile(r"\b(date of birth|dob|d o b|birthday|born)\b", re.IGNORECASE)
_BORN = re.compile(r"\b(born|birthday|date of birth)\b|\b(19|20)\d\d\b", re.IGNORECASE)
# The service's opening question: "how can I help?", "what can we do for you?".
_HOW_CAN_I_HELP = re.compile(r"\b(how|what) (can|may|could) (i|we) (help|do for you)\b|"
                             r"\bwhat's (your|the) emergency\b", re.IGNORECASE)
_ANYTHING_ELSE = re.compile(r"\banything else\b", re.IGNORECASE)
# "Is there anything else I can help you with?": the closing check of the caller's needs.
_NEEDS_MET = re.compile(r"\banything else\b.*\b(help|do for you|need)", re.IGNORECASE)


@dataclass(frozen=True)
class Reply:
    """One thing the caller says (or does, for a stage direction in square brackets)."""

    text: str
    kind: ReplyKind
    reveals: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()  # the trainee intents this reply answers
    distress: float = 0.0
    event: CallerEvent | None = None  # what the system records with this reply
    why: str = ""  # for trainers (`callsim rehearse`): what the caller understood

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
    updated: dict[str, tuple[str, ...]] = field(default_factory=dict)  # fact -> new answers
    clarified: int = 0
    acknowledged: int = 0
    said: dict[str, int] = field(default_factory=dict)  # reply kind -> times
    answered_with: list[str] = field(default_factory=list)  # what a read-back is checked on
    last_told: str | None = None  # the fact the caller's latest answer gave
    last_heard: float = 0.0
    heard_words: set[str] = field(default_factory=set)  # every word the trainee has said
    silent_way_at: float | None = None  # when the caller was first given a way to answer
    # without speaking (press 55, or a tap code for a question: `tap_codes`)
    drifted_to: float = 0.0  # distress drift applied up to this time
    prompted_since_heard: bool = False
    ended: bool = False
    hung_up: bool = False


class Caller:
    """One simulated caller for one call."""

    def __init__(self, scenario: Scenario, understanding: Understanding) -> None:
        self.scenario = scenario
        self.persona = scenario.caller
        self.understanding = understanding
        self._vocabulary: dict[str, frozenset[str]] = {}
        self.state = CallerState(distress=self.persona.distress.start)
        self.context = Context()
        self.last_analysis: TurnAnalysis | None = None
        self._turn = ""  # the words of the turn being answered
        self._turn_before = ""  # the words of the trainee's turn before it
        self._offered = False  # the trainee's last turn offered a number (a reference)
        # The fact the last turn's question was answered with, and whom it asked about:
        # what an elliptical "and which pub was he in?" leans on.
        self._asked_before: tuple[str, str] | None = None
        self._asked_now: tuple[str, str] | None = None
        # Whom the trainee's last turn spoke of, asked or told ("don't move her"): whom a
        # "she" in the next question is, when no question came between.
        self._spoken_of: str | None = None
        self._spoken_of_before: str | None = None
        self._by_intent: dict[str, list[Fact]] = {}
        for fact in self.persona.facts:
            for intent in fact.intents:
                self._by_intent.setdefault(intent, []).append(fact)
        self._roles = _roles(scenario.world)
        self._tells = self._told_by(scenario)
        self._d = lines.SPOKEN if self.persona.speaks else lines.SILENT
        # Everything the caller knows, to check a read-back against (said yet or not).
        world = scenario.world
        self._knowledge = [line for f in self.persona.facts
                           for line in (*f.answers, *f.details.values()) if line] + [
            v for v in (world.location.address, world.location.landmark, world.caller.name,
                        world.caller.callback,
                        *(x for p in world.people for x in (p.name, p.description)),
                        *(x for v in world.vehicles for x in (v.registration, v.description)))
            if v]
        # The makes and models the world's vehicles go by ("the Micra", "the BMW").
        self._vehicle_names = {v.id: {w for w in re.findall(r"[a-z]+", (v.description or "")
                                                            .lower()) if w in memory.MAKES}
                               for v in world.vehicles}
        self._first_names = {p.id: _called(p.name) for p in scenario.world.people
                             if p.name and p.name.lower() != "unknown" and _called(p.name)}
        # People on the edge of the call (a neighbour, a witness): a fact says nothing of
        # them unless it names them ("has Mr Khan heard anything?" is not "number 8 has a
        # Ring doorbell").
        # So is the caller's own partner when no fact is about them ("the caller's husband, at
        # home"): "is your husband with you?" is not answered by the caller's name.
        about = {f.about for f in scenario.caller.facts}
        self._edge = {p.id for p in scenario.world.people
                      if p.role in ("neighbour", "witness", "other") or (
                          p.role == "partner" and p.id not in about
                          and _THEIR_RELATION.search(p.description or ""))}
        # What the caller calls each of them in their own lines: "my wife" for the world's
        # "caller's wife", "my cousin" for the "complainant's cousin".
        self._my = {p.id: f"my {m.group(2).lower()}" for p in scenario.world.people
                    if p.id in self._edge and (m := _THEIR_RELATION.search(p.description or ""))}

    # --- the call ---------------------------------------------------------------------

    def opening(self) -> Reply:
        return self._reply(self.persona.opening, "opening")

    def understand(self, utterance: str) -> TurnAnalysis:
        """The analysis of a trainee turn in the context of the call so far (the session
        journals it with the turn; `respond_to` then acts on it)."""
        # ("Essex Police, where are you?": the analysis leaves the answering formula out of
        # the question, and "Hello, Cleveland Police." is a sentence of its own, which asks
        # nothing, so the force's name needs no second reading here)
        return self.understanding.analyse(utterance, self.context)

    def hear(self, utterance: str, t: float, heard: float | None = None) -> list[Reply]:
        """The trainee said something at `t` seconds: the caller's replies, in order.
        `heard` is the recogniser's confidence in the words, when they were spoken."""
        if self.state.ended:
            return []
        return self.respond_to(self.understand(utterance), t, heard)

    def respond_to(self, analysis: TurnAnalysis, t: float,
                   heard: float | None = None) -> list[Reply]:
        """Replies to a trainee turn that has been analysed."""
        if self.state.ended:
            return []
        # a number said straight after the trainee offers one is theirs: the reference
        before = self.last_analysis
        self._offered = before is not None and any(
            r.intent in GIVEN and r.affirmed for r in before.intents)
        self.last_analysis = analysis
        self._turn_before = self._turn
        self._turn = analysis.text
        self._asked_before, self._asked_now = self._asked_now, None
        self._spoken_of_before = self._spoken_of
        self._spoken_of = next((r.person for r in reversed(analysis.intents)
                                if r.person not in (None, "caller")), None)
        self.context = self.context.after(analysis)
        s = self.state
        self._drift(t)
        s.last_heard = max(s.last_heard, t)
        s.prompted_since_heard = False
        s.heard_words.update(re.findall(r"[a-z]+", analysis.text.lower()))
        for reading in analysis.intents:
            if reading.affirmed:
                s.asked.setdefault(reading.intent, t)
        if s.silent_way_at is None and tap_codes.gives_a_silent_way_to_answer(analysis):
            s.silent_way_at = t
        if self.persona.language != "en" and _THROUGH_INTERPRETER.search(analysis.text):
            # "Ask him where he lives", "can he describe them?": the trainee is talking to
            # an interpreter, so the caller's language need has been met.
            s.asked.setdefault("language_needs", t)
        if _NEEDS_MET.search(analysis.text) and is_question(analysis.text):
            return [self._reply(lines.cycle(self._d.nothing_else, self._count("nothing_else")),
                                "answer", why="checking the caller's needs were met")]
        if lines.garbled(analysis.text) and (
                lines.cut_off(analysis.text) or lines.stumbles(analysis.text)
                or all(r.confidence < SURE or r.phrase == SUMMARY_PHRASE
                       for r in analysis.intents)):
            # (a garbled turn taken for a read-back by its shape alone is as unsure:
            # "uh the bus she get the forty")
            return [self._clarify("garbled: better to ask again than to act on a guess")]
        if self._unsure_of_words(analysis):
            return [self._clarify("the recogniser's words, read with no confidence")]
        replies = self._replies(analysis, t)
        if any(r.kind not in REACTIONS or r.reveals for r in replies):
            # answers say enough: no "okay" on top of them (agreeing to do something stays)
            replies = [r for r in replies if r.kind not in QUIET or r.reveals]
        if any(r.kind != "clarify" for r in replies):
            # part of the turn was understood and answered: "say that again?" after it
            # would take it back
            replies = [r for r in replies if r.kind != "clarify"]
        if not replies:
            replies.append(self._nothing_placed(analysis, heard))
        if not analysis.intents and all(r.kind == "dont_know" for r in replies):
            # (a question read as something the caller has no answer to is left unknown)
            replies = self._told_of(analysis, t) or replies
        return replies + self._hang_up_if_overwhelmed()

    def _told_of(self, analysis: TurnAnalysis, t: float) -> list[Reply]:
        """"And when did the crisis team stop seeing him?", which nothing placed: a clear
        question naming what only one fact the caller has told speaks of (two words of it,
        and nothing of any other) is more about that, not unknown."""
        text = analysis.text
        if not (is_question(text) or lines.well_formed_question(text)) or (lines.raw(text) \
                and not self._plainly_asked(text)):
            return []
        found = thread.told_of(text, ((f.id, (*f.answers, *f.details.values()))
                                      for f in self.persona.facts), self.state.revealed)
        fact = next((f for f in self.persona.facts if f.id == found), None)
        if fact is None or not fact.intents or not self._ready(fact):
            return []
        asked = IntentReading(intent=fact.intents[0], confidence=SURE, polarity="affirm",
                              subject="caller", clause=text, phrase="", score=0.0,
                              act="question")
        return [replace(self._give(fact, asked), why=(
            f"nothing placed the question, which names what only fact `{fact.id}` said"))]

    def _given(self, text: str) -> bool:
        """Digits straight after the trainee offered a number ("I'll give you a crime
        reference, have you got a pen?"): the number given, not one read back."""
        return self._offered and sum(c.isdigit() for c in text) >= 4

    def _unsure_of_words(self, analysis: TurnAnalysis) -> bool:
        """Recognised words (no punctuation: the recogniser's raw form) that make no
        question and no confident reading, and aren't the caller's words read back ("your
        sake where you out"): more likely misheard than meant."""
        text = analysis.text
        if not lines.raw(text) or lines.well_formed_question(text):
            return False
        if analysis.act == "greeting" or self._given(analysis.text):
            return False  # "take care, goodbye", a reference number: plainly meant
        if analysis.acts and all(a.kind == "instruction" and a.confidence >= SURE
                                 and _opens_as_advice(a.clause) for a in analysis.acts):
            return False  # "and keep trying her phone": surely told to do something
        if any(r.confidence >= UNSURE for r in analysis.intents):
            return False
        if any(r.confidence >= FAINT and r.intent in _DETAIL_OF
               and lines.names_detail(r.clause, _DETAIL_OF[r.intent]) for r in analysis.intents):
            return False  # "name and number please": the words name the detail read
        known = [*self.state.answered_with, *self._knowledge]
        # (their words back, or a detail of a kind they told, "so it started about
        # midnight": a read-back they can check)
        return not ((memory.looks_like_read_back(text) or memory.bare_value(text))
                    and (memory.overlaps(text, known) or memory.recall(
                        text, self.state.answered_with, self._knowledge) is not None))

    def _replies(self, analysis: TurnAnalysis, t: float) -> list[Reply]:
        """Read-backs first, then each reading in order, then requests with no intent."""
        replies, confirmed = self._checked(analysis)
        taken: set[str] = set()
        told: set[tuple[str, bool]] = set()  # each intent taken, and whether asked
        heard_in: set[str] = set()  # clauses with a reading the caller acts on
        quoted = self._thread(analysis)
        heard_in.update(quoted)
        replies.extend(self._taken_up(analysis, quoted, taken, t))
        read_out = self._read_out(analysis, replies, t) | self._grounds(analysis, replies, t)
        heard_in.update(read_out)
        # (taken up above: what they said, what they were asked to read out or their grounds)
        for reading in [self._whose_words(r) for r in _as_asked(analysis.intents)
                        if r.clause not in quoted and r.clause not in read_out]:
            leant = self._faint(reading, t, taken, replies)
            if leant is not None:
                heard_in.update(leant)
                continue
            if _CARRIED.match(reading.phrase) and not lines.follow_on(reading.clause) and \
                    len(reading.clause.split()) >= 4:
                # "How many people were in it?" is a new question, not the last one again
                # ("which way did they go?"): only a fragment ("and his mate?") leans on it
                continue
            if lines.request(reading.clause) and not lines.asks_to_tell(reading.clause) and \
                    reading.intent not in TOLD and reading.confidence < SURE:
                continue  # "can you stay at home in case she turns up?" asks a deed, not a fact
            heard_in.add(reading.clause)
            if reading.clause in confirmed and reading.act in ("readback", "question"):
                continue  # "so that's 6 Sycamore Grove?" is confirmed, not asked again
            asks = reading.act == "question"
            if (reading.intent, asks) in told and reading.intent in TOLD:
                continue  # advice said twice over is taken once (told, then asked, is two:
                # "I'll give you a reference, have you got a pen?")
            taken.add(reading.intent)
            told.add((reading.intent, asks))
            for reply in self._agreed(reading, self._take(reading, t)):
                if _new_in_turn(reply, replies):
                    replies.append(reply)
        if not heard_in:
            replies.extend(self._asked_for_detail(analysis, t))
        replies.extend(self._unread_question(analysis, heard_in, replies))
        if any((lines.request(a.clause) or a.kind == "instruction") and a.clause not in heard_in
               and not tap_codes.tap_code(a.clause)
               for a in analysis.acts) and not any(r.kind == "correct" for r in replies):
            # "Can you stay at home in case she turns up?": asked to do something (a
            # detail put right answers "Is it Flat 4? One tap for yes." whole; the code
            # for a question is how to answer it, no second thing to do)
            agree = self._reply(lines.cycle(self._d.comply, self._count("comply")), "comply",
                                why="asked to do something: agrees")
            if _new_in_turn(agree, replies):
                replies.append(agree)
        return replies

    def _whose_words(self, reading: IntentReading) -> IntentReading:
        """"What were they saying?", "what did he say to you exactly?": asked for someone's
        words, and read as the abuse or the threat (both cover what was said), the caller
        gives the abuse shouted where the scenario keeps it apart from the threat, unless the
        question names a threat; the words asked make the reading sure, however faint."""
        if reading.intent not in said_words.WORDS_OF or reading.act != "question" or \
                not reading.affirmed or not said_words.words_asked(reading.clause):
            return reading
        wanted = "threats_made" if said_words.names_threat(reading.clause) else \
            "hate_motivation"
        if not any(self._ready(f) for f in self._by_intent.get(wanted, [])):
            wanted = reading.intent  # no such words kept: the words read are the answer
        if wanted not in self._by_intent:
            return reading
        return replace(reading, intent=wanted, confidence=max(reading.confidence, SURE))

    def _read_out(self, analysis: TurnAnalysis, replies: list[Reply], t: float) -> set[str]:
        """"Can you read it to me?": asked to read out a text, a letter, a message, the
        caller says what it says (the handler's own read-back is "let me read that back").
        "It" is the thing with writing on that the turn, or the turn before, or the
        caller's last lines named; what it says is the fact the question "what did the
        text say?" reads as. The replies are added to `replies`; the clauses asking it."""
        out: set[str] = set()
        for act in analysis.acts:
            if not said_words.read_aloud(act.clause):
                continue
            thing = said_words.written_thing(act.clause, analysis.text, self._turn_before,
                                             *reversed(self.state.answered_with[-2:]))
            asked = f"What did the {thing} say?" if thing else "What did it say?"
            readings = [r for r in self.understanding.analyse(asked, self.context).intents
                        if r.confidence >= FAINT and r.intent in self._by_intent
                        and r.intent not in TOLD]
            if not readings:
                continue
            reading = replace(readings[0], act="question")
            answer = [r for r in self._answer(reading, t) if r.reveals]
            if answer:
                out.add(act.clause)
                reply = replace(answer[0], why=(
                    f"asked to read out {'the ' + thing if thing else 'what was written'} → "
                    f"{answer[0].why}"))
                if _new_in_turn(reply, replies):
                    replies.append(reply)
        return out

    def _grounds(self, analysis: TurnAnalysis, replies: list[Reply], t: float) -> set[str]:
        """"What makes you think that?": asked why they say so, the caller gives the fact
        that says it: when the question says what ("what makes you think he's there?"), the
        fact those words read as, else the one they last told (unless the question is surely
        read as something else). The replies are added to `replies`; the clauses asking it."""
        out: set[str] = set()
        for act in analysis.acts:
            of = thread.grounds_asked(act.clause)
            if of is None or any(r.clause == act.clause and r.confidence >= SURE
                                 for r in analysis.intents):
                continue
            if of:
                readings = [r for r in self.understanding.analyse(f"{of}?", self.context)
                            .intents if r.confidence >= FAINT and r.intent not in TOLD
                            and r.intent in self._by_intent]
                fact = next((f for r in readings[:1] for f in self._by_intent[r.intent]
                             if self._ready(f) and self._about(f, r)), None)
            else:
                fact = None
            # (what they said last, which the question is most likely put to)
            fact = fact or next((f for f in self.persona.facts
                                 if f.id == self.state.last_told), None)
            if fact is None or not fact.intents or not self._ready(fact):
                continue
            asked = IntentReading(intent=fact.intents[0], confidence=SURE, polarity="affirm",
                                  subject="caller", clause=act.clause, phrase="", score=0.0,
                                  act="question")
            reply = replace(self._give(fact, asked), why=(
                f"asked why they say so{' (' + of + ')' if of else ''} → fact `{fact.id}`"))
            out.add(act.clause)
            if _new_in_turn(reply, replies):
                replies.append(reply)
                replies.extend(self._reveal(fact.id, t))
        return out

    def _unread_question(self, analysis: TurnAnalysis, heard_in: set[str],
                         replies: list[Reply]) -> list[Reply]:
        """"is it raining there, is the road wet": one question answered, the other, which
        nothing read, is not known (rather than left unanswered)."""
        def bare(text: str) -> str:
            return " ".join(words(text))

        # (a clause read, or heard, in part or whole, is not unread)
        read_in = [bare(c) for c in (*heard_in, *(r.clause for r in analysis.intents))]
        if not all(read_in):
            return []  # a reading placed in no clause may be of any of them
        unknown = [a for a in analysis.acts if a.kind == "question"
                   and not any(c and (c in bare(a.clause) or bare(a.clause) in c)
                               for c in read_in)
                   and is_question(a.clause) and self._plainly_asked(a.clause, analysis.text)]
        if not replies or not unknown or any(r.kind == "dont_know" for r in replies):
            return []
        return [self._dont_know(None, "nothing read in "
                                f"{as_said(unknown[0].clause, analysis.text)!r}")]

    def _agreed(self, reading: IntentReading, replies: list[Reply]) -> list[Reply]:
        """"Could you send us a recent photo of her?": asked to do something, though it
        resembles a question the caller has no answer to, is agreed to."""
        if replies and all(r.kind == "dont_know" for r in replies) and \
                lines.request(reading.clause) and not lines.asks_to_tell(reading.clause):
            return [self._line(self._d.comply, "comply", reading,
                               "asked to do something, not to tell: agrees")]
        return replies

    def _faint(self, reading: IntentReading, t: float, taken: set[str],
               replies: list[Reply]) -> set[str] | None:
        """A question read too faintly to answer as read: the clause it heard when it leans
        on the last question (adding to `replies`), else None to take it as read."""
        if reading.act != "question":
            return None
        if reading.confidence < UNSURE and thread.points_back(reading.clause):
            # "whose camera is that?" straight after "number 29 have a camera", read faintly
            # as whose car it is: "that" is what the caller just said, named by its word
            more = self._more_of_last(reading)
            if more:
                taken.update(more[0].reveals)
                replies.extend(r for r in more if _new_in_turn(r, replies))
                return {reading.clause}
        if reading.confidence < FAINT:
            # a guess at the question: "I don't know" beats a wrong answer, unless it
            # leans on the last question
            return self._lean(reading, t, taken, replies)
        if reading.confidence < UNSURE and lines.follow_on(reading.clause) and \
                lines.detail_asked(reading.clause) is None:
            # "And which pub was he in?" straight after "has he been drinking?": an
            # elliptical question naming no detail of its own, read only weakly as
            # another intent, is more of the last question when it leans on it
            return self._lean(reading, t, taken, replies) or None
        return None

    def _their_detail(self, reading: IntentReading) -> IntentReading:
        """"Do you know her name?" asks for her name, not whether the caller knows her: the
        detail named after "his"/"her" is the question, whoever the reading says of."""
        if reading.intent != "relationship":
            return reading
        own = _HIS_OWN.search(reading.clause)
        if own is None or reading.person is None:
            # "Can you describe the man who was shouting?": what he looks like, not who
            # he is to the caller
            looks = DESCRIBED_BY.get(reading.subject, ("",))[0]
            described = looks.endswith("_description") and _DESCRIBE.search(reading.clause)
            return replace(reading, intent=looks) if described else reading
        detail = _INTENT_OF.get(lines.detail_asked(own.group(0)) or "")
        return replace(reading, intent=detail) if detail else reading

    def _checked(self, analysis: TurnAnalysis) -> tuple[list[Reply], set[str]]:
        """The turn's read-backs answered (against the world, then what the caller said)
        and the clauses that settles."""
        coded = self._code_checked(analysis)
        replies, confirmed = self._read_backs(analysis, {clause for _, clause in coded})
        wrong = [(reply, clause) for reply, clause in coded if reply.kind == "correct"]
        if wrong and not any(r.kind == "correct" for r in replies):
            replies = [reply for reply, _ in wrong]  # a code's slip: the analysis read a name
            confirmed.update(clause for _, clause in wrong)
        for reply, clause in self._recalled(analysis, confirmed):
            replies.append(reply)
            confirmed.add(clause)
        if coded and not replies:  # a code they know, right, with nothing else to check
            replies = [reply for reply, _ in coded]
            confirmed.update(clause for _, clause in coded)
        named = None if replies else self._name_checked(analysis)
        if named is not None:
            replies.append(named)
            confirmed.update(r.clause for r in analysis.intents if r.intent == "caller_name")
        if any(r.kind == "correct" for r in replies):
            # a slip put right answers the whole read-back: no "yes" to the rest of it
            confirmed.update(r.clause for r in analysis.intents
                             if r.act == "readback" or r.intent == "confirm_details")
        return replies, confirmed

    def _taken_up(self, analysis: TurnAnalysis, quoted: dict[str, Fact], taken: set[str],
                  t: float) -> list[Reply]:
        """"You said he'd kill you if you phoned again, was that tonight?": more about what
        they said (the fact quoted), whatever the question's own words resemble."""
        replies: list[Reply] = []
        for clause, fact in quoted.items():
            if fact.id in taken:
                continue
            taken.add(fact.id)
            asked = next((r for r in analysis.intents if r.clause == clause), None) or \
                IntentReading(intent="", confidence=SURE, polarity="affirm", subject="caller",
                              clause=clause, phrase="", score=0.0, act="question")
            asked = replace(asked, intent=fact.intents[0] if fact.intents else asked.intent)
            replies.append(replace(self._give(fact, asked), why=(
                f"takes up what the caller said → fact `{fact.id}`")))
            replies.extend(self._reveal(fact.id, t))
        return replies

    def _thread(self, analysis: TurnAnalysis) -> dict[str, Fact]:
        """Clauses asking more about something the caller said, and the fact they said it
        in: a clause quoting them ("you said…", "when you say…") that asks, or the
        question about "that" or "it" right after it ("…, was that tonight?")."""
        out: dict[str, Fact] = {}
        acts = analysis.acts
        for n, act in enumerate(acts):
            said = thread.quoted(act.clause)
            fact = None if said is None else self._said_in(said)
            if fact is None:
                continue
            after = [a.clause for a in acts[n + 1:n + 2] if thread.points_back(a.clause)]
            if after:
                out.update({act.clause: fact, after[0]: fact})
            elif act.kind == "question":
                out[act.clause] = fact
        last = self._asked_before
        if not out and last is not None and len(acts) == 1 and acts[0].kind == "question" \
                and thread.carries_on(acts[0].clause):
            # "and when was that?" straight after an answer: "that" is what it said
            fact = next((f for f in self.persona.facts if f.id == last[0]), None)
            if fact is not None and thread.says_when_asked(
                    acts[0].clause, (*fact.answers, *fact.details.values())):
                # ("and what night was that?" after where it was: a new question, of when)
                out[acts[0].clause] = fact
        return out

    def _said_in(self, words_said: str, leave_out: frozenset[str] = frozenset(),
                 ) -> Fact | None:
        """The fact the caller has told whose answer these words take up."""
        told = [f for f in self.persona.facts if f.id in self.state.revealed]
        found = thread.taken_up(words_said, ((f.id, (*f.answers, *f.details.values()))
                                             for f in told), leave_out)
        return next((f for f in told if f.id == found), None)

    def _asked_for_detail(self, analysis: TurnAnalysis, t: float) -> list[Reply]:
        """"Please ask him for his address", "tell me your name": a request to be told one
        of the caller's details, when no reading placed it, is answered as that detail."""
        if not analysis.intents and _HOW_CAN_I_HELP.search(analysis.text) and \
                "what_happened" in self._by_intent:
            # "Humberside Police, how can I help?": the service's opening question asks what
            # the call is about, though it is said as a greeting
            return self._answer(IntentReading(
                intent="what_happened", confidence=SURE, polarity="affirm", subject="caller",
                clause=analysis.text, phrase="", score=0.0, act="question"), t)
        for act in analysis.acts:
            intent = _INTENT_OF.get(lines.detail_asked(act.clause) or "")
            if intent and lines.asks_to_tell(act.clause) and intent in self._by_intent:
                reading = IntentReading(intent=intent, confidence=UNSURE, polarity="affirm",
                                        subject="caller", clause=act.clause, phrase="",
                                        score=0.0, act="question")
                return self._answer(reading, t)
        for reading in analysis.intents:
            # "What's the lady's name?" read as the last question again, about her: a
            # detail one of her facts holds is what was asked
            detail = lines.detail_asked(reading.clause)
            holding = [f for f in self.persona.facts if reading.person is not None
                       and f.about == reading.person and detail in f.details and f.intents
                       and self._ready(f)]
            if holding and lines.well_formed_question(reading.clause):
                fact = holding[0]
                asked = replace(reading, intent=fact.intents[0])
                return [replace(self._give(fact, asked), why=f"{_describe(reading)} → fact "
                                f"`{fact.id}` holds the {detail} asked for"),
                        *self._reveal(fact.id, t)]
        return []

    def respond(self, intents: Sequence[str], t: float) -> list[Reply]:
        """Replies to plain questions, one per intent, about whoever they concern (the
        preview's sweep of what a trainee can reach)."""
        replies: list[Reply] = []
        for intent in intents:
            self.state.asked.setdefault(intent, t)
            replies.extend(self._answer(_plain(intent), t))
        return replies

    def tick(self, t: float) -> list[Reply]:
        """Time has passed: scripted lines, silence prompts, drift in distress, hanging up."""
        s = self.state
        if s.ended:
            return []
        replies: list[Reply] = []
        self._drift(t)
        for vol in self.persona.volunteers:
            if vol.at is not None and vol.at <= t and vol.id not in s.volunteered:
                replies.append(self._volunteer(vol, t))
        silence = self.persona.silence
        quiet = t - s.last_heard
        if silence is not None and quiet >= silence.after and not s.prompted_since_heard:
            # A real silence from the trainee: being left hanging does upset a caller.
            s.prompted_since_heard = True
            s.distress = _clamp(s.distress + self.persona.distress.ignored)
            replies.append(self._reply(lines.cycle(silence.lines, s.clarified), "prompt",
                                       why=f"{quiet:.0f} s of silence"))
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

    def close(self) -> Reply:
        """The trainee ends the call properly."""
        self.state.ended = True
        return self._reply(self.persona.closing, "closing")

    # --- distress ---------------------------------------------------------------------

    def _drift(self, t: float) -> None:
        """Distress drifts with time (`per_minute`), applied once for each stretch."""
        s = self.state
        if t > s.drifted_to:
            s.distress = _clamp(s.distress
                                + (t - s.drifted_to) / 60 * self.persona.distress.per_minute)
            s.drifted_to = t

    def _feel(self, reading: IntentReading) -> None:
        """Only what was really said moves the caller: advice or reassurance that was
        refused ("no need to stay on the line") calms nobody."""
        if not reading.affirmed:
            return
        d = self.persona.distress
        self.state.distress = _clamp(self.state.distress - d.calms.get(reading.intent, 0.0)
                                     + d.upsets.get(reading.intent, 0.0))

    # --- what the caller does with each reading -----------------------------------------

    def _take(self, reading: IntentReading, t: float) -> list[Reply]:
        self._feel(reading)
        intent = reading.intent
        if not reading.affirmed or (intent in GIVEN and self._given(reading.clause)):
            # (the number offered, now given, "it's 16 118 734 26, quote that": written down)
            return [self._line(self.persona.acknowledge or self._d.noted, "noted", reading,
                               "took it as said: it permits or refuses, so no relief"
                               if not reading.affirmed else "the number offered: noted")]
        if intent in ADVICE and reading.act == "question" and (
                lines.finding_out(reading.clause) or lines.finding_out(self._turn)) and not (
                intent == "reference_number" and intent in self._by_intent
                and not (_THEY_DID.match(reading.clause) and not self._holds_a_number(intent))):
            # ("did they give you a reference number?" is answered by a reference the caller
            # holds, "It says SS-26-11-0417", never by their taking one down now)
            # "Are you in the bedroom?" read as "stay in the bedroom": no advice is phrased
            # as a question about how things are, so it is a question the caller can't place
            return [self._dont_know(reading, "a question about how things are, not advice")]
        settled = self._settled(reading)
        if settled:
            return settled
        asked = (reading.act in ("question", "readback") or intent in TOLD
                 # (an interpreter first offered, "we can get you an interpreter", is
                 # answered as the question of their language: "Tak! Polski.")
                 or (intent == "language_needs" and not any(
                     self.state.times_answered.get(f.id, 0) for f in self._by_intent.get(
                         intent, [])))
                 or lines.well_formed_question(reading.clause)
                 # ("101 police what's the address": the question after the greeting)
                 or (intent not in TOLD and _after_greeting(reading.clause) is not None)
                 or lines.follow_on(reading.clause) or is_question(reading.clause)
                 or lines.asks_to_tell(reading.clause)
                 or (intent in CALLER_DETAILS and lines.detail_asked(reading.clause) is not None)
                 or (reading.act == "statement" and reading.confidence >= SURE
                     and (lines.raw(self._turn) or is_question(self._turn)))
                 or (intent not in TOLD and reading.confidence >= SURE
                     and bool(_ASKS_YOU.search(reading.clause))))
        # (a sure reading in part of a question, "the officer who did the talking, what did
        # he look like?", in a recogniser's question, which has no "?", or with a question
        # inside, "you said you're hard of hearing, do you wear hearing aids", is asked)
        if intent in self._by_intent and asked:
            return self._answer(reading, t)
        unchecked = self._unchecked_read_back(reading, t) if intent == "confirm_details" \
            else None
        if unchecked is not None:
            return unchecked
        authored = self.persona.responses.get(intent)
        if authored:
            return [self._line(authored, "comply", reading, "an authored response")]
        if intent == "reassurance" and (reading.act == "instruction"
                                        or _PASS_ON.search(reading.clause)):
            # "tell him help is coming": something to do, not comfort for the caller
            return [self._line(self._d.comply, "comply", reading, "asked to pass it on")]
        if reading.act == "reassurance" or intent == "reassurance":
            return [self._line(self.persona.reassured or self._d.reassured, "react", reading,
                               "reassured")]
        if reading.act == "apology" or intent == "apology":
            return [self._line(self._d.apology_taken, "react", reading, "apology taken")]
        if reading.act == "promise":
            return [self._line(self._d.promise_taken, "react", reading, "told what happens")]
        # ("whats the name of her GP surgery" read as a read-back or advice: a question
        # word asks, so there is nothing to agree to; it is answered, or not known)
        wh_asks = lines.asks_what(reading.clause) and not lines.request(reading.clause) and \
            reading.act != "instruction"
        if (reading.act in TAKEN or intent in TOLD) and not wh_asks:
            return [self._line(self._d.comply, "comply", reading, "agrees to the advice")]
        if asked or wh_asks:
            return self._answer(reading, t)  # what they know of whom it is about, or not
        return [self._line(self.persona.acknowledge or self._d.acknowledge, "acknowledge",
                           reading, "said, not asked: acknowledged")]

    def _holds_a_number(self, intent: str) -> bool:
        """Does a fact of the intent say a number the caller holds?"""
        return any(memory.says_a_number(a) for f in self._by_intent.get(intent, [])
                   for a in f.answers)

    def _settled(self, reading: IntentReading) -> list[Reply]:
        """A reading settled before its facts are looked at: a question read as something
        the trainee tells ("I don't know"), or something told again that the caller has
        answered already ("I'll make sure the footage is flagged" after their piece on what
        happens next: acknowledged, not said again)."""
        not_so = self._asked_not_told(reading)
        if not_so:
            return [self._dont_know(reading, not_so)]
        if reading.intent in TOLD and reading.act in ("instruction", "promise", "reassurance",
                                                      "statement") and \
                not is_question(self._turn) and any(
                    self.state.times_answered.get(f.id, 0)
                    for f in self._by_intent.get(reading.intent, [])):
            # (a read-back checks, and "…, does that work?" asks: both are still answered)
            if reading.act == "instruction":  # advice again: they agree to it again
                return [self._line(self._d.comply, "comply", reading,
                                   "told again what to do: agrees")]
            return [self._line(self.persona.acknowledge or self._d.acknowledge, "acknowledge",
                               reading, "told again: acknowledged")]
        return []

    def _asked_not_told(self, reading: IntentReading) -> str:
        """Why a question read as something the trainee tells is no such thing ("" when
        it may be)."""
        if reading.act != "question":
            return ""
        if reading.intent in ADVICE and lines.asks_what(reading.clause) and \
                reading.intent not in self._by_intent:
            # "How many people are round there tonight?" read as "don't go round there":
            # advice is never asked with a question word, so it can't be agreed to
            return "a question word asks, it does not advise"
        if reading.intent == "reassurance" and (
                lines.asks_what(reading.clause) or lines.finding_out(reading.clause)) and \
                not _HOW_THEY_ARE.search(reading.clause):
            # "Was the ring ever valued?" read as comfort: comfort is told, never asked
            # (but "are you okay?" is how they are, which may be care)
            return "a question asks, it does not comfort"
        return ""

    def _unchecked_read_back(self, reading: IntentReading, t: float) -> list[Reply] | None:
        """A read-back that nothing the caller said or knows could check."""
        detail = lines.detail_asked(reading.clause)
        if detail in ("phone", "dob") and re.match(r"\W*and\b", reading.clause, re.IGNORECASE) and \
                not re.search(r"\d", reading.clause):
            # "And a number to call you back on, Jo?": a number asked for, none read back
            # (the caller's own: everyone knows theirs, fact or not)
            return self._answer(replace(reading, intent=_INTENT_OF[detail], act="question"), t)
        reply = self._unchecked_value(reading)
        return None if reply is None else [reply]

    def _unchecked_value(self, reading: IntentReading) -> Reply | None:
        """A read-back with a value that nothing the caller said or knows could check."""
        if self._given(reading.clause):
            return self._line(self.persona.acknowledge or self._d.acknowledge, "noted",
                              reading, "the number the trainee offered: noted")
        if lines.finding_out(reading.clause):
            # "are there any cars blocking the road?" is asked, not read back
            return self._dont_know(reading, "a question, not a read-back")
        if lines.follow_on(reading.clause) and any(
                lines.finding_out(part) for part in self._turn.split(",")):
            # "and the tyres, are they alright": a topic and a question about it, more of
            # what the caller just said
            more = self._on_thread(reading)
            if more:
                return more[0]
        if not (reading.act == "readback" or memory.looks_like_read_back(reading.clause)):
            return None
        if lines.raw(self._turn) and not memory.looks_like_read_back(self._turn):
            if is_question(self._turn) and self._plainly_asked(self._turn):
                # "is number 21 a council house or private": a whole question, asked of
                # nothing the caller said, so not known
                return self._dont_know(reading, "a question of nothing the caller said")
            # the recogniser's words with no "so…" or "…, yeah?": as likely misheard as meant
            return self._clarify("a read-back of nothing the caller said, in raw words")
        if reading.confidence < UNSURE or not memory.overlaps(
                reading.clause, [*self.state.answered_with, *self._knowledge]):
            return None  # "I get it": not surely a read-back of the caller's words
        # they hear their words, near enough, and agree
        return self._line(self.persona.confirm or self._d.confirm, "confirm", reading,
                          "read back, nothing to check it against")

    def _answer(self, reading: IntentReading, t: float) -> list[Reply]:
        reading = self._last_spoken_of(self._named(reading))
        reading = self._their_detail(reading)
        surname = self._surname(reading, t) or self._reminded_of_them(reading)
        if surname:
            return surname
        if self.persona.language != "en" and reading.intent in CALLER_DETAILS and \
                _HIS_OWN.search(reading.clause) and "language_needs" in self.state.asked and \
                not self._called_in(reading):
            # through an interpreter, "his name and his phone number" are the caller's, not
            # those of whoever the last answer spoke of ("his little boy")
            reading = replace(reading, subject="caller", person=None)
        reading = self._your_own(reading)
        done = _DONE_TO_YOU.search(reading.clause)
        if reading.intent in PLACES and done and not done.group(1).startswith("threat") and \
                "anyone_injured" in self._by_intent:
            # "Whereabouts did he grab you?": where on the caller, so what they were hurt
            # is the answer, not their address
            reading = replace(reading, intent="anyone_injured", subject="caller",
                              person=None)
        facts = [f for f in self._by_intent.get(reading.intent, []) if self._about(f, reading)]
        detail = lines.detail_asked(reading.clause)
        if reading.person is not None and detail is not None and not facts:
            # "and which way did the car go?": the fact about that car holds the way it went
            holding = [f for f in self.persona.facts
                       if f.about == reading.person and detail in f.details]
            facts = holding[:1]
        if not facts:  # "how old are the kids?": what they know of them (if it says it)
            facts = [f for f in self._facts_on(reading) if _says_their_detail(f, reading)]
            if not any(f.about == reading.person for f in facts) and not (
                    facts and reading.intent in ("date_of_birth", "callback_number")):
                # (what describes the boy in passing is not him described; but a line that
                # says his age, "he's six", does say how old he is)
                reading, facts = self._pronoun_of_another(reading, facts)
        # "what's the reg of the Micra?" is not the BMW's
        facts = [f for f in facts if f.about not in self._vehicle_names
                 or not self._names_other_vehicle(f.about, reading.clause)]
        own = None if facts else self._own_detail(reading)
        said = [own] if own is not None else self._saying_what_asked(facts, reading)
        if said is not None:
            return said
        if not facts:
            return self._on_thread(reading) or [self._dont_know(
                reading, "the question is about someone the caller has no fact on")]
        replies: list[Reply] = []
        for fact in facts:
            if not self._ready(fact):
                if fact.otherwise:
                    replies.append(self._reply(fact.otherwise, "otherwise",
                                               answers=(reading.intent,),
                                               why=f"fact `{fact.id}` is not out yet"))
                continue
            unasked = self._says_nothing_of(fact, reading)
            if unasked:
                return self._on_thread(reading) or [self._dont_know(reading, unasked)]
            replies.append(self._give(fact, reading))
            replies.extend(self._reveal(fact.id, t))
        return replies

    def _your_own(self, reading: IntentReading) -> IntentReading:
        """What the question's own words say it asks, where the analysis read otherwise:
        "can I get your name and number?", "can I take your name and how you're related
        to him?": "your" name is the caller's, though the analysis placed the question on
        someone else (the "him" of the clause after it); "where" is a place."""
        if reading.intent in CALLER_DETAILS and reading.subject != "caller" and \
                _YOURS.search(reading.clause) and not _THEIRS.search(reading.clause) and \
                not _HIS_OWN.search(reading.clause):
            return replace(reading, subject="caller", person=None)
        if reading.intent == "what_happened" and _WHERE_ASKED.search(reading.clause) and \
                "location" in self._by_intent:
            # "Where are you calling about?": the place the call is about, though the
            # words are those of what it's about
            return replace(reading, intent="location")
        return reading

    def _pronoun_of_another(self, reading: IntentReading, facts: list[Fact],
                            ) -> tuple[IntentReading, list[Fact]]:
        """"Can you describe him?" after an answer that spoke of the subject's little boy:
        a "he" the analysis took for someone no fact of the question is about, when the
        clause neither names them nor says what they are, is the one person the question's
        facts are about (the reading and `facts` as they were, when there is no such one)."""
        person = reading.person
        if person is None or person == "caller" or person in self._edge or \
                self._called_in(reading) or not _PRONOUN.search(reading.clause) or \
                any(re.search(rf"\b{re.escape(name)}\b", self._turn or reading.clause)
                    for name in self._first_names.values()):
            # (someone on the edge of the call, or named in the turn, is who was meant)
            return reading, facts
        others = {f.about for f in self._by_intent.get(reading.intent, [])
                  if f.about not in (None, person, "caller") and self._ready(f)}
        if len(others) != 1:
            return reading, facts
        other = others.pop()
        assert other is not None
        moved = replace(reading, person=other, subject=self._roles.get(other, "other"))
        return moved, [f for f in self._by_intent[reading.intent] if f.about == other]

    def _says_a_name(self, texts: Sequence[str], first: bool) -> bool:
        """Do the texts say the name of someone in the world (a first name, when `first`:
        the name a title stands before is a surname)?"""
        for person in self.scenario.world.people:
            words = [w.strip("'\"(),.") for w in (person.name or "").split()]
            words = [w for w in words if w and w.lower() != "unknown" and not w.isdigit()]
            if words and words[0].lower().strip(".") in _TITLES:
                words = [] if first else words[1:]
            for word in words[:1] if first else words:
                if any(re.search(rf"\b{re.escape(word)}\b", text) for text in texts):
                    return True
        return False

    def _saying_what_asked(self, facts: list[Fact], reading: IntentReading,
                           ) -> list[Reply] | None:
        """"And where was it locked up?" read as when it happened, "what time did he send
        that?" as what it said: a question of when, where or how long is answered only by a
        line that says a time, a place or a stretch of time. When none of the facts read
        would say it, the next fact that does (the one the caller last told, which the
        follow-up carries on from, then the caller's fact of when or where it happened),
        else "I don't know"; None when the facts read answer it (or it asks none of it)."""
        kind = thread.asked_of(reading.clause)
        ready = [f for f in facts if self._ready(f) and not self._says_nothing_of(f, reading)]
        if kind is None or reading.act != "question" or not ready or reading.intent in (
                TOLD | ADVICE) or any(self._line_says(kind, f, reading, False) for f in ready):
            return None
        last = [f for f in self.persona.facts if f.id == self.state.last_told]
        wanted = _ASKED_BY[kind]
        when = [f for f in self.persona.facts if wanted & set(f.intents)]
        # (how long it has gone on is the when of what the call is about, before the
        # fact last told; a where or a when may be more of what was just said)
        order = [when, last] if kind == "duration" else [last, when]
        said = self._said_instead(kind, order[0], reading, ready[0])
        if said is None and any(self._line_says(kind, f, reading) for f in ready):
            return None  # another line of a fact read says it: that line, in `_give`
        said = said or self._said_instead(kind, order[1], reading, ready[0])
        return said or [
            self._dont_know(reading, f"asks {_ASKED_WHAT[kind]}, which no fact says")]

    def _said_instead(self, kind: str, facts: list[Fact], reading: IntentReading,
                      read: Fact) -> list[Reply] | None:
        """The first of `facts` whose line says the `kind` asked, given in place of the fact
        read; None when none does."""
        for fact in facts:
            if not fact.intents or not self._ready(fact):
                continue
            asked = replace(reading, intent=fact.intents[0])
            if fact.id != read.id and not self._names_all(reading.clause, fact):
                # "how long has Kyle lived there?" is not how long the party has gone on:
                # a fact given in place of the one read must speak of whom was asked of
                continue
            if self._line_says(kind, fact, asked):
                return [replace(self._give(fact, asked), why=(
                    f"{_describe(reading)} asks {_ASKED_WHAT[kind]}, which fact "
                    f"`{read.id}` does not say → fact `{fact.id}` does"))]
        return None

    def _line_says(self, kind: str, fact: Fact, reading: IntentReading,
                   hunt: bool = True) -> bool:
        """Would the fact's line for this reading say a `kind` of thing?"""
        count = self.state.times_answered.get(fact.id, 0)
        return thread.says(kind, self._line_of(fact, reading, count, hunt)[0])

    def _says_nothing_of(self, fact: Fact, reading: IntentReading) -> str:
        """Why the fact does not answer the question as worded ("" when it does)."""
        said = (*fact.answers, *fact.details.values())
        if reading.intent in TOLD | ADVICE:
            # "Do you have the frame number for the bike?" read faintly as the reference:
            # asked as a question, the fact is the answer only if it speaks of what was
            # asked (advice told, "quote that number", is taken whatever its words)
            asked = reading.act == "question" and is_question(reading.clause) and \
                reading.confidence < UNSURE_BELOW and \
                not lines.speaks_of(reading.clause, said, self._phrasings(reading.intent))
            return f"fact `{fact.id}` says nothing of what was asked" if asked else ""
        if said and all(lines.tapped(line) for line in said) and _WH_ASKS.match(reading.clause):
            # "Which room are you in?" to a caller who can only tap: a tap says yes or no,
            # so it answers no open question
            return f"fact `{fact.id}` is a yes or a no, and an open question was asked"
        if reading.confidence < UNSURE_BELOW and is_question(reading.clause) and not (
                # "And which pub was he in?" leans on the last question: more of it,
                # so its fact is the answer whatever words that fact uses
                _CARRIED.match(reading.phrase) and lines.follow_on(reading.clause)) and \
                not lines.speaks_of(reading.clause, said, self._phrasings(reading.intent)):
            return f"fact `{fact.id}` says nothing of what was asked"
        theirs = _THEIRS.search(reading.clause) or _HIS_OWN.search(reading.clause)
        detail = lines.detail_asked(theirs.group(0)) if theirs else None
        if detail in _SAYS_DETAIL and reading.intent not in IDENTITY | CALLER_DETAILS and \
                detail not in fact.details and not any(
                    lines.names_detail(text, detail) or _SAYS_DETAIL[detail].search(text)
                    for text in said):
            # "What's the security guard's name?" read as asking about CCTV: someone's
            # own name or number, which the fact neither holds nor says
            return f"fact `{fact.id}` says nothing of their {detail}"
        if _PERSONS_NAME.search(reading.clause) and reading.intent not in CALLER_DETAILS and \
                "name" not in fact.details and not self._says_a_name(
                    said, first=bool(_FIRST_NAME.search(reading.clause))) and \
                not any(re.search(r"\bnames?\b", text, re.IGNORECASE) for text in said):
            # "the farmer, do you know his first name?", "has the security guard got a
            # name?": a line that names no one (a "Mr Collins" has no first name in it, a
            # place's capitals are no one's name) doesn't say it, unless it speaks of names
            # ("nobody's given me an officer's name" says what they know)
            return f"fact `{fact.id}` names no one"
        # (the turn, when the clause says neither: "did the lady | officer say anything")
        whom = reading.clause if _SHE.search(reading.clause) or _HE.search(reading.clause) \
            else self._turn
        if _SHE.search(whom) and not _HE.search(whom) and \
                any(_HE.search(text) for text in said) and \
                not any(_SHE.search(text) for text in said):
            # "did the lady officer say anything to you?": a line that speaks only of a man
            # (what he shouted) says nothing of her
            return f"fact `{fact.id}` speaks only of a man"
        their_one = lines.their_one_asked(reading.clause)
        if their_one and not lines.names_kind(their_one, said):
            # "do you know who his landlord is?" read surely as who Kyle is: a fact that
            # never speaks of his landlord doesn't say who that is
            return f"fact `{fact.id}` says nothing of their {their_one}"
        thing = lines.thing_asked(reading.clause) if reading.act == "question" else None
        if thing and not lines.speaks_of_thing(thing, said, self._phrasings(reading.intent)):
            # "has he got a dog?" read as asking about weapons: a thing neither the fact
            # nor any phrasing of its question speaks of is not known of, however sure
            return f"fact `{fact.id}` says nothing of a {thing}"
        particular = lines.particular_asked(reading.clause) \
            if reading.act == "question" else None
        if particular and not lines.speaks_of_thing(particular, said,
                                                    self._phrasings(reading.intent)):
            # "Is the street lighting working?" read surely as asking about hazards: a
            # thing neither the fact nor its question speaks of is one the caller can't
            # say the state of
            return f"fact `{fact.id}` says nothing of the {particular}"
        which = lines.which_asked(reading.clause) if reading.act == "question" else None
        if which and not lines.names_kind(which, said):
            # "Which station were the officers from?" read surely as the officers' details:
            # a caller who knew would name the station; a fact that names none doesn't
            return f"fact `{fact.id}` names no {which}"
        return ""

    def _lean(self, reading: IntentReading, t: float, taken: set[str],
              replies: list[Reply]) -> set[str]:
        """Answer a faint question that leans on the last one, or asks again what the caller
        said of someone (adding to `replies`); the clause it heard, if any."""
        leaned = self._leaning_on(reading, t) or self._reminded(self._named(reading))
        if not leaned or taken & set(leaned[0].reveals):
            return set()
        taken.update(leaned[0].reveals)
        replies.extend(r for r in leaned if _new_in_turn(r, replies))
        return {reading.clause}

    def _leaning_on(self, reading: IntentReading, t: float) -> list[Reply]:
        """An elliptical "and which pub was he in?" straight after "has he been drinking?",
        read only faintly as some other question: more of the last question about the same
        person, so the fact that answered it answers this too (a faint guess at another
        intent would be a wrong answer, and "I don't know" a deaf one)."""
        last = self._asked_before
        if last is None or not lines.follow_on(reading.clause) or (
                not is_question(reading.clause) and not lines.asks_what(reading.clause)):
            return []
        fact_id, whom = last
        if whom != _whom(reading) or whom == "other":
            return []
        fact = next((f for f in self.persona.facts if f.id == fact_id), None)
        if fact is None or not fact.intents or not self._ready(fact):
            return []
        asked = replace(reading, intent=fact.intents[0])
        return [replace(self._give(fact, asked), why=(
            f"{_describe(reading)}, faint: leans on the last question about {whom} → fact "
            f"`{fact.id}`")), *self._reveal(fact.id, t)]

    def _surname(self, reading: IntentReading, t: float) -> list[Reply] | None:
        """"What's Maureen's surname?": known only if a fact of the caller's says her name
        with another after it ("Ellie Carter"); then that fact, else "I don't know" (a
        fact giving "Maureen" again would not answer it)."""
        if not _SURNAME.search(reading.clause):
            return None
        people = {p for p, name in self._first_names.items() if re.search(
            rf"\b{re.escape(name)}\b", reading.clause)} or (
            {reading.person} if reading.person in self._first_names else set())
        if len(people) != 1:
            return None
        first = self._first_names[people.pop()]
        whole = re.compile(rf"\b{re.escape(first)} [A-Z][a-z]+")
        saying = [f for f in self.persona.facts if f.intents and self._ready(f) and any(
            whole.search(text) for text in (*f.answers, *f.details.values()))]
        if not saying:
            return [self._dont_know(reading, f"no fact says {first}'s surname")]
        fact = saying[0]
        said = next(sentence for text in (*fact.answers, *fact.details.values())
                    for sentence in re.split(r"(?<=[.!?])\s+", text) if whole.search(sentence))
        self.state.last_told = fact.id
        return [self._reply(said, "answer", reveals=(fact.id,), answers=(reading.intent,),
                            why=f"{_describe(reading)} → fact `{fact.id}` says {first}'s "
                            "whole name"), *self._reveal(fact.id, t)]

    def _reminded_of_them(self, reading: IntentReading) -> list[Reply]:
        """"And which number does he live at?" after "Mr Khan at number 8 has one", read as
        where someone on the edge of the call lives: the caller's own address is no answer
        about him, what they said of him is (when no fact of the intent read is his)."""
        person = reading.person
        if person is None or person not in self._edge or any(
                f.about == person or self._names(person, f)
                for f in self._by_intent.get(reading.intent, [])):
            return []
        return self._reminded(reading)

    def _reminded(self, reading: IntentReading) -> list[Reply]:
        """"And what number's he at again?", "what number does Mr Dobson live at?": asked to
        be reminded of what the caller said of someone, so the told fact that names them
        (and says a number, when a number is asked), whatever the question resembles."""
        person = reading.person
        house = _WHICH_NUMBER.search(reading.clause)
        if person is None or not (_AGAIN.search(reading.clause) or house):
            return []
        # ("what number does Mr Dobson live at?": the line that says his number)
        told = [f for f in self.persona.facts if f.id in self.state.revealed and f.intents
                and self._names(person, f)
                and (not house or any(memory.says_a_number(a) for a in f.answers))]
        if len(told) != 1:
            return []
        fact = told[0]
        why = f"{_describe(reading)} → asked again of what fact `{fact.id}` said of them"
        name = self._first_names.get(person, "") or "\0"
        said = [sentence for a in fact.answers for sentence in re.split(r"(?<=[.!?])\s+", a)
                if name in sentence and memory.says_a_number(sentence)]
        if house and said:  # the sentence that says their number, not the next variant
            self.state.last_told = fact.id
            return [self._reply(said[0], "answer", reveals=(fact.id,),
                                answers=(reading.intent,), why=why)]
        asked = replace(reading, intent=fact.intents[0])
        return [replace(self._give(fact, asked), why=why)]

    def _on_thread(self, reading: IntentReading) -> list[Reply]:
        """A question nothing answers that names what only the caller's last answer spoke
        of ("what number does Mrs Grant live at?" after "Mrs Grant at 17's complained"):
        more about that, so that fact again, not "I don't know"."""
        reminded = self._reminded(reading)
        if reminded:
            return reminded
        if not (lines.asks_what(reading.clause) or lines.follow_on(reading.clause)) or \
                lines.detail_asked(reading.clause) in ("name", "phone") or \
                any(m.group(0).lower() not in memory.WHEN_WORDS
                    for m in _NAMED.finditer(reading.clause)):
            # "is there a back door?", "Mr Collins's number?", "the guard's name?": a new
            # question about a thing or a person the line mentioned, which it doesn't answer
            # ("when…?" or "and the tyres…?" asks more of the line itself)
            return []
        # only what they said last: an older fact's word is a new question about it
        return self._more_of_last(reading, "{asked} → names what only fact `{fact}` said: "
                                           "more of it")

    def _more_of_last(self, reading: IntentReading, why: str = (
            "{asked}, faint: asks of what only fact `{fact}`, told last, said"),
                      ) -> list[Reply]:
        """The fact the caller told last, when the clause names something only it said
        (`why` says so, with the question and the fact's id put in)."""
        last = self.state.last_told
        found = thread.peculiar_to(
            reading.clause,
            ((f.id, (*f.answers, *f.details.values())) for f in self.persona.facts),
            [last] if last else [])
        fact = next((f for f in self.persona.facts if f.id == found), None)
        if fact is None or not fact.intents or not self._ready(fact):
            return []
        asked = replace(reading, intent=fact.intents[0])
        return [replace(self._give(fact, asked),
                        why=why.format(asked=_describe(reading), fact=fact.id))]

    def _phrasings(self, intent: str) -> frozenset[str]:
        """The word stems the library's (and this call's) phrasings of an intent use."""
        if intent not in self._vocabulary:
            library = intent_library()
            spec = library.intents.get(intent)
            texts = [*(spec.phrases if spec else ()), *self.scenario.phrasings.get(intent, ())]
            self._vocabulary[intent] = frozenset(stem(w) for t in texts for w in words(t))
        return self._vocabulary[intent]

    def _give(self, fact: Fact, reading: IntentReading) -> Reply:
        count = self.state.times_answered.get(fact.id, 0)
        if count and _CHECKING.search(reading.clause) and not _ASKS_YOU.search(
                _CHECKING.split(reading.clause)[-1]):
            # "is she diabetic, did you say?": checking what was said, not asking again
            return self._reply(lines.cycle(self.persona.confirm or self._d.confirm,
                                           self._count("confirm")), "confirm",
                               reveals=(fact.id,), answers=(reading.intent,),
                               why=f"{_describe(reading)} → fact `{fact.id}` checked back")
        self.state.times_answered[fact.id] = count + 1
        self.state.last_told = fact.id
        if reading.act == "question":
            self._asked_now = (fact.id, _whom(reading))
        text, kind, why = self._line_of(fact, reading, count)
        first = fact.id not in self.state.revealed  # the event happens once
        return self._reply(text, kind, reveals=(fact.id,), answers=(reading.intent,),
                           event=fact.event if first else None,
                           why=f"{_describe(reading)} → {why}")

    def _line_of(self, fact: Fact, reading: IntentReading, count: int,
                 hunt: bool = True) -> tuple[str, ReplyKind, str]:
        """The line of the fact that answers the reading, asked `count` times before (with
        `hunt`, another of its lines when that one leaves out the when or where asked); its
        kind, and why."""
        answers = self.state.updated.get(fact.id, fact.answers)
        detail = lines.detail_asked(reading.clause)
        # A fact behind advice is the caller taking it ("I'll leave it all as it is").
        kind: ReplyKind = "comply" if reading.intent in TOLD else "answer"
        why = f"fact `{fact.id}`"
        if detail is not None and detail in fact.details:
            text = fact.details[detail]
            why += f", the {detail} asked for"
        elif self.state.distress >= DISTRESSED_AT and fact.distressed:
            text = fact.distressed
            why += ", distressed"
        elif count < len(answers):
            text = answers[count]
            if detail in _NUMBERED and not memory.says_a_number(text):
                # "how old is his little boy?": the line that says the number, not the next
                # one that leaves it out
                text = next((sentence for a in answers
                             for sentence in re.split(r"(?<=[.!?])\s+", a)
                             if memory.says_a_number(sentence)), text)
        else:  # asked again and again: a short restatement, never the first answer verbatim
            text, kind = lines.restate(answers[-1]), "restate"
            why += ", asked before"
        asked = thread.asked_of(reading.clause)
        if hunt and asked is not None and not thread.says(asked, text):
            # "where's he been drinking?" after "has he been drinking?": the line that says
            # where, not the next one that leaves it out
            text = next((a for a in answers if thread.says(asked, a)), text)
        return text, kind, why

    def _about(self, fact: Fact, reading: IntentReading) -> bool:
        """Is the fact about whom the question asks?"""
        about = fact.about
        if about is None and reading.intent in CALLER_DETAILS and set(fact.intents) & \
                CALLER_DETAILS:
            about = "caller"  # "what's your brother's full name?" is not the caller's name
        subject = reading.subject
        name = self._first_names.get(reading.person or "", "")
        if about is None and reading.person in self._edge and (
                (name and name.lower() in reading.clause.lower())
                or _RELATION.search(reading.clause)):
            # named or called by what they are ("your cousin"), not a "she" the analysis
            # took to be them: the fact must speak of them, by name or as "my wife", and of
            # their mind when that is what is asked ("would your cousin be willing to…?")
            return self._names(reading.person, fact) and _says_their_mind(reading.clause,
                                                                          fact.answers)
        if about == "caller" and fact.about is None and _THEIRS.search(reading.clause):
            return False  # "the farmer's first name", "Stacey's number": someone else's
        if about == "caller" and fact.about is None and subject == "other" and reading.clause:
            # "who's the landlord's number?": not the caller's own number (the preview's
            # plain question, with no words, is about whoever the fact concerns)
            return False
        if about is None or (subject == "other" and reading.person is None):
            return True
        if about == "caller" and _DONE_TO_YOU.search(reading.clause):
            return True  # "has he hurt you?": the one hurt is the caller, whoever did it
        if reading.person is not None:
            return reading.person == about
        if about == "caller":
            return subject == "caller"
        if subject == "caller":
            # An unresolved "caller" on a question that is about someone by nature (a
            # description, a vehicle) is taken as that someone; "your date of birth" is not.
            return reading.intent not in CALLER_DETAILS
        return self._roles.get(about) == subject

    def _names_other_vehicle(self, vehicle: str, clause: str) -> bool:
        """Does the clause call a vehicle by a make or model that is another's, not this one's?"""
        said = set(re.findall(r"[a-z]+", clause.lower()))
        return bool(said & set().union(*(names for v, names in self._vehicle_names.items()
                                          if v != vehicle))) and not said & \
            self._vehicle_names[vehicle]

    def _names(self, person: str, fact: Fact) -> bool:
        """Does the fact speak of this person, by name or by what they are to the caller?"""
        name = self._first_names.get(person, "")
        my = self._my.get(person, "")
        return any((name and name in answer) or (my and my in answer.lower())
                   for answer in fact.answers)

    def _names_all(self, clause: str, fact: Fact) -> bool:
        """Does the fact name everyone the clause names by their first name?"""
        said = " ".join((*fact.answers, *fact.details.values()))
        return all(re.search(rf"\b{re.escape(name)}\b", said)
                   for name in self._first_names.values()
                   if re.search(rf"\b{re.escape(name)}\b", clause, re.IGNORECASE))

    def _called_in(self, reading: IntentReading) -> bool:
        """Does the clause name the reading's person, or call them by what they are?"""
        name = self._first_names.get(reading.person or "", "")
        return bool((name and re.search(rf"\b{re.escape(name)}\b", reading.clause,
                                        re.IGNORECASE)) or _RELATION.search(reading.clause))

    def _last_spoken_of(self, reading: IntentReading) -> IntentReading:
        """"Do you know her name?" read as about an officer in a call with no officer: "her"
        is whoever the last question and the caller's answer were about (the casualty)."""
        # (or, after advice about someone, "don't move her", whom that spoke of)
        last = self._asked_before[1] if self._asked_before else self._spoken_of_before
        if reading.person is not None or reading.subject in ("caller", "other", "vehicle") or \
                reading.subject in self._roles.values() or last is None or \
                last not in self._roles or last == "caller" or \
                not _PRONOUN.search(reading.clause) or reading.subject in self._turn.lower():
            return reading  # ("what was the officer wearing?" names whom it asks of)
        return replace(reading, person=last, subject=self._roles[last])

    def _named(self, reading: IntentReading) -> IntentReading:
        """The reading with the person on the edge of the call its clause names ("has Mr
        Khan said…", "did Kasia see…"), when the analysis named no one: what the caller
        knows of them is only what their facts say of them."""
        if reading.person is not None or not reading.clause:
            return reading
        named = {person for person, name in self._first_names.items()
                 if person in self._edge and re.search(
                     rf"\b{re.escape(name)}\b", reading.clause, re.IGNORECASE)}
        if not named:  # "did your wife see it?": the one the world calls the caller's wife
            named = {person for person, my in self._my.items()
                     if re.search(rf"\byour {my[3:]}\b", reading.clause, re.IGNORECASE)}
        if len(named) != 1:
            return reading
        person = named.pop()
        return replace(reading, person=person, subject=self._roles.get(person, "other"))

    def _facts_on(self, reading: IntentReading) -> list[Fact]:
        """What the caller knows of the person a question is about, when no fact answers
        the intent asked about them: an answer of the same intent that names them ("my
        mobile's …, Priya's is …"), else what describes them ("how old are the kids?")."""
        subject = reading.subject
        if reading.intent not in IDENTITY or (subject in ("caller", "other") and (
                reading.person is None)):
            return []
        name = self._first_names.get(reading.person or "", "")
        if name:
            naming = [f for f in self._by_intent.get(reading.intent, [])
                      if any(name in answer for answer in f.answers)
                      and f.about in (None, reading.person)]  # Liam's age names his son: it
            # is still Liam's
            if naming:
                return naming[:1]
        intents = DESCRIBED_BY.get(subject, ())
        if reading.person is not None and reading.person in self._edge:
            # someone on the edge of the call: only what is about them, not their role's
            return [f for f in self.persona.facts if f.about == reading.person
                    and _holds(reading.intent, f)][:1]
        known = [f for f in self.persona.facts
                 if ((reading.person is not None and f.about == reading.person)
                     or (f.about is None and set(f.intents) & set(intents))
                     or (f.about is not None and self._roles.get(f.about) == subject))
                 and _holds(reading.intent, f)]
        # who they are first: a fact about them, then the intents that describe them in order
        rank = {intent: i for i, intent in enumerate(intents)}
        detail = lines.detail_asked(reading.clause) or _DETAIL_OF.get(reading.intent)
        known.sort(key=lambda f: (f.about is None, detail not in f.details,
                                  min((rank.get(i, 99) for i in f.intents), default=99)))
        return known[:1]

    def _own_detail(self, reading: IntentReading) -> Reply | None:
        """The caller's own name, number or date of birth when no fact says it: everyone
        knows their own, so "I don't know" would be wrong."""
        truth = self.scenario.world.caller
        value = {"caller_name": truth.name, "callback_number": truth.callback,
                 "date_of_birth": world_check.spoken_date(truth.dob)}.get(reading.intent)
        if reading.subject != "caller" or not value or not self.persona.speaks or \
                _THEIRS.search(reading.clause):
            return None
        return self._reply(f"It's {value}." if reading.intent != "caller_name" else
                           f"{value}.", "answer", answers=(reading.intent,),
                           why=f"{_describe(reading)} → the caller's own detail (world)")

    def _code_checked(self, analysis: TurnAnalysis) -> list[tuple[Reply, str]]:
        """"So that's E K 9 1?", "F Y 8 6 K Z N, is that it?": a registration or another
        code read back letter by letter, whole or in part, checked against the codes the
        caller said or knows (the analysis may take spelt letters for a name spelt out).
        The first verdict, with its clause; none when no code they know is read back."""
        known = [*reversed(self.state.answered_with), *self._knowledge]
        for act in analysis.acts:
            found = memory.code_recall(act.clause, known)
            if found is None:
                continue
            if found.verdict == "confirm":
                text = lines.cycle(self.persona.confirm or self._d.confirm,
                                   self._count("confirm"))
            else:
                text = lines.correction(found.answer) if self._d is not lines.SILENT \
                    else self._d.correct
            return [(self._reply(text, found.verdict, why=f"a code read back: {found.verdict}"),
                     act.clause)]
        return []

    def _read_backs(self, analysis: TurnAnalysis, coded: AbstractSet[str] = frozenset(),
                    ) -> tuple[list[Reply], set[str]]:
        """One reply for a turn's read-backs, and the clauses it settles: the first wrong
        detail put right, else "yes, that's right" once (an address and its postcode are
        one read-back to a caller). A detail is checked against everything of its kind in
        the world (the suspect's date of birth read back is not the caller's, wrong), and a
        recogniser's spelling of the right words ("six sick a more grove") is right. A
        number the trainee gives (a reference) is no read-back of the caller's, and a value
        nothing like the truth is something else, not a slip to correct."""
        giving = {r.clause for r in analysis.intents if r.intent in GIVEN}
        # (a code checked letter by letter is no name spelt out: `_code_checked`)
        backs = [b for b in analysis.readbacks
                 if b.clause not in giving and not (b.kind == "name" and b.clause in coded)
                 and not (self._given(b.clause) and b.matches_world is not True)]
        verdicts = [(back, *self._check_back(back)) for back in backs]
        settled = {back.clause for back, verdict, _ in verdicts if verdict is not None}
        for back, verdict, truth in verdicts:
            if verdict == "correct":
                template = self.persona.correct or self._d.correct
                return [self._reply(template.format(value=truth), "correct",
                                    why=f"read-back of the {back.kind} is wrong")], settled
        for back, verdict, _ in verdicts:
            if verdict == "confirm":
                return [self._reply(lines.cycle(self.persona.confirm or self._d.confirm,
                                                self._count("confirm")), "confirm",
                                    why=f"read-back of the {back.kind} matches")], settled
        return [], settled

    def _check_back(self, back: ReadBack) -> tuple[str | None, str]:
        """"confirm", "correct" (with the truth to say) or None (not a slip of anything
        the caller knows: left to what they remember saying)."""
        world = self.scenario.world
        first = world_check.world_value(world, back.field)
        if back.matches_world is True and first and back.kind == "address" and \
                world_check.names_not_in(back.clause, first):
            return "correct", first  # "Yarm Road near Harrogate Lane": a street not in it
        if back.matches_world is True:
            return "confirm", ""
        if back.matches_world is None:
            return None, ""
        values = [first, *(v for v in world_check.values_of(world, back.kind) if v != first)]
        values = [v for v in values if v]
        said = back.value
        if back.kind == "date" and not world_check.iso(said) and \
                world_check.spoken_iso(back.clause):
            said = back.clause  # "the third of July two thousand and three": its year too
        if any(world_check.same(back.kind, said, v) for v in values):
            return "confirm", ""
        for value in values:
            slip = world_check.near(said, value) or (
                back.kind == "date" and world_check.near_date(said, value))
            if slip and back.kind == "date":
                return "correct", world_check.spoken_date(value) or value
            if slip:
                return "correct", value
        return None, ""

    def _numbers_checked(self, analysis: TurnAnalysis, clauses: list[str]) -> list[str]:
        """"Are you at number 14 Melbourne Road?": a number checked by asking, which is put
        right when it is wrong (when it is right, the question is answered as asked). A
        number the caller knows ("has Mrs Grant at 17 been on to you?") checks nothing."""
        known = set(re.findall(r"\d{2,}", " ".join([*self.state.answered_with,
                                                     *self._knowledge])))
        return [a.clause for a in analysis.acts
                if a.clause not in clauses and lines.checks_a_number(a.clause)
                and not set(re.findall(r"\d{2,}", a.clause)) <= known
                and (found := memory.recall(a.clause, self.state.answered_with,
                                            self._knowledge)) is not None
                and found.verdict == "correct"]

    def _recalled(self, analysis: TurnAnalysis,
                  done: set[str]) -> list[tuple[Reply, str]]:
        """Read-backs of what the caller said or knows (not only of the world's details):
        what they said most recently is checked first, so an update wins."""
        out: list[tuple[Reply, str]] = []
        if done:  # the analysis compared it with the world already
            return out
        whole = analysis.text
        clauses = [a.clause for a in analysis.acts
                   if a.kind == "readback" or (a.kind in ("question", "statement")
                                               and (memory.looks_like_read_back(a.clause)
                                                    or memory.bare_value(a.clause)))]
        checking = self._numbers_checked(analysis, clauses)
        if not clauses and memory.looks_like_read_back(whole):
            clauses = [whole]
        asking = self._thread(analysis)  # "you said…, was that tonight?" asks more of it
        for clause in [*clauses, *checking]:
            if clause in done or clause in asking:
                continue
            found = self._date_recalled(clause) or memory.recall(
                clause, self.state.answered_with, self._knowledge)
            if found is None and not out and clause is clauses[-1] and whole not in clauses \
                    and memory.looks_like_read_back(whole):
                # "And you're his sister, is that right?": the tag is a clause of its own
                found = memory.recall(whole, self.state.answered_with, self._knowledge)
            if found is None:
                continue
            if self._d is lines.SILENT:  # a tap for yes, two for no
                found = memory.Recall(found.verdict, "")
            if found.verdict == "confirm":
                text = lines.cycle(self.persona.confirm or self._d.confirm,
                                   self._count("confirm"))
            else:
                text = lines.correction(found.answer) if found.answer else self._d.correct
            out.append((self._reply(text, found.verdict,
                                    why=f"read back what the caller said: {found.verdict}"),
                        clause))
            if found.verdict == "correct":
                break  # one slip put right is enough: the caller's next line is their own
        if out and all(r.kind == "confirm" for r, _ in out) and clauses != [whole] and \
                memory.looks_like_read_back(whole):
            # "So Kyle Parker, at number 45?": one read-back in two clauses, checked whole
            found = memory.recall(whole, self.state.answered_with, self._knowledge)
            if found is not None and found.verdict == "correct":
                text = lines.correction(found.answer) if found.answer and \
                    self._d is not lines.SILENT else self._d.correct
                return [(self._reply(text, "correct", why="read back what the caller said: "
                                     "correct"), clause) for clause in clauses[:1]]
        return out

    def _name_checked(self, analysis: TurnAnalysis) -> Reply | None:
        """"Is your name Zoe?", "And your surname, Novak with a V?": the caller's name asked
        with a name in it, as a yes-or-no check, is their name read back: "yes" when it
        is theirs (as heard; their fact says it, when they have one), put right when not."""
        truth = self.scenario.world.caller.name or ""
        turn = analysis.text
        asked = any(r.intent == "caller_name" and r.subject == "caller"
                    and not _WH_ASKS.match(r.clause) for r in analysis.intents)
        if not truth or truth.lower() == "unknown" or _WH_ASKS.match(turn) or \
                not (asked or _YOUR_NAME.search(turn)) or not (
                    turn.rstrip().endswith("?") or memory.looks_like_read_back(turn)
                    or _YES_NO.match(turn)):
            return None
        said = [m.group(0) for m in _NAME_SAID.finditer(turn)
                if m.group(0).lower() not in _NOT_NAMES]
        if not said:
            return None
        parts = truth.split()
        if _SURNAME.search(turn) and len(parts) > 1:
            parts = parts[-1:]
        if all(any(world_check.same_name(name, part) for part in parts) for name in said):
            if any(self._ready(f) for f in self._by_intent.get("caller_name", [])):
                return None  # their name, as a fact of theirs says it
            return self._reply(lines.cycle(self.persona.confirm or self._d.confirm,
                                           self._count("confirm")), "confirm",
                               why="the caller's name asked back: it is theirs")
        template = self.persona.correct or self._d.correct
        return self._reply(template.format(value=" ".join(parts)), "correct",
                           why=f"the caller's name asked back as {' '.join(said)}: not theirs")

    def _date_recalled(self, clause: str) -> memory.Recall | None:
        """A whole date read back, however said ("ninth of the third nineteen forty
        seven"), against the dates the caller knows: the same date confirms, one with a
        day, month or year wrong is put right."""
        said = world_check.spoken_iso(clause)
        if not said:
            return self._day_recalled(clause)
        known = [(d, world_check.spoken_date(d) or d)
                 for d in world_check.values_of(self.scenario.world, "date")]
        known += [(d, line) for line in [*reversed(self.state.answered_with),
                                         *self._knowledge]
                  if (d := world_check.spoken_iso(line))]
        if any(said == date for date, _ in known):
            return memory.Recall("confirm", "")
        slip = next((line for date, line in known if world_check.near_date(said, date)), None)
        return None if slip is None else memory.Recall("correct", slip)

    def _said_just_now(self, text: str) -> list[Reply]:
        """"And do you live there on your own?" straight after "I live on my own": a
        question whose words of substance the caller's last answer all says is asked of
        that answer, so that fact again, not "I don't know"."""
        fact = next((f for f in self.persona.facts if f.id == self.state.last_told), None)
        asked = thread.content(text)
        if fact is None or not fact.intents or len(asked) < SUBSTANCE:
            return []
        given = self.state.updated.get(fact.id, fact.answers)[
            :self.state.times_answered.get(fact.id, 0)]
        if not asked <= thread.content(" ".join(given)):
            return []
        sentences = [x for line in given for x in re.split(r"(?<=[.!?])\s+", line)]
        said = max(sentences, key=lambda x: len(asked & thread.content(x)))
        self.state.last_told = fact.id
        return [self._reply(said, "answer", reveals=(fact.id,), answers=(fact.intents[0],),
                            why=f"asks what fact `{fact.id}`, just told, says: that again")]

    def _day_recalled(self, clause: str) -> memory.Recall | None:
        """A day and month read back with no year ("stolen on the first of October?")
        against the days the caller said: the same day confirms; one with the day or the
        month of a day they said, and the other wrong, is put right by the line saying it."""
        said = world_check.days_of_months(clause)
        if len(said) != 1:
            return None
        day, month = said.pop()
        lines_said = [*reversed(self.state.answered_with), *self._knowledge]
        days = [(d, line) for line in lines_said for d in world_check.days_of_months(line)]
        if any(d == (day, month) for d, _ in days):
            return memory.Recall("confirm", "")
        slip = [line for (d, m), line in days if (d == day) != (m == month)]
        return memory.Recall("correct", slip[0]) if slip else None

    def _nothing_placed(self, analysis: TurnAnalysis, heard: float | None) -> Reply:
        """A turn with no intent the caller can act on."""
        misheard = (heard is not None and heard < LOW_HEARD) or lines.garbled(analysis.text)
        asking = analysis.is_question or is_question(analysis.text)
        if asking and _ANYTHING_ELSE.search(analysis.text) and \
                not _CONDITION.match(analysis.text):
            return self._reply(lines.cycle(self._d.nothing_else, self._count("nothing_else")),
                               "answer", why="checking the caller's needs were met")
        # the recogniser's words with nothing surely read in them ("are you heard it all")
        # are more likely misheard than an odd question
        # (with no reading at all, a well-formed question with words of substance was heard
        # and is about nothing the caller knows: "is her airbag gone off"; "are you heard it
        # all" is function words round a verb, likely misheard)
        unread = lines.raw(analysis.text) and (
            bool(analysis.intents) or len(thread.content(analysis.text)) < SUBSTANCE) and all(
            r.confidence < UNSURE or _CARRIED.match(r.phrase) for r in analysis.intents) and \
            not self._plainly_asked(analysis.text)
        if asking and not misheard and not unread and any(
                lines.well_formed_question(sentence)
                for sentence in re.split(r"(?<=[.?!])\s+" if analysis.act == "readback" or
                                         memory.looks_like_read_back(analysis.text)
                                         else r"(?<=[.?!,])\s+", analysis.text)):
            # Heard clearly and asked as a question (in any sentence or, but for a read-back
            # with its tag, clause of the turn: "he's posted again? what does it show?", "the
            # keys you found, what are they for"): the caller simply doesn't know. "Say
            # that again?" to a clear question sounds deaf, even when a phrasing came close.
            more = self._on_thread(replace(_plain(""), clause=analysis.text, act="question")) \
                or self._said_just_now(analysis.text)
            return more[0] if more else self._dont_know(
                None, "a question with nothing the caller knows")
        if not misheard and not lines.raw(analysis.text) and (
                analysis.act == "readback" or memory.looks_like_read_back(analysis.text)) and \
                memory.overlaps(analysis.text, [*self.state.answered_with, *self._knowledge]):
            # their own words back, or near enough: a caller says yes (unless the
            # recogniser's words are all there is to go on)
            return self._reply(lines.cycle(self.persona.confirm or self._d.confirm,
                                           self._count("confirm")), "confirm",
                               why="read back, nothing to check it against")
        told_for_then = _CONDITION.match(analysis.text) and "?" not in analysis.text
        if (misheard or asking) and not (told_for_then and not misheard):
            return self._clarify("misheard, garbled or not understood")
        if told_for_then or analysis.act == "instruction" or any(
                a.kind == "instruction" for a in analysis.acts):
            # ("if he rings you back, tell me straight away": what to do when it happens)
            return self._reply(lines.cycle(self._d.comply, self._count("comply")), "comply",
                               why="an instruction: agrees to it")
        self.state.acknowledged += 1
        return self._reply(lines.cycle(self.persona.acknowledge or self._d.acknowledge,
                                       self.state.acknowledged - 1), "acknowledge",
                           why=f"a {analysis.act}: acknowledged")

    @staticmethod
    def _plainly_asked(text: str, turn: str | None = None) -> bool:
        """Recognised words that make a whole question of words the caller knows ("was the
        bike insured", "which gp surgery is he with"): heard, and simply not known, however
        faintly a phrasing came close. (Word salad, a stumble or a question cut off is not.)"""
        # ("what was we yeah the bass": a "yeah" within is a sentence started again)
        # (in raw words, "are you heard it all" is function words round one verb: more
        # likely misheard, so a raw question needs two words of substance)
        substance = [w for w in words(text) if len(w) > 1 and w not in lines.FUNCTION_WORDS
                     and not w.isdigit()]
        return lines.well_formed_question(text) and not lines.cut_off(text) and \
            not lines.stumbles(text) and not _RESTARTED.search(text) and \
            len(substance) >= (SUBSTANCE if lines.raw(turn or text) else 1)

    def _clarify(self, why: str) -> Reply:
        # The simulator's own failure to understand never upsets the caller.
        self.state.clarified += 1
        return self._reply(lines.cycle(self.persona.clarify, self.state.clarified - 1),
                           "clarify", why=why)

    def _dont_know(self, reading: IntentReading | None, why: str) -> Reply:
        count = self._count("dont_know")
        if reading is not None and reading.subject not in ("caller", "other"):
            whose = _whose(reading)
            if self.persona.dont_know:
                text = lines.cycle(self.persona.dont_know, count)
            else:
                text = lines.cycle(self._d.dont_know_about, count).format(whose=whose)
        else:
            text = lines.cycle(self.persona.dont_know or self._d.dont_know, count)
        return self._reply(text, "dont_know", answers=(reading.intent,) if reading else (),
                           why=(f"{_describe(reading)} → " if reading else "") + why)

    def _line(self, options: Sequence[str], kind: ReplyKind, reading: IntentReading,
              why: str) -> Reply:
        return self._reply(lines.cycle(tuple(options), self._count(kind)), kind,
                           answers=(reading.intent,), why=f"{_describe(reading)} → {why}")

    def _count(self, kind: str) -> int:
        n = self.state.said.get(kind, 0)
        self.state.said[kind] = n + 1
        return n

    # --- facts coming out -------------------------------------------------------------

    def _ready(self, fact: Fact) -> bool:
        s = self.state
        return all(f in s.revealed or self._tells.get(f, set()) & s.heard_words
                   for f in fact.after_facts) and all(
            tap_codes.gate_opened(i, s.asked, s.silent_way_at) is not None
            for i in fact.after_intents)

    def _told_by(self, scenario: Scenario) -> dict[str, set[str]]:
        """Names only a fact (or a line revealing it) brings into the call: a trainee who
        says "Jay" has heard that fact, whenever it came out."""
        names = {_called(p.name).lower() for p in scenario.world.people
                 if p.name and p.name.lower() != "unknown" and _called(p.name)}
        def said_in(texts: Sequence[str]) -> set[str]:
            words = {w for text in texts for w in re.findall(r"[a-z]+", text.lower())}
            return names & words
        gates = {g for f in self.persona.facts for g in f.after_facts}
        out: dict[str, set[str]] = {}
        for gate in gates:
            behind = [f for f in self.persona.facts if f.id == gate or gate in f.after_facts]
            own = said_in([a for f in behind for a in (*f.answers, *f.details.values())]
                          + [v.say for v in self.persona.volunteers if gate in v.reveals])
            elsewhere = said_in([a for f in self.persona.facts if f not in behind
                                 for a in (*f.answers, *f.details.values())]
                                + [self.persona.opening])
            if own - elsewhere:
                out[gate] = own - elsewhere
        return out

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
        for fact, answers in vol.updates.items():
            # From now on the caller's answers agree with what they just said.
            self.state.updated[fact] = answers
            self.state.times_answered[fact] = 0
        return self._reply(vol.say, "volunteer", reveals=vol.reveals, event=vol.event,
                           why=f"volunteered `{vol.id}`")

    def _hang_up_if_overwhelmed(self) -> list[Reply]:
        limit = self.persona.hang_up.at_distress
        if limit is not None and self.state.distress >= limit and not self.state.ended:
            return [self._hang_up()]
        return []

    def _hang_up(self) -> Reply:
        self.state.ended = True
        self.state.hung_up = True
        return self._reply(self.persona.hang_up.say or "[the caller hangs up]", "hang_up")

    def _reply(self, text: str, kind: ReplyKind, *, reveals: tuple[str, ...] = (),
               answers: tuple[str, ...] = (), event: CallerEvent | None = None,
               why: str = "") -> Reply:
        if kind in REMEMBERED:
            self.state.answered_with.append(text)
        return Reply(text, kind, reveals, answers, round(self.state.distress, 2), event, why)


# The service's greeting before a question: "101 police", "Police emergency", "Essex
# Police, good morning".
_GREETING = re.compile(r"^\W*(?:[\w']+\W+){0,3}police(?:\W+(?:emergency|service|speaking|"
                       r"good (?:morning|afternoon|evening)|hello|hi))*\W+(?P<asked>.+)$",
                       re.IGNORECASE)


def _after_greeting(clause: str) -> str | None:
    """The question a greeting runs into ("101 police what's the address" -> "what's the
    address"), when it is one asked with a question word; else None."""
    found = _GREETING.match(clause)
    asked = found.group("asked") if found else ""
    return asked if asked and lines.asks_what(asked) and \
        lines.well_formed_question(asked) else None


def _as_asked(readings: Sequence[IntentReading]) -> list[IntentReading]:
    """"How long do they keep the footage for?" read both as a question about the camera
    and, less surely, as advice to keep it: a clause asked with a question word is one
    question, so the advice read in it is left out."""
    asked = {r.clause: r.confidence for r in readings if r.act == "question"}
    return [r for r in readings if not (
        r.act == "instruction" and asked.get(r.clause, 0.0) > r.confidence
        and lines.asks_what(r.clause))]


def _new_in_turn(reply: Reply, so_far: list[Reply]) -> bool:
    """Two clauses about one fact get one answer; two reactions get one, and agreeing to
    do something says more than "thank you" (it replaces it)."""
    if reply.kind == "dont_know" and any(r.kind == "dont_know" for r in so_far):
        return False  # not knowing two things is said once
    if reply.kind in REACTIONS and not reply.reveals:
        for i, earlier in enumerate(so_far):
            if earlier.kind in REACTIONS and not earlier.reveals:
                if reply.kind == "comply" and earlier.kind != "comply":
                    so_far[i] = reply
                return False
        return True
    return not (reply.reveals and any(r.reveals == reply.reveals for r in so_far))




_TITLES = frozenset("mr mrs ms miss dr pc ps sgt".split())


def _called(name: str) -> str:
    """What the caller calls someone in passing: "Mr Khan" -> "Khan", "Stacey Woods" ->
    "Stacey", "'Kyle' (surname unknown)" -> "Kyle"."""
    words = [w.strip("'\"(),") for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    if words[0].lower().strip(".") in _TITLES:
        return words[1] if len(words) > 1 and not words[1].isdigit() else ""
    return words[0]


def _holds(intent: str, fact: Fact) -> bool:
    """Can this fact say what was asked of someone? A number needs digits in it, an age or
    a date of birth a number; anything else, what is known of them."""
    text = " ".join(fact.answers)
    if intent == "callback_number":
        return bool(re.search(r"\d{4}", text))
    if intent == "date_of_birth":
        return bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|"
                              r"seventy|eighty|ninety|\w+ties|old|young|years?|months?|"
                              r"weeks?|baby|toddler)\b", text.lower()))
    return True


@cache
def _advice_openers() -> frozenset[str]:
    """The verbs the library's advice opens with ("keep", "stay", "lock"): an instruction
    in the recogniser's words is plainly meant when it opens as advice does."""
    library = intent_library()
    return frozenset(
        first for name in TOLD | ADVICE if (spec := library.intents.get(name))
        for phrase in spec.phrases if (found := words(phrase))
        and (first := found[0]) not in lines.FUNCTION_WORDS and len(first) > 2)


def _opens_as_advice(clause: str) -> bool:
    found = [w for w in words(clause) if w not in ("and", "so", "please", "just", "now",
                                                    "then", "also", "right", "okay", "ok")]
    return bool(found) and found[0] in _advice_openers()


def _says_their_detail(fact: Fact, reading: IntentReading) -> bool:
    """Does a fact of what the caller knows of someone say the number or birth date asked of
    them? "What's Jamie's date of birth?" is not answered by what he looks like."""
    said = " ".join((*fact.answers, *fact.details.values()))
    if reading.intent == "callback_number":
        return "phone" in fact.details or bool(_PHONE_SAID.search(said))
    if reading.intent != "date_of_birth":
        return True
    if _BIRTH.search(reading.clause):
        return "dob" in fact.details or bool(_BORN.search(said))
    return "age" in fact.details or memory.says_a_number(said)  # "how old is he?"


def _clamp(distress: float) -> float:
    return min(10.0, max(0.0, distress))


# The details a question asks that only a number answers.
_NUMBERED = frozenset({"age", "dob", "phone", "registration"})
# A person named in a clause: a capitalised word after its first ("Mr Collins", "Ellie's").
_NAMED = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+")


def _plain(intent: str) -> IntentReading:
    """A plain question for an intent, about whoever it concerns."""
    return IntentReading(intent=intent, confidence=1.0, polarity="affirm", subject="other",
                         clause="", phrase="", score=1.0)


def _roles(world: World) -> dict[str, str]:
    """World id -> the subject role word a question about it carries."""
    roles = {"missing": "missing_person", "subject": "other"}
    out = {p.id: roles.get(p.role, p.role) for p in world.people}
    out.update({v.id: "vehicle" for v in world.vehicles})
    out["caller"] = "caller"
    return out


def _whom(reading: IntentReading) -> str:
    """Whom a question asks about: the person the analysis placed, else their role."""
    return reading.person or reading.subject


def _whose(reading: IntentReading) -> str:
    noun = {"missing_person": "hers", "partner": "theirs", "vehicle": "that"}.get(
        reading.subject, "that")
    return noun


def _describe(reading: IntentReading | None) -> str:
    if reading is None:
        return ""
    about = reading.person or reading.subject
    sign = "" if reading.affirmed else "not "
    return f"{reading.act} {sign}{reading.intent} about {about} ({reading.confidence:.2f})"
