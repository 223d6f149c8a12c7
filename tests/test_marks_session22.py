"""Marks and subjects read from v28 and v29's disagreements (session 22), each checked against
the older development sets: a step's second verb run on after "and" is its doer's, not an
order to the caller; what someone else will want is no advice said alone; "you" keeps its
verb and "make sure" opens an order in recognised speech; "your" before "fine", "alright",
"doing" is "you're"; the handler's wish to refer the caller is the referral; a fact put to
the caller by voice and answered was asked; a `said:` phrase's last word must be said; a
vague step whose sentence says when tells what happens next; "the lad who lives there" is
whoever lives at the place just spoken of; a name's 's unwritten still owns. Every line is
new wording, not a line of any blind set."""

from __future__ import annotations

from typing import Any

import pytest

from scoring.attempt import Attempt
from scoring.intents import clauses
from scoring.marking import said_in
from scoring.understanding import Context, Understanding
from scoring.understanding.step_carried_on import carried_on
from scoring.understanding.wording import spelled
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt, understanding_of
from tests.marked_calls import item_mark


def _heard(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a step's second verb run on after "and" -------------------------------------------------


@pytest.mark.parametrize("text", [
    "Right, I'll send a PCSO over tomorrow and have a chat with the family",
    "Okay, we'll get someone to call in and speak to the lads next door",
    "I'm going to get an officer to pop by later and look at the camera footage",
])
def test_a_doers_verb_after_and_carries_the_step_on(understanding: Understanding,
                                                     text: str) -> None:
    heard = _heard(understanding, text)
    assert not {i for i, _ in heard} & {"safety_advice", "scene_preservation"}, heard


@pytest.mark.parametrize(("clause", "turn", "carried"), [
    ("have a chat with the family", "I'll send a PCSO over and have a chat with the family",
     True),
    ("please stay indoors", "I'll send a PCSO over and please stay indoors", False),
    ("ring us back if they start again",
     "I'll log it and ring us back if they start again", False),
    ("in the meantime leave the shed as it is",
     "Someone will come out, and in the meantime leave the shed as it is", False),
])
def test_only_a_doers_verb_is_carried_on(clause: str, turn: str, carried: bool) -> None:
    assert carried_on(clause, turn) is carried


def test_an_order_after_the_step_is_still_advice(understanding: Understanding) -> None:
    heard = _heard(understanding,
                   "I'll get a car round to you, and don't open the front door to him")
    assert ("safety_advice", "affirm") in heard


# --- someone else's want said alone; the handler's wish to act ---------------------------------


def test_someone_elses_want_said_alone_is_no_advice() -> None:
    hate = understanding_of(load_scenario(resolve("hate-incident")))
    heard = _heard(hate, "Right, the police will want to see that clip.")
    assert ("scene_preservation", "affirm") not in heard


def test_the_handlers_own_want_is_still_the_advice() -> None:
    burglary = understanding_of(load_scenario(resolve("burglary-next-morning")))
    heard = _heard(burglary, "Till the CSI get there, I'll want the kitchen left just as "
                             "it is.")
    assert ("scene_preservation", "affirm") in heard


def test_the_handlers_wish_to_refer_is_the_referral() -> None:
    burglary = understanding_of(load_scenario(resolve("burglary-next-morning")))
    heard = _heard(burglary, "That's sensible. I'd like to put you in touch with Victim "
                             "Support as well, they're lovely.")
    assert ("signpost", "affirm") in heard


# --- recognised speech: "you" and its verb, "make sure", "your" for "you're" -------------------


def test_you_keeps_its_verb() -> None:
    assert clauses("when did you lock the shed up last") == ["when did you lock the shed up last"]
    assert clauses("it would be best if you stay in the bedroom till they come") == [
        "it would be best if you stay in the bedroom till they come"]
    # "you" as an object: the order after it is a clause of its own
    assert clauses("ok that's it for you stay by the car now") == [
        "ok that's it for you", "stay by the car now"]


def test_make_sure_opens_an_order() -> None:
    assert clauses("you can sit in the lounge just make sure you keep out of the hall") == [
        "you can sit in the lounge", "just make sure you keep out of the hall"]
    assert clauses("the officers will make sure nobody bothers you") == [
        "the officers will make sure nobody bothers you"]


def test_your_before_fine_is_you_are() -> None:
    assert spelled("your fine to hoover now") == " you are fine to hoover now "
    assert spelled("your alright to go back in") == " you are all right to go back in "
    assert spelled("whats your name") == " what is your name "


def test_leave_then_advice_in_speech_reads_both(understanding: Understanding) -> None:
    hate = understanding_of(load_scenario(resolve("hate-incident")))
    heard = _heard(hate, "your alright to scrub the paint off the door just make sure you "
                         "dont delete the video")
    assert heard >= {("scene_preservation", "negate"), ("scene_preservation", "affirm")}


# --- a fact put to the caller by voice, and answered -------------------------------------------


def _spoken_call(scenario: str, turns: list[tuple[float, str, str, list[str] | None]]
                 ) -> dict[str, Any]:
    return {"format": "callsim.attempt/1", "scenario": scenario, "log": {}, "events": [],
            "turns": [{"t": t, "speaker": who, "text": text}
                      | ({"reveals": reveals} if reveals is not None else {})
                      | ({"source": "stt"} if who == "trainee" else {})
                      for t, who, text, reveals in turns]}


def test_a_spoken_fact_answered_with_the_fact_was_asked() -> None:
    scenario = load_scenario(resolve("non-police-matter"))
    call = _spoken_call("non-police-matter", [
        (0, "caller", "Someone's dumped a load of rubbish and a car in the lane.", None),
        (10, "trainee", "whereabouts is it", None),
        (14, "caller", "Hoe Lane, by the water tower.", ["location"]),
        (30, "trainee", "and the cars empty theres nobody hurt inside it", None),
        (34, "caller", "Nobody in it, nobody hurt, nobody around.", ["occupants"]),
    ])
    mark = mark_attempt(scenario, Attempt.model_validate(call)).item("occupants")
    assert mark.status == "met"


def test_a_typed_statement_is_not_asked_by_its_answer() -> None:
    mark = item_mark("non-police-matter", "occupants", [
        (0, "caller", "Someone's dumped a load of rubbish and a car in the lane.", None),
        (10, "trainee", "Whereabouts is it?", None),
        (14, "caller", "Hoe Lane, by the water tower.", ["location"]),
        (30, "trainee", "I'll log the car.", None),
        (34, "caller", "Nobody in it, nobody hurt, nobody around.", ["occupants"]),
    ])
    assert mark.status != "met"


# --- a said phrase's last word ------------------------------------------------------------------


def test_a_near_match_ending_on_another_word_is_not_said() -> None:
    assert list(said_in(["have you spoken with"], "have you spoken to the school")) == []
    assert list(said_in(["have you spoken with"], "have you spoken with her teacher")) == [
        "have you spoken with"]
    # a word before the last may differ, as schemes allow
    assert list(said_in(["not treat you any different"],
                        "no one is going to treat you any different")) == [
        "not treat you any different"]


# --- a vague step whose sentence says when -------------------------------------------------------


def _welfare(line: str) -> float:
    """The next-steps item's points (it also wants reassurance: half for the step alone)."""
    return item_mark("concern-for-welfare-mental-health", "next-steps", [
        (0, "caller", "I'm worried about my brother, he's sent me some awful messages.", None),
        (10, "trainee", "What's his address?", None),
        (14, "caller", "14 Mill Lane.", ["address"]),
        (30, "trainee", line, None),
        (40, "caller", "Okay.", None),
    ]).points


def test_a_vague_step_with_a_when_in_its_sentence_tells_what_happens() -> None:
    assert _welfare("I'll note it and someone will look into it and maybe call round "
                    "on Thursday.") > 0


def test_a_vague_step_alone_tells_nothing() -> None:
    assert _welfare("Okay. Someone will look into it.") == 0


# --- whom a question is about --------------------------------


def test_the_one_who_lives_there_is_whoever_lives_at_the_place() -> None:
    noise = understanding_of(load_scenario(resolve("neighbour-noise-asb")))
    before = noise.analyse("Where exactly is the noise coming from, which house?", Context())
    after = noise.analyse("And do you know the name of the bloke who lives there?",
                          Context().after(before))
    assert {r.subject for r in after.intents} == {"suspect"}


def test_a_names_unwritten_possessive_still_owns() -> None:
    missing = understanding_of(load_scenario(resolve("missing-person-vulnerable")))
    analysis = missing.analyse("have you got a phone number for ellies dad", Context())
    assert {r.subject for r in analysis.intents} == {"other"}
