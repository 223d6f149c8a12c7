"""Automatic marking against a blind assessor: the attempts in tests/data/blind/attempts/
(v2), tests/data/blind/attempts_v5/ to attempts_v52/ (development since sessions
6 to 30), and attempts_v53/ to attempts_v56/ (held out).

Each scenario folder holds attempts written and marked (marks.yaml) by a separate author
before any automatic marking ran. `dev-1` attempts are the development part; `strong`,
`mediocre`, `weak` and `tricky` are held out. An item is "credited" when it earned any
points (the author's yes or partial; the marker's met or partial credit); items the author
marked n/a are left out, as in `callsim calibration`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from scoring.attempt import load_attempt
from scoring.calibration import cohen_kappa
from scoring.result import ItemMark
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt

ROOT = Path(__file__).resolve().parent.parent
ATTEMPTS = ROOT / "tests" / "data" / "blind" / "attempts"
TRAINING = ROOT / "training" / "attempts"  # by other authors, for tuning; never reported
# Written and marked in session 5 by two new authors, all four attempts of each held out.
V5 = ROOT / "tests" / "data" / "blind" / "attempts_v5"
# Written and marked in session 6 by two more new authors; scored twice held out, then
# development material from session 7.
V6 = ROOT / "tests" / "data" / "blind" / "attempts_v6"
# Written and marked in session 7 by two more new authors; scored twice held out, then
# development material from session 8.
V7 = ROOT / "tests" / "data" / "blind" / "attempts_v7"
# Written and marked in session 8 by two more new authors; scored twice held out, then
# development material from session 9.
V8 = ROOT / "tests" / "data" / "blind" / "attempts_v8"
# Written and marked in session 9 by two more new authors; scored twice held out, then
# development material from session 10.
V9 = ROOT / "tests" / "data" / "blind" / "attempts_v9"
# Written and marked in session 10 by two more new authors, held out whole.
V10 = ROOT / "tests" / "data" / "blind" / "attempts_v10"
V11 = ROOT / "tests" / "data" / "blind" / "attempts_v11"
# Written and marked at the end of session 11 by two more new authors, held out whole.
V12 = ROOT / "tests" / "data" / "blind" / "attempts_v12"
# Written and marked at the start of session 12 by two more new authors, held out whole.
V13 = ROOT / "tests" / "data" / "blind" / "attempts_v13"
# Written and marked at the start of session 13 by two more new authors, held out whole.
V14 = ROOT / "tests" / "data" / "blind" / "attempts_v14"
# Written and marked at the end of session 13 by two more new authors, held out whole.
V15 = ROOT / "tests" / "data" / "blind" / "attempts_v15"
# Written and marked at the start of session 14 by two more new authors, held out whole.
V16 = ROOT / "tests" / "data" / "blind" / "attempts_v16"
# Written and marked at the end of session 14 by two more new authors, held out whole.
V17 = ROOT / "tests" / "data" / "blind" / "attempts_v17"
# Written and marked at the start of session 15 by two more new authors, held out whole.
V18 = ROOT / "tests" / "data" / "blind" / "attempts_v18"
# Written and marked at the end of session 15 by two more new authors, held out whole.
V19 = ROOT / "tests" / "data" / "blind" / "attempts_v19"
# Written and marked at the start of session 16 by two more new authors, held out whole.
V20 = ROOT / "tests" / "data" / "blind" / "attempts_v20"
# Written and marked at the end of session 16 by two more new authors, held out whole.
V21 = ROOT / "tests" / "data" / "blind" / "attempts_v21"
# Written and marked at the start of session 17 by two more new authors, held out whole.
V22 = ROOT / "tests" / "data" / "blind" / "attempts_v22"
# Written and marked at the end of session 17 by two more new authors, held out whole.
V23 = ROOT / "tests" / "data" / "blind" / "attempts_v23"
# Written and marked at the start of session 18 by two more new authors, held out whole.
V24 = ROOT / "tests" / "data" / "blind" / "attempts_v24"
# Written and marked at the start of session 19 by two more new authors, held out whole.
V25 = ROOT / "tests" / "data" / "blind" / "attempts_v25"
# Written and marked at the end of session 19 by two more new authors, held out whole.
V26 = ROOT / "tests" / "data" / "blind" / "attempts_v26"
# Written and marked at the start of session 20 by two more new authors, held out whole.
V27 = ROOT / "tests" / "data" / "blind" / "attempts_v27"
# Written and marked at the end of session 20 by two more new authors, held out whole.
V28 = ROOT / "tests" / "data" / "blind" / "attempts_v28"
# Written and marked at the start of session 21 by two more new authors, held out whole.
V29 = ROOT / "tests" / "data" / "blind" / "attempts_v29"
# Written and marked at the end of session 21 by two more new authors, held out whole.
V30 = ROOT / "tests" / "data" / "blind" / "attempts_v30"
# Written and marked at the start of session 22 by two more new authors, held out whole.
V31 = ROOT / "tests" / "data" / "blind" / "attempts_v31"
# Written and marked in session 22 by two more new authors, held out whole.
V32 = ROOT / "tests" / "data" / "blind" / "attempts_v32"
# Written and marked at the end of session 22 by two more new authors, held out whole.
V33 = ROOT / "tests" / "data" / "blind" / "attempts_v33"
# Written and marked at the start of session 23 by two more new authors, held out whole.
V34 = ROOT / "tests" / "data" / "blind" / "attempts_v34"
# Written and marked later in session 23 by two more new authors, held out whole.
V35 = ROOT / "tests" / "data" / "blind" / "attempts_v35"
# Written and marked at the start of session 24 by two more new authors, held out whole.
V36 = ROOT / "tests" / "data" / "blind" / "attempts_v36"
# Written and marked later in session 24 by two more new authors, held out whole.
V37 = ROOT / "tests" / "data" / "blind" / "attempts_v37"
# Written and marked at the end of session 24 by two more new authors, held out whole.
V38 = ROOT / "tests" / "data" / "blind" / "attempts_v38"
# Written and marked at the start of session 25 by two more new authors, held out whole.
V39 = ROOT / "tests" / "data" / "blind" / "attempts_v39"
# Written and marked during session 25 by two more new authors, held out whole.
V40 = ROOT / "tests" / "data" / "blind" / "attempts_v40"
# Written and marked at the end of session 25 by two more new authors, held out whole.
V41 = ROOT / "tests" / "data" / "blind" / "attempts_v41"
# Written and marked at the start of session 26 by two more new authors, held out whole.
V42 = ROOT / "tests" / "data" / "blind" / "attempts_v42"
# Written and marked during session 26 by four more new authors (two sets), imported after
# the code was final, held out whole.
V43 = ROOT / "tests" / "data" / "blind" / "attempts_v43"
V44 = ROOT / "tests" / "data" / "blind" / "attempts_v44"
# Written and marked at the end of session 26 by two more new authors, held out whole.
V45 = ROOT / "tests" / "data" / "blind" / "attempts_v45"
# Written and marked at the start of session 27 by two new authors, held out whole.
V46 = ROOT / "tests" / "data" / "blind" / "attempts_v46"
# Written and marked during session 27 while its helpers worked, by four more new authors;
# imported after the code was final, held out whole.
V47 = ROOT / "tests" / "data" / "blind" / "attempts_v47"
V48 = ROOT / "tests" / "data" / "blind" / "attempts_v48"
# Written and marked at the start of session 28 by four new authors (two a set), imported
# before any change, held out whole.
V49 = ROOT / "tests" / "data" / "blind" / "attempts_v49"
V50 = ROOT / "tests" / "data" / "blind" / "attempts_v50"
# Written and marked at the start of session 29 by four new authors (two a set), imported
# before any change, held out whole.
V51 = ROOT / "tests" / "data" / "blind" / "attempts_v51"
V52 = ROOT / "tests" / "data" / "blind" / "attempts_v52"
# Written and marked at the end of session 29 by four new authors (two a set), after its code
# was final, held out whole.
V53 = ROOT / "tests" / "data" / "blind" / "attempts_v53"
V54 = ROOT / "tests" / "data" / "blind" / "attempts_v54"
# Written and marked at the start of session 30 by four new authors (two a set), before any
# change, held out whole.
V55 = ROOT / "tests" / "data" / "blind" / "attempts_v55"
V56 = ROOT / "tests" / "data" / "blind" / "attempts_v56"
HELD_OUT = ("strong", "mediocre", "weak", "tricky")


def credited(mark: ItemMark) -> bool:
    return mark.points > 0


def author_credited(entry: dict[str, Any]) -> bool | None:
    met = str(entry.get("met")).lower()
    if met in ("n/a", "na", "none"):
        return None
    if met == "partial" and entry.get("points") is not None and float(entry["points"]) <= 0:
        return False  # "partial" with no points earned none: credited means points earned
    return met in ("yes", "true", "partial")


def agreement(split: str, show: bool) -> dict[str, float | int]:
    names = ("dev-1",) if split == "dev" else HELD_OUT
    root = {"training": TRAINING, "v5": V5, "v6": V6, "v7": V7, "v8": V8,
            "v9": V9, "v10": V10, "v11": V11, "v12": V12, "v13": V13,
            "v14": V14, "v15": V15, "v16": V16, "v17": V17,
            "v18": V18, "v19": V19,
            "v20": V20, "v21": V21, "v22": V22, "v23": V23, "v24": V24,
            "v25": V25, "v26": V26, "v27": V27, "v28": V28,
            "v29": V29, "v30": V30, "v31": V31, "v32": V32, "v33": V33,
            "v34": V34, "v35": V35, "v36": V36,
            "v37": V37, "v38": V38, "v39": V39,
            "v40": V40, "v41": V41, "v42": V42,
            "v43": V43, "v44": V44, "v45": V45,
            "v46": V46, "v47": V47, "v48": V48,
            "v49": V49, "v50": V50, "v51": V51, "v52": V52,
            "v53": V53, "v54": V54, "v55": V55, "v56": V56}.get(split, ATTEMPTS)
    pairs: list[tuple[bool, bool]] = []
    passes_agree = attempts = wrong_critical = uncertain = scenarios = 0
    uncertain_right = sure_wrong = 0
    for folder in sorted(p for p in root.iterdir() if (p / "DONE").exists()):
        scenario = load_scenario(resolve(folder.name))
        marks = yaml.safe_load((folder / "marks.yaml").read_text(encoding="utf-8"))
        scenarios += 1
        # training/ holds every author's attempts: any name its marks give
        for name in (tuple(marks) if split == "training" else names):
            if name not in marks or not (folder / f"{name}.json").exists():
                continue
            truth = marks[name]
            result = mark_attempt(scenario, load_attempt(folder / f"{name}.json"))
            attempts += 1
            author_passed = str(truth.get("passed")).lower() in ("yes", "true")
            passes_agree += result.passed == author_passed
            if show and result.passed != author_passed:
                print(f"  {folder.name}/{name}: author {'pass' if author_passed else 'fail'}"
                      f" {truth.get('score')}, marker {'pass' if result.passed else 'fail'} "
                      f"{result.score} (critical failures {list(result.critical_failures)})")
            for mark in result.items:
                entry = truth["items"].get(mark.id)
                if entry is None:
                    continue
                theirs = author_credited(entry)
                if theirs is None:
                    continue
                ours = credited(mark)
                pairs.append((theirs, ours))
                uncertain += mark.status == "uncertain"
                uncertain_right += mark.status == "uncertain" and theirs == ours
                sure_wrong += mark.status != "uncertain" and theirs != ours
                bad_critical = mark.critical and ours and str(entry.get("met")).lower() in (
                    "no", "false")
                wrong_critical += bad_critical
                if show and theirs != ours:
                    flag = " (critical)" if mark.critical else ""
                    print(f"    {folder.name}/{name} {mark.id}{flag}: "
                          f"author {entry.get('met')} ({entry.get('why', '')}); marker "
                          f"{mark.status} {mark.points}/{mark.max_points}: {mark.reason}")
    kappa = cohen_kappa(pairs)
    return {"scenarios": scenarios, "attempts": attempts, "items": len(pairs),
            "item_agreement": sum(a == b for a, b in pairs) / max(1, len(pairs)),
            "kappa": kappa if kappa is not None else float("nan"),
            "pass_fail": passes_agree / max(1, attempts),
            "critical_credited_not_met": wrong_critical, "uncertain_marks": uncertain,
            "uncertain_leaning_right": uncertain_right, "sure_marks_disagreeing": sure_wrong}
