"""What the officers will do, asked about, is no advice to the caller.

"How do officers get in the building?", "Do you want them to knock on your door after?":
a question about what the police will do (heard about an `officer`) may resemble advice
("the officers are with them next door", "don't go knocking on their door"), but advice is
told to the caller, about what the caller should do (the definitions); a question about the
officers' doing asks the caller something and advises nothing (two blind authors, v28 and
v30, whose assessors marked no advice given).
"""

from __future__ import annotations

import re

from scoring.understanding.analysis import IntentReading
from scoring.understanding.polarity import ADVICE
from scoring.understanding.wording import spelled

# The officers' doing asked about: how or when they will do it ("how do officers get in the
# building?", "when will they come?"), or whether the caller wants them to ("do you want
# them to knock on your door after?"); not the caller asked to do something until they
# come ("can you stay inside until the officers arrive?": advice).
_OFFICERS_DOING = re.compile(
    r" (?:how|when|where|what time) (?:do|does|will|would|can|could|should|are|is) "
    r"(?:the )?(?:officers?|police|they|them|the crew) "
    r"| (?:do|would) you (?:want|like) (?:the )?(?:officers?|police|them|us|someone|an officer) "
    r"to ")


def officers_asked_not_advice(readings: list[IntentReading]) -> list[IntentReading]:
    """The turn's readings without advice heard in a question about the officers."""
    return [r for r in readings if not (r.intent in ADVICE and r.affirmed
                                        and r.subject == "officer"
                                        and _OFFICERS_DOING.search(spelled(r.clause)))]
