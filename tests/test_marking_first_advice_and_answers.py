"""What assessors agree on in principle, each with wording of our own:

- the caller acts on the first advice: leave to do what the advice is against ("if you want
  to go outside, that's fine"), before the advice, is its opposite advised first, even where
  the analysis heard no advice in it, and the advice in any of the item's forms after it
  comes too late; said after the advice it is not held against it;
- asking the caller to speak slowly or clearly presses on in English: it is not asking what
  language they speak;
- a log field that says "unknown" records nothing;
- the handler ending "this call" is the opposite of keeping the line open;
- a critical question heard near the intent above the band of doubt, answered with what only
  that question brings out, asked it; so did a question for the words someone used (what
  was said, shouted or written, read out word for word), answered with the words, where the
  intent is those words (a threat, the abuse of a hate incident);
- "still here, just updating the log" answers "are you there?" and reassures no one;
- "somebody will get back to you" names no one and no when: it is no next step;
- reassurance said while letting a caller in danger go ("I'll let you go, bye") is undone;
- advice left to the caller's judgement ("if you feel up to it you could pop over and ask
  him") is leave, not advice against it;
- a clause that only singles out part of the one before ("leave everything where it is,
  especially the back door") carries it on: no second deed of another intent.
"""

from __future__ import annotations

from scoring.attempt import Attempt
from scoring.marking import pressed_on
from scoring.result import Result
from scoring.understanding import IntentReading
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt
from tests.test_marking_critical_doubt import _model_with

from .conftest import marked_with_caller, pairs


def test_leave_to_go_out_before_the_safety_advice_fails_the_critical_item():
    result = _model_with("hate-incident", {
        # (leave given to the family, in words the analysis hears no advice in)
        "Are you safe at the moment?": "Where are they now? If they want to nip out and "
                                       "film him on a phone, that's fine."})
    mark = result.item("safety-advice")
    assert mark.points == 0 and "safety-advice" in result.critical_failures
    assert "opposite was advised first" in mark.reason and "nip out" in mark.reason


def test_the_same_leave_after_the_advice_is_not_held_against_it():
    result = _model_with("hate-incident", {
        "Victim Support can also help": "Once the officers are with you, if they want to "
                                        "nip out and show them the window, that's fine."})
    assert result.item("safety-advice").status == "met"


def test_advice_in_its_other_forms_after_leave_to_go_looking_comes_too_late():
    leave_first = _model_with("missing-person-vulnerable", {
        "I'm treating this as an emergency": "If you'd rather get in the car and drive round "
                                             "looking for her yourself, that's fine."})
    mark = leave_first.item("advice-home")
    # "please stay at home" and "leave her room as it is" both came after the leave
    assert mark.points == 0 and "opposite was advised first" in mark.reason
    assert _model_with("missing-person-vulnerable", {}).item("advice-home").status == "met"


def _language_reading(clause: str) -> IntentReading:
    return IntentReading("language_needs", 0.9, "affirm", "caller", clause, "", 0.5,
                         "instruction")


def test_asking_the_caller_to_speak_slowly_is_not_asking_his_language():
    assert pressed_on(_language_reading("sorry you will need to speak more slowly for me"))
    assert pressed_on(_language_reading("slow down and talk clearer please"))
    # the handler's own slowing down, and a question naming the language, ask it
    assert not pressed_on(_language_reading("I'll try to speak a bit more slowly for you"))
    assert not pressed_on(_language_reading("would you like me to say that again slowly"))
    assert not pressed_on(_language_reading("do you speak English"))
    assert not pressed_on(_language_reading("can you speak slowly, or is Polish easier"))
    result = _model_with("interpreter-caller", {
        "Do you speak Polish?": "Sorry, you'll need to speak more slowly for me. Please stay "
                                "on the line."})
    mark = result.item("language-identified")
    assert mark.points == 0 and "language-identified" in result.critical_failures


