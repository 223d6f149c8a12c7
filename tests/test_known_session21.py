"""Session 21: misreadings left open at the end of session 20. A person of the world named
with a recogniser's spelling is that person; a "but" in unpunctuated speech ends a leave's
reach, and an order told through the caller is no reason; leave to look out of the window is
against no advice; a thing carried is no weapon unless the words say so; a complaint offered
an informal settling alone is not recorded. Every line here is new wording, not a line of
any blind or training set."""

from __future__ import annotations

from functools import cache

import pytest

from scoring.intents import clauses
from scoring.result import ItemMark
from scoring.understanding import TurnAnalysis, Understanding
from scoring.understanding.as_said import as_said
from scoring.understanding.heard_names import HeardNames, english_words, sound_of
from scoring.understanding.polarity import is_reason
from simulator.library import meaning_matcher
from simulator.loader import load_scenario, resolve
from tests.marked_calls import item_mark

from .conftest import pairs, subjects_in_turn


@cache
def _reader(scenario: str) -> Understanding:
    return Understanding.for_scenario(load_scenario(resolve(scenario)).world, meaning_matcher())


def _analyse(scenario: str, text: str) -> TurnAnalysis:
    return _reader(scenario).analyse(text)


# --- names heard with a recogniser's spelling ----------------------------------------------

def test_a_name_spelled_by_its_sound_sounds_as_the_name() -> None:
    assert sound_of("preeya") == sound_of("priya") == sound_of("pria")
    assert sound_of("kureshi") == sound_of("qureshi")
    assert sound_of("stacy") == sound_of("stacey")
    assert sound_of("dopson") != sound_of("dobson")  # one letter off, not said alike


def test_a_misheard_name_is_respelled_as_the_world_spells_it() -> None:
    names = HeardNames(["priya", "mistry", "sanjay", "meena", "ellie", "jayden"])
    assert names.respelled("so when did preeya last text you") == \
        "so when did priya last text you"
    assert names.respelled("Sanjey, is Meenah with you?") == "Sanjay, is Meena with you?"
    assert names.respelled("has jaiden's mum rung") == "has jayden's mum rung"


@pytest.mark.parametrize("text", [
    "my heart goes out to you",  # Hart is a name elsewhere, "heart" English
    "is the jazz parked on the road",
    "did she say prior to leaving",
    "liams mum rang",  # a possessive without its apostrophe is the name already
])
def test_english_and_the_names_own_forms_are_left_as_said(text: str) -> None:
    names = HeardNames(["hart", "parker", "priya", "liam", "alfie"])
    assert names.respelled(text) == text


def test_a_word_fitting_two_names_is_left_alone() -> None:
    assert HeardNames(["karen", "kieran"]).name_for("kiren") is None


def test_without_a_world_nothing_is_respelled() -> None:
    assert HeardNames([]).respelled("when did pria leave") == "when did pria leave"


def test_the_english_list_holds_common_words_and_no_misspelled_names() -> None:
    words = english_words()
    if not words:
        pytest.skip("the sentence model's tokenizer is not installed")
    assert {"heart", "down", "hall", "july"} <= words
    assert not {"pria", "preeya", "kureshi"} & words


def test_a_misheard_missing_girl_is_whom_the_question_is_about() -> None:
    said = subjects_in_turn("missing-person-vulnerable", "whats preeya's phone number")
    assert said[-1] == {"missing_person"}
    said = subjects_in_turn("missing-person-vulnerable",
                            "has pria been in trouble with the police before")
    assert said[-1] == {"missing_person"}


def test_a_respelled_turn_is_still_quoted_as_said() -> None:
    analysis = _analyse("missing-person-vulnerable", "does preeya have a boyfriend")
    assert analysis.text == "does preeya have a boyfriend"
    assert all("preeya" in as_said(a.clause, analysis.text) for a in analysis.acts)


# --- "but" in unpunctuated speech, and orders told through the caller ------------------------

def test_but_after_go_still_cuts_the_clause() -> None:
    assert clauses("let him see where they go but he stays in the bedroom") == [
        "let him see where they go", "he stays in the bedroom"]
    assert clauses("go and see if the door is shut") == ["go and see if the door is shut"]


@pytest.mark.parametrize("order", [
    "he must not go outside", "she must stay in the back bedroom",
    "the kids must not come downstairs"])
def test_an_order_told_through_the_caller_is_no_reason(order: str) -> None:
    assert not is_reason(order)


@pytest.mark.parametrize("said", ["he must be frightened", "they must have gone by now"])
def test_what_must_be_so_still_gives_a_reason(said: str) -> None:
    assert is_reason(said)


