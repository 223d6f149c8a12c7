"""Recording codes and grading scales (`scenarios/recording.yaml`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from scoring.authored import read_yaml, validate
from scoring.model import Authored


class Category(Authored):
    group: str
    name: str


class Grade(Authored):
    name: str
    target: str


class Recording(Authored):
    format: Literal["callsim.recording/1"]
    categories: dict[str, Category]
    qualifiers: dict[str, str]
    crimes: dict[str, Category]
    complaint_categories: dict[str, str]
    grading_scales: dict[str, dict[str, Grade]]


def load_recording(path: Path) -> Recording:
    return validate(read_yaml(path), Recording)
