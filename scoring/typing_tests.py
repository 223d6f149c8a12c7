"""Typing tests as trainers write them: copy typing, audio typing and data entry.

One YAML file per test under `scenarios/typing/`, read with the scenario reader (every line
kept, YAML 1.1 surprises refused) and checked against one typed model per `kind`, so a
misspelt key names the nearest valid one and every error comes back as `file:line`.
The whole format is described in `docs/typing-tests.md`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from scoring.authored import AuthoringError, Document, nearest, read_yaml, validate
from scoring.model import Authored, check_id

Kind = Literal["copy", "audio", "data-entry"]
KINDS: tuple[str, ...] = ("copy", "audio", "data-entry")
Normaliser = Literal["address", "phone", "registration", "name", "text"]

# Net speed already loses a word a minute for every uncorrected error, so the accuracy floor
# is there for a different reason: a fast typist who leaves one character in twenty wrong
# still puts a wrong house number or registration on the log. 95% is the floor most
# recruitment typing tests use; a trainer can set `pass_accuracy` per test.
DEFAULT_PASS_ACCURACY = 95
# A speed measured over a few seconds says nothing (a 15-second burst "passed" every role):
# a result needs at least a minute of typing, the shortest sample typing tests use, or the
# whole passage (fields) done. A trainer can set `min_time` per test.
DEFAULT_MIN_TIME = 60


class TestVoice(Authored):
    """How the synthesised voice reads an audio test (as a scenario's caller voice)."""

    accent: str = "en-gb"
    variant: str = ""
    rate: int = Field(default=140, ge=80, le=300)
    pitch: int = Field(default=50, ge=0, le=99)


class Common(Authored):
    format: Literal["callsim.typing/1"]
    id: str
    title: str
    kind: Kind
    instructions: str = ""
    time_limit: int = Field(gt=0, le=1800, description="seconds")
    pass_accuracy: int = Field(default=DEFAULT_PASS_ACCURACY, ge=50, le=100)
    min_time: int | None = Field(default=None, gt=0, le=1800,
                                 description="seconds of typing a result needs, unless the "
                                             "whole passage is done (default 60)")
    tags: tuple[str, ...] = ()

    _id = field_validator("id")(check_id)

    @field_validator("min_time")
    @classmethod
    def _min_time_fits(cls, value: int | None, info: ValidationInfo) -> int | None:
        limit = info.data.get("time_limit")
        if value is not None and isinstance(limit, int) and value > limit:
            raise ValueError(f"min_time {value} is longer than time_limit {limit}: no "
                             "attempt could ever complete")
        return value

    @property
    def minimum_seconds(self) -> int:
        """Seconds of typing a result needs unless the whole passage is done."""
        return self.min_time if self.min_time is not None else min(DEFAULT_MIN_TIME,
                                                                   self.time_limit)

    # Filled by the loader, never by the trainer.
    file: str = Field(default="", exclude=True)
    sha256: str = Field(default="", exclude=True)


class CopyTest(Common):
    """Copy typing: the passage is on screen; typed as fast and as accurately as possible."""

    kind: Literal["copy"]
    passage: str = Field(min_length=20)

    @field_validator("passage")
    @classmethod
    def _one_spacing(cls, value: str) -> str:
        # YAML block text ends lines where the author wrapped them; the trainee types one
        # running passage, so line breaks inside a paragraph are spaces.
        paragraphs = [" ".join(p.split()) for p in value.split("\n\n")]
        return "\n".join(p for p in paragraphs if p)


class Fact(Authored):
    id: str
    point: str | tuple[str, ...] = Field(description="a key point, or its alternatives")

    _id = field_validator("id")(check_id)


class AudioTest(Common):
    """Audio typing: a call summary is read aloud; the trainee types what they hear."""

    kind: Literal["audio"]
    voice: TestVoice = TestVoice()
    script: str = Field(min_length=20)
    replays: int = Field(default=1, ge=0, le=5)
    facts: tuple[Fact, ...] = Field(min_length=1)

    @field_validator("script")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return " ".join(value.split())

    @model_validator(mode="after")
    def _unique_facts(self) -> AudioTest:
        _unique([f.id for f in self.facts], "fact")
        return self


class EntryField(Authored):
    id: str
    label: str
    value: str = Field(description="the true value")
    normalise: Normaliser = "text"

    _id = field_validator("id")(check_id)


class DataEntryTest(Common):
    """Data entry: details given by a caller (heard) or on a message (read), typed into
    fields; each field compared with the truth after normalising both."""

    kind: Literal["data-entry"]
    source: Literal["heard", "read"]
    voice: TestVoice = TestVoice()
    given: str = Field(min_length=10, description="what the trainee hears or reads")
    replays: int = Field(default=1, ge=0, le=5)
    fields: tuple[EntryField, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_fields(self) -> DataEntryTest:
        _unique([f.id for f in self.fields], "field")
        return self


TypingTest = CopyTest | AudioTest | DataEntryTest
MODELS: dict[str, type[CopyTest] | type[AudioTest] | type[DataEntryTest]] = {
    "copy": CopyTest, "audio": AudioTest, "data-entry": DataEntryTest,
}


def _unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise ValueError(f"{what} id `{ident}` is used twice")
        seen.add(ident)


def load_typing_test(path: Path) -> TypingTest:
    """Read and check one typing test; raise `AuthoringError` with every problem."""
    doc = read_yaml(path)
    model = _model_for(doc)
    test = validate(doc, model)
    return test.model_copy(update={
        "file": str(path), "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})


def _model_for(doc: Document) -> type[CopyTest] | type[AudioTest] | type[DataEntryTest]:
    """The model is chosen by `kind` first, so the errors are about that kind's keys."""
    if not isinstance(doc.data, dict):
        raise AuthoringError([doc.problem((), "a typing test is a mapping of keys "
                                          "(format, id, title, kind, ...)")])
    kind = doc.data.get("kind")
    if kind is None:
        raise AuthoringError([doc.problem((), "missing required key `kind` "
                                          f"(one of {', '.join(KINDS)})")])
    if kind not in MODELS:
        hint = nearest(str(kind), KINDS)
        tail = f"; did you mean `{hint}`?" if hint else f"; use one of {', '.join(KINDS)}"
        raise AuthoringError([doc.problem(("kind",), f"unknown kind `{kind}`{tail}")])
    return MODELS[str(kind)]


def typing_dir() -> Path:
    """The shipped typing tests (beside the scenario library)."""
    from importlib.resources import files  # noqa: PLC0415  (only the library needs it)

    return Path(str(files("scenarios"))) / "typing"


def typing_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or typing_dir()).glob("*.yaml"))
