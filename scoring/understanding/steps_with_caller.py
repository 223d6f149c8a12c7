"""A step that reaches the caller: what the service will do with or to the caller.

After a question waived, what the service will do instead is the reason the question is
not needed ("you needn't list it all, the officer will make a list"; "never mind his name,
we'll find out who they are"): no step promised. But a step that reaches the caller, the
definitions' next_steps ("officers will attend, someone will call you, an appointment"),
is promised whatever went before it: "don't worry about listing it all, the officer will
go through it all with you", "you needn't give me a second number, and the investigator
will ring you", "have a think and we'll talk on Wednesday" (labelled so by the authors of
v7, v31, v33 and of the held-back set n).
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

# Getting in touch with the caller, or seeing them ("ring", "come out to", "check … over").
_CONTACT = (r"(?:ring|call|phone|contact|visit|see|meet|write to|email|text|check|"
            r"get back to|be in touch with|come (?:out |round |over |back )?to|"
            r"(?:speak|talk) (?:to|with))")
# Whom it reaches: the caller, or the caller's own phone ("ring your mobile").
_CALLER = r"(?:you|your (?:mobile|phone|landline|number))"
# When a talk is set for: a day or a part of one.
_WHEN = (r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
         r"tonight|later|this (?:morning|afternoon|evening|week)|next week|in the morning)")
_REACHES = re.compile(
    # "will ring you", "will get a paramedic to check you over"
    rf" will (?:\w+ ){{0,4}}?{_CONTACT} {_CALLER} "
    rf"| will (?:\w+ ){{0,2}}?(?:go through|sit down|go over) (?:\w+ ){{0,4}}?with you "
    rf"| will (?:talk|speak) {_WHEN} ")


def reaches_caller(clause: str) -> bool:
    """Does the clause say what the service will do with or to the caller: get in touch,
    come out, go through something with them, or talk at a time set?"""
    return bool(_REACHES.search(spelled(clause)))
