"""Critical items and pass/fail (session 22): safety advice that tells the caller to leave
where the item's advice is to stay put is no safety advice beyond doubt; what someone else
will do, passed on through "tell him…", advises nothing; an agency said to be shut with a
contracted "is" ("the council's shut") is waved away; a refusal turned round by "but yes"
confirms the record; a log's negation reaches over the small words of its phrase ("not
appropriate for resolution outside Schedule 3"). Every line here is new wording, not a line
of any blind set."""

from __future__ import annotations

import pytest

from scoring.disclosure import confirms
from scoring.doubts import foretold, leaves_against, waves_away
from scoring.text import mentions_as_done
from scoring.understanding import IntentReading
from tests.marked_calls import item_mark

_STAY = "Gave safety advice (stay in the room, keep the door blocked, don't open it)"
_GO_OUT = "Told him not to go out or confront them and to stay inside with his family"


def _advice(clause: str, intent: str = "safety_advice") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity="affirm", subject="caller",
                         clause=clause, phrase="", score=0.9, act="instruction")


# --- advice against the item's own advice ------------------------------------------------------


@pytest.mark.parametrize("clause", [
    "can you slip out the back door while he's in the kitchen",
    "maybe head over to your sister's across the road",
    "try and get outside and wait by the car",
    "I'd leave the house now if you can",
    "just open the door and talk to him calmly",
])
def test_leaving_where_the_item_says_stay_is_in_doubt(clause: str) -> None:
    assert leaves_against(_advice(clause), _STAY) is not None, clause


@pytest.mark.parametrize("clause", [
    "don't open the door to him",
    "never go out to him while he's like this",
    "stay where you are and keep the chair against it",
    "when the officers shout police you can open the door",
    "he can go downstairs to let them in once they knock",
])
def test_staying_or_leaving_once_the_police_are_there_is_not(clause: str) -> None:
    assert leaves_against(_advice(clause), _STAY) is None, clause


def test_leaving_is_judged_only_where_the_item_says_stay() -> None:
    assert leaves_against(_advice("get out of the car and onto the verge"),
                          "Gave safety advice (don't move her, no smoking)") is None
    assert leaves_against(_advice("go outside and get the registration"), _GO_OUT) is not None


def test_leaving_is_judged_only_for_safety_advice() -> None:
    assert leaves_against(_advice("leave the house as it is", "scene_preservation"),
                          _STAY) is None


def test_a_weak_call_sending_her_out_past_him_fails_safety_advice() -> None:
    mark = item_mark("domestic-abuse-children", "safety-advice", [
        (0, "caller", "Please... he's trying to get in the bedroom, I have to be quiet.",
         None),
        (6, "trainee", "What's the address?", None),
        (9, "caller", "Nine Harebell Close, Thornaby.", ["address"]),
        (60, "trainee", "Right, can you climb out of the window and run next door?", None),
        (64, "caller", "I can't, it's too high!", None),
    ])
    assert mark.status != "met"


# --- what others will do, passed on ------------------------------------------------------------


@pytest.mark.parametrize("clause", [
    "tell him somebody will come and take a statement",
    "could you let her know the officers will be there shortly",
    "please tell them that someone is going to ring back",
])
def test_what_others_will_do_passed_on_advises_nothing(clause: str) -> None:
    assert foretold(_advice(clause)) is not None, clause


@pytest.mark.parametrize("clause", [
    "tell him he must stay upstairs with his wife",
    "tell him officers will be there soon so keep the door locked",
    "let him know he shouldn't go down to them",
])
def test_advice_passed_on_is_still_advice(clause: str) -> None:
    assert foretold(_advice(clause)) is None, clause


# --- an agency said to be shut -----------------------------------------------------------------


@pytest.mark.parametrize("clause", [
    "environmental health's shut over the weekend",
    "the housing office's closed by now",
    "the council's probably closed at this hour",
])
def test_an_agency_said_to_be_shut_with_a_contraction_is_waved_away(clause: str) -> None:
    assert waves_away(clause) is not None, clause


@pytest.mark.parametrize("clause", [
    "the noise team's number is on their website",
    "keep your windows shut and ring the council's noise team in the morning",
])
def test_an_agency_named_with_a_possessive_is_not(clause: str) -> None:
    assert waves_away(clause) is None, clause


# --- a refusal turned round ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I'm not able to say much, but yes, she's been on to us about him before.",
    "I cannot really discuss it but yeah she did report him a while ago",
    "I shouldn't say, I can't go into it, but yeah, they've had a word with him.",
])
def test_a_refusal_turned_round_by_a_yes_confirms_the_record(text: str) -> None:
    assert confirms(text) is not None, text


@pytest.mark.parametrize("text", [
    "I can't talk about that, but I know it's worrying for you.",
    "Yes, I hear you, but I can't discuss other people's information.",
    "I can't say, but yes, I'm still here with you.",
    "I can't go into it, but yes, she reported him, and I can't say more.",
])
def test_a_refusal_that_stands_confirms_nothing(text: str) -> None:
    assert confirms(text) is None, text


# --- a log's negation --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Not appropriate for resolution outside Schedule 3 given the allegation",
    "unsuitable for local handling outside Schedule 3",
])
def test_a_negation_reaches_over_the_small_words_of_a_log(text: str) -> None:
    assert not mentions_as_done(text, ["outside Schedule 3"]), text


@pytest.mark.parametrize("text", [
    "Agreed with the caller to resolve outside Schedule 3",
    "No injuries. Handled outside Schedule 3 by the sergeant",
])
def test_a_log_that_records_it_still_mentions_it(text: str) -> None:
    assert mentions_as_done(text, ["outside Schedule 3"]), text


@pytest.mark.parametrize(("text", "point"), [
    ("Silver Corsa, no tax disc in Elm Road", "Elm Road"),
    ("advised him not to wipe the door (forensics)", "forensics"),
])
def test_what_a_negation_does_not_govern_is_still_mentioned(text: str, point: str) -> None:
    assert mentions_as_done(text, [point]), text


@pytest.mark.parametrize(("text", "point"), [
    ("not entered in the crime system", "crime system"),
    ("no sign of a forced entry", "forced entry"),
])
def test_what_a_negation_governs_is_not_mentioned(text: str, point: str) -> None:
    assert not mentions_as_done(text, [point]), text
