"""Marking a typing test from its keystrokes.

Every keystroke carries the time of its own key event (seconds on the test's clock), never
a time read when the screen got round to it, so a busy frame cannot slow a trainee down.

Speed follows the usual typing-test rules: a word is 5 characters (spaces and punctuation
included); gross wpm = characters in the final text / 5 / minutes; net wpm = gross wpm −
uncorrected errors / minutes. An uncorrected error is one edit (a wrong, missing or extra
character) between what is left on the screen and the passage, found by alignment, so one
skipped letter costs one error, not every letter after it. Accuracy is the share of the
attempted passage that ends up right. Errors that were corrected cost time, not marks, but
still show on the key error map: a trainer wants to see which keys a trainee fights.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz.distance import Levenshtein

from scoring.profiles import Profile
from scoring.text import agreement, mentions
from scoring.typing_tests import AudioTest, CopyTest, DataEntryTest, TypingTest

BACKSPACE = "backspace"
WORD = 5  # characters in a standard word
# How far past the typed length to look for where the trainee really is in the passage: a
# trainee who skipped or doubled a few words is still compared with the right stretch.
ALIGN_WINDOW = 40


@dataclass(frozen=True)
class Keystroke:
    """One key: a character, or `BACKSPACE`; `field` names the data-entry field."""

    t: float
    key: str
    field: str = ""

    def to_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"t": round(self.t, 4), "key": self.key}
        if self.field:
            entry["field"] = self.field
        return entry


def typed_text(keys: Iterable[Keystroke], field_id: str = "") -> str:
    """What is on screen after these keystrokes (only Backspace edits: no cursor moves,
    as in any typing test)."""
    text: list[str] = []
    for k in keys:
        if k.field != field_id:
            continue
        if k.key == BACKSPACE:
            if text:
                text.pop()
        else:
            text.append(k.key)
    return "".join(text)


@dataclass(frozen=True)
class Speed:
    seconds: float
    characters: int
    keystrokes: int
    corrections: int
    uncorrected_errors: int
    gross_wpm: float
    net_wpm: float
    accuracy: float  # 0–1
    key_errors: dict[str, int]  # intended key -> times mistyped (corrected or not)

    def to_json(self) -> dict[str, Any]:
        return {"seconds": round(self.seconds, 3), "characters": self.characters,
                "keystrokes": self.keystrokes, "corrections": self.corrections,
                "uncorrected_errors": self.uncorrected_errors,
                "gross_wpm": round(self.gross_wpm, 2), "net_wpm": round(self.net_wpm, 2),
                "accuracy": round(self.accuracy * 100, 2), "key_errors": self.key_errors}


def key_name(char: str) -> str:
    return {" ": "space", "\n": "enter"}.get(char, char)


def attempted(passage: str, typed: str) -> str:
    """The stretch of the passage the typed text is an attempt at (its best-aligned start)."""
    low = max(0, len(typed) - ALIGN_WINDOW)
    high = min(len(passage), len(typed) + ALIGN_WINDOW)
    best = min(range(low, high + 1),
               key=lambda n: (Levenshtein.distance(typed, passage[:n]), abs(n - len(typed))))
    return passage[:best]


def speed(passage: str, keys: Sequence[Keystroke], seconds: float) -> Speed:
    """Speed, accuracy and key errors of typing `passage` in `seconds`."""
    typed = typed_text(keys)
    target = attempted(passage, typed)
    ops = Levenshtein.editops(typed, target)
    errors: Counter[str] = Counter()
    for op in ops:
        # A wrong or missing character is a miss of the key the passage wanted there. An
        # extra character has no intended key: guessing one (the next key? the one it
        # displaced?) was wrong as often as right on swapped pairs, so it is "extra".
        errors["extra" if op.tag == "delete" else key_name(target[op.dest_pos])] += 1
    errors.update(corrected_errors(passage, keys))
    minutes = max(seconds, 1e-6) / 60.0
    gross = len(typed) / WORD / minutes
    net = max(0.0, gross - len(ops) / minutes)
    span = max(len(typed), len(target))
    accuracy = max(0.0, 1.0 - len(ops) / span) if span else 0.0
    return Speed(seconds=seconds, characters=len(typed), keystrokes=len(keys),
                 corrections=sum(k.key == BACKSPACE for k in keys),
                 uncorrected_errors=len(ops), gross_wpm=gross, net_wpm=net,
                 accuracy=accuracy, key_errors=dict(errors.most_common()))


def wrong_places(passage: str, typed: str) -> tuple[set[int], set[int], int]:
    """Where the typed text goes wrong, by alignment (for marking errors on screen):
    positions in `typed` that are wrong or extra, positions in the passage that were
    mistyped or missed, and how much of the passage the typing has reached."""
    target = attempted(passage, typed)
    in_typed: set[int] = set()
    in_passage: set[int] = set()
    for op in Levenshtein.editops(typed, target):
        if op.tag != "insert":
            in_typed.add(op.src_pos)
        if op.tag != "delete":
            in_passage.add(op.dest_pos)
    return in_typed, in_passage, len(target)


@dataclass(frozen=True)
class Mistake:
    """Words of the passage that ended up wrong, and what was typed instead."""

    expected: str
    typed: str


def mistakes(passage: str, typed: str, limit: int = 12) -> list[Mistake]:
    """The uncorrected errors as a trainee reads them: word for word, not character codes."""
    want = attempted(passage, typed).split()
    got = typed.split()
    found: list[Mistake] = []
    matcher = difflib.SequenceMatcher(a=want, b=got, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "equal":
            found.append(Mistake(" ".join(want[a0:a1]), " ".join(got[b0:b1])))
    return found[:limit]


def corrected_errors(passage: str, keys: Iterable[Keystroke]) -> Counter[str]:
    """Intended keys mistyped and then put right with Backspace."""
    typed: list[tuple[str, str | None]] = []  # (typed, intended) on screen now
    found: Counter[str] = Counter()
    for k in keys:
        if k.key == BACKSPACE:
            if typed:
                char, intended = typed.pop()
                if intended is not None and char != intended:
                    found[key_name(intended)] += 1
        else:
            position = len(typed)
            typed.append((k.key, passage[position] if position < len(passage) else None))
    return found


# --- the three kinds --------------------------------------------------------------------


@dataclass(frozen=True)
class FactMark:
    id: str
    captured: bool


@dataclass(frozen=True)
class FieldMark:
    id: str
    label: str
    expected: str
    typed: str
    agreement: float  # 0–1, partial credit after normalising both


@dataclass(frozen=True)
class CriterionMark:
    """One person-spec criterion evidenced by the test, for one profile."""

    profile: str
    organisation: str
    id: str
    measures: Literal["speed", "accuracy"]
    needed: str
    achieved: str
    score: float  # 0–100
    passed: bool
    reason: str


@dataclass
class TypingResult:
    test: str
    kind: str
    speed: Speed
    pass_accuracy: int
    facts: list[FactMark] = field(default_factory=list)
    fields: list[FieldMark] = field(default_factory=list)
    mistakes: list[Mistake] = field(default_factory=list)
    criteria: list[CriterionMark] = field(default_factory=list)
    # Stopped before the test's minimum time with the passage (or fields) unfinished: the
    # figures are kept for the trainer, but it is never a pass (`incomplete` says why).
    incomplete: str = ""

    @property
    def complete(self) -> bool:
        return not self.incomplete

    @property
    def accuracy(self) -> float:
        """The one accuracy figure (docs/typing-tests.md), 0–1: characters right for copy
        typing; for audio typing the lower of characters right and facts captured; for
        data entry the fields' average agreement with the truth."""
        if self.kind == "audio":
            return min(self.speed.accuracy, self.facts_share)
        if self.kind == "data-entry":
            return self.fields_share
        return self.speed.accuracy

    @property
    def facts_share(self) -> float:
        return sum(f.captured for f in self.facts) / len(self.facts) if self.facts else 1.0

    @property
    def fields_share(self) -> float:
        return sum(f.agreement for f in self.fields) / len(self.fields) if self.fields else 0.0

    def to_json(self) -> dict[str, Any]:
        figures = self.speed.to_json()
        characters = figures.pop("accuracy")
        return {
            "format": "callsim.typing-result/1", "test": self.test, "kind": self.kind,
            "complete": self.complete, "incomplete": self.incomplete,
            **figures, "pass_accuracy": self.pass_accuracy,
            # One accuracy figure; `judged_accuracy` is the same, kept for older readers.
            "accuracy": round(self.accuracy * 100, 2),
            "judged_accuracy": round(self.accuracy * 100, 2),
            **({} if self.kind == "data-entry" else {"character_accuracy": characters}),
            "facts": [{"id": f.id, "captured": f.captured} for f in self.facts],
            "fields": [{"id": f.id, "label": f.label, "expected": f.expected,
                        "typed": f.typed, "agreement": round(f.agreement, 3)}
                       for f in self.fields],
            "mistakes": [{"expected": m.expected, "typed": m.typed} for m in self.mistakes],
            "criteria": [c.__dict__ for c in self.criteria],
        }


