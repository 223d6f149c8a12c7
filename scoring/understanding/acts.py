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

from scoring.understanding.analysis import MAIN_ORDER, Act, ActKind, IntentReading
from scoring.understanding.clause_form import core_of, declines, wh_question
from scoring.understanding.follow_on import fragment
from scoring.understanding.left_out import left_out
from scoring.understanding.polarity import (
    ADVICE,
    HANDLER_REFUSES,
    INTENTS_ASKED,
    asks,
    in_scope,
    is_tag_question,
)
from scoring.understanding.waivers import WAIVER, waiver
from scoring.understanding.wording import overlapping, pattern, spelled

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
    # a wish to know is a question: "I want to know where he is now"
    "i want to know", "i wanna know", "i would like to know", "i would like to ask",
    "i want to ask", "i need to find out", "i want to find out",
    "describe", "walk me through", "run me through", "spell", "read me", "let me know",
    # the need said with an emphatic "do", set against one waived: "but I do need to know
    # which way he went"
    r"i do (?:need|want) to (?:know|ask|find out|take|get)",
    r"i do need (?:your|his|her|their|the|a|an)",
    # a question put through an interpreter or the caller ("ask him if the men are still
    # there", "ask her where he is now": eight authors' attempts, v8 to v32): what is asked
    # is a question, as "tell me…" is; not "ask him to…", which tells
    r"(?:ask|check with) (?:him|her|them) (?:if|whether|what|where|when|how|who|which|why)")
IMPERATIVE = pattern(
    "do not", "never", "please", "keep", "stay", "lock", "leave", "get", "go", "ring",
    # (the noun after a determiner tells nothing: "your phone's given me the street", "the
    # call came in at ten")
    r"(?<!your )(?<!the )(?<!my )(?<!his )(?<!her )(?<!their )(?<!our )(?:call|phone)",
    "make sure", "try", "press", "move", "put", "take", "close", "shut", "open",
    "hold", "wait", "cover", "look", "check", "write", "note", "tap", "cough", "turn",
    "switch", "listen", "tidy", "clean", "wash", "hang", "contact", "fit", "mark", "ask", "jot",
    "bear with",
    # getting ready to note something: "grab a pen, and I'll give you the reference", "have a
    # pen ready"
    "grab", r"have (?:a|your) pen",
    # (the verb, not the noun: "report it to the council", not "the report's gone")
    r"report (?:it|this|that|them|the|him|her|to|any|anything)",
    "feel free", "you need to", "i need you to", "i want you to", "i would like you to",
    "you must", "you should", "you have to", "you will need to", "you can", "you are fine to",
    "you need not",
    "you are ok to", "you are all right to", "it is fine to", "it is ok to", "no need to",
    "there is no need", "you do not need to", "you do not have to", "i am going to ask you to",
    "i told you to", "i said", "like i said", "best to", "it is best", "if you can",
    "if he comes back", "if she comes back", "if they come back", "if anyone",
    # advice as what the handler would do in the caller's place: "I'd not bother with
    # them", "I wouldn't go out", "if I were you I'd ring the council"
    "i would not bother", "i would not go", "i would ring", "i would call", "i would go",
    "i would contact", "i would keep", "i would stay", "if i were you", "if i was you",
    # the same put with any verb, "probably" or not: "I'd not stand between the lorry and
    # the traffic", "I'd probably not move the bags" (not what the handler would not know,
    # say or think, nor "I wouldn't worry", which comforts)
    r"i would (?:probably |really |personally |honestly )?not(?! (?:be|have|know|say|think|"
    r"expect|want|need|worry|fret|mind|like|blame|call it)\b)",
    # what a caller who cannot speak should do instead: "just answer when you can", "just
    # whisper what you can"
    "just answer", "just whisper", "whisper")
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
    r"|no (?:one|1) deserves"
    # lifting blame or worry about what others think: "you've done nothing wrong",
    # "nobody will think you're wasting our time"
    r"|you (?:have|ve|did|have not|had) (?:done )?nothing wrong"
    r"|(?:nobody|no (?:one|1)) (?:here )?(?:is going to|will|would|is gonna) "
    r"(?:think|blame|judge|mind|be cross|be angry|say you)) ")
# "There's no need for the interpreter now": a thing said not needed, no order given
_NEED_FOR = re.compile(r" (?:no need for|no more need for|not need a|not need an) "
                       # "no need for your wife to come to the phone": someone told they
                       # need not do a thing, a permission (an instruction)
                       r"(?!(?!me |us )(?:\w+ ){0,3}to )")
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


