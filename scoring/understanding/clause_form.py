"""What a clause's form says, whatever it resembles: whether it can carry a question or a
piece of advice at all, whether a turn can be details read back together, and the words
said around a question that are not the question (fillers, the caller's name, "love").

Found on the separate authors' example turns (training/); each rule names its example.
"""

from __future__ import annotations

import re

from scoring.text import is_question
from scoring.understanding.agencies import (
    for_an_agency,
    not_for_an_agency,
    told_to_contact_agency,
    told_to_contact_them,
)
from scoring.understanding.polarity import (
    ADVICE,
    INTENTS_ASKED,
    NOT_NEEDED,
    PERMISSION,
    asks,
    examined_already,
    looks_out_only,
)
from scoring.understanding.wording import spelled

ASKING = frozenset(INTENTS_ASKED)
_FILLER = frozenset("okay ok right so and yes yeah no sorry well alright lovely great thanks "
                    "cheers um er erm now then oh brilliant perfect fine good thats that's "
                    "cool ta".split())
SUMMARY_WORDS = 6
_DETAIL = re.compile(r" (?:\d+\w*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|"
                     r"quarter|o clock|am|pm|morning|afternoon|evening|night|yesterday|today|"
                     r"red|blue|black|white|grey|silver|green|tall|short|male|female) ")
# How frankly the handler is about to speak, said as a clause of its own ("to be honest with
# you, we won't be apologising…", "I'll be honest with you, …"): it says how, not what, so
# it asks, tells and promises nothing.
_FRANKLY = re.compile(r"(?:(?:to be|i will be|i'll be|if i am|if i'm|i have to be|i've got to "
                      r"be|i must be) (?:honest|frank|fair)(?: with you)?|honestly|in all "
                      r"honesty|truth be told|to tell you the truth)")
_FRANKLY_OPENS = frozenset({"honestly", "frankly", "genuinely", "truly", "seriously"})
_TITLES = frozenset({"mr", "mrs", "miss", "ms", "dr", "sir", "madam"})
# The force's answering formula before what is asked ("Leicestershire Police, erm, is anybody
# hurt?"): the force's name matches no phrasing and drags the question's score down.
_FORCE = frozenset({"police", "constabulary"})
_ANSWERED = frozenset({"hello", "hi", "hiya", "101"})
_NOT_A_FORCE = frozenset({"the", "your", "our", "local", "a", "and", "so", "that", "those"})
_ASKED_OPENS = frozenset("is are was were has have had do does did can could may what what's "
                         "where where's whereabouts when who who's how how's which whose why "
                         "tell".split())
_ENDEARMENTS = frozenset({"love", "mate", "sir", "madam", "pal", "darling", "hun", "sweetheart",
                          "duck", "pet", "petal", "buddy", "bud", "chief", "boss"})
# Farewells closing a clause (small parts are joined to the clause before them).
_CLOSINGS = frozenset({"bye", "goodbye", "cheers", "thanks", "take care", "bye bye",
                       "thank you", "ta"})
# A statement about a third party or a fact: "he's been arrested", "the officer's got it",
# "the CSI's been"; or what the caller said before, recalled: "you mentioned the keys".
# ("so she's bleeding?" may ask; "because you're saying it was racist, …" gives a reason)
_TELLING = re.compile(r" (?:(?:now|now that|since|as|once|because|cos) )?"
                      r"(?:(?:he|she|they|it|there|that|this|the \w+|his \w+|her \w+) "
                      r"(?:is|are|was|were|has|have|had|will|would|got|did|s|been|may|might|"
                      r"can|could|should|need|needs|want|wants) |you (?:said|mentioned|told me|"
                      r"were saying|are saying|say) "
                      # what the handler knows or sees: "I know you've rung before", "I can
                      # see you reported it in May"; what the caller did, told back to them:
                      # "you've rung us before and you deserved better"
                      r"|i (?:know|can see|understand|appreciate) |you have (?:rung|called|"
                      r"phoned|reported|been on to|told) )")
# What someone else did or is doing is no advice to the caller: "the CSI's been", "the
# officers are outside with you" ("it's fine to…", "there's no need…" can be advice).
# (also set as the time the advice starts: "once the officer's been, …", "now they've gone, …")
_THIRD_PARTY = re.compile(r" (?:(?:tomorrow|later|and|so) )?"
                          r"(?:(?:once|when|now|after|as soon as) )?"
                          # ("the fire crew are with her": a name of up to three words)
                          r"(?:he|she|they|the (?:\w+ ){0,2}?\w+|his \w+|her \w+) "
                          # ("now the officer's photographed it": "'s" dropped by `spelled`)
                          r"(?:is|are|was|were|has|have|had|s|been|got|did|will|gone|done|"
                          # ("the line's breaking up", not "the council's planning team")
                          r"taken|finished|left|\w+ed|\w+ing(?= (?:up|down|out|off|in|away) )) ")
_WH = re.compile(r" (?:what|where|when|who|how|which|why|whose|whereabouts) ")
# A time clause put before what it times: "when the officers knock, …", "once the crew's
# taken over, …" (the time of the advice after it, no step or advice of its own).
_TIME_OF = re.compile(r" (?:(?:right|so|and|ok|then) )*(?:when|once|after|as soon as|now that) "
                      r"(?!(?:i|we|you) )(?:\w+ ){1,4}?(?:\w+ed|\w+s|been|gone|done|taken|"
                      r"come|arrive|knock|get|go|leave|finish) ")
