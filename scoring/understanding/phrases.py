"""Which library phrase a clause means: word overlap and sentence meaning, blended.

The word matcher (`scoring.intents.Matcher`, TF-IDF over stems) is precise when a trainee
uses the library's words and tolerant of misrecognised ones; the sentence model hears
"where should we send officers to?" near "where do you need the police" though they
share one word. Each intent's score is a blend of the two, and the phrase named is the
one nearest on the same blend, so every decision still points at a phrase a trainer can
read. The blend's weights and the threshold were set on the development sets only.
"""

from __future__ import annotations

import numpy as np

from scoring.intents import NONE, IntentLibrary, IntentMatch, Matcher
from scoring.understanding.sentences import SentenceModel

# Set on the development sets (tests/data/intents_dev.yaml, tests/data/blind/*dev*).
WORD_SHARE = 0.5  # word-overlap score's share of the blend; the rest is meaning
THRESHOLD = 0.45


class MeaningMatcher:
    """Finds the intent of a clause by blending word overlap with sentence meaning."""

    def __init__(self, library: IntentLibrary, model: SentenceModel,
                 words: Matcher | None = None, threshold: float = THRESHOLD,
                 word_share: float = WORD_SHARE) -> None:
        self.library = library
        self.words = words or Matcher(library)
        self.model = model
        self.threshold = threshold
        self.word_share = word_share
        labelled = self.words.phrases
        self._texts = [text for _, text in labelled]
        self._classes = self.words.classes
        self._class_of = self.words.class_of
        self._vectors = model.embed_cached(self._texts)

    @property
    def intent_ids(self) -> tuple[str, ...]:
        return tuple(self.library.intents)

    def ranked(self, clause: str) -> list[IntentMatch]:
        """The two best intents (or `none`) for one clause, best first."""
        vector = self.model.embed([clause])[0]
        return self.ranked_with(clause, vector)

    def ranked_with(self, clause: str, vector: np.ndarray) -> list[IntentMatch]:
        """`ranked`, for a clause whose vector is already known (clauses are embedded
        together, one model run per turn)."""
        meaning_rows = self._vectors @ vector
        scored = self.words.scores(clause)
        n = len(self._classes)
        if scored is None:
            word_class = np.zeros(n, dtype=np.float32)
            word_rows = np.zeros(len(self._texts), dtype=np.float32)
        else:
            word_class, word_rows = scored
        meaning_class = np.full(n, -1.0, dtype=np.float32)
        np.maximum.at(meaning_class, self._class_of, meaning_rows)
        share = self.word_share
        combined = share * word_class + (1.0 - share) * meaning_class
        rows = share * word_rows + (1.0 - share) * meaning_rows
        out: list[IntentMatch] = []
        for cls in np.argsort(-combined)[:2].tolist():
            members = np.where(self._class_of == cls)[0]
            row = int(members[np.argmax(rows[members])])
            out.append(IntentMatch(self._classes[cls], float(combined[cls]), clause,
                                   self._texts[row]))
        return out

    def is_none(self, match: IntentMatch) -> bool:
        return match.intent == NONE
