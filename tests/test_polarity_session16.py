"""Session 16: turns read the opposite way or both ways, and turns affirming an intent the
author did not label. One test a form of English found failing in two or more authors'
sets, in new wording (not lines of any blind or training set)."""

from __future__ import annotations

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.clause_form import closing
from scoring.understanding.polarity import polarity
from scoring.understanding.waivers import waiver

from .conftest import pairs


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return pairs(understanding.analyse(text, Context()))


def test_a_time_clause_opening_the_turn_adds_no_intent(understanding) -> None:
    # "once the translator's on, …" says when what follows holds: no interpreter offered
    assert read(understanding, "Once the translator's on, we won't need your postcode "
                "again.") == {("location", "negate")}
    assert ("language_needs", "affirm") not in read(
        understanding, "Once the interpreter is connected, I'll take his description from you.")


def test_the_handler_skipping_a_thing_as_it_is_done(understanding) -> None:
    assert polarity("reference_number", "We're skipping the crime number for the moment",
                    asking=False) == "negate"
    assert polarity("reference_number", "I'll give you the crime number now",
                    asking=False) == "affirm"


def test_the_informal_route_refused_is_the_complaint_recorded() -> None:
    for said in ("this isn't something we can resolve over the phone",
                 "it won't be sorted out informally",
                 "I'm not able to deal with this here"):
        assert polarity("complaint_recording", said, asking=False) == "affirm", said
    # recording refused, or the options not gone through, stay refused
    assert polarity("complaint_recording", "I won't record it under Schedule 3",
                    asking=False) == "negate"
    assert polarity("complaint_recording", "I'm not going to go through the informal route "
                    "with you", asking=False) == "negate"


def test_asking_declined_again_waives_what_was_said_before(understanding) -> None:
    found = waiver("so I won't ask you again")
    assert found is not None and found.told and not found.topic
    assert waiver("I won't ask") is None
    assert read(understanding, "You've told me the baby's asleep upstairs, so I won't ask "
                "again.") == {("children_present", "negate")}


def test_a_statement_typed_as_a_question_asks(understanding) -> None:
    # "…, isn't it, you won't be needing a translator?" asks about language needs
    assert read(understanding, "You're comfortable in English, aren't you, you won't be "
                "needing a translator?") == {("language_needs", "affirm")}
    assert read(understanding, "We won't be needing a translator, your English is "
                "spot on.") == {("language_needs", "negate")}


def test_a_listing_waived_keeps_the_question_it_reports() -> None:
    assert clauses("you neednt list what they took from the shed") == [
        "you neednt list what they took from the shed"]
    assert clauses("no need to describe what the van looked like, we've found it")[0] == (
        "no need to describe what the van looked like")
    # asked, the listing still splits from the question after it
    assert len(clauses("can you list them what else was in the bag")) == 2


def test_letting_the_caller_get_on_closes_the_call() -> None:
    assert closing("I'll let you get on with your shopping")
    assert closing("Okay, I'll let you get on")
    assert not closing("I'll let the officers know")


def test_the_matter_said_to_need_the_police_keeps_it(understanding) -> None:
    assert polarity("signpost", "this one needs the police", asking=False) == "negate"
    assert ("signpost", "affirm") not in read(
        understanding, "I won't be sending you to the council on this, Mo, this one "
        "needs us.")


def test_where_after_a_named_place_is_no_new_question() -> None:
    assert clauses("is there a camera at the garage where the van was parked") == [
        "is there a camera at the garage where the van was parked"]
    assert clauses("is he still there where is he now") == ["is he still there",
                                                            "where is he now"]


def test_the_verb_of_a_reported_question_opens_nothing() -> None:
    assert clauses("you dont need to say where you are the map has you") == [
        "you dont need to say where you are the map has you"]
    assert clauses("where was he going has he got a car") == ["where was he going",
                                                              "has he got a car"]


def test_a_measure_put_aside_as_a_worry_is_not_advised() -> None:
    assert polarity("crime_prevention", "Don't go worrying about a new alarm this week",
                    asking=False) == "negate"
    assert polarity("crime_prevention", "don't worry about getting a camera put up yet",
                    asking=False) == "negate"
    assert polarity("crime_prevention", "don't leave your spare key under the mat",
                    asking=False) == "affirm"
