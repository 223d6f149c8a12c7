"""Word error rate and downstream intent accuracy of the speech recognisers.

Held-out trainee questions (bench/data/questions.tsv, never in the bias corpus) are spoken
by several espeak-ng voices at two rates, clean and through the telephone line with noise at
10 dB SNR, and recognised by each engine, generic and biased toward the intent phrase
library. Prints a table and writes JSON. Not a test: figures go in docs/speech.md.

    nice python bench/speech_accuracy.py --corpus scenarios/intents.yaml
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audio.bias import Vocabulary, normalise
from audio.clip import Clip
from audio.errors import AudioError
from audio.line import telephone
from audio.stt import EngineOptions, SpeechToText, speech_to_text
from audio.tts import Voice, text_to_speech
from audio.tts_cache import VoiceCache

HERE = Path(__file__).resolve().parent
VOICES = {
    "en-gb/m": Voice(name="en-gb", gender="male"),
    "scotland/f": Voice(name="en-gb-scotland", gender="female"),
    "west-midlands/m2": Voice(name="en-gb-x-gbcwmd", variant="m2"),
    "piper/joe": Voice(name="en_US-joe-medium"),  # neural voice, for comparison (--voices)
}
RATES = (150, 190)
SCENARIO_WORDS = ["Grange Road", "number twelve", "van", "son", "interpreter"]


def load_questions(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            qid, intent, text = line.split("\t")
            rows.append((qid, intent, text))
    return rows


def load_phrases(path: Path) -> dict[str, list[str]]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k: list(v.get("phrases", [])) for k, v in document["intents"].items()}


def edits(reference: list[str], hypothesis: list[str]) -> int:
    row = list(range(len(hypothesis) + 1))
    for i, r in enumerate(reference, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hypothesis, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


class IntentStandIn:
    """Nearest library phrase by fuzzy match: a stand-in for the real matcher in main."""

    def __init__(self, phrases: dict[str, list[str]]) -> None:
        self.choices = [" ".join(normalise(p)) for ps in phrases.values() for p in ps]
        self.labels = [k for k, ps in phrases.items() for _ in ps]

    def __call__(self, text: str) -> str:
        if not text.strip():
            return ""
        best = process.extractOne(text, self.choices, scorer=fuzz.token_set_ratio)
        return self.labels[best[2]] if best else ""


def conditions(clip: Clip, seed: int) -> dict[str, Clip]:
    noise = ("street", "house", "traffic")[seed % 3]
    phone = telephone(clip, noise=noise, snr_db=10.0, seed=seed).resampled(16000)
    return {"clean": clip.resampled(16000), "phone+noise10dB": phone}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("scenarios/intents.yaml"))
    parser.add_argument("--questions", type=Path, default=HERE / "data" / "questions.tsv")
    parser.add_argument(
        "--engines", default="pocketsphinx,pocketsphinx-biased,vosk,vosk-biased,whisper"
    )
    parser.add_argument("--generic-words", type=int, default=None, help="LM tuning")
    parser.add_argument("--lw", type=float, default=None, help="pocketsphinx language weight")
    parser.add_argument("--voices", default="en-gb/m,scotland/f,west-midlands/m2")
    parser.add_argument("--rates", default=",".join(map(str, RATES)))
    parser.add_argument("--conditions", default="clean,phone+noise10dB")
    parser.add_argument("--out", type=Path, default=None)
    return parser.parse_args()


Sample = tuple[str, str, str, str, int, str, Clip]  # id, intent, truth, voice, rate, cond, clip


def spoken_samples(args: argparse.Namespace, questions: list[tuple[str, str, str]]) -> list[Sample]:
    caches = {
        engine: VoiceCache(text_to_speech(engine), HERE / ".cache" / "voices")
        for engine in {
            "piper" if v.startswith("piper") else "espeak" for v in args.voices.split(",")
        }
    }
    wanted = args.conditions.split(",")
    samples: list[Sample] = []
    for v_index, voice_name in enumerate(args.voices.split(",")):
        for rate in map(int, args.rates.split(",")):
            for q_index, (qid, intent, text) in enumerate(questions):
                voice = replace(VOICES[voice_name], rate=rate)
                clip = caches["piper" if voice_name.startswith("piper") else "espeak"].clip(
                    text, voice
                )
                for condition, heard in conditions(clip, q_index + 7 * v_index).items():
                    if condition in wanted:
                        samples.append((qid, intent, text, voice_name, rate, condition, heard))
    return samples


def score(engine: SpeechToText, chosen: list[Sample], matcher: IntentStandIn) -> dict[str, Any]:
    """Totals for the condition, and word error rate per voice and rate within it."""
    totals: dict[str, list[float]] = {}  # group → [errors, words, intent_text, intent_speech]
    compute = audio = 0.0
    for _qid, intent, text, voice, rate, _cond, clip in chosen:
        started = time.perf_counter()
        heard = engine.transcribe(clip).text
        compute += time.perf_counter() - started
        audio += clip.seconds
        truth = normalise(text)
        counts = [
            edits(truth, normalise(heard)),
            len(truth),
            matcher(" ".join(truth)) == intent,
            matcher(" ".join(normalise(heard))) == intent,
        ]
        for group in ("all", f"{voice}@{rate}"):
            row = totals.setdefault(group, [0.0, 0.0, 0.0, 0.0])
            for i, value in enumerate(counts):
                row[i] += value
    errors, words, intent_text, intent_speech = totals.pop("all")
    return {
        "wer": round(errors / words, 4),
        "intent_acc_text": round(intent_text / len(chosen), 4),
        "intent_acc_speech": round(intent_speech / len(chosen), 4),
        "rtf": round(compute / audio, 3),
        "wer_by_voice": {k: round(v[0] / v[1], 3) for k, v in sorted(totals.items())},
    }


def main() -> int:
    args = parse_args()
    questions = load_questions(args.questions)
    phrases = load_phrases(args.corpus)
    sentences = [p for ps in phrases.values() for p in ps]
    leaked = {q for _, _, q in questions} & {" ".join(normalise(s)) for s in sentences}
    if leaked:
        print(f"held-out questions found in the bias corpus: {sorted(leaked)}", file=sys.stderr)
        return 2
    matcher = IntentStandIn(phrases)
    samples = spoken_samples(args, questions)
    print(f"{len(samples)} utterances, {sum(s[6].seconds for s in samples):.0f} s of speech")
    extras: dict[str, object] = {}
    if args.generic_words is not None:
        extras["generic_words"] = args.generic_words
    if args.lw is not None:
        extras["decoder"] = {"lw": args.lw}
    results = []
    for engine_name in args.engines.split(","):
        base, _, biased = engine_name.partition("-")
        options = EngineOptions(
            vocabulary=Vocabulary.of(sentences, SCENARIO_WORDS) if biased else None,
            cache=HERE / ".cache" / "lm",
            extras=extras,
        )
        try:
            engine = speech_to_text(base, options)
        except AudioError as error:
            print(f"{engine_name}: skipped ({error})")
            continue
        for condition in args.conditions.split(","):
            chosen = [s for s in samples if s[5] == condition]
            row = {"engine": engine_name, "condition": condition, "utterances": len(chosen)}
            row |= score(engine, chosen, matcher) | {"generic_words": args.generic_words}
            results.append(row)
            print(
                f"{engine_name:22s} {condition:16s} WER {row['wer']:6.1%}  intent text "
                f"{row['intent_acc_text']:6.1%} speech {row['intent_acc_speech']:6.1%}  "
                f"RTF {row['rtf']:.3f}  by voice {row['wer_by_voice']}",
                flush=True,
            )
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
