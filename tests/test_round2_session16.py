"""Session 16, round 2: kinds found in development authors' sets, in new wording (no line
of any blind or training set): the caller's account put back with a "…, yeah?" tag, a
neighbour's camera named before its question, and a check's result told (no read-back)."""

from __future__ import annotations

from scoring.understanding import Context, Understanding, readbacks
from scoring.understanding.check_results import told_result
from scoring.understanding.tagged_summary import put_back_with_tag
from tests.conftest import subjects_in_turn

# --- the caller's account put back with a tag --------------------------------------------------


def test_an_account_put_back_with_a_tag_is_a_read_back() -> None:
    assert put_back_with_tag("So you got home at about ten and the window was smashed, yeah?")
    assert put_back_with_tag("Right, he drove off towards the retail park at nine, yes?")
    # a question put with a tag asks; a fact with nothing of the caller's said is not one
    assert not put_back_with_tag("So what time did you get home, yeah?")
    assert not put_back_with_tag("You've locked the door, yeah?")
    assert not put_back_with_tag("So you were stopped on the high street at ten.")


def test_the_tagged_account_confirms_and_asks_nothing(understanding: Understanding) -> None:
    analysis = understanding.analyse(
        "So you were parked on Mill Lane at about nine, and the side window was smashed, yeah?",
        Context())
    assert analysis.act == "readback"
    assert {(r.intent, r.polarity) for r in analysis.intents} == {("confirm_details", "affirm")}


# --- a neighbour's camera --------------------------------------------------------------------


def test_a_camera_at_a_numbered_house_is_the_neighbours() -> None:
    assert subjects_in_turn("interpreter-caller",
                            "The house at number 29, does it have a doorbell camera?") == [
        {"neighbour"}]
    assert subjects_in_turn("interpreter-caller",
                            "The place next door, number 29, have they got CCTV?") == [
        {"neighbour"}]


def test_a_preposition_before_a_street_word_is_no_address() -> None:
    found = readbacks.find("does the camera at number 29 face onto the road", None)
    assert not [b for b in found if b.kind == "address"]
    assert [b.kind for b in readbacks.find("so that's 14 the crescent", None)] == ["address"]
    # A flat's number followed by its block is still the address read back.
    assert [b.kind for b in readbacks.find("so she's in flat 12 at Heron Court, yes?",
                                            None)] == ["address"]


# --- a check's result told -------------------------------------------------------------------


def test_a_check_result_told_is_not_put_to_the_caller() -> None:
    assert told_result("Okay, the mobile's registered to a flat on Carr Lane")
    assert told_result("the system is showing it as Carr Lane")
    assert not told_result("the number comes back to Carr Lane, is that you?")
    assert not told_result("so you're on Carr Lane")


def test_a_check_result_is_no_read_back_of_her_location(understanding: Understanding) -> None:
    for told in ("Okay, the mobile comes back to Carr Lane in Hexham.",
                 "The number's come back to an address on Carr Lane."):
        analysis = understanding.analyse(told, Context())
        assert not {r.intent for r in analysis.intents} & {"confirm_details", "location"}
        assert analysis.act == "statement"
    # put to her as a question, it is still the read-back of where she is
    put = understanding.analyse("The mobile comes back to Carr Lane, is that where you are?",
                                Context())
    assert ("confirm_details", "affirm") in {(r.intent, r.polarity) for r in put.intents}
