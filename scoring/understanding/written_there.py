"""Where a detail asked after is written gives no reference number.

"Can you give me the officer's collar number? It'll be on the slip he gave you.", "don't
worry about the exact date he stopped you, it'll be on the slip": "it" is the detail the
turn named, and the clause says where the caller will find it written. The definitions'
reference_number is giving or offering an incident or crime reference, or asking the
caller to note one; these name none, though the learnt examples hold "it'll be on the
letter" (said of a reference) under it. Authors of v13, v27, v28, v30 and v32 wrote the
form after a collar number or a date, none labelled a reference. A turn that speaks of a
reference ("don't write the reference down, it'll be on the letter") is left as heard.
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

# "it'll be on the slip he gave you", "it might be on the letter", "it's on the email".
_WRITTEN_THERE = re.compile(
    r"^ (?:(?:and|so|but|though|because|as|cos) )?(?:it|that|they) (?:is |are |will |would |"
    r"might |should |could |may |must )?(?:all |probably |definitely |usually |also )?(?:be )?"
    r"(?:on|in|at the top of|written on|printed on) (?:the|your|his|her|their|that|this|a) "
    r"(?:\w+ )?(?:slip|email|e mail|letter|form|paper|receipt|record|ticket|card|document|"
    r"notice|permit|paperwork)s? ")
# A reference spoken of in the turn: "it" may then be the reference.
_REFERENCE = re.compile(r" (?:reference|ref|crime number|incident number|log number|"
                        r"crime no|occurrence number|urn) ")


def where_written(clause: str, turn: str) -> bool:
    """Does the clause only say on what paper "it", a detail of the turn, is written, in a
    turn that speaks of no reference?"""
    return bool(_WRITTEN_THERE.match(spelled(clause))) and not _REFERENCE.search(spelled(turn))