# A time clause opening the turn, its subject someone other than the caller or the handler
# and its verb "be" or a verb done ("once the interpreter's on, …", "once the fire service
# are there, …", "when this is over, …"): it only says when what follows holds, and asks,
# advises or offers nothing of its own, whatever it resembles (the definitions: "a clause
# that only says when adds no intent").
_OPENING_TIME = re.compile(r" (?:(?:right|so|and|ok|then) )*(?:when|once|as soon as|now that) "
                           # ("'s" is dropped by `spelled`: "once the interpreter on")
                           # (not an auxiliary before its subject: "when is that over?" asks)
                           r"(?!(?:i|we|you|(?:exactly |roughly |about )?(?:is|are|was|were|did|do|"
                           r"does|has|have|had|will|would|can|could|should|s)) )"
                           r"(?:\w+ ){1,4}?(?:(?:is|are|was|were|has|have) )?"
                           r"(?:on|there|here|over|through|done|finished|gone|been|taken|\w+ed) "
                           r"(?:\w+ ){0,3}$")
# What someone else did, told in the past: "the CSI came this morning", "the crime scene
# investigator's finished now" (no step the handler promises; "'s" is dropped by `words`).
_HAPPENED = re.compile(r" (?:(?:right|so|and|ok|now|well) )*(?:he|she|they|the (?:\w+ ){1,3}?)"
                       r"(?:has |have |had |already |just )?(?:came|went|was|were|did|been|"
                       r"gone|done|taken|left|finished|attended|visited|arrived|\w+ed) "
                       r"(?!(?:to|by|for) )")
# What nobody has done yet, said of the past: "nobody's come out", "no one has rung you
# back" (a failure owned, no next step promised or refused).
_NOT_YET_DONE = re.compile(r" (?:(?:and|but|so|yet|when|that|where) )*(?:nobody|no (?:one|1)) "
                           # ("nobody's" is spelled "nobody is")
                           r"(?:has|had|have|is) (?:ever |yet |actually |even )?(?:come|been|rung|"
                           r"phoned|called|got|gone|turned|\w+ed)\b")
# A read-back announced: "I'll read that back to you", "let me just read it back" (the
# check is the read-back's; no next step of the call).
_READ_BACK_SAID = re.compile(r" (?:(?:right|ok|so|now) )*(?:i will|i am going to|i am gonna|"
                             r"let me|i am just going to|i will just|i shall)(?: just)? "
                             r"(?:read|repeat|say) (?:that|it|them|those|this|all that|"
                             r"everything)(?: all)? back")
# A clause after the first that only says why: "so I've got it right", "just in case".
_PURPOSE = re.compile(r" (?:so|just so|so that|in case|just in case) (?:i|we|they|you|that|"
                      r"the|it|someone|somebody|an|officers|he|she) ")
# A clause after the first saying what someone will want, the reason for what went before:
# "don't wash the egg off yet, we'll want photos of it", "…, the CSI will want to look".
_WANTED = re.compile(r" (?:i|we|they|the \w+|officers|someone) (?:will|would|may|might) "
                     # (not "I'll want you to stay in the bedroom": what the caller is asked
                     # to do, the advice itself)
                     r"(?:probably |definitely |still )?(?:want|like) (?!you to )"
                     # (nor the handler's own wish to act, "I'd also like to refer you to
                     # Victim Support", "we'd like to pass your details on": the step itself)
                     r"(?<! i would like )(?<! we would like )")
# The handler's own want, said first, is the advice itself: "I'll want everything left
# exactly where it is" (only someone else's want, "the officers will want to look at that",
# is a reason said alone).
_OWN_WANT = re.compile(r" (?:i|we) ")
# What the caller will be asked to do, said after a time clause in the same clause: "when
# the officers get there I'm going to need you to keep out of the kitchen" (the advice,
# timed; not the time clause alone).
_ASKED_OF_CALLER = re.compile(r" (?:i|we) (?:will |would |am |are )?(?:going to |be |just )?"
                              r"(?:need|want|ask|asking|like) you to ")
# What the handler or the service will do: "I'll check the Astra on our systems", "we'll
# get a unit to the A127", "someone from CID might be in touch", "I'm sending officers".
# A clause that opens so tells what happens next; it asks the caller nothing, whatever it
# resembles ("…the BMW's partial reg…" is no question about the vehicle).
_PROMISES = re.compile(r" (?:i|we|someone|somebody|an officer|officers|the officers?|the police|"
                       r"(?:someone|somebody) from (?:the )?\w+) (?:\w+ )?(?:will|shall|"
                       r"am going to|are going to|is going to|might|may|should) (?!not )|"
                       r" (?:i|we) (?:am|are) (?:just )?(?:getting|sending|passing|putting|"
                       r"arranging|booking|asking|going to get) ")
# The service's arrival put first, then what it (or the handler) will do then: "when the
# officers get there they'll ask the neighbour for the key", "once the patrol arrives I'll
# have them check the garage". What follows the arrival is a step promised (next_steps,
# the definitions' "officers will attend"), not a time clause alone.
_SERVICE = (r"(?:the |an? |your )?(?:officers?|police|patrol|units?|crew|ambulance|paramedics|"
            r"fire (?:service|crew|brigade)|team|cid|detectives?)")
