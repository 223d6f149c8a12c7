"""Speed of the cohort view over a full store, against issue 5's budget (10,000 attempts
in under 10 s).

    python3 -m bench.cohort_speed [--store URL] [--attempts 10000]

Fills a fresh store (SQLite in a temporary folder unless --store names another) with
marked self-test attempts spread over 60 trainees, as `bench/store_speed.py` does, plus
three typing results per trainee, then times `callsim cohort` end to end (the page, the
CSV and the JSON) and its parts. Wall clock, best of three.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.store_speed import TRAINEES, as_trainee, marked_attempts
from scoring.typing import Keystroke, mark
from scoring.typing_tests import load_typing_test, typing_dir
from simulator.cli import main as callsim
from simulator.cohort import read_marked, read_missed, read_typing
from simulator.commands.typing import save
from simulator.store.connect import open_store
from simulator.store.saving import _store

START = dt.datetime(2026, 9, 1, 9, tzinfo=dt.UTC)


def fill(url: str, attempts: int, folder: Path) -> None:
    marked = marked_attempts()
    store = open_store(url)
    for start in range(0, attempts, 500):
        with store.sessions.begin() as session:
            for n in range(start, min(start + 500, attempts)):
                attempt, result = marked[n % len(marked)]
                # spread over the course so each trainee's trend has an order
                when = (START + dt.timedelta(minutes=17 * n)).isoformat()
                attempt = as_trainee(attempt, n, len(marked)).model_copy(
                    update={"started_at": when})
                _store(session, attempt, result, folder / "calls" / f"call-{n}", "auto")
    store.close()
    test = load_typing_test(typing_dir() / "copy-addresses-and-vehicles.yaml")
    text = test.passage[:400]
    for trainee in range(TRAINEES):
        for k, wpm in enumerate((18, 24, 31)):
            gap = 60 / (wpm * 5)
            result = mark(test, [Keystroke(i * gap, c) for i, c in enumerate(text)],
                          len(text) * gap)
            stamp = f"2026100{k + 1}T090000000000Z"
            where = folder / "data" / "typing" / f"pc-{trainee}" / f"{stamp}-{test.id}"
            where.mkdir(parents=True)
            save(where, result)


def best_of(runs: int, task: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        task()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", help="a SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--attempts", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["CALLSIM_DATA"] = str(folder / "data")
        url = args.store or f"sqlite:///{folder / 'bench.db'}"
        t0 = time.perf_counter()
        fill(url, args.attempts, folder)
        print(f"(filled {args.attempts} attempts and {3 * TRAINEES} typing results in "
              f"{time.perf_counter() - t0:.1f} s)")
        store = open_store(url)
        print(f"store: {store.where}")
        marked = best_of(3, lambda: read_marked(store))
        missed = best_of(3, lambda: read_missed(store))
        store.close()
        typing = best_of(3, lambda: read_typing(folder / "data" / "typing"))
        out = folder / "out"
        out.mkdir()
        cmd = ["cohort", "--store", url, "-o", str(out / "cohort.html"),
               "--csv", str(out / "cohort.csv")]

        def page() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                assert callsim(cmd) == 0

        def as_json() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                assert callsim(["cohort", "--store", url, "--json"]) == 0

        whole = best_of(3, page)
        json_time = best_of(3, as_json)
        size = (out / "cohort.html").stat().st_size
        print(f"read {args.attempts} attempts' latest markings: {marked:.2f} s")
        print(f"count missed items on them: {missed:.2f} s")
        print(f"read {3 * TRAINEES} typing results: {typing:.3f} s")
        print(f"callsim cohort -o page --csv (end to end, {size // 1024} KB page): "
              f"{whole:.2f} s  (budget 10 s)")
        print(f"callsim cohort --json (end to end): {json_time:.2f} s  (budget 10 s)")


if __name__ == "__main__":
    main()
