"""The question a statement with a tag puts: "There's no CCTV down that lane, is there?"

A statement closed by a tag of an auxiliary and a pronoun ("…, is there?", "…, has she?",
"…, isn't she?", "…, did they, that you know of?") asks the caller whether it holds: a
question, and a question is affirm however it is put (the definitions). Said as a
statement, and often denied ("She's not got any health problems, has she?"), its words
resemble the library's remarks ("it's not in the road") more than the question they put,
and the learnt check doubts it: such turns went unheard in v14, v24, v40, v41 and the
held-back authors. Put as the question it is ("is there any CCTV down that lane", "has she
got any health problems"), the clause is matched on that wording as well.

Only a tag of an auxiliary and a pronoun: a check tag ("…, yeah?", "…, right?") closes a
summary put back (`tagged_summary`), and a question word before the tag asks already.
"""

from __future__ import annotations

import re

from scoring.understanding.polarity import without_name_after
from scoring.understanding.wording import spelled

_AUX = (r"is|are|was|were|has|have|had|did|does|do|will|would|can|could|should|shall|am")
_PRONOUN = r"he|she|it|they|you|there|we|i"
# A hedge said after the tag: "…, has she, that you know of?" (no part of the question)
_HEDGE = (r"(?: (?:that you know of|that you are aware of|as far as you know|do you know|"
          r"do you think|at all|by any chance|or not))?")
# The tag closing the clause, with the caller addressed after it ("…, isn't he, love").
# (not a subject's own verb and what follows it: "i can hear you are there", "the camera
# may have it", "the lads who are there")
_TAG = re.compile(r"(?<! i)(?<! we)(?<! you)(?<! they)(?<! he)(?<! she)(?<! it)(?<! who)"
                  r"(?<! that)(?<! which)(?<! what)(?<! may)(?<! might)(?<! will)(?<! would)"
                  r"(?<! could)(?<! should)(?<! must)(?<! can)(?<! to)(?<! there)"
                  rf" (?P<aux>{_AUX})(?: not)? (?P<pronoun>{_PRONOUN})(?: not)?{_HEDGE}"
                  r"(?: (?:love|mate|pal|hen|pet|sir|madam|darling|sweetheart|hun))? $")
# Words that open the statement but are no part of it: "and you've no way…", "so he's…".
_OPENING = re.compile(r"^ (?:(?:and|so|right|ok|okay|now|well|just|oh|but) )+")
# The statement's subject and its auxiliary: "there is", "she has", "the kids are".
_SUBJECT_AUX = re.compile(rf"^ (?P<subject>(?:{_PRONOUN}|nobody|no one|no 1|anybody|anyone|"
                          r"(?:the|your|his|her|their|my|our|this|that) (?:\w+ ){0,2}?\w+)) "
                          rf"(?P<aux>{_AUX})(?: not| never)? (?P<rest>.+)$")
# A subject with its verb and no auxiliary: "you live on your own", "he drinks".
_SUBJECT_VERB = re.compile(rf"^ (?P<subject>{_PRONOUN}) (?P<rest>\w+ .+)$")
# A question word opening the statement asks already ("where is he now, is he?").
_ASKED = re.compile(r"^ (?:what|where|when|who|whose|which|how|why|whereabouts) ")
# What a denial turns into when it is asked: "no CCTV" is "any CCTV".
_DENIED = {"no": "any", "nobody": "anybody", "nothing": "anything", "never": "ever",
           "none": "any"}


def question_put(clause: str) -> str | None:
    """The yes-or-no question a statement with a tag puts, in its own words ("is there any
    CCTV down that lane"), or None if the clause is no statement closed by such a tag."""
    text = spelled(without_name_after(clause))
    tag = _TAG.search(text)
    if tag is None:
        return None
    statement = _OPENING.sub(" ", text[:tag.start()] + " ").rstrip()
    if _ASKED.match(statement + " ") or len(statement.split()) < 2:
        return None  # the tag alone, or a word and a tag ("right, is it")
    # (the tag's auxiliary, not the statement's: "she's got…, has she" is "has she got…")
    said = _SUBJECT_AUX.match(statement) or _SUBJECT_VERB.match(statement)
    if said is None:
        return None
    subject, aux, rest = said.group("subject"), tag.group("aux"), said.group("rest")
    if subject in ("nobody", "no one", "no 1"):
        subject = "anybody"
    words = rest.split()
    if words and words[0] in _DENIED:
        words[0] = _DENIED[words[0]]
    return " ".join([aux, subject, *words])
