"""Going out to do a deed is the deed.

"Don't go out and hose the eggs off", "I'd not go out and sweep the glass up yet", "you
don't need to go out and scrub the paint off tonight": the clause is cut at "and", and its
first half ("don't go out") resembles the advice to keep safe indoors. But going out is
only the way to the deed; what the handler advises about is the deed, the scene kept or
let go. So the scene clause joined on is read in the scope of the going out (a need
denied, a prohibition, said before it reaches it), and the going out carries no advice of
its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from scoring.understanding.analysis import IntentReading
from scoring.understanding.polarity import (
    NOT_NEEDED,
    PERMISSION,
    PROHIBITION,
    PSEUDO,
    REFUSAL,
    in_scope,
    polarity,
)
from scoring.understanding.wording import spelled

# A clause that only goes out (or down, or round), with the frame said before it: "don't go
# out", "I'd probably not nip outside", "you don't need to go back out tonight".
_GOING_OUT = re.compile(r" (?:(?:\w+ ){0,6})(?:go|nip|pop|run|step|head)(?: back)? (?:out|outside|"
                        r"down|downstairs|round)(?: there| now| tonight| yet| again)? $")
_SCENE = frozenset({"scene_preservation"})
# Session 24: going out to buy a lock or a camera ("you don't need to go out | and buy a new
# lock today", v22, v33) is the way to crime prevention's deed, no advice to keep safe.
_DEEDS = frozenset({"scene_preservation", "crime_prevention"})
# The deed joined on by "and", with no subject of its own: "… and hose the eggs off".
_AND = re.compile(r"\band\s*$")


def _joined_by_and(before: str, clause: str, turn: str) -> bool:
    # (found by its first words: a clause is quoted without the turn's commas, "buy a new
    # lock today Arthur" of "…buy a new lock today, Arthur.")
    at = turn.find(" ".join(clause.split()[:3]))
    return at > 0 and _AND.search(turn[:at]) is not None and before in turn[:at]


def _own_frame(clause: str) -> bool:
    """Does the deed's clause say its own "don't", leave or need ("…, and don't wipe the
    egg off either")? Then it is advice of its own, and so is the going out."""
    text = PSEUDO.sub(" ", in_scope(clause))
    return any(t.search(text) for t in (PROHIBITION, PERMISSION, NOT_NEEDED, REFUSAL))


def _on_the_way(readings: Sequence[IntentReading], clauses: Sequence[str],
                turn: str, deeds: frozenset[str] = _SCENE) -> dict[str, str]:
    """Each deed's clause (by its text: the scene's, or those of `deeds`) with the
    going-out clause it is joined on to."""
    safety = {r.clause for r in readings if r.intent == "safety_advice"}
    scene = {r.clause for r in readings if r.intent in deeds}
    out: dict[str, str] = {}
    for before, clause in pairwise(clauses):
        if (before in safety and clause in scene and _GOING_OUT.match(spelled(before))
                and _joined_by_and(before, clause, turn) and not _own_frame(clause)):
            out[clause] = before
    return out


def deed_read_with_its_way(readings: list[IntentReading], clauses: Sequence[str],
                           turn: str) -> list[IntentReading]:
    """The scene clause joined to a going out read in the going out's scope: "you don't
    need to go out | and scrub it off" keeps the scene (the scrubbing is not needed)."""
    ways = _on_the_way(readings, clauses, turn)
    return [replace(r, polarity=polarity(r.intent, f"{ways[r.clause]} and {r.clause}", False))
            if r.intent == "scene_preservation" and r.clause in ways else r for r in readings]


def no_way_as_advice(readings: list[IntentReading], clauses: Sequence[str],
                     turn: str) -> list[IntentReading]:
    """The turn's readings without the going out read as advice to keep safe, where it is
    only the way to a deed about the scene or about security."""
    ways = set(_on_the_way(readings, clauses, turn, _DEEDS).values())
    return [r for r in readings if not (r.intent == "safety_advice" and r.clause in ways)]
