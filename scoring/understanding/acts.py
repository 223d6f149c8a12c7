"""What kind of turn a clause is: question, instruction, read-back, promise, apology, …

Rules over the clause's wording and the intents heard in it, in the order a call handler
would judge them: a greeting's formula, a read-back's value, an apology's object, a
question's form, an instruction's imperative, a promise's "I'll / someone will".
(docs/understanding-definitions.md gives the definitions; the rules were set on the
development sets only.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.understanding.analysis import MAIN_ORDER, ActKind, IntentReading
from scoring.understanding.clause_form import core_of, declines, wh_question
from scoring.understanding.follow_on import fragment
from scoring.understanding.polarity import (
    ADVICE,
    HANDLER_REFUSES,
    INTENTS_ASKED,
    asks,
    is_tag_question,
)
from scoring.understanding.wording import pattern, spelled

GREETING = pattern(
    "hello", "hi", "hiya", "good morning", "good afternoon", "good evening", "you are through to",
    "bye", "goodbye", "bye bye", "take care", "speak soon", "have a good", "thanks for calling",
    "thank you for calling", "police what is your emergency", "what is your emergency",
    "how can i help", "how can i help you", "what can i do for you",
    # the handler naming who has answered: "you're speaking to the resolution team"
    "you are speaking to", "you have reached", "you have come through to", "police speaking")
REQUEST = pattern(
    "tell me", "i need your", "i will need", "i need a", "i need the", "i need to know",
    "i need his", "i need her", "i need their", "i need an",
    "i need to take", "i need to get", "i just need", "let me have", "give me",
    "i am going to need", "i am going to have to take",
    "can i take", "can i get", "can i have", "could i get", "could i take", "could i have",
    "i will just take", "i will take", "i would like your", "i need to ask", "talk me through",
    "describe", "walk me through", "run me through", "spell", "read me", "let me know")
IMPERATIVE = pattern(
    "do not", "never", "please", "keep", "stay", "lock", "leave", "get", "go", "ring", "call",
    "phone", "make sure", "try", "press", "move", "put", "take", "close", "shut", "open",
    "hold", "wait", "cover", "look", "check", "write", "note", "tap", "cough", "turn",
    "switch", "listen", "tidy", "clean", "wash", "hang", "contact", "fit", "mark", "ask",
    "feel free", "you need to", "i need you to", "i want you to", "i would like you to",
    "you must", "you should", "you have to", "you will need to", "you can", "you are fine to",
    "you are ok to", "you are all right to", "it is fine to", "it is ok to", "no need to",
    "there is no need", "you do not need to", "you do not have to", "i am going to ask you to",
    "i told you to", "i said", "like i said", "best to", "it is best", "if you can",
    "if he comes back", "if she comes back", "if they come back", "if anyone")
PROMISE = pattern(
    "i will", "i am going to", "we will", "we are going to", "someone will", "somebody will",
    "an officer will", "officers will", "they will", "you will get", "you will receive",
    "i am putting you", "i am passing", "i am sending", "i am getting", "i am arranging",
    "i have arranged", "i am booking", "i have booked", "i will make sure", "the officer will",
    "professional standards will", "it will be", "i am transferring", "i am going to put",
    "someone should", "an officer should", "expect a call", "you should hear", "we are sending",
    "i have sent", "i have asked", "i have passed", "i have put you", "we have got")
REASSURANCE = pattern(
    "you are doing", "do not worry", "help is", "help s", "officers are on",
    "police are on",
    "they are on their way", "on their way", "on the way", "you have done the right",
    "you did the right", "i am here", "i am with you", "you are safe", "it is ok",
    "it is all right",
    "take a breath", "take a deep breath", "i understand", "sorry to hear", "that must be",
    "you are not alone", "well done", "i promise", "not long now", "nearly there",
    "nearly with you", "with you shortly", "with you soon", "help will be", "you are doing",
    "that is really helpful", "we are here", "you are safe now", "stay calm", "keep calm")
# Comfort by its form (the definitions' reassurance: comforting, encouraging): sympathy
# with what happened ("that sounds really upsetting", "it must have been horrible"), praise
# of what the caller did ("you've been brilliant", "you did right to pull over"), and
# lifting blame ("it's not your fault", "you've nothing to be sorry for").
_FEELING = (r"(?:awful|horrible|horrid|terrible|frightening|scary|upsetting|horrendous|"
            r"stressful|worrying|distressing|rotten|miserable|dreadful|a shock|a nightmare)")
_HARD = rf"(?:{_FEELING}|hard|difficult)"  # "it was hard to see" is no sympathy; "sounds hard" is
SYMPATHY = re.compile(
    rf" (?:(?:that|it|this) (?:is|was|has been|s)(?: (?:really|so|absolutely|just|very|such))?"
    rf" {_FEELING}|(?:sounds|must have been|must be)(?: (?:really|so|absolutely|very|such))?"
    rf" {_HARD}"
    r"|you (?:have been|were|are being|ve been) (?:really |so |absolutely )?(?:brilliant|great|"
    r"a star|amazing|fantastic|so helpful|really helpful|very helpful|helpful|so brave|brave)"
    r"|you did (?:right|really well|so well|well|brilliantly|everything right|the right thing)"
    r"|you (?:are doing|have done|ve done|did|are being)(?: (?:really|so|absolutely|very))?"
    r" (?:fine|great|brilliant|brilliantly|amazing|amazingly|fantastic|a great job|a good job|"
    r"well|so well|really well|everything right)"
    r"|well done|(?:that|it) (?:is|was) (?:not|never) a (?:daft|stupid|silly|dumb) question"
    r"|(?:it is|it was) (?:good|right) (?:that )?you (?:have )?(?:rang|rung|called|phoned|told|"
    r"got in touch|reported)"
    r"|you (?:were|are) (?:absolutely |quite |completely |so )?right to"
    r"|not your fault|nothing to be sorry for|nothing to apologise for|nobody deserves"
    r"|no one deserves) ")
# "There's no need for the interpreter now": a thing said not needed, no order given
_NEED_FOR = pattern("no need for", "no more need for", "not need a", "not need an")
# Telling the caller what they may or need not do: "you're alright to pick it up now",
# "you won't need to go to the council", "you don't need a camera of your own".
_YOU_MAY = re.compile(r" (?:(?:right|ok|so|well|now|honestly|and) )*you (?:are|will be|would be) "
                      r"(?:\w+ )?(?:fine|ok|all right|free|welcome|good|safe|okay) to |"
                      r" (?:(?:right|ok|so|well|now|honestly|and) )*you (?:do not|will not|would "
                      r"not|should not) (?:need|have) (?:to|a|an|any) ")
# The handler's request of the caller said in the future ("I'm going to ask you to press
# 55", "I'll need you to stay in the kitchen"): it tells them to do it, no promise.
_ASKED_TO = pattern("i am going to ask you to", "i will ask you to", "i will need you to",
                    "i am going to need you to", "i am asking you to", "i will want you to")


def _asked_to(text: str) -> bool:
    """Does the (spelled) clause open with the handler's request said in the future?"""
    return bool(_ASKED_TO.search(" " + " ".join(text.split()[:8]) + " "))


