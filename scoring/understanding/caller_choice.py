"""Advice left to the caller's choice is not given: it is said not to be needed.

"Leave the shelves as they are if you'd like" does not tell the caller to keep the scene:
it leaves it to them, and the definitions read a thing said not to be needed as `negate`
(as "you don't have to keep the shelves as they are" is). The choice is the clause's own
condition on the caller's wish ("if you want", "if you like", "if you'd rather"), not a
condition on the world ("if he comes back, lock the door" advises) nor on what the caller
is able to do ("stay on the line if you can" advises). An agency named for the caller to
contact if they wish ("you can ring Victim Support if you want") is a signpost all the same,
and a way to be heard offered ("press 55 if you want") a silent solution: each offers a
means, the caller's to use.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scoring.understanding.analysis import IntentReading
from scoring.understanding.polarity import ADVICE
from scoring.understanding.wording import spelled

# Advice to keep, do or avoid something (not the signpost nor the silent solution, which
# offer the caller a means, their choice to use it: "press 55 if you want").
_KEPT_OR_AVOIDED = ADVICE - {"signpost", "silent_solution"}
# The caller's wish as the clause's condition, closing it ("…, if you want, love").
_IF_YOU_WISH = re.compile(r" if you (?:want|wanted|like|prefer|wish|would like|would prefer|"
                          r"would rather|fancy|feel like it|would sooner)(?: to)?"
                          r"(?: (?:love|mate|sir|madam|pal|hun|duck|pet|though|really|then))? $")


def left_to_caller(clause: str) -> bool:
    """Is the clause's advice left to the caller's wish ("leave it if you like")?"""
    return _IF_YOU_WISH.search(spelled(clause)) is not None


def choices_not_advice(readings: list[IntentReading]) -> list[IntentReading]:
    """The turn's readings with advice left to the caller's wish read as not needed."""
    return [replace(r, polarity="negate") if (
        r.intent in _KEPT_OR_AVOIDED and r.affirmed and left_to_caller(r.clause)) else r
        for r in readings]
