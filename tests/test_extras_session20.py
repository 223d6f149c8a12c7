"""Session 20, a turn's main act and intents affirmed that the author never labelled.

Forms read on v24 and v25 (development from this session) and found again in other
authors' development turns (v4 to v23, the held-back training authors) or stated by
docs/understanding-definitions.md: a detail let off with "let's" or "I'd not worry about";
a need denied of someone else; the handler's request said in the future or as made
before; a telling, then praise; a tap code "if I've got this right" before the read-back
it answers; a bare "sorry" before the apology's object; someone else brought onto the
line; advice heard in the reason given after something said not to be needed; leave given
("you're okay to …") heard as comfort; a refusal, then the step or the comfort given
instead; whether the door holds, heard as whether the offender is still there; a
reference the caller holds, said back, heard as a reference given; the answering formula
with the handler's name inside it; a place said back as "on there" (noted); "I'm going to
ask you not to …"; a pen got ready; ways of dealing with a complaint set side by side for
the caller to choose; recognised speech cut between a stated subject and its verb ("…I
can hear it | was the side window"). New wording, not lines of any blind or training set.
"""

from __future__ import annotations

from scoring.intents import clauses
from tests.reading_helpers import affirmed as _affirmed
from tests.reading_helpers import labels as _labels
from tests.reading_helpers import read as _read


def test_a_detail_let_off_with_lets_is_said_to_the_caller() -> None:
    # (the definitions: "let's not worry about the time", "skip the reference number for
    # now", said to the caller: instructions)
    for line in ("Let's not worry about which road he turned into.",
                 "so let's skip his date of birth for the moment",
                 "right, let's not worry about the colour of the van"):
        assert _read(line).act == "instruction", line


def test_the_handlers_own_trouble_with_lets_stays_a_statement() -> None:
    line = "Let's not bother with a crime number on this one, Mr Hale."
    assert _read(line).act == "statement", line


def test_a_worry_lifted_as_the_handler_would_is_an_instruction() -> None:
    line = "I'd not worry about a doorbell camera, the road's got CCTV all along it."
    assert _read(line).act == "instruction", line


def test_a_need_denied_of_someone_else_is_a_statement() -> None:
    for line in ("The detectives don't need to come back out to you.",
                 "The DVSA don't need to be involved, Mr Hale.",
                 "The patrol doesn't need to come back round to you."):
        assert _read(line).act == "statement", line
    # one of the caller's own people let off is leave given (the definitions)
    assert _read("No need for your son to come down to the station.").act == "instruction"


def test_the_handlers_request_in_the_future_or_made_before_tells_the_caller() -> None:
    for line in ("In a second I'm going to ask you to press five five for me.",
                 "I asked you to press 55 a bit ago, so just do that again if you still "
                 "need us."):
        analysis = _read(line, "silent-999-call")
        assert analysis.act == "instruction", line
        assert ("silent_solution", "affirm") in _labels(analysis), line


def test_a_telling_then_praise_is_the_telling() -> None:
    for line in ("Keep talking to me, Priya, you're doing really well.",
                 "Hold the line for me, love, you're doing brilliantly."):
        assert _read(line).act == "instruction", line
    # comfort's own words first ("don't worry") are comfort
    assert _read("Don't worry, Sam, you did the right thing calling us.").act == "reassurance"


def test_a_tap_code_if_i_am_right_before_the_read_back_answers_it() -> None:
    for line in ("One tap if I've got that right: Flat 3, 12 Harbour View.",
                 "Tap once if that's correct, flat 9 Mill Court."):
        analysis = _read(line, "silent-999-call")
        assert "silent_solution" not in _affirmed(analysis), line
        assert ("confirm_details", "affirm") in _labels(analysis), line


def test_a_bare_sorry_before_the_apologys_object_is_no_comfort() -> None:
    line = "I'm so sorry, on behalf of everyone here, for the way the call handler spoke to you."
    analysis = _read(line)
    assert analysis.act == "apology", line
    assert _affirmed(analysis) == {"apology"}, line
    # sorry with comfort after it, and no apology, still comforts
    assert "reassurance" in _affirmed(_read("I'm so sorry, this must be awful for you."))


def test_someone_brought_onto_the_line_is_no_holding_on() -> None:
    line = "Would you like a Somali interpreter? I can get one on the line for you."
    analysis = _read(line, "interpreter-caller")
    assert "stay_on_line" not in _affirmed(analysis), line
    assert ("language_needs", "affirm") in _labels(analysis), line
    assert ("stay_on_line", "affirm") in _labels(_read("I'll keep you on the line."))


def test_advice_heard_in_the_reason_after_a_thing_not_needed_is_not_advised() -> None:
    for line in ("no need to describe the van then if they never went near it",
                 "You needn't buy new locks today, the back door's solid as it is."):
        analysis = _read(line)
        assert not _affirmed(analysis), line
    # an order after it still advises; a condition on what the caller can do waives nothing
    analysis = _read("You don't need to describe him, just keep the front door locked.")
    assert "safety_advice" in _affirmed(analysis)
    line = ("Right, if you can get him out then get him out and sit him on the grass, away "
            "from the traffic.")
    assert "safety_advice" in _affirmed(_read(line, "road-collision-injury"))


