"""The sentence model behind a store of every text it has turned into a vector.

`callsim validate` and `callsim report` understand the same self-test lines and library
phrasings run after run; loading the model (onnxruntime, the tokenizer, an inference
session: ~0.4 s of CPU) and running it on fifty lines (~0.2 s) cost more than the rest of
the command. A text's vector depends only on the text and the model file, so each one is
kept in the compiled cache, keyed by the model file, and the model is loaded only when a
text is new (an edited line, a trainee's own words in a live call).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
from collections.abc import Sequence

import numpy as np

from scoring.understanding.sentences import DIMENSION, SentenceModel, model_file
from simulator import compiled

LIMIT = 20_000  # texts kept (~30 MB): the library's come first and are never dropped


class KeptSentences(SentenceModel):
    """A `SentenceModel` whose vectors are read from disk when known; the model itself is
    loaded on the first text it has not seen."""

    def __init__(self) -> None:  # no SentenceModel.__init__: no session until it is needed
        path = model_file()
        stat = path.stat()
        self.fingerprint = f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}"
        key = hashlib.sha256(self.fingerprint.encode()).hexdigest()[:16]
        self.path = compiled.folder() / f"sentences-{key}.npz"
        self._model: SentenceModel | None = None
        self._index: dict[str, int] = {}
        self._rows: list[np.ndarray] = []
        self._changed = False
        with contextlib.suppress(OSError, ValueError, KeyError), \
                np.load(self.path, allow_pickle=False) as kept:
            texts, vectors = kept["texts"], kept["vectors"]
            if vectors.shape == (len(texts), DIMENSION):
                self._index = {str(t): i for i, t in enumerate(texts)}
                self._rows = [vectors]

    def model(self) -> SentenceModel:
        if self._model is None:
            self._model = SentenceModel()
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        new = [t for t in dict.fromkeys(texts) if t not in self._index]
        if new:
            vectors = self.model().embed(new)
            start = len(self._index)
            self._index.update((t, start + i) for i, t in enumerate(new))
            self._rows.append(vectors)
            if not self._changed:  # written once, when the command ends (not mid-call)
                atexit.register(self.save)
            self._changed = True
        if len(self._rows) > 1:
            self._rows = [np.concatenate(self._rows)]
        return self._rows[0][[self._index[t] for t in texts]]

    def embed_cached(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed(texts)

    def save(self) -> None:
        if not self._changed or not self._rows:
            return
        texts = list(self._index)[:LIMIT]
        vectors = np.concatenate(self._rows)[:LIMIT]
        out = io.BytesIO()
        np.savez(out, texts=np.asarray(texts, dtype=str), vectors=vectors)
        compiled.write_atomically(self.path, out.getvalue())  # a read-only disk: only slower
        self._changed = False
