"""Details read back to the caller, and whether they are what the world holds.

A read-back repeats an address, phone number, name, registration or date ("So that's 6
Sycamore Grove?", "07700 900123, yes?", "Q-U-R-E-S-H-I"). Values are found by their
shape, then compared with the scenario's world through `scoring.text.NORMALISERS`, so
"oh seven seven double oh…" and "07700 9…" compare as the same digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scoring.text import NORMALISERS, plain, words
from scoring.truth import World
from scoring.understanding.analysis import READBACK_KINDS, ReadBack, ReadBackKind
from scoring.understanding.wording import pattern, spelled

STREET = (r"road|rd|street|st|close|way|avenue|ave|lane|grove|drive|crescent|court|gardens|"
          r"place|terrace|park|walk|row|view|hill|square|mews|parade|green|rise|estate|flats|"
          r"house|wharf|yard|fold|croft|meadow|bank")
# Words that lead into a street's name but are no part of it ("so it's Hoe Lane near…").
_NOT_STREET_WORDS = (r"(?:it's|that's|its|it|is|that|so|and|was|are|on|in|at|you're|we're|"
                     r"i'm|he's|she's|they're|there's)")
_BETWEEN = r"(?:at|on|to|in|by|from|into|onto|towards|over|across)"
# Words no street's name holds: prepositions, "of", "for", and whose ("the rest of
# your walk by…", "a patrol to drive by…", "the one at 29 covers the street"). "The" may only
# open a name ("1 The Green"), so one inside it is a sentence's ("29 covers the street").
_NOT_IN_A_NAME = rf"(?:{_BETWEEN}|of|for|with|your|my|his|her|their|our|the)"
_ADDRESS = re.compile(
    # (a preposition between is no street's name: "the camera at 29 point at the street";
    # but a flat's number may be followed by its block: "flat 3 at Kestrel Court")
    rf"\b(?:flat \d+\w?,? )?\d+[a-z]?,? (?:(?:(?<=flat \d )|(?<=flat \d\d ))(?:at|in) )?"
    rf"(?:the (?:(?!{_NOT_IN_A_NAME} )[a-z']+ ){{0,2}}|(?:(?!{_NOT_IN_A_NAME} )[a-z']+ ){{1,3}})"
    rf"(?:{STREET})\b"
    rf"|(?<![\w'])(?:(?!{_NOT_STREET_WORDS} |{_NOT_IN_A_NAME} )[a-z']+ ){{1,2}}"
    rf"(?:{STREET})\b(?=,? (?:opposite|by|near|next to|outside)\b)")
_POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b")
_REGISTRATION = re.compile(r"\b(?:[a-z]{2}\d{2} ?[a-z]{3}|[a-z]\d{1,3} ?[a-z]{3})\b")
# A road's number and the word after it ("where on the A127 are you", "the M25 and"): the
# shape of an old registration (a letter, digits, three letters), but a road and a word.
_ROAD_THEN_WORD = re.compile(r"[abm]\d{1,3} (?:you|are|and|the|was|for|now|but|off|out|not|"
                             r"its|has|had|can|did|way|too)")
MONTHS = ("january february march april may june july august september october november "
           "december").split()
_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    .split(), 1)}
_DATE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + "|".join(MONTHS) + r")(?:,? (\d{4}))?\b"
    r"|\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b")
_SPELLED = re.compile(r"\b(?:[a-z][- ]){2,}[a-z]\b")
_DIGIT_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
                "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                "nine": "9"}
_ASKING = re.compile(r"(?:and |so |ok |right )?(?:what|where|when|who|how|which|why|whose) ")
_SURE = frozenset({"phone", "registration", "name"})
CUES = pattern("so that is", "so it is", "so that was", "that is", "is that right",
               "is that correct", "have i got that right", "did you say", "to confirm",
               "just to check", "just to confirm", "so you are", "you said", "yeah", "yes",
               "right", "correct")


_THING_ONE = re.compile(r"\b(the|that|this|which|each|every|any|no|his|her|their|your|my|our|"
                        r"a new|an old|\w+'s|\w+\u2019s) one\b", re.IGNORECASE)


def find(clause: str, world: World | None) -> list[ReadBack]:
    """The read-backs in one clause (empty when it only asks for a detail)."""
    text = plain(clause)
    if not _ADDRESS.search(text):
        # "nine harebell close": numbers said as words (not "one" standing for a thing:
        # "the neighbour's one covers the street", "that one on the road")
        said = " ".join(words(_THING_ONE.sub(r"\1 thing", clause)))
        if _ADDRESS.search(said):
            text = said
    found: list[ReadBack] = []
    landmark = False
    for kind, value in _values(text):
        landmark = landmark or kind == "landmark"
        found.append(_compare("address" if kind == "landmark" else kind, value, world, clause))
    if not found:
        return []
    # "What's the address of 6 Sycamore Grove's neighbour?" asks; a read-back repeats.
    if landmark or any(b.kind in _SURE for b in found):
        return found  # nobody says a registration or a phone number except to repeat it
    asks = _ASKING.match(spelled(clause).lstrip())
    cue = CUES.search(spelled(clause)) or (clause.rstrip().endswith("?") and not asks)
    mostly_value = _value_share(text, found) >= 0.5
    return found if cue or mostly_value else []


def _values(text: str) -> Iterator[tuple[str, str]]:
    spans: list[tuple[int, int]] = []

    def fresh(m: re.Match[str]) -> bool:
        overlaps = any(m.start() < e and s < m.end() for s, e in spans)
        spans.append((m.start(), m.end()))
        return not overlaps

    for m in _DATE.finditer(text):
        if fresh(m):
            yield "date", m.group(0)
    for m in _POSTCODE.finditer(text):
        if fresh(m):
            yield "address", m.group(0)
    for m in _ADDRESS.finditer(text):
        if fresh(m):
            yield ("landmark" if not m.group(0)[0].isdigit() else "address"), m.group(0)
    for m in _REGISTRATION.finditer(text):
        if not m.group(0).isalpha() and not _ROAD_THEN_WORD.fullmatch(m.group(0)) and fresh(m):
            yield "registration", m.group(0)
    digits = _spoken_digits(text)
    if len(digits) >= 10:
        yield "phone", digits
    for m in _SPELLED.finditer(text):
        if not _initialism(text, m) and fresh(m):
            yield "name", re.sub(r"[- ]", "", m.group(0))
    ordinal = "|".join(_ORDINALS)
    for m in re.finditer(rf"\b(?:(twenty|thirty)[- ])?({ordinal}) (?:of )?"
                         rf"({'|'.join(MONTHS)})(?:,? (\d{{4}}))?", text):
        tens = {"twenty": 20, "thirty": 30}.get(m.group(1) or "", 0)
        yield "date", f"{tens + _ORDINALS[m.group(2)]} {m.group(3)} {m.group(4) or ''}".strip()


# A word that makes the letters after it a thing's name, not a spelling: "ring the i p c",
# "the c s i are finished", "his b m w's reg". A surname is spelled after it is named
# ("Nowak, N O W A K") or after "that's", never after "the".
_NAMING_WORD = re.compile(r"\b(?:the|a|an|his|her|their|your|my|our)[ -]$")
_INITIALS = 5  # the longest run of initials said letter by letter ("the r s p c a")


def _initialism(text: str, found: re.Match[str]) -> bool:
    """Are the letters `found` an organisation's or a thing's initials said letter by
    letter, rather than a name spelled out?"""
    letters = re.sub(r"[- ]", "", found.group(0))
    return len(letters) <= _INITIALS and bool(_NAMING_WORD.search(text[: found.start()]))


def _spoken_digits(text: str) -> str:
    """The longest run of digits said or typed: '07700 900123', 'oh seven seven double oh…'."""
    tokens = re.findall(r"[a-z]+|\d+", text.replace("-", " "))
    best = run = ""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        times = {"double": 2, "triple": 3}.get(token, 0)
        if times and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            digit = nxt if nxt.isdigit() and len(nxt) == 1 else _DIGIT_WORDS.get(nxt)
            if digit is not None:
                run += digit * times
                i += 2
                continue
        if token == "hundred" and run:  # "nine hundred": a phone number's "900"
            run += "00"
        elif token.isdigit():
            run += token
        elif token in _DIGIT_WORDS:
            run += _DIGIT_WORDS[token]
        else:
            best = max(best, run, key=len)
            run = ""
        i += 1
    return max(best, run, key=len)


def _value_share(text: str, found: list[ReadBack]) -> float:
    total = len(words(text)) or 1
    covered = sum(len(words(b.value)) for b in found)
    return covered / total


def _compare(kind: str, value: str, world: World | None, clause: str) -> ReadBack:
    if kind not in READBACK_KINDS:
        raise ValueError(f"no read-back of a {kind}")
    return _compared(kind, value, world, clause)


def _compared(kind: ReadBackKind, value: str, world: World | None, clause: str) -> ReadBack:
    if world is None:
        return ReadBack(kind, value, None, "", clause)
    truths = list(_truths(kind, world))
    if not truths:
        return ReadBack(kind, value, None, "", clause)
    for field, truth in truths:
        if _agrees(kind, value, truth):
            return ReadBack(kind, value, True, field, clause)
    return ReadBack(kind, value, False, truths[0][0], clause)


def _truths(  # noqa: PLR0912 - one branch per kind of detail
        kind: ReadBackKind, world: World) -> Iterator[tuple[str, str]]:
    if kind == "address":
        yield "location", world.location.address
        if world.location.landmark:
            yield "location.landmark", world.location.landmark
    elif kind == "phone" and world.caller.callback:
        yield "caller.callback", world.caller.callback
    elif kind == "name":
        yield "caller.name", world.caller.name
        for person in world.people:
            if person.name:
                yield f"people.{person.id}.name", person.name
    elif kind == "registration":
        for vehicle in world.vehicles:
            if vehicle.registration:
                yield f"vehicles.{vehicle.id}.registration", vehicle.registration
    elif kind == "date":
        if world.caller.dob:
            yield "caller.dob", world.caller.dob
        for person in world.people:
            if person.dob:
                yield f"people.{person.id}.dob", person.dob


def _agrees(kind: ReadBackKind, value: str, truth: str) -> bool:
    if kind == "date":
        return _day_month_year(value) == _day_month_year(truth) != (None, None, None)
    how = {"address": "address", "phone": "phone", "name": "name",
           "registration": "registration"}[kind]
    norm = NORMALISERS[how]
    said, real = norm(value), norm(truth)
    if not said:
        return False
    if kind in ("phone", "registration"):
        return said == real
    if kind == "name" and " " not in said:
        # A spelled surname: compare with each part of the name.
        return any(said == part for part in real.split())
    parts = said.split()
    known = set(real.split())
    # Part of the truth, said right: "6 Sycamore Grove" of "6 Sycamore Grove, Hull".
    return all(p in known for p in parts)


def _day_month_year(text: str) -> tuple[int | None, int | None, int | None]:
    low = plain(text)
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", low)
    if m:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    m = re.search(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", low)
    if m:
        year = int(m.group(3))
        return int(m.group(1)), int(m.group(2)), year + (1900 if year < 100 else 0)
    found = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", low)
    day_number = int(found.group(1)) if found else next(
        (n for w, n in _ORDINALS.items() if re.search(rf"\b{w}\b", low)), None)
    month = next((i for i, name in enumerate(MONTHS, 1) if name in low), None)
    in_full = re.search(r"\b(\d{4})\b", low)
    return day_number, month, int(in_full.group(1)) if in_full else None
