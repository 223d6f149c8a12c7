"""Session 26: intents read the opposite way or not heard because a form rule set them
aside, on v37, v38 and v39 (first read this session), each cause looked for in the older
development sets and the held-back authors. One test per cause, in new wording (no line of
any set): a question put after a waiver is asked past a negative said as a remark, and
"just" before a question word asks; a meant question dropped in a word or two; a detail's
need denied past a remark about it; a thing named after an article and an adjective opens no
clause; an agency kept out or not to be got on to; "you can forget" and "don't fuss about"
waive; "you can" beside the examiners done is leave; a worry said needless comforts."""

from __future__ import annotations

import pytest

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.polarity import asks, polarity
from scoring.understanding.waivers import waiver


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a question put after a waiver (v37, v39, held-back authors) ------------------------------


@pytest.mark.parametrize("clause", [
    "just roughly what time did he get home",
    "just where is the van parked now",
    "just which way did they run off",
])
def test_just_before_a_question_word_asks(clause: str) -> None:
    assert asks(clause)


@pytest.mark.parametrize("clause", ["just stay where you are", "just keep the gate shut"])
def test_just_before_an_order_still_tells(clause: str) -> None:
    assert not asks(clause)


def test_a_request_after_a_waiver_asks_past_a_remark(understanding: Understanding) -> None:
    got = read(understanding, "Never mind the time, just tell me where she is on the road.")
    assert ("location", "affirm") in got
    assert ("when_happened", "negate") in got


def test_a_lead_in_after_a_waiver_asks_nothing_of_its_own(
        understanding: Understanding) -> None:
    got = read(understanding, "No need for the date, just tell me, is anybody bleeding?")
    assert ("anyone_injured", "affirm") in got
    assert ("what_happened", "affirm") not in got


# --- a meant question dropped in a word or two (v39) ------------------------------------------


@pytest.mark.parametrize("text, intent", [
    ("I was about to ask how old the lad is, but never mind.", "date_of_birth"),
    ("I was going to ask about the number plate, but forget it.", "vehicle_description"),
])
def test_a_meant_question_dropped_in_a_word_or_two_is_waived(
        understanding: Understanding, text: str, intent: str) -> None:
    got = read(understanding, text)
    assert (intent, "negate") in got
    assert (intent, "affirm") not in got


def test_a_meant_question_put_after_all_is_asked(understanding: Understanding) -> None:
    got = read(understanding, "I was going to ask about the van, is it still outside?")
    assert not any(p == "negate" for _, p in got)


# --- a detail's need denied, past a remark about it (v37) -------------------------------------


def test_a_detail_not_needed_is_waived_past_a_remark(understanding: Understanding) -> None:
    got = read(understanding, "You don't need the officer's collar number for me to record "
                              "this, I can find him from the date.")
    assert ("officer_details", "negate") in got


# --- a thing named after an article and an adjective (v25, v39, spoken) ------------------------


def test_a_thing_after_an_adjective_opens_no_clause() -> None:
    assert clauses("you wont need a new lock on the shed the hasp is fine") == [
        "you wont need a new lock on the shed the hasp is fine"]


def test_a_new_lock_not_needed_is_the_advice_negated(understanding: Understanding) -> None:
    got = read(understanding, "you wont need a new lock on the shed the hasp is fine")
    assert ("crime_prevention", "negate") in got
    assert ("crime_prevention", "affirm") not in got


# --- an agency kept out, or not to be got on to (v36, v39) ------------------------------------


@pytest.mark.parametrize("clause", [
    "we're keeping the housing office out of this one",
    "please don't get in touch with the RSPCA about the dog",
    "don't get onto the council tonight",
])
def test_an_agency_kept_out_is_the_signpost_negated(clause: str) -> None:
    assert polarity("signpost", clause, asking=False) == "negate"


def test_an_agency_to_get_on_to_is_the_signpost(understanding: Understanding) -> None:
    assert polarity("signpost", "you can get on to the council about the bins on Monday",
                    asking=False) == "affirm"


# --- "you can forget", "don't fuss about" (v39) ------------------------------------------------


@pytest.mark.parametrize("clause", ["ok you can forget his surname then",
                                    "don't fuss about which way they went"])
def test_a_detail_forgotten_or_not_fussed_over_is_waived(clause: str) -> None:
    assert waiver(clause) is not None


def test_fuss_alone_waives_nothing() -> None:
    assert waiver("don't fuss love") is None


# --- "you can" beside the examiners done (v38) -------------------------------------------------


def test_you_can_beside_the_examiners_done_lets_the_scene_go(
        understanding: Understanding) -> None:
    got = read(understanding, "You can sit down and use the lounge now, the CSI team have "
                              "finished.")
    assert ("scene_preservation", "affirm") not in got


def test_you_can_without_the_examiners_done_may_suggest(understanding: Understanding) -> None:
    got = read(understanding, "You can wedge a chair under the handle and stay in the bedroom.")
    assert ("safety_advice", "negate") not in got


# --- a worry said needless comforts (the definitions: "don't worry" alone comforts) -----------


@pytest.mark.parametrize("clause", ["there's no need to be frightened", "you don't have to worry"])
def test_a_worry_said_needless_comforts(clause: str) -> None:
    assert polarity("reassurance", clause, asking=False) == "affirm"


def test_comfort_declined_is_still_refused() -> None:
    assert polarity("reassurance", "I can't tell you it'll all be fine", asking=False) == "negate"


# --- the silent caller's signal, its worry lifted (v38, training j) ----------------------------


def test_a_signal_not_to_be_worried_about_is_let_off(understanding: Understanding) -> None:
    got = read(understanding, "Don't worry about coughing again, I know you're still with me.")
    assert ("silent_solution", "negate") in got
    assert ("reassurance", "affirm") not in got


def test_a_remark_after_a_waiver_asks_nothing(understanding: Understanding) -> None:
    got = read(understanding, "You needn't go over what the lad looks like again, the police "
                              "have it.")
    assert not any(p == "affirm" for _, p in got)


# --- the handler's own doing set against a refusal by "but" (held-back r) ----------------------


def test_a_duty_set_against_a_refusal_is_no_reason_for_it(understanding: Understanding) -> None:
    got = read(understanding, "If you'd prefer not to make it formal I could talk you through "
                              "the informal route, but with a racism allegation I have to "
                              "record it.")
    assert ("complaint_recording", "affirm") in got


def test_a_fact_set_against_a_refusal_is_still_its_reason(understanding: Understanding) -> None:
    got = read(understanding, "We won't be needing a translator, but your English is great.")
    assert ("language_needs", "affirm") not in got


# --- a tap-coded question after a waiver; each thing wanted after one (v37) --------------------


def test_a_tap_coded_question_after_a_waiver_asks(understanding: Understanding) -> None:
    got = read(understanding, "I won't ask about his name, just tap once if you're safe.")
    # asked, not waived with the name; since session 28's phrasings it is heard as the tap
    # code (silent_solution) rather than the safety question (caller_safe):
    # docs/understanding.md, section 8 (session 28's losses)
    assert got & {("caller_safe", "affirm"), ("silent_solution", "affirm")}
    assert ("caller_safe", "negate") not in got and ("silent_solution", "negate") not in got


def test_each_thing_wanted_after_a_waiver_is_asked(understanding: Understanding) -> None:
    got = read(understanding, "i dont need the reg mate just your name and a number")
    assert {("caller_name", "affirm"), ("callback_number", "affirm")} <= got
