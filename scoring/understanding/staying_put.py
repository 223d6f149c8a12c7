"""Staying put is not staying on the line.

"Stay there", "stay with your wife", "stay in the back bedroom" tell the caller where to be
(safety advice), though "stay" is the word of "stay on the line" and the clause may resemble
it closely ("I need you to stay there" ~ "I need you to stay on the phone"). A clause that
says where or with whom to stay, and names no line, phone or call, does not ask the caller
to hold the line. Said in a turn that already advises, it is that advice said again.
"""

from __future__ import annotations

import re

from scoring.understanding.analysis import IntentReading
from scoring.understanding.polarity import ADVICE
from scoring.understanding.wording import spelled

# Where or with whom to stay: a place, a room, a person (not "with me", which is the line).
_STAY_PUT = re.compile(r" (?:stay|staying|remain) (?:right )?(?:there|put|where you are|"
                       r"in|inside|indoors|upstairs|downstairs|with (?!me\b)|by|beside|near|"
                       r"at|away|out|behind|back|in there|in the)\b")
# The line itself named: "stay on the line", "stay on the phone with me", "stay with me".
_THE_LINE = re.compile(r" (?:line|phone|call|mobile|on with me|with me|hang up|hanging up|"
                       r"hold on|hold the)\b")


def stays_put(clause: str) -> bool:
    """Does the clause tell the caller where or with whom to stay, naming no line?"""
    text = spelled(clause)
    return bool(_STAY_PUT.search(text)) and not _THE_LINE.search(text)


def staying_put_not_the_line(readings: list[IntentReading]) -> list[IntentReading]:
    """The turn's readings without the line asked for where the caller was only told to
    stay put, in a turn that advises them otherwise."""
    advised = any(r.intent in ADVICE - {"stay_on_line"} and r.affirmed for r in readings)
    if not advised:
        return readings
    return [r for r in readings if not (r.intent == "stay_on_line" and r.affirmed
                                        and stays_put(r.clause))]


# Someone else brought onto the call by the handler: "I can get one on the line for you",
# "we'll put an interpreter on the phone" (not the caller: "I'll keep you on the line").
_BROUGHT_ON = re.compile(r" (?:i|we) (?:\w+ ){0,2}?(?:get|put|bring|have|patch|conference) "
                         r"(?!you |yourself )(?:\w+ ){1,3}?on the (?:line|phone|call) ")


def brought_on_not_the_line(readings: list[IntentReading]) -> list[IntentReading]:
    """The turn's readings without the line asked for in a clause where the handler brings
    someone else onto the call ("Would you like an interpreter? I can get one on the line
    for you."): the caller is told nothing about holding on."""
    return [r for r in readings if not (r.intent == "stay_on_line" and r.affirmed
                                        and _BROUGHT_ON.search(spelled(r.clause)))]


# The caller asked whether they are still on the line: "are you still there?", "you still
# with me?", "hello? still there?" (authors of v10 to v28 checking a silent or quiet
# caller), not whether the offender is still there ("is he still there?").
_LINE_CHECKED = re.compile(r"^ (?:(?:hello|hi|hiya|sorry|ok|okay|and|so|caller) )*"
                           r"(?:are )?you still (?:there|with me|on the line|on the phone|here)"
                           r"(?: (?:love|mate|sir|madam|caller|please))? $")
# The same without "you", said after "hello": "Hello? Still there?"
_STILL_THERE = re.compile(r"^ still (?:there|with me|on the line)(?: (?:love|mate|sir|madam))? $")
_HELLO = re.compile(r"^ (?:hello|hi|hiya)\b")


def line_checked(clause: str, turn: str) -> bool:
    """Does the clause ask only whether the caller is still on the line?"""
    text = spelled(clause)
    return bool(_LINE_CHECKED.match(text)) or (
        bool(_STILL_THERE.match(text)) and bool(_HELLO.match(spelled(turn))))


def still_there_not_present(readings: list[IntentReading], text: str) -> list[IntentReading]:
    """The turn's readings without whether the offender is still there, where the clause
    only asked whether the caller is still on the line."""
    return [r for r in readings if not (r.intent == "suspect_present"
                                        and line_checked(r.clause, text))]
