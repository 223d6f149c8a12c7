"""Load scenario files: schema first, then every reference checked across files.

Two passes, like Rasa's validator: the typed model catches shapes and types; the second
pass catches what only the whole library knows (an item naming an intent that the phrase
library lacks, a fact that does not exist, a criterion of no profile, a grade off the
scale). Every problem comes back at once with its file and line.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from scoring.authored import AuthoringError, Document, Loc, Problem, nearest, read_yaml, validate
from scoring.codes import Recording, load_recording
from scoring.conditions import Condition
from scoring.profiles import Profile, load_framework, load_profiles
from scoring.understanding import SUBJECTS
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

    @property
    def evidence(self) -> dict[str, str]:
        """Criterion id -> how it is evidenced (call, typing, interview, ...)."""
        return {c.id: c.evidence for p in self.profiles.values() for c in p.criteria}


def intent_ids() -> frozenset[str]:
    """The phrase library's intent ids, kept in the compiled cache: reading all 2,700
    phrasings to learn 60 names cost 60 ms of every `validate` and `report`."""
    from scoring import intents  # noqa: PLC0415
    from simulator import compiled  # noqa: PLC0415

    sources = [library_root() / "intents.yaml", Path(intents.__file__)]
    return compiled.built("intent-ids", sources, lambda: frozenset(intent_library().intents))


@cache
def references() -> References:
    root = library_root()
    return References(
        intents=intent_ids(),
        profiles=load_profiles(root / "profiles"),
        cvf=load_framework(root / "profiles" / "cvf.yaml").ids(),
        recording=load_recording(root / "recording.yaml"),
    )


def load_scenario(path: Path, refs: References | None = None) -> Scenario:
    """Read, validate and cross-check one scenario file; raise `AuthoringError` if wrong."""
    doc = read_yaml(path)
    scenario, problems = typed(doc, path, refs or references())
    if problems or scenario is None:
        raise AuthoringError(problems)
    return scenario


def typed(doc: Document, path: Path, refs: References) -> tuple[Scenario | None,
                                                                 list[Problem]]:
    """The scenario (None when its schema does not hold) and every problem found: schema
    and references together, so a trainer sees every mistake in one run."""
    if not isinstance(doc.data, dict):
        return None, [doc.problem((), "a scenario is a mapping of keys (format, id, title, "
                                  "caller, world, ...)")]
    try:
        scenario = validate(doc, Scenario)
    except AuthoringError as error:
        extra = [p for p in raw_references(doc, refs) if p not in error.problems]
        return None, sorted([*error.problems, *extra], key=lambda p: p.line)
    scenario = scenario.model_copy(update={"source": str(path),
                                           "sha256": sha256_of(path.read_bytes())})
    return scenario, cross_check(scenario, doc, refs)


@dataclass(frozen=True)
class Checked:
    """Everything `validate` knows about one file before the caller is swept."""

    doc: Document | None  # None: not readable as YAML
    scenario: Scenario | None  # built whenever the schema holds, even with other problems
    problems: list[Problem]


def check_scenario(path: Path, refs: References | None = None) -> Checked:
    """Every problem in one file at once: syntax, or else schema, references and
    placeholders together. Unlike `load_scenario`, the typed scenario comes back even when
    references are wrong, so the dialogue can still be swept in the same run."""
    from simulator.placeholders import placeholder_problems  # noqa: PLC0415

    try:
        doc = read_yaml(path)
    except AuthoringError as error:
        return Checked(None, None, list(error.problems))
    scenario, problems = typed(doc, path, refs or references())
    found = [*problems, *(p for p in placeholder_problems(doc) if p not in problems)]
    return Checked(doc, scenario, sorted(found, key=lambda p: p.line))


def resolve(name: str) -> Path:
    """A scenario given as a library id or a path to a YAML file."""
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    return scenario_dir() / f"{name}.yaml"


def library_files() -> list[Path]:
    return sorted(scenario_dir().glob("*.yaml"))


# --- second pass ----------------------------------------------------------------------


def cross_check(s: Scenario, doc: Document, refs: References) -> list[Problem]:
    return CrossCheck(s, doc, refs).problems()


class CrossCheck:
    """Every reference in one scenario, checked against the library and itself."""

    def __init__(self, scenario: Scenario, doc: Document, refs: References) -> None:
        self.s = scenario
        self.doc = doc
        self.refs = refs
        self.found: list[Problem] = []
        self.facts = {f.id for f in scenario.caller.facts}
        world = scenario.world
        self.subjects = {"caller", *(p.id for p in world.people),
                         *(v.id for v in world.vehicles)}
        self.check_ids = {c.id for c in scenario.world.checks}
        scales = refs.recording.grading_scales
        self.grades = set(scales.get(scenario.grading_scale, {}))
        profile = refs.profiles.get(scenario.profile)
        # An unknown criterion lists this profile's call criteria, not all 101 of them.
        self.call_criteria = [c.id for c in profile.criteria if c.evidence == "call"] \
            if profile else None

    def problems(self) -> list[Problem]:
        self.metadata()
        self.caller()
        self.world()
        self.marking()
        self.self_tests()
        for intent in self.s.phrasings:
            self.known(("phrasings", intent), "intent", intent, self.refs.intents)
        return self.found

    def known(self, loc: Loc, what: str, value: str, options: Collection[str],
              listed: Collection[str] | None = None) -> None:
        if value not in options:
            self.found.append(self.doc.problem(loc, closed_set(what, value, options, listed)))

    def intents(self, loc: Loc, values: Iterable[str]) -> None:
        for j, intent in enumerate(values):
            self.known((*loc, j), "intent", intent, self.refs.intents)

    def metadata(self) -> None:
        self.known(("profile",), "profile", self.s.profile, self.refs.profiles)
        self.known(("grading_scale",), "grading scale", self.s.grading_scale,
                   self.refs.recording.grading_scales)

    def caller(self) -> None:
        seen: set[str] = set()
        for i, fact in enumerate(self.s.caller.facts):
            base: Loc = ("caller", "facts", i)
            if fact.id in seen:
                self.found.append(self.doc.problem(
                    (*base, "id"), f"duplicate fact id `{fact.id}`: each fact needs its own "
                                   "id; rename one (and the places that name it)"))
            seen.add(fact.id)
            self.intents((*base, "intents"), fact.intents)
            self.intents((*base, "after_intents"), fact.after_intents)
            for j, other in enumerate(fact.after_facts):
                self.known((*base, "after_facts", j), "fact", other, self.facts)
            if fact.about is not None:
                self.known((*base, "about"), "person or vehicle", fact.about, self.subjects)
        for i, vol in enumerate(self.s.caller.volunteers):
            base = ("caller", "volunteers", i)
            if vol.after_fact is not None:
                self.known((*base, "after_fact"), "fact", vol.after_fact, self.facts)
            for j, fact_id in enumerate(vol.reveals):
                self.known((*base, "reveals", j), "fact", fact_id, self.facts)
            for fact_id in vol.updates:
                self.known((*base, "updates", fact_id), "fact", fact_id, self.facts)
        for intent in self.s.caller.responses:
            self.known(("caller", "responses", intent), "intent", intent, self.refs.intents)
        for key in ("calms", "upsets"):
            for intent in getattr(self.s.caller.distress, key):
                self.known(("caller", "distress", key, intent), "intent", intent,
                           self.refs.intents)

    def world(self) -> None:
        rec = self.refs.recording
        inc = self.s.world.incident
        base: Loc = ("world", "incident")
        self.known((*base, "category"), "NSIR category", inc.category, rec.categories)
        for j, q in enumerate(inc.qualifiers):
            self.known((*base, "qualifiers", j), "qualifier", q, rec.qualifiers)
        if inc.crime is not None:
            self.known((*base, "crime"), "crime classification", inc.crime, rec.crimes)
        if self.grades:
            for j, grade in enumerate(self.s.world.grades):
                self.known(("world", "grades", j), f"grade on the {self.s.grading_scale} "
                           "scale", grade, self.grades)

    def marking(self) -> None:
        criteria = self.refs.criteria
        for i, item in enumerate(self.s.marking.items):
            base: Loc = ("marking", "items", i)
            for j, comp in enumerate(item.competencies):
                self.known((*base, "competencies", j), "competency or value", comp,
                           self.refs.cvf)
            for j, crit in enumerate(item.criteria):
                self.known((*base, "criteria", j), "criterion", crit, criteria,
                           self.call_criteria)
                evidence = self.refs.evidence.get(crit)
                if evidence is not None and evidence != "call":
                    self.found.append(self.doc.problem(
                        (*base, "criteria", j), f"criterion `{crit}` is evidenced by "
                        f"{evidence}, not by a call: map the item to a call criterion"))
            if item.applies_when is not None:
                self.condition(item.applies_when, (*base, "applies_when"))
            self.condition(item.condition, (*base, "condition"))

    def condition(self, c: Condition, loc: Loc) -> None:
        if c.asked is not None:
            self.known((*loc, "asked"), "intent", c.asked, self.refs.intents)
        self.intents((*loc, "before"), c.before or ())
        if c.revealed is not None:
            self.known((*loc, "revealed"), "fact", c.revealed, self.facts)
        whom = {*SUBJECTS, *(p.id for p in self.s.world.people),
                *(v.id for v in self.s.world.vehicles)}
        for j, who in enumerate(c.about or ()):
            self.known((*loc, "about", j), "person (a role word or a world person's id)",
                       who, whom)
        if c.checked is not None:
            self.known((*loc, "checked"), "check kind or id", c.checked,
                       self.check_ids | CHECK_KINDS)
        if self.grades:
            for j, grade in enumerate(c.grade_in or ()):
                self.known((*loc, "grade_in", j), "grade", grade, self.grades)
        for key, children in (("all", c.all_), ("any", c.any_)):
            for j, child in enumerate(children or ()):
                self.condition(child, (*loc, key, j))
        if c.not_ is not None:
            self.condition(c.not_, (*loc, "not"))
        if c.after is not None:
            self.condition(c.after, (*loc, "after"))

    def self_tests(self) -> None:
        items = {item.id for item in self.s.marking.items}
        for i, test in enumerate(self.s.self_tests):
            base: Loc = ("self_tests", i)
            for key in ("missed", "met"):
                for j, ident in enumerate(getattr(test, key)):
                    self.known((*base, key, j), "marking item", ident, items)
            if test.expect == "fail" and not test.missed:
                self.found.append(self.doc.problem(
                    base, "a weak attempt names the items it must miss: add "
                    "`missed: [item ids]`"))


def closed_set(what: str, value: str, options: Collection[str],
               listed: Collection[str] | None = None) -> str:
    """"unknown grade `5`; did you mean `4`? The grades: 1, 2, 3, 4": a closed set is always
    listed, so the trainer can pick from it without opening another file."""
    known = sorted(options)
    hint = nearest(value, known)
    shown = ", ".join(sorted(listed if listed is not None else known))
    if hint:
        return f"unknown {what} `{value}`; did you mean `{hint}`?" + (
            f" Valid: {shown}" if shown else "")
    return f"unknown {what} `{value}`" + (f"; valid: {shown}" if shown else "")


# Keys whose values name something in a closed set, wherever they appear in a scenario.
_KEYED = {"asked": "intent", "before": "intent", "intents": "intent",
          "after_intents": "intent", "competencies": "competency or value",
          "criteria": "criterion", "grade_in": "grade", "revealed": "fact",
          "after_facts": "fact", "after_fact": "fact", "reveals": "fact",
          "checked": "check kind or id"}


def raw_references(doc: Document, refs: References) -> list[Problem]:
    """Every name in a file that failed its schema, checked against what it may name, so a
    dangling fact or an unknown grade shows in the same run as the schema's problems."""
    return RawCheck(doc, refs).problems()


