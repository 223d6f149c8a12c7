"""Placeholders left in a scenario: "TODO", "TBD", "XXX", "FIXME", a lone "…".

`callsim new` writes TODO wherever the trainer has something to write; a scenario that
still has one is not finished, and a caller line that says "TODO" would be spoken to a
trainee. `validate` and `preview` refuse them, each at its line, so the list of
placeholders is also the trainer's list of what is left to write. Comments are not
checked: a `# TODO` note to yourself is yours.
"""

from __future__ import annotations

import re
from typing import Any

from scoring.authored import Document, Loc, Problem

# Whole words only: "todos" or "XXXL" are not placeholders. XXX is upper case only (a
# masked number "07700 900xxx" is fine); the others in any case.
_WORDS = re.compile(r"\b(?:(?i:TODO|TBD|FIXME)|XXX+)\b")
_ELLIPSIS = "\u2026"
_ONLY_DOTS = re.compile(r"\s*(?:\.{3,}|\u2026)\s*")
# "…" standing alone ("the address is …") marks a gap; joined to a word ("Okay… thank
# you", "I… I don't know") it is a caller hesitating, and is spoken as a pause.
_LONE_ELLIPSIS = re.compile(r"(?:^|\s)\u2026(?=\s|$|[.,;:!?])")


def placeholder(text: str) -> str | None:
    """The placeholder in `text`, or None."""
    if _ONLY_DOTS.fullmatch(text):
        return text.strip()
    found = _WORDS.search(text)
    if found:
        return found.group(0)
    return _ELLIPSIS if _LONE_ELLIPSIS.search(text) else None


def placeholder_problems(doc: Document) -> list[Problem]:
    found: list[Problem] = []

    def walk(node: Any, loc: Loc) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*loc, key))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, (*loc, i))
        elif isinstance(node, str) and (mark := placeholder(node)) is not None:
            found.append(doc.problem(loc, _advice(mark, loc)))

    walk(doc.data, ())
    return found


# Keys under `caller` (and a self-test turn's `caller`) whose text is spoken aloud.
_SPOKEN = frozenset({"opening", "answers", "distressed", "otherwise", "say", "lines",
                     "clarify", "acknowledge", "closing", "caller", "responses", "reassured",
                     "dont_know", "confirm", "correct"})


def _advice(mark: str, loc: Loc) -> str:
    spoken = "caller" in loc and any(key in _SPOKEN for key in loc[1:] if isinstance(key, str))
    fix = ("write what the caller really says (it is spoken aloud to the trainee)"
           if spoken else "write the real text")
    if mark == _ELLIPSIS:
        return (f"`{mark}` on its own marks something still to write: {fix}; for a "
                "caller who hesitates, join it to the word (\"Okay… thank you\") or type "
                "three dots")
    return f"placeholder `{mark}` left in: {fix}"
