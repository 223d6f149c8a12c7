"""Marking rules found comparing the marker with a new blind assessor (session 6): what a
sentence that asks nothing credits, thanks in any register, and the scheme conditions that
now say what their descriptions say."""

from __future__ import annotations

from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

from .conftest import attempt, marked_with_caller


def _mark(scenario: str, turns: list[tuple[float, str]]):
    return mark_attempt(load_scenario(resolve(scenario)), attempt(scenario, turns))


def test_a_greeting_heard_as_a_question_asks_nothing():
    greeted = _mark("non-police-matter", [(9, "Good morning. Which road is it on?")])
    when = greeted.item("when")
    assert when.status == "not_met"
    assert "said in a sentence that asks nothing" in when.reason
    # The question in the same turn still counts: only the greeting's sentence asks nothing.
    assert greeted.item("location-first").status == "met"
    # Speech comes without punctuation: an unpunctuated question is still asked. (A detail
    # said back with no tag, "Since last night.", asked too until session 8's refit: the
    # learnt act model now reads it as a statement; left open in the README.)
    assert _mark("non-police-matter", [(9, "last night was it")]).item("when").points > 0


def test_thanks_in_any_register_is_the_thanks_the_scheme_names():
    thanked = _mark("complaint-schedule-3", [(12, "Okay sir, thanks for calling in.")])
    early = thanked.item("acknowledge-early")
    assert early.status == "met" and "thank you for calling" in early.reason
    # The scheme's time limit still holds: thanks after the first minute is not early.
    late = _mark("complaint-schedule-3", [(75, "Okay sir, thanks for calling in.")])
    assert late.item("acknowledge-early").status == "not_met"


def test_a_misheard_critical_question_counts_when_its_answer_is_read_back():
    def location(back: str | None, asked: str = "were a boat do you live"):
        turns: list[tuple[float, str, str, list[str] | None]] = [
            (0, "caller", "My little girl's not come home, she should've been back hours ago.",
             []),
            # a recogniser's mishearing of "whereabouts do you live": not heard as the
            # location, but near it (its "were a bouts" alone is now read as it sounds,
            # "whereabouts": session 29's sound-alikes; "a boat" is no "abouts")
            (6, "trainee", asked, None),
            (10, "caller", "31 Brambling Way, Oadby, Leicester. LE2 5PB.", ["address"])]
        if back is not None:
            turns.append((17, "trainee", back, None))
        return marked_with_caller("missing-person-vulnerable", turns).item("location-first")

    confirmed = location("thirty one brambling way oadby l e 2 5 p b")
    assert confirmed.critical and confirmed.status == "met"
    assert "read back" in " ".join(e.note for e in confirmed.evidence)
    # Without the read-back the critical question must be heard itself; a next turn that
    # moves on is no read-back either.
    assert location(None).status == "not_met"
    assert location("ok and what's her name").status == "not_met"
    # the recogniser's "were a bouts" is heard as the question it sounds like
    assert location(None, asked="were a bouts do you live").status == "met"


def test_the_worry_named_is_the_reassurance_only_when_denied():
    def reassured(line: str):
        return marked_with_caller("complaint-schedule-3", [
            (60, "caller", "Thing is, if I complain, they'll just pull me every night now.",
             ["retaliation"]),
            (70, "trainee", line, None),
        ]).item("retaliation-reassured")

    for line in ("Complaining won't mean you're treated any differently, I promise you.",
                 "No one is going to hold it against you that you've complained."):
        assert reassured(line).status == "met", line
    # The worry said without its denial, or a denial refused, reassures nobody.
    for line in ("If you make a fuss you'll be treated differently, that's how it goes.",
                 "I can't promise you won't be treated differently."):
        assert reassured(line).status == "not_met", line


def test_spoken_advice_after_a_condition_is_advice_not_a_question():
    def solution(line: str):
        return _mark("silent-999-call", [(4, line)]).item("silent-solution")

    # recognised speech, unpunctuated: the clause after "but" opens with "can't", which
    # tells ("can't talk, cough") rather than asks ("can't you talk?")
    told = solution("hello if you're there but can't talk cough or tap the phone")
    assert told.status == "met" and told.points > 0
    # A real question about the taps is still not the advice given.
    asked = solution("Can't you tap the phone?")
    assert asked.points == 0


def test_an_invitation_to_tell_it_is_the_open_question():
    def open_account(line: str):
        return marked_with_caller("complaint-service-recovery", [
            (0, "caller", "I want to complain, nobody's got back to me about my bike.", []),
            (12, "trainee", line, None),
            (18, "caller", "It was taken three weeks ago and nobody has rung me since.",
             ["complaint"]),
        ]).item("open-account")

    # (invitations the analysis places near no intent: the caller's account is drawn out)
    for line in ("Go on, tell me the whole lot from the beginning.",
                 "Go on, tell me everything from the start, take your time."):
        assert open_account(line).status == "met", line
    # A turn that invites nothing: what the caller says next is their own telling.
    assert open_account("Right, bear with me one moment.").status == "not_met"


