"""`callsim cohort` (the trainer's view of a whole course, with CSV and JSON export) and
`callsim course status` (each trainee's standing against a course file)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scoring.authored import AuthoringError
from simulator.errors import UserError
from simulator.paths import data_dir
from simulator.store.options import add_store_option


def register(sub: Any) -> None:
    p = sub.add_parser("cohort", help="trainees x scenarios, most-missed items, trends and "
                                      "typing, as one HTML page (and CSV/JSON)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.html",
                   help="where to write the page (default: ./cohort.html)")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write one CSV row per "
                   "trainee and scenario, for the training school's records")
    p.add_argument("--json", action="store_true",
                   help="print the cohort as one JSON document instead of writing the page")
    p.add_argument("--course", type=Path, metavar="COURSE.yaml",
                   help="add each trainee's standing on this course (and judge typing at "
                        "its profile's speed)")
    p.add_argument("--profile", help="judge every trainee's typing at this profile's "
                   "speed (default: the course's, else the profile most of their "
                   "scenarios are written for)")
    p.add_argument("--include-demo", action="store_true",
                   help="count `callsim demo` runs too (left out by default)")
    add_store_option(p)
    p.set_defaults(run=run_cohort)

    c = sub.add_parser("course", help="a course file: each trainee's standing")
    actions = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("status", help="each trainee's standing, and what is still needed")
    s.add_argument("course", type=Path, metavar="COURSE.yaml")
    s.add_argument("--trainee", metavar="ID", help="only this trainee")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.add_argument("--include-demo", action="store_true",
                   help="count `callsim demo` runs too (left out by default)")
    add_store_option(s)
    s.set_defaults(run=run_status)
    v = actions.add_parser("validate", help="check a course file")
    v.add_argument("course", type=Path, metavar="COURSE.yaml")
    v.set_defaults(run=run_validate)


def open_course(path: Path) -> Any:
    from simulator.course import load_course  # noqa: PLC0415

    if not path.is_file():
        raise UserError(f"{path}: no such course file")
    try:
        return load_course(path)
    except AuthoringError as error:
        raise UserError(f"the course file has problems; fix them first:\n{error}") from None


def run_validate(args: argparse.Namespace) -> int:
    course = open_course(args.course)
    print(f"{args.course}: {course.id} is valid ({len(course.scenarios)} scenarios)")
    return 0


def _read(store_option: str | None, trainee: str | None = None,
          include_demo: bool = False) -> tuple[Any, ...]:
    from simulator.cohort import count_demo, read_marked, read_missed, read_typing  # noqa: PLC0415
    from simulator.store.connect import open_store  # noqa: PLC0415

    store = open_store(store_option, create=False)
    try:
        marked = read_marked(store, trainee, include_demo=include_demo)
        missed = read_missed(store, include_demo=include_demo) if trainee is None else []
        where = store.where
        if not include_demo and (demos := count_demo(store)):
            print(f"callsim: {demos} `callsim demo` run{'s' if demos != 1 else ''} left out "
                  "(--include-demo to count them)", file=sys.stderr)
    finally:
        store.close()
    typing = [t for t in read_typing(data_dir() / "typing")
              if trainee is None or t.trainee == trainee]
    return marked, missed, typing, where


def standings(course: Any, marked: list[Any], typing: list[Any],
              only: str | None = None) -> list[Any]:
    from simulator.course import standing  # noqa: PLC0415

    trainees = (list(course.trainees) if course.trainees
                else sorted({m.trainee for m in marked} | {t.trainee for t in typing}))
    if only is not None:
        trainees = [only]
    return [standing(course, name, [m for m in marked if m.trainee == name],
                     [t for t in typing if t.trainee == name]) for name in trainees]


def _unknown_trainee(trainee: str, store_option: str | None, include_demo: bool) -> None:
    """A mistyped trainee id looked like a trainee who has not started: say so, with the
    ids that have work kept."""
    from simulator.cohort import read_marked, read_typing  # noqa: PLC0415
    from simulator.store.connect import open_store  # noqa: PLC0415

    store = open_store(store_option, create=False)
    try:
        names = {m.trainee for m in read_marked(store, None, include_demo=include_demo)}
    finally:
        store.close()
    names |= {t.trainee for t in read_typing(data_dir() / "typing")}
    known = ", ".join(sorted(names)[:20]) or "none yet"
    print(f"callsim: no attempts or typing tests by `{trainee}` are kept, and the course "
          f"file does not list them; check the id (trainees with work kept: {known})",
          file=sys.stderr)


def run_status(args: argparse.Namespace) -> int:
    course = open_course(args.course)
    marked, _, typing, where = _read(args.store, args.trainee, args.include_demo)
    rows = standings(course, marked, typing, args.trainee)
    if (args.trainee is not None and not marked and not typing
            and args.trainee not in course.trainees):
        _unknown_trainee(args.trainee, args.store, args.include_demo)
    if args.json:
        print(json.dumps({"format": "callsim.course-standing/1", "course": course.id,
                          "store": where, "trainees": [r.to_json() for r in rows]},
                         indent=2))
        return 0
    complete = sum(r.complete for r in rows)
    print(f"{course.title} ({course.id}): {complete} of {len(rows)} trainees complete")
    for r in rows:
        print(f"\n{r.trainee}: {r.word.upper()}")
        for line in r.needed:
            print(f"  still needed  {line}")
        for line in r.done:
            print(f"  done          {line}")
    return 0


def run_cohort(args: argparse.Namespace) -> int:
    from simulator.cohort_view import build_cohort, to_csv, to_json  # noqa: PLC0415
    from simulator.course import needed_wpm  # noqa: PLC0415
    from simulator.loader import references  # noqa: PLC0415

    course = open_course(args.course) if args.course else None
    refs = references()
    profile = args.profile or (course.profile if course else None)
    if profile is not None and profile not in refs.profiles:
        raise UserError(f"no profile `{profile}`: use one of {', '.join(sorted(refs.profiles))}")
    marked, missed, typing, where = _read(args.store, include_demo=args.include_demo)
    wpm: dict[str, int | None] = {p.id: p.typing_wpm for p in refs.profiles.values()}
    if course is not None and course.typing is not None:
        wpm[course.profile] = needed_wpm(course)
    cohort = build_cohort(marked, missed, typing,
                          scenarios=_scenarios({m.scenario for m in marked}, args.store),
                          cvf=refs.cvf,
                          wpm=wpm, store=where, profile=profile,
                          columns=[r.scenario for r in course.scenarios] if course else ())
    if course is not None:
        cohort.course = course.title
        by_name = {s.trainee: s for s in standings(course, marked, typing)}
        for row in cohort.trainees:
            found = by_name.get(row.trainee)
            if found is None:
                row.standing = "not on the course"
                continue
            row.standing = found.word
            row.needed = found.needed
            row.met = f"{found.requirements - len(found.needed)} of {found.requirements}"
    if args.csv is not None:
        _write(args.csv, to_csv(cohort))
    if args.json:
        print(json.dumps(to_json(cohort), indent=2))
        return 0
    from simulator.report.render import environment  # noqa: PLC0415  (Jinja2 only here)

    output: Path = args.output or Path("cohort.html")
    _write(output, environment().get_template("cohort.html.j2").render(c=cohort))
    print(output)
    if args.csv is not None:
        print(args.csv)
    return 0


def _scenarios(ids: set[str], store_option: str | None = None) -> dict[str, Any]:
    """Each scenario tried: the library's, else the text the store kept when it was taken
    (a trainer's own file, or one since removed); None (and a note) for neither."""
    from simulator.library import scenario_dir  # noqa: PLC0415
    from simulator.loader import load_scenario  # noqa: PLC0415
    from simulator.scenario_of import from_text  # noqa: PLC0415
    from simulator.store.connect import open_store  # noqa: PLC0415
    from simulator.store.scenarios import latest_texts  # noqa: PLC0415

    found: dict[str, Any] = {}
    for ident in sorted(ids):
        try:  # by id only: an id from the store is never followed as a path
            found[ident] = load_scenario(scenario_dir() / f"{ident}.yaml")
        except (OSError, AuthoringError):
            found[ident] = None
    gone = {ident for ident, scenario in found.items() if scenario is None}
    if gone:
        store = open_store(store_option, create=False)
        try:
            texts = latest_texts(store, gone)
        finally:
            store.close()
        for ident in sorted(gone):
            if ident in texts:
                try:
                    found[ident] = from_text(texts[ident], ident, "results store's copy")
                    continue
                except UserError:
                    pass
            print(f"callsim: scenario `{ident}` is not in the library or the results store: "
                  "its items are listed without descriptions or competencies",
                  file=sys.stderr)
    return found


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror}") from None
