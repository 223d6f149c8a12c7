"""Speech commands: `callsim say`, `transcribe`, `models fetch vosk` and `devices`.

Thin wrappers over `audio`: they turn options into engine calls and `audio` errors into
`UserError`s with the fix in the message. `--json` output is the only thing on stdout.
"""

# ruff: noqa: PLC0415 - audio and its engines import inside each command so that every other
# callsim command starts without loading numpy, espeak or a recogniser.
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
    _register_transcribe(subparsers)
    _register_models(subparsers)
    _register_devices(subparsers)


def hearing_engine(name: str) -> str:
    """The `--engine` a trainer may choose to hear speech with. `scripted` is the tests'
    stand-in (it "hears" lines it was handed, not the sound), so offering it for a WAV file
    printed an empty transcript with exit 0."""
    from audio.stt import STT_ENGINES

    choices = ["auto", *sorted(n for n in STT_ENGINES if n != "scripted")]
    if name not in choices:
        raise UserError(f"--engine {name!r} is not a speech recogniser callsim can hear with; "
                        f"choose one of: {', '.join(choices)}")
    return name


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
    say.add_argument(
        "--engine",
        default="espeak",
        help="text-to-speech engine: espeak, piper (optional), tone (test)",
    )
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


def _register_transcribe(subparsers: Any) -> None:
    listen = subparsers.add_parser(
        "transcribe",
        help="recognise the speech in a WAV file",
        description="Speech-to-text of a WAV file, biased toward what call handlers say.",
    )
    listen.add_argument("wav", metavar="WAV", type=Path,
                        help="the recording (a 16-bit PCM WAV file, any rate, mono or stereo)")
    listen.add_argument(
        "--engine",
        default="auto",
        help="auto (whisper if installed, else vosk if a model is installed, else "
        "pocketsphinx), whisper, pocketsphinx, vosk",
    )
    listen.add_argument("--scenario", metavar="S", help="scenario id or YAML: bias to its words")
    listen.add_argument("--vosk-model", type=Path, help="vosk model folder")
    listen.add_argument("--no-bias", action="store_true", help="the engine's generic model only")
    listen.add_argument("--json", action="store_true", help="one JSON document on stdout")
    listen.set_defaults(run=run_transcribe)


def run_transcribe(args: argparse.Namespace) -> int:
    import time

    from audio.bias import Vocabulary
    from audio.clip import read_wav
    from audio.stt import STT_ENGINES, EngineOptions, choose_engine

    if not args.wav.is_file():
        raise UserError(f"{args.wav}: no such file")
    try:
        clip = read_wav(args.wav)
    except ValueError as error:
        raise UserError(str(error)) from error
    vocabulary = None
    if not args.no_bias:
        scenario_words = _scenario_words(args.scenario) if args.scenario else []
        names = _scenario_names(args.scenario) if args.scenario else []
        vocabulary = Vocabulary.of(_intent_phrases(), scenario_words, names) or None
    options = EngineOptions(vocabulary=vocabulary, vosk_model=args.vosk_model)
    try:
        name, why = choose_engine(hearing_engine(args.engine), options)
        print(f"callsim: speech recogniser: {why}", file=sys.stderr)
        engine = STT_ENGINES[name](options)
        started = time.perf_counter()
        transcript = engine.transcribe(clip)
        elapsed = time.perf_counter() - started
    except AudioError as error:
        raise UserError(str(error)) from error
    rtf = elapsed / clip.seconds if clip.seconds else 0.0
    if args.json:
        _print_json({**transcript.as_json(), "rtf": round(rtf, 3), "biased": bool(vocabulary)})
    else:
        print(transcript.text)
    return 0


def _intent_phrases() -> list[str]:
    """Every phrase of the shared intent library, if this install has one."""
    from importlib import resources

    library = resources.files("scenarios").joinpath("intents.yaml")
    if not library.is_file():
        return []
    document = _load_yaml(library.read_text(encoding="utf-8"), "scenarios/intents.yaml")
    phrases: list[str] = []
    intents = document.get("intents", {}) if isinstance(document, dict) else {}
    for intent in intents.values() if isinstance(intents, dict) else []:
        if isinstance(intent, dict):
            phrases.extend(str(p) for p in intent.get("phrases", []) if isinstance(p, str))
    return phrases


