"""Who the world's people are, in the role words of docs/understanding-definitions.md.

A scenario's record of a person gives one role of its own ("victim", "subject"…) and a
description; a person may fit two role words (the injured victim of a collision is also a
casualty; the neighbour the caller complains about is also a neighbour). The first in
`PRECEDENCE` is theirs, as the definitions say. Also: a person's sex as their record says
it, and the parts of their name a trainee may say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scoring.text import normalise_name
from scoring.truth import Person

ROLE_OF = {"missing": "missing_person", "suspect": "suspect", "victim": "victim",
           "witness": "witness", "child": "child", "officer": "officer",
           "casualty": "casualty", "relative": "relative", "partner": "partner",
           "neighbour": "neighbour", "other": "other"}
# When a person fits two role words, the first of these is theirs.
PRECEDENCE = ("missing_person", "suspect", "casualty", "child", "victim", "witness", "officer",
              "partner", "relative", "neighbour", "other")
PARTNERS = frozenset({"wife", "husband", "partner", "ex-partner"})
# A world's description of someone young ("girl, 6", "a boy of nine"), of the caller's own
# family ("the caller's wife"), of a neighbour.
_YOUNG_PERSON = re.compile(r"\b(?:boy|girl|baby|toddler|infant)\b")
_KIN_WORDS = (r"(son|daughter|brother|sister|mother|father|mum|dad|cousin|wife|husband|"
              r"partner|ex-partner|uncle|aunt|nephew|niece)\b")
_CALLERS_KIN = re.compile(r"\bcaller's " + _KIN_WORDS)
_NEIGHBOUR = re.compile(r"\bneighbours?\b")
KIN = re.compile(r"\b" + _KIN_WORDS)
HURT = re.compile(r"injur|wound|trapped|bleed|unconscious|casualty|hurt")
MALE = re.compile(r"\b(male|man|boy|lad|he|his|father|son|brother|husband|dad|grandad|"
                  r"uncle|nephew|mr)\b")
FEMALE = re.compile(r"\b(female|woman|girl|lady|she|her|mother|daughter|sister|wife|mum|"
                    r"nan|nani|gran|grandma|aunt|auntie|niece|mrs|miss|ms)\b")
# A description of several people ("the parents of…", "the households on…", "the crisis
# team"): "they", never "he" or "she".
GROUP = re.compile(r"(?:the |a couple of )?(?:other )?(?:\w+ )?(?:\w+s|people|team|family|"
                   r"tradesmen|staff|men|women)(?:[ ,;(]|$)")


def role_of(person: Person, caller_surname: str) -> str:
    """The role word of the definitions' table that fits the person; of two that fit, the
    first in `PRECEDENCE` (what they are to the incident before what they are to the
    caller: the neighbour complained about is `suspect`, the caller's cousin who saw it is
    `witness`, the injured driver is `casualty`, the missing daughter `missing_person`)."""
    return min(roles_of(person, caller_surname), key=PRECEDENCE.index)


def roles_of(person: Person, caller_surname: str) -> set[str]:
    """Every role word the world's record of a person fits."""
    description = (person.description or "").lower()
    if person.role == "subject":
        # the one the call is about is not a role word: the caller's family, else the other
        # party (the neighbour complained about, the man the missing girl went off with)
        family = caller_surname and caller_surname in normalise_name(person.name or "").split()
        fits = {"relative" if family or KIN.search(description) else "suspect"}
    else:
        fits = {ROLE_OF.get(person.role, "other")}
    if person.role == "victim" and HURT.search(description):
        fits.add("casualty")
    if _YOUNG_PERSON.search(description):
        fits.add("child")
    kin = _CALLERS_KIN.search(description)
    if kin is not None:
        fits.add("partner" if kin.group(1) in PARTNERS else "relative")
    if _NEIGHBOUR.search(description) or _NEIGHBOUR.search(person.id.replace("-", " ")):
        # (the world may call him so by his id alone: the neighbour complained about,
        # "'Kyle', tenant of 21", kept as `neighbour`)
        fits.add("neighbour")
    return fits


def sex_of(person: Person) -> str:
    """"he", "she", "they" (a group) or "" (not said), as the record says it: by its
    description, else by the title of the name ("Mrs Okafor")."""
    description = (person.description or "").lower()
    title = (person.name or "").lower().split()[:1]
    return ("they" if GROUP.match(description) else
            "he" if MALE.search(description) else
            "she" if FEMALE.search(description) else
            "he" if title == ["mr"] else
            "she" if title in (["mrs"], ["miss"], ["ms"]) else "")


def name_parts(name: str) -> Iterator[str]:
    # an officer's collar number names them: "PC 2417"
    yield from re.findall(r"\b\d{3,5}\b", name)
    for part in re.findall(r"[a-z]+", name.lower()):
        if len(part) > 2 and part not in ("unknown", "known", "not", "surname", "tenant",
                                          "the", "and", "mrs", "miss"):
            yield part
