"""A virtual sound card for tests: PulseAudio with a null sink, as .ci/speech-setup.sh starts.

Each test process gets a server of its own, at XDG_RUNTIME_DIR=/tmp/callsim-pulse-<pid>,
started here the same way as the script starts the shared one; the sink's monitor is the
microphone. Not the shared server: two test runs at once (several developers, or CI jobs,
on one machine) would each hear the other's speech on the one null sink, as extra words,
extra turns or a barge-in that was never made. The script's shared /tmp/callsim-pulse is
left alone.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import time
from pathlib import Path

RUNTIME = Path(f"/tmp/callsim-pulse-{os.getpid()}")
IDLE_EXIT_S = 600  # a server left by a killed test run goes away by itself


def _env() -> dict[str, str]:
    return {**os.environ, "XDG_RUNTIME_DIR": str(RUNTIME)}


def _running() -> bool:
    if shutil.which("pactl") is None:
        return False
    result = subprocess.run(["pactl", "info"], env=_env(), capture_output=True, check=False)
    return result.returncode == 0


def ensure_virtual_sound() -> str | None:
    """Start or find the null-sink server; returns None, or why it cannot be had."""
    if not _running():
        if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
            return "PulseAudio is not installed (run .ci/speech-setup.sh as root)"
        RUNTIME.mkdir(mode=0o700, exist_ok=True)
        subprocess.run(
            [
                "pulseaudio", "-n", "--daemonize=yes", f"--exit-idle-time={IDLE_EXIT_S}",
                "--load=module-native-protocol-unix",
                "--load=module-null-sink sink_name=vsink",
            ],
            env=_env(), capture_output=True, check=False,
        )  # fmt: skip
        for _ in range(50):
            if _running():
                break
            time.sleep(0.1)
        else:
            return "PulseAudio would not start here (see .ci/speech-setup.sh)"
        atexit.register(_stop)
    for command in (["set-default-sink", "vsink"], ["set-default-source", "vsink.monitor"]):
        subprocess.run(["pactl", *command], env=_env(), capture_output=True, check=False)
    os.environ["XDG_RUNTIME_DIR"] = str(RUNTIME)
    return None


def _stop() -> None:
    subprocess.run(["pactl", "exit"], env=_env(), capture_output=True, check=False)
    shutil.rmtree(RUNTIME, ignore_errors=True)
