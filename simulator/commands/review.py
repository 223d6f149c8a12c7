"""`callsim review` and `callsim calibration`: assessors correct, override and double-mark.

A correction says what the trainee really said in a misheard spoken turn; the attempt is
marked again. An override replaces one item's mark. Both need the assessor's id and a
reason, and both go in the attempt's append-only audit trail; the automatic marking is
kept. A blind marking is an assessor's own met / not met for every item, made without
seeing anyone else's marks, for calibration.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scoring.attempt import Attempt, load_attempt, parse_attempt
from scoring.authored import AuthoringError
from scoring.result import Result
from scoring.review import (
    Correction,
    Override,
    corrected,
    overridden,
    override_problem,
    result_from_json,
    reviewed_document,
)
from simulator.errors import UserError
from simulator.scenario import Scenario
from simulator.scenario_of import scenario_of
from simulator.selftest import mark_attempt
from simulator.store.options import add_store_option

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported only when a command runs
    from simulator.store.connect import Store
    from simulator.store.reviews import AuditEntry, Change

ANSWERS = {"yes": True, "y": True, "met": True, "no": False, "n": False, "not_met": False}


@dataclass(frozen=True)
class Reviewed:
    """The attempt under review: where it is kept, as stored, and its automatic marking."""

    store: Store
    ident: int
    attempt: Attempt
    scenario: Scenario
    auto: Result


def register(sub: Any) -> None:
    p = sub.add_parser("review", help="an assessor corrects a misheard turn, overrides a "
                                      "mark, or double-marks an attempt blind")
    p.add_argument("attempt", metavar="ATTEMPT", nargs="?",
                   help="the attempt's number or key in the results store, or its call folder")
    p.add_argument("--assessor", default="", metavar="ID", help="your assessor id")
    p.add_argument("--reason", default="", help="why (required to correct or override)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--correct-turn", type=int, metavar="N",
                      help="the spoken turn to correct (its number in the report)")
    what.add_argument("--override", metavar="ITEM", help="the marking item to override")
    what.add_argument("--blind", action="store_true",
                      help="mark every item yourself without seeing the other marks")
    what.add_argument("--queue", action="store_true",
                      help="list the marks the automatic marking was unsure of, to review")
    p.add_argument("--text", help="with --correct-turn: what the trainee really said")
    p.add_argument("--met", choices=("yes", "no"), help="with --override: met or not")
    p.add_argument("--points", type=float, help="with --override: points given "
                                                "(default all if met, none if not)")
    p.add_argument("--mark", action="append", default=[], metavar="ITEM=yes|no[:POINTS]",
                   help="with --blind: an item's mark, and the points you give it when not "
                        "all of them (location-early=yes:3); items not given are asked for")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    add_store_option(p)
    p.set_defaults(run=run_review)

    c = sub.add_parser("calibration", help="agreement between assessors and with the "
                                           "automatic marking (Cohen's kappa)")
    c.add_argument("--json", action="store_true")
    c.add_argument("--include-demo", action="store_true",
                   help="count blind markings of `callsim demo` runs too (left out by "
                        "default)")
    add_store_option(c)
    c.set_defaults(run=run_calibration)


def run_review(args: argparse.Namespace) -> int:
    from simulator.store.connect import open_store  # noqa: PLC0415  (SQLAlchemy only here)

    if args.queue:
        if args.attempt is not None:
            raise UserError("--queue lists every attempt's uncertain marks: give no ATTEMPT")
        store = open_store(args.store, create=False)
        try:
            return _queue(store, args.json)
        finally:
            store.close()
    if args.attempt is None:
        raise UserError("give the ATTEMPT to review (its number, key or call folder), or "
                        "--queue to list the marks waiting for review")
    _check_options(args)
    store = open_store(args.store, create=False)
    try:
        return _review(store, args)
    finally:
        store.close()


def _queue(store: Store, as_json: bool) -> int:
    """`callsim review --queue`: the uncertain marks, critical items first."""
    from simulator.store.queries import review_queue  # noqa: PLC0415

    waiting = review_queue(store)
    if as_json:
        print(json.dumps([vars(u) for u in waiting], indent=2, ensure_ascii=False))
        return 0
    if not waiting:
        print(f"no uncertain marks waiting for review in {store.where}")
        return 0
    for u in waiting:
        sure = "" if u.confidence is None else f", confidence {u.confidence:.2f}"
        print(f"attempt {u.attempt} ({u.trainee}, {u.scenario}) {u.item}"
              f"{' [critical]' if u.critical else ''}: leaning {u.leaning.replace('_', ' ')}"
              f"{sure}\n    {u.reason}")
    print(f"{len(waiting)} uncertain mark(s); decide each with `callsim review ATTEMPT "
          "--override ITEM --met yes|no --assessor ID --reason ...`")
    return 0


def _check_options(args: argparse.Namespace) -> None:
    if args.correct_turn is not None and not (args.text or "").strip():
        raise UserError("--correct-turn needs --text: what the trainee really said")
    if args.override is not None and args.met is None:
        raise UserError("--override needs --met yes or --met no")
    if not args.blind and not args.reason.strip():
        raise UserError("give a --reason: it goes in the audit trail with your id")
    if not args.assessor.strip():
        raise UserError("--assessor must not be empty")
    extra = [name for name, value, wanted in (
        ("--text", args.text, args.correct_turn is not None),
        ("--met", args.met, args.override is not None),
        ("--points", args.points, args.override is not None),
        ("--mark", args.mark or None, args.blind)) if value is not None and not wanted]
    if extra:
        raise UserError(f"{', '.join(extra)} does not go with this kind of review")


def _review(store: Store, args: argparse.Namespace) -> int:
    from simulator.store.reviews import Change, add_review, original_marking  # noqa: PLC0415

    ident, attempt, folder = _locate(store, args.attempt)
    scenario = scenario_of(attempt, args.store, folder)
    auto_doc = original_marking(store, ident) or mark_attempt(scenario, attempt).to_json()
    auto = result_from_json(auto_doc)

    def recompute(trail: list[AuditEntry]) -> tuple[Result, dict[str, Any]] | None:
        return None if args.blind else current(trail, attempt, scenario, auto)

    under = Reviewed(store, ident, attempt, scenario, auto)
    if args.blind:
        marks, points = _blind_marks(auto, args.mark)
        change = Change("blind", "", args.assessor, args.reason or "blind double-marking",
                        {}, {"marks": marks, "points": points})
    elif args.correct_turn is not None:
        change = _correction(under, args)
    else:
        change = _override(under, args)
    entry, result = add_review(store, ident, change, recompute)
    if change.kind == "correction" and folder is not None:
        _journal_revision(folder, attempt, args.correct_turn, change)
    _say(args, ident, entry, result)
    return 0


def current(trail: list[AuditEntry], attempt: Attempt, scenario: Scenario, auto: Result
            ) -> tuple[Result, dict[str, Any]]:
    """The marking that stands: corrections re-marked, then overrides, then totals."""
    fixes = [Correction(int(e.target.removeprefix("turn ")), str(e.after["text"]), e.assessor)
             for e in trail if e.kind == "correction"]
    changes = [Override(e.target, bool(e.after["met"]), e.after.get("points"), e.assessor,
                        e.reason) for e in trail if e.kind == "override"]
    remarked = mark_attempt(scenario, corrected(attempt, fixes)) if fixes else auto
    result = overridden(remarked, changes)
    return result, reviewed_document(auto, remarked, result, changes)


def _correction(under: Reviewed, args: argparse.Namespace) -> Change:
    from simulator.store.reviews import Change, audit_trail  # noqa: PLC0415

    attempt, scenario = under.attempt, under.scenario
    index: int = args.correct_turn
    if not 0 <= index < len(attempt.turns):
        raise UserError(f"there is no turn {index}: this call's turns are 0–"
                        f"{len(attempt.turns) - 1} (the numbers in the report)")
    turn = attempt.turns[index]
    if turn.speaker != "trainee" or turn.source != "stt":
        said = "the caller's" if turn.speaker == "caller" else "typed, not heard"
        raise UserError(f"turn {index} is {said}: only a trainee's spoken turn can be "
                        "misheard; override the item's mark instead")
    if attempt.scenario_sha256 and attempt.scenario_sha256 != scenario.sha256:
        raise UserError(f"the scenario `{scenario.id}` has changed since this attempt, so "
                        "it cannot be marked again by the scheme it was marked by; "
                        "override the items' marks instead")
    fixes = [e for e in audit_trail(under.store, under.ident)
             if e.kind == "correction" and e.target == f"turn {index}"]
    before = str(fixes[-1].after["text"]) if fixes else turn.text
    return Change("correction", f"turn {index}", args.assessor, args.reason,
                  {"text": before}, {"text": args.text.strip()})


def _override(under: Reviewed, args: argparse.Namespace) -> Change:
    from simulator.store.reviews import Change, audit_trail  # noqa: PLC0415

    standing = current(audit_trail(under.store, under.ident), under.attempt, under.scenario,
                       under.auto)[0]
    change = Override(args.override, args.met == "yes", args.points, args.assessor,
                      args.reason)
    problem = override_problem(standing, change)
    if problem:
        raise UserError(problem)
    item = standing.item(args.override)
    return Change("override", item.id, args.assessor, args.reason,
                  {"status": item.status, "points": item.points},
                  {"met": change.met, "points": change.points})


def _blind_marks(auto: Result, given: list[str]) -> tuple[dict[str, bool],
                                                         dict[str, float]]:
    """The assessor's own marks and points: from --mark, then asked item by item. Only
    each item's description and points available are shown, never the automatic or
    another assessor's mark."""
    items = [i for i in auto.items if i.status != "not_applicable"]
    known = {i.id: i for i in items}
    marks: dict[str, bool] = {}
    points: dict[str, float] = {}
    for text in given:
        ident, _, answer = text.partition("=")
        if ident not in known:
            raise UserError(f"--mark {text}: no item `{ident}` to mark; items: "
                            + ", ".join(sorted(known)))
        mark = _blind_answer(answer, known[ident].max_points)
        if isinstance(mark, str):
            raise UserError(f"--mark {text}: {mark}; say {ident}=yes, {ident}=no or "
                            f"{ident}=yes:POINTS")
        marks[ident], points[ident] = mark
    if any(i.id not in marks for i in items):
        print("Mark each item yourself (`callsim report ATTEMPT --blind` shows the call "
              "without anyone's marks).", file=sys.stderr)
    for item in items:
        while item.id not in marks:
            print(f"{item.id}: {item.description} ({item.max_points:g} points) — met? "
                  "[yes/no, or yes:POINTS for part of them] ", end="", file=sys.stderr,
                  flush=True)
            line = sys.stdin.readline()
            if not line:
                raise UserError(f"no mark for item `{item.id}`; nothing was recorded "
                                f"(give it with --mark {item.id}=yes|no)")
            mark = _blind_answer(line, item.max_points)
            if isinstance(mark, str):
                print(f"  ({mark})", file=sys.stderr)
            else:
                marks[item.id], points[item.id] = mark
    return {i.id: marks[i.id] for i in items}, {i.id: points[i.id] for i in items}


