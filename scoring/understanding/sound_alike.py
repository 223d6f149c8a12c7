"""Recognised speech read as the words that sound alike: "are you heart" as "are you hurt".

A recogniser writes a word it knows for the word it heard, and in a trainee's short
questions it often picks one that sounds alike but means something else ("are you heart",
"as he got anything on him any knifes", "wear a bouts are you", "is any one hurt").
`scoring.homophones` puts right the pairs whose place in a sentence tells them apart; this
module is the general case, a small noisy channel in the recogniser's own terms:

- what a word could have been: the words of the phrase library (the trainers' phrasings
  and the learnt ones) that sound the same by Metaphone and are spelled nearly alike
  ("heart"/"hurt", "knifes"/"knives", "four"/"for"), a word whose "h" was dropped ("as"
  for "has"), and two or three words run together as one ("wear a bouts" as
  "whereabouts", "any one" as "anyone");
- which words were meant: the respelling the library's own word pairs make likeliest, each
  change costing as much as the recogniser being wrong (a word pair model counted over the
  phrasings; `respelled` returns one respelling or None).

Only clauses written as a recogniser writes (small letters, no punctuation) are respelled;
numbers read out digit by digit, letters spelled out, negations and the scenario's names are
never changed. The respelling is a second reading, not the turn: `reading.Understanding`
reads the turn both ways and keeps the respelling only where it is heard clearly better
(`heard_better`), so a turn that was heard stays as it was heard.
"""

from __future__ import annotations

import functools
import importlib.resources
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import pairwise

import jellyfish
from rapidfuzz.distance import JaroWinkler

from scoring.text import NUMBER_WORDS
from scoring.understanding.analysis import IntentReading

# A respelling is kept by the reader only when it hears a reading at least this much surer
# than the words as written did.
CLEARER = 0.1
# How likely the recogniser is to have written a sound-alike word for the one said: each
# change must make the library's word pairs that much likelier than the words as written.
CHANGE = math.log(0.03)
# A sound-alike is also spelled alike (Jaro-Winkler): Metaphone alone keys "crews" with
# "cars" and "focus" with "fix", which no recogniser confuses.
SPELLED_ALIKE = 0.8
# ... and of nearly the same length: Jaro-Winkler favours a shared start, so "though" would
# otherwise sound like "th".
LENGTHS = 2
# A word put for another must fit the words on both sides this many times better (in the
# phrasings' word pairs, one added to each count) than the word as written.
BORNE_OUT = 3
# Words run together: at most three, and spelled as the one word nearly letter for letter.
JOINED = 3
JOINED_ALIKE = 0.85
# A library word offered as a sound-alike must be said at least this often in the
# phrasings (a word said once is as likely a typing slip as wording).
SAID_OFTEN = 3
# The word pair model: how much the pair counts against the word alone.
PAIRED = 0.7

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SPOKEN = re.compile(r"[a-z' ]+")
# Said digit by digit ("oh seven seven", "one four oh seven"): a number, never a word.
_NUMBERS = NUMBER_WORDS | {"oh", "hundred", "thousand", "double", "treble", "triple"}
# A respelling never adds or takes away a "no" ("now" is not "no", whatever it sounds
# like): the reading's polarity rests on these words.
_NEGATIONS = frozenset(
    "no not never nothing nobody none nowhere don't doesn't didn't won't can't cannot "
    "isn't aren't wasn't weren't haven't hasn't hadn't shouldn't wouldn't couldn't "
    "mustn't needn't dont doesnt didnt wont cant isnt arent wasnt werent havent hasnt "
    "hadnt shouldnt wouldnt couldnt mustnt neednt".split())
_START, _END = "<s>", "</s>"