def _silent_call_logged(location: str) -> Result:
    scenario = load_scenario(resolve("silent-999-call"))
    return mark_attempt(scenario, Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": "silent-999-call", "events": [],
        "log": {"location": location},
        "turns": [{"t": 0, "speaker": "caller", "text": "[breathing]"},
                  {"t": 5, "speaker": "trainee", "text": "Police, can you hear me?"}]}))


def test_a_location_logged_as_unknown_records_nothing():
    for unknown in ("Unknown", "N/K", "not known - silent line"):
        mark = _silent_call_logged(unknown).item("location-recorded")
        assert mark.points == 0 and "not recorded" in mark.reason
    assert _silent_call_logged("41 Melbourne Road").item("location-recorded").points > 0


def test_ending_this_call_is_the_opposite_of_keeping_the_line_open(understanding):
    said = understanding.analyse("Right, I'm going to end this call here, all right?")
    assert ("stay_on_line", "negate") in pairs(said)
    assert ("stay_on_line", "affirm") not in pairs(said)


def _asked_for_the_words(question: str) -> Result:
    return marked_with_caller("hate-incident", [
        (0, "caller", "They've been shouting at me again and egged my window.", []),
        (40, "trainee", question, None),
        (46, "caller", "The P-word, and 'go home, terrorist'. It's because I'm Asian, that's "
                       "all it is.", ["words_used"])])


def test_a_question_for_the_words_answered_with_them_explores_the_hate():
    # heard as no intent, but as near the hate asked as the marker is sure of anything
    met = _asked_for_the_words("Tell me what they said to you.").item("hate-explored")
    assert met.points > 0 and "in answer to" in met.reason
    # heard only faintly near it, asking for no words: the answer alone does not credit a
    # critical item
    faint = _asked_for_the_words("Was there a reason for it?")
    assert faint.item("hate-explored").points == 0


def test_a_question_for_the_words_heard_faintly_answered_with_them_asked_for_them():
    # asking exactly what was said is asking the words, however near the library heard it
    for question in ("Can you tell me precisely what was said?",
                     "And the lad with him, what was he yelling?"):
        mark = _asked_for_the_words(question).item("hate-explored")
        assert mark.points > 0 and "in answer to" in mark.reason, question


def _read_the_message(question: str) -> Result:
    return marked_with_caller("concern-for-welfare-mental-health", [
        (0, "caller", "My brother's messaged me saying he's taking his tablets.", []),
        (10, "trainee", "Where is he now?", None),
        (14, "caller", "Flat 4, Kestrel Court, Rectory Road, Pitsea.", ["address"]),
        (30, "trainee", question, None),
        (36, "caller", "It says 'I've got all my tablets and I'm taking them tonight.'",
         ["threat_words"])])


def test_asking_for_what_a_message_says_answered_with_it_establishes_the_threat():
    # (the last heard as the threat, in doubt: the answer lifts the doubt)
    for question in ("Okay. Is it still on your phone? Could you read out what he wrote?",
                     "Right. Can you read that out to me word for word?",
                     "Okay. Can you read me exactly what it says?"):
        mark = _read_the_message(question).item("threat-established")
        assert mark.status == "met", question
        # (session 15: the library now has a message read out as the threat's wording, so
        # "read out what he wrote" is heard outright, asked with no doubt to lift)
        assert ("in answer to" in mark.reason or "given them" in mark.reason
                or "doubt" not in mark.reason), question
    # a question for no words, answered with them: not the threat established
    assert _read_the_message("Okay. Is he a danger to himself?").item(
        "threat-established").points == 0


def _closing(lines: list[tuple[str, str]]) -> Result:
    turns: list[tuple[float, str, str, list[str] | None]] = [
        (0, "caller", "My daughter's not come home and her phone's off.", [])]
    for at, (caller, trainee) in enumerate(lines, start=1):
        turns += [(at * 20.0, "caller", caller, []), (at * 20.0 + 5, "trainee", trainee, None)]
    return marked_with_caller("missing-person-vulnerable", turns)


