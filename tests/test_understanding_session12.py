"""Session 12 (callsim issue 9): intents read into a turn that the author did not label, and
a turn's act by the definitions. One test a kind, in new wording (not lines of any blind or
training set): the rules alone where they decide it (`act_of`, `turn_act`), the whole
reader where the turn's readings do."""

from __future__ import annotations

import pytest

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.acts import act_of, turn_act
from scoring.understanding.analysis import Act, IntentReading, Polarity
from scoring.understanding.clause_form import wh_question, withholds
from scoring.understanding.qualifiers import only_frames
from simulator.library import meaning_matcher


@pytest.fixture(scope="module")
def reader() -> Understanding:
    """The understanding with no scenario: the library and the learnt models."""
    return Understanding.for_scenario(None, meaning_matcher())


def read(reader: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in reader.analyse(text, Context()).intents}


def heard(intent: str, clause: str, polarity: Polarity = "affirm") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity=polarity, subject="caller",
                         clause=clause, phrase="(test)", score=0.9)


def test_a_question_waived_for_the_caller_by_any_cue_is_an_instruction() -> None:
    # a duty or a call denied, leave not to, a bother advised against, a detail put aside
    for clause, intent in (
            ("there's no call for you to spell the street name", "location"),
            ("there's no requirement for you to give me your age", "date_of_birth"),
            ("it's fine not to answer the question about drink", "alcohol_drugs"),
            ("I'd not bother with his shoe size", "person_description"),
            ("don't give me the postcode again", "location"),
            ("leave the other lad's name", "suspect_description")):
        assert act_of(clause, [heard(intent, clause, "negate")], False) == "instruction", clause


def test_a_question_waived_as_the_handlers_own_need_is_a_statement() -> None:
    # said as the handler's ("me", "we", "let's"), or asking, which only the handler does
    for clause, intent in (
            ("there's no call for me to take your postcode", "location"),
            ("we can leave the medication questions there", "medical_conditions"),
            ("there's no need to ask whether he drinks", "alcohol_drugs"),
            ("there's no point asking about knives", "weapons")):
        assert act_of(clause, [heard(intent, clause, "negate")], False) == "statement", clause


def test_a_question_reported_after_a_waiver_stays_in_its_clause() -> None:
    # the going over it reports the question: it stays in the waiver's clause, not put (the
    # reason run on after it, "ive got it", is a clause of its own since session 27)
    assert clauses("no need to go back over what happened at the shop ive got it")[0] == (
        "no need to go back over what happened at the shop")
    assert len(clauses("i wont ask you where he lives just keep the door shut")) < 3
    # a question put after a thing with no waiver is still a clause of its own
    assert len(clauses("i went over there what time did you get home")) == 2


def test_a_waived_question_reported_is_no_question(reader: Understanding) -> None:
    analysis = reader.analyse("no need to go back over what happened on the bus love i have "
                              "it all", Context())
    assert analysis.act == "instruction"
    assert ("what_happened", "affirm") not in read(
        reader, "no need to go back over what happened on the bus love i have it all")


def test_a_request_to_be_told_after_a_waiver_asks_only_what_follows(
        reader: Understanding) -> None:
    assert only_frames("just tell me") and only_frames("can you let me know")
    assert not only_frames("just tell me where she is")
    got = read(reader, "forget the colour of the car just tell me is she breathing")
    assert ("what_happened", "affirm") not in got
    assert ("breathing_conscious", "affirm") in got


def test_how_a_waived_detail_will_be_had_is_no_next_step(reader: Understanding) -> None:
    # (session 24: a step that reaches the caller, "…, the officer will go through that
    # with you", is promised after a waiver too, as the authors of v7 and v33 label it;
    # where the detail will be had instead, without the caller, is still none)
    got = read(reader, "You needn't list what was in the shed, the officer will make a "
               "note of that.")
    assert ("next_steps", "affirm") not in got
    assert any(polarity == "negate" for _, polarity in got)
    got = read(reader, "You don't have to give me his date of birth, we'll look that up.")
    assert ("next_steps", "affirm") not in got
    # a step set against the waiver is still one
    assert ("next_steps", "affirm") in read(
        reader, "I won't ask you about the car now, but an officer will ring you tomorrow.")


def test_what_someone_might_do_after_advice_is_its_reason(reader: Understanding) -> None:
    got = read(reader, "Don't pick the bottle up, the officers might find prints on it.")
    assert got == {("scene_preservation", "affirm")}
    got = read(reader, "You can come down off the verge now, the road's closed.")
    assert ("next_steps", "affirm") not in got


def test_a_state_with_a_subject_before_it_tells_nothing() -> None:
    # "'s" is dropped in spelling: "the gate's shut" is said, not ordered
    assert act_of("the gate's shut", [], False) == "statement"
    assert act_of("shut the gate", [], False) == "instruction"


def test_sorry_before_what_cannot_be_told_is_neither(reader: Understanding) -> None:
    assert withholds("I can't tell you where he lives")
    assert not withholds("I can tell you he's been arrested")
    assert read(reader, "I'm sorry, I can't tell you where the lad lives.") == set()
    # sorry with what went wrong is still an apology
    assert ("apology", "affirm") in read(reader, "I'm sorry nobody rang you back last week.")


