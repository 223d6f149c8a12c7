"""A question waived: the handler saying a detail need not be given or asked.

The definitions: a question said not to be needed is that question, negated ("no need to
tell me how old he is" is date of birth, negated), whether the need waived is the caller's
("you don't have to describe the driver": an instruction) or the handler's ("I won't be
asking you for a description": a statement).

The frame, as English, in three parts:
1. a waiver, of one of a few families, each read by its grammar (who, a modal, an adverb,
   "not", whom for) rather than by a phrase: a need denied ("you don't need to", "no need
   for me to", "I shan't be needing", "there's nothing you need to tell me"), a worry or
   bother lifted ("don't worry about", "I'd probably not bother with"), the trouble lifted
   ("don't put yourself out", "don't go to any trouble", "save yourself the bother of"), an
   obligation not to be felt ("don't feel you have to"), leave given not to ("it's fine
   not to", "you're alright not to", "feel free not to"), a search or a telling stopped by
   leave ("you can stop looking for", "no need to keep going over"), the thing done
   without ("we can do without", "I'll manage without"), asking declined or pointless
   ("I won't be asking you for", "there's no point me asking", "no sense in me asking"),
   the handler declining or forbidding a telling ("I won't go through", "let's not go
   into", "don't give me your number"), or the detail put aside ("forget", "never mind",
   "skip", "leave the date", "park his age for now"). A reason denied, a telling declined
   or forbidden waive only with a verb of telling after them ("no reason to think he's
   armed", "let's not go outside", "don't tell anyone" waive no question);
2. optionally a verb of telling or asking, in any form ("tell me", "describing", "go back
   over", "ask you about", "ring us back with");
3. what is waived: a noun phrase ("the number plate"), a gerund's object ("spelling your
   surname"), or a reported question ("how old he is", "where she was last seen"; after
   a verb of asking "if" reports one: "no sense me asking if you're hurt"); a detail
   named by its kind is the detail ("the weapons question").
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
from scoring.understanding.wording import spelled

# 1. The waiver. ("i", "we", "you": whoever's need it is; "shall" is "shan't" spelled.)
# (an adverb may come between: "I'd probably not worry", "you don't really need to")
_SOFTLY = r"(?: (?:really|even|actually|probably|honestly|just|necessarily|think (?:i|we|you)))?"
_NEED_DENIED = (r"(?:(?:you|we|i) )?(?:do not|does not|will not|shall not|would not|should not"
                rf"|may not){_SOFTLY} (?:need|have)"
                # the handler's need of the caller's telling: "I don't need you to tell me
                # about …" (else "you to" was the topic, and "tell me …" a request put)
                r"(?: got)?(?: you(?= to ))?(?: to)?|(?:you|we|i) need not"
                r"|(?:there is |there will be )?no "
                r"(?:more |real |further )?need(?: at all)?(?: for (?:me|you|us))?(?: to)?"
                r"|(?:(?:you|we|i) )?(?:will not|shall not|am not going to|are not going to|do not"
                r"|would not) be "
                r"(?:needing|wanting|requiring)(?: you to)?"
                r"|not going to need(?: you(?= to ))?(?: to)?"
                # the need named as a duty or a call for it: "there's no requirement for me
                # to take …", "no call to give me …", "it isn't necessary for you to …"
                r"|(?:there is |there will be )?no (?:requirement|call|obligation|necessity)"
                r"(?: at all)?(?: (?:for|on) (?:me|you|us))?(?: to)?"
                # not wanted by the handler: "I'm not after a description of the car"
                r"|(?:i am|we are) not (?:after|wanting)"
                r"|(?:it is |that is |it will be )?not (?:necessary|required|needed|essential)"
                r"(?: for (?:me|you|us))?(?: to)?"
                # what is needed is nothing: "there's nothing you need to tell me about X",
                # "nothing more I need from you on the car"
                r"|(?:there is )?nothing (?:more |else |further )?(?:that )?(?:(?:you|we|i) )?"
                r"(?:need|have|has)(?: got)?(?: to)?")
# ("fuss" as "fret": "don't fuss about what make the car was", v39; "don't you fuss
# about his age")
_WORRY_LIFTED = (r"(?:you )?do not (?:you )?(?:worry|bother|fret|trouble|stress|concern|fuss)"
                 r"(?: yourself| him| her| them)?(?: (?:about|with|over))?"
                 r"|no need to worry(?: about)?"
                 # advised as not worth it: "I'd not bother with the plate", "best not
                 # worry about his age", "I'd probably not worry about the time"
                 rf"|(?:(?:i|we) )?(?:would|should){_SOFTLY} not (?:bother|worry)"
                 r"(?: (?:about|with))?"
                 r"|best not (?:to )?(?:bother|worry)(?: (?:about|with))?"
                 # (not the caller troubled: "we won't bother you with the make", asked)
                 r"|(?:let us|we will|we can) not (?:worry|bother|fret)(?! you )"
                 r"(?: (?:about|with))?")
_NOT_OBLIGED = (r"do not (?:feel|think) (?:like )?you (?:have got to|have to|need to|must|"
                r"should|ought to)|do not feel (?:obliged|pressured|under (?:any )?pressure|"
                r"that you (?:have|need|must)) to"
                r"|you (?:are|will) not (?:be )?(?:obliged|expected|required) to"
                # the caller's wish not to, allowed: "if you'd rather not give your name"
                r"|if you (?:would (?:rather|sooner) not|would prefer not to|prefer not to|"
                r"do not want to"
                # or to keep it: "if you'd rather keep your name to yourself" (v15, v19)
                r"|(?:would (?:rather|sooner|prefer to)|prefer to|want to) keep"
                r"(?=(?: \w+){1,6} to yourself )"
                r"|do not wish to|are not comfortable)")
_ASKING_DECLINED = (r"(?:i|we) (?:will not|shall not|am not going to|are not going to|am not"
                    r"|are not)(?: be)? ask(?:ing)?(?: you)?(?: (?:for|about))?"
                    r"|(?:there is )?no point(?: in)?(?: (?:me|us|you|my|our))?"
                    # the handler declining to get it: "I'm not going to take a number off
                    # you", "we won't be getting a statement" (the verb is read as telling's)
                    r"|(?:i|we) (?:will not|shall not|am not going to|are not going to)"
                    r"(?: be)?(?= (?:tak|get|obtain|collect|want|bother|press|push)\w*)"
                    # the caller let off it: "you can leave out your date of birth"
                    # (or the handler leaves it out: "we can leave out the officer's name",
                    # as the definitions' "a detail left out", whoever leaves it)
                    r"|(?:you can|you could|feel free to|you are fine to|it is fine to|"
                    r"(?:we|i) can|(?:we|i) will|let us) "
                    r"(?:leave out|miss out|leave off|skip|pass on)")
# The families below waive only a telling or an asking: a verb of telling must follow
# (`Waiver` is None without one), so "no reason to think he's armed" or "let's not go
# outside" waive nothing.
# - a reason, sense or use denied: "no sense me asking", "there's little point in you
#   going over it", "it's pointless me asking", "not worth you repeating"
_REASON_DENIED = (r"(?:there is |there will be |it is |that is )?(?:no|not (?:much|any|a lot of)"
                  r"|little) (?:real |great |much )?(?:sense|reason|use|good|point|call)"
                  r"(?: (?:in|for))?(?: (?:me|us|you|my|our|your))?(?: to)?"
                  r"|(?:it is |that is |it would be |it will be )?(?:pointless|useless|"
                  r"not worth(?: it)?)(?: (?:for )?(?:me|us|you|my|our|your))?(?: to)?")
# - the trouble lifted: "don't put yourself out listing …", "don't go to the trouble of
#   spelling it", "save yourself the bother of …", "don't rack your brains over the time"
_TROUBLE_LIFTED = (r"(?:(?:you )?do not|no need to|you need not) (?:go )?(?:put yourself out|"
                   r"trouble yourself|bother yourself|exert yourself|go to (?:any|the|all that) "
                   r"(?:trouble|bother|effort)|(?:rack|wrack|cudgel) your brains?)"
                   r"(?: (?:of|over|with|about|on|by|for))?"
                   r"|(?:you can |you could |just )?(?:save|spare) yourself(?: (?:the|any) "
                   r"(?:trouble|bother|effort|job)(?: of)?)?")
# - the handler declining to put it: "I won't go through what was taken again", "we
#   shan't make you repeat it", "let's not go into whether you've complained before"
# (not the handler's own telling to the caller: "I won't be giving you the crisis team's
# number" declines a thing the handler does)
_TELLING_DECLINED = (r"(?:i|we) (?:will not|shall not|am not going to|are not going to|"
                     r"would not|do not want to|do not intend to)"
                     r"(?! (?:be )?(?:giv|tell|send|provid|show|pass|text|email|read|list|"
                     r"explain)\w* you )"
                     # (nor the handler's need denied, read as a need: "I'm not going to need
                     # a callback number", "we aren't going to want his date of birth")
                     r"(?! (?:be )?(?:need|want|requir)\w* )(?: be)?"
                     r"(?: (?:make|have|get|put) you(?: through)?(?: to)?)?"
                     r"|let us not(?: (?:bother|worry|trouble)(?: with)?)?(?: (?:make|have) you)?"
                     # the telling forbidden: "don't give me your number, it's on my screen",
                     # "don't try and tell me where you are"
                     # (not "please" before a waiver of its own: "please don't feel you
                     # have to …", "please don't worry about …", v9, v17, v29)
                     r"|(?P<forbid>(?:please )?do not(?! (?:feel|think|worry|fret|stress) )"
                     r"(?: (?:try|bother|go)(?: (?:and|to))?)?)")
# - leave given not to: "it's fine not to tell me", "you're alright not to repeat it",
#   "feel free not to answer", "you can choose not to say"
_LEAVE_NOT_TO = (r"(?:(?:it is|you are|that is|it will be|it would be) )?"
                 r"(?:(?:perfectly|absolutely|quite|totally|completely) )?"
                 r"(?:fine|ok|all right|no problem|acceptable|understandable)"
                 r"(?: (?:for you|by me|with me|with us))? not to"
                 r"|(?:feel free|you are free|you are welcome) not to"
                 r"|you (?:can|may|could) (?:choose|decide|opt|prefer) not to")
# - a searching or a telling stopped, by leave: "you can stop looking for the email", "no
#   need to keep going over it", "you can give up on remembering the plate" (a bare "stop"
#   orders: "stop moving the glass" is advice, no waiver)
_CEASED = (r"(?:(?:(?:you|he|she|they) can|you could|feel free to|"
           r"you are (?:fine|ok|all right) to|no need to|you do not (?:need|have) to|do not) )"
           r"(?:stop|quit|give up|leave off|keep)"
           r"(?: on)?(?: (?:trying|having) to)?")
# - done without: "we can do without your mobile number", "I'll manage without his date of
#   birth" (the handler's need of it, denied)
_DONE_WITHOUT = (r"(?:(?:i|we) )?(?:can|could|will|shall|am going to|are going to|are able to|"
                 r"am able to|should be able to)(?: (?:just|easily|probably))? (?:do|manage|cope|"
                 r"get by|make do|carry on|go ahead|proceed|continue|go on|live) without")
# (the caller let forget it too, as `polarity.PUT_ASIDE` reads it: "right you can forget the
# reg then", v39; "you can skip the plate")
# (or held back for now: "hold off on the date of birth for now", v51)
_PUT_ASIDE = (r"(?:forget|never mind|skip|hold off(?: on| with)?|"
              r"(?:let us|we can|we will|i will|you can|you could) "
              r"(?:skip|forget|hold off(?: on| with)?))(?: about)?")
# Left for later: "leave the registration for now", "park his age to one side"; or, at the
# clause's end, left as it is: "leave the date (, it's on the record)", "drop his age".
_LEFT_ASIDE = re.compile(r"^ (?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah) )*"
                         r"(?:(?:let us|we can|we will|i will|you can|you could|"
                         # the handler's advice in the conditional: "I'd leave his age for now"
                         r"(?:i|we) would(?: just)?) )?"
                         r"(?:leave|park|put) (?P<topic>.+?)"
                         r" (?:for now|for (?:the|a) (?:moment|minute|sec|second|bit|while)|"
                         r"for the time being|aside|to one side|"
                         r"till later|until later|for later|for another time)(?= )")
_LEFT_AS_IS = re.compile(r"^ (?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah) )*"
                         r"(?:(?:let us|we can|we will|i will|you can|you could|feel free to|"
                         r"tell (?:him|her|them) to|(?:he|she|they) can) )?"
                         r"(?:leave|park|drop|scrap|ditch)"
                         r" (?P<topic>(?:the|your|his|her|their|that|any) (?:\w+ ){0,3}?\w+"
                         r"(?: out of (?:it|this|that))?)(?: (?:then|there|love|mate|thanks))? $")
# Left to the people who will come: "you can leave her medication for the paramedics to
# ask about", "leave the list of what's missing till the officer comes round" (a thing
# named, not "leave it for the officers", which keeps the scene).
_LEFT_FOR_OTHERS = re.compile(
    r"^ (?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah) )*"
    r"(?:(?:let us|we can|you can|you could|(?:i|we) would(?: just)?) )?(?:leave|save) "
    r"(?P<topic>(?:the|his|her|your|their|any) .+?) (?:for|till|until|to) (?:the |your )?"
    r"(?:officers?|paramedics?|ambulance(?: crew)?|crew|police|doctors?|hospital|nurses?|"
    r"csi|investigating officer)(?= )")
# Put off by the handler to later in the call: "we can come back to his age", "we'll come
# back to where she works" (a detail named: not a pronoun, nor a person, "we'll come back
# to you", which promises a call back).
_COME_BACK = re.compile(r"^ (?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah) )*"
                        r"(?:we|i) (?:can|will|could|shall|are going to|am going to)"
                        r"(?: (?:always|just))? (?:come|get|go) back to "
                        r"(?!(?:you|yourself|him|her|them|us|me|it|that|this|those|these)\b)"
                        # (a detail of someone's, or a question reported: not a place, "I'll
                        # come back to the kitchen")
                        r"(?P<topic>(?:(?:his|her|your|their|\w+(?= (?:date|age|name|number|"
                        r"address|description|phone|mobile|medication|school|work)\b))\b|"
                        r"(?:how|what|when|where|who|whether|which)\b).+?)"
                        r"(?: (?:later|in a (?:bit|minute|moment|sec|second|while)|"
                        r"at the end|afterwards|after))? $")
# (a thing left as it is, or in a state, is advice: "leave the van as it is for now")
_KEPT_AS_IS = re.compile(r"\b(?:as (?:it|they|he|she|you|i|we)\b|exactly|alone|untouched|"
                         r"(?:open|shut|closed|locked|unlocked|on|off)$)")
# (the put-aside verbs are orders: only at the clause's opening, after discourse words)
_OPENING = r"(?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah|honestly) )*"
# (a thing left in a state is advice: "leave the door open", "leave the lights on")
_LEFT_IN_STATE = re.compile(r" (?:open|shut|closed|locked|unlocked|on|off|alone|be|there|here|"
                            r"outside|inside|in|out|where|as|be|up|down|running|switched)$")
# 2. A verb of telling or asking, in any form, with whom it is told to. Said with one the
# topic is plainly something said ("tell me about the traffic"); the weaker verbs of
# getting and thinking ("get the rest of the number", "worry about the kids' ages") are
# said of things to do as well, so their topic must name a question more surely.
_TELLING = (r"(?:tell\w*|giv(?:e|es|ing)|provid\w+|describ\w+|list\w*|explain\w*|repeat\w*|"
            # asking pressed: "I won't press you for his name"; or the caller troubled
            # for it: "I won't bother you for a callback number", "… with questions about
            # weapons" (v14, v30)
            r"(?:press|push)\w* (?:you )?(?:for|on|about)|"
            r"(?:bother|trouble|pester|hassle)\w* you (?:for|with|about)|"
            r"spell\w*|answer\w*|pin\w* down|"
            # an answer tapped on a silent call: "no need to tap for the children"
            r"(?:tap|press)\w* (?:once |twice )?(?:for|about)|"
            # a thing given to the handler: "no need to send me the post", "playing me it"
            r"(?:send|show|play|forward|text|email|read)\w*(?= (?:me|us) )|read\w* out|"
            # (the thing read out between: "no need to read it out to me", "don't bother
            # reading your mobile out", v47, v48 and v21's spoken "read your mobile out")
            r"read\w*(?= (?:\w+ ){1,3}out\b)|"
            # a detail said back to the caller: "no need for me to read your number back"
            r"read\w*(?= (?:\w+ ){1,4}back\b)|"
            # going into a matter, not a place: "let's not get into whether he drinks"
            r"get(?:ting)? into(?= (?:what|whether|how|why|who|when|where|which|that|it|all|"
            r"any of|the (?:details|history|whys)))|"
            r"say\w*|know\w*|ask\w*|confirm\w*|(?:go|going|went) (?:back )?(?:over|through|"
            # (rung back with it or about it: what the caller would ring to tell, "no need
            # to ring us back about the footage"; the number rung said between, "you can
            # forget about ringing 101 back with the officer's name", v49)
            r"into)|(?:ring|call|phon)\w* (?:us |me |101 |999 |in )?back (?:with|about)|"
            r"let\w* (?:me|us) know|"
            # a telling named as a thing: "a description of the car", "the details of it"
            r"(?:a |an |the |any )?(?:description|details|list|account|spelling) of)")
_GETTING = (r"(?:(?:tak(?:e|ing)|writ(?:e|ing)|not(?:e|ing)|jot\w*) down|"
            r"get(?:ting)?|tak(?:e|ing)|obtain\w*|collect\w*|hear\w*|nam(?:e|ing)|"
            r"recall\w*|"
            r"remember\w*|find\w* out|work\w* out|think\w* (?:about|of)|worry\w* about|"
            # the handler's side seeking it: "we won't need to look for CCTV"
            r"look\w* (?:for|at|into)|check\w*(?: for)?|find\w*|look\w* up|"
            r"track\w* down|dig\w* out|(?:hunt|search|rummag|root)\w* (?:around |about )?for|"
            r"bother\w* with)")
_TOLD_TO = r"(?:(?:me|us|you|again|about|for|of|with|all|the details of) )*"
# A question meant, then not put: "I was going to ask about the footage, but …", "I wanted to
# ask for your number, but …" (a waiver only with the "but" after it: `Waiver.meant`).
_MEANT = (r"(?:i|we) (?:was|were) (?:going|about|meaning) to ask(?: you)?(?: (?:for|about))?"
          r"|(?:i|we) (?:meant|wanted|had wanted|was hoping) to ask(?: you)?(?: (?:for|about))?"
          # said as what would have been: "I'd have asked for your number, but …"
          r"|(?:i|we) would (?:have|of) (?:asked|wanted to ask)(?: you)?(?: (?:for|about))?")
WAIVER = re.compile(
    rf" (?:{_NEED_DENIED}|{_WORRY_LIFTED}|{_NOT_OBLIGED}|{_ASKING_DECLINED}|(?P<meant>{_MEANT})"
    rf"|(?P<ceased>{_CEASED})|{_DONE_WITHOUT}|{_LEAVE_NOT_TO}|{_TROUBLE_LIFTED}"
    rf"|(?P<verbed>{_REASON_DENIED}|{_TELLING_DECLINED})) "
    rf"|^ {_OPENING}{_PUT_ASIDE} "
    # the detail left out, told plainly as the clause's order: "Leave out your date of
    # birth, it's not needed" (v45; the definitions' "a detail left out", as "you can leave
    # out your date of birth" is, v43, v44), not where the caller goes ("leave out the back")
    rf"|^ {_OPENING}(?:leave out|miss out|leave off)(?= (?:your|his|her|their|the|any) "
    r"(?!back\b|front\b|side\b|way\b))")
# (with the effort or the keeping on before the verb: "no need to keep going over it",
# "don't go telling me", "you needn't try to remember his name")
_TELLS = re.compile(rf"(?:(?:me|us|to|just|really|even|be|keep|go|try|trying|have to|be able to)"
                    rf" )*(?:(?P<told>{_TELLING})|{_GETTING}) {_TOLD_TO}")
# A thing to do waived, not a question: "you don't need to change the locks", "you don't
# need a camera of your own" (the caller's need of a deed or a thing; a question waived is
# something to tell, or the handler's need of a detail: "I don't need your name").
_TO_DO = re.compile(r" (?:to|you (?:do not|will not|would not|should not|may not) (?:need|have)"
                    r"(?: got)?) $")
# The caller's own need: with a verb of getting, a deed ("you don't need to get a camera").
_CALLERS = re.compile(r" (?:you|there is no need for you|no need for you) ")
# A detail searched for or recalled: "look for the email", "try to remember the plate".
_SOUGHT = re.compile(r"(?:(?:just|really|even|be|keep|go|try|trying|to) )*(?:look\w* (?:for|up)|"
                     r"(?:hunt|search|rummag|root)\w* (?:around |about )?for|dig\w* out|find\w*|"
                     r"remember\w*|recall\w*|work\w* out|pin\w* down) ")
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
# A detail named by its kind: "the weapons question", "the 'we'll be back' bit", "the
# medical questions" (the kind says nothing of which question; a thing left out of the
# talk, "leave Alfie out of it", is the thing)
_KIND = re.compile(r"(?<=\w) (?:questions?|bit|bits|part|side of (?:it|things)|stuff|business|"
                   r"out of (?:it|this|that|things))(?: (?:for now|now|then|there))? $")
# 3. The topic ends where a reason or condition begins ("… if you didn't see him").
# (so does the kind of call it is not needed for: "your name for a noise report at this
# time of night", "his date of birth for a complaint like this")
_TOPIC_ENDS = re.compile(r" (?:if|because|cos|since|so|but|until|unless|though|although"
                         r"|as i|as we|as you|i have|we have|i will|we will|i do not|"
                         r"we do not|i am|we are"
                         r"|for (?:a|an|this|that|the) (?:\w+ ){0,2}(?:report|call|complaint|job|"
                         r"matter|incident)) ")
# The caller addressed, or a word that moves the call on, closing a waived topic in
# unpunctuated speech.
_ADDRESS_OR_ON = (r"(?:(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\byour)(?<!\bmy)(?<!\bour)"
                  r" (?:love|mate|pal|darling|sweetheart|hun|hen|pet|sir|madam)"
                  r"| (?:just|now|so|and|but|instead))")
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
                           r"| just (?:what|where|when|who|how|which|whereabouts|whether) "
                           # or the thing wanted, named after "just" ("you don't need to give
                           # me your date of birth mate just your name": v35, v36, two
                           # authors; the definitions' "a request put after the waiver")
                           # (not a thing said to be only that: "its just the music")
                           r"|(?<! is)(?<! its)(?<! was)(?<! are)(?<! were)(?<! be)(?<! s)"
                           r"(?<! been)(?<! only) just (?:your|his|her|their|the) "
                           r"(?!(?:one|same|way|time|once|"
                           r"moment|minute|second|bit|job|thing|case)\b)"
                           # or the caller's own of the thing waived: "I won't need your
                           # neighbour's number, just yours" (`_yours_of`)
                           r"|(?<! is)(?<! its)(?<! was) just yours(?= )"
                           # or a yes-or-no question, its verb before its subject, that
                           # speech ran on into after the caller addressed or a word that
                           # moves on ("never mind the car reg love | is anything else
                           # missing", "forget the time | now did anyone see him": v45, and
                           # as typed after a comma in every set)
                           rf"|{_ADDRESS_OR_ON} (?=(?:is|are|was|were|has|have|had|did|does|"
                           r"do|can|could|will|would) (?:anything|anyone|anybody|someone|"
                           r"somebody|something|there|he|she|they|it|you|your|his|her|their|"
                           r"the)\b)")
# Unpunctuated speech runs the topic on into the next clause: the caller addressed with
# more said after ("his name love just stay by the door"), an order after it ("… now just
# ask him to keep the video"), or a new subject and its verb ("the other times i can see
# your calls", "how you know him he is the neighbour"): the topic ends there.
# (not a word of address owned by someone: "what his mate looked like" names his friend)
_RUN_ON = re.compile(r"(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\byour)(?<!\bmy)(?<!\bour)"
                     r" (?:love|mate|pal|darling|sweetheart|hun|hen|pet|sir|madam|"
                     r"(?:mr|mrs|miss|ms|dr) \w+)(?= \w)"
                     r"| (?:(?:just|now|but) )+(?=(?:stay|keep|ask|tell|give|let|make|go|get|"
                     r"hold|wait|listen|lock|put|be|do|try|leave|shut|close) )")
# (a subject and its verb: a new clause, unless a question word or a relative's head
# governs it, "how you know him", "the date it was stolen" being the topic's own)
_NEW_SUBJECT = re.compile(r" (?:i|we|you|he|she|they|it|there|that) (?:is|are|was|were|am|have|"
                          r"has|had|can|could|will|would|do|does|did|got|know|just|already|"
                          r"said|told|see|saw|heard|need|could not|can not|do not)\b"
                          r"| its (?:on|in|all|fine|there|been|not|the|a|already|written) ")
_GOVERNED = frozenset({"what", "where", "when", "who", "how", "which", "whether", "if", "why",
                       "whereabouts", "that", "time", "date", "day", "night", "way", "place",
                       "reason", "everything", "anything", "something", "all", "one", "and",
                       "or", "whom", "whose", "than"})


def _run_on_cut(topic: str) -> str:
    """`topic` (" … ", spaced) up to where unpunctuated speech runs on into another clause."""
    at = _run_on_at(topic)
    cut = topic[: at + 1] if at is not None else topic
    # (a name said after the time at the end: "the knife for now kelly")
    return _NAMED_AFTER_TIME.sub(" ", cut)


def run_on_after(clause: str) -> str:
    """What unpunctuated speech ran on into after a waiver's topic ("i wont ask your date of
    birth | just keep the line open"), or "" when it did not run on."""
    text = in_scope(clause)
    found = WAIVER.search(text)
    if found is None:
        return ""
    rest = text[found.end() - 1:]
    tells = _TELLS.match(rest[1:])
    if tells is not None:
        rest = " " + rest[tells.end() + 1:]
    cut = _TOPIC_ENDS.search(rest)
    topic = rest[: cut.start() + 1] if cut else rest
    at = _run_on_at(topic)
    return topic[at:].strip() if at is not None else ""


