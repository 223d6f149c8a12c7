"""Voice activity: is this 32 ms of microphone audio someone speaking?

Silero VAD v6 (MIT), run with onnxruntime. The model file is the copy that faster-whisper
ships inside its wheel (`faster_whisper/assets/silero_vad_v6.onnx`): the `silero-vad` PyPI
package carries the same model but requires PyTorch (~800 MB), which a call does not need.
The network keeps a recurrent state, so frames must be fed in order; one 512-sample frame
costs ~0.1 ms here, far cheaper than any recogniser, and it is not fooled by the steady
noise (fans, hum, a loud room) that moves an energy threshold.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from audio.clip import Samples
from audio.packaged import packaged_file

VAD_RATE = 16000
VAD_FRAME = 512  # samples the model takes at 16 kHz (32 ms)
_CONTEXT = 64  # samples of the previous frame the v6 model sees before each frame
_FIX = "`pip install faster-whisper` (its wheel ships the Silero VAD model)"


def silero_model_path() -> Path:
    return packaged_file("faster_whisper", ("assets", "silero_vad_v6.onnx"),
                         override="CALLSIM_VAD_MODEL", what="voice activity model", fix=_FIX)


class SileroVad:
    """Streaming speech probability, one 512-sample 16 kHz frame at a time."""

    _sessions: dict[Path, Any] = {}  # noqa: RUF012 - one onnxruntime session per process
    _loading = threading.Lock()

    def __init__(self, path: Path | None = None) -> None:
        import onnxruntime

        path = path or silero_model_path()
        with self._loading:
            if path not in self._sessions:
                options = onnxruntime.SessionOptions()
                options.inter_op_num_threads = 1  # the recogniser needs the other core
                options.intra_op_num_threads = 1
                options.log_severity_level = 4
                self._sessions[path] = onnxruntime.InferenceSession(
                    str(path), providers=["CPUExecutionProvider"], sess_options=options)
        self._session = self._sessions[path]
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), np.float32)
        self._c = np.zeros((1, 1, 128), np.float32)
        self._context = np.zeros(_CONTEXT, np.float32)

    def probability(self, frame: Samples) -> float:
        """Speech probability 0–1 of one frame of `VAD_FRAME` samples at 16 kHz."""
        if len(frame) != VAD_FRAME:
            raise ValueError(f"the voice model takes {VAD_FRAME} samples, not {len(frame)}")
        x = np.concatenate([self._context, frame.astype(np.float32)])[None, :]
        out, self._h, self._c = self._session.run(None, {"input": x, "h": self._h, "c": self._c})
        self._context = frame[-_CONTEXT:].astype(np.float32)
        return float(np.asarray(out).reshape(-1)[0])

    def probabilities(self, samples: Samples) -> Samples:
        """Every whole frame of a clip (16 kHz), from a fresh state."""
        self.reset()
        n = len(samples) // VAD_FRAME
        return np.array([self.probability(samples[i * VAD_FRAME:(i + 1) * VAD_FRAME])
                         for i in range(n)], np.float32)
