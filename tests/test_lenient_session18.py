"""Critical items credited where a blind assessor marked them not met, read as kinds across
development sets (session 18), each checked in wordings of its own: the language asked only
as "do you speak English?"; advice said in English before the interpreter was on; advice
given only as what the handler's ending the call is for; "ring again" said through an
interpreter; leave to do the advice's opposite given in other words first; a location
"confirmed" by a question offering alternatives or asking her to give it; the council named
only to say it is shut or that the matter is not its job; a formal complaint named only to
steer the caller away from it. Every line here is new wording, not a line of any blind
set."""

from __future__ import annotations

from typing import Any

from scoring.conditions import Condition
from scoring.result import ItemMark
from tests.marked_calls import Turn, item_mark


def _credited(mark: ItemMark) -> bool:
    return mark.status == "met" and mark.points > 0


# --- the interpreter call: the language asked, and advice told through the interpreter ------

INTERPRETER = [{"t": 60, "type": "transfer", "value": "interpreter"}]


def _language(question: str) -> ItemMark:
    return item_mark("interpreter-caller", "language-identified", [
        (0, "caller", "Hello? Police? My van... men there... my English, sorry... Polski?", None),
        (12, "trainee", question, None),
        (18, "caller", "Sorry... sorry, I don't understand.", None)])


def test_english_asked_for_is_no_language_asked():
    # Pressing on in English (the item's feedback): no language named, no interpreter.
    for question in ("Do you speak any English at all, sir?",
                     "Is there somebody with you who speaks English?",
                     "Try to speak English for me, nice and slow."):
        mark = _language(question)
        assert mark.critical and not _credited(mark), question


def test_a_language_named_or_an_interpreter_asks_it():
    for question in ("Which language do you speak, is it Polish?",
                     "Would an interpreter help you? Polski?"):
        assert _credited(_language(question)), question


def _advice(*turns: Turn, events: list[dict[str, Any]] | None = None) -> ItemMark:
    return item_mark("interpreter-caller", "safety-advice", [
        (0, "caller", "Police... my van... two men... I go down to them?", None),
        *turns], INTERPRETER if events is None else events)


def test_advice_said_in_english_before_the_interpreter_never_told_him():
    mark = _advice((20, "trainee", "No, no. You stay upstairs. Up. Stairs. Not outside.", None),
                   (26, "caller", "Okay... okay.", None),
                   (70, "trainee", "Hello interpreter, could you ask him what colour their car "
                                   "is?", None),
                   (78, "caller", "He says it is a dark blue Golf.", ["vehicle"]))
    assert mark.critical and mark.status == "not_met"
    assert "only before" in mark.reason


def test_advice_told_through_the_interpreter_tells_him():
    mark = _advice((70, "trainee", "Interpreter, please tell him to keep well away from the "
                                   "window and not to go out to them.", None),
                   (78, "caller", "He says okay, he will stay in.", None))
    assert _credited(mark)
    assert "after transfer interpreter" in mark.reason


def test_no_interpreter_still_means_no_advice_told():
    mark = _advice((20, "trainee", "Stay inside the house, don't go out to them.", None),
                   (26, "caller", "Okay.", None), events=[])
    assert mark.status == "not_met"


def test_after_is_an_option_of_asked_in_the_format():
    condition = Condition.model_validate(
        {"asked": "safety_advice", "after": {"event": "transfer", "value": "interpreter"}})
    assert condition.after is not None and condition.after.event == "transfer"


def test_ring_again_said_through_the_interpreter_is_no_safety_advice():
    for line in ("Can you tell him, if they come back he should dial 999 again.",
                 "Ask him to give us another ring if they turn up again."):
        mark = _advice((70, "trainee", line, None), (78, "caller", "He understands.", None))
        assert mark.critical and not _credited(mark), line
    # with advice of its own, the ringing is part of the advice
    mark = _advice((70, "trainee", "Tell him to stop upstairs with his wife and not go out, and "
                                   "to ring us if they come back.", None),
                   (78, "caller", "He understands.", None))
    assert _credited(mark)


# --- advice given only as what the handler's ending the call is for -------------------------

def _barricade(line: str) -> ItemMark:
    return item_mark("domestic-abuse-children", "safety-advice", [
        (0, "caller", "He's booting the bedroom door, please hurry.", None),
        (60, "trainee", line, None),
        (66, "caller", "Please don't go.", None)])


def test_the_purpose_of_letting_her_go_is_no_advice():
    # (each told her to ring again first: that alone is no safety advice either)
    for line in ("If he does get through, phone 999 again, alright? I'll let you go now so you "
                 "can keep that door shut.",
                 "If he gets in, ring straight back on 999, okay? I'll hang up now so you can "
                 "keep your back against the door.",
                 # recogniser text, the purpose and the advice heard as clauses of their own
                 "if he gets through ring us again alright im going to let you go so you can "
                 "keep that door shut"):
        mark = _barricade(line)
        assert mark.critical and not _credited(mark), line


def test_advice_told_with_its_reason_is_advice():
    mark = _barricade("Keep the door closed and stay against it so he can't get in.")
    assert _credited(mark)


