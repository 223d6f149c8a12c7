"""What to do if the danger comes: a deed under a condition of danger is the advice.

"If they start on you, I'd go back inside and lock the door", "you can move her if the car
catches fire": going in, moving an injured person, going out the back are deeds that
safety advice usually advises against (`polarity.OPPOSITE`), and said plainly ("you can
move her now") they lift it. Said for when the danger comes, they are the advice itself:
what to do to keep safe then. A need denied ("if he comes back there's no need to …") is
not this form, and keeps its own reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from scoring.understanding.analysis import IntentReading
from scoring.understanding.polarity import NOT_NEEDED, OPPOSITE, PSEUDO, in_scope
from scoring.understanding.wording import spelled

# The danger named in a condition: fire, someone turning on the caller or coming back.
_DANGER = (r"(?:catch\w* fire|on fire|go\w* up in flames|fire|flames?|smoke|smell\w* (?:petrol|"
           r"gas|burning)|start\w* on (?:you|him|her|them)|kick\w* off|come\w* back|turn\w* "
           r"(?:nasty|violent)|threaten\w*|attack\w*|tr\w+ to get in|break\w* in|come\w* at "
           r"(?:you|him|her)|get\w* (?:worse|violent|nasty))")
_IF = r"(?:if|unless|should|in case)"
# In the deed's own clause ("you can move her if the car catches fire").
_IN_CLAUSE = re.compile(rf" {_IF} (?:\w+ ){{0,4}}?{_DANGER}\b")
# Said as a clause of its own just before it ("If they start on you, | I'd go back in").
_BEFORE = re.compile(rf"^ (?:(?:and|but|so|now|right|ok|look) )*{_IF} (?:\w+ ){{0,4}}?{_DANGER}\b")


def _under_danger(reading: IntentReading, before: str) -> bool:
    text = PSEUDO.sub(" ", in_scope(reading.clause))
    opposite = OPPOSITE.get(reading.intent)
    if opposite is None or NOT_NEEDED.search(text) or not opposite.search(text):
        return False
    return bool(_IN_CLAUSE.search(text) or (before and _BEFORE.match(spelled(before))))


def advice_for_danger(readings: list[IntentReading],
                      clauses: Sequence[str]) -> list[IntentReading]:
    """Safety advice read as lifted whose deed is said for when danger comes, read as the
    advice (the condition in its clause, or in the unread clause just before it)."""
    read = {r.clause for r in readings}
    out: list[IntentReading] = []
    for reading in readings:
        at = list(clauses).index(reading.clause) if reading.clause in clauses else -1
        before = clauses[at - 1] if at > 0 and clauses[at - 1] not in read else ""
        advised = (reading.intent == "safety_advice" and not reading.affirmed
                   and _under_danger(reading, before))
        out.append(replace(reading, polarity="affirm") if advised else reading)
    return out
