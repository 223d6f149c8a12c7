"""Session 18: labelled intents not heard, read the opposite way, or others affirmed, on
the newly readable v20 and v21. One test per cause found across development authors, in
new wording (not lines of any blind or training set): the rule alone where it decides, the
whole reader where the turn's readings do."""

from __future__ import annotations

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.polarity import polarity


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a question put after a waiver, in the same turn, is still asked -------------------------


def test_a_question_after_a_waiver_is_asked(understanding: Understanding) -> None:
    heard = read(understanding, "You don't need to tell me the sergeant's number, what did he "
                                "actually do?")
    assert ("what_happened", "affirm") in heard
    assert ("officer_details", "negate") in heard


def test_a_run_on_question_after_a_waiver_is_asked(understanding: Understanding) -> None:
    heard = read(understanding, "forget the postcode for the moment is the man who hurt you "
                                "still there")
    assert ("suspect_present", "affirm") in heard


# --- a request with an emphatic "do", set against a waiver -----------------------------------


def test_an_emphatic_need_to_know_asks(understanding: Understanding) -> None:
    heard = read(understanding, "I don't need his surname, but I do need to know which "
                                "direction he ran off in.")
    assert ("direction_of_travel", "affirm") in heard


# --- clause cutting: a condition's conjunction, "just" and an order, two people as one -------


def test_a_tap_code_keeps_its_condition() -> None:
    assert "one tap if i'm right" in clauses("so that's seven mill lane one tap if im right")


def test_a_read_back_with_a_tap_code_sets_up_no_silent_solution(
        understanding: Understanding) -> None:
    heard = read(understanding, "right so thats seven mill lane boston one tap if im right")
    assert ("silent_solution", "affirm") not in heard


def test_just_and_an_order_open_a_clause_after_a_whole_one() -> None:
    assert clauses("you're being ever so brave just stay with me") == [
        "you're being ever so brave", "just stay with me"]
    # an order put with "just" inside its own clause is not cut
    assert clauses("could you just keep the door shut for me") == [
        "could you just keep the door shut for me"]


def test_comfort_then_an_order_with_just_hears_both(understanding: Understanding) -> None:
    heard = read(understanding, "youre being ever so brave just stay with me")
    assert ("reassurance", "affirm") in heard
    assert ("stay_on_line", "affirm") in heard


def test_two_people_joined_by_and_are_one_subject() -> None:
    assert clauses("Are you and your kids safe where you are?") == [
        "Are you & your kids safe where you are"]


def test_a_question_about_the_caller_and_family_after_a_waiver(
        understanding: Understanding) -> None:
    heard = read(understanding, "No need to go through what they took just now, are you and "
                                "your wife safe?")
    assert ("property_taken", "negate") in heard
    assert ("property_taken", "affirm") not in heard
    assert ("caller_safe", "affirm") in heard


# --- polarity: the end of advice, a thing put aside ------------------------------------------


def test_an_act_after_until_is_when_the_advice_ends() -> None:
    assert polarity("safety_advice", "I'd like you to stay upstairs until the officers say "
                    "it's safe to come down", asking=False) == "affirm"
    # leave given before "until" is still leave
    assert polarity("safety_advice", "you can come down now, they've gone", asking=False) == (
        "negate")


def test_a_detail_the_caller_can_forget_is_waived() -> None:
    assert polarity("reference_number", "you can forget about finding the crime number",
                    asking=False) == "negate"


# --- a value said back, then checked as "that" -------------------------------------------------


def test_a_value_checked_as_that_asks_nothing_more(understanding: Understanding) -> None:
    heard = read(understanding, "22 Station Road, Hartlepool, is that still your address?")
    assert ("confirm_details", "affirm") in heard
    assert ("location", "affirm") not in heard
    # asked on its own, it still asks
    assert ("location", "affirm") in read(understanding, "Is that still your address?")
