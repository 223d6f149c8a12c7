"""Marking (session 24, from v33 and v34): a log point's negation is read where the point
itself is written, not at an earlier word it shares; a bare spoken question the act rule
took for comfort is asked when the caller answers it with what only it brings out; and a
question answered as another intent the same `any:` accepts leaves no doubt. Every line
here is new wording, not a line of any blind set."""

from __future__ import annotations

import pytest

from scoring.doubts import needless_opposite
from scoring.marking import VAGUE_STEP, names_only, told_not_to
from scoring.result import ItemMark
from scoring.text import mentions_as_done, normal_text
from tests.marked_calls import item_mark

# --- a log point's negation, read at the point itself ----------------------------------------


@pytest.mark.parametrize("text", [
    "Logged under Schedule 3 - unsuitable for handling outside Schedule 3 given the race element",
    "Schedule 3 complaint and not for resolution outside Schedule 3",
    "PSD informed - complaint under Schedule 3, never to be dealt with outside Schedule 3",
])
def test_a_denied_point_after_its_own_words_unnegated_is_not_done(text: str) -> None:
    assert not mentions_as_done(text, ["outside Schedule 3"]), text


@pytest.mark.parametrize("text", [
    "Dealt with outside Schedule 3 - sergeant to have a word, Schedule 3 not needed",
    "Resolved outside Schedule 3 by the duty inspector",
])
def test_a_point_written_plainly_is_done(text: str) -> None:
    assert mentions_as_done(text, ["outside Schedule 3"]), text


@pytest.mark.parametrize(("text", "point", "done"), [
    # the earlier, un-negated mention of a shared word is its own point
    ("Recorded under Schedule 3 - not suitable for resolution outside Schedule 3",
     "Schedule 3", True),
    ("Not referred to PSD yet, PSD to be emailed tomorrow", "referred PSD", False),
    ("No CCTV at the shop; CCTV requested from the council", "CCTV requested", True),
])
def test_each_point_is_read_at_its_tightest_occurrence(text: str, point: str,
                                                       done: bool) -> None:
    assert mentions_as_done(text, [point]) is done, text


# --- a bare question answered with what only it brings out ----------------------------------


def _injuries(line: str, reply: str, reveals: list[str]) -> ItemMark:
    return item_mark("road-collision-injury", "injuries-asked", [
        (0, "caller", "There's been a smash on the A127 and the other car's gone!", []),
        (8, "trainee", "whereabouts on the a127", None),
        (12, "caller", "Eastbound, past the Fortune of War.", ["location"]),
        (20, "trainee", line, None),
        (24, "caller", reply, reveals),
    ])


@pytest.mark.parametrize("line", ["anybody hurt", "everyone ok anybody hurt"])
def test_a_bare_question_answered_with_the_injuries_asks_them(line: str) -> None:
    mark = _injuries(line, "The woman in the Micra, her head's bleeding.", ["injured"])
    assert mark.status == "met", (line, mark.reason)


def test_a_bare_question_answered_with_nothing_of_it_stays_in_doubt() -> None:
    mark = _injuries("anybody hurt", "Just get someone here.", [])
    assert mark.status != "met", mark.reason


# --- a question answered as another intent the same item accepts ---------------------------


def _threat_checked(line: str) -> ItemMark:
    return item_mark("neighbour-noise-asb", "no-threat", [
        (0, "caller", "They've got music blaring next door again.", []),
        (10, "trainee", line, None),
        (15, "caller", "No, he's not threatened me, he's just ignorant.", ["threats"]),
        (30, "trainee", "what's your name", None),
        (33, "caller", "Gary Dobson.", []),
    ], events=[{"t": 40, "type": "grade_set", "value": "4"}])


@pytest.mark.parametrize("line", [
    "nobody has threatened you then have they or hurt you",
])
def test_an_answer_the_item_accepts_is_no_doubt(line: str) -> None:
    mark = _threat_checked(line)
    assert mark.status == "met", (line, mark.reason)


# --- what not to do, told "not to" ---------------------------------------------------------


@pytest.mark.parametrize(("phrase", "forms"), [
    ("not delete it", ["not to delete it"]),
    ("not get rid of that", ["not to get rid of that"]),
    ("keep that clip", []),
    ("not to wipe it", []),
])
def test_what_not_to_do_is_looked_for_as_told(phrase: str, forms: list[str]) -> None:
    assert told_not_to(phrase) == forms


def _footage_kept(line: str) -> ItemMark:
    return item_mark("complaint-schedule-3", "phone-footage-kept", [
        (0, "caller", "I want to complain about a stop.", []),
        (10, "trainee", "did anybody record any of it", None),
        (14, "caller", "My cousin Dwayne filmed a bit on his phone.", ["evidence"]),
        (20, "trainee", line, None),
        (24, "caller", "Right, I'll tell him.", []),
    ])


@pytest.mark.parametrize("line", [
    "No rush sending that over, just make sure he knows not to get rid of it.",
    "He can hold off emailing it for now, but ask him not to delete that please.",
])
def test_footage_kept_when_told_not_to_lose_it(line: str) -> None:
    assert _footage_kept(line).status == "met", line


# --- a name's spelling asks for the name alone ------------------------------------------------


@pytest.mark.parametrize(("clause", "named"), [
    ("And how are you spelling Prentice?", True),
    ("can you spell his last name for me", True),
    ("what does he look like", False),
])
def test_a_spelling_asks_for_the_name_alone(clause: str, named: bool) -> None:
    assert names_only(clause) is named


# --- no need to do the advice's opposite -----------------------------------------------------


@pytest.mark.parametrize(("intent", "clause", "needless"), [
    ("safety_advice", " no need for you to go round there tonight ", True),
    ("safety_advice", " there is no need to confront them yourself ", True),
    ("safety_advice", " no need to stay inside now ", False),
    ("stay_on_line", " you do not need to stay on the line ", False),
])
def test_no_need_for_the_opposite_gives_the_advice(intent: str, clause: str,
                                                    needless: bool) -> None:
    assert needless_opposite(intent, clause) is needless


# --- a vague step stays vague ----------------------------------------------------------------


@pytest.mark.parametrize(("clause", "vague"), [
    ("I'll stick a log on too", False),  # "stick" is not among the verbs: left as heard
    ("I'll put a log on too", True),
    ("That'll be looked at as soon as we can", True),
    ("I'll pass this on to be looked at", True),
    ("Somebody will deal with it as soon as possible", True),
    ("Someone will ring you by six tonight", False),
    ("An officer will be with you as soon as possible", False),
])
def test_a_step_that_holds_no_one_to_anything_is_vague(clause: str, vague: bool) -> None:
    assert (VAGUE_STEP.search(normal_text(clause).strip()) is not None) is vague, clause
