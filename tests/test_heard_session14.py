"""Session 14: intents said but not heard, and intents heard that the turn does not carry.
One test a cause found across development authors, in new wording (not lines of any blind
or training set): the rule alone where it decides, the whole reader where the turn's
readings do."""

from __future__ import annotations

from scoring.homophones import repaired
from scoring.intents import clauses
from scoring.text import is_question
from scoring.understanding import Context, Understanding
from scoring.understanding.agencies import for_an_agency
from scoring.understanding.analysis import IntentReading
from scoring.understanding.clause_form import core_of, handler_will_do
from scoring.understanding.reference_back import reference_said_back


def affirmed(understanding: Understanding, text: str) -> set[str]:
    return {r.intent for r in understanding.analyse(text, Context()).intents if r.affirmed}


def given(clause: str) -> IntentReading:
    return IntentReading(intent="reference_number", confidence=0.9, polarity="affirm",
                         subject="caller", clause=clause, phrase="(test)", score=0.9)


# --- the force's answering formula before a question --------------------------------------


def test_the_force_name_is_left_out_of_a_question_put_after_it() -> None:
    assert core_of("Merseyside Police erm is there anyone injured") == (
        "is there anyone injured")
    assert core_of("West Mercia Police hello where are you calling from") == (
        "where are you calling from")


def test_the_force_name_stays_where_no_question_follows_it() -> None:
    # the force acts, or the formula goes on naming who answered: nothing to leave out
    assert core_of("Kent Police will send someone round") == "Kent Police will send someone round"
    assert core_of("Dorset Police you're through to Priya").startswith("Dorset Police")
    assert core_of("The Police are coming to you now").startswith("The Police")


def test_a_question_after_the_force_name_is_heard(understanding: Understanding) -> None:
    assert "anyone_injured" in affirmed(understanding,
                                        "Cumbria Police, erm, is anyone at all hurt?")


# --- a reference number said back to check --------------------------------------------------


def test_a_reference_put_to_the_caller_to_correct_is_a_read_back() -> None:
    said = "so your incident number was WM-25-44109"
    read = reference_said_back([given(said)], said, "So your incident number was WM-25-44109?")
    assert [(r.intent, r.act) for r in read] == [("confirm_details", "readback")]
    tagged = "WM-25-44109 is that right"
    assert reference_said_back([given(tagged)], tagged, tagged)[0].intent == "confirm_details"


def test_a_reference_given_to_the_caller_stays_given() -> None:
    said = "your incident number is WM-25-44109"
    assert reference_said_back([given(said)], said, "Your incident number is WM-25-44109."
                               )[0].intent == "reference_number"
    # the question mark is the next clause's: a pen asked for, the number still given
    turn = "Your incident number is WM-25-44109, have you got something to write on?"
    assert reference_said_back([given(said)], said, turn)[0].intent == "reference_number"
    # no code in the clause: nothing said back
    plain = "you'll get a reference"
    assert reference_said_back([given(plain)], plain, "You'll get a reference, okay?"
                               )[0].intent == "reference_number"


def test_the_whole_reader_hears_the_reference_said_back(understanding: Understanding) -> None:
    heard = affirmed(understanding,
                     "Just checking, the incident number they gave you was DV-24-99310?")
    assert "confirm_details" in heard
    assert "reference_number" not in heard


# --- saying it again ------------------------------------------------------------------------


def test_saying_it_again_is_no_step_the_handler_promises() -> None:
    assert not handler_will_do("I'll repeat that once more")
    assert not handler_will_do("let me put it again more slowly")
    assert handler_will_do("I'll get an officer to ring you tonight")


def test_an_apology_repeated_carries_no_promise(understanding: Understanding) -> None:
    heard = affirmed(understanding, "I said it before and I'll say it again, I'm sorry the officer "
                             "never came back to you.")
    assert "apology" in heard
    assert "next_steps" not in heard


def test_sorry_for_the_handlers_own_haste_is_an_apology(understanding: Understanding) -> None:
    # "let me say that again" is the handler repeating, no "pardon?" asked of the caller
    assert "apology" in affirmed(understanding, "Sorry, Mrs Kaur, I went too fast there, "
                                                "let me say that again.")


