"""Finding and fetching vosk models.

A model is looked for, in order, at the path given (`--vosk-model`), at the environment
variable CALLSIM_VOSK_MODEL, then in the user's data folder under models/vosk/. vosk itself
raises a bare `Exception` (and prints to stderr) for a bad path and goes to the network for
`Model(lang=…)`, so a folder is checked here first and only ever opened by path.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

from audio.errors import EngineMissingError
from audio.places import data_dir

ENV = "CALLSIM_VOSK_MODEL"
OFFICIAL_SMALL_ENGLISH = "vosk-model-small-en-us-0.15"
MODEL_LIST_URL = "https://alphacephei.com/vosk/models/model-list.json"
MODEL_URL = "https://alphacephei.com/vosk/models/{name}.zip"


def models_folder() -> Path:
    return data_dir("models", "vosk")


def how_to_get() -> str:
    return (
        f"get one with `callsim models fetch vosk` (needs internet), or unpack a model from "
        f"https://alphacephei.com/vosk/models into {models_folder()}, or point "
        f"--vosk-model or {ENV} at its folder"
    )


def is_model(folder: Path) -> bool:
    return (folder / "am").is_dir() and (folder / "conf").is_dir()


def find_vosk_model(explicit: Path | None = None) -> Path:
    """The model folder to use, or `EngineMissingError` saying where it looked and what to do."""
    for origin, candidate in (
        ("--vosk-model", explicit),
        (ENV, Path(os.environ[ENV]) if os.environ.get(ENV) else None),
    ):
        if candidate is None:
            continue
        if not is_model(candidate):
            raise EngineMissingError(
                f"{origin} points at {candidate}, which is not a vosk model folder (it needs "
                f"am/ and conf/ inside); {how_to_get()}"
            )
        return candidate
    folder = models_folder()
    if folder.is_dir():
        for candidate in sorted(folder.iterdir()):
            if is_model(candidate):
                return candidate
    raise EngineMissingError(f"no vosk model is installed; {how_to_get()}")


def fetch_small_english(timeout: float = 30.0) -> Path:
    """Download, verify and unpack the official small English model into the data folder."""
    target = models_folder() / OFFICIAL_SMALL_ENGLISH
    if is_model(target):
        return target
    try:
        with urllib.request.urlopen(MODEL_LIST_URL, timeout=timeout) as response:
            listing = json.load(response)
        entry = next(m for m in listing if m.get("name") == OFFICIAL_SMALL_ENGLISH)
        with tempfile.TemporaryDirectory(prefix="callsim-vosk-") as scratch:
            archive = Path(scratch) / "model.zip"
            url = MODEL_URL.format(name=OFFICIAL_SMALL_ENGLISH)
            with (
                urllib.request.urlopen(url, timeout=timeout) as response,
                archive.open("wb") as out,
            ):
                shutil.copyfileobj(response, out)
            verify(archive, int(entry["size"]), str(entry["md5"]))
            return install_archive(archive)
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise EngineMissingError(
            f"could not download the vosk model ({getattr(error, 'reason', error)}): this "
            "computer cannot reach alphacephei.com. On a computer with internet, download "
            f"{MODEL_URL.format(name=OFFICIAL_SMALL_ENGLISH)} and run "
            "`callsim models fetch vosk --from-zip FILE.zip` here"
        ) from error
    except (StopIteration, KeyError, ValueError) as error:
        raise EngineMissingError(
            f"the vosk model list at {MODEL_LIST_URL} no longer lists "
            f"{OFFICIAL_SMALL_ENGLISH} as expected ({error})"
        ) from error


def verify(archive: Path, size: int, md5: str) -> None:
    actual_size = archive.stat().st_size
    digest = hashlib.md5(usedforsecurity=False)
    with archive.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    if actual_size != size or digest.hexdigest() != md5:
        raise EngineMissingError(
            f"the downloaded vosk model is damaged (size {actual_size}, md5 "
            f"{digest.hexdigest()}; expected {size}, {md5}); try again"
        )


def install_archive(archive: Path) -> Path:
    """Unpack a model zip into the data folder; returns the model folder."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            names = zipped.namelist()
            tops = {n.split("/", 1)[0] for n in names if "/" in n}
            if len(tops) != 1 or any(n.startswith("/") or ".." in n.split("/") for n in names):
                raise EngineMissingError(f"{archive} is not a vosk model archive")
            top = tops.pop()
            folder = models_folder()
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=folder, prefix=".unpack-") as scratch:
                zipped.extractall(scratch)
                if not is_model(Path(scratch) / top):
                    raise EngineMissingError(f"{archive} has no am/ and conf/: not a vosk model")
                target = folder / top
                if target.exists():
                    shutil.rmtree(target)
                os.replace(Path(scratch) / top, target)
    except zipfile.BadZipFile as error:
        raise EngineMissingError(f"{archive} is not a zip file ({error})") from error
    return target