_PROMISED_ON_ARRIVAL = re.compile(
    rf" (?:(?:right|so|and|ok|then) )*(?:when|once|as soon as) {_SERVICE} (?:\w+ ){{0,2}}?"
    r"(?:get|gets|arrive|arrives|come|comes|turn up|turns up|is|are|got)(?: (?:there|here|"
    r"to you|with you|round|over|out|on scene|in))? "
    r"(?:i|we|they|someone|somebody|an officer|officers|the officers?) (?:\w+ )?"
    r"(?:will|shall|am going to|are going to|is going to) (?!not )")
# A question word and, within a word, the verb that makes it ask: "what is the address",
# "how long has it been", "what colour was it", "who took it"; not "when he comes back,
# …" (a condition) nor "what I will do is…" (a statement).
_AUX = (r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|happened|"
        r"took|saw|said|did|lives|owns)")
_WH_ASKS = re.compile(rf" (?:(?:what|where|when|who|how|which|why|whose|whereabouts)"
                      rf"(?: (?!(?:i|you|he|she|we|they|it) )\w+)? {_AUX}|"
                      rf"how (?:many|much) \w+ {_AUX}|where ?abouts|how come) ")
# The handler's own words recalled: "like I said earlier, don't…", "I told you before":
# advice said again, not the caller's details read back.
_RECALLED = re.compile(r" (?:like |as )?(?:i|we) (?:said|told you|mentioned)(?: (?:earlier|before|"
                       r"already|just now|a minute ago))? ")
# Help said to be on its way now ("officers are on their way", "help's coming"): comfort,
# as the definitions have it, not a promise of what will happen.
_ON_ITS_WAY = re.compile(r" (?:is|are|s) (?:already |now |still )?(?:on (?:their|its|the|his|her) "
                         r"way|coming|en route|nearly with you|not far) ")
_CONDITION = re.compile(r" (?:if|when|once|until|unless|as soon as) ")
# A request said as what the handler will do: "I'll need your date of birth", "we'll want
# you to stay in", "I'll just take your name": it asks, so it tells nothing of what happens.
_REQUESTING = re.compile(r" you (?:not )?to | need | want | (?:i|we) will (?:just )?(?:take|grab|"
                         # (not "I'll have them try the neighbour": a step someone is to take)
                         r"have(?! (?:them|someone|somebody|an officer|officers|the officers?) )|"
                         r"get your) ")
# What the handler does during the call ("I'll just run a check on the address", "I'll check
# the registration for you now"): no next step, which comes after the call.
_DURING_CALL = re.compile(r" (?:will|am going to|are going to) just | (?:right )?now $")
# How the handler goes on in this call, no step after it: "I'll keep asking you yes or no
# questions", "I'll know you're there", "I'm going to keep you on the line while they get
# there", "I'll keep it simple".
_IN_THE_CALL = re.compile(
    r" (?:(?:and|so|then|but|right|ok) )*(?:i|we) (?:will|am going to|are going to|shall)"
    r" (?:just )?(?:keep (?:on )?(?:asking|talking|chatting|you (?:on the (?:line|phone)|"
    r"talking)|(?:it|things) (?:simple|short|brief|quick)|going)|know (?:you|if|that|when|"
    # (recognised speech's "your" for "you're": "ill know your there")
    r"your (?=there|here|still|safe|ok|okay|alright|in|with))|"
    r"stay (?:on the (?:line|phone) )?with you|be (?:right )?here)\b")
HANDLER_WORDS = 4  # "I'll know" says nothing the handler will do
# The handler saying again what they have just said ("let me say that again", "I'll say it
# again, I'm sorry…"): no step of the call's, nor the caller asked to say it again.
_SAYING_AGAIN = re.compile(r" (?:let me|i will|i am going to|i shall) (?:just )?(?:say|repeat|put|"
                           r"run through|go through) (?:it|that|this|myself)(?: (?:once more|one "
                           r"more time|more slowly|slowly|again))* ")
# Closing the call ("Right, I'll let you go then", "Take care. Night."): a greeting by the
# definitions, carrying no intent whatever it resembles ("what time of night").
# (thanks for the call close it too: "thanks for letting us know", "thank you for ringing";
# `core_of` leaves "for letting us know" of it)
# (or get on: "I'll let you get on with your walk", "I'll let you get on"; or back to what
# the call took them from: "I'll let you get back to her", "… go back to the kids")
_CLOSING = re.compile(r" (?:(?:i|we) will let you (?:go|get on(?: with (?:\w+ ){1,3}?\w+)?|"
                      r"(?:get|go) back to (?:\w+ ){0,3}?\w+)|"
                      r"(?:bye )?bye|goodbye|good ?night|night|"
                      r"take care(?: of yourself)?|"
                      r"(?:thank(?:s| you) )?(?:(?:very |so )?much )?for "
                      r"(?:(?:calling|ringing|phoning)(?: us| me| in)?|letting (?:us|me) know|"
                      r"getting in touch|"
                      r"contacting us|reporting (?:it|this|that)))(?: then| now| for now)? ")
