"""Why the marker should doubt a turn before it credits a critical item with it.

A critical item decides pass or fail on its own, so its credit must rest on a turn whose
reading is sure on all three counts the analysis gives (docs/understanding-definitions.md):
that it *is* the intent (confidence above the band of doubt), that it does the thing rather
than its opposite (polarity), and that it is about the right person (subject), said as the
right kind of turn (act). The analysis decides each of these by rule; these checks look for
the signs that a rule may have decided wrongly: a negation, a permission or a refusal in
the same clause the rule read as doing the thing, the thing also said as its opposite in
the same turn, a question about the thing instead of the advice, a statement instead of a
question or of the deed, and someone else named in a question read as the caller's.

A doubted turn does not credit a critical item: the mark is *uncertain*, leaning not met,
and goes to the review queue, where an assessor who reads the turn as the deed credits it
(docs/scenario-format.md, "Marks the marker is unsure of").
"""

from __future__ import annotations

import re

from scoring.text import is_question
from scoring.understanding import IntentReading, TurnAnalysis
from scoring.understanding.polarity import (
    ADVICE,
    DOING,
    EITHER_WAY,
    HANDLER_REFUSES,
    INTENTS_ASKED,
    NOT_NEEDED,
    NOT_SAFE,
    NOT_SAYING,
    OPPOSITE,
    PERMISSION,
    PROHIBITION,
    PSEUDO,
    REFUSAL,
    TERMINATORS,
    UNTOLD,
    informal_only,
    permitted_against,
)
from scoring.understanding.wording import overlapping, pattern, spelled

# Below this confidence a reading is as likely wrong as right (the top of the calibrated
# band of doubt: readings under it were right only 35-50% of the time on the development
# sets; scoring.marking.UNCERTAIN_BAND).
SURE_CONFIDENCE = 0.5
# The kinds of turn that ask for something: a question, an instruction to tell ("tell me
# the address") or a read-back put to the caller to confirm ("that's 27 Larch Close?").
ASKING_ACTS = frozenset({"question", "instruction", "readback"})
# The kinds of turn that can give advice: an instruction ("stay on the line"), reassurance
# that carries it ("you're safe in there, keep the door shut"), or a promise ("I'll stay on
# the line with you"). A question asks about the thing ("have you touched anything?"); a
# statement reports it ("I told him to stay in").
ADVISING_ACTS = frozenset({"instruction", "reassurance", "promise"})
# Advice's own exception: a permission conditioned on danger ("move her only if the car
# catches fire", "go out if there's smoke") is the advice, not its opposite.
IN_DANGER = re.compile(r"\b(fire|flames?|smoke|danger\w*|unsafe|not safe|unless|only if|"
                       r"explod\w*|leak\w*|petrol|fuel)\b", re.IGNORECASE)
# The exception that names the danger itself, one the caller sees arrive (fire, smoke,
# leaking fuel) or a strict limit ("only if", "unless"). "If it's not safe" or "if you're
# in danger" names none: said to a caller who rang because they are in danger, it hands
# the advice back to their judgement, so an opposite on that condition, said before any
# advice, is not the exception but in doubt (`scoring.marking.Marker.first_contrary`).
NAMED_DANGER = re.compile(r"\b(fire|flames?|smoke|unless|only if|explod\w*|leak\w*|"
                          r"petrol|fuel)\b", re.IGNORECASE)
# The fire service named among those coming ("ambulance, fire and police are on their
# way", "fire and rescue are sending a crew") names no danger: the exception is a fire the
# caller sees, not the crew sent to it.
FIRE_SERVICE = re.compile(r"\b(?:(?:ambulance|police)(?:,| and|, and) fire|fire(?:,| and|, and) "
                          r"(?:ambulance|police)|fire(?: and rescue| service| brigade| crews?|"
                          r" engines?|fighters?))\b", re.IGNORECASE)


def names_danger(text: str) -> bool:
    """Does the turn name the danger an advice's exception is on (`NAMED_DANGER`), the
    fire service sent to the scene aside (`FIRE_SERVICE`)?"""
    return NAMED_DANGER.search(FIRE_SERVICE.sub(" ", text)) is not None
# A condition or a suggestion, not a permission: "keep them with you if you can", "you
# could also contact Citizens Advice".
CONDITIONAL = pattern("if you can", "if you could", "if you are able to", "when you can",
                      "as soon as you can", "you could", "you can also", "you may want to")
# The verbs advice is given in ("stay on the line", "lock the door", "press 55", "ring the
# council"), in spelled text.
ADVICE_VERBS = (r"lock|stay|keep|press|tap|cough|ring|call|phone|hold|wait|shut|close|whisper|"
                r"text|dial")
# Permission to do what advice asks is the advice ("you can press 55", "you can lock the
# door now"): not a sign of its opposite.
ADVISED_PERMITTED = re.compile(
    r" (?:you can|you may|feel free to|you are fine to|it is fine to|you are ok to)"
    rf"(?= (?:just |always |also )?(?:{ADVICE_VERBS}) )")
# A waiver of something other than the advice, closed before the advice goes on: "there's
# no need to say anything, just stay on the line with me", "you don't have to talk, stay on
# the line" (the caller is let off speaking, not staying). The waived verb is no verb advice
# is given in, and its object, if any, is indefinite ("anything", "a word"): what follows is
# a clause of its own. ("no need to stay on the line" waives the advice itself.)
_INDEFINITE = r"(?: (?:anything|nothing|a thing|a word|out loud|loud|back|to me|at all|yet|now))*"
WAIVED_OTHER = re.compile(
    r" (?:(?:you )?(?:to|for you to) )?(?:(?:say|speak|talk|answer|reply|explain|panic)"
    rf"{_INDEFINITE}|do (?:anything|a thing|nothing){_INDEFINITE}) (?=\S)")
# A modal denied is no permission: "if you can't speak, press 55" says what the caller cannot
# do, and "you can't go back in there" forbids (spoken without its apostrophe, "cant" is
# spelled "can not"). Joined into one word, the `PERMISSION` trigger's "you can" is not heard
# in it.
DENIED_MODAL = re.compile(r" you (can|could|may) not ")
def unsafe(clause: str) -> str:
    """The spelled clause with safety denied ("not safe to talk": `polarity.NOT_SAFE`, the
    Silent Solution's own condition) put so no `PERMISSION` ("safe to") is heard in it."""
    return NOT_SAFE.sub(" unsafe for you to ", clause)


# The permissions that are also how advice is offered ("you can report it on their website",
# "you could ring Victim Support"): not a sign of the opposite on their own (`lifted`).
BARE_MODALS = frozenset({"you can", "you could", "you may", "you are able to"})
# Advice waved away without a "not needed" in so many words ("I wouldn't bother", "don't
# feel you've got to").
DISMISSED = pattern("would not bother", "not bother", "no point", "not worth",
                    "do not feel you have got to", "do not feel you have to",
                    "do not feel you need to", "no call to", "no call for")
# A thing done, put aside before it is done ("forget the reference number for now", "never
# mind the reference"; "don't forget your reference" is no such thing), or named only to say
# it is not given ("that's not an apology I can give you"). Not for reassurance, where
# "never mind that, you're safe now" comforts.
PUT_ASIDE = pattern(r"(?<!not )(?<!never )forget", "never mind", "not an apology",
                    "not a apology",
                    # put off to later: "I'll skip the reference for now", "we can leave
                    # the reference number till the end"
                    r"(?<!not )(?<!never )skip", r"leave (?:\w+ ){1,4}?(?:till|until|for) "
                    r"(?:the end|later|now|another time|the moment)")
