"""Session 27: labelled intents not heard at all, or read the opposite way, on v40, v41 and
v42 (first read this session), each cause looked for in the older development sets and the
held-back authors. One test per cause, in new wording (no line of any set): a statement
with a tag is a question, whether the tag is negative and said after a comma, hedged after
("…, has he, as far as you know?") or nearest a question by resemblance only; a verb that
goes on from the handler's request of the caller ("I'm going to ask you to … and …") is the
caller's to do; "I don't think there's any need" denies the need; the timing is the time."""

from __future__ import annotations

import pytest

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.clause_form import goes_on_from
from scoring.understanding.polarity import NOT_NEEDED, is_tag_question, spelled
from scoring.understanding.waivers import named_by_asking


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a statement with a tag asks (v40, v41; the older sets' tags) ------------------------------


@pytest.mark.parametrize("text", [
    "He's still breathing, isn't he?",
    "They drove off in a van, didn't they?",
    "You live on your own, don't you, Pat?",
])
def test_a_negative_tag_stays_with_its_statement(text: str) -> None:
    assert len(clauses(text)) == 1


def test_a_negative_tag_alone_is_still_cut_from_an_order() -> None:
    # (a tag is a tag only where a statement stands before it in the same sentence)
    assert len(clauses("Stay on the line. Isn't that easier?")) == 2


@pytest.mark.parametrize("clause", [
    "he hasn't been in trouble before has he as far as you know",
    "she wasn't on any tablets was she that you know of",
])
def test_a_tag_hedged_after_still_asks(clause: str) -> None:
    assert is_tag_question(clause)


def test_a_hedge_alone_is_no_tag() -> None:
    assert not is_tag_question("she takes tablets for her heart as far as you know")


def test_a_positive_statement_with_a_negative_tag_asks(understanding: Understanding) -> None:
    got = read(understanding, "He's breathing okay, isn't he?")
    assert ("breathing_conscious", "affirm") in got


def test_a_negative_statement_with_a_hedged_tag_asks(understanding: Understanding) -> None:
    got = read(understanding, "He hasn't got any health problems, has he, as far as you know?")
    assert ("medical_conditions", "affirm") in got


# --- a verb going on from the handler's request of the caller (v40; v14, v22, v33) -------------


def test_a_verb_after_the_request_is_the_callers() -> None:
    turn = "I'm going to ask you to lock the door and stay in the back room."
    assert not goes_on_from("I'm going to ask you to lock the door", "stay in the back room",
                            turn)


def test_a_verb_after_the_service_still_goes_on_from_it() -> None:
    turn = "An officer will come round and take a statement."
    assert goes_on_from("An officer will come round", "take a statement", turn)


def test_advice_after_the_request_is_heard(understanding: Understanding) -> None:
    got = read(understanding, "I'm going to need you to keep the phone to your ear and stay "
                              "in the bathroom with the kids.")
    assert ("safety_advice", "affirm") in got


# --- the need denied, hedged (v40; v10, v16 and the training authors hedge "we need") ---------


@pytest.mark.parametrize("clause", [
    "I don't think there's any need for you to read it out",
    "i dont think there's any need to give me his age",
])
def test_no_need_hedged_denies_it(clause: str) -> None:
    assert NOT_NEEDED.search(spelled(clause))


def test_a_need_hedged_is_read_negated(understanding: Understanding) -> None:
    got = read(understanding, "I don't think there's any need for you to give me your "
                              "mobile number.")
    assert ("callback_number", "negate") in got
    assert ("callback_number", "affirm") not in got


# --- the timing is the time (v42; "exact times" of the library) --------------------------------


@pytest.mark.parametrize("topic", ["the timing", "the timings", "the exact timing"])
def test_the_timing_names_the_time(topic: str) -> None:
    assert named_by_asking(topic) == "when_happened"


# --- the force's desk before the answering formula (v29, v35, v41) -----------------------------


@pytest.mark.parametrize("text, question", [
    ("Humberside Police, complaints line, how can I help you?", "how can I help you"),
    ("thank you for calling essex police resolution team how can i help", "how can i help"),
])
def test_the_desk_is_left_out_of_the_formula(text: str, question: str) -> None:
    assert clauses(text) == [question]


def test_the_formula_after_the_desk_asks_what_happened(understanding: Understanding) -> None:
    got = read(understanding, "Leicestershire Police complaints and resolution, how can I "
                              "help you today?")
    assert ("what_happened", "affirm") in got


# --- a reason run on after a spoken waiver (v21, v29, v32, v41, held-back authors) -------------


@pytest.mark.parametrize("text, cut", [
    ("you dont need to give me the postcode again ive found it on the map",
     ["you dont need to give me the postcode again", "i've found it on the map"]),
    ("no need to wait in for the officer its all been done over the phone",
     ["no need to wait in for the officer", "its all been done over the phone"]),
])
def test_a_reason_run_on_after_a_spoken_waiver_is_its_own_clause(text: str,
                                                                 cut: list[str]) -> None:
    assert clauses(text) == cut


def test_a_subject_inside_the_waived_question_opens_no_reason() -> None:
    assert len(clauses("no need to tell me what its like in there")) == 1


def test_the_line_let_off_past_a_spoken_reason(understanding: Understanding) -> None:
    got = read(understanding, "you dont need to stay on the phone weve got officers there now")
    assert ("stay_on_line", "negate") in got


# --- a name spelt, said by "it" or the surname alone (v34, v40, held-back authors) ------------


@pytest.mark.parametrize("text", ["You needn't spell that for me, Dawn, I've found you.",
                                  "no need to spell kowalski again love ive got it"])
def test_a_name_spelt_is_the_name_waived(understanding: Understanding, text: str) -> None:
    assert ("caller_name", "negate") in read(understanding, text)


def test_the_thing_spelt_named_stays_that_thing(understanding: Understanding) -> None:
    got = read(understanding, "No need to spell out the registration for me.")
    assert ("vehicle_description", "negate") in got
    assert ("caller_name", "negate") not in got


# --- the fault owned (v41; v15, v18) -----------------------------------------------------------


def test_the_fault_owned_apologises(understanding: Understanding) -> None:
    got = read(understanding, "Sorry, that was my mistake, I read the wrong number out.")
    assert ("apology", "affirm") in got


def test_the_callers_fault_denied_still_comforts(understanding: Understanding) -> None:
    got = read(understanding, "None of this is your fault, love.")
    assert ("apology", "affirm") not in got
