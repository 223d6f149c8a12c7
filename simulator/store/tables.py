"""The store's tables (SQLAlchemy 2.0 typed ORM). Change them only with a migration."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Kept as naive UTC (SQLite has no time zones); always read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect
                           ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect
                             ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(), dict[str, Any]: JSON(), list[str]: JSON()}


class Trainee(Base):
    __tablename__ = "trainees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(200), unique=True)  # the trainee's id
    created_at: Mapped[dt.datetime]


class AttemptRecord(Base):
    """One call: the attempt record as the trainee left it, and where its files are."""

    __tablename__ = "attempts"
    __table_args__ = (Index("ix_attempts_scenario", "scenario"),
                      Index("ix_attempts_trainee", "trainee_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)  # "<trainee>/<call folder>"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"))
    scenario: Mapped[str] = mapped_column(String(200))
    scenario_sha256: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[dt.datetime | None]
    ended_at: Mapped[dt.datetime | None]
    folder: Mapped[str] = mapped_column(Text)
    attempt_json: Mapped[dict[str, Any]]
    stored_at: Mapped[dt.datetime]

    trainee: Mapped[Trainee] = relationship()
    results: Mapped[list[ResultRecord]] = relationship(back_populates="attempt",
                                                       order_by="ResultRecord.id")
    audio: Mapped[list[AudioRecord]] = relationship(order_by="AudioRecord.turn")


class ResultRecord(Base):
    """One marking of an attempt. Later markings add rows; none is ever overwritten."""

    __tablename__ = "results"
    __table_args__ = (Index("ix_results_attempt", "attempt_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    score: Mapped[float] = mapped_column(Float)
    pass_mark: Mapped[float] = mapped_column(Float)
    passed: Mapped[bool]
    critical_failures: Mapped[list[str]]
    result_json: Mapped[dict[str, Any]]
    marked_at: Mapped[dt.datetime]
    marker: Mapped[str] = mapped_column(String(200))  # "auto", or an assessor's id

    attempt: Mapped[AttemptRecord] = relationship(back_populates="results")
    items: Mapped[list[ItemMarkRecord]] = relationship(order_by="ItemMarkRecord.id")


class ItemMarkRecord(Base):
    __tablename__ = "item_marks"
    __table_args__ = (Index("ix_item_marks_result", "result_id"),
                      Index("ix_item_marks_item", "item_id", "status"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    result_id: Mapped[int] = mapped_column(ForeignKey("results.id"))
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    item_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))  # met, not_met, not_applicable
    points: Mapped[float] = mapped_column(Float)
    max_points: Mapped[float] = mapped_column(Float)
    critical: Mapped[bool]


class AudioRecord(Base):
    """A trainee turn's recording: where it is (relative to the call folder), not the sound."""

    __tablename__ = "audio"
    __table_args__ = (Index("ix_audio_attempt", "attempt_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    turn: Mapped[int] = mapped_column(Integer)  # index into the attempt's turns
    path: Mapped[str] = mapped_column(Text)
    seconds: Mapped[float | None] = mapped_column(Float)
    sha256: Mapped[str | None] = mapped_column(String(64))


class ReviewRecord(Base):
    """One entry in an attempt's audit trail: an assessor's correction of a misheard turn,
    override of an item's mark, or blind double-marking. Append-only: the database
    refuses to update or delete a row (triggers in migration 0002)."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_attempt", "attempt_id"),
                      Index("ix_reviews_kind", "kind"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    kind: Mapped[str] = mapped_column(String(20))  # correction, override, blind
    target: Mapped[str] = mapped_column(String(200))  # "turn 5", an item id, or ""
    assessor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime]
    before: Mapped[dict[str, Any]]
    after: Mapped[dict[str, Any]]
    result_id: Mapped[int | None] = mapped_column(ForeignKey("results.id"))  # marking made


class LedgerEntry(Base):
    """One link of the record's hash chain (migration 0003): every attempt version,
    marking, review, recording and erasure is hashed here as it is kept, each link
    including the one before, so `callsim verify` finds any row changed, removed or
    added behind callsim's back, even by someone who dropped the database's guards."""

    __tablename__ = "ledger"
    __table_args__ = (Index("ix_ledger_row", "kind", "row_id"),
                      Index("ix_ledger_attempt", "attempt_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # attempt, result, review, audio, ...
    row_id: Mapped[int] = mapped_column(Integer)
    attempt_id: Mapped[int | None] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the row's content
    previous: Mapped[str] = mapped_column(String(64), unique=True)  # no fork in the chain
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime]


class ScenarioText(Base):
    """The YAML of every scenario an attempt was taken on, by its sha256: a report, a
    review or the cohort can mark the call again after the file is edited or gone."""

    __tablename__ = "scenario_texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    scenario: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[dt.datetime]


class Erasure(Base):
    """A trainee's attempts removed after the retention period (`callsim erase`): the
    only way a mark leaves the store, and itself an entry in the record."""

    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee: Mapped[str] = mapped_column(String(200))
    before: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(Text)
    erased_by: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime]
    attempt_ids: Mapped[list[int]] = mapped_column(JSON)


class ErasedAttempt(Base):
    """Which attempts an erasure covers: the database lets a mark be deleted only when
    its attempt is listed here (and the list itself cannot change)."""

    __tablename__ = "erased_attempts"

    erasure_id: Mapped[int] = mapped_column(ForeignKey("erasures.id"), primary_key=True)
    attempt_id: Mapped[int] = mapped_column(Integer, primary_key=True)
