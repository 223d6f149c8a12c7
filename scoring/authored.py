"""Authored YAML: read a trainer's file, keep every line number, report every mistake at once.

Why not `yaml.safe_load`: it forgets line numbers, silently keeps the last of two duplicate
keys, and applies YAML 1.1 typing (`no` becomes False, `012` becomes 10, `07700900123`
loses its 0). We compose the node tree with PyYAML, keep each scalar as the text the
trainer wrote, and let the typed model decide what type a field is (StrictYAML's rule).
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)

# libyaml's parser when PyYAML was built with it (ten times faster), else pure Python.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_YAML_DIRECTIVE = re.compile(r"^%YAML\b", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """One mistake in an authored file, said the way a trainer can act on it."""

    file: str
    line: int
    path: str
    message: str
    column: int = 0  # given for syntax errors, where the very character matters

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        column = f"{self.column}:" if self.column else ""
        return f"{self.file}:{self.line}:{column} {where}{self.message}"


class AuthoringError(Exception):
    """A file (or files) with mistakes; carries all of them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Document:
    """Plain data (dicts, lists, str, None) from a YAML file, with the line of every part."""

    file: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Sequence[str | int]) -> int:
        """The line of the deepest part of `loc` that exists in the file."""
        best = self.lines.get((), 1)
        here: list[str | int] = []
        node = self.data
        for part in loc:
            child = _step(node, part)
            if child is None and not (isinstance(node, dict) and part in node):
                continue  # a segment the model adds, not in the file: skip it
            node = child
            here.append(part)
            best = self.lines.get(tuple(here), best)
        return best

    def problem(self, loc: Sequence[str | int], message: str) -> Problem:
        return Problem(self.file, self.line_of(loc), dotted(loc, self.data), message)


def dotted(loc: Sequence[str | int], data: Any = None) -> str:
    """`marking.items[3].condition` – the path as a trainer reads it."""
    text = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            ident = node[part].get("id") if _indexable(node, part) and isinstance(
                node[part], dict) else None
            if isinstance(ident, str):
                text += f"({ident})"
        else:
            text += f".{part}" if text else part
        node = _step(node, part)
    return text


def _indexable(node: Any, part: int) -> bool:
    return isinstance(node, list) and 0 <= part < len(node)


def _step(node: Any, part: str | int) -> Any:
    if isinstance(node, dict):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def read_yaml(path: Path, display: str | None = None) -> Document:
    """Read a YAML file into a `Document`, or raise `AuthoringError` saying what is wrong."""
    from scoring.bounded import MAX_AUTHORED_BYTES, read_limited  # noqa: PLC0415  (it imports us)

    name = display or str(path)
    raw = read_limited(path, name, MAX_AUTHORED_BYTES, "YAML")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise AuthoringError([Problem(
            name, line, "", "this is not a text file (not UTF-8): save it as UTF-8 text")]
        ) from None
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> Document:
    if "\x00" in text:
        raise AuthoringError([Problem(name, 1, "", "this is a binary file, not YAML text")])
    match = _YAML_DIRECTIVE.search(text)
    if match:
        line = text[: match.start()].count("\n") + 1
        raise AuthoringError([Problem(
            name, line, "", "remove the %YAML directive: callsim reads YAML 1.2 only")])
    from scoring.bounded import check_yaml  # noqa: PLC0415  (it imports us)

    check_yaml(text, name)  # depth, sizes and aliases, before the composer can choke
    try:
        nodes = list(yaml.compose_all(text, Loader=_LOADER))
    except yaml.MarkedYAMLError as error:
        # The parser's own words and line are where it gave up, often lines after the
        # mistake: say what the mistake is, where it is, and how to fix it.
        from scoring.yaml_errors import explain  # noqa: PLC0415  (only for broken files)

        mistake = explain(text, error)
        raise AuthoringError([Problem(name, mistake.line, "", mistake.message,
                                      mistake.column)]) from None
    except yaml.YAMLError as error:
        raise AuthoringError([Problem(name, 1, "", f"not valid YAML: {error}")]) from None
    if not nodes:
        raise AuthoringError([Problem(name, 1, "", "the file is empty")])
    if len(nodes) > 1:
        line = nodes[1].start_mark.line + 1
        raise AuthoringError([Problem(
            name, line, "", "more than one YAML document (`---`): keep one per file")])
    doc = Document(name, None)
    problems: list[Problem] = []
    doc.data = _plain(nodes[0], (), doc, problems)
    if problems:
        raise AuthoringError(problems)
    return doc


def _plain(node: yaml.Node, loc: Loc, doc: Document, problems: list[Problem]) -> Any:
    doc.lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        value = str(node.value)
        if not node.style and value in _NULLS:  # plain style: None (Python) or "" (libyaml)
            return None
        return value
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, (*loc, i), doc, problems) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            where = dotted(loc, doc.data)
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(doc.file, line, where, "a key must be plain text"))
                continue
            key = str(key_node.value)
            if key == "<<" and key_node.tag.endswith(":merge"):
                problems.append(Problem(
                    doc.file, line, where, "`<<` merge keys are not supported: write it out"))
                continue
            if key in result:
                problems.append(Problem(
                    doc.file, line, where, f"duplicate key `{key}` (it already appears above)"))
                continue
            doc.lines[(*loc, key)] = line
            result[key] = _plain(value_node, (*loc, key), doc, problems)
        return result
    problems.append(Problem(doc.file, node.start_mark.line + 1, "", "unsupported YAML node"))
    return None


