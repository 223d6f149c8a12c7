"""A second opinion learnt from examples: a turn's main act, and whether a faint reading is
really there.

The rules (acts.py) and the phrase threshold were set on a small development set and miss
wording they have not met. So two small linear models (logistic regression) look again,
each over the sentence model's vector of the words, the rules' own verdicts and cue words:
the vector carries what a turn resembles, the cues carry the grammar the vector is blind to
("don't", "you can", "no need"). They were fitted on example turns written by separate
authors from the definitions only (training/, `python3 -m simulator.learn`), never on the
blind evaluation sets. The act model's verdict replaces the rules' only when it is sure
(`SURE`). A third, for polarity, was tried and dropped: on one author's turns fitted on the
other's it changed nothing the rules got wrong (0.755 against 0.759 without it).

The weights are plain arrays (`scenarios/understanding-model.npz`): applying a linear
model is a dot product, so the run time needs numpy only; scikit-learn fits them
(`simulator/learn.py`, a development tool).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from scoring.intents import NONE, IntentMatch
from scoring.understanding import acts as act_rules
from scoring.understanding import polarity as polarity_rules
from scoring.understanding.analysis import (
    ACT_KINDS,
    ActKind,
    IntentReading,
)
from scoring.understanding.polarity import ADVICE, DOING, INTENTS_ASKED
from scoring.understanding.wording import pattern, spelled

FORMAT = "callsim.understanding-model/1"
CONSIDERED = 0.30  # a best reading nearer than this is weighed by the verifier…
UNDOUBTED = 0.60  # …and one this near is heard without asking it
MODEL_FILE = "understanding-model.npz"
SURE = 0.5  # the model's verdict is taken when it is at least this likely
ACCEPT = 0.45  # a reading the verifier gives at least this chance of being right is heard
# Cue words (spelled text) whose presence the vector alone does not reliably carry.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("greeting", act_rules.GREETING), ("request", act_rules.REQUEST),
    ("imperative", act_rules.IMPERATIVE), ("promise", act_rules.PROMISE),
    ("reassurance", act_rules.REASSURANCE), ("polite", act_rules.POLITE),
    ("not_needed", polarity_rules.NOT_NEEDED), ("permission", polarity_rules.PERMISSION),
    ("prohibition", polarity_rules.PROHIBITION), ("refusal", polarity_rules.REFUSAL),
    ("pseudo", polarity_rules.PSEUDO), ("terminator", polarity_rules.TERMINATORS),
    ("sorry", pattern("sorry", "apologise", "apologize", "apologies")),
    ("i", pattern("i", "we")), ("you", pattern("you", "your")),
    ("past", pattern("told", "said", "asked", "was", "were", "did", "had")),
    ("future", pattern("will", "going to", "gonna")),
    ("question_word", pattern("what", "where", "when", "who", "whose", "which", "how", "why",
                              "is", "are", "was", "were", "do", "does", "did", "have", "has",
                              "can", "could", "would", "will")),
)
_GROUPS = (("advice", ADVICE), ("doing", DOING), ("asked", INTENTS_ASKED))


def cue_features(text: str) -> list[float]:
    """Each cue: anywhere in the text, and among its first four words."""
    spelt = spelled(text)
    start = " " + " ".join(spelt.split()[:4]) + " "
    out: list[float] = []
    for _, found in _CUES:
        out.append(float(bool(found.search(spelt))))
        out.append(float(bool(found.search(start))))
    out.append(float(text.rstrip().endswith("?")))
    out.append(float(polarity_rules.asks(text)))
    out.append(float(polarity_rules.is_tag_question(text)))
    return out


def act_features(vector: np.ndarray, text: str, kinds: Sequence[ActKind],
                 readings: Sequence[IntentReading], readback: bool) -> np.ndarray:
    """What the act model sees of a turn: its vector, the rules' act of each clause and of
    the turn, the intents' groups and whether they were affirmed, and the cue words."""
    rule_main = act_rules.main_act(kinds) if kinds else "statement"
    first_kind = kinds[0] if kinds else "statement"
    parts: list[float] = [float(k == rule_main) for k in ACT_KINDS]
    parts += [float(k in kinds) for k in ACT_KINDS]
    parts += [float(k == first_kind) for k in ACT_KINDS]
    for _, group in _GROUPS:
        parts.append(float(any(r.intent in group and r.affirmed for r in readings)))
        parts.append(float(any(r.intent in group and not r.affirmed for r in readings)))
    for intent in ("apology", "reassurance", "next_steps", "confirm_details"):
        parts.append(float(any(r.intent == intent and r.affirmed for r in readings)))
    parts += [float(readback), min(len(kinds), 4) / 4.0]
    parts += cue_features(text)
    return np.concatenate([vector.astype(np.float32), np.asarray(parts, dtype=np.float32)])