def _blind_answer(text: str, most: float) -> tuple[bool, float] | str:
    """(met, points) from "yes", "no" or "yes:3"; or what is wrong with it."""
    word, _, given = text.strip().lower().partition(":")
    if word not in ANSWERS:
        return f"say yes or no (yes:POINTS for part of the {most:g} points)"
    met = ANSWERS[word]
    if not given.strip():
        return met, most if met else 0.0
    try:
        value = float(given)
    except ValueError:
        return f"`{given.strip()}` is not a number of points"
    if not 0 <= value <= most:
        return f"{value:g} points is outside 0–{most:g}"
    if not met and value > 0:
        return "an item marked not met earns no points"
    return met, value


def _locate(store: Store, given: str) -> tuple[int, Attempt, Path | None]:
    """The attempt's id in the store, the record as stored, and its call folder if here."""
    from simulator.store.queries import find_attempt  # noqa: PLC0415
    from simulator.store.saving import attempt_key  # noqa: PLC0415

    path = Path(given)
    key = given
    if path.is_dir():
        if not (path / "attempt.json").exists():
            raise UserError(f"{path}: no attempt.json here")
        try:
            key = attempt_key(load_attempt(path / "attempt.json"), path.resolve())
        except AuthoringError as error:
            raise UserError(str(error)) from None
    stored = find_attempt(store, key)
    if stored is None:
        hint = (f"; store it first with `callsim recover {path}`" if path.is_dir() else "")
        raise UserError(f"no attempt `{given}` in the results store ({store.where}){hint}")
    try:
        attempt = parse_attempt(json.dumps(stored.attempt), f"stored attempt {stored.id}")
    except AuthoringError as error:
        raise UserError(str(error)) from None
    folder = Path(stored.folder)
    return stored.id, attempt, folder if (folder / "journal.jsonl").exists() else None


