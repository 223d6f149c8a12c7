"""Does the caller reply appropriately? Scored on the blind conversation set.

    python bench/conversation.py [--split dev|heldout|training] [--errors] [--speed]

The set (tests/data/blind/conversations/*.yaml) was written by a separate author from the
scenarios' caller and world sections and the definitions only, never the phrase library or
the caller's code: each trainee line with the replies that would be appropriate (facts any
one of which the caller should give, or a kind of reply: comply, acknowledge, confirm,
correct, dont_know, clarify). Each conversation is played through the real caller, line by
line as `callsim rehearse` plays it, and a line counts as appropriate when the caller's
replies satisfy one of its alternatives.

`--split training` plays the training conversations instead (training/conversations/, by
another author, for tuning the caller; never a reported figure).
`--errors` prints each inappropriate line of the DEVELOPMENT or training split only (the
held-out split prints totals, never its individual errors). `--speed` adds the time from
the final text to the reply chosen, analysis included (one core, p50/p95/max).
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# A cache of its own: no trainee line's vector is kept from an earlier run, so the timing
# includes the sentence model on every line, as in a live call.
os.environ["CALLSIM_CACHE"] = tempfile.mkdtemp(prefix="callsim-bench-")
atexit.register(shutil.rmtree, os.environ["CALLSIM_CACHE"], ignore_errors=True)  # 100 MB each

from simulator.commands.rehearse import Line, Rehearsal  # noqa: E402
from simulator.dialogue import Caller, Reply  # noqa: E402
from simulator.library import understanding_for  # noqa: E402
from simulator.loader import load_scenario, resolve  # noqa: E402

SET = ROOT / "tests" / "data" / "blind" / "conversations"
# training/conversations*/: one folder per author
TRAINING = sorted((ROOT / "training").glob("conversations*"))
# Written whole, each after the one before by a new author. v4 was held out and scored once
# (session 4), then became development material in session 5; v5 replaced it as held out,
# was scored twice and became development material in session 6, when v6 replaced it; v6
# in turn (scored twice in session 6) in session 7, when v7 replaced it; v7 (scored twice in
# session 7) in session 8, when v8 replaced it; v8 (scored twice in session 8) in session 9,
# when v9 replaced it; v9 (scored twice in session 9) in session 10, when v10 replaced it.
# v10 had no conversation set; v11 to v33 have none either (the caller is measured on
# v3 to v9).
FRESH = {v: ROOT / "tests" / "data" / "blind" / f"conversations_{v}"
         for v in ("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10")}
DEVELOPMENT = ("dev", "training", "v4", "v5", "v6", "v7", "v8", "v9")
# The reply kinds that satisfy each kind the author may accept.
SATISFIES: dict[str, frozenset[str]] = {
    "comply": frozenset({"comply"}),
    "acknowledge": frozenset({"acknowledge", "react", "noted", "comply"}),
    "confirm": frozenset({"confirm"}),
    "correct": frozenset({"correct"}),
    "dont_know": frozenset({"dont_know"}),
    "clarify": frozenset({"clarify"}),
}


def appropriate(replies: list[Reply], accept: list[dict[str, Any]]) -> bool:
    revealed = {fact for r in replies for fact in r.reveals}
    kinds = {r.kind for r in replies}
    for alternative in accept:
        facts = alternative.get("facts")
        if facts and revealed & set(facts):
            return True
        wanted = alternative.get("reply")
        if wanted and kinds & SATISFIES.get(str(wanted), frozenset({str(wanted)})):
            return True
    return False


def play(scenario_id: str, conversation: dict[str, Any]) -> list[tuple[dict[str, Any],
                                                                       list[Reply], float]]:
    scenario = load_scenario(resolve(scenario_id))
    caller = Caller(scenario, understanding_for(scenario))
    rehearsal = Rehearsal(caller)
    caller.opening()
    out = []
    for item in conversation["lines"]:
        start = time.process_time()
        turn = rehearsal.say(Line(str(item["text"]), None, scenario_id))
        took = time.process_time() - start
        replies = [Reply(r["text"], r["kind"], tuple(r["reveals"])) for r in turn["replies"]]
        out.append((item, replies, took))
        if caller.state.ended:
            break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev",
                        choices=("dev", "heldout", "training", "v3", "v4", "v5", "v6", "v7", "v8",
                                 "v9", "v10"))
    parser.add_argument("--errors", action="store_true",
                        help="print the inappropriate lines (development split only)")
    parser.add_argument("--speed", action="store_true")
    args = parser.parse_args()
    if args.errors and args.split not in DEVELOPMENT:
        parser.error("the held-out split's individual errors are never printed")
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the budget says
    warm = load_scenario(resolve("burglary-next-morning"))
    understanding_for(warm).analyse("Where are you?")  # the model loads once
    good: Counter[str] = Counter()
    total: Counter[str] = Counter()
    times: list[float] = []
    by_author: dict[str, Counter[str]] = {}  # folder -> good/total (training: each author)
    whole = args.split not in ("dev", "heldout")  # sets with no dev/held-out split inside
    folders = TRAINING if args.split == "training" else [FRESH.get(args.split, SET)]
    if args.split not in DEVELOPMENT:
        from bench.understanding_accuracy import record_heldout_run  # noqa: PLC0415

        print(f"held-out run number {record_heldout_run(['conversations', args.split])}")
    for path in sorted(p for folder in folders for p in folder.glob("*.yaml")):
        conversations = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for conversation in conversations:
            if not whole and conversation.get("split", "heldout") != args.split:
                continue
            for item, replies, took in play(path.stem, conversation):
                kind = str(item.get("kind", "?"))
                ok = appropriate(replies, item.get("accept") or [])
                total[kind] += 1
                good[kind] += ok
                author = by_author.setdefault(path.parent.name, Counter())
                author[f"{kind} total"] += 1
                author[f"{kind} good"] += ok
                times.append(took)
                if args.errors and not ok:
                    said = " | ".join(f"{r.kind}:{','.join(r.reveals)} {r.text[:60]}"
                                      for r in replies)
                    print(f"{path.parent.name}/{path.stem} "
                          f"#{conversation.get('conversation')} [{kind}] "
                          f"{item['text']!r}\n    accept {item.get('accept')}\n    got {said}")
    lines = sum(total.values())
    if not lines:
        print(f"no {args.split} conversations in {SET}")
        return 1
    print(f"split {args.split}: {sum(good.values())}/{lines} appropriate "
          f"({100 * sum(good.values()) / lines:.1f}%)")
    for kind in sorted(total):
        share = 100 * good[kind] / total[kind]
        print(f"  {kind:<16} {good[kind]:>4}/{total[kind]:<4} {share:5.1f}%")
    if len(by_author) > 1:
        for author, counts in sorted(by_author.items()):
            kinds = sorted({k.rsplit(" ", 1)[0] for k in counts})
            right = sum(counts[f"{k} good"] for k in kinds)
            said = sum(counts[f"{k} total"] for k in kinds)
            print(f"{author}: {right}/{said} ({100 * right / said:.1f}%) " + ", ".join(
                f"{k} {counts[f'{k} good']}/{counts[f'{k} total']}" for k in kinds))
    if args.speed:
        ms = sorted(t * 1000 for t in times)
        p95 = ms[max(0, int(0.95 * len(ms)) - 1)]
        print(f"reply chosen after the final text (analysis included, CPU, one core): "
              f"median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms "
              f"over {len(ms)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
