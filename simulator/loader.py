"""Load scenario files: schema first, then every reference checked across files.

Two passes, like Rasa's validator: the typed model catches shapes and types; the second
pass catches what only the whole library knows (an item naming an intent that the phrase
library lacks, a fact that does not exist, a criterion of no profile, a grade off the
scale). Every problem comes back at once with its file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scoring.authored import AuthoringError, Document, Loc, Problem, nearest, read_yaml, validate
from scoring.codes import Recording, load_recording
from scoring.conditions import Condition
from scoring.profiles import Profile, load_framework, load_profiles
from simulator.library import intent_library, library_root, scenario_dir
from simulator.scenario import Scenario, sha256_of


@dataclass(frozen=True)
class References:
    """What scenarios may refer to: intents, profiles, CVF ids, recording codes."""

    intents: frozenset[str]
    profiles: dict[str, Profile]
    cvf: dict[str, str]
    recording: Recording

    @property
    def criteria(self) -> dict[str, str]:
        return {c.id: p.id for p in self.profiles.values() for c in p.criteria}


@cache
def references() -> References:
    root = library_root()
    return References(
        intents=frozenset(intent_library().intents),
        profiles=load_profiles(root / "profiles"),
        cvf=load_framework(root / "profiles" / "cvf.yaml").ids(),
        recording=load_recording(root / "recording.yaml"),
    )


def load_scenario(path: Path, refs: References | None = None) -> Scenario:
    """Read, validate and cross-check one scenario file; raise `AuthoringError` if wrong."""
    doc = read_yaml(path)
    if not isinstance(doc.data, dict):
        raise AuthoringError([doc.problem((), "a scenario is a mapping of keys "
                                          "(format, id, title, caller, world, ...)")])
    scenario = validate(doc, Scenario)
    problems = list(cross_check(scenario, doc, refs or references()))
    if problems:
        raise AuthoringError(problems)
    return scenario.model_copy(update={"source": str(path),
                                       "sha256": sha256_of(path.read_bytes())})


def resolve(name: str) -> Path:
    """A scenario given as a library id or a path to a YAML file."""
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    return scenario_dir() / f"{name}.yaml"


def library_files() -> list[Path]:
    return sorted(scenario_dir().glob("*.yaml"))


# --- second pass ----------------------------------------------------------------------


def cross_check(s: Scenario, doc: Document, refs: References) -> Iterator[Problem]:
    def unknown(loc: Loc, what: str, value: str, options: set[str] | frozenset[str]) -> Problem:
        hint = nearest(value, sorted(options))
        tail = f"; did you mean `{hint}`?" if hint else ""
        return doc.problem(loc, f"unknown {what} `{value}`{tail}")

    if s.profile not in refs.profiles:
        yield unknown(("profile",), "profile", s.profile, set(refs.profiles))
    scales = refs.recording.grading_scales
    if s.grading_scale not in scales:
        yield unknown(("grading_scale",), "grading scale", s.grading_scale, set(scales))
    grades = set(scales.get(s.grading_scale, {}))

    facts: set[str] = set()
    for i, fact in enumerate(s.caller.facts):
        if fact.id in facts:
            yield doc.problem(("caller", "facts", i, "id"), f"duplicate fact id `{fact.id}`")
        facts.add(fact.id)
    for i, fact in enumerate(s.caller.facts):
        base: Loc = ("caller", "facts", i)
        for j, intent in enumerate(fact.intents):
            if intent not in refs.intents:
                yield unknown((*base, "intents", j), "intent", intent, refs.intents)
        for j, intent in enumerate(fact.after_intents):
            if intent not in refs.intents:
                yield unknown((*base, "after_intents", j), "intent", intent, refs.intents)
        for j, other in enumerate(fact.after_facts):
            if other not in facts:
                yield unknown((*base, "after_facts", j), "fact", other, facts)
    for i, vol in enumerate(s.caller.volunteers):
        base = ("caller", "volunteers", i)
        if vol.after_fact is not None and vol.after_fact not in facts:
            yield unknown((*base, "after_fact"), "fact", vol.after_fact, facts)
        for j, fact_id in enumerate(vol.reveals):
            if fact_id not in facts:
                yield unknown((*base, "reveals", j), "fact", fact_id, facts)
    for key in ("calms", "upsets"):
        for intent in getattr(s.caller.distress, key):
            if intent not in refs.intents:
                yield unknown(("caller", "distress", key, intent), "intent", intent,
                              refs.intents)

    rec = refs.recording
    inc = s.world.incident
    if inc.category not in rec.categories:
        yield unknown(("world", "incident", "category"), "NSIR category", inc.category,
                      set(rec.categories))
    for j, q in enumerate(inc.qualifiers):
        if q not in rec.qualifiers:
            yield unknown(("world", "incident", "qualifiers", j), "qualifier", q,
                          set(rec.qualifiers))
    if inc.crime is not None and inc.crime not in rec.crimes:
        yield unknown(("world", "incident", "crime"), "crime classification", inc.crime,
                      set(rec.crimes))
    for j, grade in enumerate(s.world.grades):
        if grades and grade not in grades:
            yield unknown(("world", "grades", j), f"grade on the {s.grading_scale} scale",
                          grade, grades)
    check_ids = {c.id for c in s.world.checks}

    criteria = refs.criteria
    for i, item in enumerate(s.marking.items):
        base = ("marking", "items", i)
        for j, comp in enumerate(item.competencies):
            if comp not in refs.cvf:
                yield unknown((*base, "competencies", j), "competency or value", comp,
                              set(refs.cvf))
        for j, crit in enumerate(item.criteria):
            if crit not in criteria:
                yield unknown((*base, "criteria", j), "criterion", crit, set(criteria))
        for key in ("applies_when", "condition"):
            condition = getattr(item, key)
            if condition is not None:
                yield from _check_condition(condition, (*base, key), doc, refs, facts,
                                            check_ids, grades, unknown)

    items = {item.id for item in s.marking.items}
    for i, test in enumerate(s.self_tests):
        base = ("self_tests", i)
        for key in ("missed", "met"):
            for j, ident in enumerate(getattr(test, key)):
                if ident not in items:
                    yield unknown((*base, key, j), "marking item", ident, items)
        if test.expect == "fail" and not test.missed:
            yield doc.problem(base, "a weak attempt names the items it must miss: add "
                              "`missed: [item ids]`")


def _check_condition(c: Condition, loc: Loc, doc: Document, refs: References,
                     facts: set[str], check_ids: set[str], grades: set[str],
                     unknown: object) -> Iterator[Problem]:
    report = unknown  # (loc, what, value, options) -> Problem
    assert callable(report)
    if c.asked is not None and c.asked not in refs.intents:
        yield report((*loc, "asked"), "intent", c.asked, refs.intents)
    for j, other in enumerate(c.before or ()):
        if other not in refs.intents:
            yield report((*loc, "before", j), "intent", other, refs.intents)
    if c.revealed is not None and c.revealed not in facts:
        yield report((*loc, "revealed"), "fact", c.revealed, facts)
    if c.checked is not None:
        kinds = {"address", "person", "vehicle", "intel"}
        if c.checked not in check_ids | kinds:
            yield report((*loc, "checked"), "check kind or id", c.checked, check_ids | kinds)
    for j, grade in enumerate(c.grade_in or ()):
        if grades and grade not in grades:
            yield report((*loc, "grade_in", j), "grade", grade, grades)
    for key, children in (("all", c.all_), ("any", c.any_)):
        for j, child in enumerate(children or ()):
            yield from _check_condition(child, (*loc, key, j), doc, refs, facts, check_ids,
                                        grades, unknown)
    if c.not_ is not None:
        yield from _check_condition(c.not_, (*loc, "not"), doc, refs, facts, check_ids,
                                    grades, unknown)
