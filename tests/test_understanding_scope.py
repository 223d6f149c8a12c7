"""Forms of English about the scope of negation, refusal and permission, and about which
clause makes a turn a question (docs/understanding-definitions.md). Each test is one form,
in new wording (not the lines of the training or evaluation sets)."""

from __future__ import annotations

from scoring.understanding import Context
from scoring.understanding.acts import SYMPATHY, act_of
from scoring.understanding.analysis import IntentReading
from scoring.understanding.clause_form import carried, declines
from scoring.understanding.polarity import (
    asks,
    carried_through,
    is_reason,
    is_tag_question,
    permitted_against,
    polarity,
)
from scoring.understanding.wording import spelled

from .conftest import pairs


def reading(intent: str, clause: str, polarity: str = "affirm") -> IntentReading:
    return IntentReading(intent=intent, confidence=0.9, polarity=polarity,  # type: ignore[arg-type]
                         subject="caller", clause=clause, phrase="p", score=0.9,
                         act="instruction")


def test_not_worth_bothering_is_not_needed():
    # "I wouldn't bother…", "don't bother…": advised as not worth doing
    assert polarity("crime_prevention", "I wouldn't bother fitting a new chain to the gate",
                    False) == "negate"
    assert polarity("signpost", "don't bother phoning the housing people", False) == "negate"


def test_not_feeling_obliged_is_not_needing_to():
    assert polarity("scene_preservation", "don't feel you have to keep the hallway as it is",
                    False) == "negate"
    assert polarity("scene_preservation", "don't touch the hallway", False) == "affirm"


def test_needed_by_no_one_is_not_needed():
    assert polarity("scene_preservation", "no one needs the shed kept as it is now",
                    False) == "negate"


def test_not_the_handlers_place_is_a_refusal():
    assert polarity("apology", "it isn't for us to say sorry about the arrest", False) == "negate"
    assert polarity("apology", "nobody in this office will apologise for that", False) == (
        "negate")
    assert polarity("apology", "I'm sorry the letter never arrived", False) == "affirm"


def test_nothing_to_give_is_none_given():
    assert polarity("reference_number", "there isn't a crime number we can give out yet",
                    False) == "negate"
    assert polarity("reference_number", "there's a log number I can give you", False) == (
        "affirm")


def test_going_on_without_is_not_needing():
    assert polarity("language_needs", "we can manage without a translator today",
                    False) == "negate"


def test_a_permission_asked_for_as_a_condition_is_a_request():
    # "if you can avoid…" asks them to avoid it; "you can … again" alone lifts the advice
    assert polarity("scene_preservation", "if you can avoid opening the drawer again",
                    False) == "affirm"
    assert polarity("safety_advice", "you can use the back door again", False) == "negate"


def test_clearing_something_up_is_against_scene_preservation():
    assert polarity("scene_preservation", "you'll be fine to clear the broken plates up",
                    False) == "negate"


def test_coming_off_the_phone_is_against_staying_on_the_line():
    assert polarity("stay_on_line", "you're okay to get off the phone", False) == "negate"


def test_an_order_opening_with_and_or_emphatic_do_tells():
    assert not asks("and don't open the back gate just yet")
    assert not asks("do take a seat while you wait")
    assert asks("do you know his name")
    assert asks("do they live nearby")


def test_a_reason_for_lifted_advice_is_not_advice():
    assert is_reason("it's not a council matter")
    assert is_reason("the forensics team have got what they need")
    assert not is_reason("you can stay where you are")
    assert not is_reason("keep the door shut")
    after = carried_through([reading("signpost", "don't bother with the council", "negate"),
                             reading("signpost", "it's not something they deal with")])
    assert [r.polarity for r in after] == ["negate", "negate"]
    before = carried_through([reading("scene_preservation", "the photographer has finished"),
                              reading("scene_preservation", "so you can wipe it down",
                                      "negate")])
    assert [r.polarity for r in before] == ["negate", "negate"]