# Talking to someone with the caller ("keep talking to her") is no staying on the line,
# which keeps the caller talking to the handler ("keep talking to me").
_TALK_TO_OTHER = re.compile(r" (?:keep|carry on|stay|continue) (?:talking|speaking|chatting) "
                            r"(?:to|with) (?!me |us )"
                            # a thing hung on to is kept, not the line held: "you don't need
                            # to hang on to the Ring footage" (v10, v13, v15, v19, v25, v28)
                            r"| (?:hang|hold)(?:ing)? (?:on to|onto) (?!me |us |(?:the )?(?:line|"
                            r"phone|call) )")


def summary(text: str) -> bool:
    """Could the turn be details read back together? Not a question by its form (a
    read-back may end "…, by the footbridge?" or "…, yes?", but does not open with a
    question word or "is it…"), long enough, and holding a detail: a number, a time, a
    name ("Oh gosh, right." is none of them)."""
    if is_question(text.rstrip().rstrip("?")) or len(text.split()) < SUMMARY_WORDS:
        return False
    named = any(w[:1].isupper() for w in text.split()[1:] if w.strip(",.?!") not in ("I",))
    return named or bool(_DETAIL.search(spelled(text)))


# A reason put first as a phrase, the sentence's verb still to come: "because of what
# you've described, …", "given the time, …", "due to the delay, …".
_REASON_PHRASE = re.compile(r" (?:(?:so|and|but|ok|right) )*(?:because of|due to|owing to|"
                            r"in light of|in view of|given|as a result of|on account of|seeing as|"
                            r"seeing that"
                            # "with what you've told me, this has to be recorded formally"
                            # (v-sets, two authors): why, as "given what you've told me"
                            r"|with what you have (?:told|said|described|explained)) ")


# The handler not telling the caller something: "I can't tell you the name of the lad",
# "we won't be sharing that", "I'm not able to give you a time" (what goes to the caller,
# not a question to them; "I'm not going to tell you to ring the council" declines advice).
_WITHHELD = re.compile(r" (?:(?:sorry|but|and|so|ok|right|i am afraid|afraid|unfortunately) )*"
                       r"(?:i|we) (?:really |just |honestly )?(?:can not|could not|will not|"
                       r"(?:am|are) not (?:going|able|allowed|in a position) to|(?:am|are) "
                       r"unable to)(?: be| really| actually)? (?:tell|telling|give|giving|share|"
                       r"sharing|say|saying|disclose|disclosing|discuss|discussing|pass on|"
                       r"passing on|reveal|revealing) (?!(?:you )?to )")
# A question about a thing or a third person: an auxiliary, then its subject ("is the glass
# cracked", "are your hazards on"), or a question word and its verb ("where is your lorry").
_ASKED_ABOUT = re.compile(r" (?:(?:and|so|ok|right|now|well|then|also|sorry) )*(?:(?:is|are|was|"
                          r"were|has|have|had|does|did) (?:it|he|she|they|that|this|(?:the|your|"
                          r"his|her|their) \w+)|(?:where|what|how|which|when|who)(?: \w+){0,2} "
                          r"(?:is|are|was|were|s|did|does|has|have)) ")
# Saying a thing is not the police's ("it isn't a police matter", "that's not something
# we'd send officers to"): no agency named, so nobody directed anywhere (the definitions'
# signpost directs the caller to another agency: council, NHS 111, RSPCA, …).
_NOT_OURS = re.compile(r" (?:is not|are not|not|is no) (?:really |strictly |actually )?(?:a police|"
                       r"something (?:the police|we|for us|for the police)|one for (?:us|the "
                       r"police)|for the police|police) ")
_AGENCY = re.compile(r" (?:council|111|nhs|rspca|housing|highways|victim support|citizens advice|"
                     r"landlord|court|solicitor|ombudsman|environment agency) ")

# The handler's own need or means, said as a fact ("there's nothing more I need", "there's
# nothing more I can do tonight"): the handler's own need is a statement by the definitions,
# no advice to the caller (a reason after the advice, when there is one).
_OWN_NEED = re.compile(r" (?:(?:and|so|but|i am sorry but|sorry but) )*there is nothing (?:more |"
                       r"else |further )?(?:i|we) (?:need|can do|want|have to do)\b")

# A thing someone has on them, named as theirs or as an everyday thing: "has he got his
# phone on him", "is she carrying her bag", "does he have his keys with him". The weapons
# intent asks after a weapon (the definitions: "knife, gun, bat, anything in their hands"):
# a thing carried is a weapon only when the words say so, by naming one or asking after
# anything at all ("has he got anything on him").
_CARRIED_THING = re.compile(
    r" (?:got|have|has|had|carrying|carry|carries|carried|took|taken|take|bring|brought) "
    r"(?:(?:his|her|their|your|a|an|the|any|some) )(?:own |new |old |little |mobile |work )?"
    r"(?P<thing>\w+)(?: (?:on|with) (?:him|her|them|you)| $)")
_WEAPON_WORDS = re.compile(
    r"(?:weapon|knife|knive|blade|gun|firearm|shotgun|rifle|pistol|bat|machete|axe|hammer|"
    r"crowbar|bar|screwdriver|spanner|bottle|glass|stick|club|baton|cosh|taser|sword|"
    r"scissor|tool|brick|pole|chain|poker|cleaver|iron|syringe|needle|acid)s?")


def carries_no_weapon(text: str) -> bool:
    """Does the (spelled) clause ask after a thing someone has on them that it names, and
    names no weapon ("has he got his phone on him")?"""
    found = _CARRIED_THING.search(text)
    return found is not None and not _WEAPON_WORDS.fullmatch(found.group("thing"))


