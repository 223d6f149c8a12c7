"""What the service failed to do, said in an apology, is not a step said.

"I'm sorry you've rung four times and nobody's come out" tells what the apology is for: a
visit that never came. Its clause resembles the library's "nobody's coming out tonight"
(next steps refused), but it says what did not happen before, not what will happen now. In
a turn that apologises, a clause telling of no one having come, rung or been back is the
failing apologised for: it carries no next step either way.
"""

from __future__ import annotations

import re

from scoring.understanding.analysis import IntentReading
from scoring.understanding.wording import spelled

# No one having come, rung or got back: the past only ("nobody's come" is spelled "nobody
# is come"; "nobody's coming out" is what will not happen, a step refused, kept).
_NOBODY = r"(?:nobody|no 1|no one|no officer|none of (?:us|them))"
_FAILED_TO = re.compile(
    rf"^(?: and| but| yet| then)? {_NOBODY} (?:(?:is|has|had|ever|ever has|has ever) )?"
    r"(?:come|came|been|rung|rang|called|phoned|got|gotten|turned|visited|contacted|"
    r"returned|bothered|followed)\b")


# "Sorry" said on its own, its object in the clauses after it: "I'm so sorry, …".
_BARE_SORRY = re.compile(r"^ (?:(?:oh|right|ok|well|look|and) )*(?:i am |i )?(?:so |very |really |"
                         r"truly |genuinely )?sorry $")


def tells_a_failing(clause: str) -> bool:
    """Does the clause tell of no one having come, rung or been back?"""
    return bool(_FAILED_TO.search(spelled(clause)))


# A word that apologises or refuses to ("sorry", "apologise", "an apology").
_APOLOGY_WORD = re.compile(r" (?:sorry|apologi[sz]\w*|apolog(?:y|ies)) ")


def failings_apologised_for(readings: list[IntentReading]) -> list[IntentReading]:
    """The turn's readings without next steps read in a failing told in an apology, and
    without an apology refused in a clause that names none: in a turn that apologises,
    declining to defend or blame someone ("I won't stick up for what she said, and I'm
    sorry…") or saying why it is owed ("…, you were let down") refuses nothing; only a
    clause with an apology's own word can refuse one ("but I won't apologise for…")."""
    if not any(r.intent == "apology" and r.affirmed for r in readings):
        return readings
    apologised_in = {r.clause for r in readings if r.intent == "apology" and r.affirmed}
    return [r for r in readings if not (
        (r.intent == "next_steps" and tells_a_failing(r.clause))
        # "I'm sorry, | on behalf of the force, | for how you were spoken to": the bare
        # "sorry" cut off from what it is for is the apology's opening, no comfort
        or (r.intent == "reassurance" and _BARE_SORRY.match(spelled(r.clause)) is not None
            and bool(apologised_in - {r.clause}))
        or (r.intent == "apology" and not r.affirmed
            and not _APOLOGY_WORD.search(spelled(r.clause))))]
