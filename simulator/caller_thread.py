"""Following the thread: a trainee who takes up what the caller said ("You said he'd kill you
if you phoned us again, was that tonight?", "when you say the frame's splintered, is it by
the lock?") is asking more about that, not about whatever the words of the question
resemble. These are the forms of English that point back at the caller's own words, and
which of the caller's answers they point at.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from scoring.text import stem, words

# A clause that quotes or recalls the caller: "you said…", "when you say…", "you mentioned
# that…", "you told me…", "you were saying…". Group 1: the words quoted.
_QUOTES = re.compile(
    r"^\W*(?:(?:and|so|but|okay|ok|right|now|sorry)\W+)*(?:when\W+|earlier\W+|before\W+)?"
    r"you(?:'ve|\s+have)?\s+(?:said|say|mentioned|mention|told\s+me|were\s+saying|"
    r"said\s+earlier|said\s+before)\b(?:\s+that)?\W+(.+)$", re.IGNORECASE)
# A question whose subject is what was just said: "was that tonight?", "is it round the
# lock?", "what does it show?", "when was this?" (up to two words before its verb).
_POINTS_BACK = re.compile(
    r"^\W*(?:(?:and|so|but|then)\W+)?(?:\w+\W+){0,2}?(?:is|was|were|does|did|has|had|"
    r"will|would|could|can)\W+(?:it|that|this)\b", re.IGNORECASE)
# Words too common to say which answer is meant.
_COMMON = frozenset(
    "the and but for with from that this there then they them their his her him she you "
    "your yours was were are has have had been does did not just said say told tell mentioned "
    "when what where which who why how about again some any all one out into onto over "
    "get got going gone know think thing really very well yeah okay like".split())
TAKEN_UP = 2  # words an answer must share with the quote to be the one quoted


def quoted(clause: str) -> str | None:
    """The caller's words a clause quotes or recalls ("you said he'd kill you…" -> "he'd
    kill you…"), if it does."""
    match = _QUOTES.match(clause)
    return match.group(1) if match else None


def points_back(clause: str) -> bool:
    """Is the clause a question about "it", "that" or "this": what was just said?"""
    return bool(_POINTS_BACK.match(clause))


# "And when was that?", "and how do you know he's there?": a short question carrying on
# from the last answer, ending on a word that points back at what it said.
# ("and how did those go, the other two times?": "those" points back wherever it stands;
# "and is anyone else there?" asks who is, a new question)
_CARRIES_ON = re.compile(r"^\W*(?:and|so|but)\b(?:(?:\W+\w+){1,7}?\W+"
                         r"(?:that|(?<!else )(?<!one )(?<!body )there|then)\W*$|"
                         r"(?:\W+\w+){0,7}?\W+(?:those|them other|these)\b)", re.IGNORECASE)


def carries_on(clause: str) -> bool:
    """Is the clause a question about what the last answer said ("and when was that?")?"""
    return bool(_CARRIES_ON.match(clause))


# "and what night was that?", "where was it locked up?", "how long do they keep it for?":
# a question of when, where or how long, asked by its opening words (or by the words after
# a comma: "your mum's, whereabouts is that?"), not a "when" or "where" inside a clause
# ("was there CCTV where it was taken from?", "was it there when you walked past?").
_ASKS_OF = re.compile(
    r"(?:^|[,;:]|\ber\b)\W*(?:(?:and|so|but|okay|ok|right|then|sorry|er|um)\W+)*"
    r"(where(?:abouts)?|how long ago|how long|when|what time of|what time|"
    r"what (?:night|day|date|month|year))\b", re.IGNORECASE)
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|forty|fifty|sixty|a|an|a few|a couple of|several)")
# What a line must say to answer each: any time, a time of the clock, a stretch of time, a
# place. Generous on purpose: a line wrongly thought to say it is only given as before.
_SAYS: dict[str, re.Pattern[str]] = {
    "time": re.compile(
        r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
        r"half|quarter|midnight|midday|noon|morning|afternoon|evening|night|tonight|today|"
        r"yesterday|week|weekend|month|year|ago|since|earlier|recently|"
        r"minutes?|hours?|days?|weeks?|ages|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|january|february|march|april|may|june|july|august|september|"
        r"october|november|december)\b", re.IGNORECASE),
    "clock": re.compile(
        r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
        r"thirty|o'clock|half|quarter|midnight|midday|noon|lunchtime|teatime|ago|"
        r"just now)\b", re.IGNORECASE),
    "duration": re.compile(
        rf"\b{_NUMBER}\W+(?:\w+\W+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|"
        r"fortnights?|months?|years?)\b|\b(since|ages|all (day|night|evening|week)|forever|"
        r"a while)\b", re.IGNORECASE),
    "place": re.compile(
        r"(?i:\b(outside|inside|behind|beside|near|opposite|next to|next door|across|along|"
        r"upstairs|downstairs|above|underneath|(?:at|from) home|"
        r"(?:the|my|his|her|their|our|your|care|nursing) home|road|street|lane|avenue|close|drive|"
        r"crescent|grove|terrace|estate|park|station|shop|pub|school|hospital|church|house|"
        r"flat|garden|garage|kitchen|bedroom|bathroom|room|hall|door|window|car park|racks?|"
        r"entrance|corner|field|motorway|junction|bridge|town|village|centre|"
        # where on someone: "where did he grab you?", "where's she bleeding from?"
        r"head|face|eye|nose|mouth|lip|ear|neck|throat|shoulder|arm|elbow|wrist|hand|"
        r"finger|chest|ribs|stomach|back|hip|leg|knee|ankle|foot|feet)s?\b)|"
        r"\b(?i:at|in|on|from|to|by|into)\s+(?i:the\s+|a\s+|my\s+|his\s+|her\s+|their\s+|"
        r"our\s+)?(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
        r"february|march|april|may|june|july|august|september|october|november|december)\b)"
        r"(?:[A-Z][a-z]+|\d+\b)"),
}
_KIND_ASKED = {"where": "place", "whereabouts": "place", "how long": "duration",
               "what time": "clock"}


