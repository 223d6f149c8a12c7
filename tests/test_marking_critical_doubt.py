"""A critical item decides pass or fail alone, so its credit must rest on a turn whose act,
polarity and subject are sure (scoring/doubts.py). Adversarial calls: each is a scenario's
model attempt, a strong call, with the lines that earn one critical item swapped for lines
that say the words without the deed, or say them in doubt."""

from __future__ import annotations

from scoring.doubts import doubt
from scoring.result import Result
from scoring.understanding import Act, IntentReading, TurnAnalysis
from simulator.loader import load_scenario, resolve
from simulator.selftest import attempt_from, mark_attempt


def _model_with(scenario_id: str, swaps: dict[str, str | None]) -> Result:
    """The scenario's model attempt with each trainee line containing a key replaced by its
    value (None: the line dropped)."""
    scenario = load_scenario(resolve(scenario_id))
    model = next(t for t in scenario.self_tests if t.id == "model")
    turns = []
    used = set()
    for turn in model.turns:
        key = next((k for k in swaps if turn.trainee and k in turn.trainee), None)
        if key is None:
            turns.append(turn)
            continue
        used.add(key)
        if swaps[key] is not None:
            turns.append(turn.model_copy(update={"trainee": swaps[key]}))
    assert used == set(swaps), f"no model line contains {set(swaps) - used}"
    test = model.model_copy(update={"turns": tuple(turns)})
    return mark_attempt(scenario, attempt_from(scenario, test))


def test_the_model_attempts_themselves_pass_with_their_critical_items_met():
    for scenario_id in ("burglary-next-morning", "domestic-abuse-children"):
        result = _model_with(scenario_id, {})
        assert result.passed and not result.critical_failures


def test_a_strong_call_whose_only_scene_line_permits_tidying_fails():
    result = _model_with("burglary-next-morning", {
        "Please don't touch the back door": "You can tidy up now, the officers will have "
                                            "everything they need from the photos."})
    mark = result.item("scene-preservation")
    assert mark.points == 0 and mark.failed
    assert not result.passed and "scene-preservation" in result.critical_failures


def test_advice_and_its_opposite_in_one_turn_goes_to_review_not_to_credit():
    result = _model_with("burglary-next-morning", {
        "Please don't touch the back door": "Don't touch the back door, but honestly you're "
                                            "fine to tidy the drawers up now."})
    mark = result.item("scene-preservation")
    assert mark.status == "uncertain" and mark.leaning == "not_met" and mark.points == 0
    assert "in doubt" in mark.reason and mark in result.uncertain()
    assert not result.passed  # counts the way it leans, until an assessor settles it


def test_a_sure_turn_later_credits_what_a_doubtful_one_could_not():
    # read as scene preservation, but in a clause that permits: in doubt (a clause keeping
    # the caller out of a room before it is now read as the advice itself, so none here;
    # a plain leave, "you're fine to use the front room", is read as lifting it)
    doubtful = "You can use the front room."
    result = _model_with("burglary-next-morning", {
        "What's been taken?": f"What's been taken? {doubtful}",
        "Please don't touch the back door": "Sorry, I got that wrong: please leave "
                                            "everything exactly as it is, drawers too."})
    assert result.item("scene-preservation").points > 0 and result.passed
    # the same words with nothing surer after them stay with the assessor
    alone = _model_with("burglary-next-morning", {"Please don't touch the back door": doubtful})
    mark = alone.item("scene-preservation")
    assert mark.points == 0 and mark.status == "uncertain" and "permits" in mark.reason


def test_no_need_to_stay_on_the_line_is_not_keeping_her_on_it():
    result = _model_with("domestic-abuse-children", {
        "Stay on the line with me": "Officers are on their way to you now. You don't have to "
                                    "stay on the line, you can hang up if it's easier."})
    assert result.item("keep-on-line").points == 0 and not result.passed


def test_refusing_to_record_the_complaint_is_not_explaining_schedule_3():
    result = _model_with("complaint-schedule-3", {
        "So I need to record it formally": "I understand you'd accept an apology. I'm not "
                                           "going to record this as a formal complaint.",
        "share your details and your account with": None,
        "Professional Standards will be in touch": "We'll keep you updated every 28 days."})
    assert result.item("schedule-3-explained").points == 0


def test_asking_whether_he_has_tried_the_council_is_not_signposting_it():
    result = _model_with("neighbour-noise-asb", {
        "Noise like this is dealt with by the council": "Gary, I've looked at the history and "
        "I can see your previous calls. Have you tried the council?",
        "That's the evidence the noise team need": "Keep a diary of the dates and times."})
    mark = result.item("signpost-council")
    assert mark.points == 0 and mark.status == "uncertain" and "question" in mark.reason
    # the council's name alone sends him nowhere
    named = _model_with("neighbour-noise-asb", {
        "Noise like this is dealt with by the council": "Gary, I've looked at the history. "
        "We won't be sending officers tonight, I'm afraid, and I'm not the council.",
        "That's the evidence the noise team need": "Keep a diary of the dates and times."})
    assert named.item("signpost-council").failed


def test_a_tap_code_needs_the_taps_not_only_yes_or_no():
    swaps = {"Is the man I can hear still with you? Tap once": "Is the man still with you?",
             "Are you safe where you are? Tap once": "Are you safe where you are?",
             "Are you at your home address? Tap once": "Are you at your home address?",
             "Tap once for yes, twice for no.": "Thank you. Just answer yes or no."}
    result = _model_with("silent-999-call", swaps)
    assert result.item("tap-code").failed and not result.passed


