"""The caller reacts like a person: answers, repeats, clarifies, volunteers, hangs up."""

from __future__ import annotations

from simulator.dialogue import Caller
from simulator.library import understanding_for


def caller(mini) -> Caller:
    return Caller(mini, understanding_for(mini))


def texts(replies):
    return [r.text for r in replies]


def test_answers_and_varies_repeats(mini):
    c = caller(mini)
    assert c.opening().text == "My shed's been broken into."
    first = c.hear("What's the address?", 3)
    assert texts(first) == ["12 Elm Grove, Hull, HU5 2AB."]
    assert first[0].reveals == ("address",) and first[0].answers == ("location",)
    assert texts(c.hear("What was the address again?", 8)) == ["12 Elm Grove, like I said."]


def test_two_questions_get_two_answers(mini):
    replies = caller(mini).hear("What's the address and what's been taken?", 3)
    kinds = [(r.kind, r.reveals) for r in replies]
    assert ("answer", ("address",)) in kinds and ("answer", ("items",)) in kinds
    # revealing the items triggers the line volunteered after that fact
    assert "They took the lot." in texts(replies)


def test_gated_fact_says_otherwise_until_ready(mini):
    c = caller(mini)
    assert texts(c.hear("Is there any CCTV?", 3)) == ["Why do you want to know that?"]
    c.hear("What was stolen?", 5)
    replies = c.hear("Is there any CCTV?", 9)
    assert texts(replies) == ["Next door has a camera."]
    assert replies[0].event is not None and replies[0].event.value == "1"


def test_garbled_turn_gets_a_clarification_and_never_upsets(mini):
    c = caller(mini)
    start = c.state.distress
    assert texts(c.hear("Purple monkey dishwasher?", 3)) == ["Sorry?"]
    assert texts(c.hear("the erm flibber?", 5)) == ["I don't follow."]
    # The simulator failing to understand is not the trainee's doing: no distress.
    assert c.state.distress == start


def test_understood_question_with_no_fact_gets_dont_know(mini):
    c = caller(mini)
    replies = c.hear("Do you have a dog at the house?", 3)
    assert [r.kind for r in replies] == ["dont_know"]
    assert "know" in replies[0].text


def test_reassurance_calms_and_hang_up_when_overwhelmed(mini):
    c = caller(mini)
    c.hear("You've done the right thing calling us", 2)
    assert c.state.distress == 3
    for t in range(3, 6):
        c.hear("Can I take your date of birth?", t)
    assert c.state.hung_up and c.state.ended
    assert c.hear("Hello?", 9) == []


def test_silence_prompts_once_then_hangs_up(mini):
    c = caller(mini)
    c.hear("What's the address?", 1)
    assert c.tick(5) == []
    assert texts(c.tick(12)) == ["Hello?"]
    assert c.tick(13) == []  # one prompt per silence
    final = c.tick(61)
    assert final[-1].kind == "hang_up" and final[-1].text == "Forget it."


def test_scheduled_volunteer_and_close(mini):
    c = caller(mini)
    c.hear("What's the address?", 1)
    replies = c.tick(31)
    assert any(r.text == "Oh, and the gate was open." and r.reveals == ("gate-open",)
               for r in replies)
    assert c.close().text == "Thanks, bye."
    assert c.tick(40) == []


def test_stage_directions_are_not_spoken(mini):
    from simulator.dialogue import Reply

    assert not Reply("[two taps]", "answer").spoken
    assert Reply("Yes.", "answer").spoken


def test_a_statement_is_acknowledged_not_questioned(mini):
    c = caller(mini)
    start = c.state.distress
    replies = c.hear("Officers will need to look at this first thing", 3)
    # Taken, not answered with a fact. Read as "leave it for the officers" (scene
    # preservation, which the session-7 training author h labels that way) it is complied with.
    assert [r.kind for r in replies] in (["acknowledge"], ["react"], ["comply"])
    assert not any(r.reveals for r in replies)
    assert c.state.distress == start
    assert [r.kind for r in c.hear("Flibber the gibbet possibly?", 5)] == ["clarify"]


# --- the caller reads the analysis: whom, what kind of turn, meant or refused ------------

def analysed(text, *readings, acts=("question",), readbacks=()):
    from scoring.understanding import Act, ReadBack, TurnAnalysis

    return TurnAnalysis(text=text, acts=tuple(Act(a, text) for a in acts),
                        intents=tuple(readings),
                        readbacks=tuple(ReadBack(*b) for b in readbacks))


def reading(intent, *, act="question", polarity="affirm", subject="caller", person=None,
            clause=""):
    from scoring.understanding import IntentReading

    return IntentReading(intent=intent, confidence=0.9, polarity=polarity, subject=subject,
                         clause=clause, phrase="", score=0.9, act=act, person=person)


