"""Session 22: intents read the opposite way, not heard, or heard where none was labelled,
found on v28 and v29 (first read this session) and checked against the older development
sets and the held-back authors. One test per cause, in new wording (no line of any set):
the form alone where it decides, the whole reader where the turn's readings do."""

from __future__ import annotations

from scoring.text import is_question
from scoring.understanding import Context, Understanding
from scoring.understanding.noted_back import noted_details, noted_summary
from scoring.understanding.polarity import polarity
from scoring.understanding.waivers import waiver


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- the thing needless said first, its need denied after it (v28, training m) ---------------


def test_a_thing_that_is_not_something_needed_is_waived() -> None:
    assert polarity("vehicle_description", "the registration isn't something we need tonight",
                    asking=False) == "negate"
    assert polarity("signpost", "Citizens Advice is not something you need to ring about this",
                    asking=False) == "negate"


def test_a_need_denied_of_the_thing_itself_is_waived() -> None:
    assert polarity("signpost", "this one doesn't need the housing office", asking=False) == (
        "negate")


def test_a_question_about_that_need_still_asks() -> None:
    assert polarity("anyone_injured", "she doesn't need a paramedic, does she?",
                    asking=True) == "affirm"


def test_something_the_handler_can_do_is_no_need_denied() -> None:
    assert polarity("next_steps", "an officer visiting is something we can arrange",
                    asking=False) == "affirm"


# --- a question reported, then said not to matter (v26, v28) ---------------------------------


def test_a_reported_question_that_does_not_matter_asks_nothing() -> None:
    assert not is_question("where she bought it doesn't matter right now")
    assert not is_question("whether they're related isn't important")
    assert not is_question("how tall he was can wait")


def test_a_question_put_still_asks() -> None:
    assert is_question("how tall was he")
    assert is_question("where she bought it")
    assert is_question("how long has it mattered to you")


def test_a_reported_question_not_mattering_is_the_question_waived(
        understanding: Understanding) -> None:
    heard = read(understanding, "Where he works doesn't matter for now, is he at home?")
    assert ("suspect_present", "affirm") in heard
    assert all(polarity == "negate" or intent == "suspect_present"
               for intent, polarity in heard)


# --- a detail left out by the handler ("we can leave out …", the definitions) ----------------


def test_the_handler_leaving_a_detail_out_waives_it() -> None:
    found = waiver("we can leave out your middle name")
    assert found is not None and "middle name" in found.topic
    assert waiver("I'll skip the postcode") is not None


def test_a_detail_left_out_by_the_handler_is_negated(understanding: Understanding) -> None:
    assert read(understanding, "We can leave out the registration, the colour will do.") == {
        ("vehicle_description", "negate")}


# --- "please" before a waiver of its own (v9, v17, v29) --------------------------------------


def test_please_before_a_waiver_keeps_it() -> None:
    assert waiver("please don't feel you must give me his date of birth") is not None
    assert waiver("please don't worry about the exact address") is not None


def test_please_before_a_telling_forbidden_to_others_is_no_waiver() -> None:
    assert waiver("please don't tell anyone you've called us") is None


# --- advice recalled, then withdrawn (the mirror of "… and that still stands") ---------------


def test_advice_recalled_and_withdrawn_is_lifted(understanding: Understanding) -> None:
    heard = read(understanding,
                 "Before, I told you to stay in the bathroom, but that no longer applies.")
    assert ("safety_advice", "negate") in heard
    assert ("safety_advice", "affirm") not in heard


def test_advice_recalled_and_kept_still_advises(understanding: Understanding) -> None:
    heard = read(understanding, "Before, I told you to stay in the bathroom, and that still "
                                "stands.")
    assert ("safety_advice", "affirm") in heard


# --- the silent caller told not to press again (the definitions) -----------------------------


def test_pressing_again_forbidden_is_the_silent_solution_negated() -> None:
    assert polarity("silent_solution", "please don't tap the phone any more", asking=False) == (
        "negate")
    assert polarity("silent_solution", "never press the buttons again now", asking=False) == (
        "negate")


def test_speaking_forbidden_is_still_the_silent_solution() -> None:
    assert polarity("silent_solution", "don't say anything, just press the buttons",
                    asking=False) == "affirm"


