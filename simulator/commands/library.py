"""Commands for the scenario library: list, validate, score, match."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.errors import UserError
from simulator.library import library_root, scenario_dir

if TYPE_CHECKING:
    from scoring.result import Result
    from scoring.understanding import TurnAnalysis
    from simulator.scenario import Scenario

# Each command imports what it uses when it runs: `callsim list` and `callsim --help` must
# not pay for numpy, pydantic and the marking engine (see simulator/cli.py).


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
    p.add_argument("--scenario", metavar="SCENARIO",
                   help="understand it as in this scenario (its people, places, phrasings)")
    p.set_defaults(run=run_match)

    register_profiles(sub)


def open_scenario(name: str) -> Scenario:
    from scoring.authored import AuthoringError  # noqa: PLC0415
    from simulator.loader import library_files, load_scenario, resolve  # noqa: PLC0415

    path = resolve(name)
    if not path.exists():
        known = ", ".join(p.stem for p in library_files())
        raise UserError(f"no scenario `{name}`: give a library id ({known}) or a YAML path")
    try:
        return load_scenario(path)
    except AuthoringError as error:
        raise UserError(f"the scenario has problems; fix them first:\n{error}") from None


LIST_COLUMNS = ("id", "title", "channel", "profile", "difficulty", "items")


def list_inputs() -> list[Path]:
    """What every row of `callsim list` depends on besides its own file: the shared files
    a scenario is checked against, and the code that reads it."""
    root = library_root()
    code = Path(__file__).resolve().parents[2]
    return [root / "intents.yaml", root / "recording.yaml",
            *sorted((root / "profiles").glob("*.yaml")),
            *sorted((code / "scoring").glob("*.py")),
            code / "simulator" / "scenario.py", code / "simulator" / "loader.py"]


def summary_row(path: Path) -> dict[str, Any]:
    """One scenario's row, or `{"problem": first problem}` when it does not load."""
    from scoring.authored import AuthoringError  # noqa: PLC0415
    from simulator.loader import load_scenario  # noqa: PLC0415

    try:
        s = load_scenario(path)
    except AuthoringError as error:
        return {"problem": str(error.problems[0])}
    return {"id": s.id, "title": s.title, "channel": s.channel, "profile": s.profile,
            "difficulty": s.difficulty, "items": len(s.marking.items)}


def library_rows() -> tuple[list[dict[str, Any]], list[str]]:
    """Rows of the library and problems, each file read in full only when it (or what it
    is checked against) changed since the last `callsim list`."""
    from simulator import compiled  # noqa: PLC0415

    table = compiled.Table("library-list", compiled.key_of(list_inputs()))
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    keys: list[str] = []
    for path in sorted(scenario_dir().glob("*.yaml")):
        key = compiled.file_hash(path)
        keys.append(key)
        row = table.get(key)
        if row is None:
            row = summary_row(path)
            table.put(key, row)
        if "problem" in row:
            problems.append(str(row["problem"]))
        else:
            rows.append({k: row[k] for k in LIST_COLUMNS} | {"path": str(path)})
    table.save(keys)
    return rows, problems


def run_list(args: argparse.Namespace) -> int:
    rows, problems = library_rows()
    if args.json:
        print(json.dumps({"scenarios": rows}, indent=2))
    else:
        for r in rows:
            print(f"{r['id']:<36} {r['channel']:<9} {r['difficulty']:<12} {r['title']}")
        for p in problems:
            print(f"(not loadable: {p})", file=sys.stderr)
    return 0


def _expand(paths: list[Path]) -> list[Path]:
    from simulator.loader import library_files  # noqa: PLC0415

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
    from scoring.authored import AuthoringError  # noqa: PLC0415
    from simulator.loader import references  # noqa: PLC0415

    try:
        references()  # the shared files first: every scenario depends on them
    except AuthoringError as error:
        print(error, file=sys.stderr)
        return 1
    bad = 0
    files = _expand(args.paths)
    # Typing tests are authored beside scenarios and checked with them (`kind: copy` ...).
    if args.paths:
        typing = [p for p in files if is_typing_test(p)]
    else:
        from scoring.typing_tests import typing_files  # noqa: PLC0415

        typing = typing_files()
    files = [p for p in files if p not in typing]
    # A course file given here is checked as a course, not read as a broken scenario (a
    # dozen "missing key" lines for a file that is fine).
    courses = [p for p in files if _format_of(p) == "callsim.course/"]
    files = [p for p in files if p not in courses]
    if not files and not typing and not courses:
        raise UserError("no scenario files found")
    bad_courses = sum(not _validate_course(path, args.quiet) for path in courses)
    for path in files:
        bad += not validate_one(path, quiet=args.quiet)
    good = len(files) - bad
    if files:
        print(f"{len(files)} scenario file{'s' if len(files) != 1 else ''}: {good} valid, "
              f"{bad} with problems")
    if typing:  # the typing tests' checker only when there are some (it is not small)
        from simulator.commands.typing import validate_typing  # noqa: PLC0415

        bad += not validate_typing(typing, quiet=args.quiet)
    return 1 if bad or bad_courses else 0


def is_typing_test(path: Path) -> bool:
    return _format_of(path) == "callsim.typing/"


def _format_of(path: Path) -> str | None:
    """Which of callsim's authored files this is, by the format named near its top."""
    if not path.is_file():
        return None  # a device (/dev/zero never ends) or a folder: the loader says what
    try:
        with path.open("rb") as file:
            head = file.read(2000)
    except OSError:
        return None
    return next((f for f in ("callsim.typing/", "callsim.course/") if f.encode() in head),
                None)