def _journal_revision(folder: Path, attempt: Attempt, index: int, change: Change) -> None:
    """The call's journal stays the source of truth: a correction is a revision of the
    spoken turn (its recording names it), so `callsim recover` rebuilds the same text."""
    from simulator.journal import Journal  # noqa: PLC0415
    from simulator.session import now  # noqa: PLC0415

    audio = attempt.turns[index].audio
    if not audio:
        return  # no recording names the turn in the journal; the store holds the change
    with Journal(folder / "journal.jsonl") as journal:
        journal.write({"kind": "retranscribed", "audio": audio, "text": change.after["text"],
                       "engine": f"assessor {change.assessor}", "reason": change.reason,
                       "at": now()})


def _say(args: argparse.Namespace, ident: int, entry: AuditEntry, result: Result | None
         ) -> None:
    if args.json:
        doc: dict[str, Any] = {"attempt": ident, "review": entry.id, "kind": entry.kind,
                               "assessor": entry.assessor}
        if result is not None:
            doc |= {"score": result.score, "passed": result.passed,
                    "critical_failures": list(result.critical_failures)}
        print(json.dumps(doc))
        return
    if result is None:
        print(f"attempt {ident}: blind marking by {entry.assessor} recorded (review "
              f"{entry.id})")
        return
    verdict = "PASS" if result.passed else "FAIL"
    critical = (f"; critical failures: {', '.join(result.critical_failures)}"
                if result.critical_failures else "")
    print(f"attempt {ident}: {entry.kind} of {entry.target} by {entry.assessor} recorded "
          f"(review {entry.id}); now {result.score:g} / pass mark {result.pass_mark:g}: "
          f"{verdict}{critical}")


