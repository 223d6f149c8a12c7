"""Marking rules found comparing the marker with careful assessors (issue 9): advice whose
opposite came first, and scheme conditions that say what their descriptions say."""

from __future__ import annotations

from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

from .conftest import attempt, marked_with_caller


def _mark(scenario: str, turns: list[tuple[float, str]],
          events: list[dict[str, object]] | None = None):
    return mark_attempt(load_scenario(resolve(scenario)), attempt(scenario, turns,
                                                                  events=events))


def test_advice_whose_opposite_was_given_first_is_not_met():
    dangerous_first = _mark("road-collision-injury", [
        (10, "It's fine for you to help her out of the car and sit her on the verge."),
        (40, "Don't go round to his house, leave that with us."),
    ]).item("safety-advice")
    assert dangerous_first.status == "not_met"
    assert "opposite was advised first, at 00:10" in dangerous_first.reason
    # Advice first, then a change of plan once things moved on: still the advice.
    advised = _mark("road-collision-injury", [
        (10, "Don't move her, keep her still until the ambulance gets there."),
        (60, "The paramedics are with her now, it's fine to let them move her."),
    ]).item("safety-advice")
    assert advised.status in ("met", "uncertain") and advised.points > 0
    # The advice's own exception, and a condition said with the advice, are the advice.
    for turns in ([(10, "If the car catches fire, get her out, but otherwise don't move her.")],
                  [(10, "If there's any smoke or fire, help her out of the car."),
                   (20, "Otherwise don't move her, keep her still.")]):
        assert _mark("road-collision-injury", turns).item("safety-advice").points > 0


def test_asking_a_silent_caller_to_speak_is_not_the_silent_solution():
    late = _mark("silent-999-call", [
        (8, "Hello? If you can hear me, say something."),
        (44, "If you need the police, press 55."),
    ]).item("silent-solution")
    assert late.status == "not_met" and "later than 00:30" in late.reason
    on_time = _mark("silent-999-call", [
        (8, "If you can't talk, cough or tap the phone."),
    ]).item("silent-solution")
    assert on_time.status == "met"


def test_last_seen_needs_the_sighting_itself_not_only_how_long():
    how_long = marked_with_caller("missing-person-vulnerable", [
        (0, "caller", "My daughter hasn't come home from school.", []),
        (10, "trainee", "How long has she been missing?", None),
        (14, "caller", "Since about quarter to four this afternoon.", ["when_missing"]),
    ]).item("last-seen")
    assert how_long.status == "not_met" and "last_seen never came up" in how_long.reason
    where = marked_with_caller("missing-person-vulnerable", [
        (0, "caller", "My daughter hasn't come home from school.", []),
        (10, "trainee", "When and where was she last seen?", None),
        (14, "caller", "At the bus stop on Leicester Road, about quarter to four.",
         ["last_seen"]),
    ]).item("last-seen")
    assert where.status == "met"


def test_a_description_item_is_not_met_by_a_name_alone():
    def described(reply: str):
        return marked_with_caller("domestic-abuse-children", [
            (5, "trainee", "What's his name?", None),
            (8, "caller", reply, ["suspect_desc"]),
        ]).item("suspect-description")

    name_only = described("Jamie. Jamie Lister.")
    assert name_only.status == "not_met" and "only for a name" in name_only.reason
    # The caller who answers the name question with how he looks has given the description.
    assert described("Jamie Lister. He's thirty-three, about six foot, shaved head.") \
        .status == "met"
    asked = marked_with_caller("domestic-abuse-children", [
        (5, "trainee", "What does he look like and what's he wearing?", None),
        (8, "caller", "Big lad, grey trackies.", ["suspect_desc"]),
    ]).item("suspect-description")
    assert asked.status == "met"


def test_offenders_still_there_establishes_it_is_happening_now():
    now = _mark("interpreter-caller", [(30, "Are the men still there now?")])
    assert now.item("happening-now").status == "met"
    assert _mark("interpreter-caller", [(30, "Where do you live?")]) \
        .item("happening-now").status == "not_met"


def test_asking_a_complainant_if_he_had_been_drinking_is_not_impartial():
    asked = _mark("complaint-schedule-3", [
        (20, "Had you had anything to drink that night?")]).item("impartial")
    assert asked.status == "not_met"
    fair = _mark("complaint-schedule-3", [
        (20, "Can you tell me exactly what the officer said to you?")]).item("impartial")
    assert fair.status == "met"


def test_a_thing_named_only_to_decline_it_is_not_said():
    declined = _mark("missing-person-vulnerable", [
        (100, "Don't worry about a photo for now.")]).item("photo")
    assert declined.status == "not_met"
    accepted = _mark("missing-person-vulnerable", [
        (100, "Yes please, the officers will take the photo when they arrive.")]) \
        .item("photo")
    assert accepted.status == "met"


