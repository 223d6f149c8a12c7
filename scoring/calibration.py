"""Calibration: how far assessors agree with each other and with the automatic marking.

Each comparison is one item of one attempt marked by two raters (credited or not; items
that do not apply are left out). Any points are credit: the automatic marking's partial
credit under a mark short of met counts as met here, as an assessor's "yes:2" does.
Agreement is the share of comparisons that agree; Cohen's kappa corrects it for the
agreement two raters would reach by chance.

Figures alone do not say what to talk about at a standardisation meeting, so each item
also lists its disagreements: on which attempt, who marked it which way (and with how
many points), assessor against assessor and assessor against the automatic marking. Two
raters who both say "met" but give different points disagree too (kind "points"), though
agreement and kappa count met / not met only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

Pair = tuple[bool, bool]


def cohen_kappa(pairs: Sequence[Pair]) -> float | None:
    """Cohen's kappa for two raters' yes/no marks: (p_o − p_e) / (1 − p_e).

    p_o is the observed agreement, p_e the chance agreement from each rater's own rate of
    "met" (J. Cohen, "A coefficient of agreement for nominal scales", Educational and
    Psychological Measurement 20(1), 1960). None when undefined: no comparisons, or both
    raters gave one and the same mark every time (p_e = 1).
    """
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first = sum(a for a, _ in pairs) / n
    second = sum(b for _, b in pairs) / n
    chance = first * second + (1 - first) * (1 - second)
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)


@dataclass
class Agreement:
    pairs: list[Pair] = field(default_factory=list)

    @property
    def share(self) -> float | None:
        return sum(a == b for a, b in self.pairs) / len(self.pairs) if self.pairs else None

    @property
    def kappa(self) -> float | None:
        return cohen_kappa(self.pairs)

    def to_json(self) -> dict[str, float | int | None]:
        share, kappa = self.share, self.kappa
        return {"comparisons": len(self.pairs),
                "agreement": None if share is None else round(share, 3),
                "kappa": None if kappa is None else round(kappa, 3)}


@dataclass(frozen=True)
class DoubleMarked:
    """One attempt's marks: the automatic marking and each assessor's blind marking."""

    attempt: int
    auto: Mapping[str, bool | None]  # item → met; None where the item did not apply
    assessors: Mapping[str, Mapping[str, bool]]  # assessor → item → met
    auto_points: Mapping[str, float] = field(default_factory=dict)  # item → points
    points: Mapping[str, Mapping[str, float]] = field(default_factory=dict)  # assessor → …
    names: Mapping[str, str] = field(default_factory=dict)  # item → its description


AUTO = "automatic marking"


@dataclass(frozen=True)
class Disagreement:
    """Two raters who marked one item of one attempt differently."""

    attempt: int
    first: str
    first_met: bool
    first_points: float | None
    second: str  # an assessor, or AUTO
    second_met: bool
    second_points: float | None

    @property
    def kind(self) -> str:
        """"met": one said met and the other not; "points": both met, different points."""
        return "met" if self.first_met != self.second_met else "points"

    def to_json(self) -> dict[str, object]:
        return {"attempt": self.attempt, "kind": self.kind,
                "between": [self.first, self.second],
                "marks": {self.first: {"met": self.first_met, "points": self.first_points},
                          self.second: {"met": self.second_met,
                                        "points": self.second_points}}}


@dataclass
class Calibration:
    attempts: int = 0
    between_assessors: dict[str, Agreement] = field(default_factory=dict)  # per item
    with_auto: dict[str, Agreement] = field(default_factory=dict)
    disagreements: dict[str, list[Disagreement]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def overall(self, table: Mapping[str, Agreement]) -> Agreement:
        return Agreement([p for a in table.values() for p in a.pairs])

    def to_json(self) -> dict[str, object]:
        items = sorted(set(self.between_assessors) | set(self.with_auto))
        empty = Agreement()
        return {
            "attempts": self.attempts,
            "between_assessors": self.overall(self.between_assessors).to_json(),
            "assessors_with_auto": self.overall(self.with_auto).to_json(),
            "items": {i: {"name": self.names.get(i, i),
                          "between_assessors":
                          self.between_assessors.get(i, empty).to_json(),
                          "assessors_with_auto": self.with_auto.get(i, empty).to_json(),
                          "disagreements": [d.to_json()
                                            for d in self.disagreements.get(i, [])]}
                      for i in items},
        }


def credited(attempt: DoubleMarked, item: str) -> bool | None:
    """Did the automatic marking credit the item? Any points are credit, as an assessor's
    "yes:2" is: partial credit ("caller details: 2 of 3") under a mark short of met is
    still credit, so an assessor's "no" (0 points) disagrees with it and an assessor's
    "yes:2" agrees. (bench/marking_agreement.py counts credit the same way.) None where
    the item did not apply."""
    auto = attempt.auto.get(item)
    if auto is None:
        return None
    return auto or attempt.auto_points.get(item, 0.0) > 0


def calibrate(marked: Sequence[DoubleMarked]) -> Calibration:
    """Every pair of assessors on the same attempt, and every assessor against the
    automatic marking, item by item. Pairs are ordered by assessor id, so the result
    does not depend on who marked first."""
    out = Calibration(attempts=len(marked))
    for attempt in marked:
        out.names.update(attempt.names)
        names = sorted(attempt.assessors)

        def points(who: str, item: str, at: DoubleMarked = attempt) -> float | None:
            return at.points.get(who, {}).get(item)

        def differ(a: Disagreement) -> bool:
            """Met against not met; or both met with different points (partial credit)."""
            return a.first_met != a.second_met or (
                a.first_points is not None and a.second_points is not None
                and a.first_points != a.second_points)

        for name in names:
            for item, met in attempt.assessors[name].items():
                auto = credited(attempt, item)
                if auto is not None:
                    out.with_auto.setdefault(item, Agreement()).pairs.append((met, auto))
                    found = Disagreement(attempt.attempt, name, met, points(name, item),
                                         AUTO, auto, attempt.auto_points.get(item))
                    if differ(found):
                        out.disagreements.setdefault(item, []).append(found)
        for one, other in combinations(names, 2):
            first, second = attempt.assessors[one], attempt.assessors[other]
            for item in sorted(set(first) & set(second)):
                out.between_assessors.setdefault(item, Agreement()).pairs.append(
                    (first[item], second[item]))
                found = Disagreement(attempt.attempt, one, first[item], points(one, item),
                                     other, second[item], points(other, item))
                if differ(found):
                    out.disagreements.setdefault(item, []).append(found)
    for listed in out.disagreements.values():  # assessor pairs first, then the machine
        listed.sort(key=lambda d: (d.attempt, d.second == AUTO, d.first, d.second))
    return out