def test_a_question_about_someone_else_is_not_answered_with_the_callers_details(mini):
    c = caller(mini)
    about_someone = reading("location", subject="relative")  # "where does your son live?"
    replies = c.respond_to(analysed("Where does your son live?", about_someone), 3)
    assert [r.kind for r in replies] == ["answer"]  # the address fact is about no one
    dob = reading("date_of_birth", subject="partner")
    replies = c.respond_to(analysed("What's your husband's date of birth?", dob), 6)
    assert [r.kind for r in replies] == ["dont_know"] and not replies[0].reveals


def test_a_follow_up_gets_the_detail_asked_for(mini):
    c = caller(mini)
    first = c.respond_to(analysed("Did you see who it was?", reading(
        "suspect_description", subject="suspect", person="lads")), 3)
    assert texts(first) == ["I saw two lads running off."]
    follow = c.respond_to(analysed("What were they wearing?", reading(
        "suspect_description", subject="suspect", person="lads",
        clause="What were they wearing?")), 6)
    assert texts(follow) == ["Dark hoodies, both of them."]
    # a question about someone the caller knows nothing of
    other = c.respond_to(analysed("What was the officer wearing?", reading(
        "suspect_description", subject="officer", clause="What was he wearing?")), 9)
    assert [r.kind for r in other] == ["dont_know"]


def test_advice_is_complied_with_and_refused_advice_is_only_noted(mini):
    c = caller(mini)
    advice = reading("safety_advice", act="instruction")
    assert [r.kind for r in c.respond_to(analysed("Lock the door.", advice,
                                                   acts=("instruction",)), 3)] == ["comply"]
    start = c.state.distress
    refused = reading("reassurance", act="reassurance", polarity="negate")
    replies = c.respond_to(analysed("There's nothing to be reassured about.", refused,
                                    acts=("statement",)), 6)
    assert [r.kind for r in replies] == ["noted"]
    assert c.state.distress == start  # calms only when it really was reassurance
    real = reading("reassurance", act="reassurance")
    replies = c.respond_to(analysed("You've done the right thing.", real,
                                    acts=("reassurance",)), 9)
    assert [r.kind for r in replies] == ["react"] and c.state.distress == start - 2


def test_read_backs_are_confirmed_or_corrected(mini):
    c = caller(mini)
    right = analysed("So that's 12 Elm Grove?", acts=("readback",),
                     readbacks=[("address", "12 Elm Grove", True, "location",
                                 "So that's 12 Elm Grove?")])
    assert [r.kind for r in c.respond_to(right, 3)] == ["confirm"]
    wrong = analysed("So that's 21 Elm Grove?", acts=("readback",),
                     readbacks=[("address", "21 Elm Grove", False, "location",
                                 "So that's 21 Elm Grove?")])
    replies = c.respond_to(wrong, 6)
    assert [r.kind for r in replies] == ["correct"]
    assert "12 Elm Grove" in replies[0].text


def test_asked_again_and_again_gets_a_restatement_not_the_first_answer(mini):
    c = caller(mini)
    said = [texts(c.respond_to(analysed("Where?", reading("location")), t))[0]
            for t in (3, 6, 9)]
    assert said[2].startswith("Like I said") and said[2] != said[0]


def test_what_the_caller_volunteered_changes_later_answers(mini):
    c = caller(mini)
    c.spoke_until(30)
    assert texts(c.tick(31)) == ["Oh, and the gate was open."]
    replies = c.respond_to(analysed("How did they get in?", reading("entry_point")), 35)
    assert texts(replies) == ["The side gate. It was wide open this morning."]


def test_distress_drifts_with_time_in_the_call(mini):
    persona = mini.caller.model_copy(update={
        "distress": mini.caller.distress.model_copy(update={"per_minute": 1.0})})
    c = Caller(mini.model_copy(update={"caller": persona}), understanding_for(mini))
    start = c.state.distress
    c.spoke_until(59)  # no silence: time alone moves them
    c.tick(60)
    assert c.state.distress == start + 1
    c.tick(60)  # the same stretch is never counted twice
    assert c.state.distress == start + 1
    c.respond_to(analysed("Okay.", acts=("statement",)), 90)
    assert c.state.distress == start + 1.5


def test_the_callers_own_details_are_known_even_without_a_fact(mini):
    c = caller(mini)
    replies = c.respond_to(analysed("What's your phone number?", reading("callback_number")), 3)
    assert [r.kind for r in replies] == ["answer"] and "07700 900111" in replies[0].text


def test_a_question_about_someone_with_no_fact_for_it_gets_what_is_known_of_them(mini):
    c = caller(mini)
    replies = c.respond_to(analysed("How old are the lads?", reading(
        "date_of_birth", subject="suspect", clause="How old are the lads?")), 3)
    assert [r.reveals for r in replies] == [("saw-them",)]