# A thing done, named only to steer the caller away from it: compared with something
# "quicker" or "better", or said to take ages ("that'll sort it quicker than a formal
# complaint", "a formal complaint drags on for months, a word from his sergeant is better":
# two blind authors marked no complaint recorded). Not for reassurance ("you're doing better
# than you think").
DISFAVOURED = pattern(r"(?:quicker|faster|easier|simpler|better|less hassle|less bother)"
                      # (whom it is quicker for: "quicker for you than a formal complaint")
                      r"(?: for (?:you|him|her|them|us|everyone|everybody|all of us))? than",
                      r"takes? (?:ages|forever|months|weeks|years|a long time|so long|too long)",
                      r"drags? on", r"drag (?:\w+ )?out", "waste of time", "more hassle",
                      "long winded")
# A question waived, left to the caller not to answer: "don't feel you have to tell me how
# much he'd had", "if you'd sooner not tell me your name, that's fine".
WAIVED_QUESTION = pattern(r"(?:sooner|rather|prefer) not", "do not feel you have to",
                          "do not feel you need to", "do not feel you have got to",
                          "do not worry about telling", "no need to tell")
# Permission given to someone spoken of, as a caller speaking through an interpreter or a
# third party is ("if he wants to go out and get the number plate that's fine", "she's fine
# to drive over"): the caller's own wish made the condition, or "fine to" said of them.
WISHED = pattern(r"if (?:he|she|they) (?:wants?|would like|would rather|prefers?) to",
                 r"(?:he|she|they) (?:is|are) (?:fine|ok|okay|alright|all right|free) to")
# Leave given, in the words that open it: the caller's (or the one advised's) own wish made
# the condition ("if he wants to nip down", "if you want to go out and drive round"), their
# own judgement of the danger ("if you feel safe doing it, you could knock on"), or leave
# plainly given ("you're fine to", "feel free to", "you can go"). What follows it, up to a
# few words on, is what is let be done (`leave_against`).
LEAVE = pattern(r"if (?:you|he|she|they) (?:(?:wants?|would like|prefers?) to|fancy|fancies|"
                r"feels? like|would rather|would prefer to)",
                r"if (?:you|he|she|they) (?:feels?|are|is) (?:safe|ok|okay|all right|alright|"
                r"comfortable|up to it)(?: (?:doing|to do) (?:it|that|so))?(?: (?:you|he|she|"
                r"they) (?:can|could|may))?",
                r"(?:you|he|she|they) (?:are|is) (?:fine|ok|okay|all right|alright|free|welcome)"
                r" to", "feel free to", "fine for you to", "ok for you to",
                r"nothing stopping (?:you|him|her|them) from",
                # the leave said first, its act after: "no problem if he goes out", "it's
                # fine if you pop down" (`leave_text`)
                r"(?:fine|ok|okay|all right|alright) if (?:you|he|she|they)",
                # leave in the other words it is given in: "go ahead and tidy up", "by all
                # means go round", "I don't mind if you move it", "he's allowed to go down",
                # "no harm in having a look"
                "go ahead and", "by all means", r"(?:do|does) not mind if (?:you|he|she|they)",
                r"(?:you|he|she|they) (?:are|is) allowed to", r"no harm in",
                r"nothing wrong with", r"happy for (?:you|him|her|them) to")
# The act let be done, in any form of its verb: the advice's opposites are written in the
# base form ("go out", "pop down"), and leave is given in any ("if he fancies going out",
# "no problem if he goes down").
VERB_FORMS = ((re.compile(r" (?:going|goes|gone|went) "), " go "),
              (re.compile(r" (?:coming|comes|came) "), " come "),
              (re.compile(r" (popp|nipp|stepp)(?:ing|ed|s)? "), r" \1 "),
              (re.compile(r" (pop|nip|step)s "), r" \1 "))


def leave_text(text: str) -> str:
    """The text as leave is looked for in: spelled, its pseudo-negations gone ("no
    problem" alone is no denial) but leave said with one kept ("no problem if he goes out"
    is "fine if"), its verbs in their base form."""
    told = re.sub(r" no (?:problem|harm) if ", " fine if ", spelled(text))
    return base_forms(PSEUDO.sub(" ", told))


def base_forms(told: str) -> str:
    """The spelled text with the verbs leave is given for in their base form."""
    for form, base in VERB_FORMS:
        told = form.sub(base, told)
    return told.replace(" popp ", " pop ").replace(" nipp ", " nip ").replace(" stepp ",
                                                                              " step ")
# How far after the leave the act it lets be done may stand: "if he wants to nip down",
# "if you want to get in the car and drive round".
LEAVE_REACH = 8


# Leave given to someone spoken of (`LEAVE` naming "he", "she" or "they": "if she wants to",
# "happy for him to"): the one the caller is with, often the casualty.
LET_SOMEONE = re.compile(r" (?:he|she|they|him|her|them) ")
# What someone spoken of is let do to themselves, against the advice to leave them where
# they are: "if she wants to get out of the car and sit on the verge that's fine" (v42; v19,
# v25 and v29 let her out in the same words, with "help her out" too). Said of the caller
# ("you can get out of the car") it may be the advice itself, off a live road.
OTHERS_OPPOSITE: dict[str, re.Pattern[str]] = {
    "safety_advice": pattern(r"(?:get|gets|getting|climb\w*|step|steps|stepping) out of "
                             r"(?:the|her|his|their) (?:\w+ )?"
                             r"(?:car|vehicle|van|seat)",
                             r"get (?:herself|himself|themselves) out"),
}


def leave_against(intent: str, text: str) -> str | None:
    """The words of a turn that give leave to do what the advice `intent` is against ("tell
    him if he wants to nip down and get a look at the plate that's fine", "if you want to
    go out and drive round looking for her, that's fine"), quoted; None when there are none.
    The caller acts on what they were let do whatever the analysis made of the clause: a
    permission it heard as no advice at all is still the opposite of the advice. Not the
    advice's own exception ("only if there's smoke", `NAMED_DANGER`), nor leave that is
    itself forbidden before the act ("if you want to, don't go out"). Leave given to
    someone spoken of is against the advice in their own acts too (`OTHERS_OPPOSITE`)."""
    opposite = OPPOSITE.get(intent)
    if opposite is None or names_danger(text):
        return None
    told = leave_text(text)
    for allowed in overlapping(LEAVE, told):
        reach = " ".join(told[allowed.end() - 1:].split()[:LEAVE_REACH])
        act = opposite.search(f" {reach} ")
        others = OTHERS_OPPOSITE.get(intent)
        if others is not None and LET_SOMEONE.search(allowed.group()):
            theirs = others.search(f" {reach} ")
            if theirs is not None and (act is None or theirs.start() < act.start()):
                act = theirs
        if act is None or PROHIBITION.search(f" {reach[:act.start()]} "):
            continue
        return f"{allowed.group().strip()} {reach[:act.end() - 1].strip()}".strip()
    return None


# The decision left to the one advised: "well that's up to you", "that's your call, mate",
# "tell him that's his decision". Said to a caller who has just said he will do what the
# advice is against ("I'm going round there myself"), it gives him leave, whatever follows
# it ("…, but I wouldn't", "…, but if you do go round just keep it calm"): every development
# assessor of the neighbour call's weak attempts (v5, v6, v8 to v11, v13, v14, v17, v22,
# v23, v25 to v27, v30, v31) marked such a turn no advice not to go round, and v46's
# interpreter tricky no safety advice.
LEFT_TO_THEM = pattern(r"up to (?:you|him|her)",
                       r"(?:your|his|her) (?:own )?(?:decision|choice|call)")


def left_to_them(intent: str, text: str, said_before: str) -> str | None:
    """The words of a turn that leave to the one advised the very act the advice `intent`
    is against, which the caller said they would do (`said_before`, their words since the
    trainee's turn before) or which the turn names itself (`LEFT_TO_THEM`), quoted; None
    otherwise."""
    opposite = OPPOSITE.get(intent)
    left = LEFT_TO_THEM.search(spelled(text))
    if opposite is None or left is None or names_danger(text):
        return None
    if opposite.search(f" {leave_text(said_before)} ") is None and \
            opposite.search(f" {leave_text(text)} ") is None:
        return None
    return left.group().strip()


