"""Speed of the core, against the budgets in DESIGN.md and the core issue.

    python bench/core_speed.py

- marking a 10-minute attempt with 150 turns: from the analyses journalled during the call
  (budget 50 ms) and from raw text (issue 9's budget, 2 s)
- matching one utterance (budget 2 ms)
- loading and validating the whole library, shared files included (budget 1 s)

Caches are cleared before every timed run, so each utterance is matched as if new.
Each figure is CPU time of this process (what the code costs, steady on a busy machine);
wall-clock time is printed beside it.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from scoring import intents, text
from scoring.attempt import Attempt, Turn
from scoring.authored import AuthoringError
from simulator import library, loader
from simulator.selftest import attempt_from, mark_attempt, understanding_of

ROOT = Path(__file__).resolve().parent.parent


def clear() -> None:
    """Forget every utterance seen. Word stems stay cached: the library's vocabulary is
    stemmed when it loads, as in any running callsim."""
    text.words.cache_clear()
    intents.Matcher._snap.cache_clear()


def time_library_load() -> list[tuple[float, float]]:
    runs = []
    for _ in range(5):
        loader.references.cache_clear()
        library.intent_library.cache_clear()
        library.intent_matcher.cache_clear()
        clear()
        text.stem.cache_clear()
        runs.append(timed(load_everything))
    return runs


def load_everything() -> None:
    refs = loader.references()
    for path in loader.library_files():
        with contextlib.suppress(AuthoringError):  # an invalid file is read and checked too
            loader.load_scenario(path, refs)
    library.intent_matcher()


def long_attempt() -> tuple[object, Attempt]:
    """A 10-minute, 150-turn attempt: the longest model call, its turns varied and repeated."""
    scenario = max((loader.load_scenario(p) for p in loader.library_files()
                    if _loads(p)),
                   key=lambda s: len(s.model_test().turns))
    base = attempt_from(scenario, scenario.model_test())
    turns = []
    for i in range(150):
        source = base.turns[i % len(base.turns)]
        turns.append(Turn(t=i * 4.0, end=i * 4.0 + 3.0, speaker=source.speaker,
                          text=f"{source.text} ({i})", source=source.source))
    return scenario, base.model_copy(update={"turns": tuple(turns)})


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) for one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    action()
    return time.process_time() - cpu, time.perf_counter() - wall


def summary(runs: list[tuple[float, float]], unit: float = 1000.0) -> str:
    cpu = sorted(r[0] for r in runs)
    wall = sorted(r[1] for r in runs)
    p95 = int(0.95 * (len(runs) - 1))
    return (f"CPU median {unit * statistics.median(cpu):.2f} ms, p95 {unit * cpu[p95]:.2f} ms"
            f" | wall median {unit * statistics.median(wall):.2f} ms,"
            f" p95 {unit * wall[p95]:.2f} ms")


def _loads(path: Path) -> bool:
    try:
        loader.load_scenario(path)
    except AuthoringError:
        return False
    return True


def main() -> None:
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"library load+validate ({len(loader.library_files())} scenarios, shared files, "
          f"matcher built): {summary(time_library_load())}  (budget 1000 ms)")

    utterances = [c["text"] for c in yaml.safe_load(
        (ROOT / "tests/data/intents_dev.yaml").read_text(encoding="utf-8"))]
    matcher = library.intent_matcher()
    clear()
    runs = [timed(lambda u=u: matcher.intents(u)) for u in utterances]
    print(f"match one utterance ({len(runs)} utterances, cold caches): {summary(runs)}"
          "  (budget 2 ms)")

    scenario, record = long_attempt()
    runs = []
    for _ in range(20):
        clear()
        runs.append(timed(lambda: mark_attempt(scenario, record)))  # type: ignore
    print(f"mark a 150-turn attempt from raw text ({scenario.id}, "  # type: ignore[attr-defined]
          f"{len(scenario.marking.items)} items): {summary(runs)}"  # type: ignore[attr-defined]
          "  (budget 2 s, issue 9: every turn analysed, sentence model included)")
    # As a call leaves it: each trainee turn's analysis journalled with the turn.
    understanding = understanding_of(scenario)  # type: ignore[arg-type]
    said = iter(understanding.analyse_call(
        t.text for t in record.turns if t.speaker == "trainee"))
    journalled = record.model_copy(update={"turns": tuple(
        t.model_copy(update={"analysis": next(said).to_json()}) if t.speaker == "trainee"
        else t for t in record.turns)})
    runs = []
    for _ in range(20):
        clear()
        runs.append(timed(lambda: mark_attempt(scenario, journalled)))  # type: ignore
    print(f"mark it from its journalled analyses: {summary(runs)}  (budget 50 ms)")


if __name__ == "__main__":
    main()