def verify_features(vector: np.ndarray, reading: IntentReading,
                    candidates: Sequence[IntentMatch], place: tuple[int, int],
                    intents: Sequence[str]) -> np.ndarray:
    """What the check "is this intent really there?" sees of a clause's best reading: the
    clause's vector, which intent, how near the phrase was and how near the runners-up and
    the nearest negative were, where the clause sits in the turn, and the cue words."""
    others = [c.score for c in candidates if c.intent not in (reading.intent, NONE)]
    negative = max((c.score for c in candidates if c.intent == NONE), default=0.0)
    at, count = place
    parts: list[float] = [float(reading.intent == i) for i in intents]
    parts += [float(reading.intent in group) for _, group in _GROUPS]
    parts += [reading.score, reading.score - max(others, default=0.0), negative,
              float(candidates[0].intent == reading.intent) if candidates else 0.0,
              float(at == 0), float(at == count - 1), min(count, 4) / 4.0,
              min(len(reading.clause.split()), 20) / 20.0,
              float(reading.polarity == "negate"), float(reading.subject == "caller")]
    parts += cue_features(reading.clause)
    return np.concatenate([vector.astype(np.float32), np.asarray(parts, dtype=np.float32)])


@dataclass(frozen=True)
class LinearModel:
    """Logistic regression's weights: one row per class (one row alone: yes/no)."""

    classes: tuple[str, ...]
    weights: np.ndarray  # (rows, features)
    bias: np.ndarray  # (rows,)
    scale: np.ndarray  # (features,): what each feature is multiplied by before the dot

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        # einsum: no BLAS threads left spinning on the other core (see phrases.py)
        z = np.einsum("ij,j->i", self.weights, features * self.scale) + self.bias
        if len(self.classes) == 2 and len(z) == 1:
            p = 1.0 / (1.0 + np.exp(-z[0]))
            return np.asarray([1.0 - p, p])
        e = np.exp(z - z.max())
        return np.asarray(e / e.sum())

    def best(self, features: np.ndarray) -> tuple[str, float]:
        p = self.probabilities(features)
        at = int(np.argmax(p))
        return self.classes[at], float(p[at])


@dataclass(frozen=True)
class SecondOpinion:
    """The two learnt models, and the examples' fingerprint they were fitted on."""

    act: LinearModel
    examples: str
    verifier: LinearModel | None = None  # is a clause's best reading really there?
    intents: tuple[str, ...] = ()  # the intent ids the verifier knows, in its order

    def verified(self, features: np.ndarray) -> float | None:
        """The chance the reading is right when it is likelier right than not, else None."""
        assert self.verifier is not None
        p = float(self.verifier.probabilities(features)[self.verifier.classes.index("yes")])
        return p if p >= ACCEPT else None

    def main_act(self, features: np.ndarray, rules: ActKind) -> tuple[ActKind, float]:
        kind, p = self.act.best(features)
        if kind == rules or p < SURE:
            return rules, p if kind == rules else 1.0 - p
        return kind, p  # type: ignore[return-value]  # classes are ACT_KINDS (load checks)


@cache
def shipped() -> SecondOpinion | None:
    """The models shipped with the library (`scenarios/understanding-model.npz`)."""
    return load(Path(str(files("scenarios"))) / MODEL_FILE)


def load(path: Path) -> SecondOpinion | None:
    """The shipped models, or None when there are none (the rules alone decide)."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        if str(data["format"]) != FORMAT:
            return None
        models = {}
        names = ["act"] + (["verifier"] if "verifier_weights" in data else [])
        for name in names:
            classes = tuple(str(c) for c in data[f"{name}_classes"])
            models[name] = LinearModel(classes, data[f"{name}_weights"].astype(np.float32),
                                       data[f"{name}_bias"].astype(np.float32),
                                       data[f"{name}_scale"].astype(np.float32))
        examples = str(data["examples"])
        intents = tuple(str(i) for i in data["intents"]) if "intents" in data else ()
    if not set(models["act"].classes) <= set(ACT_KINDS):
        return None
    return SecondOpinion(models["act"], examples, models.get("verifier"), intents)


def save(path: Path, opinion: SecondOpinion) -> None:
    arrays: dict[str, np.ndarray] = {"format": np.asarray(FORMAT),
                                     "examples": np.asarray(opinion.examples),
                                     "intents": np.asarray(opinion.intents, dtype=str)}
    models = [("act", opinion.act)]
    if opinion.verifier is not None:
        models.append(("verifier", opinion.verifier))
    for name, model in models:
        arrays[f"{name}_classes"] = np.asarray(model.classes, dtype=str)
        arrays[f"{name}_weights"] = model.weights.astype(np.float32)
        arrays[f"{name}_bias"] = model.bias.astype(np.float32)
        arrays[f"{name}_scale"] = model.scale.astype(np.float32)
    with path.open("wb") as out:
        np.savez_compressed(out, **arrays)  # type: ignore[arg-type]