def test_word_salad_is_garbled_and_real_sentences_are_not():
    from simulator.caller_lines import garbled

    for salad in ("the the music is it the um", "it was the pee the what did",
                  "the bee the em w the"):
        assert garbled(salad), salad
    for sentence in ("What is the address?", "is the car in the drive",
                     "the man in the red car", "so thats 6 sycamore grove"):
        assert not garbled(sentence), sentence


def test_a_read_back_of_what_the_caller_said_is_confirmed_or_put_right(mini):
    c = caller(mini)
    c.respond_to(analysed("Where is it?", reading("location")), 3)
    same = c.hear("So that's 12 Elm Grove, HU5 2AB?", 6)
    assert [r.kind for r in same] == ["confirm"]
    wrong = c.hear("so that's 21 Elm Grove yeah", 9)
    assert [r.kind for r in wrong] == ["correct"] and "12 Elm Grove" in wrong[0].text


def test_a_caller_who_cannot_speak_answers_in_taps():
    from simulator.loader import load_scenario, resolve

    silent = load_scenario(resolve("silent-999-call"))
    c = Caller(silent, understanding_for(silent))
    c.opening()
    for reply in c.hear("Do you have a dog?", 5) + c.hear("You're doing really well.", 9):
        assert not reply.spoken, reply.text  # taps and silence, never words


def test_a_follow_on_asks_the_last_question_again_about_someone_else():
    from scoring.understanding import Context
    from simulator.loader import load_scenario, resolve

    hate = load_scenario(resolve("hate-incident"))
    understanding = understanding_for(hate)
    first = understanding.analyse("Can you describe Kyle for me?", Context())
    assert first.intent_ids() == ("suspect_description",)
    then = understanding.analyse("and his mate?", Context().after(first))
    assert then.intent_ids() == ("suspect_description",)
    assert then.intents[0].subject == "suspect"


def test_a_reference_number_given_is_no_read_back_and_the_closing_check_is_answered():
    from simulator.loader import load_scenario, resolve

    burglary = load_scenario(resolve("burglary-next-morning"))
    c = Caller(burglary, understanding_for(burglary))
    c.opening()
    given = c.hear("It's 16, 118734, 26. Quote that if you ring us for an update.", 5)
    assert "correct" not in [r.kind for r in given]
    closing = c.hear("Is there anything else I can help you with today?", 12)
    assert [r.kind for r in closing] == ["answer"] and "No" in closing[0].text


def test_recognised_words_cut_off_mid_sentence_get_asked_again(mini):
    from simulator.caller_lines import cut_off, garbled

    for salad in ("is the front door locked or", "sorry youve cut out their the crisis team",
                  "can you keep ringing him on your other foam while"):
        assert garbled(salad), salad
    for sentence in ("the back door is that where they got in",
                     "oh seven seven double oh nine double oh nine four seven",
                     "you're doing everything right we will find her",
                     "Is the front door locked, or"):  # typed: meant as said
        assert not garbled(sentence), sentence
    assert cut_off("is the front door locked or") and not cut_off("is the door locked")
    # a sure reading of the words so far is still not acted on: the trainee hasn't finished
    c = caller(mini)
    sure = reading("location", clause="whats the address of the")
    replies = c.respond_to(analysed("whats the address of the", sure), 3)
    assert [r.kind for r in replies] == ["clarify"]


def test_a_read_back_is_checked_against_everything_the_caller_knows():
    from simulator.loader import load_scenario, resolve

    burglary = load_scenario(resolve("burglary-next-morning"))
    c = Caller(burglary, understanding_for(burglary))
    c.opening()
    c.hear("How did they get in?", 3)
    # a side, a colour, a day: the wrong one is put right from what the caller said
    wrong = c.hear("So they've come in through the front window, yeah?", 8)
    assert [r.kind for r in wrong] == ["correct"] and "back" in wrong[0].text.lower()
    # a recogniser's spelling of the right address is right
    heard = c.hear("so thats six sick a more grove hessel yeah", 12)
    assert [r.kind for r in heard] == ["confirm"]


def test_date_read_back_is_checked_against_the_person_it_could_be():
    from simulator.read_back_truth import iso as _iso
    from simulator.read_back_truth import near_date as _near_date
    from simulator.read_back_truth import same as _same

    assert _iso("9 may 2012") == "2012-05-09" and _iso("the 9th of May, 2012") == ""
    assert _same("date", "9 may 2012", "2012-05-09")
    assert _near_date("9 may 2012", "2012-05-19") and not _near_date("9 may 2011", "2012-06-19")
    assert _same("address", "6 sick a more grove", "6 Sycamore Grove, Hessle, HU13 9BN")
    assert not _same("address", "7 sycamore grove", "6 Sycamore Grove, Hessle, HU13 9BN")


