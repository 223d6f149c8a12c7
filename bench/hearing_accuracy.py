"""How well the live recogniser hears people: word error rate and intents from speech.

Human recordings (Debian packages, bench/corpora.py) and natural neural voices (hibari
"heart", and Piper "joe" if the optional engine is installed) saying the benchmark's 72
trainee questions (bench/data/questions.tsv), each clean and through the headset condition
(16 kHz, band-pass 100–7000 Hz, light reverb, coloured noise + hum at 20 dB SNR).
Recognisers as a live call builds them (`speech_pipeline`'s options for one scenario: the
Whisper prompt carries that call's names). Intents: the project's matcher on the questions
as typed and as recognised. Prints tables; not a test.

    nice python3 -m bench.hearing_accuracy --part dev          # may be looked at
    nice python3 -m bench.hearing_accuracy --part held-out     # the figures (errors hidden)
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from audio.clip import Clip
from audio.errors import AudioError
from audio.stt import RATE, EngineOptions, SpeechToText, speech_to_text
from audio.tts import Voice, text_to_speech
from audio.tts_cache import VoiceCache
from bench.corpora import Recording, headset, human, wer, words
from simulator.library import intent_matcher
from simulator.loader import load_scenario, resolve
from simulator.speech_pipeline import vocabulary

HERE = Path(__file__).resolve().parent
NEURAL = {"hibari/heart": ("hibari", Voice(name="heart", rate=165)),
          "piper/joe": ("piper", Voice(name="en_US-joe-medium", rate=165))}


def questions() -> list[tuple[str, str, str]]:
    rows = []
    for line in (HERE / "data" / "questions.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            qid, intent, text = line.split("\t")
            rows.append((qid, intent, text))
    return rows


def neural() -> tuple[list[Recording], dict[str, str]]:
    """The questions in each installed neural voice; and each question's intent."""
    out: list[Recording] = []
    intents: dict[str, str] = {}
    for label, (engine, voice) in NEURAL.items():
        try:
            cache = VoiceCache(text_to_speech(engine))
        except AudioError as why:
            print(f"  ({label} skipped: {why})")
            continue
        for qid, intent, text in questions():
            rid = f"{label}:{qid}"
            intents[rid] = intent
            out.append(Recording(rid, label, text, cache.clip(text, voice).resampled(RATE)))
    return out, intents


def engines(scenario: str) -> dict[str, SpeechToText]:
    options = EngineOptions(vocabulary=vocabulary(load_scenario(resolve(scenario))),
                            extras={"decoder": {"fwdflat": False}})
    return {"whisper tiny.en (live default)": speech_to_text("whisper", options),
            "pocketsphinx biased": speech_to_text("pocketsphinx", options)}


def run(engine: SpeechToText, recordings: list[Recording], condition: str
        ) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str], float]:
    """(group → [(truth, heard)]), heard text per id, and CPU seconds per audio second."""
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    heard: dict[str, str] = {}
    cpu = audio = 0.0
    for i, rec in enumerate(recordings):
        clip: Clip = headset(rec.clip, seed=i) if condition == "headset" else rec.clip
        started = time.process_time()
        text = engine.transcribe(clip).text
        cpu += time.process_time() - started
        audio += clip.seconds
        pairs[rec.group].append((rec.text, text))
        heard[rec.id] = text
    return pairs, heard, cpu / audio if audio else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["dev", "held-out"], default="dev")
    parser.add_argument("--asterisk", type=int, default=50, help="prompts from that part")
    parser.add_argument("--scenario", default="burglary-next-morning")
    parser.add_argument("--show-errors", action="store_true", help="dev part only")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.show_errors and args.part != "dev":
        parser.error("the held-out part's errors are never shown")
    if args.part == "held-out":
        from bench.understanding_accuracy import record_heldout_run  # noqa: PLC0415

        print(f"held-out run number {record_heldout_run(['hearing', 'held-out'])}")
    people = human(args.part, args.asterisk)
    voices, intent_of = neural()
    matcher = intent_matcher()
    typed = {rid: intent in matcher.intents(next(r.text for r in voices if r.id == rid))
             for rid, intent in intent_of.items()}
    report: dict[str, Any] = {"part": args.part, "rows": []}
    print(f"human recordings: {len(people)} ({args.part} part of asterisk), neural clips: "
          f"{len(voices)}")
    for name, engine in engines(args.scenario).items():
        for condition in ("clean", "headset"):
            groups, _, rtf_h = run(engine, people, condition)
            ngroups, nheard, rtf_n = run(engine, voices, condition)
            groups.update(ngroups)
            human_pairs = [p for g in ("librivox", "cards", "asterisk") for p in groups[g]]
            neural_pairs = [p for g in NEURAL for p in groups.get(g, [])]
            spoken = [intent in matcher.intents(nheard[rid]) for rid, intent in intent_of.items()]
            row = {
                "engine": name, "condition": condition,
                "human": wer(human_pairs), "neural": wer(neural_pairs),
                "overall": wer(human_pairs + neural_pairs),
                "groups": {g: wer(p) for g, p in groups.items()},
                "intent_typed": sum(typed.values()) / len(typed),
                "intent_speech": sum(spoken) / len(spoken),
                "rtf_cpu": (rtf_h + rtf_n) / 2,
            }
            report["rows"].append(row)
            print(f"{name:32s} {condition:8s} overall {row['overall']:6.1%}  human "
                  f"{row['human']:6.1%}  neural {row['neural']:6.1%}  intents typed "
                  f"{row['intent_typed']:6.1%} speech {row['intent_speech']:6.1%}  "
                  f"CPU/audio {row['rtf_cpu']:.2f}")
            print("      groups: " + ", ".join(f"{g} {v:.1%}" for g, v in row["groups"].items()))
            if args.show_errors and condition == "clean" and name.startswith("whisper"):
                for g, ps in groups.items():
                    for truth, got in ps:
                        if words(truth) != words(got):
                            print(f"        [{g}] {truth!r} → {got!r}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB (both engines and both voices in one process)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
