"""Critical items read against their own descriptions (session 20): a whereabouts item that
says the place was *established* in time is not met by a question put in time whose answer
did not give the place, the place drawn out only by a later question (`revealed` with
`within`); an agency named as where to go and waved away straight after, after a "but"
("…, but they'll be shut now anyway"), sends the caller nowhere; a complaint "sorted
informally" is not recorded formally; a log that resolves the complaint *outside* Schedule 3
does not record it under Schedule 3. Every line here is new wording, not a line of any blind
set."""

from __future__ import annotations

from typing import Any

import pytest

from scoring.attempt import Attempt
from scoring.doubts import informal_only, waved_after
from scoring.intents import clauses
from scoring.result import ItemMark
from scoring.understanding.wording import spelled
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt
from tests.marked_calls import item_mark

# --- the concern for welfare: where he is, established in time --------------------------------

_OPENING = "Please, my dad's not answering and he left me a voicemail saying goodbye."
_HIS_ADDRESS = "He's at 7 Heron Walk, Pitsea, SS13 1AB, the ground floor flat."


def _where(first: str, answer: str, reveals: list[str] | None, later: str = "",
           later_at: float = 55) -> ItemMark:
    turns: list[tuple[float, str, str, list[str] | None]] = [
        (0, "caller", _OPENING, None),
        (12, "trainee", first, None),
        (16, "caller", answer, reveals),
        (33, "trainee", "Okay. Tell me what's been going on tonight.", None),
        (37, "caller", "He's been really low for weeks and he stopped his tablets.", None)]
    if later:
        turns += [(later_at, "trainee", later, None), (later_at + 3, "caller", _HIS_ADDRESS,
                                                       ["address"])]
    return item_mark("concern-for-welfare-mental-health", "location-first", turns)


@pytest.mark.parametrize(("first", "answer"), [
    ("Where are you ringing from?", "I'm at my house in Chelmsford, he lives in Basildon."),
    ("And whereabouts are you now?", "At work, in Southend. I can't get over there."),
    ("where are you calling from", "home, I'm in Colchester, he's about forty minutes away"),
])
def test_a_place_asked_in_time_but_his_address_only_drawn_out_later(first: str,
                                                                     answer: str) -> None:
    # The question in time drew out her own whereabouts; his address came only when it was
    # asked after the 30 seconds: nothing was established in time.
    mark = _where(first, answer, None, "What's your dad's address?")
    assert mark.critical and mark.points == 0, first


@pytest.mark.parametrize("first", [
    "What's your dad's address?",
    "Where is he right now, what's the address?",
    "whats the address hes at",
])
def test_his_address_asked_and_given_in_time_is_established(first: str) -> None:
    assert _where(first, _HIS_ADDRESS, ["address"]).status == "met", first


def test_an_answer_given_slowly_to_a_question_in_time_is_late() -> None:
    # Session 21: the address itself came at 34 s; "established within 30 seconds" asks
    # for the address out in time (two blind authors marked such a call late).
    mark = item_mark("concern-for-welfare-mental-health", "location-first", [
        (0, "caller", _OPENING, None),
        (26, "trainee", "Okay, what's the address where he is?", None),
        (29, "caller", "Sorry, I'm shaking, give me a second.", None),
        (34, "caller", _HIS_ADDRESS, ["address"]),
        (40, "trainee", "Got it. What's happened tonight?", None)])
    assert mark.status != "met"


# --- the noise: the council named, then waved away after a "but" ---------------------------

def _noise(line: str) -> ItemMark:
    return item_mark("neighbour-noise-asb", "signpost-council", [
        (0, "caller", "It's the music next door again, it's gone one in the morning.", None),
        (8, "trainee", "Okay, what's the address there?", None),
        (12, "caller", "19 Cranbrook Avenue, they're at 21.", ["address"]),
        (200, "trainee", line, None),
        (210, "caller", "Right. Brilliant.", None)])


@pytest.mark.parametrize("line", [
    "Noise is really for the council's noise team, but they'll be shut at this time anyway.",
    "It's environmental health that deal with noise, but they won't do much to be honest.",
    "Technically it's the council noise team, though they're closed till Monday and they "
    "never do anything anyway.",
])
def test_the_council_named_then_waved_away_sends_him_nowhere(line: str) -> None:
    mark = _noise(line)
    assert mark.critical and mark.points == 0, line


