"""Session 19, a turn's main act and intents affirmed that the author never labelled.

Forms found on the development sets and the held-back training authors (each in at least
two authors' turns, or stated by docs/understanding-definitions.md): the answering formula
with the force's desk named or the bare service's name; telling a silent caller how to
signal, or that they need not; a detail taken in with a closing "okay." (no tag); the
handler's own need waived "for me"; the reason after a waiver said of the caller ("you're
…", "you won't know …"); a read-back heard only as the caller's facts; advice put as what
the handler would not do ("I'd not …"); "I won't ask …, just whisper …"; "your phone"
named (no order to phone); keeping off what holds evidence (prints, the CSI, something
with a name on it) preserves the scene and is no safety advice; a reference number given
to note is no read-back. New wording, not lines of
any blind or training set.
"""

from __future__ import annotations

from scoring.understanding.analysis import ActKind, IntentReading
from scoring.understanding.reading import _read_back_asks_nothing
from tests.reading_helpers import affirmed as _affirmed
from tests.reading_helpers import labels as _labels
from tests.reading_helpers import read as _read


def test_the_answering_formula_with_the_desk_named_is_a_greeting() -> None:
    for line in ("Humberside Police enquiries desk, how can I help you?",
                 "Essex Police control room, how can I help?"):
        analysis = _read(line)
        assert analysis.act == "greeting", line
        assert ("what_happened", "affirm") in _labels(analysis), line


def test_the_bare_service_name_before_the_question_is_a_greeting() -> None:
    for line in ("Police emergency, what's going on?", "police what is the emergency"):
        analysis = _read(line)
        assert analysis.act == "greeting", line
        assert ("what_happened", "affirm") in _labels(analysis), line
    # a question of its own after the name is still a question (the definitions)
    assert _read("Police, is anybody injured?").act == "question"


def test_telling_a_silent_caller_how_to_signal_is_an_instruction() -> None:
    for line in ("Tap if you can hear me.", "Give the phone a tap if you're still with me.",
                 "if you can hear me give the phone a couple of taps",
                 "you dont need to keep tapping any more i can hear you"):
        assert _read(line, "silent-999-call").act == "instruction", line
    # a tap code attached to a question answers it: the turn asks
    assert _read("Is he in the room with you? Tap once for yes.",
                 "silent-999-call").act == "question"


def test_a_detail_taken_in_with_a_closing_okay_asks_nothing() -> None:
    for line in ("Nine Harebell Close, okay.", "9 Harebell Close, Thornaby, right.",
                 "Twelve weeks along, okay.", "Red Fiesta on the driveway, okay."):
        analysis = _read(line, "domestic-abuse-children")
        assert analysis.act == "statement", line
        assert not _affirmed(analysis), line
    # asked with a "?", the same word is a tag: the caller is to check it
    tagged = _read("Nine Harebell Close, okay?", "domestic-abuse-children")
    assert tagged.act == "readback"
    assert ("confirm_details", "affirm") in _labels(tagged)


def test_the_callers_phone_named_tells_nothing() -> None:
    # "phone" after "your" or "the" is the thing, not the verb "phone (us back)"
    for line in ("I won't ask for the address, your phone's given me Crescent Road.",
                 "There's no need for me to take your postcode, the phone's given me the "
                 "street."):
        assert _read(line).act == "statement", line
    assert _read("Phone us straight back if he turns up again.").act == "instruction"


def test_the_handlers_own_need_said_for_me_is_a_statement() -> None:
    for line in ("There's no need for me to take your postcode, the phone's given me the street.",
                 "No reason for us to ask if he had a weapon, you've said his hands were empty.",
                 "There's no point me asking if anyone was hurt, the shop was shut.",
                 "There's really no need for me to ask if you're safe, you're on the hard "
                 "shoulder behind the barrier."):
        analysis = _read(line)
        assert analysis.act == "statement", line
        assert not any(r.affirmed for r in analysis.intents), line


