"""A step's second verb, cut off after "and", is the same doer's (session 22).

"I'll get a patrol to pop round and have a word with them", "officers will come out to
take a statement and look at the doorbell footage", "someone will go and check on him":
clauses are cut at "and", so the second verb stands alone and reads like an order to the
caller ("have a word with them" like "I'd go and have a word with them yourself"). It has
no subject of its own: its doer is whoever the step before it sends, so it is that step
carried on (a promise), and advises the caller nothing. Seen in five authors' calls of
one scenario (v19, v21, v22, v24, v28) and in another's of a second (v18).

Only what a step's doer does to the caller or about the matter, run straight on ("have a
word", "look at the footage", "speak to your wife", "keep you updated"); an order to the
caller after "and" ("…, and don't open the door", "…, and in the meantime you're fine to
tidy up", "…, and ring us if he comes back") is still an order.

Session 24: a thing with no verb cut off after "and" from a step ("an officer will come
round to take a full description | and a recent photo of her") is more of what the step's
doer will take: it asks the caller for nothing now (v18, v25, v34 and acts_n wrote it,
none labelled a description asked), though "a recent photo" alone is near "is there a
recent photo of her". After a question, "…, and your name?" still asks (`_unsaid`).
"""

from __future__ import annotations

import re

from scoring.understanding.clause_form import core_of
from scoring.understanding.follow_on import verbless
from scoring.understanding.wording import spelled

# A step's doer carrying on, in spelled text: what they will do there or to the caller.
_DOERS_VERB = re.compile(
    r" (?:have a (?:word|chat|look|talk)|take (?:a|the|your|some|statements?|photos?|details)|"
    r"look (?:at|into|for|round|over)|check (?:on|for|the|it|that|in)|"
    r"(?:speak|talk) (?:to|with)|sort (?:it|this|that|things) out|deal with|"
    r"ask (?:him|her|them|the)|go (?:round|over|through)|pop (?:round|in|by|over)|knock|"
    r"(?:keep|let|update|contact|visit|see|ring|call|phone|give|get back to) you|"
    r"review|arrange|collect|record|explain) ")
_AND_BEFORE = re.compile(r" and (?:then )?$")


def carried_on(clause: str, turn: str) -> bool:
    """Was the clause cut off after "and" from the clause before it, and does it open with
    what a step's doer does (`_DOERS_VERB`: "have a word with them")?"""
    said, whole = spelled(clause).strip(), spelled(turn)
    at = whole.find(f" {said} ") if said else -1
    if at < 0 or _AND_BEFORE.search(whole[:at + 1]) is None:
        return False
    return _DOERS_VERB.match(spelled(core_of(clause))) is not None


def listed_after(clause: str, turn: str) -> bool:
    """Was the clause cut off after "and" from the clause before it, with no verb of its
    own ("and a recent photo"): one more thing of that clause's verb?"""
    said, whole = spelled(clause).strip(), spelled(turn)
    at = whole.find(f" {said} ") if said else -1
    if at < 0 or _AND_BEFORE.search(whole[:at + 1]) is None:
        return False
    return verbless(core_of(clause))
