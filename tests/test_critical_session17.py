"""Critical items read against their own descriptions (session 17): an update agreed "with a
when" whose when belongs to another step of the same turn agrees no specific update; a
danger to traffic "checked" by putting the caller's own words back to her, with nothing
found out, is not checked. Every line here is new wording, not a line of any blind set."""

from __future__ import annotations

from scoring.homophones import repaired
from scoring.result import ItemMark
from tests.marked_calls import item_mark

# --- the complaint: the when must be the update's own ------------------------------------

def _update(*closing: tuple[float, str, str]) -> ItemMark:
    return item_mark("complaint-service-recovery", "keep-informed", [
        (0, "caller", "Is this where I complain? Nobody has rung me back about my bike.", None),
        (9, "trainee", "It is, I'm sorry about that. Talk me through what's gone on.", None),
        (14, "caller", "Three weeks and not one call. I just want to know what's happening.",
         None),
        *((t, who, text, None) for t, who, text in closing)])


def test_a_when_said_of_another_step_agrees_no_update():
    # "this afternoon" is when the footage is chased; the call to her has no when.
    for turn in ("I'll chase the hub for the footage this afternoon, and someone will give "
                 "you a call.",
                 "The footage gets asked for first thing tomorrow and they'll update you."):
        mark = _update((60, "trainee", turn), (66, "caller", "Right. Thanks."))
        assert mark.critical and mark.points == 0, turn


def test_a_when_said_of_the_update_itself_agrees_it():
    for turn in ("I'll chase the hub for the footage, and I'll give you a call this Friday "
                 "after four.",
                 "I'll chase the footage and I'll ring you on Thursday to let you know how "
                 "it's going."):
        mark = _update((60, "trainee", turn), (66, "caller", "Right. Thanks."))
        assert mark.status == "met", turn


def test_the_when_given_when_she_asks_for_it_still_counts():
    # The update said without a when, another step's when beside it; she asks when, and
    # the answer gives it.
    mark = _update((60, "trainee", "I'll chase the hub for the footage this afternoon, and "
                    "someone will give you a call."),
                   (66, "caller", "And when will that be?"),
                   (70, "trainee", "By Friday at the latest, after four."),
                   (74, "caller", "Right."))
    assert mark.status == "met"


# --- the abandoned car: a danger to traffic checked is found out --------------------------

GRADED = [{"t": 200, "type": "grade_set", "value": "5"}]


def _danger(question: str, answer: str, reveals: list[str]) -> ItemMark:
    return item_mark("non-police-matter", "danger-check", [
        (0, "caller", "Somebody's dumped a car with no plates in the lane, and a pile of "
                      "rubbish with it. It's blocking the lane.", []),
        (12, "trainee", "Where is this exactly?", None),
        (15, "caller", "Hoe Lane, by the old water tower, in the field gateway.", ["location"]),
        (30, "trainee", question, None),
        (36, "caller", answer, reveals),
        (60, "trainee", "Thanks. The council deal with dumped cars and fly-tipping.", None),
        (64, "caller", "Oh. Alright then.", [])], GRADED)


def test_her_own_words_put_back_and_left_unanswered_check_nothing():
    # The lane named back to her as she said it, then straight on to something else: she
    # answers the other question, and nobody finds out whether it is in the road.
    mark = _danger("Right, so it's stuck in the lane, ok. When did it turn up?",
                   "It wasn't there on Thursday night, it was there this morning.",
                   ["when"])
    assert mark.critical and mark.points == 0


def test_a_question_that_finds_out_whether_it_is_in_the_road_checks_it():
    mark = _danger("Is any of it actually out in the road where a driver could hit it?",
                   "No, it's all pulled into the gateway, cars are going past fine.",
                   ["road_hazards"])
    assert mark.status == "met"


# --- the recogniser's "were exactly" / "wear exactly" is "where exactly" -------------------

def test_were_or_wear_before_exactly_and_a_question_verb_is_where():
    for heard, meant in (("hiya were exactly are they parked",
                          "hiya where exactly are they parked"),
                         ("and wear exactly was this", "and where exactly was this"),
                         ("right were exactly did she fall",
                          "right where exactly did she fall")):
        assert repaired(heard) == meant, heard
    # A subject owns the verb, or nothing that opens a question follows: left as said.
    for kept in ("they were exactly on time", "what you wear exactly is your choice",
                 "were exactly three of them there", "we were exactly where you said"):
        assert repaired(kept) == kept, kept


def test_the_location_asked_in_the_recognisers_spelling_is_asked_in_time():
    mark = item_mark("non-police-matter", "location-first", [
        (0, "caller", "There's a car been dumped with a load of rubbish next to it.", []),
        (8, "trainee", "morning wear exactly is this then", None),
        (11, "caller", "Hoe Lane, by the old water tower, in the field gateway.", ["location"]),
        (30, "trainee", "Okay, and what's been left there?", None),
        (34, "caller", "A car with no plates and a heap of rubble.", ["what_happened"])])
    assert mark.critical and mark.status == "met"