def test_a_later_clause_with_nothing_heard_lifts_the_advice_before():
    # the advice taken back by permission to do its opposite, or its need denied by a
    # pronoun; "you don't need to touch it" (the opposite act, not needed) keeps it
    told = "back then I asked you to keep the line open"
    assert [r.polarity for r in carried_through(
        [reading("stay_on_line", told)], [told, "but that's okay now", "you can ring off"],
    )] == ["negate"]
    sent = "ring the council in the morning"
    assert [r.polarity for r in carried_through(
        [reading("signpost", sent)], [sent, "actually you won't need to phone them"],
    )] == ["negate"]
    kept = "keep out of the garage"
    assert [r.polarity for r in carried_through(
        [reading("scene_preservation", kept)], [kept, "you don't need to touch it"],
    )] == ["affirm"]
    # a permission said before the advice lifts nothing
    assert [r.polarity for r in carried_through(
        [reading("stay_on_line", kept)], ["you can ring off", kept])] == ["affirm"]


def test_an_elliptical_clause_carries_on_the_one_before():
    # "…, but you don't need to now": the advice said before, lifted
    lifted = carried_through([reading("stay_on_line", "before I told you to hold the line"),
                              reading("silent_solution", "but you don't need to now",
                                      "negate")])
    assert [(r.intent, r.polarity) for r in lifted] == [("stay_on_line", "negate")]
    # "…, not until …": the refusal said on, not an apology
    said_on = carried_through([reading("apology", "I won't say sorry for them", "negate"),
                               reading("apology", "not until we've heard their side")])
    assert [(r.intent, r.polarity) for r in said_on] == [("apology", "negate")]


def test_praise_of_what_the_caller_is_doing_comforts():
    assert SYMPATHY.search(spelled("you're doing great, keep going"))
    assert SYMPATHY.search(spelled("you've done amazingly getting them out"))
    assert not SYMPATHY.search(spelled("you're doing the washing up"))


def test_sorry_asking_to_hear_it_again_is_neither_apology_nor_comfort(understanding):
    heard = understanding.analyse("Sorry, could you repeat that? You broke up a bit.", Context())
    assert not {"apology", "reassurance"} & {r.intent for r in heard.intents}


def test_a_question_after_lifted_advice_makes_the_turn_a_question(understanding):
    heard = understanding.analyse("You're okay to tidy the lounge now. Has anything gone "
                                  "missing from it?", Context())
    assert heard.act == "question"


def test_a_different_act_said_not_needed_does_not_lift_the_advice():
    # "stay on the line, you don't have to talk": what is not needed is talking
    kept = carried_through([reading("stay_on_line", "stay on the line"),
                            reading("silent_solution", "you don't have to talk", "negate")])
    assert [(r.intent, r.polarity) for r in kept] == [("stay_on_line", "affirm"),
                                                      ("silent_solution", "negate")]


def test_a_reason_put_first_as_a_phrase_carries_nothing():
    from scoring.understanding.clause_form import carried
    assert not carried("reassurance", "Given everything you've been through", asking=False,
                       first=True, read_back=False)
    assert carried("reassurance", "You've been through so much", asking=False, first=True,
                   read_back=False)


def test_no_apology_without_a_word_of_apology(understanding):
    heard = understanding.analyse("So that was the sergeant at the front desk.", Context())
    assert "apology" not in heard.intent_ids()
    said = understanding.analyse("I do apologise. That was a failing on our part.", Context())
    assert [r.intent for r in said.intents] == ["apology", "apology"]


def test_getting_the_mess_off_is_against_scene_preservation():
    assert polarity("scene_preservation", "you can get the paint off the door", False) == (
        "negate")


def test_no_need_for_a_thing_is_told_not_ordered():
    from scoring.understanding.acts import act_of
    needless = reading("language_needs", "There's no need for a translator this time",
                       "negate")
    assert act_of(needless.clause, [needless], False) == "statement"
    lifted = reading("safety_advice", "There's no need to stay in the bedroom", "negate")
    assert act_of(lifted.clause, [lifted], False) == "instruction"


def test_the_caller_told_they_need_not_give_a_detail_is_an_instruction():
    # the caller's part said not needed is told to them (as "you're fine to tidy up" is);
    # the handler's own need is a statement
    told = reading("caller_name", "Honestly, you don't have to tell me your surname", "negate")
    assert act_of(told.clause, [told], False) == "instruction"
    none = reading("callback_number", "No need to give me a mobile number", "negate")
    assert act_of(none.clause, [none], False) == "instruction"
    own = reading("date_of_birth", "We won't be needing your date of birth", "negate")
    assert act_of(own.clause, [own], False) == "statement"


