"""YAML syntax errors said the way a trainer can fix them, at the line where the mistake is.

The parser reports where it gave up, which is often lines later than the mistake: a quote
left open on line 25 runs on to the next quote in the file, and the parser complains on
line 31 that it "did not find expected key". So when the parser fails, the text is looked
at again for the mistakes trainers make (a tab, an unclosed quote or bracket, a missing
colon, a line indented out of step), and the first one found at or before the place the
parser stopped is reported, with its cause and its fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class SyntaxMistake:
    line: int  # 1-based
    column: int  # 1-based
    message: str


_CLOSERS = {"[": "]", "{": "}"}
# A quote that starts a value: at the start of a line, after "key: ", "- ", "[", "{" or ",".
_VALUE_START = re.compile(r"""(?:^|:\s+|-\s+|[\[{,]\s*)(["'])""")


def explain(text: str, error: yaml.MarkedYAMLError) -> SyntaxMistake:
    lines = text.split("\n")
    problem = error.problem_mark or error.context_mark
    stop = problem.line if problem else len(lines) - 1
    for finder in (_tab, _open_quote):
        found = finder(lines, stop)
        if found is not None:
            return found
    context = error.context or ""
    reason = error.problem or ""
    if error.context_mark is not None and context.startswith("while parsing a flow"):
        return _bracket(lines, error)
    if context.startswith("while scanning a simple key") and error.context_mark is not None:
        return _missing_colon(lines, error.context_mark.line)
    if problem is not None:
        if "mapping values are not allowed" in reason:
            return _colon_in_value(lines, problem.line, problem.column)
        char = _char(lines, problem.line, problem.column)
        if char in "]}":
            return SyntaxMistake(problem.line + 1, problem.column + 1,
                                 f"a closing `{char}` with no opening "
                                 f"`{'[' if char == ']' else '{'}` before it: remove it")
        if "cannot start any token" in reason:
            return SyntaxMistake(problem.line + 1, problem.column + 1,
                                 f"`{char}` cannot start a value: put the whole value in "
                                 "quotes (\"...\")")
        if context.startswith("while parsing a block") or "expected <block end>" in reason:
            return _indentation(lines, problem.line, problem.column, error.context_mark)
    where = problem or error.context_mark
    line, column = (where.line + 1, where.column + 1) if where else (1, 1)
    what = " ".join(x for x in (error.context, error.problem) if x)
    return SyntaxMistake(line, column, f"not valid YAML ({what}): look for a missing `:`, "
                         "an unclosed quote or bracket, or a line indented out of step "
                         "here or on the line above")


def _line(lines: list[str], line: int) -> str:
    """The line, or "" for the end of the file (where a parser often stops)."""
    return lines[line] if 0 <= line < len(lines) else ""


def _char(lines: list[str], line: int, column: int) -> str:
    text = _line(lines, line)
    return text[column] if 0 <= column < len(text) else ""


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _tab(lines: list[str], stop: int) -> SyntaxMistake | None:
    for number, line in enumerate(lines[: stop + 1]):
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead and _content(line):
            return SyntaxMistake(number + 1, lead.index("\t") + 1,
                                 "a tab is used to indent this line; YAML indents with "
                                 "spaces only: replace the tab with spaces")
    return None


def _block_scalar_lines(lines: list[str]) -> set[int]:
    """Lines inside `key: |` or `key: >` text blocks, where quotes are just text."""
    inside: set[int] = set()
    owner: int | None = None
    for number, line in enumerate(lines):
        if owner is not None:
            if not line.strip() or _indent(line) > owner:
                inside.add(number)
                continue
            owner = None
        if re.search(r"(?::|^\s*-)\s+[|>][+-]?\d*\s*(?:#.*)?$", line):
            owner = _indent(line)
    return inside


def _closing(text: str, start: int, quote: str) -> int:
    """Index of the quote that ends a quoted scalar opened at `start`, or -1."""
    i = start + 1
    while i < len(text):
        char = text[i]
        if quote == '"' and char == "\\":
            i += 2
            continue
        if char == quote:
            if quote == "'" and text[i + 1: i + 2] == "'":  # '' is an escaped quote
                i += 2
                continue
            return i
        i += 1
    return -1


def _open_quote(lines: list[str], stop: int) -> SyntaxMistake | None:
    """The first quote, at or before the parser's stop, that does not close on its own line
    and whose supposed closing quote (on a later line) is really the opening of the next
    string (text follows it), or that never closes at all."""
    skip = _block_scalar_lines(lines)
    for number, line in enumerate(lines[: stop + 1]):
        if number in skip or not _content(line):
            continue
        position = 0
        while (start := _VALUE_START.search(line, position)) is not None:
            quote = start.group(1)
            opened = start.end() - 1
            if line[: opened].lstrip().startswith("#") or "#" in _outside_quotes(line[:opened]):
                break
            close = _closing(line, opened, quote)
            if close >= 0:
                rest = line[close + 1:]
                if re.match(r"\s*[^\s,\]}:#]", rest) and number == stop:
                    return SyntaxMistake(number + 1, close + 2,
                                         "text after the closing quote: put the whole "
                                         "value inside the quotes")
                position = close + 1
                continue
            if _runs_on_wrongly(lines, number, opened, quote):
                mark = "double" if quote == '"' else "single"
                return SyntaxMistake(number + 1, opened + 1,
                                     f"the {mark} quote ({quote}) opened on line {number + 1}"
                                     f" is never closed: add {quote} at the end of the text")
            break
    return None


def _outside_quotes(text: str) -> str:
    return re.sub(r"\"[^\"]*\"|'[^']*'", "", text)


def _runs_on_wrongly(lines: list[str], number: int, opened: int, quote: str) -> bool:
    rest = "\n".join([lines[number][opened:], *lines[number + 1:]])
    close = _closing(rest, 0, quote)
    if close < 0:
        return True
    after = rest[close + 1:].split("\n", 1)[0]
    return not re.fullmatch(r"\s*(?:[,\]}].*|#.*)?", after)


def _open_brackets(lines: list[str], stop: int) -> list[tuple[str, int, int]]:
    """The `[` and `{` still open after line `stop`: (bracket, line, column), outermost
    first. Quoted text and comments are skipped."""
    stack: list[tuple[str, int, int]] = []
    for number, line in enumerate(lines[: stop + 1]):
        quote = ""
        for column, char in enumerate(line):
            if quote:
                quote = "" if char == quote else quote
            elif char in "\"'" and (column == 0 or line[column - 1] in " [{,:"):
                quote = char
            elif char == "#" and (column == 0 or line[column - 1] == " "):
                break
            elif char in "[{":
                stack.append((char, number, column))
            elif char in "]}" and stack and _CLOSERS[stack[-1][0]] == char:
                stack.pop()
    return stack


def _bracket(lines: list[str], error: yaml.MarkedYAMLError) -> SyntaxMistake:
    problem = error.problem_mark or error.context_mark
    assert problem is not None  # checked by the caller
    still_open = _open_brackets(lines, problem.line)
    if not still_open:
        return SyntaxMistake(problem.line + 1, problem.column + 1,
                             "a list or mapping in brackets is not written right here: "
                             "separate the entries with commas (`, `)")
    opener, line, column = still_open[-1]
    closer = _CLOSERS[opener]
    what = "list" if opener == "[" else "mapping"
    if line < problem.line or problem.line >= len(lines) or not _line(lines, problem.line):
        return SyntaxMistake(line + 1, column + 1,
                             f"the `{opener}` opened on line {line + 1} is never closed: "
                             f"end the {what} with `{closer}` on the same line")
    return SyntaxMistake(problem.line + 1, problem.column + 1,
                         f"inside the {what} opened with `{opener}` on line {line + 1}: "
                         "separate the entries with commas (`, `)")


def _missing_colon(lines: list[str], line: int) -> SyntaxMistake:
    text = _line(lines, line).strip()
    key = text.split()[0] if text.split() else text
    return SyntaxMistake(line + 1, _indent(_line(lines, line)) + 1,
                         f"`{text[:40]}` has no `:` after its key: write it as `{key}: "
                         "value` (a colon and a space after the key)")


def _colon_in_value(lines: list[str], line: int, column: int) -> SyntaxMistake:
    text = _line(lines, line)
    if re.search(r":\s", text[: column]) and not text[: column].lstrip().startswith("- "):
        return SyntaxMistake(line + 1, column + 1,
                             "a second `: ` on this line: put the value in quotes (for "
                             "example  name: \"Arthur: Pickering\")")
    return _indentation(lines, line, column, None)


def _indentation(lines: list[str], line: int, column: int,
                 context: yaml.Mark | None) -> SyntaxMistake:
    text = _line(lines, line)
    here = _indent(text)
    if text.strip().startswith(":"):
        return SyntaxMistake(line + 1, here + 1, "a `:` with no key before it: write the "
                             "key first (`key: value`)")
    above = next((n for n in range(line - 1, -1, -1) if _content(lines[n])), None)
    if text.lstrip().startswith("- ") and context is not None and here <= context.column:
        return SyntaxMistake(line + 1, here + 1,
                             "a list entry (`- `) where a key was expected: indent it under "
                             "its key (more spaces than the key), or add the key it "
                             "belongs to")
    if above is None:
        return SyntaxMistake(line + 1, here + 1, "this line is indented: the first key of "
                             "the file starts at the left edge")
    before = _indent(lines[above])
    levels = sorted({_indent(lines[n]) for n in range(line) if _content(lines[n])})
    if here > before:
        key = lines[above].strip().split(":")[0]
        return SyntaxMistake(line + 1, here + 1,
                             f"this line is indented more ({here} "
                             f"space{'s' if here != 1 else ''}) than line "
                             f"{above + 1} ({before}), but `{key[:30]}` there already has "
                             f"a value: line it up with line {above + 1}")
    near = [lv for lv in levels if lv < here]
    options = " or ".join(f"{lv}" for lv in [*near[-1:], *[lv for lv in levels if lv > here][:1]])
    return SyntaxMistake(line + 1, here + 1,
                         f"this line is indented by {here} space{'s' if here != 1 else ''},"
                         f" which matches no key above it: indent it by {options} spaces "
                         "like the keys it belongs with")