def test_a_question_about_how_things_are_is_never_taken_as_advice(mini):
    from simulator.caller_lines import finding_out

    assert finding_out("Are you in the bedroom?")
    assert finding_out("Is there a window in there you could get out of?")
    assert not finding_out("Stay in the bedroom.")
    assert not finding_out("Do you want the reference number?")  # an offer
    c = caller(mini)
    misread = reading("safety_advice", clause="Are you in the bedroom?")
    replies = c.respond_to(analysed("Are you in the bedroom?", misread), 3)
    assert [r.kind for r in replies] == ["dont_know"]
    told = reading("safety_advice", act="instruction", clause="Stay in the bedroom.")
    replies = c.respond_to(analysed("Stay in the bedroom.", told, acts=("instruction",)), 6)
    assert [r.kind for r in replies] == ["comply"]


def test_someone_on_the_edge_of_the_call_gets_only_what_names_them():
    from simulator.dialogue import _called
    from simulator.loader import load_scenario, resolve

    assert _called("Mr Khan") == "Khan" and _called("Stacey Woods") == "Stacey"
    assert _called("'Kyle' (surname unknown), tenant") == "Kyle" and _called("PC 2417") == ""
    welfare = load_scenario(resolve("concern-for-welfare-mental-health"))
    c = Caller(welfare, understanding_for(welfare))
    c.opening()
    okafor = reading("last_seen", subject="neighbour", person="okafor",
                     clause="Has Mrs Okafor seen him today?")
    replies = c.respond_to(analysed("Has Mrs Okafor seen him today?", okafor), 3)
    assert [r.kind for r in replies] == ["dont_know"]
    # the same question with no name in it is about whoever the fact is about
    anyone = reading("last_seen", subject="subject", clause="When did you last see him?")
    replies = c.respond_to(analysed("When did you last see him?", anyone), 6)
    assert [r.kind for r in replies] == ["answer"]


def test_a_name_asked_of_someone_else_is_never_the_callers():
    from simulator.loader import load_scenario, resolve

    welfare = load_scenario(resolve("concern-for-welfare-mental-health"))
    c = Caller(welfare, understanding_for(welfare))
    c.opening()
    brother = reading("caller_name", subject="subject", person="subject",
                      clause="What's your brother's full name?")
    replies = c.respond_to(analysed("What's your brother's full name?", brother), 3)
    assert "caller_name" not in [f for r in replies for f in r.reveals]
    assert "Liam" in " ".join(r.text for r in replies)


def test_talking_through_an_interpreter_meets_the_language_need():
    from simulator.loader import load_scenario, resolve

    polish = load_scenario(resolve("interpreter-caller"))
    c = Caller(polish, understanding_for(polish))
    c.opening()
    men = reading("suspect_description", subject="suspect", person="tall",
                  clause="What did the two men look like?")
    before = c.respond_to(analysed("What did the two men look like?", men), 3)
    assert [r.kind for r in before] == ["otherwise"]  # no interpreter yet: broken English
    relayed = reading("suspect_description", subject="suspect", person="tall",
                      clause="Can he describe the two men for me?")
    replies = c.respond_to(analysed("Can he describe the two men for me?", relayed), 9)
    assert [r.reveals for r in replies] == [("description",)]


def test_a_question_after_a_greeting_or_said_flatly_is_still_answered(mini):
    c = caller(mini)
    greeted = reading("location", act="greeting", clause="Hello, police. What's the address?")
    replies = c.respond_to(analysed("Hello, police. What's the address?", greeted,
                                    acts=("greeting",)), 3)
    assert [r.kind for r in replies] == ["answer"]
    flat = reading("property_taken", act="statement", clause="the shed and what they took")
    replies = c.respond_to(analysed("the shed and what they took", flat,
                                    acts=("statement",)), 6)
    assert replies[0].kind == "answer"


def test_a_clear_new_question_is_not_the_last_one_again(mini):
    from dataclasses import replace

    c = caller(mini)
    carried = replace(reading("location", clause="How many people were in the shed?"),
                      phrase="(location, again)")
    replies = c.respond_to(analysed("How many people were in the shed?", carried), 3)
    assert [r.kind for r in replies] == ["dont_know"]  # not the address again
    fragment = replace(reading("location", clause="and the shed?"), phrase="(location, again)")
    replies = c.respond_to(analysed("and the shed?", fragment), 6)
    assert [r.kind for r in replies] == ["answer"]