def asked_of(clause: str) -> str | None:
    """What a question of when, where or how long needs its answer to say: "time",
    "clock", "duration" or "place"; None when it asks none of them."""
    match = _ASKS_OF.search(clause)
    return None if match is None else _KIND_ASKED.get(match.group(1).lower(), "time")


def says(kind: str, line: str) -> bool:
    """Does the line say a `kind` of thing (of `asked_of`)?"""
    return bool(_SAYS[kind].search(line))


def says_when_asked(clause: str, lines: Iterable[str]) -> bool:
    """Could these lines answer the clause's question of when, where or how long (if it
    asks one)?"""
    kind = asked_of(clause)
    return kind is None or any(says(kind, line) for line in lines)


def content(text: str) -> set[str]:
    """The stems of the words of substance in `text`."""
    return {stem(w) for w in words(text) if len(w) > 2 and not w.isdigit()
            and w not in _COMMON}


def taken_up(text: str, answers: Iterable[tuple[str, Iterable[str]]],
             leave_out: Iterable[str] = ()) -> str | None:
    """Which answer `text` takes up: the id of the one (of `answers`: id and its lines)
    sharing the most words of substance with it, at least `TAKEN_UP` of them, none of
    them words of `leave_out` (what the question asks in any case); None when none does
    or two tie."""
    wanted = content(text) - set(leave_out)
    if len(wanted) < TAKEN_UP:
        return None
    scored = sorted(((len(wanted & content(" ".join(lines))), key) for key, lines in answers),
                    reverse=True)
    if not scored or scored[0][0] < TAKEN_UP or (len(scored) > 1
                                                 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def peculiar_to(text: str, answers: Iterable[tuple[str, Iterable[str]]],
                told: Iterable[str]) -> str | None:
    """Which told answer `text` asks more about by a word only that answer says ("what
    number does Mrs Grant live at?" after "Mrs Grant at 17 has complained"): the id of the
    one fact of `told` holding a word of substance of `text` that no other of `answers`
    holds; None when no word, or words of two facts, point that way."""
    wanted = content(text)
    if not wanted:
        return None
    holders: dict[str, set[str]] = {}
    for key, lines in answers:
        for word in wanted & content(" ".join(lines)):
            holders.setdefault(word, set()).add(key)
    told_ids = set(told)
    pointed = {next(iter(keys)) for keys in holders.values() if len(keys) == 1}
    pointed &= told_ids
    return pointed.pop() if len(pointed) == 1 else None


# "What makes you think that?", "why do you say that?", "how do you know he's gone?": the
# grounds for what the caller said. Group "rest": what they are asked it of, if said.
_GROUNDS = re.compile(
    r"^\W*(?:(?:and|so|but|okay|ok|right|sorry)\W+)*(?:what\s+makes\s+you\s+(?:think|say|"
    r"believe|feel|sure|reckon)|why\s+do\s+you\s+(?:think|say|believe|reckon)|how\s+do\s+you\s+"
    r"know|what\s+makes\s+you\s+so\s+sure)\b(?:\s+that\b)?\W*(?P<rest>.*?)\W*$", re.IGNORECASE)


def grounds_asked(clause: str) -> str | None:
    """What the caller is asked their grounds for ("" for "what makes you think that?",
    "he's there" for "what makes you think he's there?"); None when the clause doesn't ask
    their grounds."""
    match = _GROUNDS.match(clause)
    if match is None:
        return None
    rest = match.group("rest")
    return "" if rest.lower() in ("", "so", "it", "this") else rest


PECULIAR = 2  # words of substance only one told answer holds, for a question to be about it
# A name within a sentence, with any title before it ("Mrs Grant", "Liam").
_NAMED = re.compile(r"(?i:\b(?:mr|mrs|ms|miss|dr)\b\.?)|(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\b")


def told_of(text: str, answers: Iterable[tuple[str, Iterable[str]]],
            told: Iterable[str]) -> str | None:
    """Which told answer a question nothing else placed is about ("and when did the
    crisis team stop seeing him?" after "the crisis team stopped coming in May"): the id of
    the one fact of `told` holding `PECULIAR` or more words of substance of `text` that no
    other of `answers` holds, two of them side by side as in the question, when no word
    points at any other; else None."""
    # (a person named is no thing told of: "has Mrs Grant had a reply?" asks of her doings)
    text = _NAMED.sub(" ", text)
    wanted = content(text)
    holders: dict[str, set[str]] = {}
    answers_of = [(key, tuple(lines)) for key, lines in answers]
    for key, lines in answers_of:
        for word in wanted & content(" ".join(lines)):
            holders.setdefault(word, set()).add(key)
    pointed: dict[str, int] = {}
    for keys in holders.values():
        if len(keys) == 1:
            key = next(iter(keys))
            pointed[key] = pointed.get(key, 0) + 1
    told_ids = set(told)
    if len(pointed) != 1:
        return None
    key, count = next(iter(pointed.items()))
    if key not in told_ids or count < PECULIAR:
        return None
    # and two of them said together, as the caller said them ("the crisis team"), not
    # apart ("she's a care assistant… the kids have left home" is no "care home")
    asked = [stem(w) for w in words(text)]
    said = {(stem(a), stem(b)) for lines in [dict(answers_of).get(key, ())]
            for line in lines for a, b in itertools.pairwise(words(line))}
    return key if any(pair in said and pair[0] in wanted and pair[1] in wanted
                      for pair in itertools.pairwise(asked)) else None
