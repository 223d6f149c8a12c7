"""What the trainee asked: from one utterance to the intents it expresses.

The shared phrase library (`scenarios/intents.yaml`) gives many phrasings per intent and a
list of negatives (things handlers say that ask nothing). An utterance is cut into clauses
("what's your name and a number to call you on" is two), and each clause is compared with
every library phrase by TF-IDF cosine over word stems and stem pairs. A clause takes the
intent of its nearest phrase when that is close enough and nearer than any negative.

Why nearest-phrase rather than a trained classifier: every decision points at a library
phrase a trainer can read ("matched 'what's the address' 0.81"), and a trainer fixes a
miss by adding a phrasing, with no training step.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator
from rapidfuzz import fuzz, process

from scoring.authored import read_yaml, validate
from scoring.homophones import repaired
from scoring.postings import centroid_postings, phrase_postings
from scoring.text import stem, tagged_with_name, words
from scoring.told_through import as_must

NONE = "none"  # the label of a library negative


class IntentSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str
    phrases: tuple[str, ...] = Field(min_length=1)


class IntentLibrary(BaseModel):
    """`scenarios/intents.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str
    intents: dict[str, IntentSpec]
    negatives: tuple[str, ...] = ()

    @field_validator("format")
    @classmethod
    def _format(cls, value: str) -> str:
        if value != "callsim.intents/1":
            raise ValueError("format must be callsim.intents/1")
        return value

    @field_validator("intents")
    @classmethod
    def _ids(cls, value: dict[str, IntentSpec]) -> dict[str, IntentSpec]:
        for key in value:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
                raise ValueError(f"intent id `{key}`: use lower case letters, digits and _")
        return value


def load_library(path: Path) -> IntentLibrary:
    return validate(read_yaml(path), IntentLibrary)


@dataclass(frozen=True)
class IntentMatch:
    """One intent found in an utterance, with the reason: the clause and the library phrase."""

    intent: str
    score: float
    clause: str
    phrase: str


# Clause boundaries: sentence punctuation, commas, and joining words between two questions.
# "Or" is left alone: "male or female", "a car or a van" are one question.
# "Try and move her", "go and see": one instruction, not two clauses.
# ("go and get it", "try and stay calm" are one deed; "where they go but he must not go out"
# is two: a "but" after "go" still cuts)
_CLAUSE_BREAK = re.compile(r"[.?!;:,]+|\s+but\s+|(?<!\btry)(?<!\bgo)(?<!\bcome)(?<!\bahead)"
                           r"\s+(?:and|also|plus|then|as well as)\s+")
# "you and your family", "me and my husband": two people joined as one subject or object
# ("are you and your family safe?"), not two clauses (the "and" of two questions is not
# followed by the first one's own person: "are you hurt and is your son ok")
_PAIR_AND = re.compile(r"(?i)(?<!thank )\b(you|me|him|her|them|us) and "
                       r"(your|my|his|her|their|our)\b")
# The same pair with "the" after the auxiliary that asks of them: "are you and the family
# safe?", "is he and the kids still inside?" (v47 and two more act authors, an attempt
# author; cut at "and", "are you" was left alone and ran into the clause before it). Not
# after a verb ("I'll stay with you and the officers will be there" is two clauses).
# (nor after a question word, whose question "where are you" ends there; nor before the
# service's people, who open a clause of their own: "are you | and the officers will…")
_ASKED_PAIR_AND = re.compile(r"(?i)(?<!\bwhere )(?<!\bhow )(?<!\bwhat )(?<!\bwho )"
                             r"(?<!\bwhereabouts )(?<!\bwhen )(?<!\bwhich )"
                             r"\b((?:are|were|is|was|have|has|had|did|do|can|could|will|"
                             r"would|should) (?:you|he|she|they|we)) and (the)\b"
                             r"(?! (?:officers?|police|ambulance|paramedics|crew|fire)\b)")
# A vague extender ("her height and that", "the petrol and that", "his ring and
# everything"): "and" with a word that names nothing new closes the list of the clause it
# ends (v9, v16, v47 and the held-back authors); cut there, "that" opened a clause of its own
# and took the question after it ("…and that for now when did anyone last see her").
_VAGUE_AND = re.compile(r"(?i)\band ((?:all )?that|stuff|everything)"
                        r"(?=\s*(?:[,.?!;:]|$)|\s+(?:for now|yeah|love|mate|like)\b)")
# A span of time: "between two and four", "between 2pm and 4pm", "between Monday and
# Wednesday" is one when, not two clauses (a booking "…thursday between two and four is
# that alright" cut at "and" left "four is that alright", heard as a read-back).
_TIME_WORD = (r"(?:\d{1,2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?|one|two|three|four|five|six|seven|"
              r"eight|nine|ten|eleven|twelve|noon|midday|midnight|monday|tuesday|wednesday|"
              r"thursday|friday|saturday|sunday)(?: o'clock| thirty| fifteen| forty five| am| pm)?")
_BETWEEN_AND = re.compile(r"(?i)\b(between " + _TIME_WORD + r") and (" + _TIME_WORD + r")\b")
_NAME_AND = re.compile(r"(?<=\s)([A-Z][a-z]+) and (?!(?:What|Where|When|Who|How|Is|Are|Do|Can)\b)"
                       r"([A-Z][a-z]+)\b")
# Fragments this short, or only a tag like "do you know", belong to their neighbour.
_TAGS = frozenset({"do you know", "can you remember", "do you remember", "if you can",
                   "is that right", "is that correct", "please", "for me", "love", "mate",
                   "if you know", "if possible", "right", "okay", "ok", "do you think",
                   "do you reckon", "would you say", "that you know of", "do you know it",
                   "anything at all", "anything like that", "or anything like that",
                   "or anything", "at all", "by any chance", "as far as you know",
                   "if you can avoid it", "as well", "or not", "word for word",
                   "that you are aware of", "that you're aware of", "if you like",
                   # whether the caller can answer the question just put: "what's been
                   # taken, can you tell yet?"
                   "can you tell", "can you tell yet", "could you tell",
                   "can you say", "can you see", "can you tell at all"})
_MIN_CLAUSE = 3
# A request that leads into the question after it ("…, and tell me, is he still there?").
_LEAD_INS = frozenset({"tell me", "just tell me", "now tell me", "so tell me", "can you tell me",
                       "could you tell me", "tell me this"})
# A service's name or a greeting said before the first question, in the same sentence
# ("Police emergency, what's the address?", "hello police where are you"): the answering
# formula, not part of the question, so it is left out before the question is heard
# (else "police emergency what's the address" resembles "police emergency, what's
# happened"). Only when a question word follows: "police are on their way" tells; and
# never across a full stop ("Good morning. Which road?" keeps its greeting's sentence).
# A word of a force's name ("Thames Valley Police"): never a determiner or an order to ring
# the police ("ring the police, what did they say?" keeps its order).
FORCE_NAME_WORD = r"(?!(?:the|a|your|our|call|ring|phone|tell|get|so)\b)[a-z]"
_ANSWERING = re.compile(
    # (a force's name of up to two words)
    rf"(?:^|(?<=[.?!]\s))(?:(?:(?:{FORCE_NAME_WORD}[a-z]* ){{0,2}}(?:police|ambulance)|"
    r"fire|emergency|services?|"
    # the force's desk after its name ("Cleveland Police, complaints and resolution, how
    # can I help?", "cleveland police complaints how can i help", v29, v35, v41: the
    # formula's question was read with the desk's words and went unheard)
    r"complaints?(?: (?:and|&) resolution)?(?: (?:line|team|unit|department))?|"
    r"resolution(?: (?:line|team|unit|centre))?|control(?: room)?|"
    r"(?:you are |you're |youre )?through to (?:the )?(?:101|police)|"
    r"(?:thanks|thank you) for (?:calling|ringing)|"
    r"hello|hiya|hi|"
    r"good (?:morning|afternoon|evening)|morning|afternoon|evening)[\s,;:-]+)+"
    r"(?=(?:what|what's|whats|where|where's|wheres|whereabouts|which|who|who's|whose|how|"
    r"when|why|(?:can|could|would|will) (?:i|you|we))\b)", re.IGNORECASE)

# A few spellings recognisers and trainees swap freely; folded before stemming.
_SAME_WORD = {
    "ok": "okay", "reg": "registration", "plate": "registration", "plates": "registration",
    "hurt": "injured", "alright": "all", "mum": "mother", "mom": "mother", "dad": "father",
    "kid": "child", "kids": "children", "youngsters": "children", "telephone": "phone",
    "mobile": "phone", "cellphone": "phone", "postcode": "address",
}


def _stems(tokens: Iterable[str]) -> list[str]:
    return [stem(_SAME_WORD.get(t, t)) for t in tokens]


def _features(stems: Sequence[str]) -> Counter[str]:
    feats: Counter[str] = Counter(stems)
    feats.update(f"{a}_{b}" for a, b in pairwise(stems))
    return feats


# Question scaffolding ("have you got … for me") says little about what is asked; content
# words say most. These weights were set on the development set, never the held-out one.
_FUNCTION = frozenset((
    "a an the and or but of to in on at for from with by is are was were be been am "
    "do doe did have has had can could would will shall should may might i you he she "
    "it we they me him her us them my your his our their this that there here what "
    "where when who how which whi just so then now ani some got get me yes no not"
).split())
# Words that never carry a question on their own (unlike "where" or "you").
_SCAFFOLD = frozenset("a an the of to in on at for from with by and or but is are was were "
                      "be been am do doe did it that this".split())
FUNCTION_WEIGHT = 0.6
NEAREST_SHARE = 0.7  # nearest phrase vs intent centroid in the combined score
UNKNOWN_WORD_WEIGHT = 2.0  # a word the library never uses, in the query's length
PAIR_WEIGHT = 0.8


def _weight(feature: str) -> float:
    if "_" in feature:
        return PAIR_WEIGHT
    return FUNCTION_WEIGHT if feature in _FUNCTION else 1.0


class Matcher:
    """Finds intents in utterances using an `IntentLibrary`. Build once; match is fast."""

    def __init__(self, library: IntentLibrary, threshold: float = 0.35) -> None:
        self.library = library
        self.threshold = threshold
        labels: list[str] = []
        texts: list[str] = []
        for intent, spec in library.intents.items():
            for phrase in spec.phrases:
                labels.append(intent)
                texts.append(phrase)
        for phrase in library.negatives:
            labels.append(NONE)
            texts.append(phrase)
        self._labels = labels
        self._texts = texts
        tokens = [words(t) for t in texts]
        # each distinct word stemmed once (~2,700 of them in ~110,000 tokens)
        stems = {w: _stems((w,))[0] for w in {w for ws in tokens for w in ws}}
        bags = [_features([stems[w] for w in ws]) for ws in tokens]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        n = len(bags)
        self._idf = {f: math.log((1 + n) / (1 + c)) + 1.0 for f, c in df.items()}
        self._vocabulary = tuple(sorted(stems))
        self._known_words = frozenset(self._vocabulary)
        self._postings = phrase_postings(bags, self._idf, _weight)
        # Each intent's centroid: the words its phrasings share ("weapon" across forty
        # ways of asking) count even when no single phrase is close to the utterance.
        self._classes = sorted(set(labels))
        self._class_of = np.asarray([self._classes.index(x) for x in labels], dtype=np.int32)
        self._centroid = centroid_postings(self._postings, self._class_of, len(self._classes))

    @property
    def intent_ids(self) -> tuple[str, ...]:
        return tuple(self.library.intents)

    def intents(self, utterance: str) -> tuple[str, ...]:
        """The intent ids expressed, in the order they were first said."""
        seen: dict[str, None] = {}
        for found in self.match(utterance):
            seen.setdefault(found.intent, None)
        return tuple(seen)

    def match(self, utterance: str) -> tuple[IntentMatch, ...]:
        found: list[IntentMatch] = []
        for clause in clauses(utterance):
            ranked = self.ranked(clause)
            if not ranked or ranked[0].intent == NONE or ranked[0].score < self.threshold:
                continue
            found.append(ranked[0])
        return tuple(found)

    def nearest(self, clause: str) -> IntentMatch | None:
        """The library phrase nearest to one clause (its label may be `none`)."""
        ranked = self.ranked(clause)
        return ranked[0] if ranked else None

    def ranked(self, clause: str) -> list[IntentMatch]:
        """The two best intents (or `none`) for one clause, best first."""
        scored = self.scores(clause)
        if scored is None:
            return []
        combined, scores = scored
        out: list[IntentMatch] = []
        for cls in np.argsort(-combined)[:2].tolist():
            members = np.where(self._class_of == cls)[0]
            row = int(members[np.argmax(scores[members])])
            out.append(IntentMatch(self._classes[cls], float(combined[cls]), clause,
                                   self._texts[row]))
        return out

    @property
    def classes(self) -> tuple[str, ...]:
        """The labels `scores` gives a column each: intent ids and `none`."""
        return tuple(self._classes)

    @property
    def phrases(self) -> tuple[tuple[str, str], ...]:
        """(label, phrase) for every library phrase, in the row order of `scores`."""
        return tuple(zip(self._labels, self._texts, strict=True))

    @property
    def class_of(self) -> np.ndarray:
        """Each phrase row's column in the class scores."""
        return self._class_of

    def scores(self, clause: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(score per class, score per phrase) by word overlap; None when the clause shares
        only scaffolding words with the library."""
        tokens = [self._known(w) for w in words(clause)]
        bag = _features(_stems(tokens))
        weights = {f: c * self._idf[f] * _weight(f) for f, c in bag.items() if f in self._idf}
        if not any("_" not in f and f not in _SCAFFOLD for f in weights):
            return None  # only scaffolding words in common ("is the ..."): nothing asked
        norm = math.sqrt(sum(v * v for v in weights.values()))
        # Out-of-library words still count in the query's length, so a long clause that
        # shares one word with a short phrase does not look like it.
        unknown = sum(c for f, c in bag.items() if f not in self._idf and "_" not in f)
        norm = math.sqrt(norm * norm + unknown * UNKNOWN_WORD_WEIGHT**2)
        scores = np.zeros(len(self._labels), dtype=np.float32)
        central = np.zeros(len(self._classes), dtype=np.float32)
        for f, v in weights.items():
            rows, vals = self._postings[f]
            scores[rows] += vals * (v / norm)
            crow, cval = self._centroid[f]
            central[crow] += cval * (v / norm)
        nearest = np.full(len(self._classes), 0.0, dtype=np.float32)
        np.maximum.at(nearest, self._class_of, scores)
        combined = NEAREST_SHARE * nearest + (1.0 - NEAREST_SHARE) * central
        return combined, scores

    def _known(self, word: str) -> str:
        if word in self._known_words or len(word) < 4 or word.isdigit():
            return word
        return self._snap(word)

    @cache  # noqa: B019 - one matcher per library, kept for the life of the process
    def _snap(self, word: str) -> str:
        """A word the library never uses, snapped to a close one it does (misrecognitions)."""
        hit = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=84)
        return str(hit[0]) if hit else word


@dataclass(frozen=True)
class Accuracy:
    """Intent recognition measured on utterances with known intents."""

    found_right: int
    found_wrong: int
    missed: int
    exact: int
    cases: int

    @property
    def precision(self) -> float:
        found = self.found_right + self.found_wrong
        return self.found_right / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.found_right + self.missed
        return self.found_right / expected if expected else 0.0


def accuracy(matcher: Matcher, cases: Iterable[tuple[str, Iterable[str]]]) -> Accuracy:
    """Micro precision and recall over (utterance, intent) pairs."""
    right = wrong = missed = exact = count = 0
    for text, expected in cases:
        want, got = set(expected), set(matcher.intents(text))
        right += len(want & got)
        wrong += len(got - want)
        missed += len(want - got)
        exact += want == got
        count += 1
    return Accuracy(right, wrong, missed, exact, count)


_WHOSE = frozenset({"your", "his", "her", "their"})


# A sentence said a word at a time, for a caller with little English ("Are. The. Men. Still.
# There?", "Stay. In. The. House.", "Which. Town. Are. You. In?": six authors' attempts, v10
# to v29): three or more one-word sentences in a row, from a sentence's start.
_WORD_BY_WORD = re.compile(r"(?:^|(?<=[.?!] ))(?:[A-Za-z']+\. ){2,}[A-Za-z']+(?=[.?!](?:\s|$))")


def said_slowly(utterance: str) -> str:
    """The utterance with each sentence said a word at a time put back as one sentence."""
    return _WORD_BY_WORD.sub(lambda m: m.group(0).replace(". ", " "), utterance)


def clauses(utterance: str) -> list[str]:
    """Cut an utterance into clauses that each carry at most one question or instruction."""
    utterance = said_slowly(utterance)
    # "the Police and Crime Commissioner", "Marks and Spencer": one name, not two clauses.
    utterance = _NAME_AND.sub(r"\1 & \2", utterance)
    utterance = _PAIR_AND.sub(r"\1 & \2", utterance)
    utterance = _ASKED_PAIR_AND.sub(r"\1 & \2", utterance)
    utterance = _VAGUE_AND.sub(r"& \1", utterance)
    utterance = _BETWEEN_AND.sub(r"\1 & \2", utterance)
    utterance = _ANSWERING.sub("", as_must(repaired(utterance)))
    # recognised speech has no punctuation, or commas alone (no sentence ends) where a
    # recogniser or a trainee typing fast put them: "when you say it's blocking the lane is it
    # sticking out, could someone drive into it"
    spoken = not re.search(r"[.?!;:]", utterance)
    # (part, whether a sentence ends after it, asked, the joining word cut before it)
    out: list[tuple[str, bool, bool, str]] = []
    at = 0
    after_and = False  # was the part cut off after "and"?
    joiner = ""  # "and", if the part was cut off after it
    for cut in [*_CLAUSE_BREAK.finditer(utterance), None]:
        part = utterance[at:cut.start() if cut else len(utterance)].strip()
        ends = cut is None or bool(re.search(r"[.?!]", cut.group()))
        at = cut.end() if cut else at
        pieces = [reason for piece in _split_run_on(part) for reason in _reason_run_on(piece)
                  ] if spoken else [part]
        # "…, and your name?": someone's detail asked after "and" is a question of its own
        # (a noun phrase for a question, as "And his name?" is on its own)
        asked = after_and and "?" in (cut.group() if cut else utterance[-2:]) and (
            len(pieces) == 1 and part.split()[0].lower() in _WHOSE if part else False)
        out.extend((piece, ends and n == len(pieces) - 1, asked, "" if n else joiner)
                   for n, piece in enumerate(pieces))
        if part or cut is None:
            after_and = False
        after_and = after_and or bool(cut and cut.group().strip() == "and")
        # (only "and", which lists: "then" or "also" cut off said nothing the part needs)
        joiner = "and" if cut and cut.group().strip() == "and" else ""
    merged: list[str] = []
    ended = False  # did the last part end a sentence? Fragments never cross a full stop:
    for part, ends, asked, join in out:  # "…, SS13 2QF. Can you tell me what's happened?" is two
        tokens = words(part)
        if not tokens:
            continue
        repair = len(tokens) >= 2 and tokens[-1] in _REPAIR_WORDS and (
            tokens[-2] not in _NOT_A_REPAIR) and not ends
        small = not asked and not repair and (len(tokens) < _MIN_CLAUSE or " ".join(tokens) in _TAGS
                 or _negative_tag(tokens)
                 or tokens[0] == "or"  # ", or a neighbour": an alternative, same question
                 # "… your details and what you've told me": a relative clause, not a
                 # second question ("what have you told me" would be one)
                 or (tokens[0] in _QUESTION_WORDS and tokens[1] in _PRONOUNS)
                 # "is she breathing and talking to you?": a participle with no subject
                 # of its own carries on the yes/no question before it
                 or (bool(merged) and _carries_question(tokens, merged[-1])))
        if small and not ends and " ".join(tokens) in _LEAD_INS:
            # "Stay on the line, and tell me, is anyone hurt?": the lead-in belongs to the
            # question after it, not to the advice before
            merged.append("\0" + part)
        elif merged and small and not ended:
            # (with the word it was cut off after: "your name and number please" keeps
            # both things asked for, not "your name number")
            merged[-1] = " ".join(w for w in (merged[-1], join, part) if w)
        elif merged and merged[-1].startswith("\0") and not ended:
            merged[-1] = f"{merged[-1][1:]} {part}"
        else:
            merged.append(("\0" + part) if small else part)
        ended = ends
    return [m.removeprefix("\0") for m in merged]


# A negative tag's auxiliary ("…, isn't she?", "…, didn't they?", "…, won't you?").
_TAG_AUXILIARIES = frozenset("is are was were has have had did does do will would can could "
                             "should".split())
_TAG_SUBJECTS = frozenset("you i he she they we it there".split())


def _negative_tag(tokens: tuple[str, ...]) -> bool:
    """Is the part a negative tag alone ("isn't she", read "is not she")? It closes the
    statement before it, which it makes a question ("She's conscious, isn't she?": cut
    off, the statement was read as telling and the tag as nothing, v41), as the positive
    tag does ("…, is she?", too short to be a clause of its own)."""
    return (len(tokens) == 3 and tokens[0] in _TAG_AUXILIARIES and tokens[1] == "not"
            and tokens[2] in _TAG_SUBJECTS)


_ING_NOUNS = frozenset("nothing something anything everything morning evening thing things "
                       "during building ceiling wedding bring king ring sing".split())


def _carries_question(tokens: tuple[str, ...], before: str) -> bool:
    """Does a part opening with a participle ("talking to you") carry on the yes/no
    question before it ("is she awake")?"""
    first = words(before.lstrip("\0"))[:1]
    return (tokens[0].endswith("ing") and tokens[0] not in _ING_NOUNS
            and bool(first) and first[0] in ("is", "are", "was", "were"))


def _order_word(bare: list[str], i: int) -> bool:
    """Does an order open at `i` (`_INSTRUCTIONS`, or "make sure": "you're fine to wash the
    window just make sure you keep the video")?"""
    return bare[i] in _INSTRUCTIONS or (
        bare[i] == "make" and 0 < i < len(bare) - 1 and bare[i + 1] == "sure"
        # (not someone's own "make sure": "the officers will make sure you're safe")
        and bare[i - 1] not in _MAKES_SURE)


def _verb_of_you(bare: list[str], i: int) -> bool:
    """Is the instruction word at `i` the verb of the "you" before it, its subject ("just
    make sure you keep that video", "what time did you lock up")? Then it continues that
    clause: a clause's subject and its verb are never cut apart."""
    return bare[i] in _TOLD_VERBS and i >= 2 and bare[i - 1] == "you" and \
        bare[i - 2] in _YOU_AS_SUBJECT


# A recogniser's contraction written without its apostrophe, where the bare word is no other
# word: "dont put the phone down" opens its clause as "don't" does (v42: "ok police are
# coming to you now on blue lights dont put the phone down" was one clause, heard as
# comfort, and the line kept went unheard; "dont" stands in some sixty development turns
# of many authors). ("im" is respelled before the cut; "ill" and "well" are words.)
_UNMARKED = {"dont": "don't"}
# The subjects "don't" is the verb of, straight after them ("we don't need it", "I don't
# know"), as "you" is after the words `_verb_of_you` knows.
_DONT_SUBJECTS = frozenset("i we they he she it".split())


def _split_run_on(text: str) -> list[str]:
    """'where is he now what is he wearing' -> two clauses, at the second question.

    Only for recognised speech (no punctuation). A new question starts at a question word
    or, after a full clause, at a verb that opens a yes/no question ("is he still there
    has he got anything"). Relative "who"/"when"/"which" do not start one.
    """
    opener = _CHECK_OPENER.match(text)
    if opener and text[opener.end():].split(maxsplit=1)[0].lower() in _SAID_BACK:
        # "just to confirm you'd like …": the opener says it is a read-back, whatever follows
        return [text[:opener.end()].strip(), *_split_run_on(text[opener.end():])]
    tokens = text.split()
    bare = [re.sub(r"[^a-z']", "", t.lower()) for t in tokens]
    bare = [_UNMARKED.get(b, b) for b in bare]
    pieces: list[list[str]] = [[]]
    for i, token in enumerate(tokens):
        here = pieces[-1]
        subject = bare[i + 1] if i + 1 < len(tokens) else ""
        # "no need to tell me where you are the phone's shown me": the verb after a question
        # word and its subject ("where you are", "how old he is") ends that reported
        # question; it opens none of its own
        embedded = i >= 2 and bare[i - 1] in _PRONOUNS and (
            bare[i - 2] in _ASKS_ON or (i >= 3 and bare[i - 3] in _ASKS_ON
                                        and bare[i - 2] not in _YES_NO))
        # "I can hear it was the side window", "keep the drawers as they are": a verb after
        # a subject said as a statement (not itself after a verb: "where is he | is he …")
        # is that subject's own, when no subject of a question follows it ("can you see it
        # | is it still there")
        stated = i >= 2 and bare[i - 1] in _SAID_SUBJECTS and bare[i - 2] not in _INVERTS \
            and subject not in _ASKED_OF
        asks = (bare[i] in _YES_NO and subject in _SUBJECTS and len(here) >= _MIN_YES_NO
                and not embedded and not stated
                and bare[i - 1] not in _ASKS_ON  # "whereabouts is the house": one question
                # "you've said it was the back door": a verb of saying and its subject
                # report a clause; the verb after them is that clause's, no question
                and not (i >= 2 and bare[i - 1] in _REPORTED_SUBJECTS
                         and bare[i - 2] in _SAYING)
                # "leave it all as it is you can tidy up": "as it is" ends the clause
                and bare[max(i - 2, 0):i] != ["as", "it"]
                # "there's no kids in the house is there kelly": a tag and the caller's name
                and not tagged_with_name(bare, i)
                # "whereabouts on yarm road did he stop you": the question word's phrase,
                # then its inverted verb
                and not _awaits_its_verb(bare[i - len(here):i]))
        order = _order_word(bare, i)
        tells = (order and len(here) >= _MIN_CLAUSE
                 and bare[i - 1] not in _GOVERNS  # "no need to keep …" is one clause
                 and not _verb_of_you(bare, i)
                 # "it's fine we don't need it": "don't" after its subject is its verb
                 and not (bare[i] == "don't" and bare[i - 1] in _DONT_SUBJECTS)
                 # "the fingerprint officers", "the traffic police": which officers, named
                 # inside the clause, open none of their own
                 and not (bare[i] in _OFFICERS and bare[i - 1] in _OFFICERS_OF)
                 # "tell me which officer it was": the officer asked about, named after the
                 # question word that governs him, opens no clause of his own
                 and not (bare[i] in _OFFICERS and bare[i - 1] in _WHICH))
        if (order and bare[i - 1] == "just" and len(here) > _MIN_CLAUSE
                and bare[i - 2] not in _GOVERNS | _PRONOUNS | _WHO_ARE_TOLD
                and (_WAIVED.search(" ".join(here).lower()) is None
                     or _SIGNAL_WAIVED.search(" ".join(here).lower()) is not None)):
            # "you're doing really well just stay with me": after a whole clause, "just"
            # and an order open the order's clause ("can you just stay", "I need you to
            # just keep" are one; so is an order put in place of what was said not to be
            # needed, "I won't ask what happened just keep the door shut", read whole;
            # not a signal said to be needed no more, "no need to press again just hold
            # the phone", whose order is a clause of its own as it is when typed)
            pieces.append([here.pop()])
            here = pieces[-1]
        if tells and i >= 2 and bare[i - 2] in _DETERMINERS and bare[i - 1] in _MODIFIERS:
            # "you dont need a new lock on that door", "no need to go buying a new lock for
            # the van" (v25, v39, spoken): an order's word after an article and an adjective
            # is the thing named, no order; cut there, the need denied lost its object and
            # the lock was advised ("the new officer will pick it up" opens its clause at
            # the article, as "the officers will" does)
            tells = False
            if subject in _THEN_VERBS and len(here) > _MIN_CLAUSE + 1:
                pieces.append(here[-2:])
                del here[-2:]
                here = pieces[-1]
        if tells and bare[i - 1] in _DETERMINERS:
            # "the officers will be with you": the clause opens at "the"; but "did you get
            # the officers collar number" names them inside the question, no new clause
            tells = False
            if subject in _THEN_VERBS and len(here) > _MIN_CLAUSE:
                pieces.append([here.pop()])
                here = pieces[-1]
        # ("don't worry about exactly what time it was": an adverb between them)
        told = bare[i - 1] in _TOLD or (i >= 2 and bare[i - 1] in _HEDGES and bare[i - 2] in _TOLD)
        reported = (bare[i] in _QUESTION_WORDS and told
                    and _WAIVED.search(" ".join(here).lower()) is not None)
        # "are you safe where you are tap once for yes": the code for the answer is a
        # clause of its own (it says how to answer the question, and asks nothing)
        # (not after a condition, whose answer the code is: "if you're at home tap once")
        coded = ((bare[i] in _SIGNALS and subject in _COUNTS) or (
            bare[i] in _COUNTS and subject in _SIGNALS)) and bare[i - 1] not in _GOVERNS \
            and not (here and re.sub(r"[^a-z]", "", here[0].lower()) == "if")
        # "the shops where the bike was taken from", "your neck where he grabbed you": a
        # place named by a determiner and its noun, then "where" and a subject, is a
        # relative clause of that place (a question would put its verb first: "where is")
        relative = (bare[i] == "where" and i >= 2 and bare[i - 2] in _DETERMINERS
                    and subject in _SUBJECTS) or _where_it_stands(bare, i) or (
            # "so sorry about how long you've waited", "worried about what he'll do": the
            # question word after "about" or "of" opens the thing named, not a question
            bare[i] in _QUESTION_WORDS and bare[i - 1] in _NAMES_A_QUESTION)
        opens = (bare[i] in _QUESTION_WORDS and not reported and not relative) or asks or \
            _asks_when(bare, i) or _leave_opens(bare, i, len(here)) or \
            tells or coded or _reason_after_any_more(bare, i) or _praise_opens(bare, i)
        if _repaired_before(bare, i, here):
            pieces.append([])  # kept apart from the repair before it (`clauses`)
        elif opens and len(here) >= _MIN_CLAUSE:
            pieces.append([])
        pieces[-1].append(token)
    return [" ".join(p) for p in pieces if p]


# "leave it all where it is", "keep them where they are", "where you found it": "where",
# a pronoun and its verb in a statement's order say where a thing stands (a question puts
# the verb first: "where is it"), a place named inside the clause before, no question.
_STANDS = frozenset("is are was were left found put dropped keep keeps".split())
_STANDING = frozenset("it they them you he she".split())


# "when" or "why" and an inverted auxiliary and its subject ask a question of their own in
# run-on speech: "…for now when did anyone last see her", "…right now when was she last
# seen" (v16 and a second author; a relative "when" takes a statement's order, "ring us
# when you get in", "when is a good time" has no subject after its verb). Not "who",
# whose relative clause may put a verb before a pronoun ("the lad who did it").
_ASKS_WHEN = frozenset("when why".split())


def _asks_when(bare: list[str], i: int) -> bool:
    """Does a question of when or why, in its question's order, open at `i`?"""
    return (bare[i] in _ASKS_WHEN and 0 < i < len(bare) - 2 and bare[i + 1] in _YES_NO
            and bare[i + 2] in _ASKED_OF and bare[i - 1] not in _TOLD | _GOVERNS)


# Leave given to the caller, run on after a whole clause in recognised speech: "theres no
# need to stay on the line mrs el ridge | you can carry on with your walk", "thats the crime
# number love | you can ring off now", "the officers have finished with the line | you can
# hang up" (v49 and a score of spoken act turns of other authors, after a name, "now",
# "love", "mate" or a thing named). Read with the clause before it, the leave diluted the
# need denied, or the need denied was carried into the leave. Not "you can" governed by
# the words before it ("if you can", "as soon as you can", "anything you can tell me",
# "I think you can", "so you can").
_LEAVE_VERBS = frozenset("can could".split())
_GOVERNS_YOU = frozenset("if as so soon what that anything everything whatever where when how "
                         "long unless till until and but or because cos think know sure hope "
                         "reckon thought best all much far the which who whom whether once "
                         "while whilst than like just only please to not never i you "
                         "something nothing thing things way time place number else".split())


def _leave_opens(bare: list[str], i: int, said: int) -> bool:
    """Does leave given to the caller ("you can …") open a clause at `i`, after the `said`
    words of the clause so far? Not after a clause put as a yes-or-no question ("is the
    councils noise team that deal with this you can ring them": "it's" misheard as "is",
    read whole as telling by the marker, `marking._asked_about`)."""
    opening = [w for w in bare[i - said:i] if w not in _BEFORE_ASKING]
    return (bare[i] == "you" and 0 < i < len(bare) - 2 and bare[i + 1] in _LEAVE_VERBS
            and not (opening and opening[0] in _YES_NO)
            and bare[i - 1] not in _GOVERNS_YOU and bare[i + 2] not in _ASKED_OF
            # ("the best thing you can do", "a number you can be reached on": what the
            # caller can do names a thing, a relative clause)
            and not (i >= 2 and bare[i - 2] in _DETERMINERS))


def _where_it_stands(bare: list[str], i: int) -> bool:
    """Does `where` at `i` open a place said in a statement's order ("where it is")?"""
    return bare[i] == "where" and i + 2 < len(bare) and bare[i + 1] in _STANDING and \
        bare[i + 2] in _STANDS


# A word said back, put right with "sorry", before the next question: "eastbound sorry is the
# lady hurt bad", "nine harebell close sorry can you talk" (two authors' spoken calls, v16
# and v30). The said-back word and its "sorry" ask nothing; the question after them is
# read on its own (read with them, the repair dilutes it and "sorry" makes it an apology).
_REPAIR_WORDS = frozenset("sorry pardon".split())
# (nor "sorry" after a word of the handler's own: "I'm so sorry", "okay sorry", "hello
# sorry": an apology or a filler, read with the question it opens, as it always was)
_NOT_A_REPAIR = frozenset("i'm im am so really very awfully terribly truly ever okay ok right "
                          "yes yeah yep no well oh erm um er hello hi hiya sorry and but "
                          "just".split())


def _repaired_before(bare: list[str], i: int, here: list[str]) -> bool:
    """Does a question open at `i` straight after a word said back and put right with
    "sorry" (`_REPAIR_WORDS`; not "I'm so sorry", an apology)?"""
    if i < 2 or bare[i - 1] not in _REPAIR_WORDS or bare[i - 2] in _NOT_A_REPAIR or \
            len(here) < 2:  # the word said back and its "sorry"
        return False
    subject = bare[i + 1] if i + 1 < len(bare) else ""
    return bare[i] in _QUESTION_WORDS or (bare[i] in _YES_NO and subject in _SUBJECTS)


# A waiver ends at its "any more", and what was done to end the need follows as a
# statement of its own: "you don't have to hold the line any more the paramedics have got
# her" ("now" is left whole: "you can hoover up now the forensic officers finished" reads
# as one leave, its officers named inside it).
_ENDS_NEED = frozenset("more anymore".split())
_DONE_VERBS = frozenset("is are was were has have had been done finished gone got".split())
_REASON_REACH = 5  # words from "the" to the verb of its clause ("the c s i are")
_LEAVE = re.compile(r"\b(?:you can|you're (?:fine|okay|ok|alright|free|good) to|youre (?:fine|"
                    r"okay|ok|alright|free|good) to|feel free|(?:fine|okay|ok|alright) to)\b")


def _reason_after_any_more(bare: list[str], i: int) -> bool:
    """Does a statement of what has happened start at `i` ("… any more | the officers are
    done"), after a waiver or a leave that ended at "any more"?"""
    if bare[i] != "the" or i < _MIN_CLAUSE or bare[i - 1] not in _ENDS_NEED or (
            bare[i - 1] == "more" and bare[i - 2] != "any"):
        return False
    before = " ".join(bare[:i])
    if _WAIVED.search(before) is None and _LEAVE.search(before) is None:
        return False  # "can you check now the door's locked": no need ended
    after = bare[i + 2:i + 1 + _REASON_REACH]
    return any(w in _DONE_VERBS or (w.endswith("'s") and w != "the's") for w in
               [*after, bare[i + 1] if i + 1 < len(bare) else ""])


def _praise_opens(bare: list[str], i: int) -> bool:
    """Does the caller's praise open a clause at `i`, after a whole clause ("stay on the line
    for me kelly | your doing great", v12, v31): "you're doing" said to the caller is
    comfort of its own, never the object of the order before it."""
    return (bare[i] in _YOU_ARE and i + 1 < len(bare) and bare[i + 1] == "doing"
            and i >= _MIN_CLAUSE)


_YOU_ARE = frozenset("you're youre your".split())
_PRONOUNS = frozenset("you i he she they we".split())
_NAMES_A_QUESTION = frozenset("about of".split())
# A subject a verb may follow in a statement ("it was", "they are"; not "you", so often the
# object: "talking to you | is anyone else hurt"), the subjects a question puts after its
# verb, and the verbs before a subject that make a question of it ("is he", "did they").
_SAID_SUBJECTS = frozenset("i he she they we it".split())
_ASKED_OF = _SAID_SUBJECTS | frozenset("you there anyone anybody someone somebody everyone "
                                       "everybody".split())
_INVERTS = frozenset("is are was were has have had does do did can could will would should "
                     "shall may might must where's what's how's who's isn't aren't wasn't "
                     "weren't hasn't haven't didn't doesn't".split())
# A telling waived takes the question it reports with it: "no need to tell me how old he
# is" is one clause (the question is not put, it is said not to be needed).
# (so does a going over, an asking declined or a worry lifted: "no need to go back over what
# happened", "I won't ask you what happened", "don't worry about which one it was")
# (a listing or describing too: "you needn't list what was took", "no need to describe what
# she was wearing"; and what the handler can see or hear for themselves: "no need to give
# me an address i can see where your phone is")
_TOLD = frozenset("me us know ask explain repeat say over through into about you asking "
                  "list describe see hear".split())
_HEDGES = frozenset("exactly precisely roughly just".split())
# Officers named by their kind: "the finger print officers", "the traffic police".
_OFFICERS = frozenset("officers officer police".split())
_OFFICERS_OF = frozenset("print fingerprint traffic forensic crime response patrol armed "
                         "community liaison dog scene scenes csi cid uniformed attending "
                         "firearms neighbourhood specialist".split())
# A signal of the silent call said not to be needed any more: "you don't need to tap again".
_SIGNAL_WAIVED = re.compile(r"\b(?:tap|tapping|press|pressing|cough|coughing|knock|knocking)"
                            r"(?: (?:anything|any more|anymore|again|five five|55|else))+"
                            # (the caller named or called "love" before the order: "you
                            # don't have to press anything else love just stay on the line")
                            r"(?: \w+)?(?: just)?$")
# Verbs of saying that report a clause, and that clause's subjects: "you said it was",
# "they mentioned he had", "she told me they were".
_SAYING = frozenset("said say says saying told mentioned reckoned thought".split())
_REPORTED_SUBJECTS = frozenset("it he she they there".split())
_WAIVED = re.compile(r"\b(?:no need|don'?t need|do not need|don'?t have|do not have|needn'?t|"
                     r"need not|don'?t worry|do not worry|won'?t need|no point|no call|no sense|"
                     r"no requirement|no reason|never mind|forget|don'?t bother|do not bother|"
                     r"won'?t (?:be )?ask|will not (?:be )?ask|not going to ask|shan'?t ask|"
                     r"won'?t make you|will not make you|not going to make you|"
                     # an obligation not to be felt: "dont feel you have to tell me how much
                     # he had", as doubts.py's WAIVED_QUESTION
                     r"(?:don'?t|do not) feel (?:like )?you(?: have| need|'?ve got| must))\b")
# A statement's subject and verb that open a reason run on after a waiver in recognised
# speech: "no need to read your mobile out | its come up on the system", "you neednt stay
# on | ive got everything i need from you", "the officers dont need to come back round |
# its all on the log now" (v21, v29, v32, v41 and the held-back authors; typed, a comma
# cuts there and the waiver is heard).
_REASON_OPENS = re.compile(r"(?<=\s)(?:its|it's|it is|ive|i've|i have|i can|i know|youve|you've|"
                           r"you have|weve|we've|we have|we know|we can|theyve|they've|"
                           r"theyre|they're|they are)(?=\s)", re.IGNORECASE)
# A word after which the subject belongs to the clause it is in: a question word or a
# conjunction ("no need to tell me what its like"), a verb of saying or thinking ("no need,
# i know youve tried"), or the waiver's own words; or "way" ("no need to keep the room the
# way it is": how a thing is kept, said inside the clause, as "as it is" is).
_REASON_GOVERNED = frozenset("what what's whats where where's wheres who who's whos how "
                             "when which whether if that because cos as so and but or know "
                             "think said say sure tell told than like to need way".split())


def _reason_run_on(piece: str) -> list[str]:
    """A spoken waiver and the reason run on after it, cut where a statement's subject and
    verb open the reason (once: the reason's own clauses stay with it)."""
    waived = _WAIVED.search(piece.lower())
    if waived is None:
        return [piece]
    for found in _REASON_OPENS.finditer(piece, waived.end()):
        before = piece[waived.end():found.start()].split()
        if len(before) < 2 or re.sub(r"[^a-z']", "", before[-1].lower()) in _REASON_GOVERNED:
            continue
        return [piece[:found.start()].strip(), piece[found.start():].strip()]
    return [piece]


# Recognised speech opening a summary or read-back with no comma to mark where it ends.
_CHECK_OPENER = re.compile(r"^\s*(?:(?:so|okay|ok|right)\s+)*(?:(?:can|could) i\s+)?"
                           r"(?:just\s+)?(?:to\s+)?(?:confirm|check)(?=\s+\S+\s+\S+)",
                           re.IGNORECASE)
# What the opener is followed by when it is what was said that is read back ("you'd like",
# "he's", "it was"), rather than the thing to be checked ("your address").
_SAID_BACK = frozenset("you you'd you're you've you'll i i'm i've he he's she she's they "
                       "they're it it's that's".split())
_QUESTION_WORDS = frozenset("what what's where where's how how's whereabouts whose".split())
# A question word the verb after it belongs to ("where is", "who was").
_ASKS_ON = _QUESTION_WORDS | frozenset("who which when why".split())
# Speech runs instructions together ("don't go out to them keep your family with you
# police are on their way"): each of these starts a new one.
# (the keypad's order too, after the condition it answers: "if you cant speak press five
# five", "if its not safe to talk push the five button twice": read with its condition, a
# new wording of the order is lost in the condition's words)
_INSTRUCTIONS = frozenset("please keep stay lock don't police officers officer i'll i'm "
                          "we'll press push".split())
# Who or what may "make sure" in a statement: "I'll make sure", "they will make sure".
_MAKES_SURE = frozenset("i you he she they we it will would can could should might may must "
                        "i'll we'll they'll he'll she'll you'll ill theyll shall going gonna "
                        "to officers officer police someone somebody".split())
# The verbs of `_INSTRUCTIONS` (not "police", "I'll"…), which "you" may be the subject of.
_TOLD_VERBS = frozenset("keep stay lock don't press push".split())
# Words after which "you" is the subject of the verb that follows it, not an object ("make
# sure you keep", "what time did you lock up", "it's best if you stay", "listen, you
# don't need to"; but "that's for you | stay behind the barrier", "thank you | keep safe").
_YOU_AS_SUBJECT = frozenset("sure did do does can could will would should must if unless "
                            "until till when once while whether because cos that listen "
                            "look".split())
# A word after which an instruction word continues the clause rather than starting one.
# ("if", "unless", "until": a condition's clause is governed by its conjunction: "one tap
# if I'm right" is one clause, the code and what it answers)
_GOVERNS = frozenset("to not never please just and if unless until till".split())
# Whom an order with "just" may be put to inside its own clause ("if you could just keep")
_WHO_ARE_TOLD = frozenset("could can would will if please".split())
# Question words said as determiners: "which officer", "what officer", "whose officer".
_WHICH = frozenset("which what whose".split())
_DETERMINERS = frozenset("the a an your his her their this that".split())
# Adjectives said between an article and a thing (`_split_run_on`: "a new lock").
_MODIFIERS = frozenset("new old better good proper decent extra spare second stronger bigger "
                       "different quick separate".split())
_THEN_VERBS = frozenset("will are is were was have has can could would should might may "
                        "do don't won't".split())
_YES_NO = frozenset("is are has have does did can could was were".split())
# A tap code's words: "tap once", "one tap", "cough twice", "press once"
_SIGNALS = frozenset("tap taps cough coughs press knock".split())
_COUNTS = frozenset("once twice one two three 1 2 3".split())
# ("anything", "something": "…the car reg love | is anything else missing", v45)
_SUBJECTS = frozenset("he she they you it there anyone anybody someone somebody anything "
                      "something the your his her their we i".split())
_MIN_YES_NO = 4  # "where is he" keeps its verb; "is he still there has he" splits


# Words that may open a question before its question word ("and roughly what time …").
_BEFORE_ASKING = frozenset("and so ok okay right roughly exactly then now sorry erm um".split())
# A verb or a subject: once one is said, the question word's phrase is over.
_VERBS_OR_SUBJECTS = _YES_NO | _PRONOUNS | frozenset(
    "do will would should had am been being don't didn't isn't wasn't it there".split())
_PHRASE_WORDS = 6  # "which part of the big park": the longest phrase a question word leads


def _awaits_its_verb(here: list[str]) -> bool:
    """Is the speech so far a question word and its phrase alone ("whereabouts on yarm road",
    "which part of the park", "roughly what time on friday"), its verb still to come? In
    unpunctuated speech the verb after it inverts ("…did he stop you") and belongs to it: cut
    there, the clause after asked a yes/no question of its own that the whole never put (v20,
    v44: a time asked beside the place; not "what about the car | is it still there")."""
    at = 0
    while at < len(here) and here[at] in _BEFORE_ASKING:
        at += 1
    # (not "what's", whose verb is said: "what's the reg of the bmw | did you get any of
    # it"; nor a relative "whose")
    if at >= len(here) or here[at] not in _ASKS_ON - {"why", "whose"} or "'" in here[at]:
        return False
    phrase = here[at + 1:]
    return 0 < len(phrase) <= _PHRASE_WORDS and phrase[0] not in ("about", "if", "else") and (
        not any(w in _VERBS_OR_SUBJECTS or w.endswith("'s") for w in phrase))
