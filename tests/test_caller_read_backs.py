"""Read-backs checked against what the caller said: a claim the caller said the opposite of
is put right, from the sentence that says it."""

from __future__ import annotations

from simulator.caller_memory import recall

WANTS = ("Honestly? I want somebody to get that CCTV before it's wiped. I'd like someone to "
         "admit it wasn't good enough. I don't want anybody sacked or disciplined, I'm not "
         "like that. I just want it done.")


def test_a_read_back_of_what_the_caller_said_they_do_not_want_is_put_right():
    found = recall("So you'd like the officer disciplined, is that right?", [WANTS])
    assert found is not None and found.verdict == "correct"
    assert "disciplined" in found.answer and "admit" not in found.answer


def test_the_same_words_read_back_as_said_are_agreed_to():
    found = recall("So you don't want anybody disciplined, is that right?", [WANTS])
    assert found is not None and found.verdict == "confirm"


def test_a_recognisers_spelling_of_the_right_address_is_right():
    from simulator.read_back_truth import same

    truth = "6 Sycamore Grove, Hessle, HU13 9BN"
    assert same("address", "6 sickomor grove", truth)  # heard right, spelt otherwise
    assert not same("address", "8 sycamore grove", truth)  # a wrong number
    assert not same("address", "6 sicamore drive", truth)  # another street
    assert not same("address", "6 elm grove", truth)
