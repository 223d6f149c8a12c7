"""How the caller answers what it can't place: a question word never gets advice agreed to,
and not knowing two things in one turn is said once. The turn's analysis is written out so
the caller's own choice is what is tested."""

from __future__ import annotations

from dataclasses import replace

from scoring.understanding import Act, IntentReading, TurnAnalysis
from simulator.caller_lines import asks_what

from .conftest import caller_for


def read(intent: str, clause: str, *, subject: str = "caller",
         confidence: float = 0.75) -> IntentReading:
    return IntentReading(intent=intent, confidence=confidence, polarity="affirm",
                         subject=subject, clause=clause, phrase="", score=confidence,
                         act="question")


def turn(text: str, *readings: IntentReading) -> TurnAnalysis:
    return TurnAnalysis(text=text, acts=(Act("question", text),), intents=readings)


def test_advice_read_into_a_question_word_is_not_agreed_to():
    c = caller_for("neighbour-noise-asb")
    said = "How many people are round there tonight, do you reckon?"
    replies = c.respond_to(turn(said, read("safety_advice", said.rstrip("?"))), 3)
    assert [r.kind for r in replies] == ["dont_know"]  # not "Okay, I will."
    said = "Don't go round there tonight."
    advice = IntentReading(intent="safety_advice", confidence=0.95, polarity="affirm",
                           subject="caller", clause=said, phrase="", score=0.95,
                           act="instruction")
    replies = c.respond_to(TurnAnalysis(text=said, acts=(Act("instruction", said),),
                                        intents=(advice,)), 8)
    assert [r.kind for r in replies] == ["comply"]


def test_a_question_word_is_told_from_a_suggestion():
    assert asks_what("How many people are round there?")
    assert asks_what("and where is he now")
    assert not asks_what("Why don't you go inside?")
    assert not asks_what("What I'd like you to do is stay in the bedroom.")
    assert not asks_what("Stay in the bedroom.")


def test_not_knowing_two_things_in_one_turn_is_said_once():
    c = caller_for("hate-incident")
    said = "Who came out to you, and what was the officer's collar number?"
    replies = c.respond_to(turn(said, read("officer_details", "Who came out to you",
                                           subject="officer", confidence=0.9),
                                read("officer_details", "what was the officer's collar number",
                                     subject="officer", confidence=0.9)), 3)
    assert [r.kind for r in replies] == ["dont_know"]


def test_where_something_was_done_to_the_caller_is_where_they_were_hurt():
    c = caller_for("domestic-abuse-children")
    said = "whereabouts did he grab you"
    replies = c.respond_to(turn(said, read("location", said, subject="suspect",
                                           confidence=0.82)), 3)
    assert [r.reveals for r in replies] == [("injuries",)]  # not the address
    said = "Whereabouts are you?"
    replies = c.respond_to(turn(said, read("location", "Whereabouts are you",
                                           confidence=0.95)), 8)
    assert [r.reveals for r in replies] == [("address",)]


def test_the_caller_spoken_of_as_him_means_the_interpreter_is_on():
    c = caller_for("interpreter-caller")
    said = "Is anybody hurt?"  # nothing says an interpreter is on: broken English
    replies = c.respond_to(turn(said, read("anyone_injured", "Is anybody hurt",
                                           confidence=1.0)), 3)
    assert [r.kind for r in replies] == ["otherwise"]
    said = "Who's in the house with him?"  # the caller, spoken of to the interpreter
    replies = c.respond_to(turn(said, read("children_present", "Who's in the house with him",
                                           subject="child", confidence=0.97)), 8)
    assert [r.reveals for r in replies] == [("household",)]
    assert "language_needs" in c.state.asked


def test_through_an_interpreter_his_name_and_number_are_the_callers():
    c = caller_for("interpreter-caller")
    c.hear("Do you speak Polish? I'm getting an interpreter on the line.", 2)
    said = "His name and his phone number please."
    replies = c.respond_to(turn(said, read("callback_number", said.rstrip("."),
                                           subject="neighbour", confidence=0.73)), 6)
    assert [r.reveals for r in replies] == [("phone",)]
    # "his" taken by the analysis for the little boy last spoken of is still the caller's;
    # his son's name is not
    son = IntentReading(intent="caller_name", confidence=0.8, polarity="affirm",
                        subject="child", clause="And his name", phrase="", score=0.8,
                        act="question", person="son")
    replies = c.respond_to(turn("And his name?", son), 9)
    assert [r.reveals for r in replies] == [("name",)]
    sons = replace(son, clause="What's his son's name")
    replies = c.respond_to(turn("What's his son's name?", sons), 12)
    assert "name" not in {f for r in replies for f in r.reveals}
    # an English-speaking caller asked for "his number" is asked someone else's
    c = caller_for("burglary-next-morning")
    said = "What's his phone number?"
    replies = c.respond_to(turn(said, read("callback_number", said.rstrip("?"),
                                           subject="neighbour", confidence=0.73)), 3)
    assert [r.kind for r in replies] == ["dont_know"]