# A thing done, denied by who or what does it rather than by "not" before the verb
# ("nobody is going to say sorry", "it's not for me to apologise", "there isn't a
# reference number", "we can carry on without an interpreter").
NOT_DONE = pattern(r"(?:nobody|no one) (?:\w+ ){0,3}?(?:is|are|will|would|can|going to)",
                   "not for me to", "not for us to", "there is no",
                   "there is not", "there are no", "without")
# A clause that opens (after its discourse words) by telling: "and don't wash the window".
COMMAND = re.compile(r" (?:do not|never|please|just|keep|stay|make sure|try not to) ")
DISCOURSE = re.compile(r"^ (?:(?:and|so|right|ok|now|but|then|also|yes|yeah|well) )+")
# Saying what something is not ("I'm not the council", "it's not a council matter",
# "that's not our job"): a denial of the thing named, not the thing done.
NOT_THIS = pattern(r"(?:i am|it is|that is|this is|we are|they are|he is|she is) not "
                   r"(?:the|a|an|our|my|your|their|one for)",
                   # said of the thing itself: "dumped cars aren't the council's job",
                   # "noise isn't one for the council" (not the police's own role, which is
                   # a signpost's reason: "fly-tipping isn't a police matter")
                   r"\w+ (?:is|are) not (?:the|a|an|one for) (?!police|crime|criminal|"
                   r"emergency|999)\w+")
# Words that ask wherever they stand in a clause (in spelled text: "what's" is "what is").
ASKING_WORD = re.compile(r" (?:what|where|which|who|whose|when|how|whereabouts) ")
# A clause opening with a negated auxiliary and no one after it tells, in spoken text ("can't
# speak, press 55", "don't hang up"); a question puts its subject there ("can't you
# speak?", "didn't he say?"), in spelled text.
TOLD_NOT = re.compile(r" (?:can|could|will|would|do|does|did|should|is|are|have|has) not "
                      r"(?!(?:you|he|she|they|we|i|it|there|anyone|anybody|someone) )")
# Someone other than the caller, named in a question: a kin or household word, a neighbour,
# a friend, or a third person's possessive ("his", "her", "their"), in spelled text.
SOMEONE_ELSE = re.compile(
    r" (?:husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|child|children|kids?|"
    r"mum|mother|dad|father|brother|sister|neighbour|friend|his|her|their) ")


# Telling the caller only to ring again ("if anything else happens just ring us back on
# 999", "ring back when it's safe"): the words of the ringing, the conditions that say when,
# and the words around them that tell nothing (`rings_again_only`).
RING_VERBS = frozenset({"ring", "call", "phone", "dial", "contact"})
RING_WORDS = frozenset({"us", "back", "again", "999", "9", "101", "straight", "right", "away",
                        "immediately", "on", "the", "police", "me", "in"})
CONDITION_WORDS = frozenset({"if", "when", "whenever", "should", "once", "as", "until"})
# Words that tell the caller what to do, inside what reads as a condition ("if he comes to
# the door do not let him in"): that is advice of its own, not a condition on the ringing.
TELLING_WORDS = frozenset({"not", "never", "keep", "stay", "lock", "get", "go", "leave",
                           "move", "open", "let", "shut", "close", "hide", "stop"})
NOTHING_TOLD = frozenset({"ok", "okay", "right", "alright", "all", "just", "so", "and", "then",
                          "please", "yeah", "yes", "you", "can", "do", "not", "hesitate", "to",
                          "make", "sure", "need", "i", "want", "love", "mate", "sir",
                          "madam", "now", "well", "but", "also", "give", "us", "a",
                          # the same told through an interpreter or of a third person:
                          # "tell him if they come back he should ring 999 again"
                          "tell", "ask", "him", "her", "them", "he", "she", "they", "should",
                          "must", "needs", "another"})


def doubt(reading: IntentReading, analysis: TurnAnalysis, heard: str = "") -> str | None:
    """Why `reading` (an affirmed intent in the turn `analysis`) is not sure enough to credit
    a critical item with, or None when it is sure. `heard`: what the caller said since the
    trainee's turn before, which a clause may only repeat (`echoed`)."""
    if reading.confidence < SURE_CONFIDENCE:
        return f"its confidence is {reading.confidence:.2f}, in the band of doubt"
    return (polarity_doubt(reading, analysis) or handler_does_opposite(reading, analysis.text)
            or act_doubt(reading, analysis) or foretold(reading) or subject_doubt(reading)
            or others_unnamed(reading)
            or kind_doubt(reading) or purpose_only(reading, analysis.text)
            or echoed(reading, heard) or kept_signpost(reading, analysis.text)
            or tried_only(reading, analysis) or whose_only(reading, analysis)
            or set_aside(reading, analysis.text))


# What would be done as a rule, named only to be set against straight after: "normally this
# would be a formal complaint under Schedule 3, but because you'd be happy with an apology
# we can keep it informal" (v30: a blind author marked the recording not explained), "the
# people who'd normally deal with noise would be the council's noise team, but they'll be
# closed" (v29: no signpost). The rule ("normally", "usually") and the conditional ("would")
# say what is not being done; the "but" after the clause says what is done instead.
AS_A_RULE = pattern("normally", "usually", "ordinarily", "generally", "typically", "in theory",
                    "technically", "in principle", "by rights", "as a rule", "strictly speaking")
CONDITIONAL_DEED = pattern("would", "should", "could", "might")


def set_aside(reading: IntentReading, text: str) -> str | None:
    """Why a reading is only what would be done as a rule, set against straight after
    (`set_aside_rule`); None otherwise. The clause of what is done instead is read on its
    own."""
    rule = set_aside_rule(reading.clause, text)
    if rule is None:
        return None
    return f"it says what would be done as a rule ('{rule}'), set against straight after"


def set_aside_rule(clause_said: str, text: str) -> str | None:
    """The words of a clause of `text` that say what would be done as a rule (`AS_A_RULE`,
    with a conditional), when a "but" sets it against straight after the clause
    (`TURNED_AGAINST`), quoted; None otherwise."""
    clause = spelled(clause_said)
    rule = AS_A_RULE.search(clause)
    if rule is None or CONDITIONAL_DEED.search(clause) is None:
        return None
    if any(TURNED_AGAINST.match(rest) for rest in sentence_after(clause_said, text)):
        return rule.group().strip()
    return None


# Asking whether the caller has already tried an agency ("have you tried ringing the
# council?", "did you report it to them?"): what was done, not where to go. Eight blind
# authors over eight sets (v10, v17, v21, v29, v30, v39, v45, v46) marked the question no
# signpost, with or without the matter said to be the agency's beside it ("noise is really a
# council matter, have you tried ringing them?": v17, v39, v45, v46; v39's and v45's credited
# only a later turn telling him to ring).
TRIED_ASKED = re.compile(
    r" (?:have|did|has) (?:you|he|she|they) (?:already |ever |not |even |at all )?"
    r"(?:tried|try|rung|rang|ring|called|call|phoned|phone|contacted|contact|reported|report|"
    r"spoken to|speak to|been in touch|got in touch|get in touch|been on to|been onto|"
    r"gone to|went to|go to|told) ")
# Only whose the matter is: "noise is really a council matter", "that's a council thing
# really", "it's more of a council issue". Said beside the question whether they have tried
# it, it says why they are asked, not where to go.
WHOSE_MATTER = re.compile(r" (?:is|are) (?:really |more |just |probably |usually |normally |"
                          r"generally |very much |more of )*(?:a |an )?(?:\w+ ){1,2}"
                          r"(?:matter|thing|issue|job|problem|department|responsibility) ")