def test_consent_checked_in_other_words():
    consent = _mark("complaint-schedule-3", [
        (200, "Is it ok with you that they get your details and your statement?")])
    assert consent.item("consent-confidentiality").status == "met"


def test_a_question_answered_with_the_fact_it_brings_out_counts_as_asked():
    def injuries(question: str):
        return marked_with_caller("domestic-abuse-children", [
            (60, "trainee", question, None),
            (64, "caller", "He had his hands round my neck. I couldn't breathe.",
             ["injuries"]),
        ]).item("injuries-asked")

    drawn = injuries("Has he hit you?")
    assert drawn.status == "met" and "the caller gave injuries" in drawn.reason
    # Not a question, or one nowhere near it: what the caller says was not drawn out.
    assert injuries("Okay, stay calm for me.").status == "not_met"
    assert injuries("Is there anything else?").status == "not_met"
    # The story told in answer to "what's happened?" is the caller's telling: what it
    # adds was not asked.
    told = marked_with_caller("domestic-abuse-children", [
        (60, "trainee", "Can you tell me what's happened?", None),
        (64, "caller", "He's kicking the door in. He had his hands round my neck before.",
         ["what_happening", "injuries"]),
    ]).item("injuries-asked")
    assert told.status == "not_met"
    # Two questions in a row: the caller's next line may answer the first.
    both = marked_with_caller("domestic-abuse-children", [
        (58, "trainee", "Where is he now?", None),
        (60, "trainee", "Has he hit you?", None),
        (64, "caller", "He had his hands round my neck.", ["injuries"]),
    ]).item("injuries-asked")
    # not credited: "Has he hit you?" is no longer heard as an earlier occasion (session 29:
    # that needs its words, "before"), so it is only a near miss of the injuries question,
    # held for review rather than refused outright
    assert both.status in ("not_met", "uncertain") and both.points == 0


def test_a_critical_question_must_be_heard_not_taken_from_the_answer():
    answered = marked_with_caller("road-collision-injury", [
        (20, "trainee", "What can you see from where you are?", None),
        (24, "caller", "Blood from her head, she says her neck's killing her.", ["injured"]),
    ]).item("injuries-asked")
    assert answered.critical
    assert answered.status == "not_met" and "was never asked" in answered.reason


def test_telling_the_caller_help_is_on_its_way_says_what_help_is_coming():
    told = _mark("road-collision-injury", [
        (110, "Okay, the ambulance and fire are on their way to you.")])
    assert told.item("next-steps").status == "met"
    assert _mark("road-collision-injury", [(110, "Okay, keep talking to her.")]) \
        .item("next-steps").status == "not_met"


def test_a_description_asked_of_the_wrong_kind_of_person_still_draws_it_out():
    described = marked_with_caller("hate-incident", [
        (170, "trainee", "Can you describe both of them for me?", None),
        (174, "caller", "Kyle's white, about thirty, skinhead. His mate's got a ginger beard.",
         ["description"]),
    ]).item("description")
    assert described.status == "met"


def test_a_sure_reading_later_decides_over_a_faint_first_one():
    """"You weren't to know" is faintly an apology; the real one later is sure, and the
    mark rests on it, not on the doubt (no time limit makes the first one matter)."""
    from scoring.attempt import Attempt

    said = Attempt.model_validate({
        "format": "callsim.attempt/1", "scenario": "burglary-next-morning", "log": {},
        "events": [], "turns": [
            {"t": 20, "speaker": "trainee",
             "text": "That's alright, you weren't to know, you did the right thing ringing us."},
            {"t": 80, "speaker": "caller", "reveals": ["previous"],
             "text": "I rang last month about lads at the car doors and nobody came back."},
            {"t": 90, "speaker": "trainee", "text": "I'm really sorry that nobody came back "
                                                    "to you about the car doors last month."},
        ]})
    apology = mark_attempt(load_scenario(resolve("burglary-next-morning")), said).item(
        "dissatisfaction")
    assert apology.status == "met" and "01:30" in apology.reason, (apology.status,
                                                                   apology.reason)


def test_a_closed_question_item_is_not_met_by_an_open_question():
    # a caller who cannot speak can answer "are you at home?" with a tap, never "where
    # are you?" (silent-999-call: the location confirmed by closed questions)
    open_only = _mark("silent-999-call", [
        (6, "Police, hello? If you can't talk press 55."),
        (30, "Where abouts are you right now, what's the address?"),
    ]).item("location-confirmed")
    assert open_only.failed and "open question" in open_only.reason
    closed = _mark("silent-999-call", [
        (6, "Police, hello? If you can't talk press 55."),
        (30, "Are you in your own flat at the moment? Tap once for yes."),
    ]).item("location-confirmed")
    # (met but for the subscriber check, which these calls never ran)
    assert closed.reason == "no phone-subscriber check was run"