def test_leave_given_is_no_comfort() -> None:
    for line in ("You're okay to drive the Fiesta today, Dev, it's not part of the crime scene.",
                 "you're alright to go now love you don't have to stay on the phone"):
        analysis = _read(line)
        assert "reassurance" not in _affirmed(analysis), line
        assert analysis.act == "instruction", line


def test_a_refusal_then_the_step_or_comfort_given_instead() -> None:
    line = ("I won't be pointing you to Victim Support tonight, we'll get an officer to come "
            "round in the morning.")
    analysis = _read(line)
    assert analysis.act == "promise", line
    line = "I'm not going to ask you any more about the van, you've been really helpful."
    assert _read(line).act == "reassurance", line
    # the reason for the refusal leaves the turn a statement
    line = "I won't need a number off you, we've got it from when you rang before."
    assert _read(line).act == "statement", line


def test_asking_whether_the_door_holds_asks_whether_the_caller_is_safe() -> None:
    # (the definitions' caller_safe: "can lock a door")
    for line in ("You're doing great, Leanne, is the door still holding?",
                 "Is the bedroom door still holding, Sam?"):
        analysis = _read(line)
        assert "suspect_present" not in _affirmed(analysis), line
        assert ("caller_safe", "affirm") in _labels(analysis), line
    assert ("suspect_present", "affirm") in _labels(_read("is he still at the front door"))


def test_a_reference_the_caller_holds_said_back_gives_none() -> None:
    # (`reference_number`: giving a reference or asking the caller to note one)
    for line in ("Right, PC 3318, and the slip number LS-26-04-1182, noted.",
                 "LS-26-04-1182, off the slip the officer handed you."):
        analysis = _read(line, "complaint-schedule-3")
        assert "reference_number" not in _affirmed(analysis), line
    line = "So that's CL 26 118734, and I'll give you a new reference for tonight, CL-26-120001."
    assert "reference_number" in _affirmed(_read(line, "complaint-schedule-3"))
    # a reference named and given ("yes" opening it is no read-back)
    line = "Yes, sorry. Reference number is LS 2611 0355."
    assert "reference_number" in _affirmed(_read(line, "burglary-next-morning"))


def test_the_answering_formula_with_the_handler_named_is_a_greeting() -> None:
    # (the definitions: the force's answering formula is a greeting even when it asks)
    analysis = _read("Essex Police, you're speaking to Priya, what's happened?")
    assert analysis.act == "greeting"
    assert ("what_happened", "affirm") in _labels(analysis)
    # a question of its own after the formula is still a question
    assert _read("Cleveland Police, you're speaking to Tom, is anyone hurt?").act == "question"


def test_a_place_said_back_as_on_the_handlers_screen_is_noted_only() -> None:
    # (the definitions: a detail said back only as noted is a statement with no intent)
    for line in ("Mill Road, by the church, lovely, that's on there.",
                 "Mill Road by the church, that's on my screen."):
        analysis = _read(line, "non-police-matter")
        assert analysis.act == "statement", line
        assert not _affirmed(analysis), line


def test_asked_not_to_in_the_future_tells_the_caller() -> None:
    line = "I'm going to ask you not to wash your hands until the officers have seen you."
    assert _read(line).act == "instruction", line


def test_getting_a_pen_ready_is_an_instruction() -> None:
    for line in ("Grab a pen, Sam, and I'll read you the crime number.",
                 "have a pen ready and ill give you the log number"):
        assert _read(line).act == "instruction", line
    assert _read("I'll grab the details off the system.").act == "promise"


def test_ways_set_side_by_side_for_the_caller_to_choose_are_explained() -> None:
    for line in ("You can have this sorted informally, or I can log it as a formal complaint, "
                 "it's up to you.",
                 "There are two ways we can handle this: I can log it formally and it goes to "
                 "Professional Standards, or I can put it right for you now, and you can still "
                 "come back to us if it isn't."):
        assert _read(line, "complaint-service-recovery").act == "statement", line
    # asking which is a question; leave given alone is still an instruction
    line = "You can have this sorted informally, or I can log it formally, which would you like?"
    assert _read(line, "complaint-service-recovery").act == "question"
    assert _read("You can have a sit down now, love.").act == "instruction"


def test_recognised_speech_keeps_a_stated_subject_with_its_verb() -> None:
    # (unpunctuated speech: "…I can hear it | was the side window" is no question put)
    for line in ("you dont need to tell me how they got in i can hear it was the back window",
                 "no need to give me the postcode i can see where your phone is",
                 "you wont need to keep the shed as it is the forensics lad has finished"):
        analysis = _read(line)
        assert analysis.act != "question", line
        assert not _affirmed(analysis), line
    # an inverted question after it still opens a question of its own
    assert clauses("can you see it is it still there") == ["can you see it", "is it still there"]
    assert clauses("what is he wearing is he in the house") == ["what is he wearing",
                                                                "is he in the house"]
