"""The caller asked to read something out is no read-back.

A read-back is the handler saying the caller's details back to them (the definitions'
confirm_details: "just to confirm, that's 14 Grange Road?"). "Can you read it out to me?",
"read me his message word for word", "read it to me if you can" ask the caller to read to
the handler: a question for what is read (the message's words are the threat asked after),
however near "just so I've got it word for word" the words come. Every author's turns
agree: of the development turns asking the caller to read to the handler, none is labelled
a read-back (v9, v11, v14, v15, v18, v20, v23, v31, v34, acts_h, acts_j, acts_o, acts_r).
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

# The caller asked or told to read to the handler: "can you read it out to me", "read me
# the text", "read it to me word for word" (not "let me read that back", "I'll read it
# back to you": the handler reading; nor a reading waived, "no need to read me…", which
# its waiver reads).
_READ_TO_ME = re.compile(r"^ (?:(?:so|okay|right|now|please|just|and|then|if)\s)*"
                         r"(?:(?:can|could|would|will) you (?:just |please )?)?"
                         r"read (?:(?:it|that|this|them|the \w+|his \w+|her \w+|their \w+|"
                         r"what \w+ \w+) )?(?:out )?(?:to )?me\b"
                         r"|^ (?:(?:so|okay|right|now|please|just|and|then)\s)*"
                         r"(?:(?:can|could|would|will) you (?:just |please )?)?"
                         r"read (?:(?:it|that|this|them) out|out)\b")


def caller_reads(clause: str) -> bool:
    """Is the clause the caller asked or told to read something out to the handler?"""
    return bool(_READ_TO_ME.search(spelled(clause)))
