"""`callsim` command line.

Each group of commands lives in its own module with a `register(subparsers)` function that
adds its parsers and sets `run=` to a function `run(args) -> int`. Bad input raises
`UserError` (exit 1, one message); an unexpected exception is a bug (exit 3, crash log).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from simulator import crashlog
from simulator.errors import UserError

COMMAND_MODULES: tuple[str, ...] = (
    "simulator.commands.library",
    "simulator.commands.speech",
    "simulator.commands.call",
    "simulator.commands.play",
    "simulator.commands.typing",
    "simulator.commands.report",
    "simulator.commands.authoring",
    "simulator.commands.rehearse",
    "simulator.commands.review",
    "simulator.commands.cohort",
    "simulator.commands.record",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callsim",
        description="Training simulator for police contact handlers.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
