"""Session 14: polarity of trainee turns read the opposite way or both ways, and waivers not
heard. One test a form of English found failing in two or more authors' sets, in new
wording (not lines of any blind or training set): the rules alone where they decide it,
the whole reader where the turn's readings do."""

from __future__ import annotations

from dataclasses import replace

from scoring.intents import clauses
from scoring.understanding import Context, Understanding
from scoring.understanding.analysis import IntentReading, Polarity
from scoring.understanding.polarity import carried_through, in_scope, polarity
from scoring.understanding.waivers import named_by_asking, waiver
from tests.written_analysis import read as written

from .conftest import pairs


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return pairs(understanding.analyse(text, Context()))


def heard(intent: str, clause: str, polarity: Polarity = "affirm") -> IntentReading:
    return replace(written(intent, clause), polarity=polarity)


def test_leave_to_shut_a_door_lifts_the_scene_kept() -> None:
    assert polarity("scene_preservation", "you can close the kitchen door now", False) == "negate"
    assert polarity("scene_preservation", "feel free to go ahead and shut the side gate",
                    False) == "negate"
    # the door kept shut is the scene kept; shutting it forbidden is too
    assert polarity("scene_preservation", "keep the kitchen door shut till they've been",
                    False) == "affirm"
    assert polarity("scene_preservation", "don't close the side gate yet", False) == "affirm"


def test_an_act_put_off_until_later_is_the_advice() -> None:
    assert polarity("scene_preservation",
                    "I wouldn't bother wiping the worktops till the officer's been",
                    False) == "affirm"
    assert polarity("scene_preservation", "I'd hang fire on hoovering until they've looked",
                    False) == "affirm"
    # not put off: leave given now, the scene given back
    assert polarity("scene_preservation", "you're fine to start clearing the drawers now",
                    False) == "negate"


def test_a_measure_put_aside_or_not_to_be_bought_is_not_advised() -> None:
    assert polarity("crime_prevention", "never mind new window locks for the moment",
                    False) == "negate"
    assert polarity("crime_prevention", "don't go buying an alarm system tonight",
                    False) == "negate"
    assert polarity("crime_prevention", "I wouldn't splash out on floodlights yet",
                    False) == "negate"
    # advised, and a thing not to leave about
    assert polarity("crime_prevention", "it's worth buying a shed alarm", False) == "affirm"
    assert polarity("crime_prevention", "don't leave the keys on the hall table",
                    False) == "affirm"


def test_what_is_done_rather_than_another_way() -> None:
    assert polarity("complaint_recording",
                    "this will be logged as a formal complaint rather than dealt with at "
                    "the front desk", False) == "affirm"
    assert polarity("complaint_recording",
                    "we can have a word with his sergeant rather than record a formal "
                    "complaint", False) == "negate"


def test_english_said_to_be_enough_needs_no_interpreter() -> None:
    assert polarity("language_needs", "you can keep talking to me in English", False) \
        == "negate"
    assert polarity("language_needs", "feel free to continue in English", False) == "negate"
    # asked, or English judged (which may be checked by a tag): not the rule's
    assert polarity("language_needs", "are you happy to carry on in English", True) == "affirm"
    assert polarity("language_needs", "you're alright in English", False) == "affirm"


def test_an_order_set_apart_from_a_waiver_is_its_own() -> None:
    turn = "Don't bother trying to read the plate, stay well back from the curtains."
    cut = ["Don't bother trying to read the plate", "stay well back from the curtains"]
    out = carried_through([heard("safety_advice", cut[1])], cut, turn)
    assert [r.polarity for r in out] == ["affirm"]
    # joined by "and", the deed is as needless as the first
    turn = "You don't need to rush out and buy new locks"
    cut = ["You don't need to rush out", "buy new locks"]
    out = carried_through([heard("crime_prevention", cut[1])], cut, turn)
    assert [r.polarity for r in out] == ["negate"]


def test_advice_in_the_handlers_own_voice_is_not_a_reason() -> None:
    cut = ["No point phoning the housing office tonight", "I'd ring their out of hours line"]
    out = carried_through([heard("signpost", cut[0], "negate"), heard("signpost", cut[1])],
                          cut, ", ".join(cut))
    assert [r.polarity for r in out] == ["negate", "affirm"]


def test_what_so_follows_is_the_reason_for_the_leave() -> None:
    cut = ["The lane's been coned off", "so you're okay to step out from behind the wall"]
    out = carried_through([heard("safety_advice", cut[0]),
                           heard("safety_advice", cut[1], "negate")], cut, ", ".join(cut))
    assert [r.polarity for r in out] == ["negate", "negate"]
    # an order of its own before "so" stays as given
    cut = ["Stay behind the wall", "so nobody clips you"]
    out = carried_through([heard("safety_advice", cut[0]),
                           heard("safety_advice", cut[1])], cut, ", ".join(cut))
    assert [r.polarity for r in out] == ["affirm", "affirm"]


def test_a_month_or_a_thing_named_is_not_a_name_said_to_the_caller() -> None:
    assert in_scope("No sense asking about October").strip().endswith("october")
    assert in_scope("you can leave out the Astra").strip().endswith("astra")
    assert in_scope("feel free to answer in Urdu").strip().endswith("urdu")
    # a name said to the caller at the end is not what the clause is about
    assert not in_scope("you needn't spell it again Marcus").strip().endswith("marcus")
    found = waiver("There's no point me asking about October")
    assert found is not None and found.topic == "october"
    found = waiver("You're fine not to go into October, Bev")
    assert found is not None and found.topic == "october"


