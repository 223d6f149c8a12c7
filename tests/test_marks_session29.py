"""Marking (session 29, from v47 to v50's critical credits and pass/fail misses): a critical
credit needs its turn to do the deed the item names, not words near it. A signpost that
only says whose the matter is directs the caller nowhere; keeping the caller on the line
in the turn that says goodbye keeps nobody; a question heard as who else is in the house
that asks only after the suspect asks after nobody else. And a statement the caller did
not answer (a read-back) leaves no question pending before the one they did answer. Every
line here is new wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.doubts import others_unnamed, whose_only
from scoring.understanding import Act, IntentReading, TurnAnalysis
from tests.marked_calls import item_mark

Turns = list[tuple[float, str, str, list[str] | None]]


def _reading(intent: str, clause: str, act: str = "instruction",
             subject: str = "caller") -> IntentReading:
    return IntentReading(intent, 0.9, "affirm", subject, clause, "(test)", 0.9,
                         act)  # type: ignore[arg-type]


def _signposts(*clauses: str, also: str = "") -> TurnAnalysis:
    """A turn whose `clauses` were each heard as a signpost, and `also` said after them."""
    return TurnAnalysis(
        text=" ".join((*clauses, also)),
        acts=tuple(Act("statement", clause) for clause in clauses),  # type: ignore[arg-type]
        intents=tuple(_reading("signpost", clause) for clause in clauses))


# --- a signpost that only says whose the matter is --------------------------------------


@pytest.mark.parametrize("clauses", [
    ("Honestly, that one is more of a local authority issue",),
    ("Parties like that are really a council problem",),
    ("It's probably an environmental health thing",),
])
def test_whose_the_matter_is_alone_directs_the_caller_nowhere(
        clauses: tuple[str, ...]) -> None:
    analysis = _signposts(*clauses, also="but I'll put a note on for you")
    assert whose_only(analysis.intents[0], analysis) is not None


@pytest.mark.parametrize("clauses", [
    ("It's a council matter really", "so you'll want to phone them in the morning"),
    ("That's more of a council thing",),
    ("Ring the council's environmental health line on Monday",),
])
def test_a_signpost_that_says_how_to_reach_them_still_directs_them(
        clauses: tuple[str, ...]) -> None:
    analysis = _signposts(*clauses, also="their number's on the website")
    assert whose_only(analysis.intents[0], analysis) is None


def _noise(line: str) -> Turns:
    return [
        (0, "caller", "It's gone two and next door's got the bass thumping through the wall.",
         []),
        (8, "trainee", "What's the address there?", None),
        (12, "caller", "14 Beverley Road, Hull.", ["address"]),
        (20, "trainee", line, None),
        (30, "caller", "Right. So what do I do now?", []),
    ]


def test_whose_matter_then_kept_is_no_council_signpost() -> None:
    mark = item_mark("neighbour-noise-asb", "signpost-council", _noise(
        "Okay, that's more of a council job to be fair, but we'll jot it down here for the "
        "local beat officers."))
    assert mark.critical and mark.points == 0, mark.reason


def test_whose_matter_with_a_route_still_signposts_the_council() -> None:
    mark = item_mark("neighbour-noise-asb", "signpost-council", _noise(
        "It's a council matter, you'll need to give their noise team a ring."))
    assert mark.points == mark.max_points, mark.reason


# --- keeping the caller on the line in the turn that says goodbye ------------------------


def _door(line: str) -> Turns:
    return [
        (0, "caller", "He's trying to get through the bedroom door...", []),
        (5, "trainee", "What's the address?", None),
        (8, "caller", "Nine Harebell Close, Thornaby.", ["address"]),
        (15, "trainee", line, None),
        (20, "caller", "Okay.", []),
    ]


def test_the_line_kept_in_a_turn_that_says_goodbye_is_not_kept() -> None:
    mark = item_mark("domestic-abuse-children", "keep-on-line", _door(
        "Right, officers are on the way now, stay on the line for me. Bye for now."))
    assert mark.critical and mark.points == 0, mark.reason


def test_the_line_kept_without_a_goodbye_is_kept() -> None:
    mark = item_mark("domestic-abuse-children", "keep-on-line", _door(
        "Right, officers are on the way now, stay on the line for me."))
    assert mark.points == mark.max_points, mark.reason


# --- who else is in the house, asked only after the suspect -----------------------------


@pytest.mark.parametrize("clause", [
    "is he staying there with you at the moment",
    "does he live at the flat with you",
])
def test_a_question_only_after_the_suspect_names_nobody_else(clause: str) -> None:
    reading = _reading("children_present", clause, "question", "suspect")
    assert others_unnamed(reading) is not None


@pytest.mark.parametrize("clause", [
    "is there anybody else in the flat with him",
    "has he got the little ones in there with him",
    "is it just you and him in the house",
])
def test_a_question_naming_someone_else_asks_who_else_is_there(clause: str) -> None:
    reading = _reading("children_present", clause, "question", "suspect")
    assert others_unnamed(reading) is None


def test_asking_whether_the_suspect_stays_there_is_no_children_question() -> None:
    mark = item_mark("domestic-abuse-children", "children-asked", _door(
        "Is he staying there with you at the moment?"))
    assert mark.critical and mark.points == 0, mark.reason


def test_asking_who_else_is_there_with_him_is_the_children_question() -> None:
    mark = item_mark("domestic-abuse-children", "children-asked", _door(
        "Is there anybody else in the flat with him?"))
    assert mark.points == mark.max_points, mark.reason


# --- a read-back statement leaves no question pending -----------------------------------


def _burgled(readback: str) -> Turns:
    return [
        (0, "caller", "Somebody's been in the house overnight, the back door's wrecked.", []),
        (8, "trainee", "What's the address?", None),
        (11, "caller", "6 Sycamore Grove, Hessle.", ["address"]),
        (15, "trainee", readback, None),
        (19, "trainee", "And the back door, is that the way they got in then?", None),
        (24, "caller", "Through the back door, yes, they've forced the lock.", ["entry"]),
    ]


def test_a_question_after_a_read_back_statement_is_answered() -> None:
    mark = item_mark("burglary-next-morning", "crime-details", _burgled(
        "Number six Sycamore Grove, lovely."))
    assert mark.points > 0, mark.reason


def test_a_question_after_an_unanswered_question_stays_pending() -> None:
    mark = item_mark("burglary-next-morning", "crime-details", _burgled(
        "Number six Sycamore Grove, is that right?"))
    assert mark.points == 0, mark.reason


# --- whether traffic can get past it: the danger check in so many words -----------------


def _lane(line: str) -> Turns:
    return [
        (0, "caller", "There's a dumped car and a heap of rubbish up the lane.", []),
        (5, "trainee", "Where is it exactly?", None),
        (8, "caller", "Hoe Lane, Great Totham, by the water tower.", ["location"]),
        (20, "trainee", line, None),
        (26, "caller", "Oh it's pulled right off into the gateway, nothing's in the road.",
         ["road_hazards"]),
    ]


def test_asking_whether_a_van_can_get_by_checks_the_danger() -> None:
    mark = item_mark("non-police-matter", "danger-check", _lane(
        "So with it being in the way, would a van still get by it alright?"))
    assert mark.critical and mark.points == mark.max_points, mark.reason


def test_telling_her_traffic_can_get_past_checks_nothing() -> None:
    mark = item_mark("non-police-matter", "danger-check", _lane(
        "Well, tractors will get past it, they always do round there."))
    assert mark.points == 0, mark.reason


# --- ringing again is not the advice an item names otherwise ----------------------------


def test_only_ringing_back_is_not_advice_not_to_touch_the_rubbish() -> None:
    mark = item_mark("non-police-matter", "advice", _lane(
        "Nothing more we can do today, but if that changes just ring us back."))
    assert mark.points == 0, mark.reason


def test_advice_not_to_touch_it_is_still_the_advice() -> None:
    mark = item_mark("non-police-matter", "advice", _lane(
        "Best to leave the bags well alone, don't go rummaging through them."))
    assert mark.points == mark.max_points, mark.reason
