"""A reason given for a thing refused: the clause after it states why, and does nothing.

"I won't need the names of the officers, I can find them from your crime number" gives no
reference number; "I won't be giving you a reference number, it's a council matter" sends
nobody to the council; "you don't have to keep hiding, the officers are in the flat"
promises nothing. Each second clause states a fact (a subject, then its verb) that explains
the refusal before it; what it resembles is not done (the definitions: a clause giving the
reason a thing is not needed carries no intent of its own).

What is said in its own right after a refusal keeps its intent: a promise ("you don't need
to stay on, I'll ring you back"), an order ("…, just stay on the line"), comfort or an
apology, a question. Questions the reason resembles are dropped elsewhere
(`reading._reasons_for_waiver`, `reading._reasons_for_advice`); this covers the rest.
"""

from __future__ import annotations

import re

from scoring.understanding.acts import tells_caller
from scoring.understanding.analysis import IntentReading
from scoring.understanding.grounds import explains, recalls_caller
from scoring.understanding.polarity import set_against_in_turn
from scoring.understanding.wording import spelled

# A clause stating a fact: a subject, then its verb ("it's a council matter", "the officers
# are in the flat", "I can get that off the record", "they've got him").
_STATES = re.compile(r" (?:(?:so|and|but|right|ok|well|now|because|as|cos|since) )*"
                     r"(?:it|that|this|there|he|she|they|we|i|the (?:\w+ ){0,2}?\w+|officers|"
                     r"your (?:\w+ ){0,2}?\w+) (?:is|are|was|were|has|have|had|s|ve|can|could|"
                     r"already|know|do|does|did|got)\b"
                     # the caller's own state or knowing, said to them as the reason ("you
                     # are on the verge with the dog", "you won't know till you've looked",
                     # "you've been round every room"); not what they may or should do
                     r"| (?:(?:so|and|but|right|ok|well|now|because|as|cos|since) )*you "
                     r"(?:are|were|have been|have already|had|will not know|would not know|"
                     r"do not know|can not know|already) ")


# What is under way or to come ("officers are going round to him now") is a next step in
# its own right; so is advice put as a judgement ("it's better to keep them upstairs").
# ("will not" is no step to come: "it won't pick anything up" only states)
_OWN_RIGHT = re.compile(r" (?:going|coming|heading|on (?:their|his|her|its|the) way|"
                        r"will(?! not)|"
                        r"sending|be (?:round|there|with you)|better|best|safer|wiser|"
                        r"a good idea|worth) ")


_COMFORT = frozenset({"reassurance", "apology"})

# A question in its inverted form, whatever act was read: "don't tell me the whole story,
# just is anyone else hurt?" (it asks; it gives no reason)
_INVERTED = re.compile(r" (?:(?:just|and|but|so|now|ok|right|then) )*(?:is|are|was|were|did|"
                       r"does|has|have|can|could) (?:anybody|anyone|he|she|they|it|there|you|"
                       r"somebody|someone|any|the|your|his|her|their) ")


def inverted(clause: str) -> bool:
    """Is the clause a question in its inverted form ("just is anybody else hurt")?"""
    return _INVERTED.match(spelled(clause)) is not None


def states(reading: IntentReading) -> bool:
    """Does the reading's clause only state a fact? A statement by its act; or said as an
    instruction only for what it resembles (a referral: "it's a council matter") while its
    form tells the caller nothing ("…, you can ring 111" does). Not what is under way or to
    come, nor advice put as a judgement. A clause that explains by its form
    (`grounds.explains`) states, whatever act its resemblances gave it."""
    text = spelled(reading.clause)
    if inverted(reading.clause):
        return False
    if "?" not in reading.clause and recalls_caller(reading.clause):
        return True  # ("you've said you're okay": the caller's word recalled, asking nothing)
    if reading.act != "question" and reading.intent not in _COMFORT and explains(
            reading.clause):
        return True  # (comfort's own grounds are read in `reading._no_comfort_in_reasons`)
    if _OWN_RIGHT.search(text):
        return False
    if reading.act == "statement":
        return True
    return (reading.act == "instruction" and not tells_caller(reading.clause)
            and bool(_STATES.match(text)))


def reasons_for_refusal(readings: list[IntentReading], turn: str = "") -> list[IntentReading]:
    """The turn's readings without those of a clause after a refusal (an intent said to be
    not needed, declined or permitted against) that only states its reason. Not the same
    thing said the other way after "but" ("If you'd rather not go formal I can explain a
    local resolution, but with a discrimination allegation I'm obliged to record it"): set
    against the refusal, it is no reason for it (`set_against_in_turn`)."""
    # (a question is read affirmed whatever its grammar: a negated reading was said)
    refused = next((at for at, r in enumerate(readings) if not r.affirmed), None)
    if refused is None:
        return readings
    negated = {r.clause for r in readings if not r.affirmed}
    return [r for at, r in enumerate(readings)
            if not (at > refused and r.affirmed and r.clause not in negated and states(r)
                    and not (set_against_in_turn(r.clause, turn) and any(
                        n.intent == r.intent and not n.affirmed for n in readings[:at])))]
