"""How long `callsim play` takes to show its window and to ring, cold and warm.

    python3 bench/startup.py [SCENARIO] [--runs N]

Three figures, each the median (and worst) of N runs, each run a fresh process:

- window: process start → the first frame of the window (`callsim play`, wall clock);
- ringing, typed: process start → the phone ringing, for a call with no sound device (the
  device check comes first, so nothing is prepared);
- caller voices before ringing, warm and cold: in a fresh process, what `play` adds for a
  spoken call after the device check: loading speech recognition and making the caller's
  starting voice (`CallerVoices.before_ringing`), with the voice cache kept (warm) or
  emptied (cold). The rest is made in the background once the phone rings.

Spoken ringing = ringing, typed + caller voices before ringing (this machine has no sound
device to run the spoken command whole). Targets on 2 cores: window ≤ 1 s, warm ≤ 2 s,
cold ≤ 10 s. The load average is printed: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What `play` does for a spoken call beyond a typed one (the scenario is loaded already).
VOICES = """
import sys, time
from simulator.commands.library import open_scenario
scenario = open_scenario(sys.argv[1])
started, cpu = time.perf_counter(), time.process_time()
from simulator.caller_voices import CallerVoices
from simulator.live_audio import DeviceSpeaker
from simulator.speech_pipeline import speech_pipeline
ears, mouth, how = speech_pipeline(scenario, "auto")
voices = CallerVoices(mouth, DeviceSpeaker(mouth.voices, scenario), scenario)
voices.before_ringing(lambda done, of: None, lambda: False)
print(time.perf_counter() - started, time.process_time() - cpu, voices.synthesised)
"""


def play_marks(scenario: str, folder: Path) -> dict[str, tuple[float, float]]:
    """Seconds from starting `callsim play` to each start-up mark: wall clock and the
    process's CPU time."""
    marks = folder / "marks.txt"
    marks.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_RUNTIME_DIR", "PULSE_SERVER")}
    env.update(SDL_VIDEODRIVER=os.environ.get("SDL_VIDEODRIVER", "dummy"),
               CALLSIM_DATA=str(folder / "data"), CALLSIM_STARTUP_MARKS=str(marks))
    began = time.time()
    process = subprocess.Popen([sys.executable, "-m", "simulator.cli", "play", scenario,
                                "--trainee", "bench"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while process.poll() is None and not (marks.exists() and "ringing" in marks.read_text()):
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    found = {}
    for line in marks.read_text().splitlines():
        what, when, cpu = line.split()
        found[what] = (float(when) - began, float(cpu))
    return found


def voices_before_ringing(scenario: str, cache: Path) -> tuple[tuple[float, float], int]:
    env = {**os.environ, "CALLSIM_CACHE": str(cache)}
    out = subprocess.run([sys.executable, "-c", VOICES, scenario], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    return (float(out[0]), float(out[1])), int(out[2])


def summary(name: str, values: list[tuple[float, float]]) -> str:
    wall = [w for w, _ in values]
    cpu = [c for _, c in values]
    return (f"{name:<40} wall median {statistics.median(wall):5.2f} s (worst {max(wall):5.2f})"
            f"   CPU median {statistics.median(cpu):5.2f} s   ({len(values)} runs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("scenario", nargs="?", default="burglary-next-morning")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    window: list[tuple[float, float]] = []
    ringing: list[tuple[float, float]] = []
    warm: list[tuple[float, float]] = []
    cold: list[tuple[float, float]] = []
    made = 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for run in range(args.runs):
            marks = play_marks(args.scenario, folder)
            window.append(marks["window"])
            ringing.append(marks["ringing"])
            cache = folder / f"cold-{run}"
            seconds, made = voices_before_ringing(args.scenario, cache)
            cold.append(seconds)
            warm.append(voices_before_ringing(args.scenario, cache)[0])
    print(summary("window", window))
    print(summary("ringing, typed (no sound device)", ringing))
    print(summary("caller voices before ringing, warm", warm))
    print(summary(f"caller voices before ringing, cold ({made})", cold))
    for i, kind in ((0, "wall"), (1, "CPU")):
        typed = statistics.median(r[i] for r in ringing)
        print(f"spoken call to ringing, {kind} (typed + voices): "
              f"warm {typed + statistics.median(w[i] for w in warm):.2f} s, "
              f"cold {typed + statistics.median(c[i] for c in cold):.2f} s")
    print("targets (2 cores): window <= 1 s, warm start to ringing <= 2 s, cold <= 10 s; "
          "on a shared machine the CPU figures are what an unloaded one would take")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
