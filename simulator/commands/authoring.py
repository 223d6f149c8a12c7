"""The trainer's authoring kit: `callsim new`, `callsim schema`, `callsim preview`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from scoring.authored import nearest, read_yaml
from simulator.commands.library import open_scenario
from simulator.dialogue import Reply
from simulator.errors import UserError
from simulator.library import intent_matcher
from simulator.loader import References, references, resolve
from simulator.placeholders import placeholder_problems
from simulator.preview import Preview
from simulator.scaffold import CHANNELS, Answers, scenario_yaml
from simulator.scenario import SCENARIO_ID, Scenario
from simulator.schema import scenario_schema

SCHEMA_FILE = "callsim-scenario.schema.json"  # the name the scaffold's modeline points at


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="start a scenario from a few questions")
    p.add_argument("--id", help="the scenario id (lower-case letters, digits, hyphens)")
    p.add_argument("--role", metavar="PROFILE", help="the person-spec profile it trains for")
    p.add_argument("--channel", help="999, 101, digital or complaint")
    p.add_argument("--incident", metavar="NSIR_CODE", help="NSIR opening category code")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="where to write it (default: ID.yaml here)")
    p.set_defaults(run=run_new)

    p = sub.add_parser("schema", help="write the scenario JSON Schema for editors")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write to FILE (default: stdout)")
    p.set_defaults(run=run_schema)

    p = sub.add_parser("preview", help="render every caller line and sweep the dialogue")
    p.add_argument("scenario", help="a library id or a path to a scenario YAML")
    p.add_argument("--no-audio", action="store_true", help="skip rendering the lines")
    p.set_defaults(run=run_preview)


# --- new ------------------------------------------------------------------------------


Check = Callable[[str], str | None]  # an answer -> what is wrong with it, or None


def choices(what: str, options: Sequence[str]) -> Check:
    def check(value: str) -> str | None:
        if value in options:
            return None
        hint = nearest(value, list(options))
        tail = f"; did you mean `{hint}`?" if hint else f"; one of: {', '.join(options)}"
        return f"unknown {what} `{value}`{tail}"
    return check


def scenario_id(value: str) -> str | None:
    if SCENARIO_ID.fullmatch(value):
        return None
    return f"id `{value}`: lower-case letters, digits and single hyphens"


def questions(refs: References) -> list[tuple[str, str, Sequence[str], Check]]:
    """(option, question, options to show, check) for each thing `new` needs."""
    profiles = sorted(refs.profiles)
    categories = sorted(refs.recording.categories)
    return [
        ("id", "Scenario id (e.g. shoplifting-in-progress)", (), scenario_id),
        ("role", "Role (person-spec profile)", profiles, choices("profile", profiles)),
        ("channel", "Channel", CHANNELS, choices("channel", CHANNELS)),
        ("incident", "Incident type (NSIR opening category)", categories,
         choices("NSIR category", categories)),
    ]


def ask(question: str, options: Sequence[str], check: Check) -> str:
    """Ask on the terminal until the answer is usable."""
    if options:
        print(f"{question}: " + ", ".join(options), file=sys.stderr)
    while True:
        print(f"{question}? ", end="", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:
            raise UserError("no answer (end of input)")
        wrong = check(line.strip())
        if wrong is None:
            return line.strip()
        print(f"  {wrong}", file=sys.stderr)


def run_new(args: argparse.Namespace) -> int:
    refs = references()
    asked = questions(refs)
    missing = [f"--{name}" for name, *_ in asked if getattr(args, name) is None]
    if missing and not sys.stdin.isatty():
        raise UserError("missing " + ", ".join(missing) + " (no terminal to ask on; "
                        "give them as options)")
    wrong = [f"--{name}: {why}" for name, _, _, check in asked
             if getattr(args, name) is not None
             and (why := check(getattr(args, name))) is not None]
    if wrong:  # all at once, before asking anything
        raise UserError("\n".join(wrong))
    values: dict[str, str] = {}
    for name, question, options, check in asked:
        given: str | None = getattr(args, name)
        values[name] = ask(question, options, check) if given is None else given
    answers = Answers(values["id"], values["role"], values["channel"], values["incident"])
    out: Path = args.output or Path(f"{answers.id}.yaml")
    if out.exists():
        raise UserError(f"{out} already exists: choose another file with -o")
    try:
        out.write_text(scenario_yaml(answers, refs), encoding="utf-8")
        schema = out.parent / SCHEMA_FILE
        if not schema.exists():  # the scaffold's first line points editors at it
            schema.write_text(schema_text(refs), encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {out}: {error.strerror}") from None
    print(f"wrote {out} (and {SCHEMA_FILE} beside it for your editor)\n"
          f"next: replace each TODO with your own text (`callsim validate {out}` lists the "
          f"ones left), then `callsim rehearse {out}` and `callsim preview {out}`")
    return 0


# --- schema ---------------------------------------------------------------------------


def schema_text(refs: References) -> str:
    return json.dumps(scenario_schema(refs), indent=2, ensure_ascii=False) + "\n"


def run_schema(args: argparse.Namespace) -> int:
    text = schema_text(references())
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {args.output}: {error.strerror}") from None
    print(f"wrote {args.output}; first line of a scenario: "
          f"# yaml-language-server: $schema={args.output}", file=sys.stderr)
    return 0


# --- preview --------------------------------------------------------------------------


def run_preview(args: argparse.Namespace) -> int:
    scenario = open_scenario(args.scenario)
    doc = read_yaml(resolve(args.scenario))
    if not args.no_audio and placeholder_problems(doc):
        # A caller line that says "TODO" is not worth rendering (nor hearing).
        print("caller lines not rendered: the scenario still has placeholders (below)")
    elif not args.no_audio:
        print(render_lines(scenario))
    findings = Preview(scenario, intent_matcher(), references().intents, doc).findings()
    for finding in findings:
        print(finding)
    count = {kind: sum(f.severity == kind for f in findings)
             for kind in ("problem", "warning", "note")}
    problems = count["problem"]
    print(f"{scenario.id}: {len(scenario.caller.facts)} facts, "
          f"{len(scenario.caller.volunteers)} volunteers, {len(scenario.marking.items)} "
          f"items swept; {problems} problem(s), {count['warning']} warning(s), "
          f"{count['note']} note(s)")
    return 1 if problems else 0


def render_lines(scenario: Scenario) -> str:
    """Every caller line in each of the caller's voices, into the voice cache."""
    # Imported here: speech is the slow, optional part, and `--no-audio` never needs it.
    from audio.errors import AudioError  # noqa: PLC0415
    from audio.tts import text_to_speech  # noqa: PLC0415
    from audio.tts_cache import VoiceCache  # noqa: PLC0415
    from simulator.speech_pipeline import SpeechMouth  # noqa: PLC0415

    try:
        voices = VoiceCache(text_to_speech("espeak"))
        mouth = SpeechMouth(voices, scenario)
        made = mouth.prepare(every_level=True)
    except AudioError as error:
        raise UserError(f"cannot render the caller's lines: {error} (or use --no-audio)") \
            from None
    spoken = [line for line in mouth.lines() if Reply(line, "answer").spoken]
    return (f"caller lines: {len(spoken)} spoken, each in 3 voices (calm, uneasy, "
            f"distressed); {made} recordings made now, the rest already in {voices.folder}")
