"""Commands for calls: the headless demo (and, with devices, the live call)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

from simulator.commands.library import open_scenario, print_result
from simulator.demo import DemoRun, Ears, Mouth, TimedMouth, TypedEars, run_call
from simulator.errors import UserError
from simulator.loader import library_files
from simulator.scenario import Scenario
from simulator.scenario_of import scenario_of
from simulator.selftest import mark_attempt
from simulator.session import Recovered, recover_call, save_json
from simulator.store.options import add_store_option

DEFAULT_SCENARIO = "burglary-next-morning"


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="a whole call with no devices: the model trainee's lines "
                                    "go through the pipeline and the attempt is marked")
    p.add_argument("scenario", nargs="?", default=DEFAULT_SCENARIO,
                   help=f"library id or YAML path (default {DEFAULT_SCENARIO}); "
                        "`all` runs every library scenario")
    p.add_argument("--attempt", default="model",
                   help="which self-test plays the trainee: an id, `model` (default) or "
                        "`weak` (the scenario's first weak attempt)")
    p.add_argument("--typed", action="store_true",
                   help="no speech: the trainee's lines are typed, caller lines timed")
    p.add_argument("--engine", default="auto",
                   help="speech recogniser: auto (whisper if installed, else vosk if a "
                        "model is installed, else pocketsphinx), whisper, pocketsphinx or "
                        "vosk")
    p.add_argument("--second-pass", action="store_true",
                   help="re-recognise the marked record with the stronger, slower engine "
                        "(Whisper); the caller still answers the live recogniser")
    p.add_argument("--pace", type=pace_factor, default=0.0, metavar="FACTOR",
                   help="1 plays at the speed of a real call, 0 (default) as fast as possible")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    add_store_option(p)
    p.set_defaults(run=run_demo)

    p = sub.add_parser("recover", help="rebuild and mark the attempt of a call that was "
                                       "cut off (from its journal)")
    p.add_argument("folder", type=Path, help="the call's folder (holds journal.jsonl)")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    add_store_option(p)
    p.set_defaults(run=run_recover)


def pace_factor(given: str) -> float:
    """`--pace`: how many seconds of waiting per second of the call (0 to 10)."""
    try:
        factor = float(given)
    except ValueError:
        factor = math.nan
    if not 0 <= factor <= 10:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"{given!r} is not a pace: give a number from 0 (as fast as possible) to 10; "
            "1 plays at the speed of a real call")
    return factor


def pipeline(scenario: Scenario, typed: bool, engine: str,
             second: bool = False) -> tuple[Ears, Mouth, str]:
    """The ears and mouth for this run, and a word on which they are."""
    if typed:
        return TypedEars(), TimedMouth(), "typed (no speech)"
    # Speech engines load only when a spoken call needs them.
    from audio.errors import AudioError  # noqa: PLC0415
    from simulator.commands.speech import hearing_engine  # noqa: PLC0415

    hearing_engine(engine)  # a mistyped name is the trainer's, not a missing install
    from simulator.speech_pipeline import speech_pipeline  # noqa: PLC0415

    try:
        ears, mouth, how = speech_pipeline(scenario, engine, second)
        mouth.prepare()
    except AudioError as error:
        raise UserError(f"speech is not available: {error}\n(run ./setup, or add --typed "
                        "for a call without speech)") from None
    return ears, mouth, how


def run_demo(args: argparse.Namespace) -> int:
    names = [p.stem for p in library_files()] if args.scenario == "all" else [args.scenario]
    from simulator.library import ready_for_a_live_call  # noqa: PLC0415
    from simulator.store.keeping import keep  # noqa: PLC0415  (SQLAlchemy only when storing)
    from simulator.store.saving import mark_demo  # noqa: PLC0415

    ready_for_a_live_call()  # the demo's reply times are a live call's
    runs: list[tuple[Scenario, DemoRun, int | None]] = []
    for name in names:
        scenario = open_scenario(name)
        ears, mouth, how = pipeline(scenario, args.typed, args.engine, args.second_pass)
        test = next((t for t in scenario.self_tests if t.id == args.attempt), None)
        if test is None and args.attempt in ("model", "weak"):  # whatever the ids are called
            wanted = "pass" if args.attempt == "model" else "fail"
            test = next((t for t in scenario.self_tests if t.expect == wanted), None)
        if test is None:
            known = ", ".join(t.id for t in scenario.self_tests)
            raise UserError(f"{scenario.id} has no self-test `{args.attempt}` ({known})")
        progress = None if args.json else print
        if not args.json:
            print(f"{scenario.title}  [{how}]")
        run = run_call(scenario, test, ears, mouth, progress=progress, pace=args.pace)
        mark_demo(run.folder)  # kept apart: never counted as a trainee's attempt
        runs.append((scenario, run, keep(args.store, run.attempt, run.result, run.folder)))
    if args.json:
        docs = [{**summary(s, r, how), "stored_as": ident} for s, r, ident in runs]
        print(json.dumps(docs[0] if len(docs) == 1 else {"runs": docs}, indent=2))
    else:
        for scenario, run, ident in runs:
            print_summary(scenario, run, ident)
    return 0


def summary(scenario: Scenario, run: DemoRun, how: str) -> dict[str, Any]:
    r = run.result
    exact = sum(1 for meant, got in run.heard if got.text.lower().strip(" ?.!") ==
                meant.lower().strip(" ?.!"))
    return {
        "scenario": scenario.id,
        "pipeline": how,
        "score": r.score,
        "passed": r.passed,
        "critical_failures": list(r.critical_failures),
        "missed": [{"id": m.id, "reason": m.reason, "feedback": m.feedback}
                   for m in r.missed()],
        "trainee_turns": len(run.heard),
        "turns_heard_exactly": exact,
        "folder": str(run.folder),
        "attempt": str(run.folder / "attempt.json"),
        "result": str(run.folder / "result.json"),
    }


def print_summary(scenario: Scenario, run: DemoRun, stored_as: int | None = None) -> None:
    r = run.result
    print(f"\n{scenario.id}: {'PASS' if r.passed else 'FAIL'}  score {r.score:g} "
          f"(pass mark {r.pass_mark:g})")
    for m in r.missed():
        print(f"  missed {m.id}{' (critical)' if m.critical else ''}: {m.reason}")
    print(f"  files: {run.folder}", file=sys.stdout)
    if stored_as is not None:
        print(f"  stored as attempt {stored_as}; report: callsim report {stored_as}")


def _say_what_was_lost(folder: Path, recovered: Recovered) -> None:
    journal = folder / "journal.jsonl"
    for number, why in recovered.damaged:
        where = f"{journal}:{number}" if number else str(journal)
        print(f"  not recovered: {where}: {why}", file=sys.stderr)
    if recovered.torn_last_line:
        print(f"  {journal}:{recovered.torn_last_line}: the entry being written when the "
              "call was cut off is incomplete and was left out", file=sys.stderr)
    if recovered.damaged:
        print(f"  kept {recovered.kept} entries; attempt.json notes the damaged lines "
              "(`recovery`)", file=sys.stderr)


def run_recover(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    if not (folder / "journal.jsonl").exists():
        raise UserError(f"{folder}: no journal.jsonl here; give the folder of one call "
                        "(callsim keeps them under the data folder's attempts/)")
    recovered = recover_call(folder)
    attempt = recovered.attempt
    scenario = scenario_of(attempt, args.store, folder)
    result = mark_attempt(scenario, attempt)
    save_json(folder / "attempt.json", attempt.model_dump(mode="json", exclude_none=True))
    save_json(folder / "result.json", result.to_json())
    from simulator.store.keeping import keep  # noqa: PLC0415  (SQLAlchemy only when storing)

    stored_as = keep(args.store, attempt, result, folder)
    turns = sum(1 for t in attempt.turns if t.speaker == "trainee")
    if args.json:
        print(json.dumps({"folder": str(folder), "trainee_turns": turns,
                          "ended": bool(attempt.ended_at), "stored_as": stored_as,
                          "entries_kept": recovered.kept,
                          "damaged_lines": [{"line": n, "problem": why}
                                            for n, why in recovered.damaged],
                          "torn_last_line": recovered.torn_last_line,
                          **result.to_json()}, indent=2))
    else:
        state = "ended normally" if attempt.ended_at else "was cut off"
        print(f"{folder}: the call {state}; recovered {len(attempt.turns)} turns "
              f"({turns} by the trainee), {len(attempt.events)} events")
        _say_what_was_lost(folder, recovered)
        print_result(scenario, result)
        if stored_as is not None:
            print(f"stored as attempt {stored_as}; report: callsim report {stored_as}")
    return 0
