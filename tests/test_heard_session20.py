"""Session 20: labelled intents not heard, or heard the other way, on v24 and v25, each
cause checked against older development sets and the held-back authors (two authors or
more use each form). One test per cause, in new wording (no line of any set): the form
alone where it decides, the whole reader where the turn's readings do."""

from __future__ import annotations

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.agencies import for_an_agency, not_for_an_agency
from scoring.understanding.occasions import earlier_occasion
from scoring.understanding.polarity import is_tag_question, permitted_against, polarity
from scoring.understanding.waivers import waiver


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a clause reported after a verb of saying is not a question (v25, acts_n) -----------------


def test_a_reported_clause_is_not_cut_as_a_question() -> None:
    parts = clauses("no need to ask what they took you already said it was the telly")
    assert not any(p.split()[0] == "was" for p in parts)
    # a yes/no question after a whole clause still opens its own
    assert len(clauses("he went off towards the park is he still there now")) == 2


def test_a_waiver_with_its_reason_unpunctuated_is_heard_once(
        understanding: Understanding) -> None:
    heard = read(understanding, "no need for me to ask how they got in you said it was "
                                "through the kitchen window")
    assert ("entry_point", "negate") in heard
    assert ("entry_point", "affirm") not in heard


# --- a free relative ending a clause is no tag (v25; "whoever did it" in many sets) ----------


def test_whoever_did_it_is_no_tag() -> None:
    assert not is_tag_question("I'm not going to ask you to describe whoever did it")
    assert is_tag_question("they took the telly as well, did they")


def test_a_description_of_whoever_did_it_waived(understanding: Understanding) -> None:
    heard = read(understanding, "I'm not going to ask you to describe whoever did it, love, "
                                "it was pitch black.")
    assert ("suspect_description", "negate") in heard
    assert ("suspect_description", "affirm") not in heard


# --- an earlier occasion named by its month (v25; a month waived in v9, v11, v14, v22, o, r) --


def test_an_occasion_named_by_its_month_is_earlier() -> None:
    assert earlier_occasion("the april break in")
    assert earlier_occasion("that june call")
    assert not earlier_occasion("the date in april")


def test_a_month_named_occasion_waived_is_the_history(understanding: Understanding) -> None:
    heard = read(understanding, "We don't need to go back over the June call, it's all on file.")
    assert ("previous_incidents", "negate") in heard


# --- advice the handler declines to go through (v24; v10, v23, acts_n, acts_o, acts_p) ------


def test_advice_declined_is_that_advice_negated(understanding: Understanding) -> None:
    heard = read(understanding, "I'm not going to go through home security with you tonight, "
                                "Priya, it's late enough.")
    assert ("crime_prevention", "negate") in heard


def test_nothing_said_then_an_order_is_no_advice_declined(understanding: Understanding) -> None:
    heard = read(understanding, "you don't have to say anything just give the phone a knock")
    assert ("silent_solution", "negate") not in heard


# --- a signal said not needed, then an order, unpunctuated (v25; typed in v10, v14, v21, n) ---


def test_a_signal_waived_then_an_order_is_two_clauses() -> None:
    assert len(clauses("you dont need to press again just keep the line open")) == 2
    # a question waived, then an order, is read whole as before
    assert len(clauses("i wont ask what he looks like just keep the door locked")) == 1


def test_a_signal_waived_then_an_order_is_heard_both(understanding: Understanding) -> None:
    heard = read(understanding, "you dont need to cough any more just keep the line open")
    assert ("silent_solution", "negate") in heard
    assert ("stay_on_line", "affirm") in heard


# --- leave to use a thing is the scene let go (v21, v25; the bathroom v3, the door acts_o) ---


def test_leave_to_use_a_thing_is_against_the_scene() -> None:
    assert "scene_preservation" in permitted_against("you're fine to use the shed now")
    assert "scene_preservation" not in permitted_against("you're fine to use your phone")


def test_leave_to_use_a_car_is_the_scene_let_go(understanding: Understanding) -> None:
    # "You're alright to use the Corsa tomorrow, Dave, it's not part of the scene." is no
    # longer heard as the scene at all since session 28's phrasings (its training placing
    # was lost; docs/understanding.md, section 8, session 28's losses). The leave itself
    # still lets the scene go:
    heard = read(understanding, "You're fine to use the van again, it's not part of the scene.")
    assert ("scene_preservation", "negate") in heard


# --- a leave, then "just" and the same advice (v24; v3, acts_o label the advice only) -------


def test_a_leave_bounded_by_an_order_is_the_advice(understanding: Understanding) -> None:
    heard = read(understanding, "You're okay to use the hallway and sit in the lounge, just "
                                "keep out of the dining room for now.")
    assert ("scene_preservation", "affirm") in heard
    assert ("scene_preservation", "negate") not in heard


def test_a_leave_bounded_until_the_scene_is_done_is_the_advice(
        understanding: Understanding) -> None:
    # the act against the scene is only when the advice ends ("until they've dusted it")
    heard = read(understanding, "You're fine to use the side gate, just keep off the back "
                                "door until they've dusted it.")
    assert heard == {("scene_preservation", "affirm")}


def test_a_deed_the_leave_goes_on_to_is_no_order(understanding: Understanding) -> None:
    # "just" and a deed the leave goes on to is the leave still (a v20 attempt's marking)
    heard = read(understanding, "You're fine to help him out of the van if he wants, just sit "
                                "him down on the kerb.")
    assert ("safety_advice", "affirm") not in heard