def test_an_apology_after_what_is_declined_or_allowed_is_the_turn() -> None:
    acts = [Act("statement", "I won't make excuses for the wait"),
            Act("apology", "I'm sorry it took so long")]
    assert turn_act("I won't make excuses for the wait, I'm sorry it took so long.",
                    acts) == "apology"
    acts = [Act("instruction", "you can sweep the glass up now"),
            Act("apology", "I'm sorry we kept you waiting")]
    assert turn_act("You can sweep the glass up now, and I'm sorry we kept you waiting.",
                    acts) == "apology"


def test_the_reason_a_question_is_waived_comforts_no_one(reader: Understanding) -> None:
    got = read(reader, "Don't worry about the rest of the number plate, you've told me "
               "plenty.")
    assert ("reassurance", "affirm") not in got
    # praise in its own words still comforts
    assert ("reassurance", "affirm") in read(
        reader, "I won't ask about the plate, you've done brilliantly.")


def test_what_the_caller_can_see_or_cannot_do_is_said_not_told() -> None:
    assert act_of("you can't see her from the kitchen", [], False) == "statement"
    assert act_of("you can see the car from your landing", [], False) == "statement"
    assert act_of("I know you can't", [], False) == "statement"
    # leave given, or forbidden, still tells
    assert act_of("you can speak now", [], False) == "instruction"
    assert act_of("you can't go back into the garage", [], False) == "instruction"


def test_asking_to_wait_is_an_instruction() -> None:
    assert act_of("bear with me a second", [], False) == "instruction"


def test_a_reference_waived_for_the_caller_is_an_instruction() -> None:
    clause = "there's no need for you to note a reference down"
    assert act_of(clause, [heard("reference_number", clause, "negate")], False) == "instruction"


def test_a_question_put_in_the_waivers_own_clause_asks() -> None:
    clause = "i dont need his age love just where he is now"
    got = act_of(clause, [heard("date_of_birth", clause, "negate"),
                          heard("suspect_present", clause)], False)
    assert got == "question"


def test_an_earlier_telling_said_to_stand_is_an_instruction() -> None:
    acts = [Act("statement", "this morning I said you needn't give me your address"),
            Act("statement", "that's still the case")]
    assert turn_act("This morning I said you needn't give me your address, and that's still "
                    "the case.", acts) == "instruction"


def test_what_happens_then_what_to_do_meanwhile_is_an_instruction() -> None:
    acts = [Act("promise", "I'm putting you through to the interpreter"),
            Act("instruction", "hold the line a moment")]
    assert turn_act("I'm putting you through to the interpreter, hold the line a moment.",
                    acts) == "instruction"


def test_a_verb_going_on_with_the_subject_before_tells_nothing(
        reader: Understanding) -> None:
    analysis = reader.analyse("With what you've said, it will be logged as a complaint and go "
                              "to the standards team.", Context())
    assert [a.kind for a in analysis.acts if "standards" in a.clause] != ["instruction"]
    assert analysis.act == "statement"
    # joined by a comma and with an imperative's own form, it still tells
    analysis = reader.analyse("I'm putting the interpreter on now, hold the line for me.",
                              Context())
    assert analysis.act == "instruction"


def test_the_answering_formula_is_a_greeting(reader: Understanding) -> None:
    # the definitions' ruling: a greeting, carrying what_happened affirm
    for text in ("Good evening, Essex Police, how can I help?", "Police, what's your "
                 "emergency?"):
        analysis = reader.analyse(text, Context())
        assert analysis.act == "greeting", text
        assert read(reader, text) == {("what_happened", "affirm")}
    # a question beyond the formula makes the turn a question
    assert reader.analyse("Police, is anyone hurt?", Context()).act == "question"


def test_what_is_known_then_what_the_caller_need_not_do_is_an_instruction() -> None:
    acts = [Act("statement", "I can see you reported it online"),
            Act("instruction", "you needn't tell me the details again")]
    assert turn_act("I can see you reported it online, you needn't tell me the details "
                    "again.", acts) == "instruction"
    # what is so, then what the caller may do later: still said, not told
    acts = [Act("statement", "once it's logged as a complaint"),
            Act("instruction", "you can ask for a review")]
    assert turn_act("Once it's logged as a complaint, you can ask for a review.",
                    acts) == "statement"


def test_whereabouts_opens_a_question() -> None:
    # ("whereabouts" is spelled as two words): a place named in it is its setting, no
    # read-back
    assert wh_question("Whereabouts on the ring road are you")
    assert not wh_question("You're on the ring road")


def test_details_read_back_comfort_no_one(reader: Understanding) -> None:
    got = read(reader, "So that's Amira Khan, nine, born the second of May 2017?")
    assert ("reassurance", "affirm") not in got
    # praise said beside a read-back still comforts
    assert ("reassurance", "affirm") in read(
        reader, "So that's 22 Elm Road, you're doing really well.")


def test_what_cannot_be_told_advises_nothing(reader: Understanding) -> None:
    got = read(reader, "Sorry, but I can't give you a time for the ambulance.")
    assert not any(polarity == "affirm" for _, polarity in got)