def tried_only(reading: IntentReading, analysis: TurnAnalysis) -> str | None:
    """Why a signpost directs the caller nowhere: its turn asks whether they have already
    tried the agency (`TRIED_ASKED`) and every signpost heard in the turn is that question
    or says only whose the matter is (`WHOSE_MATTER`); a clause telling them to go there
    ("you'll need to ring their noise team") still sends them. None otherwise."""
    if reading.intent != "signpost":
        return None
    asked = next((found for act in analysis.acts
                  if (found := TRIED_ASKED.search(spelled(act.clause))) is not None), None)
    if asked is None:
        return None
    for other in analysis.intents:
        told = spelled(other.clause)
        if other.intent == "signpost" and other.affirmed and TRIED_ASKED.search(told) is None \
                and WHOSE_MATTER.search(told) is None:
            return None
    return (f"its turn asks whether the caller has already tried the agency "
            f"('{asked.group().strip()}'), directing them nowhere")


def whose_only(reading: IntentReading, analysis: TurnAnalysis) -> str | None:
    """Why a signpost directs the caller nowhere: every signpost heard in its turn says only
    whose the matter is (`WHOSE_MATTER`: "that's really more of a council thing") and
    nothing in the turn tells them how to reach the agency (`ROUTE_AFTER`: ring, contact,
    report, their number, online). `signpost` is directing the caller to another agency
    (the definitions); naming whose the matter is, then keeping it ("…, but I'll stick it
    on the log for the neighbourhood team") or leaving it there, sends them nowhere. None
    otherwise."""
    if reading.intent != "signpost":
        return None
    told = [spelled(other.clause) for other in analysis.intents
            if other.intent == "signpost" and other.affirmed]
    whose = [found for clause in told if (found := WHOSE_MATTER.search(clause)) is not None]
    if not told or len(whose) < len(told) or ROUTE_AFTER.search(spelled(analysis.text)):
        return None
    return (f"its turn only says whose the matter is ('{whose[0].group().strip()}'), "
            f"not how to reach them")


def kept_signpost(reading: IntentReading, text: str) -> str | None:
    """Why a signpost directs the caller nowhere: the matter kept by the handler straight
    after it (`kept_after`), or the agency waved away straight after it (`waved_after`);
    None otherwise."""
    if reading.intent != "signpost":
        return None
    kept = kept_after(reading.clause, text)
    if kept is not None:
        return f"the handler keeps the matter after it ('{kept}')"
    waved = waved_after(reading.clause, text)
    return None if waved is None else f"it is waved away straight after ('{waved}')"


# What the handler says they will do, with the advice only as what it is for: "I'm going to
# let you go now so you can keep the door shut", "I'll let you go so you can keep quiet".
# The deed told is the handler's own (here ending the call); the caller is told why, not
# told what to do (five blind authors, over five sets, marked such a turn no safety advice).
_PURPOSE = (r"(?:i|we)(?: \w+){0,10}? so (?:that )?(?:you|he|she|they) (?:can|could|will|"
            r"are able to|is able to) ")
HANDLERS_PURPOSE = re.compile(rf"^ {_PURPOSE}")
# The same split off before the advice, unpunctuated: "… ok im going to let you go now so
# you can | keep the door shut".
PURPOSE_BEFORE = re.compile(rf"(?<= ){_PURPOSE}$")


def purpose_only(reading: IntentReading, text: str = "") -> str | None:
    """Why advice on the caller's conduct is only the purpose of the handler's own act
    ("I'm going to let you go now so you can keep the door shut"), quoted; None otherwise.
    Advice told and then given a reason ("keep the door shut so he can't get in") opens by
    telling, not with the handler. `text`: the turn, in which a recogniser's unpunctuated
    words may have put the purpose and the advice in clauses of their own."""
    if reading.intent not in CONDUCT:
        return None
    found = HANDLERS_PURPOSE.match(_undiscoursed(reading.clause))
    if found is None and text:
        start = text.find(reading.clause)
        lead = spelled(re.split(r"[.!?]", text[:start])[-1]) if start > 0 else ""
        found = PURPOSE_BEFORE.search(lead) if lead.strip() else None
    if found is None:
        return None
    return f"it gives the advice only as what the handler's own act is for " \
           f"('{found.group().strip()}')"


# The people a clause can be said of, and the handler among them.
PEOPLE = frozenset({"i", "we", "you", "he", "she", "they"})
HANDLER = frozenset({"i", "we"})
# Words between the handler and the act that keep it from being done: a denial ("I won't
# hang up on you"), or a condition or a time that puts it off ("I'll stay on until you're
# ready to hang up" is said of the caller anyway; "we'll stay on unless …").
KEPT_FROM = frozenset({"not", "never", "if", "unless", "until", "till", "before", "when",
                       "once", "after"})
# How many words before the act its doer may stand: "i am going to have to end the call".
DOER_REACH = 8


# The advice whose opposite the handler can do themselves: the call is theirs to end too.
# (Elsewhere "we" doing the act is the police at work: "don't wash it yet, we might get
# something off it" is evidence taken, not the scene disturbed.)
HANDLERS_OWN = frozenset({"stay_on_line"})
# The advice that keeps the caller on the call, whose opposite is the call ended: staying on
# the line, and the Silent Solution (a caller who cannot speak is asked to press 55, tap or
# cough so the call goes on to help; clearing it down is what it is against). A threat to
# clear a silent call ("if you can't speak I'll have to end this call") shares the Silent
# Solution's condition, and the analysis may hear it in those words; the caller hears the
# call about to be cleared (the form in v13, v15, v20, v21, v26 and v38; v38's assessor
# marked the Silent Solution not used by it).
KEPT_ON_CALL = frozenset({"stay_on_line", "silent_solution"})


def handler_does_opposite(reading: IntentReading, text: str = "") -> str | None:
    """The words in which the handler says they will do, themselves, what the advice is
    against ("if you can't hear me I'm going to have to end the call", "I'll let you go
    now"), quoted; None when there are none. The analysis may take such a clause for the
    advice when a word of another clause ("can't" in "if you can't hear me") seems to
    forbid the act; the caller hears the call about to be cleared. `text`: the turn, in which
    the analysis may have cut the condition off as a clause of its own ("If you can't speak"
    | "I'll have to end the call"): a bare condition is the advice only by what its sentence
    goes on to say (`BARE_CONDITION`)."""
    if reading.intent not in KEPT_ON_CALL:
        return None
    said = handler_ends_call(reading.clause)
    if said is None and text and BARE_CONDITION.match(spelled(reading.clause)):
        said = next((ends for rest in sentence_after(reading.clause, text)
                     if (ends := handler_ends_call(rest)) is not None), None)
    return None if said is None else \
        f"the handler says they will do what the advice is against ('{said}')"


# A clause that is only a condition ("if you can't speak", "if you can hear me"): it tells
# the caller nothing until its sentence goes on.
BARE_CONDITION = re.compile(r"^ (?:(?:ok|okay|right|so|and|hello|now|well|look) )*"
                            r"(?:if|unless) (?!.* (?:press|tap|cough|make|stay|keep|hold|"
                            r"say|dial|knock|click)\b)")


def handler_ends_call(clause_said: str) -> str | None:
    """The words of a clause in which the handler says they will end the call themselves
    ("I'm going to have to clear the line"), quoted; None when there are none (a denial, a
    condition or a time between doer and act keeps it from being done: `KEPT_FROM`)."""
    clause = PSEUDO.sub(" ", spelled(clause_said))
    for act in overlapping(OPPOSITE["stay_on_line"], clause):
        before = clause[:act.start() + 1].split()[-DOER_REACH:]
        at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in PEOPLE), None)
        if at is None or before[at] not in HANDLER or KEPT_FROM.intersection(before[at:]):
            continue
        return " ".join(before[at:] + act.group().split())
    return None


# Words a clause may add to the caller's own without saying anything of its own: discourse,
# assent, address, and the small words of a phrase.
ECHO_FILLER = frozenset({"ok", "okay", "right", "alright", "so", "and", "yes", "yeah", "oh",
                         "well", "then", "sure", "fine", "a", "an", "the", "of", "is", "it",
                         "that", "love", "mate", "sir", "madam"})


