"""The scenario an attempt was taken on, found by its id and hash, never by a path.

An attempt names its scenario by id and the sha256 of the YAML it was taken on. A record
from disk is not trusted to say where a file is, so the scenario is looked for only in:
the copy kept beside the call's journal (`scenario.yaml`, written when the call starts),
the library, and the scenario texts the results store keeps by hash. The version the
attempt was taken on wins; a trainer's own file and an edited scenario work too.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from scoring.attempt import Attempt
from scoring.authored import AuthoringError
from simulator.errors import UserError
from simulator.library import scenario_dir
from simulator.loader import load_scenario
from simulator.paths import data_dir
from simulator.scenario import SCENARIO_ID, Scenario, sha256_of

COPY = "scenario.yaml"  # beside the journal in each call's folder


def scenario_of(attempt: Attempt, store_option: str | None = None,
                folder: Path | None = None) -> Scenario:
    """The scenario for this attempt: the exact version it was taken on if any copy is
    kept, else the library's current one (reports then say the scheme changed)."""
    ident, digest = attempt.scenario, attempt.scenario_sha256
    if not SCENARIO_ID.fullmatch(ident):
        raise UserError(f"the attempt's scenario {ident!r} is not a scenario id")
    library = scenario_dir() / f"{ident}.yaml"
    candidates = [folder / COPY] if folder is not None else []
    candidates.append(library)
    for path in candidates:
        if path.is_file() and (not digest or sha256_of(path.read_bytes()) == digest):
            return _load(path, ident)
    if digest:
        text = stored_text(digest, store_option)
        if text is not None:
            return from_text(text, ident, f"results store, scenario {ident} "
                                          f"{digest[:12]}")
    if library.is_file():
        return _load(library, ident)
    raise UserError(f"scenario `{ident}` is not in the library, and its text "
                    f"({digest[:12] or 'no hash'}) is not beside the call or in the results "
                    "store: give the store that keeps it with --store")


def _load(path: Path, ident: str) -> Scenario:
    try:
        scenario = load_scenario(path)
    except AuthoringError as error:
        raise UserError(f"the scenario has problems; fix them first:\n{error}") from None
    if scenario.id != ident:
        raise UserError(f"{path} holds scenario `{scenario.id}`, not `{ident}`")
    return scenario


def from_text(text: str, ident: str, where: str) -> Scenario:
    """Load a scenario kept as text (the store's copy) through the one loader."""
    with tempfile.TemporaryDirectory(prefix="callsim-scenario-") as folder:
        path = Path(folder) / f"{ident}.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            scenario = load_scenario(path)
        except AuthoringError as error:
            raise UserError(f"the {where} has problems:\n{error}") from None
    return scenario.model_copy(update={"source": where})


def stored_text(digest: str, store_option: str | None) -> str | None:
    """The scenario text the results store keeps under this hash, if a store is here."""
    from simulator.store.options import STORE_ENV  # noqa: PLC0415

    if not (store_option or os.environ.get(STORE_ENV) or (data_dir() / "callsim.db").exists()):
        return None  # no store here: do not make one just to look
    from simulator.store.connect import open_store  # noqa: PLC0415  (SQLAlchemy only here)
    from simulator.store.scenarios import find_text  # noqa: PLC0415

    store = open_store(store_option, create=False)
    try:
        return find_text(store, digest)
    finally:
        store.close()
