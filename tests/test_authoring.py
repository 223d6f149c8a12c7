"""The trainer's authoring kit: `callsim new`, `callsim schema`, `callsim preview`."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
import yaml

from scoring.authored import read_yaml
from simulator.library import intent_matcher
from simulator.loader import library_files, load_scenario, references
from simulator.preview import Preview
from simulator.scaffold import CHANNELS, Answers, scenario_yaml
from simulator.schema import scenario_schema
from simulator.selftest import run_self_test

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "simulator.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False,
                          stdin=subprocess.DEVNULL)


def scaffold(tmp_path: Path, name: str = "new-call.yaml") -> Path:
    """A scaffolded scenario, as `callsim new` writes it, its TODOs written by the trainer."""
    text = scenario_yaml(Answers("new-call", "essex_contact_handler", "101", "crime"),
                         references()).replace("TODO", "Written")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def edited(path: Path, *pairs: tuple[str, str]) -> Path:
    """The file with text replaced (old -> new), to break it on purpose."""
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path


# --- new ------------------------------------------------------------------------------


def test_new_with_options_is_valid_but_for_its_todos(tmp_path: Path):
    out = tmp_path / "shoplifting.yaml"
    made = run("new", "--id", "shoplifting", "--role", "humberside_contact_officer",
               "--channel", "999", "--incident", "crime", "-o", str(out))
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "callsim-scenario.schema.json").exists()
    # Its only problems are the TODOs the trainer has to write: validate lists each one.
    checked = run("validate", str(out))
    assert checked.returncode == 1
    problems = checked.stderr.strip().splitlines()
    assert problems and all("placeholder `TODO` left in" in p for p in problems), problems
    out.write_text(out.read_text(encoding="utf-8").replace("TODO", "Written"),
                   encoding="utf-8")
    checked = run("validate", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "1 valid" in checked.stdout


@pytest.mark.parametrize("profile", sorted(references().profiles))
@pytest.mark.parametrize("channel", CHANNELS)
def test_every_role_and_channel_scaffolds_a_passing_scenario(tmp_path: Path, profile: str,
                                                             channel: str):
    path = tmp_path / "s.yaml"
    path.write_text(scenario_yaml(Answers("s", profile, channel, "psw_concern_for_safety"),
                                  references()), encoding="utf-8")
    scenario = load_scenario(path)
    assert all(run_self_test(scenario, t).ok for t in scenario.self_tests)


def test_new_without_a_terminal_names_every_missing_option(tmp_path: Path):
    out = run("new", "--channel", "101", cwd=tmp_path)
    assert out.returncode == 1
    assert "--id" in out.stderr and "--role" in out.stderr and "--incident" in out.stderr
    assert "--channel" not in out.stderr.split("(")[0]
    assert "Traceback" not in out.stderr
    assert list(tmp_path.iterdir()) == []


def test_new_refuses_a_wrong_code_with_a_suggestion(tmp_path: Path):
    out = run("new", "--id", "x", "--role", "essex_contact_handler", "--channel", "101",
              "--incident", "crimes", cwd=tmp_path)
    assert out.returncode == 1
    assert "--incident: unknown NSIR category `crimes`; did you mean `crime`?" in out.stderr
    both = run("new", "--id", "Bad", "--role", "essex", "--channel", "101",
               "--incident", "crime", cwd=tmp_path)
    assert "--id: id `Bad`" in both.stderr and "--role: unknown profile `essex`" in both.stderr


def test_new_never_overwrites(tmp_path: Path):
    existing = tmp_path / "mine.yaml"
    existing.write_text("keep me", encoding="utf-8")
    out = run("new", "--id", "x", "--role", "essex_contact_handler", "--channel", "101",
              "--incident", "crime", "-o", str(existing))
    assert out.returncode == 1 and "already exists" in out.stderr
    assert existing.read_text(encoding="utf-8") == "keep me"


def test_new_asks_on_a_terminal_and_asks_again_after_a_wrong_answer(tmp_path: Path):
    # A real pseudo-terminal: `new` asks only when stdin is a terminal.
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "simulator.cli", "new", "--channel", "999"], cwd=tmp_path,
        env=env, stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.close(follower)
    for answer in ("Bad Id!", "garage-fire", "essex_contact_handlr", "essex_contact_handler",
                   "psw_concern_for_safety"):
        os.write(leader, (answer + "\n").encode())
        time.sleep(0.05)
    stdout, stderr = proc.communicate(timeout=120)
    os.close(leader)
    assert proc.returncode == 0, stderr
    assert "Scenario id" in stderr and "Channel?" not in stderr  # given as an option
    assert "lower-case letters" in stderr  # "Bad Id!" was refused and asked again
    assert "did you mean `essex_contact_handler`?" in stderr
    made = tmp_path / "garage-fire.yaml"
    scenario = load_scenario(made)
    assert (scenario.id, scenario.channel, scenario.world.incident.category) == (
        "garage-fire", "999", "psw_concern_for_safety")
    assert "wrote garage-fire.yaml" in stdout


# --- schema ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = scenario_schema(references())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def as_an_editor_reads(path: Path) -> object:
    """YAML as an editor types it: numbers are numbers, `no` may be a boolean (YAML 1.1);
    dates stay text as in YAML 1.2."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")),
                                 default=str))


