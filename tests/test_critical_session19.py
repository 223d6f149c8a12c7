"""Critical items read against their own descriptions (session 19): the force's answering
formula is no question put before the address; a "now" of how things stand ("they've got
it now") says no when of the update; a question whether someone has an everyday thing on
him (a phone, money, keys) asks about no weapon; a yes/no code by knocks or clicks is the
tap code in other words; the council named as whose matter it is and then the matter kept
("…a council thing really, but we'll have a look") sends the caller nowhere. Every line
here is new wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.result import ItemMark
from tests.marked_calls import item_mark

# --- the hate incident: the answering formula comes before nothing --------------------------

_ADDRESS = "It's 41 Crescent Road, Middlesbrough, TS1 4QU."
_ACCOUNT = "They were shouting at me from across the road and then they egged my window."


def _first(opening: str, then: str, after: str = "Can you tell me what's gone on?"
           ) -> ItemMark:
    return item_mark("hate-incident", "location-first", [
        (0.5, "trainee", opening, None),
        (4, "caller", "Hiya. I want to report my neighbours, they've been at it again.", None),
        (12, "trainee", then, None),
        (17, "caller", _ADDRESS, ["address"]),
        (24, "trainee", after, None),
        (28, "caller", _ACCOUNT, ["account"])])


@pytest.mark.parametrize(("opening", "then"), [
    ("Cleveland Police, how can I help you today?",
     "Before anything else, can I take the address?"),
    ("Police, what's your emergency?", "ok first of all whats the address there"),
    ("Hello, you're through to Cleveland Police, how can I help?",
     "Right, where are you calling from, what's the address?"),
    ("Cleveland Police, what can I do for you?", "Okay, and the address you're at, please?"),
    ("cleveland police hello how can i help you", "whats your address first"),
])
def test_the_answering_formula_comes_before_nothing(opening: str, then: str) -> None:
    # The formula answers the phone: the address is still the first thing asked.
    assert _first(opening, then).status == "met"


def test_the_story_asked_before_the_address_still_comes_first() -> None:
    # A question of the trainee's own about what happened, after the formula, is before it.
    mark = _first("Cleveland Police, how can I help?", "Okay, what's been going on?",
                  "And what's the address?")
    assert mark.critical and mark.points == 0


# --- the complaint: a "now" of how things stand is no when ---------------------------------

def _update(answer: str) -> ItemMark:
    return item_mark("complaint-service-recovery", "keep-informed", [
        (0, "caller", "Is this where I complain? Nobody has rung me back about my bike.", None),
        (9, "trainee", "It is, I'm sorry about that. Talk me through what's gone on.", None),
        (14, "caller", "Three weeks and not one call. I just want to know what's happening.",
         None),
        (60, "trainee", "Okay. Somebody from the team will give you a call about it.", None),
        (66, "caller", "And when's that going to be?", None),
        (70, "trainee", answer, None),
        (74, "caller", "Right.", None)])


@pytest.mark.parametrize("answer", [
    "Whenever they can, it's with them now.",
    "As soon as possible, they've got all your details now.",
    "I can't say exactly, it's been passed over to them now.",
    "Soon, the team have it now.",
    "When they get to it, it's on their list now.",
])
def test_a_now_of_how_things_stand_says_no_when(answer: str) -> None:
    mark = _update(answer)
    assert mark.critical and mark.points == 0, answer


@pytest.mark.parametrize("answer", [
    "Today, they've got it now.",
    "They'll ring you now, within the hour.",
    "I'll get them to call you now, straight after this.",
])
def test_a_when_beside_it_still_counts(answer: str) -> None:
    assert _update(answer).status == "met", answer


# --- the domestic: an everyday thing on him is no weapon -----------------------------------

def _armed(question: str) -> ItemMark:
    return item_mark("domestic-abuse-children", "weapons-asked", [
        (0, "caller", "Please... he's kicking the door in, I've locked myself in.", None),
        (6, "trainee", "Police. What's the address there?", None),
        (10, "caller", "Nine Harebell Close, Thornaby.", ["address"]),
        (30, "trainee", question, None),
        (35, "caller", "I don't know! Please just send someone.", None)])


@pytest.mark.parametrize("question", [
    "Has he got his phone with him?",
    "Does he have any money on him?",
    "Has he got his car keys on him, do you know?",
    "has he got his wallet on him",
    "Has he got a mobile with him?",
])
def test_an_everyday_thing_on_him_asks_about_no_weapon(question: str) -> None:
    mark = _armed(question)
    assert mark.critical and mark.points == 0, question


@pytest.mark.parametrize("question", [
    "Has he got anything on him?",
    "Has he got a knife or anything with him?",
    "Has he got anything on him, a blade, a bat, his phone even?",
])
def test_a_weapon_or_anything_on_him_is_still_asked(question: str) -> None:
    assert _armed(question).status == "met", question


# --- the silent call: a yes/no code by knocks or clicks is the tap code ---------------------

def _code(line: str) -> ItemMark:
    return item_mark("silent-999-call", "tap-code", [
        (0, "caller", "[breathing, a man's voice shouting somewhere in the flat]", None),
        (5, "trainee", "Police. If you can't talk, press 55 for me.", None),
        (10, "caller", "[two beeps]", None),
        (16, "trainee", line, None),
        (22, "caller", "[one tap]", None)], [{"t": 10, "type": "keypad", "value": "55"}])


@pytest.mark.parametrize("line", [
    "ok one knock means yes and two knocks means no",
    "Knock on the phone once for yes, twice for no.",
    "Give me one click for yes and two clicks for no, okay?",
    "One knock is yes, two knocks is no, can you do that?",
    "a single tap means yes, two taps means no",
])
def test_a_code_by_knocks_or_clicks_is_the_tap_code(line: str) -> None:
    assert _code(line).status == "met", line


def test_answering_yes_or_no_out_loud_is_still_no_code() -> None:
    mark = _code("Just answer me yes or no, okay?")
    assert mark.critical and mark.points == 0


# --- the abandoned car: the council named, then the matter kept -----------------------------

def _signpost(line: str) -> ItemMark:
    return item_mark("non-police-matter", "signpost-council", [
        (0, "caller", "Somebody's dumped a car and a pile of rubbish in the lane.", None),
        (8, "trainee", "Okay, tell me what you've found.", None),
        (12, "caller", "A car with no plates and bags of rubbish all over the verge.", None),
        (60, "trainee", line, None),
        (66, "caller", "Right. Thank you.", None)])


@pytest.mark.parametrize("line", [
    "Dumped rubbish is a council thing really, but we'll send someone to look at the car.",
    "That's more the council's job, but I'll get an officer to pop by.",
    "Fly-tipping is really one for the council, but we'll deal with it this time.",
    "It's a council matter really, but I'll have someone come out and take a look.",
])
def test_the_council_named_then_the_matter_kept_sends_her_nowhere(line: str) -> None:
    mark = _signpost(line)
    assert mark.status != "met", line


@pytest.mark.parametrize("line", [
    "That's one for the council really, but I'll give you our reference before you go.",
    "It's a council matter, you'll need to report it to them, but we'll keep a note too.",
    "Fly-tipping's for the council, but you can report it on their website today.",
])
def test_the_council_named_with_an_extra_still_signposts(line: str) -> None:
    assert _signpost(line).status == "met", line


# --- the silent call: "if it's not safe to talk" is the Silent Solution's condition ----------

def _silent(line: str) -> ItemMark:
    return item_mark("silent-999-call", "silent-solution", [
        (0, "caller", "[breathing, muffled voices somewhere behind]", None),
        (5, "trainee", "Police emergency, hello?", None),
        (8, "caller", "[silence]", None),
        (11, "trainee", line, None),
        (18, "caller", "[two beeps]", ["press55"])], [{"t": 18, "type": "keypad", "value": "55"}])


@pytest.mark.parametrize("line", [
    "If it's not safe for you to talk, press five five.",
    "if it isnt safe to speak just tap the handset",
    "If it's not safe to talk, cough or tap the phone for me.",
    "if you're there but it's not safe to talk, press 55",
    "If you can hear me but it's not safe to speak, press five five.",
])
def test_safety_denied_is_the_condition_not_leave_to_talk(line: str) -> None:
    assert _silent(line).status == "met", line


def test_leave_to_talk_is_still_no_silent_solution() -> None:
    mark = _silent("You're safe to talk now, you can stop tapping.")
    assert mark.critical and mark.points == 0
