"""Calibration: how far assessors agree with each other and with the automatic marking.

Each comparison is one item of one attempt marked by two raters (met or not met; items
that do not apply are left out). Agreement is the share of comparisons that agree;
Cohen's kappa corrects it for the agreement two raters would reach by chance.
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


@dataclass
class Calibration:
    attempts: int = 0
    between_assessors: dict[str, Agreement] = field(default_factory=dict)  # per item
    with_auto: dict[str, Agreement] = field(default_factory=dict)

    def overall(self, table: Mapping[str, Agreement]) -> Agreement:
        return Agreement([p for a in table.values() for p in a.pairs])

    def to_json(self) -> dict[str, object]:
        items = sorted(set(self.between_assessors) | set(self.with_auto))
        empty = Agreement()
        return {
            "attempts": self.attempts,
            "between_assessors": self.overall(self.between_assessors).to_json(),
            "assessors_with_auto": self.overall(self.with_auto).to_json(),
            "items": {i: {"between_assessors":
                          self.between_assessors.get(i, empty).to_json(),
                          "assessors_with_auto": self.with_auto.get(i, empty).to_json()}
                      for i in items},
        }


def calibrate(marked: Sequence[DoubleMarked]) -> Calibration:
    """Every pair of assessors on the same attempt, and every assessor against the
    automatic marking, item by item. Pairs are ordered by assessor id, so the result
    does not depend on who marked first."""
    out = Calibration(attempts=len(marked))
    for attempt in marked:
        names = sorted(attempt.assessors)
        for name in names:
            for item, met in attempt.assessors[name].items():
                auto = attempt.auto.get(item)
                if auto is not None:
                    out.with_auto.setdefault(item, Agreement()).pairs.append((met, auto))
        for one, other in combinations(names, 2):
            first, second = attempt.assessors[one], attempt.assessors[other]
            for item in sorted(set(first) & set(second)):
                out.between_assessors.setdefault(item, Agreement()).pairs.append(
                    (first[item], second[item]))
    return out
