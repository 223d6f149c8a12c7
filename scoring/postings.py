"""The word-overlap index of the phrase library: for each word (or word pair), the phrases
that use it and its weight in each, every phrase's weights normalised to length one.

Kept as three flat arrays (rows and weights ordered by feature, and where each feature's
run starts) with a dict from feature to its run. The index was a dict of ~40,000 small
arrays, built row by row in Python: building it was 0.36 s of a cold start (budget 1.5 s for
the whole load) and pickling it into the compiled cache 0.17 s more. Built here with numpy
over all rows at once, the same figures to the last bit of float32 in the phrases' postings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np


class Postings:
    """feature -> (rows, weights), each a read-only view into the shared arrays."""

    def __init__(self, features: dict[str, int], starts: np.ndarray, rows: np.ndarray,
                 weights: np.ndarray) -> None:
        self._features = features
        self._starts = starts
        self._rows = rows
        self._weights = weights

    def __getitem__(self, feature: str) -> tuple[np.ndarray, np.ndarray]:
        k = self._features[feature]
        start, end = int(self._starts[k]), int(self._starts[k + 1])
        return self._rows[start:end], self._weights[start:end]

    def __contains__(self, feature: object) -> bool:
        return feature in self._features

    def __len__(self) -> int:
        return len(self._features)

    @property
    def features(self) -> list[str]:
        """The features in the order of their runs."""
        return list(self._features)

    @property
    def runs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Where each feature's run starts (and the end), every row and every weight."""
        return self._starts, self._rows, self._weights


def _indexed(features: list[str], cols: np.ndarray, rows: np.ndarray,
             weights: np.ndarray) -> Postings:
    """Normalise each row's weights to length one and order them by feature, then row."""
    norms = np.sqrt(np.bincount(rows, weights=weights * weights))
    norms[norms == 0.0] = 1.0
    order = np.lexsort((rows, cols))
    starts = np.zeros(len(features) + 1, dtype=np.int64)
    np.cumsum(np.bincount(cols, minlength=len(features)), out=starts[1:])
    return Postings({f: k for k, f in enumerate(features)}, starts,
                    rows[order].astype(np.int32),
                    (weights / norms[rows])[order].astype(np.float32))


def phrase_postings(bags: Sequence[Counter[str]], idf: dict[str, float],
                    weight: Callable[[str], float]) -> Postings:
    """Each phrase's TF-IDF weights (a feature's count × its idf × `weight(feature)`)."""
    features = list(idf)
    column = {f: k for k, f in enumerate(features)}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[int] = []
    for row, bag in enumerate(bags):
        rows.extend([row] * len(bag))
        cols.extend(map(column.__getitem__, bag.keys()))
        counts.extend(bag.values())
    scale = np.asarray([idf[f] for f in features])
    kind = np.asarray([weight(f) for f in features])
    col = np.asarray(cols, dtype=np.int64)
    # count × idf, then × the feature's weight: the order the weights were always made in
    values = np.asarray(counts, dtype=np.float64) * scale[col] * kind[col]
    return _indexed(features, col, np.asarray(rows, dtype=np.int64), values)


def centroid_postings(postings: Postings, class_of: np.ndarray, classes: int) -> Postings:
    """Postings of each class's centroid: the normalised sum of its phrases' rows."""
    features = postings.features
    starts, rows, weights = postings.runs
    lengths = np.diff(starts)
    col = np.repeat(np.arange(len(features), dtype=np.int64), lengths)
    key = class_of[rows].astype(np.int64) * len(features) + col
    sums = np.bincount(key, weights=weights.astype(np.float64),
                       minlength=classes * len(features))
    present = np.flatnonzero(np.bincount(key, minlength=classes * len(features)))
    return _indexed(features, present % len(features), present // len(features),
                    sums[present])
