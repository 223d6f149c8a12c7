"""Marking rules found comparing the marker with v12's blind assessors (session 13): an
agency named only to be waved away signposts nothing, a refusal to tell withholds the whole
clause it governs, letting a silent caller off speaking does not lift keeping the line
open, a `said: … asking: true` item wants the words asked, a question after what was done
advises nothing, and a "sorry, but that's how it is" turn apologises in none of its
clauses."""

from __future__ import annotations

from scoring.doubts import (
    asked_not_advised,
    foretold,
    waved_away,
    without_other_waivers,
)
from scoring.turn_forms import sorry_dismissed, withheld
from scoring.understanding import IntentReading
from scoring.understanding.wording import spelled
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

from .conftest import attempt, marked_with_caller


def _mark(scenario: str, turns: list[tuple[float, str]]):
    return mark_attempt(load_scenario(resolve(scenario)), attempt(scenario, turns))


def _reading(intent: str, clause: str, act: str = "instruction") -> IntentReading:
    return IntentReading(intent, 0.9, "affirm", "caller", clause, "(test)", 0.9, act)


def test_an_agency_named_only_to_be_waved_away_is_no_signpost():
    for clause in ("to be honest the noise team won't do anything about it tonight",
                   "the council can't really help with parties",
                   "environmental health never come out for this sort of thing"):
        assert waved_away(_reading("signpost", clause)) is not None, clause
    # What the caller cannot do, a condition, or a denial turned round is still signposting.
    for clause in ("if you can't get hold of them, ring the council on Monday",
                   "if the council won't help, ring us back",
                   "the council won't come out tonight but ring their noise team Monday",
                   "ring the council's noise team in the morning"):
        assert waved_away(_reading("signpost", clause)) is None, clause
    # Only a signpost is waved away so: other advice keeps its own rules.
    assert waved_away(_reading("safety_advice", "they won't help you")) is None


def test_a_critical_signpost_waved_away_is_not_credited():
    def council(line: str):
        return _mark("neighbour-noise-asb", [(30, line)]).item("signpost-council")

    waved = council("Look, the council aren't going to help you with it at 2am, so I'll "
                    "note it down here.")
    assert waved.critical and waved.status != "met" and waved.points == 0
    assert council("Report it to the council's noise team first thing Monday.").status == "met"


def test_a_refusal_to_tell_withholds_the_whole_clause_it_governs():
    for before in ("i am afraid i can not pass on who that car ",
                   "we are not allowed to tell you whose van ",
                   "sorry i am unable to disclose where the keeper "):
        assert withheld(before), before
    # A "but" after the refusal turns it round; words with no refusal before them are said.
    for before in ("i can not tell you who exactly but it ", "so the ", "i will check who "):
        assert not withheld(before), before


def test_refusing_to_name_the_keeper_discloses_nothing():
    def disclosure(line: str):
        return marked_with_caller("non-police-matter", [
            (60, "caller", "Can you find out whose car it is? I'd like to give them an earful.",
             ["owner_ask"]),
            (70, "trainee", line, None),
        ]).item("no-disclosure")

    # (the clause runs past the few words a refusal reaches on its own)
    refused = disclosure("I'm sorry, I'm not allowed to give out who that particular car is "
                         "registered to, as that's for police use only.")
    assert refused.critical and refused.status == "met"
    told = disclosure("It's not stolen. It's registered to a man over in Witham.")
    assert told.status == "not_met"
    turned = disclosure("I can't really say who, but it was sold to the trade last month.")
    assert turned.status == "not_met"


def test_letting_a_silent_caller_off_speaking_does_not_lift_the_line():
    stripped = without_other_waivers(spelled(
        "stay calm there is no need to speak at all just keep the line open"))
    assert "no need" not in stripped and "keep the line open" in stripped
    # Waiving the advice itself stays.
    kept = without_other_waivers(spelled("there is no need to stay on the line now"))
    assert "no need" in kept

    def line(text: str):
        return _mark("silent-999-call", [(20, text)]).item("keep-line-open")

    assert line("keep hold of the phone you don't have to say a word just stay on the line "
                "with me").status == "met"
    assert line("you don't need to stay on the line any more").status != "met"


def test_asking_words_are_met_only_when_asked():
    def friends(line: str):
        return _mark("missing-person-vulnerable", [(90, line)]).item("friends-places")

    told = friends("She'll most likely be at one of her mates' houses, they usually are.")
    assert told.status == "not_met" and "told, not asked" in told.reason
    assert friends("Which of her friends have you tried so far?").status == "met"
    assert friends("give me the names of her mates please").status == "met"


def test_a_question_after_what_was_done_advises_nothing():
    for clause in ("have you told him to keep it down", "did you lock the back door",
                   "so has anyone asked them to stop"):
        assert asked_not_advised(_reading("safety_advice", clause, "question")), clause
    # A request put as a question is advice, and an order is no question.
    for clause, act in (("can you keep the door locked for me", "question"),
                        ("don't go round there yourself", "instruction")):
        assert asked_not_advised(_reading("safety_advice", clause, act)) is None, clause

    asked = _mark("neighbour-noise-asb", [(40, "Did you ask them to turn the music down?")])
    confrontation = asked.item("no-confrontation")
    assert confrontation.status == "not_met" and "advise nothing" in confrontation.reason
    advised = _mark("neighbour-noise-asb", [(40, "Please don't go round there yourself.")])
    assert advised.item("no-confrontation").status == "met"


def test_a_sorry_that_waves_the_grievance_away_apologises_nowhere():
    assert sorry_dismissed("Sorry, but it is what it is, we've had a mad week.")
    assert sorry_dismissed("im sorry though thats just the way it works with us")
    assert not sorry_dismissed("I'm sorry, but I want to put this right for you.")
    assert not sorry_dismissed("I'm sorry nobody got back to you, that's not good enough.")

    def dissatisfaction(line: str):
        return marked_with_caller("neighbour-noise-asb", [
            (40, "caller", "This is the fourth time I've rung you lot this month.",
             ["previous"]),
            (50, "trainee", line, None),
        ]).item("dissatisfaction")

    assert dissatisfaction("Sorry, but that's just how it works, we've been so busy "
                           "tonight.").status != "met"
    assert dissatisfaction("I'm really sorry you've had to ring us four times.").status == "met"


def test_what_others_will_do_foretold_advises_nothing():
    for clause in ("they'll probably knock it off soon anyway", "so he'll likely calm down",
                   "she might just go back inside"):
        assert foretold(_reading("safety_advice", clause)), clause
    # Advice said of the one advised, or of the deed, and a signpost saying what the agency
    # will do, are advice.
    for intent, clause in (("safety_advice", "he'll need to stay inside for now"),
                           ("crime_prevention", "it'd be worth getting a new lock on"),
                           ("signpost", "they'll be the ones who can sort it for you")):
        assert foretold(_reading(intent, clause)) is None, clause
