"""`Understanding`: one scenario's analyser of trainee turns (see the package docstring)."""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Protocol

import numpy as np

from scoring.intents import FORCE_NAME_WORD, NONE, IntentMatch, clauses
from scoring.truth import World
from scoring.understanding import readbacks, tap_codes
from scoring.understanding.acknowledgements import explains, noted_only, notes, put_as_question
from scoring.understanding.acts import (
    GREETING,
    REASSURANCE,
    REQUEST,
    SYMPATHY,
    act_of,
    asks_caller_to,
    contrasted,
    gives_a_reference,
    gives_leave,
    handlers_own_need,
    lets_caller_off,
    main_act,
    orders,
    others_need_not,
    recalls_own_order,
    says_back_a_reference,
    still_stands,
    tells_before_comfort,
    tells_caller,
    turn_act,
)
from scoring.understanding.agencies import (
    agency_told_nothing,
    for_an_agency,
    not_for_an_agency,
    not_sent_to_an_agency,
    told_to_contact_agency,
    told_to_contact_named_agency,
)
from scoring.understanding.analysis import (
    Act,
    ActKind,
    Context,
    IntentReading,
    ReadBack,
    TurnAnalysis,
)
from scoring.understanding.asked_after import INTENT as CHILD_ASKED
from scoring.understanding.asked_after import PHRASE as CHILD_PHRASE
from scoring.understanding.asked_after import child_asked_after
from scoring.understanding.asked_in_topic import PHRASE as PUT_AS_PHRASE
from scoring.understanding.asked_in_topic import question_in_topic
from scoring.understanding.caller_choice import choices_not_advice
from scoring.understanding.callers_reading import caller_reads
from scoring.understanding.check_results import results_not_read_back
from scoring.understanding.checked_in_words import checked_in_words
from scoring.understanding.clause_form import (
    announces_read_back,
    asked_aside,
    carried,
    core_of,
    declines,
    for_the_caller,
    goes_on_from,
    handler_will_do,
    on_its_way,
    promises,
    summary,
    wh_question,
    withholds,
    without_saying_again,
)
from scoring.understanding.deeds import PHRASE as DEED_PHRASE
from scoring.understanding.deeds import deed_of, room_advice
from scoring.understanding.failings import failings_apologised_for
from scoring.understanding.follow_on import CONFIDENCE as FOLLOW_ON_CONFIDENCE
from scoring.understanding.follow_on import (
    apposition,
    follows_on,
    fragment,
    leans,
    topic_of,
)
from scoring.understanding.grounds import (
    done_by_caller,
    grounded_waiver,
    no_read_back_in_grounds,
)
from scoring.understanding.grounds import explains as gives_grounds
from scoring.understanding.heard_names import HeardNames
from scoring.understanding.in_danger import advice_for_danger
from scoring.understanding.key_words import (
    carried_candidates,
    says_what_it_is_about,
    with_key_words,
)
from scoring.understanding.known_to_caller import PHRASE as KNOWN_PHRASE
from scoring.understanding.known_to_caller import asks_how_known
from scoring.understanding.left_out import left_out
from scoring.understanding.named_first import THING_NAMED, intent_named_first
from scoring.understanding.noted_back import (
    as_noted,
    closed_by_acknowledgement,
    invites_correction,
    noted_details,
    noted_summary,
    without_acknowledgement,
)
from scoring.understanding.occasions import INTENT as EARLIER_ASKED
from scoring.understanding.occasions import PHRASE as EARLIER_PHRASE
from scoring.understanding.occasions import earlier_occasion
from scoring.understanding.officers_asked import officers_asked_not_advice
from scoring.understanding.on_the_way import deed_read_with_its_way, no_way_as_advice
from scoring.understanding.phone_kept import kept_for_a_call
from scoring.understanding.place_put_back import place_put_back
from scoring.understanding.polarity import (
    ADVICE,
    FORBIDS,
    INTENTS_ASKED,
    INTERPRETER_LET_GO,
    MOVED_AWAY,
    NOT_NEEDED,
    PERMISSION,
    PROHIBITION,
    PSEUDO,
    REFUSAL,
    asks,
    carried_through,
    examined_already,
    in_scope,
    is_tag_question,
    permitted_against,
    polarity,
    without_name_after,
)
from scoring.understanding.polarity import (
    JUST_ORDER as _JUST_ORDER,
)
from scoring.understanding.qualifiers import only_frames, without_qualifiers
from scoring.understanding.reasons import inverted, reasons_for_refusal
from scoring.understanding.recalled import recalled_then_lifted
from scoring.understanding.reference_back import reference_said_back
from scoring.understanding.sentences import DIMENSION
from scoring.understanding.sound_alike import SoundAlike, heard_better
from scoring.understanding.staying_put import (
    brought_on_not_the_line,
    staying_put_not_the_line,
    still_there_not_present,
)
from scoring.understanding.step_carried_on import carried_on, listed_after
from scoring.understanding.steps_with_caller import reaches_caller
from scoring.understanding.subjects import People, Someone
from scoring.understanding.tag_questions import question_put
from scoring.understanding.tagged_summary import tagged_summary
from scoring.understanding.tap_codes import SILENT_SOLUTION, signals_need_or_presence
from scoring.understanding.trained import (
    CONSIDERED,
    UNDOUBTED,
    SecondOpinion,
    act_features,
    shipped,
    verify_features,
)
from scoring.understanding.waived_detail import reasons_not_read_back
from scoring.understanding.waivers import (
    ACCOUNT,
    ASKED_BY_WORD,
    READ_BACK_WAIVED,
    WAIVER,
    Waiver,
    named_by_asking,
    parts_of,
    read_out_first,
    run_on_after,
    waived_read_back,
    waiver,
    wanted_of,
    yours_of,
)
from scoring.understanding.wording import spelled
from scoring.understanding.written_there import where_written

VERSION = "understanding/2"
# Confidence: a logistic of the score's distance from the threshold, fitted (Platt
# scaling) on the development sets' readings: of readings given 0.8, about 80% were right.
# Readings just over the threshold are right less than half the time (bias < 0).
CONFIDENCE_SLOPE = 19.6
CONFIDENCE_BIAS = -1.42
_DIGIT = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|\d+)"
_DIGITS_PAUSE = re.compile(rf"\b({_DIGIT})\s*[,.]\s*(?={_DIGIT}\b)", re.IGNORECASE)
NEAR_FLOOR = 0.25  # runners-up below this are not worth naming
# Discourse words that open a clause and say nothing about what is asked.
READBACK_PHRASE = "(read-back of the {kind})"
SUMMARY_PHRASE = "(read back: the turn as a whole)"
FORM_READBACK_PHRASE = "(read back, by the turn's form)"
# How far below the matcher's threshold a clause said as a read-back may resemble the
# library's read-backs and still be one ("Eastbound, past the services?")
READBACK_MARGIN = 0.1

_BARE_SORRY = re.compile(r" (?:i am |i )?(?:so |really |very |truly )*sorry (?:about that )?$")
# A name or an endearment said to the caller closing a clause: "…, love", "…, Sanjay",
# "…, Mrs Whitfield" (capitalised, so typed: recognised speech keeps "love" alone).
_ADDRESSED_AFTER = re.compile(r"[\s,]+(?:love|mate|sir|madam|pal|darling|hun|sweetheart|duck|"
                              r"pet|petal|(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?[A-Z][a-z]+)\W*$")
# ("sorry to keep you waiting" apologises for the wait: every author who wrote it, v31, v34
# and acts_k, labels it an apology)
_NOT_AN_APOLOGY = re.compile(
    r" sorry (?:to hear|can you|could you|what|did you|i did not catch|i just need|"
    r"one moment|one second|just a|hold on|to interrupt|say that again|pardon|"
    r"repeat|i missed|you broke)")
_FAILED = re.compile(
    r" (?:nobody|no one|was not|were not|did not|has not|have not|had not|not good enough|"
    r"should have|let you down|mistake|delay|wait|waiting|missed|never|not acceptable|"
    r"failed|wrong|too (?:quick|quickly|fast)|over you|across you|cut you off) ")
_HARD_TIMES = re.compile(r" (?:hear|must be|awful|terrible|horrible|hard|scary|frightening|"
                         r"upsetting|difficult|loss|passed away) ")
# Intents the handler asks for (not advice, not something the handler does).
ASKING = frozenset(INTENTS_ASKED)
_NOT_OFFENDERS = frozenset({"missing_person", "relative", "child", "casualty", "victim"})
# People the caller does not know, unnamed: "them", "anyone", "whoever it was".
_UNKNOWN_PEOPLE = re.compile(r" (?:them|anyone|anybody|someone|somebody|whoever|"
                             r"(?:the|these|those) (?:people|lads|men|youths|blokes)) ")
# One person, known: "her", "him", "his", a name said (left to whom it resolves).
_ONE_PERSON = re.compile(r" (?:he|him|his|she|her|hers) ")
# An order: "don't pick anything up", "stay in the house", "keep the door locked".
# (not "go on then, what happened?": a prompt to speak, then the question)
_TELLS = re.compile(r" (?:please |just |now )?(?:do not|never|stay|keep|lock|leave|get|"
                    r"go(?! (?:on|ahead)(?: then)? (?:what|where|when|who|how|which|tell|and) )"
                    r"|move|put|close|shut|wait|press|tap|make sure|try not) ")
# A tap code whose condition is the question: "tap once if he's in the room with you" asks
# whether he is, as "is he in the room? tap once if he is" does (no order to tap for its own
# sake: "tap once if you can hear me" is read as the silent solution it resembles).
# (not a condition cut short, whose question is the one before it: "Has he threatened you?
# Tap once if he has.")
_TAP_IF = re.compile(r" (?:please |just |now )?(?:tap|press|cough|knock)\w* (?:\w+ )?"
                     r"(?:once|twice|one|two)(?: times?)? if (?!(?:\w+ )?(?:is|are|was|were|has|"
                     r"have|had|did|does|do|can|could|will|would|so|yes|not)(?: not)? $)")
# Sorry for what the service did or did not do: "I'm sorry the response wasn't better".
_SERVICE_SORRY = re.compile(r" (?:sorry|apologies|apologise) (?:that |for |about )?(?:the |we |"
                            r"our |nobody |no one |no 1 |it |this |you have been |you were |"
                            r"you had |"
                            r"your call |you got |you have had |your )(?:\w+ ){0,6}(?:did not|"
                            r"was not|were not|has not|have not|had not|never|kept you|dropped|"
                            r"let you|wait|waiting|better|fault|go anywhere|get anywhere|passed|"
                            r"should have|took|taking|not good|no one|nobody|hanging|ignored|"
                            r"missed|sat on|led nowhere|went nowhere|(?:had )?to (?:ring|call|"
                            r"chase|go over|repeat)"
                            # the matter left to drag: "I'm sorry this has dragged on" (v13, v45)
                            r"|dragged|dragging|dragged on)"
                            # "sorry nobody ever gave you a name": left undone by everyone
                            r"| sorry (?:that )?(?:nobody|no one|no 1) ")
# The handler's own asking or manner, owned with no "but": "sorry I have to ask you all
# this", "sorry, I talked over you there" (not "sorry, but I have to ask everyone this",
# which says why it must be asked; nor the library's "sorry to keep asking", a courtesy).
# (or the caller kept waiting, or cut across without meaning to: "sorry to keep you, Dawn",
# v46, as "sorry to keep you waiting" is, v31, v34; "apologies, I didn't mean to cut across
# you", v45, as "sorry, I talked over you" is)
_OWN_CONDUCT = (r"(?:(?:i|we) (?:am|are|have been|keep|kept|have to|had to|need to|must)"
                r"(?: \w+)? (?:ask\w*|keep\w* asking)"
                r"|(?:i|we) (?:(?:did not|never) mean to |did not want to )?"
                r"(?:talked|talk|spoke|cut|interrupted|kept interrupting|interrupt)"
                r"(?: (?:over|across|in on))? you"
                r"|to (?:have )?(?:keep|kept) you"
                r"(?! (?:safe|informed|updated|posted|on the line)))")
_OWN_CONDUCT_SORRY = re.compile(rf" (?:sorry|apologies) (?:that )?(?:(?!but\b)\w+ ){{0,3}}?"
                                rf"{_OWN_CONDUCT}")
_OWN_CONDUCT_AFTER = re.compile(rf" *{_OWN_CONDUCT}")
# The fault owned: "that's my fault", "it was our mistake" (not "it's not my fault").
_FAULT_OWNED = re.compile(r" (?:that|it|this) (?:is|was) (?:all |entirely |completely )?"
                          r"(?:my|our) (?:own )?(?:fault|mistake|error) ")
FORM_PHRASE = "(said as {act}, by its form)"
# A waived question said with a verb of telling ("no need to tell me about the traffic")
# may trail the best of the other readings of its topic by this much.
WAIVED_MARGIN = 0.08
# Something set against a door, or taken away from it: a barricade.
# (not keys kept away from the door, which is crime prevention)
_BARRICADE = re.compile(r" (?:(?:against|from behind|in front of|under) |" + MOVED_AWAY + ")"
                        r"(?:the |your )?(?:\w+ )?(?:door|handle)s? ")
# Getting in touch with an agency (the definitions' signpost): "go to the housing office",
# "ring Citizens Advice", "contact the council".
_TO_AGENCY = re.compile(r" (?:go|going|ring|ringing|call|calling|phone|phoning|contact|"
                        r"contacting|report it|email|write|"
                        # "get on to the council", "get in touch with Victim Support",
                        # "take it up with the landlord"
                        r"get(?:ting)? (?:on|onto|in touch with|hold of)|speak(?:ing)? to|"
                        r"talk(?:ing)? to|tak(?:e|ing) (?:it|this|that) up with|report(?:ing)? "
                        r"(?:it|this|that) to) (?:to |round to |on to )?(?:\w+ ){0,2}"
                        r"(?:council|111|nhs|rspca|housing|highways|victim support|citizens "
                        r"advice|landlord|ombudsman|environment agency|environmental health) ")
# The caller told they are safe or unhurt: "it's okay, you're safe now", "I'm glad you're
# not hurt" (a question would ask it: "are you safe?", "you're not hurt, are you?").
_TOLD_SAFE = re.compile(r" (?:(?:it is|that is) (?:ok|okay|all right|alright) )?(?:i am glad )?"
                        r"(?:you are|your|you re) (?:safe|ok|okay|all right|alright|not hurt)")
PERMITTED_PHRASE = "(permits what the advice is against, by its form)"
FORM_CONFIDENCE = 0.6
# Asking the caller to say it again: "sorry, can you say that again? The line's bad".
_PARDON = re.compile(r" (?:say that again|say again|repeat that|repeat what|pardon|what was that|"
                     r"did not catch|did not hear|missed that|you broke up|breaking up|"
                     r"line is (?:really |very )?bad|bad line"
                     # a detail asked for again: "sorry, could you say the postcode again"
                     # (v30, as "…, can you say the street again?", v-sets since v6)
                     r"|(?:say|tell me|give me|repeat|spell) (?:\w+ ){1,4}again) ")
# A question by its form: an auxiliary then who it asks about ("did you see…", "has anyone
# threatened you", "do you need anything else") or a typed "?" ending it.
_ASKED_OF = re.compile(r"(?: (?:and|so|ok|right|now|well|then|also|sorry))* (?:(?:is|was|has|does) "
                       r"(?:he|she|it|there|anyone|anybody|someone|somebody|the|your|his|her|"
                       r"their)|(?:are|were|did|can|could|will|would|should) (?:you|he|she|"
                       r"they|it|there|anyone|anybody|someone|somebody|we|the|your|his|her|"
                       r"their)|(?:do|have|had) (?:you|he|she|they|there|anyone|anybody|someone|"
                       r"somebody|we)) ")  # ("have it out with them", "do the dishes": orders)
# An apology's own words: without one in the turn, no apology ("so it was PC 2417"
# resembles "I'm not in a position to apologise for PC 2417" in all but the deed; "I
# apologise for the confusion, that was our mistake" apologises in both clauses).
# An apology said not to be owed or not to be given: "there's no apology owed", "I don't
# think an apology is due", "that's an apology I can't give you" (not "I'm sorry, there's
# no one free": "sorry" there is said).
_APOLOGY_DENIED = re.compile(r" (?:no|not|never)(?: \w+){0,4} apolog\w* | apology (?:\w+ ){0,3}?"
                             r"(?:i|we) (?:can not|will not|could not|am not going to|are not "
                             r"going to) ")
_REFUSED_SORRY = re.compile(r" (?:not|never|no|will not|can not) (?:\w+ ){0,3}(?:sorry|apolog\w*) ")
_APOLOGY_WORD = re.compile(r"\b(?:sorry|apologi[sz]\w*|apolog(?:y|ies)|regret\w*|forgive)\b",
                           re.IGNORECASE)
# Leaving the choice to the caller: "it's completely up to you" (no comfort in it).
_CHOICE = re.compile(r" (?:(?:and|but|so|honestly|really) )*(?:it is |that is |it will be )?"
                     r"(?:entirely |completely |totally |really |all |just )?(?:up to you|your "
                     r"(?:choice|decision|call))(?: really| though| entirely)? ")
# Whose the matter is, said as a remark of someone named before: "that's down to them"
# ("down to them" resembled "don't go down to them", safety advice, v52's non-police call;
# an agency named, "that's one for the council", may direct the caller to it: not here).
_THEIRS_TO_DO = re.compile(r" (?:(?:and|but|so|well|yeah|ok) )*(?:that is|it is|that will be|it "
                           r"will be|that would be|that one is)(?: (?:all|entirely|really|just|"
                           r"completely))? (?:down to|up to|a matter for) (?:them|him|her)"
                           r"(?: (?:really|now|though|then))? ")
# A statement's opening: a subject, then its verb ("your crime reference is…", "there's…").
_DECLARED = re.compile(r" (?:(?:so|and|right|ok|well|now) )*(?:your|my|our|his|her|their|the|this|"
                       r"that|it|there|he|she|they|we|i)(?: \w+){0,2} (?:is|are|was|were|has|"
                       r"have|had|will|s) ")
_NO_SYMPATHY = re.compile(r" sorry (?:that |if )?you (?:feel|think|see it|are upset|took it) ")
# Someone having or using a vehicle: "have they got a car with them?", "did he have a van?",
# "were they in a car?", "does she drive a car?"
_HAS_VEHICLE = re.compile(r" (?:got|have|has|had|drive|drives|drove|driving|use|uses|using|in|"
                          r"with) (?:a|an|any|some|the|their|his|her) (?:\w+ )?(?:car|cars|van|"
                          r"vans|vehicle|vehicles|motorbike|bike|lorry|truck|motor) ")
VEHICLE_PHRASE = "(someone's vehicle asked after, by its form)"
_CARRIED = re.compile(r"^\(\w+, again\)$")  # a follow-on's phrase (`_read`)
# "sorry, but…", "sorry, Mrs Whitfield, but…": a name said to the caller between them
_SORRY_BUT = re.compile(r"\bsorry\b(?:\W{1,3}(?:(?:mr|mrs|miss|ms|dr)\.?\s+)?[A-Z]\w+)?\W{0,3}"
                        r"\bbut\b", re.IGNORECASE)


class PhraseMatcher(Protocol):
    """What the analyser needs from a matcher: the best intents for one clause."""

    threshold: float

    def ranked(self, clause: str) -> list[IntentMatch]: ...


# Where a deed's words run on into its reason or its time, unpunctuated: the caller
# addressed, then more ("… love the ambulance crew have got her"), or a time or condition
# ("… once the officers are at the door").
_DEED_RUNS_ON = re.compile(r" (?:love|mate|pal|darling|sweetheart|hun|sir|madam)(?= \w+ \w)"
                           r"| (?:once|when|now that|because|cos|as soon as) ")
# The caller addressed before an order run on after a waiver ("…mate just stay put").
_ADDRESSED_FIRST = re.compile(r"^(?:(?:love|mate|pal|darling|sweetheart|hun|hen|pet|sir|madam|"
                              r"(?:mr|mrs|miss|ms|dr) \w+|now|right|ok|okay) )+", re.IGNORECASE)
def _ordered_after_waiver(main: ActKind, acts: list[Act]) -> bool:
    """Is the turn's instruction an order run on after a waived topic ("i wont ask your date
    of birth just keep the line open"), whatever the learnt model makes of the waiver?"""
    return main in ("statement", "greeting") and any(
        a.kind == "instruction" and _ordered_on(a.clause) for a in acts)


def _ordered_on(clause: str) -> bool:
    """Did unpunctuated speech run on after a waived topic into an order ("…your date of
    birth | just keep the line open")?"""
    then = run_on_after(clause)
    return bool(then) and bool(_RUN_ON_ORDER.match(spelled(_ADDRESSED_FIRST.sub("", then))))


# An order opening what speech ran on into ("just keep the line open", "just ask him to keep
# the video"): the verbs `waivers` cuts a run-on topic before.
_RUN_ON_ORDER = re.compile(r" (?:(?:just|now|but|please) )*(?:stay|keep|ask|let|make sure|go|"
                           r"get|hold|wait|listen|lock|put|try|leave|shut|close|do not|never|"
                           r"press|tap|move) ")


