"""The caller's answers fixed in session 13: someone's own words asked for, a request to read
something out, a recogniser's word cut to one letter, a code read back letter by letter,
the grounds for what the caller said, "your name" beside a question about someone else, a
"he" the analysis gave to the wrong person, and "where are you calling about?". Each turn's
analysis is written out where the caller's own choice is what is tested; the wording is
new, not taken from any test set."""

from __future__ import annotations

from simulator import caller_lines, caller_memory, caller_thread, caller_words

from .conftest import caller_for
from .written_analysis import read, revealed, turn

# --- someone's words -----------------------------------------------------------------------


def test_words_asked_for_are_told_apart_from_other_questions():
    assert caller_words.words_asked("And what was the lad shouting across at you?")
    assert caller_words.words_asked("so what were his exact words")
    assert caller_words.words_asked("what was he calling your wife")
    assert not caller_words.words_asked("What did you say back to him?")  # the caller's own
    assert not caller_words.words_asked("Where was he standing?")
    assert caller_words.names_threat("what did he say he'd do to you")
    assert not caller_words.names_threat("what was the lad shouting")


def test_what_the_neighbour_was_shouting_gets_the_abuse_not_the_threat():
    c = caller_for("hate-incident")
    said = "And what was the lad shouting across at you?"
    replies = c.respond_to(turn(said, read("threats_made", said, subject="suspect",
                                           person="kyle", confidence=0.97)), 3)
    assert "words_used" in revealed(replies)
    assert "threats" not in revealed(replies)


def test_a_faint_reading_of_words_asked_is_still_answered_with_the_words():
    c = caller_for("hate-incident")
    said = "What was he coming out with?"  # no "say": not taken as words asked
    replies = c.respond_to(turn(said, read("threats_made", said, subject="suspect",
                                           person="kyle", confidence=0.42)), 3)
    assert "words_used" not in revealed(replies)
    c = caller_for("hate-incident")
    said = "What were the pair of them saying?"
    replies = c.respond_to(turn(said, read("threats_made", said, subject="suspect",
                                           person="kyle", confidence=0.42)), 3)
    assert "words_used" in revealed(replies)


def test_a_question_naming_the_threat_gets_the_threat():
    c = caller_for("hate-incident")
    said = "What did he say he'd do to you?"
    replies = c.respond_to(turn(said, read("hate_motivation", said, subject="suspect",
                                           person="kyle", confidence=0.9)), 3)
    assert "threats" in revealed(replies)


def test_where_only_the_threat_is_kept_words_asked_get_the_threat():
    c = caller_for("domestic-abuse-children")
    said = "What exactly did he shout at you on the stairs?"
    replies = c.respond_to(turn(said, read("threats_made", said, subject="suspect",
                                           confidence=0.9)), 3)
    assert "threats" in revealed(replies)


# --- reading something out ----------------------------------------------------------------


def test_asked_to_read_something_out_is_not_a_read_back():
    assert caller_words.read_aloud("Would you read me out what he put?")
    assert caller_words.read_aloud("just read it out for me")
    assert not caller_words.read_aloud("I'll read that back to you now")
    assert not caller_words.read_aloud("Could you read it back to me, the number?")
    assert not caller_words.read_aloud("Can you read English?")
    assert caller_words.written_thing("he sent a message earlier", "") == "message"


def test_the_sister_reads_out_the_text_when_asked():
    c = caller_for("concern-for-welfare-mental-health")
    said = "Would you read it out to me, the text he sent?"
    # the analysis took it for the handler's read-back; the caller hears a request to read
    replies = c.respond_to(turn(said, read("confirm_details", said, confidence=0.8)), 3)
    assert "threat_words" in revealed(replies)
    assert all(r.kind != "comply" for r in replies)