# --- turning pydantic's errors into a trainer's messages --------------------------------


def validate(doc: Document, model: type[M]) -> M:
    """Build `model` from the document, or raise `AuthoringError` with every problem."""
    try:
        return model.model_validate(doc.data)
    except ValidationError as error:
        raise AuthoringError(explain(doc, model, error)) from None


def explain(doc: Document, model: type[BaseModel], error: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[int, str]] = set()
    errors = error.errors(include_url=False)
    deeper = [tuple(e["loc"]) for e in errors]
    for item in errors:
        loc = tuple(item["loc"])
        if item["type"] == "too_short" and any(
                len(d) > len(loc) and d[: len(loc)] == loc for d in deeper):
            continue  # entries were dropped for their own errors, reported already
        message = _message(model, loc, item)
        problem = doc.problem(loc if item["type"] != "missing" else loc[:-1], message)
        if (problem.line, problem.message) not in seen:
            seen.add((problem.line, problem.message))
            problems.append(problem)
    return sorted(problems, key=lambda p: p.line)


def _message(model: type[BaseModel], loc: Loc, item: Mapping[str, Any]) -> str:
    kind = item["type"]
    key = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        allowed = allowed_keys(model, loc[:-1])
        hint = nearest(str(key), allowed)
        tail = f"; did you mean `{hint}`?" if hint else f"; valid keys: {', '.join(allowed)}"
        return f"unknown key `{key}`{tail}"
    if kind == "missing":
        return f"missing required key `{key}`"
    message = _PLAIN.get(kind) or str(item["msg"])
    ctx = item.get("ctx") or {}
    if "{" in message:
        message = message.format(**{k: v for k, v in ctx.items() if isinstance(k, str)})
    if message.startswith("Value error, "):
        return message.removeprefix("Value error, ")
    if message.startswith("Input should be"):
        message = "should be" + message.removeprefix("Input should be")
    value = item.get("input")
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        return f"needs at least {least} entr{'y' if least == 1 else 'ies'} (it has " \
               f"{ctx.get('actual_length', 0)})"
    if value is None and kind in _SHAPES:
        return f"{message}, but it is empty"
    if isinstance(value, dict):
        return f"{message}, not a mapping"
    if isinstance(value, list):
        return f"{message}, not a list"
    if value is not None:
        return f"{message} (got {value!r})"
    return message


# Pydantic's wording, said the way a trainer writing YAML thinks.
_PLAIN = {
    "too_short": "needs at least {min_length} entries (it has {actual_length})",
    "int_parsing": "should be a whole number",
    "int_from_float": "should be a whole number",
    "float_parsing": "should be a number",
    "bool_parsing": "should be true or false",
    "string_type": "should be text",
    "dict_type": "should be a mapping (key: value lines)",
    "model_type": "should be a mapping (key: value lines)",
    "model_attributes_type": "should be a mapping (key: value lines)",
    "list_type": "should be a list (lines starting with '- ', or [a, b])",
    "tuple_type": "should be a list (lines starting with '- ', or [a, b])",
    "greater_than": "should be more than {gt}",
    "greater_than_equal": "should be {ge} or more",
    "less_than_equal": "should be {le} or less",
}
_SHAPES = frozenset({"string_type", "dict_type", "model_type", "list_type", "tuple_type",
                     "int_parsing", "float_parsing", "bool_parsing", "model_attributes_type"})


def nearest(word: str, options: Sequence[str]) -> str | None:
    found = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if found:
        return found[0]
    # A shortened name ("humberside" for `humberside_contact_officer`) is too short for
    # difflib's ratio, but names one option when only one contains it.
    containing = [o for o in options if len(word) >= 3 and word.lower() in o.lower()]
    return containing[0] if len(containing) == 1 else None


def allowed_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys valid at `loc` inside `model`, following lists, tuples, dicts and options."""
    for target in _walk(model, loc):
        if isinstance(target, type) and issubclass(target, BaseModel):
            # Fields the loader fills in (`exclude=True`: source, sha256) are not for authors.
            return [f.alias or name for name, f in target.model_fields.items()
                    if not f.exclude]
    return []


def _walk(annotation: Any, loc: Loc) -> Iterator[Any]:
    if not loc:
        yield annotation
        return
    head, rest = loc[0], loc[1:]
    for inner in _members(annotation):
        if isinstance(inner, type) and issubclass(inner, BaseModel) and isinstance(head, str):
            for name, info in inner.model_fields.items():
                if head in (name, info.alias):
                    yield from _walk(info.annotation, rest)
        origin = typing.get_origin(inner)
        args = typing.get_args(inner)
        if origin in (list, tuple) and isinstance(head, int) and args:
            yield from _walk(args[0], rest)
        elif origin is dict and isinstance(head, str) and len(args) == 2:
            yield from _walk(args[1], rest)


def _members(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _members(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        out: list[Any] = []
        for arg in typing.get_args(annotation):
            out.extend(_members(arg))
        return out
    return [annotation]
