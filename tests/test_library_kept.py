"""The phrase library is kept in the compiled cache between commands (parsing it is ~0.15 s
of every start) and read again when one of its files changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import library


def test_the_library_is_kept_and_read_again_when_its_files_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLSIM_CACHE", str(tmp_path / "cache"))
    library.intent_library.cache_clear()
    try:
        first = library.intent_library()
        kept = list((tmp_path / "cache" / "compiled").glob("library-*.pickle"))
        assert len(kept) == 1
        library.intent_library.cache_clear()
        again = library.intent_library()
        assert again == first  # the same phrasings, negatives and descriptions
        assert again is not first  # read from the kept copy, not this process's
        # an edited library file makes a new key: the kept copy is not used
        phrases = tmp_path / "intents.yaml"
        phrases.write_text((library.library_root() / "intents.yaml").read_text(
            encoding="utf-8"), encoding="utf-8")
        monkeypatch.setattr(library, "library_sources", lambda: [phrases])
        phrases.write_text(phrases.read_text(encoding="utf-8") + "\n# edited\n",
                           encoding="utf-8")
        library.intent_library.cache_clear()
        library.intent_library()
        assert {p.name for p in (tmp_path / "cache" / "compiled").glob("library-*.pickle")} \
            != {p.name for p in kept}
    finally:
        library.intent_library.cache_clear()
