"""Critical items and scheme conditions (session 23, from v32 and the assessors of every
development set): an address stated in a typed sentence closed by a full stop puts nothing
to the caller; a place just named, then put to her by "there" ("…, are you there now?"),
confirms it by a closed question; an order to stay calm alone is no reassurance; the
complaint's consent check asked in other words, the body-worn video recorded as to be
kept, and the domestic address read back by more than its town. Every line here is new
wording, not a line of any blind set."""

from __future__ import annotations

from typing import Any

import pytest

from scoring.attempt import Attempt
from scoring.marking import stated_not_put
from scoring.result import ItemMark
from scoring.understanding.place_put_back import puts_place_back
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt
from tests.marked_calls import item_mark

SUBSCRIBER = {"t": 5, "type": "system_check", "query": "07700900871"}


def _located(line: str) -> ItemMark:
    return item_mark("silent-999-call", "location-confirmed", [
        (0, "caller", "[silence, breathing]", None),
        (10, "trainee", line, None),
    ], events=[SUBSCRIBER])


# --- an address stated, not put -----------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Right, this phone is registered to Flat 2, 41 Melbourne Road.",
    "The system has you down at 41 Melbourne Road.",
])
def test_an_address_stated_with_a_full_stop_confirms_nothing(line: str) -> None:
    assert _located(line).status != "met", line


@pytest.mark.parametrize("line", [
    "So that's Flat 2, 41 Melbourne Road? Tap once if so.",
    "Flat 2, 41 Melbourne Road. One tap if that's right.",
    "is it flat two forty one melbourne road one tap for yes",
])
def test_an_address_put_to_her_still_confirms_it(line: str) -> None:
    assert _located(line).status == "met", line


@pytest.mark.parametrize(("clause", "turn", "stated"), [
    ("Right, this phone is registered to Flat 2, 41 Melbourne Road.",
     "Right, this phone is registered to Flat 2, 41 Melbourne Road.", True),
    ("So that's 41 Melbourne Road, yeah.", "So that's 41 Melbourne Road, yeah.", False),
    ("Flat 2, 41 Melbourne Road.", "Flat 2, 41 Melbourne Road. Tap twice if I'm wrong.",
     False),
    # a recogniser's text has no stops: left as heard
    ("its flat two forty one melbourne road", "its flat two forty one melbourne road", False),
])
def test_a_read_back_is_stated_only_when_nothing_puts_it(clause: str, turn: str,
                                                         stated: bool) -> None:
    assert stated_not_put(clause, turn) is stated


# --- a place just named, put by "there" ------------------------------------------------------


@pytest.mark.parametrize("line", [
    "The number's showing Melbourne Road, Highfields. Are you there at the moment?",
    "i've got flat two forty one melbourne road on the screen are you there right now "
    "tap once for yes",
    "It's registered to 41 Melbourne Road. Is that where you're calling from?",
])
def test_a_place_named_then_put_by_there_confirms_it(line: str) -> None:
    assert _located(line).status == "met", line


@pytest.mark.parametrize("line", [
    # on the line, not at the place
    "Officers are heading to Melbourne Road. Hello, are you still there?",
    # no place named before it
    "Are you there now? Tap once for yes.",
])
def test_there_without_a_place_before_it_confirms_nothing(line: str) -> None:
    assert _located(line).status != "met", line


@pytest.mark.parametrize(("clause", "puts"), [
    ("are you there now", True), ("so is that where you are", True),
    ("are you still there", False), ("where are you", False),
])
def test_the_question_that_puts_the_place(clause: str, puts: bool) -> None:
    assert puts_place_back(clause) is puts


# --- an order to stay calm ------------------------------------------------------------------


def _reassured(line: str) -> ItemMark:
    return item_mark("domestic-abuse-children", "reassurance", [
        (0, "caller", "He's kicking the door, please help me!", None),
        (8, "trainee", line, None),
    ])


@pytest.mark.parametrize("line", [
    "Right, just try to keep calm. What's the address?",
    "Okay, stay calm please. Is anyone hurt?",
])
def test_an_order_to_stay_calm_alone_is_no_reassurance(line: str) -> None:
    assert _reassured(line).status == "not_met", line


@pytest.mark.parametrize("line", [
    "Try to keep calm, officers are on their way to you now.",
    "You've kept so calm, you're doing brilliantly.",
])
def test_calm_with_help_or_praise_still_reassures(line: str) -> None:
    assert _reassured(line).status == "met", line


# --- the complaint's consent check ------------------------------------------------------------


def _consent(line: str) -> ItemMark:
    return item_mark("complaint-schedule-3", "consent-confidentiality", [
        (0, "caller", "I want to make a complaint about an officer.", None),
        (10, "trainee", line, None),
    ])


@pytest.mark.parametrize("line", [
    "What you've said and your details get sent to Professional Standards. "
    "Is that all right with you?",
    "Professional Standards will see your account and your contact details, "
    "are you OK with that?",
])
def test_the_consent_check_asked_in_other_words_is_met(line: str) -> None:
    assert _consent(line).status == "met", line


def test_the_words_told_not_asked_are_no_check() -> None:
    line = ("Once it's decided, if you're not ok with that you can ask for a review.")
    assert _consent(line).status == "not_met"


# --- the body-worn video recorded as to be kept ---------------------------------------------


def _bwv(action: str) -> ItemMark:
    scenario = "complaint-schedule-3"
    log: dict[str, Any] = {"actions": [action]}
    return mark_attempt(load_scenario(resolve(scenario)), Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": scenario, "log": log, "events": [],
        "turns": [{"t": 10, "speaker": "trainee", "text": "Tell me what happened."}],
    })).item("bwv-secured")


@pytest.mark.parametrize("action", [
    "Emailed PSD to keep the officer's BWV past 31 days",
    "Body-worn video: PSD to secure footage from PC 2417",
])
def test_the_video_to_be_kept_is_met(action: str) -> None:
    assert _bwv(action).status == "met", action


def test_the_video_named_but_not_kept_is_not() -> None:
    assert _bwv("Sergeant to look at the BWV from the stop").status == "not_met"


# --- the domestic address read back ----------------------------------------------------------


def _confirmed(line: str) -> ItemMark:
    return item_mark("domestic-abuse-children", "confirm-location", [
        (0, "caller", "Nine Harebell Close, Thornaby, please hurry!", ["location"]),
        (8, "trainee", line, None),
    ])


def test_the_town_alone_read_back_is_no_address() -> None:
    assert _confirmed("Thornaby, is that T-H-O-R-N-A-B-Y?").status == "not_met"


def test_the_close_read_back_confirms_it() -> None:
    assert _confirmed("So that's number nine, Harebell Close, yeah?").status == "met"