# --- someone to talk to is support, no one confronted (v25 twice, v16, v22, acts_o) --------


def test_someone_to_talk_to_is_the_signpost(understanding: Understanding) -> None:
    heard = read(understanding, "You could ring the Samaritans as well if you'd like somebody "
                                "to talk to tonight.")
    assert ("signpost", "affirm") in heard
    assert ("safety_advice", "negate") not in heard


# --- the matter not an agency's, or the agency kept out (v24, v25; v5, v13, v15, v11-v23) ---


def test_a_matter_not_an_agencys_is_the_signpost_refused() -> None:
    assert not_for_an_agency("the dog barking isn't one for the RSPCA")
    assert not_for_an_agency("we'll leave the council out of this one")
    assert not not_for_an_agency("the fly-tipping is one for the council")
    assert for_an_agency("the fly-tipping is one for the council")


def test_not_one_for_an_agency_is_heard(understanding: Understanding) -> None:
    assert ("signpost", "negate") in read(understanding,
                                          "The skip on the verge isn't one for Highways, love.")
    assert ("signpost", "negate") in read(understanding,
                                          "We'll keep the DVLA out of this one, Mr Shah.")


# --- what a waived topic is not (v25; "for a noise complaint" v5, v12; names v18, v21) -----


def test_the_kind_of_call_ends_the_waived_topic() -> None:
    found = waiver("I won't need your date of birth for a complaint like this")
    assert found is not None and found.topic == "your date of birth"


def test_a_titled_name_after_the_waived_topic_is_no_part_of_it() -> None:
    found = waiver("dont worry about his age mr hussain")
    assert found is not None and found.topic == "his age"


def test_a_waived_detail_with_a_name_after_it_is_heard(understanding: Understanding) -> None:
    heard = read(understanding, "i wouldnt bother with the colour of the van mrs ali whats the "
                                "best number to get you on")
    assert ("vehicle_description", "negate") in heard
    assert ("callback_number", "affirm") in heard


# --- going out to look at something is the going (v25; v4, v7, v14, v15, v16) --------------


def test_going_out_to_look_is_safety(understanding: Understanding) -> None:
    heard = read(understanding, "Please don't go back out to have a look at the shed, not while "
                                "he's hanging about.")
    assert ("safety_advice", "affirm") in heard
    assert ("scene_preservation", "affirm") not in heard


# --- a deed kept from the caller, handed to the police (v25; "leave it to us" in many sets) -


def test_a_deed_handed_to_the_police_is_safety(understanding: Understanding) -> None:
    heard = read(understanding, "I'd rather you didn't try and sort his music out yourself, "
                                "Paul, leave that with us.")
    assert heard == {("safety_advice", "affirm")}


# --- the interpreter let go (v16, v24) -------------------------------------------------------


def test_the_interpreter_let_go_is_no_language_need(understanding: Understanding) -> None:
    assert polarity("language_needs", "we can release the interpreter now", False) == "negate"
    heard = read(understanding, "You can let the interpreter go, Anna, we've got what we need.")
    assert ("language_needs", "negate") in heard
    assert ("stay_on_line", "negate") not in heard


# --- officers named by their kind open no clause (v25; v6, v8, v10, v24, acts_p) -----------


def test_officers_named_by_their_kind_are_inside_the_clause() -> None:
    assert len(clauses("you can hoover up now the forensic officers finished in there")) == 1
    # officers who open a clause of their own still do
    assert len(clauses("stay in the bedroom officers are nearly there")) == 2


def test_a_leave_with_the_officers_named_by_kind_is_heard_once(
        understanding: Understanding) -> None:
    heard = read(understanding, "now the fingerprint officers done theres no need to keep the "
                                "kids out of the kitchen")
    assert heard == {("scene_preservation", "negate")}


# --- a deed not needed with its reason run on (v13, v18, v21) --------------------------------


def test_the_line_not_needed_with_its_reason_run_on(understanding: Understanding) -> None:
    assert ("stay_on_line", "negate") in read(
        understanding, "no need to stay on the phone pal the officers are with your dad now")
    assert ("stay_on_line", "negate") in read(
        understanding, "theres no need to stay on the line once the crew are in the house")


# --- the caller asked to hold on (v7, v10, v16) -----------------------------------------------


def test_just_hold_on_is_the_line(understanding: Understanding) -> None:
    heard = read(understanding, "I'm getting a Punjabi interpreter for you now, just hold on "
                                "one moment.")
    assert ("language_needs", "affirm") in heard
    assert ("stay_on_line", "affirm") in heard
    # keeping hold of a thing is no line
    assert ("stay_on_line", "affirm") not in read(
        understanding, "Just hang on to the receipt for the officers.")


# --- sorry for the handler's own asking or manner (acts_n, acts_p, acts_r) ------------------


def test_sorry_for_the_handlers_own_conduct_is_an_apology(understanding: Understanding) -> None:
    assert ("apology", "affirm") in read(
        understanding, "I'm sorry I need to ask you all these questions while you're upset.")
    assert ("apology", "affirm") in read(understanding, "Sorry, Mo, I cut across you, carry on.")
    assert ("apology", "affirm") in read(understanding, "I'm sorry, I'm asking you loads, but "
                                                        "it all helps.")
    # "sorry, but I have to ask" says why it must be asked: no apology (its authors)
    assert ("apology", "affirm") not in read(
        understanding, "I'm sorry, but I have to ask everyone, is anybody hurt?")
