"""The question a waived topic names by the thing it opens with, whatever its other words
resemble.

The matcher weighs a topic's frame as much as its noun, so "the crowbar" waived ("don't feel
you have to tell me about the crowbar again") drew what the man with the crowbar looked like
(v42), and "the council" waived ("never mind the council for now") drew a name put aside
(v41). A thing that is itself what an intent asks about names that intent: an agency the
signpost (`agencies.agency_first`), a weapon the weapons question. Every development,
training and held-back turn that waives a topic opening with one is labelled so (57 turns
for an agency, v4 to v41 and eighteen training and held-back authors; 99 for a weapon, v6 to
v42 and nine of them: "weapons", "the crowbar", "knives", "the weapons question"); a telling
about someone beside it ("describe the man with the crowbar") opens with the telling, and is
not one.
"""

from __future__ import annotations

import re

from scoring.understanding.agencies import agency_first
from scoring.understanding.wording import spelled

THING_NAMED = "(a waived thing that is what the question asks about)"

_WEAPON_FIRST = re.compile(
    r" (?:the |any |a |an |his |their )?(?:kitchen )?(?:weapon|weapons|knife|knives|crowbar|"
    r"crowbars|baseball bat|bat|hammer|gun|guns|blade|blades|machete|axe)(?: question)? ")


def intent_named_first(topic: str) -> str | None:
    """The intent a waived `topic` names by the thing it opens with, if it opens with one:
    an agency ("the council at this time of night") the signpost, a weapon ("the crowbar")
    the weapons question."""
    if agency_first(topic):
        return "signpost"
    if _WEAPON_FIRST.match(spelled(topic)):
        return "weapons"
    return None
