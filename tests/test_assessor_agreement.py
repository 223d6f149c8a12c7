"""bench.assessor_agreement counts two assessors' marks of the same calls as the marker's
agreement is counted: n/a left out, a partial with points credited, critical items credited
by one and marked not met by the other counted each way."""

from bench.assessor_agreement import Agreement, _add

FIRST = {"passed": "yes", "items": {
    "location-early": {"met": "yes"},
    "safety-advice": {"met": "yes"},
    "caller-details": {"met": "partial", "points": 2.0},
    "victim-support": {"met": "n/a"},
}}
SECOND = {"passed": "no", "items": {
    "location-early": {"met": "yes"},
    "safety-advice": {"met": "no", "why": "told her she could go out"},
    "caller-details": {"met": "partial", "points": 0},
    "victim-support": {"met": "yes"},
}}


def test_two_assessors_disagreeing_on_a_critical_item_are_counted_one_way() -> None:
    found = Agreement()
    _add(found, FIRST, SECOND, critical={"safety-advice", "location-early"},
         where="call", show=False)
    assert found.calls == 1 and found.pass_fail_same == 0
    # n/a by the first is left out; a partial with no points is not credited
    assert found.pairs == [(True, True), (True, False), (True, False)]
    assert found.credited_by_first_only == 1
    assert found.credited_by_second_only == 0


def test_the_same_marks_agree_wholly() -> None:
    found = Agreement()
    _add(found, FIRST, FIRST, critical={"safety-advice"}, where="call", show=False)
    assert found.pass_fail_same == 1
    assert all(a == b for a, b in found.pairs)
    assert "kappa" in found.figures("first assessor", "second assessor")