def mark(test: TypingTest, keys: Sequence[Keystroke], seconds: float,
         profiles: Iterable[Profile] = ()) -> TypingResult:
    """Mark one attempt at `test`: keystrokes in order, `seconds` from start to finish."""
    if isinstance(test, DataEntryTest):
        result = _mark_entry(test, keys, seconds)
    else:
        # Audio typing is timed against the script as copy typing is against the passage.
        text = test.passage if isinstance(test, CopyTest) else test.script
        result = TypingResult(test.id, test.kind, speed(text, keys, seconds),
                              test.pass_accuracy, mistakes=mistakes(text, typed_text(keys)))
        if isinstance(test, AudioTest):
            typed = typed_text(keys)
            result.facts = [FactMark(f.id, mentions(typed, f.point)) for f in test.facts]
    result.incomplete = incompleteness(test, keys, seconds)
    result.criteria = [c for p in profiles for c in criterion_marks(result, p)]
    return result


def incompleteness(test: TypingTest, keys: Sequence[Keystroke], seconds: float) -> str:
    """Why this attempt is no result ("" if it is one): it needs the test's minimum time,
    or the whole passage typed (every field filled in, for data entry)."""
    if seconds + 1e-3 >= test.minimum_seconds:
        return ""
    if isinstance(test, DataEntryTest):
        if all(typed_text(keys, f.id).strip() for f in test.fields):
            return ""
        unfinished = "some fields were left empty"
    else:
        text = test.passage if isinstance(test, CopyTest) else test.script
        if wrong_places(text, typed_text(keys))[2] >= len(text):
            return ""
        unfinished = "the passage was not finished"
    return (f"stopped after {seconds:.0f} s and {unfinished}: a result needs "
            f"{test.minimum_seconds} s of typing or the whole "
            f"{'record' if isinstance(test, DataEntryTest) else 'passage'}")