# A thing listed after another with its "and" lost where the cutter joined a short part on
# ("just your name | and a number" is read "just your name a number"): a new noun phrase
# opens at its article, not after a preposition ("the colour of his car" is one).
_NEXT_THING = re.compile(r"(?<!\bof)(?<!\bfor)(?<!\bwith)(?<!\bto)(?<!\bin)(?<!\bon)"
                         r"(?<!\babout)\s+(?=(?:a|an|your|his|her|their|the) )")


# (or a second detail straight after a first, sharing its article: "just your name | and
# number" is read "just your name number", v48; "your name and address")
_NEXT_DETAIL = re.compile(r"(?:(?<=\bname)|(?<=\bnumber)|(?<=\baddress)|(?<=\bpostcode)|"
                          r"(?<=\bbirth)|(?<=\bmobile)|(?<=\bemail))\s+"
                          r"(?=(?:number|address|postcode|date of birth|mobile|email|name)\b)")
_ARTICLE = re.compile(r"^(?:a|an|your|his|her|their|the) ")


_JUST_YOURS = re.compile(r" just yours ")


def _listed(asked: str) -> list[str]:
    """The things a request after a waiver lists with its "and" lost, each on its own (a
    detail without an article shares the first's: "your name number" is "your number")."""
    parts = [p.strip() for part in _NEXT_THING.split(asked) for p in _NEXT_DETAIL.split(part)
             if p.strip()]
    if len(parts) < 2:
        return []
    first = _ARTICLE.match(parts[0])
    return [p if first is None or _ARTICLE.match(p) else first.group() + p for p in parts]


# How much nearer a negative said as a remark may be than the question put after a waiver
# (`Understanding._asked_past_a_negative`): v39's "just tell me where she is on the road" is
# 0.06 further from the question than from "it's off the road".
_REMARK_MARGIN = 0.1
# What is wanted in place of a question waived just before, named after "just" or "only":
# "…, just what he looked like", "…, just your name" (v35, v36: two authors; the
# definitions' "a request put after the waiver is still asked").
_WANTED_INSTEAD = re.compile(r" (?:(?:and|but|so) )?(?:just|only) (?:what|where|when|who|how|"
                             r"which|whereabouts|whether|your|his|her|their|the|a|an|yours) ")
# A thing wanted named as any of its kind, or the caller's own of the thing waived ("…, just
# a contact number please", v12, v50 and training's j and k; "…, just yours"): asked, in a
# clause of its own, whatever act it was read as (a thing named so gives no reason; "…,
# just where the car is" may, held-back o).
_WANTED_ANY = re.compile(r" (?:(?:and|but|so) )?(?:just|only) (?:a|an|yours) ")
# What a statement closed by a tag does not do, whatever its words resemble: it asks, so it
# comforts and apologises for nothing ("You're alright in English, aren't you?").
_NOT_BY_TAG = frozenset({NONE, "reassurance", "apology"})
# A name spelt, said by a pronoun or by the name alone ("spell it for me", "spell adeyemi
# again", "spell Pickering"; not "spell your surname", "spell the street", which name it).
_NAME_SPELT = re.compile(r" spell(?:ing)? (?:it|that|\w+(?= (?:again|for me|out|mate|love|$)))"
                         r"(?: again| for me| out)* (?:(?:mate|love|please|for me) )*$")
SPELT_NAME = "your name"
# The caller asked to hold on: "just hold on", "hold on for me a second".
_JUST_HOLD_ON = re.compile(r" (?:just (?:hold|hang) on|(?:hold|hang) on (?:for me|a (?:second|sec|"
                           r"moment|minute|mo)|one (?:second|moment|minute)))(?= |$)(?! to )")
HOLD_ON_PHRASE = "(the caller asked to hold on)"
# A matter handed to the police: "leave that with us", "just leave it to the officers".
_LEFT_TO_US = re.compile(r" (?:(?:so|and|just|please) )*leave (?:it|that|this|them|all that) "
                         r"(?:to|with) (?:us|me|the police|the officers) $")
# The caller doing it themselves: "… yourself", "… on your own".
_YOURSELF = re.compile(r" (?:yourself|yourselves|on your own) ")
# The caller forbidden to go somewhere or after someone: "don't go round there", "please
# don't go driving round", "don't drive over there".
_FORBIDDEN_GOING = re.compile(r" (?:do not|never|please do not|best not|better not|try not to) "
                              r"(?:\w+ )?(?:go|going|drive|driving|head|heading|walk|run|"
                              r"chase|chasing|follow|following)\b")
# Going out or down to look at something: "go back outside to look at the window", "pop
# down and check on the van".
_GOING_TO_LOOK = re.compile(r" (?:go|going|come|coming|pop|popping|nip|nipping|head|heading)"
                            r"(?: back)? (?:out|outside|down|downstairs|round|over|out there)"
                            r"(?: there)? (?:to|and) (?:have a look|take a look|look|check|see|"
                            r"inspect)")
# A waived topic that names no thing, or runs on into an order: "anything just tap".
_NO_THING_NAMED = re.compile(r" (?:just|anything|something|everything|nothing) ")


# A need denied or a thing put aside in the clause's own words ("you needn't describe him",
# "you don't need to tap again", "forget 111"), not a negation read from a quote ("go back
# to Pakistan. I've written that down": v14, a note, still a summary).
_LET_OFF = re.compile(r" (?:(?:do|does|will|would|did) not (?:\w+ )?(?:need|have)|need not|"
                      r"no (?:need|call|point)|not (?:necessary|needed|required)|forget|"
                      r"never mind|skip|leave out|(?:can|will) not|not going to) ")
# A clause put to the caller to check ("So it's PC 2417, yeah?", "So that's Hoe Lane"), or
# one of names and numbers alone ("Hoe Lane, Great Totham."): said back beside a waiver.
_PUT_TO_CHECK = re.compile(r"^ (?:so|just to (?:check|confirm)|to confirm)(?: that| it| you| he| "
                           r"she| they| we)? (?:is|was|are|were) "
                           r"| (?:yeah|yes|right|correct|is that right|have i got that right) $")


def _said_back_beside(text: str) -> bool:
    """Does a turn that waives or refuses something also say details back? By a clause's
    own form (`_PUT_TO_CHECK`, or names and numbers alone), not the learnt act model: it
    reads "Forget 111, Jo, this is one for us." and "I'm sorry, love, but you don't need to
    give me your number." as summaries for the name and number in them (v14, v28, v43,
    v46: four sets, four authors)."""
    for clause in clauses(text):
        said = clause.split()
        if _PUT_TO_CHECK.search(spelled(clause)) or (len(said) > 1 and all(
                w[:1].isupper() or w[:1].isdigit() for w in said)):
            return True
    return False


