"""Has the trainee finished? The words heard at the first pause, and their sense.

At the first silence (`audio.endpoint.SpeechPaused`) the recogniser's guess is read twice,
and the rest of the hang-over follows. The readings below name a wait (`Decision.wait`);
`audio.turn_end.TurnTiming` gives each its length. Since session 9 a call's timing waits
past a 700 ms thinking pause (900 ms of silence) whatever the reading, and 1.4 s when the
words need more: on the end-of-turn bench every reading that ended a turn sooner, however
whole the words and finished the voice, cut off fronts of longer questions ("Is he your
partner?" … "or an ex"), and the caller's breath, drawn ~160 ms into the pause, now fills
the wait (`simulator.live_audio`). The readings still decide the long wait, and the
benches score the older timing (`ANSWER_AT_ONCE`) with them.

1. **The words** (`audio.turn_end.reading`): a trailing "and", "er", "the", "tell me…" or
   a comma says the trainee is still going: wait long (1.4 s). A question mark may read
   as the end; anything else waits the ordinary hang-over.
2. **The sense** (the call's own `scoring.understanding`, the analysis the caller answers
   from): a question or instruction in which an intent is heard surely is a whole request.
   - A question mark reads as the end only on a whole request: Whisper writes "?" on
     fragments that open like a question ("Would you like me to get in in?" for "…an
     interpreter").
   - A whole request whose last word only *may* need more ("…run off in", "…talk to her",
     "describe your son to me") waits the ordinary hang-over, not the long one.

3. **The voice** (`audio.sounds_finished`, a model trained on human speech, when
   installed): the words cannot tell a whole question from the front of a longer one ("Is
   there any blood?" … "or does anyone need a doctor"), the voice often can. Sense and
   voice stand in for each other: the surer one is, the less the other must say.
   - A turn the words and sense read as ended reads as not, unless the voice sounds more
     finished than not (`UNFINISHED`).
   - A whole request with no question mark ("Stay in that room and keep the door shut.")
     reads as ended when the voice sounds finished (above `FINISHED`).
   - A question mark on words whose sense is not sure ("Do you think she has taken
     something?") reads as ended when the voice sounds surely finished (`SURELY_FINISHED`).
   - A turn that would wait the ordinary hang-over waits `TurnTiming.doubtful_ms` when the
     voice sounds clearly unfinished (below `CLEARLY_UNFINISHED`): the endpointer measures
     a 700 ms thinking pause as up to ~800 ms of silence (the voice model lets go of a
     word's soft ending early and catches the next onset late), past the 750 ms hang-over.

What was tried and measured, and did not help (docs/speech.md, "End of turn"): the pitch
contour of the last 300 ms of voice (falling or rising against level) read "finished" at
52% of the mid-sentence pauses and 35% of the real ends on the dev turns; a confident
intent alone, without a question mark, was as confident on fragments ("Is this mobile the
best", 0.97) as on whole questions, so it cannot end a turn by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from audio.turn_end import TurnTiming, reading, soft_ending
from scoring.understanding import Context, TurnAnalysis, Understanding

SURE = 0.8  # an intent heard at least this sure makes the words a whole request
WHOLE_ACTS = ("question", "instruction")
# The voice model's probability that the trainee finished. First chosen on the end-of-turn
# bench's dev turns (bench.turn_end_offline, session 5): ends at once 55% → 64%, cut-offs
# 27 → 24 of 113; on human read speech 0.8 holds 81% of mid-sentence cuts back
# (bench.sounds_finished). Session 8 (same bench, dev turns; checked on the live bench's
# turns and human-dev, not tuned there): a whole question must sound more finished than not
# (0.2 → 0.5), a question mark with no sure sense ends when it sounds surely finished (0.9),
# a turn that sounds clearly unfinished (< 0.05) waits 850 ms: at once 66% → 67%, cut-offs
# 23 → 17 of 113 (live part 63% → 64%, 12 → 10 of 57; human-dev 4% → 6%, 0 → 0 of 38).
UNFINISHED = 0.5
FINISHED = 0.8
SURELY_FINISHED = 0.9
CLEARLY_UNFINISHED = 0.05


# How long a decision waits, by name (`TurnTiming`): "complete" (the turn reads and sounds
# over), "default", "doubtful" (the voice sounds clearly unfinished), "unfinished" (the words
# need more). Named, not compared by their values: since session 9 the first three are equal.
Wait = Literal["complete", "default", "doubtful", "unfinished"]


@dataclass(frozen=True)
class Decision:
    hangover_ms: int
    why: str
    reading: str  # the words' reading: complete, unfinished, unsure
    analysis: TurnAnalysis | None = None
    wait: Wait = "default"

    @property
    def words_need_more(self) -> bool:
        """The words say the trainee is still going ("and, er…"): the caller must not even
        draw breath."""
        return self.wait == "unfinished"


class TurnTaker:
    """Decides the rest of the hang-over from a first-pause guess."""

    def __init__(self, understanding: Understanding | None,
                 timing: TurnTiming | None = None) -> None:
        self.understanding = understanding
        self.timing = timing or TurnTiming()
        # A fresh context: whether the words make a whole request does not depend on the
        # turns before (the caller reads them in the call's context afterwards).
        self.context = Context()

    def decide(self, text: str, punctuating: bool = True,
               sounds_finished: float | None = None) -> Decision:
        """The rest of the hang-over for a first-pause guess; `sounds_finished` is the voice
        model's probability (None when it is not installed or was not read)."""
        decision = self._from_words(text, punctuating)
        if sounds_finished is None:
            return decision
        decision = self._with_voice(decision, text, sounds_finished)
        if decision.wait == "default" and sounds_finished < CLEARLY_UNFINISHED:
            return self._made("doubtful", decision.why + ", sounding unfinished",
                              decision.reading, decision.analysis)
        return decision

    def _made(self, wait: Wait, why: str, words: str,
              analysis: TurnAnalysis | None = None) -> Decision:
        t = self.timing
        ms = {"complete": t.complete_ms, "default": t.default_ms,
              "doubtful": max(t.doubtful_ms, t.default_ms),
              "unfinished": t.unfinished_ms}[wait]
        return Decision(ms, why, words, analysis=analysis, wait=wait)

    def _with_voice(self, decision: Decision, text: str, sounds: float) -> Decision:
        if decision.wait == "complete" and sounds < UNFINISHED:
            return self._made("default", "a question heard whole that sounds unfinished",
                              decision.reading, decision.analysis)
        # Not on a last word that may need more ("…talk to her"): the words' doubt stands.
        if decision.wait != "default" or decision.reading == "unfinished":
            return decision
        if (decision.analysis is not None and _whole(decision.analysis)
                and sounds > FINISHED):
            return self._made("complete", "a whole request that sounds finished",
                              decision.reading, decision.analysis)
        if text.strip().endswith("?") and sounds >= SURELY_FINISHED:
            return self._made("complete", "a question that sounds surely finished",
                              decision.reading, decision.analysis)
        return decision

    def _from_words(self, text: str, punctuating: bool) -> Decision:
        words = reading(text, punctuating)
        if words == "unfinished" and not soft_ending(text):
            return self._made("unfinished", "the words need more", words)
        analysis = self._sense(text)
        whole = analysis is not None and _whole(analysis)
        if words == "unfinished":  # "…run off in", "…talk to her", "…to me"
            if whole:
                return self._made("default", "a whole request ending on a particle", words,
                                  analysis)
            return self._made("unfinished", "the words need more", words, analysis)
        if words == "complete":
            if analysis is None or whole:
                return self._made("complete", "a question heard whole", words, analysis)
            # Whisper writes "?" on a fragment that starts like a question ("Would you like
            # me to get in in?" for "…an interpreter"): a question mark the sense cannot place
            return self._made("default", "a question mark on words with no sure sense",
                              "unsure", analysis)
        return self._made("default", "no question mark", words, analysis)

    def _sense(self, text: str) -> TurnAnalysis | None:
        if self.understanding is None or not text.strip():
            return None
        return self.understanding.analyse(text, self.context)


def _whole(analysis: TurnAnalysis) -> bool:
    """A question or instruction with an intent heard surely."""
    if analysis.act not in WHOLE_ACTS:
        return False
    return any(r.affirmed and r.confidence >= SURE for r in analysis.intents)