def _run_on_at(topic: str) -> int | None:
    """Where in `topic` (" … ", spaced) unpunctuated speech runs on into another clause."""
    cuts = [m.start() for m in _RUN_ON.finditer(topic) if m.start() > 0]
    asked = False  # a question word or "if" waiting for its clause ("how old he is")
    for found in _NEW_SUBJECT.finditer(topic):
        said = topic[: found.start()].split()
        near = said[-3:]
        wh = next((n for n in range(len(near) - 1, -1, -1)
                   if _ASKS.match(f" {near[n]} ")), None)
        if not asked and wh is not None:
            asked = True
            # "how old he is", "which way they went": the question's own subject and verb
            # (not once the question has its verb: "who is there | i can see …")
            if said[-1] not in _GOVERNED and not _VERBS.intersection(near[wh + 1:]):
                continue
        # ("that" as a subject only where it cannot be a relative: "… that is for …")
        if said and said[-1] not in _GOVERNED and (not found.group().startswith(" that ")
                                                   or found.group().startswith(" that is")):
            cuts.append(found.start())
            break
    return min(cuts) if cuts else None


_ASKS = re.compile(r" (?:what|where|when|who|how|which|whether|if|why|whereabouts) ")
_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "did", "does", "do",
                    "can", "could", "will", "would"})
