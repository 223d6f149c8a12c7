"""Shared fixtures: real engines where installed, skipped with the reason where not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each test gets its own cache and data folder: nothing leaks into the user's.
    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path / "data"))


def need_espeak() -> None:
    pytest.importorskip(
        "pyttsx3", reason="pyttsx3 not installed (./setup)"
    )
    if (
        shutil.which("espeak-ng") is None
        and not Path("/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1").exists()
    ):
        pytest.skip("espeak-ng not installed (run .ci/speech-setup.sh)")


@pytest.fixture(scope="session")
def espeak():
    need_espeak()
    from audio.tts import text_to_speech

    return text_to_speech("espeak")
