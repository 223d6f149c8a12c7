"""The word-overlap index, built over all rows at once, against the plain definition: each
phrase's TF-IDF weights normalised to length one, and each class's centroid the normalised
sum of its phrases' rows."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from scoring.postings import centroid_postings, phrase_postings

BAGS = [Counter({"knife": 1, "have": 1, "have_knife": 1}),
        Counter({"knife": 2, "blade": 1}),
        Counter({"where": 1, "address": 1, "where_address": 1}),
        Counter({"address": 1, "postcode": 1}),
        Counter()]
CLASS_OF = np.asarray([0, 0, 1, 1, 2], dtype=np.int32)


def _weight(feature: str) -> float:
    return 0.8 if "_" in feature else 1.0


def _idf() -> dict[str, float]:
    df: Counter[str] = Counter()
    for bag in BAGS:
        df.update(bag.keys())
    return {f: math.log((1 + len(BAGS)) / (1 + c)) + 1.0 for f, c in df.items()}


def _by_hand() -> dict[int, dict[str, float]]:
    idf = _idf()
    rows = {}
    for row, bag in enumerate(BAGS):
        vector = {f: c * idf[f] * _weight(f) for f, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        rows[row] = {f: v / norm for f, v in vector.items()}
    return rows


def test_each_feature_lists_its_phrases_with_their_normalised_weights():
    postings = phrase_postings(BAGS, _idf(), _weight)
    rows = _by_hand()
    assert len(postings) == len(_idf())
    for feature in _idf():
        got_rows, got_weights = postings[feature]
        want = sorted((row, w[feature]) for row, w in rows.items() if feature in w)
        assert got_rows.tolist() == [row for row, _ in want]
        assert got_weights.tolist() == pytest.approx([w for _, w in want], rel=1e-6)
    assert "gun" not in postings and "knife" in postings


def test_a_class_centroid_is_the_normalised_sum_of_its_phrases():
    postings = phrase_postings(BAGS, _idf(), _weight)
    centroid = centroid_postings(postings, CLASS_OF, 3)
    rows = _by_hand()
    sums: dict[int, Counter[str]] = {}
    for row, weights in rows.items():
        sums.setdefault(int(CLASS_OF[row]), Counter()).update(weights)
    for cls, total in sums.items():
        norm = math.sqrt(sum(v * v for v in total.values()))
        for feature, value in total.items():
            got_rows, got_weights = centroid[feature]
            at = got_rows.tolist().index(cls)
            assert got_weights[at] == pytest.approx(value / norm, rel=1e-6)
    knife_rows, _ = centroid["knife"]
    assert knife_rows.tolist() == [0]  # only the class whose phrases say it
