"""The words a trainee points at people with: role nouns ("the driver", "your wife") and
the people of a street, each with the role word of docs/understanding-definitions.md."""

from __future__ import annotations

import re
from functools import cache

# Role nouns, each with the role word it names.
NOUNS: dict[str, tuple[str, ...]] = {
    "partner": ("husband", "wife", "partner", "boyfriend", "girlfriend", "ex", "ex partner",
                "ex husband", "ex wife", "fiance", "fiancee", "other half", "hubby", "missus",
                "spouse", "ex boyfriend", "ex girlfriend", "fella"),
    "relative": ("son", "daughter", "mum", "mother", "dad", "father", "brother", "sister",
                 "nan", "nana", "gran", "grandma", "grandad", "grandson", "granddaughter",
                 "uncle", "aunt", "auntie", "cousin", "niece", "nephew", "stepson",
                 "stepdaughter", "family", "sibling", "parents", "mam", "stepdad", "stepmum",
                 "in laws", "mother in law", "father in law", "grandparents", "granny",
                 # grandparents and kin as families say them: "her nani", "his grandpa"
                 "nani", "nanna", "nanny", "grandpa", "grandmother", "grandfather", "aunty",
                 "stepbrother", "stepsister", "half brother", "half sister", "grandchildren"),
    "child": ("child", "children", "kid", "kids", "baby", "little one", "little ones",
              "toddler", "youngster", "youngsters", "little boy", "little girl", "little lad",
              # "the little one" as the spelled text has it, its "one" a figure (four
              # authors: v9, v30, v32, v34)
              "little 1",
              # Scots for the little ones (two authors: v8, v35)
              "wee one", "wee ones", "wee 1"),
    "neighbour": ("neighbour", "neighbours", "next door", "the people next door",
                  "over the road", "across the road", "across the street"),
    "witness": ("witness", "witnesses", "passenger", "passengers", "bystander", "anyone who saw",
                "anybody who saw", "saw it happen", "anyone else there"),
    "officer": ("officer", "officers", "pc", "policeman", "policewoman", "sergeant",
                "constable", "the police officer", "collar number", "oic", "inspector",
                "the person you spoke to", "whoever dealt with", "call handler", "detective",
                # an officer's camera: "did either of them have their body camera on?"
                "body camera", "body cameras", "bodycam", "body worn", "body worn camera"),
    "vehicle": ("car", "van", "vehicle", "reg", "registration", "number plate", "plate",
                "plates", "motorbike", "bike", "lorry", "truck", "taxi",
                # a vehicle's parts: "is her engine still running?" is about the car
                "engine", "bonnet", "tyres", "tyre", "windscreen", "headlights", "hazards",
                "hazard lights", "fuel tank"),
    "suspect": ("offender", "suspect", "attacker", "burglar", "burglars", "intruder",
                "the man", "the lad", "the lads", "the bloke", "the guy", "the men",
                "the fella",  # a man said by sex; "her fella" is her partner
                "the other driver", "the driver", "whoever", "the person who",
                "the people who", "the youths", "his mate", "the ones",
                "thief", "thieves", "the group", "the gang", "your attacker",
                "the other party", "whoever did", "the person who did", "the lads who",
                "driver"),  # "the BMW driver"
    "casualty": ("casualty", "the injured", "injured person", "patient", "the lady",
                 "the woman", "the old lady", "the injured driver", "the elderly lady",
                 "the old man", "the gentleman"),
    "other": ("security guard", "guard", "manager", "doctor", "gp", "friend", "friends",
              "someone at", "somebody at",  # "someone at the school": not you
              "staff", "landlord", "teacher", "social worker", "anyone at the party",
              # the caller's workplace: "a number for your transport office"
              "your office", "your depot", "your company", "your employer", "your boss",
              "your firm", "your work", "head office"),
}
# Every kin word, for "Ellie's mum": someone's family, not necessarily the caller's.
KIN_WORDS = tuple(w for role in ("partner", "relative", "child") for w in NOUNS[role])
# A perception or report verb: who saw or said it is not whom the question is about.
WITNESSED = re.compile(r" (?:see|saw|seen|hear|heard|notice|noticed|get a look|got a look|"
                       r"say|said|tell|told|mention|mentioned|recognise|film|filmed|"
                       r"show|shows|showed|pick up|picked up|catch|caught|"
                       # last with them: "what time did Ellie leave her?"
                       r"(?:leave|left|drop|dropped) (?:her|him|them)) ")

# Every one-word role noun, space-padded for a whole-word test.
ONE_WORD_NOUNS = " " + " ".join(n for ns in NOUNS.values() for n in ns if " " not in n) + " "
# Role nouns said with "the" or "your" ("the man", "your office"), found with a word or two
# between ("the two men", "the short man", "the other fella", "your transport office"): the
# count or look picks one out, the noun still says what they are.
_THE_NOUNS = {noun: role for role, nouns in NOUNS.items() for noun in nouns
              if noun.startswith(("the ", "your "))}
_DETERMINED = re.compile(
    r" (the|your) ((?:(?!(?:and|or|of|in|on|at|to|with|from|for|by|who|that|which|is|was|are|were|"
    r"has|had|have|did|does|do|not|no|s|the|your|his|her|their) )\w+ ){1,2}?)("
    + "|".join(sorted({re.escape(n.split(" ", 1)[1]) for n in _THE_NOUNS}, key=len,
                      reverse=True)) + ") ")
_ORDER = {(role, noun): n for n, (role, noun) in enumerate(
    (role, noun) for role, nouns in NOUNS.items() for noun in nouns)}


# The people of a street, said by the street: "the whole street", "anyone on the Grove".
_STREET_KINDS = r"(?:street|road|close|grove|avenue|lane|drive|estate|block|crescent|terrace)"
_STREET_PEOPLE = re.compile(r" (?:the whole " + _STREET_KINDS + r"|(?:any|some|every|no)"
                            r"(?:one|body) (?:else )?(?:on|in|along|down) (?:the|your|this) "
                            + _STREET_KINDS + ") ")


@cache
def nouns_in(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Every role noun in the spelled text: (where, rank, role, the noun). Said exactly
    ranks before said with words between, then in the order of `NOUNS`."""
    found = [(at, _ORDER[role, noun], role, noun)
             for role, nouns in NOUNS.items() for noun in nouns
             if (at := text.find(f" {noun} ")) >= 0]
    for m in _DETERMINED.finditer(text):
        noun = f"{m.group(1)} {m.group(3)}"
        if noun in _THE_NOUNS and not any(m.start(2) - 1 <= at < m.start(3) - 1
                                          for at, _, _, _ in found):
            # (not "the little ones", which is a noun of its own, nor "the son's friend")
            role = _THE_NOUNS[noun]
            found.append((m.start(), len(_ORDER) + _ORDER[role, noun], role, noun))
    for m in _STREET_PEOPLE.finditer(text):
        # "did anyone on the street see it?": whoever saw it is a witness, wherever they live
        saw = WITNESSED.match(" " + " ".join(text[m.end():].split()[:2]) + " ") or (
            WITNESSED.search(text[:m.start() + 1]))
        found.append((m.start(), 2 * len(_ORDER), "witness" if saw else "neighbour",
                      m.group(0).strip()))
    return tuple(found)