def test_a_number_said_back_on_its_own_is_checked_and_a_typed_read_back_agreed_to(mini):
    from simulator.caller_memory import bare_value

    assert bare_value("CL-26-118374.") and bare_value("Okay, 01482 649271.")
    assert not bare_value("What's your number?")
    c = caller(mini)
    c.hear("What's your phone number?", 3)  # 07700 900111, the caller's own
    wrong = c.respond_to(analysed("07700 900112.", acts=("statement",)), 6)
    assert [r.kind for r in wrong] == ["correct"]
    # a typed read-back of something the caller can't check: "yes", not "say that again?"
    replies = c.respond_to(analysed("So the lads ran off somewhere, is that what you're saying?",
                                    acts=("readback",)), 9)
    assert [r.kind for r in replies] == ["confirm"]


def test_a_question_read_more_likely_wrong_than_right_is_not_answered_as_that(mini):
    from dataclasses import replace

    c = caller(mini)
    faint = replace(reading("location", clause="Did she have any money on her?"),
                    confidence=0.45)
    replies = c.respond_to(analysed("Did she have any money on her?", faint), 3)
    assert [r.kind for r in replies] == ["dont_know"]


def test_read_back_details_a_caller_would_put_right():
    from simulator.caller_memory import recall

    said = ["The text was twenty-five past eight. The Facebook post was twenty to nine.",
            "Grey trackies and a black Stone Island top.",
            "They drove to the end of the street and turned right onto Loughborough Road."]
    for wrong, fixed in (("Right, so the text was twenty-five to nine?", "twenty-five past"),
                         ("Grey trackies and a white Stone Island top?", "black"),
                         ("So they turned left out of the street?", "right onto")):
        found = recall(wrong, said)
        assert found is not None and found.verdict == "correct", wrong
        assert fixed in found.answer, (wrong, found.answer)
    for right in ("So the post was twenty to nine?", "A black Stone Island top, yeah?",
                  "Right onto Loughborough Road, is that right?"):
        found = recall(right, said)
        assert found is not None and found.verdict == "confirm", right


def test_someone_on_the_edge_called_by_what_they_are_gets_only_what_is_about_them():
    from simulator.loader import load_scenario, resolve

    welfare = load_scenario(resolve("concern-for-welfare-mental-health"))
    c = Caller(welfare, understanding_for(welfare))
    c.opening()
    number = reading("callback_number", subject="other", person="stacey",
                     clause="What's Stacey's phone number?")
    replies = c.respond_to(analysed("What's Stacey's phone number?", number), 3)
    assert [r.kind for r in replies] == ["dont_know"]  # not Liam's details
    downstairs = reading("last_seen", subject="neighbour", person="okafor",
                         clause="Would your neighbour downstairs have seen him?")
    replies = c.respond_to(analysed("Would your neighbour downstairs have seen him?",
                                    downstairs), 6)
    assert [r.kind for r in replies] == ["dont_know"]


def test_a_request_is_agreed_to_even_when_a_faint_reading_was_heard_in_it(mini):
    from dataclasses import replace

    c = caller(mini)
    said = "Can you stay at home in case they come back?"
    faint = replace(reading("location", clause=said), confidence=0.45)
    replies = c.respond_to(analysed(said, faint), 3)  # one clause: the act's and the reading's
    assert [r.kind for r in replies] == ["comply"]


def test_a_question_about_the_callers_family_gets_who_is_at_home():
    from simulator.loader import load_scenario, resolve

    hate = load_scenario(resolve("hate-incident"))
    c = Caller(hate, understanding_for(hate))
    c.opening()
    daughter = reading("date_of_birth", subject="relative", clause="How old is your daughter?")
    replies = c.respond_to(analysed("How old is your daughter?", daughter), 3)
    assert [r.reveals for r in replies] == [("household",)]


def test_a_read_back_with_one_value_wrong_of_two_or_a_wrong_place_is_put_right():
    from simulator.caller_memory import recall

    said = ["It wasn't there on Friday afternoon. It was there yesterday morning, Saturday.",
            "Silver Corsa, maybe. Went towards Leicester."]
    found = recall("So it's come between Thursday afternoon and Saturday morning?", said)
    assert found is not None and found.verdict == "correct" and "Friday" in found.answer
    found = recall("So it headed out towards Market Harborough?", said)
    assert found is not None and found.verdict == "correct" and "Leicester" in found.answer


def test_asked_to_tell_or_pass_something_on():
    from simulator.caller_lines import asks_to_tell
    from simulator.caller_memory import looks_like_read_back

    assert asks_to_tell("Please ask him what the two men look like")
    assert asks_to_tell("Take me through what happened on Friday")
    assert not asks_to_tell("Stay where you are")
    assert not looks_like_read_back("so I'd report it to them")  # the handler's own plan
    assert looks_like_read_back("so you'd like the officer disciplined, is that right?")