# A need said, from its opening, not to be there: "there's no need for me to take …", "so we
# won't need an interpreter", "the council won't need to be involved", "I don't need …".
_WAIVED = re.compile(r" (?:(?:so|and|but|ok|right|well|now|then|honestly|actually) )*"
                     r"(?:there is no (?:need|call)|(?:i|we|you|they|the (?:\w+ ){0,2}?\w+|he|she) "
                     r"(?:will not|do not|does not|should not|would not|am not going to|"
                     r"are not going to)"
                     r"(?: be)? need|(?:i|we) (?:no longer|will no longer) need)")


# A clause of time after another ("…, while I get this sorted", "…, whilst they're on the
# way"): it says when the clause before holds and nothing of its own.
_WHILE = re.compile(r" (?:(?:and|just) )?(?:while|whilst) ")
# What the handler already holds, said as such ("we've got her description already", "I've
# got your number on the system"): nothing of the caller's repeated back to them.
_HELD = re.compile(r" (?:(?:so|and|ok|right|well|now) )*(?:i|we) (?:have |had |ve )?(?:already )?"
                   r"got (?:\w+ ){1,4}(?:already|on (?:the|my|our) (?:screen|system|record))")


# A leave given, opening the clause: "you can speak now", "you're fine to talk" (not "you
# can tell me his name", a request).
_LEAVE_GIVEN = re.compile(r" (?:(?:so|and|ok|right|now|well) )*(?:you can|you could|you may|"
                          r"you are (?:fine|ok|okay|all right|free|welcome|safe) to|feel free)")
_TELL_ME = re.compile(r" (?:tell|give|show|let) (?:me|us|him|her)\b| let (?:me|us) know ")


def _no_step_said(intent: str, text: str) -> bool:
    """Does the clause (spelled) say no step of the call's, whatever step it resembles: what
    was done or not done before, a read-back announced, how the handler goes on in the call
    ("I'll keep it simple" keeps no reference either)?"""
    if intent == "next_steps":
        return bool(_HAPPENED.match(text) or _NOT_YET_DONE.match(text)
                    or _READ_BACK_SAID.match(text) or _IN_THE_CALL.match(text))
    return intent == "reference_number" and bool(_IN_THE_CALL.match(text))


def _named_otherwise(intent: str, clause: str, *, asking: bool) -> bool:
    """Does the clause name what it is about as something the intent is not: a thing
    carried that is no weapon ("has he got his phone on him"), leave to look out of the
    window, against no advice ("you're ok to look out the window")?"""
    return (intent == "weapons" and carries_no_weapon(spelled(clause))) or (
        not asking and intent in ADVICE and looks_out_only(clause))


def carried(intent: str, clause: str, *, asking: bool, first: bool, read_back: bool) -> bool:
    """Can this clause carry the intent it resembles, by its form?"""
    text = spelled(clause)
    if closing(clause):
        return False  # "I'll let you go then": the call closed, nothing asked or told
    if not asking and intent in ASKING | {"language_needs", "signpost"} and (
            _WAIVED.match(text) or (intent == "signpost" and not_for_an_agency(clause))):
        # "there's no need for me to take your date of birth", "we won't need an
        # interpreter", "the council won't need to be involved": an information need or a
        # referral waived is that intent, negated (its polarity says so), though it tells
        return True
    if not asking and intent in ASKING and _LEAVE_GIVEN.match(text) and not _TELL_ME.search(text):
        return False  # "you can speak if it's safe to": a leave given asks nothing
    if not asking and intent in ASKING and (_TELLING.match(text) or _CONDITION.match(text)):
        return False  # "he's been arrested", "if he comes back": no question
    if not asking and intent in ADVICE and _THIRD_PARTY.match(text) and not (
            PERMISSION.search(text) or NOT_NEEDED.search(text)) and not (
            intent == "signpost" and (for_an_agency(clause) or not_for_an_agency(clause)
                                      or told_to_contact_them(clause)
                                      or told_to_contact_agency(clause))) and not (
            intent == "scene_preservation" and examined_already(text)):
        # ("the van is one for the council", "the car isn't one for the council"; but the
        # examiners done with the scene let it go: "…, the fingerprint lady's done with it")
        # "the CSI's been": what someone else did is no advice (but "when they're with
        # you, you can …" gives its leave in the same clause)
        return False
    if (not asking and intent in ADVICE and _OWN_NEED.match(text)) or _named_otherwise(
            intent, clause, asking=asking):
        # "there's nothing more I need": the handler's need, no advice; "has he got his
        # phone on him": no weapon (`_named_otherwise`)
        return False
    # (a time clause opening with "when" looks like a question but has no auxiliary before
    # its subject: "when the officers knock, …")
    # (but "when the officers are with you, you can take the chair away" gives its leave
    # in the same clause)
    timed = _TIME_OF.match(text) and "?" not in clause and not wh_question(clause) and not (
        PERMISSION.search(text) or NOT_NEEDED.search(text) or _ASKED_OF_CALLER.search(text)
        or _PROMISED_ON_ARRIVAL.match(text))
    if (intent in ADVICE | {"next_steps"} and timed) or (
            first and not read_back and "?" not in clause and _OPENING_TIME.match(text)) or (
            not asking and _no_step_said(intent, text)):
        # "once the crew's taken over, …", "the CSI came this morning", "nobody's been
        # out to you", "I'll read that back", "I'll keep asking you questions"
        return False
    # ("…, so it's worth ringing them on Monday" draws what follows: the caller pointed on)
    if not asking and ((not first and _PURPOSE.match(text) and not (
            intent == "signpost" and told_to_contact_them(clause))) or (
            (not first or intent in ADVICE) and _WANTED.match(wanted := spelled(core_of(
                clause))) and not (first and _OWN_WANT.match(wanted)))) and not (
            intent in ADVICE and (PERMISSION.search(text) or NOT_NEEDED.search(text))):
        # "…, so I've got it right", "…, we'll want photos": why, not what; but "…, so
        # you're free to clean up" draws what follows: a permission, said. What someone
        # will want is no advice said first or alone either ("Okay, the officers will
        # want to look at that": a blind author, no advice to keep the footage)
        return False
    if not asking and _REASON_PHRASE.match(text):
        return False  # "because of what you've described, …": the why, not the what
    if intent == "signpost" and _NOT_OURS.search(text) and not _AGENCY.search(text):
        return False  # "it isn't a police matter": where to go is not said
    if intent == "stay_on_line" and _TALK_TO_OTHER.search(text):
        return False  # "keep talking to Maureen": advice about her, not the line
    if _aside(intent, text, first=first, read_back=read_back) or _said_beside(
            intent, text, asking=asking, first=first):
        return False
    # "07700 900561, that's your mobile?" repeats a detail and asks nothing
    return not (read_back and intent in ASKING and not _WH.search(text))


