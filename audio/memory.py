"""A live call's memory: freed buffers handed back instead of kept by the C allocator.

Whisper's decodes on the decoder thread allocate and free tens of MB each (a decode redone
with the full 30 s context needs ~50 MB for a moment), and so does the sentence model.
glibc's allocator keeps what is freed for the thread that freed it: each thread gets an
arena of its own, and after a large block is freed it raises the size above which blocks
are mapped apart (and handed back when freed) up to 32 MB. Over a 60-turn call the live
pipeline grew by ~110 MB it no longer used (`python3 -m bench.reply_gap`, one afternoon:
peak 558 MB with glibc's defaults, 515 MB with these settings as environment variables,
505 MB with them set here; ctranslate2's MKL buffer cache, MKL_DISABLE_FAST_MM, made no
difference).

So a live call uses two arenas, and blocks of 4 MB or more are always mapped apart. Both
are glibc's documented `mallopt` settings (the same as the MALLOC_ARENA_MAX and
MALLOC_MMAP_THRESHOLD_ environment variables, which only work if set before Python
starts); other C libraries are left alone.

Smaller blocks freed still stay with the allocator (the free space at the top of an arena
is given back only past 128 kB, and none from inside it): `give_back` (glibc's
`malloc_trim(0)`, which returns every free whole page) is called when Whisper has loaded
and after each decode of a live call, off the trainee's path. Measured (`bench.live_memory`,
20 turns, trimming after each step and each decode): 502 → 479 MB held after the turns; a
call costs ~0.1 ms when there is little to return.
"""

from __future__ import annotations

import ctypes
import os
import threading

_M_MMAP_THRESHOLD = -3  # glibc's malloc.h
_M_ARENA_MAX = -8
ARENAS = 2
MAPPED_FROM = 4 * 1024 * 1024  # bytes: a short decode's buffers stay below this

_done = threading.Event()
_libc: list[ctypes.CDLL] = []  # glibc, once `hand_back_freed_memory` has found it


def hand_back_freed_memory() -> bool:
    """Set the allocator up for a live call (once; before the decoding threads start, as
    arenas are made per thread). False where the C library is not glibc."""
    if _done.is_set():
        return True
    try:  # glibc names itself here; other C libraries raise or answer otherwise
        if not (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc"):
            return False
        libc = ctypes.CDLL("libc.so.6")
    except (AttributeError, ValueError, OSError):
        return False
    ok = bool(libc.mallopt(_M_ARENA_MAX, ARENAS)) and bool(
        libc.mallopt(_M_MMAP_THRESHOLD, MAPPED_FROM))
    _libc.append(libc)
    _done.set()
    return ok


def give_back() -> None:
    """Return the free pages the allocator keeps to the system (after a load or a decode:
    a few ms when much was freed, ~0.1 ms otherwise). Only once `hand_back_freed_memory`
    has found glibc; elsewhere nothing."""
    if _libc:
        _libc[0].malloc_trim(0)
