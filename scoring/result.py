"""What marking produces: item marks with evidence and reasons, scores, pass or fail."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

# "uncertain": the marker's reading of the deciding turn sits in the calibrated band where it
# is as likely wrong as right; `leaning` says which way it went, and an assessor decides.
Status = Literal["met", "not_met", "not_applicable", "uncertain"]


@dataclass(frozen=True)
class Evidence:
    """Something in the attempt a mark rests on: a turn, a log field or an event."""

    kind: Literal["turn", "log", "event"]
    where: str  # "turn 3", "log.location", "event 2"
    t: float | None
    text: str
    note: str = ""
    index: int | None = None  # the turn or event index, for reports to highlight


@dataclass(frozen=True)
class ItemMark:
    id: str
    description: str
    status: Status
    points: float
    max_points: float
    critical: bool
    reason: str
    evidence: tuple[Evidence, ...] = ()
    feedback: str = ""
    competencies: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()
    leaning: Literal["met", "not_met"] | None = None  # for an uncertain mark
    confidence: float | None = None  # of the turn the mark rests on, when uncertain

    @property
    def met(self) -> bool | None:
        """Met or not (an uncertain mark counts the way it leans); None: not applicable."""
        if self.status == "uncertain":
            return self.leaning == "met"
        return None if self.status == "not_applicable" else self.status == "met"

    @property
    def failed(self) -> bool:
        """Not met, or uncertain and leaning that way."""
        return self.status == "not_met" or (self.status == "uncertain"
                                            and self.leaning == "not_met")


@dataclass(frozen=True)
class Result:
    scenario: str
    trainee: str
    score: float
    pass_mark: float
    passed: bool
    critical_failures: tuple[str, ...]
    items: tuple[ItemMark, ...]
    competencies: dict[str, float] = field(default_factory=dict)
    criteria: dict[str, float] = field(default_factory=dict)
    scenario_sha256: str = ""

    def item(self, ident: str) -> ItemMark:
        return next(i for i in self.items if i.id == ident)

    def missed(self) -> list[ItemMark]:
        return [i for i in self.items if i.failed]

    def uncertain(self) -> list[ItemMark]:
        return [i for i in self.items if i.status == "uncertain"]

    def to_json(self) -> dict[str, Any]:
        """The `callsim score --json` document (DESIGN.md keys, plus reasons and evidence)."""
        return {
            "scenario": self.scenario,
            "scenario_sha256": self.scenario_sha256,
            "trainee": self.trainee,
            "score": self.score,
            "pass_mark": self.pass_mark,
            "passed": self.passed,
            "critical_failures": list(self.critical_failures),
            "items": [
                {
                    "id": i.id,
                    "description": i.description,
                    "met": i.met,
                    "status": i.status,
                    "points": i.points,
                    "max_points": i.max_points,
                    "critical": i.critical,
                    "reason": i.reason,
                    "feedback": i.feedback,
                    "evidence": [asdict(e) for e in i.evidence],
                    "competencies": list(i.competencies),
                    "criteria": list(i.criteria),
                    **({"leaning": i.leaning, "confidence": i.confidence}
                       if i.status == "uncertain" else {}),
                }
                for i in self.items
            ],
            "competencies": self.competencies,
            "criteria": self.criteria,
        }