_NAMED_AFTER_TIME = re.compile(r" (?:for now|now|for the moment|right now|again) \w+ $")


# Words that only say when, or again, at the topic's end: "… for now", "… again tonight".
_WHEN_ONLY = re.compile(r"(?: (?:again|for now|right now|now|today|tonight|at the moment|"
                        r"for (?:a|the) (?:minute|moment|sec|second|bit|while)|"
                        r"yet|just yet|any more|anymore|as well|too|either|at all|then|"
                        r"for the moment|just now|straight away|for me|thanks|please|"
                        r"on this occasion|this time|in this case|tonight either|"
                        # whom it would come from: "I don't need that from you"
                        r"from you|off you|from him|from her|from them|"
                        # whom it would be gone over with: "crime prevention with you"
                        r"with you|with him|with her|with them|"
                        # whom it would be told to: "you won't need to give it me again"
                        r"to me|to us|me|us|"
                        # whom it is kept to: "keep your name to yourself"
                        r"to yourself|"
                        # the caller addressed: "… the time it happened, love", "… the
                        # make of the car mrs eldridge"
                        r"love|mate|pal|darling|sweetheart|hun|sir|madam|"
                        r"(?:mr|mrs|miss|ms|dr) \w+))+ $")
# The whole of what was said, told or taken again: "go over it all again", "take the whole
# account again". With nothing named before it, that is the caller's account of what
# happened (the definitions' what_happened: the account, however it is asked for).
_WHOLE = re.compile(r"(?:it all|all of it|everything|all that|all of that|the lot|the whole "
                    r"(?:thing|lot)|(?:the|your) (?:whole|full|entire) (?:account|story|thing)"
                    r"|(?:the|your) story)")