def test_still_here_while_busy_answers_the_caller_and_reassures_no_one():
    busy = _closing([("Hello? Is anybody there?", "Still here love, just updating the log."),
                     ("Right.", "Officers are going to come to the house tonight to take "
                                "the details.")])
    mark = busy.item("next-steps-reassurance")
    assert 0 < mark.points < mark.max_points and "`reassurance` was never asked" in mark.reason


def test_a_step_with_no_one_and_no_when_is_no_next_step():
    said = [("Hello?", "You've done exactly the right thing ringing us.")]
    vague = _closing([*said, ("What now?", "Somebody will get back to you about it.")])
    mark = vague.item("next-steps-reassurance")
    assert 0 < mark.points < mark.max_points and "`next_steps` was never asked" in mark.reason
    told = _closing([*said, ("What now?", "Somebody from the missing persons team will ring "
                                          "you tonight.")])
    assert told.item("next-steps-reassurance").status == "met"


def test_a_phrase_named_only_to_disown_it_is_not_said():
    def told(line: str) -> Result:
        return marked_with_caller("complaint-schedule-3", [
            (0, "caller", "I want to complain about the officer who stopped me.", []),
            (10, "trainee", line, None)])

    disowned = told("I'm not here to tell you he was just doing his job, or that he wasn't.")
    assert disowned.item("impartial").status == "met"
    assert told("Well, he was just doing his job, to be fair.").item("impartial").points == 0


def _signed_off(scenario: str, line: str) -> Result:
    return marked_with_caller(scenario, [
        (0, "caller", "Please help me, I'm frightened.", []),
        (30, "trainee", "What's the address?", None),
        (34, "caller", "Please don't go.", []),
        (40, "trainee", line, None)])


def test_reassurance_said_while_leaving_a_caller_in_danger_is_undone():
    leaving = _signed_off("domestic-abuse-children",
                          "Help is coming to you now Kelly, I'll let you go. Bye.")
    assert leaving.item("reassurance").points == 0
    staying = _signed_off("domestic-abuse-children",
                          "You're being really brave, help is coming to you now.")
    assert staying.item("reassurance").status == "met"
    # where the scheme does not ask to keep the line open, a warm sign-off still reassures
    closing = _signed_off("hate-incident", "You've done the right thing ringing us. Bye.")
    assert closing.item("close").points > 0


def test_a_confrontation_left_to_the_callers_judgement_is_no_advice_against_it():
    def advised(first: str) -> Result:
        return marked_with_caller("neighbour-noise-asb", [
            (0, "caller", "It's one in the morning and the music next door is shaking the "
                          "walls.", []),
            (20, "trainee", first, None),
            (26, "caller", "Right.", []),
            (40, "trainee", "Actually, on second thoughts, don't go round there tonight.",
             None)])

    left = advised("if you feel up to it you could pop over and ask him to turn the music "
                   "down").item("no-confrontation")
    assert left.points == 0 and "leave given" in left.reason
    assert advised("What's your address?").item("no-confrontation").status == "met"


def _burglary_advice(advice: str) -> Result:
    return marked_with_caller("burglary-next-morning", [
        (0, "caller", "I've come down and the back door's been forced.", []),
        (10, "trainee", advice, None),
        (16, "caller", "Right, I'll leave it.", [])])


def test_a_clause_singling_out_part_of_the_one_before_carries_it_on():
    # "especially the back door" is the door not to be touched: no crime prevention
    singled = _burglary_advice("Please leave everything where it is, especially the back door.")
    assert singled.item("crime-prevention").points == 0
    assert singled.item("crime-prevention").status != "uncertain"
    advised = _burglary_advice("Please leave everything where it is. And get a locksmith to "
                               "make that back door secure today.")
    assert advised.item("crime-prevention").points > 0
