"""Someone's own words asked for: "what were they shouting?", "what did he say to you
exactly?", and a request to read something written out ("can you read it to me?").

A caller asked what was said answers with the words themselves. Where the scenario keeps
the abuse shouted (hate_motivation) apart from the threat made (threats_made), the words
asked for are the abuse unless the question names a threat; a request to read a text,
letter or message aloud is answered with what it says, never taken for the handler
offering to read details back.
"""

from __future__ import annotations

import re

from scoring.understanding.analysis import WORDS_INTENTS

# The intents whose facts are what someone said (the analysis's `WORDS_INTENTS`).
WORDS_OF = WORDS_INTENTS

# "What were they saying?", "what did he shout at you?", "what was she calling you?", "his
# exact words": asked for someone's words. ("What did you say to him?" asks the caller's.)
# (The marker's `scoring.marking.WORDS_ASKED` hears such questions in normal_text's spelling
# and counts written words too, for crediting; this one reads the raw turn, for answering.)
_WORDS_ASKED = re.compile(
    r"\bwhat\b[^.?!]*?(?<!\byou )\b(say|says|said|saying|shout|shouts|shouted|shouting|"
    r"yell|yells|yelled|yelling|scream|screamed|screaming|call|called|calling|"
    r"chant|chanted|chanting)\b|"
    r"\b(exact words|word for word|(his|her|their|the) (exact )?words)\b", re.IGNORECASE)
# Words that name a threat in the question ("what did he threaten to do?", "what did he
# say he'd do to you?").
_THREAT = re.compile(r"\b(threat\w*|kill|hurt|harm|back for|get you|do to you|(he|she|they)"
                     r"('d| would| will|'ll) do|going to do|gonna do)\b", re.IGNORECASE)
# "Can you read it to me?", "could you read me the message", "please read out the letter":
# the caller asked to read something aloud. "Read it back" is the handler's check of
# details, "have you read it?" asks whether they have, and "can you read?" whether they can.
_READ_ALOUD = re.compile(
    r"(\b(can|could|would|will) you\b|^\W*(?:(?:and|so|okay|ok|right)\W+)*(please\W+)?"
    r"(just\W+)?)\s*(please\s+|just\s+)?read\b"
    r"(?=\s+(it|that|this|them|me|us|out|aloud|what|the|his|her|their|your)\b)"
    r"(?![^.?!]*\bback\b)", re.IGNORECASE)
# Things with writing on: what "read it" reads.
_WRITTEN = re.compile(
    r"\b(text|message|post|letter|note|email|e-mail|slip|card|sign|notice|tweet|comment|"
    r"status|form|ticket|receipt|document|whatsapp|voicemail)s?\b", re.IGNORECASE)


def words_asked(clause: str) -> bool:
    """Does the clause ask what someone said, in their words?"""
    return bool(_WORDS_ASKED.search(clause))


def names_threat(clause: str) -> bool:
    """Does the question name a threat, rather than asking for whatever was said?"""
    return bool(_THREAT.search(clause))


def read_aloud(clause: str) -> bool:
    """Is the caller asked to read something out?"""
    return bool(_READ_ALOUD.search(clause))


def written_thing(*texts: str) -> str | None:
    """The first thing with writing on that the texts name, in the order given (the
    clause, then the turn, then what was said before it)."""
    for text in texts:
        found = _WRITTEN.search(text)
        if found:
            return found.group(1).lower()
    return None
