"""Clause text in one spelling, so the rules below match typed and recognised speech alike."""

from __future__ import annotations

import re
from functools import cache

from scoring.text import words

# Contractions recognisers and hurried typists write without the apostrophe.
_BARE = {
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "wont": "will not",
    "cant": "can not", "isnt": "is not", "arent": "are not", "wasnt": "was not",
    "werent": "were not", "havent": "have not", "hasnt": "has not", "shouldnt": "should not",
    "wouldnt": "would not", "couldnt": "could not", "neednt": "need not", "youre": "you are",
    "shant": "shall not", "youd": "you would", "itll": "it will",
    "theyll": "they will",
    "im": "i am", "ive": "i have", "theyve": "they have", "theyre": "they are",
    "youve": "you have", "youll": "you will", "ill": "i will", "weve": "we have",
    "thats": "that is", "whats": "what is", "wheres": "where is", "hes": "he is",
    "shes": "she is", "lets": "let us", "alright": "all right", "okay": "ok",
}


# "your" where "you're" was said: recognisers and hurried typists write it so ("your fine
# to tidy up", "your alright to wash the egg off", "your doing really well", "your not
# hurt"); no possessive is followed by these words.
_YOURE = re.compile(r" your (?=(?:fine|ok|not|doing|going|being|welcome|all right) )")


@cache
def spelled(text: str) -> str:
    """' i am fine to go do not hang up ' — words, contractions expanded, space-padded."""
    out: list[str] = []
    for word in words(text):
        out.extend(_BARE.get(word, word).split())
    return _YOURE.sub(" you are ", " " + " ".join(out) + " ")


def has(text: str, *phrases: str) -> bool:
    """Does the spelled text hold any of these phrases as whole words?"""
    return any(f" {p} " in text for p in phrases)


def first_at(text: str, phrases: tuple[str, ...]) -> int:
    """Where the earliest of `phrases` starts in the spelled text (-1: none)."""
    found = [text.find(f" {p} ") for p in phrases]
    found = [f for f in found if f >= 0]
    return min(found) if found else -1


def pattern(*alternatives: str) -> re.Pattern[str]:
    """A whole-word pattern over spelled text."""
    return re.compile(r" (?:" + "|".join(alternatives) + r") ")


def overlapping(found: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of a whole-word pattern, including those sharing a space with the one
    before (" do not " inside " we do not need to ")."""
    out: list[re.Match[str]] = []
    at = 0
    while (m := found.search(text, at)) is not None:
        out.append(m)
        at = m.start() + 1
    return out