def echoed(reading: IntentReading, heard: str) -> str | None:
    """Why a clause the analysis read as doing something for the caller (advice, an apology,
    a signpost, a next step) only names back what the caller just said ("Okay, fly-tipping"
    after a caller reporting fly-tipping, read as sending her to the council): the words it
    repeats, quoted; None when it says a word of its own. A question intent is not judged:
    repeating the caller's word back as a question ("a knife?") asks."""
    if reading.intent in INTENTS_ASKED or not heard:
        return None
    own = [w for w in spelled(reading.clause).split() if w not in ECHO_FILLER]
    theirs = set(spelled(heard).split())
    if not own or any(w not in theirs for w in own):
        return None
    return f"it only repeats the caller's words ('{' '.join(own)}')"


def kind_doubt(reading: IntentReading) -> str | None:
    """Safety advice that only tells the caller to ring again: how to reach us, not how to
    keep safe meanwhile. With other advice it counts ("stay in and lock the door, and if he
    comes over ring 999"), and it is the whole of some schemes' advice on non-critical items
    ("if she comes home ring us straight back"); alone, for a critical item that wants the
    caller kept safe ("stay in the room, keep the door blocked"), an assessor decides (a
    blind author marked "if anything else happens just ring us back on 999" no advice)."""
    if reading.intent == "safety_advice" and rings_again_only(reading.clause):
        return "it only tells the caller to ring again"
    if reading.intent == "weapons":
        carried = CARRIED.search(spelled(reading.clause))
        if carried is not None and ARMED.search(spelled(reading.clause)) is None:
            return f"it asks after an everyday thing on him ('{carried.group().strip()}'), " \
                   f"no weapon"
    return None


# An everyday thing someone has on them, that is no weapon (`weapons` is "whether anyone has
# a weapon: knife, gun, bat, anything in their hands", the definitions): "has he got his
# phone on him?" has the form of "has he got a knife on him?" and asks nothing of harm (a
# blind author marked such a call weapons never asked; a conversation author has the caller
# answer it "I don't know", not with the knife).
CARRIED = re.compile(r" (?:phone|mobile|moby|money|cash|wallet|purse|keys|car keys|bag|"
                     r"handbag|coat|jacket|bank card|cards?|id|passport|charger|cigarettes|"
                     r"fags|glasses|bus pass)(?= )")
# What makes the same question ask about a weapon after all: a weapon named, or anything
# that could hurt ("his phone, or anything he could hurt you with?").
ARMED = re.compile(r" (?:anything|something|weapons?|knife|knives|blades?|guns?|bats?|bars?|"
                   r"hammers?|bottles?|sticks?|axe|machete|screwdrivers?|crowbars?|tools?|"
                   r"hurt|harm|armed|hands?)(?= )")


def rings_again_only(clause: str) -> bool:
    """Does the clause tell nothing but to ring again, with or without a condition saying
    when ("if he comes back, ring 999 straight away", "call us back if anything changes")?"""
    said = spelled(clause).split()
    at = next((i for i, word in enumerate(said) if word in RING_VERBS), None)
    if at is None:
        return False
    end = at + 1
    while end < len(said) and said[end] in RING_WORDS:
        end += 1
    before, after = said[:at], said[end:]
    cut = next((i for i, word in enumerate(after) if word in CONDITION_WORDS), None)
    if cut is not None:
        after = after[:cut]
    cut = next((i for i, word in enumerate(before) if word in CONDITION_WORDS), None)
    if cut is not None and not TELLING_WORDS.intersection(before[cut:]):
        before = before[:cut]
    return all(word in NOTHING_TOLD for word in before + after)


def polarity_doubt(reading: IntentReading, analysis: TurnAnalysis) -> str | None:
    """A sign that the turn may do the opposite of the intent although it was read as
    doing it."""
    intent = reading.intent
    if any(r.intent == intent and not r.affirmed for r in _contrary_in_reach(reading, analysis)) \
            and not (intent in ADVICE and IN_DANGER.search(analysis.text)):
        # (its opposite on a danger is the advice's own exception: "if it catches fire get
        # her out, otherwise don't move her")
        return "the same turn also says it as its opposite"
    clause = PSEUDO.sub(" ", spelled(reading.clause))
    if intent in ADVICE:
        if intent in permitted_against(analysis.text):
            return "the turn permits what the advice is against"
        waved = waved_away(reading)
        if waved is not None:
            return f"the clause names it only to wave it away ('{waved}')"
        clause = without_other_waivers(clause)
        carried = carried_permission(reading, analysis.text)
        if carried is not None:
            return f"it goes on from a permission ('{carried}')"
        own = next(iter(overlapping(LEAVE, leave_text(reading.clause))), None)
        if own is not None and not TELLS.search(leave_text(reading.clause)[own.end() - 1:]):
            # "I don't mind if you tidy the drawers", heard as keeping them: leave given
            return f"the clause gives leave ('{own.group().strip()}')"
        triggers = (NOT_NEEDED, HANDLER_REFUSES, DISMISSED, NOT_THIS, PERMISSION, WISHED)
        told = unsafe(DENIED_MODAL.sub(r" you \1not ", clause))
        return _trigger(ADVISED_PERMITTED.sub(" ", CONDITIONAL.sub(" ", told)), triggers,
                        "the clause lifts or permits")
    if intent in EITHER_WAY:
        # what happens next, told either way: a refusal ("we won't be sending anyone") is
        # read as next steps negated by the analysis itself; here only not telling doubts it
        return _trigger(clause, (UNTOLD,), "the clause does not tell")
    if intent in DOING:
        aside = () if intent == "reassurance" else (PUT_ASIDE,)
        informal = None if intent == "reassurance" else informal_only(clause)
        steered = None if intent == "reassurance" else _trigger(
            clause, (DISFAVOURED,), "the clause steers the caller away from it") or (
            None if informal is None else f"the clause settles it informally ('{informal}')")
        return _trigger(clause, (REFUSAL, NOT_SAYING, UNTOLD, NOT_NEEDED, NOT_DONE, *aside),
                        "the clause refuses or denies") or steered
    if intent in INTENTS_ASKED:
        # (a question waived is in doubt however it is punctuated; "not needed" only without
        # a "?", where "do you not need an ambulance?" still asks)
        waived = _trigger(clause, (WAIVED_QUESTION,), "the clause waives the question")
        if waived is not None or "?" in reading.clause + analysis.text:
            return waived
        return _trigger(clause, (NOT_NEEDED,), "the clause says it is not needed")
    return None


# What opens a clause that tells rather than goes on permitting: "you're fine to sit down,
# but keep out of the kitchen" advises in its second clause.
TELLS = re.compile(r" (?:just |only )?(?:do not|never|please|keep|stay|leave|avoid|lock|"
                   r"make sure|try not to|but|except|not) ")


def carried_permission(reading: IntentReading, text: str) -> str | None:
    """The permission an advice clause goes on from, when the analysis split one sentence
    of leave in two ("you're fine to put the kettle on and use the kitchen": "use the
    kitchen" read alone as keeping to it); None when the clause opens by telling."""
    start = text.find(reading.clause)
    if start <= 0:
        return None
    sentence = re.split(r"[.!?]", text[:start])[-1]
    lead = unsafe(spelled(sentence))
    found = next((m for m in overlapping(PERMISSION, lead)
                  if m.group().strip() not in BARE_MODALS), None)
    if found is None or TELLS.match(_undiscoursed(reading.clause)) or \
            TELLS.search(lead[found.end() - 1:]):
        return None
    return found.group().strip()


# What an agency will not do, said of it: "the council won't help you at this time of
# night", "the RSPCA don't deal with this", "they can't do anything till Monday".
WONT_HELP = re.compile(
    r" (?:will not|can not|could not|would not|does not|do not|did not|is not going to|"
    r"are not going to|never) (?:\w+ ){0,3}?(?:help|do|deal|come|act|get involved|"
    r"be interested|care|touch|want|take|look|send|attend|respond)(?= )")
