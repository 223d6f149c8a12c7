"""A tap code put with a question answers that question; it is no Silent Solution.

`silent_solution` is telling a silent caller how to let the handler know they need police
or are there ("press 55", "cough or tap the phone if you need us", "tap if you're still
there"). A tap code attached to a question ("Are you hurt? One tap for yes, two for no.",
"Is that Flat 2? One tap if that's right.") only says how to answer that question: the
turn carries the question's intent (docs/understanding-definitions.md). The code is what a
marking scheme's own wording ("tap once for yes") looks for, and it still gives a caller
who cannot speak a way to answer (`gives_a_silent_way_to_answer`), which is what the
caller's facts kept until the Silent Solution wait for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from scoring.understanding.analysis import Act, IntentReading, TurnAnalysis
from scoring.understanding.polarity import INTENTS_ASKED
from scoring.understanding.wording import spelled

SILENT_SOLUTION = "silent_solution"

_SIGNAL = r"(?:tap|taps|tapping|cough|coughs|press|presses|knock|knocks|click|clicks)"
_COUNT = (r"(?:1|2|3|one|two|three|once|twice|(?:1|2|3|one|two|three) times?)")
# "one tap for yes", "two for no", "1 tap yes", "tap once for yes", "twice if not"
_YES_NO = re.compile(rf" (?:{_SIGNAL} )?(?:\w+ )?{_COUNT}(?: {_SIGNAL})?(?: for| if| means)?"
                     r" (?:yes|no|not) ")
# A count of taps, with what it answers or none: "tap once", "tap the phone once if he
# has", "one tap if that's right"
_COUNTED = re.compile(rf" (?:{_SIGNAL} (?:\w+ ){{0,3}}{_COUNT}|{_COUNT} {_SIGNAL})"
                      r"(?: (?:if|when|to say|to tell me) (?P<what>.*))? $")
# What the Silent Solution itself asks a caller to signal: that they need police, are
# there, can hear, cannot speak ("tap once if you can hear me" is the Silent Solution; "tap
# once if you're in danger" asks how she is, a question answered by a tap).
_NEED_OR_THERE = re.compile(
    r"^(?:you |u )?(?:(?:do |really )?(?:need|want)|can hear|(?:are|re) (?:still )?(?:there|"
    r"with me|listening)|(?:can not|cannot|can t|are unable to|are not able to) "
    r"(?:speak|talk)|understand|hear me)")


# The signal asked for with its condition of need or presence: "tap if you're still
# there", "just cough if you need us", "give the phone a knock if you can hear me"; or the
# condition said first: "if you're still there, give the phone a tap".
# ("give the phone a little tap": a word for how, between the article and the signal)
_SIGNAL_ASKED = (rf"(?:{_SIGNAL}|make (?:a|any) (?:noise|sound)|give (?:the phone|me|us) "
                 rf"(?:a|one)(?: (?:little|quick|small|gentle|light|soft))? {_SIGNAL})")
_IF_NEED_OR_THERE = (r"if (?:you |u )?(?:(?:still |do |really )?(?:need|want) (?:me|us|"
                     r"the police|police|help|someone)|(?:still )?can (?:still )?hear me|"
                     r"(?:are|re) (?:still )?(?:there|with me|listening))")
_SIGNALLED = re.compile(rf" {_SIGNAL_ASKED} (?:\w+ ){{0,3}}?{_IF_NEED_OR_THERE} "
                        rf"| {_IF_NEED_OR_THERE} (?:\w+ ){{0,2}}?{_SIGNAL_ASKED} ")


def signals_need_or_presence(text: str) -> bool:
    """Does the text ask a silent caller to signal that they are there or need help ("tap
    if you're still there", "if you need us, cough")? That is the Silent Solution by the
    definitions, however faintly its words resemble the library's."""
    said = spelled(text)
    return bool(_SIGNALLED.search(said)) and not tap_code(text)


def tap_code(clause: str) -> bool:
    """Does the clause tell the caller how to answer by taps (or coughs, or key presses):
    a yes/no code ("one tap for yes, two for no"), a count of taps for an answer ("tap
    once if he has", "one tap if that's right") or alone ("Tap once.")? Not the Silent
    Solution's own signal ("tap once if you can hear me", "press 55 if you need us")."""
    text = spelled(clause)
    if " 55 " in text or " 5 5 " in text or " five five " in text:
        return False
    if _YES_NO.search(text):
        return True
    found = _COUNTED.search(text)
    return found is not None and not _NEED_OR_THERE.match((found.group("what") or "").strip()
                                                           or "-")


# A code whose condition is that what the handler says is right ("one tap if I've got this
# right", "tap once if that's correct"): it answers the read-back or question of its turn,
# before it or after it ("One tap if I've got this right: Flat 2, 41 Melbourne Road.").
_IF_RIGHT = re.compile(r" if (?:that is|it is|this is|i am|i have got (?:that|this|it|them)|"
                       r"i got (?:that|this|it)|i have (?:that|this|it)) (?:all )?(?:right|"
                       r"correct) ")


def for_questions(acts: Sequence[Act], readings: Sequence[IntentReading],
                  ) -> list[IntentReading]:
    """The turn's readings without the Silent Solution heard in a tap code for a question:
    one put after a clause that asks or reads back ("Is he still in the house? One tap for
    yes." asks whether he is there, and only that), or in a clause heard asking itself
    ("can you tap once if you're in danger?"). A code set up before the questions ("Tap
    once for yes and twice for no. Can you hear me?") or on its own is left as heard."""
    asking = [a.kind in ("question", "readback") for a in acts]
    # (what "if that's right" checks may be a summary said as a statement, heard as a detail
    # confirmed: "So you're at Melbourne Road, one tap if that's right", v35)
    checked = any(asking) or any(r.intent == "confirm_details" and r.affirmed for r in readings)
    attached = {a.clause for at, a in enumerate(acts) if tap_code(a.clause) and (
        any(asking[:at]) or (asking[at] and any(
            r.clause == a.clause and r.affirmed and (r.intent in INTENTS_ASKED
                                                     or r.intent == "confirm_details")
            for r in readings)) or (checked and bool(_IF_RIGHT.search(spelled(a.clause)))))}
    return [r for r in readings if not (r.intent == SILENT_SOLUTION and r.affirmed
                                        and r.clause in attached)]


def gives_a_silent_way_to_answer(analysis: TurnAnalysis) -> bool:
    """Has the turn given a caller who cannot speak a way to answer: the Silent Solution
    (press 55, cough or tap if you need us) or a tap code for a question?"""
    return SILENT_SOLUTION in analysis.intent_ids() or any(
        tap_code(a.clause) for a in analysis.acts)


def gate_opened(gate: str, asked: Mapping[str, float],
                silent_way_at: float | None) -> float | None:
    """When a fact's `after_intents` gate opened (None: not yet): when the intent was first
    asked. The Silent Solution's gate stands for the caller having been given a way to
    answer silently, which a tap code for a question gives as well: a caller told "Is he
    still there? One tap for yes." answers by a tap, though she was never told to press
    55 (`silent_way_at`: when a turn first gave her a way, `gives_a_silent_way_to_answer`)."""
    said = [t for t in (asked.get(gate), silent_way_at if gate == SILENT_SOLUTION else None)
            if t is not None]
    return min(said, default=None)
