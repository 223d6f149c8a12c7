"""What someone else must do, said through the caller or an interpreter ("tell him he has
to stay in", "he's not to go down to them", "the kids have got to stay upstairs").

A handler advising a caller who speaks through an interpreter, or about the children in the
house, says the advice of them, not to them; and says the obligation in any of its forms.
"Must" is heard ("he must stay inside"); "has to", "has got to" and "is to" say the same
and were not ("he has to stay in", "he's to keep inside with his wife", "he's not to set foot
outside": two blind authors' advice through an interpreter, marked met by their
assessors). Each is put as "must" ("is not to" as "must not"), only after a person ("he",
"she", "they", "the kids"): "it has to be recorded" and "there's to be no contact" are not
someone told.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Someone else the advice is for: a pronoun, or a person named by what they are.
_PERSON = (r"(\b(?:he|she|they|the (?:kids|children|boys|girls|family)|his (?:wife|son|daughter|"
           r"kids|family)|her (?:husband|son|daughter|kids|family)|everyone|everybody)\b)")
# "has to", "have to", "has got to", "'s got to", "'ve got to", and "is to" / "are to" / "'s to"
_MUST = re.compile(_PERSON + r"(?:\s+(?:has|have)(?:\s+got)?|'s\s+got|'ve\s+got|\s+is|\s+are|"
                   r"'s|'re)\s+to\s+(?=[a-z])", re.IGNORECASE)
# "is not to", "'s not to", "isn't to", "are not to", "aren't to"
_MUST_NOT = re.compile(_PERSON + r"(?:\s+is\s+not|'s\s+not|\s+isn't|\s+are\s+not|'re\s+not|"
                       r"\s+aren't)\s+to\s+(?=[a-z])", re.IGNORECASE)
# "he's to blame", "they are to be seen": no telling
_NO_DEED = re.compile(r"(?:blame|be|thank)\b", re.IGNORECASE)
# Asked or reported, not told: "did he have to go?", "what he has to say", "the one they
# have to see"
_ASKED_BEFORE = re.compile(r"\b(?:did|does|do|will|would|can|could|should|what|who|whom|how|"
                           r"why|when|where|which|that|if|whether)\W*$", re.IGNORECASE)


def _put(word: str) -> Callable[[re.Match[str]], str]:
    def put(m: re.Match[str]) -> str:
        if _NO_DEED.match(m.string, m.end()) or _ASKED_BEFORE.search(m.string[:m.start()]):
            return m.group(0)
        return f"{m.group(1)} {word} "
    return put


def as_must(text: str) -> str:
    """The text with an obligation said of someone else put as "must" / "must not"."""
    text = _MUST_NOT.sub(_put("must not"), text)
    return _MUST.sub(_put("must"), text)
