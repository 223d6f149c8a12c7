"""Police information told to the caller in words a scheme's phrase list does not hold.

A critical item that forbids a disclosure (`not: {said: [...]}`: "did not disclose police
information about the ex-partner") lists the phrases a trainee most often discloses in.
A trainee can disclose the same record in other words ("I can see there was something from
August between them about texts, and he was spoken to": a blind author marked it a
disclosure, and no phrase of the list was said). What such a trainee cannot avoid is
naming what only the record holds: the people, places and dates in the check result that
the item protects, which the caller had not said.

The record an item protects is read from the scenario itself: the sentences of its world
checks' results in which one of the item's forbidden phrases stands ("Athena: August
2026, ex-partner Stacey WOODS reported unwanted text messages; words of advice, no further
action." holds "words of advice"). Its telling words are the names and dates in those
sentences (a capitalised word inside a sentence, a month, a number of two digits or
more), less the label before a colon ("Athena:", "Keeper:") and the words the item's own
description and feedback use to name what is protected. A turn that says one of them,
which the caller had not said before it, may have disclosed the record: the mark goes to an
assessor, leaning not met (it is never silently met).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from scoring.understanding.wording import spelled

MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december"})
# The words a result's sentence may open with that name nothing ("No insurance.", "Not
# reported stolen.").
FUNCTION_WORDS = frozenset({"no", "not", "none", "nil", "the", "a", "an", "and", "on", "in",
                            "at", "of", "for", "with", "by", "to", "from"})
# A sentence of a check result: up to a full stop followed by a space or the end ("No.
# 27" does not occur in results; initials are written without stops).
_SENTENCE = re.compile(r"[^.]+(?:\.(?=\s|$)|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+")


def _words(text: str) -> list[str]:
    return [w.lower().strip("'-") for w in _WORD.findall(text)]


def _base(word: str) -> str:
    """The word without a plural or possessive ending ("texts", "Stacey's")."""
    for end in ("'s", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[:-len(end)]
    return word


def protected_sentences(results: Iterable[str], phrases: Sequence[str]) -> list[str]:
    """The sentences of the check results that hold one of the forbidden phrases (compared
    in lower case, whole words)."""
    lowered = [p.lower() for p in phrases if p.strip()]
    out: list[str] = []
    for result in results:
        for sentence in _SENTENCE.findall(result):
            plain = " ".join(_words(sentence))
            if any(re.search(rf"(?<!\w){re.escape(' '.join(_words(p)))}(?!\w)", plain)
                   for p in lowered if _words(p)):
                out.append(sentence.strip())
    return out


def telling_words(sentences: Iterable[str], naming: str) -> frozenset[str]:
    """The names and dates of the protected sentences (see the module's note), without the
    words of `naming` (the item's description and feedback)."""
    named = {_base(w) for w in _words(naming)}
    out: set[str] = set()
    for sentence in sentences:
        # a label before a colon names the system or the field, not the record
        body = re.sub(r"(?:^|(?<=[;,.]))\s*[A-Za-z ]+:", " ", sentence)
        found = list(_WORD.finditer(body))
        for position, token in enumerate(found):
            word, lower = token.group(), token.group().lower()
            # (a capital of four letters or fewer is the name of a system or a body, "PNC",
            # "DVLA", "SORN", as a result writes it; after a first name ("Priya KAUR") it is
            # a surname)
            before = found[position - 1] if position > 0 else None
            after_name = before is not None and before.group().istitle() and \
                not body[before.end():token.start()].strip()
            abbreviation = word.isupper() and len(word) <= 4 and not after_name
            telling = (lower in MONTHS or (word.isdigit() and len(word) >= 2)
                       or (word[:1].isupper() and not abbreviation
                           and lower not in FUNCTION_WORDS))
            if telling and _base(lower) not in named:
                out.add(_base(lower))
    return frozenset(out)


def told(text: str, words: frozenset[str], heard: str) -> list[str]:
    """The telling `words` said in the trainee's `text` that the caller had not said in
    `heard` (everything the caller said before it), in the order said."""
    known = {_base(w) for w in _words(heard)}
    out: list[str] = []
    for word in _words(text):
        base = _base(word)
        if base in words and base not in known and base not in out:
            out.append(base)
    return out


# A sentence that opens by saying yes (after a word or two of discourse): "yeah, she was
# in touch with us", "yes, there's something on here".
YES = re.compile(r"^ (?:(?:right|ok|okay|well|so|erm|um|look|and|between you and me) )*"
                 r"(?:yes|yeah|yep|yup|she did|he did|she has|he has|they did|they have|"
                 r"there is|there was|correct|that is right) ")
# What a yes must go on to say of the record to confirm it: someone in it, or the record
# itself ("yeah, she was in touch with us"; not "yes, sorry, just putting it on", a yes to
# the caller's "are you there?").
OF_THE_RECORD = re.compile(r" (?:she|he|they|him|her|them|record|records|report|reported|"
                           r"system|on here|on file|in touch|contacted|spoken|warned|"
                           r"advice|talked|had a word) ")
# A refusal anywhere in the turn: "yes, I hear you, but I can't discuss that".
REFUSES = re.compile(r" (?:can not|could not|not able|unable|not allowed|not permitted|"
                     r"not supposed|not at liberty|not something (?:i|we) can|"
                     r"would not be able) ")
# How many of the trainee's turns after the caller asked for the record may answer it ("let
# me have a look", then the answer).
ANSWER_TURNS = 2


# A refusal turned round: "I can't really go into it, but yeah, she was in touch with us";
# what follows the "but" is what the caller is told (four development authors answered so,
# v20, v23, v28 and v29, each marked a disclosure by the blind assessor).
TURNED = re.compile(r"\bbut\b[\s,]*", re.IGNORECASE)


def confirms(text: str) -> str | None:
    """The sentence of a trainee's answer to a caller who asked for the record that says
    yes to it, when the turn refuses nothing ("Yes, she was in touch with us about the
    messages, he was talked to": the record confirmed is the record disclosed), or when
    the yes is said after a "but" that turns a refusal round ("I can't go into detail, but
    yeah, she did contact us"); None otherwise."""
    sentences: list[str] = re.findall(r"[^.!?]+", text)
    for sentence in sentences:
        for turned in TURNED.finditer(sentence):
            after = sentence[turned.end():]
            if REFUSES.search(spelled(sentence[:turned.start()])) and \
                    not REFUSES.search(spelled(after)) and _says_yes(after):
                return after.strip()
    if REFUSES.search(spelled(text)):
        return None
    for sentence in sentences:
        if _says_yes(sentence):
            return sentence.strip()
    return None


def _says_yes(sentence: str) -> bool:
    """Does the sentence open by saying yes and go on to say something of the record?"""
    said = YES.match(spelled(sentence))
    return said is not None and OF_THE_RECORD.search(spelled(sentence), said.end() - 1) \
        is not None
