"""Marking (session 26, from v37, v38 and v39's critical credits and pass/fail misses): the
handler threatening to clear a silent call is no Silent Solution, whatever condition it
shares with one; the caller saying a vague when back in doubt ("When they can. Hmm.") asks
no when, so the trainee's next turn is no answer to it; and a question about what has
already been done ("have you moved anything?") advises nothing, so it is no opposite said
before the advice; and what was agreed, summed up and put to the caller to confirm, reads
it back. Every line here is new wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.doubts import foretold, handler_does_opposite
from scoring.marking import asks_when
from scoring.result import ItemMark
from scoring.turn_forms import asks_what_was_done, summary_put
from scoring.understanding import IntentReading
from tests.marked_calls import item_mark


def _reading(intent: str, clause: str, act: str = "instruction") -> IntentReading:
    return IntentReading(intent, 0.9, "affirm", "caller", clause, "(test)", 0.9, act)


# --- the silent call cleared, or threatened to be ---------------------------------------------


@pytest.mark.parametrize("clause", [
    "if you cannot make any noise I'm going to have to terminate this, I'll end the call",
    "if you can't say anything I will need to clear the line",
    "if nobody answers I'm going to hang up",
    "if you're not able to talk then I'll put the phone down",
])
def test_a_threat_to_clear_the_call_is_no_silent_solution(clause: str) -> None:
    assert handler_does_opposite(_reading("silent_solution", clause)) is not None, clause


@pytest.mark.parametrize("clause", [
    "if you can't talk, tap the phone twice for me",
    "if you're unable to speak press five five so I know you need us",
    "I won't hang up, just cough if you can hear me",
])
def test_the_silent_solution_itself_is_not_doubted(clause: str) -> None:
    assert handler_does_opposite(_reading("silent_solution", clause)) is None, clause


def test_a_condition_cut_off_before_the_threat_is_no_silent_solution() -> None:
    # the analysis may hear the condition alone as the Silent Solution: its sentence says
    # what the caller is told
    condition = _reading("silent_solution", "if you're unable to talk")
    assert handler_does_opposite(
        condition, "Hello? If you're unable to talk, I'll clear the line.") is not None
    assert handler_does_opposite(
        condition, "Hello? If you're unable to talk, tap twice on the phone.") is None


def _silent(line: str, later: str) -> ItemMark:
    return item_mark("silent-999-call", "silent-solution", [
        (0, "caller", "[silence... faint breathing]", []),
        (5, "trainee", "Police, hello? Can you hear me?", None),
        (9, "caller", "[breathing]", []),
        (20, "trainee", line, None),
        (24, "caller", "[breathing]", []),
        (40, "trainee", later, None),
        (44, "caller", "[two beeps: the caller has pressed 5 5]", ["press55"]),
    ])


def test_a_threat_to_clear_the_call_inside_the_half_minute_does_not_credit_it() -> None:
    mark = _silent("Hello? If you can't speak then I'll have to end the call.",
                   "If you need the police, press 55 now.")
    assert mark.critical and mark.points == 0, mark.reason


def test_the_silent_solution_inside_the_half_minute_still_credits_it() -> None:
    mark = _silent("If you can't speak to me, just press 55 on your phone.",
                   "Are you still there?")
    assert mark.status == "met", mark.reason


# --- the examiner's work reported done ---------------------------------------------------------


@pytest.mark.parametrize("clause", [
    "the forensic bloke's done now", "the scene examiner has been",
    "your fingerprint officer's all finished",
])
def test_the_examiners_work_reported_done_advises_nothing(clause: str) -> None:
    assert foretold(_reading("scene_preservation", clause)) is not None, clause


@pytest.mark.parametrize("clause", [
    "leave it all till the forensic bloke's done", "the fingerprint officer hasn't finished",
])
def test_advice_until_the_examiner_is_done_is_not_doubted(clause: str) -> None:
    assert foretold(_reading("scene_preservation", clause)) is None, clause


# --- the caller saying a vague when back in doubt ----------------------------------------------


@pytest.mark.parametrize("said", [
    "When?", "Right. And how long will that take?", "When will I hear, then?",
    "When they've got a minute? Hmm.", "what time will they come round?",
])
def test_a_when_put_as_a_question_asks_when(said: str) -> None:
    assert asks_when(said), said


@pytest.mark.parametrize("said", [
    "When somebody's free. Right. We'll see.", "As and when. Fine.",
    "He was shouting when I came in.", "What time it was I couldn't tell you.",
])
def test_a_when_said_back_or_told_asks_nothing(said: str) -> None:
    assert not asks_when(said), said


def _update(reply: str, next_line: str) -> ItemMark:
    return item_mark("complaint-service-recovery", "keep-informed", [
        (0, "caller", "I reported my bike stolen weeks ago and nobody has got back to me.",
         ["complaint"]),
        (10, "trainee", "I'm really sorry, that isn't good enough. What would you like to "
                        "happen?", None),
        (16, "caller", "I want the CCTV got and I want to be told what's going on.", ["wants"]),
        (30, "trainee", "I'll send it to the team and they'll contact you when they're able.",
         None),
        (36, "caller", reply, []),
        (42, "trainee", next_line, None),
        (48, "caller", "Okay.", []),
    ])


def test_a_vague_when_said_back_in_doubt_is_no_question_answered() -> None:
    mark = _update("When they're able. Hmm. Well, we'll see.",
                   "So that's the footage asked for tomorrow and the team contacting you.")
    assert mark.status != "met", mark.reason


def test_the_caller_asking_when_is_answered_by_the_next_turn() -> None:
    mark = _update("And when will that be?", "I'll make sure they ring you on Thursday.")
    assert mark.status == "met", mark.reason


# --- a question about what was done is no opposite advised -------------------------------------


@pytest.mark.parametrize("clause", [
    "Have you moved anything since you got up?", "right, did you pick anything up at all",
    "Has anything been put back yet?", "okay and what have you cleaned so far?",
])
def test_a_question_about_what_was_done_asks_what_happened(clause: str) -> None:
    assert asks_what_was_done(clause), clause


@pytest.mark.parametrize("clause", [
    "Can you get her out of the car?", "You're fine to put the drawers back",
    "Could you leave the kitchen as it is?",
])
def test_requests_and_leave_are_not_questions_about_what_was_done(clause: str) -> None:
    assert not asks_what_was_done(clause), clause


def _scene(question: str) -> ItemMark:
    return item_mark("burglary-next-morning", "scene-preservation", [
        (0, "caller", "Someone's broken in overnight, the back door's been forced.", []),
        (20, "trainee", question, None),
        (25, "caller", "Only the kettle, I made a cup of tea. Nothing else.", []),
        (40, "trainee", "Right, please leave everything just as you found it and keep away "
                        "from the back door, the crime scene investigator will want to "
                        "check it for prints.", None),
        (50, "caller", "Right you are.", []),
    ])


def test_asking_what_the_caller_has_handled_does_not_undo_the_advice_after_it() -> None:
    mark = _scene("Okay. Have you moved anything about since you came down?")
    assert mark.status == "met", mark.reason


def test_leave_to_tidy_before_the_advice_still_undoes_it() -> None:
    mark = _scene("Okay. You're fine to start tidying the drawers back up if you like.")
    assert mark.status != "met", mark.reason


# --- what was agreed, summed up and put to the caller to confirm ------------------------------


@pytest.mark.parametrize(("sentence", "reply"), [
    ("so that's the footage collected tomorrow and me phoning you on Friday, have I got that "
     "right", ""),
    ("okay so just to go over that, you'd like the camera checked and to hear from us weekly",
     "Yep, that's it."),
    ("right, let me recap, the hub asks for the video and someone rings you Thursday, yeah",
     ""),
])
def test_a_summary_put_to_the_caller_is_a_read_back(sentence: str, reply: str) -> None:
    assert summary_put(sentence, reply), sentence


@pytest.mark.parametrize(("sentence", "reply"), [
    ("so that's why nobody ever rang you back", "Well."),
    ("so that's everything I need from you for now", "Okay."),
    ("so that is fine then okay", ""),
    ("the hub will ring you on Friday, is that right", ""),
])
def test_other_sentences_are_no_summary_put(sentence: str, reply: str) -> None:
    assert not summary_put(sentence, reply), sentence


def _summary(line: str, reply: str) -> ItemMark:
    return item_mark("complaint-service-recovery", "summary-confirmed", [
        (0, "caller", "I reported my bike stolen weeks ago and nobody has got back to me.",
         ["complaint"]),
        (10, "trainee", "I'm sorry. What would you like to happen?", None),
        (16, "caller", "I want the CCTV got and I want to be told what's going on.", ["wants"]),
        (30, "trainee", line, None),
        (36, "caller", reply, []),
    ])


@pytest.mark.parametrize(("line", "reply"), [
    ("So that's the footage being asked for and the team calling you, is that right?",
     "Yes, that's right."),
    ("okay so to go over it you want the footage and updates and no one disciplined",
     "Yeah, that's it."),
])
def test_the_agreement_summed_up_and_agreed_is_confirmed(line: str, reply: str) -> None:
    assert _summary(line, reply).status == "met", line


def test_the_agreement_told_without_putting_it_to_her_is_not() -> None:
    mark = _summary("I'll ask them for the cctv and they'll update you.", "Okay.")
    assert mark.status != "met", mark.reason