class Understanding:
    """Analyses a scenario's trainee turns. Build once per scenario; `analyse` is fast."""

    def __init__(self, matcher: PhraseMatcher, world: World | None = None,
                 opinion: SecondOpinion | None = None) -> None:
        self.matcher = matcher
        self.world = world
        self.people = People(world)
        self.names = frozenset(self.people.by_name)  # said to the caller, stripped
        # the people's names (not a vehicle's make), as a recogniser may mishear them
        self.heard = HeardNames(part for part, who in self.people.by_name.items()
                                if who.role != "vehicle")
        self.opinion = opinion
        self._sounds: SoundAlike | None = None
        # names as a recogniser writes them: never respelled as the words they sound like
        self._kept = frozenset(w for name in self.people.by_name for w in name.lower().split())
        learnt = f":{opinion.examples}" if opinion is not None else ""
        self.analyser = f"{VERSION}:{_fingerprint(matcher)}{learnt}"

    @classmethod
    def for_scenario(cls, world: World | None, matcher: PhraseMatcher,
                     *, learnt: bool = True) -> Understanding:
        """The analyser for one scenario: its people, vehicles and places, a matcher, and
        the second opinion learnt from examples (`learnt=False`: the rules alone). Its
        words by sound are counted now, before the call, not in the trainee's first turn."""
        understanding = cls(matcher, world, shipped() if learnt else None)
        understanding._sound_alike()
        return understanding

    def analyse(self, text: str, context: Context | None = None) -> TurnAnalysis:
        """What one trainee turn means, given what came before it."""
        return self.look(text, context)[0]

    def look(self, text: str, context: Context | None = None,
             ) -> tuple[TurnAnalysis, np.ndarray | None]:
        """`analyse`, and each clause's sentence vector in the order of `acts` (None
        without a sentence model): what the second opinion is fitted on."""
        context = context or Context()
        heard = self.heard.respelled(text)  # "pria" read as Priya of the world
        sounds = self._sound_alike()
        again = None if sounds is None else sounds.respelled(heard, self._kept)
        first = self._look(text, heard, context)
        if again is None:
            return first
        second = self._look(text, again, context)
        return second if heard_better(second[0].intents, first[0].intents) else first

    def _sound_alike(self) -> SoundAlike | None:
        """The phrasings' words by sound (built on first use from the library's phrasings;
        None for a matcher that has none)."""
        if self._sounds is None:
            words = getattr(self.matcher, "words", self.matcher)
            phrasings = getattr(words, "phrases", None)
            if phrasings is None:
                return None
            self._sounds = sound_alike_of(tuple(text for _, text in phrasings))
        return self._sounds

    def _look(self, said: str, text: str, context: Context,
              ) -> tuple[TurnAnalysis, np.ndarray | None]:
        """`look` of the turn `said`, read in the words `text` (its names respelled as the
        world's, or its sound-alikes as the words meant)."""
        parts = clauses(_DIGITS_PAUSE.sub(r"\1 ", text))  # "07700, 900 456" is one number
        ranked, vectors = self._rank(parts)
        acts: list[Act] = []
        readings: list[IntentReading] = []
        near: list[IntentReading] = []
        found_back: list[ReadBack] = []
        topics = 0  # clauses put first as topics: the question proper starts after them
        held: tuple[int, int] | None = None  # a topic's act and where its readings start
        valued: set[str] = set()  # clauses that say a value of the world back
        noting = any(notes(p) for p in parts)  # the handler noting what the caller said
        for at, (clause, candidates) in enumerate(zip(parts, ranked, strict=True)):
            backs = readbacks.find(clause, self.world)
            found_back.extend(backs)
            if backs:
                valued.add(clause)
            topic = None if backs else self._topic(
                clause, parts[at + 1] if at + 1 < len(parts) else "")
            if at and not backs and acts and readings and apposition(parts[at - 1], clause):
                # "And the other man, the shorter one?": who again, asking nothing new
                acts.append(Act(acts[-1].kind, clause, acts[-1].confidence))
                continue
            heard, close = self._read(clause, candidates, text, context, bool(backs),
                                      place=(at - topics, len(parts) - topics),
                                      vector=None if vectors is None else vectors[at],
                                      after_topic=held is not None)
            heard, close = _acknowledged(clause, _no_comfort_in_leave(clause, heard), close,
                                         noting=noting)
            kind, heard = _step_run_on(*_act_in_turn(
                clause, heard, bool(backs), last=acts[-1] if at and acts else None,
                before=parts[at - 1] if at else "", turn=text), clause, acts, text,
                readings=readings)
            if kind == "statement" and topic is None and at + 1 < len(parts) and asks(
                    parts[at + 1]):
                # a statement put before a question sets it up ("Your daughter Aisha was
                # upstairs, did she see anything?"): the question asks, the statement names
                # (a topic put first, "The car that drove off, what was it?", is read whole)
                heard = [r for r in heard if not (r.intent in ASKING and r.affirmed)]
            heard = [_with_act(r, kind) for r in heard] or self._said_as(kind, clause,
                                                                          candidates)
            if held is not None and any(not _CARRIED.match(r.phrase) for r in heard):
                # "Mr Khan at number 8, is his doorbell camera working?": the question is
                # the second clause; the first asked nothing, it said whom it is about
                # ("The car that drove off, what was it?" asks in its first clause)
                acts[held[0]] = Act("statement", acts[held[0]].clause)
                del readings[held[1]:]
            held = None
            acts.append(Act(kind, clause, heard[0].confidence if heard else 1.0))
            if topic is not None:
                held, topics = (len(acts) - 1, len(readings)), topics + 1
            readings.extend(heard)
            near.extend(close)
            # every clause is context for the next, heard or not: "You said he'd kill you
            # if you phoned again, was that tonight?"
            context = context.after(TurnAnalysis(text=clause, intents=tuple(heard)))
            named = topic or (None if heard or at + 1 == len(parts)
                              else self._named_for(clause, parts[at + 1]))
            if named is not None:
                # "Mr Dobson was out in his garden, did he see anything?": the next clause's
                # "he" is the one this clause named, though nothing was heard in it
                context = context.about(named.role, named.person)
        acts = _answering_formula(text, acts or [Act("statement", text)], readings)
        # (a clause without the words its intent is about carries none of it; "Let me
        # check I've got the collar number right, …" is the read-back, no question)
        readings, acts = checked_in_words(with_key_words(_time_of_sighting(_sorry_said_again(
            _put_off_after_waiver(_corrected(readings, acts, text, valued)
                                  or self._left_to_us(parts, ranked, text, context)))),
            text), acts)
        main = None
        if self.opinion is not None and vectors is not None and len(vectors):
            acts, readings, main = self._second_act(text, acts, readings, bool(found_back),
                                                    vectors)
        acts, readings, main = _asking_nothing_of_their_own(
            parts, text, acts=acts, readings=readings, main=main, valued=valued)
        # ("…Melbourne Road. Are you there?" asks whether she is at the place just named)
        acts, readings, main = _choice_offered(text, *_given_after_declining(
            text, *_by_what_is_told(text, acts, place_put_back(
                acts, _checked_as_that(readings, acts), valued, self.world), main)))
        if (main or main_act([a.kind for a in acts])) == "readback":
            readings = _no_comfort_in_read_back(_read_back_asks_nothing(
                _read_back_by_form(readings, acts, self._names_a_detail)))
        confidence = min((r.confidence for r in readings), default=1.0)
        return TurnAnalysis(text=said, acts=tuple(acts), intents=tuple(readings),
                            readbacks=tuple(found_back), near=tuple(near),
                            confidence=confidence, analyser=self.analyser, main=main), vectors

    def _left_to_us(self, parts: list[str], ranked: list[list[IntentMatch]], text: str,
                    context: Context) -> list[IntentReading]:
        """"I'd rather you didn't sort his speakers out yourself, leave that with us": a
        deed the caller is kept from doing themselves, handed to the police, is the advice
        to keep safe, though neither clause resembled advice closely enough (only when
        nothing else in the turn was heard: "don't ring the crisis team yourself, leave
        that with us" is the signpost, heard in its first clause)."""
        for at, (clause, candidates) in enumerate(zip(parts, ranked, strict=True)):
            if not at or not _LEFT_TO_US.match(spelled(clause)):
                continue
            before = spelled(parts[at - 1])
            safe = next((c for c in candidates if c.intent == "safety_advice"
                         and c.score >= CONSIDERED), None)
            if safe is not None and PROHIBITION.search(before) and _YOURSELF.search(before):
                reading = self._reading(safe.intent, safe, clause, False, context)
                return [replace(reading, polarity="affirm", confidence=FORM_CONFIDENCE)]
        return []

    def _topic(self, clause: str, following: str) -> Someone | None:
        """Whom a clause put first as a topic names ("Mr Khan at number 8, is his…",
        "the BMW, which way did it go?"), if it is one (`follow_on.topic_of`)."""
        if not following or not topic_of(clause, following) or waiver(clause) is not None:
            return None  # ("never mind the registration, is she breathing?": put aside)
        who = self.people.named_in(clause)
        return who if who is not None and who.role != "caller" else None

    def _named_for(self, clause: str, following: str) -> Someone | None:
        """Someone `clause` names whom a pronoun of the clause after it fits."""
        who = self.people.named_in(clause)
        if who is None or who.role in ("caller", "vehicle") or not self.people.taken_up(
                who, following):
            return None
        return who

    def analyse_call(self, texts: Iterable[str]) -> list[TurnAnalysis]:
        """Each trainee turn of a call in order, each with the turns before as context."""
        context = Context()
        out: list[TurnAnalysis] = []
        for text in texts:
            analysis = self.analyse(text, context)
            out.append(analysis)
            context = context.after(analysis)
        return out

    def confidence(self, score: float) -> float:
        """A score as the chance the reading is right (calibrated on the dev sets)."""
        return _logistic(score - self.matcher.threshold, CONFIDENCE_SLOPE, CONFIDENCE_BIAS)

    # --- inside -----------------------------------------------------------------------

    def _rank(self, parts: list[str]) -> tuple[list[list[IntentMatch]], np.ndarray | None]:
        """Each clause's best intents, and each clause's sentence vector (None without a
        sentence model; a zero row for a clause of acknowledgements alone)."""
        cores = [core_of(p, self.names) for p in parts]
        together = getattr(self.matcher, "ranked_with", None)
        model = getattr(self.matcher, "model", None)
        if together is None or model is None:
            return [self.matcher.ranked(c) if c else [] for c in cores], None
        vectors = np.zeros((len(parts), DIMENSION), dtype=np.float32)
        said = [n for n, c in enumerate(cores) if c]  # "Okay, great.": nothing to match
        if said:
            vectors[said] = model.embed([cores[n] for n in said])  # one model run a turn
        return [together(c, vectors[n]) if c else [] for n, c in enumerate(cores)], vectors

    def _second_act(self, text: str, acts: list[Act], readings: list[IntentReading],
                    readback: bool, vectors: np.ndarray,
                    ) -> tuple[list[Act], list[IntentReading], ActKind | None]:
        """The turn's main act by the learnt model where it is sure; a one-clause turn's
        clause (and its readings) take that act too, so the caller acts on it."""
        assert self.opinion is not None
        kinds = [a.kind for a in acts]
        rules: ActKind = "question" if "question" in kinds else kinds[0]
        used = vectors[np.abs(vectors).sum(axis=1) > 0]
        turn = used.mean(axis=0) if len(used) else np.zeros(vectors.shape[1], np.float32)
        features = act_features(turn, text, kinds, readings, readback)
        main, sure = self.opinion.main_act(features, rules)
        if main == rules or _kept_from_model(main, acts, readings, readback, text):
            return acts, readings, None
        if len(acts) == 1:
            acts = [replace(acts[0], kind=main)]
            readings = [_with_act(r, main) for r in readings]
        if main == "readback" and summary(text) and not any(
                r.intent == "confirm_details" for r in readings) and (
                not any(r.polarity == "negate" and _LET_OFF.search(spelled(r.clause))
                        for r in readings) or _said_back_beside(text)):
            # "You locked up at half ten and found it at quarter past seven.": a summary
            # read back, though no single value in it was recognised as one. Not a turn
            # that waives or refuses something ("Forget 111, Jo, this is one for us.", "I'm
            # sorry, love, but you don't need to give me your number."): the names and
            # numbers in it are what is let off or why, no details said back to be checked
            if len(acts) == 1:
                readings = [r for r in readings if r.intent not in ASKING]
            readings.append(IntentReading(
                intent="confirm_details", confidence=sure, polarity="affirm",
                subject="caller", clause=text, phrase=SUMMARY_PHRASE, score=sure,
                act="readback"))
        return acts, readings, main

    def _accept(self, reading: IntentReading, candidates: list[IntentMatch],
                place: tuple[int, int], vector: np.ndarray | None) -> float | None:
        """Is the intent really there? Its confidence if so, None if not. The learnt check
        where there is one (it weighs the score with the clause's wording, its place in
        the turn and what else it resembled), else the matcher's threshold."""
        if self.opinion is None or self.opinion.verifier is None or vector is None:
            return reading.confidence if reading.score >= self.matcher.threshold else None
        if reading.score < CONSIDERED:
            return None
        if reading.score >= UNDOUBTED:
            return reading.confidence
        features = verify_features(vector, reading, candidates, place, self.opinion.intents)
        return self.opinion.verified(features)

    def _put_by_tag(self, clause: str, candidates: list[IntentMatch],
                    ) -> tuple[list[IntentMatch], bool]:
        """A statement closed by a tag ("There's no CCTV down that lane, is there?") is
        matched as the question it puts as well ("is there any CCTV down that lane":
        `tag_questions`): each question at the nearer of the two; the rest only as near as
        the question is to them (the remark the statement resembles, "it's not in the road",
        is what the tag asks about, and "you're alright in English, aren't you?" asks, no
        comfort). Whether the clause was such a statement."""
        question = question_put(clause)
        if question is None:
            return candidates, False
        nearest: dict[str, IntentMatch] = {}
        asked = [IntentMatch(c.intent, c.score, clause, c.phrase)
                 for c in self.matcher.ranked(question)]
        for match in [*asked, *(c for c in candidates if c.intent not in _NOT_BY_TAG)]:
            if match.intent not in nearest or match.score > nearest[match.intent].score:
                nearest[match.intent] = match
        return sorted(nearest.values(), key=lambda m: -m.score), True

    def _asked_by_tag(self, reading: IntentReading) -> bool:
        """Is a question put by a tag heard as a question closely enough? Its form asks,
        though the learnt check, weighing the statement's words, doubts it (the
        definitions: a question is affirm however it is put)."""
        return (reading.intent in ASKING and reading.affirmed
                and reading.score >= self.matcher.threshold)

    def _kept_from_going_alone(self, reading: IntentReading) -> bool:
        """Is the caller forbidden to go after it themselves ("please don't go driving round
        looking for this lad yourself", "don't go round there yourself tonight"), heard as
        the advice to keep safe closely enough? The form is the advice (the authors of v11,
        v12, v14 to v18, v20 and v31 all label it so), though the learnt check doubts an
        unusual wording of it."""
        return (reading.intent == "safety_advice" and reading.affirmed
                and reading.score >= self.matcher.threshold
                and going_alone_forbidden(reading.clause))

    def _asked_after_waiver(self, reading: IntentReading, place: tuple[int, int],
                            context: Context, *, interrogative: bool) -> bool:
        """Is a question put after a waiver in the same turn ("you needn't give me his
        name, what did he do?") still asked, though the learnt check doubts it? It has
        learnt that a turn's later clauses mostly say why; a question's own form, where
        it resembles a question closely enough, is not overruled (the definitions: "a
        request or a question put after the waiver is still asked")."""
        # (so is an order put after it, "don't worry about his name, just keep yourself
        # safe": the waiver before it does not reach it, `carried_through`)
        ordered = reading.intent in ADVICE and reading.affirmed and bool(
            _TELLS.match(spelled(reading.clause)))
        # (a request is put as a question is: "never mind his name, just tell me where he
        # is in the house", v28; the definitions' "a request or a question put after")
        asked = interrogative or put_as_question(reading.clause) or bool(
            _WANTED_INSTEAD.match(spelled(reading.clause)))
        return ((asked and reading.intent in ASKING) or ordered) and (
            reading.score >= self.matcher.threshold
            and place[0] > 0 and _waived_before(context, reading.intent))

    def _asked_past_a_negative(self, best: IntentMatch | None, candidates: list[IntentMatch],
                               clause: str, context: Context, place: tuple[int, int],
                               ) -> IntentMatch | None:
        """After a question waived in the same turn, a clause put as a question or a
        request ("…, just tell me where she is on the road", "…, but where's he gone?")
        asks what it resembles next when its nearest phrase is a library negative said as
        a remark ("it's off the road"), if that question is as near as a reading heard
        (the definitions: "a request or a question put after the waiver is still asked";
        the waiver's own question asked again is its words cut short, `_waived_before`).
        Questions put after a waiver went unheard so in v37, v39 and the held-back authors."""
        if best is None or best.intent != NONE or place[0] == 0 or asks(best.phrase) or (
                only_frames(clause)):
            return best  # ("…, just tell me, | is anyone hurt?": the lead-in asks nothing)
        # (in a question's own form or a request's: not a tag the words only look like,
        # "…, the officers have it", which gives the waiver's reason)
        # (a yes-or-no question is `_past_a_negative`'s, only as near as one heard without the
        # learnt check: "never mind his medication, | is he answering his phone at all?" is
        # near "he's not answering his phone", and asks no intent, v21)
        # (and a thing named after "just" in a statement's order, "…, just where the car
        # is", is left to the waiver's own reading of what is wanted instead, held-back o)
        if (asks(clause) and not wh_question(clause)) or not (
                asks(clause) or REQUEST.search(spelled(clause))):
            return best
        # (and only a question nearly as near as the remark: "just tell me" is the remark)
        return next((c for c in candidates[1:] if c.intent in ASKING
                     and c.score >= max(self.matcher.threshold, best.score - _REMARK_MARGIN)
                     and _waived_before(context, c.intent)), best)

    def _read(self, clause: str, candidates: list[IntentMatch], turn: str, context: Context,
              read_back: bool, *, place: tuple[int, int] = (0, 1),
              vector: np.ndarray | None = None, after_topic: bool = False,
              ) -> tuple[list[IntentReading], list[IntentReading]]:
        # "Okay, Arthur, what's the address there?": asks though it opens with fillers
        interrogative = asks(clause) or is_tag_question(clause) or wh_question(clause)
        asking = interrogative or bool(REQUEST.search(spelled(clause)))
        heard: list[IntentReading] = []
        close: list[IntentReading] = []
        candidates, tagged = self._put_by_tag(clause, candidates)
        nearest = candidates  # (every phrase it resembled, for a "never asked" to name)
        # (an intent without its words is passed over, the next nearest read in its place)
        candidates = carried_candidates(candidates, clause, turn)
        best = candidates[0] if candidates else None
        if best is not None and best.intent in ASKING and _TELLS.match(spelled(clause)) and (
                not _TAP_IF.match(spelled(clause))):
            # "Don't pick anything up" advises; what it resembles as a question is beside
            # the point, so take the best advice it resembles (if any is close enough).
            best = next((c for c in candidates if c.intent in ADVICE
                         and c.score >= self.matcher.threshold), None)
        best = _past_a_negative(best, candidates, clause, self.matcher.threshold)
        best = self._asked_past_a_negative(best, candidates, clause, context, place)
        settled = _settled_by_form(clause, turn, best, candidates, interrogative=interrogative)
        best = settled or best
        if best is not None and not interrogative and settled is None:
            best = _by_form(clause, best, candidates, asking=asking or "?" in turn)
        if best is not None and best.intent != NONE:
            if best.intent in ("apology", "reassurance"):
                best = IntentMatch(self._bare_sorry(clause, best, turn), best.score, best.clause,
                                   best.phrase)
            intent = _not_done_here(self._sense(best.intent, clause, turn), clause, turn)
            if intent is not None and (not carried(
                    intent, clause, asking=asking, first=place[0] == 0, read_back=read_back)
                    or (intent in ADVICE and place[0] > 0 and asked_aside(clause, turn))):
                intent = None
            # the turn's last clause typed with its "?" asks, though said as a statement
            # ("your English is fine, isn't it, you won't be wanting an interpreter?"): a
            # question is affirm however it is put (the definitions)
            marked = place[0] + 1 == place[1] and turn.rstrip().endswith("?")
            if intent is not None:
                reading = self._reading(intent, best, clause, interrogative or (
                    marked and intent not in ADVICE), context)
                sure = self._accept(reading, candidates, place, vector)
                sure = reading.confidence if sure is None and (
                    (settled is not None and reading.intent == settled.intent)
                    or self._asked_after_waiver(reading, place, context,
                                                interrogative=interrogative)
                    or self._kept_from_going_alone(reading)
                    or (tagged and self._asked_by_tag(reading))
                    or _permitted_in_its_words(reading)) else sure
                if sure is not None:
                    heard.append(replace(reading, confidence=sure))
                else:
                    close.append(reading)
        # The runners-up, so a "never asked" can say how close the trainee came.
        read = candidates[0] if candidates else None
        for other in nearest:
            if other is not read and other.intent != NONE and other.score >= NEAR_FLOOR:
                close.append(self._reading(other.intent, other, clause, interrogative,
                                           context))
        heard = self._question_waived(clause, heard, context, interrogative, turn)
        heard = self._deed_named(clause, heard, context, interrogative)
        if not heard:
            heard = self._wanted_after_waiver(clause, context) or self._unsaid(
                clause, interrogative, context, after_topic=after_topic)
        heard = reference_said_back(heard, clause, turn)
        given = any(r.intent == "reference_number" for r in heard)  # a number given, not read
        # (a value named inside a question of where or which is its setting, not said
        # back: "whereabouts on the A127 are you, which carriageway?")
        if read_back and not given and not wh_question(clause) and not any(
                r.intent == "confirm_details" for r in heard):
            kind = readbacks.find(clause, self.world)[0].kind
            heard.append(IntentReading(
                intent="confirm_details", confidence=0.95, polarity="affirm",
                subject="caller", clause=clause, phrase=READBACK_PHRASE.format(kind=kind),
                score=1.0, act="readback"))
        return heard, close

    def _wanted_after_waiver(self, clause: str, context: Context) -> list[IntentReading]:
        """What a clause of only the thing wanted asks, after a clause of the same turn
        that waived another question ("I don't need your date of birth, | just a contact
        number please"; "… your neighbour's number, | just yours"): the thing named, as a
        question (the definitions: "a request put after the waiver is still asked"), though
        its few words resemble no phrasing closely enough. (Only a thing named as any of its
        kind: "…, just where the car is" asks no vehicle, held-back o.)"""
        said = spelled(clause)
        if not _WANTED_ANY.match(said) or not _waived_before(context, ""):
            return []
        # (the caller's own of what was waived: "your neighbour's number" is a number)
        found = waiver(context.previous[-1].text)
        wanted = yours_of(wanted_of(said), found.topic if found is not None else "")
        readings = [self._reading(p.intent, p, clause, True, context)
                    for p in self._questions_put(wanted) if _waived_before(context, p.intent)]
        return [r for r in readings if r.intent in ASKING]

    def _question_waived(  # noqa: PLR0912 - one branch per form of what is waived
            self, clause: str, heard: list[IntentReading], context: Context,
            interrogative: bool, turn: str = "") -> list[IntentReading]:
        """A question said not to be needed ("no need to tell me how old he is", "don't
        worry about the registration", "I won't be asking you for a description"): the
        question its topic names, negated (the definitions' need waived), in place of the
        questions and advice the whole clause resembles (`waivers`). A waiver of a thing to
        do ("you don't need to change your locks") names no question: left as heard."""
        # ("you can leave the postcode out": a detail let off, `left_out`)
        found = None if interrogative or _WORRY_SAID_TO.match(clause) else (
            waiver(clause) or left_out(clause))
        if found is None or (found.left and any(r.intent in ADVICE for r in heard)
                             and not earlier_occasion(spelled(found.topic))):
            # ("leave the back door": the scene kept, no question put aside; but an earlier
            # occasion is no thing to leave as it is, "you can leave the previous calls
            # out": the history left out, whatever advice the words resemble)
            return heard
        if not_for_an_agency(clause):
            # "the council won't need to get involved with the music tonight": an agency's
            # part denied is the signpost refused (`agencies`), whatever the words after
            # "get" name; no question waived
            return heard
        by_form = _declined_form_of(spelled(clause))
        if by_form is not None and any(r.intent == by_form for r in heard):
            # "no need to get a burglar alarm fitted", "we don't need it left": a deed or a
            # check declined by its form (`_declined_by_form`), no question waived ("the
            # burglar" described, "where it was left")
            return heard
        if found.meant and not _THEN_NOT.search(_said_after(clause, turn)) and not (
                _DROPPED_AT_END.search(spelled(clause))):
            return heard  # "I was going to ask about the van, is it still there?" asks on
        if found.asked and only_frames(found.asked):
            # "never mind the time, just tell me | is he still there?": the request's
            # question is the clause after it; nothing here is asked but the waived
            found = replace(found, asked="")
        topic = found.topic or found.before or self._said_before(clause, turn) or (
            ACCOUNT if found.whole else "")
        if found.told and not found.elided and _NAME_SPELT.search(
                spelled(without_name_after(clause))):
            # "you needn't spell it for me, I've got Qureshi", "you dont have to spell adeyemi
            # again": what is spelt is a name, the caller's when no one else's is named (v34,
            # v40 and the held-back authors; "it" names nothing and the surname is no word)
            topic = SPELT_NAME
        if found.elided and not _MEANT_TO_ASK.search(spelled(topic)):
            return heard  # "…, there's no need now" after no asking: nothing named to waive
        if found.elided and (meant := waiver(topic)) is not None and meant.meant:
            return heard  # (the question meant is waived where it was named)
        waived: dict[str, IntentReading] = {}
        child = self._child_waived(topic, clause, context) if found.told else None
        if child is not None:
            waived[child.intent] = child
        for part in dict.fromkeys([topic, *parts_of(topic)] if not waived else []):
            reading = self._part_waived(part, found, clause, context)
            if reading is not None and reading.intent not in waived:
                waived[reading.intent] = reading
        if not waived and found.said_again:
            # ("no need to explain what's happened again sanjay my colleague's passed it
            # on": the telling repeated ends at its "again", the rest ran on unpunctuated)
            reading = self._part_waived(found.said_again, found, clause, context)
            if reading is not None:
                waived[reading.intent] = reading
        if not waived and found.topic and (found.told or _NAMED_THING.match(f" {found.topic} ")):
            # the topic alone too vague to name a question ("go over the previous calls"):
            # the waiver as said, if a question is the nearest of all to it (only with a
            # verb of telling or a thing named: "you needn't go to the housing office about
            # Kyle" is a deed)
            said = core_of(clause, self.names)
            named = self._question_named(said, told=False)
            if named is not None:
                reading = self._reading(named.intent, named, clause, False, context)
                waived[reading.intent] = replace(reading, polarity="negate")
        puts = self._questions_put(found.asked)
        put = puts[0] if puts else None
        if _JUST_YOURS.search(spelled(clause)):
            # "I won't need your neighbour's number, just yours": the caller's own is asked;
            # the other's put aside says only whose is wanted (no question both ways)
            wanted = {p.intent for p in puts}
            waived = {i: r for i, r in waived.items() if i not in wanted}
            heard = [r for r in heard if r.intent not in wanted]
        declined = None if waived or put is not None else self._advice_declined(found, clause,
                                                                                 context)
        if declined is not None:
            # "I won't go through crime prevention with you tonight": the handler declining
            # to go over advice is that advice, negated, whatever else the clause resembles
            return [*(r for r in heard if r.intent in ("reassurance", "apology")), declined]
        if not waived:
            # (nothing named by the topic, as read; the question put after it still asks:
            # "I don't need the time it happened, just where you are")
            return heard + [self._reading(p.intent, p, clause, True, context) for p in puts
                            if all(r.intent != p.intent for r in heard)]
        # (the whole topic and its parts may name the same question: one reading each)
        # (a question put after it is still asked: "don't worry about which number,
        # what's the address?")
        kept = [replace(r, polarity="affirm") if found.asked and r.intent in ASKING else r
                for r in heard if (r.intent not in ASKING | ADVICE or (
                    found.asked and r.intent in ASKING and r.intent not in waived)
                    or (found.runs_on and r.intent in ADVICE and r.intent not in waived))
                and not (found.worry and r.intent == "reassurance")
                and not (r.intent == "confirm_details" and not r.affirmed
                         and not _checking(clause))]
        kept += [self._reading(p.intent, p, clause, True, context) for p in puts
                 if p.intent not in waived and all(r.intent != p.intent for r in kept)]
        ordered = self._ordered_after_waiver(clause, found, set(waived), context)
        if ordered is not None:
            # (advice the whole clause was heard giving is the order's, and goes its way:
            # "…cousins number now marcus | just ask him to keep the video")
            kept = [*(r for r in kept if r.intent != ordered.intent), ordered]
        # (a read-back waived may be heard already from the clause as a whole: once)
        return [*kept, *(w for w in waived.values() if not any(
            k.intent == w.intent and k.polarity == w.polarity for k in kept))]

    def _ordered_after_waiver(self, clause: str, found: Waiver, heard: set[str],
                              context: Context) -> IntentReading | None:
        """The advice of an order that unpunctuated speech ran on into after the waived
        topic ("i wont ask your date of birth | just keep the line open", "never mind his
        name | just keep the door shut"): read on its own words, as it would be typed after
        a comma (the whole clause resembles the waived question most, and one clause is
        read as one intent). Only advice, close enough, not the question waived."""
        if not found.runs_on or found.asked:
            return None
        if not _ordered_on(clause):
            return None
        then = run_on_after(clause)
        best = next((c for c in self.matcher.ranked(then) if c.intent != NONE), None)
        if best is None or best.intent not in ADVICE or best.intent in heard or (
                best.score < self.matcher.threshold):
            return None
        reading = self._reading(best.intent, IntentMatch(best.intent, best.score, clause,
                                                         best.phrase), then, False, context)
        return replace(reading, clause=clause, act="instruction")

    def _questions_put(self, asked: str) -> list[IntentMatch]:
        """The questions a request put after a waiver names, the whole and each thing it
        lists ("…, just your name and a number": both asked, as each thing a waived topic
        lists is waived, `parts_of`), one each."""
        if not asked:
            return []
        named = [self._question_named(part, told=True)
                 for part in dict.fromkeys([asked, *parts_of(asked), *_listed(asked)])]
        out: list[IntentMatch] = []
        for match in named:
            if match is not None and all(m.intent != match.intent for m in out):
                out.append(match)
        return out

    def _advice_declined(self, found: Waiver, clause: str, context: Context,
                         ) -> IntentReading | None:
        """Advice the handler declines to go through ("I won't go into bike security
        tonight"): a telling waived whose topic is nearest advice of all, close enough."""
        if not found.told or not found.topic or found.asked or _NO_THING_NAMED.search(
                f" {spelled(found.topic)} "):
            return None  # ("you don't have to say anything, just tap": the order advises)
        top = next((c for c in self.matcher.ranked(found.topic) if c.intent != NONE), None)
        if top is None or top.intent not in ADVICE or top.score < self.matcher.threshold:
            return None
        reading = self._reading(top.intent, top, clause, False, context)
        return replace(reading, polarity="negate", confidence=self.confidence(top.score))

    def _child_waived(self, topic: str, clause: str, context: Context) -> IntentReading | None:
        """"No need to tell me about the kids", "I won't ask who's in": a child asked after,
        waived, is whether children are there (`asked_after`), negated."""
        if not child_asked_after(topic, self.people) or question_in_topic(topic) is not None:
            return None  # (a detail of the child, "the children's ages", is its own question)
        scores = {c.intent: c.score for c in self.matcher.ranked(topic)}
        named = IntentMatch(CHILD_ASKED, max(self.matcher.threshold,
                                             scores.get(CHILD_ASKED, 0.0)), clause, CHILD_PHRASE)
        return replace(self._reading(named.intent, named, clause, False, context),
                       polarity="negate")

    def _part_waived(self, part: str, found: Waiver, clause: str, context: Context,
                     ) -> IntentReading | None:
        """The question one part of a waived topic names, negated: an earlier occasion is
        the history (`_history_waived`), else the question the matcher names."""
        history = self._history_waived(part if found.topic else "", clause, context)
        if history is not None:
            return history
        # (what a pronoun stands for was said as a thing held: "I've got your number
        # already, so I don't need that", and is weighed as something told)
        named = self._question_named(part, told=found.told or not found.topic,
                                     said=core_of(clause, self.names),
                                     checking=_checking(clause))
        if found.topic:
            named = self._named_by_form(part, clause, named)
        if named is None:
            return None
        reading = self._reading(named.intent, named, clause, False, context)
        return replace(reading, polarity="negate", confidence=self.confidence(named.score))

    def _named_by_form(self, part: str, clause: str, named: IntentMatch | None,
                       ) -> IntentMatch | None:
        """The question a waived topic names by its form, whatever the matcher found
        nearest (`named`): a read-back, a time or a place by its asking word, a question by
        how it is asked; else `named`."""
        floor = max(self.matcher.threshold, named.score if named else 0.0)
        if waived_read_back(part, clause):
            # ("no need for me to read your number back": the read-back, not the number)
            return IntentMatch("confirm_details", floor, clause, READ_BACK_WAIVED)
        thing = intent_named_first(part, clause)
        if thing is not None:
            # ("never mind the council for now": the signpost, no question about it; "…the
            # crowbar again": the weapons, not what its holder looked like)
            return IntentMatch(thing, floor, clause, THING_NAMED)
        # ("no need to tell me when it was nicked": the time, whatever else is near; "no
        # need to tell me how old the lad at 21 is": his age, not his name)
        asked_by = named_by_asking(part)
        form = asked_by or question_in_topic(part)
        if form is None:
            return named
        if form in _SIGHTING_KINDS and self._clearly_the_sighting(part, named):
            # (a time or a place nearest the last sighting, "what time Ellie left her", is
            # that sighting's: the asking word says only that it is a time or a place)
            return named
        return IntentMatch(form, floor, clause, ASKED_BY_WORD if asked_by else PUT_AS_PHRASE)

    def _clearly_the_sighting(self, part: str, named: IntentMatch | None) -> bool:
        """Is the topic nearest the last sighting, ahead of every other question by the
        waived margin ("what time Ellie left her"; not "the time he left", as near whether
        he has gone, which the offender's leaving may be)?"""
        if named is None or named.intent != "last_seen":
            return False
        rival = next((c.score for c in self.matcher.ranked(part)
                      if c.intent in ASKING and c.intent != "last_seen"), 0.0)
        return named.score - rival >= WAIVED_MARGIN

    def _names_a_detail(self, clause: str) -> bool:
        """Does a clause said as a read-back name a detail: a number, or wording near the
        library's read-backs (not a garbled turn put as a question)?"""
        return bool(re.search(r"\d", clause)) or any(
            c.intent == "confirm_details" and c.score >= self.matcher.threshold - READBACK_MARGIN
            for c in self.matcher.ranked(clause))

    def _history_waived(self, topic: str, clause: str, context: Context,
                        ) -> IntentReading | None:
        """"You won't need to go over September again", "forget the other weekends": an
        earlier occasion waived is the history asked after (`occasions`), negated,
        whatever detail of it is named."""
        if not topic or not earlier_occasion(spelled(topic)):
            return None
        earlier = IntentMatch(EARLIER_ASKED, self.matcher.threshold, clause, EARLIER_PHRASE)
        return replace(self._reading(EARLIER_ASKED, earlier, clause, False, context),
                       polarity="negate")

    def _deed_named(self, clause: str, heard: list[IntentReading], context: Context,
                    interrogative: bool) -> list[IntentReading]:
        """A deed said not to be needed or allowed ("no need to lock yourself in anywhere",
        "you can let people back into the front room") lifts the advice the deed is, said
        as an order (`deeds`), in place of the advice, question or comfort the whole clause
        resembles. Not a question waived (`_question_waived` names those)."""
        if interrogative or waiver(clause) is not None or (left_out(clause) is not None and any(
                r.intent in ASKING and not r.affirmed for r in heard)):
            return heard  # (a detail let off, "leave the previous calls out", read as such)
        deed = deed_of(clause)
        if not deed:
            return heard
        intent = room_advice(deed)
        if not heard:
            # a room's people let in or kept out, by leave or with the need denied ("feel
            # free to let your son in the kitchen now") is the advice by its form, though
            # the whole clause resembled nothing closely enough
            if intent is None:
                return self._deed_run_on(deed, clause, context)
            by_form = IntentMatch(intent, self.matcher.threshold, clause, DEED_PHRASE)
            return [replace(self._reading(intent, by_form, clause, False, context),
                            confidence=FORM_CONFIDENCE)]
        match = None
        replaced = [r for r in heard if r.intent in ASKING | ADVICE | {"reassurance"}]
        if intent is None:
            # (by the deed's own reading only in place of a question or comfort, and only
            # nearer than they were: advice the whole clause resembles is weighed with its
            # setting, "move your lorry now, the collision lads have finished")
            top = next((c for c in self.matcher.ranked(deed) if c.intent != NONE), None)
            if top is None or top.intent not in ADVICE or top.score < self.matcher.threshold \
                    or any(r.intent in ADVICE or r.score >= top.score for r in replaced):
                return heard
            intent, match = top.intent, top
        if not replaced or all(r.intent == intent for r in heard):
            return heard
        if match is None:
            match = IntentMatch(intent, max(r.score for r in replaced), clause, DEED_PHRASE)
        reading = self._reading(intent, match, clause, False, context)
        return [*(r for r in heard if r not in replaced),
                replace(reading, confidence=max(r.confidence for r in replaced))]

    def _deed_run_on(self, deed: str, clause: str, context: Context) -> list[IntentReading]:
        """"no need to stay on the phone love the ambulance crew have got her": a deed said
        not needed or allowed, with its reason run on unpunctuated after the caller is
        addressed, or a time or condition after it: the deed alone, if it is advice (the
        reason's words drowned it)."""
        cut = _DEED_RUNS_ON.search(f" {deed} ")
        if cut is None:
            return []
        alone = f" {deed} "[: cut.start() + 1].strip()
        top = next((c for c in self.matcher.ranked(alone) if c.intent != NONE), None) \
            if alone else None
        if top is None or top.intent not in ADVICE or top.score < self.matcher.threshold:
            return []
        said = IntentMatch(top.intent, top.score, clause, top.phrase)
        return [replace(self._reading(top.intent, said, clause, False, context),
                        confidence=FORM_CONFIDENCE)]

    def _question_named(self, topic: str, *, told: bool, said: str = "",
                        checking: bool = True) -> IntentMatch | None:
        """The question a waived topic names: the nearest question, close enough; said
        with a verb of telling ("no need to tell me about the traffic") it may trail other
        readings by a little, else it must be the nearest of all ("don't worry about the
        number plate"). Two questions the topic names about as nearly are told apart by the
        whole clause it was `said` in ("I won't ask about the traffic": the traffic alone is
        as near safety as hazards; the asking about it is nearer hazards). Unless the
        clause is `checking` a detail with the caller (read back, spelled, confirmed), the
        read-back is no question it names."""
        if not topic:
            return None
        # (nor a question whose words the topic and its clause do not say: "whether
        # Alfie's there" names no age and no injury, however near "how old is Alfie" is)
        ranked = [c for c in self.matcher.ranked(topic)
                  if (checking or c.intent != "confirm_details")
                  and says_what_it_is_about(c.intent, f"{topic} {said}")]
        chosen = self._question_named_in(ranked, told=told)
        if chosen is not None and chosen.intent == "vehicle_description" and _DAMAGE.search(
                spelled(topic)) and not _VEHICLE.search(spelled(f"{topic} {said}")):
            # "no need to go through the damage, I've seen the photos": damage with no
            # vehicle named is what was damaged (the definitions' property_taken: stolen,
            # taken, damaged), however like "tell me about the car" the words around it are
            return next((IntentMatch(c.intent, chosen.score, c.clause, c.phrase)
                         for c in ranked if c.intent == "property_taken"
                         and c.score >= CONSIDERED), chosen)
        if chosen is None or not said or said == topic:
            return chosen
        whole = {c.intent: c.score for c in self.matcher.ranked(said)}
        rivals = [c for c in ranked if c.intent in ASKING and c.score >= max(
            self.matcher.threshold, chosen.score - WAIVED_MARGIN)]
        nearer = max(rivals, key=lambda c: c.score + whole.get(c.intent, 0.0))
        # (describing a suspect or a missing person is one question; whom it is about
        # says which, not the clause's wording: `_reading`)
        return chosen if {nearer.intent, chosen.intent} <= _DESCRIBING else nearer

    def _question_named_in(self, ranked: list[IntentMatch], *, told: bool,
                           ) -> IntentMatch | None:
        """`_question_named` by the topic alone."""
        top = next((c for c in ranked if not told or c.intent != NONE), None)
        if top is None:
            top = ranked[0] if ranked else None
        best = next((c for c in ranked if c.intent in ASKING), None)
        if top is None or best is None or best.score < self.matcher.threshold:
            return None
        # (a thing to keep or do is not what a bare noun waived names first: "don't worry
        # about the doorbell footage" puts aside asking for it, not keeping it)
        # (nor a remark the library holds, when the question is undoubtedly near: "don't
        # worry about dashcam footage for now" puts the footage aside though the bare words
        # are as near "none" as a question, v48; "forget the bus number" is near no question
        # so surely, and names none, v37)
        margin = WAIVED_MARGIN if told or top.intent in ADVICE or (
            top.intent == NONE and best.score >= UNDOUBTED) else 0.0
        return best if best.score >= top.score - margin else None

    def _said_before(self, clause: str, turn: str) -> str:
        """What a waiver's pronoun stands for: the clause before it in the turn ("I've got
        your address, so you needn't go through it again")."""
        at = turn.find(clause)
        before = clauses(turn[:at]) if at > 0 else []
        return core_of(before[-1], self.names) if before else ""

    def _unsaid(self, clause: str, interrogative: bool, context: Context, *,
                after_topic: bool) -> list[IntentReading]:
        """What a clause that resembles nothing asks, by what came before it or by its
        form: "and his mate?" the last question again, about whoever it names; "have they
        got a car with them?" the vehicle's description."""
        if context.last_topic in ASKING and follows_on(clause, interrogative) and (
                leans(clause) or not after_topic) and not _waived_last(context):
            # (after a topic put first, "Mr Khan, is his camera working?" asks its own
            # question about him, not the last one again)
            topic = str(context.last_topic)
            follow = IntentMatch(topic, self.matcher.threshold, clause, f"({topic}, again)")
        elif interrogative and self.world is not None and self.world.vehicles and (
                _HAS_VEHICLE.search(spelled(clause))):
            # whether the people talked about have a vehicle is the vehicle's description,
            # though no phrasing says it so
            topic = "vehicle_description"
            follow = IntentMatch(topic, self.matcher.threshold, clause, VEHICLE_PHRASE)
        else:
            return []
        reading = self._reading(topic, follow, clause, interrogative, context)
        return [replace(reading, confidence=FOLLOW_ON_CONFIDENCE)]

    def _said_as(self, kind: ActKind, clause: str,
                 candidates: list[IntentMatch]) -> list[IntentReading]:
        """A clause that comforts or apologises by its form ("I know it's hard", "I'm sorry
        the 101 line kept you hanging on") does the intent, though it resembles no phrasing
        closely: the act's own words are the evidence. Not when it is nearest a library
        negative ("I understand that")."""
        # what the handler will do, or praise and sympathy, say so by their form, whatever
        # clause without an intent they are near ("brilliant", "I'm checking our system")
        formed = (kind == "promise" and handler_will_do(clause)) or (
            kind == "reassurance" and bool(SYMPATHY.search(spelled(clause))))
        if not formed and candidates and candidates[0].intent == NONE and (
                candidates[0].score >= self.matcher.threshold):
            return []
        if kind == "reassurance":
            intent = "reassurance"
        elif kind == "promise" and handler_will_do(clause):
            intent = "next_steps"  # "we'll check the Astra on our systems": by its form
        elif kind == "apology" or (_SERVICE_SORRY.search(spelled(clause))
                                   and not _NOT_AN_APOLOGY.search(spelled(clause))):
            intent = "apology"
        else:
            return []
        return [IntentReading(intent=intent, confidence=FORM_CONFIDENCE, polarity="affirm",
                              subject="caller", clause=clause, phrase=FORM_PHRASE.format(
                                  act=kind if intent == kind else intent),
                              score=FORM_CONFIDENCE, act=kind)]

    def _sense(self, intent: str, clause: str, turn: str) -> str | None:
        """The word without the deed: "sorry, but…", "sorry, can you repeat that" are no
        apology; "sorry to hear that" is sympathy (reassurance)."""
        text = spelled(clause)
        if _THEIRS_TO_DO.fullmatch(text):
            return None  # "that's down to them": whose the matter is, no advice to anyone
        if intent not in ("apology", "reassurance"):
            return intent
        if intent == "apology" and not _APOLOGY_WORD.search(turn):
            return None
        if intent == "apology" and not _APOLOGY_WORD.search(clause) and _REFUSED_SORRY.search(
                spelled(turn)):
            return None  # "we're not sorry for stopping you, the stop was lawful": the
            # apology refused in its own clause; the reason after it apologises for nothing
        if intent == "apology" and not _APOLOGY_WORD.search(clause) and not _APOLOGY_WORD.search(
                _NO_SYMPATHY.sub(" ", spelled(turn))):
            return None  # "I'm sorry you feel that way. It can take a while sometimes": the
            # turn's only sorry is no apology, and the excuse after it borrows none (a blind
            # assessor; the excuse said with "sorry, but…" is none either, five sets)
        if _CHOICE.fullmatch(spelled(core_of(clause, self.names))):
            return None  # "it's completely up to you": the choice left, neither
        if _NO_SYMPATHY.search(text):
            return None  # "I'm sorry you feel that way": neither apology nor comfort
        if self._bare(clause) and (_SORRY_BUT.search(turn) or withholds(turn.replace(clause, " "))):
            # "I'm sorry, but that's how it is", "I'm sorry, I can't tell you who owns the
            # car": neither, whichever it resembles (the "but" may go unsaid before what the
            # handler will not tell)
            return None
        if self._bare(clause) and _PARDON.search(without_saying_again(spelled(turn))) and not (
                NOT_NEEDED.search(spelled(turn))):  # (not "…, no need to say it again")
            return None  # "Sorry, can you say that again?": a "pardon", neither
        if intent == "reassurance":
            return intent
        if " sorry to hear " in text:
            return "reassurance"
        if _NOT_AN_APOLOGY.search(text):
            return None
        return intent

    def _bare(self, clause: str) -> bool:
        """Is the clause "sorry" alone, with only a name or "love" said to the caller after
        it ("I'm sorry, love", "Sorry, Sanjay", "I'm so sorry, Mrs Whitfield")?"""
        core = core_of(clause, self.names)
        if _BARE_SORRY.fullmatch(spelled(core).rstrip() + " "):
            return True
        said = _ADDRESSED_AFTER.sub("", core)
        return said != core and bool(_BARE_SORRY.fullmatch(spelled(said).rstrip() + " "))

    def _bare_sorry(self, clause: str, best: IntentMatch, turn: str) -> str:
        """"I'm really sorry." alone: an apology after something the service failed to do
        ("nobody rang you. I'm really sorry."), sympathy after something that happened to
        the caller; else what the matcher heard."""
        if not self._bare(clause):
            return best.intent
        rest = spelled(turn.replace(clause, " "))
        if _FAILED.search(rest) or _OWN_CONDUCT_AFTER.match(rest):
            # ("I'm sorry, I'm asking a lot": the handler's own asking owned)
            return "apology"
        if _HARD_TIMES.search(rest):
            return "reassurance"
        return best.intent

    def _reading(self, intent: str, match: IntentMatch, clause: str, asking: bool,
                 context: Context) -> IntentReading:
        who = self.people.subject(clause, intent, context)
        if intent == "caller_name" and who.role == "suspect":
            intent = "suspect_description"  # a suspect's name (intent definitions)
        # Describing someone: an offender, or a missing or vulnerable person.
        if intent == "person_description" and who.role == "suspect":
            intent = "suspect_description"
        elif intent == "suspect_description" and who.role in _NOT_OFFENDERS:
            intent = "person_description"
        elif intent == "person_description" and who.person is None and _UNKNOWN_PEOPLE.search(
                spelled(clause)) and not _ONE_PERSON.search(spelled(clause)) and not any(
                w[:1].isupper() and w not in ("I", "I'm", "I've", "I'll", "I'd")
                for w in clause.split()[1:]):
            # "no need to describe them, you never saw anyone": people not known to the
            # caller, unnamed, are the offenders; a missing or vulnerable person is someone
            # the caller knows and names ("her", "Liam")
            intent = "suspect_description"
            who = self.people.subject(clause, intent, context)
        confidence = self.confidence(match.score)
        if intent == "apology" and _BARE_SORRY.fullmatch(spelled(clause).rstrip() + " "):
            confidence = min(confidence, 0.6)  # "I'm sorry." alone: apology or sympathy
        # (the matter said not to need sending to an agency is the signpost refused, however
        # the need is denied: "nobody from the council will need to get involved")
        said = "negate" if intent == "signpost" and not asking and not_sent_to_an_agency(
            clause) else polarity(intent, clause, asking)
        return IntentReading(
            intent=intent, confidence=confidence,
            polarity=said, subject=who.role, clause=clause,
            phrase=match.phrase, score=match.score, person=who.person)


