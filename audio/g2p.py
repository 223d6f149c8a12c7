"""Pronunciations for words the CMU dictionary lacks, from espeak-ng.

Scenario words are exactly the ones the dictionary misses (7% of the library's words:
Basildon, Hartlepool, Adeyemi, ANPR, dashcam), and they are the words a trainee must read
back. espeak-ng already knows how to say them; its American-English IPA is mapped here onto
the 39 phones of pocketsphinx's en-us acoustic model.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable

# Longest keys first when matching; ZWJ joins (espeak's --ipa=3) are removed before.
_IPA_TO_CMU = {
    "aɪə": "AY ER", "aʊ": "AW", "aɪ": "AY", "eɪ": "EY", "oʊ": "OW", "ɔɪ": "OY",
    "tʃ": "CH", "dʒ": "JH", "ɑː": "AA", "ɔː": "AO", "ɜː": "ER", "iː": "IY", "uː": "UW",
    "ɪə": "IH R", "eə": "EH R", "ʊə": "UH R",
    "ɑ": "AA", "ɒ": "AA", "æ": "AE", "ʌ": "AH", "ə": "AH", "ɐ": "AH", "ɔ": "AO", "ɛ": "EH",
    "e": "EH", "ɚ": "ER", "ɝ": "ER", "ɪ": "IH", "ᵻ": "IH", "i": "IY", "o": "OW", "ʊ": "UH",
    "u": "UW", "a": "AE",
    "b": "B", "d": "D", "f": "F", "ɡ": "G", "g": "G", "h": "HH", "k": "K", "l": "L",
    "m": "M", "n": "N", "ŋ": "NG", "p": "P", "ɹ": "R", "r": "R", "s": "S", "ʃ": "SH",
    "t": "T", "θ": "TH", "ð": "DH", "v": "V", "w": "W", "j": "Y", "z": "Z", "ʒ": "ZH",
    "ɾ": "T", "x": "K",
}  # fmt: skip
_IGNORED = set("ˈˌːˑ‍̩ʔ-. ")
_LONGEST = max(len(k) for k in _IPA_TO_CMU)


def ipa_to_cmu(ipa: str) -> str:
    """ "bˈæzɪldən" → "B AE Z IH L D AH N"; unknown symbols are dropped."""
    text = ipa.replace("\u200d", "")
    phones: list[str] = []
    i = 0
    while i < len(text):
        for size in range(_LONGEST, 0, -1):
            piece = text[i : i + size]
            if piece in _IPA_TO_CMU:
                phones.append(_IPA_TO_CMU[piece])
                i += size
                break
        else:
            i += 1  # a stress mark, length mark or a symbol with no CMU phone
    return " ".join(phones)


def guess_pronunciations(words: Iterable[str]) -> dict[str, str]:
    """word → CMU phones, for every word espeak-ng can say; {} without espeak-ng."""
    wanted = sorted({w for w in words if w and "\n" not in w})
    program = shutil.which("espeak-ng")
    if not wanted or program is None:
        return {}
    try:
        result = subprocess.run(
            [program, "-q", "--ipa=3", "-v", "en-us"],
            input="\n".join(f"{w}." for w in wanted),  # the full stop keeps one line per word
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if len(lines) != len(wanted):
        return {}  # misaligned: better no guess than a wrong word's phones
    guesses = {w: ipa_to_cmu(ipa) for w, ipa in zip(wanted, lines, strict=True)}
    return {w: phones for w, phones in guesses.items() if phones}
