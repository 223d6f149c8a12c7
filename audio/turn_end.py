"""Has the trainee finished? The sense of what was heard at the first pause.

The sound says the trainee has stopped; the words say whether they meant to. At the first
silence the recogniser's guess (`audio.endpoint.SpeechPaused`) is read with a rule simple
enough to explain to a trainer:

- it ends in a word that needs more after it ("and", "er", "the", "your"…; or "tell me",
  "is", "where", "of" without a question mark: "Which street is the house on?" is whole)
  or in a comma, dash or ellipsis: **wait** (the trainee is thinking mid-sentence);
- it is a question: ends with "?" (or, from an engine that writes no punctuation, opens
  like one — "where", "is anyone", "can you" — and is at least three words): it reads
  **complete** (since session 9 the turn still waits past a thinking pause, `TurnTiming`).
  A question's opening with Whisper's full stop is not enough: "Is there any blood." at a
  thinking pause went on "…or does anyone need a doctor"; nor is an instruction ("Give me
  the full address." → "…including the postcode");
- anything else (a statement, a fragment): the ordinary hang-over, long enough that a pause
  of up to 700 ms mid-sentence does not cut the trainee off.

No understanding of intents is needed (that layer belongs to the session): only the last
word and the first one or two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which an English sentence cannot end: conjunctions, fillers, articles,
# possessives. Whisper writes fillers as "um"/"uh".
_UNFINISHED = set("""
and but or so because cos then if whose while although though as
er erm um uh uhm ah hmm mm
the a an some any no every each another
your my their our its
""".split())
# Words a sentence rarely ends on, unless the recogniser heard a question ("Who is?"), and
# words that end questions as often as they lead on: a particle or object ("which way did
# they run off in", "can she hear you if you talk to her", "what did he look like",
# "describe your son to me"). The sense of the words decides (`soft_ending`).
UNLIKELY_LAST = set("""
is are was were be been being am will would could should can did do does has have had
what where when who which why how not just very really also me
of to for from with at in on into onto by about over under after before between through
off out up down her his him them that this these those like
""".split())
_WH_OR_AUXILIARY = set("""
is are was were be been being am will would could should can did do does has have had
what where when who which why how not just very really also
""".split())

# A question's first word: a wh-word, or an auxiliary before its subject ("is anyone…").
# Instructions ("tell me…", "give me the full address…") are not here: they are often
# followed by more ("…including the postcode") and end on their question mark only.
_OPENERS = set("""
what where when who whom whose why how which
is are was were am do does did have has had can could will would should shall may might
""".split())

_FINISHERS = ("?",)
# Endings that promise more even with a question mark: "Can you tell me?" is how Whisper
# writes "Can you tell me… where you are" cut at the pause.
_PROMISES = ("tell me", "tell us", "let me", "give me", "show me", "remind me", "you know",
             "i mean", "such as", "ask you", "check", "confirm")
_TRAILING = (",", "-", "–", "—", "…", "...", ";", ":")


# Past the silence the live endpointer measures for a 700 ms thinking pause: on the
# end-of-turn bench's dev turns (bench.turn_end_offline, session 9) 736–896 ms for 28 of the
# 29 inserted 700 ms pauses, and 959 ms for one that ended on words needing more (waits 1.4
# s); the voice model lets go of a word's soft ending early and catches the next onset late.
THINKING_PAUSE_MS = 900


@dataclass(frozen=True)
class TurnTiming:
    """Hang-overs (ms of silence after the last voiced frame) for each reading.

    Session 9: no reading ends the turn before a 700 ms thinking pause has passed, however
    whole the words and finished the voice. A whole question that sounds finished may be
    the front of a longer one ("Is he your partner? … or an ex"): answering those at once
    cut off 12 of 115 mid-sentence pauses on the dev turns, and no threshold of the voice
    model kept under 2% (docs/speech.md). The caller's breath (`audio.breath`), drawn ~160
    ms into the pause, is what the trainee hears first meanwhile.
    """

    complete_ms: int = THINKING_PAUSE_MS  # a whole question that sounds finished
    default_ms: int = THINKING_PAUSE_MS  # a statement or fragment
    # ... when the voice also sounds clearly unfinished (simulator.turn_taking)
    doubtful_ms: int = THINKING_PAUSE_MS
    unfinished_ms: int = 1400  # "and, er…": the trainee is still going


# The timing of sessions 5–8, kept for the benches' and tests' comparisons: a whole question
# that sounds finished was answered at once, anything else after 750 ms (850 ms when the
# voice sounded clearly unfinished).
ANSWER_AT_ONCE = TurnTiming(complete_ms=0, default_ms=750, doubtful_ms=850)


def reading(text: str, punctuating: bool = True) -> str:
    """"complete", "unfinished" or "unsure" for the text heard so far. `punctuating`: the
    engine writes punctuation (Whisper), so a question it heard would end with "?"."""
    stripped = text.strip()
    if not stripped:
        return "unsure"
    if stripped.endswith(_TRAILING):
        return "unfinished"
    words = re.findall(r"[a-z']+", stripped.lower())
    if not words:
        return "unsure"
    if words[-1] in _UNFINISHED or " ".join(words).endswith(_PROMISES):
        return "unfinished"
    if stripped.endswith(_FINISHERS):
        return "complete"
    question = len(words) >= 3 and words[0] in _OPENERS
    if words[-1] in UNLIKELY_LAST:  # "Which street is the house on." may be whole
        return "unsure" if question else "unfinished"
    if question and not punctuating:
        return "complete"  # an engine that writes no punctuation (pocketsphinx, vosk)
    # Whisper wrote no question mark: "Is there any blood." or "Are you still at the same"
    # at a thinking pause went on "…or does anyone need a doctor", "…place you rang from"
    # (measured: 8 of 21 paused questions were cut off when a question's opening alone
    # ended the turn).
    return "unsure"


def soft_ending(text: str) -> bool:
    """The words read "unfinished" only because of their last word, and that word can end
    a question: a particle, a preposition or an object ("…run off in", "…talk to her",
    "…to me"), not a conjunction, article, filler, wh-word or auxiliary, and no trailing
    comma or dash."""
    stripped = text.strip()
    if not stripped or stripped.endswith(_TRAILING):
        return False
    words = re.findall(r"[a-z']+", stripped.lower())
    if not words or " ".join(words).endswith(_PROMISES):  # "can you tell me…"
        return False
    return words[-1] in UNLIKELY_LAST and words[-1] not in _WH_OR_AUXILIARY


def hangover_ms(text: str, timing: TurnTiming | None = None, punctuating: bool = True) -> int:
    """How much silence to wait for after the first pause, given what was heard."""
    t = timing or TurnTiming()
    return {"complete": t.complete_ms, "unfinished": t.unfinished_ms}.get(
        reading(text, punctuating), t.default_ms)
