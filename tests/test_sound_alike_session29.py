"""Session 29: recognised speech read as the words that sound alike (`sound_alike`), tried
in new wording: the respelling offered, what is never respelled, and the reader keeping a
respelling only where it is heard clearly better."""

from __future__ import annotations

import pytest

from scoring.understanding.analysis import IntentReading, Polarity
from scoring.understanding.sound_alike import SoundAlike, heard_better
from simulator.library import meaning_matcher, understanding_for
from simulator.loader import load_scenario, resolve


@pytest.fixture(scope="module")
def sounds() -> SoundAlike:
    return SoundAlike(text for _, text in meaning_matcher().words.phrases)


@pytest.mark.parametrize(("written", "meant"), [
    ("is she heart at all", "is she hurt at all"),            # a vowel misheard
    ("as she got anything in her hands", "has she got anything in her hands"),  # "h" dropped
    ("wear a bouts is the car now", "whereabouts is the car now"),  # one word cut in three
    ("did any body see him go", "did anybody see him go"),    # one word cut in two
    ("tap twice four no", "tap twice for no"),                # a number word for a word
])
def test_a_sound_alike_is_respelled_as_the_library_says_it(sounds: SoundAlike, written: str,
                                                           meant: str) -> None:
    assert sounds.respelled(written) == meant


@pytest.mark.parametrize("written", [
    "the number is oh seven seven double oh nine four",  # digits said one by one
    "one four oh seven twenty six",
    "that's k e l l y",                                   # a name spelled out
    "there's no need to stay on the line",                # a negation is never touched
    "Is she hurt?",                                       # typed: punctuation and capitals
    "is she breathing",                                   # already the library's words
    "it's fine though",                                   # "though" is no "th"
    "what time is it now two till four",                  # a time, not "for"
    "theyre nearly with you",                             # only an apostrophe missing
    "you can watch them from upstairs",                   # "watch" fits: never "wash"
    "have you got a pan handy",                           # never "a pain"
    "pet rol the urr smell in",                           # pieces of words: garbled
    "sched ule three sorry",                              # never "schedule"
])
def test_numbers_spellings_negations_and_typed_turns_are_left_alone(sounds: SoundAlike,
                                                                    written: str) -> None:
    assert sounds.respelled(written) is None


def test_a_name_of_the_world_is_never_respelled(sounds: SoundAlike) -> None:
    assert sounds.respelled("were you heart") == "were you hurt"
    # a caller called Heart stays Heart
    assert sounds.respelled("were you heart", frozenset({"heart"})) is None


def _reading(intent: str, confidence: float, polarity: Polarity = "affirm") -> IntentReading:
    return IntentReading(intent=intent, confidence=confidence, polarity=polarity,
                         subject="caller", clause="", phrase="", score=confidence)


def test_a_respelling_is_kept_only_when_heard_clearly_better() -> None:
    hurt, heart = [_reading("anyone_injured", 1.0)], [_reading("medical_conditions", 0.87)]
    assert heard_better(hurt, heart)
    assert not heard_better(heart, hurt)
    # no surer by CLEARER: the words as written stand
    assert not heard_better([_reading("location", 0.95)], [_reading("location", 0.9)])
    # a surer reading lost outweighs a weaker one gained; one traded for another no surer
    # by CLEARER is a guess either way
    assert not heard_better([_reading("weapons", 0.6)], [_reading("location", 0.9)])
    assert not heard_better([_reading("reassurance", 0.99)], [_reading("next_steps", 0.92)])


@pytest.mark.parametrize(("scenario", "written", "intent"), [
    ("domestic-abuse-children", "as she got a knife or anything", "weapons"),
    ("road-collision-injury", "is she heart", "anyone_injured"),
    ("road-collision-injury", "wear a bouts on the road are you", "location"),
])
def test_the_reader_hears_the_turn_as_it_sounds(scenario: str, written: str,
                                                intent: str) -> None:
    understanding = understanding_for(load_scenario(resolve(scenario)))
    analysis = understanding.analyse(written)
    assert intent in analysis.intent_ids()
    assert analysis.text == written  # the turn keeps the recogniser's words


def test_a_turn_heard_as_written_is_read_as_written() -> None:
    understanding = understanding_for(load_scenario(resolve("road-collision-injury")))
    analysis = understanding.analyse("is anyone hurt")
    assert analysis.intent_ids() == ("anyone_injured",)
    assert all(act.clause == "is anyone hurt" for act in analysis.acts)