# Words that, standing before an imperative's cue in a clause's opening, show it is not one:
# a subject ("it might go quiet", "we don't need to go over it", "I don't think we need")
# or a modal. An imperative has no subject; "you" opens the cues that take one ("you can").
_SUBJECT_BEFORE = re.compile(
    r" (?:i|we|us|it|he|she|they|this|that|there|who|which|might|may|could|would|will|shall|"
    r"should|must|can|is|are|was|were|has|have|had|need|needs|"
    r"(?:the|his|her|their|your|my|our) \w+) ")  # ("the lane's shut": "'s" is dropped)
# "you don't meet the criteria": "do not" after "you" says what is so, it tells nothing
_YOU_DO_NOT = re.compile(r" you (?:do not|never) $")


def _imperative(starts: str, text: str = "") -> bool:
    """Does the clause's opening (spelled, first four words) tell the caller to do
    something by its form: an imperative's cue with no subject or modal before it? (A
    "you can" of what the caller is able to see or do, `text` the whole clause, tells
    nothing.)"""
    return any(not _ABLE.match(text[found.start():]) and (
        _OWN_SUBJECT.match(found.group()) or not (
            _SUBJECT_BEFORE.search(starts[:found.start() + 1])
            or _YOU_DO_NOT.search(starts[:found.end()])))
        for found in overlapping(IMPERATIVE, starts))


# What the caller can or cannot see, hear or do, said as a fact ("you can see them from
# the window", "you can't see him from there", "I know you can't"): an ability, no leave
# given ("you can't go back in" forbids; "you can talk now" gives leave).
_ABLE = re.compile(r" you (?:can|could) (?:see|hear|make out|spot|not (?:see|hear|make out|spot|"
                   r"talk|speak|say|tell|know|remember|reach|get to)|not $)")


# Cues that carry their own subject ("you can", "I need you to", "there's no need"): words
# before them frame them ("I think you can go now") and do not undo them.
_OWN_SUBJECT = re.compile(r" (?:you|i|it|there|if|no) ")


def _asked_to(text: str) -> bool:
    """Does the (spelled) clause open with the handler's request said in the future? (as
    `asks_caller_to` reads it, after a time put first: "in a minute I'm going to ask you
    to…")"""
    return bool(_ASKED_TO.search(" " + " ".join(text.split()[:11]) + " "))


# An earlier request reported as standing: "earlier I asked you not to touch the door, and
# that still stands" tells them (as "I told you to" does); it asks nothing.
_ASKED_BEFORE = re.compile(r" (?:i|we) (?:asked|told|have asked|have told|did ask|did tell|"
                           r"said to) you (?:not )?to ")
# The handler's own need waived, no part of the caller's ("we don't need to go over how they
# got in", "there's no need to ask what was taken"): a statement by the definitions, as "I
# won't need your number" is. Asking and going over what was said are the handler's part.
_HANDLERS_NEED = re.compile(
    r" (?:\w+ ){0,2}?(?:i|we) (?:do not|will not|shall not|would not|should not|need not) "
    r"(?:think (?:i|we) )?need (?!you )|"
    # asking declined or pointless: "I won't be asking you for …", "there's no point me
    # asking …"
    r" (?:\w+ ){0,2}?(?:(?:i|we) (?:will not|shall not|am not going to|are not going to)"
    r"(?: be)? ask\w*|(?:there is )?no point (?:in )?(?:me |us |my |our )?ask\w*)|"
    r" (?:\w+ ){0,6}?(?:there is )?no (?:more )?need (?:for (?:me|us) )?to (?:ask|go over|"
    r"go back over|know|hear|check whether|check if|go through (?:\w+ ){1,4}again) |"
    # the handler's own doing said not needed, whatever it is ("there's no need for me to
    # give you a new reference", "no reason for me to ask", "no call for us to take the
    # officers' names"): "for me", "for us" makes it the handler's
    r" (?:\w+ ){0,6}?no (?:more |real )?(?:need|call|reason|point|requirement) for (?:me|us)"
    r" to \w+ ")
# The one detail still wanted after others were waived: "just your name", "only the
# postcode" asks for it.
_ONLY_THIS = re.compile(r" (?:just|only) (?:your|his|her|their|the) (?:\w+ ){0,2}\w+ $")
# A future said of what someone will do for the caller: "CSI will be with you this
# morning", "the officer's going to ring you" (with next steps heard, a promise).
_FUTURE = re.compile(r" (?:will|shall|is going to|are going to) (?!not )")
_NOBODY = pattern("nobody", "not", "never", "no")  # "nobody will ring you" promises none
_SORRY = re.compile(r" (?:(?:erm|um|right|ok|so|oh) )*(?:sorry|pardon|excuse me) ")


