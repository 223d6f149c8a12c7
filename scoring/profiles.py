"""Person-spec profiles and the CVF: what a role's score is measured against."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from scoring.authored import AuthoringError, Problem, read_yaml, validate
from scoring.model import Authored, check_id

Evidence = Literal["call", "typing", "application", "interview", "not_assessable"]


class Competency(Authored):
    id: str
    name: str
    cluster: str
    level1: str
    level2: str


class Value(Authored):
    id: str
    name: str
    statement: str


class Framework(Authored):
    """`scenarios/profiles/cvf.yaml`: the Competency and Values Framework."""

    format: Literal["callsim.cvf/1"]
    framework: str
    note: str = ""
    competencies: tuple[Competency, ...]
    values: tuple[Value, ...]

    def ids(self) -> dict[str, str]:
        """Competency and value ids -> their names (items may map to either)."""
        names = {c.id: c.name for c in self.competencies}
        names.update({v.id: v.name for v in self.values})
        return names


class Criterion(Authored):
    id: str
    statement: str
    kind: Literal["essential", "desirable", "duty"]
    evidence: Evidence

    _id = field_validator("id")(check_id)


class Profile(Authored):
    """One role's person specification (`scenarios/profiles/<id>.yaml`)."""

    format: Literal["callsim.profile/1"]
    id: str
    title: str
    organisation: str
    seed: str
    cvf_level: int = Field(ge=1, le=3)
    typing_wpm: int | None = None
    pass_rule: str
    competencies: tuple[str, ...]
    values: tuple[str, ...]
    criteria: tuple[Criterion, ...]

    def criterion(self, ident: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == ident), None)


def load_framework(path: Path) -> Framework:
    return validate(read_yaml(path), Framework)


def load_profiles(folder: Path) -> dict[str, Profile]:
    """Every profile in the folder, checked against the CVF and for unique criterion ids."""
    framework = load_framework(folder / "cvf.yaml")
    known = framework.ids()
    profiles: dict[str, Profile] = {}
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "cvf.yaml":
            continue
        doc = read_yaml(path)
        try:
            profile = validate(doc, Profile)
        except AuthoringError as error:
            problems.extend(error.problems)
            continue
        if profile.id in profiles:
            problems.append(doc.problem(("id",), f"profile id `{profile.id}` is used twice"))
        for key in ("competencies", "values"):
            for i, ident in enumerate(getattr(profile, key)):
                if ident not in known:
                    problems.append(doc.problem((key, i), f"`{ident}` is not in cvf.yaml"))
        for i, criterion in enumerate(profile.criteria):
            if criterion.id in owner:
                problems.append(doc.problem(("criteria", i, "id"),
                                f"criterion `{criterion.id}` is also in {owner[criterion.id]}"))
            owner[criterion.id] = profile.id
        profiles[profile.id] = profile
    if problems:
        raise AuthoringError(problems)
    return profiles