@functools.cache
def english_words() -> frozenset[str]:
    """The words of the CMU pronouncing dictionary that pocketsphinx's wheel ships (BSD):
    English as a recogniser can write it. Empty where the wheel is not installed (then
    only the phrasings' words count as words). (`audio.sphinx_lm.pronunciations` reads the
    same file for the recogniser; `scoring` never imports `audio`, DESIGN.md, so the words
    alone are read here.)"""
    try:
        found = importlib.resources.files("pocketsphinx") / "model" / "en-us" / \
            "cmudict-en-us.dict"
        text = found.read_bytes().decode("utf-8", errors="replace")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    # "word(2) phones": each word once, its variants' numbers dropped
    return frozenset(line.split(" ", 1)[0].split("(", 1)[0] for line in text.splitlines())


def _plain(word: str) -> str:
    """A word as spelled without apostrophes, "ok" as "okay"."""
    bare = word.replace("'", "")
    return "okay" if bare == "ok" else bare


def _key(word: str) -> str:
    return str(jellyfish.metaphone(word.replace("'", "")))


class SoundAlike:
    """The phrasings' words by sound, and their word pairs: built once per library."""

    def __init__(self, phrasings: Iterable[str]) -> None:
        self._once: Counter[str] = Counter()
        self._pairs: Counter[tuple[str, str]] = Counter()
        for text in phrasings:
            said = [_START, *_WORD.findall(text.lower()), _END]
            self._once.update(said)
            self._pairs.update(pairwise(said))
        self._total = sum(self._once.values())
        english_words()  # read now, before the call, not in a turn
        self._by_sound: dict[str, set[str]] = defaultdict(set)
        for word, count in self._once.items():
            if count < SAID_OFTEN or word in (_START, _END) or word in _NEGATIONS:
                continue
            self._by_sound[_key(word)].add(word)
            if word.startswith("h") and len(word) > 2:
                self._by_sound["-" + _key(word[1:])].add(word)  # "as" heard for "has"

    def respelled(self, clause: str, kept: frozenset[str] = frozenset()) -> str | None:
        """The likeliest respelling of a clause written as a recogniser writes, or None
        when it is not so written or no respelling is likelier. `kept`: words never
        changed (the scenario's names)."""
        if not _SPOKEN.fullmatch(clause) or not clause.strip():
            return None
        said = clause.split()
        if not all(_WORD.fullmatch(w) for w in said):
            return None
        best = self._likeliest(said, kept)
        if [_plain(w) for w in best] == [_plain(w) for w in said]:
            return None  # only apostrophes put back: `spelled` reads those already
        if not all(self._a_word(w, kept) for w in best):
            return None  # a fragment left ("pet rol the urr smell in"): garbled, not misheard
        return " ".join(best)

    def _a_word(self, word: str, kept: frozenset[str]) -> bool:
        """Whether a recogniser could have written `word`: a word of the phrasings or of
        English (the pronouncing dictionary the recogniser's own model ships), a name of
        the scenario, or a number. A recogniser writes whole words only, so a turn with
        pieces of words in it ("sched ule", "urr", "wha") was garbled, not misheard."""
        return (self._once[word] > 0 or word in kept or word in _NUMBERS
                or word.replace("'", "") in english_words() or word in english_words())

    # --- inside -----------------------------------------------------------------------

    def _likeliest(self, said: list[str], kept: frozenset[str]) -> list[str]:
        """Viterbi over the respellings: at each word, the best path to each last word."""
        options = [self._options(said, at, kept) for at in range(len(said))]
        paths: dict[tuple[int, str], tuple[float, list[str]]] = {(0, _START): (0.0, [])}
        for at in range(len(said)):
            for (where, last), (score, path) in list(paths.items()):
                if where != at:
                    continue
                for span, word, cost in options[at]:
                    step = (at + span, word)
                    total = score + cost + self._likelihood(word, last)
                    if step not in paths or paths[step][0] < total:
                        paths[step] = (total, [*path, word])
        ends = [(score + self._likelihood(_END, last), path)
                for (where, last), (score, path) in paths.items() if where == len(said)]
        return max(ends, key=lambda end: end[0])[1]

    def _options(self, said: list[str], at: int,
                 kept: frozenset[str]) -> list[tuple[int, str, float]]:
        """What the words from `at` could have been: (words used, word, cost)."""
        out = [(1, said[at], 0.0)]
        for span in range(1, JOINED + 1):
            words = said[at:at + span]
            if len(words) < span or any(self._fixed(said, at + n, kept)
                                        for n in range(span)):
                break
            joined = "".join(words)
            if span > 1 and not all(self._a_word(w, kept) for w in words):
                break  # pieces of a word run together ("sched ule"): never a word misheard
            key = _key(joined)
            alike = set(self._by_sound.get(key, ()))
            if span == 1 and not joined.startswith("h"):
                alike |= self._by_sound.get("-" + key, set())
            if span > 1 and self._once[joined] >= SAID_OFTEN:
                alike.add(joined)  # "any one" for "anyone"
            least = SPELLED_ALIKE if span == 1 else JOINED_ALIKE
            longest = LENGTHS if span == 1 else 1
            bare = {w for w in alike if w != joined and _plain(w) == _plain(joined)}
            if bare:
                alike = bare  # "theyre" is "they're", never "three"; "ladys" never "lad's"
            for word in alike - set(words):
                if span == 1 and not self._borne_out(said, at, word):
                    continue
                spelled = word.replace("'", "")
                if spelled[0] == "h" and joined[0] != "h":
                    spelled = spelled[1:]  # "as" for "has": alike but for its "h"
                if (abs(len(spelled) - len(joined)) <= longest
                        and JaroWinkler.similarity(joined, spelled) >= least):
                    out.append((span, word, CHANGE))
        return out

    def _borne_out(self, said: list[str], at: int, word: str) -> bool:
        """Whether the words on both sides bear out one word for another: each side pairs
        with `word` in the phrasings `BORNE_OUT` times as often as with the word written
        ("you hurt" 27 to "you heart" 0, "has he" 308 to "as he" 2). A word that fits its
        neighbours as written is what was said ("you're fine to watch them", never "wash
        them"; "have you got a pan", never "a pain")."""
        left = said[at - 1] if at else _START
        right = said[at + 1] if at + 1 < len(said) else _END
        written = said[at]
        return ((self._pairs[(left, word)] + 1) >= BORNE_OUT * (self._pairs[(left, written)] + 1)
                and (self._pairs[(word, right)] + 1)
                >= BORNE_OUT * (self._pairs[(written, right)] + 1))

    def _fixed(self, said: list[str], at: int, kept: frozenset[str]) -> bool:
        """A word never respelled: a name, a negation, a letter spelled out, a number
        said digit by digit."""
        word = said[at]
        if word in kept or word in _NEGATIONS or (len(word) == 1 and word not in "ai"):
            return True
        if word not in _NUMBERS:
            return False
        around = said[max(at - 2, 0):at] + said[at + 1:at + 3]
        return any(w in _NUMBERS for w in around)  # "two till four" is a time

    def _likelihood(self, word: str, last: str) -> float:
        alone = (self._once[word] + 0.1) / (self._total + 0.1 * len(self._once))
        paired = self._pairs[(last, word)] / self._once[last] if self._once[last] else 0.0
        return math.log(PAIRED * paired + (1 - PAIRED) * alone)



def heard_better(respelled: Sequence[IntentReading], written: Sequence[IntentReading]) -> bool:
    """Whether a respelled turn is heard clearly better than the words as written: it hears
    a reading (an intent and its polarity) `CLEARER` surer than the words as written did,
    and `CLEARER` surer than every reading it no longer hears ("are you hurt":
    anyone_injured, 1.00; "are you heart": medical_conditions, through "is that for your
    heart", 0.87)."""
    now, before = _surest(respelled), _surest(written)
    gained = [sure for said, sure in now.items() if sure >= before.get(said, 0.0) + CLEARER]
    lost = [sure for said, sure in before.items() if said not in now]
    # a reading traded for another must be clearly surer too: "on there way" read as
    # "on their way" trades next steps (0.92) for reassurance (0.99), a guess either way
    return bool(gained) and max(gained) >= max(lost, default=0.0) + CLEARER


def _surest(readings: Sequence[IntentReading]) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for r in readings:
        said = (r.intent, r.polarity)
        out[said] = max(r.confidence, out.get(said, 0.0))
    return out
