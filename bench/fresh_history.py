"""Each development attempt set marked by the code that first scored it held out: what the
marker got wrong on a set written by authors it had never seen, before that set's errors
were read and fixed.

Every development set (v6 to v52) was once fresh. Its first held-out run is logged in
bench/heldout_runs.txt with the commit it ran on; marking that set again with that commit's
code (taken from git into a temporary folder, never checked out here) shows the errors
that did *not* carry over from the sets before it. Grouped over sets, they are the kinds a
general rule must catch; and a threshold calibrated on them can be judged leave-one-set-out
(`--band`: a wider band of doubt for critical credits, calibrated on all fresh sets but one
and measured on the one left out).

    python3 -m bench.fresh_history [--sets v13 v14 …] [--show] [--band]

Only development sets are listed here: held-out sets are never marked by this script.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "data" / "blind"
# The commit each development set was first scored held out on (bench/heldout_runs.txt;
# for v6, v7 the commit that imported the set with the code of the session before).
FIRST_SCORED = {"v6": "e678b15", "v7": "faad9cc", "v8": "be34e87", "v9": "1a52cae",
                "v10": "16a2ffe", "v11": "515f4eb", "v12": "53b0e97", "v13": "a855bed",
                "v14": "d9591d5", "v15": "b399509", "v16": "6ca9c45", "v17": "d1ba729",
                "v18": "c14536a", "v19": "47579b1", "v20": "2fd452b", "v21": "95dddc1",
                "v22": "2822ec6", "v23": "b09fbaa", "v24": "d714edc", "v25": "f8d0c45",
                "v26": "e1a8dc6", "v27": "31cba20",
                "v28": "e8320a5", "v29": "94065d5", "v30": "d92cd7e",
                "v31": "570892e", "v32": "4673c9e", "v33": "ba23e8f", "v34": "5f917bd",
                "v35": "819ad66", "v36": "20d263a", "v37": "5d86c59", "v38": "75a8cb7",
                "v39": "e4f7fe0", "v40": "b91de11", "v41": "8c8ef63", "v42": "c775bb0",
                "v43": "d301ef5", "v44": "d301ef5", "v45": "311b264", "v46": "e31cf1f",
                "v47": "130ac2a", "v48": "130ac2a", "v49": "4af80e6", "v50": "4af80e6",
                "v51": "d5634d6", "v52": "d5634d6"}
# Run inside the old code: every critical mark and the pass/fail of each held-out attempt of
# one folder, as JSON lines (the old code's own marker and library).
MARK_WITH_OLD_CODE = r"""
import json, re, sys
from pathlib import Path
import yaml
from scoring.attempt import load_attempt
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt
root = Path(sys.argv[1])
for folder in sorted(p for p in root.iterdir() if (p / "DONE").exists()):
    scenario = load_scenario(resolve(folder.name))
    marks = yaml.safe_load((folder / "marks.yaml").read_text(encoding="utf-8"))
    for name in ("strong", "mediocre", "weak", "tricky"):
        if name not in marks or not (folder / f"{name}.json").exists():
            continue
        truth = marks[name]
        result = mark_attempt(scenario, load_attempt(folder / f"{name}.json"))
        rows = []
        for mark in result.items:
            entry = truth["items"].get(mark.id)
            met = str((entry or {}).get("met")).lower()
            if entry is None or not mark.critical or met in ("n/a", "na", "none"):
                continue
            notes = " ".join(getattr(e, "note", "") or "" for e in mark.evidence)
            found = [float(x) for x in re.findall(r"confidence (\d\.\d+)", notes)]
            rows.append({"item": mark.id, "author": met in ("yes", "true", "partial"),
                         "author_no": met in ("no", "false"), "ours": mark.points > 0,
                         "status": mark.status, "reason": mark.reason,
                         "why": str(entry.get("why", "")),
                         "confidence": min(found) if found else None})
        print(json.dumps({"attempt": f"{folder.name}/{name}", "marker_passed": result.passed,
                          "author_passed": str(truth.get("passed")).lower() in ("yes", "true"),
                          "critical": rows}))
