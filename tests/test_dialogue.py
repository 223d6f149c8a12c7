"""The caller reacts like a person: answers, repeats, clarifies, volunteers, hangs up."""

from __future__ import annotations

from simulator.dialogue import Caller
from simulator.library import understanding_for


def caller(mini) -> Caller:
    return Caller(mini, understanding_for(mini.world))


def texts(replies):
    return [r.text for r in replies]


def test_answers_and_varies_repeats(mini):
    c = caller(mini)
    assert c.opening().text == "My shed's been broken into."
    first = c.hear("What's the address?", 3)
    assert texts(first) == ["12 Elm Grove, Hull, HU5 2AB."]
    assert first[0].reveals == ("address",) and first[0].answers == ("location",)
    assert texts(c.hear("What was the address again?", 8)) == ["12 Elm Grove, like I said."]


def test_two_questions_get_two_answers(mini):
    replies = caller(mini).hear("What's the address and what's been taken?", 3)
    kinds = [(r.kind, r.reveals) for r in replies]
    assert ("answer", ("address",)) in kinds and ("answer", ("items",)) in kinds
    # revealing the items triggers the line volunteered after that fact
    assert "They took the lot." in texts(replies)


def test_gated_fact_says_otherwise_until_ready(mini):
    c = caller(mini)
    assert texts(c.hear("Is there any CCTV?", 3)) == ["Why do you want to know that?"]
    c.hear("What was stolen?", 5)
    replies = c.hear("Is there any CCTV?", 9)
    assert texts(replies) == ["Next door has a camera."]
    assert replies[0].event is not None and replies[0].event.value == "1"


def test_garbled_turn_gets_a_clarification_and_never_upsets(mini):
    c = caller(mini)
    start = c.state.distress
    assert texts(c.hear("Purple monkey dishwasher?", 3)) == ["Sorry?"]
    assert texts(c.hear("the erm flibber?", 5)) == ["I don't follow."]
    # The simulator failing to understand is not the trainee's doing: no distress.
    assert c.state.distress == start


def test_understood_question_with_no_fact_gets_dont_know(mini):
    c = caller(mini)
    replies = c.hear("Do you have a dog at the house?", 3)
    assert [r.kind for r in replies] == ["dont_know"]
    assert "know" in replies[0].text


def test_reassurance_calms_and_hang_up_when_overwhelmed(mini):
    c = caller(mini)
    c.hear("You've done the right thing calling us", 2)
    assert c.state.distress == 3
    for t in range(3, 6):
        c.hear("Can I take your date of birth?", t)
    assert c.state.hung_up and c.state.ended
    assert c.hear("Hello?", 9) == []


def test_silence_prompts_once_then_hangs_up(mini):
    c = caller(mini)
    c.hear("What's the address?", 1)
    assert c.tick(5) == []
    assert texts(c.tick(12)) == ["Hello?"]
    assert c.tick(13) == []  # one prompt per silence
    final = c.tick(61)
    assert final[-1].kind == "hang_up" and final[-1].text == "Forget it."


def test_scheduled_volunteer_and_close(mini):
    c = caller(mini)
    c.hear("What's the address?", 1)
    replies = c.tick(31)
    assert any(r.text == "Oh, and the gate was open." and r.reveals == ("gate-open",)
               for r in replies)
    assert c.close().text == "Thanks, bye."
    assert c.tick(40) == []


def test_stage_directions_are_not_spoken(mini):
    from simulator.dialogue import Reply

    assert not Reply("[two taps]", "answer").spoken
    assert Reply("Yes.", "answer").spoken


def test_a_statement_is_acknowledged_not_questioned(mini):
    c = caller(mini)
    start = c.state.distress
    replies = c.hear("Officers will need to look at this first thing", 3)
    assert [r.kind for r in replies] == ["acknowledge"]
    assert c.state.distress == start
    assert [r.kind for r in c.hear("Flibber the gibbet possibly?", 5)] == ["clarify"]
