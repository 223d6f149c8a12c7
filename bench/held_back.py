"""Act and polarity on the held-back training authors (training/held_back/acts_n, o, p, r):
development material, kept out of what `simulator.learn` reads (training/held_back/README.md).

    python3 -m bench.held_back [acts_n acts_o …] [--show]

acts_q is left out unless named: it has been kept back from every developer as a fresh
check, and its errors are never shown.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from bench.understanding_accuracy import act_figures

HELD_BACK = Path(__file__).resolve().parent.parent / "training" / "held_back"
AUTHORS = ("acts_n", "acts_o", "acts_p", "acts_r")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("authors", nargs="*", metavar="AUTHOR",
                        help="acts_n, acts_o, acts_p, acts_r (the default) or acts_q")
    parser.add_argument("--show", action="store_true", help="each turn read wrongly")
    args = parser.parse_args()
    unknown = sorted(set(args.authors) - {*AUTHORS, "acts_q"})
    if unknown:
        parser.error(f"no held-back author {', '.join(unknown)}: choose from "
                     f"{', '.join(AUTHORS)} or acts_q")
    for name in args.authors or AUTHORS:
        items: list[dict[str, Any]] = yaml.safe_load(
            (HELD_BACK / f"{name}.yaml").read_text(encoding="utf-8"))
        figures = act_figures(items, args.show and name != "acts_q")
        print(name, "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                              for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
