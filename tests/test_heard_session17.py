"""Session 17: labelled intents not heard, or read the opposite way. One test per cause found
across development authors, in new wording (not lines of any blind or training set): the rule
alone where it decides, the whole reader where the turn's readings do."""

from __future__ import annotations

from scoring.intents import clauses
from scoring.text import tagged_with_name
from scoring.understanding import Context, Understanding
from scoring.understanding.polarity import polarity
from scoring.understanding.waivers import waiver


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a need denied in the future passive, the detail its subject ----------------------------


def test_a_detail_that_will_not_be_needed_is_waived() -> None:
    assert polarity("date_of_birth", "his date of birth won't be needed tonight",
                    asking=False) == "negate"
    assert polarity("callback_number", "a second number will not be required", asking=False) == (
        "negate")
    # the need said, not denied, still asks
    assert polarity("callback_number", "a second number will be needed", asking=False) == (
        "affirm")


def test_the_detail_not_needed_later_is_heard_negated(understanding: Understanding) -> None:
    assert ("date_of_birth", "negate") in read(
        understanding, "Your date of birth won't be needed for a report like this.")


# --- a reproach denied is comfort, not comfort refused ---------------------------------------


def test_not_blaming_the_caller_comforts() -> None:
    assert polarity("reassurance", "I don't blame you at all", asking=False) == "affirm"
    assert polarity("reassurance", "we wouldn't judge you for ringing", asking=False) == (
        "affirm")
    # comfort refused is still its opposite
    assert polarity("reassurance", "I can't tell you he'll be alright", asking=False) == (
        "negate")


def test_not_blaming_is_read_one_way_only(understanding: Understanding) -> None:
    heard = read(understanding, "Anyone would be worn out by now, and I don't blame you one bit.")
    assert ("reassurance", "affirm") in heard
    assert ("reassurance", "negate") not in heard


# --- people let into a room, by leave, where the whole clause resembled nothing -------------


def test_leave_to_let_someone_into_a_room_lifts_the_scene(understanding: Understanding) -> None:
    heard = read(understanding, "Feel free to let your daughter in the dining room now.")
    assert ("scene_preservation", "negate") in heard


def test_a_room_left_alone_by_leave_is_not_read_as_a_room_let_in(
        understanding: Understanding) -> None:
    # nothing of a room's people: no scene lifted by form
    assert ("scene_preservation", "negate") not in read(
        understanding, "Feel free to put the kettle on now.")


# --- a detail put off: "I'd leave X for now", "we can come back to X" -------------------------


def test_the_handlers_conditional_leaves_a_detail_for_later() -> None:
    found = waiver("I'd leave her medication for the moment")
    assert found is not None
    assert found.topic == "her medication"


def test_a_thing_left_as_it_is_for_now_is_advice_not_a_waiver() -> None:
    assert waiver("I'd leave the car exactly as it is for now") is None
    assert waiver("I'd leave the shed door open for now") is None


def test_coming_back_to_a_detail_puts_it_off() -> None:
    found = waiver("we'll come back to his date of birth")
    assert found is not None
    assert found.topic == "his date of birth"
    reported = waiver("we can come back to where he works later")
    assert reported is not None
    assert reported.topic.startswith("where he works")


def test_coming_back_to_a_person_or_a_place_puts_nothing_off() -> None:
    assert waiver("we'll come back to you tomorrow with an update") is None
    assert waiver("I'll come back to the garage in a bit") is None
    assert waiver("we can come back to that") is None  # (a pronoun names nothing here)


def test_a_detail_put_off_before_a_question_is_heard(understanding: Understanding) -> None:
    heard = read(understanding, "We can come back to Tom's date of birth. Where was he going?")
    assert ("date_of_birth", "negate") in heard


# --- a tag question with the caller's name after it, unpunctuated ----------------------------


def test_a_tag_and_a_name_stay_with_the_statement() -> None:
    assert clauses("there's nobody else in the flat is there sandra") == [
        "there's nobody else in the flat is there sandra"]
    assert clauses("you havent been hit yourself have you tony") == [
        "you havent been hit yourself have you tony"]


def test_a_new_question_is_still_cut_from_the_statement() -> None:
    # the auxiliary is not the statement's own: a new yes/no question
    assert len(clauses("the window got smashed is he there")) == 2
    assert len(clauses("he kicked the car door is it damaged")) == 2


def test_the_tag_rule_needs_the_statements_own_auxiliary() -> None:
    said = "theres nobody in the garden is there lee".split()
    assert tagged_with_name(said, len(said) - 3)
    asked = "he ran off towards the park is he hurt".split()
    assert not tagged_with_name(asked, len(asked) - 3)


def test_a_last_word_that_asks_of_him_is_no_name() -> None:
    # "is he" repeats "he's", but what follows asks something new of him, not whom
    # the turn is said to (the caller's bench lost this follow-up to the tag rule)
    asked = "he's stood by the bins again is he swearing".split()
    assert not tagged_with_name(asked, len(asked) - 3)
    assert len(clauses("he's stood by the bins again is he swearing")) == 2
    named = "he's stood by the bins again is he dean".split()
    assert tagged_with_name(named, len(named) - 3)


def test_the_tagged_statement_asks_its_question(understanding: Understanding) -> None:
    heard = read(understanding, "there's no kids in the flat with you is there sandra")
    assert ("children_present", "affirm") in heard

