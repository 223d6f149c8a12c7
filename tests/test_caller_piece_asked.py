"""Session 8: the caller gives the piece a follow-up asks for, of the one it asks about.
A neighbour's house number is what the caller said of the neighbour, not the caller's own
address; "are you her mum?" is about the caller, so the "she" after it is still the one the
call is about; a postcode read back with its letters swapped is put right; "so it's … Lane
near …" reads back the lane, not "it's". Real library scenarios; the wording is new."""

from __future__ import annotations

from dataclasses import replace

from scoring.understanding import Act, IntentReading, TurnAnalysis
from scoring.understanding.readbacks import find
from simulator.read_back_truth import same

from .conftest import asked, caller_for


def test_a_neighbours_house_number_is_what_the_caller_said_of_them_not_their_address():
    c = caller_for("burglary-next-morning")
    told = c.hear("Does anybody on your road have a camera on their house?", 5)
    assert "witnesses" in {f for r in told for f in r.reveals}
    # read as "where does he live", about the neighbour: the caller's own address is no
    # answer; the line that named him with his number is
    replies = c.respond_to(asked("What house number is he at?", "location",
                                 subject="neighbour", person="khan"), 10)
    assert [r.reveals for r in replies] == [("witnesses",)]
    assert "8" in replies[0].text and "Sycamore" not in replies[0].text


def test_asking_whether_the_caller_is_her_parent_is_about_the_caller():
    c = caller_for("missing-person-vulnerable")
    c.hear("Could I have your full name?", 5)
    analysis = c.understand("Are you her father?")
    assert all(r.subject == "caller" for r in analysis.intents)
    c.respond_to(analysis, 8)
    # "she" is still the missing girl, not the caller's mother
    replies = c.hear("What shoes has she got on today?", 12)
    assert {f for r in replies for f in r.reveals} == {"description"}


def test_a_postcode_with_two_letters_swapped_is_not_the_same():
    truth = "6 Sycamore Grove, Hessle, HU13 9BN"
    assert same("address", "6 sycamore grove hu13 9bn", truth)
    assert not same("address", "hu13 9nb", truth)
    assert not same("address", "6 sycamore grove hu31 9bn", truth)
    c = caller_for("burglary-next-morning")
    c.hear("What's the address you're calling from?", 5)
    replies = c.hear("Six Sycamore Grove, HU13 9NB?", 9)
    assert [r.kind for r in replies] == ["correct"] and "9BN" in replies[0].text


def test_so_its_the_lane_near_somewhere_reads_back_the_lane():
    backs = find("so it's Sycamore Grove near the park, yeah?", None)
    assert [b.value for b in backs] == ["sycamore grove"]
    backs = find("that's Hoe Lane opposite the water tower", None)
    assert [b.value for b in backs] == ["hoe lane"]


def test_which_one_of_a_kind_needs_an_answer_that_names_the_kind():
    from simulator.caller_lines import names_kind, which_asked

    assert which_asked("Any idea which depot those two work out of?") == "depot"
    assert which_asked("and what club does he play for") == "club"
    # a value, not a named one of a kind: "blue", "towards town", "a Honda"
    assert which_asked("What colour is her coat?") is None
    assert which_asked("which way did the van go") is None
    assert which_asked("What make of car was it?") is None
    # the choices given, or a second question the reading may be of
    assert which_asked("which side, the left or the right") is None
    assert which_asked("Which shop was it, and when?") is None
    assert names_kind("depot", ["He drives out of the Basildon depot."])
    assert not names_kind("depot", ["Two of them, a man and a woman, in a marked car."])
    c = caller_for("complaint-schedule-3")
    replies = c.respond_to(asked("Have you any idea which station the pair of them work at?",
                                 "officer_details", subject="officer"), 5)
    assert [r.kind for r in replies] == ["dont_know"]  # not their descriptions


def test_a_sentence_may_end_on_of_after_a_word_that_takes_it():
    from simulator.caller_lines import cut_off, garbled

    assert not cut_off("what is he frightened of") and not garbled("what is he frightened of")
    assert not cut_off("do you know which office they were out of")
    assert cut_off("is the lock on the back of")


def test_a_role_said_of_no_one_in_particular_is_not_whom_she_is_next():
    c = caller_for("missing-person-vulnerable")
    c.hear("Might she have gone off with somebody, a boyfriend or something?", 5)
    # "a boyfriend" is no one the world holds (not the caller's wife, its partner): the
    # "she" after it is still the missing girl
    analysis = c.understand("Has anyone been giving her grief lately?")
    assert [r.person for r in analysis.intents] == ["missing"]


