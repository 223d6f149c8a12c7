"""Session 29: whom a question is about is never named in what the asking is for ("…, so
the officer can ask about the footage", "…, in case we lose you"): v48 and v49 asked a
neighbour's number so, and read it as the officer's. New wording."""

from __future__ import annotations


def test_what_the_asking_is_for_is_cut() -> None:
    from scoring.understanding.subjects import _without_what_for

    assert _without_what_for(" could i take a number for her so the sergeant can ring her ") == (
        " could i take a number for her ")
    assert _without_what_for(" what is his mobile in case we get cut off ") == (
        " what is his mobile ")
    # (too little before it to be a question of its own: left whole)
    assert _without_what_for(" so the officer can ring ") == " so the officer can ring "


def test_a_number_for_him_is_not_the_officers() -> None:
    from bench.understanding_accuracy import understanding

    people = understanding("burglary-next-morning").people
    who = people.subject("do you have a mobile number for him so an officer can ask about it",
                         "callback_number", None)
    assert who.role != "officer"
