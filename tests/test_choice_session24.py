"""Session 24: the wrong intent chosen, or another one affirmed beside the labelled one,
on v33 and v34 (first read this session), each cause looked for in the older development
sets and the held-back authors. One test per cause, in new wording (no line of any set): a
phone kept for a call to come holds no line; the caller asked to read something out reads
nothing back; how someone is known to the caller is asked by the question's form."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.callers_reading import caller_reads
from scoring.understanding.known_to_caller import asks_how_known
from scoring.understanding.phone_kept import kept_for_a_call
from scoring.understanding.qualifiers import says_when
from scoring.understanding.step_carried_on import listed_after
from scoring.understanding.written_there import where_written


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a phone kept for a call to come (v31, v34, acts_n) ----------------------------------------


@pytest.mark.parametrize("clause", [
    "leave your mobile free tonight",
    "keep your phone switched on for when the detective calls",
    "have your phone on loud",
])
def test_a_phone_kept_for_later_is_kept_for_a_call(clause: str) -> None:
    assert kept_for_a_call(clause, clause)


def test_the_reason_run_on_into_the_next_clause_says_so_too() -> None:
    turn = "Keep your mobile on and charged in case your son tries you."
    assert kept_for_a_call("Keep your mobile on", turn)


@pytest.mark.parametrize("clause", [
    "keep the phone on",
    "keep the phone with you and don't hang up",
    "stay on the line",
])
def test_the_line_held_is_no_later_call(clause: str) -> None:
    assert not kept_for_a_call(clause, clause)


def test_a_phone_kept_free_holds_no_line(understanding: Understanding) -> None:
    heard = read(understanding, "Leave your mobile free tonight in case the hospital rings.")
    assert ("stay_on_line", "affirm") not in heard


def test_the_line_kept_open_still_holds_it(understanding: Understanding) -> None:
    heard = read(understanding, "Don't hang up, keep the phone to your ear for me.")
    assert ("stay_on_line", "affirm") in heard


# --- the caller asked to read out (v34, acts_o) -------------------------------------------------


@pytest.mark.parametrize("clause", [
    "could you read the note out to me",
    "read me what the letter says",
    "will you read out the text for me",
])
def test_the_caller_asked_to_read_out_reads(clause: str) -> None:
    assert caller_reads(clause)


@pytest.mark.parametrize("clause", [
    "let me read that back to you",
    "I'll read the plate back",
    "you don't need to read me the number",
])
def test_the_handler_reading_back_is_no_caller_reading(clause: str) -> None:
    assert not caller_reads(clause)


def test_a_message_read_out_by_the_caller_is_no_read_back(understanding: Understanding) -> None:
    heard = read(understanding, "What did his text say? Could you read the whole thing out "
                                "to me, word for word?")
    assert ("confirm_details", "affirm") not in heard
    # that it asks after the threat is no longer heard since session 28's phrasings:
    # docs/understanding.md, section 8 (session 28's losses)


# --- how someone is known to the caller (v9, v11, v27, v28, acts_p) ------------------------------


@pytest.mark.parametrize("clause", [
    "and how do you know the lad who's shouting outside?",
    "How did you know the woman in the other car?",
    "what's Stacey to you?",
    "so what is the bloke upstairs to you?",
])
def test_how_someone_is_known_is_asked_by_its_form(clause: str) -> None:
    assert asks_how_known(clause)


@pytest.mark.parametrize("clause", [
    "how do you know he's got a knife?",
    "how do you know it was them?",
    "what's he said to you?",
    "what's the nearest shop to you?",
])
def test_knowing_a_fact_is_no_tie_to_the_caller(clause: str) -> None:
    assert not asks_how_known(clause)


def test_the_tie_asked_of_someone_described_is_relationship(
        understanding: Understanding) -> None:
    heard = read(understanding, "How do you know the man who's banging on your window?")
    assert ("relationship", "affirm") in heard
    assert ("suspect_description", "affirm") not in heard


# --- where a detail asked after is written (v13, v27, v28, v30, v32) --------------------------


@pytest.mark.parametrize(("clause", "turn"), [
    ("it should be printed on the ticket", "What was his badge number? It should be printed on "
                                            "the ticket."),
    ("that'll be on your paperwork", "Never mind the date, that'll be on your paperwork."),
])
def test_where_a_detail_is_written_is_only_where(clause: str, turn: str) -> None:
    assert where_written(clause, turn)


def test_a_reference_spoken_of_may_be_what_is_written() -> None:
    turn = "Don't copy the crime number down, it'll be in the letter."
    assert not where_written("it'll be in the letter", turn)


def test_where_the_number_is_written_gives_no_reference(understanding: Understanding) -> None:
    heard = read(understanding, "What was the officer's shoulder number? It should be printed "
                                "on the ticket he handed you.")
    assert ("officer_details", "affirm") in heard
    assert ("reference_number", "affirm") not in heard


# --- a span of time after the question it bounds (v14, v31, v34) -------------------------------


@pytest.mark.parametrize("clause", ["either this week or last week", "today or any other time",
                                    "recently or in the past"])
def test_a_span_of_time_alone_only_says_when(clause: str) -> None:
    assert says_when(clause)


def test_a_span_after_a_question_asks_no_time(understanding: Understanding) -> None:
    heard = read(understanding, "Has he said he'll hurt you, either this week or last week?")
    assert ("threats_made", "affirm") in heard
    assert ("when_happened", "affirm") not in heard


# --- more of what a step will take, cut off after "and" (v18, v25, v34, acts_n) -----------------


def test_a_thing_listed_after_a_step_is_more_of_it() -> None:
    turn = "Someone will call in tomorrow to take a statement and a photo of the scratches."
    assert listed_after("a photo of the scratches", turn)
    assert not listed_after("Someone will call in tomorrow to take a statement", turn)


def test_a_thing_listed_after_a_step_asks_nothing(understanding: Understanding) -> None:
    heard = read(understanding, "An officer will pop round this evening to get more details "
                                "and a recent photo of your son.")
    assert ("next_steps", "affirm") in heard
    assert ("person_description", "affirm") not in heard


# --- "don't worry" with the caller's name said to them (v10, v32) --------------------------------


def test_dont_worry_and_a_name_is_comfort_not_a_name_put_aside(
        understanding: Understanding) -> None:
    heard = read(understanding, "Don't worry, Maureen, we'll look after this for you.")
    assert ("reassurance", "affirm") in heard
    assert not any(intent == "caller_name" for intent, _ in heard)


def test_a_name_put_aside_is_still_put_aside(understanding: Understanding) -> None:
    heard = read(understanding, "Don't worry about your surname for now, what's the address?")
    assert ("caller_name", "negate") in heard


# --- what someone was wearing is their description (v33; every author's form) -------------------


def test_what_she_was_wearing_when_last_seen_is_her_description(
        understanding: Understanding) -> None:
    heard = read(understanding, "What was your mum wearing when the neighbour last saw her?")
    assert ("person_description", "affirm") in heard
    assert ("last_seen", "affirm") not in heard


# --- going out to buy security is the way to the deed (v22, v33) ---------------------------------


def test_going_out_to_buy_a_lock_is_no_safety_advice(understanding: Understanding) -> None:
    heard = read(understanding, "There's no need to pop out and get a new padlock tonight, "
                                "Sanjay.")
    assert ("safety_advice", "affirm") not in heard
