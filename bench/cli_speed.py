"""CPU seconds of each everyday `callsim` command, against issue 14's targets.

    python3 -m bench.cli_speed [--runs 7]

Each command runs in a fresh Python process (`python3 -m simulator.cli …`, this checkout's
code), as a trainer would type it; the figure is the child's user + system CPU time, the
median of several runs after one warm-up run (which fills the compiled library cache, as
the first command of the day would). CPU time rather than wall clock: the reference
machine is shared, and CPU time is what the command costs, steady under load. Wall clock
is printed beside it.

A private data folder is used (CALLSIM_DATA), with one attempt stored by
`callsim demo --typed` for `report` to read.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONE_FILE = ROOT / "scenarios" / "library" / "burglary-next-morning.yaml"

# (what, arguments, target in CPU seconds)
COMMANDS: list[tuple[str, list[str], float]] = [
    ("--help", ["--help"], 0.2),
    ("list", ["list"], 0.3),
    ("match", ["match", "is anyone hurt and where is he now"], 0.4),
    ("validate (one file)", ["validate", str(ONE_FILE)], 0.6),
    ("report", ["report", "1", "-o", "{tmp}/report.html"], 1.0),
]


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "simulator.cli", *args], cwd=ROOT, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"`callsim {' '.join(args)}` failed:\n{done.stderr.decode()}")
    return cpu, wall, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, CALLSIM_DATA=tmp)
        env.pop("CALLSIM_STORE", None)
        run_once(["demo", "burglary-next-morning", "--typed", "--json"], env)
        print(f"| command | CPU median (of {options.runs}) | CPU max | wall median | target |")
        print("|---|---|---|---|---|")
        for what, template, target in COMMANDS:
            args = [a.replace("{tmp}", tmp) for a in template]
            run_once(args, env)  # warm-up: fills the compiled library cache
            runs = [run_once(args, env) for _ in range(options.runs)]
            cpu = [r[0] for r in runs]
            wall = [r[1] for r in runs]
            verdict = "met" if statistics.median(cpu) <= target else "MISSED"
            print(f"| `{what}` | {statistics.median(cpu):.2f} s | {max(cpu):.2f} s "
                  f"| {statistics.median(wall):.2f} s | {target:g} s ({verdict}) |")


if __name__ == "__main__":
    main()