ACCOUNT = "what happened"
_SORRY = re.compile(r"(?:sorry|apolog)")
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
    # a thing left as it is, with no time said ("leave the date"): a question only when
    # the clause is not advice as a whole ("leave the back door" keeps the scene)
    left: bool = False
    # unpunctuated speech ran on past the topic into a clause of its own ("never mind his
    # name just keep the door shut"): what that clause advises is still advised
    runs_on: bool = False
    # the whole of it told again ("you needn't go through it all again"): with nothing named
    # before it, the caller's account (`ACCOUNT`)
    whole: bool = False
    # the topic up to its "again", where unpunctuated speech ran on after it ("explain
    # what's happened again sanjay my colleague's passed it all on"): what is waived when
    # the topic as said names nothing
    said_again: str = ""


# A thing read out by the caller, its particle after it: "no need to read it out to me",
# "don't bother reading your number out" (v47, v48; as "read out your mobile", v19, v41,
# v50, acts_i): the caller's telling of the thing, put as "read out <thing>" so the thing
# is the topic. Of the 19 development, training and held-back turns that read a thing out,
# none is a read-back (`confirm_details`): the caller reads out, the handler reads back;
# "read you out a reference number" is the handler's, and keeps its order.
_READ_THING_OUT = re.compile(r" (read|reads|reading) (it|them|that|this|"
                             r"(?:your|his|her|their|the) (?:\w+ ){0,2}?\w+) out(?= )")