def test_a_specific_update_item_needs_a_next_step_that_says_when():
    # complaint-service-recovery: her complaint is that nobody kept her informed, so "we'll
    # get back to you" is not the specific update the item asks for
    vague = _mark("complaint-service-recovery", [
        (20, "I'll get this looked at and we'll get back to you about it."),
    ]).item("keep-informed")
    assert vague.failed and "without a when" in vague.reason
    dated = _mark("complaint-service-recovery", [
        (20, "I'll get this looked at and we'll get back to you about it."),
        (60, "I'll phone you myself on Friday morning to tell you where it's got to."),
    ]).item("keep-informed")
    assert dated.status == "met" and "01:00" in dated.reason


def test_a_said_phrase_is_said_in_whole_words_not_inside_another():
    from rapidfuzz import fuzz

    from scoring.marking import said_form, whole_words

    def said(phrase: str, turn: str) -> bool:
        spoken, wanted = said_form(turn), said_form(phrase)
        found = fuzz.partial_ratio_alignment(wanted, spoken)
        return found.score >= 88 and whole_words(wanted, spoken, found.dest_start,
                                                 found.dest_end)

    assert not said("friends", "is her boyfriend still around")  # "friend" inside a word
    assert not said("the keeper is", "the gatekeeper is on site")
    assert said("council deal with", "the council deals with that sort of thing")
    assert said("her friends", "have you rung round all her friends yet")


def test_an_opposite_left_to_the_callers_judgement_said_first_puts_the_advice_in_doubt():
    # "if it's not safe" names no danger the caller sees arrive: said before any advice, the
    # release is the first thing she was told, so the later advice is for an assessor.
    released = _mark("silent-999-call", [
        (5, "If you can hear me but can't speak, press 55."),
        (36, "You don't need to stay on the line if it's not safe, you can hang up."),
        (120, "Actually stay on the line with me if you can, police are on their way."),
    ]).item("keep-line-open")
    assert released.status == "uncertain" and released.leaning == "not_met"
    assert released.points == 0 and "opposite was advised first, at 00:36" in released.reason
    # Permission given through an interpreter, on the caller's own wish, then the advice.
    permitted = _mark("interpreter-caller", [
        (6, "Where are you, what's the address?"),
        (138, "Okay if he wants to go out and get the number plate that's fine."),
        (205, "Actually tell him to stay inside now, please don't go out there."),
    ], events=[{"type": "transfer", "value": "interpreter", "t": 29}]).item("safety-advice")
    assert permitted.status == "uncertain" and permitted.points == 0
    advised = _mark("interpreter-caller", [
        (6, "Where are you, what's the address?"),
        (205, "Actually tell him to stay inside now, please don't go out there."),
    ], events=[{"type": "transfer", "value": "interpreter", "t": 29}]).item("safety-advice")
    assert advised.status == "met"
    # The advice first, the release once the danger has passed: the advice stands.
    kept = _mark("silent-999-call", [
        (5, "If you can hear me but can't speak, press 55."),
        (20, "Stay on the line with me, keep the door locked."),
        (200, "Officers are with you now, you don't need to stay on the line."),
    ]).item("keep-line-open")
    assert kept.status == "met"


def test_the_family_told_to_stay_at_home_has_the_advice_home():
    told = _mark("missing-person-vulnerable", [
        (250, "Officers will come out to see you. Stay at home in case she comes back."),
    ]).item("advice-home")
    assert told.status == "met"
    released = _mark("missing-person-vulnerable", [
        (250, "You don't need to stay at home waiting, drive round and look for her."),
    ]).item("advice-home")
    assert released.status != "met" and released.points == 0


def test_what_help_is_coming_names_the_help():
    vague = _mark("road-collision-injury", [(81, "Okay, someone will be there shortly.")])
    assert vague.item("next-steps").points == 0
    named = _mark("road-collision-injury", [(81, "Ambulance and fire are on their way to you.")])
    assert named.item("next-steps").status == "met"


def test_advice_heard_only_in_words_that_permit_its_opposite_is_in_doubt():
    permitted = _mark("concern-for-welfare-mental-health", [
        (228, "There's no need for you to stay by the phone, you're fine to jump in the car."),
    ]).item("caller-advice")
    # a plain leave ("you're fine to jump in the car") is read as the advice lifted, so the
    # item is not met outright; heard as the advice, it would be held in doubt leaning so
    assert permitted.points == 0
    assert permitted.status == "not_met" or (
        permitted.status == "uncertain" and permitted.leaning == "not_met")
    plain = _mark("concern-for-welfare-mental-health", [
        (228, "Please don't drive over there while you're this upset, keep trying his phone."),
    ]).item("caller-advice")
    assert plain.status == "met"
