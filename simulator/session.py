"""One call as it happens: the timeline, the journal, and the attempt record at the end.

Everything goes through the journal first; the attempt record is rebuilt from the
journal, so a call that ended normally and one recovered after a crash produce the same
kind of record from the same source.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from scoring.attempt import Attempt, Event, Log, Recovery, Thrive, Turn, trainee_problem
from scoring.result import Result
from simulator.errors import UserError
from simulator.journal import Journal, read_entries, read_journal
from simulator.paths import PRIVATE_FOLDER, data_dir, write_private
from simulator.scenario import SCENARIO_ID, Scenario, sha256_of
from simulator.selftest import mark_attempt

LOG_FIELDS = ("location", "caller_name", "callback", "incident_type", "qualifiers", "crime",
              "grade", "narrative", "actions")
THRIVE = ("threat", "harm", "risk", "investigation", "vulnerability", "engagement")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def attempts_dir() -> Path:
    return data_dir() / "attempts"


def _safe(name: str) -> str:
    """A folder name from a trainee id: never `..`, a hidden name or a path."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-.").replace("..", "-") or "trainee"


class Session:
    """Records one call. Create with `start`; pick up a crashed call with `resume`."""

    def __init__(self, folder: Path, scenario: Scenario, trainee: str) -> None:
        self.folder = folder
        self.scenario = scenario
        self.trainee = trainee
        self.journal = Journal(folder / "journal.jsonl")
        self.trainee_turns = 0

    @classmethod
    def start(cls, scenario: Scenario, trainee: str, root: Path | None = None) -> Session:
        problem = trainee_problem(trainee)
        if problem:
            raise UserError(f"trainee {trainee!r}: {problem}")
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        folder = (root or attempts_dir()) / _safe(trainee) / f"{stamp}-{scenario.id}"
        session = cls(folder, scenario, trainee)
        _keep_scenario_copy(scenario, folder)
        session.journal.write({"kind": "start", "format": "callsim.journal/1",
                               "scenario": scenario.id, "scenario_sha256": scenario.sha256,
                               "trainee": trainee, "started_at": now()})
        return session

    @classmethod
    def resume(cls, folder: Path, scenario: Scenario) -> Session:
        entries = read_journal(folder / "journal.jsonl")
        start = _start_entry(entries, folder)
        if start["scenario"] != scenario.id:
            raise UserError(f"{folder} is a call on `{start['scenario']}`, not `{scenario.id}`")
        session = cls(folder, scenario, str(start.get("trainee", "")))
        session.trainee_turns = sum(1 for e in entries if e.get("kind") == "turn"
                                    and e.get("speaker") == "trainee")
        session.journal.write({"kind": "resumed", "at": now()})
        return session

    # --- what happens in the call -----------------------------------------------------

    def caller_said(self, text: str, t: float, end: float, reveals: tuple[str, ...] = ()) -> None:
        self.journal.write({"kind": "turn", "speaker": "caller", "t": round(t, 3),
                            "end": round(end, 3), "text": text, "source": "script",
                            "reveals": list(reveals)})

    def caller_cut(self, t: float, end: float) -> None:
        """The caller's line that began at `t` was cut off at `end` (the trainee cut in)."""
        self.journal.write({"kind": "cut", "t": round(t, 3), "end": round(end, 3)})

    def trainee_said(self, text: str, t: float, end: float, *, source: str = "typed",
                     confidence: float | None = None, audio: bytes | None = None,
                     words: list[dict[str, Any]] | None = None,
                     analysis: dict[str, Any] | None = None) -> str | None:
        """Record a trainee turn; keep its audio (WAV bytes) beside the journal.

        `analysis` is the turn's `TurnAnalysis.to_json()` as the caller acted on it; the
        marker reads it instead of analysing the text again."""
        self.trainee_turns += 1
        audio_path = None
        if audio is not None:
            audio_path = f"turns/{self.trainee_turns:04d}.wav"
            target = self.folder / audio_path
            target.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
            write_private(target, audio)
        entry: dict[str, Any] = {"kind": "turn", "speaker": "trainee", "t": round(t, 3),
                                 "end": round(end, 3), "text": text, "source": source}
        if confidence is not None:
            entry["confidence"] = round(confidence, 3)
        if audio_path:
            entry["audio"] = audio_path
        if words:
            entry["words"] = words
        if analysis is not None:
            entry["analysis"] = analysis
        self.journal.write(entry)
        return audio_path

    def retranscribed(self, audio: str, text: str, engine: str,
                      words: list[dict[str, Any]] | None = None) -> None:
        """A spoken turn (named by its audio file) recognised again, e.g. by the slower,
        stronger engine after the live call moved on. The journal keeps both."""
        entry: dict[str, Any] = {"kind": "retranscribed", "audio": audio, "text": text,
                                 "engine": engine}
        if words:
            entry["words"] = words
        self.journal.write(entry)

    def log_edit(self, field: str, value: Any, t: float) -> None:
        """A log field's new value (`thrive.risk` for THRIVE)."""
        self.journal.write({"kind": "log", "field": field, "value": value, "t": round(t, 3)})

    def stage(self, name: str, t: float, **fields: Any) -> None:
        """A moment in the call's course that the attempt record has no event type for:
        `answered` (with `rang`, seconds of ringing), `wrap_up_ended` (with `by`),
        `closed` (the program was closed mid-call). Journalled with its call time, so a
        resumed call knows where its clocks stood; `stages` reads them back."""
        self.journal.write({"kind": "stage", "stage": name, "t": round(t, 3), **fields})

    def event(self, kind: str, t: float, **fields: Any) -> None:
        self.journal.write({"kind": "event", "type": kind, "t": round(t, 3), **fields})

    # --- the end ----------------------------------------------------------------------

    def finish(self) -> tuple[Attempt, Result]:
        """Write attempt.json and result.json beside the journal, and return both."""
        self.journal.write({"kind": "end", "ended_at": now()})
        self.journal.close()
        attempt = recover(self.folder)
        result = mark_attempt(self.scenario, attempt)
        save_json(self.folder / "attempt.json", attempt.model_dump(mode="json",
                                                                     exclude_none=True))
        save_json(self.folder / "result.json", result.to_json())
        return attempt, result