# --- an agency's part denied is no question waived -------------------------------------------


def test_an_agency_not_involved_with_a_thing_named_is_the_signpost_refused(
        understanding: Understanding) -> None:
    heard = read(understanding, "the rspca wont need to get involved with the barking today")
    assert heard == {("signpost", "negate")}


# --- what the handler knows of the caller, after a waiver, is no comfort (v21, v29) ----------


def test_what_the_handler_knows_after_a_waiver_comforts_no_one(
        understanding: Understanding) -> None:
    heard = read(understanding, "No need to keep pressing the buttons, I can tell you're "
                                "listening.")
    assert ("reassurance", "affirm") not in heard
    assert ("silent_solution", "negate") in heard


# --- one note closing a list of details notes them all (v15, v19, v28) -----------------------


def test_a_note_after_a_list_of_details_notes_each_of_them() -> None:
    parts = ["Right silver Fiesta", "R J six four", "noted"]
    turn = "Right, silver Fiesta, R J six four, noted."
    assert noted_details(parts, turn, {parts[0], parts[1]}) == {parts[0], parts[1]}
    # (a check asked for keeps them read back)
    asked = "Right, silver Fiesta, R J six four, is that right?"
    assert noted_details(["Right silver Fiesta", "R J six four is that right"], asked,
                         {"Right silver Fiesta", "R J six four is that right"}) == set()


def test_a_summary_closed_by_okay_is_noted() -> None:
    turn = "Red Vauxhall Corsa, parked outside the chemist, okay."
    parts = ["Red Vauxhall Corsa", "parked outside the chemist okay"]
    assert noted_summary(parts, turn, {turn})
    assert not noted_summary(parts, turn.replace("okay.", "okay?"),
                             {turn.replace("okay.", "okay?")})


def test_a_note_of_details_is_a_statement(understanding: Understanding) -> None:
    analysis = understanding.analyse("Okay, side gate, forced off its hinges, I've noted that.",
                                     Context())
    assert analysis.act == "statement"
    assert not analysis.intents


# --- the time alone asked after the last sighting is the sighting's (v10, v29) ---------------


def test_the_time_after_a_last_sighting_is_last_seen(understanding: Understanding) -> None:
    heard = read(understanding, "Where did you last see him, and about what time was that?")
    assert heard == {("last_seen", "affirm")}


def test_the_time_of_another_event_is_still_when_it_happened(
        understanding: Understanding) -> None:
    heard = read(understanding, "When did the van get broken into, and what time was that?")
    assert ("when_happened", "affirm") in heard


# --- a request put after a waiver is still asked (the definitions; v28) ----------------------


def test_a_request_after_a_waiver_still_asks(understanding: Understanding) -> None:
    heard = read(understanding, "Forget his surname for now, just tell me which way he ran.")
    assert ("direction_of_travel", "affirm") in heard
    assert ("suspect_description", "negate") in heard


# --- a thing hung on to is kept, not the line held (v10 to v28) ------------------------------


def test_a_thing_hung_on_to_is_no_staying_on_the_line(understanding: Understanding) -> None:
    heard = read(understanding, "You needn't hold onto the doorbell video now, we've saved it.")
    assert all(intent != "stay_on_line" for intent, _ in heard)


def test_hanging_on_to_the_line_is_still_the_line(understanding: Understanding) -> None:
    assert ("stay_on_line", "affirm") in read(understanding, "Hang on to the line, Sandra.")


# --- a going that is only the way to the deed after it (v6, v22, v29) ------------------------


def test_a_need_denied_reaches_the_deed_after_the_going(understanding: Understanding) -> None:
    heard = read(understanding, "No need for your dad to come over and change the locks today.")
    assert ("crime_prevention", "negate") in heard
    assert ("crime_prevention", "affirm") not in heard


def test_a_leave_for_someone_reaches_the_deed_after_the_going(
        understanding: Understanding) -> None:
    heard = read(understanding, "It's fine for your sister to pop round and wash the pots now.")
    assert ("scene_preservation", "negate") in heard
    assert ("scene_preservation", "affirm") not in heard


def test_a_going_forbidden_still_advises(understanding: Understanding) -> None:
    assert ("safety_advice", "affirm") in read(understanding, "Don't go round and argue with them.")
