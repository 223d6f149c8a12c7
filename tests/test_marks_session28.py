"""Marking (session 28, from v43 to v46's critical credits and marks against the author):
safety advice whose own turn tells the caller to leave, in any clause, where the item's
advice is to stay put; the decision left to the caller ("that's up to you") after they said
they would do what the advice is against; a signpost put only as whether the caller has
already tried the agency; and an `any:` item's advice words said only after leave against
that advice in their turn. Every line here is new wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.doubts import left_to_them, tried_only
from scoring.understanding import Act, IntentReading, TurnAnalysis
from tests.marked_calls import item_mark

Turns = list[tuple[float, str, str, list[str] | None]]


def _reading(intent: str, clause: str, act: str = "instruction") -> IntentReading:
    return IntentReading(intent, 0.9, "affirm", "caller", clause, "(test)", 0.9,
                         act)  # type: ignore[arg-type]


def _signposts(*clauses: tuple[str, str]) -> TurnAnalysis:
    return TurnAnalysis(
        text=" ".join(clause for _, clause in clauses),
        acts=tuple(Act(kind, clause) for kind, clause in clauses),  # type: ignore[arg-type]
        intents=tuple(_reading("signpost", clause, kind) for kind, clause in clauses))


# --- a signpost put only as whether they have tried the agency ------------------------------


@pytest.mark.parametrize("clauses", [
    (("statement", "This is more of a council issue"),
     ("question", "did you already phone them")),
    (("question", "Have you ever contacted environmental health about it"),),
    (("instruction", "Loud parties are very much a local authority job"),
     ("question", "have you reported it to them at all")),
])
def test_asking_whether_they_tried_the_agency_directs_them_nowhere(
        clauses: tuple[tuple[str, str], ...]) -> None:
    analysis = _signposts(*clauses)
    for reading in analysis.intents:
        assert tried_only(reading, analysis) is not None, reading.clause


@pytest.mark.parametrize("clauses", [
    (("question", "Have you been on to the council before"),
     ("instruction", "you'll want to ring their noise line on Monday")),
    (("instruction", "Ring the council's environmental health team in the morning"),),
    (("statement", "It's a council matter really"),
     ("instruction", "so give them a call tomorrow")),
])
def test_a_signpost_that_sends_them_still_directs_them(
        clauses: tuple[tuple[str, str], ...]) -> None:
    analysis = _signposts(*clauses)
    for reading in analysis.intents:
        assert tried_only(reading, analysis) is None, reading.clause


def _noise(line: str) -> Turns:
    return [
        (0, "caller", "It's half two and the house over the road is blasting music.", []),
        (9, "trainee", line, None),
        (16, "caller", "I did once, they never got back to me.", []),
        (30, "trainee", "What's your address?", None),
        (34, "caller", "19 Cranbrook Avenue, Hull.", ["address"]),
    ]


def test_the_tried_question_beside_whose_matter_it_is_is_no_council_signpost() -> None:
    mark = item_mark("neighbour-noise-asb", "signpost-council", _noise(
        "Okay, noise is more of a council job to be fair. Did you try ringing the council?"))
    assert mark.critical and mark.points == 0, mark.reason


def test_sending_him_to_the_council_still_signposts_it() -> None:
    mark = item_mark("neighbour-noise-asb", "signpost-council", _noise(
        "Okay, you'll need to report this to the council's noise team, they deal with "
        "parties like this."))
    assert mark.points > 0, mark.reason


# --- the decision left to the caller ---------------------------------------------------------


@pytest.mark.parametrize(("turn", "before"), [
    ("Look, that's your own call, just don't lose your temper.",
     "Right, I'm going round there to sort him out myself."),
    ("Tell him it's up to him, only stay back from them.",
     "He says he will go down and chase them off."),
    ("Well that's your decision mate, but if you do go over keep it friendly.", ""),
])
def test_the_decision_left_to_them_after_they_said_they_would_go_is_leave(
        turn: str, before: str) -> None:
    assert left_to_them("safety_advice", turn, before) is not None, turn


@pytest.mark.parametrize(("turn", "before"), [
    # nothing against the advice said or named
    ("That's up to you, stay indoors and keep the doors locked.", "Should I ring my sister?"),
    # the choice is of something else
    ("Which you'd prefer is your choice.", "I'd like it dealt with informally."),
])
def test_the_decision_left_to_them_over_nothing_against_the_advice_is_no_leave(
        turn: str, before: str) -> None:
    assert left_to_them("safety_advice", turn, before) is None, turn


def _party(line: str) -> Turns:
    return [
        (0, "caller", "There's a party next door, it's been going since ten.", []),
        (8, "trainee", "What's your address?", None),
        (12, "caller", "19 Cranbrook Avenue, Hull.", ["address"]),
        (90, "caller", "If nobody's coming I'm going round there myself to pull the plug.",
         []),
        (100, "trainee", line, None),
        (108, "caller", "We'll see.", []),
    ]


def test_up_to_you_then_keep_it_calm_is_no_advice_not_to_go_round() -> None:
    mark = item_mark("neighbour-noise-asb", "no-confrontation", _party(
        "That's up to you really, but if you do head round there just keep your distance "
        "and keep it calm."))
    assert mark.points == 0, mark.reason


@pytest.mark.parametrize("line", [
    "Please don't go round there tonight, it could turn nasty. Leave it with us.",
    # a matter getting out of hand sends no one out
    "I'd stay put and not go over there, mate, things like that can get out of hand fast.",
])
def test_telling_him_not_to_go_round_still_advises_it(line: str) -> None:
    mark = item_mark("neighbour-noise-asb", "no-confrontation", _party(line))
    assert mark.points > 0, mark.reason


# --- any clause of the advice's turn telling the caller to leave -----------------------------


def _barricaded(line: str) -> Turns:
    return [
        (0, "caller", "He's trying to kick the bedroom door in.", []),
        (8, "trainee", "What's the address?", None),
        (12, "caller", "9 Harebell Close, Thornaby.", ["address"]),
        (20, "trainee", "Has he got anything with him?", None),
        (26, "caller", "He had a knife last time.", ["weapons"]),
        (40, "caller", "He's gone down to the kitchen.", []),
        (48, "trainee", line, None),
        (56, "caller", "Okay.", []),
    ]


def test_advice_beside_an_order_to_run_out_is_no_critical_credit() -> None:
    mark = item_mark("domestic-abuse-children", "safety-advice", _barricaded(
        "Okay, while he's down there, get yourself into the kids' room with them, then get "
        "out the front door."))
    assert mark.critical and mark.points == 0, mark.reason


def test_advice_to_stay_barricaded_still_credits_it() -> None:
    mark = item_mark("domestic-abuse-children", "safety-advice", _barricaded(
        "Stay in that bedroom, keep the door blocked and don't open it to him."))
    assert mark.status == "met", mark.reason


# --- advice words said only after leave against the advice ----------------------------------


def _welfare(line: str) -> Turns:
    return [
        (0, "caller", "My brother's posted that he wants to end it all.", []),
        (10, "trainee", "Where does he live?", None),
        (14, "caller", "Flat 3, 22 North Hill, Colchester.", ["address"]),
        (40, "caller", "I was going to jump in the car and go over there.", []),
        (50, "trainee", line, None),
        (58, "caller", "Okay.", []),
    ]


def test_advice_words_after_leave_to_drive_over_are_not_credited() -> None:
    mark = item_mark("concern-for-welfare-mental-health", "caller-advice", _welfare(
        "If you'd like to drive over there that's okay, drive carefully and keep trying "
        "his phone."))
    assert mark.points == 0, mark.reason


def test_advice_words_with_no_leave_still_credit_it() -> None:
    mark = item_mark("concern-for-welfare-mental-health", "caller-advice", _welfare(
        "Best not to drive over while you're this upset; just keep trying his phone for "
        "me and ring us straight back if he answers."))
    assert mark.points > 0, mark.reason


def _shouting(line: str) -> Turns:
    return [
        (0, "caller", "He's back out at his gate shouting abuse at our house again.", []),
        (8, "trainee", "What's your address?", None),
        (12, "caller", "14 Albert Road, Bolton.", ["address"]),
        (30, "trainee", line, None),
        (38, "caller", "Right, okay.", []),
    ]


def test_no_need_for_them_to_go_out_beside_stay_in_still_credits_the_advice() -> None:
    mark = item_mark("hate-incident", "safety-advice", _shouting(
        "There's no need for you to go out to him at all, keep yourselves indoors with the "
        "door locked and if he crosses the road ring nine nine nine."))
    assert mark.status == "met", mark.reason


# --- scheme words (the item's own description and feedback) ---------------------------------


def test_a_ring_back_on_the_non_emergency_number_is_no_hate_safety_advice() -> None:
    mark = item_mark("hate-incident", "safety-advice", _shouting(
        "Best to just let him get on with it. If it starts again later, ring us back on "
        "101."))
    assert mark.critical and mark.points == 0, mark.reason


def test_giving_the_bank_a_call_is_crime_prevention() -> None:
    mark = item_mark("burglary-next-morning", "crime-prevention", [
        (0, "caller", "Someone got in last night and took my purse with my bank card.", []),
        (8, "trainee", "I'm sorry. Make sure you give the bank a call this morning about "
                       "that card.", None),
        (16, "caller", "I will.", []),
    ])
    assert mark.points > 0, mark.reason


def test_help_that_will_be_on_its_way_tells_him_what_help_is_coming() -> None:
    mark = item_mark("road-collision-injury", "next-steps", [
        (0, "caller", "There's been a smash and a woman's trapped in her car.", []),
        (8, "trainee", "Okay, so the fire crew will be on its way.", None),
        (16, "caller", "Okay.", []),
    ])
    assert mark.points > 0, mark.reason
