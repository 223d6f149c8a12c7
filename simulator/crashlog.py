"""Crash logs for bugs: versions and the traceback, written where the person can send it.

A crash log is meant to be sent to whoever maintains callsim, so it must hold no secret:
passwords in database URLs (`--store postgresql://user:password@host/…`, CALLSIM_STORE)
are replaced wherever they appear (arguments, messages, traceback), the values of options
that carry secrets are dropped, and the file is the user's alone (0600).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import sys
import traceback
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import unquote

from simulator.paths import PRIVATE_FOLDER, data_dir, write_private

HIDDEN = "***"
# scheme://user:password@host – any URL with credentials, not only the store's.
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@'\"]*:)"
                           r"(?P<secret>[^\s@'\"]*)(?P<tail>@)")
# key=value secrets in a URL's query or a libpq connection string.
_KEY_SECRET = re.compile(r"(?P<head>\b(?:password|passwd|pwd|secret|token|api[_-]?key)\s*=\s*)"
                         r"(?P<secret>[^\s&;'\"]+)", re.IGNORECASE)
SECRET_OPTIONS = ("--store",)  # their whole value is replaced by a redacted form


def redact(text: str) -> str:
    """The text with every password we can recognise replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}{HIDDEN}{m['tail']}", text)
    return _KEY_SECRET.sub(lambda m: f"{m['head']}{HIDDEN}", text)


def filtered_argv(argv: Sequence[str]) -> list[str]:
    """The command line as it may be shown: secrets redacted, store URLs reduced to the
    kind of database."""
    out: list[str] = []
    hide_next = False
    for arg in argv:
        if hide_next:
            out.append(_store_kind(arg))
            hide_next = False
            continue
        name, equals, value = arg.partition("=")
        if name in SECRET_OPTIONS:
            if equals:
                out.append(f"{name}={_store_kind(value)}")
            else:
                out.append(name)
                hide_next = True
            continue
        out.append(redact(arg))
    return out


def _store_kind(url: str) -> str:
    scheme = url.split("://", 1)[0] if "://" in url else ""
    return f"<{scheme or 'a'} URL, hidden>"


def write(error: BaseException, argv: Sequence[str] | None) -> Path:
    try:
        callsim_version = version("callsim")
    except PackageNotFoundError:
        callsim_version = "unknown"
    folder = data_dir() / "crash-logs"
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"crash-{stamp}.log"
    given = list(argv) if argv is not None else sys.argv[1:]
    lines = [
        f"callsim {callsim_version}",
        f"python {sys.version}",
        f"platform {platform.platform()}",
        f"argv {filtered_argv(given)}",
        f"store {'from CALLSIM_STORE' if os.environ.get('CALLSIM_STORE') else 'default'}",
        "",
        *traceback.format_exception(error),
    ]
    text = redact("\n".join(lines))
    for secret in _known_secrets(given):
        text = text.replace(secret, HIDDEN)
    write_private(path, text)
    return path


def _known_secrets(argv: Sequence[str]) -> list[str]:
    """Passwords in the store URLs given, so one echoed in any form is hidden too."""
    urls = [os.environ.get("CALLSIM_STORE", "")]
    for i, arg in enumerate(argv):
        if arg == "--store" and i + 1 < len(argv):
            urls.append(argv[i + 1])
        elif arg.startswith("--store="):
            urls.append(arg.partition("=")[2])
    found = [m["secret"] for url in urls for m in _URL_PASSWORD.finditer(url)]
    found += [unquote(s) for s in found]  # %40 in the URL is @ in a driver's message
    return [s for s in found if len(s) >= 3]  # a one-letter "password" would blank the log
