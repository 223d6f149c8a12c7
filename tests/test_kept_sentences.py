"""Sentence vectors kept between commands: the same numbers as the model's, and the model
loaded only for a text not seen before."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from scoring.understanding.sentences import ModelMissingError
    from simulator.kept_sentences import KeptSentences

    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path / "cache"))
    try:
        KeptSentences()  # finds the model file (./setup installs it)
    except ModelMissingError as error:
        pytest.skip(str(error))
    return KeptSentences


def test_kept_vectors_are_the_models_and_need_no_model(kept):
    from scoring.understanding.sentences import sentence_model

    texts = ["is anyone hurt", "where are you calling from", "is anyone hurt"]
    first = kept()
    vectors = first.embed(texts)
    fresh = sentence_model().embed(texts)
    # Library phrases come from the shipped float16 vectors: the same direction to within
    # float16's rounding, which no match decision can see.
    assert np.all(np.einsum("ij,ij->i", vectors, fresh) > 0.9999)
    assert np.allclose(vectors, fresh, atol=1e-3)
    first.save()
    second = kept()
    again = second.embed(texts[:2])
    assert second._model is None  # read from disk: no inference session was made
    assert np.array_equal(again, vectors[:2])
    second.embed(["has he got a knife in his left hand right now, love"])  # new: model loads
    assert second._model is not None


def test_a_damaged_store_is_built_again(kept, tmp_path: Path):
    first = kept()
    first.path.parent.mkdir(parents=True, exist_ok=True)
    first.path.write_bytes(b"not numpy")
    fresh = kept()
    assert fresh.embed(["what's your name"]).shape == (1, 384)


def test_new_lines_kept_beside_the_store_come_back_right(kept):
    from scoring.understanding.sentences import sentence_model

    store = kept()
    lines = ["has he got a knife on him right now", "which way did the blue van go",
             "is anyone hurt"]  # two new texts, then one the library has
    one_by_one = np.stack([store.embed([line])[0] for line in lines])
    together = store.embed(lines[::-1])[::-1]
    assert np.array_equal(one_by_one, together)
    assert np.all(np.einsum("ij,ij->i", together, sentence_model().embed(lines)) > 0.9999)


def test_a_text_that_cannot_be_kept_is_left_out_not_the_store(kept):
    store = kept()
    odd, plain = "is he\0 there", "which way did the red car go just now"
    vectors = store.embed([odd, plain])
    store.save()
    again = kept()
    assert plain in again._index and odd not in again._index
    assert np.array_equal(again.embed([plain])[0], vectors[1])
