"""Limits on what a file may ask of the machine before it is read for real.

A scenario, course or typing-test file is written by a trainer and an attempt or journal
comes off a workstation's disk, so either can be damaged or hostile. Small files can
otherwise cost without bound: YAML aliases expand exponentially ("billion laughs", or an
alias inside its own anchor that never ends), 50,000 nested brackets overflow the C stack
of PyYAML's composer (signal 11) or Python's recursion (json), a device such as /dev/zero
never ends, `1e999` or `NaN` are not times. Each limit is generous for real files (the
library's deepest nesting is 10, its longest text under 1,000 characters) and each refusal
is one `file:line` message saying what to change.
"""

from __future__ import annotations

import json
import math
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from scoring.authored import AuthoringError, Problem

MAX_AUTHORED_BYTES = 4_000_000  # a scenario is ~40 KB, the phrase library 120 KB
MAX_RECORD_BYTES = 10_000_000  # an attempt of a 10-minute call is ~100 KB
MAX_DEPTH = 50  # nesting of lists and mappings (the library's deepest is 10)
MAX_TEXT = 50_000  # characters in one value (a typing passage is ~1,000)
MAX_NODES = 200_000  # values after aliases are expanded (a scenario has ~3,000)
MAX_NUMBER_DIGITS = 100  # an integer longer than this is no time, score or count

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_OPENS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSES = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def refuse(name: str, line: int, message: str) -> AuthoringError:
    return AuthoringError([Problem(name, line, "", message)])


def read_limited(path: Path, name: str, limit: int, what: str) -> bytes:
    """A regular file's bytes, refusing devices, pipes and files over `limit`."""
    try:
        status = path.stat()
    except OSError as error:
        raise refuse(name, 1, f"cannot read the file: {error.strerror}") from None
    if stat.S_ISDIR(status.st_mode):
        raise refuse(name, 1, f"this is a folder; give the {what} file")
    if not stat.S_ISREG(status.st_mode):
        raise refuse(name, 1, f"not a regular file (a device or pipe); give a {what} file")
    try:
        with path.open("rb") as file:
            raw = file.read(limit + 1)
    except OSError as error:
        raise refuse(name, 1, f"cannot read the file: {error.strerror}") from None
    if len(raw) > limit:
        raise refuse(name, 1, f"the file is over {limit // 1_000_000} MB: no {what} is "
                              "that large; is it the right file?")
    return raw


# --- YAML ------------------------------------------------------------------------------


def check_yaml(text: str, name: str) -> None:
    """Refuse, before composing, YAML too deep, with too long a value, or whose aliases
    expand too far or into themselves. Syntax errors are left to the composer to explain."""
    if len(text) > MAX_AUTHORED_BYTES:
        raise refuse(name, 1, f"the file is over {MAX_AUTHORED_BYTES // 1_000_000} MB")
    try:
        _walk_events(yaml.parse(text, Loader=_LOADER), name)
    except yaml.YAMLError:
        return  # the composer meets the same mistake first and says where


def _walk_events(events: Iterator[yaml.Event], name: str) -> None:
    # Per open collection: [anchor or None, line, expanded size, deepest nesting below].
    stack: list[list[Any]] = []
    sizes: dict[str, tuple[int, int]] = {}  # anchor → (expanded values, nesting depth)
    total = 0
    for event in events:
        line = event.start_mark.line + 1 if event.start_mark else 1
        if isinstance(event, _OPENS):
            stack.append([event.anchor, line, 1, 0])
            if len(stack) > MAX_DEPTH:
                raise refuse(name, line, f"nested more than {MAX_DEPTH} levels deep: "
                                         "no callsim file needs that; flatten it")
        elif isinstance(event, _CLOSES):
            anchor, _, size, depth = stack.pop()
            if anchor:
                sizes[anchor] = (size, depth + 1)
            if stack:
                stack[-1][2] += size
                stack[-1][3] = max(stack[-1][3], depth + 1)
            total += 1
        elif isinstance(event, yaml.ScalarEvent):
            if len(event.value) > MAX_TEXT:
                raise refuse(name, line, f"a value of {len(event.value):,} characters (at "
                                         f"most {MAX_TEXT:,}): is this the right file?")
            if event.anchor:
                sizes[event.anchor] = (1, 0)
            if stack:
                stack[-1][2] += 1
            total += 1
        elif isinstance(event, yaml.AliasEvent):
            total += _alias(event.anchor, line, stack, sizes, name)
        if total > MAX_NODES:
            raise refuse(name, line, f"more than {MAX_NODES:,} values once aliases (*name) "
                                     "are expanded: write the repeated parts out once")