def _keep_scenario_copy(scenario: Scenario, folder: Path) -> None:
    """The scenario's YAML beside the journal: the call can be marked on exactly the
    scheme it was taken on, even after the file is edited or was a trainer's own."""
    from simulator.scenario_of import COPY  # noqa: PLC0415  (it loads scenarios)

    try:
        raw = Path(scenario.source).read_bytes() if scenario.source else b""
    except OSError:
        return
    if raw and sha256_of(raw) == scenario.sha256:
        write_private(folder / COPY, raw)


def _start_entry(entries: list[dict[str, Any]], folder: Path) -> dict[str, Any]:
    if not entries or entries[0].get("kind") != "start":
        raise UserError(f"{folder}: no call journal starts here (journal.jsonl missing, "
                        "empty, or its first line damaged)")
    start = entries[0]
    scenario = start.get("scenario")
    if not isinstance(scenario, str) or not SCENARIO_ID.fullmatch(scenario):
        raise UserError(f"{folder / 'journal.jsonl'}:1: the call's scenario must be a "
                        f"scenario id (lower-case words and hyphens), not {scenario!r}")
    trainee = start.get("trainee", "")
    if not isinstance(trainee, str) or trainee_problem(trainee):
        raise UserError(f"{folder / 'journal.jsonl'}:1: trainee {trainee!r}: "
                        f"{trainee_problem(str(trainee)) or 'should be text'}")
    return start


@dataclass(frozen=True)
class Recovered:
    """The attempt a journal describes, and what could not be read from it."""

    attempt: Attempt
    damaged: tuple[tuple[int, str], ...]  # journal line, what is wrong with it
    torn_last_line: int | None
    kept: int  # entries used


def recover(folder: Path) -> Attempt:
    """The attempt record a journal describes, whether the call ended or was cut off."""
    return recover_call(folder).attempt


