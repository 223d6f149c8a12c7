"""A detail said in or after a question waived is why it is not needed, not a read-back.

"No need to say where he pulled you over again, near the shelter on Yarm Road will do",
"forget the exact time, any time after ten is near enough": the detail the handler already
holds is the reason the question is put aside (the definitions: "a clause giving the
reason it is not needed asks nothing"). It invites no correction, so it confirms nothing.
Every author who read a detail back in a turn that also waived a question put the read-back
first, in its own right ("So that's 6 Sycamore Grove, and you needn't bother with the
postcode"); that one still confirms, and so does a detail after the waiver put as a check
of its own ("…, that's 07700 900588, is that right?").
"""

from __future__ import annotations

import re
from dataclasses import replace

from scoring.understanding.acts import handlers_own_need
from scoring.understanding.analysis import Act, ActKind, IntentReading
from scoring.understanding.clause_form import ASKING, announces_read_back
from scoring.understanding.polarity import in_scope
from scoring.understanding.waivers import WAIVER
from scoring.understanding.wording import spelled

_WORDS_BEFORE = 2  # "right, Marcus, you needn't…": fillers and a name before the waiver


def _put_as_a_check(clause: str) -> bool:
    """Is the clause a read-back by its own form: asked ("…?") or announced ("just to
    confirm…")?"""
    return clause.rstrip().endswith("?") or announces_read_back(clause)


def _opens_with_waiver(clause: str) -> bool:
    """Does the waiver open the clause, with at most a word or two to the caller before it
    ("Marcus, you needn't…"), and no detail said first ("Okay, 07700 900588, and there's
    no need to give me your date of birth" reads the number back, then waives)?"""
    text = in_scope(clause)
    found = WAIVER.search(text)
    if found is None:
        return False
    before = text[:found.start()]
    return not re.search(r"\d", before) and len(before.split()) <= _WORDS_BEFORE


def reasons_not_read_back(text: str, acts: list[Act], readings: list[IntentReading],
                          main: ActKind | None,
                          ) -> tuple[list[Act], list[IntentReading], ActKind | None]:
    """The turn without a detail confirmed where it is said in the clause of a question
    waived, or after one: the detail held is the reason, not a check. A clause that read
    nothing back is no read-back: the waiver's own clause tells the caller they need not say
    it (an instruction; the handler's own need, a statement), a clause after it states the
    reason (a statement)."""
    waivers = {spelled(r.clause).strip() for r in readings
               if r.intent in ASKING and not r.affirmed}
    if not waivers:
        return acts, readings, main
    turn = spelled(text)
    first = min(turn.find(w) for w in waivers)

    def reason(reading: IntentReading) -> bool:
        if reading.intent != "confirm_details" or not reading.affirmed:
            return False
        if _put_as_a_check(reading.clause):
            return False
        # (in the order said, not read: a reading of the whole turn that opens with the
        # waiver, "forget the exact time, any time after ten is near enough", gives the
        # reason; one that opens with the detail reads it back first, "So
        # that's PC 2417, and you needn't go over the time again")
        said = spelled(reading.clause).strip()
        return turn.find(said) > first >= 0 or (any(said.startswith(w) for w in waivers)
                                                 and _opens_with_waiver(reading.clause))

    kept = [r for r in readings if not reason(r)]
    if len(kept) == len(readings):
        return acts, readings, main
    if any(r.intent == "confirm_details" and r.affirmed for r in kept):
        return acts, kept, main
    waiver_at = next((n for n, a in enumerate(acts) if spelled(a.clause).strip() in waivers),
                     None)

    def without_read_back(at: int, act: Act) -> Act:
        if act.kind != "readback" or waiver_at is None or at < waiver_at:
            return act
        if at > waiver_at:
            return replace(act, kind="statement")
        return replace(act, kind="statement" if handlers_own_need(act.clause) else "instruction")

    return ([without_read_back(n, a) for n, a in enumerate(acts)], kept,
            None if main == "readback" else main)
