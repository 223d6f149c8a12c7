"""Which library phrase a clause means: word overlap and sentence meaning, blended.

The word matcher (`scoring.intents.Matcher`, TF-IDF over stems) is precise when a trainee
uses the library's words and tolerant of misrecognised ones; the sentence model hears
"where should we send officers to?" near "where do you need the police" though they
share one word. Each intent's score is a blend of the two, and the phrase named is the
one nearest on the same blend, so every decision still points at a phrase a trainer can
read. The blend's weights and the threshold were set on the development sets only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from scoring.intents import NONE, IntentLibrary, IntentMatch, IntentSpec, Matcher
from scoring.understanding.sentences import SentenceModel

# Set on the development sets (tests/data/intents_dev.yaml, tests/data/blind/*dev*).
WORD_SHARE = 0.5  # word-overlap score's share of the blend; the rest is meaning
THRESHOLD = 0.42
RANKED = 4  # the best and three runners-up, named when a "never asked" came close


class MeaningMatcher:
    """Finds the intent of a clause by blending word overlap with sentence meaning."""

    def __init__(self, library: IntentLibrary, model: SentenceModel,
                 words: Matcher | None = None, threshold: float = THRESHOLD,
                 word_share: float = WORD_SHARE, *, vectors: np.ndarray | None = None) -> None:
        self.library = library
        self.words = words or Matcher(library)
        self.model = model
        self.threshold = threshold
        self.word_share = word_share
        labelled = self.words.phrases
        self._texts = [text for _, text in labelled]
        self._classes = self.words.classes
        self._class_of = self.words.class_of
        self._vectors = vectors if vectors is not None else model.embed_cached(self._texts)
        # Rows grouped by class, so each class's best row is one reduceat (ufunc.at is slow).
        self._by_class = np.argsort(self._class_of, kind="stable")
        self._starts = np.searchsorted(self._class_of[self._by_class],
                                       np.arange(len(self._classes)))

    def with_phrasings(self, extra: Mapping[str, Sequence[str]]) -> MeaningMatcher:
        """This library plus a scenario's own phrasings of some intents (`phrasings:`);
        only the new phrasings are embedded."""
        if not any(extra.values()):
            return self
        intents = {
            intent: IntentSpec(description=spec.description,
                               phrases=(*spec.phrases, *extra.get(intent, ())))
            for intent, spec in self.library.intents.items()}
        library = IntentLibrary(format=self.library.format, intents=intents,
                                negatives=self.library.negatives)
        known = {text: row for row, text in enumerate(self._texts)}
        words = Matcher(library, threshold=self.words.threshold)
        texts = [text for _, text in words.phrases]
        fresh = [t for t in dict.fromkeys(texts) if t not in known]
        new_vectors = dict(zip(fresh, self.model.embed(fresh), strict=True))
        vectors = np.stack([self._vectors[known[t]] if t in known else new_vectors[t]
                            for t in texts])
        return MeaningMatcher(library, self.model, words, self.threshold, self.word_share,
                              vectors=vectors)

    @property
    def intent_ids(self) -> tuple[str, ...]:
        return tuple(self.library.intents)

    def ranked(self, clause: str) -> list[IntentMatch]:
        """The best intents (or `none`) for one clause, best first."""
        vector = self.model.embed([clause])[0]
        return self.ranked_with(clause, vector)

    def ranked_with(self, clause: str, vector: np.ndarray) -> list[IntentMatch]:
        """`ranked`, for a clause whose vector is already known (clauses are embedded
        together, one model run per turn)."""
        # einsum, not `@` or np.dot: no BLAS threads spinning on the other core afterwards
        meaning_rows = np.einsum("ij,j->i", self._vectors, vector)
        scored = self.words.scores(clause)
        n = len(self._classes)
        if scored is None:
            word_class = np.zeros(n, dtype=np.float32)
            word_rows = np.zeros(len(self._texts), dtype=np.float32)
        else:
            word_class, word_rows = scored
        meaning_class = np.maximum.reduceat(meaning_rows[self._by_class], self._starts)
        share = self.word_share
        combined = share * word_class + (1.0 - share) * meaning_class
        rows = share * word_rows + (1.0 - share) * meaning_rows
        out: list[IntentMatch] = []
        for cls in np.argsort(-combined)[:RANKED].tolist():
            members = np.where(self._class_of == cls)[0]
            row = int(members[np.argmax(rows[members])])
            out.append(IntentMatch(self._classes[cls], float(combined[cls]), clause,
                                   self._texts[row]))
        return out

    def is_none(self, match: IntentMatch) -> bool:
        return match.intent == NONE