def _mark_entry(test: DataEntryTest, keys: Sequence[Keystroke], seconds: float
                ) -> TypingResult:
    marks = []
    for f in test.fields:
        typed = typed_text(keys, f.id)
        marks.append(FieldMark(f.id, f.label, f.value, typed,
                               agreement(f.value, typed, f.normalise) if typed else 0.0))
    # Speed over all fields: each field's keystrokes against its own true value.
    per_field = [speed(f.value, [Keystroke(k.t, k.key) for k in keys if k.field == f.id],
                       seconds) for f in test.fields]
    minutes = max(seconds, 1e-6) / 60.0
    characters = sum(s.characters for s in per_field)
    errors = sum(s.uncorrected_errors for s in per_field)
    key_errors: Counter[str] = Counter()
    for s in per_field:
        key_errors.update(s.key_errors)
    gross = characters / WORD / minutes
    total = Speed(seconds=seconds, characters=characters, keystrokes=len(keys),
                  corrections=sum(s.corrections for s in per_field),
                  uncorrected_errors=errors, gross_wpm=gross,
                  net_wpm=max(0.0, gross - errors / minutes),
                  accuracy=max(0.0, 1.0 - errors / characters) if characters else 0.0,
                  key_errors=dict(key_errors.most_common()))
    return TypingResult(test.id, test.kind, total, test.pass_accuracy, fields=marks)


# --- the role profiles ------------------------------------------------------------------

# A criterion that names a speed ("Types at 35 words per minute") is judged on net speed;
# any other criterion evidenced by typing ("Enters data accurately") on accuracy.
_NAMES_SPEED = re.compile(r"\b\d+\s*(wpm|words per minute)\b", re.IGNORECASE)


def _measure(statement: str) -> Literal["speed", "accuracy"]:
    return "speed" if _NAMES_SPEED.search(statement) else "accuracy"


def criterion_marks(result: TypingResult, profile: Profile) -> list[CriterionMark]:
    """Each of the profile's typing criteria, judged on this result.

    Speed: net wpm at or above the profile's `typing_wpm` with accuracy at or above the
    test's `pass_accuracy` (net wpm alone would pass a fast, careless typist). Data entry
    is not a speed test (the trainee waits on the caller), so it evidences accuracy only.
    """
    if profile.typing_wpm is None:
        return []
    marks: list[CriterionMark] = []
    if not result.complete:  # no result: every criterion not met, and why
        return [CriterionMark(profile.id, profile.organisation, c.id, measure, "a complete "
                              "attempt", "incomplete", 0.0, False, f"incomplete: "
                              f"{result.incomplete}")
                for c in profile.criteria if c.evidence == "typing"
                for measure in (_measure(c.statement),)
                if not (measure == "speed" and result.kind == "data-entry")]
    accurate = result.accuracy * 100 >= result.pass_accuracy
    accuracy_text = f"{result.accuracy * 100:.1f}% accuracy"
    for c in profile.criteria:
        if c.evidence != "typing":
            continue
        if _NAMES_SPEED.search(c.statement):
            if result.kind == "data-entry":
                continue
            net = result.speed.net_wpm
            fast = net >= profile.typing_wpm
            reason = (f"net {net:.1f} wpm {'reaches' if fast else 'is below'} "
                      f"{profile.typing_wpm} wpm")
            if not accurate:
                reason += f"; {accuracy_text} is below {result.pass_accuracy}%"
            marks.append(CriterionMark(
                profile.id, profile.organisation, c.id, "speed",
                f"{profile.typing_wpm} wpm net, {result.pass_accuracy}% accuracy",
                f"{net:.1f} wpm, {accuracy_text}",
                round(min(100.0, 100.0 * net / profile.typing_wpm), 1),
                fast and accurate, reason))
        else:
            marks.append(CriterionMark(
                profile.id, profile.organisation, c.id, "accuracy",
                f"{result.pass_accuracy}% accuracy", accuracy_text,
                round(result.accuracy * 100, 1), accurate,
                f"{accuracy_text} {'reaches' if accurate else 'is below'} "
                f"{result.pass_accuracy}%"))
    return marks
