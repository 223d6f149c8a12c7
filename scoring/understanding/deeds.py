"""A deed waived or let go: which advice it lifts, named by the deed itself.

"No need to lock yourself in anywhere", "there's no need to stay in the bedroom now", "you
can let people back into the front room": the clause as a whole resembles comfort ("you're
safe"), a question ("are you safe?") or the wrong advice, because its frame (a need denied,
a leave) is as loud as its deed. What is lifted is the advice the deed is, said as an
order: "lock yourself in" is the advice to keep safe, whatever the frame around it
resembles (as a waived question is named by its topic, `waivers`).

One distinction the phrase library does not draw, the definitions do: a room and the
people in it. A room kept shut off, untouched or kept clear of people, or people let back
into it, is the scene kept; people kept in a room, or staying shut or locked in one, are
kept safe.
"""

from __future__ import annotations

import re

from scoring.understanding.polarity import NOT_NEEDED, PERMISSION, PSEUDO, in_scope

# The deed after a need denied or a leave, to the end of the clause's scope (cut at a new
# order: "no need to shout, just tap").
_NEW_ORDER = re.compile(r" (?:just|instead|but) ")
# A place of the house: a room of any name ("the back room", "the kitchen", "upstairs"), or
# a part of the home outside its rooms that a scene is kept in too ("the porch", "the back
# garden", "the yard").
_ROOM = (r"(?:the |your |that |this |his |her |their )?(?:\w+ )?(?:room|kitchen|lounge|bedroom|"
         r"bathroom|toilet|garage|shed|hall|hallway|landing|office|study|cellar|loft|attic|"
         r"upstairs|downstairs|porch|conservatory|garden|yard|driveway)")
_SCENE_ROOM = re.compile(
    # the room kept closed, or untouched: "keep the living room shut off"
    rf" (?:keep|leave) {_ROOM} (?:shut|closed|sealed|locked|taped|cordoned|untouched|as it is"
    r"|as it was|empty)"
    # people kept out of it, or let back in: "keep everyone out of the front room", "let
    # people back into the lounge"
    r"| keep (?:\w+ ){0,2}out(?: of)?(?: |$)"
    rf"| let (?:\w+ ){{1,2}}(?:back )?in(?:to)? {_ROOM} ")
_SAFE_ROOM = re.compile(
    # people kept in it, or staying or shut in it: "keep everyone in the back room", "stay
    # shut in the kitchen", "lock yourself in anywhere"
    rf" (?:keep (?:\w+ ){{1,2}}|stay (?:shut |locked |put )?|(?:shut|lock) \w+ )in {_ROOM} "
    r"| lock (?:yourself|yourselves|yourself away|\w+) in ")


def deed_of(clause: str) -> str:
    """The deed a clause says is not needed or is allowed ("no need to lock yourself in
    anywhere": "lock yourself in anywhere"), or "" if it says neither."""
    text = PSEUDO.sub(" ", in_scope(clause))
    frames = [m.end() for m in (*NOT_NEEDED.finditer(text), *PERMISSION.finditer(text))]
    if not frames:
        return ""
    # (the first frame governs: "you can keep the kids in the lounge if you like")
    deed = text[min(frames) - 1:]
    cut = _NEW_ORDER.search(deed, 1)
    deed = deed[: cut.start() + 1] if cut else deed
    deed = re.sub(r"^ (?:to )?", "", deed).strip()
    # (a thing done, excused, is no deed to do: "it doesn't matter that you picked it up")
    return "" if _NO_DEED.match(deed) else deed


_NO_DEED = re.compile(r"(?:that|if|whether|about|what|when|how|who|you|we|i|he|she|they|it)\b")


def room_advice(deed: str) -> str | None:
    """The advice a deed about a room and its people is, by its form, if it is one."""
    said = f" {deed} "
    if _SAFE_ROOM.search(said):
        return "safety_advice"
    if _SCENE_ROOM.search(said):
        return "scene_preservation"
    return None


PHRASE = "(the deed waived or allowed, named as the advice it is)"