def test_a_reason_said_of_the_caller_after_a_waiver_does_nothing() -> None:
    for line in ("There's no point me asking what they took, you won't know till you've had a "
                 "proper look in the shed.",
                 "There's no point me asking what's missing, you won't know till the shop opens.",
                 "There's no need for me to ask if you're safe, you're in the back of the "
                 "ambulance with her."):
        analysis = _read(line)
        assert not _affirmed(analysis), line
        assert any(not r.affirmed for r in analysis.intents), line


def test_a_read_back_heard_only_as_the_callers_facts_confirms_them() -> None:
    for line in ("So that's the lay-by on Hoe Lane, opposite the water tower?",
                 "So that's Great Totham, near the old water tower?"):
        analysis = _read(line)
        assert ("confirm_details", "affirm") in _labels(analysis), line
        assert "location" not in _affirmed(analysis), line


def test_advice_as_what_the_handler_would_not_do_is_an_instruction() -> None:
    for line in ("I'd not go poking about in those bin bags, love.",
                 "I'd probably not stand out on the hard shoulder, mate.",
                 "I wouldn't go round there tonight, not with him like that."):
        assert _read(line).act == "instruction", line
    # what the handler would not know or worry about tells nothing
    assert _read("I wouldn't know, I'm afraid.").act != "instruction"


def test_a_question_declined_then_what_to_do_instead_is_an_instruction() -> None:
    for line in ("I won't ask where you are, just whisper the street name.",
                 "I won't keep asking if you can speak, just answer yes or no when you can."):
        assert _read(line, "silent-999-call").act == "instruction", line


def test_advice_as_i_would_not_asks_nothing() -> None:
    analysis = _read("I'd probably not stand in the middle lane, Dave, even with the hazards on.")
    assert analysis.act == "instruction"
    assert "road_hazards" not in _affirmed(analysis)


def test_keeping_off_what_holds_evidence_preserves_the_scene() -> None:
    for scenario, line in (
            ("burglary-next-morning",
             "Try not to go near the van at all, not even the back doors, there may be prints."),
            ("burglary-next-morning",
             "I'm going to ask you to keep the shed door shut and leave it alone till the CSI's "
             "been."),
            ("non-police-matter",
             "Please don't go rooting through the bags, there might be something in them with "
             "a name on it.")):
        analysis = _read(line, scenario)
        assert "safety_advice" not in _affirmed(analysis), line
        assert ("scene_preservation", "affirm") in _labels(analysis), line
    # advice for the caller's own safety, with no evidence in it, is still safety advice
    assert "safety_advice" in _affirmed(_read(
        "Stay in the bedroom and keep the door locked till the officers are there.",
        "domestic-abuse-children"))


def test_a_reference_given_to_note_reads_nothing_back() -> None:
    analysis = _read("Grab a pen and jot this down, it's three nine two eight.")
    assert ("reference_number", "affirm") in _labels(analysis)
    assert "confirm_details" not in _affirmed(analysis)
    # a check put to the caller in the same turn still reads back
    checked = _read("Your reference is three nine two eight, have I got your number right as "
                    "07700 900123?")
    assert ("confirm_details", "affirm") in _labels(checked)



def _reading(intent: str, clause: str, act: ActKind) -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity="affirm", subject="caller",
                         clause=clause, phrase="(test)", score=0.9, act=act)


def test_a_fact_put_back_after_and_still_asks() -> None:
    # the read-back of the whole turn holds its "?": after "so that's" it asks nothing of
    # its own; after "and" ("and that was …?") the fact is asked after, as the definitions'
    # "and that was Friday?" (the v5 marker credits that question)
    so = [_reading("location", "So that's the lay-by on Hoe Lane", "statement"),
          _reading("confirm_details", "So that's the lay-by on Hoe Lane, by the tower?",
                   "readback")]
    assert [r.intent for r in _read_back_asks_nothing(so)] == ["confirm_details"]
    then = [_reading("when_happened", "And that was the Saturday the 21st", "statement"),
            _reading("confirm_details", "Okay. And that was the Saturday, the 21st?",
                     "readback")]
    assert [r.intent for r in _read_back_asks_nothing(then)] == [
        "when_happened", "confirm_details"]
