"""Reading trainers' YAML: YAML 1.1 surprises refused, every error with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.authored import AuthoringError, parse_yaml, read_yaml, validate
from simulator.loader import load_scenario
from simulator.scenario import Scenario

DATA = Path(__file__).parent / "data"


def test_scalars_stay_as_written():
    doc = parse_yaml(
        "answer: no\nphone: 07700900123\nversion: 1.10\nyes_: yes\noct: 012\ntime: 12:30\n"
        "empty:\nquoted: 'null'\n", "t.yaml")
    assert doc.data == {"answer": "no", "phone": "07700900123", "version": "1.10",
                        "yes_": "yes", "oct": "012", "time": "12:30", "empty": None,
                        "quoted": "null"}


def test_lines_are_kept_for_nested_keys():
    doc = parse_yaml("a:\n  b:\n    - x\n    - c: 1\n", "t.yaml")
    assert doc.line_of(("a", "b", 1, "c")) == 4
    assert doc.line_of(("a", "b", 0)) == 3
    assert doc.line_of(("a", "missing")) == 1


@pytest.mark.parametrize(("text", "message"), [
    ("a: 1\na: 2\n", "t.yaml:2: duplicate key `a`"),
    ("%YAML 1.1\n---\na: 1\n", "t.yaml:1: remove the %YAML directive"),
    ("base: &b {x: 1}\nother:\n  <<: *b\n", "t.yaml:3: other: `<<` merge keys"),
    ("a: [1, 2\n", "t.yaml:1:4: the `[` opened on line 1 is never closed"),
    ("a: 1\n---\nb: 2\n", "t.yaml:3: more than one YAML document"),
    ("", "t.yaml:1: the file is empty"),
    ("\x00\x01", "t.yaml:1: this is a binary file"),
])
def test_bad_yaml_is_one_clear_message(text: str, message: str):
    with pytest.raises(AuthoringError) as caught:
        parse_yaml(text, "t.yaml")
    assert str(caught.value).startswith(message)


def test_non_utf8_file(tmp_path: Path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"title: caf\xe9\n")
    with pytest.raises(AuthoringError, match="not UTF-8"):
        read_yaml(path)


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = (DATA / "mini-scenario.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(AuthoringError) as caught:
        load_scenario(path)
    return [str(p) for p in caught.value.problems]


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_unknown_key_names_the_nearest_valid_key(tmp_path: Path):
    path = _broken_copy(tmp_path, 'feedback: "Location first."', 'feedbak: "Location first."')
    problems = _problems(path)
    line = _line_of(path, "feedbak")
    assert any(p.startswith(f"{path}:{line}: marking.items[0](location-first).feedbak: "
                            "unknown key `feedbak`; did you mean `feedback`?") for p in problems)


def test_every_error_is_reported_at_once(tmp_path: Path):
    path = _broken_copy(tmp_path, "pass_mark: 60", "pass_mark: sixty")
    text = path.read_text(encoding="utf-8").replace("age: 60", "age: old").replace(
        "difficulty: foundation", "difficulty: easy")
    path.write_text(text, encoding="utf-8")
    problems = _problems(path)
    assert len(problems) == 3
    assert any("caller.age: should be a whole number (got 'old')" in p for p in problems)
    assert any("marking.pass_mark: should be a number (got 'sixty')" in p for p in problems)
    assert any("difficulty: should be 'foundation'" in p for p in problems)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("intents: [location]", "intents: [locaton]",
     "caller.facts[0](address).intents[0]: unknown intent `locaton`; did you mean `location`?"),
    ("criteria: [HUM-12]", "criteria: [HUM-99]", "unknown criterion `HUM-99`"),
    ("competencies: [taking_ownership]", "competencies: [taking_ownershp]",
     "did you mean `taking_ownership`?"),
    ("crime: burglary_business", "crime: burglary", "unknown crime classification `burglary`"),
    ('grades: ["3", "4"]', 'grades: ["3", "5"]', "unknown grade on the national scale `5`"),
    ("applies_when: {revealed: items}", "applies_when: {revealed: itms}",
     "unknown fact `itms`; did you mean `items`?"),
    ("after_facts: [items]", "after_facts: [nothing]", "unknown fact `nothing`"),
    ("missed: [location-first, grade, check]", "missed: [location-frist, grade, check]",
     "unknown marking item `location-frist`"),
    ("profile: humberside_contact_officer", "profile: humberside",
     "unknown profile `humberside`"),
    ("{checked: address, before_grade: true}", "{checked: adress, before_grade: true}",
     "unknown check kind or id `adress`; did you mean `address`?"),
    ("- id: said-reference", "- id: location-first", "two items have the id `location-first`"),
    ("condition: {asked: location, within: 30, before: [what_happened]}",
     "condition: {asked: location, mentions: [x]}", "`mentions` does not go with `asked`"),
    ("condition: {said: [\"your reference number is\"]}", "condition: {within: 3}",
     "a condition needs exactly one of"),
    ("condition: {recorded: crime}", "condition: {log: narrative, matches: '(unclosed'}",
     "`matches` is not a valid pattern"),
    ("channel: \"101\"", "channel: 112", "channel: should be '999', '101'"),
])
def test_reference_and_shape_errors(tmp_path: Path, old: str, new: str, expected: str):
    path = _broken_copy(tmp_path, old, new)
    problems = _problems(path)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith(f"{path}:") for p in problems)


def test_caller_who_says_no_says_the_string_no(tmp_path: Path):
    path = _broken_copy(tmp_path, 'answers: ["My mower and a strimmer."]', "answers: no")
    scenario = load_scenario(path)
    assert scenario.fact("items") is not None
    assert scenario.fact("items").answers == ("no",)  # type: ignore[union-attr]


def test_validate_a_list_where_a_mapping_belongs(tmp_path: Path):
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(AuthoringError, match="a scenario is a mapping"):
        load_scenario(path)
    doc = read_yaml(path)
    with pytest.raises(AuthoringError, match="should be a mapping"):
        validate(doc, Scenario)


def test_reference_errors_come_with_schema_errors(tmp_path: Path):
    path = _broken_copy(tmp_path, "intents: [location]", "intents: [locaton]")
    text = path.read_text(encoding="utf-8").replace("age: 60", "age: old")
    path.write_text(text, encoding="utf-8")
    problems = _problems(path)
    assert any("caller.age: should be a whole number" in p for p in problems)
    assert any("unknown intent `locaton`; did you mean `location`?" in p for p in problems)
