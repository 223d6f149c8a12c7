"""Subject accuracy of each training author's questions (training/subjects_*.yaml).

Training material: its misses may be read (`--show`) and tuned on; it is never a reported
accuracy figure of its own (the blind sets are). Each file is scored with the model as it
stands, so an author the learnt model has not seen (a file added after the last
`python3 -m simulator.learn`) is the nearest to a fresh author.

    python3 -m bench.subject_authors [--show] [--only subjects_c]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from bench.understanding_accuracy import subject_figures

TRAINING = Path(__file__).resolve().parent.parent / "training"
AUTHORS = tuple(p.stem for p in sorted(TRAINING.glob("subjects_*.yaml")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="each missed question")
    parser.add_argument("--only", choices=AUTHORS, action="append")
    args = parser.parse_args()
    for author in args.only or AUTHORS:
        cases: list[dict[str, Any]] = yaml.safe_load(
            (TRAINING / f"{author}.yaml").read_text(encoding="utf-8"))
        figures = subject_figures(cases, args.show)
        print(f"{author}: {figures['questions']:.0f} questions, subject "
              f"{figures['subject']:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