def withholds(text: str) -> bool:
    """Does the text say the handler will not or cannot tell the caller something ("I
    can't tell you who owns the car", "we're not able to give you a time")?"""
    return bool(_WITHHELD.search(spelled(text)))


# A subject with a modal or a future before a second verb joined to it ("this has to be
# recorded formally and go to Professional Standards", "an officer will come out and take
# a statement"): the second verb goes on with that subject.
_MODAL_SUBJECT = re.compile(r" (?:(?:so|and|right|ok|now|then|well) )*(?:it|this|that|he|she|they|"
                            r"i|we|(?:the|an|a|your|his|her|someone|somebody) (?:\w+ ){0,3}?\w+) "
                            r"(?:will|shall|would|can|could|should|must|might|may|has to|have to|"
                            r"is going to|am going to|are going to|is to|needs to|need to)"
                            r"(?! not )(?: have)?(?: be)? ")
# The handler's request of the caller, whose verbs are the caller's: "I'm going to ask you
# to", "I need you to", "I'd like you to", "I want you to".
_CALLER_ASKED_TO = re.compile(r" (?:ask|asking|need|want|like|get|tell|telling) you (?:not )?to ")
# A verb with no subject opening a clause.
_BARE_VERB = re.compile(r" (?:(?:then|also|just) )?(?:go|goes|be|get|take|make|come|look|pass|send|"
                        r"see|ring|call|speak|talk|keep|check|give|arrange|put|end up|stay|let|"
                        r"deal|sort|review|investigate|update|contact|visit) ")


def goes_on_from(before: str, clause: str, turn: str) -> bool:
    """Is `clause` a verb going on with the subject and modal of the clause `before`, joined
    to it by "and" or "or" in the turn ("it will be recorded | and go to the PSD", "an
    officer will come round | and take a statement")? It tells the caller nothing."""
    words = clause.split()[:2]
    if not words or not _BARE_VERB.match(spelled(clause)) or not _MODAL_SUBJECT.match(
            spelled(before)) or re.match(r"(?i)you\b", before.strip()):
        return False
    if _CALLER_ASKED_TO.search(spelled(before)):
        # "I'm going to ask you to keep this line open | and stay upstairs": the verb goes
        # on from what the caller is asked to do, theirs to do as well (v40; v14, v22,
        # v24, v33 and v8's authors put two deeds in one request)
        return False
    joined = r"\W+".join(re.escape(w) for w in words)
    return re.search(rf"(?i)\b(?:and|or)\W+{joined}", turn) is not None


def _said_beside(intent: str, text: str, *, asking: bool, first: bool) -> bool:
    """Is the clause (spelled) about something other than the intent it resembles: what
    the handler will not tell the caller, or a question about a thing (no advice)?"""
    if not asking and intent in ASKING | ADVICE and _WITHHELD.match(text):
        # "I'm not going to tell you whose car it is", "sorry, I can't give you a time for
        # the fire service": what the handler will not tell the caller asks them nothing
        # and advises nothing
        return True
    # "is it next door?", "is the glass cracked?", "where's your lorry parked?": a question
    # about a thing or someone else asks it; advice is told ("can you keep the door shut?"
    # asks the caller to do it)
    return asking and intent in ADVICE and bool(_ASKED_ABOUT.match(text))


# A clause ending on the handler being told: what follows is what to tell, asked, not
# advised ("can you ask him to tell me", "get her to let me know").
_TOLD_TO_HANDLER = re.compile(r" (?:tell|give|show) (?:me|us)(?: again| please)? $| let (?:me|us) "
                              r"know(?: please)? $")