def test_an_order_to_calm_down_is_not_reassurance():
    def reassured(line: str):
        return _mark("domestic-abuse-children", [(21, line)]).item("reassurance")

    told = reassured("Okay, try and calm down for me. What's your name?")
    assert told.status == "not_met" and "an order to calm down" in told.reason
    # keeping calm, or calm down with support in the same breath, still reassures
    for line in ("Try and stay calm for me, you're doing really well.",
                 "Calm down, you're doing really well."):
        assert reassured(line).status == "met"


def test_a_service_greeting_before_the_question_is_not_the_question():
    marked = _mark("interpreter-caller", [(5, "Police emergency, what's the address?")])
    assert marked.item("location-first").status == "met"
    # a service that tells is left whole
    from scoring.intents import clauses

    assert clauses("Police are on their way, stay where you are.")[0] == \
        "Police are on their way"


def test_a_recogniser_homophone_is_heard_as_the_word_its_place_needs():
    from scoring.homophones import repaired

    for heard, meant in (("wear are you", "where are you"),
                         ("police wear is he now", "police where is he now"),
                         ("can he here you", "can he hear you"),
                         ("is he breathing and conscience", "is he breathing and conscious"),
                         ("is their anyone with you", "is there anyone with you"),
                         ("do you no where he is", "do you know where he is"),
                         ("tell me wear you are", "tell me where you are"),
                         ("whats the address your at", "what's the address you're at")):
        assert repaired(heard) == meant
    # the right word, or the homophone where it belongs, is never changed
    for right in ("what is he wearing", "were you hurt?", "can you come here",
                  "I can hear you", "a guilty conscience", "their car is outside",
                  "no, he's gone", "the weather is bad", "the weight of it",
                  "what you wear is up to you", "what's your address"):
        assert repaired(right) == right
    marked = _mark("interpreter-caller", [(5, "wear are you")])
    assert marked.item("location-first").status == "met"


def test_what_spelled_by_its_sound_is_heard_as_what():
    from scoring.homophones import repaired

    for heard, meant in (("police wots the address", "police what's the address"),
                         ("wot time was it", "what time was it"),
                         ("wat's his name", "what's his name")):
        assert repaired(heard) == meant
    for right in ("Watson Road", "a swot", "what's the address"):
        assert repaired(right) == right
    marked = _mark("domestic-abuse-children", [(8, "police wots the address")])
    assert marked.item("location-first").status == "met"


def test_a_question_asking_for_a_list_asks_for_each_thing():
    both = _mark("road-collision-injury", [(140, "What's your name and number?")])
    item = both.item("caller-details")
    assert item.status == "met" and item.points == item.max_points
    # one thing asked is one thing asked: the name alone earns part
    one = _mark("road-collision-injury", [(140, "What's your name?")]).item("caller-details")
    assert one.status == "not_met" and 0 < one.points < one.max_points


def test_the_when_of_next_steps_may_answer_the_callers_asking_when():
    def close(answer: str):
        return marked_with_caller("hate-incident", [
            (220, "trainee", "Okay, I'll get an officer to come out and see you.", None),
            (225, "caller", "Right. When?", []),
            (229, "trainee", answer, None),
        ]).item("close")

    told = close("It should be later tonight or tomorrow.")
    assert told.points == told.max_points / 2  # next steps with a when; no reference
    assert close("Thanks for calling.").points == 0  # never said when


def test_a_reference_told_in_so_many_words_is_the_reference_given():
    told = _mark("burglary-next-morning", [
        (296, "Okay Arthur, your crime reference is one four oh seven four nine nine."),
    ]).item("reference-updates")
    assert told.status == "met" and "told the reference at 04:56" in told.reason
    # the number said with no word of what it is, is no reference given
    bare = _mark("burglary-next-morning", [
        (296, "Okay Arthur, it's one four oh seven four nine nine."),
    ]).item("reference-updates")
    assert bare.points == 0


def test_i_am_written_without_its_apostrophe_is_still_the_speakers_own():
    from scoring.homophones import repaired

    assert repaired("im sorry about that arthur") == "i'm sorry about that arthur"
    assert repaired("ive asked them to call") == "i've asked them to call"
    assert repaired("Jim Ivey") == "Jim Ivey"
    sorry = _mark("burglary-next-morning", [
        (215, "im sorry about that arthur that shouldnt have happened"),
    ]).item("dissatisfaction")
    assert sorry.points > 0
