"""Session 13: polarity and act of trainee turns on fresh wording. One test a kind of error
found in the development sets, in new wording (not lines of any blind or training set):
the rules alone where they decide it, the whole reader where the turn's readings do."""

from __future__ import annotations

from dataclasses import replace

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.analysis import IntentReading, Polarity
from scoring.understanding.caller_choice import choices_not_advice, left_to_caller
from scoring.understanding.grounds import explains, grounded_waiver, recalls_caller
from scoring.understanding.polarity import is_tag_question
from scoring.understanding.reasons import reasons_for_refusal
from scoring.understanding.staying_put import stays_put
from simulator.library import meaning_matcher


@pytest.fixture(scope="module")
def reader() -> Understanding:
    """The understanding with no scenario: the library and the learnt models."""
    return Understanding.for_scenario(None, meaning_matcher())


def read(reader: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in reader.analyse(text, Context()).intents}


def affirmed(reader: Understanding, text: str) -> set[str]:
    return {i for i, p in read(reader, text) if p == "affirm"}


def heard(intent: str, clause: str, polarity: Polarity = "affirm") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity=polarity, subject="caller",
                         clause=clause, phrase="(test)", score=0.9)


def test_a_ground_is_read_from_the_clause_form() -> None:
    # a fact about someone or something else, now or before
    assert explains("the gate still locks fine")
    assert explains("they never went near the shed")
    assert explains("a barking dog isn't a police matter")
    assert explains("because it's already on the crime report")
    # where the detail will be had instead, the thing taken up by a pronoun
    assert explains("the housing office can get that from their records")
    assert explains("the detective will deal with it on Monday")
    # the thing handed over
    assert explains("leave that bit with the officers")
    # the caller's word recalled
    assert recalls_caller("you've already told me she's at her gran's")
    # not grounds: a step to come, advice put as a judgement or as what ought to be,
    # a telling, advice with "that" as a determiner, the caller's own state
    assert not explains("somebody will phone you first thing tomorrow")
    assert not explains("the children need to stay upstairs")
    assert not explains("it's safer to wait indoors")
    assert not explains("please don't touch the handle")
    assert not explains("I'd get that side window fixed before tonight")
    assert not explains("you're welcome to go back inside")
    assert not explains("officers are on their way to you")


def test_a_ground_after_a_refusal_carries_no_intent() -> None:
    waived = heard("crime_prevention", "You won't need a new lock on the shed", "negate")
    for ground, intent in (("the hasp never broke", "scene_preservation"),
                           ("the school can get that from the register", "signpost"),
                           ("you've told me you're fine", "reassurance"),
                           ("leave all that to the officers", "safety_advice"),
                           ("the investigating team will arrange that", "complaint_recording")):
        for act in ("instruction", "promise", "statement"):
            said = replace(heard(intent, ground), act=act)
            assert reasons_for_refusal([waived, said]) == [waived], (ground, act)
    # said in its own right it keeps its intent: a step to come, advice, a question
    for said in (replace(heard("next_steps", "an officer will ring you tonight"), act="promise"),
                 replace(heard("safety_advice", "keep the kids upstairs"), act="instruction"),
                 replace(heard("suspect_present", "is he still there?"), act="question")):
        assert reasons_for_refusal([waived, said]) == [waived, said], said.clause


def test_the_whole_reader_drops_a_grounds_resemblance(reader: Understanding) -> None:
    for text, refused, resembled in (
            ("There's no need to swap the lock, they never went near the door.",
             "crime_prevention", "safety_advice"),
            ("You don't need to phone round the A and E departments, leave that to us.",
             "signpost", "safety_advice"),
            # "I won't be needing the caller's video, Professional Standards will sort that."
            # lost its waived video in session 28 (docs/understanding.md, section 8, session
            # 28's losses)
            ("You won't need to note a crime number down, we'll post it out to you.",
             "reference_number", "next_steps"),
    ):
        found = read(reader, text)
        assert (refused, "negate") in found, text
        assert resembled not in affirmed(reader, text), text


