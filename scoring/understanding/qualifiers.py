"""Clauses that only qualify the clause before them, and so ask nothing of their own.

Two forms, both cut off as clauses of their own by the clause splitter:
- the second half of a condition, with no subject of its own: "If he gets like this again
  and isn't in immediate danger, ring 111" says when to ring; "isn't in immediate danger"
  does not ask whether anyone is safe;
- a phrase that sets a question's bounds: "Does he have anything he could hurt himself
  with, besides the tablets?" asks about weapons; the tablets are what it leaves out, not a
  question about his medication ("including the registration", "apart from the car").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from scoring.understanding.analysis import Act, IntentReading
from scoring.understanding.polarity import INTENTS_ASKED, asks
from scoring.understanding.wording import spelled

_OPENS = r" (?:(?:and|so|but|or|ok|right|now|then) )*"
_CONDITION = re.compile(_OPENS + r"(?:if|unless|in case|provided|as long as) ")
# A verb with no subject before it: the clause goes on with the subject of the one before.
# ("and don't handle it" is an order, not the condition going on; "if you can hear me, is
# he in the flat?" asks: a verb, then its subject)
_NO_SUBJECT = re.compile(r" (?:and |or |but )?(?:is|are|was|were|has|have|had|does|did|can|"
                         r"could|will|would|gets|goes|comes|starts|keeps|seems|looks)"
                         r"(?: not)? (?!(?:he|she|they|you|it|we|i|there|the|your|his|her|"
                         r"their|anyone|anybody|someone|somebody)\b)")
_BOUNDS = re.compile(_OPENS + r"(?:besides|apart from|aside from|other than|except|except for|"
                     r"as well as|including|such as|not counting|on top of) ")


def continues_condition(clause: str, before: str) -> bool:
    """Is `clause` the second half of the condition `before` opens ("if he gets like this
    again", "and isn't in immediate danger")?"""
    text = spelled(clause)
    return bool(_CONDITION.match(spelled(before)) and not _CONDITION.match(text)
                and _NO_SUBJECT.match(text))


def sets_bounds(clause: str) -> bool:
    """Is `clause` a phrase setting bounds ("besides the tablets", "apart from the car")
    that asks nothing by itself?"""
    return bool(_BOUNDS.match(spelled(clause))) and not asks(clause)


def without_qualifiers(readings: list[IntentReading],
                       acts: Sequence[Act]) -> list[IntentReading]:
    """The turn's readings without those of a clause that only qualifies the clause before
    it (`acts`: the turn's clauses in order): the questions a condition's second half
    resembles, and anything a question's bounds resemble."""
    conditions = {b.clause for a, b in pairwise(acts)
                  if continues_condition(b.clause, a.clause)}
    bounds = {b.clause for a, b in pairwise(acts)
              if a.kind == "question" and sets_bounds(b.clause)}
    if not conditions and not bounds:
        return readings
    return [r for r in readings if not r.affirmed or not (
        r.clause in bounds or (r.clause in conditions and r.intent in INTENTS_ASKED))]
