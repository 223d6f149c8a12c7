"""Session 22, second round: act and polarity errors of v30 and v31 (first read this round),
each cause checked for on the older development sets. One test per cause, in new wording
(no line of any set): the form alone where it decides, the whole reader where the turn's
readings do."""

from __future__ import annotations

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.acts import recalls_own_order, recalls_telling
from scoring.understanding.agencies import (
    told_to_contact_agency,
    told_to_contact_named_agency,
    told_to_contact_them,
)
from scoring.understanding.noted_back import noted_throughout
from scoring.understanding.polarity import polarity


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a turn of details and the handler's note of them (v30, v31) -----------------------------


def test_a_turn_of_details_and_a_note_notes_them_all() -> None:
    parts = ["Right I've written that down", "the red bike", "the two helmets"]
    assert noted_throughout(parts, "Right, I've written that down, the red bike and the two "
                                   "helmets.")
    parts = ["So a grey Fiesta", "dent in the door", "noted"]
    assert noted_throughout(parts, "So a grey Fiesta, dent in the door, noted.")


def test_a_note_with_a_check_or_a_question_notes_nothing_throughout() -> None:
    parts = ["Right I've written that down", "the red bike", "is that right"]
    assert not noted_throughout(parts, "Right, I've written that down, the red bike, is that "
                                       "right?")
    parts = ["Got it", "is he still in the garden"]
    assert not noted_throughout(parts, "Got it, is he still in the garden?")


def test_details_noted_in_a_whole_turn_are_no_read_back(understanding: Understanding) -> None:
    analysis = understanding.analyse("Okay, a grey Fiesta, a dent in the driver's door, I've "
                                     "noted that.", Context())
    assert ("confirm_details", "affirm") not in {(r.intent, r.polarity)
                                                 for r in analysis.intents}
    assert analysis.act == "statement"


# --- the signpost said by the caller's getting in touch (v15, v18, v30, v31) -----------------


def test_told_to_get_in_touch_with_them_after_the_agency_is_named() -> None:
    assert told_to_contact_them("so it's worth phoning them in the morning")
    assert told_to_contact_named_agency("you'll want to get on to them after the weekend",
                                        "the housing association have a repairs line")
    assert not told_to_contact_named_agency("so it's worth phoning them in the morning",
                                            "your neighbours sound lovely")
    assert not told_to_contact_them("so there's no point phoning them tonight")


def test_told_they_will_need_to_report_to_an_agency() -> None:
    assert told_to_contact_agency("the abandoned trolley you'll need to report to the council")
    assert told_to_contact_agency("you'll have to get on to Trading Standards about that")
    assert not told_to_contact_agency("you won't need to report it to the council")
    assert not told_to_contact_agency("I'll report it to the council myself")


def test_the_signpost_is_heard_when_the_agency_was_named_first(
        understanding: Understanding) -> None:
    heard = read(understanding, "Trading Standards have a consumer line, so it's worth "
                                "phoning them tomorrow.")
    assert ("signpost", "affirm") in heard


# --- refusals said as the handler's inability or as it is done (v10-v21, v30) ----------------


def test_not_something_the_handler_is_able_to_do_is_refused() -> None:
    assert polarity("apology", "that isn't something we're able to apologise for",
                    asking=False) == "negate"


def test_not_giving_the_caller_a_thing_is_refused() -> None:
    assert polarity("reference_number", "we're not giving out a reference for this tonight",
                    asking=False) == "negate"


def test_not_giving_up_is_no_refusal_of_comfort() -> None:
    assert polarity("reassurance", "we're not giving up on finding her", asking=False) == (
        "affirm")


# --- unpunctuated speech: the signal waived, then the order; praise after a name (v12, v30,
# v31) ------------------------------------------------------------------------------------------


def test_a_signal_waived_then_an_order_after_the_callers_name() -> None:
    assert clauses("you dont need to tap anything else mate just keep the phone near you") == [
        "you dont need to tap anything else mate", "just keep the phone near you"]


def test_praise_after_an_order_is_a_clause_of_its_own() -> None:
    assert clauses("keep the door shut for me sam your doing brilliantly") == [
        "keep the door shut for me sam", "you're doing brilliantly"]


def test_praise_alone_is_one_clause() -> None:
    assert clauses("you're doing brilliantly") == ["you're doing brilliantly"]


# --- "sorry" asking for a detail again is a pardon (v30, as v6 onwards) ----------------------


def test_sorry_before_asking_for_a_detail_again_comforts_no_one(
        understanding: Understanding) -> None:
    heard = read(understanding, "I'm sorry, can you give me the house number again?")
    assert ("reassurance", "affirm") not in heard
    assert ("apology", "affirm") not in heard


# --- a recall that frames, and the handler's order recalled (every author) -------------------


def test_a_recall_alone_frames_what_follows() -> None:
    assert recalls_telling("As I said before")
    assert recalls_telling("like I told you earlier")
    assert not recalls_telling("as I said before the van has gone")


def test_the_turn_after_a_recall_is_what_follows(understanding: Understanding) -> None:
    assert understanding.analyse("As I mentioned before, there's no need to spell your surname "
                                 "for me.", Context()).act == "instruction"


def test_an_order_recalled_opens_an_instruction() -> None:
    assert recalls_own_order("I did say to keep the gate shut")
    assert recalls_own_order("earlier I asked you not to ring him")
    assert not recalls_own_order("I said he was on his way")


def test_an_order_recalled_then_comfort_is_an_instruction(understanding: Understanding) -> None:
    assert understanding.analyse("I did say to keep the gate shut, but never mind, it's not "
                                 "your fault.", Context()).act == "instruction"
