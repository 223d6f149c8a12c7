"""The question a waived topic names by the way it is asked.

A waived topic put as the question it waives ("no need to tell me how old the lad is",
"you needn't go back over how it was stolen") names that question by its asking words,
whatever person, place or thing it also mentions. The matcher weighs the whole topic, and
the thing mentioned can pull it to a neighbouring question ("how old the lad at 21 is" is
near "the name of the lad at 21"; "how it was stolen" is near "what was stolen"). Only
wording that can mean nothing else is taken: someone's age is the date of birth; how it
happened, what happened, or the event itself named ("the stop", "the break-in"), is the
caller's account; the time is when it happened; how they got in is the way in; someone's
age named as a thing ("the kids' ages", "your son's age") is the date of birth, not whether
they are there; whether someone saw it ("whether the other drivers saw anything") is the
witnesses, not what they saw (the account). (What
someone looked like is left to the matcher: with no one known, it alone says whose
description, or the vehicle's.)
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

PHRASE = "(a waived question named by how it is asked)"

# (said at the start of the topic; a word of degree may come first: "exactly how old")
_DEGREE = r"(?:(?:exactly|roughly|just|precisely) )?"
_AGE = re.compile(rf"^{_DEGREE}how old\b")
# someone's age as a noun, the possessive spelled away: "the kids ages", "your son age",
# "his age" (not "the age of the car", a thing's)
_AGE_NAMED = re.compile(r"^(?:(?:the|your|his|her|their|my) )?(?:\w+ ){0,2}ages?\b(?! of\b)")
# whether anyone saw it, reported: "whether anyone else saw it", "if the other drivers saw
# anything", "if anybody saw it taken" (a yes or no about seeing is who witnessed it; what
# they saw would be the account)
_SAW_IT = re.compile(r"^(?:whether|if) (?:\w+ ){1,6}?(?:saw|seen|see|noticed|heard)"
                     r" (?:anything|it|something|owt|any of it|what happened)(?: \w+)?$")
_ACCOUNT = re.compile(
    rf"^{_DEGREE}(?:what (?:happened|went on|was going on|is going on|has happened|had happened)"
    r"|how (?:it|this|that|they|he|she|the \w+) (?:was|were|got|had been|has been|"
    r"have been|is|are) (?:stolen|taken|nicked|pinched|broken|smashed|damaged|done|"
    r"broken into)"
    r"|how (?:it|this|that|they|he|she|the \w+) (?:all )?(?:happened|started|kicked off|"
    r"came about|went)"
    r")\b")
# (how they got in is the way in, not the whole account)
_WAY_IN = re.compile(rf"^{_DEGREE}how (?:they|he|she|the \w+|anyone|someone) (?:got|broke|"
                     r"came|managed to get) in\b")
# (the event itself, named: "no need to go back over the stop", "forget the search")
_EVENT = re.compile(r"^(?:the|that|this|your) (?:whole |actual )?(?:stop|search|incident|attack|"
                    r"assault|break in|burglary|theft|fight|collision|crash|accident|robbery|"
                    r"arrest|row|argument|confrontation|altercation)\b(?! (?:of|number|"
                    r"reference|report|form|record))")
# (the time as a thing: "never mind the exact time", "no need to keep checking the times";
# not a date, which may be a call's or a stop's: the matcher weighs whose)
_TIME = re.compile(rf"^{_DEGREE}(?:the |what |which )?(?:exact |precise |rough |actual )?"
                   r"times?\b")


def question_in_topic(topic: str) -> str | None:
    """The question a waived topic is put as, if its asking words name one only."""
    said = " ".join(spelled(topic).split())
    if _AGE.match(said) or _AGE_NAMED.match(said):
        return "date_of_birth"
    if _SAW_IT.match(said):
        return "witnesses_cctv"
    if _WAY_IN.match(said):
        return "entry_point"
    if _ACCOUNT.match(said) or _EVENT.match(said):
        return "what_happened"
    if _TIME.match(said):
        return "when_happened"
    return None