def test_reassurance_to_pass_on_is_agreed_to(mini):
    c = caller(mini)
    pass_on = reading("reassurance", act="reassurance", clause="tell him help is coming")
    replies = c.respond_to(analysed("If he rings, tell him help is coming.", pass_on,
                                    acts=("instruction",)), 3)
    assert [r.kind for r in replies] == ["comply"]
    relayed = reading("property_taken", act="instruction",
                      clause="Please ask him what was taken")
    replies = c.respond_to(analysed("Please ask him what was taken.", relayed,
                                    acts=("instruction",)), 6)
    assert replies[0].kind == "answer"


def test_recognised_words_with_no_sure_reading_and_no_question_are_asked_again(mini):
    from dataclasses import replace

    c = caller(mini)
    vague = replace(reading("property_taken", act="statement", clause="your sake where you out"),
                    confidence=0.55)
    replies = c.respond_to(analysed("your sake where you out", vague, acts=("statement",)), 3)
    assert [r.kind for r in replies] == ["clarify"]
    # the same words typed with punctuation were meant: acted on
    typed = replace(vague, clause="Your sake, where you out?")
    replies = c.respond_to(analysed("Your sake, where you out?", typed), 6)
    assert [r.kind for r in replies] != ["clarify"]
    # a number said back is a read-back, not noise
    c.hear("What's your phone number?", 9)
    replies = c.respond_to(analysed("07700 900112", acts=("statement",)), 12)
    assert [r.kind for r in replies] == ["correct"]


def test_facts_about_the_caller_answer_only_questions_about_them():
    from simulator.loader import load_scenario, resolve

    domestic = load_scenario(resolve("domestic-abuse-children"))
    c = Caller(domestic, understanding_for(domestic))
    c.opening()
    his = reading("medical_conditions", subject="suspect", person="suspect",
                  clause="Is he on any medication?")
    replies = c.respond_to(analysed("Is he on any medication?", his), 3)
    assert "pregnant" not in [f for r in replies for f in r.reveals]
    hurt = reading("anyone_injured", subject="suspect", person="suspect",
                   clause="Has he hurt you tonight?")
    replies = c.respond_to(analysed("Has he hurt you tonight?", hurt), 6)
    assert replies[0].reveals == ("injuries",)


def test_a_name_asked_of_someone_gets_the_fact_that_holds_their_name():
    from simulator.loader import load_scenario, resolve

    welfare = load_scenario(resolve("concern-for-welfare-mental-health"))
    c = Caller(welfare, understanding_for(welfare))
    c.opening()
    name = reading("caller_name", subject="subject", person="subject",
                   clause="What's your brother's full name?")
    replies = c.respond_to(analysed("What's your brother's full name?", name), 3)
    assert replies[0].reveals == ("description",) and "Liam" in replies[0].text


def test_a_follow_up_about_a_thing_gets_its_fact_and_a_name_the_trainee_knows_opens_it():
    from simulator.loader import load_scenario, resolve

    missing = load_scenario(resolve("missing-person-vulnerable"))
    c = Caller(missing, understanding_for(missing))
    c.opening()
    him = reading("suspect_description", subject="subject", person="associate",
                  clause="Can you describe him?")
    before = c.respond_to(analysed("Can you describe him?", him), 3)
    assert [r.kind for r in before] == ["otherwise"]  # nobody has mentioned a Jay yet...
    jay = reading("suspect_description", subject="subject", person="associate",
                  clause="What do you know about Jay?")
    c2 = Caller(missing, understanding_for(missing))
    c2.opening()
    c2.respond_to(analysed("Tell me what Ellie's mum said about Jay.", acts=("instruction",)), 3)
    # ...but a trainee who names him has heard the news, however it reached them
    replies = c2.respond_to(analysed("What do you know about Jay?", jay), 6)
    assert replies[0].reveals == ("jay_description",)
    car = reading("direction_of_travel", subject="vehicle", person="silver-car",
                  clause="And which way did the car go?")
    replies = c2.respond_to(analysed("And which way did the car go?", car), 9)
    assert replies[0].reveals == ("jay_car",) and "Leicester" in replies[0].text


def test_a_number_asked_of_someone_unnamed_is_not_the_callers(mini):
    c = caller(mini)
    landlord = reading("callback_number", subject="other",
                       clause="Do you know the landlord's number?")
    replies = c.respond_to(analysed("Do you know the landlord's number?", landlord), 3)
    assert [r.kind for r in replies] == ["dont_know"]
    asked = reading("confirm_details", act="readback",
                    clause="Are there any cars blocking the road outside?")
    replies = c.respond_to(analysed("Are there any cars blocking the road outside?", asked,
                                    acts=("readback",)), 6)
    assert [r.kind for r in replies] == ["dont_know"]


