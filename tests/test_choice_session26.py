"""Session 26: the wrong intent chosen, or another one affirmed beside the labelled one, on
v37, v38 and v39 (first read this session), each cause counted over the older development
sets and the held-back authors. One test per cause, in new wording (no line of any set): an
intent whose meaning lives in a family of words is not carried by a clause without one of
them, and a waived topic names no such question without them; a condition comforts no one;
the handler owning what the caller feels beside an apology is the apology's; a detail checked
in a check's own words is the read-back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from scoring.understanding import Context, Understanding
from scoring.understanding.analysis import Act, IntentReading
from scoring.understanding.checked_in_words import checked_in_words, checks_in_words
from scoring.understanding.key_words import says_what_it_is_about, with_key_words
from scoring.understanding.qualifiers import without_qualifiers
from scoring.understanding.reading import _put_off_after_waiver, _sorry_said_again


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


def reading(intent: str, clause: str, *, polarity: str = "affirm", score: float = 0.6,
            act: str = "statement") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.7, polarity=polarity,  # type: ignore[arg-type]
                         subject="caller", clause=clause, phrase="(test)", score=score,
                         act=act)  # type: ignore[arg-type]


# --- the words an intent is about (v4, v9, v10, v33, v34, v37, v38, v39; acts_r) ----------------


@pytest.mark.parametrize(("intent", "text"), [
    ("stay_on_line", "stay on the phone with me, Sandra"),
    ("stay_on_line", "you're free to go now, Mrs Patel"),
    ("stay_on_line", "keep whispering to me"),
    ("stay_on_line", "you can come off the fone now"),
    ("breathing_conscious", "are his eyes open at all"),
    ("breathing_conscious", "is she concious"),
    ("date_of_birth", "and his d o b"),
    ("date_of_birth", "what year was she born"),
    ("date_of_birth", "and her date of berth"),
    ("relationship", "what's he to you"),
    ("relationship", "is she your step-daughter"),
    ("anyone_injured", "did she lay a hand on you"),
])
def test_a_clause_saying_what_the_intent_is_about_carries_it(intent: str, text: str) -> None:
    assert says_what_it_is_about(intent, text)


@pytest.mark.parametrize(("intent", "text"), [
    ("stay_on_line", "make yourself a brew and sit yourself down"),
    ("stay_on_line", "once you've had a minute to yourself"),
    ("stay_on_line", "I asked you to keep off the stairs"),
    ("breathing_conscious", "can you hear him from there"),
    ("date_of_birth", "whether Mason's in the house"),
    ("relationship", "whether Mason's in the house"),
])
def test_a_clause_without_those_words_does_not_carry_it(intent: str, text: str) -> None:
    assert not says_what_it_is_about(intent, text)


def test_an_intent_without_a_family_of_words_is_always_carried() -> None:
    assert says_what_it_is_about("what_happened", "go on then")


def test_readings_whose_clause_lacks_the_words_are_dropped() -> None:
    kept = with_key_words([replace(reading("stay_on_line", "pop the kettle on for yourself"),
                                   phrase="put the kettle on"),
                           reading("scene_preservation", "don't touch the dresser")])
    assert [r.intent for r in kept] == ["scene_preservation"]


def test_a_follow_on_keeps_the_last_question_in_none_of_its_words(
        understanding: Understanding) -> None:
    first = understanding.analyse("Is she conscious?", Context())
    got = understanding.analyse("What about him?", Context().after(first))
    assert ("breathing_conscious", "affirm") in {(r.intent, r.polarity) for r in got.intents}


def test_a_thing_waived_may_be_named_before_its_waiver(understanding: Understanding) -> None:
    got = read(understanding, "You've told me how old she is, so I won't ask you again. "
                              "Where was she going?")
    assert ("date_of_birth", "negate") in got


def test_tea_and_a_sit_down_hold_no_line(understanding: Understanding) -> None:
    got = read(understanding, "You can stick the kettle on now and sit yourself down, Sandra.")
    assert not any(intent == "stay_on_line" for intent, _ in got)


def test_a_child_waived_by_whether_they_are_there_is_no_age_asked(
        understanding: Understanding) -> None:
    got = read(understanding, "I'm not going to ask whether Mason's there, he's at his nan's.")
    assert not any(intent in ("date_of_birth", "anyone_injured", "relationship")
                   for intent, _ in got)


# --- a condition comforts no one (v39; every author's 111 signpost of the form) ---------------


def test_a_condition_beside_advice_gives_no_comfort() -> None:
    acts = [Act("statement", "If you're anxious about her later on"),
            Act("instruction", "give 111 a ring and pick option 2")]
    got = without_qualifiers([reading("reassurance", acts[0].clause, score=0.5),
                              reading("signpost", acts[1].clause, score=0.85)], acts)
    assert [r.intent for r in got] == ["signpost"]


# --- owning what the caller feels, beside an apology (v8, v31, v37; acts_a, c, h, n, r) --------


@pytest.mark.parametrize("preface", ["I hear you Mr Patel", "I know you've been ringing all week",
                                     "and I understand that"])
def test_owning_the_callers_feeling_beside_an_apology_is_the_apology(preface: str) -> None:
    got = _sorry_said_again([reading("reassurance", preface, score=0.8),
                             reading("apology", "I'm sorry nobody came out on Tuesday")])
    assert [r.intent for r in got] == ["apology"]


def test_owning_the_callers_feeling_without_an_apology_still_comforts() -> None:
    got = _sorry_said_again([reading("reassurance", "I hear you Mr Patel", score=0.8)])
    assert [r.intent for r in got] == ["reassurance"]


# --- a detail checked in a check's own words (v8, v18, v20, v22, v37, v38) --------------------


@pytest.mark.parametrize("clause", [
    "Just checking I've got the registration right",
    "Can I just confirm I've got his surname down",
    "Let me make sure I've got your postcode correct",
    "log number 4471 of the 12th, is that the right one",
])
def test_a_check_in_its_own_words(clause: str) -> None:
    assert checks_in_words(clause)


@pytest.mark.parametrize("clause", ["Can you check the back door's locked",
                                    "is that the one he took"])
def test_no_check_of_a_detail(clause: str) -> None:
    assert not checks_in_words(clause)


def test_a_detail_checked_is_the_read_back_not_the_question() -> None:
    acts = [Act("question", "Let me check I've got the van's reg right"),
            Act("readback", "Y K seven two")]
    readings, acts = checked_in_words(
        [reading("vehicle_description", acts[0].clause, act="question")], acts)
    assert [(r.intent, r.act) for r in readings] == [("confirm_details", "readback")]
    assert [a.kind for a in acts] == ["readback", "readback"]


# --- the waived thing put off till later (v9 to v37, training d, j, m, n) ----------------------


@pytest.mark.parametrize("later", ["we'll sort that out at the end", "I can get it later on",
                                   "so we can go over that tomorrow"])
def test_putting_the_waived_thing_off_gives_no_comfort(later: str) -> None:
    got = _put_off_after_waiver([reading("caller_name", "never mind your surname for now",
                                         polarity="negate"),
                                 reading("reassurance", later, score=0.52)])
    assert [r.intent for r in got] == ["caller_name"]


def test_the_officer_going_through_it_is_still_a_step() -> None:
    got = _put_off_after_waiver([reading("property_taken", "no need to list the tools",
                                         polarity="negate"),
                                 reading("next_steps", "the officer will go through it with you")])
    assert [r.intent for r in got] == ["property_taken", "next_steps"]


def test_nothing_put_off_without_a_waiver() -> None:
    got = _put_off_after_waiver([reading("reassurance", "we'll sort that out at the end")])
    assert [r.intent for r in got] == ["reassurance"]


# --- a request said in the future after a time put first (v32, kept when its line went) ------


def test_a_request_in_the_future_after_a_time_is_an_instruction(
        understanding: Understanding) -> None:
    got = understanding.analyse("In a second I'm going to ask you to switch the hall light on "
                                "for the crew.", Context())
    assert got.act == "instruction"
    assert "stay_on_line" not in got.intent_ids()
