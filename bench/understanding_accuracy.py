"""How well trainee turns are understood, on blind sets written apart from the library.

    python -m bench.understanding_accuracy [--show] [--heldout] [--only PART]

Development sets (tests/data/blind/*_dev.yaml, attempts dev-1.json) print every error with
--show; they are the only ones tuned on. --heldout scores the held-out sets and prints
aggregates only, never an individual error; each held-out run is counted in
bench/heldout_runs.txt (the rule is at most two).

Figures: intent precision and recall (intents v2); main-act accuracy and polarity
accuracy (acts); subject accuracy (subjects); marking agreement with the blind assessor
(item Cohen's kappa, pass/fail agreement, critical items credited that the assessor marked
not met).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from scoring.understanding import Context, TurnAnalysis, Understanding
from simulator.library import meaning_matcher
from simulator.loader import load_scenario, resolve

BLIND = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind"
RUNS = Path(__file__).resolve().parent / "heldout_runs.txt"


def load(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = yaml.safe_load((BLIND / name).read_text(encoding="utf-8"))
    return data


_UNDERSTANDINGS: dict[str | None, Understanding] = {}


def understanding(scenario: str | None) -> Understanding:
    if scenario not in _UNDERSTANDINGS:
        world = load_scenario(resolve(scenario)).world if scenario else None
        _UNDERSTANDINGS[scenario] = Understanding.for_scenario(world, meaning_matcher())
    return _UNDERSTANDINGS[scenario]


def heard(analysis: TurnAnalysis) -> set[str]:
    return set(analysis.intent_ids())


# written whole by new authors, each after the one before
FRESH = ("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14",
         "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25",
         "v26", "v27", "v28", "v29", "v30", "v31", "v32", "v33",
         "v34", "v35", "v36", "v37", "v38", "v39", "v40",
         "v41", "v42", "v43", "v44", "v45", "v46",
         "v47", "v48", "v49", "v50", "v51", "v52", "v53", "v54", "v55", "v56")
# v4 was held out and scored once (session 4), then became development material in session 5
# (its errors read and tuned on); v5, written after, replaced it as held out, was scored twice
# (session 5) and became development material in session 6, when v6 replaced it; v6, scored
# twice held out (session 6), became development material in session 7, when v7 replaced it;
# v7, scored twice held out (session 7), in session 8, when v8 replaced it; v8, scored twice held
# out (session 8; a third time by mistake, unchanged code), in session 9, when v9 replaced it;
# v9, scored twice held out (session 9), in session 10, when v10 replaced it; v10, scored three
# times held out (session 10), in session 11, when v11 replaced it; v11, scored twice held out
# (session 11), in session 12, when v12 replaced it; v12, scored twice held out (session 12), in
# session 13, when v13 replaced it; v13, scored twice held out (session 13), in session 14, when
# v15 replaced it; v14 and v15, each scored twice held out (sessions 13 and 14), in session 15,
# when v16 (scored once, session 14) and v17 (written end of session 14) stayed held out;
# v16 and v17, each scored twice held out (sessions 14 and 15), in session 16, when v18 (scored
# once, session 15) and v19 (written end of session 15) stayed held out; v18 and v19, each scored
# twice held out (sessions 15 and 16), in session 17, when v20 (scored once, session 16) and v21
# (written end of session 16) stayed held out; v20 and v21, each scored twice held out (sessions
# 16 and 17), in session 18, when v22 (scored once, session 17) and v23 (written end of session
# 17) stayed held out; v22 and v23, each scored twice held out (sessions 17 and 18), in session
# 19, when v24 (scored once, session 18) and v25 (written in session 19: the v25 written at the
# end of session 18 was lost with its machine, never imported or read) stayed held out; v24
# and v25, each scored twice held out (sessions 18 and 19; 19), in session 20, when v26
# (scored once, session 19) and v27 (written in session 20) stayed held out; v26 and v27, each
# scored twice held out (sessions 19 and 20; 20), in session 21, when v28 (scored once, session
# 20) and v29 (written in session 21) stayed held out; v28 and v29, each scored twice held
# out (sessions 20 and 21; 21), in session 22, when v30 (scored once, session 21) and v31
# (written in session 22) stayed held out; v30 and v31, each scored twice held out (sessions
# 21 and 22; 22), in the second half of session 22, after their second runs, when v32 (written
# in session 22 and scored once before the second half's changes) and v33 (written at the
# end of session 22) stayed held out; v32, scored twice held out (session 22), in session 23,
# when v33 (scored once, session 22) and v34 (written in session 23) stayed held out; v33 and
# v34, each scored twice held out (sessions 22 and 23; 23), in session 24, when v35 (scored
# once, session 23) and v36 (written in session 24) stayed held out; v35 and v36, each scored
# twice held out (sessions 23 and 24; 24), in session 25, when v37 (scored once, session 24)
# and v38 (scored once, end of session 24) stayed held out; v37, v38 and v39, each scored twice
# held out (sessions 24 and 25; 24 and 25; 25), in session 26, when v40 (scored once, session
# 25) and v41 (scored once, end of session 25) stayed held out; v40, v41 and v42, each scored
# twice held out (sessions 25 and 26; 25 and 26; 26), in session 27, when v43 and v44 (scored
# once, session 26) and v45 (scored once, end of session 26) stayed held out; v43, v44, v45
# and v46, each scored twice held out (sessions 26 and 27; 26 and 27; 26 and 27; 27), in
# session 28, when v47 and v48 (scored once, session 27) stayed held out; v47, v48, v49 and
# v50, each scored twice held out (sessions 27 and 28; 27 and 28; 28; 28), in session 29,
# when v51 and v52 (written in session 29) stayed held out, and v53 and v54 (written at the
# end of session 29, after its code was final) were added held out; v51 and v52, each scored
# twice held out (session 29), in session 30, when v53 and v54 (scored once, end of session 29)
# and v55 and v56 (written at the start of session 30) stayed held out.
DEVELOPMENT = ("dev", "training", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12",
               "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23",
               "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31", "v32",
               "v33", "v34", "v35", "v36", "v37", "v38", "v39", "v40", "v41", "v42",
               "v43", "v44", "v45", "v46", "v47", "v48", "v49", "v50", "v51", "v52")


# The session from which each development set's errors could be read (the comment above).
BECAME_DEVELOPMENT = {"v4": 5, "v5": 6, "v6": 7, "v7": 8, "v8": 9, "v9": 10, "v10": 11,
                      "v11": 12, "v12": 13, "v13": 14, "v14": 15, "v15": 15, "v16": 16,
                      "v17": 16, "v18": 17, "v19": 17, "v20": 18, "v21": 18, "v22": 19,
                      "v23": 19, "v24": 20, "v25": 20, "v26": 21, "v27": 21, "v28": 22,
                      "v29": 22, "v30": 22, "v31": 22, "v32": 23,
                      "v33": 24, "v34": 24, "v35": 25, "v36": 25,
                      "v37": 26, "v38": 26, "v39": 26, "v40": 27, "v41": 27, "v42": 27,
                      "v43": 28, "v44": 28, "v45": 28, "v46": 28,
                      "v47": 29, "v48": 29, "v49": 29, "v50": 29,
                      "v51": 30, "v52": 30}


def _set_help(name: str) -> str:
    """The command line's help for a fresh set: what it holds, and since when it is
    development, or that it is held out."""
    kinds = "acts and subjects" if name == "v4" else "acts, subjects, marking"
    if name in BECAME_DEVELOPMENT:
        return f"the {name} sets ({kinds}; development since session {BECAME_DEVELOPMENT[name]})"
    return f"the {name} held-out sets ({kinds}; never shown)"


def set_name(kind: str, split: str) -> str:
    """The file of a blind set: v2 dev/held-out, or a set written whole (v3 to v56)."""
    if split in FRESH:
        return f"{kind}_{split}.yaml"
    return f"intents_v2_{split}.yaml" if kind == "intents" else f"{kind}_{split}.yaml"


def intents(split: str, show: bool) -> dict[str, float]:
    cases = load(set_name("intents", split))
    right = wrong = missed = exact = 0
    for case in cases:
        analysis = understanding(case.get("scenario")).analyse(case["text"], Context())
        want, got = set(case["intents"] or []), heard(analysis)
        right += len(want & got)
        wrong += len(got - want)
        missed += len(want - got)
        exact += want == got
        if show and want != got:
            found = "; ".join(f"{r.clause!r}->{r.intent}/{r.polarity}({r.score:.2f} "
                              f"'{r.phrase}')" for r in analysis.intents)
            near = "; ".join(f"{r.clause!r}~{r.intent}({r.score:.2f})" for r in analysis.near)
            print(f"  {case['text']!r}\n    want {sorted(want)} got {sorted(got)}  {found}"
                  + (f"  near: {near}" if near else ""))
    return {"utterances": len(cases), "precision": right / max(1, right + wrong),
            "recall": right / max(1, right + missed), "exact": exact / len(cases)}


def acts(split: str, show: bool) -> dict[str, float]:
    return act_figures(load(set_name("acts", split)), show)


Labels = set[tuple[str, str]]  # (intent, polarity) of one turn


def wanted(case: dict[str, Any]) -> Labels:
    return {(i["intent"], i["polarity"]) for i in case["intents"] or []}


class Tally:
    """Act and polarity agreement of turns, one turn at a time: the labels `want` (the
    author's) against the labels `got` (callsim's reading, or a second labeller's)."""

    def __init__(self) -> None:
        self.turns = self.act_right = self.pol_right = self.both = 0
        self.labelled = self.heard_right = self.heard_opposite = self.heard_both = 0
        self.missed = self.turns_with_extra = 0

    def add(self, want_act: str, got_act: str, want: Labels, got: Labels) -> bool:
        """Count one turn; True if its act and polarity both agree."""
        act_ok = want_act == got_act
        # Polarity is judged on what the turn does: every labelled intent read with the
        # labelled polarity, and nothing affirmed that the author did not label.
        affirmed_extra = {(i, p) for i, p in got - want if p == "affirm"}
        pol_ok = want <= got and not affirmed_extra
        # Where the strict figure fails: a labelled intent missed, read the opposite way,
        # or another intent affirmed that the author did not label.
        got_polarity: dict[str, set[str]] = {}
        for intent, polarity in got:
            got_polarity.setdefault(intent, set()).add(polarity)
        for intent, polarity in want:
            self.labelled += 1
            read = got_polarity.get(intent, set())
            self.heard_right += polarity in read
            self.heard_opposite += bool(read) and polarity not in read
            self.heard_both += len(read) > 1  # its opposite read as well, from another clause
            self.missed += not read
        self.turns_with_extra += any(i not in {w for w, _ in want} for i, _ in affirmed_extra)
        self.turns += 1
        self.act_right += act_ok
        self.pol_right += pol_ok
        self.both += act_ok and pol_ok
        return act_ok and pol_ok

    def figures(self) -> dict[str, float]:
        turns = max(1, self.turns)
        return {"utterances": self.turns, "act": self.act_right / turns,
                "polarity": self.pol_right / turns, "act_and_polarity": self.both / turns,
                "labelled_intents": self.labelled,
                "read_as_labelled": self.heard_right / max(1, self.labelled),
                "read_opposite": self.heard_opposite, "read_both_ways": self.heard_both,
                "not_heard": self.missed, "turns_affirming_another_intent": self.turns_with_extra}


def act_figures(cases: list[dict[str, Any]], show: bool,
                analyser: Callable[[str | None], Understanding] = understanding,
                ) -> dict[str, float]:
    """Act and polarity figures of labelled turns, read by `analyser` (a scenario's
    Understanding; by default the shipped one), each failed turn shown."""
    tally = Tally()
    for case in cases:
        analysis = analyser(case.get("scenario")).analyse(case["text"], Context())
        want = wanted(case)
        got = {(r.intent, r.polarity) for r in analysis.intents}
        if not tally.add(case["act"], analysis.act, want, got) and show:
            print(f"  {case['text']!r}\n    act want {case['act']} got {analysis.act} "
                  f"{[a.kind for a in analysis.acts]}; intents want {sorted(want)} got "
                  f"{sorted(got)}")
    return tally.figures()


def subjects(split: str, show: bool) -> dict[str, float]:
    return subject_figures(load(set_name("subjects", split)), show)


def subject_figures(cases: list[dict[str, Any]], show: bool) -> dict[str, float]:
    """Subject accuracy of labelled questions (blind or training), each miss shown."""
    right = 0
    for case in cases:
        u = understanding(case.get("scenario"))
        context = Context()
        for earlier in case.get("context") or ():
            context = context.after(u.analyse(earlier, context))
        analysis = u.analyse(case["text"], context)
        readings = analysis.readings(case["intent"]) or analysis.intents or analysis.near
        got = readings[0].subject if readings else "(nothing heard)"
        right += got == case["subject"]
        if show and got != case["subject"]:
            print(f"  {case['scenario']}: {case.get('context')} {case['text']!r}\n    want "
                  f"{case['subject']} got {got} "
                  f"{[(r.intent, r.subject) for r in analysis.intents]}")
    return {"questions": len(cases), "subject": right / len(cases)}


def record_heldout_run(parts: Sequence[str]) -> int:
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    # Appended in one write, never rewritten: two runs started together once rewrote the
    # log from a half-read copy and lost every earlier line.
    with RUNS.open("a", encoding="utf-8") as log:
        log.write(f"{stamp} {' '.join(parts)}\n")
    return len(RUNS.read_text(encoding="utf-8").splitlines())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--heldout", action="store_true")
    parser.add_argument("--v3", action="store_true",
                        help="the fresh held-out sets (v3, written last by new authors)")
    for name in FRESH[1:]:
        parser.add_argument(f"--{name}", action="store_true", help=_set_help(name))
    parser.add_argument("--training", action="store_true",
                        help="the training attempts' marking (training/attempts; errors shown)")
    parser.add_argument("--show", action="store_true",
                        help="errors of development sets (dev, training, v4-v52); never held out")
    parser.add_argument("--only", action="append",
                        choices=["intents", "acts", "subjects", "marking"])
    args = parser.parse_args(argv)
    chosen = [name for name in ("heldout", *FRESH, "training") if getattr(args, name)]
    split = chosen[0] if chosen else "dev"
    show = args.show and split in DEVELOPMENT
    parts = args.only or (["marking"] if split == "training" else
                          ["intents", "acts", "subjects", "marking"])
    if split in FRESH:  # v4 to v56 have no intents file of their own (their acts carry them)
        parts = [p for p in parts if (BLIND / set_name(p, split)).is_file()
                 or (p == "marking" and (BLIND / f"attempts_{split}").is_dir())]
    if split not in DEVELOPMENT:
        print(f"held-out run number {record_heldout_run([split, *parts])} (aggregates only)")
    for part in parts:
        if part == "marking":
            from bench.marking_agreement import agreement  # noqa: PLC0415 - optional part
            figures = agreement(split, show)
        else:
            figures = {"intents": intents, "acts": acts, "subjects": subjects}[part](split, show)
        shown = "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                          for k, v in figures.items())
        print(f"{part:9s} {split:8s} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
