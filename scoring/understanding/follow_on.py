"""Follow-ons: a question that leans on the one before ("and his mate?", "what about the
second officer?", "how old is she?") asks the same thing again about someone else.

A clause like that often resembles nothing in the phrase library on its own. When it has
no reading of its own, it takes the topic of the last question (`Context.last_topic`),
asked about whoever the clause names.
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

_LEANS = re.compile(r"^\s*(and|what about|how about|plus|also|same for|same with)\b")
_WHO = re.compile(r"\b(he|him|his|she|her|they|them|their|it|its|the \w+|your \w+|"
                  r"[A-Z][a-z]+)\b")
SHORT = 6  # words: longer clauses say what they ask themselves
CONFIDENCE = 0.7  # a follow-on is a fair guess, not a certainty


def follows_on(clause: str, interrogative: bool) -> bool:
    """Does this clause lean on the question before it for what it asks?"""
    words = spelled(clause).split()
    if not words or len(words) > SHORT:
        return False
    if _LEANS.match(spelled(clause)):
        return True
    return interrogative and bool(_WHO.search(clause))
