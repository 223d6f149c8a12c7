"""Would a phrase library grown from many more authors carry over to an author it never met?

    python3 -m bench.library_growth                 # folds v12 to v19 and held-back n o p r
    python3 -m bench.library_growth v16 v19 n       # some folds only

The library's example phrasings (`scenarios/intent-examples.yaml`) come from training/ only:
thirteen acts authors and nine subject authors. The development blind sets (v4 to v19) hold
the turns of some thirty more authors. Here, for each fold (a development set, or a
held-back training author), the examples are made by `simulator.learn`'s own placing from
training/ PLUS every development set but the fold, and the fold's acts are scored against
that library beside the shipped one. The learnt models stay the shipped ones, so only the
phrasings differ. Nothing here is shipped: adding the development sets to the library would
turn them from a measure into material, and the library would grow by some 6,500 phrasings
(its vectors ship with callsim and are read at every cold start).

Session 17's finding (on fd915a5's code), strict polarity shipped -> grown, with not heard
and turns affirming an unlabelled intent: v16 0.961 -> 0.968 (not heard 10 -> 8, extras
6 -> 5, act 0.976 -> 0.973); v18 0.978 -> 0.978 (8 -> 7, 3 -> 4); v19 0.945 -> 0.950
(12 -> 10, 9 -> 7, read opposite 4 -> 5); held-back n 0.944 -> 0.945 (30 -> 29, 26 -> 24).
About two turns in four hundred: more authors' wording helps a little and never enough to
close a gap of ten turns; the same as session 11 found when held-back authors were added.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.understanding_accuracy import BLIND, act_figures
from scoring.intent_examples import IntentExamples, with_examples
from scoring.intents import Matcher, load_library
from scoring.truth import World
from scoring.understanding import Understanding
from scoring.understanding.phrases import MeaningMatcher
from simulator.kept_sentences import KeptSentences
from simulator.learn import example_files, intent_examples, items_of, library_alone
from simulator.library import library_root
from simulator.loader import load_scenario, resolve

DEVELOPMENT = tuple(f"v{n}" for n in range(4, 20))
FOLDS = (*(f"v{n}" for n in range(12, 20)), "n", "o", "p", "r")
HELD_BACK = Path(__file__).resolve().parent.parent / "training" / "held_back"


def set_files(name: str) -> list[Path]:
    return [path for path in (BLIND / f"acts_{name}.yaml", BLIND / f"subjects_{name}.yaml")
            if path.is_file()]


def fold_cases(fold: str) -> list[dict[str, Any]]:
    """The fold's act turns: a held-back author is one letter, a blind set its name."""
    return items_of(HELD_BACK / f"acts_{fold}.yaml" if len(fold) == 1
                    else BLIND / f"acts_{fold}.yaml")


class Grown:
    """Understandings over a library grown with every development set but the fold's."""

    def __init__(self, fold: str, kept: KeptSentences, alone: MeaningMatcher) -> None:
        paths = [*example_files(), *(p for name in DEVELOPMENT if name != fold
                                     for p in set_files(name))]
        examples = intent_examples(paths, alone)
        self.phrasings = sum(len(v) for v in examples["intents"].values())
        library = with_examples(load_library(library_root() / "intents.yaml"),
                                IntentExamples(**examples))
        self.matcher = MeaningMatcher(library, kept, Matcher(library))
        self.worlds: dict[str | None, Understanding] = {}

    def __call__(self, scenario: str | None) -> Understanding:
        if scenario not in self.worlds:
            world: World | None = load_scenario(resolve(scenario)).world if scenario else None
            self.worlds[scenario] = Understanding.for_scenario(world, self.matcher)
        return self.worlds[scenario]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folds", nargs="*", metavar="FOLD",
                        help=f"of {' '.join(FOLDS)} (default: all)")
    folds: list[str] = parser.parse_args(argv).folds or list(FOLDS)
    if unknown := set(folds) - set(FOLDS):
        parser.error(f"not a fold: {' '.join(sorted(unknown))} (folds: {' '.join(FOLDS)})")
    kept, alone = KeptSentences(), library_alone()
    for fold in folds:
        cases = fold_cases(fold)
        grown = Grown(fold, kept, alone)
        was, now = act_figures(cases, False), act_figures(cases, False, grown)
        print(f"{fold:4s} phrasings {grown.phrasings:6d}  "
              + "  ".join(f"{k} {was[k]:.3f} -> {now[k]:.3f}" if isinstance(was[k], float)
                          else f"{k} {was[k]} -> {now[k]}"
                          for k in ("polarity", "act", "not_heard",
                                    "turns_affirming_another_intent", "read_opposite")),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