def test_anything_like_that_still_asks_how_things_are():
    from simulator.caller_lines import finding_out

    assert finding_out("Are there any cars blocking the road outside, anything like that?")
    assert not finding_out("Do you feel like talking to someone from victim support?")
    assert not finding_out("Do you want me to send someone round?")


def test_a_clear_question_after_a_remark_gets_dont_know_not_say_again():
    c = caller_for("burglary-next-morning")
    said = "He's been round again? What did he want?"
    replies = c.respond_to(TurnAnalysis(text=said, acts=(Act("question", said),),
                                        intents=()), 3)
    assert [r.kind for r in replies] == ["dont_know"]


def test_a_number_given_after_offering_one_is_noted_and_a_goodbye_is_not_misheard():
    c = caller_for("burglary-next-morning")
    c.hear("i'll give you a crime reference number have you got a pen", 3)
    replies = c.hear("it's 16 118 734 26 quote that if you ring us for an update or think "
                     "of anything else", 9)
    assert [r.kind for r in replies] == ["noted"]  # not "say that again?", not corrected
    replies = c.hear("take care mr pickering goodbye bye", 15)
    assert [r.kind for r in replies] == ["acknowledge"]
    # the caller's own number read back after an offer is still checked
    c = caller_for("burglary-next-morning")
    c.hear("What's the best number to contact you on?", 3)
    c.hear("I'll give you a reference number in a moment, have you got a pen?", 8)
    replies = c.hear("So your number is 01482 649217?", 14)
    assert [r.kind for r in replies] == ["confirm"]


def test_a_turn_partly_answered_gets_no_say_that_again_on_top():
    c = caller_for("burglary-next-morning")
    said = "an officer will come out to you this afternoon between two and four"
    visit = IntentReading(intent="next_steps", confidence=0.93, polarity="affirm",
                          subject="officer", clause=said, phrase="", score=0.93,
                          act="statement")
    faint = IntentReading(intent="confirm_details", confidence=0.68, polarity="affirm",
                          subject="caller", clause="between two and four", phrase="",
                          score=0.68, act="readback")
    replies = c.respond_to(TurnAnalysis(text=said, acts=(Act("statement", said),),
                                        intents=(visit, faint)), 3)
    kinds = [r.kind for r in replies]
    assert kinds and "clarify" not in kinds


def test_the_recognisers_words_with_nothing_read_in_them_are_asked_again():
    c = caller_for("burglary-next-morning")
    said = "are you heard it all"  # "are you hurt at all?", misheard
    replies = c.respond_to(TurnAnalysis(text=said, acts=(Act("question", said),),
                                        intents=()), 3)
    assert [r.kind for r in replies] == ["clarify"]
    carried = IntentReading(intent="suspect_present", confidence=0.7, polarity="affirm",
                            subject="suspect", clause=said, phrase="(suspect_present, again)",
                            score=0.7, act="question")
    replies = c.respond_to(TurnAnalysis(text=said, acts=(Act("question", said),),
                                        intents=(carried,)), 5)
    assert [r.kind for r in replies] == ["clarify"]  # the last question "again" is no reading
    said = "Are you heard it all?"  # typed: meant as written, so not known
    replies = c.respond_to(TurnAnalysis(text=said, acts=(Act("question", said),),
                                        intents=()), 8)
    assert [r.kind for r in replies] == ["dont_know"]


def test_a_question_naming_what_only_one_told_fact_said_gets_that_fact():
    c = caller_for("neighbour-noise-asb")
    c.respond_to(c.understand("Who's at home with you?"), 3)
    assert "household" in c.state.revealed
    replies = c.respond_to(c.understand("What time has your wife got to be up?"), 6)
    assert any("household" in r.reveals for r in replies)  # not "how would I know that?"


def test_a_word_two_facts_say_or_an_untold_fact_says_points_at_neither():
    from simulator.caller_thread import peculiar_to

    answers = [("witnesses", ["Mrs Grant at 17 has complained to the council."]),
               ("household", ["Me and the wife. She's up at half five."]),
               ("previous", ["I've rung the council three times."])]
    assert peculiar_to("What number does Mrs Grant live at?", answers,
                       {"witnesses", "household"}) == "witnesses"
    assert peculiar_to("What number does Mrs Grant live at?", answers, {"household"}) is None
    assert peculiar_to("Which council officer?", answers, {"witnesses", "previous"}) is None
    assert peculiar_to("Did the airbags go off?", answers, {"witnesses"}) is None