# What a clause that only notes or explains cannot carry (`acknowledgements`).
_NOT_NOTED = ASKING | ADVICE
_NOT_EXPLAINED = ASKING | ADVICE | {"apology", "complaint_recording"}


def _step_run_on(kind: ActKind, heard: list[IntentReading], clause: str, acts: list[Act],
                 turn: str, *, readings: list[IntentReading],
                 ) -> tuple[ActKind, list[IntentReading]]:
    """"I'll get a patrol to pop round | and have a word with them": an order's form run on
    after "and" from a promise is the step's doer acting again (`carried_on`): a promise,
    asking and advising the caller nothing."""
    if kind == "instruction" and acts and acts[-1].kind == "promise" and carried_on(
            clause, turn):
        return "promise", [r for r in heard if r.intent not in ADVICE]
    if acts and (acts[-1].kind == "promise" or any(
            r.intent == "next_steps" and r.affirmed and r.clause == acts[-1].clause
            for r in readings)) and listed_after(clause, turn):
        # "…to take a full description | and a recent photo of her": more the step takes
        return "promise", [r for r in heard if r.intent not in ASKING | ADVICE]
    return kind, heard


def _acknowledged(clause: str, heard: list[IntentReading], close: list[IntentReading], *,
                  noting: bool) -> tuple[list[IntentReading], list[IntentReading]]:
    """A clause's readings without what it resembles but does not do: the detail noted in a
    turn that notes what the caller said ("Right, the car keys on the path, I've made a
    note" asks nothing and advises nothing), or an explanation of a term or of how things
    work ("PSD is just short for Professional Standards"). What it resembles stays near."""
    if noting and noted_only(clause):
        dropped = _NOT_NOTED
    elif explains(clause):
        dropped = _NOT_EXPLAINED
    else:
        return heard, close
    kept = [r for r in heard if not (r.affirmed and r.intent in dropped)]
    return kept, close + [r for r in heard if r not in kept]


def _asking_nothing_of_their_own(
        parts: list[str], text: str, *, acts: list[Act], readings: list[IntentReading],
        main: ActKind | None, valued: set[str],
) -> tuple[list[Act], list[IntentReading], ActKind | None]:
    """The turn with what asks nothing of its own as the definitions rule: details said
    back only as noted ("14 Grange Road, got it.") are statements confirming nothing
    (`noted_back`; the values stay read, for the caller to check), and a tap code for a
    question ("Is he still there? One tap for yes.") carries no Silent Solution
    (`tap_codes`)."""
    said_back = valued | {a.clause for a in acts if a.kind == "readback"} | {
        r.clause for r in readings if r.intent == "confirm_details" and r.affirmed}
    holding = frozenset(r.clause for r in readings if r.intent != "confirm_details")
    noted = noted_details(parts, text, said_back, holding)
    if (noted or noted_summary(parts, text, said_back)) and said_back - {text} <= noted:
        noted.add(text)  # a reading of the whole turn (a summary) is noted with it
    acts, readings, main = as_noted(acts, readings, noted, main)
    if noted:
        # details said back, noted, comfort no one ("Right, 'you're coming in', I've
        # written that down"): only comfort's own words do, as in a read-back
        kept = _comfort_in_its_own_words(readings)
        gone = {r.clause for r in readings if r not in kept}
        acts = [replace(a, kind="statement") if a.kind == "reassurance" and a.clause in gone
                and not any(r.clause == a.clause for r in kept) else a for a in acts]
        readings = kept
        if main is not None and main not in [a.kind for a in acts]:
            main = None
        rest = [a for a in acts if a.clause not in noted]
        if main is None and rest and len(rest) < len(acts):
            # the note is said as "Right, I've got that" is: the turn is what else it does
            # ("Flat 6, got it. Keep the door locked." tells the caller what to do)
            main = turn_act(text, rest)
    acts, readings, main = _acknowledged_not_asked(text, acts, readings, main)
    return acts, tap_codes.for_questions(acts, readings), main


def _acknowledged_not_asked(text: str, acts: list[Act], readings: list[IntentReading],
                            main: ActKind | None,
                            ) -> tuple[list[Act], list[IntentReading], ActKind | None]:
    """A typed turn closed by "…, okay." or "…, right." takes in what the caller said: the
    closing word is no tag ("Two taps, okay.", "That's the music through the wall,
    okay."), so a last clause that asks only by it asks nothing. (Said with a "?" it is a
    tag, and the turn is left as it was.)"""
    if not acts or acts[-1].kind != "question" or not closed_by_acknowledgement(text):
        return acts, readings, main
    last = acts[-1].clause
    said = without_acknowledgement(last)
    if not said or asks(said) or is_tag_question(said) or wh_question(said) or REQUEST.search(
            spelled(said)):
        return acts, readings, main
    acts = [*acts[:-1], replace(acts[-1], kind="statement")]
    readings = [r for r in readings if not (r.clause == last and r.affirmed
                                            and r.intent in ASKING)]
    if main == "question":
        main = None
    return acts, readings, main


def _by_what_is_told(text: str, acts: list[Act], readings: list[IntentReading],
                     main: ActKind | None,
                     ) -> tuple[list[Act], list[IntentReading], ActKind | None]:
    """The caller's account put back with a tag is a read-back ("So you were stopped on
    Yarm Road, yeah?"); a check's result told is none ("the number comes back to …"), nor
    a detail given as the reason a question is waived ("…, near the shelter on Yarm Road
    will do")."""
    readings, main = tagged_summary(text, readings, main)
    acts, readings, main = results_not_read_back(text, acts, readings, main)
    # (a detail said as why a question is waived is no read-back: `waived_detail`)
    return reasons_not_read_back(text, acts, readings, main)


def _read_back_by_form(readings: list[IntentReading], acts: list[Act],
                       names_a_detail: Callable[[str], bool]) -> list[IntentReading]:
    """A turn read back by its form ("So that's PC 2471, yeah?", "Westbound, by the
    footbridge?") confirms details, though no value in it was recognised as one of the
    world's: a read-back always does (every author labels it so). Only where nothing else
    was heard: a turn with a waiver or a promise and a clause of the caller's facts ("no
    need to tell me how old she is, you've said fourteen") reads nothing back."""
    # (a place said back, "so that's Mill Lane, by the old chapel, yes?", is the
    # read-back too, though it resembles "where is it" more than any read-back: no clause of
    # it asks where by its own form)
    placed = bool(readings) and all(
        r.intent == "location" and r.affirmed and not _still_asks(r.clause) for r in readings)
    if readings and not placed and not all(
            r.intent in ASKING and r.affirmed and not _still_asks(r.clause) for r in readings):
        # (heard only as the caller's facts it says back, asked in no clause's form, the
        # turn still reads them back: "so that's Hoe Lane opposite the water tower, yes")
        return readings
    back = next((a for a in acts if a.kind == "readback"), None)
    if back is None and placed:
        # (the turn read back as a whole, its clauses each only stating: "Opposite the
        # chapel, by the bus shelter?")
        back = Act("readback", readings[0].clause, readings[0].confidence)
    if back is None or not names_a_detail(back.clause):
        return readings  # ("Purple monkey dishwasher?" is said like one, and names nothing)
    return [*(readings if not placed else ()), IntentReading(
        intent="confirm_details", confidence=back.confidence, polarity="affirm",
        subject="caller", clause=back.clause, phrase=FORM_READBACK_PHRASE, score=back.confidence,
        act="readback")]


def _no_comfort_in_read_back(readings: list[IntentReading]) -> list[IntentReading]:
    """In a turn that reads details back ("So that's Amira Khan, nine, in her school
    coat?"), a clause of the details comforts no one, however near comfort's phrasings
    ("that's it, …") it is: only comfort's own words (sympathy, praise, "don't worry")
    comfort there."""
    if not any(r.intent == "confirm_details" and r.affirmed for r in readings):
        return readings
    return _comfort_in_its_own_words(readings)