# An agency said to be closed: "the noise team will be closed now anyway", "the council's
# shut till Monday".
CLOSED = re.compile(r" (?:is|are|will be|would be|will all be) (?:\w+ )?(?:closed|shut)(?= )")
# "The noise team's closed", "the council's shut till Monday": spelling drops the "'s" of a
# noun (it may be a possessive), so the "is" it stands for is put back before a closing
# word (two blind authors' signposts waved away so, v16 and v29).
CLOSED_CONTRACTED = re.compile(r"(?<=\w)['\u2019]s(?= (?:\w+ )?(?:closed|shut)\b)", re.IGNORECASE)
SAID_OF_CALLER = frozenset({"you", "i", "we"})
CONDITION_OPENERS = frozenset({"if", "unless", "when", "until", "whether"})


def waved_away(reading: IntentReading) -> str | None:
    """The words that name a signposted agency only to wave it away ("I know the council
    won't help you at this time of night"), quoted; None when there are none. Not what the
    caller cannot do ("if you can't get through, ring them"), not a condition ("if the
    council can't help, ring us back"), nor a denial the clause turns round after ("the
    council won't come out tonight, but ring their noise team on Monday")."""
    if reading.intent != "signpost":
        return None
    return waves_away(reading.clause)


# The matter kept by the police after all, said straight after the agency was named as
# whose it is ("fly-tipping's a council thing really, but we'll have a look at the car",
# "it's one for the council, but I'll get an officer to pop by"): the caller is directed
# nowhere (`signpost` is directing her to another agency, the definitions; a blind author
# marked such a turn no signpost). What the handler adds that keeps nothing ("…, but I'll
# give you a reference", "…, but we'll keep a note too") is no such thing.
KEPT = re.compile(
    r"^ (?:but|though|although|however)(?: (?:still|anyway|that said|saying that))? (?:we|i) "
    r"(?:will|can|shall|are going to|am going to|could)(?: still| also| just)? "
    r"(?:have a look|take a look|look (?:at|into)|deal with|sort (?:it|this|that|them)|"
    r"(?:send|get|have) (?:someone|somebody|some 1|an officer|officers|a unit|a patrol|"
    r"a car)|come (?:out|round|by)|pop (?:by|round|out)|attend|go (?:out|round))(?= )")


def kept_after(clause_said: str, text: str) -> str | None:
    """The words, straight after a clause naming the agency whose matter it is, in which the
    handler keeps the matter after all (`KEPT`), quoted; None when there are none."""
    for rest in sentence_after(clause_said, text):
        found = KEPT.match(rest)
        if found is not None:
            return found.group().strip()
    return None


def sentence_after(clause_said: str, text: str) -> list[str]:
    """What each sentence of `text` holding the clause says after it, spelled (from the
    space that ends the clause)."""
    clause = spelled(clause_said)
    rests = []
    for sentence in re.findall(r"[^.!?]+", text):
        said = spelled(sentence)
        start = said.find(clause)
        if start >= 0:
            rests.append(said[start + len(clause) - 1:])
    return rests


# The agency named as where to go, then waved away in the words the sentence turns on
# straight after ("…would be the council's noise team, but they'll be closed now anyway,
# and they don't do a great deal"): the same waving away as in the agency's own clause
# (`waves_away`: "the council won't help you at this time of night", "the noise team will be
# closed", marked no signpost by blind authors over many sets), only said after a "but".
# Not when the sentence goes on to tell the caller how to reach it after all ("…, but they're
# shut now, so ring them on Monday"), nor when it turns round again (`waves_away`); "closed
# till Monday" alone says when it is shut, not how to reach it.
TURNED_AGAINST = re.compile(r"^ (?:but|though|although|however) ")
ROUTE_AFTER = re.compile(r" (?:ring|call|phone|contact|report|email|e mail|text|try|"
                         r"get in touch|get hold|speak to|talk to|go to|online|website|web|app|"
                         r"number) ")


def waved_after(clause_said: str, text: str) -> str | None:
    """The words, straight after a clause naming an agency, that wave it away after a "but"
    (`TURNED_AGAINST`), quoted; None when there are none or the caller is still told how to
    reach it (`ROUTE_AFTER`)."""
    for rest in sentence_after(clause_said, text):
        if TURNED_AGAINST.match(rest) is None or ROUTE_AFTER.search(rest) is not None:
            continue
        waved = waves_away(rest)
        if waved is not None:
            return waved
    return None


def waves_away(clause_said: str) -> str | None:
    """The words of a clause that say what an agency it names will not do, or that it is
    closed ("the council won't help you at this time of night", "the noise team will be
    closed now anyway"), quoted; None when there are none (`waved_away`)."""
    clause = PSEUDO.sub(" ", spelled(CLOSED_CONTRACTED.sub(" is", clause_said)))
    for found in [*WONT_HELP.finditer(clause), *CLOSED.finditer(clause)]:
        before = clause[:found.start()].split()
        if (before and before[-1] in SAID_OF_CALLER) or CONDITION_OPENERS.intersection(
                before[-5:]) or TERMINATORS.search(clause, found.end() - 1):
            continue
        return found.group().strip()
    return None


def without_other_waivers(clause: str) -> str:
    """The spelled clause without its waivers of something other than the advice
    (`WAIVED_OTHER`): "do not hang up there is no need to say anything just stay on the line"
    is read as "do not hang up there is just stay on the line", and its "no need" lifts
    nothing."""
    for found in reversed(overlapping(NOT_NEEDED, clause)):
        waived = WAIVED_OTHER.match(clause, found.end() - 1)
        if waived is not None:
            clause = clause[:found.start()] + clause[waived.end() - 1:]
    return clause


def lifted(reading: IntentReading, analysis: TurnAnalysis, *,
           permits: bool = True) -> str | None:
    """Why an advice reading the analysis took as the advice may be its opposite in so many
    words: the turn permits what the advice is against, or the clause says the advice is not
    needed, waves it away, or leaves it to the wish of the one advised ("if he wants to go
    out, that's fine"). A bare "you can" is not enough: "you can report it on their
    website" is how advice to go elsewhere is given (`BARE_MODALS`). Without `permits`, a
    permission in the clause ("you're fine to use the front room") is not enough either: it
    may permit something the advice is not against."""
    if reading.intent not in ADVICE:
        return None
    if reading.intent in permitted_against(analysis.text):
        return "the turn permits what the advice is against"
    waved = waved_away(reading)
    if waved is not None:
        return f"the clause names it only to wave it away ('{waved}')"
    clause = CONDITIONAL.sub(" ", without_other_waivers(PSEUDO.sub(" ", spelled(reading.clause))))
    allowed = next((m for m in overlapping(PERMISSION, unsafe(clause))
                    if permits and m.group().strip() not in BARE_MODALS), None)
    if allowed is not None:
        return f"the clause permits ('{allowed.group().strip()}')"
    own = next(iter(overlapping(LEAVE, clause)), None)
    if own is not None and not TELLS.search(clause[own.end() - 1:]):
        # "if you feel ok about it you could go next door": left to the caller, not advised
        return f"the clause gives leave ('{own.group().strip()}')"
    leave = carried_leave(reading, analysis.text)
    if leave is not None:
        return f"it goes on from leave given ('{leave}')"
    if needless_opposite(reading.intent, clause):
        return _trigger(clause, (DISMISSED, WISHED), "the clause lifts or permits")
    return _trigger(clause, (NOT_NEEDED, DISMISSED, WISHED), "the clause lifts or permits")


# How many words after "no need (for you) to" the thing needless stands.
_NEEDLESS_REACH = 4


