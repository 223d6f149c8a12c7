"""Leave one author out: each training acts author's turns scored with everything learnt
from the other two (the library's phrasings from their examples, the act model, the
verifier), so a rule found on the training turns is checked on turns it was not fitted to.

The training turns' errors may be read (`--show`); they are tuning material, never a
reported accuracy figure of their own. Takes about three minutes.

    python3 -m bench.cross_author [--show] [--only acts_b]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from scoring.intent_examples import IntentExamples, with_examples
from scoring.intents import load_library
from scoring.understanding import Context, Understanding
from scoring.understanding.phrases import MeaningMatcher
from scoring.understanding.trained import SecondOpinion
from simulator import learn
from simulator.kept_sentences import KeptSentences
from simulator.library import library_root
from simulator.loader import load_scenario, resolve

TRAINING = Path(__file__).resolve().parent.parent / "training"
# Every acts author in training/ (each file is one author's), and their other files.
AUTHORS = tuple(p.stem for p in sorted(TRAINING.glob("acts_*.yaml")))
OTHER_FILES = tuple(p.name for p in sorted(TRAINING.glob("*.yaml"))
                    if p.name.startswith(("intents_", "subjects_")))


def held_out_author(held: str, kept: KeptSentences, show: bool) -> tuple[int, int, int]:
    """(turns, acts right, turns whose intents and polarities are all right)."""
    base = load_library(library_root() / "intents.yaml")
    taught = [TRAINING / f"{a}.yaml" for a in AUTHORS if a != held]
    others = taught + [TRAINING / f for f in OTHER_FILES]
    examples = learn.intent_examples(others, learn.library_alone())
    matcher = MeaningMatcher(with_examples(base, IntentExamples(**examples)), kept)
    verifier = learn.fit(learn.verifier_examples(others), learn.VERIFIER_SCALE,
                         learn.VERIFIER_C, balanced=False)
    opinion = SecondOpinion(learn.fit(learn.read_examples(taught), learn.VECTOR_SCALE,
                                      learn.REGULARISE), "cross-author", verifier,
                            tuple(base.intents))
    items: list[dict[str, Any]] = yaml.safe_load((TRAINING / f"{held}.yaml").read_text())
    worlds: dict[str, Any] = {}
    acts = right = 0
    kinds: Counter[str] = Counter()
    for item in items:
        scenario = item.get("scenario")
        if scenario and scenario not in worlds:
            worlds[scenario] = load_scenario(resolve(scenario)).world
        analysis = Understanding(matcher, worlds.get(scenario or ""), opinion).analyse(
            item["text"], Context())
        acts += analysis.act == item["act"]
        if show and analysis.act != item["act"]:
            print(f"  {item['text']!r}\n    act want {item['act']} got {analysis.act}")
        want = {(i["intent"], i["polarity"]) for i in item.get("intents") or []}
        got = {(r.intent, r.polarity) for r in analysis.intents}
        extra = {i for i, p in got - want if p == "affirm"} - {i for i, _ in want}
        ok = want <= got and not extra
        right += ok
        if not ok:
            heard = {i for i, _ in got}
            kinds["missed"] += bool({i for i, _ in want} - heard)
            kinds["extra"] += bool(extra)
            kinds["wrong polarity"] += any(i in heard and (i, p) not in got for i, p in want)
            if show:
                print(f"  {item['text']!r}\n    want {sorted(want)} got {sorted(got)}")
    print(f"{held}: {len(items)} turns, act {acts / len(items):.3f}, polarity (strict) "
          f"{right / len(items):.3f}; turns with a miss: {dict(kinds)}", flush=True)
    return len(items), acts, right


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="each missed training turn")
    parser.add_argument("--only", choices=AUTHORS, action="append")
    args = parser.parse_args()
    kept = KeptSentences()
    totals = [held_out_author(a, kept, args.show) for a in args.only or AUTHORS]
    turns, acts, right = (sum(t[i] for t in totals) for i in range(3))
    print(f"all: {turns} turns, act {acts / turns:.3f}, polarity (strict) {right / turns:.3f}")
    kept.save()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
