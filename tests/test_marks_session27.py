"""Marking (session 27, from v40, v41 and v42's critical credits and pass/fail misses): leave
to do what the advice is against, given in the advice's own turn, wherever it stands, puts
a critical credit in doubt; a turn whose every advice reading its own leave lifts gives the
opposite, so the advice said later in other words comes after it; leave for someone spoken
of to get themselves out of the car is against keeping them still; where the one feared has
gone, said back to the caller, advises nothing; and a recogniser's "dont" opens its clause as
"don't" does. Every line here is new wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.doubts import foretold, leave_against
from scoring.intents import clauses
from scoring.marking import said_in
from scoring.understanding import IntentReading
from tests.marked_calls import item_mark


def _reading(intent: str, clause: str) -> IntentReading:
    return IntentReading(intent, 0.9, "affirm", "caller", clause, "(test)", 0.9, "instruction")


# --- where the one feared has gone, said back ----------------------------------------------


@pytest.mark.parametrize("clause", [
    "right so he's gone back into the lounge then",
    "okay, they've left the landing now",
    "so she has gone out the front, good",
    "he has just walked off down the street",
])
def test_where_he_has_gone_said_back_advises_nothing(clause: str) -> None:
    assert foretold(_reading("safety_advice", clause)) is not None, clause


@pytest.mark.parametrize("clause", [
    "he's gone into the kitchen so keep that door shut",
    "they've left now, stay inside anyway",
    "keep well away from the window, he's gone outside",
])
def test_advice_beside_where_he_has_gone_still_advises(clause: str) -> None:
    assert foretold(_reading("safety_advice", clause)) is None, clause


# --- leave for someone spoken of to get themselves out -------------------------------------


@pytest.mark.parametrize("turn", [
    "If he'd like to climb out of the car and stand on the grass that's okay.",
    "if she fancies getting out of her car for some air, no problem, mind the lorries",
    "She's fine to step out of the vehicle if she feels up to it.",
])
def test_leave_for_the_casualty_to_get_out_is_against_keeping_her_still(turn: str) -> None:
    assert leave_against("safety_advice", turn) is not None, turn


@pytest.mark.parametrize("turn", [
    "If you want to get out of your car and wait behind the barrier, that's fine.",
    "Leave her in the seat; she mustn't get out of the car.",
])
def test_getting_out_said_otherwise_is_no_leave_against_it(turn: str) -> None:
    assert leave_against("safety_advice", turn) is None, turn


# --- leave given in the advice's own turn ----------------------------------------------------


def _crash(line: str, later: str = "Okay, is she still talking to you?") -> list[
        tuple[float, str, str, list[str] | None]]:
    return [
        (0, "caller", "There's been a crash on the A127, a woman's stuck in her car!", []),
        (8, "trainee", "Police, which way are you on the A127?", None),
        (12, "caller", "Eastbound, near the footbridge.", ["location"]),
        (20, "trainee", "Is she hurt at all?", None),
        (24, "caller", "Her neck's killing her and her legs are stuck.", ["injuries"]),
        (40, "trainee", line, None),
        (48, "caller", "Right you are.", []),
        (60, "trainee", later, None),
        (64, "caller", "Yeah, she's talking.", []),
    ]


def test_leave_for_her_to_get_out_before_the_advice_does_not_credit_it() -> None:
    mark = item_mark("road-collision-injury", "safety-advice", _crash(
        "If she'd like to climb out of the car and sit on the grass that's okay, just stay "
        "off the road yourself."))
    assert mark.critical and mark.points == 0, mark.reason


def test_plain_advice_to_keep_her_still_still_credits_it() -> None:
    mark = item_mark("road-collision-injury", "safety-advice", _crash(
        "Don't move her, leave her sat where she is, and keep yourself off the road."))
    assert mark.status == "met", mark.reason


def _burgled(line: str) -> list[tuple[float, str, str, list[str] | None]]:
    return [
        (0, "caller", "I've been burgled in the night, the back door's been forced.", []),
        (8, "trainee", "I'm sorry to hear that. What's the address?", None),
        (12, "caller", "6 Sycamore Grove, Hessle.", ["address"]),
        (20, "trainee", "Are they still in the house?", None),
        (24, "caller", "No, there's nobody here.", ["suspect_present"]),
        (30, "trainee", "What have you found?", None),
        (34, "caller", "The drawers are all tipped out in the front room.", []),
        (45, "trainee", line, None),
        (55, "caller", "Right, I'll do that.", []),
    ]


def test_leave_after_the_advice_in_its_turn_puts_a_critical_credit_in_doubt() -> None:
    mark = item_mark("burglary-next-morning", "scene-preservation", _burgled(
        "Please leave the back door alone for the fingerprint officer. You're fine to get "
        "the drawers straightened up in the lounge though."))
    assert mark.critical and mark.points == 0, mark.reason
    assert mark.status == "uncertain", mark.reason


def test_leave_taken_back_in_its_turn_leaves_the_advice_credited() -> None:
    mark = item_mark("burglary-next-morning", "scene-preservation", _burgled(
        "You're fine to tidy up, actually no, don't tidy up, leave everything exactly as "
        "it is for the fingerprint officer."))
    assert mark.status == "met", mark.reason


def _missing(line: str, later: str) -> list[tuple[float, str, str, list[str] | None]]:
    return [
        (0, "caller", "My daughter hasn't come home from school, she's fourteen.", []),
        (8, "trainee", "What's your address?", None),
        (12, "caller", "14 Elm Road, Wigston.", ["address"]),
        (40, "trainee", line, None),
        (48, "caller", "Okay.", []),
        (80, "trainee", later, None),
        (88, "caller", "Alright.", []),
    ]


def test_leave_that_lifts_its_turns_own_advice_comes_before_the_advice_said_later() -> None:
    mark = item_mark("missing-person-vulnerable", "advice-home", _missing(
        # (the phone heard as advice, which the leave before it lifts)
        "If you want to head out and look round the park for her, no problem, just keep "
        "your phone on you.",
        "Someone should stay at home in case she turns up, and keep the phones free."))
    assert mark.points == 0, mark.reason


def test_the_advice_to_wait_at_home_alone_still_credits_it() -> None:
    mark = item_mark("missing-person-vulnerable", "advice-home", _missing(
        "Have you got a recent photo of her?",
        "Someone should stay at home in case she turns up, and keep the phones free."))
    assert mark.points > 0, mark.reason


# --- a recogniser's "dont" -----------------------------------------------------------------


@pytest.mark.parametrize(("spoken", "told"), [
    ("right officers are on their way now dont hang up on me", "dont hang up on me"),
    ("ok the van is on blue lights dont go down those stairs", "dont go down those stairs"),
])
def test_a_recognisers_dont_opens_its_clause(spoken: str, told: str) -> None:
    assert told in clauses(spoken), clauses(spoken)


@pytest.mark.parametrize("spoken", [
    "you dont have to stay on the phone if its not safe",
    "so you dont need to stay in the bedroom if its not safe",
])
def test_a_recognisers_dont_after_its_subject_stays_in_its_clause(spoken: str) -> None:
    assert len(clauses(spoken)) == 1, clauses(spoken)


# --- a denial after the words reaches no further than their sentence ---------------------


@pytest.mark.parametrize(("turn", "said"), [
    ("It's a Ford, the keeper lives over in Basildon. Don't you go round there, mind.",
     "basildon"),
    ("Ring the council's noise team on Monday. Don't expect much tonight though.",
     "noise team"),
])
def test_a_denial_in_the_next_sentence_leaves_the_words_said(turn: str, said: str) -> None:
    assert said in list(said_in([said], turn)), turn


@pytest.mark.parametrize(("turn", "said"), [
    ("The noise team won't come out tonight.", "noise team"),
    ("the noise team wont do anything at this hour", "noise team"),
])
def test_a_denial_in_the_words_own_sentence_still_denies_them(turn: str, said: str) -> None:
    assert said not in list(said_in([said], turn)), turn


# --- how many of them there were is no description -----------------------------------------


def _hate(question: str, answer: str) -> list[tuple[float, str, str, list[str] | None]]:
    return [
        (0, "caller", "The lad over the road is shouting abuse at my house again.", []),
        (8, "trainee", "What's the address there?", None),
        (12, "caller", "41 Crescent Road, Middlesbrough.", ["address"]),
        (20, "trainee", question, None),
        (26, "caller", answer, []),
    ]


def test_asking_how_many_there_were_is_no_description() -> None:
    mark = item_mark("hate-incident", "description", _hate(
        "And how many lads are out there with him?", "Just him and one other."))
    assert mark.points == 0, mark.reason
    assert "how many" in mark.reason, mark.reason


def test_how_many_answered_with_how_they_look_describes_them() -> None:
    mark = item_mark("hate-incident", "description", _hate(
        "How many are there?",
        "Two, Kyle's white, shaved head, grey tracksuit, and his mate's got a ginger beard."))
    assert mark.points > 0, mark.reason


def test_how_many_asked_with_how_they_look_is_a_description() -> None:
    mark = item_mark("hate-incident", "description", _hate(
        "How many of them, and what do they look like?",
        "Two, Kyle's white, shaved head, grey tracksuit, and his mate's got a ginger beard."))
    assert mark.points > 0, mark.reason


@pytest.mark.parametrize("spoken", [
    "i was going to need your postcode but its fine we dont need it",
    "thats alright i dont mind waiting on the line with you",
])
def test_a_recognisers_dont_after_its_subject_is_its_verb(spoken: str) -> None:
    assert not any(c.startswith("dont") for c in clauses(spoken)), clauses(spoken)


def test_leave_put_off_till_later_leaves_the_advice_before_it_credited() -> None:
    mark = item_mark("interpreter-caller", "safety-advice", [
        (2, "caller", "Police? My van... men... Polski?", None),
        (6, "trainee", "Where are you, what's the address?", None),
        (10, "caller", "Brandon Street, twenty seven. Polski.", None),
        (40, "trainee", "Are the men still at the van?", None),
        (46, "caller", "They are at the van, one has a metal bar.", None),
        (55, "trainee", "Tell him to keep well away from the window and stay in with his "
                        "wife, and if he'd like to nip down once the men have left, fine.",
         None),
        (62, "caller", "Okay.", None)], [{"t": 25, "type": "transfer", "value": "interpreter"}])
    assert mark.status == "met", mark.reason