def run_calibration(args: argparse.Namespace) -> int:
    from scoring.calibration import DoubleMarked, calibrate  # noqa: PLC0415
    from simulator.store.connect import open_store  # noqa: PLC0415
    from simulator.store.reviews import blind_markings  # noqa: PLC0415

    store = open_store(args.store, create=False)
    try:
        marked = blind_markings(store, include_demo=args.include_demo)
        demos = 0 if args.include_demo else len(blind_markings(store, include_demo=True)) \
            - len(marked)
    finally:
        store.close()
    if demos:
        print(f"callsim: {demos} double-marked `callsim demo` run{'s' if demos != 1 else ''}"
              " left out (--include-demo to count them)", file=sys.stderr)
    double = []
    for ident, blind in sorted(marked.items()):
        items = (blind.auto or {}).get("items", [])
        double.append(DoubleMarked(
            ident, {i["id"]: i.get("met") for i in items}, blind.marks,
            {i["id"]: float(i.get("points", 0)) for i in items}, blind.points,
            {i["id"]: str(i.get("description") or i["id"]) for i in items}))
    report = calibrate(double).to_json()
    report["uncertain"] = _uncertain_agreement(marked)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    if not report["attempts"]:  # an empty table told a new assessor nothing to do next
        print("No attempt has been double-marked blind yet, so there is no agreement to "
              "show.\nTo double-mark one: `callsim report ID --blind -o sheet.html` (the "
              "call without any mark), then `callsim review ID --blind --mark ITEM=yes|no "
              "... --assessor YOU --reason R`.")
        return 0
    print(_calibration_text(report))
    return 0


def _calibration_text(report: dict[str, Any]) -> str:
    def cell(figures: dict[str, Any]) -> str:
        if not figures["comparisons"]:
            return f"{'—':>24}"
        kappa = "n/a" if figures["kappa"] is None else f"{figures['kappa']:.2f}"
        return f"{figures['agreement']:>6.0%}  κ {kappa:>5}  n={figures['comparisons']:<4}"

    width = 56
    lines = [f"{report['attempts']} attempt(s) double-marked blind",
             f"{'item':<{width}}{'assessors agree':>24}  {'assessor vs automatic':>24}"]
    for item, figures in report["items"].items():
        room = width - len(item) - 4  # the description is shortened, never the id
        name = figures["name"] if len(figures["name"]) <= room else \
            figures["name"][:room - 1] + "…"
        lines.append(f"{f'{name} ({item})':<{width}}{cell(figures['between_assessors'])}  "
                     f"{cell(figures['assessors_with_auto'])}")
    lines.append(f"{'all items':<{width}}{cell(report['between_assessors'])}  "
                 f"{cell(report['assessors_with_auto'])}")
    unsure = report.get("uncertain") or {}
    if unsure.get("comparisons"):
        lines.append(f"uncertain automatic marks: the assessor agreed with the way "
                     f"{unsure['agreed']} of {unsure['comparisons']} leaned")
    disputed = {k: v for k, v in report["items"].items() if v["disagreements"]}
    if disputed:
        lines += ["", "Where they disagreed (to talk through at standardisation):"]
    for item, figures in disputed.items():
        lines.append(f"  {figures['name']} ({item})")
        for d in figures["disagreements"]:
            one, other = d["between"]
            lines.append(f"    attempt {d['attempt']}: {one} {_said(d['marks'][one])} vs "
                         f"{other} {_said(d['marks'][other])}")
    return "\n".join(lines)


def _said(mark: dict[str, Any]) -> str:
    points = mark.get("points")
    return ("met" if mark["met"] else "not met") + (
        f" ({points:g} points)" if points is not None else "")


def _uncertain_agreement(marked: dict[int, Any]) -> dict[str, int]:
    """How often assessors marking blind agreed with the way an uncertain mark leaned:
    the check that the uncertainty band is calibrated."""
    agreed = compared = 0
    for blind in marked.values():
        for item in (blind.auto or {}).get("items", []):
            if item.get("status") != "uncertain":
                continue
            for marks in blind.marks.values():
                if item["id"] in marks:
                    compared += 1
                    agreed += marks[item["id"]] == (item.get("leaning") == "met")
    return {"comparisons": compared, "agreed": agreed}
