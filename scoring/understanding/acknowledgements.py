"""What the handler says about what the caller said, or about how things work: it asks,
advises and promises nothing (the definitions' statement: "acknowledgements,
explanations, small talk").

Two families, each by its grammar rather than its words:
- a note of what the caller told them: the handler recording it ("I've made a note",
  "I've put on the log that the kids are asleep", "that's all noted", "I've got that
  down") or taking it in ("that's something at least", "that's interesting"). The details
  said beside it ("Right, the car keys on the path, I've made a note") are the caller's,
  noted, not asked for and not advice, whatever question or advice they resemble; a
  question or an order put in the same turn still asks or tells ("Right, I've got that
  down. Has anything been taken?").
- an explanation of a term or of how things work ("PSD is just short for Professional
  Standards", "that's just how the system's set up", "that's what's gone wrong"): about
  the words or the process, not a question, advice or an apology.
"""

from __future__ import annotations

import re

from scoring.understanding.acts import REQUEST, tells_caller
from scoring.understanding.clause_form import wh_question
from scoring.understanding.polarity import asks, is_tag_question
from scoring.understanding.wording import spelled

_OPENS = r" (?:(?:ok|right|so|and|yeah|yes|well|now|then|great|lovely|brilliant|thanks) )*"
# The handler recording what was said: "I've noted…", "I've put on the log that…", "I've
# made a note of that", "I'm just putting all that on the log", "I've added that", "I've
# got that down", "I can see those on the system" (not "I'll put you through", "I've got
# officers on the way": nothing of the caller's recorded).
_OBJECTS = r"(?:(?:that|it|this|them|those|all|of|everything) ){1,3}"
_RECORD = r"(?:the |my |our )?(?:log|note|notes|record|system|incident|report|job|sheet|file)"
_RECORDING = re.compile(
    r" (?:i|we) (?:have |had |ve |will |am |are )?(?:just |already |now )?(?:"
    r"noted|jotted|(?:written|wrote|typed|taken|jotted) " + _OBJECTS + r"down|got " + _OBJECTS
    + r"(?:down|noted|logged)|"
    # ("I've put that on the log", "I've added it", not "while I put this through")
    r"(?:put|putting|added|adding|logged|logging|typed|typing) " + _OBJECTS
    + r"(?:(?:on|in|to|onto) " + _RECORD + r"|(?:on |down |in )?(?:now |too |already |as well "
    # taken down as said: "I've typed that word for word"
    r"|word for word |exactly |verbatim )*$)|"
    r"(?:put|putting|added|adding) (?:on|in|to) " + _RECORD + r" that|(?:put|putting) on that|"
    r"(?:made|make|making|taken|take|taking) a note|"
    # the note's own words said after it: "I've put down that you take tablets for your
    # heart", as "I've noted that…" (the detail said is the caller's, asked for nothing)
    r"(?:put|putting|written|wrote|typed|jotted|taken) down that|"
    r"can see (?:that|those|them|it|this|all that) on (?:the|my|our) (?:system|log|screen|"
    r"record))")
# Said of what was told: "that's (all) noted", "that's on the log", "that's on there" (on
# the handler's screen or map), "noted", "got that".
_SAID_NOTED = re.compile(r"(?: \w+){0,12} (?:(?:that is|that s|it is|all) (?:all |now |been )*"
                         r"(?:noted|logged|on the log|on the system|down|on there|on (?:the|my) "
                         r"(?:screen|map))|noted|got (?:that|it)"
                         # several details had by the handler: "I've got those", "we've got
                         # all of them" (not "the police have got them": caught)
                         r"(?: down)?|(?:i|we) (?:have |had )?got (?:those|them|(?:all|both)"
                         r" (?:of )?(?:that|those|them)|both)(?: down)?"
                         # written as said, the "down" left off: "okay, I've written that"
                         r"|(?:i|we) (?:have )?(?:written|wrote|jotted) (?:that|it|them|those)"
                         r"(?: down)?)"
                         r"(?: now| then| thanks| thank you)? $")
