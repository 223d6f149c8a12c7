"""One call as it happens: the timeline, the journal, and the attempt record at the end.

Everything goes through the journal first; the attempt record is rebuilt from the
journal, so a call that ended normally and one recovered after a crash produce the same
kind of record from the same source.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from scoring.attempt import Attempt, Event, Log, Thrive, Turn
from scoring.result import Result
from simulator.errors import UserError
from simulator.journal import Journal, read_journal
from simulator.paths import data_dir
from simulator.scenario import Scenario
from simulator.selftest import mark_attempt

LOG_FIELDS = ("location", "caller_name", "callback", "incident_type", "qualifiers", "crime",
              "grade", "narrative", "actions")
THRIVE = ("threat", "harm", "risk", "investigation", "vulnerability", "engagement")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def attempts_dir() -> Path:
    return data_dir() / "attempts"


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "trainee"


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
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        folder = (root or attempts_dir()) / _safe(trainee) / f"{stamp}-{scenario.id}"
        session = cls(folder, scenario, trainee)
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
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(audio)
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


def _start_entry(entries: list[dict[str, Any]], folder: Path) -> dict[str, Any]:
    if not entries or entries[0].get("kind") != "start":
        raise UserError(f"{folder}: no call journal starts here (journal.jsonl missing "
                        "or empty)")
    return entries[0]


def recover(folder: Path) -> Attempt:
    """The attempt record a journal describes, whether the call ended or was cut off."""
    entries = read_journal(folder / "journal.jsonl")
    start = _start_entry(entries, folder)
    turns: list[Turn] = []
    events: list[Event] = []
    log: dict[str, Any] = {}
    thrive: dict[str, str] = {}
    ended = ""
    revised = {str(e["audio"]): e for e in entries
               if e.get("kind") == "retranscribed" and e.get("audio")}
    for e in entries:
        kind = e.get("kind")
        if kind == "turn":
            turn = Turn.model_validate(e)
            again = revised.get(turn.audio or "")
            if again is not None:
                turn = turn.model_copy(update={
                    "text": str(again.get("text", "")), "live_text": turn.text,
                    "recognised_by": str(again.get("engine", ""))})
            turns.append(turn)
        elif kind == "event":
            events.append(Event.model_validate(e))
        elif kind == "log" and isinstance(e.get("field"), str):
            name = e["field"]
            if name.startswith("thrive.") and name.removeprefix("thrive.") in THRIVE:
                thrive[name.removeprefix("thrive.")] = str(e.get("value") or "")
            elif name in LOG_FIELDS:
                log[name] = e.get("value")
        elif kind == "end":
            ended = str(e.get("ended_at", ""))
    return Attempt(
        scenario=str(start["scenario"]),
        scenario_sha256=str(start.get("scenario_sha256", "")),
        trainee=str(start.get("trainee", "")),
        started_at=str(start.get("started_at", "")),
        ended_at=ended,
        turns=tuple(turns),
        log=Log.model_validate({**log, "thrive": Thrive(**thrive)}),
        events=tuple(events),
    )


def save_json(path: Path, data: Any) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)
