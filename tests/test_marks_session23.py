"""Subjects and non-critical marks read from v28 to v32's disagreements (session 23), each
cause checked against the older development sets. Every line here is new wording, not a line
of any blind set: the form alone where it decides, the whole reader where the turn's
readings do."""

from __future__ import annotations

import pytest

from scoring.intents import clauses, said_slowly
from scoring.text import is_question
from scoring.understanding.staying_put import line_checked
from scoring.understanding.tagged_summary import put_back_with_tag
from tests.reading_helpers import affirmed, read


def _subjects(line: str, scenario: str, intent: str) -> set[str]:
    return {r.subject for r in read(line, scenario).intents if r.intent == intent}


# --- a kin word's 's unwritten before what is theirs (v32; the definitions' "nani") ----------


@pytest.mark.parametrize("line", [
    "and what's her grans mobile",
    "can you give me her aunties number",
    "what is her mums phone number",
])
def test_her_kin_with_the_s_unwritten_is_that_relative(line: str) -> None:
    assert _subjects(line, "missing-person-vulnerable", "callback_number") == {"relative"}, line


def test_her_own_number_is_still_hers() -> None:
    assert _subjects("what's her phone number", "missing-person-vulnerable",
                     "callback_number") == {"missing_person"}


# --- a title and name put before the question about them (v8, v11, v28, v29) -----------------


@pytest.mark.parametrize("line", [
    "Mrs Grant, the lady at the end, do you have a number for her?",
    "PC Walsh, does he work out of the town centre station?",
    "Mr Okoro, is he the one who owns the shop?",
])
def test_a_name_put_first_then_a_question_asks(line: str) -> None:
    assert is_question(line.rstrip("?"))


@pytest.mark.parametrize("line", [
    "PC 4471, is that right",
    "Mr Okoro, the shop owner",
    "Mrs Grant at number nine",
])
def test_a_name_said_back_or_alone_asks_nothing_by_it(line: str) -> None:
    assert not is_question(line)


def test_a_number_for_someone_named_first_is_theirs() -> None:
    analysis = read("Mr Collins, the farmer, could I get a phone number for him?",
                    "non-police-matter")
    assert ("callback_number", "other") in {(r.intent, r.subject) for r in analysis.intents}


# --- a question relayed through an interpreter is a question (eight authors' attempts) --------


@pytest.mark.parametrize("line", [
    "ask him if the lads have left yet",
    "Ask him whether anyone got hurt.",
    "ask her where the car is parked now",
])
def test_a_question_relayed_is_asked(line: str) -> None:
    assert {a.kind for a in read(line, "interpreter-caller").acts} == {"question"}, line


def test_asking_him_to_do_something_tells() -> None:
    assert {a.kind for a in read("Ask him to keep the front door shut.",
                                 "interpreter-caller").acts} == {"instruction"}


# --- a sentence said a word at a time (v10, v11, v13, v15, v17, v29) --------------------------


def test_words_said_one_at_a_time_are_one_sentence() -> None:
    assert said_slowly("Is. Anyone. Hurt?") == "Is Anyone Hurt?"
    assert said_slowly("Sorry about that. Where. Is. The. Car?") == (
        "Sorry about that. Where Is The Car?")
    assert said_slowly("Okay. Where is he now?") == "Okay. Where is he now?"


def test_a_question_said_a_word_at_a_time_is_heard() -> None:
    assert "suspect_present" in affirmed(read("Are. They. Still. Outside?", "interpreter-caller"))


# --- a span of time is one when (v32) ---------------------------------------------------------


def test_between_two_times_is_not_cut_at_and() -> None:
    assert len(clauses("an officer can come friday between ten and twelve does that suit you")) == 1
    assert len(clauses("we can do monday between 9am and 11am")) == 1


def test_a_booking_put_to_the_caller_reads_nothing_back() -> None:
    analysis = read("ill book you in with an officer saturday between one and three is that ok",
                    "burglary-next-morning")
    assert "confirm_details" not in affirmed(analysis)


# --- a cleft put back with a tag is a read-back (v32) -----------------------------------------


@pytest.mark.parametrize("line", [
    "So it was your neighbour who rang us first, yeah?",
    "So it's the taller lad that threw the bottle, right?",
])
def test_a_cleft_put_back_with_a_tag_reads_back(line: str) -> None:
    assert put_back_with_tag(line), line


def test_a_question_word_with_a_tag_still_asks() -> None:
    assert not put_back_with_tag("So who was it that rang us first, yeah?")


# --- "are you still there?" checks the line, not the offender (v10 to v28) --------------------


@pytest.mark.parametrize(("clause", "turn"), [
    ("are you still with me", "Are you still with me?"),
    ("you still there love", "You still there love?"),
    ("still there", "Hiya? Still there?"),
])
def test_the_caller_asked_if_still_on_the_line(clause: str, turn: str) -> None:
    assert line_checked(clause, turn)


@pytest.mark.parametrize(("clause", "turn"), [
    ("is he still there", "Is he still there?"),
    ("are the lads still there", "Are the lads still there?"),
    ("still there", "The car, still there?"),
])
def test_someone_else_still_there_is_not_the_line(clause: str, turn: str) -> None:
    assert not line_checked(clause, turn)


def test_the_line_checked_asks_nothing_of_the_offender() -> None:
    assert "suspect_present" not in affirmed(read("Hello? Are you still on the line?",
                                                  "silent-999-call"))
    assert "suspect_present" in affirmed(read("Is he still in the flat?", "silent-999-call"))


# --- what the officers will do, asked, is no advice (v28, v30) --------------------------------


def test_asking_how_the_officers_get_in_advises_nothing() -> None:
    analysis = read("How will the officers get into the flats?",
                    "concern-for-welfare-mental-health")
    assert not affirmed(analysis) & {"safety_advice", "scene_preservation"}


def test_asking_to_stay_in_until_officers_come_still_advises() -> None:
    assert "safety_advice" in affirmed(read("Can you stay in the bedroom until the officers come?",
                                            "domestic-abuse-children"))


# --- the agency the caller is sent to is no suspect (signpost) --------------------------------


@pytest.mark.parametrize("line", [
    "The council handle that, so it's best to phone them on Monday.",
    "You'll want to get in touch with them about the car.",
])
def test_ringing_the_agency_is_about_the_caller(line: str) -> None:
    assert _subjects(line, "non-police-matter", "signpost") <= {"caller"}
    assert _subjects(line, "non-police-matter", "signpost")


# --- "callback number" is the caller's number asked for or waived ---------------------------


def test_a_callback_number_waived_is_the_callback_number() -> None:
    analysis = read("We won't be needing a callback number from you, it's come up here.",
                    "neighbour-noise-asb")
    assert ("callback_number", "negate") in {(r.intent, r.polarity) for r in analysis.intents}


def test_the_callback_number_for_now_is_the_callers() -> None:
    assert _subjects("Let's skip the callback number for now.", "neighbour-noise-asb",
                     "callback_number") <= {"caller"}