def test_a_waived_question_with_an_adverb_before_it_is_one_clause() -> None:
    assert len(clauses("dont worry about precisely when he left")) == 1
    assert len(clauses("no need to go over roughly where it happened")) == 1


def test_a_second_thing_listed_with_or_is_waived_not_asked() -> None:
    found = waiver("I won't ask about his mates or what's gone on before")
    assert found is not None and found.asked == ""


def test_the_whole_reader_on_new_wording(understanding: Understanding) -> None:
    assert ("scene_preservation", "affirm") not in read(
        understanding, "You can go ahead and close the patio door now, the officers have seen it.")
    assert ("crime_prevention", "affirm") not in read(
        understanding, "Don't go spending a fortune on cameras just yet, Ray.")
    assert ("when_happened", "affirm") not in read(
        understanding, "dont worry about exactly what day it was")


def test_plain_leave_reaches_a_deed_joined_by_and() -> None:
    turn = "Right, you're okay to run a bath and use the upstairs bathroom."
    cut = ["Right you're okay to run a bath", "use the upstairs bathroom"]
    out = carried_through([heard("stay_on_line", cut[0], "negate"),
                           heard("scene_preservation", cut[1])], cut, turn)
    assert [r.polarity for r in out] == ["negate", "negate"]
    # a suggestion ("you can") with another deed joined on advises both
    turn = "You can jam a chair under the handle and stay in the bedroom."
    cut = ["You can jam a chair under the handle", "stay in the bedroom"]
    out = carried_through([heard("safety_advice", cut[1])], cut, turn)
    assert [r.polarity for r in out] == ["affirm"]


def test_danger_said_to_be_none_lifts_the_safety_advice() -> None:
    assert polarity("safety_advice", "there's no danger round the back now", False) == "negate"
    assert polarity("safety_advice", "it's perfectly safe over by the gate", False) == "negate"
    # a condition, or safety denied, keeps the advice
    assert polarity("safety_advice", "don't open up unless it's safe", False) == "affirm"
    assert polarity("safety_advice", "stay put, it's not safe yet", False) == "affirm"
    # a leave said safe in the clause after it ("you can …, it's quite safe")
    cut = ["You can walk over to the van", "it's totally safe"]
    out = carried_through([heard("safety_advice", cut[0])], cut, ", ".join(cut))
    assert [r.polarity for r in out] == ["negate"]
    cut = ["Keep the back door bolted", "it's safe in there"]
    out = carried_through([heard("safety_advice", cut[0])], cut, ", ".join(cut))
    assert [r.polarity for r in out] == ["affirm"]


def test_a_time_or_a_place_waived_is_named_by_its_asking_word(understanding: Understanding) -> None:
    assert named_by_asking("the dates") == "when_happened"
    assert named_by_asking("exactly when it got left there") == "when_happened"
    assert named_by_asking("where the bike was chained") == "location"
    assert named_by_asking("where they ran off to") == "direction_of_travel"
    assert named_by_asking("when she was last seen") == "last_seen"
    # a birth date, or a thing, is not a time asked
    assert named_by_asking("her date of birth") is None
    assert named_by_asking("the bloke at number 12") is None
    assert ("when_happened", "negate") in read(
        understanding, "No need to tell me when it got taken, it's in the log.")


def test_a_condition_does_not_govern_the_handlers_own_deed() -> None:
    # the handler saying they will end the call is the line not kept, whatever the
    # condition before it says ("can't" belongs to the condition, not to the ending)
    assert polarity("stay_on_line", "if you can't say anything I'm going to have to end the call",
                    False) == "negate"
    assert polarity("stay_on_line", "if there's no answer I'll have to clear the line",
                    False) == "negate"
    # a prohibition of the ending itself is still the line kept
    assert polarity("stay_on_line", "you can't hang up yet", False) == "affirm"
    assert polarity("stay_on_line", "don't end the call, I'm here", False) == "affirm"


def test_a_matter_said_not_to_be_the_agencys_is_no_signpost() -> None:
    assert polarity("signpost", "this isn't really one for the housing office", False) == (
        "negate")
    assert polarity("signpost", "it's not a council matter", False) == "negate"
    # said of the police, it sends the caller elsewhere; said plainly, it signposts
    assert polarity("signpost", "this isn't one for us, it's one for the council",
                    False) == "affirm"
    assert polarity("signpost", "that's one for the housing office", False) == "affirm"


def test_a_turn_of_one_hedge_word_is_read_without_fault(understanding: Understanding) -> None:
    # the hedge before a waived question looks two words back; a one-word turn has none
    # ("just", "exactly": a recogniser's fragment or a typed reply)
    for text in ("just", "exactly", "roughly", "Precisely."):
        assert clauses(text) == [text.rstrip(".")]
        assert understanding.analyse(text, Context()).acts


def test_a_door_shut_without_leave_is_the_scene_kept(understanding: Understanding) -> None:
    # shutting a door is the scene let go only when leave is given for it; told, it keeps
    # the room as it is
    assert polarity("scene_preservation", "shut the lounge door and leave it for the officers",
                    False) == "affirm"
    assert ("scene_preservation", "negate") not in read(
        understanding, "Close the back bedroom door and keep the kids out of there.")
    assert polarity("scene_preservation", "you're fine to shut the lounge door now",
                    False) == "negate"