def test_honestly_before_an_apology_is_left_out(understanding: Understanding) -> None:
    assert core_of("Honestly Mr Grant I'm sorry nobody called you") == (
        "I'm sorry nobody called you")


# --- "and tell me" leads into the question after it ----------------------------------------


def test_tell_me_goes_with_the_question_after_it() -> None:
    assert clauses("Keep the back door shut, and tell me, has he got a weapon?") == [
        "Keep the back door shut", "tell me has he got a weapon"]


def test_advice_before_tell_me_is_still_heard(understanding: Understanding) -> None:
    heard = affirmed(understanding, "Stay on the phone with me, and tell me, is anybody injured?")
    assert {"stay_on_line", "anyone_injured"} <= heard


# --- whether he is in the room is whether he is there ---------------------------------------


def test_whether_he_is_in_the_room_asks_if_he_is_present(understanding: Understanding) -> None:
    heard = affirmed(understanding, "Is he in the room with you at the moment?")
    assert "suspect_present" in heard
    assert "safe_to_talk" not in heard
    assert "safe_to_talk" in affirmed(understanding, "Can he hear what you're saying to me?")


# --- a matter said to be another agency's --------------------------------------------------


def test_a_matter_for_an_agency_is_told_by_its_form() -> None:
    assert for_an_agency("the dumped mattress is one for the council really")
    assert for_an_agency("a blocked drain is a highways matter")
    assert for_an_agency("Environmental Health are the people who deal with that smell")
    assert for_an_agency("the RSPCA handles stray animals")
    assert not for_an_agency("it isn't one for the council")  # denied: left as it reads
    assert not for_an_agency("the council came out last week")


def test_a_matter_for_an_agency_is_a_signpost(understanding: Understanding) -> None:
    assert "signpost" in affirmed(understanding, "The burnt-out moped is one for the council, "
                                          "to be fair.")


# --- details noted, not put to the caller ---------------------------------------------------


def test_a_detail_noted_is_no_read_back(understanding: Understanding) -> None:
    heard = affirmed(understanding, "Right, the side gate was left unlatched, I've put that on.")
    assert "confirm_details" not in heard
    # put to the caller to correct, it still is one
    assert "confirm_details" in affirmed(
        understanding, "So the side gate was left unlatched and the shed was open, is that right?")


# --- a recogniser's spelling ----------------------------------------------------------------


def test_an_officers_number_misheard_is_a_collar_number() -> None:
    assert repaired("can you tell me the officers colour number") == (
        "can you tell me the officers collar number")
    assert repaired("his caller number was on his shoulder") == (
        "his collar number was on his shoulder")
    assert repaired("what's the caller's number") == "what's the caller's number"


def test_a_make_spelled_letter_by_letter_is_the_make() -> None:
    assert repaired("was the bee em double you parked up") == "was the BMW parked up"
    assert repaired("a silver vee double you") == "a silver VW"


def test_a_noun_after_the_is_no_new_instruction() -> None:
    # speech without punctuation: "officers" after "the" names them, it tells nothing
    assert clauses("did you catch the officers collar number") == [
        "did you catch the officers collar number"]


def test_the_misheard_number_is_heard_as_the_officers(understanding: Understanding) -> None:
    heard = affirmed(understanding, "did you manage to see the officers colour number")
    assert "officer_details" in heard
    assert "vehicle_description" not in heard


def test_the_officers_after_a_leave_open_a_clause_of_their_own() -> None:
    assert clauses("you can hang up now dave the officers will ring you tonight") == [
        "you can hang up now dave", "the officers will ring you tonight"]


def test_a_hedged_question_after_a_permission_still_asks(understanding: Understanding) -> None:
    # "roughly" before the question word hides the question by its first word; the
    # permission before it then leaves the clause a statement, and its question unheard
    assert "when_happened" in affirmed(
        understanding, "You're fine to clean up now, but about what time did you go to bed?")
    assert "when_happened" in affirmed(
        understanding, "you can put things back now roughly what time did you lock up")
    # a hedge before a free relative ("about what he said") asks nothing
    assert not is_question("about what he said, I'll pass that on")
    assert is_question("approximately how long were you out")
