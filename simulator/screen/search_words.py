"""How a control room says things: the short forms handlers type into a type-ahead.

A trainee searching the incident type, qualifiers or crime types types what they hear on
the floor: "burg", "RTC", "DA", "misper", "ASB", "CFS". Each short form here expands to
words of the recording standard's names (scenarios/recording.yaml), so "misper" finds
"Missing person" and "burg" finds "Burglary, residential". Kept in one table so a trainer
can see, and add to, what the search understands.
"""

from __future__ import annotations

import re

# short form -> the words it stands for (each alternative is matched on its own)
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "abh": ("actual bodily harm",),
    "asb": ("asb", "anti-social behaviour"),
    "burg": ("burglary",),
    "cd": ("criminal damage",),
    "cfs": ("concern for safety",),
    "cfw": ("concern for safety",),  # "concern for welfare", the same opening category
    "circs": ("circumstances",),
    "coercive": ("controlling or coercive",),
    "crim": ("criminal damage",),
    "da": ("domestic",),
    "dv": ("domestic",),
    "dd": ("dangerous driving",),
    "fts": ("failing to stop",),
    "gbh": ("grievous bodily harm",),
    "mfh": ("missing person",),  # missing from home
    "mh": ("mental health",),
    "misper": ("missing person",),
    "nchi": ("non-crime hate incident",),
    "pnc": ("vehicle",),
    "po": ("public order", "public fear"),
    "rta": ("road traffic collision",),
    "rtc": ("road traffic collision",),
    "sd": ("sudden death",),
    "shoplift": ("shoplifting",),
    "sus": ("suspicious",),
    "susp": ("suspicious",),
    "welfare": ("concern for safety",),
    "tfmv": ("theft from a motor vehicle",),
    "tomv": ("theft of a motor vehicle",),
    "twoc": ("theft of a motor vehicle",),  # taken without owner's consent
    "ttk": ("threats to kill",),
    "va": ("vulnerable adult",),
}

EXACT = 4  # a short form's expansion found
WORD_START = 2  # a word of the name starts with what was typed
INSIDE = 1  # found inside a word


def words_of(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def word_score(word: str, haystack: str) -> int:
    """How well one typed word finds `haystack` (0: not at all)."""
    for meaning in SHORT_FORMS.get(word, ()):
        if f" {meaning}" in f" {haystack}":
            return EXACT
    if f" {word}" in f" {haystack}":
        return WORD_START
    return INSIDE if len(word) > 2 and word in haystack else 0