# Telling the caller not to trouble with a thing: "don't worry about getting a new lock",
# "you needn't bother ringing them" (not "I won't bother reading it back": the handler's).
_NOT_BOTHER = re.compile(r" (?:\w+ ){0,2}?(?:do not|you do not need to|you need not|"
                         r"i would not|you do not have to) (?:worry|bother|fret) "
                         r"(?:about |with )?\w+ing ")


POLITE = pattern("can you", "could you", "will you", "would you", "are you able to",
                  "can i ask you to", "could i ask you to", "would you mind", "please")


# Telling the caller they need not do a thing: "you don't have to give me your name", "no
# need to tell me the address" (the caller's part, said not needed: an instruction by the
# definitions, as "you're fine to tidy up" is). Not the handler's own need ("I won't need
# your date of birth": a statement).
_YOU_NEED_NOT = re.compile(
    r" (?:\w+ ){0,2}?"  # "Right, …", "Mrs Patel, …"
    r"(?:you (?:do not|will not|would not|should not) (?:need|have) to|you need not|"
    r"(?:there is )?no need (?:for you )?to|you are not (?:obliged|expected) to|"
    # a worry or an obligation lifted, a detail put aside: "don't worry about the plate",
    # "don't feel you have to give me it", "forget the date of birth for now"
    r"do not (?:you )?(?:worry|bother|fret)|do not feel (?:like )?you|forget|never mind) ")


# A need denied of another, not the caller: "the council don't need to be involved",
# "there's no need for the council to get involved", "the officers won't need your
# footage" (said of them, a statement; the caller's own, "you don't need to", and one of
# theirs, "no need for your wife to come to the phone", are leave given: instructions).
_OTHERS_NEED_NOT = re.compile(
    r"^ (?:(?:right|ok|okay|so|well|now|and|honestly|look) )*"
    r"(?:(?:the|this|that|his|her|their) (?:\w+ ){0,3}?(?:do|does|will|would|should|shall) not"
    r" (?:need|have)(?: to| a| an| any| your| the| his| her| their)"
    r"|(?:there is )?no (?:more )?need for (?:the|this|that|his|her|their) (?:\w+ ){0,3}?to) ")


# Another's part in the matter denied, wherever in the clause it is said ("Gary, the
# council won't have to get involved", "there's no need for Victim Support to be involved",
# "Highways don't have to get involved"): said of them, a statement (the definitions' "the
# council don't need to be involved"), as long as it is no one of the caller's.
_OTHERS_NOT_INVOLVED = re.compile(
    r"(?:no (?:more )?need for (?!you |your |me |us )(?:\w+ ){1,3}?to (?:be|get) involved"
    r"|(?<! you)(?<! i)(?<! we)(?<! your \w{3})(?<! your \w{4})(?<! your \w{5})"
    r"(?<! your \w{6}) (?:do|does|will|would|should) not (?:need|have) to (?:be|get) involved"
    r"|(?<! you)(?<! i)(?<! we) need not (?:be|get) involved) ")


def act_of(clause: str, readings: Sequence[IntentReading], readback: bool) -> ActKind:
    """The act of one clause, given the intents heard in it and whether it reads back a
    detail."""
    text = spelled(clause)
    intents = {r.intent for r in readings}
    readback = readback or _reference_read_back(text)
    if not readback and (told := _asks_nothing(clause, text, readings)) is not None:
        return told
    if (readback or "confirm_details" in intents) and not _asks_about_value(clause, intents):
        return "readback"
    if any(r.intent == "apology" and r.affirmed for r in readings):
        return "apology"
    if GREETING.search(text) and not intents - {"what_happened"}:
        return "greeting"
    starts = " " + " ".join(text.split()[:4]) + " "
    if _praise_cut_off(clause, text):
        return "reassurance"
    asking = _asking(clause, text, readings)
    advice = bool(intents & ADVICE)
    if advice and (not asks(clause) or POLITE.match(text) or _ASKED_BEFORE.search(text)
                   or _NOT_ASKED.match(text)):
        return "instruction"  # "Can you keep the door locked for me?" asks them to do it
    if asking:
        return "question"
    if REQUEST.search(text) and not intents & ADVICE:
        return "question"
    if (comfort := _comfort(text, intents)) is not None:
        return comfort
    promised = _promised(clause, text, intents)
    if intents & {"next_steps", "reference_number", "language_needs"} and promised:
        return "promise"
    if (((_imperative(starts, text) and not PROMISE.search(starts)) or _asked_to(text))
            and not _NEED_FOR.search(text)) or _YOU_MAY.match(text):
        return "instruction"
    if promised and PROMISE.search(starts):
        return "promise"
    return "statement"


# A question word opening a clause (after its discourse words).
_WH_OPENS = re.compile(r" (?:what|where|when|who|how|which|whose|why) ")


