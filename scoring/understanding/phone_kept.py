"""A phone kept for a call to come is not the line held.

"Keep your phone free in case she rings", "keep your mobile switched on and charged, just in
case the officers need you", "keep your phone on loud": the caller's phone kept for someone
to reach them later, after this call (the definitions' stay_on_line is staying on this
line, not hanging up, keeping talking). Every author who wrote one labelled it no intent
alone, or the line let go when a leave to hang up came with it (v31, v34, acts_a, acts_b,
acts_h, acts_n, acts_o and the leaves of acts_e, acts_f, acts_g, acts_i, acts_k, acts_r),
though the learnt examples place "keep your phone free in case she rings" with the line.
"Keep the phone on", "keep the phone with you" alone still hold the line (the silent and the
domestic calls: the line kept open).
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

# The caller's phone kept: "keep your phone", "leave your mobile".
_PHONE_KEPT = re.compile(r" (?:keep|keeping|leave|have) (?:your|ur|the) (?:phone|mobile)"
                         r"(?: line)?\b")
# Kept for a call to come: free, charged, loud, switched on, or "in case" someone rings or
# needs the caller ("just in case the officers need you", "in case Priya tries to ring").
_FOR_LATER = re.compile(r" (?:free|charged|on loud|loud|switched on|turned on|in case|"
                        r"for when)\b")
_WORDS_AFTER = 10  # the reason run on into the clause after ("…on and | charged in case…")


def kept_for_a_call(clause: str, turn: str) -> bool:
    """Does the clause keep the caller's phone for someone to reach them later, as it or
    the words straight after it in the turn say?"""
    text = spelled(clause)
    kept = _PHONE_KEPT.search(text)
    if kept is None:
        return False
    at = turn.find(clause)
    after = turn[at + len(clause):] if at >= 0 else ""
    said = text[kept.end() - 1:] + spelled(" ".join(after.split()[:_WORDS_AFTER]))
    return bool(_FOR_LATER.search(said))