def needless_opposite(intent: str, clause: str) -> bool:
    """Is what the clause says there is no need to do the advice's opposite ("no need for
    you to go round there": the advice not to confront, given by lifting its opposite)?"""
    opposite = OPPOSITE.get(intent)
    if opposite is None:
        return False
    for need in overlapping(NOT_NEEDED, clause):
        after = clause[need.end() - 1:].split()[:_NEEDLESS_REACH + 2]
        if opposite.search(" " + " ".join(after) + " "):
            return True
    return False


def carried_leave(reading: IntentReading, text: str) -> str | None:
    """The leave an advice clause goes on from, earlier in its sentence ("if you feel safe
    doing it you could knock on and ask him to turn it down": the asking is left to the
    caller's judgement, not advised); None when the clause opens by telling ("if you want
    to, stay in the bedroom")."""
    start = text.find(reading.clause)
    if start <= 0 or TELLS.match(_undiscoursed(reading.clause)):
        return None
    lead = spelled(re.split(r"[.!?]", text[:start])[-1])
    found = next(iter(overlapping(LEAVE, lead)), None)
    if found is None or TELLS.search(lead[found.end() - 1:]):
        return None
    return found.group().strip()


def _contrary_in_reach(reading: IntentReading, analysis: TurnAnalysis) -> list[IntentReading]:
    """The readings of the turn that could take back `reading`. Advice given to the caller
    as advice after its opposite ends the turn on the advice, and the caller acts on the
    last thing told ("his tools aren't worth getting hurt over, stay upstairs and don't go
    down"): only what is said from it on counts. Anything else ("we're not sorry, the stop
    was lawful", "you needn't bother with the RSPCA, they don't deal with this") is most
    often a reason or a follow-on of the opposite, read on its own: the whole turn counts."""
    readings = list(analysis.intents)
    if reading.intent in ADVICE and reading.act in ADVISING_ACTS and \
            reading.subject == "caller":
        start = next((i for i, r in enumerate(readings) if r is reading), 0)
        return readings[start:]
    return readings


def _trigger(clause: str, triggers: tuple[re.Pattern[str], ...], what: str) -> str | None:
    for trigger in triggers:
        found = trigger.search(clause)
        if found:
            return f"{what} ('{found.group().strip()}')"
    return None


def act_doubt(reading: IntentReading, analysis: TurnAnalysis) -> str | None:
    """A turn of the wrong kind for the intent: a statement where a question was needed, a
    question about the thing where the advice was needed, or no apology for an apology.

    Spoken questions come without their "?" and often behind a greeting ("police what's
    the address you're at"), so the act rule reads some as statements: a clause read as
    something other than a question is doubted only when nothing in it asks either."""
    intent, act = reading.intent, reading.act
    if intent in INTENTS_ASKED and act not in ASKING_ACTS and not asks_anywhere(
            reading.clause) and "?" not in analysis.text:
        return f"it was said as a {act}, not asked"
    if intent in ADVICE and act not in ADVISING_ACTS and not COMMAND.match(
            _undiscoursed(reading.clause)) and not (
            act == "question" and not asks_anywhere(reading.clause)
            and "?" not in analysis.text):
        # (read as a question with nothing in it that asks, spoken and unpunctuated: "police
        # if you can hear me but can't speak press 55" is the act rule's doubt, not the
        # advice's)
        return f"it was said as a {act}, not advised"
    if intent == "apology" and act != "apology":
        return f"it was said as a {act}, not an apology"
    return None


# A question about what has already been done, put to the caller: "have you asked them to
# turn it down?", "did you lock the back door?", "has anyone told you to stay in?".
DONE_ASKED = re.compile(r"^ (?:have|has|had|did) (?:you|he|she|they|anyone|anybody|someone|"
                        r"somebody|the \w+)(?: not)? ")


def asked_not_advised(reading: IntentReading) -> str | None:
    """Why an advice reading is only a question about what was done ("have you asked them
    to turn it down?"): it asks after the deed, and advises nothing (a blind assessor marked
    the advice not given); None otherwise. A request put as a question ("can you keep the
    door locked?") is advice, and is no such question."""
    if reading.intent not in ADVICE or reading.act != "question":
        return None
    found = DONE_ASKED.match(_undiscoursed(reading.clause))
    if found is None:
        return None
    return f"it asks what was done ('{found.group().strip()}'), advising nothing"


# What someone else will do, foretold: "they'll probably turn it down soon anyway", "he'll
# calm down once he's slept". (Not "he'll need to stay in", nor "it'd be worth locking up":
# advice said of the one advised, or of the deed.)
# So too what the police will do, said by the handler as "we" ("tell him we'll get someone
# out to him to take details": v30, passed on through an interpreter, marked no safety
# advice), the handler's own part of staying on the line aside (`HANDLERS_OWN`).
# So too what the officers will do or want, said of them ("officers will want that", "the
# officers can look at that": two blind authors marked no advice to keep the evidence);
# "officers will want you to leave it" and "they'll want to see it as it is" ask it of the
# caller through them, and advise.
FORETOLD = re.compile(r"^ (?:(?:great|good|lovely|brilliant|perfect|fine|thanks|thank you) )?"
                      r"(?:he|she|they|we|(?:the )?(?:police )?officers?|(?:the )?police|"
                      r"forensics|(?:the )?csi|someone|somebody) "
                      r"(?:will|would|might|may|could|can|is going to|are going to)"
                      r"(?: (?:probably|just|likely|soon|definitely|also))? "
                      r"(?!(?:need|have to|have got to|be best|be better)\b|"
                      r"want (?:to|you|it left|it kept)\b)")
# What someone else has done, reported: "forensics have finished with it", "the officers
# have been now", "they've got what they need". A deed done advises the caller nothing, and
# said of the scene it is most often the leave to put it right (v35: "You can open the van
# up and use it now, forensics have finished with it", heard as keeping the scene). No clause
# of any development author's advice opens so: the advice says what the caller is to do
# till then ("don't touch it until forensics have been").
REPORTED = re.compile(r"^ (?:(?:right|ok|okay|so|and|well|now|good|great|lovely|thanks) )*"
                      r"(?:he|she|they|(?:the )?(?:police )?officers?|(?:the )?police|forensics|"
                      r"(?:the )?csi|(?:the )?forensic (?:officer|officers|team|lady|man|people)|"
                      r"someone|somebody) (?:have|has|had) (?:(?:now|already|just|all) )?"
                      r"(?:finished|done|been|got|taken|photographed|dusted|seen|checked|"
                      r"looked|had)(?= )"
                      # the examiner said by what they do, the "'s" of "has" lost in
                      # spelling: "the fingerprint lady's finished" (v38; v35's "forensics
                      # have finished with it" is the same report)
                      r"|^ (?:(?:right|ok|okay|so|and|well|now|good|great|lovely|thanks) )*"
                      r"(?:the |your )?(?:fingerprint|forensic|forensics|scene|scenes of crime|"
                      r"csi|crime scene) (?:\w+ )?(?:lady|man|woman|bloke|fella|guy|officer|"
                      r"officers|team|people|person|examiner|investigator|investigators)"
                      r"(?: (?:has|have|had|is|are))? (?:(?:now|already|just|all) )?"
                      r"(?:finished|done|been)(?= )"
                      # where the one feared has gone, said back to the caller ("so he's gone
                      # away from the door then, that's good", v40; "right, he's gone
                      # downstairs, so that's good", v33; "well that's good if he's gone
                      # downstairs", v12: the handler remarks on his move and tells her
                      # nothing), the "'s" spelled "is"
                      r"|^ (?:(?:right|ok|okay|so|and|well|now|good|great|lovely|thanks) )*"
                      r"(?:he|she|they) (?:is|are|has|have|had) (?:(?:now|already|just) )?"
                      r"(?:gone|left|moved|walked off|run off|backed off)(?= )")
# The advice on the caller's own conduct: a signpost says what an agency will do ("they'll
# be the ones to sort it" sends the caller to them).
CONDUCT = frozenset({"safety_advice", "scene_preservation", "crime_prevention",
                     "stay_on_line", "silent_solution"})


