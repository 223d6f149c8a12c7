"""simulator.learn's --out (session 28): the folder is made, or refused, before minutes of
fitting, with one message and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import learn


def test_an_out_folder_that_cannot_be_made_is_refused_at_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(SystemExit) as stop:
        learn.main(["--out", str(blocked / "fit")])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"--out {blocked / 'fit'}" in err and "Traceback" not in err