def test_a_reason_after_advice_is_said_for_the_advice_as_given():
    assert not is_reason("please don't open the gate")
    assert is_reason("the dog handler might pick up a scent there")
    kept = carried_through([reading("scene_preservation", "please leave the gate shut"),
                            reading("scene_preservation", "the dog handler might pick up a "
                                    "scent there", "negate")])
    assert [r.polarity for r in kept] == ["affirm", "affirm"]


def test_going_back_down_is_against_safety_advice():
    assert permitted_against("you're fine to come back downstairs now") == ("safety_advice",)
    assert polarity("safety_advice", "you can go back upstairs now", False) == "negate"


def test_a_question_by_its_form_needs_a_subject_that_agrees():
    from scoring.understanding.reading import _ASKED_OF
    assert _ASKED_OF.match(spelled("and has anyone called you back"))
    assert _ASKED_OF.match(spelled("can we send someone round"))
    assert not _ASKED_OF.match(spelled("is we sort it out tonight"))  # a split "one is we…"
    assert not _ASKED_OF.match(spelled("and have it out with him"))  # an order


def test_opening_the_front_door_is_against_safety_advice():
    assert permitted_against("you're fine to open the back door to the paramedics") == (
        "safety_advice",)


def test_what_happened_told_after_now_asks_nothing():
    from scoring.understanding.clause_form import carried
    assert not carried("suspect_present", "Now he's left", asking=False, first=True,
                       read_back=False)
    assert carried("suspect_present", "Now is he still there", asking=True, first=True,
                   read_back=False)


def test_telling_the_caller_what_they_may_or_need_not_do_is_an_instruction():
    from scoring.understanding.acts import act_of
    assert act_of("You're alright to sweep the porch now", [], False) == "instruction"
    assert act_of("You won't need a new lock, love", [], False) == "instruction"
    assert act_of("You'll be fine, they're nearly there", [], False) != "instruction"


def test_no_clause_telling_the_caller_to_do_anything_is_no_instruction():
    from scoring.understanding.analysis import Act
    from scoring.understanding.reading import _kept_from_model
    told = [Act("statement", "Your log number is 0412 of today")]
    given = [reading("reference_number", "Your log number is 0412 of today")]
    assert _kept_from_model("instruction", told, given, False)
    jotted = [Act("statement", "jot this log number down")]  # an order, though unheard
    assert not _kept_from_model("instruction", jotted, given, False)
    ordered = [Act("instruction", "Keep the gate shut")]
    advice = [reading("scene_preservation", "Keep the gate shut")]
    assert not _kept_from_model("instruction", ordered, advice, False)


def test_the_handler_naming_who_answered_is_a_greeting():
    from scoring.understanding.acts import act_of
    assert act_of("Hiya, you're speaking to the witness care unit", [], False) == "greeting"
    assert act_of("You're speaking too quietly", [], False) != "greeting"


def test_leaving_the_choice_to_the_caller_is_no_comfort(understanding):
    heard = understanding.analyse("You can report it online if you'd rather, it's entirely "
                                  "your choice.", Context())
    assert "reassurance" not in heard.intent_ids()


def test_advice_said_not_needed_keeps_the_turn_an_instruction():
    from scoring.understanding.analysis import Act
    from scoring.understanding.reading import _kept_from_model
    acts = [Act("instruction", "You don't have to fit a new gate"),
            Act("statement", "it's your decision")]
    given = [reading("crime_prevention", "You don't have to fit a new gate", "negate")]
    assert _kept_from_model("statement", acts, given, False)


def test_a_read_back_ending_in_a_question_mark_may_stay_a_read_back():
    from scoring.understanding.analysis import Act
    from scoring.understanding.reading import _kept_from_model
    acts = [Act("question", "That's Sergeant 2231, Okafor, yeah?")]
    assert not _kept_from_model("readback", acts, [], False)
    assert _kept_from_model("instruction", acts, [], False)


