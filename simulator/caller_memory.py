"""A read-back checked against what the caller has said: the caller confirms a trainee who
repeats their words back, and corrects one who gets a number wrong.

The analysis compares read-backs of addresses, numbers, names and registrations with the
scenario's world; a caller also recognises their own words in anything else read back
("so E K one nine, V something?", "so he lives at number 47?"). This is that: the clause's
words against each answer the caller has given.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

# Openings and tags that mark a turn as a read-back rather than a question.
_READBACK = re.compile(
    r"^\s*(so|right,? so|okay,? so|ok,? so|just to (confirm|check)|to confirm)\b"
    r"(?!,?\s+(i|i'd|i'll|i'm|i've|we|we'll|we'd|we're|let me|let's)\b)"  # the handler's own
    # "And you said it was the front door?" quotes the caller back, unless a question
    # follows the quote ("you said he'd kill you, was that tonight?")
    r"|^\s*(and,?\s+|so,?\s+)?you said\b(?!.*,\s*(was|is|did|do|does|were|are|has|had|have|"
    r"when|what|where|who|why|how|which)\b)"
    r"|\b(yeah|yes|right|correct|is that right|is that correct|is it|was it|did you say|"
    r"is that what you'?re saying|have i got that right|one tap|tap once)\s*\??\s*$",
    re.IGNORECASE)
_WH = re.compile(r"^\s*(and\s+)?(what|where|whereabouts|when|who|whose|which|why|how)\b",
                 re.IGNORECASE)
_STOP = frozenset(
    "a an the and or but of to in on at for from with by is are was were be been it its it's "
    "that that's thats this so just to confirm check yeah yes okay ok you your he she "
    "they his her their i me my we our there then something about "
    # the verbs that frame a clause ("if you can", "he has…") say nothing read back
    "if can could would will should has have had do does did".split())
_CLITICS = frozenset("s ve ll re d m t nt".split())
_NUMBER_WORDS = frozenset("zero oh one two three four five six seven eight nine ten eleven "
                          "twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                          "nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred".split())
AGREES = 0.6  # share of the read-back's words found in one answer for it to be that answer
NEAREST = 4  # the lines nearest a read-back that it is checked against


@dataclass(frozen=True)
class Recall:
    verdict: Literal["confirm", "correct"]
    answer: str  # the caller's line the read-back was compared with


def looks_like_read_back(text: str) -> bool:
    """"So that's…", "…, yeah?", "Dave Thornton, is it?"; not "what colour is it?"."""
    return bool(_READBACK.search(text)) and not _WH.match(text)


# Words that name one of several values of a kind: a read-back with one the caller's line
# has another of ("front window" for "back door", "Thursday" for "Friday", "silver" for
# "grey") is wrong, and the caller puts it right.
_KINDS: dict[str, frozenset[str]] = {
    "colour": frozenset("red blue green silver black white grey gray yellow orange purple "
                        "pink brown gold navy maroon beige".split()),
    "day": frozenset("monday tuesday wednesday thursday friday saturday sunday today "
                     "yesterday tonight".split()),
    "part_of_day": frozenset("morning afternoon evening night lunchtime teatime".split()),
    "month": frozenset("january february march april may june july august september "
                       "october november december".split()),
    "side": frozenset("left right".split()),
    "front_back": frozenset("front back rear side".split()),
    "in_out": frozenset("inside outside".split()),
    "up_down": frozenset("upstairs downstairs".split()),
    "compass": frozenset("north south east west northbound southbound eastbound westbound "
                         "northern southern eastern western".split()),
    "make": frozenset("ford vauxhall bmw audi mercedes volkswagen vw toyota nissan honda "
                      "peugeot renault citroen kia hyundai skoda seat fiat mini volvo tesla "
                      "corsa astra golf polo fiesta focus transit micra qashqai clio "
                      "yaris".split()),
    "ordinal": frozenset("first second third fourth fifth sixth seventh eighth ninth tenth "
                         "once twice".split()),
    # a colour's shade ("light grey" for "dark grey") and a car's body ("saloon", "estate")
    "shade": frozenset("light dark pale".split()),
    "body": frozenset("saloon estate hatchback hatch coupe convertible suv pickup "
                      "minibus".split()),
}
MAKES = _KINDS["make"]
WHEN_WORDS = _KINDS["day"] | _KINDS["month"]  # capitalised, yet no one's name
_HEADING = frozenset("towards onto heading headed".split())
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words}
# "Wickford, not Pitsea": what the trainee rules out is no claim of theirs.
# "Right, so…" and "…, is that right?" frame a read-back; "turned right" is a detail.
_FRAME = re.compile(r"^\s*((right|okay|ok|so|yeah|and)\b[,.]?\s*)+|\b(is that|that's|thats)?\s*"
                    r"(right|correct)\s*\??\s*$", re.IGNORECASE)
_RULED_OUT = re.compile(r"\bnot\s+(the\s+)?[\w']+", re.IGNORECASE)


def says_a_number(text: str) -> bool:
    """Does a line say a number, in figures or words ("he's six", "07700 900227")?"""
    return any(_numeric(w) for w in re.findall(r"[a-z0-9]+", text.lower()))


def bare_value(text: str) -> bool:
    """A number or code said on its own ("CL-26-118374.", "Okay, 01482 649271."): the
    trainee saying back what they wrote down."""
    tokens = re.findall(r"[A-Za-z0-9]+", text)
    return 0 < len(tokens) <= 6 and sum(c.isdigit() for c in text) >= 4


def overlaps(text: str, lines: Iterable[str]) -> bool:
    """Does the text share a word of substance with anything the caller said or knows?"""
    words = _content(text)
    return any(words & _content(line) for line in lines)


def recall(text: str, said: Iterable[str], known: Iterable[str] = ()) -> Recall | None:
    """Is `text` the trainee reading back one of the caller's answers (`said`, most recent
    last, then everything else they `known`)? Confirm when its words are the caller's;
    correct when a number, time, colour, day, side, make or place differs from the line it
    reads back. The lines nearest the read-back are tried in turn: the first that holds
    its details confirms it, the first that holds other details of the same kind puts it
    right."""
    claim = _RULED_OUT.sub(" ", _FRAME.sub(" ", spelt_out(text)))
    words = _content(claim)
    if not words or (len(words) == 1 and not _details(claim)):
        return None  # "and a number for you?" reads back nothing
    lines = [*reversed(list(said)), *known]  # the latest first: an update wins
    checked = _code_recall(claim, lines) or _unheard_value(claim, words, lines)
    if checked is not None:
        return checked
    if said:
        latest = _last_line_recall(claim, words, lines) or _time_recall(claim, list(said),
                                                                        lines)
        if latest is not None:
            return latest
    near: list[tuple[float, int, str]] = []
    for order, line in enumerate(lines):
        theirs = _content(line)
        shared = len(words & theirs) + _near_numbers(words, theirs)
        if shared:
            near.append((shared / len(words), order, line))
    if not near:
        return None
    near.sort(key=lambda x: (-x[0], x[1]))
    details = _details(claim)
    for share, _, line in near[:NEAREST]:
        theirs = _content(line)
        wrong = _wrong(claim, words, line, theirs, lines)
        anchored = bool(words & theirs & _HEADING)  # "towards Market Harborough"
        if wrong and (share >= 2 / len(words) or share >= 0.5 or anchored
                      or _near_numbers(words, theirs) or _when_differs(claim, line, lines)):
            return Recall("correct", _sentence_with(line, wrong))
        said_as = _sentence_saying(line, words & theirs)
        # (the denial must be in the part of the sentence read back: "it starts F N one
        # five, I couldn't see the rest" denies nothing of "it starts F N one five")
        if _denies(_clause_saying(said_as, words)) and not _denies(claim) and \
                len(words & _content(said_as)) >= max(2, len(words) / 2):
            # "so it was there Friday afternoon" to "it wasn't there on Friday afternoon"
            return Recall("correct", said_as)
        if details and details <= _details(line) and share >= 0.5:
            return Recall("confirm", line)  # the details read back are this line's
    share, _, line = near[0]
    if share >= AGREES:
        return Recall("confirm", line)
    return None


# Days said relative to now: "tonight" may be the "Friday night" the caller gave.
_RELATIVE = frozenset("today yesterday tonight".split())
# The day of a month: "the 21st", "Saturday the 8th".
_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
# The kinds whose every value is the caller's to say: one they never said, read back, is
# wrong wherever it sits in the sentence.
_VALUES = ("day", "month", "colour", "shade", "body", "make", "compass")


def _values(text: str, words: set[str]) -> dict[str, set[str]]:
    """The values of each kind a line says: its days, months, colours…, and days of the
    month ("date": "21")."""
    out = {kind: {w for w in words if _KIND_OF.get(w) == kind} - _RELATIVE for kind in _VALUES}
    out["date"] = {m.group(1).lstrip("0") for m in _DAY_OF_MONTH.finditer(text)}
    return {kind: found for kind, found in out.items() if found}


def _unheard_value(claim: str, words: set[str], lines: list[str]) -> Recall | None:
    """A read-back with a value the caller never said ("Saturday the 21st" for "Friday
    the 20th", "light grey" for "dark grey"): put right from the nearest line that gives
    another value of that kind and shares another word with the read-back."""
    ours = _values(claim, words)
    if not ours:
        return None
    theirs = [(line, _content(line)) for line in lines]
    said = [_values(line, content) for line, content in theirs]
    # each value on its own: "the 10th and the 19th" for "the 10th and the 17th" has a
    # day the caller never said, though it has one they did
    unheard = {kind: rest for kind, found in ours.items()
               if (rest := found - {v for values in said for v in values.get(kind, set())})}
    if not unheard:
        return None
    # the words beside each value never said: the thing it describes ("grey BMW", "BMW
    # saloon", "Saturday night"), which the line put right must speak of too
    tokens = [t for t in re.findall(r"[a-z0-9]+", claim.lower()) if t not in _STOP]
    values = {w for found in unheard.values() for w in found}
    beside = {t for i, t in enumerate(tokens) if any(
        v in values or (_DAY_OF_MONTH.fullmatch(v) and v.rstrip("stndrh") in values)
        for v in tokens[max(0, i - 1):i] + tokens[i + 1:i + 2])} - values
    for (line, content), found in zip(theirs, said, strict=True):
        if any(found.get(kind) for kind in unheard) and beside & content:
            truth = {w for kind in unheard for w in content
                     if _KIND_OF.get(w) == kind or (kind == "date" and _DAY_OF_MONTH.fullmatch(w))}
            # the value put right, not one the read-back had right
            truth = (truth - set(tokens)) or truth
            return Recall("correct", _sentence_with(line, truth or content))
    return None


def _codes(text: str) -> set[str]:
    """Codes said or spelt out (a registration, a postcode, a reference): a run of letters
    and digits, one by one or in groups ("K N zero eight V T D", "KN08 VDT"), holding both
    letters and digits, five or more of them."""
    out = set()
    run: list[str] = []
    for token in [*re.findall(r"[A-Za-z0-9]+", text), ""]:
        piece = _DIGIT_OF.get(token.lower(), "") if token.lower() in _NUMBER_WORDS and \
            len(token) > 1 else token
        if piece and len(piece) <= 8 and (len(piece) == 1 or piece.isupper() or
                                          piece.isdigit() or _mixed(piece)) and \
                piece.lower() not in ("a", "i"):
            run.append(piece.lower())
            continue
        code = "".join(run)
        if len(code) >= 5 and _mixed(code):
            out.add(code)
        run = []
    return out


def _mixed(piece: str) -> bool:
    return any(c.isdigit() for c in piece) and any(c.isalpha() for c in piece)


def _codes_in(line: str) -> list[tuple[str, str]]:
    return [(code, sentence) for sentence in re.split(r"(?<=[.!?])\s+", line.strip())
            for code in _codes(sentence)]


def _slip_of(said: str, truth: str) -> bool:
    """The same characters in another order, or one or two wrong, of a code as long."""
    return len(said) == len(truth) and said != truth and (
        sorted(said) == sorted(truth) or sum(a != b for a, b in zip(said, truth, strict=True))
        <= 2)


def _when_differs(claim: str, line: str, lines: list[str]) -> bool:
    """A time or a "so long ago" the caller never said, where this line gives another: the
    time is what is read back, however few other words it shares."""
    for when in (_times, _agos):
        ours, theirs = when(claim), when(line)
        if ours and theirs and not ours & theirs and not any(ours & when(other)
                                                             for other in lines):
            return True
    return False


def _code_recall(claim: str, lines: list[str]) -> Recall | None:
    """"K N zero eight V T D" for "KN08 VDT": a code is checked whole."""
    spelt = _codes(claim)
    for line in lines:
        for code, sentence in _codes_in(line):
            if code in spelt:
                return Recall("confirm", line)
            if any(_slip_of(ours, code) for ours in spelt):
                return Recall("correct", sentence)
    return None


def _last_line_recall(claim: str, words: set[str], lines: list[str]) -> Recall | None:
    """What was said last is what is most likely read back, in other words or not ("so
    they've come in through the front window?" after "the back door"), unless it shares
    nothing with it and the value read back is one the caller said elsewhere."""
    last = _content(lines[0])
    truth = _other_value(words, last)
    values, pairs = {w for w in words if w in _KIND_OF}, _pairs(claim)
    described = values | {thing for _, thing in pairs}
    elsewhere = any((pairs & _pairs(line) if pairs else values <= _content(line))
                    or (pairs and described <= _content(line))
                    for line in lines[1:])  # "front window", not just "front"; "pink
    # rucksack" in "a pink Jansport rucksack"
    shared = {w for w in (words & last) - set(_KIND_OF) if not _denies(w)}  # a "no"
    # both have ("no coat", "No, she's…") makes no line the same
    if truth and (shared or not elsewhere):
        return Recall("correct", _sentence_with(lines[0], truth))
    times, their_times = _times(claim), _times(lines[0])
    if times and their_times and not times & their_times and \
            len(words & last - _TIME_WORDS) >= 2:
        # "so Ellie left her at the bus stop at quarter past four?" straight after "the bus
        # stop… about quarter to four. Ellie…": the time of what they just said, though
        # they said the other time of something else
        return Recall("correct", _sentence_with_time(lines[0]))
    slips = [w for w in words if w.isdigit() and w not in last
             and _near_numbers({w}, last)]
    if slips and words - {w for w in words if _numeric(w)} <= last | _NUMBER_NOUNS:
        # "and that's number 47?" straight after "It's 41 Crescent Road": a slip of the
        # number just said, though a 47 is somewhere else in what they know
        return Recall("correct", _sentence_with(lines[0], {w for w in last if w.isdigit()}))
    return None


# Nouns that only say a number is coming ("number 47", "flat 2"): no detail of their own.
_NUMBER_NOUNS = frozenset("number no flat house door".split())


def _time_recall(claim: str, said: list[str], known: list[str]) -> Recall | None:
    """"So it started about midnight": a read-back whose one detail is a clock time the
    caller never said (nor knows: "ten o'clock til now" is right if they know it, said or
    not) is put right from the latest time they did say (a time read back is of a time
    told, whatever words frame it)."""
    times = _times(claim)
    if not times or {d for d in _details(claim)
                     if ":" not in d and not _numeric(d) and d not in _TIME_WORDS}:
        return None  # other details too: the line they belong to decides
    if any(times & _times(line) for line in known):
        return None
    for line in reversed(said):
        if _times(line):
            return Recall("correct", _sentence_with_time(line))
    return None


# Words a clock time is said with, which are no detail beside it ("ten o'clock", "half").
_TIME_WORDS = _NUMBER_WORDS | {"half", "quarter", "midnight", "midday", "noon", "clock"}


def _sentence_with_time(line: str) -> str:
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        if _times(sentence):
            return sentence
    return line.strip()


def _wrong(claim: str, words: set[str], line: str, theirs: set[str],
           lines: list[str]) -> set[str]:
    """The words of `line` that the read-back `claim` gets wrong (or nothing): a number,
    a time, a value of the same kind (a colour, a side), a colour of the same thing, a
    place the caller never said."""
    other = _someone_else(claim, words, line) or _other_street(claim, line, lines)
    if other:
        return other
    # ("the tall one", "the one with the beard": a person, not a number)
    numbers = {w for w in words if _numeric(w)} - (
        {"one"} if _ONE_PERSON.search(claim) else set())
    their_numbers = {w for w in theirs if _numeric(w)}
    said_digits = _digits(line)
    times, their_times = _times(claim), _times(line)
    if times and their_times and not times & their_times:
        return their_numbers or theirs
    known_digits = [_digits(other) for other in lines]
    wrong = {run for run in _number_runs(claim) if run not in said_digits
             and not any(run in digits for digits in known_digits)} if numbers else set()
    if their_numbers and wrong and not times:
        return their_numbers
    truth = _other_value(words, theirs)
    if truth:
        return truth
    agos, their_agos = _agos(claim), _agos(line)
    if agos and their_agos and not agos & their_agos:  # "an hour ago" for "twenty minutes ago"
        return _content(_sentence_with_ago(line))
    held, their_held = _held(claim), _held(line)
    for owner, thing in held:
        theirs_of = {t for o, t in their_held if o == owner}
        if theirs_of and thing not in theirs_of and not any(
                thing in _content(other) for other in lines):
            return {owner, *theirs_of}  # "the tall one has a knife" for "…has a crowbar"
    bound = _bound_numbers(claim)
    their_bound = _bound_numbers(line)
    for thing, number in bound - their_bound:
        others = {n for t, n in their_bound if t == thing and not _same_number(n, number)}
        if others and not any((thing, number) in _bound_numbers(other) for other in lines):
            return {thing, *others}  # "Ruby's two" for "Ruby's six"; "five foot eight"
    ours, truth_pairs = _pairs(claim), _pairs(line)
    for value, thing in ours:
        others = {v for v, t in truth_pairs if t == thing and v != value
                  and _KIND_OF.get(v) == _KIND_OF.get(value)}
        if others and (value, thing) not in truth_pairs:
            return others
    places = _places(claim) - _places_in(lines)
    if places and _places(line):
        return {p.lower() for p in _places(line)}
    return set()


_DENIAL = re.compile(r"\b(not|no|never|nobody|nothing|none|\w+n't|wasnt|isnt|didnt|hasnt|"
                     r"havent|cant|wont|dont|doesnt|werent|arent)\b", re.IGNORECASE)


def _denies(text: str) -> bool:
    return bool(_DENIAL.search(text.replace("\u2019", "'")))


def _details(text: str) -> set[str]:
    """The checkable details of a line: its numbers, times and values of a kind."""
    words = _content(text)
    return ({w for w in words if _numeric(w) or w in _KIND_OF}
            | {f"{h}:{m:02d}" for h, m in _times(text)})


def _pairs(text: str) -> set[tuple[str, str]]:
    """A value and the thing it describes ("black", "stone" in "a black Stone Island top")."""
    tokens = re.findall(r"[a-z]+", text.lower())
    return {(a, b) for a, b in itertools.pairwise(tokens) if a in _KIND_OF and b not in _STOP
            and b not in _KIND_OF}


_TIME = re.compile(
    r"\b(?:(half|quarter|[a-z]+(?:[- ][a-z]+)?|\d{1,2}) (past|to|after) "
    r"([a-z]+|\d{1,2})|(\d{1,2})[:.](\d{2})|half (one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|\d{1,2})(?! past| to))\b", re.IGNORECASE)


def _times(text: str) -> set[tuple[int, int]]:
    """Clock times said in a line: "twenty-five to nine" -> (8, 35), "8.40" -> (8, 40)."""
    out = set()
    for m in _TIME.finditer(text.lower()):
        if m.group(4):
            out.add((int(m.group(4)) % 12, int(m.group(5))))
            continue
        if m.group(6):  # "half six" is half past six
            hour = _count_of(m.group(6))
            if hour is not None:
                out.add((hour % 12, 30))
            continue
        minutes = _count_of(m.group(1))
        if minutes is None:  # "at quarter past": the word before is no part of the time
            minutes = _count_of(m.group(1).replace("-", " ").split()[-1])
        hour = _count_of(m.group(3))
        if minutes is None or hour is None or not 1 <= hour <= 12 or minutes > 30:
            continue
        if m.group(2) == "to":
            out.add(((hour - 1) % 12, 60 - minutes))
        else:
            out.add((hour % 12, minutes))
    return out | _hours(text)


def _hours(text: str) -> set[tuple[int, int]]:
    """Times on the hour: "ten o'clock", "midnight", "it started about eleven?"."""
    out = set()
    for m in _BARE_HOUR.finditer(text.lower()):
        hour = _count_of(m.group(1))
        if hour is not None and 1 <= hour <= 12:
            out.add((hour % 12, 0))
    for m in _HOUR.finditer(text.lower().replace("\u2019", "'")):
        if m.group(2):  # "midnight", "midday", "noon": twelve o'clock
            out.add((0, 0))
            continue
        hour = _count_of(m.group(1))
        if hour is not None and 1 <= hour <= 12:
            out.add((hour % 12, 0))
    return out


# "ten o'clock", "midnight": a time on the hour
_HOUR = re.compile(r"\b([a-z]+|\d{1,2}) o'? ?clock\b|\b(midnight|midday|noon)\b")
# "about eleven", "since ten last night": an hour said bare after a word of when, at the end
# of what is said of it ("about eleven people" is a count)
_BARE_HOUR = re.compile(r"\b(?:about|around|at|since|from|till|until|before|after|gone) "
                        r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                        r"(?=\s*(?:[?.!,;]|$|(?:ish|tonight|last night|this morning|"
                        r"this evening|or so|yeah)\b))")


_AGO = re.compile(r"\b(minute|hour|day|week|month|year)s? ago\b", re.IGNORECASE)
_UNIT_MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43200,
                 "year": 525600}


def _agos(text: str) -> set[int]:
    """How long ago a line says something happened, in minutes ("about an hour ago" -> 60,
    "twenty minutes ago" -> 20, "half an hour ago" -> 30): the words before the unit."""
    out = set()
    lowered = text.lower()
    for m in _AGO.finditer(lowered):
        before = re.findall(r"[a-z0-9]+", lowered[:m.start()].replace("-", " "))[-3:]
        count: float | None = None
        if before[-2:] == ["half", "an"] or before[-2:] == ["half", "a"]:
            count = 0.5
        elif before[-1:] in (["a"], ["an"]):
            count = 1
        else:
            for n in (2, 1):  # "twenty five minutes", "ten minutes"
                if len(before) >= n and (count := _count_of(" ".join(before[-n:]))) is not None:
                    break
        if count is not None:
            out.add(round(count * _UNIT_MINUTES[m.group(1).lower()]))
    return out


def _sentence_with_ago(line: str) -> str:
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        if _AGO.search(sentence):
            return sentence
    return line


_HAS = re.compile(r"\b([a-z]+) (?:has|has got|'s got|had|is carrying|was carrying|is holding|"
                  r"was holding) (?:got )?(?:an? |the |some )?([a-z ]+)", re.IGNORECASE)


def _held(text: str) -> set[tuple[str, str]]:
    """Who has what: "the tall one has a long metal bar, a crowbar" -> (one, long), (one,
    metal), (one, bar); each word of what they hold, up to the end of the clause."""
    out = set()
    for m in _HAS.finditer(text.lower().replace("\u2019", "'")):
        for word in m.group(2).split():
            if word not in _STOP and len(word) > 2:
                out.add((m.group(1), word))
    return out


def _bound_numbers(text: str) -> set[tuple[str, str]]:
    """Numbers and the word of substance just before them, which they belong to: "Ruby's
    six and Alfie's two" -> (ruby, 6), (alfie, 2); "five foot three" -> (foot, 3); "flat 2"
    -> (flat, 2). A number straight after another ("twenty five") is part of that one."""
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    out = set()
    for i, token in enumerate(tokens):
        if not _numeric(token) or token in ("one",):  # "the tall one" names, not counts
            continue
        before = [t for t in tokens[max(0, i - 3):i] if t not in _CLITICS]
        if not before or _numeric(before[-1]):
            continue
        thing = before[-1]
        if thing in _STOP or len(thing) < 3:
            continue
        run = list(itertools.takewhile(_numeric, tokens[i:]))  # "ninety two" is one
        out.add((thing, _digits(" ".join(run))))
    return out


def _same_number(a: str, b: str) -> bool:
    """"92" and "1992" are one year, said short."""
    return a.endswith(b) or b.endswith(a)


def _count_of(words: str) -> int | None:
    words = words.replace("-", " ").strip()
    if words.isdigit():
        return int(words)
    if words == "half":
        return 30
    if words == "quarter":
        return 15
    numbers = [w for w in words.split() if w in _DIGIT_OF]  # "was twenty" -> twenty
    if not numbers or numbers != words.split()[-len(numbers):]:
        return None
    return sum(int(_DIGIT_OF[w]) for w in numbers)


def _other_value(words: set[str], theirs: set[str]) -> set[str]:
    """The caller's value where the read-back has another of the same kind (a colour, a
    day, a side), or nothing."""
    for kind in _KINDS:
        ours = {w for w in words if _KIND_OF.get(w) == kind}
        truth = {w for w in theirs if _KIND_OF.get(w) == kind}
        if ours and truth and ours - truth:  # "Thursday and Saturday" for Friday-Saturday
            return truth
    return set()


def _near_numbers(words: set[str], theirs: set[str]) -> int:
    """Numbers that are slips of each other (2471 for 2417, 45 for 47): the same length
    and all but two digits in place, or the same digits in another order."""
    ours = [w for w in words if w.isdigit() and len(w) >= 2]
    truth = [w for w in theirs if w.isdigit() and len(w) >= 2]
    return sum(1 for a in ours for b in truth
               if a != b and len(a) == len(b)
               and (sorted(a) == sorted(b) or sum(x != y for x, y in zip(a, b, strict=True))
                    <= max(1, len(a) // 3)))


_ONE_PERSON = re.compile(r"\b(the|that|this|which|other)( [a-z]+)? one\b(?! (of|o'clock|"
                         r"hundred|thousand|minute|hour))", re.IGNORECASE)
# The start of a sentence about someone: "His mate…", "Her brother's…", "Dave's…".
_SOMEONE = re.compile(r"^\W*(?:(?:[Hh]is|[Hh]er|[Tt]heir) ([a-z]+)|"
                      r"([A-Z][a-z]+)(?:'s| is| has| was| had))\b")
# A person read back as the one something is true of: "so Kyle's the one…", "Kyle has…".
_WHO_IS = re.compile(r"\b([A-Z][a-z]+)(?:'s| is| has| was| had)\b")


def _someone_else(claim: str, words: set[str], line: str) -> set[str]:
    """A detail read back as one person's that the caller's line gives as another's: the
    sentence saying it is about someone else ("His mate…, ginger beard") and the person
    named in the read-back is spoken of in another sentence. The words of that sentence,
    or nothing."""
    names = {m.group(1).lower() for m in _WHO_IS.finditer(claim)} & _content(line) - _STOP
    if not names:
        return set()
    sentences = re.split(r"(?<=[.!?])\s+", line.strip())
    rest = words - names
    saying = [s for s in sentences if len(_content(s) & rest) >= 2]
    naming = [s for s in sentences if names & _content(s)]
    for sentence in saying:
        who = _SOMEONE.match(sentence)
        if who and not names & _content(sentence) and naming and \
                (who.group(1) or who.group(2) or "").lower() not in names | _STOP:
            # (its own words, so the sentence put right is this one)
            return _content(sentence) - {w for s in sentences if s != sentence
                                         for w in _content(s)}
    return set()


_STREET = re.compile(r"\b([A-Z][a-z]+) (Road|Street|Lane|Avenue|Drive|Close|Grove|Crescent|Way|"
                     r"Place|Terrace|Gardens|Court|Walk|Hill|Square|Row|Parade)\b")


def _other_street(claim: str, line: str, lines: list[str]) -> set[str]:
    """"Brandon Road" for the "Brandon Street" the caller said (and no Brandon Road in
    anything they know): the street's name and its kind, or nothing."""
    for name, kind in _streets(claim) - {s for other in lines for s in _streets(other)}:
        others = {k for n, k in _streets(line) if n == name and k != kind}
        if others:
            return {name, *others}
    return set()


def _streets(text: str) -> set[tuple[str, str]]:
    """A street's name and what kind of street it is ("Brandon Street": brandon, street):
    the same name with another kind is another street."""
    return {(m.group(1).lower(), m.group(2).lower()) for m in _STREET.finditer(text)}


def _places(text: str) -> set[str]:
    """Names in a line (capitalised words not opening a sentence): places and people."""
    out = set()
    for match in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b", text.strip()):
        word = match.group(1)
        if word.lower() not in _STOP and word.lower() not in _KIND_OF:
            out.add(word)
    return out


def _places_in(lines: Iterable[str]) -> set[str]:
    return {p for line in lines for p in _places(line)}


def _content(text: str) -> set[str]:
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    # ("there's" leaves an "s", "they've" a "ve": no word of substance)
    return {t for t in tokens if t not in _STOP and t not in _CLITICS
            and (len(t) > 1 or t.isdigit())}


_DIGIT_OF = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_DIGIT_OF.update({"oh": "0", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
                  "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"})


def _number_runs(text: str) -> set[str]:
    """Each number said, as digits: "thirty-four … ninety-two" -> {"34", "92"}."""
    runs = re.split(r"[^a-z0-9]*\b(?:(?!(?:" + "|".join(_DIGIT_OF) + r")\b)[a-z]+)\b[^a-z0-9]*",
                    text.lower())
    return {digits for digits in map(_digits, runs) if digits}


def _digits(text: str) -> str:
    """The digits a line says, in figures or words ("E K one nine" -> "19")."""
    out: list[str] = []
    tens = False  # "ninety two" is 92, not 902
    for token in re.findall(r"[a-z0-9]+", text.lower()):
        digits = "".join(c for c in token if c.isdigit()) or _DIGIT_OF.get(token, "")
        if tens and len(digits) == 1 and digits != "0" and token in _DIGIT_OF:
            out[-1] = out[-1][0] + digits
            tens = False
            continue
        tens = len(digits) == 2 and digits.endswith("0") and token in _DIGIT_OF
        out.append(digits)
    return "".join(out)


def _numeric(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in _NUMBER_WORDS


def _sentence_saying(line: str, words: set[str]) -> str:
    """The sentence of the caller's line that says most of what was read back ("so you'd
    like the officer disciplined?" is answered by "I don't want anybody disciplined, I'm
    not like that", not by "I'd like someone to admit it")."""
    best, most = line.strip(), 0
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        shared = len(_content(sentence) & words)
        if shared > most:
            best, most = sentence, shared
    return best


def _clause_saying(sentence: str, words: set[str]) -> str:
    """The clause of a sentence (between commas, or "but") that says most of the words."""
    parts = re.split(r"[,;:]|\s-\s|\bbut\b", sentence)
    return max(parts, key=lambda part: len(_content(part) & words))


# The phonetic alphabet a handler spells with ("foxtrot november one five"): each word is
# its letter when two or more of them spell together, so the code read back is the code.
_PHONETIC = {w: w[0].upper() for w in (
    "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray "
    "x-ray yankee zulu").split()}
_SPELLING = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _PHONETIC) +
                       r")\b(?:[\s,]+(?:" + "|".join(re.escape(w) for w in _PHONETIC) +
                       r")\b)+", re.IGNORECASE)


