"""Session 28: labelled intents not heard at all, or read the opposite way, on v43, v44, v45
and v46 (first read this session), each cause looked for in the older development sets and
the held-back authors. One test per cause, in new wording (no line of any set): a question
put after a waived or left-aside detail in unpunctuated speech is asked; a detail left out
by a plain order is waived; the scene's keeping said needless is its advice refused; the
service not needed out is the next step refused, whoever is not needed; a read-back the
handler declines is the check refused; the caller kept waiting, cut across or left while the
matter dragged is apologised to."""

from __future__ import annotations

import pytest

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.waivers import waiver


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a question put after a waiver or a detail left for now (v43, v45) -----------------------


def test_a_request_after_a_detail_left_for_now_is_put() -> None:
    found = waiver(" leave his age for now just tell me where he is ")
    assert found is not None and found.asked == "tell me where he is"


def test_a_detail_left_for_now_alone_puts_nothing() -> None:
    found = waiver(" leave the registration for now ")
    assert found is not None and not found.asked


def test_a_yes_or_no_question_run_on_after_the_caller_addressed_is_put() -> None:
    found = waiver(" forget the registration mate has anybody else been hurt ")
    assert found is not None and found.asked == "has anybody else been hurt"


def test_a_question_about_anything_opens_its_own_clause_in_speech() -> None:
    assert clauses("dont worry about his name love has anything been taken from the shed") == [
        "dont worry about his name love", "has anything been taken from the shed"]


def test_the_request_after_leaving_the_time_is_heard(understanding: Understanding) -> None:
    got = read(understanding, "park the time for now just tell me what went on")
    assert ("what_happened", "affirm") in got
    assert ("when_happened", "negate") in got


# --- a detail left out by a plain order (v45; "you can leave out", v43, v44) ----------------


@pytest.mark.parametrize("text", [
    "Leave out his date of birth, I've got it on the system.",
    "Just leave off your surname for this one.",
])
def test_a_detail_left_out_by_an_order_is_waived(understanding: Understanding, text: str) -> None:
    got = read(understanding, text)
    assert any(polarity == "negate" for _, polarity in got)
    assert not any(polarity == "affirm" for _, polarity in got)


def test_going_out_the_back_is_no_detail_left_out() -> None:
    assert waiver(" leave out the back door and wait by the car ") is None


# --- the scene's keeping said needless (v4, v5, v33, v34, v46) ------------------------------


@pytest.mark.parametrize("text", [
    "there's no need to keep the back bedroom the way it is now",
    "You won't have to keep the hallway taped off after tonight.",
    "There's nothing in the garage we need kept as it is.",
])
def test_the_scene_kept_said_needless_is_its_advice_refused(
        understanding: Understanding, text: str) -> None:
    assert ("scene_preservation", "negate") in read(understanding, text)


def test_the_scene_kept_is_still_advised(understanding: Understanding) -> None:
    assert ("scene_preservation", "affirm") in read(understanding,
                                                     "Keep the kitchen the way it is for now.")


# --- the service not needed out (v37, v41, v45) ---------------------------------------------


@pytest.mark.parametrize("text", [
    "No one needs to come round to you about the bins.",
    "The officers won't need to come back out to you.",
    "There's no need for forensics to come out for this.",
])
def test_the_service_not_needed_out_is_the_step_refused(
        understanding: Understanding, text: str) -> None:
    assert ("next_steps", "negate") in read(understanding, text)


# --- a read-back declined (v45; the older sets' "I won't read it all back") -----------------


def test_a_read_back_declined_is_the_check_refused(understanding: Understanding) -> None:
    got = read(understanding, "I'm not going to read the list of jewellery back, it's all noted.")
    assert ("confirm_details", "negate") in got
    assert ("property_taken", "affirm") not in got


# --- the caller kept, cut across, or the matter dragged (v13, v45, v46) ---------------------


@pytest.mark.parametrize("text", [
    "Sorry to have kept you, Mr Patel.",
    "Apologies, Sandra, I didn't mean to talk over you.",
    "I'm sorry this has been dragging on for weeks.",
])
def test_an_apology_for_the_handling_is_heard(understanding: Understanding, text: str) -> None:
    assert ("apology", "affirm") in read(understanding, text)


def test_sympathy_for_what_happened_is_no_apology(understanding: Understanding) -> None:
    got = read(understanding, "I'm sorry this has happened to you.")
    assert ("apology", "affirm") not in got


# --- a thing to make it secure said needless (v4, v6, v9, v21, v26, v43, v44, acts_r) -------


@pytest.mark.parametrize("text", [
    "There's no need to get a security light put up, Mrs Patel.",
    "i wouldnt bother with a new alarm for the garage they never got in",
    "You don't need to buy a steering lock, the car's been found.",
])
def test_security_said_needless_is_crime_prevention_refused(
        understanding: Understanding, text: str) -> None:
    got = read(understanding, text)
    assert ("crime_prevention", "negate") in got
    assert not any(polarity == "affirm" for _, polarity in got)


def test_a_camera_recording_waived_is_no_security_refused(understanding: Understanding) -> None:
    got = read(understanding, "You don't need to send me the doorbell camera footage yet.")
    assert ("crime_prevention", "negate") not in got


def test_locking_the_door_let_off_is_no_security_refused(understanding: Understanding) -> None:
    got = read(understanding, "You don't need to lock yourself in the bathroom now.")
    assert ("crime_prevention", "negate") not in got


# --- an agency said to need telling nothing, in recognised speech (v22, v43) ----------------


def test_the_roads_authority_cut_in_two_is_one_word() -> None:
    from scoring.homophones import repaired

    assert repaired("tell the high ways people") == "tell the highways people"


def test_an_agency_told_nothing_of_it_is_the_signpost_refused(
        understanding: Understanding) -> None:
    got = read(understanding, "the high ways dont need to hear about it its on the verge")
    assert ("signpost", "negate") in got


def test_a_camera_spoken_of_alone_is_a_witness_not_security(understanding: Understanding) -> None:
    got = read(understanding, "You needn't tell me about the shop's doorbell camera yet.")
    assert ("crime_prevention", "negate") not in got


def test_where_someone_was_left_keeps_no_scene(understanding: Understanding) -> None:
    got = read(understanding, "There's no need to go over where Sam left him again.")
    assert ("scene_preservation", "negate") not in got


def test_how_a_thing_has_affected_someone_keeps_no_scene(understanding: Understanding) -> None:
    got = read(understanding, "You don't have to tell me how it's affected your sleep.")
    assert ("scene_preservation", "negate") not in got