def errors(validator: jsonschema.Draft202012Validator, data: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


@pytest.mark.parametrize("path", library_files(), ids=lambda p: p.stem)
def test_the_library_validates_against_the_schema(validator, path: Path):
    assert errors(validator, as_an_editor_reads(path)) == []
    # ...and as the loader reads it, every scalar as text.
    assert errors(validator, read_yaml(path).data) == []


def test_the_scaffold_validates_against_the_schema(validator, tmp_path: Path):
    assert errors(validator, as_an_editor_reads(scaffold(tmp_path))) == []


def test_the_schema_accepts_what_trainers_write_unquoted(validator, tmp_path: Path):
    path = edited(scaffold(tmp_path), ('channel: "101"', "channel: 101"),
                  ('grades: ["3"]', "grades: [3]"),
                  ('- "07700 900123."', "- 07700900123"), ("age: 40", "age: '40'"))
    assert errors(validator, as_an_editor_reads(path)) == []


@pytest.mark.parametrize(("old", "new", "where"), [
    ("intents: [location]", "intents: [locaton]", "intents"),
    ("category: crime", "category: burglary", "category"),
    ('channel: "101"', "channel: 112", "channel"),
    ("demeanour:", "demeanor:", "demeanor"),
    ("profile: essex_contact_handler", "profile: essex", "profile"),
    ("condition: {asked: location, within: 30}", "condition: {asked: adress}", "asked"),
    ("condition: {recorded: location}", "condition: {recorded: address}", "recorded"),
])
def test_the_schema_flags_what_the_loader_refuses(validator, tmp_path: Path, old: str,
                                                  new: str, where: str):
    found = errors(validator, as_an_editor_reads(edited(scaffold(tmp_path), (old, new))))
    assert any(where in e for e in found), found


def test_schema_command_writes_the_file_and_says_how_to_wire_it(tmp_path: Path):
    out = tmp_path / "scenario.schema.json"
    done = run("schema", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "# yaml-language-server: $schema=" in done.stderr
    schema = json.loads(out.read_text(encoding="utf-8"))
    assert "location" in schema["$defs"]["Fact"]["properties"]["intents"]["anyOf"][0][
        "items"]["enum"]
    printed = run("schema")
    assert json.loads(printed.stdout) == schema


# --- preview --------------------------------------------------------------------------


def preview(path: Path) -> list[str]:
    found = Preview(load_scenario(path), intent_matcher(), references().intents,
                    read_yaml(path)).findings()
    return [str(f) for f in found]


@pytest.mark.parametrize("path", library_files(), ids=lambda p: p.stem)
def test_the_library_has_nothing_unreachable(path: Path):
    assert [f for f in preview(path) if ": problem: " in f] == []


def test_preview_lists_what_can_never_be_reached_with_its_line(tmp_path: Path):
    path = edited(
        scaffold(tmp_path),
        # A gate that waits for a fact that waits for it: neither ever comes out.
        ("      after_facts: [location]   # only answered once the location is out",
         "      after_facts: [callback]"),
        ("    - id: callback\n      intents: [callback_number]\n",
         "    - id: callback\n      intents: [callback_number]\n      after_facts: [name]\n"),
        ("      after_fact: what_happened", "      after_fact: name"),
    )
    out = run("preview", str(path), "--no-audio")
    assert out.returncode == 1, out.stdout + out.stderr
    text = out.stdout
    lines = path.read_text(encoding="utf-8").splitlines()
    name_line = lines.index("    - id: name") + 1
    volunteer_line = lines.index("    - id: still-there") + 1
    assert f"{path}:{name_line}: caller.facts[2](name): problem: fact `name` can never be " \
           "revealed: its gates never open (after: callback); asking `caller_name` gets no " \
           "answer" in text
    assert "fact `callback` can never be revealed: its gates never open (after: name); " \
           "asking `callback_number` gets no answer" in text
    assert f"{path}:{volunteer_line}: caller.volunteers[0](still-there): problem: " \
           "volunteer `still-there` never fires" in text
    assert "3 problem(s)" in text


def test_preview_flags_a_line_after_the_caller_has_gone(tmp_path: Path):
    path = edited(scaffold(tmp_path),
                  ("      after_fact: what_happened", "      at: 200"),
                  ('  clarify: ["Sorry, what do you mean?"]',
                   '  clarify: ["Sorry, what do you mean?"]\n  hang_up: {at: 120}'))
    found = preview(path)
    assert any("volunteer `still-there` at 200 s comes after the caller hangs up (120 s)"
               in f and ": problem: " in f for f in found), found


def test_preview_flags_a_caller_who_hangs_up_at_once(tmp_path: Path):
    path = edited(scaffold(tmp_path),
                  ('  clarify: ["Sorry, what do you mean?"]',
                   '  clarify: ["Sorry, what do you mean?"]\n  distress: {start: 8}\n'
                   '  hang_up: {at_distress: 8}'))
    found = preview(path)
    assert any("caller.hang_up.at_distress: problem: the caller starts at distress 8 and "
               "hangs up at 8" in f for f in found), found


def test_preview_warns_about_marking_no_self_test_exercises(tmp_path: Path):
    # The weak attempt no longer misses the critical item: nothing shows it failing.
    path = edited(scaffold(tmp_path),
                  ("    missed: [location-first, graded]", "    missed: [graded]"),
                  ('      - {t: 50, trainee: "Can you tell me what has happened?"}',
                   '      - {t: 5, trainee: "Where are you?"}'),
                  # ...and an item nobody earns.
                  ("      condition: {asked: what_happened}",
                   "      condition: {asked: weapons}"))
    out = run("preview", str(path), "--no-audio")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "warning: critical item `location-first` is missed by no self-test" in out.stdout
    assert "warning: item `what-happened` is met by no self-test" in out.stdout
    assert "0 problem(s), 2 warning(s)" in out.stdout


def test_preview_renders_every_caller_line(tmp_path: Path):
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (./setup installs it)")
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CALLSIM_CACHE": str(cache)}
    path = scaffold(tmp_path)
    out = subprocess.run([sys.executable, "-m", "simulator.cli", "preview", str(path)],
                         env=env, capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    wavs = list(cache.rglob("*.wav"))
    assert "caller lines: 10 spoken, each in 3 voices (calm, uneasy, distressed); 30 " \
           "recordings made now" in out.stdout
    assert len(wavs) == 30