def test_a_missing_girls_health_is_not_asked_by_asking_the_caller_hers():
    result = _model_with("missing-person-vulnerable", {
        "Does she have any medical conditions": "That's really helpful. Have you got any "
                                                "health conditions yourself?"})
    assert result.item("medical").points == 0


def _reading(intent: str, clause: str, *, act: str = "question", subject: str = "caller",
             confidence: float = 0.95) -> tuple[IntentReading, TurnAnalysis]:
    reading = IntentReading(intent=intent, confidence=confidence, polarity="affirm",
                            subject=subject, clause=clause, phrase="(test)", score=0.9,
                            act=act)  # type: ignore[arg-type]
    analysis = TurnAnalysis(text=clause, acts=(Act(act, clause),),  # type: ignore[arg-type]
                            intents=(reading,))
    return reading, analysis


def test_doubts_name_what_may_be_misread():
    # each as if the analysis had read it as doing the thing
    cases = {
        ("stay_on_line", "you can put the phone down now", "instruction"): "permits",
        ("scene_preservation", "there's no need to leave it as it is", "instruction"): "lifts",
        ("crime_prevention", "I wouldn't bother with extra locks", "instruction"): "lifts",
        ("apology", "it's not for me to apologise", "apology"): "refuses",
        ("reference_number", "there isn't a reference number yet", "promise"): "refuses",
        ("scene_preservation", "have you touched anything", "question"): "not advised",
        ("location", "I've got your address", "statement"): "not asked",
    }
    for (intent, clause, act), why in cases.items():
        found = doubt(*_reading(intent, clause, act=act))
        assert found is not None and why in found, (clause, found)
    husband = doubt(*_reading("date_of_birth", "what's your husband's date of birth"))
    assert husband is not None and "husband" in husband
    faint = doubt(*_reading("location", "what's the address", confidence=0.45))
    assert faint is not None and "0.45" in faint


def test_sure_turns_are_not_doubted():
    sure = [
        ("safety_advice", "keep the children with you if you can", "instruction"),
        ("signpost", "you could also contact Citizens Advice", "instruction"),
        ("location", "police whats the address your at right now", "statement"),
        ("scene_preservation", "and don't wash the window just yet", "question"),
        ("apology", "I'm sorry nobody got back to you", "apology"),
        ("stay_on_line", "stay on the line with me, don't hang up", "instruction"),
        ("weapons", "has he got any weapons", "question"),
    ]
    for intent, clause, act in sure:
        assert doubt(*_reading(intent, clause, act=act)) is None, clause


def test_a_doubted_turn_in_time_is_for_review_even_when_a_sure_one_came_too_late():
    from .test_marking_agreement_rules import _mark

    late = _mark("silent-999-call", [
        (8, "Press 55 if you want, it's up to you."),
        (50, "If you can hear me but can't talk, press 55 now."),
    ]).item("silent-solution")
    assert late.status == "uncertain" and late.leaning == "not_met" and late.points == 0
    assert "in doubt" in late.reason and "00:08" in late.reason
    on_time = _mark("silent-999-call", [
        (8, "Press 55 if you want, it's up to you."),
        (20, "If you can hear me but can't talk, press 55 now."),
    ]).item("silent-solution")
    assert on_time.status == "met" and "00:20" in on_time.reason


def test_a_disclosure_in_a_question_is_still_a_disclosure():
    from .conftest import marked_with_caller

    def disclosed(line: str):
        return marked_with_caller("non-police-matter", [
            (3, "caller", "Can you tell me who owns it?", ["owner_ask"]),
            (5, "trainee", line, None)]).item("no-disclosure")

    asked = disclosed("Is it registered to a Daniel Fenwick, do you know him?")
    assert asked.status == "not_met" and "said 'fenwick'" in asked.reason
    assert disclosed("I can see who owns it, but I can't tell you, sorry.").status == "met"


def _turn(text: str, *readings: tuple[str, str, str, str, str]) -> TurnAnalysis:
    """A turn as if analysed into (intent, clause, act, polarity, subject) readings, in the
    order they were said."""
    return TurnAnalysis(text=text, acts=tuple(Act(a, c) for _, c, a, _, _ in readings),  # type: ignore[arg-type]
                        intents=tuple(IntentReading(
                            intent=i, confidence=0.9, polarity=p, subject=s,  # type: ignore[arg-type]
                            clause=c, phrase="(test)", score=0.9, act=a)  # type: ignore[arg-type]
                            for i, c, a, p, s in readings))


def test_advice_that_ends_the_turn_after_its_opposite_is_the_advice():
    # the caller acts on the last thing told: a clause misread as the opposite before the
    # advice does not take the advice back
    turn = _turn("the car isn't worth a beating, so keep your door shut and don't go out",
                 ("safety_advice", "the car isn't worth a beating", "statement", "negate",
                  "caller"),
                 ("safety_advice", "keep your door shut and don't go out", "instruction",
                  "affirm", "caller"))
    assert doubt(turn.intents[1], turn) is None
    # ...but advice taken back after it is still in doubt
    back = _turn("keep the line open, or actually you can go if you want",
                 ("stay_on_line", "keep the line open", "instruction", "affirm", "caller"),
                 ("stay_on_line", "actually you can go if you want", "instruction", "negate",
                  "caller"))
    found = doubt(back.intents[0], back)
    assert found is not None and "opposite" in found
    # and a follow-on of a refusal, read on its own as the deed, is not freed by its order
    follow = _turn("I won't say sorry, the officer was within his rights",
                   ("apology", "I won't say sorry", "statement", "negate", "caller"),
                   ("apology", "the officer was within his rights", "apology", "affirm",
                    "caller"))
    assert doubt(follow.intents[1], follow) is not None
