"""The words without the deed, found on the training attempts: a log that denies what it
names, a phrase said only to be refused, a permission reaching the clause joined to it."""

from __future__ import annotations

from rapidfuzz import fuzz

from scoring.intents import clauses
from scoring.text import mentions_as_done, normal_text
from scoring.understanding import Context, Understanding
from scoring.understanding.polarity import denied, polarity
from simulator.library import meaning_matcher


def test_a_log_that_denies_a_key_point_does_not_mention_it_as_done():
    actions = "NOT suitable for service recovery; recorded and referred to PSD"
    assert not mentions_as_done(actions, "service recovery")
    assert mentions_as_done(actions, ["referred to PSD"])
    assert not mentions_as_done("Not referred to Professional Standards.",
                                "referred to professional standards")
    assert mentions_as_done("advised not to touch anything, preserve scene", "preserve scene")
    assert mentions_as_done("no injuries reported", "no injuries")  # a point that negates


def _denied(turn: str, phrase: str) -> bool:
    spoken = normal_text(turn)
    found = fuzz.partial_ratio_alignment(phrase, spoken)
    assert found.score >= 88
    return denied(spoken, found.dest_start, found.dest_end)


def test_a_phrase_said_to_refuse_or_deny_it_is_not_said():
    assert _denied("I'm not able to tell you if Stacey has reported him or not",
                   "stacey has reported him")
    assert _denied("Honestly, the council won't do anything about it", "the council")
    assert _denied("I can't give you a right of review on this", "right of review")
    assert _denied("I'm not saying calm down, you've every right to be angry", "calm down")
    assert not _denied("You have the right of review if you don't agree", "right of review")
    # a trigger reaches a few words, not the rest of the turn
    assert not _denied("you don't have to say anything, tap the phone once for yes or no",
                       "yes or no")


def test_permission_reaches_the_clause_joined_to_it_and_sorry_you_feel_is_no_apology():
    understanding = Understanding.for_scenario(None, meaning_matcher())
    permitted = understanding.analyse(
        "If she's uncomfortable it's fine for you to help her out of the car and sit her on "
        "the verge till the ambulance gets there.", Context())
    assert {r.polarity for r in permitted.intents if r.intent == "safety_advice"} == {"negate"}
    told = understanding.analyse("Don't move her and keep her talking to you.", Context())
    assert ("safety_advice", "affirm") in {(r.intent, r.polarity) for r in told.intents}
    sorry = understanding.analyse("I'm sorry you feel that way but we do get a lot of these.",
                                  Context())
    assert not {"apology", "reassurance"} & set(sorry.intent_ids())
    # what happens next, refused by the service, is denied (every separate author's label)
    assert polarity("next_steps", "We won't be sending officers out for this one", False) \
        == "negate"
    assert polarity("next_steps", "I can't tell you what will happen next", False) == "negate"


def test_fragments_never_cross_a_full_stop():
    assert clauses("Flat 4, Kestrel Court, Rectory Road, SS13 2QF. Can you tell me what's "
                   "happened?") == ["Flat 4 Kestrel Court Rectory Road SS13 2QF",
                                    "Can you tell me what's happened"]
    assert clauses("Is he there, do you know?") == ["Is he there do you know"]
    assert clauses("good morning police im sorry to hear that whereabouts is the house")[-1] \
        == "whereabouts is the house"  # the question word keeps its verb


def test_an_apology_or_comfort_by_its_form_and_a_reference_given_is_no_read_back():
    understanding = Understanding.for_scenario(None, meaning_matcher())
    sorry = understanding.analyse("I'm sorry the 101 line kept you waiting on hold for an "
                                  "hour.", Context())
    assert "apology" in sorry.intent_ids()
    pardon = understanding.analyse("Sorry, what was that?", Context())
    assert "apology" not in pardon.intent_ids()
    noted = understanding.analyse("I understand that.", Context())  # a library negative
    assert noted.intent_ids() == ()
    given = understanding.analyse("Your reference is 1123 of the 28th.", Context())
    assert "confirm_details" not in given.intent_ids()


def test_sorry_but_is_neither_apology_nor_comfort_whichever_the_library_resembles():
    """'I'm sorry' alone can resemble a comforting phrasing as much as an apology; followed
    by 'but' and a refusal it is neither (the word without the deed)."""
    understanding = Understanding.for_scenario(None, meaning_matcher())
    for said in ("I'm sorry, but that's the way the system works.",
                 "Sorry but there's really nothing else we can do about it."):
        got = understanding.analyse(said, Context())
        assert not {"apology", "reassurance"} & set(got.intent_ids()), said
    meant = understanding.analyse("I'm so sorry that nobody rang you back.", Context())
    assert "apology" in meant.intent_ids()


def test_one_negation_denies_a_whole_list_joined_by_or():
    actions = "Not appropriate for words of advice or resolution by a supervisor"
    assert not mentions_as_done(actions, "resolution by a supervisor")
    assert not mentions_as_done("neither an apology nor local resolution offered",
                                "local resolution")
    # a list that is not negated, and a negation that ends before the list, still count
    assert mentions_as_done("words of advice or local resolution agreed", "local resolution")
    assert mentions_as_done("No injuries. Words of advice or local resolution agreed",
                            "local resolution")


def test_the_less_of_a_thing_the_better_advises_against_it():
    # "the less you X the better" tells the caller not to X: the advice, not its opposite
    assert polarity("scene_preservation", "the less you touch in the kitchen the better",
                    False) == "affirm"
    assert polarity("scene_preservation", "the less you move things around the better, "
                    "keep it as it is", False) == "affirm"
    assert polarity("scene_preservation", "feel free to tidy the kitchen", False) == "negate"
