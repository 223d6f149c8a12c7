"""Human turns for the end-of-turn benches: people's whole requests, with their own pauses.

The synthetic trainee turns (hibari, Piper) pause only where silence is spliced into fluent
speech, which carries none of the cues a person's pause has. These turns are human
recordings from Debian packages (bench/corpora.py), each a whole request said by a person:

- **Turn ends**: the end of each recording.
- **Mid-turn pauses**: the pauses the speaker made *inside* it (between clauses, at commas,
  between the items of a list, between two sentences of one prompt), found by the live
  endpointer (Silero VAD, 32 ms frames) and kept when the silence it measured is 150–700 ms
  (the thinking pauses the issue names) and falls between two words of the recording's own
  transcript (Whisper's word times on the whole recording, which must agree with the
  package's transcript: a pause inside a word, or in a recording heard wrongly, is not
  checked and is left out).

Which recordings (fixed before any result was seen):
- the asterisk prompts (`asterisk-core-sounds-en-g722`, one professional US voice) whose
  transcript is a whole request — it asks the listener to do something ("please", "press",
  "enter", "dial") or ends with a question mark — of at least five words, not a fragment
  (no leading or trailing "..."); and the five LibriVox sentences (`pocketsphinx-testdata`).
- **Split** by the name alone, as the word-error bench splits the prompts
  (`bench.corpora.part`: the first byte of the name's SHA-256, even → dev, odd → held-out).
  Rules are tuned on dev only; held-out is scored at most twice and its individual pauses
  are never printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bench.corpora import asterisk_clip, asterisk_texts, librivox, part, wer

PARTS = ("dev", "held-out")
MIN_PAUSE_MS, MAX_PAUSE_MS = 150, 700  # the mid-turn pauses kept
_REQUEST = re.compile(r"\b(please|press|enter|dial)\b|\?\s*$", re.IGNORECASE)
AGREE = 0.2  # the most word errors Whisper may make on a recording whose word times are used


@dataclass(frozen=True)
class HumanTurn:
    id: str
    text: str  # the package's transcript
    samples: np.ndarray  # 16 kHz mono


def is_request(text: str) -> bool:
    """A whole request: asks for something or is a question; not a fragment."""
    stripped = text.strip()
    if stripped.startswith(("...", "…")) or stripped.endswith(("...", "…")):
        return False
    return len(stripped.split()) >= 5 and bool(_REQUEST.search(stripped))


def human_turns(which: str) -> list[HumanTurn]:
    """The recordings of one part (dev or held-out), in name order."""
    if which not in PARTS:
        raise ValueError(f"no human part {which!r}: use one of {', '.join(PARTS)}")
    out = [HumanTurn(r.id, r.text, r.clip.resampled(16000).samples.astype(np.float32))
           for r in librivox() if part(r.id) == which]
    # Only the requests are decoded: the live bench's peak memory is meant to be the call's,
    # not every prompt of the package's.
    for name, text in sorted(asterisk_texts().items()):
        if part(name) != which or "[" in text or not is_request(text):
            continue
        clip = asterisk_clip(name)
        if clip is not None:
            out.append(HumanTurn(name, text, clip.samples.astype(np.float32)))
    return out


def agrees(reference: str, heard: str) -> bool:
    """Whisper heard the recording well enough for its word times to place a pause."""
    return wer([(reference, heard)]) <= AGREE


def between_words(words: list[tuple[float, float]], start_s: float, end_s: float) -> bool:
    """The silence [start, end] lies between two words: one ends near its start, the next
    begins near its end, and no word runs across its middle (Whisper's times are ±~100 ms)."""
    middle = (start_s + end_s) / 2
    if any(a < middle - 0.05 and b > middle + 0.05 for a, b in words):
        return False
    before = any(b <= middle for _a, b in words)
    after = any(a >= middle for a, _b in words)
    return before and after
