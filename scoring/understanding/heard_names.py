"""A person of the scenario's world named with a recogniser's spelling ("pria" for Priya,
"cureshi" for Qureshi, "eldrige" for Eldridge) read as that person.

A recogniser writes a name it does not know by its sound, or drops or doubles a letter of
it; a trainee typing fast does the same. Read as written, the name is nobody's, so the
question is taken to be about the caller or whoever the intent is usually about, and the
turns after it lose whom "she" is. The world holds the few names the call can mention, so a
word that is no English word and sounds like one of them, or is one letter off it, is that
name. Three guards keep English out: the word is no whole word of the sentence model's
English vocabulary (~30,000 words: "heart" is never Hart, "down" never Dawn, "hall" never
Hale); it is spelled nearly as the name (at most two letters differ, so a word sounding
alike by chance but written unlike is left); and only one of the world's names fits it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache

from rapidfuzz.distance import DamerauLevenshtein

from scoring.understanding.sentences import ModelMissingError, tokenizer_file

# A word as written, with the possessive kept apart: "pria's" is "pria" and "'s".
_WORD = re.compile(r"(?<![\w'’])([A-Za-z]+)(?=(?:['’]s)?(?![\w'’]))")
_SHORTEST = 4  # names and words shorter than this are too easily another word ("kai")
_MOST_LETTERS_OFF = 2  # a sound-alike spelled further from the name is another word
_LETTER_OFF = 1  # one letter dropped, doubled, changed or swapped: "collinss", "dopson"

# Spellings that sound the same in English names (applied in order, on lower-case letters).
_SOUNDS = (
    (r"ph", "f"), (r"dge", "j"), (r"g(?=[eiy])", "j"), (r"tch", "ch"), (r"ck", "k"),
    (r"kh", "k"), (r"q", "k"), (r"x", "ks"), (r"c(?=[eiy])", "s"), (r"c(?!h)", "k"),
    (r"z", "s"), (r"wh", "w"), (r"(?<=[aeiou])gh", ""),
)
_OPENING_Y = re.compile(r"^y(?=[aeiou])")  # "yasmin": a consonant; elsewhere y is a vowel
_VOWELS = re.compile(r"[aeiouy]+")


def sound_of(word: str) -> str:
    """How a name sounds, roughly: its consonants as said, each run of vowels (and "y"
    but at its opening) one "a", a last silent "e" and doubled letters dropped ("priya",
    "pria", "preeya": "pra")."""
    text = word.lower()
    for spelled_as, said in _SOUNDS:
        text = re.sub(spelled_as, said, text)
    if len(text) > 3 and text.endswith("e") and text[-2] not in "aeiouy":
        text = text[:-1]  # "zane" sounds as "zain"
    text = re.sub(r"(.)\1+", r"\1", text)
    # ("priya": the glide between two vowels is no consonant)
    return _VOWELS.sub("a", _OPENING_Y.sub("Y", text)).replace("Y", "y")


@cache
def english_words() -> frozenset[str]:
    """The whole words of the sentence model's vocabulary: English as a listener knows it
    (with its common names: "lester" is a word of its own, not Lister misheard). Empty
    when the tokenizer is not installed: then no word is taken for a name."""
    try:
        with tokenizer_file().open(encoding="utf-8") as file:
            vocabulary = json.load(file)["model"]["vocab"]
    except (ModelMissingError, OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(w for w in vocabulary if w.isalpha() and w.islower())


def _fits(heard: str, name: str) -> bool:
    """Could `heard` be `name` as a recogniser or a fast typist wrote it? One letter off
    it, or sounding as it and at most two letters off. A four-letter name is as near many
    a word, so it must be both ("rote" is one letter off Rowe but said otherwise; "sayin"
    sounds as Zain but is two letters off it)."""
    letters_off = DamerauLevenshtein.distance(heard, name)
    alike = sound_of(heard) == sound_of(name)
    if len(name) <= _SHORTEST:
        return alike and letters_off <= _LETTER_OFF
    return (alike and letters_off <= _MOST_LETTERS_OFF) or (
        letters_off <= _LETTER_OFF and heard[0] == name[0])


def _english(word: str) -> bool:
    """Is the word English, as written or with the "g" a speaker drops ("sayin", "goin")?"""
    words = english_words()
    return word in words or (word.endswith("in") and f"{word}g" in words)


class HeardNames:
    """The world's names, and each word of a turn that is one of them misheard."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(n for n in names if n.isalpha() and len(n) >= _SHORTEST)
        if self.names:
            english_words()  # read the vocabulary (~12 ms) as the scenario loads, not on
            # the call's first turn

    def name_for(self, word: str) -> str | None:
        """The one world name `word` is a misspelling of, if any."""
        heard = word.lower()
        if len(heard) < _SHORTEST or heard in self.names or heard.removesuffix("s") in self.names:
            return None  # (a name's possessive without its apostrophe is the name: "liams")
        if _english(heard):  # most words of a turn: a set lookup, before any name is tried
            return None
        fitting = [n for n in self.names if _fits(heard, n)]
        return fitting[0] if len(fitting) == 1 else None

    def respelled(self, text: str) -> str:
        """The text with each misheard name spelled as the world spells it."""
        if not self.names:
            return text

        def put(found: re.Match[str]) -> str:
            word = found.group(1)
            name = self.name_for(word)
            if name is None:
                return word
            return name.capitalize() if word[0].isupper() else name

        return _WORD.sub(put, text)