def _mapping(node: object, key: str) -> dict[str, Any]:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, dict) else {}


class RawCheck:
    """The cross-check on plain data, for a file the typed model refused."""

    def __init__(self, doc: Document, refs: References) -> None:
        self.doc = doc
        self.refs = refs
        self.data: dict[str, Any] = doc.data if isinstance(doc.data, dict) else {}
        self.found: list[Problem] = []
        scale = self.data.get("grading_scale")
        self.grades = set(refs.recording.grading_scales.get(scale, {})) \
            if isinstance(scale, str) else set()
        profile = refs.profiles.get(str(self.data.get("profile")))
        self.known: dict[str, Collection[str]] = {
            "intent": refs.intents, "competency or value": refs.cvf,
            "criterion": refs.criteria, "grade": self.grades,
            "fact": self.ids(_mapping(self.data, "caller").get("facts")),
            "check kind or id": self.ids(_mapping(self.data, "world").get("checks"))
            | CHECK_KINDS,
            "marking item": self.ids(_mapping(self.data, "marking").get("items")),
            "person or vehicle": {"caller"} | self.ids(_mapping(self.data, "world").get(
                "people")) | self.ids(_mapping(self.data, "world").get("vehicles"))}
        self.listed = {"criterion": [c.id for c in profile.criteria if c.evidence == "call"]
                       if profile else None}

    @staticmethod
    def ids(entries: object) -> set[str]:
        return {e["id"] for e in entries if isinstance(e, dict)
                and isinstance(e.get("id"), str)} if isinstance(entries, list) else set()

    def problems(self) -> list[Problem]:
        self.walk(self.data, ())
        self.fixed_places()
        return self.found

    def check(self, loc: Loc, what: str, value: object,
              options: Collection[str] | None = None) -> None:
        known = self.known[what] if options is None else options
        names = [(loc, value)] if isinstance(value, str) else [
            ((*loc, j), v) for j, v in enumerate(value)] if isinstance(value, list) else []
        for spot, name in names:
            if isinstance(name, str) and known and name not in known:
                self.found.append(self.doc.problem(spot, closed_set(
                    what, name, known, self.listed.get(what))))

    def walk(self, node: object, loc: Loc) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                what = _KEYED.get(key)
                if what is not None:
                    self.check((*loc, key), what, value)
                self.walk(value, (*loc, key))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                self.walk(item, (*loc, i))

    def fixed_places(self) -> None:
        """The profile, the scale, the incident's codes, the grades, the distress intents,
        the items a self-test names."""
        rec = self.refs.recording
        self.check(("profile",), "profile", self.data.get("profile"), self.refs.profiles)
        self.check(("grading_scale",), "grading scale", self.data.get("grading_scale"),
                   rec.grading_scales)
        world = _mapping(self.data, "world")
        incident = _mapping(world, "incident")
        base: Loc = ("world", "incident")
        self.check((*base, "category"), "NSIR category", incident.get("category"),
                   rec.categories)
        self.check((*base, "qualifiers"), "qualifier", incident.get("qualifiers"),
                   rec.qualifiers)
        self.check((*base, "crime"), "crime classification", incident.get("crime"),
                   rec.crimes)
        self.check(("world", "grades"), "grade", world.get("grades"))
        for intent in _mapping(self.data, "phrasings"):
            self.check(("phrasings", intent), "intent", intent)
        caller = _mapping(self.data, "caller")
        for intent in _mapping(caller, "responses"):
            self.check(("caller", "responses", intent), "intent", intent)
        facts = caller.get("facts")
        for i, fact in enumerate(facts if isinstance(facts, list) else []):
            if isinstance(fact, dict):
                self.check(("caller", "facts", i, "about"), "person or vehicle",
                           fact.get("about"))
        distress = _mapping(caller, "distress")
        for key in ("calms", "upsets"):
            for intent in _mapping(distress, key):
                self.check(("caller", "distress", key, intent), "intent", intent)
        tests = self.data.get("self_tests")
        for i, test in enumerate(tests if isinstance(tests, list) else []):
            if isinstance(test, dict):
                for key in ("missed", "met"):
                    self.check(("self_tests", i, key), "marking item", test.get(key))


CHECK_KINDS = frozenset({"address", "person", "vehicle", "intel"})
