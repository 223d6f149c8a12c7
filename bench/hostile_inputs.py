"""The record holds, measured: hostile inputs per command, tampering per database, and
kill -9 during typed calls.

    python3 -m bench.hostile_inputs                 # all three parts
    python3 -m bench.hostile_inputs --generated 1200 --seed 13 --only inputs
    python3 -m bench.hostile_inputs --only tamper   # SQLite and PostgreSQL (a private server)
    python3 -m bench.hostile_inputs --only kill --kills 20

Inputs: the hand-written corpus (tests/data/hostile/, plus megabyte files and devices made
on the fly) and `--generated` seeded mutations of real files (a library scenario, the
course file, a marked attempt, a typed call's journal), spread evenly over validate,
preview --no-audio, course validate, score, recover and report. Each runs in its own
forked process (callsim imported once beforehand) with a 10 s timeout and an address-space
limit; its exit status, signal and peak resident memory are counted.
Tampering: tests/tampering.py's statements, typed at the database's own prompt, with the
guards in place (must be refused) and with them dropped first (must be detected by
`callsim verify`). Kill -9: `callsim demo --typed --pace 0.05` killed at a random moment;
every trainee line the process had printed (it prints after journalling) must be in the
recovered attempt.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from simulator.session import recover_call
from tests.hostile import (
    COMMANDS,
    Outcome,
    corpus_cases,
    generated_cases,
    own_rss_mb,
    real_sources,
    run_case,
    warm_up,
)
from tests.private_postgres import postgres_url
from tests.store_helpers import store_url
from tests.tampering import BYPASS, DIRECT, attempt_trial, keep_reviewed_attempt

TIMEOUT = 10.0
MEMORY_BUDGET_MB = 300.0


def inputs(generated: int, seed: int, work: Path) -> None:
    os.environ["CALLSIM_DATA"] = str(work / "sources-data")
    warm_up()
    sources = real_sources(work / "sources")
    print(f"fork server resident memory before the runs: {own_rss_mb():.0f} MB", flush=True)
    outcomes: list[tuple[str, Outcome]] = []
    cases = [("corpus", c) for c in corpus_cases()]
    cases += [("generated", c) for c in generated_cases(generated, seed, sources=sources)]
    for n, (kind, case) in enumerate(cases):
        outcomes.append((kind, run_case(case, work / f"case-{n}", timeout=TIMEOUT)))
        if n % 100 == 99:
            print(f"  {n + 1} of {len(cases)}", file=sys.stderr, flush=True)
    print()
    print("| command | inputs (hand-written + generated) | exit 0 | exit 1 | exit 3 | other "
          "exit | signals | hangs > 10 s | peak memory (max) | slowest |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for command in COMMANDS:
        mine = [(k, o) for k, o in outcomes if o.command == command]
        hand = sum(1 for k, _ in mine if k == "corpus")
        runs = [o for _, o in mine]
        count = collections.Counter(o.exit for o in runs if not o.hung and o.signal is None)
        other = sum(v for k, v in count.items() if k not in (0, 1, 3))
        print(f"| {command} | {len(runs)} ({hand} + {len(runs) - hand}) | {count[0]} | "
              f"{count[1]} | {count[3]} | {other} | "
              f"{sum(1 for o in runs if o.signal is not None)} | "
              f"{sum(1 for o in runs if o.hung)} | {max(o.peak_mb for o in runs):.0f} MB | "
              f"{max(o.seconds for o in runs):.1f} s |")
    bad = [o for _, o in outcomes if o.exit not in (0, 1) or o.signal or o.hung
           or o.peak_mb > MEMORY_BUDGET_MB]
    print(f"\n{len(outcomes)} inputs, {len(bad)} outside exit 0/1, no signal, no hang, "
          f"<= {MEMORY_BUDGET_MB:.0f} MB")
    for o in bad[:20]:
        print(f"  {o.command} {o.case}: exit {o.exit} signal {o.signal} hung {o.hung} "
              f"{o.peak_mb:.0f} MB: {o.message}")


def tamper(work: Path) -> None:
    os.environ["CALLSIM_DATA"] = str(work / "tamper-data")
    rows = []
    detail: list[tuple[str, str, str]] = []
    for kind in ("sqlite", "postgresql"):
        if kind == "postgresql" and postgres_url() is None:
            print("PostgreSQL: no server binaries (./setup installs them); skipped")
            continue
        tally: collections.Counter[str] = collections.Counter()
        for bypass, trials in ((False, DIRECT), (True, BYPASS)):
            for n, trial in enumerate(t for t in trials if kind in t.dialects):
                folder = work / f"{kind}-{int(bypass)}-{n}"
                folder.mkdir(parents=True)
                with store_url(kind, folder) as url:
                    ids = keep_reviewed_attempt(url, folder / "pc-4521" / "call-1")
                    outcome = attempt_trial(url, trial, ids, bypass=bypass)
                tally[("past the guards: " if bypass else "") + outcome] += 1
                detail.append((kind, trial.what, outcome))
        rows.append((kind, tally))
    print("\n| database | tampering tried | refused by the database | run past dropped "
          "guards, then found by `callsim verify` | undetected |")
    print("|---|---|---|---|---|")
    for kind, tally in rows:
        total = sum(tally.values())
        undetected = sum(v for k, v in tally.items() if "UNDETECTED" in k or "broken" in k)
        print(f"| {'SQLite' if kind == 'sqlite' else 'PostgreSQL'} | {total} | "
              f"{tally['refused']} | {tally['past the guards: detected']} | {undetected} |")
    print()
    for kind, what, outcome in detail:
        print(f"  {kind:10} {outcome:10} {what}")


def kills(count: int, seed: int, work: Path) -> None:
    rng = random.Random(seed)
    print("\n| trial | killed after | trainee lines printed | recovered turns (trainee) | "
          "printed but lost | damaged lines | torn last line |")
    print("|---|---|---|---|---|---|---|")
    lost_total = 0
    for trial in range(1, count + 1):
        data = work / f"kill-{trial}"
        env = {**os.environ, "CALLSIM_DATA": str(data), "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "simulator.cli", "demo", "burglary-next-morning",
             "--typed", "--pace", "0.05"], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        out: list[str] = []
        reader = threading.Thread(target=out.extend, args=(proc.stdout,), daemon=True)
        reader.start()
        wait = rng.uniform(1.5, 12.0)
        started = time.monotonic()
        while time.monotonic() - started < wait and proc.poll() is None:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(timeout=10)
        buffer = "".join(out)
        printed = [line.split("s  ", 1)[1] for line in buffer.splitlines()
                   if line.startswith("  trainee ")]
        journals = list(data.glob("attempts/*/*/journal.jsonl"))
        if not journals:
            print(f"| {trial} | {wait:.1f} s | 0 | no journal yet | 0 | 0 | no |")
            continue
        got = recover_call(journals[0].parent)
        said = [t.text for t in got.attempt.turns if t.speaker == "trainee"]
        lost = [p for p in printed if p.split("   (said:")[0] not in said]
        lost_total += len(lost)
        print(f"| {trial} | {wait:.1f} s | {len(printed)} | {len(got.attempt.turns)} "
              f"({len(said)}) | {len(lost)} | {len(got.damaged)} | "
              f"{'yes' if got.torn_last_line else 'no'} |", flush=True)
    print(f"\n{count} kill -9 trials: {lost_total} printed trainee lines lost")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generated", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--kills", type=int, default=15)
    parser.add_argument("--only", choices=["inputs", "tamper", "kill"])
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="callsim-hostile-"))
    if args.only in (None, "inputs"):
        inputs(args.generated, args.seed, work)
    if args.only in (None, "tamper"):
        tamper(work)
    if args.only in (None, "kill"):
        kills(args.kills, args.seed, work)
    print(json.dumps({"work": str(work)}))


if __name__ == "__main__":
    main()