def _asks_about_value(clause: str, intents: set[str]) -> bool:
    """Does a clause that names a value ask about it, by a question word that opens it
    ("Whereabouts on the A127 are you?", "which way on the M25 were you going?"): a
    question, no read-back?"""
    opens = _WH_OPENS.match(spelled(core_of(clause)))
    asked = intents - {"confirm_details"}
    return (opens is not None and (asks(clause) or wh_question(clause)) and bool(asked)
            and asked <= INTENTS_ASKED)


# A reference's shape: letters, then groups of digits ("CL-26-118734", "s s 26 11 0471").
_REFERENCE = re.compile(r" (?:[a-z]{1,3}|[a-z] [a-z](?: [a-z])?) \d{2,}(?: \d{2,}){1,3} ")
# Said as the caller's (on their slip or email, what they have): read back ...
_THEIRS = pattern("you have got", "you have", "you got", "slip", "gave you", "off your",
                  "on your", "so that is", "that is right", "is that right", "is that it",
                  "that right", "yeah", "yes", "is it")
# ... or given to them ("your crime reference is", "make a note of this", "it stays as").
_GIVEN = re.compile(r" (?:your (?:\w+ ){0,2}(?:reference|number|ref) is|here is|stays as|"
                    r"for this is|i will|note of|write|jot|quote) ")


def says_back_a_reference(clause: str) -> bool:
    """Does the clause say back a reference the caller holds ("SS-26-11-0417, off the slip
    he gave you", "CL-26-118734, is that the one?"), not give one?"""
    return _reference_read_back(spelled(clause))


def gives_a_reference(clause: str) -> bool:
    """Does the clause give the caller a reference to note ("your crime reference is …",
    "reference number is HU 2611 0291", "jot this down")?"""
    text = spelled(clause)
    return _GIVEN.search(text) is not None or _NAMED_AS.search(text) is not None


# A reference named as what follows: "reference number is …", "the log number's …".
_NAMED_AS = re.compile(r" (?:reference|ref|crime number|log number|incident number|complaint "
                       r"number)(?: number)? (?:is|s|will be) ")


def _reference_read_back(text: str) -> bool:
    """Does the (spelled) clause repeat a reference the caller holds: the reference alone
    ("SS-26-11-0417"), or said as theirs ("so that's CL 26 118734", "the one on your slip
    is…")? Not one given to them ("your crime reference is HU-26-0413")."""
    found = _REFERENCE.search(text)
    if found is None or _GIVEN.search(text):
        return False
    rest = (text[:found.start() + 1] + text[found.end() - 1:]).split()
    return not rest or bool(_THEIRS.search(text))


# A clause of time or condition, opening: "once you're safe", "when it's all right to".
_WHEN = re.compile(r" (?:(?:and|so|right|ok|then|but|just) )*(?:once|when|whenever|if|as soon as|"
                   r"until|till|unless|after|before) ")


def _comfort(text: str, intents: set[str]) -> ActKind | None:
    """Reassurance by the intent heard or by its wording, else None; "Don't worry about
    noting a reference number" tells them not to do a thing (an instruction)."""
    if "reassurance" in intents or SYMPATHY.search(text):
        return "reassurance"
    if _WHEN.match(text):
        return None  # "once you're safe, …": when the rest holds, no comfort of its own
    if REASSURANCE.search(text):
        return "instruction" if _NOT_BOTHER.match(text) else "reassurance"
    return None


def _praise_cut_off(clause: str, text: str) -> bool:
    """Is the clause praise whose "you" the clause before kept ("…, love you | did the
    right thing ringing": recognised speech cut at the verb, which looks like a question's
    opening)? Never with a typed "?"."""
    return (not clause.rstrip().endswith("?") and text.split()[:1] in (["did"], ["have"])
            and SYMPATHY.search(" you" + text) is not None)


# A question word with its subject before its verb, at the clause's end: "how busy we are",
# "how old the kids are" (a question reported, the rest of a sentence cut by speech).
_REPORTED = re.compile(r" (?:how|what|where|when|who|which) (?:\w+ )?(?:we|you|he|she|they|i|"
                       r"it|the \w+|his \w+|her \w+|their \w+) (?:are|is|am|was|were) $")
# A time clause before what it times ("when you replace the tools, …") and "have a look":
# an imperative opening with "have a", no question ("have you…?" has its subject).
_NOT_ASKED = re.compile(r" (?:(?:right|so|and|ok|then|now) )*(?:when (?:you|he|she|they|we|i) "
                        r"(?!(?:are|is|were|was|have|had|did|do|does|will|can|could) )\w+|"
                        r"have (?:a|an|another)) ")