def recover_call(folder: Path) -> Recovered:
    """Rebuild the attempt from every readable journal entry. A line that cannot be read,
    or an entry of the wrong shape, is reported by its line and left out; the rest is
    kept, and the record says so (`recovery`) when anything was left out."""
    reading = read_entries(folder / "journal.jsonl")
    numbered = list(reading.entries)
    start = _start_entry([e for _, e in numbered], folder)
    damaged = list(reading.damaged)
    rebuilt = _Rebuilt()
    ended = ""
    revised = {str(e["audio"]): e for _, e in numbered
               if e.get("kind") == "retranscribed" and isinstance(e.get("audio"), str)}
    kept = 1
    for number, e in numbered[1:]:
        try:
            if _apply(e, revised, rebuilt):
                kept += 1
            if e.get("kind") == "end":
                ended = _moment(e.get("ended_at", ""), "ended_at")
        except (ValidationError, ValueError, TypeError) as error:
            damaged.append((number, f"{e.get('kind', 'entry')}: {_why(error)}"))
    try:
        checked_log = Log.model_validate({**rebuilt.log, "thrive": Thrive(**rebuilt.thrive)})
    except ValidationError as error:
        damaged.append((0, f"log: {_why(error)}"))
        checked_log = Log()
    recovery = None
    if damaged or reading.torn_last_line:
        recovery = Recovery(entries_kept=kept,
                            damaged_lines=tuple(sorted({n for n, _ in damaged if n})),
                            torn_last_line=reading.torn_last_line)
    try:
        attempt = _attempt(start, ended, rebuilt, checked_log, recovery)
    except ValidationError as error:
        raise UserError(f"{folder / 'journal.jsonl'}:1: {_why(error)}") from None
    return Recovered(attempt, tuple(sorted(damaged)), reading.torn_last_line, kept)


def _attempt(start: dict[str, Any], ended: str, rebuilt: _Rebuilt, checked_log: Log,
             recovery: Recovery | None) -> Attempt:
    return Attempt(
        scenario=str(start["scenario"]),
        scenario_sha256=str(start.get("scenario_sha256", "")),
        trainee=str(start.get("trainee", "")),
        started_at=str(start.get("started_at", "")),
        ended_at=ended,
        turns=tuple(sorted(rebuilt.turns, key=lambda t: t.t)),
        log=checked_log,
        events=tuple(sorted(rebuilt.events, key=lambda ev: ev.t)),
        recovery=recovery,
    )


def _moment(value: Any, name: str) -> str:
    if not isinstance(value, str) or len(value) > 64:
        raise ValueError(f"{name} should be a time (ISO 8601 text)")
    return value


@dataclass
class _Rebuilt:
    turns: list[Turn] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    log: dict[str, Any] = field(default_factory=dict)
    thrive: dict[str, str] = field(default_factory=dict)


def _apply(e: dict[str, Any], revised: dict[str, dict[str, Any]], rebuilt: _Rebuilt) -> bool:
    """Add one entry to what is being rebuilt; False for an entry that adds nothing."""
    turns, events, log, thrive = rebuilt.turns, rebuilt.events, rebuilt.log, rebuilt.thrive
    kind = e.get("kind")
    if kind == "turn":
        turn = Turn.model_validate(e)
        again = revised.get(turn.audio or "")
        if again is not None:
            turn = turn.model_copy(update={
                "text": str(again.get("text", "")), "live_text": turn.text,
                "recognised_by": str(again.get("engine", ""))})
        turns.append(turn)
    elif kind == "cut":
        _cut(turns, float(e["t"]), float(e["end"]))
    elif kind == "event":
        events.append(Event.model_validate(e))
    elif kind == "log":
        name = e.get("field")
        if not isinstance(name, str):
            raise ValueError("a log edit names its field")
        value = e.get("value")
        if name.startswith("thrive.") and name.removeprefix("thrive.") in THRIVE:
            if not isinstance(value, str | None):
                raise ValueError(f"{name} should be text")
            thrive[name.removeprefix("thrive.")] = value or ""
        elif name in LOG_FIELDS:
            Log.model_validate({name: value})  # the right shape for that field
            log[name] = value
        else:
            raise ValueError(f"unknown log field {name[:60]!r}")
    else:
        return kind in ("end", "resumed", "retranscribed", "stage")
    return True


def _why(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors(include_url=False)[0]
        place = ".".join(str(p) for p in first["loc"])
        return f"{place}: {first['msg']}" if place else str(first["msg"])
    return str(error)


def stages(folder: Path) -> list[dict[str, Any]]:
    """The call's `stage` entries (see `Session.stage`), oldest first."""
    return [e for _, e in read_entries(folder / "journal.jsonl").entries
            if e.get("kind") == "stage" and isinstance(e.get("t"), int | float)]


def _cut(turns: list[Turn], t: float, end: float) -> None:
    """Shorten the caller's latest line that began at `t` (the trainee cut in at `end`)."""
    for i in range(len(turns) - 1, -1, -1):
        if turns[i].speaker == "caller" and turns[i].t == t:
            turns[i] = turns[i].model_copy(update={"end": end})
            return


def save_json(path: Path, data: Any) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    temporary = path.with_suffix(path.suffix + ".tmp")
    write_private(temporary, json.dumps(data, indent=2, ensure_ascii=False))
    temporary.replace(path)
