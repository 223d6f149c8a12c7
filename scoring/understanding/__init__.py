"""Understanding the trainee: one analysis of each turn, read by the caller and the marker.

The contract (docs/understanding-definitions.md defines acts, polarity and subjects;
docs/intent-definitions.md the intents):

    from scoring.understanding import Context, Understanding

    understanding = Understanding.for_scenario(scenario.world, matcher)   # once per call
    context = Context()
    analysis = understanding.analyse("and what's your husband's date of birth?", context)
    context = context.after(analysis)          # after each trainee turn
    context = context.heard(caller_line)       # after each caller turn (optional)

`analyse(text, context) -> TurnAnalysis`, a frozen record:

- `acts`: one `Act(kind, clause, confidence)` per clause; kind is question, instruction,
  reassurance, readback, promise, apology, greeting or statement.
- `intents`: the `IntentReading`s accepted, each with `intent`, a calibrated `confidence`
  (0–1), `polarity` ("affirm" does the intent, "negate" its opposite: "you're fine to
  clean up" is scene_preservation negated), `subject` (a role word: caller, suspect,
  partner, child, vehicle, …) and `person` (the id in `world.people` / `world.vehicles`
  when resolved), the `clause`, the library `phrase` it resembled and its raw `score`.
  A `clause` is the turn's words as the analysis read them (respelled: "you & your family",
  "he must stay in"); to quote it to a person, `as_said.as_said(clause, analysis.text)`.
- `near`: for clauses with nothing accepted, the best candidate below the threshold (how
  close a "never asked" came).
- `readbacks`: `ReadBack(kind, value, matches_world, field)` for details repeated back
  (address, phone, name, registration, date), compared with the world through
  `scoring.text.NORMALISERS`.
- `confidence`: the turn's overall confidence; `analyser`: which analyser and phrase library
  made it.

`analysis.to_json()` is journalled with each trainee turn (`analysis` on the attempt's
turn; old readers ignore it) and `TurnAnalysis.from_json(data)` reads it back; the marker
marks from a journalled analysis when it was made by the same analyser for the same text,
so the caller and the marker never disagree about what was said.

Callers of the simulator should act on `analysis.intent_ids()` (affirmed intents, in
order), answer questions about someone other than the caller from facts about that person,
treat `acts` of kind "instruction"/"reassurance" as things to acknowledge rather than answer,
and treat a read-back whose `matches_world` is True as confirmation.
"""

from scoring.understanding.analysis import (
    ACT_KINDS,
    POLARITIES,
    READBACK_KINDS,
    SUBJECTS,
    Act,
    ActKind,
    Context,
    IntentReading,
    Polarity,
    ReadBack,
    ReadBackKind,
    TurnAnalysis,
)
from scoring.understanding.reading import PhraseMatcher, Understanding

__all__ = [
    "ACT_KINDS",
    "POLARITIES",
    "READBACK_KINDS",
    "SUBJECTS",
    "Act",
    "ActKind",
    "Context",
    "IntentReading",
    "PhraseMatcher",
    "Polarity",
    "ReadBack",
    "ReadBackKind",
    "TurnAnalysis",
    "Understanding",
]
