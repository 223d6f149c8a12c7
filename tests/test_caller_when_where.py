"""A question of when, where or how long is answered by a line that says a time, a place
or a stretch of time: never by a fact that says none ("and where was it locked up?" read
as when it happened). The turn's analysis is written out so the caller's own choice is what
is tested."""

from __future__ import annotations

from scoring.understanding import Act, IntentReading, TurnAnalysis
from simulator.caller_thread import asked_of, says

from .conftest import caller_for


def read(intent: str, clause: str, confidence: float = 0.8) -> IntentReading:
    return IntentReading(intent=intent, confidence=confidence, polarity="affirm",
                         subject="caller", clause=clause, phrase="", score=confidence,
                         act="question")


def ask(intent: str, clause: str) -> TurnAnalysis:
    return TurnAnalysis(text=clause, acts=(Act("question", clause),),
                        intents=(read(intent, clause),))


def test_what_a_question_of_when_or_where_needs_said():
    assert asked_of("and where was it locked up") == "place"
    assert asked_of("your mum's, whereabouts is that") == "place"
    assert asked_of("how long do they keep it for") == "duration"
    assert asked_of("how long ago was this") == "time"
    assert asked_of("and what time did he send that") == "clock"
    # a "where" or "when" inside the question is no question of it
    assert asked_of("Was there any CCTV where it was taken from?") is None
    assert asked_of("Was the car there when you walked past?") is None
    assert says("place", "It was locked to the bike racks outside Middleton Grange.")
    assert not says("place", "Saturday the 1st, about two o'clock. Reported the same day.")
    assert says("place", "He's at home.") and not says("place", "as soon as I got home")
    assert says("duration", "Security keep it thirty days.")
    assert not says("duration", "Saturday the 1st, about two o'clock.")
    assert not says("clock", "'I'm taking them tonight. Don't send anyone.'")
    assert says("clock", "Twenty-five past eight, the text.")


def test_where_read_as_when_gets_the_line_that_says_where():
    c = caller_for("complaint-service-recovery")
    c.respond_to(ask("when_happened", "And when was the bike actually taken?"), 3)
    c.respond_to(ask("property_taken", "What sort of bike is it?"), 8)
    replies = c.respond_to(ask("when_happened", "and where was it locked up"), 13)
    assert [fact for r in replies for fact in r.reveals] == ["bike"]  # not `timeline`


def test_how_long_read_as_before_gets_the_fact_that_says_how_long():
    c = caller_for("neighbour-noise-asb")
    replies = c.respond_to(ask("previous_incidents", "how long's it been going on for"), 3)
    assert [fact for r in replies for fact in r.reveals] == ["when"]  # not `previous`


def test_where_asked_again_gets_the_fact_line_that_says_where():
    c = caller_for("domestic-abuse-children")
    c.respond_to(ask("alcohol_drugs", "Has he been drinking?"), 3)
    replies = c.respond_to(ask("alcohol_drugs", "where's he been drinking?"), 8)
    assert [r.reveals for r in replies] == [("drinking",)]
    assert "Golden Eagle" in replies[0].text  # not "Drinking all day."


def test_how_long_nothing_says_is_not_known():
    c = caller_for("complaint-service-recovery")
    c.respond_to(ask("caller_name", "Can I take your full name please?"), 3)
    # when it was taken says a day and a time, not how long: neither it nor the name just
    # given says how long, so the caller doesn't know rather than give the date
    replies = c.respond_to(ask("when_happened", "how long were you waiting at the racks"), 8)
    assert [r.kind for r in replies] == ["dont_know"]
    assert not [fact for r in replies for fact in r.reveals]


def test_how_long_after_what_happened_is_the_when_of_it_not_that_answer_again():
    c = caller_for("neighbour-noise-asb")
    c.respond_to(ask("what_happened", "Go on then, what's the problem tonight?"), 3)
    # the answer just given says "since ten" in passing; how long it has gone on is the
    # fact of when it started, not what happened told over
    replies = c.respond_to(ask("previous_incidents", "and how long has the din been going"), 9)
    assert [fact for r in replies for fact in r.reveals] == ["when"]
