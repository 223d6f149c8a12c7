"""How far two careful assessors agree, beside how far the marker agrees with each.

The v27 attempts (tests/data/blind/attempts_v27/, development since session 21) were
written and marked by their authors in session 20. In session 21 two more separate
assessors marked them again, blind: each was given the calls (renamed a1 to a4 per
scenario, in an order of no quality, the trainee's id replaced), the scenarios down to
`self_tests:` and the marking rules, never the first marks or any marker's output. Their
marks are in tests/data/blind/second_marks_v27/, keyed back to strong / mediocre / weak /
tricky.

The issue asks that the marker credit no critical item an assessor marked not met and
agree on pass/fail in 97% of calls. This measures the same for two assessors, so the
marker's figures can be read against human agreement. The marker was tuned on v27's first
marks in session 21, so its figures against the first assessor lean its way; against the
second they do not.

    python3 -m bench.assessor_agreement [--show]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench.marking_agreement import HELD_OUT, V27, author_credited, credited
from scoring.attempt import load_attempt
from scoring.calibration import cohen_kappa
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

SECOND = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind" / "second_marks_v27"


@dataclass
class Agreement:
    """Two markers' verdicts on the same items and calls."""

    pairs: list[tuple[bool, bool]] = field(default_factory=list)
    calls: int = 0
    pass_fail_same: int = 0
    # critical items the first credited and the second marked not met, and the reverse
    credited_by_first_only: int = 0
    credited_by_second_only: int = 0

    def figures(self, first: str, second: str) -> str:
        kappa = cohen_kappa(self.pairs)
        same = sum(a == b for a, b in self.pairs) / max(1, len(self.pairs))
        return (f"items {len(self.pairs)}  item_agreement {same:.3f}  kappa "
                f"{kappa if kappa is not None else float('nan'):.3f}  pass_fail "
                f"{self.pass_fail_same}/{self.calls}\n    critical items credited by the "
                f"{first} that the {second} marked not met {self.credited_by_first_only}; "
                f"credited by the {second} that the {first} marked not met "
                f"{self.credited_by_second_only}")


def _passed(marks: dict[str, Any]) -> bool:
    return str(marks.get("passed")).lower() in ("yes", "true")


def _not_met(entry: dict[str, Any]) -> bool:
    return str(entry.get("met")).lower() in ("no", "false")


def _calls() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """Each call with the first and the second assessor's marks of it."""
    for folder in sorted(p for p in SECOND.iterdir() if p.is_dir()):
        first = yaml.safe_load((V27 / folder.name / "marks.yaml").read_text(encoding="utf-8"))
        second = yaml.safe_load((folder / "marks.yaml").read_text(encoding="utf-8"))
        for name in HELD_OUT:
            yield folder.name, name, first[name], second[name]


def _add(found: Agreement, one: dict[str, Any], other: dict[str, Any], *,
         critical: set[str], where: str, show: bool) -> None:
    """Count two assessors' marks of one call into `found`."""
    found.calls += 1
    found.pass_fail_same += _passed(one) == _passed(other)
    if show and _passed(one) != _passed(other):
        print(f"  {where}: pass/fail {one.get('passed')} / {other.get('passed')}")
    for item, entry in one["items"].items():
        theirs = other["items"].get(item)
        if theirs is None:
            continue
        a, b = author_credited(entry), author_credited(theirs)
        if a is None or b is None:
            continue
        found.pairs.append((a, b))
        if item in critical:
            found.credited_by_first_only += a and _not_met(theirs)
            found.credited_by_second_only += b and _not_met(entry)
        if show and a != b:
            flag = " (critical)" if item in critical else ""
            print(f"    {where} {item}{flag}: {entry.get('met')} ({entry.get('why', '')}) / "
                  f"{theirs.get('met')} ({theirs.get('why', '')})")


def _as_marks(result: Any) -> dict[str, Any]:
    """The marker's result in an assessor's terms (credited means points earned)."""
    return {"passed": "yes" if result.passed else "no",
            "items": {m.id: {"met": "yes" if credited(m) else "no"} for m in result.items}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true",
                        help="every disagreement between the two assessors (a development set)")
    args = parser.parse_args(argv)
    humans, marker_first, marker_second = Agreement(), Agreement(), Agreement()
    for scenario_id, name, first, second in _calls():
        scenario = load_scenario(resolve(scenario_id))
        critical = {item.id for item in scenario.marking.items if item.critical}
        where = f"{scenario_id}/{name}"
        _add(humans, first, second, critical=critical, where=where, show=args.show)
        ours = _as_marks(mark_attempt(scenario, load_attempt(V27 / scenario_id /
                                                              f"{name}.json")))
        _add(marker_first, ours, first, critical=critical, where=where, show=False)
        _add(marker_second, ours, second, critical=critical, where=where, show=False)
    print(f"first assessor vs second assessor: "
          f"{humans.figures('first assessor', 'second assessor')}")
    print(f"marker vs first assessor:          {marker_first.figures('marker', 'first assessor')}")
    print(f"marker vs second assessor:         "
          f"{marker_second.figures('marker', 'second assessor')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
