"""Marking rules found comparing the marker with v13's blind assessors (session 14), each
a kind seen in earlier sets too: the handler announcing that they will do what the advice
is against ("I'm going to have to end the call") is not the advice, a clause that only
names back what the caller just said is no deed done for them, a critical deed said in the
scheme's own words counts although the clause resembles another intent, the caller's own
state asked ("are you still there?") asks about no one else, help coming said bare to a
caller who asked is an answer rather than reassurance, and what the officers will do or
want advises the caller nothing."""

from __future__ import annotations

from scoring.doubts import echoed, foretold, handler_does_opposite
from scoring.marking import Marker
from scoring.turn_forms import answers_yes, asks_callers_state, asks_to_tell
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
    # Only advice has an opposite act to do, and only the call is the handler's to end: the
    # police taking evidence is no scene disturbed.
    assert handler_does_opposite(_reading("caller_name", "I'll end the call")) is None
    assert handler_does_opposite(_reading(
        "scene_preservation", "leave the glass be, we could get something useful off it")) is None


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


def test_asking_after_the_callers_own_state_asks_about_no_one_else():
    for clause in ("Hello? You still there?", "are you alright love", "you okay at all?",
                   "was that you tapping?"):
        assert asks_callers_state(clause), clause
    for clause in ("is he still there?", "are you still with him?", "are you able to see "
                   "the car", "is anyone with you"):
        assert not asks_callers_state(clause), clause


def test_still_there_to_a_silent_caller_is_not_asking_who_is_with_her():
    def present(text: str):
        return marked_with_caller("silent-999-call", [
            (2, "caller", "[silence... breathing]", None),
            (10, "trainee", text, None),
            (13, "caller", "[silence]", None)]).item("suspect-present")

    assert present("Are you still there now?").status != "met"
    assert present("Is he still there with you?").status == "met"


def test_help_coming_said_bare_when_the_caller_asks_is_an_answer_not_reassurance():
    for clause in ("Police are on their way.", "Okay, they're almost there",
                   "yeah someone's coming"):
        assert answers_yes(clause), clause
    assert not answers_yes("They're on their way, and you're doing really well.")

    def reassured(caller: str, text: str):
        return marked_with_caller("domestic-abuse-children", [
            (1, "caller", caller, None),
            (5, "trainee", text, None)]).item("reassurance")

    assert reassured("Is anyone actually coming?", "Police are on their way.").status != "met"
    assert reassured("Is anyone actually coming?",
                     "Police are on their way, you're doing really well, stay with me."
                     ).status == "met"


def test_what_the_officers_will_do_or_want_advises_nothing():
    def reading(clause: str) -> IntentReading:
        return IntentReading("scene_preservation", 0.9, "affirm", "officer", clause,
                             "(test)", 0.9, "promise")

    for clause in ("Lovely, the officers will want that", "right, police can have a look at it",
                   "forensics might take a look"):
        assert foretold(reading(clause)) is not None, clause
    # Asked of the caller through the officers, or going on to advise: advice.
    for clause in ("officers will want you to leave it exactly where it is",
                   "the officers can look at it tomorrow so leave it where it is"):
        assert foretold(reading(clause)) is None, clause


def test_telling_the_caller_to_ring_her_friends_asks_nothing_about_them():
    assert asks_to_tell("tell me which of her friends you've tried")
    assert asks_to_tell("give me the names of her mates")
    assert not asks_to_tell("try ringing round her friends again")

    def friends(text: str):
        return marked_with_caller("missing-person-vulnerable", [
            (1, "caller", "I've been on the phone for an hour and nobody's seen her.", None),
            (6, "trainee", text, None)]).item("friends-places")

    assert friends("Okay. Try ringing round her friends again, she'll turn up at one of "
                   "theirs.").status != "met"
    assert friends("Which of her friends have you rung so far?").status == "met"


def test_asking_a_frightened_caller_to_speak_up_is_no_check_that_she_can_talk():
    def safe(text: str):
        return marked_with_caller("domestic-abuse-children", [
            (1, "caller", "(whispering) please... he's downstairs...", None),
            (6, "trainee", text, None)]).item("safe-to-talk")

    assert safe("I can barely hear you, can you talk up a bit?").status != "met"
    assert safe("Is it safe for you to talk? Can he hear you?").status == "met"


def test_victim_support_is_offered_only_by_naming_it():
    def offered(text: str):
        return marked_with_caller("burglary-next-morning", [
            (1, "caller", "They took my wallet as well, with all my cards in.", None),
            (6, "trainee", text, None)]).item("victim-support")

    assert offered("Give your bank a ring this morning and have those cards "
                   "cancelled.").status != "met"
    assert offered("I can put you in touch with Victim Support too, they help people after "
                   "a break-in.").status == "met"