def test_a_step_after_a_refusal_is_still_promised(reader: Understanding) -> None:
    text = "You're fine to put the phone down now, and an officer will ring you this evening."
    assert "next_steps" in affirmed(reader, text)


def test_a_detail_said_as_a_waivers_ground_is_no_read_back(reader: Understanding) -> None:
    assert grounded_waiver([heard("date_of_birth", "No need to ask how old he is", "negate")],
                           "No need to ask how old he is, you've said he's nineteen.")
    # checked with the caller, or said before the waiver, it may be a read-back
    assert not grounded_waiver(
        [heard("date_of_birth", "No need to ask how old he is", "negate")],
        "No need to ask how old he is, nineteen, is that right?")
    assert not grounded_waiver(
        [heard("location", "No need for the postcode", "negate")],
        "Mill Lane, Little Baddow. No need for the postcode.")
    for text in ("Never mind the model of the van, we know it's a white Transit.",
                 "Forget the last two letters of the plate, KP21 is plenty for the cameras."):
        analysis = reader.analyse(text, Context())
        assert "confirm_details" not in {r.intent for r in analysis.intents}, text
        assert analysis.act != "readback", text


def test_advice_left_to_the_callers_wish_is_not_needed(reader: Understanding) -> None:
    assert left_to_caller("leave the cupboards as they are if you'd rather")
    assert left_to_caller("keep the side gate shut if you like, love")
    assert not left_to_caller("stay on the line if you can")
    assert not left_to_caller("if he comes back, lock the door")
    found = read(reader, "You can leave the muddy footprints if you'd rather, the officer's "
                         "seen them.")
    assert ("scene_preservation", "negate") in found
    assert not affirmed(reader, "You can leave the muddy footprints if you'd rather, the "
                                "officer's seen them.")
    assert ("safety_advice", "negate") in read(reader, "Keep the blinds shut if you like, love.")
    # a signpost offers the caller a choice: still a signpost
    kept = [heard("signpost", "you can ring the council's noise team if you want")]
    assert choices_not_advice(kept) == kept


def test_staying_put_is_not_staying_on_the_line(reader: Understanding) -> None:
    assert stays_put("I need you to stay in the back room")
    assert stays_put("just stay upstairs with the children")
    assert not stays_put("stay on the line with me")
    assert not stays_put("stay with me, love")
    for text in ("Keep the bedroom door shut, I'll need you to stay there till they knock.",
                 "Lock the back door, and I want you to stay there, okay?"):
        found = read(reader, text)
        assert ("safety_advice", "affirm") in found, text
        assert ("stay_on_line", "affirm") not in found, text
    # the line itself named is still asked for
    assert ("stay_on_line", "affirm") in read(reader, "Keep the door shut and stay with me.")


def test_a_tag_after_you_as_an_object_still_asks(reader: Understanding) -> None:
    # "you is there" cannot be subject and verb: "you" ends what came before, the tag asks
    assert is_tag_question("there's no call for a paramedic for you, is there")
    assert is_tag_question("nothing was said to you, was it")
    assert not is_tag_question("I think that's all I need from you")
    found = read(reader, "There's no need to call an ambulance for you, is there?")
    assert ("anyone_injured", "affirm") in found
    assert ("anyone_injured", "negate") not in found


def test_an_order_after_a_bare_word_is_no_ground(reader: Understanding) -> None:
    # "otherwise don't lift him" orders; only a bare noun then a verb of state grounds
    assert not explains("otherwise don't lift him")
    assert explains("glass isn't what they broke")
    found = read(reader, "If the car starts to burn, get him out, but otherwise don't move him.")
    assert ("safety_advice", "affirm") in found


def test_a_way_to_be_heard_offered_as_a_choice_is_still_offered() -> None:
    offered = [heard("silent_solution", "tap the handset twice if you want")]
    assert choices_not_advice(offered) == offered