# "The officers are there": "are there" closing a clause whose subject is not "there" is
# where they are, no tag ("there aren't any, are there?" has "there" before it).
_THERE_SAID = re.compile(r"^(?!.* there (?:is|are|was|were|will) ).* (?:are|is) there $")


def _asking(clause: str, text: str, readings: Sequence[IntentReading]) -> bool:
    """Does the clause ask, by its form or by naming a detail on its own?"""
    intents = {r.intent for r in readings}
    # "and your date of birth", "just your name": a detail named on its own asks for it
    named = bool(readings) and all(r.intent in INTENTS_ASKED and r.affirmed for r in readings)
    if not clause.rstrip().endswith("?") and (_REPORTED.match(text) or _NOT_ASKED.match(text)):
        return False  # "(excuses about) how busy we are": a question reported, not put
    return (asks(clause)
            # "Sorry, can you say that again?": a question behind an opening apology
            or (_SORRY.match(text) is not None and asks(core_of(clause)))
            or wh_question(clause)
            or (is_tag_question(clause) and not intents & ADVICE
                and not _THERE_SAID.search(text))
            or (named and (fragment(clause) or bool(_ONLY_THIS.match(text)))))


def _promised(clause: str, text: str, intents: set[str]) -> re.Match[str] | None:
    """The words that promise something in the clause, if any."""
    promised = PROMISE.search(text)
    if promised and text[promised.end() - 1:].startswith(" not "):
        return None  # "I won't need your date of birth" promises nothing
    if not promised and "next_steps" in intents and not declines(clause):
        return None if _NOBODY.search(text) else _FUTURE.search(text)
    return promised


def _asks_nothing(clause: str, text: str, readings: Sequence[IntentReading]) -> ActKind | None:
    """The act of a clause that asks for nothing though it may name a detail: a question
    said not to be needed, told to the caller ("you don't need to give me a number": an
    instruction) or the handler's own ("I won't need your number": a statement); an
    acknowledgement ("Right, yeah, okay.", not a tag question); the handler declining ("I'm
    not going to ask you to keep the shed locked" tells nothing to do); a need denied of
    another ("the council don't need to be involved": a statement). None otherwise."""
    needless = bool(readings) and all(r.intent in INTENTS_ASKED and not r.affirmed
                                      for r in readings)
    # (a reference said not to be needed is the caller's to note: "there's no call for you
    # to write a reference down" tells them, as a question waived does)
    unnoted = bool(readings) and all(r.intent in _WAIVED_FOR_CALLER and not r.affirmed
                                     for r in readings)
    # "we don't need to go over how they got in": the handler's own need waived
    own_need = not any(r.affirmed for r in readings) and handlers_own_need(clause)
    if (_OTHERS_NEED_NOT.match(text) or _OTHERS_NOT_INVOLVED.search(text)) and not asks(
            clause) and not _NOT_FOR_CALLER.search(text):
        return "statement"
    if unnoted and not own_need and (_YOU_NEED_NOT.match(text) or _callers_waiver(clause)):
        return "instruction"
    if any(r.intent in INTENTS_ASKED and not r.affirmed for r in readings) and any(
            r.intent in INTENTS_ASKED and r.affirmed for r in readings) and (
            found := waiver(clause)) is not None and found.asked and _PUT_INSTEAD.search(
                text.replace(found.asked, "(asked)")):
        return "question"  # "I don't need the time, just where you are": the one put asks
    if needless or (not readings and not core_of(clause)) or own_need or (
            declines(clause) and not asks(clause) and not SYMPATHY.search(text)):
        return "statement"
    return None


# A worry lifted as the handler would in the caller's place, with what it is about: "I'd
# not worry about security lights", "I wouldn't worry about the make" (a thing put aside
# for the caller, as "don't worry about…" is; "I wouldn't worry" alone comforts).
_WOULD_NOT_WORRY = re.compile(r" (?:i|we) would (?:probably |really |honestly |personally )?not "
                              r"(?:worry|fret|bother) (?:about|with|over) ")


def lets_caller_off(clause: str) -> bool:
    """Does the clause let the caller off a detail with "let's" or as the handler would
    ("let's not worry about the time", "so let's skip the reference for now", "I'd not
    worry about security lights"): said to the caller, an instruction?"""
    text = spelled(clause)
    opening = _OPENING.match(text)
    rest = text[opening.end() - 1:] if opening else text
    return _LET_US_ASIDE.match(rest) is not None or _WOULD_NOT_WORRY.match(rest) is not None


def asks_caller_to(clause: str) -> bool:
    """Does the clause open with the handler's request of the caller, said in the future or
    as made before ("in a minute I'm going to ask you to press 55", "I'm going to ask you
    not to wash", "I asked you to tap a minute ago")? It tells them to do it (the
    definitions: both tenses are the advice)."""
    opening = " " + " ".join(spelled(clause).split()[:11]) + " "  # ("in a minute, …")
    return (_ASKED_TO.search(opening.replace(" you not to ", " you to ")) is not None
            or _ASKED_BEFORE.match(opening) is not None)


