"""Hostile and damaged inputs for every command that reads a file, and a runner that tries
each in its own process with a time and memory limit.

Shared by tests/test_hostile.py (the hand-written corpus and a few generated cases) and
bench/hostile_inputs.py (the corpus plus 1,000+ generated cases, with a table).

The hand-written corpus is tests/data/hostile/ (small files, each named for what it
tries) plus `large_cases`, which are made on the fly because they are megabytes.
The runner forks a warmed-up process per input (callsim imported once, so a thousand
inputs take minutes, not an hour): each child runs `callsim ARGV` under RLIMIT_AS, is
killed after the timeout, and reports its exit status or signal and peak memory.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).parent / "data" / "hostile"
LIBRARY = ROOT / "scenarios" / "library"
COURSE = ROOT / "scenarios" / "courses" / "initial-course.yaml"
SCENARIO = "burglary-next-morning"
COMMANDS = ("validate", "preview", "course validate", "score", "recover", "report")


@dataclass(frozen=True)
class Case:
    """One input for one command: the files to write and the arguments to run."""

    name: str
    command: str  # one of COMMANDS
    files: dict[str, bytes]  # relative path -> content, written into the case's folder
    target: str  # the path (relative to the case folder) the command is given

    def argv(self, folder: Path) -> list[str]:
        path = str(folder / self.target) if not self.target.startswith("/") else self.target
        if self.command == "preview":
            return ["preview", path, "--no-audio"]
        if self.command == "course validate":
            return ["course", "validate", path]
        if self.command == "score":
            return ["score", SCENARIO, path]
        return [self.command, path]


@dataclass(frozen=True)
class Outcome:
    case: str
    command: str
    exit: int | None  # None when killed by a signal or the timeout
    signal: int | None
    hung: bool
    peak_mb: float
    seconds: float
    message: str  # the first line of what it said on stderr


# --- the runner ------------------------------------------------------------------------


def warm_up() -> None:
    """Import what the commands import, once, so each forked child starts warm."""
    import simulator.cli  # noqa: F401
    from simulator.loader import references

    references()


def _memory_ceiling(extra_mb: int) -> int:
    """Address space for a child: what this process maps now, plus `extra_mb`."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE") + extra_mb * 1024 * 1024


def run_case(case: Case, folder: Path, *, timeout: float = 10.0, extra_mb: int = 1024
             ) -> Outcome:
    """Run one case in a forked child; never raises for what the child does."""
    folder.mkdir(parents=True, exist_ok=True)
    for relative, content in case.files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    err = folder / ".stderr"
    argv = case.argv(folder)
    ceiling = _memory_ceiling(extra_mb)
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: callsim, and nothing else
        code = 97
        try:
            resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
            out = os.open(os.devnull, os.O_WRONLY)
            os.dup2(out, 1)
            errors = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(errors, 2)
            # Under pytest sys.stdout/err are capture objects, not fds 1 and 2.
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            os.environ["CALLSIM_DATA"] = str(folder / ".data")
            os.environ.pop("CALLSIM_STORE", None)
            from simulator.cli import main

            try:
                code = main(argv)
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else 2
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            code = 98
        finally:
            os._exit(code)
    hung = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - started > timeout:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            hung = True
            break
        time.sleep(0.005)
    seconds = time.monotonic() - started
    said = err.read_text(encoding="utf-8", errors="replace") if err.exists() else ""
    first = next((line for line in said.splitlines() if line.strip()), "")
    return Outcome(case.name, case.command,
                   os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
                   os.WTERMSIG(status) if os.WIFSIGNALED(status) and not hung else None,
                   hung, usage.ru_maxrss / 1024, seconds, first[:200])


def acceptable(outcome: Outcome, baseline_mb: float = 0.0, limit_mb: float = 300.0) -> bool:
    return (outcome.exit in (0, 1) and outcome.signal is None and not outcome.hung
            and outcome.peak_mb - baseline_mb <= limit_mb)


