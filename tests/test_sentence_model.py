"""The sentence model's optimised graph, kept in the cache with its weights in a file of
their own (mapped, not read, when a later start loads it)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from scoring.understanding.sentences import ModelMissingError, model_file

    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path / "cache"))
    try:
        model_file()
    except ModelMissingError as error:
        pytest.skip(str(error))
    return tmp_path / "cache" / "sentences"


TEXTS = ["is anyone hurt", "tell me exactly where you are standing right now"]


def test_the_kept_graph_gives_the_same_vectors(cache: Path) -> None:
    from scoring.understanding.sentences import GRAPH, WEIGHTS, SentenceModel

    first = SentenceModel().embed(TEXTS)  # optimises the graph and keeps it
    kept = [folder for folder in cache.iterdir() if folder.is_dir()]
    assert len(kept) == 1, kept
    assert (kept[0] / GRAPH).stat().st_size < 1_000_000  # the graph alone ...
    assert (kept[0] / WEIGHTS).stat().st_size > 50_000_000  # ... its weights apart
    assert not list(cache.glob("*.tmp"))
    again = SentenceModel().embed(TEXTS)  # loads the kept graph
    assert np.array_equal(first, again)


def test_a_damaged_kept_graph_is_made_again(cache: Path) -> None:
    from scoring.understanding.sentences import GRAPH, SentenceModel

    first = SentenceModel().embed(TEXTS)
    folder = next(f for f in cache.iterdir() if f.is_dir())
    (folder / GRAPH).write_bytes(b"not a graph")
    again = SentenceModel().embed(TEXTS)
    assert np.array_equal(first, again)
    assert (folder / GRAPH).stat().st_size > 1_000  # written again, whole