# --- leave to do the opposite, in other words, given first ----------------------------------

def _scene(*turns: Turn) -> ItemMark:
    return item_mark("burglary-next-morning", "scene-preservation", [
        (0, "caller", "Somebody's been in through the back door overnight.", None), *turns])


def test_leave_in_other_words_before_the_advice_is_the_opposite_first():
    for leave in ("Go ahead and put the drawers back if it's getting to you.",
                  "I don't mind if you straighten the drawers up a bit."):
        mark = _scene((10, "trainee", leave, None), (16, "caller", "Oh, thank you.", None),
                      (90, "trainee", "Please keep away from the back door and its frame until "
                                      "CSI have been.", None),
                      (96, "caller", "Right.", None))
        assert mark.critical and not _credited(mark), leave


def test_the_advice_alone_is_still_met():
    mark = _scene((90, "trainee", "Please keep away from the back door and its frame until CSI "
                                  "have been.", None), (96, "caller", "Right.", None))
    assert _credited(mark)


# --- the silent call: a question offering alternatives confirms nothing by a tap ------------

SUBSCRIBER = [{"t": 30, "type": "system_check", "query": "07700 900871"}]


def _confirmed(question: str) -> ItemMark:
    return item_mark("silent-999-call", "location-confirmed", [
        (0, "caller", "[breathing]", None),
        (8, "trainee", "If you can hear me but can't talk, press 55.", None),
        (12, "caller", "[two beeps]", ["press55"]),
        (40, "trainee", question, None),
        (44, "caller", "[one tap]", None)], SUBSCRIBER)


def test_a_question_offering_alternatives_is_not_closed():
    for question in ("Are you at a house or at a flat?",
                     "Is it Melbourne Road or Highfields Street you're on?"):
        mark = _confirmed(question)
        assert mark.critical and not _credited(mark), question


def test_a_request_to_give_the_address_is_not_closed():
    # "can you …?" asking her to tell the thing itself: a yes says only that she could
    for question in ("Could you give me your flat number?",
                     "can you tell me your house number please",
                     "Can you confirm your home address for me?"):
        mark = _confirmed(question)
        assert mark.critical and not _credited(mark), question


def test_the_address_put_to_her_to_confirm_is_closed():
    for question in ("Can you confirm you're at flat 2, 41 Melbourne Road? One tap for yes.",
                     "could you tell me if that's flat two forty one melbourne road"):
        assert _credited(_confirmed(question)), question


def test_a_yes_or_no_question_with_its_taps_is_closed():
    mark = _confirmed("Are you at flat two, forty one Melbourne Road? Once for yes or twice "
                      "for no.")
    assert _credited(mark)


# --- the council named only to wave it away -------------------------------------------------

def _noise(line: str) -> ItemMark:
    return item_mark("neighbour-noise-asb", "signpost-council", [
        (0, "caller", "It's the bass through the wall again and it's gone two.", None),
        (60, "trainee", line, None),
        (66, "caller", "Right.", None)])


def test_the_council_said_to_be_shut_is_no_signpost():
    mark = _noise("The environmental health lot will all be shut at this time anyway.")
    assert mark.critical and not _credited(mark)


def test_the_council_told_as_where_to_go_is_a_signpost():
    mark = _noise("Ring the council's noise team on Monday morning, they can come and measure it.")
    assert _credited(mark)


def _dumped(line: str) -> ItemMark:
    return item_mark("non-police-matter", "signpost-council", [
        (0, "caller", "There's a wrecked car and a heap of rubbish dumped in the lane.", None),
        (60, "trainee", line, None),
        (66, "caller", "Oh.", None)])


def test_the_matter_denied_to_be_the_councils_is_no_signpost():
    mark = _dumped("Abandoned cars aren't the council's job, that's down to whoever owns the "
                   "field.")
    assert mark.critical and not _credited(mark)


def test_the_matter_said_to_be_the_councils_is_a_signpost():
    assert _credited(_dumped("Abandoned cars and fly-tipping are the council's job, you can "
                             "report both on the council website."))


# --- a formal complaint named only to steer him away from it --------------------------------

def _schedule(line: str) -> ItemMark:
    return item_mark("complaint-schedule-3", "schedule-3-explained", [
        (0, "caller", "That officer only stopped me because I'm black, I'm telling you.", None),
        (60, "trainee", line, None),
        (66, "caller", "Right.", None)])


def test_a_formal_complaint_named_to_steer_him_away_records_nothing():
    for line in ("To be fair, a formal complaint can take months, his inspector ringing you is "
                 "a lot quicker.",
                 "A formal complaint is more hassle than it's worth, let me get the sergeant to "
                 "ring you."):
        mark = _schedule(line)
        assert mark.critical and not _credited(mark), line


def test_a_formal_complaint_said_as_what_must_happen_records_it():
    mark = _schedule("Because you're saying it was about your colour, this has to go in as a "
                     "formal complaint under Schedule 3 and to Professional Standards.")
    assert _credited(mark)
