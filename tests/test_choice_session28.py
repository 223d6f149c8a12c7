"""Session 28: another intent affirmed beside the labelled one, found on v43, v44, v45 and v46
(first read this session) and counted over the older development sets and the held-back
authors. One test per cause, in new wording (no line of any set): a street's name holds no
preposition, "of", "your" or a "the" inside it, and "by" after a street word is the word
"by" (so "the rest of your walk, bye" and "a car to drive by" say no address back); a turn
that waives or refuses something is no summary read back for the name or number in it,
unless a clause of it is put to the caller to check or is names and numbers alone."""

from __future__ import annotations

from scoring.understanding import Context, Understanding
from scoring.understanding.readbacks import find
from scoring.understanding.reading import _said_back_beside


def kinds(clause: str) -> list[str]:
    return [b.kind for b in find(clause, None)]


# --- a street's name holds no preposition, "of", "your", nor a "the" inside it -----------------


def test_a_goodbye_after_a_street_word_is_no_landmark() -> None:
    assert kinds("enjoy the rest of your drive bye for now") == []
    assert kinds("mind how you go on the walk bye bye") == []


def test_going_by_a_place_is_no_landmark() -> None:
    assert kinds("we'll have a unit to drive by later tonight") == []


def test_a_verb_before_the_street_is_no_address() -> None:
    assert kinds("the camera at 14 points at the road") == []
    assert kinds("the one at number 6 faces the close") == []


def test_addresses_said_back_still_are() -> None:
    assert kinds("so that's 12 The Green, yeah?") == ["address"]
    assert kinds("just to check, 7 Mill Lane?") == ["address"]
    assert kinds("so it's Ferry Road, opposite the garage?") == ["address"]
    # a misrecognised name with "a" in it ("sick a more" for Sycamore)
    assert kinds("so that's nine sick a more grove yeah") == ["address"]


def test_a_goodbye_says_nothing_back(understanding: Understanding) -> None:
    analysis = understanding.analyse(
        "thanks very much mr patel enjoy the rest of your walk bye now", Context())
    assert not any(r.intent == "confirm_details" for r in analysis.intents)


# --- a turn that waives something is no summary, unless a clause of it is said back ------------


def test_a_waiver_with_a_name_in_it_is_no_summary() -> None:
    assert not _said_back_beside("Don't worry about ringing 101, Sam, we'll deal with it.")
    assert not _said_back_beside("I'm sorry, Mr Ellis, but you needn't give me your email.")
    assert not _said_back_beside("Right, I've heard you. No need to knock again, Tara.")


def test_a_clause_put_to_check_beside_a_waiver_is_said_back() -> None:
    assert _said_back_beside("So it's Flat 9, yes? You needn't give me the block.")
    assert _said_back_beside("Mill Lane, Heybridge. You don't need the postcode.")
    assert _said_back_beside("So that was Tuesday night, right? No need for the exact time.")


# --- "I don't need you to tell me …": the telling is waived, no request put -------------------


def test_the_handlers_need_of_a_telling_waives_its_topic() -> None:
    from scoring.understanding.waivers import waiver

    found = waiver("I won't need you to tell me the make of the van")
    assert found is not None and found.told and found.topic == "the make of the van"
    assert not found.asked
    found = waiver("we're not going to need you to spell the street")
    assert found is not None and found.told and not found.asked


def test_a_telling_waived_asks_nothing(understanding: Understanding) -> None:
    analysis = understanding.analyse(
        "I don't need you to tell me what colour the van was, I've got it.", Context())
    assert not any(r.affirmed for r in analysis.intents)
    assert ("vehicle_description", "negate") in {(r.intent, r.polarity)
                                                 for r in analysis.intents}


def test_a_deed_the_caller_need_not_do_is_no_telling() -> None:
    from scoring.understanding.waivers import waiver

    assert waiver("we don't need you to come down to the station") is None


# --- a question word's phrase, then its inverted verb: one question --------------------------


def test_a_question_words_phrase_keeps_its_verb() -> None:
    from scoring.intents import clauses

    assert clauses("whereabouts on station road did he hit you") == [
        "whereabouts on station road did he hit you"]
    assert clauses("which end of the car park are you parked") == [
        "which end of the car park are you parked"]
    assert clauses("roughly what time on sunday did she leave") == [
        "roughly what time on sunday did she leave"]


def test_a_second_question_after_the_verb_is_still_cut() -> None:
    from scoring.intents import clauses

    assert clauses("whereabouts on the estate was the van is it still there") == [
        "whereabouts on the estate was the van", "is it still there"]
    assert clauses("what about the dog is it inside") == ["what about the dog", "is it inside"]
    assert clauses("whats the colour of the van did you see the reg") == [
        "what's the colour of the van", "did you see the reg"]


def test_a_place_asked_with_its_verb_asks_no_time(understanding: Understanding) -> None:
    analysis = understanding.analyse("whereabouts on church street did he stop you", Context())
    assert {r.intent for r in analysis.intents if r.affirmed} == {"location"}


# --- "your little lad's in the house": the caller's child, no possessive ----------------------


def test_a_kin_word_is_read_whole_in_a_possessive() -> None:
    from bench.understanding_accuracy import understanding

    people = understanding("hate-incident").people
    assert people.subject("and your little lad's upstairs is he", "children_present",
                          None).role == "child"
    assert people.subject("so your lad's in bed", "children_present", None).role == "child"


def test_a_little_one_of_someone_named_is_still_a_child() -> None:
    from bench.understanding_accuracy import understanding

    people = understanding("concern-for-welfare-mental-health").people
    assert people.subject("is Liam's little girl staying with him", "children_present",
                          None).role == "child"