def _validate_course(path: Path, quiet: bool) -> bool:
    from simulator.commands.cohort import open_course  # noqa: PLC0415

    try:
        course = open_course(path)
    except UserError as error:
        print(error, file=sys.stderr)
        return False
    if not quiet:
        print(f"ok  {course.id} (course, {len(course.scenarios)} scenarios, {path})")
    return True


def validate_one(path: Path, quiet: bool = False) -> bool:
    """Every problem in one file, in one run: syntax, schema, references, placeholders,
    then (when the scenario can be built) the dialogue sweep and the self-tests."""
    from simulator.library import intent_matcher  # noqa: PLC0415
    from simulator.loader import check_scenario, references  # noqa: PLC0415
    from simulator.preview import Preview  # noqa: PLC0415

    checked = check_scenario(path)
    for problem in checked.problems:
        print(problem, file=sys.stderr)
    ok = not checked.problems
    if checked.scenario is None or checked.doc is None:
        return False
    scenario = checked.scenario
    preview = Preview(scenario, intent_matcher(), references().intents, checked.doc)
    outcomes = preview.for_validate()
    for finding in preview.found:
        print(finding, file=sys.stderr)
        ok = ok and finding.severity != "problem"
    lines: list[str] = []
    for test, outcome in zip(scenario.self_tests, outcomes, strict=True):
        r = outcome.result
        verdict = "pass" if r.passed else "fail"
        missed = ", ".join(m.id for m in r.missed())
        lines.append(f"    {test.id:<10} expect {test.expect}: {r.score:5.1f} {verdict}"
                     + (f"  (missed: {missed})" if missed else ""))
    if not quiet:
        print(f"{'ok ' if ok else 'BAD'} {scenario.id} ({path})")
        print("\n".join(lines))
    return ok


def run_score(args: argparse.Namespace) -> int:
    from scoring.attempt import load_attempt  # noqa: PLC0415
    from scoring.authored import AuthoringError  # noqa: PLC0415
    from simulator.selftest import mark_attempt  # noqa: PLC0415

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
    # The JSON keeps every criterion an item evidences; a person reads this role's only.
    from simulator.loader import references  # noqa: PLC0415

    profile = references().profiles.get(scenario.profile)
    own = {c.id for c in profile.criteria} if profile else set(result.criteria)
    criteria = {k: v for k, v in result.criteria.items() if k in own}
    if criteria:
        print(f"criteria ({scenario.profile}): "
              + ", ".join(f"{k} {v:g}" for k, v in criteria.items()))


def run_match(args: argparse.Namespace) -> int:
    from scoring.understanding import Understanding  # noqa: PLC0415
    from scoring.understanding.as_said import as_said  # noqa: PLC0415
    from simulator.library import (  # noqa: PLC0415
        intent_library,
        meaning_matcher,
        understanding_for,
    )

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
    if args.scenario:
        understanding = understanding_for(open_scenario(args.scenario))
    else:
        understanding = Understanding.for_scenario(None, meaning_matcher())
    analysis = understanding.analyse(args.text)
    if args.json:
        print(json.dumps({
            "intents": list(analysis.intent_ids()),
            # `clause`: the trainee's words; `read_as`: the same clause as the analysis read
            # it (respelled: `scoring.understanding.as_said`), as in `analysis`
            "matches": [{"intent": r.intent, "score": round(r.score, 3),
                         "clause": as_said(r.clause, analysis.text), "read_as": r.clause,
                         "phrase": r.phrase} for r in analysis.intents],
            "analysis": analysis.to_json(),
        }, indent=2))
        return 0
    print_analysis(analysis)
    print(f"(intent library: {library_root() / 'intents.yaml'})", file=sys.stderr)
    return 0


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'&]+", text.lower())


def print_analysis(analysis: TurnAnalysis) -> None:
    """Each clause: what kind of turn, what it expresses, how, about whom, and why. A clause
    is quoted as it was said, and as the analysis read it too when it respelled it ("you and
    your family" read as "you & your family": `scoring.understanding.as_said`)."""
    from scoring.understanding.as_said import as_said  # noqa: PLC0415

    for act in analysis.acts:
        heard = [r for r in analysis.intents if r.clause == act.clause]
        said = as_said(act.clause, analysis.text)
        # (a clause that differs from the words said only in case and punctuation, a comma
        # dropped, was not respelled: "read as" would say nothing)
        read = "" if _words(said) == _words(act.clause) else f" (read as '{act.clause}')"
        print(f"'{said}'{read}: {act.kind}")
        for r in heard:
            sign = "" if r.polarity == "affirm" else "NOT "
            print(f"    {sign}{r.intent} about {r.subject} (confidence {r.confidence:.2f}): "
                  f"like '{r.phrase}' {r.score:.2f}")
        if not heard:
            near = [r for r in analysis.near if r.clause == act.clause][:1]
            for r in near:
                print(f"    nothing heard; nearest {r.intent}: like '{r.phrase}' "
                      f"{r.score:.2f}, below the threshold")
            if not near:
                print("    nothing heard")
    for back in analysis.readbacks:
        truth = {True: "matches the world", False: "does NOT match the world",
                 None: "nothing to compare with"}[back.matches_world]
        print(f"read-back of the {back.kind} '{back.value}': {truth}"
              + (f" ({back.field})" if back.field else ""))


def register_profiles(sub: Any) -> None:
    p = sub.add_parser("profiles", help="person-spec profiles and which scenarios evidence "
                                        "each criterion")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(run=run_profiles)


def criterion_coverage() -> dict[str, list[str]]:
    """Criterion id -> the library scenarios with an item mapped to it."""
    from scoring.authored import AuthoringError  # noqa: PLC0415
    from simulator.loader import library_files, load_scenario  # noqa: PLC0415

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
    from simulator.loader import references  # noqa: PLC0415

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