def read_out_first(text: str) -> str:
    """`text` (spelled) with a thing read out put after its particle ("read out it")."""
    return _READ_THING_OUT.sub(r" \1 out \2", text)


def waiver(clause: str) -> Waiver | None:
    """The waiver of a question in a (non-question) clause, if it has one."""
    # (not a name said to the caller after it: "…, Sandra")
    text = read_out_first(in_scope(clause))
    found = WAIVER.search(text)
    if found is None:
        return _left_aside(text)
    rest = text[found.end() - 1:]
    tells = _TELLS.match(rest[1:])
    # (asking declined is a telling declined: "I'm not going to ask about the traffic")
    told = (tells is not None and tells.group("told") is not None) or bool(
        re.search(r" ask|point", found.group()))
    # (the handler's getting is a question put: "no sense in me taking a second number")
    handlers = re.search(r" (?:me|us|my|our)$", found.group().rstrip()) is not None
    if found.group("verbed") and (tells is None or (tells.group("told") is None
                                                    and not handlers)):
        return None  # "no reason to think he's armed", "let's not go outside": no telling
    # (told to the handler: "me" or "us" with the verb, or said "again")
    to_handler = bool(re.search(r" (?:(?:for|to) (?:me|us)|again) ", rest)) or (
        tells is not None and re.search(r"\b(?:me|us|again)\b", rest[: tells.end() + 1])
        is not None)
    if found.group("forbid") and not to_handler:
        return None  # "don't tell anyone you rang us": advice, told to others
    # (a searching stopped by leave is of a detail: "you can stop looking for the email";
    # so is a search said needless: "you needn't hunt for the receipt", not for a person)
    sought = _SOUGHT.match(rest[1:])
    ceased = tells is not None and (found.group("ceased") is not None or (
        sought is not None and rest[1:][sought.end():].split()[:1] != [] and
        rest[1:][sought.end():].split()[0] not in _PERSON))
    if not told and not ceased and (_TO_DO.search(found.group()) if tells is None
                                    else _CALLERS.match(found.group())):
        # a deed waived ("no need to change the locks", "you don't have to get a camera"),
        # no question
        return None
    verb = ""
    if tells is not None:
        verb = rest[1: tells.end() + 1]
        rest = " " + rest[tells.end() + 1:]
    topic, asked, runs_on = _topic_in(rest, told)
    topic = _KIND.sub(" ", _VAGUE_TAIL.sub(" ", _WHEN_ONLY.sub(" ", topic))).strip()
    asked = yours_of(asked, topic)
    # (the comfort is the waiver's own: "don't worry about …", "you're alright not to …")
    worry = bool(re.search(r"worry|fret|fuss|stress|(?:all right|fine|ok|no problem)(?: \w+)* "
                           r"not to", found.group()))
    before = text[: found.start() + 1].strip()
    whole = (told or tells is not None) and _WHOLE.fullmatch(topic) is not None
    if whole and topic not in PRONOUNS:
        topic = ACCOUNT  # "no need to take the whole account again"
    # ("you've told me you're not hurt, so I won't ask again": the asking declined with its
    # object left out, and "again" says it was asked or told before: what is waived is what
    # the clause before it said, as a pronoun's would be)
    if topic in PRONOUNS or (not topic and not asked and " ask" in found.group()
                             and re.fullmatch(r" (?:you )?again ", rest) is not None):
        return Waiver(topic="", told=told, worry=worry,
                      before=before if len(before.split()) > 1 else "", asked=asked,
                      whole=whole)
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
    if not topic or (topic.split()[0].endswith("ing") and not told) or _SORRY.match(topic):
        # ("don't worry about fitting a lock": a deed; "I'm not going to say sorry for
        # that": an apology declined, no question)
        return None
    return Waiver(topic=topic, told=told, worry=worry, asked=asked,
                  meant=found.group("meant") is not None, runs_on=runs_on,
                  said_again=_up_to_again(topic))


