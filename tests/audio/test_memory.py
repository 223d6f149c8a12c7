"""A live call hands freed buffers back to the system (audio.memory)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A decoding thread frees a large block, then allocates and frees a dozen more, as
# Whisper's decodes do; RSS is read while they are held and after they are freed.
PROGRAM = """
import sys, threading, numpy as np
def rss():
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) // 1024
if sys.argv[1] == "on":
    from audio.memory import hand_back_freed_memory
    assert hand_back_freed_memory()
out = {}
def decode():
    first = np.ones(8 << 20, np.uint8); del first
    blocks = [np.ones((6 << 20) + i * 4096, np.uint8) for i in range(12)]
    out["held"] = rss(); del blocks
    out["after"] = rss()
thread = threading.Thread(target=decode); thread.start(); thread.join()
print(out["held"] - out["after"])
"""


def handed_back(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    done = subprocess.run([sys.executable, "-c", PROGRAM, mode], cwd=ROOT, check=True,
                          capture_output=True, text=True, env=env)
    return int(done.stdout)


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
                    reason="glibc's allocator settings")
def test_freed_blocks_go_back_to_the_system() -> None:
    assert handed_back("on") >= 60  # the 72 MB held are returned
    assert handed_back("off") < 30  # glibc's defaults keep them (why the module exists)


# Blocks below the mapped-apart size (a decode's many small buffers) freed under one still
# held: the allocator keeps their pages until `give_back`.
SMALL = """
import sys, threading, numpy as np
def rss():
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) // 1024
from audio.memory import give_back, hand_back_freed_memory
assert hand_back_freed_memory()
out = {}
def decode():
    blocks = [np.ones(64 << 10, np.uint8) for _ in range(1000)]
    last = np.ones(64 << 10, np.uint8)  # above them: the heap cannot shrink from its top
    del blocks
    out["freed"] = rss()
    if sys.argv[1] == "on":
        give_back()
    out["after"] = rss()
    del last
thread = threading.Thread(target=decode); thread.start(); thread.join()
print(out["freed"] - out["after"])
"""


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
                    reason="glibc's malloc_trim")
def test_small_freed_blocks_go_back_when_asked() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}

    def returned(mode: str) -> int:
        done = subprocess.run([sys.executable, "-c", SMALL, mode], cwd=ROOT, check=True,
                              capture_output=True, text=True, env=env)
        return int(done.stdout)

    assert returned("on") >= 50  # of the 64 MB freed
    assert returned("off") < 10