def _comfort_in_its_own_words(readings: list[IntentReading]) -> list[IntentReading]:
    """The readings without comfort heard where comfort's own words (sympathy, praise,
    "don't worry", help on its way) are not said."""
    return [r for r in readings if not (
        r.intent == "reassurance" and r.affirmed and not SYMPATHY.search(spelled(r.clause))
        and not REASSURANCE.search(spelled(r.clause)))]


# A fact put back as a follow-on after "and" ("Right. And that was this Friday?"): asked.
_AND_PUT_BACK = re.compile(r"(?i)(?:^|[.?!]\s+)\W*(?:(?:right|ok|okay|erm|um|so),?\s+)*and\s+"
                           r"(?:that|it|this|he|she|they)\b")


def _still_asks(clause: str) -> bool:
    """Does a clause of a read-back ask in its own right? A spoken tag after a value is the
    read-back's own check ("…, on Yarm Road, yeah?"); a question has its own form: a
    question word, "is he…", "any…", a request; a value put with a "?" alone may still
    ask ("and that was Friday?")."""
    core = spelled(core_of(clause))
    return ((asks(clause) and not (is_tag_question(clause.rstrip(" ?.!"))
                                   and not _ASKED_OF.match(core) and not _ANY.match(core)))
            or wh_question(clause) or bool(REQUEST.search(spelled(clause))))


def _read_back_asks_nothing(readings: list[IntentReading]) -> list[IntentReading]:
    """In a turn that reads details back ("So the stop was Friday the 20th, about half
    eleven at night?", "So they went right onto Loughborough Road…"), a clause stating the
    caller's facts asks for none of them. Only when a detail was heard read back, and no
    clause of it is in a question's form (a question word, "is he…", a request)."""
    # (the read-back's own reading is no question of its own, though it holds the turn's
    # "?": "So that's Hoe Lane, opposite the old water tower?"; but a fact put back after
    # "and" asks after it, "Right. And that was the Friday?")
    if not any(r.intent == "confirm_details" and r.affirmed for r in readings) or any(
            _still_asks(r.clause) for r in readings if r.intent != "confirm_details"
            or _AND_PUT_BACK.search(r.clause)):
        # nothing read back after all ("Any kids in the flat with you?"), or a request in
        # it ("I need his full name and his date of birth")
        return readings
    return [r for r in readings if not (r.intent in ASKING and r.affirmed)]


# A value just said, asked after as "that" ("…, is that still your address?", "…, is
# that the right number?"): the read-back's own check, no question of its own.
_THAT_CHECKED = re.compile(r"^ (?:(?:and|so|ok|right) )*(?:is|was) (?:that|this) (?:still |"
                           r"definitely |actually )?(?:the (?:right |correct )?|your |his |"
                           r"her |their )(?:\w+ )?(?:address|number|postcode|name|"
                           r"registration|reg|date of birth|mobile|surname) $")


def _checked_as_that(readings: list[IntentReading], acts: list[Act]) -> list[IntentReading]:
    """A clause asking whether "that" is the caller's detail, straight after a clause
    reading a detail back ("12 Mill Lane, is that your address?"), checks the value just
    said: it asks for no detail of its own (the read-back confirms it)."""
    said = [a.clause for a in acts]
    read_back = {r.clause for r in readings if r.intent == "confirm_details" and r.affirmed}
    checks = {c for at, c in enumerate(said) if at > 0 and said[at - 1] in read_back
              and _THAT_CHECKED.match(spelled(core_of(c)))}
    return [r for r in readings if not (r.clause in checks and r.intent in ASKING)]


_DESCRIBING = frozenset({"suspect_description", "person_description"})
# The questions a time or a place waived names by its asking word, either of which the last
# sighting's time and place also are.
_SIGHTING_KINDS = frozenset({"when_happened", "location"})
# A detail checked with the caller, not told by them: read back, spelled, repeated,
# confirmed. Only a waiver in these words puts aside the read-back (`confirm_details`); "no
# need to tell me what was in the jewellery box" puts aside the question, whatever read-back
# of the box the words resemble (every author: the read-back waived is said so).
# (a thing read out is the caller's telling of it, no read-back: "no need to read it out",
# `waivers.read_out_first`)
_CHECKING = re.compile(r" (?:read\w*(?! out )|spell\w*|repeat\w*|confirm\w*|check\w*|back|"
                       r"correct\w*|verif\w*) ")
# A topic naming a thing or a reported question, not a deed: "the time it happened".
_NAMED_THING = re.compile(r" (?:the|his|her|their|your|my|our|a|an|any|what|where|when|who|how|"
                          r"which|whether) ")
