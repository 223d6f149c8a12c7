"""`callsim rehearse --script --json` on a library scenario: what the caller says about
the people around them, as a trainer's regression script sees it (the real analysis)."""

from __future__ import annotations

import json
import subprocess
import sys


def rehearse_json(scenario: str, script_text: str, tmp_path) -> dict:
    script = tmp_path / "lines.txt"
    script.write_text(script_text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "simulator.cli", "rehearse", scenario,
                          "--script", str(script), "--json"], check=False,
                         capture_output=True, text=True, timeout=120,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_through_an_interpreter_the_caller_gives_his_own_details(tmp_path):
    doc = rehearse_json("interpreter-caller",
                        "Who's in the house with him?\n"
                        "His name and his phone number please.\n", tmp_path)
    household, details = doc["turns"]
    assert ["household"] in [r["reveals"] for r in household["replies"]]
    revealed = {f for r in details["replies"] for f in r["reveals"]}
    assert revealed & {"name", "phone"}
    assert all(r["kind"] != "dont_know" for r in details["replies"])


def test_someone_else_named_gets_only_what_the_caller_knows_of_them(tmp_path):
    doc = rehearse_json("hate-incident",
                        "Did your wife see the eggs being thrown?\n"
                        "Would Mr Dobson be willing to give a statement, do you think?\n",
                        tmp_path)
    wife, dobson = doc["turns"]
    assert ["doorbell"] in [r["reveals"] for r in wife["replies"]]
    assert [r["kind"] for r in dobson["replies"]] == ["dont_know"]
