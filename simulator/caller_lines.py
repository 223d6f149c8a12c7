"""What a caller says when the scenario gives no line of its own, and which detail a
follow-up asks for.

Scenario authors can give every line in character (`caller.responses`, `dont_know`,
`reassured`, `confirm`, `correct`); these defaults keep an unauthored caller sounding like
a person rather than a machine that asks "say that again?" to everything it has no fact for.
"""

from __future__ import annotations

import re

NOTHING_ELSE = ("No, that's everything, thank you.", "No, I think that's all.")
# Advice the caller has no fact or authored response for: they agree to it.
COMPLY = ("Okay, I will.", "Right. Okay, I'll do that.", "Okay.")
# A permission or "no need" (the opposite of advice): they take it as said, without relief.
NOTED = ("Oh. Okay then.", "Right, okay.")
REASSURED = ("Okay… thank you.", "Thank you. Okay.")
APOLOGY_TAKEN = ("Well… thank you for saying that.", "Okay. Thank you.")
DONT_KNOW = ("I don't know, sorry.", "I've no idea, I'm sorry.",
             "I don't know. Why, does it matter?")
DONT_KNOW_ABOUT = ("I don't know {whose}, sorry.", "I couldn't tell you {whose}, I'm sorry.")
CONFIRM = ("Yes, that's right.", "Yes.", "That's it, yes.")
CORRECT = "No, it's {value}."
RESTATE = "Like I said, {line}"
ACKNOWLEDGE = ("Okay.", "Right.", "Okay, thank you.")

# Words that say which detail a question is after ("and his name?", "how old is she?").
# Order matters: the first detail whose words appear wins.
_DETAIL_WORDS: tuple[tuple[str, str], ...] = (
    ("registration", r"\b(reg|registration|number ?plate|plates?)\b"),
    ("dob", r"\b(date of birth|birthday|dob|born)\b"),
    ("age", r"\b(how old|age|aged)\b"),
    ("name", r"\b(names?|called|call (him|her|them))\b"),
    ("phone", r"\b(phone|number|mobile|contact)\b"),
    ("clothing", r"\b(wear(ing)?|wore|clothes|clothing|dressed|jacket|top|coat|trousers)\b"),
    ("marks", r"\b(tattoos?|scars?|marks?|piercings?)\b"),
    ("appearance", r"\b(look like|tall|height|build|hair|skin|white|black|asian|ethnicity)\b"),
    ("colour", r"\b(colou?r)\b"),
    ("vehicle", r"\b(car|van|vehicle|bike|make|model|motorbike)\b"),
    ("direction", r"\b(which way|direction|headed|heading|went off|towards)\b"),
    ("where", r"\b(where)\b"),
    ("when", r"\b(when|what time|how long ago)\b"),
    ("address", r"\b(address|live|lives|living)\b"),
)
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in _DETAIL_WORDS)


def detail_asked(clause: str) -> str | None:
    """The detail a clause asks for, if it names one."""
    text = clause.lower()
    for name, pattern in _COMPILED:
        if pattern.search(text):
            return name
    return None


def cycle(lines: tuple[str, ...] | list[str], count: int) -> str:
    """Vary repeats: the first time gets the first line, the next the second, and so on."""
    return lines[count % len(lines)]


def first_sentence(text: str) -> str:
    """The first sentence of a line: a restatement is shorter than the first answer."""
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return match.group(1) if match else text.strip()


# First words that lose their capital after "Like I said, "; names and "I" keep theirs.
_COMMON_START = frozenset("it it's its there there's he he's she she's they they're the "
                          "my no yes about sometime just only well we we're that this his "
                          "her our a an".split())


def restate(line: str) -> str:
    """A short restatement of an answer already given twice."""
    sentence = first_sentence(line)
    first = sentence.split(" ", 1)[0].strip(",.").lower()
    if first in _COMMON_START:
        sentence = sentence[:1].lower() + sentence[1:]
    return RESTATE.format(line=sentence)


_WH = frozenset("what what's whats where where's wheres when who who's whos whose which how "
                 "how's hows why".split())
_AUX = frozenset("is are was were do does did have has had can could would will shall "
                 "should may might".split())
_PRONOUNS = frozenset("you he she it they there anyone anybody someone somebody we i your "
                      "his her their the that this any".split())


def well_formed_question(text: str) -> bool:
    """Does this read like a real question (a question word, or a verb then a subject)?
    One that does but has nothing behind it gets "I don't know"; a fragment or a
    recogniser's word salad gets "say that again?"."""
    tokens = re.findall(r"[a-z']+", text.lower())
    while tokens and tokens[0] in ("so", "and", "okay", "ok", "right", "um", "er", "erm"):
        tokens = tokens[1:]
    if len(tokens) < 3:
        return False
    if tokens[0] in _WH:
        return True
    return tokens[0] in _AUX and tokens[1] in _PRONOUNS
