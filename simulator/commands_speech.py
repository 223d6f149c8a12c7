"""Speech commands: `callsim say`, `callsim transcribe`, `callsim models fetch vosk`, `callsim devices`.

Thin wrappers over `audio`: they turn options into engine calls and `audio` errors into
`UserError`s with the fix in the message. `--json` output is the only thing on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from audio.errors import AudioError
from simulator.errors import UserError


def register(subparsers: Any) -> None:
    _register_say(subparsers)


def _register_say(subparsers: Any) -> None:
    say = subparsers.add_parser(
        "say",
        help="speak text into a WAV file with a caller voice",
        description="Synthesise TEXT with a caller voice (espeak-ng) into a WAV file.",
    )
    say.add_argument("text", metavar="TEXT")
    say.add_argument("-o", "--output", metavar="WAV", type=Path, required=True)
    say.add_argument("--voice", default="en-gb", help="espeak-ng voice, e.g. en-gb-scotland")
    say.add_argument("--variant", default="", help="espeak-ng variant, e.g. f3 or m2")
    say.add_argument("--gender", choices=("female", "male", "any"), default="any")
    say.add_argument("--rate", type=int, default=165, help="words per minute (80–450)")
    say.add_argument("--pitch", type=int, default=50, help="0–100, 50 is the voice's own")
    say.add_argument("--volume", type=float, default=1.0, help="0–1")
    say.add_argument("--distress", type=float, default=0.0, help="0–1: faster and higher")
    say.add_argument("--telephone", action="store_true", help="8 kHz phone-line sound")
    say.add_argument("--noise", help="background noise on the line: street, traffic, house…")
    say.add_argument("--snr", type=float, default=15.0, help="speech-to-noise ratio in dB")
    say.add_argument("--engine", default="espeak", help="text-to-speech engine (espeak, tone)")
    say.add_argument("--list-voices", action="store_true", help="print the voices and exit")
    say.set_defaults(run=run_say)


def run_say(args: argparse.Namespace) -> int:
    from audio.clip import write_wav
    from audio.line import telephone
    from audio.tts import Voice, text_to_speech

    try:
        engine = text_to_speech(args.engine)
        if args.list_voices:
            print("\n".join(engine.voices()))
            return 0
        voice = Voice(
            name=args.voice,
            variant=args.variant,
            gender=args.gender,
            rate=args.rate,
            pitch=args.pitch,
            volume=args.volume,
            distress=args.distress,
        )
        clip = engine.synthesise(args.text, voice)
        if args.telephone or args.noise:
            clip = telephone(clip, noise=args.noise, snr_db=args.snr)
    except (AudioError, ValueError) as error:
        raise UserError(str(error)) from error
    try:
        write_wav(args.output, clip)
    except OSError as error:
        raise UserError(f"cannot write {args.output}: {error.strerror}") from error
    print(f"wrote {args.output} ({clip.seconds:.1f} s, {clip.rate} Hz)", file=sys.stderr)
    return 0


def _print_json(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
