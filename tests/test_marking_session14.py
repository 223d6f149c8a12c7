"""Marking rules found comparing the marker with v13's blind assessors (session 14), each
a kind seen in earlier sets too: the handler announcing that they will do what the advice
is against ("I'm going to have to end the call") is not the advice, a clause that only
names back what the caller just said is no deed done for them, and a critical deed said in
the scheme's own words counts although the clause resembles another intent."""

from __future__ import annotations

from scoring.doubts import echoed, handler_does_opposite
from scoring.marking import Marker
from scoring.understanding import IntentReading
from simulator.loader import load_scenario, resolve
from simulator.selftest import understanding_of

from .conftest import attempt, marked_with_caller


def _reading(intent: str, clause: str, act: str = "instruction") -> IntentReading:
    return IntentReading(intent, 0.9, "affirm", "caller", clause, "(test)", 0.9, act)


def test_the_handler_announcing_the_opposite_is_doubted():
    for clause in ("If you don't say something soon I'm going to end this call",
                   "if there's no one on the line I'll have to end the call",
                   "we're going to have to clear this line now"):
        assert handler_does_opposite(_reading("stay_on_line", clause)) is not None, clause
    # The handler promising not to, the caller's own act, or the advice itself: no doubt.
    for clause in ("I'm not going to end the call",
                   "stay on the line until the officers tell you to hang up",
                   "I'll stay on the phone with you until they arrive",
                   "don't put the phone down"):
        assert handler_does_opposite(_reading("stay_on_line", clause)) is None, clause
    # Only advice has an opposite act to do.
    assert handler_does_opposite(_reading("caller_name", "I'll end the call")) is None


def test_threatening_to_clear_a_silent_call_does_not_keep_the_line_open():
    def line_kept(text: str):
        return marked_with_caller("silent-999-call", [
            (2, "caller", "[silence... breathing]", None),
            (8, "trainee", text, None)]).item("keep-line-open")

    threatened = line_kept("Hello? If you can't speak to me I'm going to have to end the call.")
    assert threatened.critical and threatened.status != "met" and threatened.points == 0
    assert line_kept("Hello? Stay on the line with me, don't hang up.").status == "met"


def test_a_clause_that_only_names_back_the_callers_words_is_doubted():
    heard = "Morning. Somebody's gone and fly-tipped a whole heap of rubble by the farm gate."
    assert echoed(_reading("signpost", "right, fly tipped rubble"), heard) is not None
    # A word of its own (the council) is a deed; a question repeating the caller asks.
    assert echoed(_reading("signpost", "right, fly tipped rubble is a council job"),
                  heard) is None
    assert echoed(_reading("location", "the farm gate", "readback"), heard) is None
    assert echoed(_reading("signpost", "fly tipping"), "") is None


def test_naming_the_callers_topic_back_does_not_signpost_the_council():
    def council(text: str):
        return marked_with_caller("non-police-matter", [
            (1, "caller", "I want to report fly-tipping and a car left with no plates.", None),
            (9, "trainee", text, None)]).item("signpost-council")

    named_back = council("Right, fly-tipping then. And your name?")
    assert named_back.critical and named_back.status != "met" and named_back.points == 0
    assert council("The council deals with fly-tipping, so please report it to Maldon "
                   "District Council on their website.").status == "met"


def test_schedule_3_said_in_so_many_words_is_explained():
    # The scheme's own words for the deed count whatever intent their clause resembles: the
    # `said:` branch alone, checked as the marker checks a critical item.
    scenario = load_scenario(resolve("complaint-schedule-3"))
    item = next(i for i in scenario.marking.items if i.id == "schedule-3-explained")
    said = next(c for c in item.condition.any_ or () if c.said)

    def explained(text: str) -> bool:
        marker = Marker(scenario.marking, scenario.world, scenario.fact_rules(),
                        attempt("complaint-schedule-3", [(9, text)]),
                        understanding_of(scenario))
        marker.critical_now = True
        return marker.check(said).met

    assert explained("You feel he treated you like that because of your colour, so it'll be "
                     "recorded as a formal complaint and sent to Professional Standards.")
    # Denied, or named only to say it is not, it explains nothing.
    assert not explained("I don't think this needs to be recorded as a formal complaint, "
                         "I can sort it out myself.")
    assert not explained("Honestly, it won't be recorded under Schedule 3, it's a "
                         "misunderstanding.")
