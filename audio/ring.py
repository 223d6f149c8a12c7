"""A fixed-size buffer of the most recent audio, written by the sound card's thread.

The microphone writes every block here as it arrives, so the seconds before speech was
detected (pre-roll) and everything since are still there when the utterance ends; a slow
recogniser or a crash elsewhere loses nothing that is still in the window.
"""

from __future__ import annotations

import threading

import numpy as np

from audio.clip import Samples


class RingBuffer:
    def __init__(self, capacity: int) -> None:
        self._data = np.zeros(capacity, dtype=np.float32)
        self._written = 0  # samples ever written: a position in the stream, never wraps
        self._lock = threading.Lock()

    @property
    def written(self) -> int:
        return self._written

    @property
    def capacity(self) -> int:
        return len(self._data)

    def write(self, samples: Samples) -> None:
        with self._lock:
            n, cap = len(samples), len(self._data)
            if n >= cap:
                self._data[:] = samples[-cap:]
                self._data = np.roll(self._data, self._written + n)
            else:
                start = (self._written) % cap
                first = min(n, cap - start)
                self._data[start : start + first] = samples[:first]
                self._data[: n - first] = samples[first:]
            self._written += n

    def since(self, position: int) -> Samples:
        """Samples from stream `position` to now (clipped to what the window still holds)."""
        with self._lock:
            cap = len(self._data)
            start = max(position, self._written - cap, 0)
            count = self._written - start
            if count <= 0:
                return np.zeros(0, dtype=np.float32)
            index = (np.arange(start, self._written) % cap).astype(np.intp)
            return self._data[index].copy()
