"""Start-up of a spoken call: from a fresh process to ears and mouth ready, per recogniser.

What `callsim play` does before the phone rings (speech_pipeline, every caller line
rendered and filtered, the microphone's recogniser loaded), timed in a fresh process each
run so no model is already in memory; caches (voices, language models) are warm, as on a
workstation that has run callsim before. Wall clock, median of `--runs`.

    nice python3 -m bench.live_startup --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

PROBE = """
import time
started = time.perf_counter()
from simulator.dialogue import Reply
from simulator.loader import load_scenario, resolve
from simulator.speech_pipeline import speech_pipeline
scenario = load_scenario(resolve({scenario!r}))
ears, mouth, how = speech_pipeline(scenario, {engine!r}, partials=True)
mouth.prepare(every_level=True)
ears.stt.stream()  # the first utterance's stream (pocketsphinx builds its decoder here)
print(time.perf_counter() - started)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="burglary-next-morning")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for engine in ("pocketsphinx", "whisper"):
        code = PROBE.format(scenario=args.scenario, engine=engine)
        times = []
        for _ in range(args.runs + 1):  # the first run warms the caches
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True)
            times.append(float(out.stdout.strip().splitlines()[-1]))
        print(f"{engine:14s} ready in median {statistics.median(times[1:]):.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in times[1:])}; cold first {times[0]:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
