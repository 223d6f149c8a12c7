"""A detail the handler says they are checking ("Let me check I've got the collar number
right, two four one seven?", "Can I just check I've got your surname right, …", "crime
reference c l 26 118734, is that the one"): the read-back, not a question about the detail
nor the detail given.

The clause names the detail (its key noun: "the collar number", "your surname") in a
check's own words; the matcher hears the noun and takes the clause for asking after it
(officer_details for the collar number, v38) or for giving it (the reference number, v37).
Every author who wrote the form labels it the read-back alone (v8, v18, v20, v22, v37, v38).
"""

from __future__ import annotations

import re
from dataclasses import replace

from scoring.understanding.analysis import Act, IntentReading
from scoring.understanding.polarity import INTENTS_ASKED
from scoring.understanding.wording import spelled

PHRASE = "(a detail checked, in a check's own words)"

# "let me check I've got X right", "can I just confirm I've got X down", "just checking
# I've got X", "have I got X right"
_CHECK_FRAME = re.compile(
    r" (?:(?:let me|can i|could i|i will|i am|i just want to|i want to|just) (?:just )?"
    r"(?:check|confirm|double check|make sure)\w* (?:that )?(?:i have |i |we have )?got |"
    r"(?:just )?checking (?:that )?(?:i have |i )?got |have i got )"
    r"(?:\w+ ){1,5}?(?:right|correct|down) ")
# a value said and checked in one clause: "…118734 is that the one", "…, is that right"
_VALUE_CHECKED = re.compile(r"\d.* is (?:that|this|it) (?:the (?:one|1)|the right (?:one|1)|right|"
                            r"correct) $")
# what such a clause is heard as instead: a question about the detail, or the reference
# number given
_MISTAKEN = INTENTS_ASKED | {"reference_number"}


def checks_in_words(clause: str) -> bool:
    """Is `clause` the handler checking a detail in a check's own words?"""
    said = spelled(clause)
    return bool(_CHECK_FRAME.search(said) or _VALUE_CHECKED.search(said))


def checked_in_words(readings: list[IntentReading], acts: list[Act],
                     ) -> tuple[list[IntentReading], list[Act]]:
    """The turn's readings and acts with each clause checking a detail in words read as
    the read-back (`confirm_details`) in place of the question or the number it names."""
    checking = {a.clause for a in acts if checks_in_words(a.clause)}
    mistaken = [r for r in readings if r.clause in checking and r.affirmed
                and r.intent in _MISTAKEN]
    if not mistaken:
        return readings, acts
    kept = [r for r in readings if r not in mistaken]
    if not any(r.intent == "confirm_details" and r.affirmed for r in kept):
        first = mistaken[0]
        kept.append(replace(first, intent="confirm_details", phrase=PHRASE, act="readback",
                            subject="caller", person=None))
    clauses = {r.clause for r in mistaken}
    return kept, [Act("readback", a.clause, a.confidence) if a.clause in clauses else a
                  for a in acts]
