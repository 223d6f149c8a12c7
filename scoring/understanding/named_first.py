"""The question a waived topic names by the thing it opens with, whatever its other words
resemble.

The matcher weighs a topic's frame as much as its noun, so "the crowbar" waived ("don't feel
you have to tell me about the crowbar again") drew what the man with the crowbar looked like
(v42, v27), "describing the BMW" the people in it (v41, v23), and "the council" a name put
aside (v41, v40, v22). A thing that is itself what an intent asks about names that intent: an
agency the signpost (`agencies.agency_first`; so does an agency said to need telling nothing,
"Highways won't need to know about the Astra", v40, acts_m), a weapon the weapons question,
a vehicle (described or not) its description. Of the development, training and held-back
turns that waive a topic so (v4 to v42, every training and held-back author), all are
labelled so but two of a car: 99 weapons, 62 signposts, 86 of 88 vehicles (acts_d's "ring
us back about the car" is the next step, acts_r's car broken into the property). A telling
about someone beside it ("describe the man with the crowbar", "the BMW driver") opens with
the telling or names the person, and is not one.
"""

from __future__ import annotations

import re

from scoring.understanding.agencies import agency_first, agency_told_nothing
from scoring.understanding.wording import spelled

THING_NAMED = "(a waived thing that is what the question asks about)"

_WEAPON_FIRST = re.compile(
    r" (?:the |any |a |an |his |their )?(?:kitchen )?(?:weapon|weapons|knife|knives|crowbar|"
    r"crowbars|baseball bat|bat|hammer|gun|guns|blade|blades|machete|axe)(?: question)? ")
# (a vehicle, described or not, but not someone in it, "describe the BMW driver", nor a
# thing of it kept or done, "your car keys on a hook", "a van alarm")
_VEHICLE_FIRST = re.compile(
    r" (?:describ\w+ )?(?:the |that |this |your |his |her |their |a )?(?:other )?"
    r"(?:car|cars|van|vans|vehicle|motorbike|lorry|bmw|bee em|astra|corsa|fiesta|golf|"
    r"transit|audi|mercedes|merc)(?: (?:s|details|registration|reg|number|plate|colour|make|"
    r"model))? (?!(?:driver|drivers|passenger\w*|owner\w*|lad|lads|men|man|people|"
    r"occupants?|recovered|towed|moved|taken|side|part|bit|keys?|locks?|alarms?|last|under|"
    r"doors?|windows?|tyres?)\b)")


# A camera or its footage put aside ("don't worry about dashcam footage for now", v48;
# "never mind the doorbell cameras", "forget the CCTV for now"): the question of cameras and
# witnesses, waived. Of the 58 development turns that put a camera or footage aside (36
# sets and authors), 57 are labelled witnesses_cctv negated (the other a camera not fitted,
# a deed); the matcher
# weighs the frame and finds a library negative as near as the camera question.
_CAMERA_FIRST = re.compile(
    r" (?:the |any |your |his |her |their |a |that )?(?:\w+ s )?(?:ring |doorbell |dashcam |"
    r"dash cam |cctv |security |phone |video )?(?:camera|cameras|footage|cctv|dashcam|doorbell|"
    r"doorbells)(?: (?:footage|video|clip|camera|cameras))? $")


def intent_named_first(topic: str, clause: str = "") -> str | None:
    """The intent a waived `topic` names by the thing it opens with, if it opens with one:
    an agency ("the council at this time of night") the signpost, a weapon ("the crowbar")
    the weapons question, a vehicle ("describe the BMW") its description; or, whatever the
    topic, the signpost when the `clause` says an agency need not be told it ("Highways
    won't need to know about the Astra")."""
    if agency_first(topic) or agency_told_nothing(clause):
        return "signpost"
    if _WEAPON_FIRST.match(spelled(topic)):
        return "weapons"
    if _VEHICLE_FIRST.match(spelled(topic)):
        return "vehicle_description"
    if _CAMERA_FIRST.match(spelled(topic)):
        return "witnesses_cctv"
    return None