def others_need_not(clause: str) -> bool:
    """Does the clause deny a need of someone or something other than the caller ("the
    DVLA don't need to be involved", "no need for the interpreter now")? A statement."""
    text = spelled(clause)
    if _OTHERS_NOT_INVOLVED.search(text):
        return True
    said = _OTHERS_NEED_NOT.match(text)
    if said is not None:
        # ("the reg, you don't need to …": the caller's)
        return " you " not in said.group() and not _NOT_FOR_CALLER.search(text)
    return _NEED_FOR.search(text) is not None and not _NOT_FOR_CALLER.search(text)


# "no need for your son to come down": leave given to one of the caller's own people (or
# the household's children, "no need for the kids to stay upstairs now", v52)
_NOT_FOR_CALLER = re.compile(r" no (?:more )?need for (?:you|your|the (?:kids|children|boys|girls|"
                             r"little ones|baby|family) to) ")


def gives_leave(clause: str) -> bool:
    """Does the clause give the caller leave, with no comfort's own words ("you're okay to
    use the car today", "you're alright to go now")? A permission, an instruction by the
    definitions, however near its words come to comfort ("you're okay")."""
    text = spelled(clause)
    return _YOU_MAY.match(text) is not None and not (
        SYMPATHY.search(text) or REASSURANCE.search(text))


def tells_before_comfort(clause: str) -> bool:
    """Does the clause open by telling the caller what to do, in no words of comfort ("stay
    on the line for me", "keep talking to me"; not "don't worry", which comforts)? Praise
    after it ("…, you're doing so well") keeps the telling what the turn is for."""
    text = spelled(clause)
    return _opens_telling(clause) and not (REASSURANCE.search(text) or SYMPATHY.search(text)
                                           or _SORRY_NOT.search(text))


_SORRY_NOT = re.compile(r" do not (?:you )?(?:be sorry|apologi[sz]e) ")


def orders(clause: str) -> bool:
    """Does the clause tell the caller by its form, an imperative with no subject before it
    or what they may do ("lock it if you can", "you're fine to tidy up"; not "if they never
    touched it", whose "never" has its subject)?"""
    return _tells(clause) or asks_caller_to(clause)


def tells_caller(clause: str) -> bool:
    """Does the clause, by its form, tell the caller what to do, not do, or what they may or
    need not do ("don't touch the frame", "you don't have to get a camera")? Not the
    handler refusing ("I'm not going to put you through to the council")."""
    text = spelled(clause)
    starts = " " + " ".join(text.split()[:4]) + " "
    return bool((IMPERATIVE.search(starts) and not PROMISE.search(starts)) or _asked_to(text)
                or _YOU_MAY.match(text)) and not HANDLER_REFUSES.search(text)


def turn_act(text: str, acts: Sequence[Act]) -> ActKind:
    """The main act of a turn by the rules: a question if any clause asks, else the first
    clause's. A refusal put first is set against what follows it: "I'm not going to
    apologise, but I'll get someone to ring you" is the promise; "I'm not going to ask you to
    keep it as it is, you can put things back" tells them (an instruction)."""
    acts, recalled = _after_recall(acts)
    if recalled is not None:
        return recalled
    kinds = [a.kind for a in acts]
    if "question" in kinds:
        return "question"
    if not kinds:
        return "statement"
    if kinds[0] in ("statement", "instruction") and any(
            a.kind == "apology" and _APOLOGISES.search(a.clause) for a in acts[1:]):
        return "apology"  # "I won't make excuses for the delay, I'm just sorry it took so
        # long", "you can wash it off now, and I'm sorry it took us so long": the apology
        # said is what the turn is for, before what it declines or allows
    if still_stands(text):
        return "instruction"  # "earlier I asked you not to touch the door, and that still
        # stands": the telling said again
    if kinds[0] == "promise" and any(a.kind == "instruction" and _opens_telling(a.clause)
                                     for a in acts[1:]):
        return "instruction"  # "I'm getting an interpreter on, hold the line a moment":
        # what happens, then what to do meanwhile; the telling is what the turn is for
    if kinds[0] == "reassurance" and "instruction" in kinds[1:]:
        return "instruction"  # "you've done brilliantly, you can hang up now": praise, then
        # what to do; the telling is what the turn is for
    if kinds[0] == "statement" and len(acts) > 1 and acts[1].kind == "instruction" and (
            _told_after(acts[0].clause, acts[1].clause)):
        return "instruction"  # "I know you've told the 101 operator, you needn't go through
        # it again": what is known, then what the caller need not or must do
    if kinds[0] == "statement":
        first = acts[0].clause
        for later in acts[1:]:
            if later.kind == "promise" and contrasted(text, later.clause):
                return "promise"
            if later.kind == "instruction" and (declines(first) or handlers_own_need(first)) \
                    and _tells(later.clause):
                # ("I don't need your name, just tap once if you can hear me": what the
                # handler does not need, then what to do)
                return "instruction"
    return kinds[0]


