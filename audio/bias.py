"""What the trainee is likely to say, as plain text: the recognisers' bias.

`audio` never reads scenarios or the intent library itself: the session passes their text
here (sentences of how trainees phrase questions, and single words such as street names,
people and vehicles from the scenario). Engines turn it into a language model or grammar.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@dataclass(frozen=True)
class Vocabulary:
    sentences: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    # The call's proper names as written (people, places, registrations, codes): what a
    # recogniser that takes a text prompt (Whisper) is given, spelt as the log wants them.
    names: tuple[str, ...] = ()

    @staticmethod
    def of(sentences: Iterable[str] = (), words: Iterable[str] = (),
           names: Iterable[str] = ()) -> Vocabulary:
        return Vocabulary(tuple(sentences), tuple(words), tuple(names))

    def __bool__(self) -> bool:
        """False when there is nothing to bias toward (engines then use their generic model)."""
        return bool(self.normalised_sentences() or self.normalised_words())

    def normalised_sentences(self) -> list[list[str]]:
        out = [normalise(s) for s in self.sentences]
        return [s for s in out if s]

    def normalised_words(self) -> list[str]:
        return sorted({w for text in self.words for w in normalise(text)})

    def digest(self) -> str:
        """Identifies the normalised content, for caching what is built from it."""
        h = hashlib.sha256()
        for sentence in self.normalised_sentences():
            h.update((" ".join(sentence) + "\n").encode())
        h.update(b"\0")
        h.update(" ".join(self.normalised_words()).encode())
        return h.hexdigest()


def normalise(text: str) -> list[str]:
    """Lower-case words as a recogniser writes them: numbers spoken, punctuation gone.

    "Flat 14b, 22 Grange Rd." → flat fourteen b twenty two grange rd. Apostrophes inside
    words stay ("don't", "o'brien"), because the dictionaries spell them that way.
    """
    text = text.lower().replace("’", "'")
    text = re.sub(r"(\d+)", lambda m: f" {number_words(m.group(1))} ", text)
    text = re.sub(r"[^\w' ]+|_", " ", text)  # letters of any script: vosk has Korean
    return [w.strip("'") for w in text.split() if w.strip("'")]


def number_words(digits: str) -> str:
    """How a caller says a number: 14 → fourteen, 999 → nine nine nine, 07700 → oh seven…

    Up to two digits as a number; longer ones digit by digit, which is how people in the UK
    say phone numbers, 999/101 and most house numbers over a hundred.
    """
    if len(digits) > 2 or (digits.startswith("0") and len(digits) > 1):
        return " ".join("oh" if d == "0" else _ONES[int(d)] for d in digits)
    value = int(digits)
    if value < 20:
        return _ONES[value]
    tens, ones = divmod(value, 10)
    return _TENS[tens] + (f" {_ONES[ones]}" if ones else "")
