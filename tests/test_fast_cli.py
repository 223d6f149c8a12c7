"""A fast command line: only the chosen command's module is imported, and what slow reading
produces is kept in the compiled cache, keyed by file hashes. (Speed itself is measured by
bench/cli_speed.py, never by a test.)"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from simulator import cli, compiled

HEAVY = ("numpy", "pydantic", "sqlalchemy", "jinja2", "scoring.marking", "yaml")


def modules_after(argv: list[str], env: dict[str, str]) -> set[str]:
    """The modules a `callsim` run imported, seen from inside that process."""
    code = textwrap.dedent(f"""
        import contextlib, io, json, sys
        from simulator import cli
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            cli.main({argv!r})
        print(json.dumps(sorted(sys.modules)))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_help_imports_no_heavy_module(tmp_path: Path):
    env = dict(os.environ, CALLSIM_DATA=str(tmp_path))
    for argv in (["--help"], []):
        loaded = modules_after(argv, env)
        assert not [m for m in HEAVY if m in loaded], argv
        assert not [m for m in loaded if m.startswith("simulator.commands.")], argv


def test_list_reads_the_cache_without_parsing_scenarios(tmp_path: Path):
    env = dict(os.environ, CALLSIM_DATA=str(tmp_path))
    first = subprocess.run([sys.executable, "-m", "simulator.cli", "list", "--json"],
                           capture_output=True, text=True, env=env, timeout=120, check=True)
    assert (tmp_path / "cache" / "compiled" / "library-list.json").exists()
    loaded = modules_after(["list"], env)
    assert "pydantic" not in loaded and "numpy" not in loaded and "yaml" not in loaded
    again = subprocess.run([sys.executable, "-m", "simulator.cli", "list", "--json"],
                           capture_output=True, text=True, env=env, timeout=120, check=True)
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert len(json.loads(first.stdout)["scenarios"]) >= 12


def test_match_and_report_do_not_import_alembic_or_every_command(tmp_path: Path):
    env = dict(os.environ, CALLSIM_DATA=str(tmp_path))
    loaded = modules_after(["match", "is anyone hurt"], env)
    assert "simulator.commands.library" in loaded
    assert not {"simulator.commands.speech", "simulator.commands.play", "alembic",
                "sqlalchemy"} & loaded


def test_the_table_names_every_command_each_module_registers():
    registered: dict[str, str] = {}
    for name in cli.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(name).register(sub)
        for action in sub._choices_actions:  # the (name, help) pairs argparse lists
            registered[action.dest] = f"{name.rsplit('.', 1)[1]}: {action.help}"
    table = {k: f"{module}: {text}" for k, (module, text) in cli.COMMANDS.items()}
    assert registered == table


def test_every_command_parses_its_own_arguments_when_chosen():
    full = cli.build_parser()
    for name in cli.COMMANDS:
        lazy = cli.build_parser([name], everything=False)
        chosen = lazy._subparsers._group_actions[0].choices[name]  # type: ignore[union-attr]
        whole = full._subparsers._group_actions[0].choices[name]  # type: ignore[union-attr]
        assert chosen.format_usage() == whole.format_usage(), name


def test_an_edited_input_is_built_again(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "phrases.yaml"
    source.write_text("one")
    builds: list[str] = []

    def build() -> str:
        builds.append(source.read_text())
        return source.read_text().upper()

    assert compiled.built("thing", [source], build) == "ONE"
    assert compiled.built("thing", [source], build) == "ONE"
    source.write_text("two")
    assert compiled.built("thing", [source], build) == "TWO"
    assert builds == ["one", "two"]
    assert len(list((tmp_path / "cache" / "compiled").glob("thing-*.pickle"))) == 1


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "x.yaml"
    source.write_text("x")
    compiled.built("thing", [source], lambda: [1, 2])
    for kept in (tmp_path / "cache" / "compiled").glob("thing-*.pickle"):
        kept.write_bytes(b"not a pickle")
    assert compiled.built("thing", [source], lambda: [3]) == [3]


def test_cached_matcher_matches_like_a_fresh_one(tmp_path: Path, monkeypatch):
    import numpy as np

    from scoring.intents import Matcher
    from simulator import library

    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path))
    library.intent_matcher.cache_clear()
    built = library.intent_matcher()  # built and kept
    library.intent_matcher.cache_clear()
    kept = library.intent_matcher()  # read back
    library.intent_matcher.cache_clear()
    fresh = Matcher(library.intent_library())
    assert kept is not built
    for text in ("is anyone hurt and where is he now", "what's your name",
                 "has he got a knife", "hello"):
        assert kept.match(text) == fresh.match(text)
    rows, _ = kept._postings["knife"]
    assert isinstance(rows, np.ndarray) and len(rows) > 0


def test_store_head_read_from_the_migration_files_agrees_with_alembic():
    from simulator.store.connect import newest_migration
    from simulator.store.migrating import head

    assert newest_migration() == head()


def test_what_cannot_be_pickled_is_built_each_time(tmp_path: Path, monkeypatch):
    import threading

    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "x.yaml"
    source.write_text("x")
    builds: list[int] = []

    def build() -> object:
        builds.append(1)
        return threading.Lock()  # like an inference session: no pickling

    compiled.built("session", [source], build)
    compiled.built("session", [source], build)
    assert len(builds) == 2
    assert not list((tmp_path / "cache").rglob("session-*.pickle"))


def test_every_command_module_is_in_the_table():
    """A command group added in simulator/commands/ must be named in cli.COMMANDS, or its
    commands would never be offered."""
    folder = Path(cli.__file__).parent / "commands"
    modules = {f"simulator.commands.{p.stem}" for p in folder.glob("*.py")
               if p.stem != "__init__"}
    assert modules == set(cli.COMMAND_MODULES)