# The handler's earlier telling recalled, and nothing else: "like I said before", "as I told
# you earlier, love".
_RECALLS = re.compile(r" (?:(?:so|and|but|ok|right|well|yeah) )*(?:like|as) (?:i|we) (?:said|"
                      r"told you|mentioned|have said|have told you|did say)(?: to you)?"
                      r"(?: (?:earlier|before|already|at the start|a minute ago|just now))?"
                      r"(?: \w+)? $")


# The handler's own order recalled, opening the clause: "I told you to stay on the line",
# "earlier I asked you not to go out", "I did say to leave the keys".
_OWN_ORDER_RECALLED = re.compile(r" (?:(?:so|and|but|ok|right|well|look|now|earlier) )*"
                                 r"(?:i|we) (?:did |have |had )?(?:said|say|told you|tell you|"
                                 r"asked you|ask you)(?: earlier| before)?(?: not)? to ")
_TAG_WORDS = 3  # a question no longer than a tag ("didn't I?", "remember?")


def recalls_own_order(clause: str) -> bool:
    """Does the clause open with the handler's own earlier order recalled ("I told you to
    keep the door locked", "I did say to leave the keys where you found them")?"""
    return _OWN_ORDER_RECALLED.match(spelled(clause)) is not None


def recalls_telling(clause: str) -> bool:
    """Is the clause only the handler recalling their earlier telling ("Like I told you
    earlier", "As I said before, Dawn")?"""
    return _RECALLS.fullmatch(spelled(clause)) is not None


def _after_recall(acts: Sequence[Act]) -> tuple[Sequence[Act], ActKind | None]:
    """The turn's clauses past a recall that only frames them, and its act if a recalled
    order settles it. "Like I told you earlier, | there's no need to give us your date of
    birth": the recall frames what is said again, the turn is what follows it (every author
    labels "Like I said before, don't touch the door" by what follows). "I did say to leave
    the keys where you found them, but don't worry", "I told you not to touch anything,
    didn't I?": the order said again (or lifted) is what the turn is for, whatever follows
    it but a question of its own (every author: an instruction)."""
    if len(acts) > 1 and acts[0].kind == "statement" and recalls_telling(acts[0].clause):
        acts = acts[1:]
    if acts and recalls_own_order(acts[0].clause) and all(
            len(a.clause.split()) <= _TAG_WORDS for a in acts if a.kind == "question"):
        return acts, "instruction"
    return acts, None


# An apology's own words, said in the clause (not a reason said beside a refusal).
_APOLOGISES = re.compile(r"(?i)\b(?:sorry|apologi[sz]e|apologies)\b")


# The handler's earlier telling, said to stand: "earlier I asked you not to touch the door,
# and that still stands", "I said you didn't need to give your name, that's still the case".
_STILL_STANDS = re.compile(r" (?:i|we) (?:said|told you|asked you|have said|have told you|"
                           r"have asked you|did say|did tell you|mentioned)\b.* (?:that|it|this)"
                           r" (?:still (?:stands|applies|holds)|is still (?:the case|true|"
                           r"right|the same)|stands) ")


def still_stands(text: str) -> bool:
    """Does the turn say the handler's earlier telling still stands?"""
    return _STILL_STANDS.search(spelled(text)) is not None


# What the caller is told they need not or must do, opening a clause: "you needn't …",
# "so don't worry about …", "you'll need to …".
_TOLD_TO = re.compile(r" (?:(?:so|and|then|just|but) )*(?:you will need to|you will have to|"
                      r"do not|you do not (?:need|have) to|you need not|no need for you to|"
                      r"never mind|forget) ")


def _told_after(first: str, then: str) -> bool:
    """Is `then` the caller told what they need not or must do, after `first` said what
    is so (not the handler declining, waiving their own need or meaning to ask: "I won't
    ask where you are, …", "I was going to ask for your number, …")?"""
    return bool(_TOLD_TO.match(spelled(then))) and not (
        declines(first) or handlers_own_need(first) or _MEANT_TO.search(spelled(first)))


_MEANT_TO = re.compile(r" (?:i|we) (?:was|were) (?:going|about|meaning) to | (?:i|we) (?:meant|"
                       r"wanted) to ")