def _aside(intent: str, text: str, *, first: bool, read_back: bool) -> bool:
    """Is the clause (spelled) beside the intent it resembles: a clause of time after
    another, or no read-back though it names one's words?"""
    if not first and _WHILE.match(text):
        return True  # "…, while I get this sorted": when, of the clause before; no comfort
    if intent in ADVICE and _TOLD_TO_HANDLER.search(text):
        return True  # "can you ask him to tell me": a question relayed, no advice
    if intent == "confirm_details" and _HELD.match(text) and not read_back:
        return True  # "we've got her description already": held, not read back
    # "I said earlier, …": the handler's words, not the caller's read back
    return intent == "confirm_details" and bool(_RECALLED.match(text))


def promises(clause: str) -> bool:
    """Does the clause open by telling what the handler or the service will do? (A request
    such as "I'll need your date of birth" is told apart by the caller of this.) Also
    after the service's arrival put first in the same clause ("when the crew turn up
    they'll check the shed"): the arrival times the step, "they" are the service arriving.
    (Cut off by a comma, "they'll …" alone is not known to be the service's.)"""
    text = spelled(core_of(clause))
    return bool(_PROMISES.match(text) or _PROMISED_ON_ARRIVAL.match(text))


# A phrase with no verb of its own, opening with where: "off the carriageway", "away from
# the traffic", "somewhere out of sight".
_WHERE_PHRASE = re.compile(r" (?:off|away from|out of|clear of|behind|by|near|next to|inside|"
                           r"outside|in|on|at|somewhere|anywhere) (?!(?:\w+ )*(?:is|are|was|"
                           r"were|do|does|did|have|has|had|can|will|would|should|stay|keep|go|"
                           r"get|move|leave|lock|put|wait) )")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def asked_aside(clause: str, turn: str) -> bool:
    """Is the clause a phrase of where, with no verb of its own, inside a sentence the turn
    asks ("Are you somewhere safe, off the carriageway?")? It adds to the question; it is
    no advice ("get off the carriageway" would be)."""
    text = spelled(clause)
    if not _WHERE_PHRASE.match(text):
        return False
    return any(text in spelled(sentence) and sentence.rstrip().endswith("?")
               for sentence in _SENTENCE.split(turn))


def handler_will_do(clause: str) -> bool:
    """Does the clause tell what the handler or the service will do ("I'll let the council
    know about the car", "we'll check the doorbell footage"), not ask the caller for
    something ("I'll need your date of birth")? What the handler will do is no advice to the
    caller, nor a detail read back: it is what happens next."""
    core = spelled(core_of(clause))
    return (promises(clause) and len(core.split()) >= HANDLER_WORDS
            and not _REQUESTING.search(core) and not _DURING_CALL.search(core)
            and not _SAYING_AGAIN.search(core)
            and not _READ_BACK_SAID.match(spelled(clause))
            and not _IN_THE_CALL.match(spelled(clause))
            and not closing(clause))


# The handler announcing a read-back ("I'll read that back to you", "let me just read it
# back"): saying back what the caller said is the read-back itself (the definitions'
# confirm_details), no step of the call's, whatever "I'll … back to you" resembles.
_READ_BACK_SAID = re.compile(r"^ (?:(?:so|ok|right|then) )*(?:let me|i will|i am going to|i shall|"
                             r"can i|could i)(?: just| quickly)* read (?:it|that|this|those|them|"
                             r"all that|everything|all of that|the \w+)(?: all)? back"
                             r"(?: to you)?(?: (?:now|then|quickly))? $")


def announces_read_back(clause: str) -> bool:
    """Does the clause only say the handler will read back what the caller said?"""
    return bool(_READ_BACK_SAID.match(spelled(core_of(clause))))


def without_saying_again(said: str) -> str:
    """A spelled text without the handler saying again what they said ("let me say that
    again"), which asks nothing of the caller."""
    return _SAYING_AGAIN.sub(" ", said)


def closing(clause: str) -> bool:
    """Does the clause only close the call ("Right, I'll let you go then", "Okay, Sanjay,
    I'll let you go", "Night")?"""
    core = core_of(clause).split()
    if len(core) > 1 and core[0][:1].isupper() and core[0] != "I'll":
        core = core_of(" ".join(core[1:])).split()  # "Sanjay, I'll let you go"
    return bool(_CLOSING.fullmatch(spelled(" ".join(core))))


def for_the_caller(clause: str) -> bool:
    """Does the clause put the caller in touch ("I'll pass your details to Victim Support",
    "I'll send you a link to report it to the council") rather than tell another agency
    itself ("I'll let the council know about the car")? The first directs the caller to the
    agency (a signpost); the second is what happens next."""
    return bool(re.search(r" (?:you|your) ", spelled(clause)))


def wh_question(clause: str) -> bool:
    """Does the clause open, after its discourse words (and a name said to the caller),
    with a question word? ("Sorry, and how long has the music been going?", "Okay, Arthur,
    what's the address there?"): it asks, whatever detail it names."""
    core = core_of(clause).split()
    if len(core) > 1 and core[0][:1].isupper() and not _WH.match(spelled(core[0])) and (
            core[0].lower().strip(",") not in _PUTS_ASIDE):
        core = core_of(" ".join(core[1:])).split()  # "Arthur, and what's…"
    return bool(_WH_ASKS.match(spelled(" ".join(core))))


# Verbs that open an order to put a question aside, capitalised as a name would be at a
# turn's start: "Forget what's been taken for now" waives the question it names (v51).
_PUTS_ASIDE = frozenset("forget ignore skip leave drop park scrap ditch never".split())


