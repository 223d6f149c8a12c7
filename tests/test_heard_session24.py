"""Session 24: intents read both ways, the opposite way or not heard because a form rule set
them aside (v33 and v34 first read this session; each cause looked for in the older sets
and the held-back authors). One test per cause, in new wording (no line of any set): a step
that reaches the caller after a waiver, a ground or the caller's own deed beside a refusal,
an agency kept out of one part of a matter, "try not to" after a leave, "sorry to keep you
waiting", a question near a remark, going after someone alone, and a leave to clean in its
own words."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.grounds import done_by_caller, explains
from scoring.understanding.steps_with_caller import reaches_caller


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a step that reaches the caller is promised after a waiver (v7, v31, v33, held-back n) ----


@pytest.mark.parametrize("clause", [
    "the detective will go over the whole list with you tomorrow",
    "someone from the team will phone you on Thursday",
    "we'll speak on Monday about what you want",
    "the investigator will get back to you by email",
])
def test_a_step_with_the_caller_reaches_them(clause: str) -> None:
    assert reaches_caller(clause), clause


@pytest.mark.parametrize("clause", [
    "we'll pick that up another time",
    "the officers will sort that out with the neighbours",
    "the crew will take a note of it",
    "it'll all be on the incident log",
])
def test_where_the_detail_will_be_had_reaches_nobody(clause: str) -> None:
    assert not reaches_caller(clause), clause


def test_a_visit_promised_after_a_waiver_is_next_steps(understanding: Understanding) -> None:
    heard = read(understanding, "Don't worry about naming every tool they took, the officer "
                                "will go through the lot with you.")
    assert ("next_steps", "affirm") in heard
    assert ("property_taken", "negate") in heard


def test_the_reason_after_a_waiver_still_promises_nothing(understanding: Understanding) -> None:
    heard = read(understanding, "You don't need to list what's missing, the officer will make "
                                "a note of it when they're there.")
    assert ("next_steps", "affirm") not in heard


# --- a ground, or the caller's own deed, beside a refusal of the same thing (v33, v34, v14) ---


@pytest.mark.parametrize("clause", [
    "you've tapped twice already",
    "you've locked the front door",
    "so you've already rung them",
])
def test_the_callers_own_deed_done(clause: str) -> None:
    assert done_by_caller(clause), clause


@pytest.mark.parametrize("clause", ["you have to press 55", "you'll want to lock the door"])
def test_what_the_caller_must_do_is_no_deed_done(clause: str) -> None:
    assert not done_by_caller(clause), clause


def test_a_deed_done_beside_its_waiver_is_not_asked_again(understanding: Understanding) -> None:
    heard = read(understanding, "You've pressed the five twice, so there's no need to press "
                                "any more buttons.")
    assert ("silent_solution", "negate") in heard
    assert ("silent_solution", "affirm") not in heard


def test_a_deed_done_then_anything_else_waived_is_the_deed_negated(
        understanding: Understanding) -> None:
    heard = read(understanding, "You've pressed five five for me, so there's no need to do "
                                "anything more, just leave the line open.")
    assert ("silent_solution", "affirm") not in heard
    assert ("silent_solution", "negate") in heard


def test_what_the_caller_has_got_to_do_is_still_advice(understanding: Understanding) -> None:
    heard = read(understanding, "You've got to stay on the line with me, Chloe.")
    assert ("stay_on_line", "affirm") in heard


def test_the_ground_of_a_refused_apology_apologises_for_nothing(
        understanding: Understanding) -> None:
    heard = read(understanding, "I can't apologise for that, I'm afraid, the officers were "
                                "doing their job.")
    assert ("apology", "negate") in heard
    assert ("apology", "affirm") not in heard


# --- an agency kept out of one part of the matter (v31; the definitions) ---------------------


def test_an_agency_kept_out_of_a_part_of_it_is_no_signpost(understanding: Understanding) -> None:
    heard = read(understanding, "Leave the council out of the noise part of this, Gary.")
    assert ("signpost", "affirm") not in heard
    assert ("signpost", "negate") in heard


# --- "try not to" is an order, no ground (v34) ------------------------------------------------


def test_try_not_to_states_no_fact() -> None:
    assert not explains("but try not to move anything in the hall")
    assert explains("the van's been moved already")


def test_an_order_after_a_leave_is_still_given(understanding: Understanding) -> None:
    heard = read(understanding, "You're okay to pop out to the car now they've gone, but try "
                                "not to touch the scratched door.")
    assert ("scene_preservation", "affirm") in heard


# --- sorry for the wait is an apology (v31, v34, acts_k) --------------------------------------


def test_sorry_to_keep_you_waiting_apologises(understanding: Understanding) -> None:
    heard = read(understanding, "Sorry to keep you waiting, Dawn. Which road are you on?")
    assert ("apology", "affirm") in heard


# --- a question near a remark of the same words (v34) -----------------------------------------


def test_a_question_near_a_remark_still_asks(understanding: Understanding) -> None:
    heard = read(understanding, "Is it still going on now?")
    assert ("when_happened", "affirm") in heard


# --- going after someone alone is forbidden (v9, v31, and the older sets) -------------------


def test_going_after_someone_alone_forbidden_is_safety_advice(
        understanding: Understanding) -> None:
    heard = read(understanding, "Please don't go driving about the estate hunting for him "
                                "yourself.")
    assert ("safety_advice", "affirm") in heard


# --- a leave to clean, in its own words, lets the scene go (v33) ------------------------------


def test_a_leave_to_hose_down_is_the_scene_let_go(understanding: Understanding) -> None:
    heard = read(understanding, "When the photographer's been, you can hose the drive off, "
                                "that's fine.")
    assert ("scene_preservation", "negate") in heard


# --- a leave with a negative word inside it, and putting a room straight (v15, v19) --------


def test_no_reason_not_to_clean_is_a_leave(understanding: Understanding) -> None:
    heard = read(understanding, "Forensics have finished, so there's no reason not to wipe "
                                "the window sill down now.")
    assert ("scene_preservation", "negate") in heard
    assert ("scene_preservation", "affirm") not in heard


def test_putting_a_room_straight_is_against_keeping_the_scene(
        understanding: Understanding) -> None:
    heard = read(understanding, "You're alright to start putting the bedroom straight now, "
                                "Mr Pickering.")
    assert ("scene_preservation", "negate") in heard


# --- leave to go and speak to the one feared lifts the advice (v29) ---------------------------


def test_leave_to_have_a_word_with_him_lifts_the_advice(understanding: Understanding) -> None:
    heard = read(understanding, "If you'd like to go and have a word with him in the morning, "
                                "you can.")
    assert ("safety_advice", "negate") in heard
    assert ("safety_advice", "affirm") not in heard


def test_forbidding_a_word_with_him_is_the_advice(understanding: Understanding) -> None:
    heard = read(understanding, "Don't go having a word with them tonight.")
    assert ("safety_advice", "negate") not in heard


# --- "if you can help it" is "if possible", no leave (held-back q; the form in ten authors) --


def test_if_you_can_help_it_gives_no_leave(understanding: Understanding) -> None:
    heard = read(understanding, "try not to touch the side gate if you can help it go round "
                                "by the garage till the officer has looked")
    assert ("scene_preservation", "negate") not in heard


def test_a_why_question_near_a_remark_asks_nothing_more(understanding: Understanding) -> None:
    heard = read(understanding, "Why's he banging on the door?")
    assert ("suspect_present", "affirm") not in heard
