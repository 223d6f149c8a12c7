"""How soon the caller answers: from the end of the trainee's speech to the reply ready.

    python bench/reply_latency.py [SCENARIO ...] [--engine pocketsphinx]

For each model trainee line: the line is synthesised, fed to the streaming recogniser in
50 ms microphone blocks as it would arrive, and the clock starts when the last block is in
(the trainee has stopped). Measured to the moment the caller's reply audio is in memory,
down the telephone line and ready for the sound card: final transcript, intents, the
caller's choice of reply, the pre-rendered clip loaded and line-filtered.

Not included, and printed beside it: the open microphone's hang-over (the silence the
endpointer waits for before deciding speech has ended; push-to-talk has none) and the
sound card's output latency.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from audio.endpoint import EndpointSettings
from audio.stt import RATE
from simulator.dialogue import Caller, Reply
from simulator.library import ready_for_a_live_call, understanding_for
from simulator.live_audio import DeviceSpeaker
from simulator.loader import library_files, load_scenario, resolve
from simulator.speech_pipeline import chunks, speech_pipeline


def measure(name: str, engine: str) -> list[float]:
    scenario = load_scenario(resolve(name))
    ears, mouth, _ = speech_pipeline(scenario, engine)
    mouth.prepare(every_level=True)
    speaker = DeviceSpeaker(mouth.voices, scenario)  # nothing played: clips made ready
    speaker.prepare([Reply(line, "answer", distress=d) for d in (0.0, 5.0, 8.0)
                     for line in mouth.lines()])
    ready_for_a_live_call()  # as `callsim play` does before the phone rings
    caller = Caller(scenario, understanding_for(scenario))
    caller.opening()
    lines = [t.trainee for t in scenario.model_test().turns if t.trainee]
    clips = [ears.voices.clip(line, ears.voice).resampled(RATE) for line in lines]
    waits: list[float] = []
    for n, clip in enumerate(clips):
        stream = ears.stt.stream()
        blocks = list(chunks(clip, 0.05))
        for block in blocks[:-1]:
            stream.feed(block)
        start = time.perf_counter()  # the trainee stops: the last block arrives
        stream.feed(blocks[-1])
        text = stream.finish().text
        replies = caller.hear(text, float(n * 10))
        if replies and replies[0].spoken:
            speaker.clip(replies[0])  # the clip the sound card would be handed
        waits.append(time.perf_counter() - start)
        if caller.state.ended:
            break
    return waits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("scenarios", nargs="*")
    parser.add_argument("--engine", default="pocketsphinx")
    args = parser.parse_args()
    names = args.scenarios or [p.stem for p in library_files()][:4]
    waits: list[float] = []
    for name in names:
        waits += measure(name, args.engine)
    waits.sort()
    p95 = waits[int(0.95 * (len(waits) - 1))]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
          f"engine {args.engine}; {len(waits)} replies over {len(names)} scenarios")
    print(f"speech end -> caller reply ready: median {1000 * statistics.median(waits):.0f} ms,"
          f" p95 {1000 * p95:.0f} ms, max {1000 * waits[-1]:.0f} ms  (target p95 200 ms)")
    hang = EndpointSettings().hangover_ms
    print(f"plus, with an open microphone, the endpointer's hang-over: {hang} ms "
          "(configurable; push-to-talk: 0 ms)")


if __name__ == "__main__":
    main()