def own_rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


# --- the hand-written corpus -----------------------------------------------------------


def _command_for(path: Path) -> str:
    """tests/data/hostile/<command>/<case>: the folder names the command."""
    return path.relative_to(CORPUS).parts[0].replace("-", " ")


def corpus_cases() -> list[Case]:
    """Every file in tests/data/hostile/ as a case; a recover/report case is a folder."""
    cases: list[Case] = []
    for command_dir in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        command = command_dir.name.replace("-", " ")
        for item in sorted(command_dir.iterdir()):
            if item.is_dir():  # a call folder
                files = {f"call/{f.name}": f.read_bytes() for f in item.iterdir() if f.is_file()}
                cases.append(Case(f"{command_dir.name}/{item.name}", command, files, "call"))
            else:
                cases.append(Case(f"{command_dir.name}/{item.name}", command,
                                  {item.name: item.read_bytes()}, item.name))
    return cases + large_cases() + device_cases()


def _bomb(levels: int, width: int) -> bytes:
    lines = ["a0: &a0 [\"lol\"]"]
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * width)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return ("\n".join(lines) + "\n").encode()


def large_cases() -> list[Case]:
    """The megabyte-sized hostile files, made rather than committed."""
    title = b"format: callsim.scenario/1\nid: big\ntitle: \"" + b"x" * 10_000_000 + b"\"\n"
    nested_list = b"[" * 50_000 + b"]" * 50_000
    nested_map = b"{a: " * 50_000 + b"1" + b"}" * 50_000
    deep_not = ("format: callsim.scenario/1\nid: deep\nmarking:\n  items:\n  - id: x\n"
                "    condition: " + "{not: " * 1000 + "{said: [hello]}" + "}" * 1000 + "\n")
    turn = {"format": "callsim.attempt/1", "scenario": SCENARIO, "log": {},
            "turns": [{"t": 0, "speaker": "trainee", "text": "x" * 50_000_000}]}
    cases = [
        Case("large/title-10MB.yaml", "validate", {"big.yaml": title}, "big.yaml"),
        Case("large/50000-nested-lists.yaml", "validate", {"n.yaml": nested_list}, "n.yaml"),
        Case("large/50000-nested-lists.yaml", "preview", {"n.yaml": nested_list}, "n.yaml"),
        Case("large/50000-nested-lists.yaml", "course validate", {"n.yaml": nested_list},
             "n.yaml"),
        Case("large/50000-nested-maps.yaml", "validate", {"n.yaml": nested_map}, "n.yaml"),
        Case("large/50000-nested-maps.yaml", "course validate", {"n.yaml": nested_map},
             "n.yaml"),
        Case("large/1000-deep-not.yaml", "validate", {"d.yaml": deep_not.encode()}, "d.yaml"),
        Case("large/billion-laughs-9x9.yaml", "validate", {"b.yaml": _bomb(9, 9)}, "b.yaml"),
        Case("large/billion-laughs-9x9.yaml", "preview", {"b.yaml": _bomb(9, 9)}, "b.yaml"),
        Case("large/billion-laughs-9x9.yaml", "course validate", {"b.yaml": _bomb(9, 9)},
             "b.yaml"),
        Case("large/turn-50MB.json", "score", {"a.json": json.dumps(turn).encode()}, "a.json"),
        Case("large/50000-nested-brackets.json", "score", {"a.json": nested_list}, "a.json"),
    ]
    journal = (json.dumps({"kind": "start", "format": "callsim.journal/1",
                           "scenario": SCENARIO, "trainee": "t"}) + "\n").encode()
    cases.append(Case("large/journal-line-50000-nested", "recover",
                      {"call/journal.jsonl": journal + nested_list + b"\n"}, "call"))
    cases.append(Case("large/report-50000-nested-result", "report",
                      {"call/attempt.json": json.dumps({"format": "callsim.attempt/1",
                                                        "scenario": SCENARIO, "log": {}}
                                                       ).encode(),
                       "call/result.json": nested_list}, "call"))
    return cases