def test_the_services_opening_question_gets_what_the_call_is_about():
    c = caller_for("missing-person-vulnerable")
    replies = c.hear("Leicestershire Police, what can I do for you?", 2)
    assert [r.reveals for r in replies] == [("what_happened",)]


def test_a_yes_or_no_question_of_what_the_last_answer_said_gets_that_sentence():
    c = caller_for("burglary-next-morning")
    told = c.hear("Are you okay yourself, have you been hurt?", 3)
    assert "caller_ok" in {f for r in told for f in r.reveals}
    # nothing read in it, but every word of substance is in the answer just given
    text = "have you been living alone for long"
    replies = c.respond_to(TurnAnalysis(text=text, acts=(Act("question", text),), intents=()), 8)
    assert [r.kind for r in replies] == ["dont_know"]  # "alone" is not what it said
    text = "and do you live on your own at all"
    replies = c.respond_to(TurnAnalysis(text=text, acts=(Act("question", text),), intents=()), 8)
    assert [r.kind for r in replies] == ["answer"] and "only me" in replies[0].text


def test_an_instruction_with_nothing_read_in_it_is_agreed_to_not_just_heard():
    c = caller_for("domestic-abuse-children")
    # a statement read as whether it is safe to talk, then a bare order with no reading
    text = "Nod along if you need to, and stay away from the door."
    analysis = TurnAnalysis(text=text, main="instruction", acts=(
        Act("statement", "Nod along if you need to"),
        Act("instruction", "and stay away from the door")), intents=(IntentReading(
            intent="safe_to_talk", confidence=0.95, polarity="affirm", subject="caller",
            clause="Nod along if you need to", phrase="", score=0.95, act="statement"),))
    assert "comply" in [r.kind for r in c.respond_to(analysis, 5)]
    # a whole turn taken as an instruction, its parts read as no instruction
    text = "If she texts you again, ring me back right away."
    analysis = TurnAnalysis(text=text, main="instruction", acts=(
        Act("statement", "If she texts you again"), Act("question", "ring me back right away")),
        intents=())
    assert [r.kind for r in c.respond_to(analysis, 9)] == ["comply"]


def test_a_question_read_as_comfort_is_not_taken_as_comfort():
    c = caller_for("burglary-next-morning")
    comfort = IntentReading(intent="reassurance", confidence=0.9, polarity="affirm",
                            subject="caller", clause="Has the watch ever been insured",
                            phrase="", score=0.9, act="question")
    text = "Has the watch ever been insured?"
    replies = c.respond_to(TurnAnalysis(text=text, acts=(Act("question", text),),
                                        intents=(comfort,)), 5)
    assert [r.kind for r in replies] == ["dont_know"]
    # how they are, asked in care, may still be comfort
    text = "Are you holding up alright?"
    care = replace(comfort, clause=text.rstrip("?"))
    replies = c.respond_to(TurnAnalysis(text=text, acts=(Act("question", text),),
                                        intents=(care,)), 9)
    assert [r.kind for r in replies] == ["react"]


def test_what_to_do_if_something_happens_is_agreed_to_not_asked_about():
    c = caller_for("concern-for-welfare-mental-health")
    text = "If he sends you anything else tonight, ring us back on 999."
    analysis = TurnAnalysis(text=text, acts=(
        Act("statement", "If he sends you anything else tonight"),
        Act("question", "ring us back on 999")), intents=())
    # not the closing "anything else I can help with?", and not "say that again?"
    assert [r.kind for r in c.respond_to(analysis, 5)] == ["comply"]


def test_someones_birth_date_is_not_answered_by_what_they_look_like():
    c = caller_for("domestic-abuse-children")
    c.hear("Can you describe Jamie for me?", 5)
    # his description says his age, not when he was born
    replies = c.hear("And do you know Jamie's birthday?", 9)
    assert [r.kind for r in replies] == ["dont_know"]
    replies = c.hear("How old is Jamie?", 13)
    assert [r.reveals for r in replies] == [("suspect_desc",)] and "thirty" in replies[0].text


def test_a_year_in_a_description_is_no_phone_number():
    c = caller_for("concern-for-welfare-mental-health")
    c.hear("What does your brother look like?", 5)
    # what Liam looks like says the year he was born, which is no number to ring him on
    replies = c.hear("And what's his mobile number, his own one?", 9)
    assert [r.kind for r in replies] == ["dont_know"]


def test_he_is_not_the_officers_just_said():
    c = caller_for("concern-for-welfare-mental-health")
    c.hear("And you're his big sister, yeah?", 3)
    c.hear("Please stay put at home and let the officers go round to him.", 6)
    # "he" is Liam, whom the call is about, not "the officers" (said in the plural)
    analysis = c.understand("Is he taking anything for his depression?")
    assert analysis.intents and all(r.person == "subject" for r in analysis.intents)
