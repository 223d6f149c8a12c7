"""Normalising what trainees say and type."""

from __future__ import annotations

import pytest

from scoring.text import (
    agreement,
    mentions,
    normalise_address,
    normalise_phone,
    normalise_registration,
    words,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("What's he done?", ("what", "is", "he", "done")),
    ("Can't you see him? Um, he's there", ("can", "not", "you", "see", "him", "he", "is",
                                           "there")),
    ("In the last twenty five minutes", ("in", "the", "last", "25", "minutes")),
    ("nine nine nine", ("9", "9", "9")),
    ("They’re gonna come back", ("they", "are", "going", "to", "come", "back")),
])
def test_words(text, expected):
    assert words(text) == expected


def test_addresses_compare_after_normalising():
    assert normalise_address("14, Grange Rd, middlesbrough ts14ab") == \
        "14 grange road middlesbrough ts1 4ab"
    assert agreement("14 Grange Road, Middlesbrough, TS1 4AB",
                     "14 grange rd middlesbrough TS1 4AB", "address") == 1.0
    partly = agreement("14 Grange Road, Middlesbrough, TS1 4AB", "41 Grange Road", "address")
    assert 0.4 < partly < 0.9


def test_phone_numbers():
    assert normalise_phone("+44 (0)7700 900123") == "07700900123"
    assert normalise_phone("oh seven seven double") != ""
    assert agreement("07700 900123", "07700900123", "phone") == 1.0
    assert agreement("07700 900123", "07700900124", "phone") < 1.0


def test_registrations():
    assert normalise_registration("yx19 abc") == "YX19ABC"
    assert agreement("YX19 ABC", "yx19abc", "registration") == 1.0


def test_mentions_key_points_with_alternatives_and_typos():
    text = "Elderly man living alone, offender has left, fingerprints possible"
    assert mentions(text, "lives alone")
    assert mentions(text, ("CSI", "fingerprints"))
    assert mentions("offender no longer presnt", "offender no longer present")
    assert not mentions(text, "weapon")


def test_the_handlers_greeting_is_a_question_but_a_message_about_police_is_not():
    from scoring.text import is_question

    assert is_question("Police what's the address of your emergency")
    assert is_question("hello police what is the address")
    assert not is_question("police are on their way")
    assert not is_question("police officers will come out to you")
