"""Polarity of forms of English the definitions decide, found on a new author's turns (v6):
a permission or "all done" said with its reason, a need waived whoever's need it is, a
worry or a contact waved away, and a clause that only says when. The turns here are new
wording, not lines of any blind set."""

from __future__ import annotations

from scoring.intents import clauses
from scoring.understanding import Context
from scoring.understanding.clause_form import carried
from scoring.understanding.polarity import (
    asks,
    is_reason,
    is_tag_question,
    permitted_against,
    polarity,
)

from .conftest import pairs


def test_not_worrying_about_a_thing_says_it_is_not_needed():
    assert polarity("reference_number", "Don't worry about jotting a log number down",
                    False) == "negate"
    assert polarity("crime_prevention", "Don't worry about fitting a new chain tonight",
                    False) == "negate"
    # "don't worry" alone comforts, and a worry denied comforts too
    assert polarity("reassurance", "Don't worry, someone will be out to you", False) \
        == "affirm"
    assert polarity("reassurance", "Nobody here will think you're making a fuss", False) \
        == "affirm"
    # the handler declining to comfort is its opposite
    assert polarity("reassurance", "I can't tell you he'll be alright", False) == "negate"


def test_expected_by_nobody_and_the_place_given_back_lift_the_scene():
    assert polarity("scene_preservation",
                    "Nobody's expecting you to leave the garage exactly as it was", False) \
        == "negate"
    assert polarity("scene_preservation", "So you can have the bathroom back, Mrs Lowe",
                    False) == "negate"
    assert polarity("scene_preservation", "start using the utility room again", False) \
        == "negate"
    assert polarity("scene_preservation", "you can get that fence panel repaired", False) \
        == "negate"
    # a plain leave lifts the advice, said "now" or not; a suggestion does not
    assert polarity("scene_preservation", "you're fine to make a brew in there", False) \
        == "negate"
    assert polarity("safety_advice", "you could put a chair under the handle", False) \
        == "affirm"


def test_told_not_to_contact_an_agency_is_no_signpost():
    assert polarity("signpost", "Don't go phoning the housing office about this", False) \
        == "negate"
    assert polarity("signpost", "Never bother emailing the council for this sort of thing",
                    False) == "negate"
    assert polarity("signpost", "Ring the council's noise team in the morning", False) \
        == "affirm"


def test_a_need_waived_carries_its_intent_negated():
    waived = "There's no need for me to take your postcode"
    assert carried("location", waived, asking=False, first=True, read_back=False)
    assert polarity("location", waived, False) == "negate"
    later = "so we won't need a translator on the line"
    assert carried("language_needs", later, asking=False, first=False, read_back=False)
    assert polarity("language_needs", later, False) == "negate"
    assert carried("signpost", "the housing office won't need to hear about it",
                   asking=False, first=True, read_back=False)
    # a fact told about someone still asks nothing
    assert not carried("location", "there's a van parked outside", asking=False, first=True,
                       read_back=False)


def test_what_others_have_done_is_the_reason_not_advice():
    assert not carried("safety_advice", "the ambulance crew are with him now", asking=False,
                       first=False, read_back=False)
    assert not carried("scene_preservation", "now the forensic officer photographed the shed",
                       asking=False, first=True, read_back=False)
    assert is_reason("Right Sandra, the forensic chap's been and gone")
    assert not is_reason("Right Sandra, keep out of the shed")


def test_a_relative_clause_is_no_tag_and_as_it_is_ends_a_clause():
    assert not is_tag_question("I don't need to know about the man who did it")
    assert is_tag_question("He's not still outside, is he")
    # ("is you…" would open a question; after "as it" the "is" ends the clause before)
    assert not any(part.startswith("is ") for part in clauses(
        "you dont have to keep it as it is you can tidy up now"))


