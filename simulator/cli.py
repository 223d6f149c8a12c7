"""`callsim` command line.

Each group of commands lives in its own module with a `register(subparsers)` function that
adds its parsers and sets `run=` to a function `run(args) -> int`. Bad input raises
`UserError` (exit 1, one message); an unexpected exception is a bug (exit 3, crash log).

Why a table of commands rather than importing every module: a trainer types `callsim list`
or `callsim --help` many times a day, and importing every command (numpy, pydantic, the
speech engines) cost about a second each time. The table names each command, its one-line
help and the module that runs it; only the chosen command's module is imported. A test
checks that the table matches what the modules register.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from simulator.errors import UserError

# name: (module, one-line help), in the order `callsim --help` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("library", "the scenario library"),
    "validate": ("library", "check scenario files and run their self-tests"),
    "score": ("library", "mark an attempt record against a scenario"),
    "match": ("library", "show which intents an utterance expresses, and why"),
    "profiles": ("library", "person-spec profiles and which scenarios evidence each "
                            "criterion"),
    "say": ("speech", "speak text into a WAV file with a caller voice"),
    "transcribe": ("speech", "recognise the speech in a WAV file"),
    "models": ("speech", "install speech models"),
    "devices": ("speech", "list microphones and speakers"),
    "demo": ("call", "a whole call with no devices: the model trainee's lines go through "
                     "the pipeline and the attempt is marked"),
    "recover": ("call", "rebuild and mark the attempt of a call that was cut off (from its "
                        "journal)"),
    "play": ("play", "a live call on the trainee screen (typed questions until a "
                     "microphone is connected)"),
    "typing": ("typing", "typing and data-entry tests mapped to each role's typing "
                         "criteria"),
    "report": ("report", "an attempt's report for assessors: one HTML file"),
    "new": ("authoring", "start a scenario from a few questions"),
    "schema": ("authoring", "write the scenario JSON Schema for editors"),
    "preview": ("authoring", "render every caller line and sweep the dialogue"),
    "rehearse": ("rehearse", "type trainee lines and see how the caller replies, and why "
                             "(test a scenario before trainees see it)"),
    "review": ("review", "an assessor corrects a misheard turn, overrides a mark, or "
                         "double-marks an attempt blind"),
    "calibration": ("review", "agreement between assessors and with the automatic marking "
                              "(Cohen's kappa)"),
    "cohort": ("cohort", "trainees x scenarios, most-missed items, trends and typing, as "
                         "one HTML page (and CSV/JSON)"),
    "course": ("cohort", "a course file: each trainee's standing"),
    "verify": ("record", "check that the results store's marks, reviews and audit trail are "
                         "as callsim kept them (hash chain)"),
    "erase": ("record", "after the retention period: remove a trainee's attempts taken "
                        "before a date (recorded in the store)"),
}
COMMAND_MODULES: tuple[str, ...] = tuple(
    dict.fromkeys(f"simulator.commands.{module}" for module, _ in COMMANDS.values()))


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake on the command line exits 1 like every other bad input
    (argparse's own 2 told scripts and trainers nothing different), and says where the
    command's help is."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: {message}\n(see `{self.prog} --help`)\n")


def _description(text: str) -> str:
    """A command's one-line help as the first line of its own `--help`, so a trainer who
    asks one command for help is told what it does."""
    return text[:1].upper() + text[1:] + "."


class _Chosen:
    """Stands in for argparse's subparsers when a command module registers: the parser of
    each command was made from the table already (so `--help` keeps the table's order);
    the module fills in its arguments."""

    def __init__(self, parsers: dict[str, argparse.ArgumentParser], real: Any) -> None:
        self.parsers = parsers
        self.real = real

    def add_parser(self, name: str, **options: Any) -> argparse.ArgumentParser:
        parser = self.parsers.get(name)
        if parser is None:  # a command the table does not name yet
            return self.real.add_parser(name, **options)  # type: ignore[no-any-return]
        for key in ("description", "epilog", "formatter_class", "usage"):
            if key in options:
                setattr(parser, key, options[key])
        return parser


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The command word: the first argument that is not an option (the top-level parser
    has only -h)."""
    return next((a for a in argv if not a.startswith("-")), None)


def build_parser(argv: Sequence[str] | None = None, everything: bool = True
                 ) -> argparse.ArgumentParser:
    """The parser; with `everything=False`, only the command named in `argv` gets its
    arguments (the rest are listed by name and help)."""
    parser = _Parser(
        prog="callsim",
        description="Training simulator for police contact handlers.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parsers: dict[str, argparse.ArgumentParser] = {
        name: sub.add_parser(name, help=text, description=_description(text))
        for name, (_, text) in COMMANDS.items()}
    if everything:
        modules = list(COMMAND_MODULES)
    else:
        word = _chosen_command(argv or [])
        modules = ([f"simulator.commands.{COMMANDS[word][0]}"] if word in COMMANDS
                   else list(COMMAND_MODULES) if word is not None else [])
    for name in modules:
        importlib.import_module(name).register(_Chosen(parsers, sub))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # callsim's numpy work is small vectors; OpenBLAS's thread pool cost ~50 ms of CPU at
    # import (more than `callsim match` itself) and competes with speech for the cores.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    given = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(given, everything=False)
    args = parser.parse_args(given)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return 0
    try:
        code: int = run(args)
    except UserError as error:
        print(f"callsim: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("callsim: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`callsim validate | head`): not an error of ours or theirs.
        sys.stderr.close()
        return 0
    except Exception as error:
        from simulator import crashlog  # noqa: PLC0415  (only when something went wrong)

        path = crashlog.write(error, argv)
        print(
            f"callsim: internal error ({type(error).__name__}: "
            f"{crashlog.redact(str(error))}).\n"
            f"This is a bug in callsim, not in your input. Details: {path}",
            file=sys.stderr,
        )
        return 3
    return code


if __name__ == "__main__":
    sys.exit(main())