# A telling waived as a repeat ends with its "again"; unpunctuated, the caller's name or the
# reason may run on after it (spoken waivers of a repeat, "… again <name or reason>", are in
# the development sets of most authors, v7 to v32).
_AGAIN = re.compile(r" again (?=\w)")


def _up_to_again(topic: str) -> str:
    """The topic up to an "again" with more said after it, or "" when it has none."""
    found = _AGAIN.search(f" {topic} ")
    if found is None or found.start() == 0:
        return ""
    cut = f" {topic} "[: found.start()].strip()
    return "" if cut in PRONOUNS else cut


def _topic_in(rest: str, told: bool) -> tuple[str, str, bool]:
    """What is waived in the words after the waiver and its verb (" … ", spaced): the topic,
    a question put after it ("… just where you are"), and whether speech ran on past it
    into a clause of its own (`_run_on_cut`)."""
    cut = _TOPIC_ENDS.search(rest)
    reported = cut is not None and cut.start() == 0 and told and rest.startswith(" if ")
    while cut is not None and reported and (cut.start() == 0 or (re.search(
            r" (?:or|and)$", rest[: cut.start()]) and cut.group() == " if ")):
        # after a verb of asking or telling "if" reports a question ("no sense me asking
        # again if you're hurt", "… if she's been before or if she drinks"), no condition
        cut = _TOPIC_ENDS.search(rest, cut.start() + 1)
    topic = rest[: cut.start() + 1] if cut else rest
    put = _QUESTION_PUT.search(topic, 1)
    while put is not None and topic[: put.start()].endswith(" or"):
        # ("I won't ask about threats or what's happened before": a second thing waived,
        # listed with "or", no question put after the waiver)
        put = _QUESTION_PUT.search(topic, put.end())
    # ("just where you are": what is wanted, the "just" no part of it)
    asked = wanted_of(topic[put.start():]) if put else ""
    ran_on = _run_on_cut(topic)
    runs_on = len(ran_on) < (put.start() + 1 if put else len(topic)) and bool(ran_on.split())
    return (ran_on if runs_on else topic[: put.start() + 1] if put else topic), asked, runs_on


