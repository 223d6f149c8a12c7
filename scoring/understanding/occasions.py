"""An earlier occasion waived: the handler saying the history need not be gone over.

The definitions: previous_incidents is asking whether this has happened before, previous
reports, history, whether it is ongoing. A telling waived whose topic names an earlier
occasion ("you won't need to go over September again", "no need to tell me about the
other three calls", "forget the other weekends", "I won't ask about what's happened
before", "don't fret about last year's crime number", "I won't ask anything about March")
waives that question: the topic is about a time before this one, whatever detail of it
is named. The phrase library holds the history as questions ("has this happened
before?"), so a bare month, "the other calls" or "the summer" is read as a time or an
account (when_happened, what_happened) or nothing; the form says it is the history.
"""

from __future__ import annotations

import re

from scoring.understanding.readbacks import MONTHS

INTENT = "previous_incidents"
PHRASE = "(an earlier occasion waived: the history)"

_MONTHS = "|".join(MONTHS)  # (the read-backs' month names)
# Occasions more than one, or earlier than this one: "the other three calls", "the earlier
# stops", "the previous reports", "last year's crime number", "the last time he was poorly".
_EARLIER = re.compile(
    r"\b(?:(?:the|those|these|your|all the) )?(?:other|earlier|previous|past|older|"
    r"(?:last|past) (?:few|couple of|\d+))(?: \d+| few| couple of)? (?:\w+ )?"
    r"(?:calls|times|occasions|weekends|nights|reports|stops|incidents|visits|complaints|"
    r"bags|ones|texts|messages|episodes)\b"
    r"|\blast (?:year|month|week|summer|winter|time)\b(?! (?:you|she|he|they|we) (?:saw|seen))"
    r"|\b(?:the|this|last) (?:summer|spring|winter|autumn)\b"
    r"|\b(?:happened|been|done|called|rung|reported) before$|\bthe history\b"
    rf"|^(?:(?:in|over|about|the|(?:anything|everything|all|much) (?:about|from|in)|"
    rf"what (?:happened|went on) in) )?(?:{_MONTHS})"
    rf"(?: (?:and |or )?(?:{_MONTHS}))*$|^what (?:happened|went on) in (?:{_MONTHS})$"
    # the month naming the occasion: "the September incident", "that March call"
    rf"|^(?:the|that|your) (?:{_MONTHS}) (?:\w+ )?\w+$")
# A time of this occasion, not another: "the date it was stolen", "the time in September".
_THIS_TIME = re.compile(r"\b(?:date|time|when|day|what time)\b")
_OTHER_TIME = re.compile(r"\b(?:earlier|other|previous|last time)\b")


def earlier_occasion(topic: str) -> bool:
    """Does the waived `topic` (spelled, lower case) name an occasion before this one?"""
    topic = topic.strip()
    if not topic or (_THIS_TIME.search(topic) and not _OTHER_TIME.search(topic)):
        return False
    return _EARLIER.search(topic) is not None