def test_a_permission_against_advice_is_that_advice_though_worded_like_nothing(understanding):
    heard = understanding.analyse("It's fine to pick up the bits and bobs off the carpet now.",
                                  Context())
    assert pairs(heard) == {("scene_preservation", "negate")}


def test_an_order_is_no_reason():
    assert not is_reason("otherwise don't lift him")
    assert not is_reason("but never let them in")


def test_advice_only_named_or_refused_by_the_handler_does_not_tell_the_caller():
    from scoring.understanding.acts import tells_caller
    assert tells_caller("Don't go near the garage")
    assert tells_caller("You won't need to ring the landlord")
    assert not tells_caller("That's one for the housing office, not us")
    assert not tells_caller("I'm not going to pass you on to the council")


def test_the_service_speaking_greets():
    from scoring.understanding.acts import act_of
    from scoring.understanding.reading import _ASKED_OF
    assert act_of("Hiya, police speaking", [], False) == "greeting"
    # "is that right?" ends many a read-back: no question by its auxiliary alone
    assert not _ASKED_OF.match(spelled("is that right"))


def test_so_before_what_happened_may_still_ask():
    from scoring.understanding.clause_form import carried
    assert carried("anyone_injured", "So he's bleeding from his arm", asking=False, first=True,
                   read_back=False)


def test_the_service_declining_the_next_step_is_its_opposite():
    # the definitions' negate: refused or denied; "we won't be sending anyone" denies what
    # happens next, as "nobody's coming out" and "the officer needn't ring you again" do
    assert polarity("next_steps", "we won't be putting a patrol past the garages tonight",
                    False) == "negate"
    assert polarity("next_steps", "nobody's going to come and look at the shed", False) == (
        "negate")
    assert polarity("next_steps", "the detective doesn't need to visit you again", False) == (
        "negate")
    assert polarity("next_steps", "I'll have a patrol drive past the garages tonight",
                    False) == "affirm"
    # not closing it without ringing is a promise to ring
    assert polarity("next_steps", "we won't shut the case without phoning you first",
                    False) == "affirm"
    assert polarity("next_steps", "we won't be sending anyone, will we?", True) == "affirm"


def test_the_handler_declining_to_do_something_is_a_statement():
    assert declines("I'm not going to ask you to keep the garage shut")
    assert declines("Priya, we won't be sending anybody round to the shop")
    assert declines("so I won't be telling you to stay indoors")
    assert not declines("I won't be long, stay where you are")
    assert not declines("please don't open the garage")
    advice = reading("safety_advice", "I'm not going to ask you to keep the garage shut",
                     "negate")
    assert act_of(advice.clause, [advice], False) == "statement"
    told = reading("safety_advice", "keep the garage shut")
    assert act_of(told.clause, [told], False) == "instruction"


def test_permission_to_go_somewhere_lifts_safety_advice_and_to_go_alone_ends_the_call():
    # "go" alone leaves the call; going somewhere the danger was is a move, against safety
    assert permitted_against("you're all right to go now") == ("stay_on_line",)
    assert polarity("safety_advice", "it's okay to go back upstairs now", False) == "negate"
    assert permitted_against("you can head over to the surgery now") == ("safety_advice",)
    assert permitted_against("it's fine to go and fetch your daughter now") == (
        "safety_advice",)
    assert polarity("safety_advice", "you're safe to set off to the station now",
                    False) == "negate"
    assert polarity("safety_advice", "don't set off to the station yet", False) == "affirm"


def test_saying_it_is_not_for_the_police_directs_nobody(understanding):
    # the definitions' signpost directs the caller to an agency; denying it is ours does not
    said = understanding.analyse("Sorry, but a neighbour's hedge isn't a police matter.")
    assert "signpost" not in said.intent_ids()
    told = understanding.analyse("It isn't a police matter, the council's planning team can "
                                 "help you with the hedge.")
    assert "signpost" in told.intent_ids()


def test_a_subject_then_its_verb_at_the_end_is_no_question_tag():
    assert not is_tag_question("we won't need the postcode again, we have it")
    assert not is_tag_question("no need for the plate number, I have it")
    assert is_tag_question("he's taken the bike, has he")
    assert is_tag_question("you've got the letter, have you")
    assert polarity("callback_number", "I won't need your landline, I have it", False) == (
        "negate")


