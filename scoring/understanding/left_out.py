"""A detail the caller may leave out: a question waived by leave.

"You can leave your date of birth out", "just leave the postcode off": the caller is let off
giving a detail, which waives the question that asks for it (the definitions' need waived).
Said of a thing, "leave the lights off", "leave the back door open", it is advice, and the
reader keeps the advice it heard (a waiver by leave, `Waiver.left`, names a question only
where the clause advises nothing). Only "out" or "off" after the detail, at the clause's
end or before a few words of leave ("if you'd rather", "for now"), makes it one.
"""

from __future__ import annotations

import re

from scoring.understanding.polarity import in_scope
from scoring.understanding.waivers import Waiver

_OPENING = r"(?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah) )*"
_LEFT_OUT = re.compile(
    rf"^ {_OPENING}(?:(?:you can|you could|feel free to|you are fine to|you are ok to|"
    r"it is fine to|we can|we will|i will|let us) )?(?:just )?(?:leave|miss)"
    r" (?P<topic>(?:the|your|his|her|their|any) (?:\w+ ){0,3}?\w+) (?:out|off)"
    r"(?: (?:of it|of this|for now|then|love|mate|if you would rather|if you like|"
    r"if you prefer|if you want|if you would prefer|that is fine))* $")


def left_out(clause: str) -> Waiver | None:
    """The waiver of a detail the caller is let leave out, if the clause is one."""
    found = _LEFT_OUT.match(in_scope(clause))
    if found is None:
        return None
    return Waiver(topic=found.group("topic"), told=False, worry=False, left=True)