@pytest.mark.parametrize("line", [
    "It's the council's noise team you want, but they're closed now, so ring them on Monday.",
    "The council noise team deal with this, but they'll be shut now, you can report it "
    "online tonight though.",
    "You'll need to contact the council's noise team about the music, they can serve a notice.",
])
def test_the_council_named_with_a_way_to_reach_it_still_signposts(line: str) -> None:
    assert _noise(line).status == "met", line


def test_waved_after_reads_only_after_the_clause() -> None:
    # The waving away before the agency ("they won't help tonight, but …") is the clause's
    # own business (`waves_away`), not a "but" after it.
    text = "The council noise team won't help tonight. But ring the noise team on Monday."
    assert waved_after("But ring the noise team on Monday", text) is None
    assert waved_after("it's the noise team", "it's the noise team, but they'll be closed "
                       "now") == "will be closed"


# --- the complaint: sorted informally is not recorded formally ------------------------------

def _complaint(line: str) -> ItemMark:
    return item_mark("complaint-schedule-3", "schedule-3-explained", [
        (0, "caller", "I want to complain about the officer who stopped me on Friday.", None),
        (10, "trainee", "Okay, tell me what happened.", None),
        (14, "caller", "He called me boy and said people like me are all dealers.", None),
        (120, "trainee", line, None),
        (130, "caller", "Right. We'll see.", None)])


@pytest.mark.parametrize("line", [
    "We can deal with this informally, that's quicker for you than a formal complaint.",
    "I'll get it settled informally with his inspector, no need for a formal complaint.",
    "ok we can get it resolved informally then rather than a formal complaint",
])
def test_a_complaint_sorted_informally_is_not_recorded(line: str) -> None:
    mark = _complaint(line)
    assert mark.critical and mark.points == 0, line


@pytest.mark.parametrize("clause", [
    "this can't be sorted informally",
    "it's too serious to deal with informally",
    "it won't be handled informally",
])
def test_informal_denied_is_the_reason_for_the_formal_step(clause: str) -> None:
    assert informal_only(spelled(clause)) is None, clause


def test_informal_said_is_found() -> None:
    assert informal_only(spelled("we'll sort all this out informally")) == \
        "sort all this out informally"


# --- the complaint's log: outside Schedule 3 is not under it --------------------------------

def _logged(actions: list[str]) -> ItemMark:
    log: dict[str, Any] = {"actions": actions}
    return mark_attempt(load_scenario(resolve("complaint-schedule-3")), Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": "complaint-schedule-3", "log": log,
        "events": [], "turns": [{"t": 0, "speaker": "caller", "text": "I want to complain."}]})
    ).item("recorded-referred")


@pytest.mark.parametrize("actions", [
    ["Dealt with outside Schedule 3 by a word from his inspector", "PSD told for awareness"],
    ["Handled outside Schedule 3, apology arranged; copy to Professional Standards"],
])
def test_a_log_outside_schedule_3_records_no_complaint(actions: list[str]) -> None:
    mark = _logged(actions)
    assert mark.critical and mark.points == 0, actions


@pytest.mark.parametrize("actions", [
    ["Complaint recorded under Schedule 3", "Referred to PSD"],
    ["Schedule 3 complaint logged and passed to Professional Standards"],
])
def test_a_log_under_schedule_3_still_records_it(actions: list[str]) -> None:
    assert _logged(actions).status == "met", actions


# --- the silent call: the keypad's order after its spoken condition -------------------------

def _silent(line: str) -> ItemMark:
    return item_mark("silent-999-call", "silent-solution", [
        (0, "caller", "[breathing, a door slams somewhere]", None),
        (5, "trainee", "police emergency hello", None),
        (8, "caller", "[silence]", None),
        (11, "trainee", line, None),
        (18, "caller", "[two beeps]", ["press55"])], [{"t": 18, "type": "keypad", "value": "55"}])


@pytest.mark.parametrize("line", [
    "if you cant talk right now push the five button two times for me",
    "if you cant speak to me right now press the five key two times",
])
def test_the_keypad_order_in_new_words_after_its_condition_is_heard(line: str) -> None:
    assert _silent(line).status == "met", line


def test_a_spoken_condition_is_cut_from_the_keypad_order_after_it() -> None:
    assert clauses("if its not safe to talk push the five button twice for me")[-1] == \
        "push the five button twice for me"
    # an order asked for ("can you press …") or governed ("to press …") is one clause
    assert clauses("can you press the five button twice for me") == [
        "can you press the five button twice for me"]
    assert clauses("i need you to press the five button twice") == [
        "i need you to press the five button twice"]