"""


def mark_as_first_scored(split: str) -> list[dict[str, Any]]:
    """The set's attempts marked by the code of its first held-out run."""
    with tempfile.TemporaryDirectory() as tmp:
        code = Path(tmp)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", FIRST_SCORED[split]],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        done = subprocess.run([sys.executable, "-c", MARK_WITH_OLD_CODE,
                               str(BLIND / f"attempts_{split}")],
                              cwd=code, env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin",
                                             "HOME": str(code)},
                              check=True, capture_output=True, text=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def figures(attempts: list[dict[str, Any]], band: float = 0.0) -> dict[str, int]:
    """Pass/fail agreement and critical credits against the author, with every critical
    credit resting on a reading under `band` sent to review (not credited meanwhile)."""
    out = {"attempts": len(attempts), "pass_fail": 0, "critical_credited_not_met": 0,
           "sent_to_review": 0, "sent_rightly": 0}
    for attempt in attempts:
        held = [r for r in attempt["critical"] if r["ours"] and r["confidence"] is not None
                and r["confidence"] < band]
        passed = attempt["marker_passed"] and not held
        out["pass_fail"] += passed == attempt["author_passed"]
        out["critical_credited_not_met"] += sum(r["ours"] and r["author_no"] and r not in held
                                                for r in attempt["critical"])
        out["sent_to_review"] += len(held)
        out["sent_rightly"] += sum(not r["author"] for r in held)
    return out


BANDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def leave_one_out(by_set: dict[str, list[dict[str, Any]]]) -> None:
    """For each set: the band that best agrees with the authors on pass/fail (fewest
    critical credits against them on a tie, then the narrowest) over all the others, and
    what it does on the one left out."""
    for split, attempts in by_set.items():
        rest = [a for other, more in by_set.items() if other != split for a in more]

        def score(band: float, rest: list[dict[str, Any]] = rest) -> tuple[int, int, float]:
            f = figures(rest, band)
            return f["pass_fail"], -f["critical_credited_not_met"], -band

        band = max(BANDS, key=score)
        now, then = figures(attempts), figures(attempts, band)
        print(f"  {split}: band {band:.2f} calibrated on the others; left out: pass/fail "
              f"{then['pass_fail']}/{then['attempts']} (without {now['pass_fail']}), critical "
              f"credited not met {then['critical_credited_not_met']} (without "
              f"{now['critical_credited_not_met']}), sent to review {then['sent_to_review']} "
              f"({then['sent_rightly']} rightly)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", choices=sorted(FIRST_SCORED),
                        default=list(FIRST_SCORED))
    parser.add_argument("--show", action="store_true",
                        help="each critical mark and pass/fail that disagreed")
    parser.add_argument("--band", action="store_true",
                        help="leave-one-set-out calibration of a band of doubt for critical "
                        "credits")
    args = parser.parse_args()
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for split in args.sets:
        by_set[split] = mark_as_first_scored(split)
        f = figures(by_set[split])
        print(f"{split} on {FIRST_SCORED[split]}: pass/fail {f['pass_fail']}/{f['attempts']}, "
              f"critical credited not met {f['critical_credited_not_met']}")
        if args.show:
            for attempt in by_set[split]:
                if attempt["marker_passed"] != attempt["author_passed"]:
                    print(f"  pass/fail {attempt['attempt']}: author "
                          f"{attempt['author_passed']}, marker {attempt['marker_passed']}")
                for r in attempt["critical"]:
                    if r["ours"] != r["author"]:
                        print(f"    {attempt['attempt']} {r['item']}: author {r['author']} "
                              f"({r['why']}); marker {r['status']}: {r['reason']}")
    if args.band:
        leave_one_out(by_set)
    return 0


if __name__ == "__main__":
    sys.exit(main())
