"""Session 17, intents affirmed that the author never labelled: a detail the handler holds,
said as the reason a question is waived ("you needn't tell me where again, X is fine"), is
no read-back; a read-back put first, or put as a check of its own, still is. New wording,
not lines of any blind or training set."""

from __future__ import annotations

from functools import cache

from scoring.understanding import Context, TurnAnalysis, Understanding
from simulator.library import meaning_matcher
from simulator.loader import load_scenario, resolve


@cache
def _understanding(scenario: str) -> Understanding:
    return Understanding.for_scenario(load_scenario(resolve(scenario)).world, meaning_matcher())


def _read(scenario: str, line: str) -> TurnAnalysis:
    return _understanding(scenario).analyse(line, Context())


def _confirms(analysis: TurnAnalysis) -> bool:
    return any(r.intent == "confirm_details" and r.affirmed for r in analysis.intents)


def test_a_detail_given_as_why_a_question_is_waived_confirms_nothing() -> None:
    for line in ("marcus you needn't describe where the stop happened yarm road near the "
                 "shelter is plenty",
                 "no need to say where he pulled you over again yarm road near the bus stop "
                 "will do"):
        analysis = _read("complaint-schedule-3", line)
        assert ("location", "negate") in {(r.intent, r.polarity) for r in analysis.intents}
        assert not _confirms(analysis), line
        # the turn tells the caller what they need not say: it reads nothing back
        assert analysis.act == "instruction", line


def test_a_read_back_put_first_or_as_its_own_check_still_confirms() -> None:
    for scenario, line in (
            # (the detail first, read as the whole turn: it is no reason given after)
            ("complaint-schedule-3", "So that's PC 2417, and you needn't go over the time again."),
            ("burglary-next-morning",
             "So that's 6 Sycamore Grove, and you don't have to give me the postcode."),
            # (the number said before the waiver in the waiver's own clause)
            ("complaint-schedule-3",
             "Right, 07700 900947, and you won't need to give me a landline.")):
        assert _confirms(_read(scenario, line)), line