def yours_of(asked: str, topic: str) -> str:
    """What "yours" wanted after a waived topic is: the caller's own of the thing the topic
    names ("your neighbour's number, just yours" wants "your number"); else `asked`."""
    if re.sub(r" (?:please|thanks|then)$", "", asked.strip()) != "yours":
        return asked
    head = topic.split()[-1:]
    return " ".join(["your", *head]) if head else ""


def wanted_of(put: str) -> str:
    """The question or request put after a waiver, without the word that led into it ("just
    where you are", "love is anything else missing")."""
    return re.sub(r"^(?:(?:just|but|now|instead|so|and|love|mate|pal|darling|sweetheart|hun|"
                  r"hen|pet|sir|madam) )+", "", put.strip())


def _asked_after_left(text: str, left: re.Match[str]) -> str:
    """A question or request put after a detail left for now, in the same clause ("leave
    the time for now just tell me what happened": v43, as the waivers' own "never mind the
    time just tell me which way he went")."""
    rest = " " + text[left.end():].lstrip()
    # (a question word alone is no question put: "… for now which direction | did the corsa
    # go" was cut before its verb, and the question is the next clause's)
    put = _QUESTION_PUT.match(rest)
    return wanted_of(rest) if put is not None and rest.strip() else ""


def _left_aside(text: str) -> Waiver | None:
    """A detail put aside by an order with no waiver before it: "leave the registration
    for now", or at the clause's end "leave the date" (left as it is: known already)."""
    left = _LEFT_ASIDE.match(text) or _COME_BACK.match(text) or _LEFT_FOR_OTHERS.match(text)
    if left is not None and _KEPT_AS_IS.search(left.group("topic")):
        return None  # "I'd leave the van exactly as it is for now": the scene kept
    as_is = left is None
    if left is None:
        left = _LEFT_AS_IS.match(text)
        if left is None or _LEFT_IN_STATE.search(left.group("topic")):
            return None
    topic = _KIND.sub(" ", _VAGUE_TAIL.sub(" ", _WHEN_ONLY.sub(" ", f" {left.group('topic')} ")))
    topic = topic.strip()
    if not topic or topic.split()[0].endswith("ing"):
        return None
    # ("leave it for now": what it stands for is the clause before's)
    return Waiver(topic="" if topic in PRONOUNS else topic, told=False, worry=False,
                  left=as_is, asked="" if as_is else _asked_after_left(text, left))


