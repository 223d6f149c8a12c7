"""Follow-ons: a question that leans on the one before ("and his mate?", "what about the
second officer?", "how old is she?") asks the same thing again about someone else.

A clause like that often resembles nothing in the phrase library on its own. When it has
no reading of its own, it takes the topic of the last question (`Context.last_topic`),
asked about whoever the clause names.
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

_LEANS = re.compile(r"^\s*(and|what about|how about|plus|also|same for|same with)\b")
_WHO = re.compile(r"\b(he|him|his|she|her|they|them|their|it|its|the \w+|your \w+|"
                  r"[A-Z][a-z]+)\b")
# A yes/no question made with "do" ("does Liam drive?", "did she go in?") has a main verb
# of its own: it says what it asks.
_DO_QUESTION = re.compile(r"^ (?:do|does|did) ")
SHORT = 6  # words: longer clauses say what they ask themselves
CONFIDENCE = 0.7  # a follow-on is a fair guess, not a certainty


def leans(clause: str) -> bool:
    """Does the clause open with a word that leans on what came before ("and…", "what
    about…")?"""
    return bool(_LEANS.match(spelled(clause)))


def follows_on(clause: str, interrogative: bool) -> bool:
    """Does this clause lean on the question before it for what it asks?"""
    words = spelled(clause).split()
    if not words or len(words) > SHORT:
        return False
    if _LEANS.match(spelled(clause)):
        return True
    if len(words) >= 3 and _DO_QUESTION.match(spelled(clause)):
        return False  # "does Liam drive?": a verb of its own, so a question of its own
    return interrogative and bool(_WHO.search(clause))


# A verb of any kind: a clause with none is a noun phrase ("Mr Khan at number 8").
_VERB = re.compile(r" (?:is|are|was|were|am|be|been|being|has|have|had|do|does|did|can|could|"
                   r"will|would|shall|should|may|might|must|need|want|got|get|go|went|gone|"
                   r"see|saw|seen|say|said|tell|told|know|think|live|lives|work|works|look|"
                   r"looks|take|took|\w+ed|\w+ing) ")
_BACK = re.compile(r" (?:he|him|his|she|her|they|them|their|it|its) ")


def topic_of(clause: str, following: str) -> bool:
    """Is `clause` only a topic put first ("Mr Khan at number 8, is his doorbell camera
    working?", "your neighbour, has he got a camera?"): a short noun phrase with no verb,
    taken up by a pronoun in the clause that follows it? Then it asks nothing itself; it
    says whom the next clause is about."""
    text = spelled(clause)
    return (0 < len(text.split()) <= SHORT and not _VERB.search(text)
            and not _LEANS.match(text) and bool(_BACK.search(spelled(following))))


def apposition(before: str, clause: str) -> bool:
    """Is `clause` the person of a follow-on said again ("And the other man, the shorter
    one?", "what about his mate, the one in the cap?"): a short noun phrase with no verb
    straight after a follow-on that is one too? It asks nothing of its own."""
    first, second = spelled(before), spelled(clause)
    return (bool(_LEANS.match(first)) and not _VERB.search(first)
            and 0 < len(second.split()) <= SHORT and not _VERB.search(second)
            and not _LEANS.match(second))


def fragment(clause: str) -> bool:
    """A follow-on with no verb of its own ("and his mate?", "what about the other man?")."""
    text = spelled(clause)
    return bool(_LEANS.match(text)) and not _VERB.search(text) and len(text.split()) <= SHORT


def verbless(clause: str) -> bool:
    """A clause with no verb of its own ("a knife or anything like that?", "any of it?"):
    it names or lists; what it asks is the question before it."""
    return not _VERB.search(_THINGS.sub(" ", spelled(clause)))


# Words ending as a verb's "-ing" does that are no verb ("anything", "this morning").
_THINGS = re.compile(r" (?:\w*thing|morning|evening|ceiling|building|clothing) ")
