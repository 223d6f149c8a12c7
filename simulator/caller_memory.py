"""A read-back checked against what the caller has said: the caller confirms a trainee who
repeats their words back, and corrects one who gets a number wrong.

The analysis compares read-backs of addresses, numbers, names and registrations with the
scenario's world; a caller also recognises their own words in anything else read back
("so E K one nine, V something?", "so he lives at number 47?"). This is that: the clause's
words against each answer the caller has given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

# Openings and tags that mark a turn as a read-back rather than a question.
_READBACK = re.compile(
    r"^\s*(so|right,? so|okay,? so|ok,? so|just to (confirm|check)|to confirm|that's|thats)\b"
    r"|\b(yeah|yes|right|correct|is that right|is that correct)\s*\??\s*$", re.IGNORECASE)
_STOP = frozenset(
    "a an the and or but of to in on at for from with by is are was were be been it its it's "
    "that that's thats this so just to confirm check right yeah yes okay ok you your he she "
    "they his her their i me my we our there then something about".split())
_NUMBER_WORDS = frozenset("zero oh one two three four five six seven eight nine ten eleven "
                          "twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                          "nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred".split())
AGREES = 0.6  # share of the read-back's words found in one answer for it to be that answer


@dataclass(frozen=True)
class Recall:
    verdict: Literal["confirm", "correct"]
    answer: str  # the caller's line the read-back was compared with


def looks_like_read_back(text: str) -> bool:
    return bool(_READBACK.search(text))


def recall(text: str, said: Iterable[str]) -> Recall | None:
    """Is `text` the trainee reading back one of the caller's answers `said`? Confirm when
    its words (and numbers) are the caller's; correct when a number differs."""
    words = _content(text)
    if not words:
        return None
    numbers = {w for w in words if _numeric(w)}
    best: tuple[float, str] | None = None
    for line in said:
        theirs = _content(line)
        shared = len(words & theirs)
        if not shared:
            continue
        share = shared / len(words)
        if best is None or share > best[0]:
            best = (share, line)
    if best is None:
        return None
    share, line = best
    theirs = _content(line)
    their_numbers = {w for w in theirs if _numeric(w)}
    wrong = numbers - theirs
    if their_numbers and wrong and len(words & theirs) >= 2:
        return Recall("correct", _sentence_with(line, their_numbers))
    if share >= AGREES:
        return Recall("confirm", line)
    return None


def _content(text: str) -> set[str]:
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    return {t for t in tokens if t not in _STOP}


def _numeric(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in _NUMBER_WORDS


def _sentence_with(line: str, numbers: set[str]) -> str:
    """The sentence of the caller's line that holds the number the trainee got wrong."""
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        if _content(sentence) & numbers:
            return sentence
    return line.strip()