# Words told to be passed on, through an interpreter or a third person: "tell him (that)…",
# "can you let her know…". What is passed on is judged as if said to the caller: "tell him
# someone will be out to see him" foretells, as "someone will be out to see you" does.
RELAYED = re.compile(r"^ (?:(?:please|just|can you|could you|will you|would you) )*"
                     r"(?:tell|let) (?:him|her|them)(?: know)?(?: that)? ")


def foretold(reading: IntentReading) -> str | None:
    """Why advice on the caller's conduct is only what someone else will do, foretold
    ("they'll probably turn it down soon anyway": a blind assessor marked no advice not to
    confront them given), said to the caller or passed on to them (`RELAYED`); None
    otherwise."""
    if reading.intent not in CONDUCT:
        return None
    clause = _undiscoursed(reading.clause)
    relayed = RELAYED.match(clause)
    if relayed is not None:
        clause = clause[relayed.end() - 1:]
    done = REPORTED.match(clause)
    if done is not None and not TELLS.search(clause, done.end() - 1):
        return f"it reports what others have done ('{done.group().strip()}'), advising nothing"
    found = FORETOLD.match(clause)
    if found is None or TELLS.search(clause, found.end() - 1):
        # ("officers will be there soon so keep the door locked" goes on to advise)
        return None
    if found.group().split()[0] == "we" and reading.intent in HANDLERS_OWN:
        return None  # "we'll stay on the line with you": the handler's own part, done
    return f"it foretells what others will do ('{found.group().strip()}'), advising nothing"


# The advice an item asks for, when it is to stay put: "stay in the room", "stay inside
# with his family", "not to go out" (the item's description and feedback, spelled).
STAYS_PUT = re.compile(r" (?:stay|stays|remain|keep) (?:in|inside|indoors|upstairs|put|where)"
                       r" | not (?:to )?(?:go|going) (?:out|outside|down|downstairs|round) ")
# Telling the caller to leave the place they are kept safe in: "could you get out the front
# door", "go to a neighbour's", "leave the house", "open the door".
LEAVES = re.compile(r" (?:get|getting|go|going|head|run|climb|make a run|sneak|slip) "
                    # (not a matter getting "out of hand" or "out of control": no one goes)
                    r"(?:out(?! of (?:hand|control))|outside|downstairs|next door|over to|"
                    r"round to|to (?:a|the|your|"
                    r"his|her) neighbour)"
                    r"| leave (?:the|your|his|her) (?:house|room|flat|property|home|bedroom) "
                    r"| open (?:the|your|his|her)(?: front| back| bedroom)? door ")
# Leave to go once the police are there is the advice's own end ("when they say police you
# can open the door", "he can go down to let them in"), not advice against it.
POLICE_THERE = re.compile(r" (?:police|officers?|they say|let them in|they are there|"
                          r"they get there|they arrive) ")
LEAVE_FORBIDDEN = re.compile(r" (?:do not|not|never|no need to|must not|should not|"
                             r"would not|try not to|no|no need for (?:you|him|her|them) to)"
                             r" (?:\w+ ){0,2}$")


def turn_leaves_against(reading: IntentReading, analysis: TurnAnalysis,
                        naming: str) -> str | None:
    """Why safety advice heard in a turn is in doubt when any clause of that turn tells the
    caller to leave where the item's advice is to stay put (`leaves_against`), not only the
    clause the advice was heard in: "while he's downstairs, if you can get to the kids'
    room, grab them and get out the front door" (v45, the kids' room heard as the advice)
    and "if you can get out of the flat safely, go to a neighbour's" beside "you don't
    have to stay in there" (v46) tell the caller what the item exists to stop, whichever
    clause the analysis placed the intent in. The caller acts on the whole turn."""
    if reading.intent != "safety_advice" or reading.polarity != "affirm":
        return None
    own = leaves_against(reading, naming)
    if own is not None:
        return own
    for act in analysis.acts:
        if act.clause == reading.clause:
            continue
        other = leaves_against(IntentReading(reading.intent, reading.confidence, "affirm",
                                             reading.subject, act.clause, reading.phrase,
                                             reading.score, act.kind), naming)
        if other is not None and not _put_off(act.clause):
            return other.replace("it tells the caller", "its turn tells the caller", 1)
    return None


# Words that put the leaving off till the danger has passed ("and if he wants to go out
# after they've gone that's fine"; `scoring.marking.waits` for leave), within a few words.
LATER = re.compile(r" (?:after|once|when|whenever|until|till|as soon as|later) ")
LATER_REACH = 6


def _put_off(clause: str) -> bool:
    """Does the clause's leaving (`LEAVES`) wait till later (`LATER`)?"""
    told = spelled(clause)
    found = LEAVES.search(told)
    if found is None:
        return False
    after = told[found.end():].split()[:LATER_REACH]
    return LATER.search(f" {' '.join(after)} ") is not None


def leaves_against(reading: IntentReading, naming: str) -> str | None:
    """Why safety advice heard in the turn tells the caller to do the opposite of what the
    item asks: the item's advice is to stay put (`STAYS_PUT`, its description and feedback)
    and the clause tells them to leave (`LEAVES`: "could you get out the front door and go
    to a neighbour's?" to a caller barricaded upstairs). It carries the intent, safety, but
    its advice is the danger the item exists for (three development authors' weak calls
    advised so, marked no safety advice); None otherwise."""
    if reading.intent != "safety_advice" or reading.polarity != "affirm":
        return None
    stays = STAYS_PUT.search(spelled(naming))
    clause = spelled(reading.clause)
    if stays is None or POLICE_THERE.search(clause):
        return None
    for found in LEAVES.finditer(clause):
        if LEAVE_FORBIDDEN.search(clause[:found.start() + 1]) is None:
            return (f"it tells the caller to leave ('{found.group().strip()}'), where the "
                    f"item's advice is to stay put")
    return None


def _undiscoursed(clause: str) -> str:
    """The spelled clause without the discourse words it opens with ("and", "so", "ok")."""
    return DISCOURSE.sub(" ", spelled(clause), count=1)


def asks_anywhere(clause: str) -> bool:
    """Does anything in the clause ask: a "?", a question's form, or a question word
    anywhere in it ("hiya, don't worry about which number, what's the address")?"""
    return "?" in clause or (is_question(clause) and not TOLD_NOT.match(spelled(clause))) \
        or ASKING_WORD.search(spelled(clause)) is not None


# Words that ask after someone besides the caller and the one they called about: anyone
# else, the children, whoever lives there, or whether the caller is on their own.
OTHERS_ASKED = re.compile(
    r" (?:any ?(?:one|body)|some ?(?:one|body)|else|who|whom|people|persons?|others?|"
    r"kids?|kiddies|children|child|little (?:ones?|uns?)|bairns?|babies|baby|sons?|"
    r"daughters?|family|vulnerable|just|only|alone|own) ")


def others_unnamed(reading: IntentReading) -> str | None:
    """Why a question heard as asking who else is in the house may not ask it: it was read
    as about the suspect, and names nobody else ("does he live there with you?", "is he
    staying with you at the minute?"): it asks after him, not after children or anyone
    else present (`children_present`, the definitions). None otherwise."""
    if reading.intent != "children_present" or reading.subject != "suspect":
        return None
    if OTHERS_ASKED.search(spelled(reading.clause)) is not None:
        return None
    return "it asks about the suspect, and names nobody else in the house"


def subject_doubt(reading: IntentReading) -> str | None:
    """A question read as about the caller that names someone else ("what's your husband's
    date of birth?" read as the caller's own)."""
    if reading.intent not in INTENTS_ASKED or reading.subject != "caller":
        return None
    found = SOMEONE_ELSE.search(spelled(reading.clause))
    if found is None:
        return None
    return f"it was read as about the caller, but names '{found.group().strip()}'"
