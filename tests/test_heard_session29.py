"""Session 29: labelled intents not heard at all, or read the opposite way, on v47, v48, v49
and v50 (first read this session), each cause looked for in the older development sets and
the held-back authors. One test per cause, in new wording (no line of any set): the detail
wanted in place of one waived, named with "a" or said with "please", is asked; a waived
topic as near the library's remarks as a question still names it; "are you and the family"
is one subject; a vague "and that" ends its list; "when" with an inverted verb opens a
question and leave given ("you can …") an order, in run-on speech; the matter said not to
need taking to an agency, or the caller not sent to one, is the signpost refused."""

from __future__ import annotations

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.agencies import not_for_an_agency, not_sent_to_an_agency


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- the detail wanted instead of the one waived (v12, v48, v50) ------------------------------


def test_a_number_wanted_with_an_article_after_a_waiver_is_asked(
        understanding: Understanding) -> None:
    heard = read(understanding, "We won't need his date of birth, just a mobile number for you.")
    assert ("callback_number", "affirm") in heard
    assert ("date_of_birth", "negate") in heard


def test_a_detail_wanted_with_please_after_a_waiver_is_asked(
        understanding: Understanding) -> None:
    heard = read(understanding, "No need for your date of birth, just a phone number please.")
    assert ("callback_number", "affirm") in heard


# --- a waived topic near a remark (v48) -------------------------------------------------------


def test_footage_put_aside_is_the_question_of_it_refused(understanding: Understanding) -> None:
    heard = read(understanding, "Never mind dashcam footage tonight.")
    assert ("witnesses_cctv", "negate") in heard
    assert ("witnesses_cctv", "affirm") not in heard


# --- clause cutting -------------------------------------------------------------------------


def test_you_and_the_family_asked_after_is_one_subject() -> None:
    assert clauses("Forget the number plate, are you and the children all right?")[-1] == \
        "are you & the children all right"


def test_the_service_after_you_and_opens_its_own_clause() -> None:
    assert clauses("where are you and the officers will come to you") == [
        "where are you", "the officers will come to you"]


def test_a_vague_and_that_ends_its_list() -> None:
    assert clauses("skip his build and that for now when was he last seen") == [
        "skip his build & that for now", "when was he last seen"]


def test_when_with_an_inverted_verb_opens_a_question_in_run_on_speech() -> None:
    assert clauses("forget his clothes right now when did you last see him") == [
        "forget his clothes right now", "when did you last see him"]


def test_a_relative_when_opens_no_question() -> None:
    assert clauses("give us a ring back when you get home") == [
        "give us a ring back when you get home"]


def test_leave_given_after_a_name_opens_its_own_clause() -> None:
    assert clauses("no need to hold on any longer mr patel you can put the phone down") == [
        "no need to hold on any longer mr patel", "you can put the phone down"]


def test_you_can_governed_by_the_words_before_opens_nothing() -> None:
    for said in ("tap twice if you can hear me", "ring us back as soon as you can",
                 "the only thing you can do now is wait", "tell me what you can see"):
        assert clauses(said) == [said]


def test_leave_after_a_clause_put_as_a_question_stays_with_it() -> None:
    # ("is" misheard for "it's": the marker reads the whole as telling)
    said = "is the councils housing team who sort that you can ring them tomorrow"
    assert clauses(said) == [said]


def test_a_need_denied_run_on_before_leave_is_heard(understanding: Understanding) -> None:
    heard = read(understanding,
                 "theres no need to stay on the phone mr patel you can get on with your day")
    assert ("stay_on_line", "negate") in heard


# --- the signpost refused by its form (v47, v49, v50) ----------------------------------------


def test_a_matter_not_needing_to_go_to_an_agency_is_the_signpost_refused(
        understanding: Understanding) -> None:
    assert not_sent_to_an_agency("The van won't need to go to Highways, it's on the verge.")
    heard = read(understanding, "The rubbish doesn't need to be reported to the council at all.")
    assert ("signpost", "negate") in heard
    assert ("signpost", "affirm") not in heard


def test_nobody_from_an_agency_needed_is_the_signpost_refused(
        understanding: Understanding) -> None:
    assert not_for_an_agency("Nobody from Victim Support will have to phone you.")
    heard = read(understanding, "Nobody from Victim Support will have to phone you.")
    assert ("signpost", "affirm") not in heard


def test_the_handler_not_sending_the_caller_on_is_the_signpost_refused(
        understanding: Understanding) -> None:
    heard = read(understanding, "I'm not going to refer you to the crisis team, we'll come out.")
    assert ("signpost", "negate") in heard
    assert ("signpost", "affirm") not in heard


def test_the_matter_kept_as_the_polices_own_refuses_the_signpost(
        understanding: Understanding) -> None:
    heard = read(understanding, "Don't ring Highways about the car, it's ours to sort.")
    assert ("signpost", "affirm") not in heard


def test_an_agency_the_matter_will_need_is_no_refusal() -> None:
    assert not not_sent_to_an_agency("The fly-tipping will need to go to the council.")
    assert not not_sent_to_an_agency("You'll need to report it to the council.")


# --- a detail read out by the caller, waived (v47, v48) ---------------------------------------


def test_a_number_not_needing_reading_out_is_the_number_waived(
        understanding: Understanding) -> None:
    heard = read(understanding,
                 "Your number's on my screen, so you don't need to read it out to me.")
    assert ("callback_number", "negate") in heard
    assert ("confirm_details", "affirm") not in heard


def test_the_number_rung_back_said_between_is_a_telling_waived(
        understanding: Understanding) -> None:
    heard = read(understanding, "You can forget about phoning 101 back with the collar number.")
    assert ("officer_details", "negate") in heard