def test_a_statement_of_comfort_is_not_a_question_but_part_of_a_question_is(mini):
    c = caller(mini)
    comfort = reading("location", act="statement", clause="The officers are right outside now")
    replies = c.respond_to(analysed("The officers are right outside now.", comfort,
                                    acts=("statement",)), 3)
    assert [r.kind for r in replies] != ["answer"]
    part = reading("location", act="statement", clause="The shed you mentioned")
    replies = c.respond_to(analysed("The shed you mentioned, where is it?", part,
                                    acts=("statement", "question")), 6)
    assert replies[0].kind == "answer"


def test_keeping_something_is_a_request_and_a_lone_word_reads_back_nothing(mini):
    from simulator.caller_lines import request
    from simulator.caller_memory import recall

    assert request("Can you hang on to that slip?") and not request("Can you hang on a sec?")
    assert recall("And a number for you?", ["My number is 07700 900111."]) is None


def test_a_request_is_not_read_as_a_question_and_raw_words_unplaced_are_asked_again(mini):
    from dataclasses import replace

    c = caller(mini)
    said = "Can you stay at home in case they come back?"
    guess = replace(reading("location", clause=said), confidence=0.64)
    replies = c.respond_to(analysed(said, guess), 3)
    assert [r.kind for r in replies] == ["comply"]
    relay = "Please ask him for the address."  # a request to be told: answered
    replies = c.respond_to(analysed(relay, replace(reading("location", clause=relay),
                                                   confidence=0.64)), 5)
    assert replies[0].kind == "answer"
    salad = reading("confirm_details", act="readback", clause="its a blue van straw")
    replies = c.respond_to(analysed("its a blue van straw", salad, acts=("readback",)), 6)
    assert [r.kind for r in replies] == ["clarify"]
    tagged = reading("confirm_details", act="readback", clause="a side gait yeah")
    replies = c.respond_to(analysed("a side gait yeah", tagged, acts=("readback",)), 9)
    assert [r.kind for r in replies] == ["confirm"]


def test_numbers_and_times_read_back_as_people_say_them():
    from simulator.caller_memory import recall

    said = ["He's thirty-four, born the third of May 1992.",
            "She's a care assistant, she's got to be up at half five.",
            "Lives opposite at 47 with his girlfriend."]
    confirmed = recall("So he's thirty-four, born the third of May ninety-two?", said)
    assert confirmed is not None and confirmed.verdict == "confirm"
    for wrong in ("And your wife's up at half six?", "So he's at number 45, opposite you?"):
        found = recall(wrong, said)
        assert found is not None and found.verdict == "correct", wrong


def test_checking_what_was_said_is_confirmed_not_answered_again(mini):
    c = caller(mini)
    c.hear("What's the address?", 3)
    check = reading("location", clause="is it Elm Grove did you say")
    replies = c.respond_to(analysed("is it Elm Grove did you say", check), 6)
    assert [r.kind for r in replies] == ["confirm"]


def test_a_read_back_that_drops_the_callers_no_is_put_right():
    from simulator.caller_memory import recall

    said = ["It wasn't there on Friday afternoon, I walked past at about four."]
    found = recall("so it was there friday afternoon at four", said)
    assert found is not None and found.verdict == "correct"
    found = recall("So it wasn't there on Friday afternoon?", said)
    assert found is not None and found.verdict == "confirm"
    # "you didn't get the rest": the trainee's own "not" is no slip
    said = ["The reg started E K one nine, then V something."]
    found = recall("So EK19 V, and you didn't get the rest?", said)
    assert found is None or found.verdict == "confirm"


def test_how_things_are_asked_with_alright_and_a_faint_read_back_of_nothing(mini):
    from dataclasses import replace

    from simulator.caller_lines import finding_out

    assert finding_out("Is the dog alright?") and not finding_out("Is that okay with you?")
    c = caller(mini)
    told = reading("scene_preservation", clause="it's not got into any of it")
    replies = c.respond_to(analysed("Is the dog alright, it's not got into any of it?", told), 3)
    assert [r.kind for r in replies] == ["dont_know"]
    faint = replace(reading("confirm_details", act="readback", clause="I get it"),
                    confidence=0.6)
    comfort = reading("reassurance", act="reassurance", clause="nobody should have to")
    replies = c.respond_to(analysed("I get it, nobody should have to.", faint, comfort,
                                    acts=("reassurance",)), 6)
    assert "confirm" not in [r.kind for r in replies]


def test_a_little_word_said_twice_by_the_recogniser_is_asked_again(mini):
    from simulator.caller_lines import stumbles

    assert stumbles("is the rubbish in the the carriage")
    assert not stumbles("oh seven seven double oh nine") and not stumbles("Is the the door?")
    c = caller(mini)
    sure = reading("location", clause="is the shed in the the garden")  # 0.9: sure
    replies = c.respond_to(analysed("is the shed in the the garden", sure), 3)
    assert [r.kind for r in replies] == ["clarify"]


