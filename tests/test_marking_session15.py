"""Marking rules from comparing the marker with blind assessors over every fresh set
(session 15), each a kind that came back set after set: leave to do what critical advice is
against, given in the advice's own turn before it ("if he'd like to go outside that's
okay, just stay back"), is the opposite advised first; and a forbidden disclosure said in
other words than the scheme's phrases (a name or a date only the protected police record
holds) is never silently met."""

from __future__ import annotations

from scoring.attempt import Attempt
from scoring.disclosure import confirms, protected_sentences, telling_words, told
from scoring.doubts import leave_against, polarity_doubt
from scoring.understanding import IntentReading, TurnAnalysis
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

from .conftest import marked_with_caller


def _interpreted(advice: str):
    """The interpreter call's safety advice, told through an interpreter while the men are
    still at the van with a crowbar."""
    scenario = "interpreter-caller"
    turns = [
        (2, "caller", "Police? My van... men... Polski?", None),
        (6, "trainee", "Where are you, what's the address?", None),
        (10, "caller", "Brandon Street, twenty seven. Polski.", None),
        (14, "trainee", "Do you speak Polish?", None),
        (18, "caller", "Tak, Polish.", None),
        (40, "trainee", "Is he safe where he is? Are the men still at the van?", None),
        (46, "caller", "They are at the van, one has a metal bar. I want to go down there.",
         None),
        (55, "trainee", advice, None),
        (62, "caller", "Okay.", None)]
    return mark_attempt(load_scenario(resolve(scenario)), Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": scenario, "log": {},
        "events": [{"t": 25, "type": "transfer", "value": "interpreter"}],
        "turns": [{"t": t, "speaker": who, "text": text}
                  for t, who, text, _ in turns]})).item("safety-advice")


def test_leave_before_the_advice_in_its_own_turn_is_not_credited():
    hedged = _interpreted("Tell him if he'd like to go outside and take a picture of their "
                          "car that's okay, just stay well back from them.")
    assert hedged.critical and hedged.status != "met" and hedged.points == 0
    assert hedged.status == "uncertain"  # for an assessor to confirm, leaning not met
    # The advice first, and leave only once the danger has gone: the advice stands.
    first = _interpreted("Tell him to stay upstairs away from the window, and if he wants "
                         "to go out after they've gone that's fine.")
    assert first.status == "met" and first.points == first.max_points
    # Leave taken back in the same turn, the act itself forbidden: a countermand, not a hedge.
    countered = _interpreted("Tell him if he wants to go down and look that's fine, no, "
                             "actually tell him not to go down at all, stay in the bedroom.")
    assert countered.status == "met"


def test_leave_is_heard_in_any_form_of_its_verb():
    # The advice's opposites are written in the base form; leave comes in any.
    for text in ("if he fancies going out to get the registration that's fine",
                 "no problem if he goes out to get the plate",
                 "it's fine if she pops down to have a look"):
        assert leave_against("safety_advice", text) is not None, text
    # Leave for the advice itself, or the advice's own exception on a danger: no leave
    # against it.
    assert leave_against("safety_advice", "if you'd like to stay upstairs that's fine") is None
    assert leave_against("safety_advice", "only go out if there's smoke") is None


def test_a_hedge_after_leave_does_not_keep_the_caller_in():
    for advice in ("Tell him if he fancies going out to get the registration that's fine, "
                   "only keep well away from the two of them.",
                   "Tell him no problem if he goes out to get the plate, keep a safe "
                   "distance though."):
        hedged = _interpreted(advice)
        assert hedged.status == "uncertain" and hedged.points == 0, advice


def _asked_about_the_ex(answer: str):
    return marked_with_caller("concern-for-welfare-mental-health", [
        (1, "caller", "My brother says he's going to take all his tablets tonight.", None),
        (6, "trainee", "Where is he right now, what's his address?", None),
        (10, "caller", "Flat 4 Kestrel Court, Rectory Road, Pitsea.", ["address"]),
        (60, "caller", "Has his ex been on to you lot about him? Is it on your system?",
         ["stacey_ask"]),
        (70, "trainee", answer, None)]).item("no-disclosure")


def test_a_disclosure_in_other_words_goes_to_an_assessor_leaning_not_met():
    told_otherwise = _asked_about_the_ex(
        "There's a bit from last August on here between the two of them, but I can't say "
        "more than that.")
    assert told_otherwise.critical and told_otherwise.status == "uncertain"
    assert told_otherwise.points == 0 and "august" in told_otherwise.reason
    refused = _asked_about_the_ex("I'm sorry, I can't discuss other people's information. "
                                  "Let's concentrate on getting help to your brother.")
    assert refused.status == "met" and refused.points == refused.max_points


def test_the_record_confirmed_is_the_record_disclosed():
    confirmed = _asked_about_the_ex("Yeah, she was in touch with us about the messages and "
                                    "someone had a word with him.")
    assert confirmed.status == "uncertain" and confirmed.points == 0
    assert "confirming" in confirmed.reason
    assert confirms("Yes, I know you're worried, but I can't go into other people's "
                    "business.") is None
    assert confirms("Let me have a look. Yep, there's something on here.") == \
        "Yep, there's something on here"
    assert confirms("I hear you. Let's keep our focus on your brother.") is None


def test_what_a_forbidden_disclosure_protects_is_read_from_the_checks():
    results = ["Intel: 02/02/2025 neighbour dispute logged. Notes: March 2024, Priya KAUR "
               "complained of harassment by the occupant; PCSO visit, no crime.",
               "PNC: no trace."]
    protected = protected_sentences(results, ["PCSO visit", "she complained"])
    assert protected == ["Notes: March 2024, Priya KAUR complained of harassment by the "
                         "occupant; PCSO visit, no crime."]
    # Names and dates, less the label, abbreviations (bodies, systems) and the words the
    # item itself names what it protects with.
    words = telling_words(protected, "Did not disclose the harassment complaint")
    assert words == {"march", "2024", "priya", "kaur"}
    # Said by the trainee and not by the caller before: told.
    assert told("Someone called Priya rang in about him last March.", words,
                "Has anyone complained about him?") == ["priya", "march"]
    assert told("Is Priya still living next door?", words, "Priya next door hates him.") == []


def _doubted(intent: str, clause: str, act: str = "statement") -> str | None:
    reading = IntentReading(intent, 0.9, "affirm", "caller", clause, "(test)", 0.9, act)
    analysis = TurnAnalysis(text=clause, intents=(reading,))
    return polarity_doubt(reading, analysis)


def test_a_thing_put_off_or_a_question_waived_is_doubted():
    # A deed put off to later is not done now; a question the caller is let off answering
    # is not asked.
    assert _doubted("reference_number", "let's skip your crime number for the moment")
    assert _doubted("reference_number", "we'll leave the crime number until later")
    assert _doubted("alcohol_drugs", "don't feel you have to tell me what she'd been drinking",
                    "instruction")
    assert _doubted("caller_name", "if you'd rather not give me your name, that's okay")
    # Done, or asked, plainly: no doubt.
    assert _doubted("reference_number", "don't skip writing this crime number down") is None
    assert _doubted("alcohol_drugs", "has she had anything to drink tonight?",
                    "question") is None
