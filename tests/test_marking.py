"""The marking engine: each condition, critical items, partial credit, evidence, scores."""

from __future__ import annotations

from scoring.marking import mark
from simulator.library import intent_matcher
from simulator.selftest import attempt_from, mark_attempt

from .conftest import attempt

GOOD_LOG = {
    "location": "12 Elm Grove, Hull HU5 2AB", "caller_name": "Pat Doyle",
    "callback": "07700900111", "incident_type": "crime", "crime": "burglary_business",
    "grade": "3",
    "thrive": {"threat": "offender gone", "harm": "property stolen", "risk": "low",
               "investigation": "CCTV next door", "vulnerability": "none",
               "engagement": "crime reference"},
    "narrative": "mower taken",
}


def result_for(mini, turns=(), log=None, events=()):
    return mark_attempt(mini, attempt(turns=list(turns), log=log, events=list(events)))


def test_model_attempt_scores_full_marks(mini):
    result = mark_attempt(mini, attempt_from(mini, mini.model_test()))
    assert result.passed
    assert result.score == 100.0
    assert result.critical_failures == ()


def test_asked_within_and_before(mini):
    on_time = result_for(mini, [(3, "What's the address?"), (9, "What happened?")])
    assert on_time.item("location-first").status == "met"
    late = result_for(mini, [(45, "What's the address?")])
    item = late.item("location-first")
    assert item.status == "not_met" and "later than 00:30" in item.reason
    after = result_for(mini, [(3, "What happened?"), (9, "Where are you?")])
    assert "after `what_happened`" in after.item("location-first").reason
    never = result_for(mini, [(3, "Hello")])
    # A "never asked" says how close the trainee came (issue 9): here nothing did.
    assert never.item("location-first").reason == (
        "`location` was never asked; no turn came close")


def test_critical_failure_fails_whatever_the_total(mini):
    turns = [(3, "What happened?"), (10, "What's the address?"), (12, "What was taken?"),
             (14, "Any CCTV?"), (20, "Fit a better lock on the shed, it's worth it."),
             (25, "Someone will call you tomorrow, your reference number is 5.")]
    result = result_for(mini, turns, GOOD_LOG,
                        [{"t": 5, "type": "system_check", "query": "Elm Grove"},
                         {"t": 30, "type": "grade_set", "value": "3"}])
    assert result.score >= mini.marking.pass_mark
    assert result.critical_failures == ("location-first",)
    assert not result.passed


def test_evidence_points_at_the_turn(mini):
    result = result_for(mini, [(1, "Hello"), (3, "whereabouts are you calling from")])
    evidence = result.item("location-first").evidence
    assert evidence[0].kind == "turn" and evidence[0].index == 1 and evidence[0].t == 3


def test_recorded_partial_credit(mini):
    exact = result_for(mini, log={"location": "12 elm grove hull hu5 2ab"})
    assert exact.item("location-recorded").points == 10
    part = result_for(mini, log={"location": "12 Elm Grove"})
    item = part.item("location-recorded")
    assert 0 < item.points < 10
    assert "agreement" in item.reason
    none = result_for(mini, log={})
    assert none.item("location-recorded").points == 0
    wrong_phone = result_for(mini, log={"callback": "07700 900112"})
    assert wrong_phone.item("callback-recorded").status == "not_met"  # not partial: all or nothing


def test_grade_acceptable_set(mini):
    assert result_for(mini, log={"grade": "4"}).item("grade").status == "met"
    wrong = result_for(mini, log={"grade": "1"}).item("grade")
    assert wrong.status == "not_met" and "acceptable: 3, 4" in wrong.reason


def test_thrive_coverage_partial(mini):
    half = dict(GOOD_LOG["thrive"], risk="", investigation="")
    item = result_for(mini, log={"thrive": half}).item("thrive")
    assert item.status == "not_met" and "empty: risk, investigation" in item.reason
    assert 5 < item.points < 10


def test_checked_before_grade(mini):
    before = result_for(mini, events=[{"t": 5, "type": "system_check", "query": "12 elm grove"},
                                      {"t": 9, "type": "grade_set", "value": "3"}])
    assert before.item("check").status == "met"
    after = result_for(mini, events=[{"t": 9, "type": "grade_set", "value": "3"},
                                     {"t": 15, "type": "system_check", "query": "Elm Grove"}])
    assert "after the grade was set" in after.item("check").reason
    other = result_for(mini, events=[{"t": 5, "type": "system_check", "query": "YX19ABC"}])
    assert other.item("check").status == "not_met"


def test_applies_when_a_fact_came_up(mini):
    no_items = result_for(mini, [(3, "Where are you?")])
    assert no_items.item("cctv").status == "not_applicable"
    assert no_items.item("cctv").max_points == 0
    asked = result_for(mini, [(3, "What's been stolen?")])
    assert asked.item("cctv").status == "not_met"  # items came up, CCTV never asked
    # after_facts: CCTV fact is gated on items; volunteered facts count too
    assert result_for(mini, [(40, "hello")]).item("cctv").status == "not_applicable"


def test_revealed_from_recorded_caller_turns(mini):
    from scoring.attempt import Attempt

    record = Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": "mini-burglary",
        "turns": [{"t": 1, "speaker": "caller", "text": "I saw two lads", "reveals": ["saw-them"]}],
    })
    assert mark_attempt(mini, record).item("description").status == "not_met"


def test_combinators_and_not(mini):
    both = result_for(mini, [(5, "It's worth fitting a better lock on your shed door."),
                             (9, "An officer will call you tomorrow.")])
    assert both.item("advice-and-steps").status == "met"
    one = result_for(mini, [(5, "It's worth fitting a better lock on your shed door.")])
    assert one.item("advice-and-steps").status == "not_met"
    leading = result_for(mini, [(5, "Was he wearing a yellow top?")])
    assert leading.item("no-leading").status == "not_met"


def test_log_mentions_and_competency_scores(mini):
    result = result_for(mini, log={"narrative": "Strimmer stolen from shed"})
    assert result.item("narrative").status == "met"
    assert set(result.competencies) == {"analyse_critically", "emotionally_aware",
                                        "taking_ownership"}
    assert result.criteria["HUM-4"] == 0.0
    assert all(0 <= v <= 100 for v in result.criteria.values())


def test_marking_is_deterministic(mini):
    record = attempt_from(mini, mini.self_tests[1])
    first = mark(mini.marking, mini.world, mini.fact_rules(), record, intent_matcher())
    second = mark(mini.marking, mini.world, mini.fact_rules(), record, intent_matcher())
    assert first == second


def test_score_json_has_the_contract_keys(mini):
    doc = result_for(mini, [(3, "Where are you?")]).to_json()
    for key in ("scenario", "score", "passed", "critical_failures", "items", "competencies",
                "criteria"):
        assert key in doc
    for key in ("id", "met", "points", "max_points", "evidence"):
        assert key in doc["items"][0]