def spelt_out(text: str) -> str:
    """"Foxtrot november one five" -> "F N one five": a spelling in the phonetic alphabet as
    the letters it spells (a lone "golf" or "november" is the word itself)."""
    return _SPELLING.sub(lambda m: " ".join(_PHONETIC[w.lower()] for w in re.findall(
        r"[a-z-]+", m.group(0), re.IGNORECASE)), text)


def _sentence_with(line: str, words: set[str]) -> str:
    """The sentence of the caller's line that holds the value the trainee got wrong."""
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        if _content(sentence) & words:
            return sentence
    return line.strip()


# A code read back one letter or digit at a time, or in groups ("E K 9 1", "F Y 8 6 K Z N",
# "FM15 DWK"), as short as four: a partial registration is read back as often as a whole.
_SHORTEST_CODE = 4
_SPELT_DIGITS = {w: d for w, d in _DIGIT_OF.items() if len(d) == 1}


def _code_runs(text: str) -> list[str]:
    """The codes spelt in `text`, each of four or more letters and digits holding both (two
    letters or more).
    A letter counts when written as one (a capital, or a lone lower-case letter other than
    "a"), a number word only within a run ("F N one five")."""
    runs: list[str] = []
    run: list[str] = []
    for said in [*text.split(), ""]:
        token = said.strip(".,?!;:\"()")
        low = token.lower()
        if run and low in _SPELT_DIGITS:
            piece = _SPELT_DIGITS[low]
        elif re.fullmatch(r"[A-Z]|[b-hj-z]|\d{1,4}|[A-Z0-9]{2,4}", token) and \
                token not in ("I", "AM", "PM") and low not in MAKES:  # ("BMW 3 Series")
            piece = low
        else:
            piece = ""
        if piece:
            run.append(piece)
            if said == token:
                continue  # (a comma or a stop ends the code: "F Y 6 8, is that it?")
        code = "".join(run)
        if len(code) >= _SHORTEST_CODE and _mixed(code) and \
                sum(c.isalpha() for c in code) >= 2:  # (a road, "A127", is no code)
            runs.append(code)
        run = []
    return runs


def code_recall(claim: str, lines: Iterable[str]) -> Recall | None:
    """A code read back ("So that's E K 9 1?") checked against the codes in what the caller
    said or knows, as far as either goes: the same, or one the other starts with, is
    right; the same length of a known code with characters swapped or one or two wrong is
    a slip, put right with the caller's sentence that says it. None when no code is read
    back, or it is nothing like one they know."""
    said = _code_runs(spelt_out(claim))  # ("foxtrot november one five": F N 1 5)
    if not said:
        return None
    known = [(code, sentence) for line in lines
             for sentence in re.split(r"(?<=[.!?])\s+", line.strip())
             for code in _code_runs(sentence)]
    for ours in said:
        if any(code.startswith(ours) or ours.startswith(code) for code, _ in known):
            return Recall("confirm", "")
    for ours in said:
        for code, sentence in known:
            n = min(len(ours), len(code))
            # (in a short code, two wrong of four is another code, not a slip)
            short = n <= _SHORTEST_CODE + 1 and sorted(ours[:n]) != sorted(code[:n]) and \
                sum(a != b for a, b in zip(ours, code, strict=False)) > 1
            if _slip_of(ours[:n], code[:n]) and not short:
                return Recall("correct", sentence)
    return None