# The handler declining to do a thing, said first: "I'm not going to ask you to stay on the
# line", "we won't be sending anyone tonight", "I won't ask Aisha anything" (not "I
# wouldn't bother with locks", which advises).
_DECLINES = re.compile(r" (?:(?:so|and|but|right|ok|well|now|look|honestly|no) )*(?:i|we) (?:am "
                       r"not|are not|will not) (?:going to |gonna |be )?"
                       r"(?!be |sure |long |far |need)")


def declines(clause: str) -> bool:
    """Does the clause open with the handler declining to do something ("I'm not going to
    ask you to keep the shed locked", "Gary, we won't be sending anyone")? By the
    definitions that is no instruction, promise or comfort: a statement ("I'm not going to
    apologise for the officers")."""
    core = core_of(clause).split()
    if len(core) > 1 and core[0][:1].isupper() and core[0] not in ("I", "I'm", "I'll", "We"):
        core = core_of(" ".join(core[1:])).split()  # "Gary, we won't be sending anyone"
    return bool(_DECLINES.match(spelled(" ".join(core))))


def on_its_way(clause: str) -> bool:
    """Does the clause say help is on its way now ("officers are on their way to you")?"""
    return bool(_ON_ITS_WAY.search(spelled(clause))) and not asks(clause)


def _before_farewell(bare: list[str], start: int, end: int) -> int:
    """Where a clause ends without the farewell closing a leave or a need waived ("…, no
    need to stay on, take care, bye", "you can hang up now, thanks, bye": the farewell says
    nothing more). Other clauses keep it: "mind how you go, bye" is all farewell."""
    said = end
    while end - start > 3:
        if " ".join(bare[end - 2:end]) in _CLOSINGS:
            end -= 2
        elif bare[end - 1] in _CLOSINGS:
            end -= 1
        else:
            break
    left = spelled(" ".join(bare[:end]))  # (with its opening: "no need …")
    return end if NOT_NEEDED.search(left) or PERMISSION.search(left) else said


def _answering(tokens: list[str], bare: list[str], start: int) -> int:
    """Where the force's answering formula opening at `start` ends ("Essex Police",
    "Humberside Police, one oh one, hello"), or 0 if none opens there."""
    at = start
    while at < len(tokens) and tokens[at][:1].isupper() and bare[at] not in _FORCE | _NOT_A_FORCE:
        at += 1
    if at == start or at >= len(tokens) or bare[at] not in _FORCE or not tokens[at][:1].isupper():
        return 0  # "The police are on their way" names no force answering
    at += 1
    while at < len(tokens) and (bare[at] in _ANSWERED or bare[at:at + 3] == ["one", "oh", "one"]):
        at += 3 if bare[at] == "one" else 1
    asked = next((b for b in bare[at:] if b not in _FILLER), "")
    # only a question put after it: "Essex Police will ring you tomorrow" names who acts,
    # "Essex Police, you're speaking to Dan" is the formula still, a greeting whole
    return at if asked in _ASKED_OPENS else 0


def _opening_end(tokens: list[str], bare: list[str], names: frozenset[str]) -> int:
    """Where a clause's opening discourse words, answering formula and the name said to
    the caller end ("okay, so", "Essex Police, erm", "Honestly, Mrs Eldridge")."""
    start, end = 0, len(tokens)
    while start < end:
        if bare[start] in _FILLER:
            start += 1
        elif bare[start:start + 2] == ["thank", "you"]:
            start += 2
        elif (answered := _answering(tokens, bare, start)) and end - answered > 2:
            start = answered
        elif bare[start] in _FRANKLY_OPENS and end - start > 3:
            start += 1  # "Honestly, Mrs Eldridge, I'm sorry you were kept waiting"
        elif end - start > 3 and (bare[start] in names or (
                bare[start] in _TITLES and start + 1 < end and tokens[start + 1][:1].isupper())):
            start += 2 if bare[start] in _TITLES else 1
        else:
            break
    return start


def core_of(clause: str, names: frozenset[str] = frozenset()) -> str:
    """A clause without the discourse words that open it ("okay, so where …") and without
    the caller's name or "love" said to them ("…, Mr Mistry", "Marcus, can I…"): a name
    the library's phrasings share would otherwise pull a clause towards any phrasing
    that names the same person."""
    tokens = clause.split()
    # apostrophes kept: "we'll" is no "well", "I'll" no "ill"
    bare = [re.sub(r"[^\w']", "", t.lower().replace("\u2019", "'")) for t in tokens]
    end = len(tokens)
    start = _opening_end(tokens, bare, names)
    if start > 0 and end - start <= 2 and all(t[:1].isupper() for t in tokens[start:end]):
        return ""  # "Cheers, Tomasz.": thanks and a name said to them; nothing asked or told
    if _FRANKLY.fullmatch(" ".join(bare[start:end]).strip()):
        return ""  # "To be honest with you," before what is said
    end = _before_farewell(bare, start, end)
    while end - start > 3:
        if bare[end - 1] in _ENDEARMENTS or (bare[end - 1] in names and tokens[end - 1][:1]
                                             .isupper()):
            end -= 1
            if end - start > 3 and bare[end - 1] in _TITLES | {"my"}:
                end -= 1
        elif bare[end - 2] in _TITLES and tokens[end - 1][:1].isupper():
            end -= 2
        else:
            break
    return " ".join(tokens[start:end])
