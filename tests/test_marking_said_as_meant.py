"""Marking rules found comparing the marker with new blind assessors (session 8): options
offered as a choice, a signpost given as well as help rather than instead of it, a question
that names nobody following on from the one before, and words told in a turn the act rule
split in the wrong place. Every line here is new wording, not a line of any blind set."""

from __future__ import annotations

from scoring.turn_forms import names_nobody, offers_choice, tells_after
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

from .conftest import attempt, marked_with_caller


def _mark(scenario: str, turns: list[tuple[float, str]]):
    return mark_attempt(load_scenario(resolve(scenario)), attempt(scenario, turns))


def test_a_choice_is_ways_side_by_side_or_the_choice_put_to_the_caller():
    for offered in ("We could log it formally, or else I can chase the team myself today.",
                    "Either it goes to Professional Standards or we fix it between us.",
                    "It's entirely your decision how we take this forward.",
                    "Which would you rather we did?"):
        assert offers_choice(offered), offered
    for told in ("I'll send this over to Professional Standards for you.",
                 "If you'd like to complain I'll forward it to the complaints team.",
                 "We'll sort this out informally between ourselves."):
        assert not offers_choice(told), told


def test_options_explained_needs_the_options_not_one_route_told():
    def options(line: str):
        return _mark("complaint-service-recovery", [(150, line)]).item("options-explained")

    both = options("This can be recorded as a formal complaint under Schedule 3 for "
                   "Professional Standards to look at, or I can try to put it right for "
                   "you today. Your call.")
    assert both.status == "met"
    one = options("What I'm going to do is record it as a formal complaint under Schedule 3 "
                  "and Professional Standards will be in touch.")
    assert one.points == 0
    if one.status == "not_met":  # (heard as the intent at all: said as one way only)
        assert "one way" in one.reason or "never asked" in one.reason


def test_111_counts_as_well_as_officers_not_instead_of_them():
    def offered(turns):
        return marked_with_caller("concern-for-welfare-mental-health", turns).item(
            "signpost-111")

    instead = offered([
        (0, "caller", "My brother's sent me a message saying goodbye, I'm so scared.", []),
        (30, "trainee", "To be honest the mental health people are the ones for this, give "
                        "NHS 111 a ring and go for option 2.", None),
        (60, "caller", "But he's going to do something stupid!", []),
        (90, "trainee", "Alright, I'll arrange for officers to go round and see him.", None)])
    assert instead.status == "not_met"
    assert "after" in instead.reason
    as_well = offered([
        (0, "caller", "My brother's sent me a message saying goodbye, I'm so scared.", []),
        (30, "trainee", "Officers are going round to check on him right now.", None),
        (60, "caller", "Thank you. I just feel so helpless.", []),
        (90, "trainee", "For you tonight, NHS 111 option 2 will talk it through with you.",
         None)])
    assert as_well.status == "met"
    # Officers told as on their way in the same turn as the 111 offer count too.
    same_turn = offered([
        (0, "caller", "My brother's sent me a message saying goodbye, I'm so scared.", []),
        (30, "trainee", "Police are on their way to his flat now, and for yourself there's "
                        "NHS 111 option 2 if you need someone to talk to.", None)])
    assert same_turn.status == "met"


def test_a_question_naming_nobody_follows_on_from_the_question_before():
    assert names_nobody("and any allergies at all")
    assert not names_nobody("does she take anything for it")

    def medical(turns):
        return marked_with_caller("missing-person-vulnerable", turns).item("medical")

    after_her = medical([
        (0, "caller", "Our girl hasn't come back from school and it's not like her.", []),
        (20, "trainee", "What colour coat has she got on?", None),
        (25, "caller", "She hasn't got one, just her blazer.", []),
        (35, "trainee", "Okay. Any health problems or medication at all?", None),
        (40, "caller", "She's diabetic, she's Type 1.", ["medical"])])
    assert after_her.status == "met"
    # After a question about the caller, the unnamed question is the caller's too.
    after_caller = medical([
        (0, "caller", "Our girl hasn't come back from school and it's not like her.", []),
        (20, "trainee", "What's a good number to reach you on? And any health problems or "
                        "medication at all?", None),
        (25, "caller", "This mobile's fine. I'm fine, thanks.", [])])
    assert after_caller.status != "met"


def test_a_spoken_statement_misread_as_a_question_still_tells():
    assert tells_after("is the county's trading standards team you can email them today",
                       "trading standards")
    assert not tells_after("is the trading standards team any good", "trading standards")

    def council(line: str):
        return _mark("neighbour-noise-asb", [(150, line)]).item("signpost-council")

    told = council("the ones to speak to about noise is the council noise team you can "
                   "phone them on monday")
    assert told.status == "met"
    # Asked about, not told: the critical item still waits for a turn that sends him there.
    asked = council("have you ever tried the council noise team")
    assert asked.status != "met"


def test_a_yes_the_caller_had_to_ask_for_is_an_answer_not_reassurance():
    def comforted(reply: str):
        return marked_with_caller("domestic-abuse-children", [
            (0, "caller", "Please... he's trying to get in.", []),
            (40, "caller", "Hello? Is anybody there? Please don't hang up.", []),
            (45, "trainee", reply, None)]).item("reassurance")

    for answer in ("Yep, still here.", "Yes, I'm here.", "Yeah, police are coming."):
        assert comforted(answer).points == 0, answer
    # Comfort offered with it still reassures.
    assert comforted("Yes, I'm here with you, and you're doing brilliantly.").status == "met"


