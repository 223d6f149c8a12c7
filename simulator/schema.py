"""The scenario JSON Schema, for editors: autocomplete and red underlines as a trainer types.

It starts from the typed model (`Scenario.model_json_schema()`), so it cannot drift from
what the loader accepts, then adds what only the library knows (intent ids, profiles,
NSIR codes, crimes, grades, criteria) as enums, and descriptions from the format guide.

The loader reads every scalar as the text the trainer wrote (`no` stays "no", `999`
becomes "999" when the field is text), but an editor types YAML scalars itself: an
unquoted `999` is a number to it. So every text field also accepts numbers and booleans,
every number field also accepts text that is a number, and enums list `999` as both. The
schema must never flag a file that `callsim validate` accepts; the loader stays the judge
of the finer rules (exactly one condition key, facts that exist, grades on the scale).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from scoring.conditions import EVENT_TYPES, LOG_FIELDS, RECORDED_FIELDS
from scoring.truth import THRIVE_FIELDS
from simulator.loader import References
from simulator.scenario import FORMAT, Scenario

SCHEMA_ID = "https://callsim.invalid/schema/scenario-1.json"
NUMBER_TEXT = r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$"
YAML_BOOLEANS = ["true", "false", "True", "False", "TRUE", "FALSE", "yes", "no", "Yes", "No",
                 "YES", "NO", "on", "off", "On", "Off"]

# (definition, field) -> what a trainer is told when hovering over the key.
DESCRIPTIONS: dict[tuple[str, str], str] = {
    ("Scenario", "format"): f"Always `{FORMAT}`.",
    ("Scenario", "id"): "Lower-case letters, digits and hyphens; unique in the library.",
    ("Scenario", "title"): "One line shown to trainees after the call and to trainers.",
    ("Scenario", "revision"): "Bump when you change the marking.",
    ("Scenario", "profile"): "The person specification this scenario trains for.",
    ("Scenario", "channel"): "How the call comes in: \"999\", \"101\", digital or complaint.",
    ("Scenario", "grading_scale"): "national (1-4), met (I, S, E, R) or cleveland (E, P, S, R).",
    ("Scenario", "summary"): "For trainers: what the call is and what it tests.",
    ("Scenario", "objectives"): "Learning objectives, one sentence each.",
    ("Caller", "opening"): "The caller's first words when the call is answered.",
    ("Caller", "facts"): "What the caller knows and how they answer.",
    ("Caller", "volunteers"): "What the caller says unprompted (at a time or after a fact).",
    ("Caller", "clarify"): "Said to questions the caller cannot place.",
    ("Caller", "acknowledge"): "Said to advice and explanations.",
    ("Caller", "speaks"): "false: a silent call (only stage directions in [brackets]).",
    ("Fact", "intents"): "Trainee intents that draw this answer out (`callsim match --list`).",
    ("Fact", "answers"): "First ask gets the first answer; repeats get the next ones.",
    ("Fact", "distressed"): "Said instead of the answers while distress is 7 or more.",
    ("Fact", "after_facts"): "Only answered once these facts are out.",
    ("Fact", "after_intents"): "Only answered once the trainee has done these.",
    ("Fact", "otherwise"): "Said when asked before `after_facts`/`after_intents` are met.",
    ("Volunteer", "at"): "Seconds after answering (give `at` or `after_fact`).",
    ("Volunteer", "after_fact"): "Straight after this fact comes out.",
    ("Volunteer", "reveals"): "Facts this line reveals.",
    ("Distress", "start"): "0 calm ... 10 beyond reasoning.",
    ("Distress", "calms"): "Intents that calm the caller, and by how much.",
    ("Distress", "upsets"): "Intents that upset the caller, and by how much.",
    ("Incident", "category"): "NSIR opening category code (scenarios/recording.yaml).",
    ("Incident", "qualifiers"): "NSIR qualifiers.",
    ("Incident", "crime"): "Crime classification code, or null for none.",
    ("World", "grades"): "Acceptable grades on the scenario's scale (quote them).",
    ("Item", "critical"): "Not met = the attempt fails, whatever the total.",
    ("Item", "applies_when"): "Otherwise the item is not applicable.",
    ("Item", "competencies"): "CVF competency or value ids (scenarios/profiles/cvf.yaml).",
    ("Item", "criteria"): "Person-spec criterion ids evidenced by a call.",
    ("Marking", "pass_mark"): "Percent of the applicable points.",
    ("SelfTest", "expect"): "pass: a model attempt; fail: a weak attempt.",
    ("SelfTest", "missed"): "Items a weak attempt must NOT meet.",
    ("SelfTest", "met"): "Items that must be met.",
    ("Condition", "asked"): "Met when a trainee turn expresses this intent.",
    ("Condition", "said"): "Met when a trainee turn contains the phrase (any of them).",
    ("Condition", "log"): "A log field that must pass one test (filled, equals, ...).",
    ("Condition", "recorded"): "A log field that must agree with the world.",
    ("Condition", "revealed"): "Met when the caller revealed this fact.",
    ("Condition", "checked"): "A system check of this kind or check id was run.",
    ("Condition", "event"): "An event of this type happened.",
    ("Condition", "about"): "With `asked`: whom the question must be about (role words: "
                            "caller, suspect, partner, child, ...; or world people's ids).",
    ("Condition", "choice"): "With `asked`: met only in a turn that offers the caller a "
                             "choice ('..., or I can sort it now', 'it's up to you').",
    ("Condition", "after"): "With `said`: met only in or after the first turn that meets "
                            "this condition (e.g. 111 offered once officers are on their "
                            "way, not instead).",
    ("Scenario", "phrasings"): "This scenario's own phrasings of intents, added to the "
                               "phrase library's for this call (intent: [phrases]).",
}
# Fields the loader accepts as one string or a list (`answers: "Yes."`).
ONE_OR_MANY = {"Fact": ("answers", "intents", "after_facts", "after_intents"),
               "Condition": ("said", "before", "one_of", "about")}


def scenario_schema(refs: References) -> dict[str, Any]:
    schema: dict[str, Any] = copy.deepcopy(Scenario.model_json_schema())
    props = schema["properties"]
    for hidden in ("source", "sha256"):  # set by the loader, never written by trainers
        props.pop(hidden, None)
    defs: dict[str, Any] = schema["$defs"]
    _describe({"Scenario": schema, **defs})
    _enums(schema, defs, refs)
    for name, fields in ONE_OR_MANY.items():
        for key in fields:
            _one_or_many(defs[name]["properties"][key])
    widened: dict[str, Any] = _lenient(schema)
    widened["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    widened["$id"] = SCHEMA_ID
    widened["title"] = "callsim scenario (callsim.scenario/1)"
    widened["description"] = ("A training call for police contact handlers; see "
                              "docs/scenario-format.md.")
    return widened


def _describe(models: dict[str, Any]) -> None:
    for (model, key), text in DESCRIPTIONS.items():
        models[model]["properties"][key]["description"] = text


def _enums(schema: dict[str, Any], defs: dict[str, Any], refs: References) -> None:
    rec = refs.recording
    intents = sorted(refs.intents)
    grades = sorted({g for scale in rec.grading_scales.values() for g in scale})
    call_criteria = sorted(c for c, how in refs.evidence.items() if how == "call")
    schema["properties"]["format"]["const"] = FORMAT
    _enum(schema["properties"]["profile"], sorted(refs.profiles))
    _enum(schema["properties"]["grading_scale"], sorted(rec.grading_scales))
    for key in ("intents", "after_intents"):
        _enum(defs["Fact"]["properties"][key], intents)
    for key in ("calms", "upsets"):
        defs["Distress"]["properties"][key]["propertyNames"] = {"enum": intents}
    schema["properties"]["phrasings"]["propertyNames"] = {"enum": intents}
    incident = defs["Incident"]["properties"]
    _enum(incident["category"], sorted(rec.categories))
    _enum(incident["qualifiers"], sorted(rec.qualifiers))
    _enum(incident["crime"], sorted(rec.crimes))
    _enum(defs["World"]["properties"]["grades"], grades)
    cond = defs["Condition"]["properties"]
    _enum(cond["asked"], intents)
    _enum(cond["before"], intents)
    _enum(cond["grade_in"], grades)
    _enum(cond["log"], list(LOG_FIELDS))
    _enum(cond["recorded"], list(RECORDED_FIELDS))
    _enum(cond["event"], list(EVENT_TYPES))
    _enum(cond["fields"], list(THRIVE_FIELDS))
    item = defs["Item"]["properties"]
    _enum(item["competencies"], sorted(refs.cvf))
    _enum(item["criteria"], call_criteria)


def _string_leaves(node: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """The string schemas inside a field: itself, its `anyOf` branches, its items."""
    if node.get("type") == "string":
        yield node
    for branch in node.get("anyOf", []):
        yield from _string_leaves(branch)
    if isinstance(node.get("items"), dict):
        yield from _string_leaves(node["items"])


def _enum(node: dict[str, Any], values: list[str]) -> None:
    for leaf in _string_leaves(node):
        leaf["enum"] = list(values)


def _one_or_many(node: dict[str, Any]) -> None:
    """`x: [a]` or `x: a`: the list's item schema is accepted on its own too."""
    if node.get("type") == "array":
        listed = dict(node)
        node.clear()
        node["anyOf"] = [listed, copy.deepcopy(listed["items"])]
        return
    for branch in list(node.get("anyOf", [])):
        if branch.get("type") == "array":
            node["anyOf"].append(copy.deepcopy(branch["items"]))


def _lenient(node: Any) -> Any:
    """Accept scalars as an editor types them, since the loader keeps them as text."""
    if isinstance(node, list):
        return [_lenient(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _lenient(v) for k, v in node.items()}
    kind = out.get("type")
    if "enum" in out or "const" in out:
        values = out.pop("enum", None) or [out.pop("const")]
        out.pop("type", None)
        out["enum"] = values + [_number(v) for v in values if _number(v) is not None]
        return out
    if kind == "string":
        out["type"] = ["string", "number", "boolean"]
    elif kind in ("integer", "number"):
        limits = {k: out.pop(k) for k in ("minimum", "maximum", "exclusiveMinimum",
                                         "exclusiveMaximum") if k in out}
        out.pop("type")
        out["anyOf"] = [{"type": "number", **limits},
                        {"type": "string", "pattern": NUMBER_TEXT}]
    elif kind == "boolean":
        out.pop("type")
        out["anyOf"] = [{"type": "boolean"}, {"enum": YAML_BOOLEANS}]
    return out


def _number(value: object) -> int | None:
    """`"999"` is also typed `999` in an editor; `"3"` as `3`."""
    if isinstance(value, str) and value.isdigit() and not value.startswith("0"):
        return int(value)
    return None
