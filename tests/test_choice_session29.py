"""Session 29: the wrong intent chosen and another intent affirmed, found on v47, v48, v49
and v50 (first read this session) and counted over the older development sets and the
held-back authors. One test per cause, in new wording (no line of any set): a thing read out
is the caller's telling of it, no read-back; the thing wanted after a waiver is asked,
named as any of its kind ("just a number"), listed with a shared "your" or as "yours"; the
matter said not to need sending to an agency is the signpost refused; a camera put aside is
the camera question waived; a detail closed by a word of thanks or "I've written that" is
noted, no read-back."""

from __future__ import annotations

from scoring.understanding import Context, Understanding


def heard(understanding: Understanding, text: str) -> set[tuple[str, str]]:
    return {(r.intent, r.polarity) for r in understanding.analyse(text, Context()).intents}


# --- a thing read out by the caller: its telling, no read-back --------------------------------


def test_a_thing_read_out_is_put_after_its_particle() -> None:
    from scoring.understanding.waivers import read_out_first

    assert read_out_first(" no need to read it out to me ") == " no need to read out it to me "
    assert read_out_first(" stop reading your reg out ") == " stop reading out your reg "
    # (the handler reading to the caller keeps its order)
    assert read_out_first(" i will read you out the log number ") == (
        " i will read you out the log number ")


def test_a_number_read_out_is_the_number_waived(understanding: Understanding) -> None:
    got = heard(understanding, "Your mobile's showing on my screen, so you needn't read it out.")
    assert ("callback_number", "negate") in got
    assert not any(intent == "confirm_details" for intent, _ in got)


# --- the thing wanted after a waiver --------------------------------------------------------


def test_a_thing_wanted_as_any_of_its_kind_is_asked(understanding: Understanding) -> None:
    got = heard(understanding, "We won't need your date of birth, just a mobile number please.")
    assert ("callback_number", "affirm") in got
    assert ("date_of_birth", "negate") in got


def test_a_second_detail_shares_the_firsts_article() -> None:
    from scoring.understanding.reading import _listed

    assert _listed("your name number") == ["your name", "your number"]
    assert _listed("your address postcode") == ["your address", "your postcode"]
    assert _listed("the colour of the car") == []


def test_yours_wanted_is_the_callers_own_of_the_thing_waived() -> None:
    from scoring.understanding.waivers import yours_of

    assert yours_of("yours", "your sister number") == "your number"
    assert yours_of("yours please", "his address") == "your address"
    assert yours_of("your name", "his address") == "your name"


def test_yours_asked_after_someone_elses_waived(understanding: Understanding) -> None:
    got = heard(understanding, "I shan't need your brother's number, just yours.")
    assert ("callback_number", "affirm") in got
    assert ("callback_number", "negate") not in got


# --- the matter not sent to an agency: the signpost refused ---------------------------------


def test_a_matter_not_sent_to_an_agency() -> None:
    from scoring.understanding.agencies import not_sent_to_an_agency

    assert not_sent_to_an_agency("the van won't need to be passed over to highways")
    assert not_sent_to_an_agency("this isn't something you need to report to the council")
    assert not_sent_to_an_agency("no one at the council needs to get involved tonight")
    assert not not_sent_to_an_agency("I'm not going to apologise for passing this to the council")
    assert not not_sent_to_an_agency("this will need to go to the council")


def test_the_signpost_refused_not_the_next_step(understanding: Understanding) -> None:
    got = heard(understanding, "The bike won't need to go to the council, it's ours to sort.")
    assert ("signpost", "negate") in got
    assert not any(intent == "next_steps" for intent, _ in got)
    got = heard(understanding, "No one from the housing office has to get involved.")
    assert ("signpost", "negate") in got


# --- a camera put aside: the camera question waived ------------------------------------------


def test_a_camera_put_aside_names_the_camera_question() -> None:
    from scoring.understanding.named_first import intent_named_first

    assert intent_named_first("security camera footage") == "witnesses_cctv"
    assert intent_named_first("the cctv") == "witnesses_cctv"
    assert intent_named_first("his ring doorbell") == "witnesses_cctv"
    assert intent_named_first("the man on the camera") is None


def test_footage_put_aside_is_no_comfort(understanding: Understanding) -> None:
    got = heard(understanding, "Don't worry about phone footage for now. Is she breathing?")
    assert ("witnesses_cctv", "negate") in got
    assert not any(intent == "reassurance" for intent, _ in got)


# --- a detail noted, not read back ------------------------------------------------------------


def test_a_detail_closed_by_thanks_is_noted(understanding: Understanding) -> None:
    assert not heard(understanding, "Mill Road, by the old garage, brilliant.")
    assert not heard(understanding, "Grey hoodie on the shorter one, I've jotted that.")


def test_a_detail_put_to_check_is_still_read_back(understanding: Understanding) -> None:
    assert ("confirm_details", "affirm") in heard(
        understanding, "Mill Road, by the old garage, is that right?")


# --- an earlier occasion's words: what previous incidents is about --------------------------


def test_previous_incidents_is_about_an_earlier_occasion() -> None:
    from scoring.understanding.key_words import says_what_it_is_about

    assert says_what_it_is_about("previous_incidents", " has he done this before ")
    assert says_what_it_is_about("previous_incidents", " how often do they have parties ")
    assert says_what_it_is_about("previous_incidents", " what went on in june ")
    assert not says_what_it_is_about("previous_incidents", " what kind of songs are they playing ")


def test_a_question_of_what_is_on_now_is_no_history() -> None:
    from bench.understanding_accuracy import understanding

    analysis = understanding("neighbour-noise-asb").analyse(
        "What kind of songs are they blasting out?", Context())
    assert all(r.intent != "previous_incidents" for r in analysis.intents)


def test_a_time_asked_is_no_direction(understanding: Understanding) -> None:
    got = heard(understanding, "um how long ago did the lads run off")
    assert ("when_happened", "affirm") in got
    assert not any(intent == "direction_of_travel" for intent, _ in got)


def test_how_long_alone_names_no_earlier_occasion() -> None:
    from bench.understanding_accuracy import understanding

    analysis = understanding("domestic-abuse-children").analyse(
        "How long have the two of you been together?", Context())
    assert all(r.intent != "previous_incidents" for r in analysis.intents)