POLITE = pattern("can you", "could you", "will you", "would you", "are you able to",
                  "can i ask you to", "could i ask you to", "would you mind", "please")


# Telling the caller they need not do a thing: "you don't have to give me your name", "no
# need to tell me the address" (the caller's part, said not needed: an instruction by the
# definitions, as "you're fine to tidy up" is). Not the handler's own need ("I won't need
# your date of birth": a statement).
_YOU_NEED_NOT = re.compile(
    r" (?:\w+ ){0,2}?"  # "Right, …", "Mrs Patel, …"
    r"(?:you (?:do not|will not|would not|should not) (?:need|have) to|you need not|"
    r"(?:there is )?no need (?:for you )?to|you are not (?:obliged|expected) to) ")


def act_of(clause: str, readings: Sequence[IntentReading], readback: bool) -> ActKind:
    """The act of one clause, given the intents heard in it and whether it reads back a
    detail."""
    text = spelled(clause)
    intents = {r.intent for r in readings}
    if not readback and (told := _asks_nothing(clause, text, readings)) is not None:
        return told
    if readback or "confirm_details" in intents:
        return "readback"
    if any(r.intent == "apology" and r.affirmed for r in readings):
        return "apology"
    if GREETING.search(text) and not intents - {"what_happened"}:
        return "greeting"
    starts = " " + " ".join(text.split()[:4]) + " "
    asking = (asks(clause) or wh_question(clause)
              or (is_tag_question(clause) and not intents & ADVICE)
              # "and your date of birth": a detail named on its own asks for it
              or (bool(readings) and fragment(clause)
                  and all(r.intent in INTENTS_ASKED and r.affirmed for r in readings)))
    advice = bool(intents & ADVICE)
    if advice and (not asks(clause) or POLITE.match(text)):
        return "instruction"  # "Can you keep the door locked for me?" asks them to do it
    if asking:
        return "question"
    if REQUEST.search(text) and not intents & ADVICE:
        return "question"
    if "reassurance" in intents or REASSURANCE.search(text) or SYMPATHY.search(text):
        return "reassurance"
    promised = PROMISE.search(text)
    if promised and text[promised.end() - 1:].startswith(" not "):
        promised = None  # "I won't need your date of birth" promises nothing
    if intents & {"next_steps", "reference_number", "language_needs"} and promised:
        return "promise"
    if (((IMPERATIVE.search(starts) and not PROMISE.search(starts)) or _asked_to(text))
            and not _NEED_FOR.search(text)) or _YOU_MAY.match(text):
        return "instruction"
    if promised and PROMISE.search(starts):
        return "promise"
    return "statement"


def _asks_nothing(clause: str, text: str, readings: Sequence[IntentReading]) -> ActKind | None:
    """The act of a clause that asks for nothing though it may name a detail: a question
    said not to be needed, told to the caller ("you don't need to give me a number": an
    instruction) or the handler's own ("I won't need your number": a statement); an
    acknowledgement ("Right, yeah, okay.", not a tag question); the handler declining ("I'm
    not going to ask you to keep the shed locked" tells nothing to do). None otherwise."""
    needless = bool(readings) and all(r.intent in INTENTS_ASKED and not r.affirmed
                                      for r in readings)
    if needless and _YOU_NEED_NOT.match(text):
        return "instruction"
    if needless or (not readings and not core_of(clause)) or (
            declines(clause) and not asks(clause)):
        return "statement"
    return None


def tells_caller(clause: str) -> bool:
    """Does the clause, by its form, tell the caller what to do, not do, or what they may or
    need not do ("don't touch the frame", "you don't have to get a camera")? Not the
    handler refusing ("I'm not going to put you through to the council")."""
    text = spelled(clause)
    starts = " " + " ".join(text.split()[:4]) + " "
    return bool((IMPERATIVE.search(starts) and not PROMISE.search(starts)) or _asked_to(text)
                or _YOU_MAY.match(text)) and not HANDLER_REFUSES.search(text)


def main_act(kinds: Sequence[ActKind]) -> ActKind:
    """The act a turn is remembered by: what it asks, else what it reads back, …"""
    for kind in MAIN_ORDER:
        if kind in kinds:
            return kind
    return "statement"
