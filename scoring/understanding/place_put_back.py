"""A place just named, put to the caller by "there" or "that": whether she is at it.

"It's coming back to Melbourne Road. Are you there?" and "your number comes up at flat two
forty one melbourne road, are you there now, one tap for yes" state the address, then ask
whether the caller is at it: the question a yes or a tap answers, about the place the
clause before it named (`location`, closed), as "Is that where you are?" is. Two blind
assessors of the silent call (v30 author u, v32 author g) marked such a turn a closed
confirmation of the location. "Are you still there?" asks whether she is on the line (v17:
not met), and "are you there?" with no place before it asks nothing of one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from scoring.truth import World
from scoring.understanding.analysis import Act, IntentReading
from scoring.understanding.wording import spelled

PLACE_PUT_BACK_PHRASE = "(the place just named, put to the caller)"
# "are you there (now)?", "is that where you are?", "is that where you're calling from?",
# "are you at that address?"; never "still there" (the line, not the place).
_THERE_ASKED = re.compile(
    r"^ (?:(?:and|so|ok|okay|right|now|just) )*(?:"
    r"are you (?:at |in )?(?:there|that address|that one|that flat|that house)"
    r"|is (?:that|this|it) where you are(?: calling from| ringing from| phoning from)?"
    r"|(?:is|was) (?:that|this) (?:you|your place|your home|your address|home)"
    r")(?: (?:now|right now|at the moment|at the minute|tonight))?"
    r"(?: (?:love|chloe|then|yeah))? $")
# Words of an address that name no one place ("road", "flat", a number).
_GENERIC = frozenset({"road", "street", "lane", "avenue", "close", "drive", "way", "crescent",
                      "grove", "place", "court", "gardens", "terrace", "flat", "house",
                      "the", "and", "of", "off", "near"})


def place_words(world: World | None) -> frozenset[str]:
    """The words of the scenario's address that name its place: "melbourne", "highfields",
    "leicester" of "Flat 2, 41 Melbourne Road, Highfields, Leicester, LE2 0GU"."""
    return frozenset() if world is None else _naming_words(world.location.address)


@lru_cache(maxsize=64)
def _naming_words(address: str) -> frozenset[str]:
    # (once per address, not once per trainee turn: this runs on the live call's path)
    return frozenset(w for w in spelled(address).split()
                     if len(w) > 3 and w.isalpha() and w not in _GENERIC)


def puts_place_back(clause: str) -> bool:
    """Is the clause a closed question asking whether the caller is at a place named
    before it ("are you there now?", "is that where you are?")?"""
    return _THERE_ASKED.match(spelled(clause)) is not None


def place_put_back(acts: Sequence[Act], readings: list[IntentReading], valued: Collection[str],
                   world: World | None) -> list[IntentReading]:
    """`readings`, with `location` asked by each clause that puts the place named in the
    clause before it (a read-back of the address, `valued`, or a word of the scenario's
    address) to the caller ("…Melbourne Road. Are you there?"), when nothing else was
    heard in it."""
    names = place_words(world)
    out = list(readings)
    for at, act in enumerate(acts):
        if at == 0 or act.kind != "question" or not puts_place_back(act.clause):
            continue
        before = acts[at - 1].clause
        named = before in valued or bool(names & set(spelled(before).split()))
        if not named or any(r.clause == act.clause for r in readings):
            continue
        heard = IntentReading("location", act.confidence, "affirm", "caller", act.clause,
                              PLACE_PUT_BACK_PHRASE, 1.0, "question")
        after = [n for n, r in enumerate(out) if r.clause in {a.clause for a in acts[at + 1:]}]
        out.insert(after[0] if after else len(out), heard)
    return out