def test_whole_turns(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    # the reason first, then the permission: only the permission's polarity
    reason = heard("Right Sandra, the forensic chap's been and gone, so you're fine to "
                   "sweep the shed out now.")
    assert ("scene_preservation", "negate") in reason
    assert ("scene_preservation", "affirm") not in reason
    # an apology said not to be owed, and a refusal's reason apologising for nothing
    owed = heard("Honestly, Mr Lowe, there's no apology owed for the delay.")
    assert ("apology", "negate") in owed and ("apology", "affirm") not in owed
    refused = heard("I won't say sorry for the officer, the arrest was done by the book.")
    assert ("apology", "affirm") not in refused
    # a clause that only says when comforts nobody
    timed = heard("Please stay on the line with me, Sandra, while I sort the car out.")
    assert ("stay_on_line", "affirm") in timed
    assert ("reassurance", "affirm") not in timed
    # a question, negative with a tag, still asks (the definitions)
    assert ("anyone_injured", "affirm") in heard("You don't need an ambulance, do you?")


def test_a_barricade_taken_down_is_the_safety_advice_lifted(understanding):
    assert permitted_against("you can drag the wardrobe away from the door now") == (
        "safety_advice",)
    # keys kept away from the door are crime prevention, no barricade
    assert "safety_advice" not in permitted_against(
        "you're fine to take your keys away from the door")
    lifted = pairs(understanding.analyse(
        "You don't have to keep the sofa against the door any more, they've got him.",
        Context()))
    assert ("safety_advice", "negate") in lifted
    assert ("scene_preservation", "negate") not in lifted


def test_an_agency_said_not_needed_is_the_signpost_negated(understanding):
    told = pairs(understanding.analyse("You needn't go to the council about the bins, Mr Lowe.",
                                       Context()))
    assert ("signpost", "negate") in told
    assert not any(p == "affirm" for _, p in told)


def test_sorry_that_nobody_did_it_apologises(understanding):
    said = pairs(understanding.analyse("I'm sorry nobody ever rang you about the bike.",
                                       Context()))
    assert ("apology", "affirm") in said


def test_a_question_said_not_to_be_needed_is_that_question_negated(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    went_over = heard("We don't need to go through how they broke in again, Sandra.")
    assert ("entry_point", "negate") in went_over
    assert not any(p == "affirm" for _, p in went_over)
    assert ("weapons", "negate") in heard("No need for me to ask about weapons, Mr Lowe.")
    # asked, it still asks
    assert ("entry_point", "affirm") in heard("How did they get in, do you know?")


def test_what_someone_is_doing_is_no_advice():
    assert not carried("stay_on_line", "The signal's dropping out", asking=False, first=False,
                       read_back=False)
    assert not carried("safe_to_talk", "you can talk now if it's safe", asking=False,
                       first=False, read_back=False)


def test_a_leave_timed_in_its_own_clause_is_given():
    timed = "once the paramedics are with her you can move the table away from the door"
    assert not asks(timed)
    assert asks("when did the paramedics get there")
    assert carried("safety_advice", timed, asking=False, first=True, read_back=False)
    assert polarity("safety_advice", timed, False) == "negate"
    # the time alone, its advice in another clause, still gives none
    assert not carried("safety_advice", "once the paramedics are with her", asking=False,
                       first=True, read_back=False)


def test_the_reason_for_a_refusal_does_not_do_the_thing(understanding):
    def heard(text: str) -> set[tuple[str, str]]:
        return set(pairs(understanding.analyse(text, Context())))

    waived = heard("We won't be needing a translator, Mr Lowe, your English is really good.")
    assert ("language_needs", "negate") in waived
    assert ("language_needs", "affirm") not in waived
    # a promise after the refusal is kept: what happens next instead
    instead = heard("I'm not sending anyone round tonight, but an officer will ring you "
                    "tomorrow morning.")
    assert ("next_steps", "affirm") in instead


def test_right_said_of_something_is_no_tag():
    assert not is_tag_question("the decision on the night was right")
    assert not is_tag_question("I'm sure I've got it right")
    assert is_tag_question("You're staying at your sister's, right")


def test_a_question_after_a_time_clause_still_asks():
    assert asks("when you say its parked across the road can cars still get by")
    assert asks("when the officers arrive is he likely to kick off")