def contrasted(text: str, clause: str) -> bool:
    """Is `clause` of the turn `text` set against what came before it by "but", "though"
    or "however"?"""
    words = clause.split()[:3]
    if not words:
        return False
    joined = r"\W+".join(re.escape(w) for w in words)
    return re.search(rf"(?i)\b(?:but|though|although|however)\W+{joined}", text) is not None


# An imperative's cue opening a clause, after its discourse words: "so don't hang up",
# "just hold on for me", "please keep the door shut".
_OPENING = re.compile(r" (?:(?:so|and|then|just|now|right|ok|please|in the meantime|meanwhile) )*")


def _opens_telling(clause: str) -> bool:
    """Does the clause open by telling the caller what to do or what they may do ("hold
    the line a moment", "so don't hang up", "you're fine to tidy up")?"""
    text = spelled(clause)
    opening = _OPENING.match(text)
    rest = text[opening.end() - 1:] if opening else text
    cue = IMPERATIVE.match(rest)
    return (cue is not None and not _ABLE.match(rest)) or _YOU_MAY.match(text) is not None or (
        _asked_to(text))


def _tells(clause: str) -> bool:
    """Does the clause tell the caller by its form: an imperative, or what they may do?"""
    text = spelled(clause)
    starts = " " + " ".join(text.split()[:4]) + " "
    return _imperative(starts) or _YOU_MAY.match(text) is not None


def handlers_own_need(clause: str) -> bool:
    """Does the clause waive the handler's own need, said as the handler's ("no need for me
    to ask how they got in", "I won't be asking for a description"): a statement?"""
    own = _HANDLERS_NEED.match(spelled(clause))
    # (said as the handler's in so many words: "no need to go over it" may be the caller's;
    # asking is the handler's part whoever is named: "there's no need to ask if she's awake")
    return own is not None and _HANDLER.search(own.group()) is not None


_HANDLER = re.compile(r" (?:i|we|me|us|my|our|ask\w*) ")
# A waiver's words said as the handler's own ("there's no need for me to take …", "no point
# me asking", "let's not bother with …"); advice as the handler would do it in the caller's
# place ("I'd not bother with his date of birth") is said to the caller.
_HANDLERS_WAIVER = re.compile(r" (?:i|we|me|us|my|our|let us|ask\w*) ")
_AS_I_WOULD = re.compile(r" (?:i|we) (?:would|should)(?: \w+)? not (?:bother|worry|fret) ")
# "Let's" said of the caller's own worry or of a detail put aside for now ("let's not worry
# about the time", "let's skip the reference number", "let's park his age"): the caller is
# let off giving it (the definitions' "let's not worry about the time" and "skip the
# reference number for now", said to the caller: instructions). Not the handler's own
# trouble ("let's not bother with a reference", "let's not go into it"), which stays theirs.
_LET_US_ASIDE = re.compile(r" (?:(?:so|and|right|ok|well|then|now|just|yeah) )*let us "
                           r"(?:not (?:worry|fret)|skip|park|leave|forget) ")


_WAIVED_FOR_CALLER = frozenset(INTENTS_ASKED) | {"reference_number"}
# A question put in a waiver's clause in its place: "…, just where you are", "…, but tell me
# which way he went" (not a second thing waived: "I won't ask about threats or what's gone on").
_PUT_INSTEAD = re.compile(r" (?:just|but|instead|only) (?:\w+ )?\(asked\)")


def _callers_waiver(clause: str) -> bool:
    """Is the question waived in the clause the caller's to give, said so by any of the
    waiver's cues ("there's no call for you to spell it", "forget the plate", "it's fine
    not to answer that", "don't give me your number again", "leave his age for now"), not
    the handler's own need ("no need for me to take your number")? The definitions: said
    to the caller, an instruction; the handler's own need, a statement."""
    if waiver(clause) is None and left_out(clause) is None:
        return False  # ("you can leave the postcode out": a detail let off, the caller's)
    text = in_scope(clause)
    found = WAIVER.search(text)
    # (with the verb after it: "there's no point asking …"; a detail left aside, with who
    # leaves it: "leave the date" is an order, "we can leave his age there" the handler's)
    said = " ".join([found.group(), *text[found.end():].split()[:1]]) if found else (
        " " + " ".join(text.split()[:3]))
    return (not _HANDLERS_WAIVER.search(said + " ") or bool(_AS_I_WOULD.search(said + " "))
            or bool(_LET_US_ASIDE.match(said + " ")))


def main_act(kinds: Sequence[ActKind]) -> ActKind:
    """The act a turn is remembered by: what it asks, else what it reads back, …"""
    for kind in MAIN_ORDER:
        if kind in kinds:
            return kind
    return "statement"