def test_it_to_read_out_is_the_written_thing_spoken_of_before():
    c = caller_for("concern-for-welfare-mental-health")
    c.hear("Has he messaged you tonight?", 2)
    said = "Can you read it to me, please?"
    replies = c.respond_to(turn(said, read("confirm_details", said, confidence=0.75)), 5)
    assert "threat_words" in revealed(replies)


# --- a word cut off ------------------------------------------------------------------------


def test_a_word_cut_to_one_letter_after_and_is_cut_off():
    assert caller_lines.cut_off("lock the door and k")
    assert caller_lines.cut_off("stay inside with the K")
    assert caller_lines.raw("stay inside with the K")
    assert not caller_lines.cut_off("does the reg start with a K")  # a letter asked of
    assert not caller_lines.raw("K N zero eight, is that the reg?")
    assert not caller_lines.raw("so it's unit C")  # a letter that is the detail, written


def test_advice_cut_off_at_a_letter_is_asked_again_not_taken():
    c = caller_for("hate-incident")
    said = "keep away from the window and D"
    replies = c.respond_to(turn(said, read("safety_advice", said, confidence=0.86,
                                           act="instruction"), act="instruction"), 3)
    assert [r.kind for r in replies] == ["clarify"]


# --- codes read back ------------------------------------------------------------------------


def test_a_partial_registration_read_back_with_digits_swapped_is_put_right():
    c = caller_for("road-collision-injury")
    said = "the BMW, E K 9 1 was it?"
    replies = c.respond_to(turn(said, read("confirm_details", said, act="readback",
                                           confidence=0.95), act="readback"), 3)
    assert [r.kind for r in replies] == ["correct"]
    assert "one nine" in replies[0].text


def test_a_partial_registration_read_back_right_is_confirmed():
    c = caller_for("road-collision-injury")
    said = "and it began E K 1 9?"
    replies = c.respond_to(turn(said, read("confirm_details", said, act="readback",
                                           confidence=0.95), act="readback"), 3)
    assert [r.kind for r in replies] == ["confirm"]


def test_codes_are_read_from_spelt_letters_not_from_roads_or_times():
    assert caller_memory.code_recall("on the M62 at 10 AM?", ["It was the M62."]) is None
    assert caller_memory.code_recall("B 4 1 0?", ["It's the B410 near the farm."]) is None
    found = caller_memory.code_recall("K R 6 0 Z?", ["It was KR06 ZTP."])
    assert found is not None and found.verdict == "correct"
    found = caller_memory.code_recall("K R 0 6", ["It was KR06 ZTP."])
    assert found is not None and found.verdict == "confirm"
    assert caller_memory.code_recall("K X 5 3", ["It was KR06 ZTP."]) is None  # another


# --- the grounds for what the caller said -------------------------------------------------


def test_grounds_asked_are_found_and_what_they_are_of():
    assert caller_thread.grounds_asked("So what makes you think that?") == ""
    assert caller_thread.grounds_asked("why do you say that") == ""
    assert caller_thread.grounds_asked("how do you know they've left") == "they've left"
    assert caller_thread.grounds_asked("What makes him do it?") is None


def test_why_they_say_so_gets_the_answer_they_gave():
    c = caller_for("concern-for-welfare-mental-health")
    first = c.hear("Has Liam had anything to drink tonight, do you know?", 2)
    assert "alcohol" in revealed(first)
    said = "why do you say that?"
    replies = c.respond_to(turn(said), 5)  # nothing read in it
    assert "alcohol" in revealed(replies)


# --- whose name, whom "he" is --------------------------------------------------------------


def test_your_name_beside_a_question_about_him_is_the_callers_name():
    c = caller_for("concern-for-welfare-mental-health")
    said = "Could I get your full name and what relation you are to him?"
    replies = c.respond_to(turn(said, read("caller_name", said, subject="child",
                                           person="son", confidence=0.88)), 3)
    assert "caller_name" in revealed(replies)
    assert "description" not in revealed(replies)