def test_a_topic_then_a_question_about_it_is_asked_not_read_back():
    c = caller_for("non-police-matter")
    c.respond_to(c.understand("has it got any plates on"), 3)
    assert c.state.last_told == "car_condition"
    replies = c.respond_to(c.understand("and the tyres, are they alright"), 6)
    assert [r.kind for r in replies] != ["confirm"]  # no "Yes." to a question
    assert any("car_condition" in r.reveals for r in replies)


def test_a_yes_no_question_about_what_the_last_answer_named_is_a_new_question():
    c = caller_for("neighbour-noise-asb")
    c.respond_to(c.understand("Who's at home with you?"), 3)
    replies = c.respond_to(c.understand("Is the care home far from you?"), 6)
    assert [r.kind for r in replies] == ["dont_know"]  # not the household again
    replies = c.respond_to(c.understand("What time has your wife got to be up?"), 9)
    assert any("household" in r.reveals for r in replies)


def test_how_old_his_little_boy_is_the_boys_age_from_the_line_that_says_it():
    c = caller_for("concern-for-welfare-mental-health")
    c.respond_to(c.understand("Are there any children with him?"), 3)
    replies = c.respond_to(c.understand("how old is his little boy"), 6)
    assert any("children" in r.reveals for r in replies)  # not Liam's own age
    assert not any("description" in r.reveals for r in replies)
    assert any("six" in r.text for r in replies)  # the variant that says how old


def reveals(replies) -> set[str]:
    return {fact for r in replies for fact in r.reveals}


def test_the_handlers_force_named_before_the_question_is_no_part_of_it():
    c = caller_for("road-collision-injury")
    assert "location" in reveals(c.hear("Essex Police, where are you?", 2))
    c = caller_for("domestic-abuse-children")  # the service named alone, a sure reading
    assert "address" in reveals(c.hear("Police emergency, where are you?", 2))
    c = caller_for("complaint-schedule-3")  # named in a sentence of its own
    assert "place" in reveals(c.hear("Hello, Cleveland Police. Where did this happen?", 2))
    c = caller_for("hate-incident")
    assert "address" in reveals(c.hear("Good morning, Cleveland Police. What's the address?", 2))


def test_your_name_and_number_are_the_callers_own_however_asked():
    c = caller_for("neighbour-noise-asb")
    assert reveals(c.hear("can I get your name and number", 2)) & {"caller_name", "callback"}
    c = caller_for("neighbour-noise-asb")
    assert reveals(c.hear("name and number please", 2)) & {"caller_name", "callback"}


def test_her_in_a_role_nobody_in_the_call_has_is_whoever_was_last_asked_about():
    c = caller_for("road-collision-injury")
    c.hear("is she breathing, is she talking to you?", 2)
    assert "casualty" in reveals(c.hear("do you know her name?", 6))
    assert "casualty" in reveals(c.hear("how old is she roughly?", 9))


def test_a_vehicle_called_by_another_ones_make_gets_none_of_its_details():
    c = caller_for("road-collision-injury")
    assert [r.kind for r in c.hear("what's the reg of the Micra", 2)] == ["dont_know"]
    assert "vehicle" in reveals(c.hear("what's the reg of the BMW", 5))


def test_a_clear_question_with_nothing_read_in_it_gets_dont_know_not_say_again():
    c = caller_for("road-collision-injury")
    assert [r.kind for r in c.hear("is her airbag gone off", 2)] == ["dont_know"]


def test_a_surname_is_known_only_when_a_fact_says_the_whole_name():
    c = caller_for("road-collision-injury")
    assert [r.kind for r in c.hear("what's Maureen's surname?", 2)] == ["dont_know"]
    c = caller_for("missing-person-vulnerable")
    replies = c.hear("What's Ellie's surname?", 2)
    assert "friends" in reveals(replies) and "Carter" in replies[0].text


def test_asked_again_of_someone_gets_what_the_caller_said_of_them():
    c = caller_for("burglary-next-morning")
    c.respond(["witnesses_cctv"], 2)  # "…Mr Khan at number 8 has [a doorbell]"
    c.hear("what's Mr Khan's first name, do you know?", 4)  # "he" is Mr Khan from here
    assert "witnesses" in reveals(c.hear("and what number's he at again?", 6))


def test_which_number_someone_lives_at_is_the_sentence_that_says_it():
    c = caller_for("hate-incident")
    c.respond(["witnesses_cctv"], 2)  # "…the old fella at 39 … Mr Dobson"
    replies = c.hear("What number does Mr Dobson live at?", 6)
    assert "doorbell" in reveals(replies) and "39" in replies[0].text


def test_a_question_carrying_on_from_the_last_answer_asks_more_of_it():
    c = caller_for("concern-for-welfare-mental-health")
    first = c.hear("Has he done anything like this before?", 4)
    assert [r.reveals for r in first if r.reveals] == [("previous",)]
    replies = c.hear("and when was that", 9)
    assert ("previous",) in [r.reveals for r in replies]  # not the time of tonight's text


