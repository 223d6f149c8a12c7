"""A clause quoted as the trainee said it, not as the analysis read it.

The analysis reads each clause after putting its wording in one form (`scoring.intents.clauses`:
"you and your family" joined as "you & your family", "he has to stay in" put as "he must stay
in" by `scoring.told_through`, a recogniser's "wear do you live" repaired to "where do you
live" by `scoring.homophones`; `scoring.understanding.wording.spelled`: "don't" as "do not").
That form is right for reading and wrong for quoting: an assessor's record that quotes the
trainee must quote what the trainee said. So wherever a clause (or words of it) is shown to a
person, the words shown are the span of the turn's own text the clause came from, found here.

How: the clause's words are aligned with the turn's words (lower-cased, apostrophes dropped)
allowing words to be skipped, swapped for a similar word ("wear" for "where"), or run together
("wear abouts" for "whereabouts", "dont" for "do not"); the turn's words before and after the
aligned stretch cost nothing, so the stretch found is the one the clause came from. The quote
runs from the first to the last word of that stretch, as written, punctuation within kept.
When fewer than half its words align (a clause that is no part of the turn), the clause
itself is quoted.

Only display reads this: what is read and how it is marked never depend on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from rapidfuzz import fuzz

# A word as written: letters, digits and what joins them ("don't", "so-called", "07700"), or
# the sign the analysis writes for "and".
_WORD = re.compile(r"[\w&]+(?:['’\-][\w&]+)*['’]?")
# Joining "and" as the analysis writes it between two people or names (`scoring.intents`).
_SAME = {"&": "and"}
# Costs of the alignment. A clause word the turn does not have costs a little more than a
# turn word inside the stretch the clause does not have: the clause's words are nearly all
# the turn's, while a clause cut from a run of speech has lost its joining words ("and").
_MISSING = 1.0
_EXTRA = 0.9
# ... and much less for the words the clause cutter drops where it joins two parts into one
# clause ("is she breathing and talking to you" read as "is she breathing talking to you")
# and the hesitations it leaves out ("police, erm, is anybody hurt")
_CUT = frozenset("and also plus but then erm um er uh".split())
_CUT_EXTRA = 0.2
_UNLIKE = 1.05  # swapping two words that are not alike: never cheaper than leaving one out
_ALIKE = 0.5  # words at least this alike (0-1) are one word respelled ("wot" / "what")
_SWAP = 1.5  # the cost of a respelling, for each part of likeness it lacks
_RUN_ALIKE = 0.75  # words run together must be more alike ("whattime" is not "time")
_RUN_ON = 0.05  # each further word run together with the first
_MOST_RUN = 4  # at most four words run together ("bee em double you" for "BMW")
_REACH = 12  # in a long turn, how far beyond the clause's words its stretch may run
_MOST_CELLS = 20_000  # the largest alignment done word by word (~0.2 s)
# Words the analysis writes for others it is not spelled like: the obligation said of
# someone else (`scoring.told_through`: "has got to", "'s to", … read as "must") and a car's
# make said letter by letter (`scoring.homophones`), each as its words run together.
_PUT_FOR = {
    "must": frozenset({"hasto", "haveto", "hasgotto", "havegotto", "gotto", "isto", "areto",
                       "to"}),
    "mustnot": frozenset({"notto", "isnotto", "isntto", "arenotto", "arentto"}),
    "bmw": frozenset({"beeemdoubleyou", "beeemw"}),
    "vw": frozenset({"veedoubleyou"}),
}


# The ways one stretch of clause words may stand for one of turn words: word for word, one
# of them run together with up to `_MOST_RUN` of the other, or (only as `_PUT_FOR` says)
# two for several ("must not" for "'s not to").
_STEPS = tuple((a, b) for a in range(1, _MOST_RUN + 1) for b in range(1, _MOST_RUN + 1)
               if a == 1 or b == 1 or a == 2)


def _key(word: str) -> str:
    bare = re.sub(r"['’]", "", word.lower())
    return _SAME.get(bare, bare)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(_key(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def as_said(clause: str, text: str) -> str:
    """The words of `text` (a trainee's turn as said) that `clause` (one clause of it as the
    analysis read it) came from; `clause` itself when the turn has too few of its words."""
    clause = " ".join(clause.split())
    if not clause or not text:
        return clause
    found = _whole_words(clause, text)
    if found is not None:
        return found
    span = _aligned(clause, text)
    return clause if span is None else " ".join(text[span[0]:span[1]].split())


def requoted(reason: str, text: str) -> str:
    """`reason` with each of its quotes ('…' after a space or an opening bracket, closed
    before a bracket, a comma, a semicolon or the end) put as the trainee said it in `text`:
    for the reasons of doubt (`scoring.doubts`), which quote only the trainee's words, read
    in the analysis's form."""
    return _QUOTED.sub(lambda m: f"'{as_said(m.group(1), text)}'", reason)


_QUOTED = re.compile(r"(?:(?<=\()|(?<=\s)|^)'(.+?)'(?=\)|,|;|$)")


def _whole_words(clause: str, text: str) -> str | None:
    """The clause as it stands in the text, whole words, any case (the most turns)."""
    folded = " ".join(text.split())
    at = folded.lower().find(clause.lower())
    while at >= 0:
        end = at + len(clause)
        if (at == 0 or not folded[at - 1].isalnum()) and (
                end == len(folded) or not folded[end].isalnum()):
            return folded[at:end]
        at = folded.lower().find(clause.lower(), at + 1)
    return None


