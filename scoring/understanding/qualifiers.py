"""Clauses that only qualify the clause before them, and so ask nothing of their own.

Two forms, both cut off as clauses of their own by the clause splitter:
- the second half of a condition, with no subject of its own: "If he gets like this again
  and isn't in immediate danger, ring 111" says when to ring; "isn't in immediate danger"
  does not ask whether anyone is safe;
- a phrase that sets a question's bounds: "Does he have anything he could hurt himself
  with, besides the tablets?" asks about weapons; the tablets are what it leaves out, not a
  question about his medication ("including the registration", "apart from the car").

And, beside a clause that did something (session 11): how to answer ("quick as you can"),
who would know ("…, did Ellie say?"), a reason ("…, because the officers will want to
know where he is"), a condition or a concession after or before it ("…, even if you can't
speak"), when ("…, after half three"), a request to be told whose question is the clause
after it ("can you tell me | what the wallet looked like") and a question's verb cut off
from its question word ("what time of day | was it pinched roughly").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from scoring.understanding.acts import IMPERATIVE
from scoring.understanding.analysis import Act, IntentReading
from scoring.understanding.polarity import ADVICE, INTENTS_ASKED, asks
from scoring.understanding.wording import spelled

_OPENS = r" (?:(?:and|so|but|or|ok|right|now|then) )*"
_CONDITION = re.compile(_OPENS + r"(?:if|unless|in case|provided|as long as) ")
# A verb with no subject before it: the clause goes on with the subject of the one before.
# ("and don't handle it" is an order, not the condition going on; "if you can hear me, is
# he in the flat?" asks: a verb, then its subject)
_NO_SUBJECT = re.compile(r" (?:and |or |but )?(?:is|are|was|were|has|have|had|does|did|can|"
                         r"could|will|would|gets|goes|comes|starts|keeps|seems|looks)"
                         r"(?: not)? (?!(?:he|she|they|you|it|we|i|there|the|your|his|her|"
                         r"their|anyone|anybody|someone|somebody)\b)")
# How to answer, said after a question or an order: "quick as you can", "as near as you
# can tell me", "word for word if you can", "in your own words", "roughly".
_MANNER = re.compile(
    _OPENS + r"(?:(?:as |just )?(?:near|close|best|much|quick|quickly|fast|soon|exactly|"
    r"accurately|well|clearly|slowly|calmly|far) as (?:you|i) (?:can|could|are able)"
    r"(?: (?:tell|remember|say|manage|describe))?(?: me| it| them)?|word for word|"
    r"in your own words|in your own time|roughly|approximately|if (?:you|he|she|they) "
    r"(?:can|know|remember|could|are able)|if possible|if you do not mind|(?:as )?best you "
    r"can)(?: (?:if (?:you|he|she) (?:can|know|remember)|please|for me|roughly|love|mate))* $")
# A clause of reason after another: "…, because the officer will take a photo from you",
# "…, cos they'll clear it quicker", "…, as the crew are with him" (not "as soon as", "as
# well as", "since Tuesday": a time or a list).
_BECAUSE = re.compile(r" (?:(?:and|so|but|just|only) )?(?:because|cos|coz|cause|as (?=(?:he|she|"
                      r"they|it|we|i|you|there|the \w+ (?:is|are|was|were|will|have|has|s))\b)|"
                      r"since (?=(?:he|she|they|it|we|i|you|there) ))(?!of )")
# A condition or a concession put beside what it qualifies: "…, even if you can't speak",
# "if you can't speak, just stay on the line", "…, however angry you are", "…, whatever
# time it is".
_IF = re.compile(_OPENS + r"(?:even if|even though|if|unless|whether or not|however|whatever|"
                 r"wherever|whenever|no matter) ")
_CONCEDES = re.compile(_OPENS + r"(?:even if|even though|however|whatever|wherever|whenever|"
                       r"no matter) ")
# When, said after what it times, with no verb of its own before its time: "…, since about
# ten", "…, after half three", "…, from when she left school", "…, till the crew get there"
# (not "…, from the window": where).
_WHEN = re.compile(_OPENS + r"(?:since|from when|after|until|till)(?: when)? "
                   r"(?!(?:\w+ )?(?:is|are|was|were|do|does|did|has|have|had|can|could|will|"
                   r"would)\b)")
# A span of time alone, after the question it bounds: "Has he threatened you, | either
# tonight or before?", "Have you been stopped before, | this year or before that?" (v14,
# v31, v34): when the thing asked held, no time asked of its own.
_SPAN_TIME = (r"(?:tonight|today|this (?:year|week|month|morning|afternoon|evening|time)|"
              r"recently|lately|now|ever|before|in the past|earlier|last (?:year|week|month|"
              r"night|time)|any other time)")
_SPAN = re.compile(_OPENS + r"(?:either |whether )?" + _SPAN_TIME + r"(?: or " + _SPAN_TIME +
                   r"(?: that| then)?)+ $")
# A window of time alone, after what it bounds: "An officer will come out this afternoon, |
# somewhere between two and four" (v16, v30): when the step happens, no time read back
# (a clock time in it: "between the pub and the church" is a place).
_BETWEEN = re.compile(_OPENS + r"(?:(?:somewhere|some time|sometime|any time|anytime|roughly|"
                      r"about|probably|usually) )?between (?:\w+ ){0,2}?(?:\d+|half|quarter|noon|"
                      r"midday|midnight)(?: \w+){0,4} $")
# Who would know, asked after a question ("Which way did the car go, did Ellie say?", "…,
# has he ever said?", "…, do you know?"): the question before, put to what someone said.
_SOURCE = re.compile(_OPENS + r"(?:did|has|have|had|does|do|would|will|could|can) (?:\w+ ){1,2}?"
                     r"(?:ever |actually |already |even )?(?:say|said|mention|mentioned|tell you|"
                     r"told you|know|remember|think|reckon)(?: (?:at all|it|that|so|anything|"
                     r"to you))? $")
# Or by sight, asked of the caller after a question ("Which way did they go, did you see?",
# "What's been taken, can you tell?", "…, did you see him?"): how they would know what the
# question asks, no witness asked for. Every such turn of the development, training and
# held-back authors (v9, v17, v19, v20, v32, v36, v41, acts_g, acts_n) is labelled the
# question before alone; "did you see anything?" asks what was seen, and is not one, nor is
# a question of its own joined on by "and" ("How long ago was it and did you see them?",
# dev: the witnesses).
_SEEN = re.compile(r" (?:did|could|can|do) you (?:actually |even )?(?:see|notice|spot|"
                   r"tell|make out)(?: (?:him|her|it|them|that|at all))? $")
# A request to be told, its question put after it as a clause of its own ("can you tell me
# | what the wallet looked like"): the frame asks nothing the question does not.
_FRAME = re.compile(_OPENS + r"(?:(?:can|could|would|will) you (?:just |please )?(?:tell me|let me "
                    r"know|say)|(?:just )?tell me|do you know|are you able to tell me|i need to "
                    r"know|i want to know)(?: please)? $")
_REPORTED = re.compile(r" (?:what|where|when|who|how|which|why|whose|whereabouts|if|whether) ")
# A question word and what it asks about, with no verb ("what time of day", "which way"),
# the question's verb cut off into the next clause ("| was it pinched roughly").
_WH_PHRASE = re.compile(_OPENS + r"(?:what|which|how|whereabouts)(?: (?!(?:is|are|was|were|do|does|"
                        r"did|has|have|had|will|would|can|could|should|s)\b)\w+){0,4} $")
_AUX_FIRST = re.compile(r" (?:is|are|was|were|did|does|do|has|have|had|will|would|can|could) "
                        r"(?:it|he|she|they|you|that|this|there|the|his|her|their|your)\b")
_BOUNDS = re.compile(_OPENS + r"(?:besides|apart from|aside from|other than|except|except for|"
                     r"as well as|including|such as|not counting|on top of) ")


def continues_condition(clause: str, before: str) -> bool:
    """Is `clause` the second half of the condition `before` opens ("if he gets like this
    again", "and isn't in immediate danger")?"""
    text = spelled(clause)
    return bool(_CONDITION.match(spelled(before)) and not _CONDITION.match(text)
                and _NO_SUBJECT.match(text))


def sets_bounds(clause: str) -> bool:
    """Is `clause` a phrase setting bounds ("besides the tablets", "apart from the car")
    that asks nothing by itself?"""
    return bool(_BOUNDS.match(spelled(clause))) and not asks(clause)


def says_how(clause: str) -> bool:
    """Is `clause` only how to answer or do what went before ("quick as you can", "word
    for word if you can", "as near as you can tell me")?"""
    return bool(_MANNER.match(spelled(clause))) and not asks(clause)


def gives_reason(clause: str) -> bool:
    """Is `clause` the reason for what went before ("because the officers will want to know
    where he is")?"""
    return bool(_BECAUSE.match(spelled(clause))) and not asks(clause)


def qualifies(clause: str) -> bool:
    """Is `clause` a condition or a concession ("even if you can't speak", "however angry
    you are") that is no question itself, and no more than that ("if you can't speak,
    press 55" tells what to do in the same clause)?"""
    text = spelled(clause)
    if not _IF.match(text) or asks(clause):
        return False
    rest = " " + " ".join(text.split()[4:]) + " "  # after its opening, subject and verb
    return IMPERATIVE.search(rest) is None


def says_when(clause: str) -> bool:
    """Is `clause` only when what went before holds ("since about ten", "after half
    three", "from when she left school", "either tonight or before", "somewhere between
    two and four")?"""
    said = spelled(clause)
    return bool(_WHEN.match(said) or _SPAN.match(said) or _BETWEEN.match(said)) and not asks(
        clause)


def asks_who_knows(clause: str) -> bool:
    """Is `clause` only who would know ("did Ellie say", "has he ever said", "do you
    know")?"""
    return bool(_SOURCE.match(spelled(clause)))


def asks_how_seen(clause: str, text: str = "") -> bool:
    """Is `clause` only how the caller would know, by sight ("did you see?", "can you
    tell?"), put after the question as a tag, not joined on to it by "and" or "or" in the
    turn's `text`?"""
    if not _SEEN.match(spelled(clause)):
        return False
    at = text.find(clause)
    return at < 0 or _JOINED_ON.search(text[:at]) is None


_JOINED_ON = re.compile(r"\b(?:and|or)\W*$", re.IGNORECASE)


def frames(clause: str, following: str) -> bool:
    """Is `clause` a request to be told ("can you tell me") whose question is the clause
    after it ("what the wallet looked like")?"""
    return bool(_FRAME.match(spelled(clause)) and _REPORTED.match(spelled(following)))


def only_frames(words: str) -> bool:
    """Are `words` a request to be told with nothing asked in them ("just tell me", "can
    you let me know"), so that what it asks is put after it?"""
    return bool(_FRAME.match(spelled(words)))


def goes_on_asking(clause: str, before: str) -> bool:
    """Is `clause` the verb and the rest of the question `before` opens with its question
    word ("what time of day | was it pinched roughly")?"""
    return bool(_WH_PHRASE.match(spelled(before)) and _AUX_FIRST.match(spelled(clause)))


def without_qualifiers(readings: list[IntentReading],
                       acts: Sequence[Act], text: str = "") -> list[IntentReading]:
    """The turn's readings without those of a clause that only qualifies the clause before
    it (`acts`: the turn's clauses in order): the questions a condition's second half
    resembles, and anything a question's bounds resemble (the turn's `text` says how its
    clauses were joined)."""
    conditions = {b.clause for a, b in pairwise(acts)
                  if continues_condition(b.clause, a.clause)}
    bounds = {b.clause for a, b in pairwise(acts)
              if (a.kind == "question" and sets_bounds(b.clause)) or says_how(b.clause)}
    bounds |= {b.clause for a, b in pairwise(acts)
               if a.kind == "question" and (asks_who_knows(b.clause)
                                            or asks_how_seen(b.clause, text))}
    bounds |= {a.clause for a, b in pairwise(acts) if frames(a.clause, b.clause)}
    # (the question's verb goes on with what its question word asked, when that was heard)
    asked = {r.clause for r in readings if r.affirmed and r.intent in INTENTS_ASKED}
    bounds |= {b.clause for a, b in pairwise(acts)
               if a.clause in asked and goes_on_asking(b.clause, a.clause)}
    # (a reason for what another clause said, when something was heard there: "…, because
    # the officers will want to know where he is" asks and advises nothing of its own;
    # alone it may say what the advice was for, and a step promised in it is still one)
    heard = {r.clause for r in readings}
    reasons = {b.clause for n, b in enumerate(acts)
               if n and gives_reason(b.clause) and heard - {b.clause}}
    # (a condition or a concession beside a clause that did something: what it qualifies
    # is said there; "…, even if you can't speak" tells nothing of the silent solution,
    # "…, however angry you are" comforts no one)
    affirmed = {r.clause for r in readings if r.affirmed}
    reasons |= {a.clause for a in acts if qualifies(a.clause) and affirmed - {a.clause}}
    # (nor does a condition: "if you're worried about him, | ring 111" names the caller's
    # worry as when to ring, every author's signpost of the form, v5 to v39 and the
    # training authors; it comforts no one)
    conceded = {a.clause for a in acts if _CONCEDES.match(spelled(a.clause)) or qualifies(
        a.clause)}
    # (when, after a clause that did something: no detail of its own said back, asked or
    # advised; a value of the world said back in it is still read back)
    timed = {b.clause for n, b in enumerate(acts) if n and says_when(b.clause)
             and affirmed - {b.clause}}
    if not conditions and not bounds and not reasons and not timed:
        return readings

    def nearer_elsewhere(r: IntentReading) -> bool:
        # (a reason, a condition or a time that resembles its intent more nearly than
        # anything the rest of the turn resembles its own may be what the turn is for: "I'd
        # not open the van doors yet, because the officers will want to check them")
        return r.score <= max((o.score for o in readings if o.clause != r.clause), default=0.0)

    return [r for r in readings if not r.affirmed or not (
        r.clause in bounds or (r.clause in conditions and r.intent in INTENTS_ASKED)
        or (r.clause in reasons and r.intent in INTENTS_ASKED | ADVICE and nearer_elsewhere(r))
        or (r.clause in conceded and r.clause in reasons and r.intent == "reassurance"
            and nearer_elsewhere(r))
        or (r.clause in timed and nearer_elsewhere(r) and (r.intent in INTENTS_ASKED | ADVICE or (
            r.intent == "confirm_details" and not r.phrase.startswith("(read-back")))))]