def device_cases() -> list[Case]:
    """Devices and folders where a file is expected."""
    return [Case(f"device/{name}", command, {}, target)
            for command in ("validate", "preview", "course validate", "score")
            for name, target in (("dev-zero", "/dev/zero"), ("dev-null", "/dev/null"),
                                 ("a-folder", "/tmp"))]


# --- generated cases -------------------------------------------------------------------

_SNIPPETS = [
    "&a [*a]", "*undefined", "!!python/object/apply:os.system ['true']", "<<: *base",
    "{", "[", "]]]", "'unclosed", "\"\\uD800\"", "\t- tab", "%YAML 1.1", "---\n---", ".inf",
    "-.nan", "1e999", "9" * 5000, "~", "null", "0x1F", "2026-13-45", "\x00", "\ufeff",
    "? complex\n: key", "&x " + "[" * 200 + "]" * 200, "x: " + "y" * 60_000,
]
_JSON_VALUES: list[object] = [
    None, True, -1, 0, 1e308, -1e308, 2 ** 70, "", "x" * 30_000, "../../etc/passwd", [],
    {}, [[[[[]]]]], {"a": {"b": {"c": {}}}}, "telepathy", 5, -0.5, "NaN", "turns/../x.wav",
]
_JSON_TOKENS = ["NaN", "Infinity", "-Infinity", "1e999", "9" * 5000, "[" * 60, "{\"a\":"]


def _mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        at = rng.randrange(len(data))
        choice = rng.random()
        if choice < 0.4:
            data[at] = rng.randrange(256)
        elif choice < 0.6:
            del data[at: at + rng.randint(1, 200)]
        elif choice < 0.8:
            data[at:at] = data[max(0, at - 300): at]
        else:
            data = data[:at]
    return bytes(data)


def _mutate_yaml(rng: random.Random, text: str) -> bytes:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        if not lines:
            lines = ["x: 1"]
        at = rng.randrange(len(lines))
        kind = rng.random()
        if kind < 0.35:
            indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
            key = lines[at].strip().split(":")[0].lstrip("- ") or "x"
            lines[at] = f"{indent}{key}: {rng.choice(_SNIPPETS)}"
        elif kind < 0.5:
            depth = rng.choice([45, 55, 300, 5000, 60_000])
            lines[at] += " " + "[" * depth + "]" * depth
        elif kind < 0.65:
            levels, width = rng.randint(3, 12), rng.randint(2, 12)
            lines[at:at] = _bomb(levels, width).decode().splitlines()
        elif kind < 0.8:
            del lines[at: at + rng.randint(1, 20)]
        else:
            lines.insert(at, rng.choice(lines))
    return ("\n".join(lines) + "\n").encode("utf-8", errors="replace")


def _attempt_json(rng: random.Random, base: dict[str, object]) -> bytes:
    doc = json.loads(json.dumps(base))
    for _ in range(rng.randint(1, 4)):
        target: object = doc
        path: list[object] = []
        while isinstance(target, dict | list) and target and rng.random() < 0.7:
            key = rng.choice(list(target)) if isinstance(target, dict) else \
                rng.randrange(len(target))
            path.append(key)
            target = target[key]  # type: ignore[index]
        if not path:
            continue
        parent: object = doc
        for key in path[:-1]:
            parent = parent[key]  # type: ignore[index]
        parent[path[-1]] = rng.choice(_JSON_VALUES)  # type: ignore[index]
    text = json.dumps(doc, indent=2)
    if rng.random() < 0.3:
        at = rng.randrange(len(text))
        text = text[:at] + rng.choice(_JSON_TOKENS) + text[at:]
    if rng.random() < 0.2:
        return _mutate_bytes(rng, text.encode())
    return text.encode()


