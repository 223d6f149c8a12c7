"""How often do two careful people, reading the same definitions, label a turn alike?

    python3 -m bench.label_agreement [--people-only] [SET ...]

The act and polarity figures hold callsim to one author's labels. A set's turns can be
labelled a second time, blind, by a separate labeller given only the turns (no labels), the
definitions and the scenarios' callers and worlds (`tests/data/blind/labels_again_<set>.yaml`,
brief `tests/data/blind/LABELS_AGAIN_BRIEF.md`). For each such set it prints the same strict
figures (every labelled intent with its polarity, nothing else affirmed) for:
- the second labeller against the author: how far two people agree, so the most a reader
  can be expected to reach against one author;
- callsim against the author, on the same turns (not with --people-only);
- callsim against the author on the turns whose intents the two people labelled alike: its
  misses on labels nobody disputes.
Aggregates only: a held-out set's turns are never shown, and a run that reads callsim on a
held-out set is logged in bench/heldout_runs.txt like any held-out run.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

import yaml

from bench.understanding_accuracy import (
    BLIND,
    DEVELOPMENT,
    Tally,
    load,
    record_heldout_run,
    understanding,
    wanted,
)
from scoring.understanding import Context

AGAIN = "labels_again_{}.yaml"


def labelled_again() -> list[str]:
    """The sets with a second labelling, oldest first."""
    found = [p.stem.removeprefix("labels_again_") for p in BLIND.glob(AGAIN.format("v*"))]
    return sorted(found, key=lambda name: int(name.removeprefix("v")))


def second_labels(name: str, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The second labeller's items, checked to be the author's turns in the author's order."""
    again: list[dict[str, Any]] = yaml.safe_load((BLIND / AGAIN.format(name)).read_text(
        encoding="utf-8"))
    if len(again) != len(cases) or any(
            " ".join(str(a["text"]).split()) != " ".join(str(c["text"]).split())
            for a, c in zip(again, cases, strict=True)):
        raise SystemExit(f"{AGAIN.format(name)}: not the turns of acts_{name}.yaml in order")
    return again


def agreement(name: str, people_only: bool) -> dict[str, dict[str, float]]:
    cases = load(f"acts_{name}.yaml")
    again = second_labels(name, cases)
    people, reader, undisputed = Tally(), Tally(), Tally()
    for case, other in zip(cases, again, strict=True):
        want, theirs = wanted(case), wanted(other)
        people.add(case["act"], str(other["act"]), want, theirs)
        if people_only:
            continue
        analysis = understanding(case.get("scenario")).analyse(case["text"], Context())
        got = {(r.intent, r.polarity) for r in analysis.intents}
        reader.add(case["act"], analysis.act, want, got)
        if want == theirs:
            undisputed.add(case["act"], analysis.act, want, got)
    figures = {"second labeller vs author": people.figures()}
    if not people_only:
        figures |= {"callsim vs author": reader.figures(),
                    "callsim vs author, intents both people gave": undisputed.figures()}
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET",
                        help="sets labelled again (default: all of them)")
    parser.add_argument("--people-only", action="store_true",
                        help="the two people's agreement only; callsim reads nothing")
    args = parser.parse_args(argv)
    known = labelled_again()
    if unknown := set(args.sets) - set(known):
        parser.error(f"no second labelling of {' '.join(sorted(unknown))} "
                     f"(labelled again: {' '.join(known) or 'none'})")
    for name in args.sets or known:
        if not args.people_only and name not in DEVELOPMENT:
            print(f"held-out run number {record_heldout_run([name, 'label_agreement'])} "
                  "(aggregates only)")
        for who, figures in agreement(name, args.people_only).items():
            print(f"{name:4s} {who:45s} turns {figures['utterances']:4.0f}  "
                  f"act {figures['act']:.3f}  polarity {figures['polarity']:.3f}  "
                  f"labelled {figures['labelled_intents']:3.0f}  "
                  f"not_heard {figures['not_heard']:3.0f}  "
                  f"read_opposite {figures['read_opposite']:2.0f}  "
                  f"extras {figures['turns_affirming_another_intent']:3.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
