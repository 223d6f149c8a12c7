"""How the caller knows someone is asked by the question's form.

The definitions' relationship is "asking how the caller knows / is related to the person".
"How do you know the man at the door?", "how do you know the man who's kicking the door?",
"what's Jamie to you?", "and the man at the door, what is he to you?" ask it whoever the
person is said to be; described by what he is doing they resemble describing him (the
learnt examples hold "the man who's kicking the door" under suspect_description), but what
is asked is the tie to the caller. Authors of v9, v11, v18, v27, v28 and acts_o wrote the
form, each labelled relationship.

Not "how do you know he's got a knife?" or "how do you know it was him?": knowing a fact,
a verb straight after the one known.
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

_OPENING = r"^ (?:(?:and|so|okay|ok|right|sorry|now|then|erm|um|also)\s)*"
# Someone known: a pronoun, a name, or a noun phrase ("the man at the door", "this lad Jay",
# "the people at 47"), ended by the clause or by what places or describes them.
_SOMEONE = (r"(?:him|her|them|(?:the|this|that|your|these|those) (?:\w+ ){0,3}?"
            r"(?:man|men|lad|lads|woman|lady|bloke|guy|fella|girl|boy|people|family|"
            r"neighbour|neighbours|gentleman|one|couple|kids?)(?: [a-z]+)?|this [a-z]+(?: [a-z]+)?|"
            r"(?!it\b|that\b|this\b)[a-z]+(?=(?: then| at all| well| exactly)?$))")
# What may follow the one known: nothing, whom or where ("who's at your door", "at 47",
# "across the road"), or the caller's name or a nudge ("at all").
_AFTER = (r"(?: (?:who|that|at|across|from|next|over|in|on|with|she|he|you|round|down|up|"
          r"then|at all|really|exactly|well)\b.*| [a-z]+)?$")
# (who knows: the caller, a pronoun or a name, "how does Priya know him?"; not a thing)
_HOW_KNOWN = re.compile(_OPENING + r"how (?:well )?(?:do|did|does) "
                        r"(?:you|she|he|they|(?!it\b|that\b|this\b)[a-z]+) "
                        r"(?:actually |even )?know " + _SOMEONE + _AFTER)
# "What's Jamie to you?", "what is he to you?", "what is the man at the door to you?": a
# person, or a name, and where they are, then "to you" (not "what's he said to you?", "what's
# the nearest junction to you?").
_PERSON_NOUN = (r"(?:the|this|that|your) (?:\w+ ){0,3}?(?:man|lad|woman|lady|bloke|guy|fella|"
                r"girl|boy|gentleman|one)")
_WHAT_TO_YOU = re.compile(_OPENING + r"what (?:is|was|are) (?:he|she|they|" + _PERSON_NOUN +
                          r"|(?!the |a |an |it |that |this |your |there )[a-z]+)"
                          r"(?: (?:at|in|from|next|across|on|over|upstairs|downstairs)"
                          r"(?: [a-z0-9]+){0,4})? to (?:you|her|him)$")


def asks_how_known(clause: str) -> bool:
    """Does the clause ask how the caller (or someone) knows a person, by its form?"""
    text = spelled(clause).rstrip()
    return bool(_HOW_KNOWN.search(text) or _WHAT_TO_YOU.search(text))


PHRASE = "(how someone is known to the caller, asked by its form)"
