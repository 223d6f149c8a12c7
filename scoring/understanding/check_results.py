"""What a check showed, told to the caller, is no read-back and asks nothing.

"The number comes back to Melbourne Road", "the phone's registered to an address on
Ashby Road", "the system's showing two other break-ins": the handler tells what a
subscriber or police check found (a statement, as every author labels it). A read-back
puts the caller's own detail back to them to confirm, and a location question asks them
where they are; telling where the number is registered does neither, though it names the
same road. Put as a question ("the number comes back to Melbourne Road, is that where you
are?", "…, yeah?") it asks, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scoring.understanding.analysis import Act, ActKind, IntentReading
from scoring.understanding.polarity import asks, is_tag_question
from scoring.understanding.wording import spelled

# the check and what it gave: "the number comes back to", "it's registered to", "the
# system is showing", "the check says"
_TOLD = re.compile(
    r" (?:number|phone|mobile|line|it|that|check|checks|system|records?|details|address|"
    r"subscriber|account) (?:is |has |have |s )?(?:(?:come|comes|came|coming) (?:back|up) "
    r"(?:to|as|at|with|on)|registered (?:to|at|as|on)|(?:show|shows|showing|says|saying) )")
# what a told result may be read as, though nothing was put to the caller
_NOT_PUT = frozenset({"location", "confirm_details"})


def told_result(clause: str) -> bool:
    """Does the clause tell what a check showed, putting nothing to the caller?"""
    return (_TOLD.search(spelled(clause)) is not None and not clause.rstrip().endswith("?")
            and not asks(clause) and not is_tag_question(clause))


def results_not_read_back(text: str, acts: list[Act], readings: list[IntentReading],
                          main: ActKind | None,
                          ) -> tuple[list[Act], list[IntentReading], ActKind | None]:
    """The turn's acts, readings and main act: a clause that only tells a check's result
    a statement, no location asked or detail read back in it (nor the whole turn read
    back, where that clause was all of it that could be), and the main act no longer a
    read-back when nothing is read back."""
    clauses = [a.clause for a in acts]
    told = [c for c in clauses if told_result(c)]
    if not told:
        return acts, readings, main
    acts = [replace(a, kind="statement") if a.clause in told and a.kind == "readback" else a
            for a in acts]
    whole = any(r.clause == text for r in readings if r.intent == "confirm_details")
    rest = [c for c in clauses if c not in told]
    kept = [r for r in readings if not (
        r.intent in _NOT_PUT and r.affirmed and (
            r.clause in told or (r.clause == text and whole
                                 and not any(_TOLD_BACK.search(spelled(c)) for c in rest))))]
    if main == "readback" and not any(r.intent == "confirm_details" for r in kept):
        main = None
    return acts, kept, main


# a read-back's own cue in the rest of the turn: "so that's …", "just to confirm"
# (or the result put to them after: "…, is that where you are?", "is that your address?")
_TOLD_BACK = re.compile(r" (?:so that is|that is|to confirm|to check|have i got|is that|"
                        r"did you say|you said) ")
