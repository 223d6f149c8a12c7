"""Session 19: labelled intents not heard or read both ways on v20 to v23 and the held-back
training authors. One test per cause found in at least two authors, in new wording (not
lines of any blind or training set): the form alone where it decides, the whole reader
where the turn's readings do."""

from __future__ import annotations

from scoring.understanding import Context, Understanding
from scoring.understanding.clause_form import handler_will_do, promises
from scoring.understanding.tap_codes import signals_need_or_presence


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a step the service will take once it arrives (v20, v23, acts_o) -------------------------


def test_a_step_after_the_service_arrives_is_promised() -> None:
    assert promises("Once the patrol arrives they'll check round the garages")
    assert handler_will_do("When the crew turn up I'll have them look at the shed lock")
    # a time clause alone promises nothing; nor does "they" without the service arriving
    assert not promises("Once the patrol arrives")
    assert not promises("they'll probably be back tonight")


def test_a_step_after_the_service_arrives_is_next_steps(understanding: Understanding) -> None:
    heard = read(understanding, "When the officers get to you they're going to ask the "
                                "caretaker for the CCTV from the lift.")
    assert ("next_steps", "affirm") in heard


def test_an_officer_taking_a_statement_is_a_step_not_a_request() -> None:
    assert handler_will_do("an officer will take your statement at the station tomorrow")
    assert not handler_will_do("I'll take your full name first")


# --- the Silent Solution's signal with its condition (v21, v23, acts_r) ----------------------


def test_a_signal_of_presence_is_the_silent_solution() -> None:
    assert signals_need_or_presence("give the handset a cough if you can hear me")
    assert signals_need_or_presence("if you still need us, just knock on the phone")
    # a tap code whose condition is a question asks that question
    assert not signals_need_or_presence("tap twice if he's got a knife")
    assert not signals_need_or_presence("one tap for yes, two for no")


def test_a_signal_of_presence_is_heard(understanding: Understanding) -> None:
    heard = read(understanding, "If you can still hear me, knock on the phone.")
    assert ("silent_solution", "affirm") in heard


# --- an order put after a waiver is advice of its own (v22, v23, acts_o) ---------------------


def test_an_order_after_a_waiver_is_heard(understanding: Understanding) -> None:
    heard = read(understanding, "Never mind his date of birth, just keep yourself well out "
                                "of his way.")
    assert ("safety_advice", "affirm") in heard
    assert ("date_of_birth", "negate") in heard


# --- no apology refused in a clause that names none (v20, v23, acts_o) -----------------------


def test_declining_to_stand_up_for_someone_refuses_no_apology(
        understanding: Understanding) -> None:
    heard = read(understanding, "I won't stick up for how the sergeant spoke to you, and I'm "
                                "sorry you were treated like that.")
    assert ("apology", "affirm") in heard
    assert ("apology", "negate") not in heard


def test_why_the_apology_is_owed_refuses_nothing(understanding: Understanding) -> None:
    heard = read(understanding, "I want to apologise for the force, because you should have "
                                "had a call back days ago.")
    assert ("apology", "affirm") in heard
    assert ("apology", "negate") not in heard


def test_an_apology_refused_in_its_own_words_still_is(understanding: Understanding) -> None:
    heard = read(understanding, "I'm sorry you're upset, but I won't apologise for the stop "
                                "itself.")
    assert ("apology", "negate") in heard


# --- kept from handling for what it may show: scene preservation (v20, n, p, r) -------------


def test_advice_kept_for_evidence_is_scene_preservation(understanding: Understanding) -> None:
    heard = read(understanding, "Best not to go through the bin bags yourself, they might "
                                "have a name or an address in them.")
    assert ("scene_preservation", "affirm") in heard
    assert ("safety_advice", "affirm") not in heard


def test_advice_kept_for_danger_stays_safety_advice(understanding: Understanding) -> None:
    heard = read(understanding, "Please don't go moving any of the rubbish yourself, there "
                                "could be glass or needles in it.")
    assert ("scene_preservation", "affirm") not in heard


# --- damage waived with no vehicle named is what was damaged (acts_o, acts_r) ---------------


def test_damage_waived_without_a_vehicle_is_property(understanding: Understanding) -> None:
    heard = read(understanding, "You needn't go through the damage for me, the photos show "
                                "the fence well enough.")
    assert ("property_taken", "negate") in heard
    assert ("vehicle_description", "negate") not in heard


def test_damage_to_a_vehicle_waived_is_the_vehicle(understanding: Understanding) -> None:
    heard = read(understanding, "No need to list the damage to the car, the garage will do "
                                "that.")
    assert ("vehicle_description", "negate") in heard


# --- describing people the caller does not know is the offender's description (v21, r) -----


def test_describing_unknown_people_waived_is_the_suspects(understanding: Understanding) -> None:
    heard = read(understanding, "I won't make you describe anybody, you told me it was too "
                                "dark to see.")
    assert ("suspect_description", "negate") in heard
    assert ("person_description", "negate") not in heard


def test_describing_her_waived_stays_the_persons(understanding: Understanding) -> None:
    heard = read(understanding, "You don't need to describe her again, I've got her coat and "
                                "her bag written down.")
    assert ("person_description", "negate") in heard


# --- a place said back is a read-back, not asking where (v20, acts_n) ------------------------


def test_a_place_said_back_confirms(understanding: Understanding) -> None:
    heard = read(understanding, "so thats church lane little baddow by the old mill yes")
    assert ("confirm_details", "affirm") in heard
    assert ("location", "affirm") not in heard


def test_asking_whereabouts_still_asks_where(understanding: Understanding) -> None:
    heard = read(understanding, "Whereabouts on Church Lane is the car, near the mill?")
    assert ("location", "affirm") in heard