def _loads(line: str) -> dict[str, object]:
    try:
        entry = json.loads(line)
    except ValueError:
        return {}
    return entry if isinstance(entry, dict) else {}


def _journal(rng: random.Random, lines: list[str]) -> bytes:
    out = list(lines)
    for _ in range(rng.randint(1, 5)):
        if len(out) < 2:
            out = list(lines)
        at = rng.randrange(len(out))
        kind = rng.random()
        entry = _loads(out[at])
        if kind < 0.3 and isinstance(entry, dict) and entry:
            key = rng.choice(list(entry))
            entry[key] = rng.choice(_JSON_VALUES)
            out[at] = json.dumps(entry)
        elif kind < 0.45:
            out[at] = _mutate_bytes(rng, out[at].encode()).decode("utf-8", errors="replace")
        elif kind < 0.55:
            out.insert(at, rng.choice(_JSON_TOKENS) * rng.randint(1, 3))
        elif kind < 0.65:
            start = _loads(out[0]) or _loads(lines[0])
            start[rng.choice(["scenario", "trainee"])] = rng.choice(
                ["../../etc/passwd", "..", "/etc/hosts", "a/b", "", 7, None,
                 "burglary-next-morning", "x" * 300])
            out[0] = json.dumps(start)
        elif kind < 0.8:
            del out[at]
        else:
            out[at] = out[at][: rng.randrange(max(1, len(out[at])))]
    return ("\n".join(out) + ("\n" if rng.random() < 0.8 else "")).encode()


def generated_cases(count: int, seed: int = 13, *, sources: dict[str, object]) -> Iterator[Case]:
    """`count` inputs spread over the commands, each a seeded mutation of a real file."""
    rng = random.Random(seed)
    scenario_text = str(sources["scenario"])
    course_text = str(sources["course"])
    attempt = sources["attempt"]
    journal_lines = list(sources["journal"])  # type: ignore[call-overload]
    for n in range(count):
        command = COMMANDS[n % len(COMMANDS)]
        name = f"generated/{n:04d}"
        if command in ("validate", "preview"):
            raw = _mutate_yaml(rng, scenario_text) if rng.random() < 0.7 else \
                _mutate_bytes(rng, scenario_text.encode())
            yield Case(name, command, {"s.yaml": raw}, "s.yaml")
        elif command == "course validate":
            raw = _mutate_yaml(rng, course_text) if rng.random() < 0.7 else \
                _mutate_bytes(rng, course_text.encode())
            yield Case(name, command, {"c.yaml": raw}, "c.yaml")
        elif command == "score":
            yield Case(name, command, {"a.json": _attempt_json(rng, attempt)}, "a.json")  # type: ignore[arg-type]
        elif command == "recover":
            yield Case(name, command, {"call/journal.jsonl": _journal(rng, journal_lines)},
                       "call")
        else:
            files = {"call/attempt.json": _attempt_json(rng, attempt)}  # type: ignore[arg-type]
            if rng.random() < 0.5:
                files["call/result.json"] = _mutate_bytes(rng, b'{"score": 50, "items": []}')
            if rng.random() < 0.5:
                files["call/journal.jsonl"] = _journal(rng, journal_lines)
            yield Case(name, command, files, "call")


def real_sources(folder: Path) -> dict[str, object]:
    """The real files mutations start from: a library scenario, the course, a marked
    attempt and the journal of a typed call on the same scenario."""
    from simulator.commands.library import open_scenario
    from simulator.demo import TimedMouth, TypedEars, run_call

    scenario = open_scenario(SCENARIO)
    run = run_call(scenario, scenario.model_test(), TypedEars(), TimedMouth(), root=folder)
    journal = (run.folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    return {"scenario": (LIBRARY / f"{SCENARIO}.yaml").read_text(encoding="utf-8"),
            "course": COURSE.read_text(encoding="utf-8"),
            "attempt": run.attempt.model_dump(mode="json", exclude_none=True),
            "journal": journal}