def _aligned(clause: str, text: str) -> tuple[int, int] | None:
    """Where in `text` the stretch of words aligned with the clause's starts and ends."""
    said = _tokens(text)
    read = [k for k, _, _ in _tokens(clause)]
    if not said or not read:
        return None
    if len(said) > 2 * len(read) + _REACH:
        # a long turn: only the stretch around the clause's longest run of the same words
        # is searched (the alignment's cost grows with the turn's length times the clause's)
        run = SequenceMatcher(None, read, [k for k, _, _ in said],
                              autojunk=False).find_longest_match()
        if run.size:
            said = said[max(0, run.b - run.a - _REACH):run.b + len(read) - run.a + _REACH]
    if len(said) * len(read) > _MOST_CELLS:
        # (a clause of hundreds of words: its same words, first to last, found cheaply)
        blocks = [b for b in SequenceMatcher(None, read, [k for k, _, _ in said],
                                             autojunk=False).get_matching_blocks() if b.size]
        if 2 * sum(b.size for b in blocks) < len(read):
            return None
        return said[blocks[0].b][1], said[blocks[-1].b + blocks[-1].size - 1][2]
    found = _stretch(read, [k for k, _, _ in said])
    return None if found is None else (said[found[0]][1], said[found[1] - 1][2])


def _stretch(read: list[str], keys: list[str]) -> tuple[int, int] | None:
    """The stretch of `keys` (the turn's words, from its first to past its last) the clause's
    words `read` align with at least cost; None when fewer than half of them are found."""
    n, m = len(read), len(keys)
    step = _stepper(read, keys)
    inf = float("inf")
    # cost[i][j]: the least cost of the clause's first i words against a stretch of the turn
    # ending before its word j; start[i][j]: where that stretch starts; hits[i][j]: how many
    # clause words it matched with a word alike
    cost = [[0.0] * (m + 1)] + [[inf] * (m + 1) for _ in range(n)]
    start = [list(range(m + 1))] + [[0] * (m + 1) for _ in range(n)]
    hits = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(m + 1):
            best, begin, hit = cost[i - 1][j] + _MISSING, start[i - 1][j], hits[i - 1][j]
            extra = _CUT_EXTRA if j and keys[j - 1] in _CUT else _EXTRA
            if j and cost[i][j - 1] + extra < best:
                best, begin, hit = cost[i][j - 1] + extra, start[i][j - 1], hits[i][j - 1]
            # (the same word both sides is taken as it is: nothing run together beats it)
            for took, gave in ((1, 1),) if j and read[i - 1] == keys[j - 1] else _STEPS:
                taken = step(i, j, took, gave) if took <= i and gave <= j else None
                if taken is not None and cost[i - took][j - gave] + taken[0] < best:
                    best = cost[i - took][j - gave] + taken[0]
                    begin = start[i - took][j - gave]
                    hit = hits[i - took][j - gave] + taken[1]
            cost[i][j], start[i][j], hits[i][j] = best, begin, hit
    end = min(range(m + 1), key=lambda j: cost[n][j])
    if 2 * hits[n][end] < n or start[n][end] >= end:
        return None  # (fewer than half its words found: the clause is not from this turn)
    return start[n][end], end


def _stepper(read: list[str], keys: list[str],
             ) -> Callable[[int, int, int, int], tuple[float, bool] | None]:
    """The cost of taking the `took` clause words before `i` for the `gave` turn words before
    `j`, and whether they are alike; None when they cannot be taken so."""
    alike = _likeness()
    # the words ending at each place run together, one to `_MOST_RUN` of them
    runs = [{k: "".join(read[i - k:i]) for k in range(1, min(i, _MOST_RUN) + 1)}
            for i in range(len(read) + 1)]
    said_runs = [{k: "".join(keys[j - k:j]) for k in range(1, min(j, _MOST_RUN) + 1)}
                 for j in range(len(keys) + 1)]

    def step(i: int, j: int, took: int, gave: int) -> tuple[float, bool] | None:
        mine, theirs = runs[i][took], said_runs[j][gave]
        if took + gave > 2 and theirs not in _PUT_FOR.get(mine, ()) and (
                (took > 1 and gave > 1)  # several for several: only as `_PUT_FOR` says
                # (too unlike in length to be alike enough run together)
                or 2 * min(len(mine), len(theirs)) < _RUN_ALIKE * (len(mine) + len(theirs))):
            return None
        like = alike(mine, theirs)
        if took + gave > 2 and not _runs_together(read[i - took:i], keys[j - gave:j], like,
                                                  alike):
            return None
        cost = _SWAP * (1.0 - like) if like >= _ALIKE else _UNLIKE
        return cost + _RUN_ON * (took + gave - 2), like >= _ALIKE
    return step


def _runs_together(read: list[str], said: list[str], like: float,
                   alike: Callable[[str, str], float]) -> bool:
    """Are several words on one side the one word on the other run together ("wear abouts"
    for "whereabouts", "do not" for "dont")? Only when alike, and more alike run together
    than any of them alone ("nine v" is not "nine": the "v" adds nothing)."""
    if like == 1.0:
        return True  # (a respelling the analysis makes: `_PUT_FOR`)
    many, one = (read, said[0]) if len(read) > 1 else (said, read[0])
    return like >= _RUN_ALIKE and all(like > alike(part, one) for part in many)


def _likeness() -> Callable[[str, str], float]:
    seen: dict[tuple[str, str], float] = {}

    def alike(a: str, b: str) -> float:
        if a == b or b in _PUT_FOR.get(a, ()):
            return 1.0
        if (a, b) not in seen:
            seen[a, b] = fuzz.ratio(a, b) / 100.0
        return seen[a, b]
    return alike