# "Don't worry, Arthur": comfort with the caller's name said to them, no name put aside
# (every development turn of the form is labelled reassurance alone, v9 to v34).
_WORRY_SAID_TO = re.compile(r"^\s*(?i:(?:(?:okay|ok|right|oh|and)[,\s]+)*(?:please\s+)?"
                            r"(?:don'?t (?:you )?worry|no worries))[,\s]+"
                            r"(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                            r"[\s,.!]*$")
# What follows a question meant ("I was going to ask about X"), setting it aside (after
# the caller's name, said between: "…, Jo, but there's no need").
_THEN_NOT = re.compile(r"^ (?:\w+ )?(?:but|though|however|except|only) ")
# A question meant, then dropped in a word or two that the clause cutter ran into the
# meant question's own clause ("I was about to ask whether he'd been drinking, but never
# mind", "…, but no matter": too short to be clauses of their own, `clauses`): the "but"
# is gone, and the drop is the clause's last words (v39; the same drop said in a clause of
# its own, "…, but it doesn't matter now", is read so by every author of v28 to v37).
_DROPPED_AT_END = re.compile(r" (?:never mind|no matter|forget it|forget that|no need|"
                             r"not to worry|does not matter|scratch that|skip it)"
                             r"(?: (?:now|then|actually|love|mate))? $")


def _checking(clause: str) -> bool:
    """Does the clause say a detail is checked with the caller (read back, spelled,
    confirmed), not told by them?"""
    return _CHECKING.search(read_out_first(spelled(clause))) is not None


_DAMAGE = re.compile(r" damage[ds]? ")
# A vehicle named, or "it" standing for one: its damage is the vehicle's description.
_VEHICLE = re.compile(r" (?:car|cars|van|vans|vehicle|vehicles|motor|bike|motorbike|lorry|"
                      r"truck|taxi|bus|reg|registration|plate|bonnet|bumper|wing|windscreen|"
                      r"it|its|hers|his) ")
# What the thing left alone may show, said straight after the advice: "…, there might be
# something in there with an address on it", "…, it could have his prints on".
_EVIDENCE_AFTER = re.compile(
    r"^ (?:(?:and|because|as|cos|since) )?(?:there|it|they|them|that|those|these)"
    r"(?: (?:\w+ ){0,2}?)? ?(?:might|may|could|will|would) (?:well )?(?:be|have|show)"
    r" (?:\w+ ){0,8}?(?:names?|address|addresses|details|prints|fingerprints|dna|evidence)"
    r"(?: |$)")


def _not_done_here(intent: str | None, clause: str, turn: str) -> str | None:
    """The intent the clause resembles, unless its words say it does another thing: a
    phone kept for a call to come holds no line ("keep your phone free in case she rings",
    `phone_kept`), the caller asked to read something out reads nothing back ("can you
    read it out to me?", `callers_reading`), where a detail asked after is written gives no
    reference ("it'll be on the slip he gave you", `written_there`)."""
    if intent == "stay_on_line" and kept_for_a_call(clause, turn):
        return None
    if intent == "confirm_details" and caller_reads(clause):
        return None
    if intent == "reference_number" and where_written(clause, turn):
        return None
    return intent


def _permitted_in_its_words(reading: IntentReading) -> bool:
    """Is the reading the advice refused by a leave to do what it is against, in the
    clause's own words ("you can hose the front down, no problem": what scene preservation
    is against, permitted)? The definitions' negate ("permits the opposite"), whatever the
    learnt check makes of a faint wording (v33; the form, across the sets since v5)."""
    return (not reading.affirmed and reading.score >= CONSIDERED
            and reading.intent in permitted_against(reading.clause))


def going_alone_forbidden(clause: str) -> bool:
    """Is the caller forbidden to go somewhere or after someone themselves ("don't go round
    there yourself", "please don't go driving round looking for him yourself")?"""
    said = spelled(clause)
    return bool(_FORBIDDEN_GOING.search(said)) and bool(_YOURSELF.search(said))


def _past_a_negative(best: IntentMatch | None, candidates: list[IntentMatch], clause: str,
                     threshold: float) -> IntentMatch | None:
    """What a clause nearest a library negative does by its form all the same, if it
    resembles that closely enough (else the negative): a yes-or-no question in its own form
    ("Is the music still going on now?") near a negative said as a remark ("The music's still
    going, yeah": the handler noting what the caller said) asks the question it resembles
    next (v33, v34; a negative that is itself a question, "are you still there?", still
    says the clause asks none); the caller forbidden to go after it themselves is the
    advice to keep safe (one author left "don't go driving round looking for her"
    unlabelled; v9 and v31 label it the advice)."""
    if best is None or best.intent != NONE:
        return best
    if asks(clause) and not wh_question(clause) and not asks(best.phrase):
        # (only a question as near as one heard without the learnt check: "is he answering
        # his phone at all?" is near "is he answering you", and asks no intent, v21; and
        # only whether it is so: "why's he kicking the door?" asks why, not whether he is
        # still there, v29's assessor)
        wanted, floor = ASKING, max(threshold, UNDOUBTED)
    elif going_alone_forbidden(clause):
        wanted, floor = frozenset({"safety_advice"}), threshold
    elif _need_denied_past_remark(clause, best.phrase):
        # "You don't need the officer's collar number for me to log this" near "the
        # officer's collar number is on the log" (v37): the detail's need denied is the
        # question waived, which a remark about the same detail is not; only a question as
        # near as one heard without the learnt check
        wanted, floor = ASKING, max(threshold, UNDOUBTED)
    else:
        return best
    return next((c for c in candidates[1:] if c.intent in wanted and c.score >= floor), best)


def _need_denied_past_remark(clause: str, negative: str) -> bool:
    """Does the clause deny the need of something where the negative it is nearest, a
    remark, denies nothing?"""
    said, remark = spelled(clause), spelled(negative)
    return bool(NOT_NEEDED.search(said)) and not (
        NOT_NEEDED.search(remark) or PROHIBITION.search(remark) or REFUSAL.search(remark))


def _settled_by_form(clause: str, turn: str, best: IntentMatch | None,
                     candidates: list[IntentMatch], *, interrogative: bool,
                     ) -> IntentMatch | None:
    """An intent the clause's form settles, heard whenever the clause resembles it at all
    (None if its form settles none):
    "Tap if you're still there" is the Silent Solution by its form (the definitions);
    "Don't go moving the bags, there may be something with an address on them": kept from
    handling for what it may show, the advice is the evidence's (scene preservation, the
    definitions' "don't touch"), whatever danger it resembles. (Settled here, the reading
    is heard though the verifier would doubt it; a turn that names evidence anywhere has
    its safety readings renamed later, `_kept_for_evidence`: one kind, two stages.)"""
    if _signalled(clause, turn) or (not interrogative and _SIGNAL_LET_OFF.search(
            spelled(clause))):
        # (so is the signal let off: "you dont have to keep tapping", "you can stop
        # pressing now", the Silent Solution said not needed, negated by `polarity`)
        return next((c for c in candidates if c.intent == SILENT_SOLUTION
                     and c.score >= CONSIDERED), None)
    if not interrogative and (declined := _declined_by_form(clause, best, candidates)):
        return declined
    if not interrogative and (_footage_let_go(clause) or examined_already(spelled(clause))):
        # "there's no need to hang on to the footage", "…, the fingerprint lady's done with
        # it": evidence let go is the scene's advice negated, whatever else it resembles
        # (the definitions' "advising to preserve evidence"; polarity says which way; kept,
        # it is heard by its resemblance alone: a faint "keep that clip" credits nothing)
        scene = next((c for c in candidates if c.intent == "scene_preservation"
                      and c.score >= CONSIDERED), None)
        if scene is None and examined_already(spelled(clause)) and _LEAVE_BESIDE.search(
                spelled(turn)):
            # ("you're alright to move the car now, | the fingerprint lady's done with it":
            # the reason for a leave, however little its words resemble the library's)
            scene = IntentMatch("scene_preservation", max(best.score if best else 0.0,
                                                          CONSIDERED), clause, EXAMINED_PHRASE)
        if scene is not None:
            return scene
    embedded = _ASKED_INSIDE.search(spelled(clause)) if interrogative else None
    if embedded is not None and (asked := named_by_asking(
            spelled(clause)[embedded.end() - 1:])) is not None:
        # "do you know when it was dumped?", "can you tell me when the bike went?": the
        # question put inside asks what its asking word asks, whatever deed it names
        return next((c for c in candidates if c.intent == asked and c.score >= CONSIDERED),
                    None if best is None else IntentMatch(asked, best.score, clause,
                                                          ASKED_INSIDE_PHRASE))
    wearing = _WEARING_ASKED.search(spelled(clause)) if interrogative else None
    if wearing is not None:
        # "what was Priya wearing when Ellie left her?": what someone wears is their
        # description, whatever the time after it resembles (the last sighting); whom it
        # is about says which description (`_reading`)
        described = next((c for c in candidates if c.intent in _DESCRIBING
                          and c.score >= CONSIDERED), None)
        if described is not None:
            return described
    if interrogative and best is not None and asks_how_known(clause):
        # "how do you know the man who's kicking the door?": the tie to the caller asked
        # (the definitions' relationship), however like describing him the words are
        return next((c for c in candidates if c.intent == "relationship"
                     and c.score >= CONSIDERED), IntentMatch(
                         "relationship", best.score, clause, KNOWN_PHRASE))
    if not interrogative and (told_to_contact_agency(clause) or told_to_contact_named_agency(
            clause, _said_before_clause(clause, turn))):
        # "…, so it's worth ringing them on Monday", after the council named: the caller
        # pointed to the agency (the definitions' signpost), whatever else "them" resembles
        return IntentMatch("signpost", max(best.score if best else 0.0, UNDOUBTED), clause,
                           next((c.phrase for c in candidates if c.intent == "signpost"),
                                FORM_PHRASE.format(act="signpost")))
    if not interrogative and _NOBODY_NEEDED_OUT.search(spelled(clause)):
        # "there's no need for officers to go out to it": the service declining to act is
        # the next step refused (the definitions), whatever place or advice it resembles
        return next((c for c in candidates if c.intent == "next_steps"
                     and c.score >= CONSIDERED), None)
    if (best is not None and best.intent == "safety_advice" and not interrogative
            and PROHIBITION.search(spelled(clause))
            and _EVIDENCE_AFTER.match(_said_after(clause, turn))):
        return IntentMatch("scene_preservation", best.score, best.clause, next(
            (c.phrase for c in candidates if c.intent == "scene_preservation"), best.phrase))
    return None


# A leave or a need denied in the turn, beside the examiners said to be done.
_LEAVE_BESIDE = re.compile(r" (?:can|could|may|fine to|ok to|okay to|all right to|alright to|"
                           r"free to|welcome to|no need|do not need|do not have to|need not) ")
EXAMINED_PHRASE = "(the scene's examiners said to be done with it, by its form)"
# Recorded evidence kept, hung on to, saved or let go: "hang on to that doorbell clip",
# "you don't need to keep the Ring footage now", "don't delete the video" (every author of
# the doorbell and dashcam scenes, v13 to v36, labels it the scene's advice, either way).
_FOOTAGE_KEPT = re.compile(
    r" (?:keep|keeping|hang on to|hanging on to|hold on to|keep hold of|save|saving|store|"
    r"delete|deleting|wipe|wiping|erase|erasing)(?: \w+){0,3}? (?:footage|recordings?|videos?|"
    r"clips?|cctv)\b")
def _footage_let_go(clause: str) -> bool:
    """Is recorded evidence let go in the clause: its keeping said not to be needed, or
    leave given to delete it ("no need to hang on to the footage", "you can delete the
    clip")?"""
    text = spelled(clause)
    kept = _FOOTAGE_KEPT.search(text)
    if kept is None:
        return False
    said = PSEUDO.sub(" ", in_scope(clause))
    return bool(NOT_NEEDED.search(said) or PERMISSION.search(said))


# What someone was or is wearing asked: "what was she wearing when she left school?",
# "can you tell me what Priya was wearing" (every author of the development sets, v3 to v34,
# labelled it a description; v33's "…when Ellie left her" was heard as the last sighting).
_WEARING_ASKED = re.compile(r" what (?:(?:was|is|were|are) (?:\w+ ){1,3}?|(?:\w+ ){1,3}?(?:was|is|"
                            r"were|are) )(?:wearing|dressed in) ")
ASKED_INSIDE_PHRASE = "(a time or a place asked inside a question, named by its asking word)"
# A question put inside a request or a question of knowing: "can you tell me when …", "do
# you know where …", "any idea when …".
_ASKED_INSIDE = re.compile(r"^ (?:(?:and|so|ok|right|now|then) )*(?:(?:can|could|would) you "
                           r"(?:just )?tell me|do you (?:know|remember)|(?:have you )?(?:got )?"
                           r"any idea) (?=(?:when|where|whereabouts|what time|what day) )")
# The service said not to need to come: "no need for officers to go out to it", "there's
# no need for anyone to come round tonight".
# (or the need denied of them, or of nobody: "nobody needs to come out to you about the car",
# v45; "the officers won't need to come back out", as "there's no need for an officer to
# come out", v46, and the definitions' "there's no need for the officers to come back")
_SERVICE = (r"(?:the |an |a |any )?(?:officers?|police|anyone|anybody|someone|somebody|unit|"
            r"patrol|car|crew|csi|scenes of crime|forensics?)")
_NOBODY_NEEDED_OUT = re.compile(
    rf"(?: no (?:more )?need for {_SERVICE} (?:to )?"
    rf"| (?:nobody|no one|no 1|{_SERVICE}) (?:needs|has|will need|will have|do not need|does not "
    r"need|will not need|would not need|do not have|does not have|will not have|need not)"
    r"(?: to)? )"
    # ("attend" and "visit" need no particle: "no need for officers to attend tonight", v41)
    r"(?:(?:attend|visit)\b|(?:come|go|get|be sent|attend|call|pop|visit)"
    r"(?: \w+)? (?:out|round|over|back|to)\b)")
_SIGNAL_WORD = re.compile(r" (?:tap|taps|tapping|cough|press|knock|noise|sound) ")
# The silent caller's signal said not to be needed, or let stop: "you dont have to keep
# tapping", "there's no need to press five five again", "you can stop pressing the keys"
# (every author of the silent calls, v10 to v17 and v36, labels it the Silent Solution
# negated, however faintly the words resemble the library's).
# (and the worry of it lifted: "don't worry about tapping again, I can hear you", v38,
# training j; "don't bother pressing anything", a need denied: the comfort the words
# resemble is the signal let off)
_SIGNAL_LET_OFF = re.compile(
    r" (?:no need|do not need|does not need|do not have|does not have|need not|no point|"
    r"(?:can|could|may) stop|(?:fine|ok|okay|all right) to stop|"
    r"do not (?:you )?(?:worry|bother|fret)(?: yourself)?(?: about| with)?)(?: to)?"
    r"(?: (?:keep|be|carry on|go on))? (?:tap|press|cough|knock|click)\w* "
    # (not a detail keyed in: "no need to tap out the address" waives the address)
    r"(?!(?:out|in|your|his|her|their|the (?:address|number|postcode|name|details)) )")


def _signalled(clause: str, turn: str) -> bool:
    """Does the clause ask the silent caller's signal of the Silent Solution ("tap if you're
    still there"), or give the signal whose condition the turn put first ("if you're still
    there, | give the phone a tap")?"""
    return signals_need_or_presence(clause) or (
        bool(_SIGNAL_WORD.search(spelled(clause))) and signals_need_or_presence(turn))


def _said_before_clause(clause: str, turn: str) -> str:
    """What the turn says before `clause` (the clause's words found in the spelled turn;
    the whole turn when they are not)."""
    said, whole = spelled(clause).strip(), spelled(turn)
    at = whole.find(said) if said else -1
    return whole[:at] if at >= 0 else whole


def _said_after(clause: str, turn: str) -> str:
    """What the turn says after `clause`, spelled (the clause as cut may have lost the
    turn's commas: "…your address Jo" in "…your address, Jo, but …")."""
    said, whole = spelled(clause).strip(), spelled(turn)
    at = whole.find(said)
    return whole[at + len(said):] if at >= 0 else ""


# The clause before an elided waiver said a question was to be put: "I was going to ask about
# the footage, but there's no need now", "I'd wanted his date of birth, but no need".
_MEANT_TO_ASK = re.compile(r" (?:ask|asked|asking|tell|need|needed|want|wanted|check|"
                           r"get|getting|take|taking) ")


def _waived_before(context: Context, intent: str) -> bool:
    """Did the clause just before, in the same turn, say another question was not needed?
    (The one it waived, asked again straight after, is the waiver's own words cut short:
    "no need to ask if the kids | are there …")"""
    last = context.previous[-1] if context.previous else None
    waived = {r.intent for r in last.intents if r.intent in ASKING and not r.affirmed} \
        if last is not None else set()
    return bool(waived) and intent not in waived


def _waived_last(context: Context) -> bool:
    """Was the last question said not to be needed ("I don't need a description of the
    driver, | the dashcam will have it")? Then what follows with no reading of its own
    gives the reason or moves on; it does not ask that question again."""
    # (past clauses that read nothing: "you needn't tell me about the traffic, | I know
    # it's clear, | but were the windows intact?" asks no traffic question again)
    said = next(([r for r in earlier.intents if r.intent == context.last_topic]
                 for earlier in reversed(context.previous) if earlier.intents), [])
    return bool(said) and not said[-1].affirmed


def _no_step_in_reasons(readings: list[IntentReading], waivers: set[str],
                        turn: str) -> list[IntentReading]:
    """After a question waived, what the handler or the service will do instead says how
    the detail will be had without asking ("you needn't list it all, the officer will take
    it", "no need for his name, we'll find out who they are", "leave your date of birth,
    we'll come back to it"): the reason it is not needed, no step promised. A step set
    against the waiver ("…, but someone will ring you tonight") is still one, and so is a
    step that reaches the caller ("…, the officer will go through it all with you":
    `steps_with_caller`)."""
    if not waivers:
        return readings
    order = [r.clause for r in readings]
    first = min(order.index(c) for c in waivers)
    return [r for at, r in enumerate(readings) if not (
        r.intent == "next_steps" and r.affirmed and at > first and r.clause not in waivers
        and not contrasted(turn, r.clause) and not reaches_caller(r.clause))]


def _carried(readings: list[IntentReading], clauses: list[str],
             turn: str) -> list[IntentReading]:
    """The turn's readings carried across its clauses (`carried_through`), each deed first
    read with the going out before it (`on_the_way`) and the danger it is said for
    (`in_danger`), and advice recalled only to be lifted read as lifted (`recalled`)."""
    return recalled_then_lifted(carried_through(advice_for_danger(
        deed_read_with_its_way(readings, clauses, turn), clauses), clauses, turn))


def _reasons_for_waiver(readings: list[IntentReading], turn: str = "") -> list[IntentReading]:
    """In a turn that waives a question ("no need to ask about weapons, you've said he's
    got nothing on him"; "you don't have to describe him, we know who he is"), a clause that
    states, not asks, gives the reason it is not needed: what it resembles is not asked.
    A clause in a question's form, or asking by a request, still asks."""
    readings = _no_comfort_in_reasons(readings)
    waivers = {r.clause for r in readings if r.intent in ASKING and not r.affirmed}
    readings = _no_step_in_reasons(readings, waivers, turn)
    # (a question put in the waiver's own clause is no reason: "don't worry about which
    # number what's the address")
    # (nor one asked by a tap code: "I won't ask if you've been drinking, | just tap once if
    # you're safe", v37: the Silent Solution's way of asking, whatever act it was read as)
    return [r for r in readings if not (waivers and r.intent in ASKING and r.affirmed
                                        and r.act not in ("question", "readback")
                                        and r.clause not in waivers
                                        and not inverted(r.clause)
                                        and not _TAP_IF.match(spelled(r.clause))
                                        # (nor the thing wanted instead: "…, just a contact
                                        # number please", a request put after the waiver)
                                        and not _WANTED_ANY.match(spelled(r.clause)))]


def _advice_in_reasons(readings: list[IntentReading], turn: str) -> list[IntentReading]:
    """After a thing said not to be needed or let off ("I won't ask about your car, if they
    never touched it"; "you needn't change the locks tonight, the door's fine as it is"),
    a clause that tells the caller nothing by its form gives the reason: what it resembles
    is not advised (what was not touched is why, no telling to keep it untouched). Not
    where the turn also tells the caller something by its form elsewhere."""
    # (said not to be needed, let off or declined in so many words: a misread "get her out"
    # is no thing waived, and what follows it may well advise)
    waived = [n for n, r in enumerate(readings) if not r.affirmed
              and (r.intent in ASKING or r.intent in ADVICE)]
    if not waived or not _waived_in_words(turn):
        return readings
    said_not = {readings[n].clause for n in waived}
    told = any(r.affirmed and r.intent in ADVICE and orders(r.clause) for r in readings)
    return [r for at, r in enumerate(readings) if told or not (
        r.affirmed and r.intent in ADVICE and at > waived[0] and r.clause not in said_not
        and not orders(r.clause) and not _ADVISED_IN_VOICE.search(spelled(r.clause))
        # (one that forbids in its own words advises: "…, he must not go outside to them",
        # said to the caller through the interpreter)
        and not FORBIDS.search(PSEUDO.sub(" ", in_scope(r.clause))))]


def _waived_in_words(turn: str) -> bool:
    """Does the turn say in so many words that a thing is not needed, may be left, or will
    not be asked ("you don't need to…", "forget…", "you can leave…", "I won't ask…")? Not
    "if you can …", a condition on what the caller is able to do."""
    said = spelled(turn).replace(" if you can ", " if ")
    return bool(NOT_NEEDED.search(said) or PERMISSION.search(said) or WAIVER.search(said)
                or declines(turn) or handlers_own_need(turn))


# Advice in the handler's own voice, no reason: "it's worth getting a better lock", "I'd
# try their noise team", "all you need to do is report it", "I'd think about a camera".
_ADVISED_IN_VOICE = re.compile(r" (?:worth|i would|we would|need to do|think about|you should|"
                               r"you ought|best|better off) ")


def _corrected(readings: list[IntentReading], acts: list[Act], text: str,
               valued: set[str]) -> list[IntentReading]:
    """The turn's readings after each rule that corrects one way they go wrong, in this
    order: the later rely on the earlier (a leave bounded by "just" is judged once the
    readings of a turn said both ways are known; evidence kept is judged last)."""
    said = [a.clause for a in acts]
    readings = _carried(_asked_to_hold_on(_wish_conceded(readings, text), said), said, text)
    readings = _advice_in_reasons(_reasons_for_waiver(readings, text), text)
    readings = _no_comfort_in_concession(readings, text)
    readings = _leave_bounded(_said_both_ways(_deed_done_advises_nothing(
        _reasons_for_advice(readings), said), text))
    readings = _reference_given(_held_not_read_back(readings, valued), valued, text)
    readings = no_way_as_advice(readings, said, text)
    readings = without_qualifiers(reasons_for_refusal(choices_not_advice(readings), text),
                                  acts, text)
    readings = staying_put_not_the_line(no_read_back_in_grounds(readings, text))
    readings = officers_asked_not_advice(still_there_not_present(readings, text))
    readings = failings_apologised_for(_looks_like_only(readings, text))
    return _described_from_a_photo(_vehicle_still_there(_ordered_not_comforted(
        _kept_for_evidence(_advised_as_i_would_not(readings), text))), text)


# A photograph of someone held or sent ("the officers have got his photo", "we've got a
# photo of him from last time", "the photo will do"); not a still from a camera ("the
# doorbell's got a clear picture", "his face on the footage").
_PHOTO = re.compile(r" (?:photo|photos|photograph|photographs)\b")
_CAMERA = re.compile(r" (?:doorbell|camera|cameras|cctv|footage|dashcam|video|ring) ")


def _described_from_a_photo(readings: list[IntentReading], text: str) -> list[IntentReading]:
    """A description of someone no one in the world is known as, heard as the offender's in a
    turn whose reason is a photo of them: the photo is what the family gives or the police
    hold of a missing or vulnerable person, so the description is theirs (person_description;
    v10, v11, v15, v17, v23, v25, v27, v33, v34, v36, acts_i, acts_l, acts_r: every author
    but one turn of v8 writes a description beside a photo as the person's). Whom the
    scenario's world names decides first (`_reading`); a turn that hears a missing person's
    description too keeps both ("…Jay's surname, have you got a photo of Priya…")."""
    said = spelled(text)
    if not _PHOTO.search(said) or _CAMERA.search(said) or any(
            r.intent == "person_description" for r in readings):
        return readings
    return [replace(r, intent="person_description") if r.intent == "suspect_description"
            and r.person is None else r for r in readings]


# Whether a thing is still where it was: "is the other car still there?", "is the BMW still
# in sight?", "is the other car still their or has it drove off" (not where it stands, "is
# her car still in the outside lane", a hazard, nor "still on the drive", asked to describe it).
# (or gone since: "…, or has it drove off")
_STILL_THERE = re.compile(r"^ (?:(?:and|so|ok|right|now|or) )*(?:(?:is|are) (?:\w+ ){1,3}still "
                          r"(?:there|their|in sight|about|around|nearby|here|outside)\b|"
                          r"(?:has|have) (?:it|they|he|she) (?:gone|left|drove off|driven off|"
                          r"gone off|pulled off|pulled away|driven away|drove away) ?$)")


def _vehicle_still_there(readings: list[IntentReading]) -> list[IntentReading]:
    """Whether a vehicle is still there, heard as its description: none of what describes a
    vehicle (make, model, colour, registration, damage) is asked; whether the other party
    is still there is (the definitions' suspect_present; v16, v20, v35)."""
    return [replace(r, intent="suspect_present") if r.intent == "vehicle_description"
            and r.affirmed and _STILL_THERE.match(spelled(r.clause)) else r for r in readings]


# The caller forbidden something ("don't go anywhere", "please don't go anywhere"): an order,
# not one of the comforts said of the caller ("don't worry", "don't panic", "don't be
# scared", "don't blame yourself").
_FORBIDDEN = re.compile(r"^ (?:(?:so|and|ok|right|please|just|now) )*(?:do not|never) (?!(?:you )?"
                        r"(?:worry|panic|fret|be |feel|blame|apologi|stress|get upset|upset|"
                        r"cry|rush|hurry|think)\w*)")
# The handler speaking of themselves: "I'm not going anywhere", "we're here".
_HANDLERS_OWN = re.compile(r"^ (?:(?:ok|right|so|and|but) )*(?:i|we) (?:am|are|will|have|do)\b")


def _ordered_not_comforted(readings: list[IntentReading]) -> list[IntentReading]:
    """Comfort heard only because an order to the caller is worded as the handler's own
    comfort ("don't go anywhere" as "I'm not going anywhere"; v6, v36, acts_b, acts_g,
    acts_l: every author labels the order alone as staying on the line, no comfort): the
    handler's promise about themselves, said of the caller, comforts no one."""
    return [r for r in readings if not (
        r.intent == "reassurance" and r.affirmed and _FORBIDDEN.match(spelled(r.clause))
        and _HANDLERS_OWN.match(spelled(r.phrase)))]


# A concession put before an order: "I know it's tempting, but don't …", "I know it's a
# mess, love, but try and leave the drawers …" (three authors, v16, v25, v32: none labelled
# comfort); the order after "but" is what is said.
_CONCEDED = re.compile(r" (?:(?:right|ok|look|now|and|so|well) )*(?:i|we) (?:know|understand|"
                       r"appreciate|realise|realize|get(?: that)?) ")


def _after_but(clause: str, said: str) -> str:
    """What the turn (spelled) says after a clause (spelled) when "but" follows it; "" when
    no "but" does."""
    at = said.find(clause.rstrip())
    after = said[at + len(clause.rstrip()):] if at >= 0 else ""
    return after if after.startswith(" but ") else ""


# The caller's wish conceded: "I know you'll want to tidy up", "I appreciate you'd like to
# get over there" (v5, v15, v22, v35; training c, h, l): what they would like, no leave.
_WISH = re.compile(r" (?:that )?you (?:will |would )?(?:want|wanna|like|feel like|be (?:wanting|"
                   r"keen|itching|dying|desperate|tempted))\b")


def _wish_conceded(readings: list[IntentReading], turn: str) -> list[IntentReading]:
    """The caller's wish conceded before "but" and an order of the same advice ("I know
    you'll want to tidy up, but leave the kitchen as it is") gives no leave to do it: the
    order after "but" is what is said, so the wish is read as nothing (read as a leave, it
    would also carry the leave on to the order)."""
    said = spelled(turn)

    def conceded(reading: IntentReading) -> bool:
        text = spelled(reading.clause)
        opening = _CONCEDED.match(text)
        if opening is None or reading.affirmed or reading.intent not in ADVICE or \
                _WISH.match(" " + text[opening.end():]) is None:
            return False
        after = _after_but(text, said)
        return any(r.intent == reading.intent and r.affirmed and spelled(r.clause).strip()
                   and spelled(r.clause).strip() in after for r in readings)

    return [r for r in readings if not conceded(r)]


def _no_comfort_in_concession(readings: list[IntentReading],
                              turn: str) -> list[IntentReading]:
    """A clause conceding something ("I know it's tempting") before "but" and an order the
    turn advises gives way to the order: with no comfort's own words in what is conceded
    (sympathy, "you're safe"), it comforts nothing, whatever comfort it resembles."""
    said = spelled(turn)
    advised = {r.clause for r in readings if r.intent in ADVICE and r.affirmed}

    def conceded(reading: IntentReading) -> bool:
        text = spelled(reading.clause)
        opening = _CONCEDED.match(text)
        if opening is None or reading.intent != "reassurance" or not reading.affirmed:
            return False
        what = " " + text[opening.end():]
        if SYMPATHY.search(what) or REASSURANCE.search(what):
            return False  # "I know it's frightening, but …": sympathy said outright
        after = _after_but(text, said)
        return any(spelled(c).strip() and spelled(c).strip() in after for c in advised)

    return [r for r in readings if not conceded(r)]


def _held_not_read_back(readings: list[IntentReading],
                        valued: set[str]) -> list[IntentReading]:
    """In a turn that advises or waives a question, a clause saying what the handler holds
    ("you don't have to repeat it, I've got it written down"; "you needn't hide any more,
    he's been taken out of the flat") gives the reason: with no value of the world said
    back in it, it confirms nothing."""
    if not any(r.intent in ADVICE or (r.intent in ASKING and not r.affirmed)
               for r in readings):
        return readings
    # (a clause put to the caller to check, "Priya, fourteen, pink rucksack, that's right?",
    # "so it was the back door, yes?", invites correction: a read-back, not a reason)
    return [r for r in readings if not (r.intent == "confirm_details" and r.affirmed
                                        and r.clause not in valued
                                        and not _CHECK_TAG.search(spelled(r.clause)))]


# The tag that puts a summary to the caller to be corrected (the definitions' read-back).
_CHECK_TAG = re.compile(r" (?:yes|yeah|right|correct|is that right|is that correct|that is right|"
                        r"that is correct|have i got that right|did i get that right|"
                        r"am i right) $")


def _reference_given(readings: list[IntentReading], valued: set[str],
                     text: str) -> list[IntentReading]:
    """A reference number given for the caller to note ("jot this down, it's four four one
    seven") is no read-back (the definitions): its digits confirm nothing, unless the turn
    puts something to the caller to check ("…, is that right?") or says back a value of
    the world."""
    if invites_correction(text) or not any(
            r.intent == "reference_number" and r.affirmed for r in readings):
        return readings
    return [r for r in readings if not (r.intent == "confirm_details" and r.affirmed
                                        and r.clause not in valued)]


def _said_both_ways(readings: list[IntentReading], turn: str = "") -> list[IntentReading]:
    """A thing declined and then a statement that resembles it ("we won't need an
    interpreter, I can understand you fine"; "scene's released, tidy up as you like"): the
    statement is the reason, the turn declines it. So is a clause that gives a ground by its
    form, whatever act its resemblance gave it ("that's an apology I can't give you, | the
    stop itself was lawful"), or says what the caller has already done ("you've pressed
    fifty-five, | you don't need to press anything else"), before or after the refusal.
    (An order that undoes a leave is not a statement: "you can tidy up; no, keep it as it
    is" stays both ways, in order.)"""
    declined = {r.intent for r in readings if not r.affirmed}
    return [r for r in readings if not (r.affirmed and r.intent in declined and (
        r.act == "statement" or gives_grounds(r.clause) or done_by_caller(r.clause))
        and not _set_against_refusal(r, readings, turn))]


def _set_against_refusal(reading: IntentReading, readings: list[IntentReading],
                         turn: str) -> bool:
    """Is the thing done said after "but", set against its refusal before it ("If you'd
    rather not go formal I can explain a local resolution, but with a discrimination
    allegation I'm obliged to record it", held-back r)? It is no reason for the refusal
    but the other way of it, and the turn says it both ways."""
    before = readings[: readings.index(reading)]
    return bool(turn) and contrasted(turn, reading.clause) and any(
        r.intent == reading.intent and not r.affirmed for r in before)


def _deed_done_advises_nothing(readings: list[IntentReading],
                               clauses: list[str]) -> list[IntentReading]:
    """What the caller has already done, said back to them ("You've pressed five five, so
    you don't need to do anything else"), tells them to do nothing: no advice is affirmed
    in it, whatever advice it resembles (every author who wrote "you've pressed 55",
    acts_g, h, k, p and v33, labels no silent solution affirmed in it). A need denied
    straight after it that names nothing of its own ("…, you don't need to do anything
    else", "…, no need to do it again") denies the deed: that advice, negated."""
    heard = {r.clause for r in readings}
    out: list[IntentReading] = []
    for r in readings:
        if not (r.affirmed and r.intent in ADVICE and done_by_caller(r.clause)):
            out.append(r)
            continue
        at = clauses.index(r.clause) if r.clause in clauses else -1
        after = clauses[at + 1] if 0 <= at < len(clauses) - 1 else ""
        if after and after not in heard and NOT_NEEDED.search(spelled(after)):
            out.append(replace(r, polarity="negate", clause=after))
    return out


def _asked_to_hold_on(readings: list[IntentReading], clauses: list[str]) -> list[IntentReading]:
    """"I'll get an interpreter on for you, just hold on a second": the caller asked to hold
    on is asked to stay on the line, though the two words alone resemble it too little and
    run on after a step ("… on the line just hold on for me"). Only with "just" or whom or
    how long for: a bare "hang on, I've lost my place" is the handler's pause."""
    if any(r.intent == "stay_on_line" for r in readings):
        return readings
    held = next((c for c in clauses if _JUST_HOLD_ON.search(spelled(c))), None)
    if held is None:
        return readings
    return [*readings, IntentReading(
        intent="stay_on_line", confidence=FORM_CONFIDENCE, polarity="affirm", subject="caller",
        clause=held, phrase=HOLD_ON_PHRASE, score=FORM_CONFIDENCE, act="instruction")]


def _leave_bounded(readings: list[IntentReading]) -> list[IntentReading]:
    """A leave given, then the same advice ordered after "just" ("you're fine to use the
    kitchen, just keep out of the front room"): the leave says where the advice stops, and
    the turn gives the advice (the authors label it affirmed, not both ways)."""
    out = list(readings)
    for at, leave in enumerate(readings):
        # (the leave's own clause, or one before it that it is joined on to: "you're fine
        # to put the kettle on and sit in the kitchen")
        if leave.intent not in ADVICE or leave.affirmed or not any(PERMISSION.search(
                PSEUDO.sub(" ", in_scope(r.clause))) for r in readings[: at + 1]):
            continue
        if any(r.intent == leave.intent and r.affirmed and _JUST_ORDER.match(spelled(r.clause))
               for r in readings[at + 1:]):
            out.remove(leave)
    return out


def _reasons_for_advice(readings: list[IntentReading]) -> list[IntentReading]:
    """In a turn that advises ("you needn't stay behind the barrier now, the road's closed
    both ways"; "Kyle's been arrested, so you don't need to keep the kids in"), a clause
    that only states gives the advice's reason: what it resembles is not asked. (A
    statement standing alone may ask by its tone: "and nobody's threatened you?")"""
    if not any(r.intent in ADVICE for r in readings):
        return readings
    # (nor is what someone will or might do, said as a fact and not promised: "don't touch
    # the van, the officers might get prints off it", "you can come out now, the lane's
    # shut": the reason, no next step)
    return [r for r in readings if not (r.affirmed and (
        (r.intent in ASKING and r.act == "statement") or (
            r.intent == "next_steps" and r.act not in ("promise", "question")
            and any(o.intent in ADVICE and o.clause != r.clause for o in readings))))]


# The time alone asked after a question: "…, and roughly what time?", "…, and what time was
# that?" (no event of its own named).
_TIME_ALONE = re.compile(r" (?:(?:and|so|ok|right) )*(?:(?:roughly|about|around|approximately|"
                         r"exactly) )?(?:what time|when)(?: (?:was|is|would) (?:that|it|this)"
                         r"(?: be)?)?(?: (?:roughly|about|exactly|do you know|do you think|"
                         r"would you say))? ")


def _time_of_sighting(readings: list[IntentReading]) -> list[IntentReading]:
    """The time alone asked after where a missing person was last seen ("Where was she last
    seen, and roughly what time?") is the sighting's time: last seen is asking "when and
    where" (docs/intent-definitions.md), no other event's time (v10, v29)."""
    sighted = {r.clause for r in readings if r.intent == "last_seen" and r.affirmed}
    if not sighted:
        return readings
    return [replace(r, intent="last_seen") if (
        r.intent == "when_happened" and r.affirmed and r.clause not in sighted
        and _TIME_ALONE.fullmatch(spelled(r.clause))) else r for r in readings]


def _put_off_after_waiver(readings: list[IntentReading]) -> list[IntentReading]:
    """A clause putting the waived thing off till later ("Forget the reference number for
    now, | we'll sort that out at the end", "…, we can go through that later") only says
    when it will be had: no comfort, step or advice of its own, whatever "we'll sort this
    out" it resembles (every author's form, v9 to v37 and the training authors, labels the
    waiver alone). Only the handler's own putting off ("we", "I"): "…, the officer will go
    through it with you" is a step that reaches the caller (`steps_with_caller`)."""
    waived = {r.clause for r in readings if not r.affirmed}
    if not waived:
        return readings
    return [r for r in readings if not (
        r.affirmed and r.clause not in waived and _PUT_OFF.match(spelled(r.clause)))]


# "we'll sort that out at the end", "we can go through that later", "I'll get it later"
_PUT_OFF = re.compile(
    r" (?:(?:and|so|but|ok|right) )*(?:we|i) (?:will|can|could|shall|ll) (?:\w+ )?(?:sort|come "
    r"back to|go through|go over|deal with|look at|get|do|pick|cover|take|talk about) (?:that|"
    r"it|this|them|those)(?: out| up| down)? (?:\w+ ){0,3}?(?:later|end|another time|after|"
    r"afterwards|tomorrow|in a bit|in a minute|once|when|next) ")


def _sorry_said_again(readings: list[IntentReading]) -> list[IntentReading]:
    """In a turn that apologises, a clause saying sorry that resembles comfort ("I'm sorry
    your family had to go through that again, and I'm sorry it's taken us so long") is the
    apology said again, for what the caller went through: no comfort of its own (sympathy
    for news, "sorry to hear that", still comforts, as the definitions say)."""
    if not any(r.intent == "apology" and r.affirmed for r in readings):
        return readings
    return [r for r in readings if not (
        r.intent == "reassurance" and r.affirmed and ((_SORRY.search(spelled(r.clause))
        and not _SORRY_TO_HEAR.search(spelled(r.clause))) or _ACKNOWLEDGED.match(
            spelled(r.clause))))]


# The handler owning what the caller feels or went through, beside an apology ("I hear you,
# and I'm sorry, …", "I know you've been waiting ages, … I'm genuinely sorry", "…, I know
# it's frustrating"): the apology's own preface, as every author but one labels it (v8,
# v31, v37, acts_a, acts_c, acts_h, acts_n, acts_r; "I can hear how fed up you are" is
# sympathy, acts_k).
_ACKNOWLEDGED = re.compile(r" (?:(?:and|so|look|erm|um|but|ok|right|yes|yeah) )*i "
                           r"(?:hear|know|understand|get|appreciate)(?: |$)")


_SORRY = re.compile(r" (?:sorry|apologise|apologies) ")
_SORRY_TO_HEAR = re.compile(r" sorry (?:to (?:hear|see|learn)|for your loss|(?:that|this) (?:has )?"
                            r"happened) ")


_HANDLER_KNOWS = re.compile(r" (?:(?:and|but|so|because|cos|as|ok|right) )*(?:i|we) "
                            r"(?:know|can (?:hear|see|tell)|have got|got) (?:that )?you ")


def _no_comfort_in_reasons(readings: list[IntentReading]) -> list[IntentReading]:
    """A clause said straight after a thing said not to be needed, stating why ("you don't
    need to phone 111 as well, we're dealing with him"; "…, that's all done now") gives the
    reason, to no one in particular: without comfort's own words (sympathy, "don't worry",
    help on its way) or a word to the caller, it only resembles comfort, and not closely
    ("…, I'm still here" is comfort said outright)."""
    waived = [n for n, r in enumerate(readings) if not r.affirmed
              and NOT_NEEDED.search(in_scope(r.clause))]
    if not waived:
        return readings
    after = {readings[n].clause for n in waived}
    out: list[IntentReading] = []
    for at, r in enumerate(readings):
        text = spelled(r.clause)
        # (a word to the caller may comfort, but not after a question waived: "don't try
        # for the rest of the reg, you've given me enough" is why it is not needed, however
        # near comfort's phrasings it is)
        asked = at > 0 and readings[at - 1].intent in ASKING
        # (what the handler knows of the caller is why, not a word to them: "you don't
        # have to keep tapping, I know you're still with me", v21 and v29)
        to_caller = (" you " in text or " your " in text) and not asked and not (
            _HANDLER_KNOWS.match(text))
        if (r.intent == "reassurance" and r.affirmed and (r.score < UNDOUBTED or asked)
                and at and readings[at - 1].clause in after
                and r.clause not in after and not (SYMPATHY.search(text) or REASSURANCE.search(
                    text) or to_caller)):
            continue
        out.append(r)
    return out


_ANY = re.compile(r" (?:any|anyone|anybody|anything|someone|somebody|what|where|when|who|how|"
                  r"which|why|whose|whereabouts) ")  # ("how badly hurt is she" asks)


def _act_in_turn(clause: str, heard: list[IntentReading], backs: bool, *, last: Act | None,
                 before: str, turn: str) -> tuple[ActKind, list[IntentReading]]:
    """The act of a clause of the turn, and what it carries: a verb going on with the
    subject of the clause before ("this has to be recorded formally | and go to
    Professional Standards") takes that clause's act (`last`, said as `before`, when it
    asked nothing and read nothing back) and advises and asks nothing of its own ("someone
    will pop round | and talk to you about the other break-ins")."""
    given = any(r.intent == "reference_number" for r in heard)  # "your reference is…"
    kind = act_of(clause, heard, backs and not given)
    if kind == "instruction" and _TAP_IF.match(spelled(clause)) and any(
            r.affirmed and r.intent in ASKING for r in heard):
        # "…, just tap once if you're hurt": the tap code asks whether the caller is
        kind = "question"
    if ((kind == "statement" and _WANTED_INSTEAD.match(spelled(clause))) or (
            kind == "instruction" and _WANTED_ANY.match(spelled(clause)))) and any(
            r.affirmed and r.intent in ASKING for r in heard):
        # "…, just what he looked like": the detail wanted is asked for, a request
        kind = "question"
    if kind == "statement" and any(r.affirmed and r.intent in ADVICE for r in heard) and (
            _ordered_on(clause)):
        # "i wont ask your date of birth just keep the line open": the order run on after
        # the waiver tells, as it does typed after a comma
        kind = "instruction"
    if last is not None and last.kind not in ("question", "readback") and goes_on_from(
            before, clause, turn):
        return last.kind, [r for r in heard if not (r.affirmed and r.intent in ADVICE | ASKING)]
    return kind, heard


# What the service does with the call, said to the caller: no telling of its own.
_SERVICE_DOES = frozenset({"complaint_recording", "next_steps"})


# The force's name opening the turn, before what is asked: "Essex Police, what's the
# emergency?" (the clause cutter leaves the name out of the question, `scoring.intents`).
# The bare service's name answers too ("Police emergency, what's happened?", typed or heard
# as "police whats your emergency"), when a question word follows it straight away.
_FORCE_ANSWERS = re.compile(rf"^\W*(?:(?:(?!and\b){FORCE_NAME_WORD}[\w'-]* ){{1,3}}"
                            r"(?:police|constabulary)\b[\s,;:-]|police(?: emergency| control)?"
                            r"\W+(?=(?:what|how)))", re.IGNORECASE)
# A clause only naming the force and its desk, before the formula's question ("Cleveland
# Police complaints line, | how can I help?", "Essex Police resolution team, | …").
_FORCE_NAMED = re.compile(rf"^\W*(?:(?!and\b){FORCE_NAME_WORD}[\w'-]* ){{0,3}}"
                          r"(?:police|constabulary)(?: [a-z0-9'-]+){0,3}\W*$", re.IGNORECASE)


def _answering_formula(text: str, acts: list[Act], readings: list[IntentReading]) -> list[Act]:
    """The force's answering formula, asking what has happened and nothing else, is a
    greeting even when it asks (the definitions' ruling), whatever the question's words
    ("Cleveland Police, what's happened?", "Essex Police, what's the emergency?"); the
    force's name said as a clause of its own before the formula's greeting ("Cleveland
    Police complaints line, how can I help?") is part of the greeting."""
    if not readings or not all(r.intent == "what_happened" and r.affirmed for r in readings):
        return acts
    if len(acts) == 1 and acts[0].kind == "question" and _FORCE_ANSWERS.match(text):
        return [Act("greeting", acts[0].clause, acts[0].confidence)]
    if ([a.kind for a in acts] == ["greeting", "question"] and _FORCE_ANSWERS.match(text)
            and GREETING.search(spelled(acts[0].clause))):
        # "Humberside Police, you're speaking to Jess, what's happened?": the handler named
        # inside the formula; its question is still the formula's
        return [acts[0], Act("greeting", acts[1].clause, acts[1].confidence)]
    if (len(acts) == 2 and acts[0].kind == "statement" and acts[1].kind == "greeting"
            and _FORCE_NAMED.match(acts[0].clause)):
        return [Act("greeting", acts[0].clause, acts[0].confidence), acts[1]]
    return acts


def _said_so(main: ActKind, acts: list[Act], readings: list[IntentReading], text: str) -> bool:
    """Forms the learnt model may overrule that settle the act: what the service does, with
    nothing told, advised or waived ("because of what you've said, it has to be recorded
    and go to the standards team": no instruction); an earlier telling said to stand (an
    instruction); sorry in so many words for what the service did (an apology, no comfort);
    the answering formula (a greeting, the definitions' ruling)."""
    if main == "instruction" and not any(a.kind == "instruction" for a in acts) and (
            readings and all(r.affirmed and r.intent in _SERVICE_DOES for r in readings)):
        return True
    if main == "statement" and still_stands(text):
        return True
    if main == "reassurance" and any(a.kind == "apology" and _APOLOGY_WORD.search(a.clause)
                                     for a in acts):
        return True
    # (the formula is a greeting whatever the model hears in it: "police whats your
    # emergancy" is no comfort, "… complaints line, how can I help?" no question)
    return [a.kind for a in acts] in (
        ["greeting"], ["statement", "greeting"], ["greeting", "greeting"]) and all(
        r.intent == "what_happened" for r in readings) and (
        main == "question" or acts[0].kind == "greeting")


# Advice as the handler would not do it in the caller's place: "I'd not …", "I wouldn't …".
_AS_I_WOULD_NOT = re.compile(r" (?:(?:ok|right|so|well|honestly) )*i would (?:probably |really |"
                             r"personally |honestly )?not (?!(?:be|have|know|say|think|expect|"
                             r"want|need|worry|fret|mind|like|blame)\b)\w+ ")
# A silent caller's signal named: "tap", "give the phone a tap", "press 55", "cough".
_SIGNALLED = re.compile(r" (?:tap|taps|tapping|press|pressing|cough|coughing) ")


# Evidence given as the advice's reason: prints, the CSI, forensics, what the officers will
# want to check, something in it with a name or an address on.
_FOR_EVIDENCE = re.compile(
    r"(?i)\b(?:prints?|fingerprints?|csi|c s i|scenes? of crime|forensics?|evidence|dna)\b|"
    r"\bofficers? (?:will|'ll|might|may|would) (?:want|need) to (?:check|see|look)|"
    r"\b(?:a|an|their|his|her|someone's) (?:name|address)(?: \w+)? (?:on|in)\b(?! (?:file|"
    r"the (?:record|system|log|file))\b)")


def _kept_for_evidence(readings: list[IntentReading], text: str) -> list[IntentReading]:
    """Advice to keep off or leave alone what the turn says holds evidence ("try not to go
    near the van, they might have left prints"; "please don't move the bags, there could be
    something in them with an address on") preserves the scene: it is no safety advice
    (no author of the development or training sets labels safety advice in such a turn).
    Heard beside scene preservation, the safety reading goes; heard alone, it is that
    advice. (A prohibition followed at once by what it may show is settled as scene
    preservation while the clause is read, `_settled_by_form`, so that it is heard at
    all.)"""
    if not _FOR_EVIDENCE.search(text):
        return readings
    unsafe = [r for r in readings if r.intent == "safety_advice" and r.affirmed]
    if not unsafe:
        return _lifted_for_evidence(readings)
    if any(r.intent == "scene_preservation" for r in readings):
        return [r for r in readings if r not in unsafe]
    return [replace(r, intent="scene_preservation") if r in unsafe else r for r in readings]


def _lifted_for_evidence(readings: list[IntentReading]) -> list[IntentReading]:
    """Advice lifted in a turn whose reason is the evidence work done ("you can have the
    neighbours in the house again, the fingerprint officer's all done"; "no need to keep
    away from the back door any more, she's got her prints") lets the scene go: it is no
    safety advice lifted, however like going back in the words are (no author labels
    safety advice lifted beside such a reason; v27, v36, acts_h). Heard beside scene
    preservation, the scene's reading says it already ("you can go out to the van now,
    but don't touch the glass, they'll want prints": the danger lifted, the scene kept)."""
    if any(r.intent == "scene_preservation" for r in readings):
        return readings
    return [replace(r, intent="scene_preservation") if r.intent == "safety_advice"
            and not r.affirmed else r for r in readings]


# Whether the door or lock between the caller and the offender holds: "is the door still
# holding?", "has the lock held?"
_DOOR_HOLDS = re.compile(r" (?:is|are|has|have|will) (?:the|that|your|this|the front|the back|"
                         r"the bedroom) (?:door|doors|lock|locks|chain) (?:still )?(?:holding|"
                         r"held|hold|holding up|going to hold) ")


def _looks_like_only(readings: list[IntentReading], text: str) -> list[IntentReading]:
    """The turn's readings without what its clauses only resemble, by their form: someone
    brought onto the line, a door holding, a reference of the caller's said back."""
    return brought_on_not_the_line(_door_holding(_reference_theirs(readings, text)))


def _reference_theirs(readings: list[IntentReading], text: str) -> list[IntentReading]:
    """A reference the caller holds, said back ("SS-26-11-0417, off the slip he gave you",
    "…, the slip number SS-26-11-0417, noted"), gives no reference and asks them to note
    none (`reference_number` is giving one or asking them to note one), in its own clause
    or the clause that says whose it is."""
    if gives_a_reference(text) or not any(
            says_back_a_reference(c) for c in (text, *(r.clause for r in readings))):
        return readings  # ("Yes, sorry. Reference number is HU 2611 0291." gives one)
    return [r for r in readings if not (r.intent == "reference_number" and r.affirmed
                                        and not gives_a_reference(r.clause))]


def _door_holding(readings: list[IntentReading]) -> list[IntentReading]:
    """Asking whether the door holds asks whether the caller is safe (the definitions'
    caller_safe: "can lock a door"), not whether the offender is still there, however
    near its words come to "is he still at the door"."""
    held = [r for r in readings if r.intent == "suspect_present" and r.affirmed
            and _DOOR_HOLDS.search(spelled(r.clause))]
    if not held:
        return readings
    if any(r.intent == "caller_safe" and r.affirmed for r in readings):
        return [r for r in readings if r not in held]
    return [replace(r, intent="caller_safe", subject="caller", person=None) if r in held else r
            for r in readings]


def _advised_as_i_would_not(readings: list[IntentReading]) -> list[IntentReading]:
    """Advice put as what the handler would not do ("I'd probably not stand in the
    outside lane") asks nothing, though it names what a question would ask about ("is the
    car in the outside lane?")."""
    return [r for r in readings if not (r.affirmed and r.intent in ASKING and r.act !=
                                        "question" and _AS_I_WOULD_NOT.match(spelled(r.clause)))]


def _told_by_form(main: ActKind, acts: list[Act], readings: list[IntentReading],
                  text: str) -> bool:
    """An instruction by its form that the learnt model may not overrule: telling a silent
    caller how to signal, or that they need not ("tap if you're still there", "no need to
    tap any more"; the definitions' silent solution; only a tap code put after a question
    answers it, and that turn asks by its form); advice put as what the handler would not
    do in the caller's place ("I'd not go rooting through the bags, …", "I wouldn't drive
    over tonight, love")."""
    if main == "question" and "?" not in text and acts and all(
            a.kind == "instruction" for a in acts) and (any(
            r.intent == "silent_solution" for r in readings) or any(
            _SIGNALLED.search(spelled(a.clause)) for a in acts)):
        return True
    return main == "statement" and bool(acts) and acts[0].kind == "instruction" and bool(
        _AS_I_WOULD_NOT.match(spelled(acts[0].clause)))


# Ways of dealing with it set side by side for the caller to choose: "there's two ways this
# can go", "you've got a choice", "you can have this recorded formally, or I can try and
# put it right now".
_TWO_WAYS = re.compile(r" (?:two|2|a couple of) (?:ways|options|routes|choices) | you (?:have |"
                       r"ve )?got a choice ")
_YOU_CAN_HAVE = re.compile(r"^ (?:(?:so|ok|right|well|now|then) )*you (?:can|could) (?:either )?"
                           r"have (?:this|it|that) ")
_OR_WE_CAN = re.compile(r" or (?:i|we) (?:can|could) ")


def _choice_offered(text: str, acts: list[Act], readings: list[IntentReading],
                    main: ActKind | None,
                    ) -> tuple[list[Act], list[IntentReading], ActKind | None]:
    """A turn setting ways of dealing with the matter side by side for the caller to
    choose ("You can have this recorded formally, or I can try and resolve it with you now,
    it's your choice") explains what can happen: a statement, though "you can" opens it
    (what the caller may do with the choice, "you can still come back to us", is part of
    the explanation). Not when a clause asks which ("…, so which would you prefer?")."""
    said = spelled(text)
    offered = bool(_TWO_WAYS.search(said)) or bool(
        _YOU_CAN_HAVE.match(said) and _OR_WE_CAN.search(said))
    if not offered or (main or turn_act(text, acts)) != "instruction" or any(
            a.kind == "question" for a in acts) or any(r.intent in ADVICE for r in readings):
        return acts, readings, main
    return acts, readings, "statement"


def _given_after_declining(text: str, acts: list[Act], readings: list[IntentReading],
                           main: ActKind | None,
                           ) -> tuple[list[Act], list[IntentReading], ActKind | None]:
    """A turn that opens by declining or waiving the handler's own need, then gives what
    it does instead, is for what it gives: a step of the service promised ("I won't be
    sending you to the council, we'll get a patrol to pass by": a promise) or comfort in
    comfort's own words ("I'm not going to ask you anything else, you've been brilliant":
    a reassurance). Not a reason only ("…, we've got it on file"), which leaves the turn
    a statement."""
    if (main or turn_act(text, acts)) != "statement" or len(acts) < 2 or (
            acts[0].kind != "statement") or any(a.kind == "question" for a in acts) or not (
            declines(acts[0].clause) or handlers_own_need(acts[0].clause)):
        return acts, readings, main
    for act in acts[1:]:
        heard = {r.intent for r in readings if r.clause == act.clause and r.affirmed}
        said = spelled(act.clause)
        if act.kind == "promise" and "next_steps" in heard:
            return acts, readings, "promise"
        if act.kind == "reassurance" and "reassurance" in heard and (
                SYMPATHY.search(said) or (REASSURANCE.search(said)
                                          and not _UNTIL.search(said))):
            # (comfort's words put as when: "that can all wait till you're safe" is why)
            return acts, readings, "reassurance"
    return acts, readings, main


_UNTIL = re.compile(r" (?:till|until|once|when|before|after) ")


def _no_comfort_in_leave(clause: str, heard: list[IntentReading]) -> list[IntentReading]:
    """The clause's readings without comfort where it gives the caller leave ("you're okay
    to use the car today", "right, you're okay to go now"): what they may do, no comfort."""
    if not gives_leave(clause):
        return heard
    return [r for r in heard if not (r.intent == "reassurance" and r.affirmed)]


def _told_first(main: ActKind, acts: list[Act]) -> bool:
    """A turn opening by telling the caller in so many words, which the learnt model hears
    as a statement: the handler's request said in the future or as made before ("in a
    minute I'm going to ask you to press 55", "I asked you to tap earlier, so do it again
    if you need us"), or a detail let off ("let's skip the reference for now", "I'd not
    worry about security lights"); or as comfort, for the praise after it ("stay on the
    line for me, you're doing so well")."""
    if not acts or acts[0].kind != "instruction":
        return False
    if main == "reassurance":
        # "Stay on the line for me, Chloe, you're doing so well": the telling, then praise
        return "reassurance" in [a.kind for a in acts[1:]] and tells_before_comfort(
            acts[0].clause)
    return main == "statement" and (asks_caller_to(acts[0].clause)
                                    or lets_caller_off(acts[0].clause))


def _need_of_others(main: ActKind, acts: list[Act]) -> bool:
    """A need denied of someone other than the caller ("the DVLA don't need to be
    involved", "no need for the interpreter now, we're done"), which the learnt model
    hears as an instruction: a statement by the definitions when no clause of the turn
    tells the caller anything."""
    return main == "instruction" and bool(acts) and acts[0].kind == "statement" and (
        others_need_not(acts[0].clause)) and not any(
        a.kind == "instruction" and tells_caller(a.clause) for a in acts)


def _only_noted(acts: list[Act], readings: list[IntentReading]) -> bool:
    """Is the turn only a note of what the caller said: statements, one of them recording
    it ("I've noted that", "…, got it"), nothing heard, nothing asked by its form?"""
    return not readings and all(a.kind == "statement" for a in acts) and any(
        notes(a.clause) for a in acts) and not any(put_as_question(a.clause) for a in acts)


def _order_recalled(main: ActKind, acts: list[Act], text: str) -> bool:
    """Does the turn open with the handler's own order recalled, which settles it as an
    instruction ("I did say to leave the keys where they were, but don't worry":
    `acts.turn_act`), whatever the learnt model makes of what follows?"""
    return main != "instruction" and bool(acts) and recalls_own_order(
        acts[0].clause) and turn_act(text, acts) == "instruction"


def _kept_from_model(main: ActKind, acts: list[Act], readings: list[IntentReading],
                     readback: bool, text: str = "") -> bool:
    """Where the form settles the act, the learnt model does not overrule it: a clause
    opening with a question word asks ("Sorry, and how long has the music been going?" is
    no read-back) when nothing in the turn was read back; a reference number given ("your
    reference for tonight is 1123 of the 28th", not asking "…, is that right?") is told,
    not read back ("jot this reference number down" may still be an instruction)."""
    if _said_so(main, acts, readings, text) or _order_recalled(main, acts, text) or (
            _ordered_after_waiver(main, acts)):
        return True
    if _told_by_form(main, acts, readings, text) or _told_first(main, acts) or (
            _need_of_others(main, acts)) or (
            # "Okay, back door, jemmied open, I've noted that.": a note of what the caller
            # said, asking and telling nothing (`acknowledgements`)
            main in ("instruction", "question") and _only_noted(acts, readings)):
        return True
    if main == "readback" and grounded_waiver(readings, text):
        return True  # "forget the make, we know it's a red Micra": a waiver's ground
    if main == "readback" and not readback and any(
            r.intent == "reference_number" and r.affirmed and not asks(r.clause)
            and not is_tag_question(r.clause) for r in readings):
        return True
    if main == "instruction" and all(a.kind != "instruction" and (_DECLARED.match(spelled(
            a.clause)) or handlers_own_need(a.clause)) for a in acts) and not any(
            r.intent in ADVICE for r in readings):
        # "Your crime reference is CL-26-118734", "there's no need for the interpreter":
        # every clause states (a subject, then its verb); none tells the caller to do
        # anything, so the turn is no instruction
        return True
    if main in ("statement", "greeting") and any(
            (r.intent in ADVICE or not r.affirmed) and r.act == "instruction"
            and tells_caller(r.clause) for r in readings):
        # "You don't have to get a doorbell camera, it's up to you": advice given, or said
        # not to be needed, is an instruction (the definitions), whatever else is said; not
        # the advice only named ("that's a council matter") or refused by the handler; so
        # is anything the caller is told they need not do ("you won't need a reference")
        return True
    if main == "instruction" and not any(a.kind == "instruction" for a in acts) and any(
            handlers_own_need(a.clause) for a in acts) and not any(
            r.intent in ADVICE for r in readings):
        return True  # "no need for me to ask how they got in, you've told me": the
        # handler's own need waived, with its reason, tells the caller nothing to do
    if main == "promise" and acts[0].kind == "instruction" and tells_caller(
            acts[0].clause) and not any(r.intent == "next_steps" for r in readings):
        return True  # "jot this down, it's your log number": an order first, and no next
        # step in the turn for it to promise
    if main != "instruction" and acts and all(a.kind == "instruction" for a in acts) and (
            readings and all(r.intent in ASKING and not r.affirmed for r in readings)):
        return True  # "you don't have to explain why, Marcus": a question waived for the
        # caller tells them what they need not do (an instruction), no comfort
    if main == "instruction" and acts and acts[0].kind == "readback" and all(
            NOT_NEEDED.search(in_scope(a.clause)) or PERMISSION.search(in_scope(a.clause))
            for a in acts if a.kind == "instruction"):
        # "So that's 07700 900123, and you needn't give me the postcode", "…, you can hang
        # up now": a read-back, then what need not be done or may be; the read-back is
        # what the turn is for
        return True
    if acts and acts[0].kind == "statement" and (declines(acts[0].clause) or (
            handlers_own_need(acts[0].clause) and "?" not in text)):
        # (so does the handler's own need waived, said as theirs: "there's no point me
        # asking if anyone's hurt, there's nobody there" is a statement, the reason after
        # it no comfort; "no need for me to take your name, it's on the log" no telling)
        # "I'm not going to ask you to keep holding her head, …": the handler declining
        # opens the turn, which tells nothing to do and (no clause asking, or the rules'
        # act would be a question) asks nothing (the definitions' statement)
        return True
    asked = {r.clause for r in readings if r.intent in ASKING and r.affirmed}
    if main == "readback" and not readback and any(fragment(c) for c in asked):
        return True  # "And the other man, the shorter one?" asks the last question again
    # A clause in a question's form (a question word, "do you…", a typed "?") or asking
    # for something the turn is heard asking ("…, but tell me what you'd like to happen")
    # makes the turn a question: the definitions' main act is what it asks.
    return main != "question" and not readback and any(
        a.kind == "question" and _asks_by_form(a.clause, a.clause in asked, main) for a in acts)


def _asks_by_form(clause: str, asked: bool, main: ActKind) -> bool:
    """Does the clause ask by its form: a typed "?" (not when the model heard a read-back,
    which ends in "?" too: "That's PC 3187, yeah?"), an auxiliary then its subject, or a
    question word or request asking for something heard (`asked`)?"""
    text = spelled(clause)
    return ((clause.rstrip().endswith("?") and main != "readback") or bool(_ASKED_OF.match(text))
            or (asked and (wh_question(clause) or bool(REQUEST.search(text)))))


# A thing or a place kept as it was found: "as it is", "untouched", "left", "shut off", or
# people kept off it ("keep anyone off the front path").
# ("as it is" kept, not "how it's affected your health", v27; "left" only as the thing
# needed left, "we don't need it left", not "where Ellie left her", v18, v20, v39, v44)
_KEPT_AS_FOUND = (r"(?:(?:(?:as|the way) (?:it|they) (?:is|are|was|were)"
                  r"|how (?:it|they) (?:is|are))"
                  r"(?! (?:\w+ed|\w+ing|\w+en|been|going|gone|done|not|got|put|left|hit|"
                  r"made|took|taken|stole)\b)"
                  r"|untouched|shut off|sealed off|cordoned off|taped off|closed off"
                  r"|(?:it|them|that|this|everything|anything|things|stuff)(?: \w+)? left"
                  r"(?! (?:her|him|them|you|me|us|home|school)\b))"
                  r"|(?:anyone|anybody|people|everyone|everybody|the kids|the dog) "
                  r"(?:off|out of) (?:the|your|that|this)(?! way\b)")
# The scene's keeping said needless: the need (or no one's need) of it denied, in one
# clause ("no need to keep the rubbish as it is", "we don't need it left", "there's
# nothing in the front room we need left as it is").
_KEEPING_DENIED = re.compile(
    r" (?:no (?:more |real )?need to|(?:do|does|will|would) not (?:need|have) to|need not"
    r"|(?:we|i|they|you|officers|police) (?:do|does|will|would) not need"
    r"|nothing (?:\w+ ){0,5}?(?:we|i|they|the officers|police) (?:need|want))"
    rf"(?: \w+){{0,8}}? (?:{_KEPT_AS_FOUND})(?= |$)")
KEEPING_DENIED_PHRASE = "(the scene's keeping said needless, by its form)"
# A thing that makes a home, a shed or a vehicle secure, or the securing itself: "a new lock",
# "a burglar alarm", "extra security", "locking the van"; a camera only when it is got or
# the caller's own ("buy a doorbell camera", "one of them camera doorbells", "a camera of your
# own": a camera spoken of alone is a witness's, "don't worry about Mr Khan's doorbell
# camera", v42).
_SECURITY = (r"(?:(?:a |an |the |any |some |1 of (?:them|those|these) )?(?:(?:new|proper|extra|"
             r"better|decent|bigger|more|another|good|stronger) )*"
             r"(?:locks?(?! (?:the|your|it|up|him|her|them|that|this|yourself)\b)|deadlocks?|"
             r"alarms?|burglar alarms?|sensor lights?|security lights?|"
             r"security|immobilisers?|steering locks?|d locks?|cable locks?|"
             r"cameras? of your own)"
             r"|(?:get|getting|buy|buying|fit|fitting|put up|putting up|install\w*|invest\w* in)"
             r" (?:\w+ ){0,4}?(?:cameras?|doorbells?)"
             r"|locking (?:up )?(?:the |your )?(?:van|car|shed|bike|garage|gate))")
# The need of it denied, or the bother lifted, a few words before it.
_SECURITY_NEEDLESS = re.compile(
    r" (?:no (?:real )?need (?:to|for)|(?:do|does|will) not (?:really )?need(?: to)?|"
    r"(?:do|does|will) not have to|need not|(?:would|do|should) not (?:bother|worry)|"
    r"nothing (?:\w+ ){0,2}?(?:you )?need to do) "
    rf"(?:\w+ ){{0,5}}?{_SECURITY} ")
# A camera's recording used, or a thing asked about, not a thing got: "you don't need to
# send the doorbell camera footage", "no need to check your ring camera", "no need to ask
# you about an alarm".
_SECURITY_USED = re.compile(r" (?:footage|video|videos|recording|recordings|clip|clips|picture|"
                            r"pictures|photos?|check\w*|look\w* at|watch\w*|review\w*|"
                            r"sav\w*|send\w*|download\w*|delet\w*|keys?|tell\w*|ask\w*|"
                            r"describ\w*|mention\w*|go over|going over) ")
SECURITY_NEEDLESS_PHRASE = "(a thing to make it secure said needless, by its form)"
_DECLINED_PHRASES = {"signpost": FORM_PHRASE.format(act="signpost"),
                     "crime_prevention": SECURITY_NEEDLESS_PHRASE,
                     "scene_preservation": KEEPING_DENIED_PHRASE}
# The handler declining to read details back: "I won't read the whole list back", "I'm not
# going to read all that back to you", "no need for me to read it back".
_READ_BACK_DECLINED = re.compile(
    r" (?:(?:i|we) (?:will not|shall not|am not going to|are not going to|do not need to|"
    r"will not need to|would not|do not have to)(?: be)?|no need (?:for me )?to) "
    r"read(?:ing)? (?:\w+ ){0,6}?back\b")


def _declined_by_form(clause: str, best: IntentMatch | None,
                      candidates: list[IntentMatch]) -> IntentMatch | None:
    """A check, an agency's part or the scene's keeping said needless or declined by the
    clause's form
    (polarity says it is refused), heard whatever else its words are nearer; None if the
    clause says neither."""
    intent = _declined_form_of(spelled(clause))
    if intent is None:
        return None
    found = next((c for c in candidates if c.intent == intent and c.score >= CONSIDERED), None)
    if found is not None or best is None or intent == "confirm_details":
        return found  # (a read-back declined is heard only as near as it resembles one)
    return IntentMatch(intent, max(best.score, CONSIDERED), clause, _DECLINED_PHRASES[intent])


def _declined_form_of(said: str) -> str | None:
    """The intent a spelled clause declines or says needless by its form, if any."""
    if _READ_BACK_DECLINED.search(said):
        # "I won't read the whole list of tools back, I've got them all down": the read-back
        # declined is the check refused, whatever the things named are nearer (the property
        # taken; every author of the development sets who declines it labels it so)
        return "confirm_details"
    if agency_told_nothing(said) or not_sent_to_an_agency(said):
        # "the highways won't need to know about it cos it's off the road": the agency said
        # to need telling nothing is the signpost refused, with a pronoun for the matter as
        # with a thing named (`named_first`; v40, v43, acts_m), whatever the reason run on
        # after it resembles; so is the matter said not to need sending to one, "the car
        # doesn't need to go to the council", `agencies`)
        return "signpost"
    if _SECURITY_NEEDLESS.search(said) and not _SECURITY_USED.search(said):
        # "no need to get a burglar alarm fitted", "I wouldn't bother with a new lock for the
        # front door", "you don't need a camera of your own": a thing to make the home or the
        # van secure said needless is crime prevention refused, whatever a camera's footage,
        # the burglar, the door or the caller's safety the words are nearer (v4, v6, v9,
        # v21, v26, v43, v44, acts_r: eight authors)
        return "crime_prevention"
    if _KEEPING_DENIED.search(said):
        # "there's no need to keep the rubbish as it is", "you won't need to keep the room
        # untouched", "there's nothing in the front room we need left as it is": the scene's
        # keeping said needless is its advice refused, whatever place, danger or step the
        # words are nearer (v4, v5, v33, v34, v46: five authors)
        return "scene_preservation"
    return None


def _apology_by_form(best: IntentMatch, candidates: list[IntentMatch]) -> IntentMatch:
    """The clause as an apology settled by its form: at least undoubted, named by the
    nearest apology phrase it resembled (or the form itself, when it resembled none)."""
    return IntentMatch("apology", max(best.score, UNDOUBTED), best.clause, next(
        (c.phrase for c in candidates if c.intent == "apology"), FORM_PHRASE.format(
            act="apology")))


def _by_form(  # noqa: PLR0912 - one branch per form that settles the reading
        clause: str, best: IntentMatch, candidates: list[IntentMatch], *,
        asking: bool) -> IntentMatch | None:
    """What a statement's form makes of what it resembles.
    "Feel free to sweep the glass up now" permits what scene preservation advises against:
    whatever the clause resembles, it is that advice, refused (its polarity says so); the
    nearest phrasing of that advice is named, its score is the clause's best.
    "I'll pass the BMW's partial reg to the traffic unit" tells what the handler will do;
    it asks nothing, so it is what happens next if it resembles that at all (weighed as any
    reading is), else nothing.
    "It's okay, you're safe now" tells the caller, in comfort's words, what a question would
    ask: comfort. (`asking`: the clause asks, or the turn has a question mark.)"""
    if _APOLOGY_DENIED.search(spelled(clause)) and not SYMPATHY.search(spelled(clause)):
        # "there's no apology owed", "that's an apology I can't give you": an apology
        # denied, whatever else the clause is near (its polarity says it is refused)
        return _apology_by_form(best, candidates)
    if _OWN_CONDUCT_SORRY.search(spelled(clause)) and not _NOT_AN_APOLOGY.search(
            spelled(clause)):
        # "I'm sorry I have to ask you all this", "sorry, I talked over you": the handler's
        # own asking or manner owned is an apology, though the library holds "sorry, but I
        # have to ask" as none (its "but" says why, and owns nothing)
        return _apology_by_form(best, candidates)
    if _FAULT_OWNED.search(spelled(clause)):
        # "Sorry, that's my fault", "that was our mistake": the fault owned by the handler
        # or the service is an apology, though "it's not your fault" comforts and the
        # words are as near it (v41; v15, v18 own it so beside their "sorry")
        return _apology_by_form(best, candidates)
    if announces_read_back(clause):
        # "I'll read that back to you: …": the read-back announced, not a step promised
        return IntentMatch("confirm_details", max(best.score, UNDOUBTED), best.clause, next(
            (c.phrase for c in candidates if c.intent == "confirm_details"), best.phrase))
    if not asking and INTERPRETER_LET_GO.search(spelled(clause)):
        # "you can let the interpreter go now": the interpreter no longer needed, not the
        # caller let off the line (whatever leave to go is near)
        return best if best.intent == "language_needs" else IntentMatch(
            "language_needs", best.score, best.clause, next(
                (c.phrase for c in candidates if c.intent == "language_needs"), best.phrase))
    if not asking and not_for_an_agency(clause):
        # "the car isn't one for the council", "we'll keep Highways out of this one": the
        # agency said not to be the one, or kept out of it, is the signpost refused,
        # whatever the matter named resembles or the handler says they will do
        return IntentMatch("signpost", max(best.score, UNDOUBTED), best.clause, next(
            (c.phrase for c in candidates if c.intent == "signpost"), best.phrase))
    if best.intent != "signpost" and not asking and for_an_agency(clause):
        # "the abandoned van is one for the council": the agency named as the one to deal
        # with it, whatever the matter named resembles
        return IntentMatch("signpost", max(best.score, UNDOUBTED), best.clause, next(
            (c.phrase for c in candidates if c.intent == "signpost"), best.phrase))
    if best.intent == NONE:
        # "You're alright to pick up whatever's been tipped out now": a permission of what
        # an advice is against is that advice refused, though the clause's wording is as
        # near the library's negatives; the advice's nearest phrasing is weighed as any is
        against = permitted_against(clause) if not asking else ()
        if not against and not asking and handler_will_do(clause):
            # "when the officers get there they'll ask the neighbour for the key": a step
            # the service will take, though its words are as near a negative telling what
            # someone did; what happens next if it resembles that at all (weighed as any is)
            against = ("next_steps",)
        return next((c for c in candidates if c.intent in against and c.score >= CONSIDERED),
                    best)
    text = spelled(clause)
    if best.intent != "apology" and _SERVICE_SORRY.search(text) and not _NOT_AN_APOLOGY.search(
            text):
        # "I'm sorry the crime number you were given led nowhere": sorry for what the
        # service did or failed to do is an apology, whatever else it names
        return _apology_by_form(best, candidates)
    if (best.intent in ADVICE | ASKING or best.intent == "apology") and not asking and (
            SYMPATHY.search(text)):
        # "you've got nothing to be sorry for", "you did the right thing locking yourself
        # in": comfort by its form, not an apology, the advice or the question it names
        return IntentMatch("reassurance", best.score, best.clause, next(
            (c.phrase for c in candidates if c.intent == "reassurance"), best.phrase))
    if best.intent in ADVICE | {"confirm_details"} and not asking and handler_will_do(clause) and (
            best.intent != "signpost" or not for_the_caller(clause)):
        # "I'll let the council know about the car", "we'll check the doorbell footage":
        # what the handler will do advises the caller nothing; it is what happens next
        return IntentMatch("next_steps", best.score, best.clause, next(
            (c.phrase for c in candidates if c.intent == "next_steps"), best.phrase))
    if best.intent in ("scene_preservation", "crime_prevention") and _GOING_TO_LOOK.search(text):
        # "don't go back outside to look at the window", "you're fine to go down and check
        # the van": the going out is the advice to keep safe, whatever the thing looked at
        # resembles (the scene kept, or the thing made secure)
        safe = next((c for c in candidates if c.intent == "safety_advice"
                     and c.score >= CONSIDERED), None)
        if safe is not None:
            return IntentMatch("safety_advice", best.score, best.clause, safe.phrase)
    if best.intent in ADVICE - {"safety_advice"} and _BARRICADE.search(text):
        # "you can move the chest of drawers away from the door now": a barricade, kept or
        # lifted, is the advice to keep safe, whatever moving things resembles
        return IntentMatch("safety_advice", best.score, best.clause, next(
            (c.phrase for c in candidates if c.intent == "safety_advice"), best.phrase))
    if best.intent != "signpost" and not asking and _TO_AGENCY.search(text) and (
            NOT_NEEDED.search(text) or PROHIBITION.match(text)):
        # "you needn't go to the housing office": getting in touch with an agency said not
        # to be needed is no signpost, whatever else the clause resembles
        return IntentMatch("signpost", best.score, best.clause, next(
            (c.phrase for c in candidates if c.intent == "signpost"), best.phrase))
    if best.intent in ASKING and not asking and promises(clause):
        return next((c for c in candidates if c.intent == "next_steps"
                     and c.score >= CONSIDERED), None)
    if best.intent in ASKING and not asking and _TOLD_SAFE.match(spelled(core_of(clause))):
        # "It's okay, you're safe now": told, not asked; comfort, not "are you safe?"
        return IntentMatch("reassurance", best.score, best.clause, next(
            (c.phrase for c in candidates if c.intent == "reassurance"), best.phrase))
    if best.intent == "next_steps" and on_its_way(clause):
        # "Officers are on their way with blue lights": help on its way now is comfort
        # (the definitions' reassurance); "officers will attend" is what happens next
        return IntentMatch("reassurance", best.score, best.clause, next(
            (c.phrase for c in candidates if c.intent == "reassurance"), best.phrase))
    against = permitted_against(clause)
    if not against or best.intent in against:
        return best
    nearest = next((c for c in candidates if c.intent in against), None)
    if nearest is None:
        return IntentMatch(against[0], best.score, best.clause, PERMITTED_PHRASE)
    return IntentMatch(nearest.intent, best.score, best.clause, nearest.phrase)


def _with_act(reading: IntentReading, kind: str) -> IntentReading:
    if reading.act == kind:
        return reading
    return IntentReading(reading.intent, reading.confidence, reading.polarity,
                         reading.subject, reading.clause, reading.phrase, reading.score,
                         kind, reading.person)  # type: ignore[arg-type]


def _logistic(x: float, slope: float, bias: float) -> float:
    return 1.0 / (1.0 + math.exp(-(slope * x + bias)))


@functools.lru_cache(maxsize=4)
def sound_alike_of(phrasings: tuple[str, ...]) -> SoundAlike:
    """One `SoundAlike` per library: every scenario's reader shares its library's."""
    return SoundAlike(phrasings)


def _fingerprint(matcher: PhraseMatcher) -> str:
    library = getattr(matcher, "library", None)
    text = library.model_dump_json() if library is not None else type(matcher).__name__
    kind = type(matcher).__name__
    return f"{kind}:" + hashlib.sha256(text.encode()).hexdigest()[:12]
