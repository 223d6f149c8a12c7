"""Crash logs for bugs: versions and the traceback, written where the person can send it."""

from __future__ import annotations

import datetime as dt
import platform
import sys
import traceback
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from simulator.paths import data_dir


def write(error: BaseException, argv: Sequence[str] | None) -> Path:
    try:
        callsim_version = version("callsim")
    except PackageNotFoundError:
        callsim_version = "unknown"
    folder = data_dir() / "crash-logs"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"crash-{stamp}.log"
    lines = [
        f"callsim {callsim_version}",
        f"python {sys.version}",
        f"platform {platform.platform()}",
        f"argv {list(argv) if argv is not None else sys.argv[1:]}",
        "",
        *traceback.format_exception(error),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