def test_a_he_given_to_someone_no_fact_describes_is_the_one_described():
    c = caller_for("concern-for-welfare-mental-health")
    said = "What's he like to look at?"
    replies = c.respond_to(turn(said, read("person_description", said, subject="child",
                                           person="son", confidence=0.95)), 3)
    assert "description" in revealed(replies)
    said = "What does Alfie look like?"  # named: still the boy, whom no fact describes
    c = caller_for("concern-for-welfare-mental-health")
    replies = c.respond_to(turn(said, read("person_description", said, subject="child",
                                           person="son", confidence=0.95)), 3)
    assert "description" not in revealed(replies)


def test_where_the_call_is_about_is_the_place():
    c = caller_for("non-police-matter")
    said = "Morning, where is it you're ringing about?"
    replies = c.respond_to(turn(said, read("what_happened", said, confidence=0.95)), 3)
    assert "location" in revealed(replies)
    c = caller_for("non-police-matter")
    said = "what's happened and where?"
    replies = c.respond_to(turn(said, read("what_happened", said, confidence=0.95)), 3)
    assert "what_happened" in revealed(replies)


# --- recognised words that lost the thread -----------------------------------------------


def test_a_sentence_started_again_or_trailing_off_is_garbled():
    for salad in ("has he was he been in the", "did the did she take her keys",
                  "what did the what did the lad", "so where would she err",
                  "is the car the for sale one", "was that the oh number", "can you just"):
        assert caller_lines.garbled(salad), salad
    assert caller_lines.stumbles("did the did she take her keys")
    assert caller_lines.cut_off("so where would she err")
    for sentence in ("double four seven double four seven", "oh one two three oh one two three",
                     "has he been drinking tonight", "was it the red car or the blue one"):
        assert not caller_lines.garbled(sentence), sentence


def test_a_restarted_question_is_asked_again_not_answered():
    c = caller_for("domestic-abuse-children")
    said = "is he is he still by the front"
    replies = c.respond_to(turn(said, read("suspect_present", said, subject="suspect",
                                           confidence=0.93)), 3)
    assert [r.kind for r in replies] == ["clarify"]


# --- someone's name ----------------------------------------------------------------------


def test_a_name_nobody_said_is_not_known():
    c = caller_for("burglary-next-morning")
    c.hear("Do any of the neighbours have cameras?", 2)
    said = "has your neighbour with the doorbell got a first name"
    replies = c.respond_to(turn(said, read("witnesses_cctv", said, subject="witness",
                                           person="khan", confidence=0.9)), 5)
    assert [r.kind for r in replies] == ["dont_know"]


def test_a_name_said_in_a_fact_is_still_given():
    c = caller_for("road-collision-injury")
    said = "the lady in the car, what's her name?"
    replies = c.hear(said, 3)
    assert any(r.reveals for r in replies), [r.text for r in replies]


def test_a_line_that_speaks_of_names_answers_a_name_asked():
    c = caller_for("complaint-service-recovery")
    said = "has any officer given you their name since you reported it?"
    replies = c.respond_to(turn(said, read("officer_details", said, subject="officer",
                                           confidence=0.9)), 3)
    assert "contacts" in revealed(replies)  # "nobody's ever given me one"


def test_a_pronoun_on_someone_on_the_edge_of_the_call_stays_with_them():
    c = caller_for("hate-incident")
    said = "the old gentleman at 39, what's his first name?"
    replies = c.respond_to(turn(said, read("suspect_description", said, subject="witness",
                                           person="dobson", confidence=0.95)), 3)
    assert "description" not in revealed(replies)  # not Kyle, whom a fact describes


# --- one clause, one act ------------------------------------------------------------------


