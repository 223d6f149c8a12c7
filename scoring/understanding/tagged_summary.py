"""A summary put back with a tag: "So you were stopped on Yarm Road about eleven, yeah?"

The handler tells the caller what the caller said happened and ends with a spoken tag
("…, yeah?", "…, yes?", "…, right?") for them to confirm it: a read-back (the
definitions: the caller's own details put back to them to check), though the clause may
resemble a question about the same facts ("whereabouts on Yarm Road were you stopped") or
advice about them ("…, and the drawers were tipped out, yeah?" near "leave the drawers as
they are"). Only for a turn that states what happened (a subject, then a verb in the past)
and asks nothing by its form before the tag; the facts stated ask for none of them and
advise nothing.

Session 21: a summary opened by "so" ("So they've been racist to you, yeah?") puts back
what the caller said whether or not it holds a detail, and what happened may be stated in
the perfect ("they've been", "he has hit"): every development author labelled a turn
opened by "so" and closed by a tag a read-back (21 turns, 14 sets), and a blind assessor
marked such a turn a leading question that asked nothing ("never asked what was said").
"""

from __future__ import annotations

import re

from scoring.text import is_question
from scoring.understanding.analysis import ActKind, IntentReading
from scoring.understanding.clause_form import SUMMARY_WORDS, summary, wh_question
from scoring.understanding.polarity import ADVICE, INTENTS_ASKED
from scoring.understanding.wording import spelled

PHRASE = "(read back: the caller's account put back with a tag)"
CONFIDENCE = 0.8
# the tag typed after a comma at the turn's end
_TAG = re.compile(r",\s*(?:yeah|yes|yep|right)\s*\?\s*$", re.IGNORECASE)
# what happened stated: a subject, then its verb in the past ("you were stopped", "you came
# down", "the back door was open", "he drove off")
_STATED = re.compile(r" (?:you|he|she|they|we|it|the \w+|your \w+|his \w+|her \w+) "
                     r"(?:(?:have|has) (?:been|had|got|come|gone|seen|heard|found|left|said|"
                     r"taken|\w+ed)|is been|were|was|had|came|went|saw|heard|got|found|left|said|"
                     r"drove|ran|took|\w+ed) ")
# the summarising "so" that opens the account put back ("so…", "right, so…", "okay so…")
_SO_OPENS = re.compile(r"^ (?:(?:right|ok|okay|and|just) )*so (?!what |where |when |who |how |"
                       r"which |why |can |could |would |do |did |is |are )")
# a request or a question word anywhere before the tag asks after all
_ASKS = re.compile(r" (?:can you|could you|would you|tell me|what|where|when|who|how|which|"
                   r"why|whereabouts|do you know) ")


# A cleft that says who did it ("so it's your cousin who filmed it", "so it was the lad
# at 21 that threw the egg"): what happened stated, its "who" a relative, asking nothing.
_CLEFT = re.compile(r" (?:it is|it was|that is|that was) (?:\w+ ){1,4}?(who|that) "
                    r"(?=(?:(?:has|have|had) )?(?:\w+ed|saw|seen|took|taken|did|done|got|came|"
                    r"went|drove|ran|heard|found|left|said|broke|threw|hit|stole|made|put|rang|"
                    r"told|kicked|shouted|sent|wrote|shot|caught|gave) )")


def put_back_with_tag(text: str) -> bool:
    """Is the turn the caller's account put back to them with a tag to confirm it?"""
    tag = _TAG.search(text)
    if tag is None:
        return False
    body = text[:tag.start()]
    said = spelled(body)
    cleft = _CLEFT.search(said)
    if cleft is not None:
        said = said[:cleft.start(1)] + said[cleft.end(1) + 1:]  # its "who" asks nothing
    summed = summary(text) or (_SO_OPENS.match(said) is not None
                               and len(text.split()) >= SUMMARY_WORDS)
    return (summed and not is_question(body) and not wh_question(body)
            and (_STATED.search(said) is not None or cleft is not None)
            and _ASKS.search(said) is None)


def tagged_summary(text: str, readings: list[IntentReading], main: ActKind | None,
                   ) -> tuple[list[IntentReading], ActKind | None]:
    """The turn's readings and main act, as a read-back where it is one by its form."""
    if not put_back_with_tag(text):
        return readings, main
    kept = [r for r in readings if not (r.affirmed and (r.intent in INTENTS_ASKED
                                                        or r.intent in ADVICE))]
    if not any(r.intent == "confirm_details" and r.affirmed for r in kept):
        kept.append(IntentReading(
            intent="confirm_details", confidence=CONFIDENCE, polarity="affirm",
            subject="caller", clause=text, phrase=PHRASE, score=CONFIDENCE, act="readback"))
    return kept, "readback"
