"""How well scoring/doubts.py tells a sure reading from one the analysis may have misread,
on blind act/polarity and subject sets (development parts only: acts dev, v4 to v52).

A critical item is credited only by a turn beyond doubt. This measures, over the readings
the analysis *affirmed*:
- of those the author marked as the opposite (negation, permission, refusal), how many the
  doubts catch (each would otherwise credit a critical item for the opposite of the deed);
- of those the author marked as affirmed, how many the doubts wrongly hold back (each
  sends a met critical item to review);
- of subject questions about someone else read as the caller's, how many are doubted, and
  of those read right, how many are wrongly doubted.

    python3 -m bench.critical_doubts [--split dev|v4|v5|v6|v7|v8|v9|v10|v11|v12] [--show]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from bench.understanding_accuracy import understanding
from scoring.doubts import doubt
from scoring.understanding import Context

BLIND = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind"
SETS = {"dev": ("acts_dev.yaml", "subjects_dev.yaml"), "v4": ("acts_v4.yaml", "subjects_v4.yaml"),
        "v5": ("acts_v5.yaml", "subjects_v5.yaml"), "v6": ("acts_v6.yaml", "subjects_v6.yaml"),
        "v7": ("acts_v7.yaml", "subjects_v7.yaml"),
        "v8": ("acts_v8.yaml", "subjects_v8.yaml"), "v9": ("acts_v9.yaml", "subjects_v9.yaml"),
        "v10": ("acts_v10.yaml", "subjects_v10.yaml"),
        "v11": ("acts_v11.yaml", "subjects_v11.yaml"),
        "v12": ("acts_v12.yaml", "subjects_v12.yaml"),
        "v13": ("acts_v13.yaml", "subjects_v13.yaml"),
        "v14": ("acts_v14.yaml", "subjects_v14.yaml"),
        "v15": ("acts_v15.yaml", "subjects_v15.yaml"),
        "v16": ("acts_v16.yaml", "subjects_v16.yaml"),
        "v17": ("acts_v17.yaml", "subjects_v17.yaml"),
        "v18": ("acts_v18.yaml", "subjects_v18.yaml"),
        "v19": ("acts_v19.yaml", "subjects_v19.yaml"),
        "v20": ("acts_v20.yaml", "subjects_v20.yaml"),
        "v21": ("acts_v21.yaml", "subjects_v21.yaml"),
        "v22": ("acts_v22.yaml", "subjects_v22.yaml"),
        "v23": ("acts_v23.yaml", "subjects_v23.yaml"),
        "v24": ("acts_v24.yaml", "subjects_v24.yaml"),
        "v25": ("acts_v25.yaml", "subjects_v25.yaml"),
        "v26": ("acts_v26.yaml", "subjects_v26.yaml"),
        "v27": ("acts_v27.yaml", "subjects_v27.yaml"),
        "v28": ("acts_v28.yaml", "subjects_v28.yaml"),
        "v29": ("acts_v29.yaml", "subjects_v29.yaml"),
        "v30": ("acts_v30.yaml", "subjects_v30.yaml"),
        "v31": ("acts_v31.yaml", "subjects_v31.yaml"),
        "v32": ("acts_v32.yaml", "subjects_v32.yaml"),
        "v33": ("acts_v33.yaml", "subjects_v33.yaml"),
        "v34": ("acts_v34.yaml", "subjects_v34.yaml"),
        "v35": ("acts_v35.yaml", "subjects_v35.yaml"),
        "v36": ("acts_v36.yaml", "subjects_v36.yaml"),
        "v37": ("acts_v37.yaml", "subjects_v37.yaml"),
        "v38": ("acts_v38.yaml", "subjects_v38.yaml"),
        "v39": ("acts_v39.yaml", "subjects_v39.yaml"),
        "v40": ("acts_v40.yaml", "subjects_v40.yaml"),
        "v41": ("acts_v41.yaml", "subjects_v41.yaml"),
        "v42": ("acts_v42.yaml", "subjects_v42.yaml"),
        "v43": ("acts_v43.yaml", "subjects_v43.yaml"),
        "v44": ("acts_v44.yaml", "subjects_v44.yaml"),
        "v45": ("acts_v45.yaml", "subjects_v45.yaml"),
        "v46": ("acts_v46.yaml", "subjects_v46.yaml"),
        "v47": ("acts_v47.yaml", "subjects_v47.yaml"),
        "v48": ("acts_v48.yaml", "subjects_v48.yaml"),
        "v49": ("acts_v49.yaml", "subjects_v49.yaml"),
        "v50": ("acts_v50.yaml", "subjects_v50.yaml"),
        "v51": ("acts_v51.yaml", "subjects_v51.yaml"),
        "v52": ("acts_v52.yaml", "subjects_v52.yaml")}


def polarity(items: list[dict[str, Any]], show: bool) -> dict[str, int]:
    read = understanding(None)
    out = {"opposite_read_as_deed": 0, "caught": 0, "deed_read_as_deed": 0, "held_back": 0}
    for item in items:
        analysis = read.analyse(item["text"], Context())
        for gold in item.get("intents") or []:
            heard = next((r for r in analysis.intents
                          if r.intent == gold["intent"] and r.affirmed), None)
            if heard is None:
                continue
            why = doubt(heard, analysis)
            if gold["polarity"] == "negate":
                out["opposite_read_as_deed"] += 1
                out["caught"] += why is not None
                if show and why is None:
                    print(f"  not doubted: {item['text']}")
            else:
                out["deed_read_as_deed"] += 1
                out["held_back"] += why is not None
                if show and why is not None:
                    print(f"  held back: {item['text']} ({why})")
    return out


def subjects(items: list[dict[str, Any]], show: bool) -> dict[str, int]:
    out = {"other_read_as_caller": 0, "caught": 0, "subject_right": 0, "held_back": 0}
    for item in items:
        read = understanding(item.get("scenario"))
        context = Context()
        for line in item.get("context") or []:
            context = context.after(read.analyse(line, context))
        analysis = read.analyse(item["text"], context)
        heard = next((r for r in analysis.intents
                      if r.intent == item["intent"] and r.affirmed), None)
        if heard is None:
            continue
        why = doubt(heard, analysis)
        if heard.subject == "caller" and item["subject"] != "caller":
            out["other_read_as_caller"] += 1
            out["caught"] += why is not None
            if show and why is None:
                print(f"  not doubted: {item['text']}")
        elif heard.subject == item["subject"]:
            out["subject_right"] += 1
            out["held_back"] += why is not None
            if show and why is not None:
                print(f"  held back: {item['text']} ({why})")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SETS), default="v4")
    parser.add_argument("--show", action="store_true", help="list the readings it gets wrong")
    args = parser.parse_args()
    acts_file, subjects_file = SETS[args.split]
    acts = yaml.safe_load((BLIND / acts_file).read_text(encoding="utf-8"))
    figures = polarity(acts, args.show)
    print(f"polarity {args.split}: " + "  ".join(f"{k} {v}" for k, v in figures.items()))
    if (BLIND / subjects_file).exists():
        subs = yaml.safe_load((BLIND / subjects_file).read_text(encoding="utf-8"))
        figures = subjects(subs, args.show)
        print(f"subjects {args.split}: " + "  ".join(f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
