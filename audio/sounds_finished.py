"""Does the trainee *sound* finished? A cue in the voice itself, not in the words.

The words and their sense cannot tell a finished question from the front of a longer one
("Is there any blood?" … "or does anyone need a doctor"); people hear it in the voice —
the pitch, the lengthening, the fade of a last word. Smart Turn v3.2 (Daily, BSD-2-Clause)
is a classifier trained on human speech for exactly this: it reads the last 8 s of a turn as
Whisper's log-mel features and gives the probability that the speaker has finished.

Its weights ship inside the `pipecat-ai` wheel (`pipecat/audio/turn/smart_turn/data/`).
Only that file is used, found and never imported: pipecat's own dependencies (an LLM
client, numba and more) are not wanted in a training room, so ./setup installs the wheel
with `--no-deps`. Without it, the turn is judged on the words and their sense alone.

The features are faster-whisper's (`FeatureExtractor`, the recogniser's own package) over
the waveform normalised to zero mean and unit variance, as the model was trained; checked
against the model's reference extractor to 1e-5. One reading costs ~15 ms of features and
~27 ms of model on one core of the reference machine.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from audio.clip import Samples
from audio.errors import EngineMissingError
from audio.packaged import packaged_file

RATE = 16000
WINDOW_S = 8  # the model reads the last 8 s, silence-padded in front when shorter
MODEL_FILE = "smart-turn-v3.2-cpu.onnx"
_FIX = "`pip install --no-deps 'pipecat-ai>=1.14'` (its wheel ships the Smart Turn model)"


def model_path() -> Path:
    """The Smart Turn model file: CALLSIM_TURN_MODEL, else the copy in pipecat's wheel."""
    return packaged_file("pipecat", ("audio", "turn", "smart_turn", "data", MODEL_FILE),
                         override="CALLSIM_TURN_MODEL", what="end-of-turn voice model",
                         fix=_FIX)


def available() -> bool:
    try:
        model_path()
    except EngineMissingError:
        return False
    return True


class SoundsFinished:
    """The probability, 0–1, that a turn's audio so far sounds finished."""

    _sessions: dict[Path, Any] = {}  # noqa: RUF012 - one onnxruntime session per process
    _loading = threading.Lock()

    def __init__(self, path: Path | None = None) -> None:
        import onnxruntime
        from faster_whisper.feature_extractor import (  # type: ignore[import-untyped]
            FeatureExtractor,
        )

        path = path or model_path()
        with self._loading:
            if path not in self._sessions:
                options = onnxruntime.SessionOptions()
                # One thread: it runs beside Whisper's decode, which has the other core.
                options.inter_op_num_threads = 1
                options.intra_op_num_threads = 1
                options.log_severity_level = 4
                self._sessions[path] = onnxruntime.InferenceSession(
                    str(path), providers=["CPUExecutionProvider"], sess_options=options)
        self._session = self._sessions[path]
        self._features = FeatureExtractor(feature_size=80, sampling_rate=RATE,
                                          chunk_length=WINDOW_S)

    def probability(self, samples: Samples) -> float:
        """How finished the end of `samples` (16 kHz mono float) sounds."""
        n = WINDOW_S * RATE
        x = np.asarray(samples, np.float32)[-n:]
        x = np.pad(x, (n - len(x), 0))  # silence in front, as the model was trained
        x = (x - x.mean()) / np.sqrt(x.var() + 1e-7)
        features = self._features(x, padding=0)[None, :, :].astype(np.float32)
        out = self._session.run(None, {"input_features": features})[0]
        return float(np.asarray(out).reshape(-1)[0])
