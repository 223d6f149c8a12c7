"""Start-up of a spoken call: from a fresh process to ears and mouth ready, per recogniser.

What `callsim play` does before the phone rings (speech_pipeline, every caller line
rendered and filtered, the partials' recogniser ready), timed in a fresh process each
run so no model is already in memory; caches (voices, language models) are warm, as on a
workstation that has run callsim before. Wall clock, median of `--runs`. Whisper's model
loads on its own thread from when the microphone opens (as the phone starts ringing): the
second figure is when it is ready, i.e. the earliest a spoken greeting could be decoded.

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
ringing = time.perf_counter() - started
warm = getattr(ears.stt, "warm", None)
if warm is not None:  # as MicrophoneInput does when the phone starts ringing
    warm()
    ears.stt._model  # noqa: B018 - Whisper's model, loading on its own thread: wait for it
print(ringing, time.perf_counter() - started)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="burglary-next-morning")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for engine in ("pocketsphinx", "whisper"):
        code = PROBE.format(scenario=args.scenario, engine=engine)
        times, loaded = [], []
        for _ in range(args.runs + 1):  # the first run warms the caches
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True)
            ringing, ready = out.stdout.strip().splitlines()[-1].split()
            times.append(float(ringing))
            loaded.append(float(ready))
        print(f"{engine:14s} ready to ring in median {statistics.median(times[1:]):.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in times[1:])}; cold first {times[0]:.2f} s); "
              f"recogniser loaded at {statistics.median(loaded[1:]):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
