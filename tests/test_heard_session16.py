"""Session 16: labelled intents not heard at all. One test per cause found across development
authors, in new wording (not lines of any blind or training set): the rule alone where it
decides, the whole reader where the turn's readings do."""

from __future__ import annotations

from scoring.homophones import repaired
from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.clause_form import carried
from scoring.understanding.waivers import waived_read_back, waiver


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- "ill" for "I'll": the handler's promise run on after a release from the line ----------


def test_ill_before_a_verb_is_i_will() -> None:
    assert repaired("no need to wait on the phone sam ill text you later") == (
        "no need to wait on the phone sam I'll text you later")
    assert repaired("ill send someone round in the morning").startswith("I'll send")


def test_ill_the_adjective_is_left_alone() -> None:
    assert repaired("has your brother been ill this week") == "has your brother been ill this week"
    assert repaired("is she ill at all") == "is she ill at all"
    assert repaired("she looked ill when she left") == "she looked ill when she left"


def test_a_promise_run_on_after_a_release_is_a_clause_of_its_own() -> None:
    parts = clauses("you dont need to keep holding priya ill phone you once i know more")
    assert len(parts) == 2
    assert parts[1].lower().startswith("i'll phone")


def test_the_promise_after_the_release_is_heard(understanding: Understanding) -> None:
    heard = read(understanding, "you can hang up now sam ill call you straight back")
    assert ("stay_on_line", "negate") in heard
    assert ("next_steps", "affirm") in heard


# --- advice put for when the officers come, in the same clause as the time --------------


def test_a_request_after_a_time_clause_is_the_advice_it_times() -> None:
    assert carried("scene_preservation", "once the officers arrive I'm going to need you to "
                   "keep people away from the hallway", asking=False, first=True,
                   read_back=False)
    assert carried("safety_advice", "I'll want you to stay upstairs till they call up to you",
                   asking=False, first=False, read_back=False)


def test_a_time_clause_alone_still_carries_no_advice() -> None:
    assert not carried("safety_advice", "once the crew get there", asking=False, first=True,
                       read_back=False)
    # what someone else will want is the reason, not the advice
    assert not carried("scene_preservation", "the detectives will want photos of it",
                       asking=False, first=False, read_back=False)


def test_timed_advice_is_heard(understanding: Understanding) -> None:
    heard = read(understanding, "Once the officers arrive I'm going to need you to keep "
                                "everybody out of the hallway.")
    assert ("scene_preservation", "affirm") in heard


# --- a read-back waived -----------------------------------------------------------------


def test_a_detail_waived_as_said_back_is_the_read_back() -> None:
    said = "there's no need for me to read the postcode back"
    found = waiver(said)
    assert found is not None
    assert waived_read_back(found.topic, said)
    assert not waived_read_back("your postcode", said)
    # a place at the back is no read-back
    said = "no need to tell me whether they're still round the back"
    found = waiver(said)
    assert found is not None
    assert not waived_read_back(found.topic, said)


def test_a_waived_read_back_is_confirm_details(understanding: Understanding) -> None:
    heard = read(understanding, "There's no call for me to read your mobile number back, it "
                                "came up with the call.")
    assert ("confirm_details", "negate") in heard
    assert not any(i == "callback_number" for i, _ in heard)


# --- a car described --------------------------------------------------------------------


def test_a_description_of_a_car_is_the_vehicle(understanding: Understanding) -> None:
    heard = read(understanding, "We won't be needing a description of the motor now, the "
                                "patrol's stopped it.")
    assert ("vehicle_description", "negate") in heard
    assert not any(i == "suspect_description" for i, _ in heard)
    heard = read(understanding, "I'll need a description of that van please.")
    assert ("vehicle_description", "affirm") in heard


# --- a tap code whose condition is the question ------------------------------------------


def test_tap_if_asks_its_condition_after_a_waiver(understanding: Understanding) -> None:
    analysis = understanding.analyse("I won't ask for your address, just tap once if he's "
                                     "still in the house.", Context())
    heard = {(r.intent, r.polarity) for r in analysis.intents}
    assert ("suspect_present", "affirm") in heard
    assert analysis.act == "question"


def test_a_tap_code_cut_short_asks_nothing_new(understanding: Understanding) -> None:
    heard = read(understanding, "Is he still downstairs? Tap once if he is.")
    assert heard == {("suspect_present", "affirm")}


def test_tap_if_you_can_hear_me_stays_the_silent_solution(understanding: Understanding,
                                                           ) -> None:
    heard = read(understanding, "You don't have to speak, tap twice if you can hear me.")
    assert ("silent_solution", "affirm") in heard