# Taking it in: "that's something at least", "that's interesting", "that's good to know".
_TAKEN_IN = re.compile(_OPENS + r"(?:that is|that s|it is) (?:\w+ )?(?:something|interesting|"
                       r"useful|handy|good to know|worth knowing|good news|a relief|lucky|"
                       r"a start)(?: at least| then| though| actually| anyway)? $")
# A term explained: "PSD is just short for Professional Standards", "ANPR stands for…",
# "CAD is what we call the log".
_TERM = re.compile(r" (?:\w+ ){1,3}(?:(?:is|s|are) (?:just |simply |only |basically )?"
                   r"(?:short for|an abbreviation|what we call|the name for|our name for|"
                   r"the term for|our term for|our word for|jargon for)|stands for|"
                   r"is the acronym) ")
# How things work, said of what went before: "that's just how the system's set up", "that's
# the way it works", "that's what's gone wrong", "that's what held them up", "that's the
# process" (not "that's what I need from you": a thing wanted).
_HOW_IT_IS = re.compile(
    r" (?:(?:so|and|but|right|ok|well|i am afraid|unfortunately|honestly) )*"
    r"(?:that is|that s|it is|this is|thats) (?:just |simply |only |really |exactly |basically "
    r"|all |sadly |unfortunately )*(?:how (?:(?!(?:i|you|we) )\w+ )?(?:\w+ )*?(?:is|s|are|"
    r"works?|work|set up|meant|done|goes|runs|take|takes|happens)|the way (?:it|things|we|"
    r"the \w+)|why |what (?!(?:i|you|we) )\w+|the (?:process|"
    r"procedure|system|policy|rules?)|(?:standard|normal|routine) (?:procedure|practice|"
    r"policy)|procedure|policy)")


# Noted first, then what was noted, with no verb: "Got it, crowbar in his hand", "Noted,
# blue Astra" (as "crowbar in his hand, got it"; not a clause of its own run on after it:
# "got it, and is he still there?", "got it, so it was the back door, yeah?").
_NOTED_FIRST = re.compile(r"^ (?:(?:ok|okay|right|lovely|great|so) )*(?:got (?:that|it)|noted)"
                          r"(?! (?:\w+ )*?(?:is|are|was|were|has|have|had|did|does|do|can|could|"
                          r"will|would|what|where|when|who|how|which|why|you|yeah|yes|right) )"
                          r"(?: \w+){1,12} $")


def notes(clause: str) -> bool:
    """Does the clause record or take in what the caller said ("I've made a note of that",
    "that's all noted", "that's something at least", "got it, crowbar in his hand")?"""
    text = spelled(clause)
    return bool(_RECORDING.search(text) or _SAID_NOTED.match(text) or _TAKEN_IN.match(text)
                or (_NOTED_FIRST.match(text) and not put_as_question(clause)))


def explains(clause: str) -> bool:
    """Does the clause explain a term or how things work ("PSD is short for Professional
    Standards", "that's just how the system's set up")? Never a question by its form."""
    text = spelled(clause)  # ("that's" opens what is explained: `core_of` would drop it)
    # (a subject and its verb open it, so a question word after them asks nothing: "that's
    # what's gone wrong"; a typed "?" or a tag still asks)
    return not (asks(clause) or is_tag_question(clause)) and bool(
        _TERM.match(text) or _HOW_IT_IS.match(text))


def put_as_question(clause: str) -> bool:
    """Does the clause ask by its form: a question mark, a question's first words, a tag
    ("…, did he?"), a question word or a request ("tell me…")?"""
    return (asks(clause) or is_tag_question(clause) or wh_question(clause)
            or bool(REQUEST.search(spelled(clause))))


def noted_only(clause: str) -> bool:
    """In a turn that notes what the caller said, is this clause only the detail noted: it
    neither asks by its form nor tells the caller to do anything?"""
    # (the note itself is said by the handler: "I've put on the log that…" tells nothing,
    # though "put" opens orders too)
    return not put_as_question(clause) and (notes(clause) or not tells_caller(clause))
