"""Speed of understanding trainee turns, against the budgets in issue 9.

    python -m bench.understanding_speed

- analysis of one utterance, sentence model included (budget 20 ms p95, one core)
- loading the phrase library and the sentence model in a fresh process: cold, with no
  cached library vectors (budget 1.5 s), and with them cached on disk (budget 0.5 s);
  and counting the library's words by sound (once per scenario's analyser, before a call)
- marking a 150-turn attempt whose turns were analysed during the call (the analysis
  journalled with each turn; budget 100 ms), and from raw text (budget 2 s)

The process is pinned to one core and the model runs one thread. Each figure is CPU time
of the process, with wall-clock time beside it; the load figures are those of a fresh
interpreter, imports included.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from scoring.attempt import Attempt, Turn
from scoring.text import words
from simulator.loader import load_scenario, resolve
from simulator.selftest import mark_attempt, understanding_of

ROOT = Path(__file__).resolve().parent.parent
UTTERANCES = ROOT / "tests" / "data" / "blind" / "intents_v2_dev.yaml"
LOAD = ("import time; t, c = time.perf_counter(), time.process_time(); "
        "from simulator.library import meaning_matcher; m = meaning_matcher(); "
        # a clause no library phrase is, so the model itself loads and runs
        "m.ranked('whereabouts are you stood right now, my love'); "
        "print(time.perf_counter() - t, time.process_time() - c)")


def one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def timed(run: Callable[[], object]) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def analysis_speed() -> str:
    scenario = load_scenario(resolve("domestic-abuse-children"))
    understanding = understanding_of(scenario)
    texts = [c["text"] for c in yaml.safe_load(UTTERANCES.read_text(encoding="utf-8"))]
    understanding.analyse("warm up")
    runs = []
    for text in texts:
        words.cache_clear()  # each utterance as if new
        runs.append(timed(lambda t=text: understanding.analyse(t)))
    cpu = [1000 * c for c, _ in runs]
    wall = [1000 * w for _, w in runs]
    return (f"analyse one utterance ({len(texts)} utterances): CPU median "
            f"{statistics.median(cpu):.1f} ms, p95 {p95(cpu):.1f} ms; wall p95 "
            f"{p95(wall):.1f} ms  (budget 20 ms p95)")


def load_speed() -> str:
    lines = []
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "CALLSIM_CACHE": cache}
        for label in ("cold (no cached library vectors)", "with the cache"):
            runs = []
            for _ in range(3 if label.startswith("with") else 1):
                out = subprocess.run([sys.executable, "-c", LOAD], env=env, cwd=ROOT,
                                     capture_output=True, text=True, check=True)
                wall, cpu = (float(x) for x in out.stdout.split())
                runs.append((cpu, wall))
            budget = "1.5 s" if label.startswith("cold") else "0.5 s"
            cpu, wall = min(runs)
            lines.append(f"load library + model, {label}: CPU {cpu:.2f} s, wall {wall:.2f} s "
                         f"(best of {len(runs)}; budget {budget})")
    return "\n".join(lines)


def sound_alike_speed() -> str:
    """Counting the library's words by sound and their pairs: done once for each scenario's
    analyser, before the call (`Understanding.for_scenario`), not in a turn."""
    from scoring.understanding.sound_alike import SoundAlike  # noqa: PLC0415
    from simulator.library import meaning_matcher  # noqa: PLC0415

    phrasings = [text for _, text in meaning_matcher().words.phrases]
    runs = [timed(lambda p=phrasings: SoundAlike(p)) for _ in range(3)]
    cpu, wall = min(runs)
    return (f"count the library's words by sound ({len(phrasings)} phrasings, once per "
            f"scenario's analyser): CPU {1000 * cpu:.0f} ms, wall {1000 * wall:.0f} ms "
            "(best of 3)")


def long_attempt(scenario_id: str) -> Attempt:
    scenario = load_scenario(resolve(scenario_id))
    texts = [c["text"] for c in yaml.safe_load(UTTERANCES.read_text(encoding="utf-8"))]
    turns = []
    for i in range(150):
        t = 4.0 * i
        if i % 2:
            turns.append(Turn(t=t, end=t + 2, speaker="caller", text="Okay."))
        else:
            turns.append(Turn(t=t, end=t + 3, speaker="trainee", text=texts[i % len(texts)]))
    return Attempt(scenario=scenario.id, scenario_sha256=scenario.sha256, turns=tuple(turns))


def journalled(attempt: Attempt, scenario_id: str) -> Attempt:
    understanding = understanding_of(load_scenario(resolve(scenario_id)))
    trainee = [t for t in attempt.turns if t.speaker == "trainee"]
    analyses = iter(understanding.analyse_call(t.text for t in trainee))
    turns = tuple(t.model_copy(update={"analysis": next(analyses).to_json()})
                  if t.speaker == "trainee" else t for t in attempt.turns)
    return attempt.model_copy(update={"turns": turns})


def marking_speed() -> str:
    scenario_id = "domestic-abuse-children"
    scenario = load_scenario(resolve(scenario_id))
    raw = long_attempt(scenario_id)
    analysed = journalled(raw, scenario_id)
    mark_attempt(scenario, analysed)  # warm: the scenario's analyser is built once per call
    lines = []
    for label, attempt, budget in (("from journalled analyses", analysed, "100 ms"),
                                   ("from raw text", raw, "2 s")):
        runs = []
        for _ in range(3):
            words.cache_clear()
            runs.append(timed(lambda a=attempt: mark_attempt(scenario, a)))
        cpu = min(c for c, _ in runs) * 1000
        wall = min(w for _, w in runs) * 1000
        lines.append(f"mark a 150-turn attempt {label}: CPU {cpu:.0f} ms, wall {wall:.0f} ms "
                     f"(best of 3; budget {budget})")
    return "\n".join(lines)


def main() -> int:
    one_core()
    # A cache of its own: no utterance's vector is kept from an earlier run, so each
    # analysis runs the sentence model as a live call's new turn does.
    os.environ["CALLSIM_CACHE"] = tempfile.mkdtemp(prefix="callsim-speed-")
    atexit.register(shutil.rmtree, os.environ["CALLSIM_CACHE"], ignore_errors=True)
    print(load_speed())
    print(sound_alike_speed())
    print(analysis_speed())
    print(marking_speed())
    return 0


if __name__ == "__main__":
    sys.exit(main())
