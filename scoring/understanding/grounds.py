"""Grounds: a clause that, by its form, gives the reason for what was said before it.

After a thing refused, waived or permitted against ("you won't need a locksmith today, |
the door still shuts"; "no need to describe him, | you've said you never saw his face";
"you needn't ring the DVLA, | leave that part with us"), the clause that follows often
resembles an intent of its own (door, locks, the DVLA) and does none: it says why. The
definitions: a clause giving the reason a thing is not needed carries no intent of its own,
and one giving the reason for advice is no advice of its own.

Four forms of ground, each read from the clause's wording alone:
- what the caller has already said ("you've told me…", "you said…");
- a fact about someone or something other than the caller, in the present or the past
  ("the door still shuts", "they never touched it", "a noise complaint isn't an
  emergency", "because it's on the report"), not what is to come or what ought to be
  ("…, because an officer will ring you back tonight" promises a step);
- where the detail will be had instead, the waived thing taken up by a pronoun ("I can get
  that from the school", "Professional Standards will arrange that", "we'll send it you");
- the thing handed over ("leave that to us", "leave that part with the officers").

What is to come said in its own right (`someone will ring you tomorrow`, "we'll have
someone swing by") is a next step, not a ground, and keeps its intent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.understanding.analysis import IntentReading
from scoring.understanding.polarity import INTENTS_ASKED
from scoring.understanding.wording import spelled

_OPENING = r"(?:(?:so|and|but|well|now|anyway|honestly|i mean|right|ok|erm|um) )*"

# What the caller said: "you've told me you're on the verge", "you said no".
_CALLER_SAID = re.compile(rf"^ {_OPENING}you (?:have |had )?(?:already |just )?(?:said|told|"
                          r"mentioned|given|described|explained|confirmed) ")

# A fact about someone or something else: a subject that is not the caller, then a verb in
# the present or past ("the door still shuts", "it is just egg", "they never touched it",
# "lighting is not what let them in").
# ("try not to touch anything on it" is an order, the prohibition's own cue: no fact)
_NOT_SUBJECTS = (r"(?!(?:you|please|just|do|then|also|still|only|now|never|not|what|where|when|"
                 r"who|how|which|why|if|otherwise|instead|so|and|but|or|maybe|perhaps|try)\b)")
_STATED = (r"(?:is|are|was|were|has|have|had|still|never|already|only|just|not|"
           # (a participle after a dropped "'s": "the officer's seen them")
           r"seen|done|been|gone|got|finished|left|\w+ed)")
_FACT = re.compile(rf"^ {_OPENING}(?:(?:because|cos|as|since|seeing as) )?(?:(?:it|that|this|"
                   r"there|he|she|they|(?:the|a|an|his|her|their|our|its|that|this|those|"
                   rf"these)(?: \w+){{1,4}}?) (?:{_STATED}|does|did|do)|"
                   # a bare noun as subject ("lighting's not what let them in"); not "do",
                   # which after a bare word is an order ("otherwise don't move her")
                   rf"{_NOT_SUBJECTS}\w+ {_STATED})\b")
# …but not what ought to be, what is to come, or advice put as a judgement ("the kids need
# to stay upstairs", "they are on their way", "it is best to keep away")
_NOT_A_FACT = re.compile(r" (?:need|needs|should|must|have to|has to|ought|going|coming|"
                         r"heading|on (?:their|his|her|its|the) way|will|better|best|safer|"
                         r"wiser|a good idea|worth|important|sending|be (?:round|there|with "
                         r"you)|with you|here)\b")

# Where the detail will be had instead: a verb of getting or seeing to, then the waived
# thing taken up by a pronoun ("I can get that from the school", "PSD will arrange that").
# (the pronoun ends the clause or a place follows it: "I'd get that back door secured" is
# advice, "that" a determiner; "would" and "should" advise)
_HAD_INSTEAD = re.compile(r" (?:will|can|could) (?:\w+ )?(?:get|take|find|pull|see|check|have|"
                          r"arrange|sort|sort out|deal with|handle|add|send|post|use|keep using|"
                          r"pick up|look into|follow up|chase) (?:it|that|this|them|those|these|"
                          r"the one|all that|all of that)(?: \w+)?(?: $| (?:from|off|for|with|"
                          r"through|on|in|up|instead|later|anyway|out|to|when|once|at|by)\b)"
                          # given by someone else, the thing taken up as "one": "the officer
                          # will give you one", "they'll text you theirs"
                          r"| (?:will|can|could) (?:\w+ )?(?:give|send|text|email|post) you "
                          r"(?:one|1|it|that|theirs|his|hers|their own|a new one)(?: \w+)?"
                          r"(?: $| (?:later|tomorrow|tonight|when|once|at|by|in)\b)")

# The thing handed over: "leave that to us", "leave that part with the officers".
_HANDED_OVER = re.compile(rf"^ {_OPENING}(?:just )?leave (?:it|that|this|them|those|all that)"
                          r"(?: \w+)? (?:to|with) (?:us|me|them|the \w+|the \w+ \w+)\b")


def explains(clause: str) -> bool:
    """Does the clause, by its form, give a reason (see the module's four forms)?"""
    text = spelled(clause)
    if recalls_caller(clause) or _HAD_INSTEAD.search(text) or _HANDED_OVER.match(text):
        return True
    return bool(_FACT.match(text)) and not _NOT_A_FACT.search(text)


def recalls_caller(clause: str) -> bool:
    """Does the clause say what the caller has already said ("you've said you're okay")?
    That grounds what came before; it comforts no one."""
    return _CALLER_SAID.match(spelled(clause)) is not None


# A read-back's check: it invites the caller to correct it ("…, is that right?", "…, yeah?",
# "just to confirm…", "let me read that back"); said with none, a detail only grounds.
_CHECKED = re.compile(r" (?:is that right|is that correct|have i got that right|(?:yeah|yes|"
                      r"right|correct|ok) $|just to confirm|to double check|let me read|"
                      r"read (?:that|it|those) back|check (?:that|i have))")


def grounded_waiver(readings: Sequence[IntentReading], text: str) -> bool:
    """Does the turn waive a question first ("no need to ask her date of birth, you've said
    the ninth of March") and put nothing to the caller to correct? Then a detail said after
    the waiver is its ground, not a read-back ("we know it's a red Micra", "FN15 is
    enough for the ANPR")."""
    if not readings or readings[0].affirmed or readings[0].intent not in INTENTS_ASKED:
        return False
    # (the waiver opens the turn: a detail said before it may be read back, "Hoe Lane,
    # Great Totham. No need for the postcode")
    opening = " ".join(spelled(readings[0].clause).split()[:3])
    return (spelled(text).startswith(f" {opening} ") and "?" not in text
            and _CHECKED.search(spelled(text)) is None)


def no_read_back_in_grounds(readings: list[IntentReading], text: str) -> list[IntentReading]:
    """The turn's readings without the details said back as a waiver's ground (see
    `grounded_waiver`): they confirm nothing."""
    if not grounded_waiver(readings, text):
        return readings
    waived = readings[0].clause
    return [r for r in readings if not (r.intent == "confirm_details" and r.affirmed
                                        and r.clause != waived)]


# What the caller has already done, said back to them: "you've pressed 55", "you've locked
# the back door". Beside the same thing said not to be needed again ("…, you don't need to
# press anything else") it is the reason, not the thing asked for again; alone it tells
# them to do nothing. (Not what they must do, "you've got to stay in", nor an order
# recalled, "you've been told to keep away": both are the advice.)
_DONE_BY_CALLER = re.compile(rf"^ {_OPENING}you have (?:already |just )?"
                             r"(?!got to |been (?:told|asked) )(?:\w+ed|done|been|got|"
                             r"given|rung|put|shut|sent|made) ")


def done_by_caller(clause: str) -> bool:
    """Does the clause say what the caller has already done ("you've pressed fifty-five")?"""
    return _DONE_BY_CALLER.match(spelled(clause)) is not None