def _alias(anchor: str | None, line: int, stack: list[list[Any]],
           sizes: dict[str, tuple[int, int]], name: str) -> int:
    if anchor is None or anchor not in sizes:
        if any(open_[0] == anchor for open_ in stack):
            raise refuse(name, line, f"the alias *{anchor} is inside its own anchor "
                                     f"&{anchor}: it would repeat for ever")
        return 0  # an undefined alias: the composer reports it with its line
    size, depth = sizes[anchor]
    if len(stack) + depth > MAX_DEPTH:
        raise refuse(name, line, f"the alias *{anchor} nests more than {MAX_DEPTH} levels "
                                 "deep once expanded")
    if stack:
        stack[-1][2] += size
        stack[-1][3] = max(stack[-1][3], depth)
    return size


# --- JSON (attempt records, journals, results) -----------------------------------------

_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def parse_json(text: str, name: str, *, line: int | None = None) -> Any:
    """`json.loads`, refusing what would crash or mislead it: nesting deeper than
    MAX_DEPTH, Infinity and NaN (or numbers that overflow to them), endless integers,
    values longer than MAX_TEXT. `line` places a one-line document (a journal entry)."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token[0] == '"':
            if len(token) > MAX_TEXT + 2:
                raise refuse(name, line or _line(text, match.start()),
                             f"a value of {len(token) - 2:,} characters (at most "
                             f"{MAX_TEXT:,})")
            continue
        depth += 1 if token in "[{" else -1
        if depth > MAX_DEPTH:
            raise refuse(name, line or _line(text, match.start()),
                         f"nested more than {MAX_DEPTH} levels deep: not a callsim record")
    try:
        return json.loads(text, parse_constant=_not_a_number, parse_float=_finite,
                          parse_int=_whole)
    except _NumberError as error:
        raise refuse(name, line or 1, str(error)) from None
    except json.JSONDecodeError as error:
        raise refuse(name, line or error.lineno,
                     f"not valid JSON: {error.msg} (column {error.colno})") from None
    except RecursionError:  # only if MAX_DEPTH is ever raised past Python's own limit
        raise refuse(name, line or 1, "nested too deeply") from None


class _NumberError(ValueError):
    pass


def _not_a_number(token: str) -> float:
    raise _NumberError(f"`{token}` is not a number a callsim record can hold (JSON has no "
                      "Infinity or NaN)")


def _finite(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise _NumberError(f"the number {token[:20]} is too large")
    return value


def _whole(token: str) -> int:
    if len(token.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NumberError(f"a number of {len(token):,} digits is too large")
    return int(token)


def _line(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},:]|\n')


def json_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """The line where each value of a JSON document starts, by its path (`("turns", 3,
    "source")`), so a record's mistakes are reported with their line like a scenario's.
    Only called on text `parse_json` accepted."""
    lines: dict[tuple[str | int, ...], int] = {(): 1}
    stack: list[list[Any]] = []  # per open container: [is_list, key or index]
    line = 1
    last_string = ""
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "[{":
            stack.append([token == "[", 0 if token == "[" else None])
            if stack[-1][0]:
                lines[tuple(f[1] for f in stack)] = line
        elif token in "]}":
            stack.pop()
        elif token == ",":
            if stack and stack[-1][0]:
                stack[-1][1] += 1
                lines[tuple(f[1] for f in stack)] = line
        elif token == ":":
            if stack:
                stack[-1][1] = last_string
                lines[tuple(f[1] for f in stack)] = line
        else:
            try:
                last_string = json.loads(token)
            except ValueError:
                last_string = token
            line += token.count("\n")
    return lines
