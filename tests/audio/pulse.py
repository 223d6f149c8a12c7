"""A virtual sound card for tests: PulseAudio with a null sink, as .ci/speech-setup.sh starts.

The server lives at XDG_RUNTIME_DIR=/tmp/callsim-pulse. If it is not running but pulseaudio
is installed, it is started here the same way; the sink's monitor is the microphone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

RUNTIME = Path("/tmp/callsim-pulse")


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
                "pulseaudio", "-n", "--daemonize=yes", "--exit-idle-time=-1",
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
    for command in (["set-default-sink", "vsink"], ["set-default-source", "vsink.monitor"]):
        subprocess.run(["pactl", *command], env=_env(), capture_output=True, check=False)
    os.environ["XDG_RUNTIME_DIR"] = str(RUNTIME)
    return None