def test_the_callers_own_advice_in_the_descriptions_words():
    def advised(line: str):
        return _mark("concern-for-welfare-mental-health", [(200, line)]).item(
            "caller-advice")

    assert advised("Could you keep ringing him every few minutes for me?").status == "met"
    assert advised("If you hear from him at all, call us back straight away.").status == "met"
    assert advised("What's the name of his GP surgery?").status != "met"


def test_a_description_question_answered_with_the_car_asked_for_the_car():
    def described(question: str, answer: str, reveals: list[str]):
        return marked_with_caller("road-collision-injury", [
            (0, "caller", "There's been a smash, the other car's gone!", []),
            (60, "trainee", question, None),
            (66, "caller", answer, reveals)]).item("vehicle-description")

    car = "Grey estate, a BMW I think, front corner all smashed up."
    # (heard as a person's description: "it" is not a person)
    assert described("And can you describe it to me?", car, ["vehicle"]).status == "met"
    # Nothing drawn out: the caller had nothing to say of the car.
    assert described("And can you describe it to me?",
                     "Sorry, I never saw it properly.", []).status != "met"


def test_a_thing_declined_in_speech_without_apostrophes_is_still_declined():
    def photo(line: str):
        return _mark("missing-person-vulnerable", [(90, line)]).item("photo")

    assert photo("nah dont bother about a photo right now").status == "not_met"
    assert photo("have you got a recent photo of her you could send").status == "met"


def test_descriptions_obtained_came_out_not_only_asked():
    def obtained(answer: str, reveals: list[str]):
        return marked_with_caller("interpreter-caller", [
            (0, "caller", "Police... my van... men... sorry, English not good.", []),
            (20, "trainee", "Can you tell me what the men look like?", None),
            (25, "caller", answer, reveals)]).item("descriptions")

    assert obtained("Sorry... sorry... Polski?", []).points == 0
    assert obtained("One tall, black hood. One fat, cap.", ["description"]).status == "met"


def test_an_opposite_with_no_word_of_its_own_goes_to_an_assessor():
    def advised(line: str):
        return marked_with_caller("hate-incident", [
            (0, "caller", "He's out at his gate again shouting, I'm going out to him!", []),
            (30, "trainee", line, None)]).item("safety-advice")

    # Unpunctuated speech: the advice's clause read as the opposite only by the words
    # before it. Not credited (it is critical), but for review rather than surely not met.
    carried = advised("please dont go out to them its no use arguing with him keep inside "
                      "the house")
    assert carried.status == "uncertain" and carried.leaning == "not_met"
    assert "no word of its own" in carried.reason
    # "it isn't worth it" weighs the risk and lifts nothing (session 12): the advice, met
    assert advised("please dont go out to them your car isnt worth it keep inside the "
                   "house").status == "met"
    # "not worth getting hurt over" is the reason to keep safe, no leave: the advice, met
    assert advised("please dont go out to them your car isnt worth getting hurt over keep "
                   "inside the house").status == "met"
    # The opposite in so many words stays surely not met.
    opposite = advised("it's fine for you to go out and have a word with him")
    assert opposite.status == "not_met"


def test_the_new_options_are_checked_where_they_are_written(tmp_path):
    import subprocess
    import sys

    source = resolve("concern-for-welfare-mental-health").read_text(encoding="utf-8")
    wrong = source.replace("                - asked: next_steps\n",
                           "                - asked: next_step\n", 1)
    # (`after:` goes with `asked:` too since session 18; `asking:` still only with `said:`)
    misplaced = source.replace("- {asked: safety_advice}",
                               "- {asked: safety_advice, asking: true}", 1)
    for text, expected in ((wrong, "unknown intent `next_step`; did you mean `next_steps`?"),
                           (misplaced, "`asking` does not go with `asked`")):
        assert text != source
        path = tmp_path / "scenario.yaml"
        path.write_text(text, encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "simulator.cli", "validate", str(path)],
                             capture_output=True, text=True, timeout=300, check=False)
        assert out.returncode == 1
        assert any(expected in line for line in out.stderr.splitlines()), out.stderr


def test_a_spoken_clause_with_nothing_that_asks_tells():
    def code(line: str):
        return _mark("silent-999-call", [(20, line)]).item("tap-code")

    # (the act rule reads it as a question; nothing in it asks)
    told = code("right one tap means yes two taps means no")
    assert told.critical and told.status == "met"
    # Asked about in so many words, the critical item still waits.
    assert code("do you know what one tap means").status != "met"


def test_footage_kept_in_the_descriptions_words():
    def kept(line: str):
        return marked_with_caller("complaint-schedule-3", [
            (60, "caller", "My mate Dwayne filmed the whole thing on his phone.", ["evidence"]),
            (70, "trainee", line, None)]).item("phone-footage-kept")

    assert kept("Can you make sure Dwayne doesn't get rid of what he filmed?").status == "met"
    assert kept("Whatever happens, tell him not to delete it.").status == "met"
    assert kept("You don't need to bother about his filming, we'll have the body cam."
                ).status != "met"