def test_a_leave_to_watch_does_not_reach_the_order_after_but() -> None:
    analysis = _analyse("interpreter-caller",
                        "tell him hes alright to keep watching out the window but he "
                        "must not go down to them")
    assert ("safety_advice", "affirm") in pairs(analysis)
    assert not any(not r.affirmed for r in analysis.intents)


@pytest.mark.parametrize("text", [
    "you're alright to peek out of the window",
    "youre fine to watch them from the bedroom window",
    "you can have a look out the window if you want"])
def test_leave_to_look_out_of_the_window_refuses_no_advice(text: str) -> None:
    for scenario in ("burglary-next-morning", "interpreter-caller"):
        analysis = _analyse(scenario, text)
        assert not any(r.intent in ("scene_preservation", "safety_advice")
                       and not r.affirmed for r in analysis.intents), (scenario, text)


def test_leave_to_clean_the_window_is_still_scene_preservation_refused() -> None:
    analysis = _analyse("burglary-next-morning", "you're alright to wipe the window down now")
    assert ("scene_preservation", "negate") in pairs(analysis)


def test_someone_elses_going_is_no_leave_to_end_the_call() -> None:
    analysis = _analyse("interpreter-caller", "he's fine to see where they go")
    assert ("stay_on_line", "negate") not in pairs(analysis)
    analysis = _analyse("interpreter-caller", "you're alright to go now")
    assert ("stay_on_line", "negate") in pairs(analysis)


# --- a thing carried ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "does she have her purse with her", "is he carrying his wallet",
    "has she got her house keys on her"])
def test_a_thing_carried_named_as_no_weapon_is_no_weapon(text: str) -> None:
    analysis = _analyse("missing-person-vulnerable", text)
    assert "weapons" not in analysis.intent_ids()


@pytest.mark.parametrize("text", [
    "has he got a blade with him", "is he carrying anything", "does he have a gun on him",
    "has he got his bat with him"])
def test_a_weapon_or_anything_carried_is_still_asked(text: str) -> None:
    analysis = _analyse("domestic-abuse-children", text)
    assert "weapons" in analysis.intent_ids()


# --- a complaint settled informally --------------------------------------------------------

def test_an_informal_settling_offered_alone_is_no_complaint_recorded() -> None:
    analysis = _analyse("complaint-service-recovery",
                        "we might be able to resolve all of this informally for you")
    assert ("complaint_recording", "affirm") not in pairs(analysis)
    assert ("complaint_recording", "negate") in pairs(analysis)


def test_both_routes_set_side_by_side_still_explain_the_options() -> None:
    analysis = _analyse("complaint-service-recovery",
                        "it can be dealt with informally today or formally recorded, "
                        "it's up to you")
    assert ("complaint_recording", "affirm") in pairs(analysis)
    analysis = _analyse("complaint-service-recovery",
                        "this is too serious to sort out informally, it has to be recorded")
    assert ("complaint_recording", "negate") not in pairs(analysis)


def _options(line: str) -> ItemMark:
    return item_mark("complaint-service-recovery", "options-explained", [
        (0, "caller", "Nobody's rung me back about my stolen bike in three weeks.", None),
        (9, "trainee", "I'm sorry to hear that. What would you like to happen?", None),
        (14, "caller", "I just want someone to look at the CCTV.", None),
        (22, "trainee", line, None),
        (27, "caller", "Right, okay.", None)])


def test_one_informal_route_told_is_surely_no_options_explained() -> None:
    # the complaint settled informally is the recording's other way, in so many words: an
    # assessor needs no second look to see no choice was offered
    mark = _options("Leave it with me, I'll get this resolved informally for you today.")
    assert mark.points == 0 and mark.status != "uncertain"


def test_both_routes_offered_still_explain_the_options() -> None:
    mark = _options("I can get it resolved informally today, or you can have it formally "
                    "recorded under Schedule 3, it's your choice.")
    assert mark.points > 0


@pytest.mark.parametrize("text", ["wot were they sayin to you", "where was he goin"])
def test_a_word_with_its_g_dropped_is_no_name(text: str) -> None:
    assert HeardNames(["zain", "samina", "gavin"]).respelled(text) == text


def test_a_short_name_is_only_a_word_that_sounds_as_it() -> None:
    names = HeardNames(["rowe", "kyle", "zain"])
    assert names.respelled("ive rote it down") == "ive rote it down"
    assert names.respelled("did kyel say that") == "did kyle say that"
