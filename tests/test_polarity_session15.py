"""Session 15: turns read the opposite way or both ways, and turns affirming an intent the
author did not label. One test a form of English found failing in two or more authors'
sets, in new wording (not lines of any blind or training set)."""

from __future__ import annotations

from scoring.understanding import Context, Understanding
from scoring.understanding.acknowledgements import notes
from scoring.understanding.clause_form import closing, handler_will_do
from scoring.understanding.polarity import is_reason, is_tag_question, polarity

from .conftest import pairs


def read(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return pairs(understanding.analyse(text, Context()))


def test_a_need_denied_after_so_is_no_reason_for_the_advice(understanding) -> None:
    # "so there's no need to …" lifts the advice: it is no reason said for it
    assert not is_reason("so there's no need to stay shut in the bathroom")
    assert is_reason("so the officers have everything they need")
    assert read(understanding, "He's in custody now, so there's no need to stay shut in the "
                "bathroom.") == {("safety_advice", "negate")}
    assert ("safety_advice", "affirm") not in read(
        understanding, "Traffic's been stopped now, so there's no need to keep standing "
        "behind the crash barrier.")


def test_the_handler_skipping_a_thing_or_leaving_it_till_the_end(understanding) -> None:
    assert polarity("reference_number", "I'll skip the crime number for the moment",
                    False) == "negate"
    assert polarity("reference_number", "we can leave the log number till the end",
                    False) == "negate"
    assert read(understanding, "I'll skip his date of birth for now.") == {
        ("date_of_birth", "negate")}
    # skipping on to another part names no thing put aside
    assert polarity("reference_number", "I'll skip to the crime number now", False) == "affirm"


def test_an_agency_refused_or_forbidden_or_the_matter_kept_by_the_police(
        understanding) -> None:
    assert polarity("signpost", "don't be ringing the housing office about it",
                    False) == "negate"
    assert polarity("signpost", "I'm not just going to give you the council's number",
                    False) == "negate"
    assert polarity("signpost", "that one's for us really", False) == "negate"
    assert polarity("signpost", "it's a police matter", False) == "negate"
    # the police's own number given is still a number given
    assert polarity("signpost", "it's a police matter so ring 101 if he's back",
                    False) == "affirm"
    assert read(understanding, "Don't be ringing the council about this, it's one for us.") \
        == {("signpost", "negate")}


def test_a_question_that_would_have_been_put(understanding) -> None:
    assert read(understanding, "I'd have asked for your date of birth, but it's on the "
                "system already.") == {("date_of_birth", "negate")}
    # said without setting it aside, the question after it is still asked
    assert ("weapons", "affirm") in read(
        understanding, "I would have asked you about the car, has he got a weapon?")


def test_the_callers_wish_not_to_said_with_sooner(understanding) -> None:
    assert read(understanding, "If you'd sooner not give me your address, that's fine.") == {
        ("location", "negate")}
    assert not is_tag_question("if you'd sooner not say that's ok")


def test_an_apology_owed_by_nobody_is_none_given() -> None:
    assert polarity("apology", "nobody here owes you an apology", False) == "negate"
    assert polarity("apology", "I owe you an apology for that", False) == "affirm"


def test_a_read_back_announced_or_a_failure_owned_is_no_next_step(understanding) -> None:
    assert not handler_will_do("I'll read that back to you")
    assert handler_will_do("I'll send someone round to you tonight")
    assert not any(i == "next_steps" for i, _ in read(
        understanding, "I'll read that back to you: 14 Mill Lane, SK4 2RT."))
    assert ("next_steps", "affirm") not in read(
        understanding, "I'm sorry it's dragged on and nobody's rung you back.")
    # what happens next, said after the failure, is still a next step
    assert ("next_steps", "affirm") in read(
        understanding, "Nobody's been out to you yet, I'll send someone now.")


def test_thanks_for_the_call_close_it() -> None:
    assert closing("Thanks for ringing us")
    assert closing("thank you very much for letting us know")
    assert not closing("thanks for telling me he's got a knife")


def test_the_handlers_own_need_put_with_a_tag_asks(understanding) -> None:
    assert is_tag_question("we won't need an interpreter for you will we")
    assert read(understanding, "We won't need an interpreter on the line for you, will we?") \
        == {("language_needs", "affirm")}


def test_details_then_a_clause_recording_them_read_nothing_back(understanding) -> None:
    assert notes("I've got those")
    assert notes("I've typed it in word for word")
    analysis = understanding.analyse("Blue Fiesta, KL12 ABC. I've put that on.", Context())
    assert analysis.act == "statement" and not analysis.intents
    # asked to check, it is a read-back
    assert understanding.analyse("Blue Fiesta, KL12 ABC, is that right?", Context()).act \
        == "readback"


def test_going_out_to_do_a_deed_is_the_deed(understanding) -> None:
    assert read(understanding, "I'd rather you didn't go out and scrub the paint off the "
                "door yet.") <= {("scene_preservation", "affirm")}
    assert read(understanding, "You don't need to go out and sweep the glass up tonight, "
                "the officer will want to see it.") == {("scene_preservation", "affirm")}
    # going out to face someone is the danger itself
    assert ("safety_advice", "affirm") in read(understanding,
                                               "Please don't go out and argue with them.")
    # the deed with its own "don't" is advice of its own, and so is the going out
    assert read(understanding, "Don't go outside, and don't wipe the paint off the door "
                "yet.") == {("safety_advice", "affirm"), ("scene_preservation", "affirm")}


def test_a_deed_for_when_danger_comes_is_the_advice(understanding) -> None:
    assert read(understanding, "If the lads turn nasty, I'd go back inside and bolt the "
                "door.") == {("safety_advice", "affirm")}
    assert read(understanding, "You can pull him out if the engine catches fire.") == {
        ("safety_advice", "affirm")}
    # the same deed with leave given now lifts the advice
    assert read(understanding, "You can go back inside now, it's safe.") == {
        ("safety_advice", "negate")}


def test_what_the_caller_is_spared_by_a_step_is_no_step_refused() -> None:
    assert polarity("next_steps", "i'll drop round myself on monday so you won't have to ring "
                    "us again", False) == "affirm"
    assert polarity("next_steps", "we won't be sending anyone out tonight", False) == "negate"


def test_a_question_waived_is_not_asked_again_after_a_clause_of_reasons(
        understanding) -> None:
    assert read(understanding, "You needn't tell me about the traffic, I can see it's "
                "moving, but were the wing mirrors still on?") == {("road_hazards", "negate")}


def test_how_the_handler_goes_on_in_the_call_is_no_next_step(understanding) -> None:
    assert not handler_will_do("I'll keep asking you questions you can answer yes or no to")
    assert handler_will_do("I'll keep you updated by text")
    assert not any(i == "next_steps" for i, _ in read(
        understanding, "Don't try to speak, I'll keep on asking you short questions."))
    assert ("next_steps", "affirm") in read(understanding,
                                            "We'll keep an eye on the house overnight.")


def test_advice_recalled_only_to_be_lifted(understanding) -> None:
    assert read(understanding, "When I asked you not to hoover, I meant till the forensic "
                "team had been, so feel free to clean up now.") == {
        ("scene_preservation", "negate")}
    assert read(understanding, "The PC told you to keep the garage shut, but you can use it "
                "again now.") <= {("scene_preservation", "negate"), ("safety_advice", "negate")}
    # recalled and left standing, it is still the advice
    assert ("safety_advice", "affirm") in read(
        understanding, "I said before to keep the door shut, don't open it for anyone.")


def test_an_order_set_apart_after_a_leave_is_advice_of_its_own(understanding) -> None:
    said = read(understanding, "You don't need to stay next to his van, get behind the wall.")
    assert ("safety_advice", "affirm") in said
    # an act the advice is against, set apart, carries the leave on
    assert read(understanding, "You can come out now, go downstairs.") == {
        ("safety_advice", "negate")}


def test_a_detail_left_out_with_the_particle_after_it(understanding) -> None:
    assert read(understanding, "You can leave the postcode out, the street name will do.") \
        == {("location", "negate")}
    assert ("date_of_birth", "negate") in read(
        understanding, "leave his age out for now, is he breathing?")


def test_a_reference_to_be_had_from_someone_else_is_the_waivers_ground(understanding) -> None:
    assert read(understanding, "No need to jot a crime number down yet, the officer will "
                "give you one.") == {("reference_number", "negate")}
    # given by the handler now, it is given
    assert ("reference_number", "affirm") in read(understanding, "I'll give you one now, "
                                                  "it's 4417.")
