"""Reports an assessor reads at a glance: the attempt's own role's criteria and only the
competencies the call tested; codes with their names."""

from __future__ import annotations

import json
import re

from tests.test_report import _call, _report


def test_only_the_own_roles_criteria_and_tested_competencies(tmp_path):
    from simulator.commands.library import open_scenario
    from simulator.loader import references

    scenario = open_scenario("burglary-next-morning")  # Humberside
    folder = _call(scenario, tmp_path, "model")
    result = json.loads((folder / "result.json").read_text())
    assert any(c.startswith(("ESX-", "LEI-")) for c in result["criteria"])  # in the marking
    html = _report(folder)
    scores = html[html.index('id="scores"'):]
    assert not re.search(r"\b(?:ESX|LEI|CLE|OPCC)-", scores)
    assert re.search(r"HUM-1: ", scores)
    cvf = references().cvf
    tested = {c for i in result["items"] if i["status"] != "not_applicable"
              for c in i["competencies"]}
    for ident, name in cvf.items():
        assert (name in scores) == (ident in tested), name
    assert "not tested by this scenario" not in html
    assert "Not tested by this call" in scores and "HUM-11" in scores


def test_codes_are_shown_with_their_names(tmp_path):
    from simulator.commands.library import open_scenario

    scenario = open_scenario("burglary-next-morning")
    html = _report(_call(scenario, tmp_path, "model"))
    assert "Burglary, residential (burglary_residential)" in html
    assert "Scheduled (3)" in html


def test_score_prints_the_scenarios_own_roles_criteria(tmp_path):
    import subprocess
    import sys

    from simulator.commands.library import open_scenario
    from simulator.selftest import attempt_from

    scenario = open_scenario("burglary-next-morning")
    record = tmp_path / "attempt.json"
    record.write_text(attempt_from(scenario, scenario.self_tests[0]).model_dump_json())
    out = subprocess.run([sys.executable, "-m", "simulator.cli", "score",
                          "burglary-next-morning", str(record)],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("criteria"))
    assert line.startswith("criteria (humberside_contact_officer): HUM-")
    assert "ESX-" not in line and "LEI-" not in line