def parts_of(topic: str) -> list[str]:
    """The things a topic lists ("your name or date of birth" is two): each is matched on
    its own."""
    return [p for p in re.split(r" (?:or|and|nor) ", topic) if p]


# A time or a place waived names its question by the asking word or the noun for it: "no
# need to tell me when it was nicked", "leave the date", "you don't have to keep checking
# the times", "no need to say where it was locked up" (the intent definitions: when it
# happened; where the incident is; which way someone went; where they were last seen).
_LAST_SEEN = re.compile(r"\blast (?:seen|saw|heard from|spoke to)\b")
# (a time noun with the incident's own clause after it, "the date it was stolen"; not
# "the dates you rang 101", which are the caller's calls)
_WHEN_ASKED = re.compile(r"^(?:(?:exactly|roughly|precisely|just) )?"
                         r"(?:when\b|what (?:time|day|date)\b"
                         # ("the timing", v42, as "the time")
                         r"|(?:the |what )?(?:(?:exact|precise|rough) )?"
                         r"(?:dates?|times?|timings?|days?)"
                         r"(?: (?:and|or) (?:the )?(?:dates?|times?|timings?|days?))*"
                         r"(?: (?:it|he|she|they|this|that)\b.*)?$)")
_BORN = re.compile(r"\b(?:birth|born|birthday|dob|old)\b")
# (where a thing or the caller is or was; where a person is now is whether they are there)
_WHERE_ASKED = re.compile(r"^(?:(?:exactly|roughly|precisely|just) )?where (?:it|you|the \w+|"
                          r"your \w+|this|that|there)\b")
_WHERE_WENT = re.compile(r"^(?:(?:exactly|roughly|precisely|just) )?where\b.*\b(?:went|gone|"
                         r"heading|headed|ran|run|drove|driven|made off)\b")
ASKED_BY_WORD = "(a time or a place waived, named by its asking word)"
# A detail waived as said back ("no need for me to read your number back", "I won't repeat
# the address back"): the read-back is what is not needed, not the detail's question.
_SAID_BACK = re.compile(r"\bback(?: (?:to (?:you|him|her|them)|again))?$")
READ_BACK_WAIVED = "(a detail waived as said back: the read-back)"


# (said back by reading or repeating it, not a place: "no need to tell me if they're still
# out the back")
_READ_OR_REPEATED = re.compile(r" (?:read|reading|repeat|repeating)(?: \w+){1,4} back ")


def waived_read_back(topic: str, clause: str) -> bool:
    """Is a waived topic a detail read or repeated back to the caller ("your number back")?"""
    return _SAID_BACK.search(" ".join(spelled(topic).split())) is not None and (
        _READ_OR_REPEATED.search(spelled(clause)) is not None)


def named_by_asking(topic: str) -> str | None:
    """The question a waived time or place names by its asking word or noun, if it is one
    ("when it was dumped": when it happened; "where he went": which way he went)."""
    said = " ".join(spelled(topic).split())
    if _LAST_SEEN.search(said) and re.match(r"(?:(?:exactly|roughly|just) )?(?:when|where)\b",
                                            said):
        return "last_seen"
    if _WHEN_ASKED.match(said) and not _BORN.search(said):
        return "when_happened"
    if _WHERE_WENT.match(said):
        return "direction_of_travel"
    return "location" if _WHERE_ASKED.match(said) else None
