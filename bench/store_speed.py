"""Speed of the results store, against the budgets in issue 5.

    python bench/store_speed.py [--store URL] [--attempts 10000]

- storing one marked attempt (record, result, item marks) on SQLite: budget 50 ms
- listing and aggregating 10,000 stored attempts (every attempt with its latest
  marking; passes per trainee and scenario; the most-missed items): budget 10 s
- `callsim verify` over the whole hash chain, and for one attempt (what a report checks)

Wall-clock time, including each transaction's commit to disk. The store is a fresh file
in a temporary folder unless --store names another (its tables get the bench's rows).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from scoring.attempt import Attempt
from scoring.result import Result
from simulator.commands.library import open_scenario
from simulator.selftest import attempt_from, mark_attempt
from simulator.store.connect import open_store
from simulator.store.ledger import verify
from simulator.store.queries import cohort_summary, list_attempts
from simulator.store.saving import _store, store_attempt

SCENARIOS = ("burglary-next-morning", "domestic-abuse-children", "road-collision-injury",
             "missing-person-vulnerable")
TRAINEES = 60


def as_trainee(attempt: Attempt, n: int, kinds: int) -> Attempt:
    """Spread the attempts over the cohort: each trainee makes every kind of attempt."""
    return attempt.model_copy(update={"trainee": f"pc-{(n // kinds) % TRAINEES}"})


def marked_attempts() -> list[tuple[Attempt, Result]]:
    """Every self-test of the bench scenarios, marked: the attempts the benches store."""
    marked = []
    for name in SCENARIOS:
        scenario = open_scenario(name)
        for test in scenario.self_tests:
            attempt = attempt_from(scenario, test, trainee="bench")
            marked.append((attempt, mark_attempt(scenario, attempt)))
    return marked


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", help="a SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--attempts", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.store or f"sqlite:///{Path(folder) / 'bench.db'}"
        marked = marked_attempts()
        started = time.perf_counter()
        store = open_store(url)
        print(f"store: {store.where}")
        print(f"open (and create the schema): {1000 * (time.perf_counter() - started):.0f} ms")

        times = []
        for n in range(200):
            attempt, result = marked[n % len(marked)]
            attempt = as_trainee(attempt, n, len(marked))
            t0 = time.perf_counter()
            store_attempt(store, attempt, result, Path(folder) / "one" / f"call-{n}")
            times.append(1000 * (time.perf_counter() - t0))
        times.sort()
        print(f"store one attempt ({len(times)} runs, {len(marked[0][1].items)}-item marking):"
              f" median {statistics.median(times):.1f} ms, p95 {times[int(0.95 * len(times))]:.1f}"
              f" ms, max {times[-1]:.1f} ms  (budget 50 ms)")

        t0 = time.perf_counter()
        remaining = args.attempts - len(times)
        for start in range(0, remaining, 500):  # filling in batches: not what is measured
            with store.sessions.begin() as session:
                for n in range(start, min(start + 500, remaining)):
                    attempt, result = marked[n % len(marked)]
                    attempt = as_trainee(attempt, n, len(marked))
                    _store(session, attempt, result, Path(folder) / "many" / f"call-{n}",
                           "auto")
        print(f"(filled to {args.attempts} attempts in {time.perf_counter() - t0:.1f} s)")

        t0 = time.perf_counter()
        rows = list_attempts(store)
        listed = time.perf_counter() - t0
        t0 = time.perf_counter()
        summary = cohort_summary(store)
        aggregated = time.perf_counter() - t0
        print(f"list {len(rows)} attempts with their latest marking: {listed:.2f} s")
        print(f"aggregate {summary.attempts} attempts ({len(summary.passes)} trainee x "
              f"scenario cells, top missed item {summary.missed_items[0][0]!r}): "
              f"{aggregated:.2f} s")
        print(f"list + aggregate: {listed + aggregated:.2f} s  (budget 10 s)")
        t0 = time.perf_counter()
        verdict = verify(store)
        whole = time.perf_counter() - t0
        t0 = time.perf_counter()
        one = verify(store, rows[0].id)
        print(f"callsim verify, whole store ({verdict.entries} chain entries, "
              f"{verdict.rows_checked} rows): {whole:.2f} s, "
              f"{'intact' if verdict.intact else 'BROKEN'}; one attempt (as a report "
              f"does): {time.perf_counter() - t0:.2f} s, "
              f"{'intact' if one.intact else 'BROKEN'}")
        store.close()


if __name__ == "__main__":
    main()
