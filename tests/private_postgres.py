"""A private PostgreSQL server for the tests, started from the binaries ./setup installs.

Nothing to configure: the first test that needs PostgreSQL runs `initdb` in a temporary
folder and `pg_ctl start` on a free localhost port (as the `postgres` system user when the
tests run as root, since the server refuses to run as root), and the server is stopped when
the tests end. CALLSIM_TEST_POSTGRES_URL, when set, is used instead (a server of your own).
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

POSTGRES_ENV = "CALLSIM_TEST_POSTGRES_URL"
_started: dict[str, str] = {}


def postgres_url() -> str | None:
    """The URL of a PostgreSQL server for the tests, or None if none can be had."""
    given = os.environ.get(POSTGRES_ENV)
    if given:
        return given
    if "url" not in _started:
        bindir = _bindir()
        if bindir is None:
            return None
        _started["url"] = _start(bindir)
    return _started["url"]


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(bindir: Path) -> str:
    home = Path(tempfile.mkdtemp(prefix="callsim-test-pg-"))
    data, log = home / "data", home / "server.log"
    prefix: list[str] = []
    if os.getuid() == 0:  # postgres will not run as root
        user = "postgres" if _user_exists("postgres") else "nobody"
        entry = pwd.getpwnam(user)
        os.chown(home, entry.pw_uid, entry.pw_gid)
        prefix = ["runuser", "-u", user, "--"]
    port = _free_port()

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)

    run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "callsim", "-E", "UTF8",
        "--no-sync")
    # Durability is not what these tests check; fsync off keeps them quick on busy disks.
    options = (f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w",
        "-t", "120", "start")
    atexit.register(_stop, os.getpid(), prefix, bindir, data, home)
    run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "callsim",
        "callsim_test")
    return f"postgresql+psycopg://callsim@127.0.0.1:{port}/callsim_test"


def _stop(owner: int, prefix: list[str], bindir: Path, data: Path, home: Path) -> None:
    if os.getpid() != owner:
        return  # a forked child exiting: the server belongs to the process that started it
    subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                    "-w", "stop"], capture_output=True, timeout=60, check=False)
    shutil.rmtree(home, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
