"""What the caller says about other people: someone on the edge of the call (a neighbour,
a witness) gets only what the caller's facts say of them, whether the trainee names them or
calls them by what they are to the caller ("your wife"). Real library scenarios, with the
turn's analysis written out so the caller's own choice is what is tested."""

from __future__ import annotations

from scoring.understanding import Act, IntentReading, TurnAnalysis

from .conftest import asked, caller_for


def test_someone_named_whom_the_analysis_left_unplaced_gets_only_what_is_about_them():
    # "Did Kasia see anything?": the analysis read it as the way the car went, about no one
    # in particular; Kasia is the caller's wife, whom the caller can't speak for, and the
    # fact of the way they went does not name her.
    c = caller_for("interpreter-caller")
    c.hear("Do you speak Polish? I'll get an interpreter.", 2)
    c.spoke_until(120)  # (no silence to hang up over)
    c.tick(125)  # the car has gone: the way it went is a fact the caller could give
    replies = c.respond_to(asked("Did Kasia see anything from the window as well?",
                                 "direction_of_travel", subject="suspect"), 130)
    assert [r.kind for r in replies] == ["dont_know"]
    replies = c.respond_to(asked("Did your wife see which way they went?",
                                 "direction_of_travel", subject="suspect"), 135)
    assert [r.kind for r in replies] == ["dont_know"]  # Kasia, the "caller's wife"
    # the same question with no one named is answered
    replies = c.respond_to(asked("Which way did they go?", "direction_of_travel",
                                 subject="suspect"), 140)
    assert [r.reveals for r in replies] == [("direction",)]


def test_someone_called_by_what_they_are_gets_the_fact_that_speaks_of_them_so():
    # The world has Samina as the "caller's wife"; the doorbell fact says "my wife saw it
    # as well" without her name: it is about her, so it is the answer.
    c = caller_for("hate-incident")
    replies = c.respond_to(asked("Did your wife see the eggs being thrown?",
                                 "witnesses_cctv", subject="witness", person="samina"), 3)
    assert [r.reveals for r in replies] == [("doorbell",)]
    # Mr Dobson is named in that fact too; a witness the fact never mentions is not.
    c = caller_for("concern-for-welfare-mental-health")
    replies = c.respond_to(asked("Has Stacey said anything to you about him tonight?",
                                 "last_seen", subject="missing_person"), 3)
    assert [r.kind for r in replies] == ["dont_know"]


def test_a_detail_asked_of_someone_is_answered_from_their_fact_whatever_else_was_read():
    # "What's the lady's name?" read as the last question (road hazards) again, about the
    # casualty: a new question, not the last one again, but her name is in her fact.
    c = caller_for("road-collision-injury")
    said = "What's the lady's name?"
    carried = IntentReading(intent="road_hazards", confidence=0.7, polarity="affirm",
                            subject="casualty", clause="What's the lady's name",
                            phrase="(road_hazards, again)", score=0.7, act="question",
                            person="casualty")
    replies = c.respond_to(TurnAnalysis(text=said, acts=(Act("question", said),),
                                        intents=(carried,)), 3)
    assert [r.reveals for r in replies] == [("casualty",)]
    assert "Maureen" in replies[0].text


def test_what_someone_else_would_be_willing_to_do_is_theirs_to_say():
    c = caller_for("complaint-schedule-3")
    said = "Would your cousin be willing to give a statement, do you think?"
    replies = c.respond_to(asked(said, "witnesses_cctv", subject="witness",
                                 person="dwayne"), 3)
    assert [r.kind for r in replies] == ["dont_know"]  # not "Dwayne filmed some of it"
    said = "Was your cousin with you? Did he see it?"
    replies = c.respond_to(asked(said, "witnesses_cctv", subject="witness",
                                 person="dwayne"), 8)
    assert replies[0].reveals == ("evidence",)  # (and what the caller volunteers after it)


def test_what_someone_else_said_or_heard_is_theirs_to_say():
    # The witnesses fact names Mr Khan (his doorbell) but says nothing he said or heard.
    c = caller_for("burglary-next-morning")
    said = "Has Mr Khan said whether he heard anything in the night?"
    replies = c.respond_to(asked(said, "witnesses_cctv", subject="witness"), 3)
    assert [r.kind for r in replies] == ["dont_know"]
    said = "Do you know if Mr Khan has a camera?"  # what the caller knows is theirs to say
    replies = c.respond_to(asked(said, "witnesses_cctv", subject="witness"), 8)
    assert [r.reveals for r in replies] == [("witnesses",)]
