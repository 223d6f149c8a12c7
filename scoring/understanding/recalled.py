"""Advice recalled, then lifted.

"When I said not to tidy up, I meant until the CSI had been, so you're fine to get on with
it now"; "the officer told you to keep the room shut, but you can use it again now": the
advice is said again only to take it back. Said in the past and left standing ("I told you
to stay on the line", "earlier I asked you to keep the door locked, and I want you to keep
doing that") it is still the advice (the definitions' tense rule); lifted later in the
same turn, the turn does the opposite. The lift may name the advice by a pronoun ("use it
again"), whatever other advice its recalled words resembled: then the recalled clause is
the advice lifted, not other advice of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scoring.understanding.analysis import IntentReading
from scoring.understanding.polarity import ADVICE
from scoring.understanding.wording import spelled

# Advice said before, by the handler or an officer: "when I said not to…", "the officer
# yesterday told you to…", "earlier we asked you to…".
_RECALLED = re.compile(
    r" (?:(?:when|earlier|before|so|and|right|ok|now|look) )*(?:i|we|the (?:\w+ ){0,2}?"
    r"(?:officers?|police|crew|csi|detective|pc)|they|he|she)(?: \w+)?"
    r" (?:said|told you|asked you|advised you|had asked you|had told you|did say)\b")
# The lift names what it lifts by a pronoun: "you can use it again now".
_BY_PRONOUN = re.compile(r" (?:it|them|that|there|those) ")


def recalled_then_lifted(readings: list[IntentReading]) -> list[IntentReading]:
    """The turn's readings with advice recalled only to be lifted later in the turn read as
    lifted (negate); recalled words resembling other advice than the one lifted by a
    pronoun are that advice, lifted."""
    out: list[IntentReading] = []
    for at, reading in enumerate(readings):
        later = [r for r in readings[at + 1:] if r.intent in ADVICE and not r.affirmed
                 and r.clause != reading.clause]
        if not (reading.intent in ADVICE and reading.affirmed and later
                and _RECALLED.match(spelled(reading.clause))):
            out.append(reading)
        elif any(r.intent == reading.intent for r in later):
            out.append(replace(reading, polarity="negate"))
        elif not any(_BY_PRONOUN.search(spelled(r.clause)) for r in later):
            out.append(reading)
        # (else: the same advice, named by the lift's pronoun, read once, as lifted)
    return out