def _scenario_words(scenario: str) -> list[str]:
    """All string values of a scenario YAML: names, streets, vehicles, the caller's lines.

    Interim: the scenario loader (simulator) will provide these; until then any string in
    the file is a word the trainee may say back (a street name, a person, a car).
    """
    from importlib import resources

    path = Path(scenario)
    if not path.is_file():
        library = Path(str(resources.files("scenarios").joinpath("library")))
        matches = sorted(library.rglob(f"{scenario}.yaml")) if library.is_dir() else []
        if not matches:
            raise UserError(
                f"no scenario {scenario!r}: give a YAML path or an id from `callsim list`"
            )
        path = matches[0]
    strings: list[str] = []
    _collect_strings(_load_yaml(path.read_text(encoding="utf-8"), str(path)), strings)
    return strings


def _scenario_names(scenario: str) -> list[str]:
    """The call's names for Whisper's prompt: from the loaded scenario when it loads, else
    the file's short strings (the prompt keeps those with a capital or a digit)."""
    from scoring.authored import AuthoringError
    from simulator.loader import load_scenario, resolve
    from simulator.speech_pipeline import scenario_names

    try:
        return scenario_names(load_scenario(resolve(scenario)))
    except (AuthoringError, UserError, OSError):  # not a whole scenario: its strings
        return [s for s in _scenario_words(scenario) if len(s.split()) <= 5]


def _collect_strings(node: object, out: list[str]) -> None:
    if isinstance(node, str):
        out.append(node)
    elif isinstance(node, dict):
        for value in node.values():
            _collect_strings(value, out)
    elif isinstance(node, list):
        for item in node:
            _collect_strings(item, out)


def _load_yaml(text: str, origin: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise UserError(f"{origin}: not valid YAML ({error})") from error


def _register_models(subparsers: Any) -> None:
    models = subparsers.add_parser("models", help="install speech models")
    verbs = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    fetch = verbs.add_parser(
        "fetch",
        help="download and verify a speech model",
        description="Download, verify and install the official small English vosk model.",
    )
    fetch.add_argument("kind", choices=("vosk",))
    fetch.add_argument(
        "--from-zip", type=Path, metavar="ZIP", help="install a model zip copied here by hand"
    )
    fetch.set_defaults(run=run_models_fetch)


def run_models_fetch(args: argparse.Namespace) -> int:
    from audio.vosk_models import fetch_small_english, install_archive

    try:
        if args.from_zip is not None:
            if not args.from_zip.is_file():
                raise UserError(f"{args.from_zip}: no such file")
            folder = install_archive(args.from_zip)
        else:
            print("callsim: downloading the small English vosk model (~40 MB)…", file=sys.stderr)
            folder = fetch_small_english()
    except AudioError as error:
        raise UserError(str(error)) from error
    print(f"callsim: vosk model installed at {folder}", file=sys.stderr)
    return 0


def _register_devices(subparsers: Any) -> None:
    devices = subparsers.add_parser(
        "devices",
        help="list microphones and speakers",
        description="List sound devices; choose one by index or name with --input/--output.",
    )
    devices.add_argument("--json", action="store_true", help="one JSON document on stdout")
    devices.set_defaults(run=run_devices)


def run_devices(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from audio.devices import list_devices

    try:
        found = list_devices()
    except AudioError as error:
        raise UserError(str(error)) from error
    if args.json:
        _print_json({"devices": [asdict(d) for d in found]})
        return 0
    if not found:
        print("no sound devices (typed mode only)", file=sys.stderr)
    for d in found:
        marks = ("in" if d.default_input else "") + (" out" if d.default_output else "")
        default = f"  [default {marks.strip()}]" if marks.strip() else ""
        print(f"{d.index:3d}  {d.name}  ({d.inputs} in, {d.outputs} out){default}")
    return 0


def _print_json(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