def test_a_question_word_clause_read_also_as_advice_is_only_asked():
    c = caller_for("complaint-service-recovery")
    said = "how many days do they hold on to the recordings"
    replies = c.respond_to(turn(said, read("witnesses_cctv", said, confidence=0.85),
                                read("scene_preservation", said, confidence=0.55,
                                     act="instruction")), 3)
    assert "comply" not in [r.kind for r in replies]
    assert "cctv" in revealed(replies)


def test_a_question_run_into_the_greeting_is_answered_not_thanked_for():
    c = caller_for("burglary-next-morning")
    said = "Humberside police good morning where's the house"
    # read as something the handler promises: the question after the greeting still asks
    replies = c.respond_to(turn(said, read("location", said, confidence=0.9, act="promise"),
                                act="promise"), 3)
    assert "address" in revealed(replies)
    c = caller_for("burglary-next-morning")
    said = "Officers will come to the house later today"
    replies = c.respond_to(turn(said, read("location", said, confidence=0.9, act="promise"),
                                act="promise"), 3)
    assert "address" not in revealed(replies)


# --- her, not him -------------------------------------------------------------------------


def test_what_a_woman_said_is_not_answered_with_what_a_man_said():
    c = caller_for("complaint-schedule-3")
    said = "did the woman officer say anything to you herself"
    replies = c.respond_to(turn(said, read("threats_made", said, subject="officer",
                                           confidence=0.9)), 3)
    assert "words" not in revealed(replies)
    c = caller_for("complaint-schedule-3")
    said = "did he say anything to you while he searched the car"
    replies = c.respond_to(turn(said, read("threats_made", said, subject="officer",
                                           confidence=0.9)), 3)
    assert "words" in revealed(replies)


# --- more of what was told -----------------------------------------------------------------


def test_a_question_naming_what_only_one_told_fact_said_is_about_it():
    answers = [("pets", ["We've a collie and two cats."]),
               ("garden", ["The garden shed at the bottom was forced."]),
               ("car", ["The car was on the drive."])]
    assert caller_thread.told_of("and what was kept in the garden shed?", answers,
                                 ["pets", "garden"]) == "garden"
    assert caller_thread.told_of("and what was kept in the garden shed?", answers,
                                 ["pets"]) is None  # not told yet
    assert caller_thread.told_of("is the shed far from the garden gate?", answers,
                                 ["garden"]) is None  # its words, but not said together
    assert caller_thread.told_of("was the shed locked?", answers, ["garden"]) is None  # one word
    assert caller_thread.told_of("did the cats get out of the shed?", answers,
                                 ["pets", "garden"]) is None  # two facts pointed at
    answers.append(("neighbour", ["Mrs Penrose next door heard a bang."]))
    assert caller_thread.told_of("and has Mrs Penrose said anything since?", answers,
                                 ["neighbour"]) is None  # her doings, not what was told


def test_an_unplaced_question_about_what_the_caller_told_gets_that_again():
    c = caller_for("concern-for-welfare-mental-health")
    first = c.hear("Has he got any mental health problems, is he under anyone?", 2)
    told = revealed(first)
    assert told
    fact = next(f for f in c.persona.facts if f.id in told)
    words = [w for w in ("crisis", "team", "depression", "overdose") if w in " ".join(
        fact.answers).lower()]
    assert len(words) >= 2, fact.answers
    said = f"right, and the {words[0]} {words[1]}, when was that?"
    replies = c.respond_to(turn(said), 5)  # nothing placed in it
    assert fact.id in revealed(replies)


def test_an_interpreter_offered_is_answered_with_the_callers_language():
    c = caller_for("interpreter-caller")
    said = "Stay on the line, I'm bringing in someone who speaks your language"
    replies = c.respond_to(turn(said, read("language_needs", said, confidence=0.97,
                                           act="promise"), act="promise"), 3)
    assert "language" in revealed(replies)


# --- told again ----------------------------------------------------------------------------


