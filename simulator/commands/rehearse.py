"""`callsim rehearse`: a trainer types trainee lines and sees the caller's reply and why.

Interactive on a terminal; `--script FILE` reads the trainee's lines (one per line,
optionally `t<TAB>text` with the call time in seconds) and `--json` prints, per trainee
line, what was understood and the caller's replies with their kind, the facts they reveal
and the caller's distress: the stable interface for tests and trainers' own regression
scripts.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring.understanding import TurnAnalysis
from simulator.commands.library import open_scenario
from simulator.dialogue import Caller, Reply
from simulator.errors import UserError
from simulator.library import understanding_for

FORMAT = "callsim.rehearsal/1"
WORDS_PER_SECOND = 2.5  # how long a typed line would take to say
TURN_GAP = 0.4
STEP = 0.5


def register(sub: Any) -> None:
    p = sub.add_parser("rehearse", help="type trainee lines and see how the caller replies, "
                                        "and why (test a scenario before trainees see it)")
    p.add_argument("scenario", help="library id or YAML path")
    p.add_argument("--script", type=Path, metavar="FILE",
                   help="read trainee lines from FILE (one per line, or t<TAB>text)")
    p.add_argument("--json", action="store_true",
                   help="print one JSON document: each line's analysis and the replies")
    p.set_defaults(run=run_rehearse)


@dataclass(frozen=True)
class Line:
    text: str
    t: float | None  # call time given by the script; None: straight after the last reply
    where: str  # file:line, for messages


def run_rehearse(args: argparse.Namespace) -> int:
    scenario = open_scenario(args.scenario)
    if args.script is not None:
        lines: Iterable[Line] = read_script(args.script)
    elif args.json:
        raise UserError("--json needs --script FILE (the trainee's lines)")
    else:
        lines = typed_lines()
    caller = Caller(scenario, understanding_for(scenario))
    rehearsal = Rehearsal(caller)
    opening = caller.opening()
    if not args.json:
        how = (f"the trainee's lines from {args.script}" if args.script is not None
               else "type the trainee's lines; an empty line or Ctrl+D ends")
        print(f"{scenario.title}\n({how})\n")
        print(f"  caller: {opening.text}")
    rehearsal.clock = max(1.0, len(opening.text.split()) / WORDS_PER_SECOND)
    turns = []
    for line in lines:
        turn = rehearsal.say(line)
        turns.append(turn)
        if not args.json:
            print(describe(turn))
        if caller.state.ended:
            break
    if args.json:
        print(json.dumps({"format": FORMAT, "scenario": scenario.id,
                          "opening": reply_json(opening), "turns": turns,
                          "distress": round(caller.state.distress, 2),
                          "ended": caller.state.ended}, indent=2))
    return 0


class Rehearsal:
    """The call's clock, advanced as lines are said (as the demo advances it)."""

    def __init__(self, caller: Caller) -> None:
        self.caller = caller
        self.clock = 0.0

    def say(self, line: Line) -> dict[str, Any]:
        meanwhile: list[Reply] = []
        start = self.clock + TURN_GAP
        if line.t is not None:  # time passes until the scripted moment: the caller lives
            t = self.clock
            start = max(start, line.t)
            while t < start and not self.caller.state.ended:
                t = min(start, t + STEP)
                for reply in self.caller.tick(t):
                    meanwhile.append(reply)
                    self.clock = max(self.clock, t) + _length(reply)
                    start = max(start, self.clock + TURN_GAP)
        end = start + _length_of(line.text)
        analysis = self.caller.understand(line.text)
        replies = self.caller.respond_to(analysis, end) if not self.caller.state.ended else []
        self.clock = end
        for reply in replies:
            self.clock += TURN_GAP + _length(reply)
            self.caller.spoke_until(self.clock)
        return {"t": round(start, 2), "text": line.text,
                "understood": analysis_json(analysis),
                "meanwhile": [reply_json(r) for r in meanwhile],
                "replies": [reply_json(r) for r in replies],
                "distress": round(self.caller.state.distress, 2)}


def read_script(path: Path) -> Iterator[Line]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(f"{path}: cannot read the script: {error.strerror}") from None
    except UnicodeDecodeError:
        text = "\0"
    if "\0" in text:  # a recording or a document given by mistake is not read as lines
        raise UserError(f"{path}: not a text file: a script is plain text, one trainee line "
                        "per line (or `seconds<TAB>line`)")
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        when, tab, said = raw.partition("\t")
        t: float | None = None
        if tab:
            try:
                t = float(when)
            except ValueError:
                raise UserError(f"{path}:{number}: `{when}` before the tab is not a time in "
                                "seconds; write `12.5<TAB>text` or just the text") from None
            if not 0 <= t < 86_400:
                raise UserError(f"{path}:{number}: time {when} must be seconds into the "
                                "call (0 or more, under a day)")
            if not said.strip():
                raise UserError(f"{path}:{number}: nothing after the time {when}: write the "
                                "trainee's words after the tab")
        else:
            said = raw
        lines.append(Line(said.strip(), t, f"{path}:{number}"))
    return iter(lines)


def typed_lines() -> Iterator[Line]:
    while True:
        try:
            text = input("trainee> ")
        except EOFError:
            return
        if not text.strip():
            return
        yield Line(text.strip(), None, "<terminal>")


def analysis_json(a: TurnAnalysis) -> dict[str, Any]:
    return {
        "act": a.act, "confidence": round(a.confidence, 3),
        "acts": [x.kind for x in a.acts],
        "intents": [{"intent": r.intent, "polarity": r.polarity, "subject": r.subject,
                     "person": r.person, "confidence": round(r.confidence, 3),
                     "phrase": r.phrase} for r in a.intents],
        "readbacks": [{"kind": b.kind, "value": b.value, "matches_world": b.matches_world}
                      for b in a.readbacks],
    }


def reply_json(r: Reply) -> dict[str, Any]:
    return {"text": r.text, "kind": r.kind, "reveals": list(r.reveals),
            "distress": r.distress, "why": r.why}


def describe(turn: dict[str, Any]) -> str:
    """A turn for a trainer's terminal: what was understood, what the caller said, why."""
    u = turn["understood"]
    heard = ", ".join(
        f"{'' if i['polarity'] == 'affirm' else 'NOT '}{i['intent']} "
        f"(about {i['person'] or i['subject']}, {i['confidence']:.2f}, like \"{i['phrase']}\")"
        for i in u["intents"]) or "no intent"
    out = [f"  understood: {u['act']}; {heard}"]
    for b in u["readbacks"]:
        verdict = {True: "matches", False: "does NOT match", None: "nothing to compare"}
        out.append(f"  read-back: {b['kind']} {b['value']!r} {verdict[b['matches_world']]}")
    for r in turn["meanwhile"]:
        out.append(f"  caller (meanwhile): {r['text']}   [{r['kind']}: {r['why']}]")
    for r in turn["replies"]:
        facts = f" reveals {', '.join(r['reveals'])};" if r["reveals"] else ""
        out.append(f"  caller: {r['text']}\n          [{r['kind']};{facts} {r['why']}; "
                   f"distress {r['distress']:g}]")
    return "\n".join(out) + "\n"


def _length_of(text: str) -> float:
    return max(0.5, len(text.split()) / WORDS_PER_SECOND)


def _length(reply: Reply) -> float:
    return _length_of(reply.text) if reply.spoken else 1.0
