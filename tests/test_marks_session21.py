"""Marks read against what their items ask (session 21): a summary opened by "so" and put back
with a tag asks nothing ("So they've been calling you names, yeah?" does not explore the hate
motive); a question whose answer gave a fact only another question brings out asked that
other thing (a critical item is not credited with it), though the question that did draw the
fact out still counts; an order to slow down is no reassurance; an excuse after "sorry you
feel that way" is no apology; the force's answering formula is no open question; an address
given after the time limit was not established within it; "go through it with you" said of
the complaint's handling is no adjustment. And whom a question is about: a camera put first
as someone's ("Mr Khan's doorbell, does it…") is theirs, a statement's pronoun subject is whom
the next "she" means, "Priya's little brother" is her brother. Every line here is new
wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.understanding import Context
from scoring.understanding.tagged_summary import put_back_with_tag
from simulator.loader import load_scenario, resolve
from simulator.selftest import understanding_of
from tests.marked_calls import Turn, item_mark

# --- a summary put back with a tag ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "So they've been calling you names, yeah?",
    "Right, so he has followed you home again, yes?",
    "Okay so she's been gone since teatime, right?",
    "So the lads were shouting at your wife, yeah?",
])
def test_a_summary_opened_by_so_and_tagged_is_put_back(text: str) -> None:
    assert put_back_with_tag(text), text


@pytest.mark.parametrize("text", [
    "So what did they call you, yeah?",
    "So is he still outside, yeah?",
    "They've been calling you names?",
    "You've shut the back door, yeah?",
])
def test_a_question_or_an_untagged_line_is_not_put_back(text: str) -> None:
    assert not put_back_with_tag(text), text


_HATE_OPENING = ("The lad across the road has been shouting racist abuse at me and my kids "
                 "again.")


def _hate(question: str) -> str:
    return item_mark("hate-incident", "hate-explored", [
        (0, "caller", _HATE_OPENING, None),
        (9, "trainee", "What's the address there?", None),
        (12, "caller", "41 Crescent Road, Middlesbrough.", ["address"]),
        (20, "trainee", question, None),
        (24, "caller", "Yeah. Same as before.", None),
    ]).status


def test_a_leading_summary_does_not_explore_the_hate_motive() -> None:
    assert _hate("So he's been abusing you because of your race, yeah?") != "met"


def test_asking_for_the_words_still_explores_it() -> None:
    assert _hate("What exactly did he shout at you, word for word?") == "met"


# --- what the caller's answer says was asked -------------------------------------------------

_CRASH = "There's been a crash on the A127, a woman's stuck in her car!"


def _crash(question: str, answer: str, reveals: list[str]) -> str:
    turns: list[Turn] = [
        (0, "caller", _CRASH, None),
        (8, "trainee", "Where on the A127 are you?", None),
        (11, "caller", "Eastbound, past the Fortune of War junction.", ["location"]),
        (60, "trainee", question, None),
        (63, "caller", answer, reveals),
    ]
    return item_mark("road-collision-injury", "breathing-conscious", turns).status


def test_a_question_answered_with_another_fact_does_not_credit_a_critical_item() -> None:
    # heard as whether she is conscious; the caller took it as whether they know each other
    status = _crash("Does she know who you are?",
                    "No, never met her, I just stopped behind her.", ["relationship"])
    assert status != "met"


def test_a_question_answered_with_its_own_fact_still_credits_it() -> None:
    status = _crash("Is she awake?", "Yes, she's awake, she's breathing and talking to me.",
                    ["breathing"])
    assert status == "met"


def test_the_question_that_drew_the_fact_out_counts_when_the_heard_one_is_in_doubt() -> None:
    # "where did she catch the bus?" is not heard as the last sighting but drew it out; the
    # turn heard as it ("where else could she be?") was answered with the places she goes
    mark = item_mark("missing-person-vulnerable", "last-seen", [
        (0, "caller", "My daughter's not come home from school and it's dark now.", None),
        (8, "trainee", "What's your address?", None),
        (11, "caller", "31 Brambling Way, Oadby.", ["address"]),
        (40, "trainee", "And where did she catch her bus from?", None),
        (44, "caller", "Her friend left her at the stop on Leicester Road by the Co-op, about "
                       "quarter to four.", ["last_seen"]),
        (90, "trainee", "Where else might she have gone?", None),
        (94, "caller", "Her nani's in Belgrave, or the park by the library.", ["places"]),
    ])
    assert mark.status == "met"


# --- comfort, apologies, open questions -------------------------------------------------------

def test_an_order_to_slow_down_is_no_reassurance() -> None:
    mark = item_mark("domestic-abuse-children", "reassurance", [
        (0, "caller", "Please, he's trying to break the door down.", None),
        (7, "trainee", "Right, slow down for me. What's the address?", None),
        (10, "caller", "9 Harebell Close, Thornaby.", ["address"]),
    ])
    assert mark.status != "met"


def test_an_excuse_after_sorry_you_feel_that_way_is_no_apology() -> None:
    mark = item_mark("burglary-next-morning", "dissatisfaction", [
        (0, "caller", "I came down this morning and the back door's been forced.", None),
        (10, "trainee", "Okay, what's your address?", None),
        (13, "caller", "12 Grove Road. And last month nobody got back to me either.",
         ["address", "previous"]),
        (20, "trainee", "Sorry you feel like that. Things can take a bit of time, we're "
                        "very busy.", None),
    ])
    assert mark.status != "met"


def test_a_real_apology_still_counts() -> None:
    mark = item_mark("burglary-next-morning", "dissatisfaction", [
        (0, "caller", "I came down this morning and the back door's been forced.", None),
        (10, "trainee", "Okay, what's your address?", None),
        (13, "caller", "12 Grove Road. And last month nobody got back to me either.",
         ["address", "previous"]),
        (20, "trainee", "I'm really sorry nobody called you back last time, that shouldn't "
                        "have happened.", None),
    ])
    assert mark.status == "met"


def _open(turns: list[Turn]) -> str:
    return item_mark("non-police-matter", "open-question", turns).status


def test_the_answering_formula_is_no_open_question() -> None:
    assert _open([
        (0, "trainee", "Essex Police, how can I help you?", None),
        (3, "caller", "There's a load of rubbish and an old car dumped in the lane.", None),
        (12, "trainee", "Is it a big pile?", None),
        (15, "caller", "Massive. Mattresses, bags, all sorts.", None),
    ]) != "met"


def test_an_open_question_of_the_trainees_own_still_counts() -> None:
    assert _open([
        (0, "trainee", "Essex Police, how can I help you?", None),
        (3, "caller", "There's a load of rubbish and an old car dumped in the lane.", None),
        (12, "trainee", "Okay, talk me through what you've found.", None),
        (15, "caller", "Mattresses, bags, and a silver car with no plates.", None),
    ]) == "met"


def test_a_greeting_after_the_callers_first_words_asks_it() -> None:
    # the caller spoke first: "hello, what's the matter?" is the trainee's own open question
    assert _open([
        (0, "caller", "Morning, somebody's dumped a car and a heap of rubbish in our lane.",
         None),
        (9, "trainee", "Hello, right, what's the matter?", None),
        (12, "caller", "Mattresses, bags, and a silver car with no plates.", None),
    ]) == "met"


# --- an address established in time ------------------------------------------------------------

def _noise_address(asked_at: float, given_at: float) -> str:
    return item_mark("neighbour-noise-asb", "location-first", [
        (0, "caller", "It's next door again with the music, it's two in the morning.", None),
        (asked_at, "trainee", "What's your address, please?", None),
        (given_at, "caller", "19 Cranbrook Avenue, Hull.", ["address"]),
    ]).status


def test_an_address_given_after_the_limit_was_not_established_in_time() -> None:
    assert _noise_address(28, 32) != "met"


def test_an_address_given_inside_the_limit_was() -> None:
    assert _noise_address(15, 19) == "met"


# --- adjustments for his dyslexia --------------------------------------------------------------

def _adjustments(line: str) -> str:
    return item_mark("complaint-schedule-3", "adjustments", [
        (0, "caller", "I want to complain about an officer who stopped me.", None),
        (60, "caller", "And don't send me letters, I'm dyslexic, I can't do forms.",
         ["dyslexia"]),
        (66, "trainee", line, None),
    ]).status


def test_the_complaint_gone_through_with_him_is_no_adjustment() -> None:
    assert _adjustments("Standards will contact you within a fortnight to go through it with "
                        "you.") != "met"


def test_contact_by_phone_instead_of_letters_is_one() -> None:
    assert _adjustments("No problem, we'll ring you instead of writing to you.") == "met"


# --- whom a question is about -----------------------------------------------------------------

def _subject(scenario: str, text: str, before: tuple[str, ...] = ()) -> str:
    understanding = understanding_of(load_scenario(resolve(scenario)))
    context = Context()
    for line in before:
        context = context.after(understanding.analyse(line, context))
    readings = understanding.analyse(text, context).intents
    return readings[-1].subject if readings else "(nothing heard)"


def test_a_camera_put_first_as_a_neighbours_is_theirs() -> None:
    assert _subject("burglary-next-morning",
                    "Mr Khan's camera, does it point at your drive at all?") == "neighbour"


def test_a_statements_pronoun_subject_is_whom_she_means_next() -> None:
    assert _subject("missing-person-vulnerable", "and where did anyone last see her",
                    ("So she left the school gates with her friend.",)) == "missing_person"


def test_a_little_brother_of_the_missing_girl_is_the_child() -> None:
    assert _subject("missing-person-vulnerable",
                    "Is Priya's little brother in the house with your wife?") == "child"


# --- a leave, then a prohibition of its own, through the interpreter ------------------------

def _told_through(text: str) -> list[tuple[str, str]]:
    understanding = understanding_of(load_scenario(resolve("interpreter-caller")))
    return [(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents
            if r.intent == "safety_advice"]


@pytest.mark.parametrize("text", [
    # unpunctuated, the "but" after "go" still cuts the leave from the prohibition
    "tell him he is okay to look out of the window where they go but he must not go down",
    "say to him its alright to watch from upstairs. he must not go out to them",
])
def test_a_prohibition_after_a_leave_is_advice_not_the_leaves_reason(text: str) -> None:
    assert ("safety_advice", "affirm") in _told_through(text), text


def test_a_leave_alone_is_still_no_advice() -> None:
    assert ("safety_advice", "affirm") not in _told_through(
        "tell him its fine to watch them from the window")


# --- disowning a blame in so many words ---------------------------------------------------------

def _impartial(line: str) -> str:
    return item_mark("complaint-schedule-3", "impartial", [
        (0, "caller", "I want to complain about the officer who pulled me over on Friday.", None),
        (10, "trainee", line, None),
        (16, "caller", "He said my car was too nice for someone like me.", None),
    ]).status


def test_a_blame_disowned_with_stress_is_not_said() -> None:
    assert _impartial("I'm not for a minute suggesting you must have done something, I just "
                      "need the details. What did he say?") == "met"


def test_the_blame_said_is_still_said() -> None:
    assert _impartial("Well you must have done something for him to stop you.") != "met"


# --- "I'm here" said while the handler works ----------------------------------------------------

def _comfort(line: str) -> str:
    return item_mark("domestic-abuse-children", "reassurance", [
        (0, "caller", "Please, he's trying to get through the bedroom door.", None),
        (6, "trainee", "What's the address?", None),
        (9, "caller", "9 Harebell Close, Thornaby.", ["address"]),
        (40, "trainee", line, None),
        (44, "caller", "Okay.", None),
    ]).status


def test_im_here_while_typing_is_no_reassurance() -> None:
    assert _comfort("Yep, I'm still here, I'm just logging it all now.") != "met"


def test_im_here_with_you_as_comfort_still_is() -> None:
    assert _comfort("I'm here with you, you're doing really well.") == "met"
