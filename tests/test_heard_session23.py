"""Session 23: polarity errors of v32 (first read this session), each cause checked for on
the older development sets. One test per cause, in new wording (no line of any set): what a
waiver waives (the thing rung back about, the officer asked after, an earlier occasion left
out, a telling repeated up to its "again", the handler's need denied), and a concession put
before an order."""

from __future__ import annotations

import pytest

from scoring.homophones import repaired
from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.waivers import waiver


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- what is rung back about is what would be told (v32) -------------------------------------


@pytest.mark.parametrize(("clause", "topic"), [
    ("you don't need to phone us back about the dashcam clip", "the dashcam clip"),
    ("there's no need to call me back about his new address", "his new address"),
])
def test_a_ringing_back_about_a_thing_waives_telling_it(clause: str, topic: str) -> None:
    found = waiver(clause)
    assert found is not None and found.told and found.topic == topic


def test_a_ringing_back_about_footage_waives_the_footage(understanding: Understanding) -> None:
    heard = read(understanding, "You won't need to ring us back about the shop's camera "
                                "recording.")
    assert ("witnesses_cctv", "negate") in heard
    assert ("scene_preservation", "negate") not in heard


# --- an officer named after a question word opens no clause (v32) -----------------------------


@pytest.mark.parametrize("text", [
    "no need to say which officer came round",
    "dont worry about telling me what officer you spoke to",
])
def test_which_officer_is_one_clause(text: str) -> None:
    assert clauses(text) == [text]


def test_the_officer_named_after_which_is_still_a_clause_of_his_own_elsewhere() -> None:
    assert len(clauses("just stay in the kitchen the officer will knock when he gets there")) == 2


def test_which_officer_waived_is_the_officer_asked_after(understanding: Understanding) -> None:
    assert ("officer_details", "negate") in read(
        understanding, "you dont have to tell me which officer dealt with it")


# --- an earlier occasion left out is the history, whatever advice the words resemble ---------


def test_earlier_calls_left_out_are_the_history(understanding: Understanding) -> None:
    heard = read(understanding, "You can leave the earlier calls out, they're all on the log.")
    assert ("previous_incidents", "negate") in heard
    assert not any(p == "affirm" and i == "stay_on_line" for i, p in heard)


def test_a_thing_left_off_is_still_advice(understanding: Understanding) -> None:
    heard = read(understanding, "You can leave the lights off.")
    assert not any(p == "negate" for _, p in heard)


# --- a telling repeated ends at its "again" (v32; the form in most authors' spoken turns) ----


def test_the_topic_up_to_again_is_kept_for_a_run_on() -> None:
    found = waiver("no need to go through what was stolen again pat my colleague wrote it "
                   "all down")
    assert found is not None and found.said_again == "what was stolen"
    found = waiver("no need to go over it again")
    assert found is not None and found.said_again == ""


def test_a_run_on_after_again_waives_what_was_said_before_it(
        understanding: Understanding) -> None:
    assert ("what_happened", "negate") in read(
        understanding, "theres no need to run through what happened again pat my colleague "
                       "wrote it all up")


# --- the handler's need denied is a need, not a telling declined (v31) ------------------------


@pytest.mark.parametrize(("clause", "topic"), [
    ("we're not going to need his date of birth", "his date of birth"),
    ("I'm not going to need a description of the van", "a description of the van"),
])
def test_not_going_to_need_waives_the_detail(clause: str, topic: str) -> None:
    found = waiver(clause)
    assert found is not None and found.topic == topic


def test_a_telling_declined_still_needs_its_verb() -> None:
    assert waiver("I'm not going to go outside") is None


# --- a concession before an order comforts nothing (v16, v25, v32) ---------------------------


@pytest.mark.parametrize("text", [
    "I know it's annoying, but please don't touch the car till the officers have seen it.",
    "I understand it's a pain, Sue, but leave the glass where it is for now.",
])
def test_a_concession_before_an_order_is_no_comfort(understanding: Understanding,
                                                    text: str) -> None:
    heard = read(understanding, text)
    assert ("reassurance", "affirm") not in heard
    assert ("scene_preservation", "affirm") in heard


def test_a_concession_with_sympathy_of_its_own_still_comforts(
        understanding: Understanding) -> None:
    heard = read(understanding, "I know it's frightening, but stay in the bedroom with the "
                                "door shut.")
    assert ("reassurance", "affirm") in heard


def test_a_concession_before_comfort_still_comforts(understanding: Understanding) -> None:
    assert ("reassurance", "affirm") in read(
        understanding, "I know it's a lot to take in, but you're doing really well.")


# --- "weather" before its clause's contraction typed bare is "whether" (v26, v28, v30) -------


@pytest.mark.parametrize(("said", "meant"), [
    ("i dont know weather shes in", "i dont know whether shes in"),
    ("never mind weather theyre armed", "never mind whether theyre armed"),
    ("no need to say weather youre hurt", "no need to say whether youre hurt"),
])
def test_weather_before_a_bare_contraction_is_whether(said: str, meant: str) -> None:
    assert repaired(said) == meant


def test_the_weather_itself_is_left_alone() -> None:
    assert repaired("the weather is awful tonight") == "the weather is awful tonight"


def test_a_waiver_of_whether_typed_as_weather_is_heard(understanding: Understanding) -> None:
    assert ("weapons", "negate") in read(
        understanding, "dont worry about weather shes got a knife is she in the kitchen")


# --- the caller troubled for a detail is asked for it (v14, v30) -------------------------------


@pytest.mark.parametrize(("clause", "topic"), [
    ("I won't trouble you for his date of birth", "his date of birth"),
    ("we won't bother you with the make of the car", "the make of the car"),
])
def test_not_troubling_the_caller_for_a_detail_waives_it(clause: str, topic: str) -> None:
    found = waiver(clause)
    assert found is not None and found.told and found.topic == topic