def test_something_told_again_is_acknowledged_not_answered_again():
    c = caller_for("complaint-schedule-3")
    said = "Next an inspector will ring you about all this"
    first = c.respond_to(turn(said, read("next_steps", said, confidence=0.9, act="promise"),
                              act="promise"), 3)
    assert "next_response" in revealed(first)
    said = "and I'll get the officer's camera footage kept safe"
    again = c.respond_to(turn(said, read("next_steps", said, confidence=0.9, act="promise"),
                              act="promise"), 6)
    assert [r.kind for r in again] == ["acknowledge"]
    said = "so what did we say about how I'm to contact you?"  # asked: still answered
    asked = c.respond_to(turn(said, read("next_steps", said, confidence=0.9)), 9)
    assert "next_response" in revealed(asked)


def test_an_interpreter_offered_again_is_acknowledged():
    c = caller_for("interpreter-caller")
    said = "I'm getting someone who speaks your language on the line"
    c.respond_to(turn(said, read("language_needs", said, confidence=0.97, act="promise"),
                      act="promise"), 3)
    said = "the interpreter is joining us now, bear with me"
    again = c.respond_to(turn(said, read("language_needs", said, confidence=0.97,
                                         act="promise"), act="promise"), 6)
    assert "language" not in revealed(again)


# --- times and spellings read back ---------------------------------------------------------


def test_a_bare_hour_read_back_is_checked_against_the_time_said():
    found = caller_memory.recall("so the shouting began around nine?",
                                 ["It kicked off about eight o'clock, maybe a bit after."])
    assert found is not None and found.verdict == "correct"
    counted = caller_memory.recall("there were around nine people?",  # a count, not a time
                                   ["It kicked off about eight o'clock."])
    assert counted is None or counted.verdict != "correct"


def test_a_registration_in_the_phonetic_alphabet_is_checked_as_letters():
    found = caller_memory.code_recall("so kilo romeo zero six zulu?", ["It was KR06 ZTP."])
    assert found is not None and found.verdict == "confirm"
    found = caller_memory.code_recall("kilo romeo six zero?", ["It was KR06 ZTP."])
    assert found is not None and found.verdict == "correct"


def test_your_name_beside_his_name_is_still_the_callers():
    c = caller_for("concern-for-welfare-mental-health")
    said = "could I have your name and how you know Liam"
    replies = c.respond_to(turn(said, read("caller_name", said, subject="subject",
                                           person="subject", confidence=0.9)), 3)
    assert "caller_name" in revealed(replies)


def test_advice_told_again_is_agreed_to_and_a_promise_with_a_question_still_answered():
    c = caller_for("burglary-next-morning")
    said = "leave the back door as it is for the fingerprint officer"
    first = c.respond_to(turn(said, read("scene_preservation", said, confidence=0.95,
                                         act="instruction"), act="instruction"), 3)
    assert any(r.reveals for r in first)
    said = "and please don't wipe anything down in the kitchen"
    again = c.respond_to(turn(said, read("scene_preservation", said, confidence=0.95,
                                         act="instruction"), act="instruction"), 6)
    assert [r.kind for r in again] == ["comply"]
    c = caller_for("complaint-schedule-3")
    said = "An inspector will ring you after two"
    c.respond_to(turn(said, read("next_steps", said, confidence=0.9, act="promise"),
                      act="promise"), 3)
    said = "I'll get you a call back on Friday, is that alright?"
    asked = c.respond_to(turn(said, read("next_steps", said, confidence=0.9, act="promise"),
                              act="promise"), 6)
    assert "next_response" in revealed(asked)


def test_a_he_whose_age_a_line_gives_in_passing_keeps_that_line():
    c = caller_for("concern-for-welfare-mental-health")
    c.hear("Are there any children at the flat?", 2)  # the boy, six, is at his mum's
    said = "and how old's he?"
    replies = c.respond_to(turn(said, read("date_of_birth", said, subject="child",
                                           person="son", confidence=0.95)), 5)
    assert "description" not in revealed(replies)  # not Liam's age
