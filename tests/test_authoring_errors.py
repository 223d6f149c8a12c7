"""Errors a trainer can fix: YAML mistakes at their true line and column with the cause
and the fix; schema, reference, reachability and placeholder problems in one run; closed
sets listed; `validate` includes the dialogue sweep and refuses placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from scoring.authored import AuthoringError, parse_yaml

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini-scenario.yaml"
LIBRARY = Path(__file__).parent.parent / "scenarios" / "library"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simulator.cli", *args],
                          capture_output=True, text=True, timeout=300, check=False)


def copy_with(tmp_path: Path, *pairs: tuple[str, str], source: Path = MINI) -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, text: str) -> int:
    """The 1-based line of `path` that holds `text` (the test data may gain lines)."""
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text in line)


def at(path: Path, text: str) -> str:
    """`file:line` of the line that holds `text`."""
    return f"{path}:{line_of(path, text)}"


def syntax_error(text: str) -> str:
    with pytest.raises(AuthoringError) as caught:
        parse_yaml(text, "s.yaml")
    assert len(caught.value.problems) == 1
    return str(caught.value)


BURGLARY = (LIBRARY / "burglary-next-morning.yaml").read_text(encoding="utf-8")


def burglary_with_line(number: int, new: str) -> str:
    lines = BURGLARY.split("\n")
    lines[number - 1] = new
    return "\n".join(lines)


# The parser gives up lines later ("did not find expected key" on line 42 for a quote
# left open on line 32); each message names the true line and column, the cause, the fix.
@pytest.mark.parametrize(("line", "text", "expected"), [
    (32, '  name: "Arthur Pickering',
     's.yaml:32:9: the double quote (") opened on line 32 is never closed: add "'),
    (32, "  name: 'Arthur Pickering",
     "s.yaml:32:9: the single quote (') opened on line 32 is never closed"),
    (3, 'title: "101: elderly man finds his back door',
     's.yaml:3:8: the double quote (") opened on line 3 is never closed'),
    (33, "\tage: 79", "s.yaml:33:1: a tab is used to indent this line; YAML indents with "
                      "spaces only: replace the tab with spaces"),
    (29, "tags: [burglary, crime-recording, scene-preservation",
     "s.yaml:29:7: the `[` opened on line 29 is never closed: end the list with `]`"),
    (29, "tags: {a: b", "s.yaml:29:7: the `{` opened on line 29 is never closed"),
    (29, "tags: [burglary, crime-recording]]",
     "s.yaml:29:34: a closing `]` with no opening `[` before it: remove it"),
    (33, "  age 79", "s.yaml:33:3: `age 79` has no `:` after its key: write it as "
                     "`age: value`"),
    (33, "   age: 79", "s.yaml:33:4: this line is indented more (3 spaces) than line 32 "
                       "(2), but `name` there already has a value: line it up with line 32"),
    (33, " age: 79", "s.yaml:33:2: this line is indented by 1 space, which matches no key "
                     "above it: indent it by 0 or 2 spaces"),
    (32, "  name: Arthur: Pickering", "s.yaml:32:15: a second `: ` on this line: put the "
                                      "value in quotes"),
    (32, '  name: "Arthur" Pickering', "s.yaml:32:17: text after the closing quote: put the "
                                       "whole value inside the quotes"),
    (32, "  name: @arthur", "s.yaml:32:9: `@` cannot start a value: put the whole value in "
                            "quotes"),
])
def test_yaml_mistakes_are_reported_where_they_are(line: int, text: str, expected: str):
    assert syntax_error(burglary_with_line(line, text)).startswith(expected)


def test_a_quote_that_closes_on_a_later_line_on_purpose_is_not_blamed():
    text = 'a: "one\n  two"\nb: [1, 2\n'
    assert syntax_error(text).startswith("s.yaml:3:4: the `[` opened on line 3")


def test_validate_prints_the_syntax_error_with_file_line_and_column(tmp_path: Path):
    path = tmp_path / "quote.yaml"
    path.write_text(burglary_with_line(25, '  - "Check that nobody is still in the house'),
                    encoding="utf-8")
    out = run("validate", str(path))
    assert out.returncode == 1
    assert f"{path}:25:5: the double quote (\") opened on line 25 is never closed" in out.stderr
    assert "Traceback" not in out.stderr and "did not find expected key" not in out.stderr


def test_schema_reference_grade_and_placeholder_problems_in_one_run(tmp_path: Path):
    path = copy_with(
        tmp_path,
        ("  age: 60", "  age: sixty"),  # schema
        ("after_facts: [items]", "after_facts: [itemz]"),  # dangling fact
        ('grades: ["3", "4"]', 'grades: ["3", "7"]'),  # unknown grade
        ('demeanour: "Calm."', 'demeanour: "TODO"'),  # placeholder
        ("category: crime,", "category: crimez,"),  # unknown code
    )
    out = run("validate", str(path))
    assert out.returncode == 1
    err = out.stderr
    assert at(path, "age: sixty") + ": caller.age: should be a whole number" in err
    assert at(path, "[itemz]") + (": caller.facts[2](neighbour-cctv).after_facts[0]: "
                                  "unknown fact `itemz`; did you mean `items`?") in err
    assert at(path, "grades:") + ": world.grades[1]: unknown grade `7`; valid: 1, 2, 3, 4" in err
    assert at(path, "demeanour:") + ": caller.demeanour: placeholder `TODO` left in" in err
    assert at(path, "category: crimez") + (": world.incident.category: unknown NSIR "
                                           "category `crimez`; did you mean `crime`? "
                                           "Valid: ") in err


def test_an_unknown_profile_lists_the_profiles(tmp_path: Path):
    path = copy_with(tmp_path, ("profile: humberside_contact_officer", "profile: humberside"))
    out = run("validate", str(path))
    assert out.returncode == 1
    assert at(path, "profile: humberside") + (
        ": profile: unknown profile `humberside`; did you mean "
        "`humberside_contact_officer`? Valid: cleveland_contact_handler, "
        "essex_contact_handler, humberside_contact_officer") in out.stderr


def test_an_unknown_intent_lists_the_intents(tmp_path: Path):
    path = copy_with(tmp_path, ("intents: [property_taken]", "intents: [stolen_stuff]"))
    out = run("validate", str(path))
    assert out.returncode == 1
    line = next(x for x in out.stderr.splitlines() if "stolen_stuff" in x)
    assert line.startswith(at(path, "stolen_stuff") + ": caller.facts[1](items).intents[0]: "
                           "unknown intent `stolen_stuff`")
    assert "; valid: " in line.lower() and "location" in line and "property_taken" in line


def test_validate_reports_a_fact_no_trainee_can_reach(tmp_path: Path):
    path = copy_with(tmp_path, ("      intents: [suspect_description]\n", ""),
                     ('      answers: ["I saw two lads running off."]\n', ""))
    out = run("validate", str(path))
    assert out.returncode == 1
    assert at(path, "id: saw-them") + (
        ": caller.facts[4](saw-them): problem: fact `saw-them` can never be revealed: no "
        "intent asks for it and no volunteer reveals it") in out.stderr


def test_validate_refuses_placeholders_in_what_the_caller_says(tmp_path: Path):
    path = copy_with(tmp_path, ('answers: ["My mower and a strimmer."]', 'answers: ["TBD"]'),
                     ('say: "They took the lot."', 'say: "\u2026"'))
    out = run("validate", str(path))
    assert out.returncode == 1
    assert at(path, "TBD") + (
        ": caller.facts[1](items).answers[0]: placeholder `TBD` left in: write what the "
        "caller really says (it is spoken aloud to the trainee)") in out.stderr
    assert at(path, "\u2026") + (": caller.volunteers[1](gate-fact).say: `\u2026` on its own "
                                 "marks something still to write") in out.stderr


def test_hesitation_dots_and_lower_case_words_are_not_placeholders():
    from simulator.placeholders import placeholder

    assert placeholder("Jean's ring... it was her ring") is None
    assert placeholder("the number ends 900xxx") is None
    assert placeholder("a to-do list") is None
    assert placeholder("XXX") == "XXX"
    assert placeholder("fixme later") == "fixme"
    assert placeholder("...") == "..."
    assert placeholder("Okay\u2026 thank you.") is None  # a hesitation, spoken as a pause
    assert placeholder("I\u2026 I don't know") is None
    assert placeholder("The address is \u2026") == "\u2026"


def test_the_library_validates_with_the_sweep():
    out = run("validate")
    assert out.returncode == 0, out.stderr
    assert "12 valid" in out.stdout


def test_preview_lists_placeholders_and_renders_no_caller_line_that_says_todo(tmp_path: Path):
    from simulator.loader import references
    from simulator.scaffold import Answers, scenario_yaml

    path = tmp_path / "draft.yaml"
    path.write_text(scenario_yaml(Answers("draft", "essex_contact_handler", "101", "crime"),
                                  references()), encoding="utf-8")
    env_cache = tmp_path / "cache"
    out = subprocess.run([sys.executable, "-m", "simulator.cli", "preview", str(path)],
                         capture_output=True, text=True, timeout=300, check=False,
                         env={**__import__("os").environ, "CALLSIM_CACHE": str(env_cache)})
    assert out.returncode == 1
    assert "caller lines not rendered: the scenario still has placeholders" in out.stdout
    assert "caller.facts[1](what_happened).answers[0]: problem: placeholder `TODO` left in" \
        in out.stdout
    assert not list(env_cache.rglob("*.wav"))


def test_a_broken_schema_still_reports_the_callers_other_references(tmp_path: Path):
    path = copy_with(tmp_path, ("  age: 60", "  age: sixty"),
                     ("      intents: [property_taken]",
                      "      intents: [property_taken]\n      about: the-neighbour"),
                     ("  clarify:", "  responses: {safety_advise: [\"Right.\"]}\n  clarify:"))
    out = run("validate", str(path))
    assert out.returncode == 1
    assert "caller.facts[1](items).about: unknown person or vehicle `the-neighbour`; " \
           "valid: caller" in out.stderr
    assert "caller.responses.safety_advise: unknown intent `safety_advise`; did you mean " \
           "`safety_advice`?" in out.stderr


@pytest.mark.parametrize("text", ["{", "[", "a: {", ":", "a: [1,\n", "- a\nb: c", "\t- x",
                                  "a: 'x\nb: \"y", "key: value: other\n  - z", "]"])
def test_any_broken_text_is_one_message_never_a_crash(text: str):
    message = syntax_error(text)
    assert re.match(r"s\.yaml:\d+:\d+: ", message), message


def test_every_line_of_a_real_scenario_broken_is_explained():
    """Each line of a library scenario broken four ways: always one clear message (or a
    file that still parses), never an exception of ours."""
    lines = BURGLARY.split("\n")
    for number in range(0, len(lines), 7):
        for broken in (lines[number] + ' "', "\t" + lines[number], lines[number] + " [",
                       lines[number].replace(":", "", 1)):
            text = "\n".join([*lines[:number], broken, *lines[number + 1:]])
            try:
                parse_yaml(text, "s.yaml")
            except AuthoringError as error:
                assert re.match(r"s\.yaml:\d+:", str(error)), str(error)


def test_a_file_for_another_format_says_which_it_is_and_a_duplicate_fact_how_to_fix(
        tmp_path: Path):
    path = copy_with(tmp_path, ("format: callsim.scenario/1", "format: callsim.scenario/2"),
                     ("    - id: items", "    - id: address"))
    out = run("validate", str(path))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert (f"{path}:2: format: should be `callsim.scenario/1` (got `callsim.scenario/2`)"
            in out.stderr)
    fixed = copy_with(tmp_path, ("    - id: items", "    - id: address"))
    out = run("validate", str(fixed))
    assert out.returncode == 1
    assert (f"{fixed}:21: caller.facts[1](address).id: duplicate fact id `address`: each "
            "fact needs its own id; rename one") in out.stderr


def test_one_space_too_many_is_one_space():
    text = "a: 1\n b: 2\n"
    assert "indented more (1 space) than line 1" in syntax_error(text)


def test_an_unknown_key_lists_only_keys_an_author_writes(tmp_path: Path):
    path = copy_with(tmp_path, ("format: callsim.scenario/1",
                                "format: callsim.scenario/1\nzzzzzz: 1"))
    out = run("validate", str(path))
    assert out.returncode == 1
    listed = next(line for line in out.stderr.splitlines() if "unknown key `zzzzzz`" in line)
    assert "valid keys: format, id, title" in listed
    assert "sha256" not in listed and "source" not in listed  # filled in by the loader
