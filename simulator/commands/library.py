"""Commands for the scenario library: list, validate, score, match."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scoring.attempt import load_attempt
from scoring.authored import AuthoringError, Problem, read_yaml
from scoring.intents import clauses
from scoring.result import Result
from scoring.typing_tests import typing_files
from simulator.commands.typing import validate_typing
from simulator.errors import UserError
from simulator.library import intent_library, intent_matcher, library_root
from simulator.loader import library_files, load_scenario, references, resolve
from simulator.scenario import Scenario
from simulator.selftest import mark_attempt, run_self_test


def register(sub: Any) -> None:
    p = sub.add_parser("list", help="the scenario library")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(run=run_list)

    p = sub.add_parser("validate", help="check scenario files and run their self-tests")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="scenario files or folders (default: the whole library)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    p.set_defaults(run=run_validate)

    p = sub.add_parser("score", help="mark an attempt record against a scenario")
    p.add_argument("scenario", help="a library id or a path to a scenario YAML")
    p.add_argument("attempt", type=Path, help="attempt.json")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(run=run_score)

    p = sub.add_parser("match", help="show which intents an utterance expresses, and why")
    p.add_argument("text", nargs="?", help="what the trainee said")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.add_argument("--list", action="store_true", help="list every intent id")
    p.set_defaults(run=run_match)

    register_profiles(sub)


def open_scenario(name: str) -> Scenario:
    path = resolve(name)
    if not path.exists():
        known = ", ".join(p.stem for p in library_files())
        raise UserError(f"no scenario `{name}`: give a library id ({known}) or a YAML path")
    try:
        return load_scenario(path)
    except AuthoringError as error:
        raise UserError(f"the scenario has problems; fix them first:\n{error}") from None


def run_list(args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    for path in library_files():
        try:
            s = load_scenario(path)
        except AuthoringError as error:
            problems.append(str(error.problems[0]))
            continue
        rows.append({"id": s.id, "title": s.title, "channel": s.channel,
                     "profile": s.profile, "difficulty": s.difficulty,
                     "items": len(s.marking.items), "path": str(path)})
    if args.json:
        print(json.dumps({"scenarios": rows}, indent=2))
    else:
        for r in rows:
            print(f"{r['id']:<36} {r['channel']:<9} {r['difficulty']:<12} {r['title']}")
        for p in problems:
            print(f"(not loadable: {p})", file=sys.stderr)
    return 0


def _expand(paths: list[Path]) -> list[Path]:
    if not paths:
        return library_files()
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")))
        else:
            out.append(path)
    return out


def run_validate(args: argparse.Namespace) -> int:
    try:
        references()  # the shared files first: every scenario depends on them
    except AuthoringError as error:
        print(error, file=sys.stderr)
        return 1
    bad = 0
    files = _expand(args.paths)
    # Typing tests are authored beside scenarios and checked with them (`kind: copy` ...).
    typing = [p for p in files if is_typing_test(p)] if args.paths else typing_files()
    files = [p for p in files if p not in typing]
    if not files and not typing:
        raise UserError("no scenario files found")
    for path in files:
        bad += not validate_one(path, quiet=args.quiet)
    good = len(files) - bad
    if files:
        print(f"{len(files)} scenario file{'s' if len(files) != 1 else ''}: {good} valid, "
              f"{bad} with problems")
    if typing and not validate_typing(typing, quiet=args.quiet):
        bad += 1
    return 1 if bad else 0


def is_typing_test(path: Path) -> bool:
    if not path.is_file():
        return False  # a device (/dev/zero never ends) or a folder: the loader says what
    try:
        with path.open("rb") as file:
            return b"callsim.typing/" in file.read(2000)
    except OSError:
        return False


def validate_one(path: Path, quiet: bool = False) -> bool:
    try:
        scenario = load_scenario(path)
    except AuthoringError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return False
    ok = True
    lines: list[str] = []
    for index, test in enumerate(scenario.self_tests):
        outcome = run_self_test(scenario, test)
        r = outcome.result
        verdict = "pass" if r.passed else "fail"
        missed = ", ".join(m.id for m in r.missed())
        lines.append(f"    {test.id:<10} expect {test.expect}: {r.score:5.1f} {verdict}"
                     + (f"  (missed: {missed})" if missed else ""))
        if not outcome.ok:
            ok = False
            doc = read_yaml(path)
            for failure in outcome.failures:
                print(Problem(str(path), doc.line_of(("self_tests", index)),
                              f"self_tests[{index}]({test.id})", failure), file=sys.stderr)
    if not quiet:
        print(f"{'ok ' if ok else 'BAD'} {scenario.id} ({path})")
        print("\n".join(lines))
    return ok


def run_score(args: argparse.Namespace) -> int:
    scenario = open_scenario(args.scenario)
    try:
        attempt = load_attempt(args.attempt)
    except AuthoringError as error:
        raise UserError(f"the attempt record has problems:\n{error}") from None
    if attempt.scenario != scenario.id:
        raise UserError(f"{args.attempt}: this attempt is for scenario `{attempt.scenario}`,"
                        f" not `{scenario.id}`")
    from simulator.attempt_codes import code_problems  # noqa: PLC0415

    text = Path(args.attempt).read_text(encoding="utf-8", errors="replace")
    problems = code_problems(attempt, scenario, str(args.attempt), text)
    if problems:
        raise UserError("the attempt record has problems:\n" +
                        "\n".join(str(p) for p in problems))
    result = mark_attempt(scenario, attempt)
    if attempt.scenario_sha256 and attempt.scenario_sha256 != scenario.sha256:
        print(f"callsim: note: {scenario.source} has changed since this attempt was made; "
              "marked against the current file", file=sys.stderr)
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        print_result(scenario, result)
    return 0


def print_result(scenario: Scenario, result: Result) -> None:
    verdict = "PASS" if result.passed else "FAIL"
    print(f"{scenario.title}\n{verdict}  score {result.score:g} / 100 "
          f"(pass mark {result.pass_mark:g})")
    if result.critical_failures:
        print("critical failures: " + ", ".join(result.critical_failures))
    for m in result.items:
        sign = {"met": "+", "not_met": "-", "not_applicable": " ", "uncertain": "?"}[m.status]
        star = "!" if m.critical else " "
        print(f" {sign}{star} {m.points:>5g}/{m.max_points:<4g} {m.description}: {m.reason}")
        if m.feedback:
            print(f"          why it matters: {m.feedback}")
    if result.competencies:
        print("competencies: " + ", ".join(f"{k} {v:g}" for k, v in
                                           result.competencies.items()))
    if result.criteria:
        print("criteria:     " + ", ".join(f"{k} {v:g}" for k, v in result.criteria.items()))


def run_match(args: argparse.Namespace) -> int:
    if args.list:
        library = intent_library()
        if args.json:
            print(json.dumps({"intents": {k: v.description for k, v in
                                          library.intents.items()}}, indent=2))
        else:
            for ident, spec in library.intents.items():
                print(f"{ident:<22} {spec.description}")
        return 0
    if args.text is None:
        raise UserError("say what to match: callsim match \"where are you now?\" "
                        "(or --list for the intent ids)")
    matcher = intent_matcher()
    found = matcher.match(args.text)
    if args.json:
        print(json.dumps({
            "intents": list(matcher.intents(args.text)),
            "matches": [{"intent": m.intent, "score": round(m.score, 3),
                         "clause": m.clause, "phrase": m.phrase} for m in found],
        }, indent=2))
        return 0
    if not found:
        print("no intent recognised")
    for m in found:
        print(f"{m.intent:<22} {m.score:.2f}  '{m.clause}' is like '{m.phrase}'")
    unmatched = [c for c in clauses(args.text) if c not in {m.clause for m in found}]
    for clause in unmatched:
        near = matcher.nearest(clause)
        if near is not None:
            print(f"{'(none)':<22} {near.score:.2f}  '{clause}' is nearest to "
                  f"'{near.phrase}' ({near.intent}), below {matcher.threshold:.2f}")
    print(f"(intent library: {library_root() / 'intents.yaml'})", file=sys.stderr)
    return 0


def register_profiles(sub: Any) -> None:
    p = sub.add_parser("profiles", help="person-spec profiles and which scenarios evidence "
                                        "each criterion")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(run=run_profiles)


def criterion_coverage() -> dict[str, list[str]]:
    """Criterion id -> the library scenarios with an item mapped to it."""
    covered: dict[str, list[str]] = {}
    for path in library_files():
        try:
            scenario = load_scenario(path)
        except AuthoringError:
            continue
        for item in scenario.marking.items:
            for crit in item.criteria:
                if scenario.id not in covered.setdefault(crit, []):
                    covered[crit].append(scenario.id)
    return covered


def run_profiles(args: argparse.Namespace) -> int:
    refs = references()
    covered = criterion_coverage()
    doc: dict[str, dict[str, Any]] = {
        pid: {
            "title": p.title, "organisation": p.organisation, "cvf_level": p.cvf_level,
            "typing_wpm": p.typing_wpm,
            "criteria": [{"id": c.id, "statement": c.statement, "kind": c.kind,
                          "evidence": c.evidence, "scenarios": covered.get(c.id, [])}
                         for c in p.criteria],
        }
        for pid, p in refs.profiles.items()
    }
    if args.json:
        print(json.dumps({"profiles": doc}, indent=2))
        return 0
    for pid, p in doc.items():
        print(f"{pid}: {p['title']}, {p['organisation']} (CVF level {p['cvf_level']}"
              + (f", {p['typing_wpm']} wpm" if p["typing_wpm"] else "") + ")")
        for c in p["criteria"]:
            where = ", ".join(c["scenarios"]) or (
                "NOT COVERED" if c["evidence"] == "call" else f"({c['evidence']})")
            print(f"  {c['id']:<8} {c['evidence']:<14} {where}")
    return 0