def test_a_thing_no_fact_speaks_of_is_not_known_of():
    from simulator.caller_lines import thing_asked

    assert thing_asked("Has he got a dog, anything that'd be a problem for officers?") == "dog"
    assert thing_asked("Does he own a car") == "car"
    assert thing_asked("Is there any chance she's been drinking?") is None  # might she…?
    assert thing_asked("has he got anyone with him") is None
    c = caller_for("neighbour-noise-asb")
    c.hear("What's happening?", 2)
    said = "Has he got a dog?"
    replies = c.respond_to(turn(said, replace(read("weapons", said.rstrip("?"),
                                                   subject="suspect"), confidence=0.9)), 6)
    assert [r.kind for r in replies] == ["dont_know"]  # not "Weapons? No."
    said = "Has he got a knife?"
    replies = c.respond_to(turn(said, replace(read("weapons", said.rstrip("?"),
                                                   subject="suspect"), confidence=0.9)), 9)
    assert [r.reveals for r in replies] == [("weapons",)]


def test_the_state_of_a_thing_no_fact_speaks_of_is_not_known():
    from simulator.caller_lines import particular_asked

    assert particular_asked("Is the tarmac icy along there?") == "tarmac"
    assert particular_asked("and did the alarm go off?") == "alarm"
    assert particular_asked("Is there anybody still in the house?") is None  # no "the"
    assert particular_asked("Where is the car?") is None  # a question word asks
    assert particular_asked("Was he wearing a balaclava?") == "balaclava"
    assert particular_asked("Is he wearing anything on his head?") is None  # names nothing
    assert particular_asked("what's he wearing?") is None
    c = caller_for("road-collision-injury")
    c.hear("Where are you?", 2)
    said = "Is the tarmac icy along there?"
    replies = c.respond_to(turn(said, replace(read("road_hazards", said.rstrip("?")),
                                              confidence=0.9)), 6)
    assert [r.kind for r in replies] == ["dont_know"]  # not the lanes and the petrol
    said = "Is the traffic still moving?"
    replies = c.respond_to(turn(said, replace(read("road_hazards", said.rstrip("?")),
                                              confidence=0.9)), 9)
    assert [r.reveals for r in replies] == [("hazards",)]


def test_a_number_asked_for_as_if_read_back_is_given():
    c = caller_for("concern-for-welfare-mental-health")
    said = "And a number to call you back on, Jo?"
    taken = replace(read("confirm_details", said, confidence=0.97), act="readback")
    replies = c.respond_to(TurnAnalysis(text=said, acts=(Act("readback", said),),
                                        intents=(taken,)), 4)
    assert [r.reveals for r in replies] == [("callback",)]  # not "Yes, that's right."


def test_what_carries_on_from_the_last_answer():
    from simulator.caller_thread import carries_on

    assert carries_on("and when was that")
    assert carries_on("and how do you know he's there")
    assert carries_on("and how did those go, the other two times?")
    assert not carries_on("And is anyone else there?")  # who is: a new question
    assert not carries_on("When was that?")  # no "and": not leaning on the answer


def test_she_after_advice_about_someone_is_whom_the_advice_spoke_of():
    c = caller_for("road-collision-injury")
    said = "Don't move her, keep her still."
    advice = IntentReading(intent="safety_advice", confidence=1.0, polarity="affirm",
                           subject="casualty", clause=said, phrase="", score=1.0,
                           act="instruction", person="casualty")
    c.respond_to(TurnAnalysis(text=said, acts=(Act("instruction", said),),
                              intents=(advice,)), 3)
    said = "What's her name, do you know?"  # read as about an officer, in a call with none
    replies = c.respond_to(turn(said, read("officer_details", said.rstrip("?"),
                                           subject="officer")), 8)
    assert [r.reveals for r in replies] == [("casualty",)] and "Maureen" in replies[0].text


def test_someones_own_name_asked_under_another_intent_is_not_known_unless_said():
    # "the security guard's name" resembles asking about CCTV; the CCTV fact names nobody
    c = caller_for("complaint-service-recovery")
    replies = c.hear("what's the security guard's name", 2)
    assert [r.kind for r in replies] == ["dont_know"], replies


def test_the_callers_partner_no_fact_is_about_never_gets_the_callers_own_name():
    c = caller_for("concern-for-welfare-mental-health")
    assert "caller_name" not in reveals(c.hear("Is your husband with you?", 2))


def test_describe_someone_asks_what_they_look_like_not_who_they_are():
    c = caller_for("hate-incident")
    replies = c.hear("Can you describe the man who was shouting?", 2)
    assert "description" in reveals(replies), replies
