"""What an attempt report shows, worked out from the attempt, its marking and the scenario.

The template only lays this out. Everything here is plain data: text a trainee said or
typed stays text, and the template (autoescaped) prints it as text.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from scoring.attempt import Attempt
from scoring.text import agreement, mentions
from simulator.scenario import Scenario

LOW_CONFIDENCE = 0.5  # a recognised word below this is shown as doubtful
LOG_FIELDS = (("location", "Location"), ("caller_name", "Caller's name"),
              ("callback", "Callback number"), ("incident_type", "Incident type"),
              ("qualifiers", "Qualifiers"), ("crime", "Crime"), ("grade", "Grade"),
              ("narrative", "Narrative"), ("actions", "Actions"))
THRIVE = ("threat", "harm", "risk", "investigation", "vulnerability", "engagement")
SIMILARITY = {"location": "address", "caller_name": "name", "callback": "phone"}
STATUS_WORDS = {"met": "met", "not_met": "not met", "not_applicable": "not applicable",
                "uncertain": "uncertain: for review"}


@dataclass(frozen=True)
class Word:
    text: str
    conf: float | None

    @property
    def low(self) -> bool:
        return self.conf is not None and self.conf < LOW_CONFIDENCE


@dataclass(frozen=True)
class Citation:
    """A marking item that rests on a timeline entry or log field."""

    item: str
    status: str


@dataclass
class Entry:
    """One row of the call's timeline: a turn or an event."""

    anchor: str
    t: float
    kind: str  # caller, trainee, event
    text: str
    source: str = ""
    confidence: float | None = None
    words: list[Word] = field(default_factory=list)
    audio: str | None = None  # a data: URI
    audio_missing: str | None = None
    cited_by: list[Citation] = field(default_factory=list)
    live_text: str | None = None  # what was recognised in the call, before a revision
    revised_by: str | None = None

    @property
    def low(self) -> bool:
        """Doubtful as a whole (no word timings to say which words)."""
        return not self.words and self.confidence is not None and \
            self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True)
class Proof:
    anchor: str | None
    where: str
    t: float | None
    text: str
    note: str


@dataclass(frozen=True)
class ItemView:
    id: str
    description: str
    status: str
    status_words: str
    points: float
    max_points: float
    critical: bool
    reason: str
    feedback: str
    evidence: list[Proof]
    competencies: list[str]
    criteria: list[str]
    override: str = ""  # "by ID: reason (automatic: …)" when an assessor overrode it


@dataclass(frozen=True)
class AuditView:
    """One entry of the review audit trail, in words."""

    when: str
    assessor: str
    kind: str
    target: str
    reason: str
    before: str
    after: str


@dataclass(frozen=True)
class Compared:
    """One log field: what the trainee typed beside the scenario's ground truth."""

    anchor: str
    label: str
    typed: str
    expected: str
    agrees: bool | None  # codes: the same or not; None for free text
    cited_by: list[Citation]
    similarity: float | None = None  # typed details (address, name, number): 0–1
    is_code: bool = False
    typed_named: str = ""  # codes with their names: "burglary_residential (Burglary …)"
    expected_named: str = ""


@dataclass(frozen=True)
class KeyPoint:
    text: str
    covered: bool


@dataclass(frozen=True)
class ThriveRow:
    anchor: str
    part: str
    typed: str
    points: list[KeyPoint]
    cited_by: list[Citation]


@dataclass(frozen=True)
class Bar:
    id: str
    name: str
    value: float
    tested: bool  # some item in this scenario marks it


@dataclass
class Report:
    trainee: str
    scenario_id: str
    scenario_title: str
    channel: str
    profile: str
    date: str
    duration: str
    score: float
    pass_mark: float
    passed: bool
    critical_failures: list[ItemView]
    marker: str
    scheme_changed: bool
    timeline: list[Entry]
    items: list[ItemView]
    log: list[Compared]
    thrive: list[ThriveRow]
    grade: Compared
    competencies: list[Bar]
    criteria: list[Bar]
    generated: str
    audit: list[AuditView] = field(default_factory=list)
    untested: list[str] = field(default_factory=list)  # the role's criteria not tested here
    auto_score: float | None = None  # the automatic marking's, when reviewed since
    auto_passed: bool | None = None
    record: str = ""  # the hash chain's verdict on this attempt (intact / BROKEN: why)
    demo: bool = False  # played by `callsim demo`, not by a trainee


def clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = round(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def when(text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text or "date not recorded"
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%d %B %Y, %H:%M UTC").lstrip("0")


def shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def journal_words(folder: Path | None) -> list[list[dict[str, Any]]]:
    """Each turn's recognised words with confidences, in turn order (only the journal
    keeps them; the attempt record has the text)."""
    if folder is None or not (folder / "journal.jsonl").exists():
        return []
    words: list[list[dict[str, Any]]] = []
    for line in (folder / "journal.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a torn last line after a crash
        if isinstance(entry, dict) and entry.get("kind") == "turn":
            found = entry.get("words")
            words.append(found if isinstance(found, list) else [])
    return words


def audio_uri(folder: Path | None, relative: str) -> tuple[str | None, str | None]:
    """The recording as a data: URI (the report must stand alone), or why it is missing."""
    if folder is None:
        return None, "recording not available (the call's folder is not on this computer)"
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder.resolve()):
        return None, "recording path outside the call's folder: not embedded"
    try:
        raw = path.read_bytes()
    except OSError:
        return None, f"recording {relative} is missing"
    return "data:audio/wav;base64," + base64.b64encode(raw).decode("ascii"), None


def timeline(attempt: Attempt, folder: Path | None) -> list[Entry]:
    words = journal_words(folder)
    entries: list[Entry] = []
    for index, turn in enumerate(attempt.turns):
        entry = Entry(f"turn-{index}", turn.t, turn.speaker, turn.text, turn.source,
                      turn.confidence)
        if turn.live_text is not None and turn.live_text != turn.text:
            entry.live_text, entry.revised_by = turn.live_text, turn.recognised_by
        elif index < len(words):  # word timings belong to the live text only
            entry.words = [Word(str(w.get("word", "")), _number(w.get("conf")))
                           for w in words[index] if isinstance(w, dict)]
        if turn.audio:
            entry.audio, entry.audio_missing = audio_uri(folder, turn.audio)
        entries.append(entry)
    for index, event in enumerate(attempt.events):
        detail = " ".join(v for v in (event.query, event.value) if v)
        label = event.type.replace("_", " ")
        text = f"{label}: {detail}" if detail else label
        kind = "event"
        if event.type == "call_ended":  # who ended it matters: a caller who gave up
            by = (event.model_extra or {}).get("by")
            kind = "hangup" if by == "caller" else "event"
            text = {"caller": "The caller hung up", "trainee": "The trainee ended the call"
                    }.get(str(by), "The call ended")
        entries.append(Entry(f"event-{index}", event.t, kind, text))
    entries.sort(key=lambda e: (e.t, e.kind in ("event", "hangup")))
    return entries


SILENCE = 6.0  # seconds with nobody speaking that an assessor should notice on a call


def call_events(attempt: Attempt, scenario: Scenario, entries: list[Entry]) -> list[Entry]:
    """The timeline with what the turns alone do not say: silences, the trainee talking
    over the caller (barge-in: the caller stops), and a caller who hangs up."""
    moments: list[Entry] = []
    turns = list(attempt.turns)
    for before, after in pairwise(turns):
        gap = after.t - before.finished
        if gap >= SILENCE:
            moments.append(Entry(f"silence-{len(moments)}", before.finished, "silence",
                                 f"{gap:.0f} s of silence"))
        # Only a spoken turn can talk over the caller (a typed one waits for its turn).
        if (before.speaker == "caller" and after.speaker == "trainee" and before.end
                is not None and after.t < before.end and after.source == "stt"):
            moments.append(Entry(f"bargein-{len(moments)}", after.t, "bargein",
                                 f"The trainee spoke over the caller "
                                 f"({before.end - after.t:.1f} s before they had "
                                 "finished); the caller stopped"))
    ended = any(e.kind == "hangup" for e in entries)
    last = turns[-1] if turns else None
    farewell = scenario.caller.hang_up.say
    if not ended and last is not None and last.speaker == "caller" and farewell and \
            last.text.strip() == farewell.strip():
        moments.append(Entry("hangup", last.finished, "hangup", "The caller hung up"))
    # At one moment: a barge-in before the turn that made it, events after the turns.
    rank = {"bargein": 0, "caller": 1, "trainee": 1}
    return sorted([*entries, *moments], key=lambda e: (e.t, rank.get(e.kind, 2)))


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def item_views(result: dict[str, Any]) -> list[ItemView]:
    views = []
    for item in result.get("items", []):
        proofs = [Proof(_anchor(e), str(e.get("where", "")), e.get("t"),
                        str(e.get("text", "")), str(e.get("note", "")))
                  for e in item.get("evidence", [])]
        status = str(item.get("status", "met" if item.get("met") else "not_met"))
        views.append(ItemView(
            str(item["id"]), str(item.get("description", "")), status,
            STATUS_WORDS.get(status, status), float(item.get("points", 0)),
            float(item.get("max_points", 0)), bool(item.get("critical")),
            str(item.get("reason", "")), str(item.get("feedback", "")), proofs,
            list(item.get("competencies", [])), list(item.get("criteria", [])),
            _override_words(item.get("override"))))
    return views


def _override_words(override: Any) -> str:
    if not isinstance(override, dict):
        return ""
    was = STATUS_WORDS.get(str(override.get("auto_status")), str(override.get("auto_status")))
    return (f"overridden by {override.get('assessor', '')}: {override.get('reason', '')} "
            f"(automatic marking: {was}, {float(override.get('auto_points', 0)):g} points)")


def audit_views(entries: list[dict[str, Any]]) -> list[AuditView]:
    """The audit trail for the report. A blind marking's marks stay out of it: the report
    may be read by the next assessor, who must mark without seeing them."""
    views = []
    for e in entries:
        before, after = e.get("before", {}), e.get("after", {})
        kind = str(e.get("kind", ""))
        if kind == "correction":
            was, now = f"heard as “{before.get('text', '')}”", f"“{after.get('text', '')}”"
        elif kind == "override":
            was = (f"{STATUS_WORDS.get(str(before.get('status')), before.get('status'))}, "
                   f"{float(before.get('points', 0)):g} points")
            points = after.get("points")
            now = ("met" if after.get("met") else "not met") + (
                f", {float(points):g} points" if points is not None else "")
        else:
            was, now = "", f"{len(after.get('marks', {}))} items marked blind (see calibration)"
        views.append(AuditView(str(e.get("at", "")), str(e.get("assessor", "")),
                               {"correction": "corrected a turn", "override": "overrode a mark",
                                "blind": "double-marked blind"}.get(kind, kind),
                               str(e.get("target", "")), str(e.get("reason", "")), was, now))
    return views


def _anchor(evidence: dict[str, Any]) -> str | None:
    kind, index, where = evidence.get("kind"), evidence.get("index"), evidence.get("where", "")
    if kind in ("turn", "event") and isinstance(index, int):
        return f"{kind}-{index}"
    if kind == "log" and isinstance(where, str) and where.startswith("log."):
        return "log-" + where.removeprefix("log.").replace(".", "-")
    return None


def cite(entries: list[Entry], items: list[ItemView]) -> dict[str, list[Citation]]:
    """Mark each timeline entry with the items whose evidence it is; return the same for
    log fields, by anchor."""
    cited: dict[str, list[Citation]] = {}
    for item in items:
        for proof in item.evidence:
            if proof.anchor is not None:
                marks = cited.setdefault(proof.anchor, [])
                if all(c.item != item.id for c in marks):
                    marks.append(Citation(item.id, item.status))
    for entry in entries:
        entry.cited_by = cited.get(entry.anchor, [])
    return cited


def expected_log(scenario: Scenario) -> dict[str, tuple[str, bool]]:
    """Ground truth per log field, and whether it is a code to compare exactly."""
    world = scenario.world
    return {
        "location": (world.location.address, False),
        "caller_name": (world.caller.name, False),
        "callback": (world.caller.callback or "", False),
        "incident_type": (world.incident.category, True),
        "qualifiers": (", ".join(world.incident.qualifiers), True),
        "crime": (world.incident.crime or "", True),
        "grade": (" or ".join(world.grades), True),
        "narrative": ("", False),
        "actions": ("", False),
    }


def named(codes: str, names: dict[str, str]) -> str:
    """"vulnerable_adult, repeat_victim" → "Vulnerable adult (vulnerable_adult), …": an
    assessor reads the name; the code stays beside it to match the log."""
    parts = [p.strip() for p in codes.split(",") if p.strip()]
    if not any(p in names or p.upper() in names for p in parts):
        return ""
    return ", ".join(f"{names.get(p) or names.get(p.upper()) or p} ({p})" for p in parts)


def compare_log(attempt: Attempt, scenario: Scenario, cited: dict[str, list[Citation]],
                code_names: dict[str, dict[str, str]] | None = None) -> list[Compared]:
    truth = expected_log(scenario)
    names = code_names or {}
    rows = []
    for name, label in LOG_FIELDS:
        typed = shown(attempt.log.field(name))
        expected, is_code = truth[name]
        agrees: bool | None = None
        similarity = None
        if name in SIMILARITY and expected:
            similarity = agreement(expected, typed, SIMILARITY[name])
        if name == "grade":
            agrees = typed.strip().upper() in {g.upper() for g in scenario.world.grades}
        elif is_code:
            agrees = _codes(typed) == _codes(expected)
        table = names.get(name, {})
        rows.append(Compared(f"log-{name}", label, typed, expected, agrees,
                             cited.get(f"log-{name}", []), similarity, is_code,
                             named(typed, table), named(expected.replace(" or ", ", "), table)))
    return rows


def _codes(text: str) -> set[str]:
    return {part.strip().upper() for part in text.split(",") if part.strip()}


def compare_thrive(attempt: Attempt, scenario: Scenario, cited: dict[str, list[Citation]]
                   ) -> list[ThriveRow]:
    rows = []
    for part in THRIVE:
        typed = getattr(attempt.log.thrive, part)
        points = [KeyPoint(p if isinstance(p, str) else " / ".join(p), mentions(typed, p))
                  for p in scenario.world.thrive.points(part)]
        anchor = f"log-thrive-{part}"
        rows.append(ThriveRow(anchor, part.capitalize(), typed, points, cited.get(anchor, [])))
    return rows


def bars(scores: dict[str, float], names: dict[str, str], tested: set[str]) -> list[Bar]:
    """Tested ones first, in natural order (HUM-2 before HUM-10)."""
    rows = [Bar(k, names.get(k, k), max(0.0, min(100.0, float(v))), k in tested)
            for k, v in scores.items()]
    return sorted(rows, key=lambda b: (not b.tested, natural(b.id)))


def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part)
                 for part in re.split(r"(\d+)", text) if part)