def test_a_request_to_be_told_a_detail_nobody_placed_is_answered(mini):
    c = caller(mini)
    replies = c.respond_to(analysed("Please ask him for his address.", acts=("instruction",)),
                           3)
    assert replies[0].kind == "answer" and "Elm Grove" in replies[0].text
    # not told anything asked for: agreed to
    replies = c.respond_to(analysed("Please stay by the phone.", acts=("instruction",)), 6)
    assert [r.kind for r in replies] == ["comply"]


def test_a_question_inside_a_statement_is_asked(mini):
    c = caller(mini)
    c.hear("What did they take?", 3)
    inside = reading("property_taken", act="reassurance",
                     clause="and you said they took tools, do you have a list of them")
    replies = c.respond_to(analysed(inside.clause, inside, acts=("reassurance",)), 6)
    assert replies[0].kind in ("answer", "restate") and replies[0].reveals == ("items",)
    check = reading("property_taken", clause="it was tools you said")
    replies = c.respond_to(analysed("it was tools you said", check), 9)
    assert [(r.kind, r.reveals) for r in replies] == [("confirm", ("items",))]


def test_someone_elses_name_or_number_is_never_the_callers(mini):
    c = caller(mini)
    farmer = reading("callback_number", clause="Do you know the farmer's first name?")
    replies = c.respond_to(analysed("Do you know the farmer's first name?", farmer), 3)
    assert [r.kind for r in replies] == ["dont_know"]
    mine = reading("callback_number", clause="What's your mobile number?")
    replies = c.respond_to(analysed("What's your mobile number?", mine), 6)
    assert replies[0].kind == "answer"


def test_a_fact_that_says_nothing_of_what_was_asked_is_not_recited():
    from scoring.text import stem, words
    from simulator.caller_lines import speaks_of

    phrasings = frozenset(stem(w) for p in ("what was the officer's number",
                                            "did you get his collar number")
                          for w in words(p))
    answer = ("It was two of them. The one doing the talking was PC 2417, ginger beard.",)
    assert not speaks_of("Which station were the officers from?", answer, phrasings)
    assert speaks_of("Did you get the officer's collar number?", answer, phrasings)
    assert speaks_of("Was the one doing the talking the one with the beard?", answer,
                     phrasings)  # the answer speaks of the beard


def test_a_question_missing_its_verb_or_asking_after_a_lost_word_is_garbled():
    from simulator.caller_lines import cut_off, garbled, raw

    assert garbled("could you the door is") and not garbled("could you shut the door")
    assert not garbled("i'll give you the number")  # a verb between: meant
    assert cut_off("sorry the car the what") and not cut_off("sorry what")
    assert raw("so I went round there") and not raw("So I went round there.")


def test_a_garbled_turn_read_back_by_its_shape_alone_is_asked_again(mini):
    from dataclasses import replace

    from scoring.understanding.reading import SUMMARY_PHRASE

    c = caller(mini)
    c.respond_to(analysed("Where is it?", reading("location")), 3)
    text = "uh the elm grove she live at twelve yeah"
    shape = replace(reading("confirm_details", act="readback", clause=text),
                    phrase=SUMMARY_PHRASE, confidence=0.99)
    assert [r.kind for r in c.respond_to(analysed(text, shape, acts=("readback",)), 6)] == \
        ["clarify"]



def test_asked_to_do_something_that_resembles_an_unknown_question_is_agreed_to(mini):
    c = caller(mini)
    text = "What's your husband's date of birth?"
    asked = reading("date_of_birth", subject="partner", clause=text)
    assert [r.kind for r in c.respond_to(analysed(text, asked), 3)] == ["dont_know"]
    text = "Could you send us your husband's birth certificate"
    done = reading("date_of_birth", subject="partner", clause=text)
    assert c.respond_to(analysed(text, done), 6)[0].kind == "comply"


def test_told_then_asked_the_same_thing_is_agreed_to_not_only_thanked():
    from .conftest import caller_for

    c = caller_for("missing-person-vulnerable")
    replies = c.hear("I'll give you a reference number now, have you got a pen handy?", 3)
    assert "comply" in [r.kind for r in replies]


def test_an_instruction_in_the_recognisers_words_is_agreed_to_when_it_opens_as_advice():
    from simulator.dialogue import _opens_as_advice

    from .conftest import caller_for

    assert _opens_as_advice("and keep the door locked") and _opens_as_advice("stay there")
    assert not _opens_as_advice("fortune of the war junk")
    c = caller_for("missing-person-vulnerable")
    assert [r.kind for r in c.hear("and keep checking the garden every few minutes", 3)] == \
        ["comply"]
