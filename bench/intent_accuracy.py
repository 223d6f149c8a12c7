"""Intent matcher accuracy on an evaluation set written apart from the phrase library.

    python bench/intent_accuracy.py tests/data/intents_heldout.yaml [--show]

Prints micro precision and recall over (utterance, intent) pairs, exact-set accuracy,
the false-positive rate on utterances that express no intent, and with --show each error.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

from scoring.intents import accuracy
from simulator.library import intent_matcher


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--show", action="store_true", help="print every error")
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    matcher = intent_matcher()
    if args.threshold is not None:
        matcher.threshold = args.threshold
    cases = yaml.safe_load(args.dataset.read_text(encoding="utf-8"))
    none_total = none_wrong = 0
    started = time.perf_counter()
    measured = accuracy(matcher, ((c["text"], c["intents"] or []) for c in cases))
    elapsed = time.perf_counter() - started
    for case in cases:
        want = set(case["intents"] or [])
        got = set(matcher.intents(case["text"]))
        if not want:
            none_total += 1
            none_wrong += bool(got)
        if args.show and want != got:
            found = "; ".join(
                f"{m.clause!r}->{m.intent}({m.score:.2f} '{m.phrase}')"
                for m in matcher.match(case["text"]))
            print(f"  {case['text']!r}\n    want {sorted(want)} got {sorted(got)}  {found}")
    m = measured
    print(f"dataset        {args.dataset} ({m.cases} utterances)")
    print(f"precision      {m.precision:.3f}  ({m.found_right} right of "
          f"{m.found_right + m.found_wrong} found)")
    print(f"recall         {m.recall:.3f}  ({m.found_right} found of "
          f"{m.found_right + m.missed} expected)")
    print(f"exact match    {m.exact / m.cases:.3f}")
    print(f"no-intent FP   {none_wrong} of {none_total} utterances that ask nothing")
    print(f"time           {1000 * elapsed / m.cases:.3f} ms per utterance")
    return 0


if __name__ == "__main__":
    sys.exit(main())
