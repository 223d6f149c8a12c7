"""Session 25: the wrong intent chosen, or another one affirmed beside the labelled one,
on v35 and v36 (first read this session), each cause counted over the older development
sets and the held-back authors. One test per cause, in new wording (no line of any set):
someone's age named as a thing and whether anyone saw it name their questions by how they
are asked; a time nearest the last sighting is the sighting's; the read-back is no question
a telling waived names; a lift whose reason is the evidence work done lets the scene go;
the note's own words said after it; how the handler will know, in recognised speech; an
order worded as the handler's own comfort comforts no one."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.acknowledgements import notes
from scoring.understanding.analysis import IntentReading
from scoring.understanding.asked_in_topic import question_in_topic
from scoring.understanding.clause_form import handler_will_do
from scoring.understanding.qualifiers import says_when
from scoring.understanding.reading import (
    _lifted_for_evidence,
    _ordered_not_comforted,
    _vehicle_still_there,
)


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- someone's age named as a thing (v7, v16, v20, v25, v27, v36, acts_r) ---------------------


@pytest.mark.parametrize("topic", ["the twins ages", "your nephew age", "his age", "the boys ages"])
def test_an_age_named_as_a_thing_is_the_date_of_birth(topic: str) -> None:
    assert question_in_topic(topic) == "date_of_birth"


def test_a_things_age_is_not_asked_by_its_form() -> None:
    assert question_in_topic("the age of the car") is None


def test_the_childrens_ages_waived_ask_nothing_of_whether_they_are_there(
        understanding: Understanding) -> None:
    got = read(understanding, "I shan't ask about the grandchildren's ages, Brenda, they're "
                              "on your file.")
    assert ("date_of_birth", "negate") in got
    assert ("children_present", "negate") not in got


# --- whether anyone saw it (v8 to v35, acts_j, acts_n, acts_r) ---------------------------------


@pytest.mark.parametrize("topic", [
    "whether the other passengers saw anything",
    "if the man at the bus shelter seen it",
    "whether your lodger noticed anything",
])
def test_whether_someone_saw_it_is_the_witnesses(topic: str) -> None:
    assert question_in_topic(topic) == "witnesses_cctv"


def test_what_they_saw_is_not_asked_by_its_form() -> None:
    assert question_in_topic("what the other passengers saw") is None
    assert question_in_topic("whether they saw which way he went") is None


# --- a time nearest the last sighting (v14, v35, acts_f, acts_l, acts_m, acts_r) ------


def test_a_time_waived_nearest_the_last_sighting_is_the_sighting(
        understanding: Understanding) -> None:
    got = read(understanding, "Forget what time Ellie's brother left her at the station.")
    assert got == {("last_seen", "negate")}


def test_a_time_waived_as_near_someone_gone_stays_a_time(understanding: Understanding) -> None:
    got = read(understanding, "never mind the time he left just tell me which road he took")
    assert ("last_seen", "negate") not in got


def test_a_time_waived_of_the_incident_is_still_when_it_happened(
        understanding: Understanding) -> None:
    got = read(understanding, "Never mind what time the shed was done.")
    assert ("when_happened", "negate") in got


# --- the read-back is no question a telling waived names (v35, v36; every author) -------------


def test_a_telling_waived_puts_aside_the_question_not_the_read_back(
        understanding: Understanding) -> None:
    got = read(understanding, "You don't have to tell me everything in Jean's jewellery box "
                              "tonight.")
    assert ("property_taken", "negate") in got
    assert all(intent != "confirm_details" for intent, _ in got)


def test_a_read_back_waived_in_its_own_words_is_still_the_read_back(
        understanding: Understanding) -> None:
    got = read(understanding, "I won't read the registration back to you, it's on the screen.")
    assert ("confirm_details", "negate") in got


# --- a lift whose reason is the evidence work done (v27, v36, acts_h) --------------------------


def _reading(intent: str, polarity: str, clause: str = "you can go back in") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.5, polarity=polarity,  # type: ignore[arg-type]
                         subject="caller", clause=clause, phrase="", score=0.5)


def test_a_lift_for_the_evidence_work_done_lets_the_scene_go() -> None:
    got = _lifted_for_evidence([_reading("safety_advice", "negate")])
    assert [(r.intent, r.polarity) for r in got] == [("scene_preservation", "negate")]


def test_the_danger_lifted_beside_the_scene_kept_stays_as_said() -> None:
    readings = [_reading("safety_advice", "negate"), _reading("scene_preservation", "affirm")]
    assert _lifted_for_evidence(readings) == readings


def test_a_lift_with_the_forensic_team_done_is_read_as_the_scene(
        understanding: Understanding) -> None:
    got = read(understanding, "Your lodger can use the back room again, the CSI have got "
                              "their fingerprints.")
    assert ("safety_advice", "negate") not in got


# --- the note's own words after it (v35, acts_o) -----------------------------------------------


@pytest.mark.parametrize("clause", [
    "I've jotted down that he's on insulin",
    "Okay, I've written down that your husband's diabetic",
    "I've put down that the van had ladders on it",
])
def test_a_note_with_its_words_after_it_notes(clause: str) -> None:
    assert notes(clause)


def test_a_note_of_the_medication_asks_nothing(understanding: Understanding) -> None:
    assert read(understanding, "Right, I've written down that she's on blood thinners.") == set()


# --- how the handler will know, in recognised speech (v10, v35, acts_m, acts_o) -------


@pytest.mark.parametrize("clause", ["and ill know your there", "ill know your safe",
                                    "ill know your still with me"])
def test_the_handler_coming_to_know_is_no_step(clause: str) -> None:
    assert not handler_will_do(clause)


# --- an order worded as the handler's comfort (v6, v36, acts_b, acts_g, acts_l) ---------------


def test_an_order_not_to_go_anywhere_comforts_no_one(understanding: Understanding) -> None:
    assert ("reassurance", "affirm") not in read(understanding, "Don't go anywhere, Lisa.")


def test_the_handlers_own_promise_still_comforts(understanding: Understanding) -> None:
    assert ("reassurance", "affirm") in read(understanding, "It's alright, I'm not going "
                                                            "anywhere.")


def test_a_comfort_said_as_a_prohibition_is_kept() -> None:
    kept = _reading("reassurance", "affirm", "don't panic")
    assert _ordered_not_comforted([kept]) == [kept]


# --- whether a vehicle is still there (v16, v20, v35) --------------------------------------------


def test_whether_the_van_is_still_there_is_the_other_party_there(
        understanding: Understanding) -> None:
    got = read(understanding, "Forget the colour for now, is the white van still there?")
    assert ("suspect_present", "affirm") in got
    assert ("vehicle_description", "affirm") not in got


def test_where_a_car_stands_in_the_road_is_not_asked_as_its_presence() -> None:
    kept = _reading("vehicle_description", "affirm", "is his car still on the drive")
    assert _vehicle_still_there([kept]) == [kept]


# --- a description beside a photo (v10 to v36, acts_i, acts_l, acts_r) -------------------------


def test_a_description_waived_beside_a_photo_is_the_persons(
        understanding: Understanding) -> None:
    got = read(understanding, "You needn't tell me what he looks like, the family have "
                              "emailed a photo.")
    assert ("person_description", "negate") in got
    assert ("suspect_description", "negate") not in got


def test_a_description_beside_camera_footage_stays_the_offenders(
        understanding: Understanding) -> None:
    got = read(understanding, "You needn't tell me what he looks like, the doorbell camera "
                              "has a photo of him.")
    assert ("person_description", "negate") not in got


# --- a window of time after a step (v16, v30) ---------------------------------------------------


@pytest.mark.parametrize("clause", ["somewhere between two and four",
                                    "probably between 9 and half 10"])
def test_a_window_of_time_only_says_when(clause: str) -> None:
    assert says_when(clause)


def test_a_place_between_two_things_is_no_time() -> None:
    assert not says_when("between the pub and the church")


def test_a_visit_in_a_window_reads_nothing_back(understanding: Understanding) -> None:
    got = read(understanding, "The locksmith will come round tomorrow, sometime between "
                              "eight and ten.")
    assert ("confirm_details", "affirm") not in got
