"""The phrase library's vectors ship with callsim: they must be the library's, made by the
installed model, or every first start quietly pays ~5 s to make them again."""

from __future__ import annotations

import numpy as np


def test_shipped_vectors_cover_the_library_and_match_the_model():
    from scoring.understanding.sentences import SentenceModel
    from simulator.kept_sentences import library_texts, model_identity, shipped_path

    with np.load(shipped_path(), allow_pickle=False) as shipped:
        texts = [str(t) for t in shipped["texts"]]
        vectors = shipped["vectors"].astype(np.float32)
        made_by = str(shipped["model"])
    stale = "run `python3 -m simulator.kept_sentences` after editing scenarios/intents.yaml"
    assert made_by == model_identity(), stale
    assert set(library_texts()) <= set(texts), stale
    sample = [texts[0], texts[len(texts) // 2], texts[-1]]
    fresh = SentenceModel().embed(sample)
    for text, vector in zip(sample, fresh, strict=True):
        assert float(vectors[texts.index(text)] @ vector) > 0.99, stale


def test_a_fresh_machine_reads_the_library_vectors_instead_of_running_the_model(
        tmp_path, monkeypatch):
    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path))  # nothing kept yet
    from simulator.kept_sentences import KeptSentences, library_texts

    kept = KeptSentences()
    kept.embed(library_texts())
    assert kept._model is None  # the model was never loaded