def test_a_refusal_said_as_it_is_done_negates_the_advice():
    assert polarity("signpost", "I'm not referring you to the housing office, we'll deal "
                    "with it", False) == "negate"
    assert polarity("officer_details", "I won't be asking you for the sergeant's badge number",
                    False) == "negate"
    assert polarity("signpost", "I'm passing you over to the housing office", False) == (
        "affirm")


def test_an_order_after_just_is_the_advice_itself():
    # what went before is said not needed; the order after "just" is the advice, given
    assert polarity("stay_on_line", "you don't have to answer, just hold on the line for me",
                    False) == "affirm"
    assert polarity("stay_on_line", "you don't have to hold on the line for me", False) == (
        "negate")


def test_putting_back_boarding_up_and_letting_back_in_are_opposite_acts():
    assert polarity("scene_preservation", "feel free to board the window up now",
                    False) == "negate"
    assert polarity("scene_preservation", "you're fine to start putting the books back now",
                    False) == "negate"
    assert polarity("safety_advice", "it's okay to let the dog back in the garden now",
                    False) == "negate"
    assert polarity("crime_prevention", "you can leave the spare keys in the porch if you "
                    "want", False) == "negate"


def test_what_someone_else_did_set_as_the_time_is_no_advice():
    # "once the officer's been, …" says when; the advice is in the clause after it
    assert not carried("scene_preservation", "once the detective has been round", asking=False,
                       first=True, read_back=False)
    assert not carried("safety_advice", "now the lads have gone home", asking=False,
                       first=True, read_back=False)
    assert carried("safety_advice", "now keep the door shut", asking=False, first=True,
                   read_back=False)


def test_a_time_clause_or_a_past_event_carries_no_step_or_advice():
    # the time of the advice after it, and what someone else already did
    assert not carried("next_steps", "When the locksmith arrives", asking=False, first=True,
                       read_back=False)
    assert not carried("safety_advice", "once the paramedics have taken over", asking=False,
                       first=True, read_back=False)
    # "when" with no auxiliary before its subject is a time, though it looks like a question
    assert not carried("next_steps", "when the locksmith turns up", asking=True, first=True,
                       read_back=False)
    assert carried("when_happened", "when did the locksmith turn up", asking=True,
                   first=True, read_back=False)
    assert not carried("next_steps", "the dog unit searched the field last night",
                       asking=False, first=False, read_back=False)
    # what will happen is a step; the handler's own doing is not someone else's past
    assert carried("next_steps", "an officer will call round tomorrow", asking=False,
                   first=True, read_back=False)
    assert carried("next_steps", "I've arranged for an officer to visit", asking=False,
                   first=True, read_back=False)


def test_not_bound_to_and_none_to_give_are_the_opposite():
    assert polarity("stay_on_line", "you're not obliged to hold on", False) == "negate"
    assert polarity("reference_number", "there isn't a log number for a call like this",
                    False) == "negate"
    assert polarity("reference_number", "there'll be no incident number for this",
                    False) == "negate"
    # comfort that something is not there still comforts
    assert polarity("reassurance", "there's no danger to you now", False) == "affirm"


def test_a_reason_with_its_own_subject_is_no_order():
    assert is_reason("they don't handle noise from pubs")
    assert not is_reason("otherwise don't move her")


def test_a_request_said_in_the_future_tells_the_caller():
    from scoring.understanding.acts import tells_caller
    asked = reading("stay_on_line", "I'm going to ask you to keep this line open for me")
    assert act_of(asked.clause, [asked], False) == "instruction"
    assert tells_caller("I'll need you to stay in the back bedroom")
    assert not tells_caller("I'm going to put you through to the control room")


def test_a_detail_named_on_its_own_asks_for_it():
    named = reading("callback_number", "and a mobile number for you")
    assert act_of(named.clause, [named], False) == "question"
    # a detail said not to be needed asks nothing
    needless = reading("callback_number", "and no mobile number", "negate")
    assert act_of(needless.clause, [needless], False) != "question"
