"""Is a detail read back the truth? A read-back of an address, a number, a name, a
registration or a date is checked against everything of its kind in the scenario's world,
allowing for how a recogniser spells what was said ("six sick a more grove" is 6 Sycamore
Grove); a wrong one near the truth is a slip to put right with the true value.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from scoring.truth import World

SOUNDS_LIKE = 85  # similarity of a read-back's letters to the truth's for the same words
SAME_SOUNDS = 90  # the same, of their consonants as heard (fewer letters: a stricter bar)
NEAR_SLIP = 65  # similarity (0-100) of a wrong read-back to the truth for it to be a slip

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def spoken_date(date: str | None) -> str | None:
    """1997-04-14 -> "the 14th of April, 1997", as a caller says it."""
    if not date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return date
    year, month, day = (int(x) for x in date.split("-"))
    if not 1 <= month <= 12:
        return date
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"the {day}{suffix} of {MONTHS[month - 1]}, {year}"


def near(said: str, truth: str) -> bool:
    """Is a wrong read-back a slip of the truth (a digit, a letter), not another thing?"""
    a, b = (re.sub(r"[^a-z0-9]", "", x.lower()) for x in (said, truth))
    return max(fuzz.ratio(a, b), fuzz.partial_ratio(a, b)) >= NEAR_SLIP


def values_of(world: World, kind: str) -> list[str]:
    """Everything in the world a read-back of this kind could be of."""
    people = world.people
    if kind == "date":
        return [d for d in (world.caller.dob, *(p.dob for p in people)) if d]
    if kind == "name":
        return [n for n in (world.caller.name, *(p.name for p in people))
                if n and n.lower() != "unknown"]
    if kind == "registration":
        return [v.registration for v in world.vehicles if v.registration]
    if kind == "phone":
        return [world.caller.callback] if world.caller.callback else []
    if kind == "address":
        return [world.location.address]
    return []


def alnum(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def same(kind: str, said: str, truth: str) -> bool:
    """Is a read-back the truth, as a recogniser may have spelt it? Digits must be the
    same; words need only sound alike ("six sick a more grove" is 6 Sycamore Grove)."""
    if kind == "date":
        return (iso(said) or spoken_iso(said)) == truth
    a, b = alnum(said), alnum(truth)
    if kind in ("registration", "phone"):
        return bool(a) and a in b
    digits_said = re.findall(r"\d+", said)
    if not set(digits_said) <= set(re.findall(r"\d+", truth)):
        return False
    if not set(codes(said)) <= set(codes(truth)):
        return False  # "TS1 4UQ" is not TS1 4QU: a code's letters are read, not heard
    letters = re.sub(r"[0-9]", "", a), re.sub(r"[0-9]", "", b)
    if not letters[0] or names_not_in(said, truth):
        return False
    return fuzz.partial_ratio(*letters) >= SOUNDS_LIKE or fuzz.partial_ratio(
        *(sound(x) for x in letters)) >= SAME_SOUNDS


def codes(text: str) -> list[str]:
    """The words of a text that mix letters and digits (a postcode's halves, "4QU"): each
    character of them is said on its own, so none may differ, as a word's sounds may."""
    return [w for w in re.findall(r"[a-z0-9]+", text.lower())
            if re.search(r"[a-z]", w) and re.search(r"\d", w)]


def same_name(said: str, truth: str) -> bool:
    """One name as another heard it: the same letters near enough, or the same sounds
    ("Sean" and "Shaun" are one; "Zoe" is not "Chloe", "Novak" not "Nowak")."""
    a, b = said.lower(), truth.lower()
    return fuzz.ratio(a, b) >= SOUNDS_LIKE or (len(sound(a)) >= 2 and sound(a) == sound(b))


def names_not_in(said: str, truth: str) -> list[str]:
    """Names written in the read-back as part of the truth's (capitalised, beside a word
    the truth has) that sound like no word of it: "Yarm Road near Harrogate Lane" names a
    lane the world's "Yarm Road, junction with Hartburn Lane" does not. A recogniser's
    words, all small, name nothing."""
    theirs = [w.lower() for w in re.findall(r"[A-Za-z]+", truth)]

    def known(word: str) -> bool:
        return any(fuzz.ratio(word.lower(), w) >= SOUNDS_LIKE or sound(word.lower()) == sound(w)
                   for w in theirs)

    words = re.findall(r"[A-Za-z]+", said)
    return [word for i, word in enumerate(words)
            if i and re.fullmatch(r"[A-Z][a-z]{2,}", word) and not known(word)
            and any(re.fullmatch(r"[A-Z][a-z]+", w) and w.lower() in theirs
                    for w in words[max(0, i - 1):i] + words[i + 1:i + 2])]


def sound(letters: str) -> str:
    """The consonants a word is heard by, spelt one way: a recogniser's "sickomor" and
    "Sycamore" are both "skmr"."""
    for spelt, heard in (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("y", "i"),
                         ("z", "s"), ("gh", "")):
        letters = letters.replace(spelt, heard)
    consonants = re.sub(r"[aeiou]", "", letters)
    return re.sub(r"(.)\1+", r"\1", consonants)


def near_date(said: str, truth: str) -> bool:
    """A date read back with one of day, month and year wrong is a slip of that date."""
    said_iso = iso(said) or spoken_iso(said)
    return bool(said_iso) and sum(a == b for a, b in zip(said_iso.split("-"), truth.split("-"),
                                                         strict=False)) >= 2


def iso(said: str) -> str:
    """"9 may 2012" -> "2012-05-09" ("" when it is no whole date)."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+),? (\d{4})", said.lower().strip())
    if not m:
        return ""
    months = [name.lower() for name in MONTHS]
    month = next((i + 1 for i, name in enumerate(months) if name.startswith(m.group(2)[:3])),
                 0)
    return f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}" if month else ""


_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90, "twentieth": 20, "thirtieth": 30}
_DAY = (r"(\d{1,2})(?:st|nd|rd|th)?|((?:twenty|thirty)[- ])?(" + "|".join(_ORDINALS) +
        r")|(twentieth|thirtieth)")
# the month by name, or by its number ("the ninth of the third", "the 9th of the 3rd")
_MONTH = ("(" + "|".join(m.lower() for m in MONTHS) + r"|the (?:\d{1,2}(?:st|nd|rd|th)|" +
          "|".join(list(_ORDINALS)[:12]) + "))")
_SPOKEN_DATE = re.compile(rf"\b(?:{_DAY}) (?:of )?{_MONTH}\b,? ([a-z0-9 -]+)")


def _spoken_year(words: list[str]) -> int | None:
    """"two thousand and three" -> 2003, "nineteen ninety seven" -> 1997, "2003"."""
    if words and words[0].isdigit() and len(words[0]) == 4:
        return int(words[0])
    words = [w for w in words if w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = _count(words[2:4])
        return 2000 + (rest or 0)
    if words and words[0] in _UNITS and 10 <= _UNITS[words[0]] <= 20:
        rest = _count(words[1:3])
        if rest is not None:
            return _UNITS[words[0]] * 100 + rest
    if words[:1] == ["twenty"] and len(words) > 1 and (
            words[1] in _TENS or words[1] == "oh" or _UNITS.get(words[1], 0) >= 10):
        # "twenty twelve", "twenty oh three", "twenty twenty four": this century, in pairs
        rest = _count(words[1:3])
        return 2000 + rest if rest is not None else None
    if words and words[0] in _TENS and words[0].endswith("y"):
        # "ninety seven": a year of birth said short is last century's, unless it is
        # within this one's first decades ("oh three" is said for those)
        short = _count(words[:2])
        if short is not None:
            return (1900 if short >= 30 else 2000) + short
    return None


def _count(words: list[str]) -> int | None:
    """"ninety seven" -> 97, "three" -> 3, "oh three" -> 3."""
    if not words:
        return None
    if words[0] in _TENS:
        tail = _UNITS.get(words[1], 0) if len(words) > 1 and _UNITS.get(words[1], 10) < 10 \
            else 0
        return _TENS[words[0]] + tail
    if words[0] == "oh" and len(words) > 1 and words[1] in _UNITS:
        return _UNITS[words[1]]
    return _UNITS.get(words[0])


_DAY_OF_MONTH = re.compile(rf"\b(?:{_DAY}) (?:of )?(" + "|".join(m.lower() for m in MONTHS) +
                          r")\b")


def _day_said(m: re.Match[str]) -> int:
    """The day of a date matched by _DAY: in figures (group 1), or in words, an ordinal
    (group 3) after any tens (group 2) or the tens alone (group 4)."""
    if m.group(1):
        return int(m.group(1))
    if m.group(3):
        return _ORDINALS[m.group(3)] + (_TENS[m.group(2).strip(" -")] if m.group(2) else 0)
    return _TENS[m.group(4)]


def days_of_months(text: str) -> set[tuple[int, int]]:
    """The days said with their month, year or not ("saturday the first of november" ->
    {(1, 11)})."""
    out = set()
    for m in _DAY_OF_MONTH.finditer(text.lower().replace(",", " ").replace("  ", " ")):
        day = _day_said(m)
        month = [name.lower() for name in MONTHS].index(m.group(5)) + 1
        if 1 <= day <= 31:
            out.add((day, month))
    return out


def spoken_iso(text: str) -> str:
    """A date as said within a sentence, in figures or words: "that's the third of July two
    thousand and three" -> "2003-07-03" ("" when no whole date is said)."""
    m = _SPOKEN_DATE.search(text.lower().replace(",", " ").replace("  ", " "))
    if not m:
        return ""
    day = _day_said(m)
    year = _spoken_year(m.group(6).replace("-", " ").split())
    said = m.group(5).removeprefix("the ")
    months = [name.lower() for name in MONTHS]
    month = months.index(said) + 1 if said in months else \
        _ORDINALS.get(said) or int(said.rstrip("stndrh"))
    return f"{year}-{month:02d}-{day:02d}" if year and 1 <= day <= 31 and 1 <= month <= 12 \
        else ""  # ("the ninth of the thirteenth" is no date)


def world_value(world: World, where: str) -> str:
    """The true value a read-back was compared with (`ReadBack.field`)."""
    parts = where.split(".")
    if parts[0] == "location":
        return world.location.address
    if parts[0] == "caller" and len(parts) == 2:
        value = getattr(world.caller, parts[1], None)
        return str(value) if value else ""
    if parts[0] in ("people", "vehicles") and len(parts) == 3:
        things = world.people if parts[0] == "people" else world.vehicles
        for thing in things:
            if thing.id == parts[1]:
                value = getattr(thing, parts[2], None)
                return str(value) if value else ""
    return ""
