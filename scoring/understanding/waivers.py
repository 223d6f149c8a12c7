"""A question waived: the handler saying a detail need not be given or asked.

The definitions: a question said not to be needed is that question, negated ("no need to
tell me how old he is" is date of birth, negated), whether the need waived is the caller's
("you don't have to describe the driver": an instruction) or the handler's ("I won't be
asking you for a description": a statement).

The frame, as English, in three parts:
1. a waiver: a need denied ("you don't need to", "no need for me to", "I shan't need",
   "you needn't"), a worry or bother lifted ("don't worry about", "don't bother with"),
   an obligation not to be felt ("don't feel you have to"), asking declined or pointless
   ("I won't be asking you for", "there's no point me asking"), or the detail put aside
   ("forget", "never mind", "skip");
2. optionally a verb of telling or asking, in any form ("tell me", "describing", "go back
   over", "ask you about", "ring us back with");
3. what is waived: a noun phrase ("the number plate"), a gerund's object ("spelling your
   surname"), or a reported question ("how old he is", "where she was last seen").
What is waived is read as the topic of a question: the reader matches it against the
library as a question and takes the question it names, negated. A pronoun ("you needn't
go through it again") names what the clause before it said.

Whether the topic names a question is the matcher's to say; this module only finds the
frame and cuts out the topic. A waiver of a thing to do ("you don't need to change your
locks") has no verb of telling, and its topic is nearest advice, not a question: the
reader leaves it to polarity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.understanding.polarity import in_scope

# 1. The waiver. ("i", "we", "you": whoever's need it is; "shall" is "shan't" spelled.)
_NEED_DENIED = (r"(?:(?:you|we|i) )?(?:do not|does not|will not|shall not|would not|should not"
                r"|may not)(?: (?:really|even|actually|think (?:i|we|you)))? (?:need|have)"
                r"(?: got)?(?: to)?|(?:you|we|i) need not|(?:there is |there will be )?no "
                r"(?:more |real |further )?need(?: at all)?(?: for (?:me|you|us))?(?: to)?"
                r"|(?:will not|shall not|am not going to|are not going to) be needing"
                r"|not going to need(?: to)?"
                # the need named as a duty or a call for it: "there's no requirement for me
                # to take …", "no call to give me …", "it isn't necessary for you to …"
                r"|(?:there is |there will be )?no (?:requirement|call|obligation|necessity)"
                r"(?: at all)?(?: (?:for|on) (?:me|you|us))?(?: to)?"
                r"|(?:it is |that is |it will be )?not (?:necessary|required|needed|essential)"
                r"(?: for (?:me|you|us))?(?: to)?")
_WORRY_LIFTED = (r"(?:you )?do not (?:you )?(?:worry|bother|fret|trouble)(?: yourself)?"
                 r"(?: (?:about|with|over))?|no need to worry(?: about)?"
                 # advised as not worth it: "I'd not bother with the plate", "best not
                 # worry about his age"
                 r"|(?:i )?would not (?:bother|worry)(?: (?:about|with))?"
                 r"|best not (?:to )?(?:bother|worry)(?: (?:about|with))?"
                 r"|(?:let us|we will|we can) not (?:worry|bother|fret)(?: (?:about|with))?")
_NOT_OBLIGED = (r"do not (?:feel|think) (?:like )?you (?:have got to|have to|need to|must|"
                r"should|ought to)|do not feel (?:obliged|pressured|under (?:any )?pressure|"
                r"that you (?:have|need|must)) to"
                r"|you (?:are|will) not (?:be )?(?:obliged|expected|required) to"
                # the caller's wish not to, allowed: "if you'd rather not give your name"
                r"|if you (?:would rather not|would prefer not to|prefer not to|do not want to"
                r"|do not wish to|are not comfortable)")
_ASKING_DECLINED = (r"(?:i|we) (?:will not|shall not|am not going to|are not going to|am not"
                    r"|are not)(?: be)? ask(?:ing)?(?: you)?(?: (?:for|about))?"
                    r"|(?:there is )?no point(?: in)?(?: (?:me|us|you|my|our))?"
                    # the handler declining to get it: "I'm not going to take a number off
                    # you", "we won't be getting a statement" (the verb is read as telling's)
                    r"|(?:i|we) (?:will not|shall not|am not going to|are not going to)"
                    r"(?: be)?(?= (?:tak|get|obtain|collect|want|bother|press|push)\w*)"
                    # the caller let off it: "you can leave out your date of birth"
                    r"|(?:you can|you could|feel free to|you are fine to|it is fine to) "
                    r"(?:leave out|miss out|leave off|skip|pass on)")
_PUT_ASIDE = (r"(?:forget|never mind|skip|(?:let us|we can|we will|i will) (?:skip|forget))"
              r"(?: about)?")
# Left for later: "leave the registration for now", "park his age to one side".
_LEFT_ASIDE = re.compile(r"^ (?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah) )*"
                         r"(?:(?:let us|we can|we will|i will) )?(?:leave|park|put) (?P<topic>.+?)"
                         r" (?:for now|for the moment|for the time being|aside|to one side|"
                         r"till later|until later|for later|for another time)(?= )")
# (the put-aside verbs are orders: only at the clause's opening, after discourse words)
_OPENING = r"(?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah|honestly) )*"
# 2. A verb of telling or asking, in any form, with whom it is told to. Said with one the
# topic is plainly something said ("tell me about the traffic"); the weaker verbs of
# getting and thinking ("get the rest of the number", "worry about the kids' ages") are
# said of things to do as well, so their topic must name a question more surely.
_TELLING = (r"(?:tell\w*|giv(?:e|es|ing)|provid\w+|describ\w+|list\w*|explain\w*|repeat\w*|"
            # asking pressed: "I won't press you for his name"
            r"(?:press|push)\w* (?:you )?(?:for|on|about)|"
            r"spell\w*|"
            r"say\w*|know\w*|ask\w*|confirm\w*|(?:go|going|went) (?:back )?(?:over|through|"
            r"into)|(?:ring|call|phone)\w* (?:us |me )?back with|let\w* (?:me|us) know|"
            # a telling named as a thing: "a description of the car", "the details of it"
            r"(?:a |an |the |any )?(?:description|details|list|account|spelling) of)")
_GETTING = (r"(?:(?:tak(?:e|ing)|writ(?:e|ing)|not(?:e|ing)|jot\w*) down|"
            r"get(?:ting)?|tak(?:e|ing)|obtain\w*|collect\w*|hear\w*|nam(?:e|ing)|"
            r"recall\w*|"
            r"remember\w*|find\w* out|work\w* out|think\w* (?:about|of)|worry\w* about|"
            # the handler's side seeking it: "we won't need to look for CCTV"
            r"look\w* (?:for|at|into)|check\w*(?: for)?|find\w*|look\w* up|"
            r"track\w* down|dig\w* out|"
            r"bother\w* with)")
_TOLD_TO = r"(?:(?:me|us|you|again|about|for|of|with|all|the details of) )*"
# A question meant, then not put: "I was going to ask about the footage, but …", "I wanted to
# ask for your number, but …" (a waiver only with the "but" after it: `Waiver.meant`).
_MEANT = (r"(?:i|we) (?:was|were) (?:going|about|meaning) to ask(?: you)?(?: (?:for|about))?"
          r"|(?:i|we) (?:meant|wanted|had wanted|was hoping) to ask(?: you)?(?: (?:for|about))?")
WAIVER = re.compile(
    rf" (?:{_NEED_DENIED}|{_WORRY_LIFTED}|{_NOT_OBLIGED}|{_ASKING_DECLINED}|(?P<meant>{_MEANT})) "
    rf"|^ {_OPENING}{_PUT_ASIDE} ")
_TELLS = re.compile(rf"(?:(?:me|us|to|just|really|even|be) )*(?:(?P<told>{_TELLING})|{_GETTING})"
                    rf" {_TOLD_TO}")
# A thing to do waived, not a question: "you don't need to change the locks", "you don't
# need a camera of your own" (the caller's need of a deed or a thing; a question waived is
# something to tell, or the handler's need of a detail: "I don't need your name").
_TO_DO = re.compile(r" (?:to|you (?:do not|will not|would not|should not|may not) (?:need|have)"
                    r"(?: got)?) $")
# The caller's own need: with a verb of getting, a deed ("you don't need to get a camera").
_CALLERS = re.compile(r" (?:you|there is no need for you|no need for you) ")
_PERSON = frozenset({"him", "her", "them", "me", "us"})
# Someone asked for a thing: "ask Mr Collins for his footage", "ask her about the car".
_ASKED_OF = re.compile(r" (?:\w+ ){1,3}?(?:for|about) (.+) $")
# A verb of getting made a deed by its particle: "get on to the council", "get round there".
_PHRASAL = re.compile(r"(?:on|onto|in touch|round|over|out|back|off|in|away|along|"
                      r"around|across|inside|outside|home)\b")
# A describing waived: what is described is the topic with its verb ("describe the men").
_DESCRIBING = re.compile(r"(?:(?:me|us|to|just|really|even|be) )*(?:describ|(?:a |the )?"
                         r"description)")
# A need denied that may stand alone ("there's no need now", "you won't need to"), not an
# order to put something aside ("forget it") nor a comfort ("don't worry").
_NEED_DENIED_ALONE = re.compile(rf" (?:{_NEED_DENIED}|{_NOT_OBLIGED}) $")
# A list's vague tail says nothing more: "… or anything like that", "… and so on".
_VAGUE_TAIL = re.compile(r" (?:or|and) (?:anything|something|stuff|all that|whatever|so on)"
                         r"(?: (?:like that|else|of that sort))? $")
# 3. The topic ends where a reason or condition begins ("… if you didn't see him").
_TOPIC_ENDS = re.compile(r" (?:if|because|cos|since|so|but|until|unless|though|although"
                         r"|as i|as we|as you|i have|we have|i will|we will|i do not|"
                         r"we do not|i am|we are) ")
# A question put after the waiver, unpunctuated: "don't worry about which number what's the
# address" (a question word then its verb; "where she was last seen" reports one).
_QUESTION_PUT = re.compile(r" (?:what|where|when|who|how|which|whereabouts) (?:is|are|was|were|"
                           r"did|does|do|has|have|had|can|could|would|will) "
                           # or a request put after it: "never mind the time just tell me
                           # which way he went"
                           r"| (?:(?:just|but|now|instead) )?(?:tell me|let me know|can you|"
                           r"could you) "
                           # or just what is wanted instead: "I don't need the time, just
                           # where you are"
                           r"| just (?:what|where|when|who|how|which|whereabouts|whether) ")
# Words that only say when, or again, at the topic's end: "… for now", "… again tonight".
_WHEN_ONLY = re.compile(r"(?: (?:again|for now|right now|now|today|tonight|at the moment|"
                        r"yet|just yet|any more|anymore|as well|too|either|at all|then|"
                        r"for the moment|just now|straight away|for me|thanks|please|"
                        r"on this occasion|this time|in this case|tonight either|"
                        # whom it would come from: "I don't need that from you"
                        r"from you|off you|from him|from her|from them|"
                        # whom it would be told to: "you won't need to give it me again"
                        r"to me|to us|me|us|"
                        # the caller addressed: "… the time it happened, love"
                        r"love|mate|pal|darling|sweetheart|hun|sir|madam))+ $")
# What a pronoun stands for is said elsewhere: "you needn't go through it again".
PRONOUNS = frozenset({"it", "that", "them", "this", "those", "these", "all that", "that all",
                      "all of that", "all of it", "any of that", "any of it", "everything",
                      "that again", "it all", "all"})


@dataclass(frozen=True)
class Waiver:
    """A waiver found in a clause: what is waived (`topic`; when it is a pronoun, what the
    clause said before the waiver, `before`, or "" for the clause before it), whether a
    verb of telling names the waived thing as something said (`told`), and whether the
    waiver lifts a worry ("don't worry about …": the comfort is the form's, no reading)."""

    topic: str
    told: bool
    worry: bool
    before: str = ""
    asked: str = ""  # a question put after the waiver, in the same clause
    # nothing said after the waiver ("…, but there's no need now"): what is waived is what
    # the clause before it was going to ask
    elided: bool = False
    # a question meant, not put ("I was going to ask about X"): waived only when the turn
    # goes on "but …"
    meant: bool = False


def waiver(clause: str) -> Waiver | None:
    """The waiver of a question in a (non-question) clause, if it has one."""
    text = in_scope(clause)  # (not a name said to the caller after it: "…, Sandra")
    found = WAIVER.search(text)
    if found is None:
        left = _LEFT_ASIDE.match(text)
        topic = _VAGUE_TAIL.sub(" ", _WHEN_ONLY.sub(" ", f" {left.group('topic')} ")).strip(
            ) if left else ""
        # ("leave it for now": what it stands for is the clause before's)
        return Waiver(topic="" if topic in PRONOUNS else topic, told=False, worry=False) if (
            left and topic and not topic.split()[0].endswith("ing")) else None
    rest = text[found.end() - 1:]
    tells = _TELLS.match(rest[1:])
    # (asking declined is a telling declined: "I'm not going to ask about the traffic")
    told = (tells is not None and tells.group("told") is not None) or bool(
        re.search(r" ask|point", found.group()))
    if not told and (_TO_DO.search(found.group()) if tells is None
                     else _CALLERS.match(found.group())):
        # a deed waived ("no need to change the locks", "you don't have to get a camera"),
        # no question
        return None
    verb = ""
    if tells is not None:
        verb = rest[1: tells.end() + 1]
        rest = " " + rest[tells.end() + 1:]
    cut = _TOPIC_ENDS.search(rest)
    topic = rest[: cut.start() + 1] if cut else rest
    put = _QUESTION_PUT.search(topic, 1)
    # ("just where you are": what is wanted, the "just" no part of it)
    asked = re.sub(r"^(?:just|but|now|instead) ", "", topic[put.start():].strip()) if put else ""
    topic = topic[: put.start() + 1] if put else topic
    topic = _VAGUE_TAIL.sub(" ", _WHEN_ONLY.sub(" ", topic)).strip()
    worry = bool(re.search(r"worry|fret", found.group()))
    before = text[: found.start() + 1].strip()
    if topic in PRONOUNS:
        return Waiver(topic="", told=told, worry=worry,
                      before=before if len(before.split()) > 1 else "", asked=asked)
    if not topic and _NEED_DENIED_ALONE.match(found.group()):
        # "…, but there's no need now": the need denied, its object left out
        return Waiver(topic="", told=True, worry=worry, elided=True)
    asked_of = _ASKED_OF.match(f" {topic} ") if verb.startswith("ask") else None
    if asked_of:
        topic = asked_of.group(1)  # "ask Mr Collins for his footage": the footage asked for
    if verb and (topic in _PERSON or _DESCRIBING.match(verb)):
        # "no need to describe him", "I won't ask you to describe the men again": the
        # telling is the topic ("the men" alone is whether they are there)
        topic = f"{re.sub(r'^(?:(?:me|us|to|just|really|even|be) )*', '', verb).strip()} {topic}"
    if not told and _PHRASAL.match(topic):
        return None  # "no need to get on to the council", "take it back": a deed, no detail
    if not topic or (topic.split()[0].endswith("ing") and not told):
        return None  # ("don't worry about fitting a lock": a deed)
    return Waiver(topic=topic, told=told, worry=worry, asked=asked,
                  meant=found.group("meant") is not None)


def parts_of(topic: str) -> list[str]:
    """The things a topic lists ("your name or date of birth" is two): each is matched on
    its own."""
    return [p for p in re.split(r" (?:or|and|nor) ", topic) if p]
