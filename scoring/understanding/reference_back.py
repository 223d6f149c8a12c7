"""A reference number said back to the caller to check, not given to them.

"Your crime number is CL-26-118734." gives the caller a reference (`reference_number`);
"So the crime number is CL-26-118734?" or "CL-26-118734, yeah?" says back the number the
caller gave, put to them to correct: a read-back (`confirm_details`), by the definitions
of a read-back (docs/understanding-definitions.md).
"""

from __future__ import annotations

import re
from dataclasses import replace

from scoring.understanding.analysis import IntentReading
from scoring.understanding.noted_back import invites_correction, sentence_of

REFERENCE_BACK_PHRASE = "(a reference number said back to check)"
# A reference's code: letters and digits in groups ("CL-26-118734", "SS/26/0417") or a long
# run of digits; a time or a house number is no reference.
_CODE = re.compile(r"\b[A-Za-z]{0,4}[-/]?\d{2,}(?:[-/]\w*\d\w*)+\b|\b\d{6,}\b")


def reference_said_back(heard: list[IntentReading], clause: str, turn: str,
                        ) -> list[IntentReading]:
    """`heard`, with a reference number that the clause puts to the caller to correct
    read as the read-back it is."""
    if not _CODE.search(clause) or not any(
            r.intent == "reference_number" and r.affirmed for r in heard):
        return heard
    sentence = sentence_of(clause, turn)
    if not (invites_correction(clause) or (_closes(clause, sentence)
                                           and invites_correction(sentence))):
        return heard  # ("Your reference is CL-26-118734, have you got a pen?" asks the pen)
    return [replace(r, intent="confirm_details", phrase=REFERENCE_BACK_PHRASE, act="readback")
            if r.intent == "reference_number" and r.affirmed else r for r in heard]


def _closes(clause: str, sentence: str) -> bool:
    """Does the clause end its sentence, so the sentence's question mark is its own?"""
    words = re.findall(r"[\w'-]+", clause.lower())
    return bool(words) and re.findall(r"[\w'-]+", sentence.lower())[-len(words):] == words
