"""An item is met only by what its description says, not by the intent done about something
else: a when said of another step is no agreed update; advice on another danger is not the
scene's safety advice; a question about where the casualty is asks no hazard. And a modal
denied ("if you can't speak") is no permission that puts advice in doubt. Each attempt is a
scenario's model call with the lines that earn the item swapped for lines of that kind."""

from __future__ import annotations

from scoring.doubts import doubt
from scoring.marking import DATED, ages_only
from scoring.result import Result
from scoring.understanding import Context, Understanding
from simulator.library import meaning_matcher
from simulator.loader import load_scenario, resolve
from tests.test_marking_critical_doubt import _model_with

from .conftest import marked_with_caller


def test_a_when_said_of_another_step_agrees_no_update():
    result = _model_with("complaint-service-recovery", {
        "Today I'll ask the sergeant": "This afternoon I'll email the hub and have them "
                                       "chase the footage from Middleton Grange.",
        "What's the best number": "Somebody from the team will be in contact with you "
                                  "shortly."})
    mark = result.item("keep-informed")
    assert mark.points == 0 and not result.passed
    # the reason quotes the promise that lacked its when, not the step that had one
    assert "without a when" in mark.reason and "contact" in mark.reason


def test_the_update_with_its_day_still_agrees_it():
    result = _model_with("complaint-service-recovery", {
        "Today I'll ask the sergeant": "I'll chase the hub about the footage, and I'll phone "
                                       "you myself on Thursday morning to tell you where "
                                       "things are."})
    assert result.item("keep-informed").points > 0 and result.passed


def test_advice_about_the_driver_who_left_is_not_the_scenes_safety_advice():
    result = _model_with("road-collision-injury", {
        "Don't try to move her": "Whatever you do, don't go chasing after that BMW "
                                 "yourself, leave him to us.",
        "Get back behind the barrier": None})
    mark = result.item("safety-advice")
    assert mark.points == 0 and "safety-advice" in result.critical_failures
    assert "say none of" in mark.reason


def test_advice_on_the_casualty_alone_is_still_safety_advice():
    result = _model_with("road-collision-injury", {
        "Don't try to move her": "Leave her where she is and keep her still, please.",
        "Get back behind the barrier": None})
    assert result.item("safety-advice").points > 0 and result.passed


def test_a_hazard_question_must_name_a_hazard():
    hazards = _model_with("road-collision-injury", {
        "Is the road blocked?": "Are the cars still across both lanes?"})
    assert hazards.item("road-hazards").points > 0
    casualty = _model_with("road-collision-injury", {
        "Is the road blocked?": "Is the lady still in her car?"})
    assert casualty.item("road-hazards").points == 0


def _first(scenario_id: str, intent: str, text: str) -> tuple[str | None, bool]:
    world = load_scenario(resolve(scenario_id)).world
    analysis = Understanding.for_scenario(world, meaning_matcher()).analyse(text, Context())
    reading = next(r for r in analysis.intents if r.intent == intent)
    return doubt(reading, analysis), reading.polarity == "affirm"


def test_a_modal_denied_is_no_permission():
    why, affirmed = _first("silent-999-call", "silent_solution",
                           "hello if you're there but you cant talk press five five")
    assert affirmed and why is None
    result = _model_with("silent-999-call", {
        "If you can hear me but can't speak": "Police. If you're there and you can't say "
                                              "anything, press five five."})
    assert result.item("silent-solution").status == "met" and result.passed


def test_a_permission_in_the_advice_is_still_doubted():
    why, _ = _first("burglary-next-morning", "scene_preservation",
                    "leave the back door alone, you can tidy the lounge though")
    assert why is not None


def test_an_age_is_a_date_of_birth_only_when_the_answer_gives_one():
    def dated(answer: str) -> Result:
        return marked_with_caller("missing-person-vulnerable", [
            (0, "caller", "My girl's not come home from school and it's dark now.", []),
            (15, "trainee", "What age is she, your daughter?", None),
            (19, "caller", answer, [])])

    bare = dated("Fourteen, she's only fourteen.").item("age")
    assert bare.status == "not_met" and "only as the age" in bare.reason
    assert dated("Fourteen. Her birthday's the ninth of March, 2012.").item("age").status \
        == "met"
    assert ages_only("how old is your brother") and not ages_only("how old is he and when "
                                                                   "was he born")


def test_may_said_as_a_word_is_no_month_of_birth():
    # "may" in the answer to an age question is a month only beside a day or a year
    def aged(answer: str) -> Result:
        return marked_with_caller("missing-person-vulnerable", [
            (0, "caller", "My girl's not come home from school and it's dark now.", []),
            (15, "trainee", "How old is she, your girl?", None),
            (19, "caller", answer, [])])

    maybe = aged("She's fourteen. She may be round at her mate's, I don't know.").item("age")
    assert maybe.status == "not_met" and "only as the age" in maybe.reason
    assert aged("Fourteen. Born May the third, 2012.").item("age").status == "met"
    assert aged("Fourteen, her birthday's the 3rd of May.").item("age").status == "met"
    assert DATED.search("4 March") and not DATED.search("they might march him out")


def test_an_address_is_established_only_when_it_came_out():
    def first_half_minute(answer: str, reveals: list[str]) -> Result:
        return marked_with_caller("missing-person-vulnerable", [
            (0, "caller", "It's my daughter, she should have been home hours ago.", []),
            (8, "trainee", "What's the address you're calling from?", None),
            (12, "caller", answer, reveals),
            (30, "trainee", "How old is she?", None),
            (33, "caller", "She's fourteen, born the ninth of March 2012.", ["age"])])

    unanswered = first_half_minute("I don't care about that, just find her, please!", [])
    mark = unanswered.item("location-first")
    assert mark.points == 0 and "address never came up" in mark.reason
    answered = first_half_minute("Twelve Brambling Way, Oadby.", ["address"])
    assert answered.item("location-first").points > 0
