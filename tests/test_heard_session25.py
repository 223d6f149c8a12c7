"""Session 25: intents not heard, or read the opposite way, because of what stands beside a
waiver or a leave (v35 and v36 first read this session; each cause looked for in the older
sets). One test per cause, in new wording (no line of any set): the thing wanted named after
"just" once a question is waived, an order run on after a waived topic in recognised speech,
the scene's examiners said to be done with it, the silent caller's signal let off or asked
for with a word between, and "counsel" for the council."""

from __future__ import annotations

import pytest

from scoring.homophones import repaired
from scoring.understanding import Context, Understanding
from scoring.understanding.polarity import examined_already, polarity
from scoring.understanding.waivers import run_on_after, waiver
from scoring.understanding.wording import spelled


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- the thing wanted, named after "just", after a question waived (v35, v36) ----------------


@pytest.mark.parametrize(("clause", "asked"), [
    ("you dont need to give me his age love just his name", "his name"),
    ("I won't need the full address, just the postcode", "the postcode"),
])
def test_the_thing_named_after_just_is_asked(clause: str, asked: str) -> None:
    found = waiver(clause)
    assert found is not None
    assert found.asked == asked


def test_a_thing_said_to_be_only_that_is_not_asked() -> None:
    found = waiver("I won't ask if anyone's been hurt, you said it's just the noise")
    assert found is None or found.asked == ""


def test_a_name_wanted_after_a_waived_birthday_is_asked(understanding: Understanding) -> None:
    analysis = understanding.analyse("you dont have to tell me your birthday pal just your "
                                     "full name", Context())
    heard = {(r.intent, r.polarity) for r in analysis.intents}
    assert ("caller_name", "affirm") in heard
    assert ("date_of_birth", "negate") in heard
    assert analysis.act == "question"


def test_what_he_looked_like_wanted_after_a_waiver_is_asked(
        understanding: Understanding) -> None:
    analysis = understanding.analyse("Forget his date of birth for now, just what he had on.",
                                     Context())
    assert any(r.intent in ("suspect_description", "person_description") and r.affirmed
               for r in analysis.intents)
    assert analysis.act == "question"


# --- an order run on after a waived topic, unpunctuated (v35 two turns; v11, v14, v16) -------


@pytest.mark.parametrize(("clause", "then"), [
    ("i wont ask for your postcode just stay where you are", "just stay where you are"),
    ("no need to spell his name out love just keep the door locked",
     "love just keep the door locked"),
    ("you dont need to tell me what car he drives", ""),
])
def test_what_speech_ran_on_into(clause: str, then: str) -> None:
    assert run_on_after(clause) == then


def test_an_order_run_on_after_a_waiver_is_heard(understanding: Understanding) -> None:
    analysis = understanding.analyse("i wont ask for the postcode now just stay on the phone "
                                     "with me", Context())
    heard = {(r.intent, r.polarity) for r in analysis.intents}
    assert ("stay_on_line", "affirm") in heard
    assert ("location", "negate") in heard
    assert analysis.act == "instruction"


def test_advice_run_on_after_a_waiver_goes_the_orders_way(
        understanding: Understanding) -> None:
    heard = read(understanding, "no need for your neighbours number sandra just ask her to "
                                "keep the doorbell video safe")
    assert ("scene_preservation", "affirm") in heard
    assert ("scene_preservation", "negate") not in heard


# --- the scene's examiners said to be done with it (v10 to v23, v35, v36) -------------------


@pytest.mark.parametrize("said", [
    "the crime scene investigator has finished with the shed",
    "forensics are all done now",
    "the CSI people have got everything they needed",
])
def test_examiners_done_let_the_scene_go(said: str) -> None:
    assert examined_already(spelled(said)), said
    assert polarity("scene_preservation", said, asking=False) == "negate"


@pytest.mark.parametrize("said", [
    "please leave the shed alone till the crime scene investigator has finished",
    "the forensic team haven't finished with the shed yet",
    "don't go in there, the officers have finished nothing yet",
])
def test_examiners_not_done_keep_the_scene(said: str) -> None:
    assert not examined_already(spelled(said)), said


def test_a_leave_with_the_examiners_done_lets_the_scene_go(
        understanding: Understanding) -> None:
    heard = read(understanding, "You can lift the shed door back on now, the forensics team "
                                "have finished with it.")
    assert ("scene_preservation", "affirm") not in heard


# --- the silent caller's signal let off, or asked for with a word between (v36; v10 to v17) -


def test_the_signal_let_off_is_the_silent_solution_negated(
        understanding: Understanding) -> None:
    heard = read(understanding, "you dont need to keep pressing buttons sweetheart")
    assert ("silent_solution", "negate") in heard


def test_a_quick_tap_asked_if_there_is_the_silent_solution(
        understanding: Understanding) -> None:
    heard = read(understanding, "If you're still there, give the phone a quick tap for me.")
    assert ("silent_solution", "affirm") in heard


# --- "counsel" for the council (nine sets' spoken turns) -------------------------------------


@pytest.mark.parametrize(("said", "meant"), [
    ("best to email the counsel about the bins", "best to email the council about the bins"),
    ("braintree district counsel have a form", "braintree district council have a form"),
    ("there's a counsel noise team", "there's a council noise team"),
])
def test_counsel_for_the_council(said: str, meant: str) -> None:
    assert repaired(said) == meant


def test_counsel_for_a_lawyer_is_left() -> None:
    assert repaired("the counsel for the defence") == "the counsel for the defence"
    assert repaired("she took legal counsel") == "she took legal counsel"


def test_the_council_kept_out_spelled_counsel_is_heard(understanding: Understanding) -> None:
    heard = read(understanding, "keep the counsel out of it till monday sandra")
    assert ("signpost", "negate") in heard


def test_the_examiners_done_beside_a_leave_let_the_scene_go(
        understanding: Understanding) -> None:
    heard = read(understanding, "You're fine to wheel the bike back into the garage, the "
                                "crime scene bloke's finished in there.")
    assert ("scene_preservation", "negate") in heard


# --- recorded evidence let go is the scene's advice negated (v13 to v36; v28, v30, v36) -----


@pytest.mark.parametrize("text", [
    "you needn't keep hold of that dashcam clip now mrs patel",
    "There's no need to save the doorbell video any more, the officer has her own copy.",
])
def test_footage_let_go_is_the_scene_let_go(understanding: Understanding, text: str) -> None:
    assert ("scene_preservation", "negate") in read(understanding, text)


def test_footage_kept_is_never_the_scene_let_go(understanding: Understanding) -> None:
    assert ("scene_preservation", "negate") not in read(
        understanding, "Please hang on to the shop's CCTV recordings for the officer.")


def test_asking_how_long_footage_is_kept_is_no_advice(understanding: Understanding) -> None:
    assert ("scene_preservation", "affirm") not in read(
        understanding, "Do you know how long the garage keeps its footage?")


# --- the caller's wish to keep a detail to themselves allowed (v15, v19) --------------------


def test_a_detail_kept_to_yourself_is_waived(understanding: Understanding) -> None:
    heard = read(understanding, "If you'd sooner keep your mobile number to yourself, that's "
                                "no problem at all.")
    assert ("callback_number", "negate") in heard


def test_wanting_to_keep_a_door_locked_waives_nothing(understanding: Understanding) -> None:
    found = waiver("if you'd rather keep the back door locked that's fine by me")
    assert found is None or found.topic == ""
