"""Mark an attempt against a scenario's scheme: deterministic, and every mark explained."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

from rapidfuzz import fuzz

from scoring.attempt import Attempt, Turn
from scoring.conditions import Condition
from scoring.disclosure import (
    ANSWER_TURNS,
    confirms,
    protected_sentences,
    telling_words,
    told,
)
from scoring.doubts import (
    ASKING_ACTS,
    ASKING_WORD,
    IN_DANGER,
    act_doubt,
    asked_not_advised,
    asks_anywhere,
    doubt,
    foretold,
    kept_after,
    leave_against,
    leave_text,
    left_to_them,
    lifted,
    names_danger,
    rings_again_only,
    set_aside_rule,
    turn_leaves_against,
    waved_after,
    waves_away,
)
from scoring.intents import Matcher
from scoring.result import Evidence, ItemMark, Result, Status
from scoring.scheme import Item, Marking
from scoring.tally import tally
from scoring.text import (
    HESITATIONS,
    NORMALISERS,
    agreement,
    is_question,
    mentions,
    mentions_as_done,
    normal_text,
    words,
)
from scoring.truth import THRIVE_FIELDS, KeyPoint, World
from scoring.turn_forms import (
    answers_yes,
    asks_callers_state,
    asks_to_tell,
    asks_what_was_done,
    names_nobody,
    offers_choice,
    says_opposite,
    sorry_dismissed,
    summary_put,
    tells_after,
    withheld,
    yes_no_with_clause_inside,
)
from scoring.understanding import Act, Context, IntentReading, TurnAnalysis, Understanding
from scoring.understanding.analysis import WORDS_INTENTS
from scoring.understanding.as_said import as_said, requoted
from scoring.understanding.heard_names import english_words
from scoring.understanding.noted_back import invites_correction
from scoring.understanding.polarity import (
    ADVICE,
    INTENTS_ASKED,
    OPPOSITE,
    PROHIBITION,
    denied,
)
from scoring.understanding.tap_codes import (
    gate_opened,
    gives_a_silent_way_to_answer,
    tap_code,
)
from scoring.understanding.wording import _BARE as BARE_CONTRACTIONS
from scoring.understanding.wording import spelled

DEFAULT_NORMALISER = {"location": "address", "callback": "phone", "caller_name": "name"}
RECORDED_THRESHOLD = 0.85
THRIVE_THRESHOLD = 0.6
SAID_SIMILARITY = 88
# How near a `said:` phrase's last word must be to a word said (`last_word_said`).
WORD_SIMILARITY = 70
# A trainee turn reads the caller's answer back when at least this share of it is the
# answer's (the rest: "so", "that's", "is that right"; `read_from`).
READ_BACK_SHARE = 0.6
# A mark resting on a reading whose calibrated confidence is below the top of this band
# (met), or a near miss whose confidence is above its bottom (not met), is uncertain: on the
# development sets readings in the band were right only 35-50% of the time.
UNCERTAIN_BAND = (0.35, 0.5)
# The confidence a summary put to the caller to confirm is read back at (`Marker.summarised`):
# its form is plain, above the band of doubt.
SUMMARY_CONFIDENCE = 0.8
# The confidence a disclosure said in other words is put at (`Marker._disclosed`): the
# middle of no band, a name or a date of the record said is as likely the record told as
# not, and an assessor decides.
DISCLOSURE_DOUBT = 0.5
# The words that apologise (a clause with one of them apologises in its own right).
APOLOGY_WORD = re.compile(r"\b(?:sorry|apologi[sz]\w*|apolog(?:y|ies)|regret\w*)\b",
                          re.IGNORECASE)
# What a description is made of (sex, age, ethnicity, height, build, hair, clothing,
# marks): a question asking for one of these asks for a description.
_DESCRIPTION = (r"describ\w*|look\w*|wear\w*|wore|cloth\w*|dressed|tall|height|build|"
                r"hair\w*|age|old|young|skin|ethnic\w*|white|black|asian|tattoo\w*|scars?|"
                r"marks?|features?|coat|jacket|top|trousers|shoes|beard|glasses")
# A question for a name or who someone is ("what's his name?", "what's she called?", "who
# is it that's kicking the door?") that asks nothing of how the person looks or what they
# wear: no description (`describing:` items).
# (a surname or first name is a name too: "what's Jamie's surname?" asks no description;
# so does asking how a name is spelled, "how do you spell Lister?": v33's assessor, "name
# only")
NAMING = re.compile(r"\b((?:sur|fore|first |full |last )?names?|called|who|spell\w*|spelt)\b",
                    re.IGNORECASE)
DESCRIBING = re.compile(rf"\b({_DESCRIPTION})\b", re.IGNORECASE)
# A question for how many people there are ("how many of them were there?").
COUNTING = re.compile(r"\bhow many\b", re.IGNORECASE)
# An answer that describes someone: the same, said as the caller says it.
DESCRIBED = re.compile(
    rf"\b({_DESCRIPTION}|\d+|foot|feet|ft|inch\w*|teens?|twenties|thirties|forties|fifties|"
    r"slim|stocky|skinny|thin|big|short|shaved|bald|ginger|blonde?|brown|gr[ae]y|dark|"
    r"tracksuit|trackies|joggers|hoodie|jeans|puffer)\b", re.IGNORECASE)
# Where someone lives, said by its number ("lives opposite at 47", "number 21", "flat 3"):
# a number of an address, not an age or a height.
_HOUSE_NUMBER = re.compile(r"\b(?:at|number|no|flat|house)\s+\d+[a-z]?\b", re.IGNORECASE)


def describes(answer: str) -> bool:
    """Does the caller's answer describe someone (`DESCRIBED`), leaving aside where they
    live? "Kyle Parker, lives opposite at 47" names him and places him: no description
    (two blind authors)."""
    return DESCRIBED.search(_HOUSE_NUMBER.sub(" ", answer)) is not None


# A question for what someone wears and nothing of how they look ("what was she wearing?",
# "what's he got on?"), and an answer that says how they look (height, build, hair,
# ethnicity, age), where "black" or "white" alone may be a blazer or a shirt: a question for
# the clothes is a description only when the caller's answer describes the person too (two
# blind authors marked it so each way, as the answer went).
CLOTHING = re.compile(r"\b(wear\w*|wore|got on|have on|had on|dressed|cloth\w*)\b",
                      re.IGNORECASE)
LOOKS = re.compile(r"\b(describ\w*|look\w*|tall|height|build|hair\w*|age|old|young|skin|"
                   r"ethnic\w*|features?|face)\b", re.IGNORECASE)
APPEARANCE = re.compile(
    r"\b(foot|feet|ft|inch\w*|tall|height|slim|stocky|skinny|thin|build|chubby|heavy|hair\w*|"
    r"bald|ginger|blonde?|brunette|beard\w*|asian|indian|pakistani|caucasian|mixed race|"
    r"skin\w*|years old|teens?|twenties|thirties|forties|fifties|glasses|tattoo\w*)\b",
    re.IGNORECASE)
# A question for the age ("how old is he?", "what age is she?") and one for the date of
# birth ("date of birth", "DOB", "when was he born", "birthday"); an answer that gives a
# date of birth (a month, a day of the month, a date in figures, a year, "born").
AGE = re.compile(r"\b(how old|what age|age|years old|aged)\b", re.IGNORECASE)
BIRTH = re.compile(r"\b(birth\w*|born|d\.? ?o\.? ?b|dob)\b", re.IGNORECASE)
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|\w+teenth|twentieth|\w+-first|\w+-second|\w+-third|\w+-\w+th|"
            r"thirtieth)")
# Month names that are also everyday words ("she may be at her friend's", "they'll march
# him out", "Jan's her mum") name a month only beside a day or a year: "the ninth of May",
# "May the ninth", "14 May", "May 14th", "May 2011".
_WORD_MONTHS = r"(?:may|march|mar|jan)"
DATED = re.compile(
    r"\b(born|birthday|january|february|april|june|july|august|september|"
    r"october|november|december|feb|apr|jun|jul|aug|sept?|oct|nov|dec|"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL}) (?:of )?{_WORD_MONTHS}|"
    rf"{_WORD_MONTHS} (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL}|(?:19|20)\d\d)|"
    rf"\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL} of|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d\d)\b|'\d\d\b", re.IGNORECASE)
# A question that asks for words said or written (for `WORDS_INTENTS`), in
# normal_text's spelling ("what were they saying?", "what did he call you?", "can you read
# me exactly what he's written?", "his exact words"). Such a question, answered with the
# very words that intent alone brings out, asked it whatever the library heard it nearest
# (`_critical_answer`): blind assessors credited "the exact words of the message" as the
# threat established and "what were they saying?" as the hate asked, each drawing the words.
WORDS_ASKED = re.compile(
    r"\bwhat\b(?!\s+(?:did|do|does|were|was|are|have|had)\s+(?:you|i|we)\b)(?:\s+\S+){0,5}?"
    r"\s+(?:say|says|said|saying|shout|shouts|shouted|shouting|yell|yelled|yelling|call|"
    r"called|calling|write|writes|wrote|written|writing|put|text|texted|post|posted)\b|"
    r"\bread (?:me|it|out|that|the|his|her|their|us)\b|\bword for word\b|"
    r"\b(?:exact|actual) words\b|\bwhat words\b|"
    # the words asked for by what they were ("what were the comments?", "what abuse did
    # they give you?", "what names was he calling you?") or colloquially ("what did he come
    # out with?"): the same request for the words, and the answer gives them
    r"\bwhat\b(?!\s+(?:did|do|does|were|was|are|have|had)\s+(?:you|i|we)\b)(?:\s+\S+){0,5}?"
    r"\s+(?:comment|comments|remark|remarks|abuse|names|insult|insults|slur|slurs)\b|"
    r"\bcome out with\b|\bcame out with\b")
# Words that open a clause singling out part of what the clause before named ("…,
# especially the back door", "…, including the postcode"), in normal_text's spelling.
SINGLING_OUT = re.compile(r"\s*(?:especially|particularly|specially|including|notably)\b")
# Intents that ask the same thing of different people or things: which one a question is
# depends on whom or what it is about ("describe both of them" is a suspect's description
# in a street fight, a missing person's in a missing-person call; "the car that drove off,
# can you describe it?" the vehicle's). A question heard as one, answered with a fact only
# the other brings out, drew that fact out (`_answered`).
ALIKE: dict[str, set[str]] = {
    "suspect_description": {"person_description", "vehicle_description"},
    "person_description": {"suspect_description"},
    "vehicle_description": {"suspect_description"}}
# Words that decline the thing named straight after them ("don't worry about a photo",
# "no need for a statement"), in normal_text's spelling ("do not").
DECLINED = re.compile(
    r"\b(do not worry about|no need for|never mind|forget about|do not bother with|"
    r"(we|i|they) do not need|"
    # denied to be it: "dumped cars aren't the council's job" says no "council's job"
    r"(is|are|was|were) not)( (the|a|an|any|your|her|his|their|that|this|those))?\s*$")
# The everyday forms of thanking, said as the scheme writes them ("thanks for calling" is
# "thank you for calling"): `said:` compares the words, and these differ only in register.
THANKS = re.compile(r"\b(?:thanks|thankyou|thank u)\b")
# An invitation to give one's own account (in normal_text's spelling), not a request for
# one detail: "tell me what's going on", "take me through it", "in your own words".
INVITES_ACCOUNT = re.compile(
    r"\b(?:tell me (?:what|everything|the whole|all about|about it|about what|from)|"
    r"(?:talk|take|walk|run) me through|in your own words|from the (?:start|beginning))\b")
# Advice for the weeks ahead (a better lock, keys away from the door at night, the card
# stopped): what the caller keeps is the advice last given, so its opposite said first
# ("pop the keys back on the hook" while the scene is talked about) is not held against it
# (two blind authors, none the other way); advice for the moment is acted on at once.
ADVICE_FOR_LATER = frozenset({"crime_prevention"})
# The words that negate what follows them in a sentence (in normal_text's spelling: "won't"
# is "will not"); a bare "no" is left out, as it most often answers ("no, nobody will").
# ("no one" is "no 1" once normal_text has read its numbers)
NEGATION = re.compile(r"\b(?:not|never|nobody|no one|no 1|nothing|none|neither|nor)\b")
# When a thing will happen, said so the caller can hold us to it (`saying_when:` items): a
# day, a time, a span ("within the hour", "this week"), or now ("on their way", "today").
# "Soon", "shortly" and "in due course" say no when.
WHEN = re.compile(
    r" (?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|weekend|week|weekly|daily|hours?|minutes?|"
    r"days?|o clock|\d+(?:am|pm|ish)?|\d+ (?:am|pm)|noon|midday|now|straight away|"
    r"right away|on (?:their|his|her|the|its) way|en route|on route|(?:first|next) thing|"
    r"end of)(?= |$)")
# A "now" of how things stand, not of when the step will happen: who has the matter now
# ("they've got it now", "the team have it now"), where it is now ("it's with them now",
# "it's on their list now") or what has been done with it ("it's been passed over now"),
# in spelled form. Said when the caller asks when ("When? That's what they said last
# time." / "As soon as they can, they've got it now."), it says no when of the update:
# a blind author marked such an answer no specific update. "On their way now" keeps its
# when in "on their way".
_HELD = r"(?:it|this|that|all (?:that|this|of it|the \w+|your \w+)|your \w+|the (?:details|" \
        r"job|case|complaint|report|log|file|referral))"
NOW_HELD = re.compile(
    rf" (?:(?:have|has)(?: got)? {_HELD}|(?:is|are) with (?:them|him|her|the \w+)|"
    r"(?:is|are) on (?:their|the|his|her) (?:list|system|desk|books|log|radar)|"
    r"(?:is|are|has|have) been (?:passed|handed|sent|logged|allocated|assigned|referred|"
    r"forwarded|given)(?: (?:over|on|across|through|up))?(?: to (?:them|him|her|the \w+))?)"
    r" now(?= |$)")
# An order to come down from how one feels ("calm down", "try and calm down for me",
# "settle down"), with nothing else in its clause: it tells a frightened caller what to
# feel and gives them nothing to hold on to, so assessors do not take it for reassurance
# (two blind authors marked it so). An order to stay calm alone ("just try and stay calm
# for me", "try to keep calm") is the same order: blind assessors of nine authors marked it
# no reassurance (the domestic call: v6, v14, v15, v23, v30; the missing teenager: v28; the
# welfare concern: v7, v15, v31), and none credited it without help coming or praise said
# beside it. Praise for keeping calm ("you've kept really calm") and "don't panic, help is
# coming" are other forms and still reassure. Nor does the order defended ("calm down mate,
# I'm only trying to get the facts"): a third author; so too with the caller addressed
# before it ("okay sir, calm down, I'm just trying to take the details": v36).
ORDERED_CALM = re.compile(
    r"^(?:(?:ok|okay|right|now|so|and|look|listen|please|just|you need to|i need you to|"
    r"try and|try to|can you|will you|you have got to|you have to|come on|sir|madam|mate|"
    r"love|pal|son) )*"
    r"(?:(?:calm|settle|quieten|quiet|slow) (?:yourself )?down|(?:stay|keep|be) calm)"
    r"(?: (?:please|for me|a bit|now|ok|okay|then|love|mate|sir|madam))*"
    r"(?: i am (?:only |just )?(?:trying|doing|asking)\b.*)?$")
# The caller asked to make their English do: to speak (talk, say it) slowly, clearly, up or
# in English, or to slow down (in normal_text's spelling; "do you speak English?" asks the
# language). `pressed_on` reads whose speech it is: after "I", "me" or "we" it is the
# handler's own ("I'll speak slowly for you", "would it help if I spoke more slowly?"),
# which helps the caller communicate.
ASKED_TO_ADAPT = re.compile(
    r"\b(?:speak\w*|spoke|talk\w*|say (?:it|that)|repeat\w*|slow)"
    r"(?: (?:it|that|a bit|bit|more|nice and|and|for me|please|again|a little))*"
    r" (?:slow\w*|clear\w*|loud\w*|up|down|in english)\b")
SPEAKERS = frozenset({"i", "me", "we", "us", "you"})
# Words that name the language need itself: a question or offer with one of these asks it.
NAMES_LANGUAGE = re.compile(r"\b(?:language\w*|interpret\w*|interrupter|translat\w*|polish|"
                            r"polski|relay|sign|bsl|text)\b")
# A next step that names no one who will act and no when ("someone will be in touch",
# "somebody will look at it", "I'll put that on the log", "it'll be passed on"), in
# normal_text's spelling: nothing the caller can hold us to, so assessors do not take it for
# telling them what happens next (four blind authors, in four scenarios). With a when
# ("someone will ring you tomorrow") or a who ("the neighbourhood team will be in touch")
# it is a next step.
# A when that holds no one to a time ("as soon as possible", "as soon as they can"): with
# a vague step it is still nothing the caller can hold us to (v25, v26 assessors).
_VAGUE_WHEN = r"as soon as (?:possible|we can|they can|poss|i can)"
VAGUE_STEP = re.compile(
    r"^(?:(?:ok|okay|right|so|and|yes|yeah|then|well|look) )*(?:"
    r"(?:someone|somebody|some 1) (?:will|is going to|should|shall) "
    r"(?:be in touch|get in touch|get back to you|contact you|look at (?:it|this|that)|"
    r"look into (?:it|this|that)|deal with (?:it|this|that)|sort (?:it|this|that) out|"
    r"be with you(?: soon| shortly| as soon as (?:we|they) can)?|follow (?:it|this|that) up)"
    r"(?: (?:with you|about (?:it|this|that)))?(?: soon| shortly| in due course|"
    r" {_VAGUE_WHEN})?|"
    r"i will (?:put|log|note|record|write|pop|add|get) (?:that|it|this|a log|all that)"
    r"(?: (?:on|in|down|onto|into|through|on to))?(?: (?:the|our) (?:log|system|record|"
    r"incident))?|"
    # passed on, to no one named ("I'll pass it on to be looked at")
    r"i will pass (?:that|it|this) on(?: to be looked at)?|"
    r"(?:it|that|this) will be (?:passed on|logged|looked at|dealt with|noted)"
    r"(?: {_VAGUE_WHEN})?)"
    # (said as the step after another: "I'll put a log on as well")
    r"(?: as well| too| also)?$".replace("{_VAGUE_WHEN}", _VAGUE_WHEN))
SENTENCE_MARK = re.compile(r"[.?!]")
# An item's own words that name ringing again as (part of) its advice: "ring 999 if he comes
# back", "call us back", "what to do if things change".
RINGING_NAMED = re.compile(
    r"\b(?:ring\w*|phon\w*|dial\w*|999|101|calls? (?:us|back|again|999|101|the police|police)|"
    r"contact us|get back to us|if (?:anything|things|it|he|she|they) (?:changes?|happens|"
    r"comes? back|returns?))\b", re.IGNORECASE)
FAREWELL = re.compile(r"\b(?:bye|goodbye|bye bye|ta ra|cheerio)\b")
# "I'm here" alone (in normal_text's spelling), after a yes, a no or a sorry: where the
# handler is, and the handler at work on the call in the clause beside it (`busy_here`).
_HERE_ONLY = re.compile(r"^(?:(?:yes|yeah|yep|no|sorry|ok|okay|right) )*(?:i am|im) "
                        r"(?:still )?here$")
_BUSY = re.compile(r"^(?:(?:sorry|ok|okay|and) )*(?:i am|im) (?:just )?(?:typing|putting|"
                   r"updating|writing|logging|getting (?:it|this|that|all)|sorting|entering|"
                   r"adding|doing the|filling)\b")
# A question asking for a list of things, the last one or two words long ("what's your name
# and number?", "can I take the make and model?"): it asks for each, as its opening with
# each thing in turn would ("what's your name?", "what's your number?"). A longer part
# after "and" is a clause of its own, which the analysis hears itself.
_SENTENCE = re.compile(r"[^.?!,;:]+\??")
LISTED = re.compile(r"^(?P<stem>(?:\S+ )+?)(?P<first>\S+) and (?P<last>\S+(?: \S+)?)$")
# The caller asking when ("Right. When?", "how long will they be?"): the trainee's answer
# says the when of what they have just promised. It is asked in a sentence put as a question
# (`asks_when`): the caller's "when" is otherwise most often a when of their own account ("he
# shouted when I was going in"), or the handler's vague when said back in doubt ("When they
# can. Hmm. Well, we'll see."; "When you can. Right.": v26, v39), which asks nothing, and
# the trainee's next turn answers no question (v39's assessor marked no update agreed).
WHEN_ASKED = re.compile(r"\b(?:when|how long|what time)\b", re.IGNORECASE)
# A reference told to the caller: "your (crime) reference (number) (for tonight) is" and
# then the reference itself, in normal_text's spelling. Spoken digits ("one four oh seven")
# make it sound like a read-back of a number, so the analysis may hear a confirmation; the
# form says which number it is.
TOLD_REFERENCE = re.compile(
    r"\b(?:your|the|our|this|a) (?:crime |incident |log |call )?reference(?: number)?"
    r"(?: for (?:this|today|tonight|this call|that))? is (?=\w)")
# A log field that says its value is not known ("unknown", "N/K", "not given", "TBC",
# "unknown - silent call"), with no figure in it, in normal_text's spelling: it records
# nothing, so it earns no share of a `recorded:` item for the letters it happens to share
# with the truth (two blind authors marked a location of 'unknown' not recorded at all).
UNKNOWN = re.compile(r"^(?:(?:address|location|name|number|phone|callback|caller) )?"
                     r"(?:unknown|not known|n k|nk|unk|tbc|to be confirmed|not given|"
                     r"not provided|not obtained|none|n a|na|no (?:address|name|number)|"
                     r"not (?:yet )?(?:established|confirmed))\b(?!.*\d)")
# First words of `said:` phrases that are no verb, whose other forms are other words
# ("not" is not "noting"; `inflected`).
UNINFLECTED = frozenset({
    "not", "never", "nobody", "nothing", "the", "your", "you", "yours", "our", "their", "his",
    "her", "its", "this", "that", "these", "those", "there", "here", "with", "for", "from",
    "and", "but", "are", "was", "were", "has", "have", "had", "can", "could", "will",
    "would", "should", "may", "might", "must", "did", "does", "any", "all", "one", "who",
    "what", "when", "where", "which", "how", "why", "she", "him", "they", "them", "off",
    "out", "into", "onto", "over", "under", "after", "before", "about", "option",
    "professional", "formal", "nhs", "victim", "citizens", "council", "right", "really",
    "very", "just", "also", "too", "only", "it", "is", "be", "been", "being"})
# Intents that are about the caller unless an item says otherwise (`about:`).
ABOUT_CALLER = frozenset({"caller_name"})


@dataclass(frozen=True)
class FactRules:
    """How the caller's facts come out, as far as marking needs (`revealed:` conditions)."""

    asked_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # fact -> intents
    after_facts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    after_intents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # (at seconds or None, after fact or None, facts revealed)
    volunteered: Sequence[tuple[float | None, str | None, tuple[str, ...]]] = ()
    # fact -> whom it is about (`caller`, or a person or vehicle id in the world), for the
    # facts that say so: whose fact the caller's answer gave (`Marker.fits`).
    about: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    met: bool
    credit: float
    reason: str
    evidence: tuple[Evidence, ...] = ()
    # The confidence of the reading the outcome rests on, when it sits in the uncertainty
    # band (an assessor should look); None when the marker is sure either way.
    doubt: float | None = None
    # Not met because the opposite of the advice was surely advised first: that turn's index
    # (`_any`: the advice in other words after it comes too late as well).
    contrary: int | None = None


@dataclass(frozen=True)
class Ask:
    """One intent a trainee turn expressed, as the analysis read it."""

    index: int  # the turn's index in the attempt
    order: int  # the reading's order within the turn
    turn: Turn
    reading: IntentReading

    @property
    def intent(self) -> str:
        return self.reading.intent

    @property
    def phrase(self) -> str:
        return self.reading.phrase

    @property
    def said(self) -> str:
        """The reading's clause as the trainee said it, for quoting in a reason (the
        analysis reads it respelled: `scoring.understanding.as_said`)."""
        return as_said(self.reading.clause, self.turn.text)


def clock(t: float | None) -> str:
    if t is None:
        return "end"
    seconds = round(t)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class Marker:
    """Marks one attempt; built per attempt so each trainee turn is matched only once."""

    def __init__(self, marking: Marking, world: World, facts: FactRules, attempt: Attempt,
                 matcher: Matcher | Understanding) -> None:
        self.marking = marking
        self.world = world
        self.facts = facts
        self.attempt = attempt
        self.understanding = (matcher if isinstance(matcher, Understanding)
                              else Understanding.for_scenario(world, matcher))
        # Whether the item being marked is critical: a critical question must be heard by
        # the marker itself, never credited from the caller's answer alone (`_answered`).
        self.critical_now = False
        # Turn index -> the context its analysis was made in (`listed` reads in it too).
        self.contexts: dict[int, Context] = {}
        # Whether the condition being checked sits under a `not:` (what must not be done):
        # words said in a question still say them ("is it registered to a Mr Fenwick?"
        # discloses the name), so the question that doubts a `said:` credit does not apply.
        self.forbidding = False
        # The words the item being marked names its deed in (description and feedback):
        # what a forbidden disclosure protects is named there, not disclosed (`_disclosed`).
        self.naming_now = ""
        # The fact whose revealing makes the item apply (`applies_when: {revealed: …}`): for
        # a forbidden disclosure, the caller asking for the record (`_disclosed`).
        self.gate_now: str | None = None
        # The intents the `any:` being checked accepts by a plain `asked:` of its own: a
        # question the caller answered as one of them is one the item accepts, whichever
        # of them it was heard as (`answered_otherwise`).
        self.accepted_now: frozenset[str] = frozenset()

    @cached_property
    def analyses(self) -> dict[int, TurnAnalysis]:
        """Turn index -> its analysis: the one journalled during the call when it was made
        by this analyser for this text, else made now (with the turns before as context)."""
        out: dict[int, TurnAnalysis] = {}
        context = Context()
        for index, turn in self.attempt.trainee_turns():
            analysis = journalled(turn, self.understanding.analyser)
            if analysis is None:
                analysis = self.understanding.analyse(turn.text, context)
            out[index] = analysis
            self.contexts[index] = context
            context = context.after(analysis)
        return out

    def listed(self, index: int) -> list[IntentReading]:
        """What a list question in the turn asks for besides what the analysis heard: each
        thing asked in its own words (`LISTED`), for the intents or the people the turn's
        own readings missed ("what's your name and number?" asks the number too)."""
        analysis = self.analyses[index]
        heard = {(r.intent, r.subject) for r in analysis.intents if r.polarity == "affirm"}
        out: list[IntentReading] = []
        # (each sentence with its "?", which asks where the words alone do not: "Your name
        # and number please?", v51)
        for sentence in _SENTENCE.findall(self.attempt.turns[index].text):
            found = LISTED.match(" ".join(sentence.rstrip("?").split()))
            if found is None or not asks_anywhere(sentence):
                continue
            for thing in (found["first"], found["last"]):
                asked = self.understanding.analyse(found["stem"] + thing,
                                                   self.contexts.get(index))
                for reading in asked.intents:
                    if reading.polarity == "affirm" and \
                            (reading.intent, reading.subject) not in heard:
                        heard.add((reading.intent, reading.subject))
                        out.append(reading)
        return out

    def summarised(self, index: int) -> list[IntentReading]:
        """What was agreed read back to the caller (`confirm_details`), when the turn's
        analysis heard no read-back in a sentence that sums the agreement up and puts it to
        the caller to confirm (`scoring.turn_forms.summary_put`)."""
        if any(r.intent == "confirm_details" and r.affirmed
               for r in self.analyses[index].intents):
            return []
        turns = self.attempt.turns
        reply = turns[index + 1].text if index + 1 < len(turns) and \
            turns[index + 1].speaker == "caller" else ""
        sentences = [s for s in re.findall(r"[^.?!]+", turns[index].text) if s.strip()]
        return [IntentReading("confirm_details", SUMMARY_CONFIDENCE, "affirm", "caller",
                              sentence.strip(), "(what was agreed, summed up to confirm)",
                              0.0, "readback")
                for number, sentence in enumerate(sentences)
                if summary_put(sentence, reply if number == len(sentences) - 1 else "")][:1]

    @cached_property
    def asks(self) -> list[Ask]:
        """Every intent affirmed in a trainee turn (asked, advised or done), in order."""
        out = []
        for index, turn in self.attempt.trainee_turns():
            readings = self.analyses[index].intents
            extra = (*self.listed(index), *self.summarised(index))
            for order, found in enumerate((*readings, *extra)):
                if found.polarity == "affirm" and not ordered_calm(found) and not (
                        self.answered_yes(index, found)) and not pressed_on(found) \
                        and not self.busy_here(index, found) \
                        and not self.vague_alone(index, found) \
                        and not self.leaving(index, found) \
                        and not self.singled_out(index, found) \
                        and not self.excused(index, found) \
                        and not callers_state_only(found) and not asked_louder(found):
                    out.append(Ask(index, order, turn, found))
        return out

    def vague_alone(self, index: int, reading: IntentReading) -> bool:
        """Is a next-steps reading a vague step (`vague_step`) in a sentence that says no
        when either? The sentence may go on to say it: "I'll put a log on and someone will
        look at it and maybe do a welfare check tomorrow" tells what happens and when,
        though each clause alone is vague (a blind author credited it)."""
        if not vague_step(reading):
            return False
        sentence = sentence_of(reading.clause, self.attempt.turns[index].text)
        return sentence is None or not says_when(sentence)

    def excused(self, index: int, reading: IntentReading) -> bool:
        """Is an apology reading only the excuse said with a "sorry" that waves the grievance
        away ("I'm sorry but that's just how it is at the moment, we've been really busy":
        "we've been really busy" heard as an apology; `scoring.turn_forms.sorry_dismissed`)?
        A clause with its own word of apology ("…, but I do apologise it took so long") is
        its own."""
        return reading.intent == "apology" and APOLOGY_WORD.search(reading.clause) is None \
            and sorry_dismissed(self.analyses[index].text)

    def singled_out(self, index: int, reading: IntentReading) -> bool:
        """Is a reading heard in a clause that only singles out part of what the clause
        before it in the turn did ("don't touch anything, especially the back door"), when
        that clause was heard as another intent and not near this one? The clause carries
        the one before on (the back door not to be touched, not secured against a return):
        a reading of its own is no second deed (a blind assessor: no crime prevention advice
        given). One the clause before came near too ("don't go near the van or touch it,
        especially the broken window" heard as safety, near the scene kept) is its own."""
        if SINGLING_OUT.match(normal_text(reading.clause)) is None:
            return False
        analysis = self.analyses[index]
        clauses = [a.clause for a in analysis.acts]
        at = clauses.index(reading.clause) if reading.clause in clauses else 0
        before = [r for r in (*analysis.intents, *analysis.near)
                  if at > 0 and r.clause == clauses[at - 1]]
        heard = any(r in analysis.intents for r in before)
        return heard and not any(r.intent == reading.intent
                                 and r.confidence >= UNCERTAIN_BAND[0] for r in before)

    @cached_property
    def keeps_line(self) -> bool:
        """Does the scheme want the line kept open (an item asks for stay_on_line): a caller
        in danger, whom the handler must not leave?"""
        def asks_line(c: Condition) -> bool:
            return c.asked == "stay_on_line" or any(asks_line(x) for x in c.children())
        return any(asks_line(item.condition) for item in self.marking.items)

    def leaving(self, index: int, reading: IntentReading) -> bool:
        """Is a reassurance reading said as the handler leaves a caller the scheme wants
        kept on the line (`keeps_line`): in a turn that lets them go or says goodbye
        ("they're on their way, bye", "officers will be with you soon, I'm going to let you
        go now")? Leaving a frightened caller alone undoes it (two blind authors)."""
        if reading.intent != "reassurance" or not self.keeps_line:
            return False
        analysis = self.analyses[index]
        line = [r.polarity for r in analysis.intents if r.intent == "stay_on_line"]
        return "negate" in line or (not line and lets_go(analysis.text)) or any(
            a.kind == "greeting" and FAREWELL.search(normal_text(a.clause))
            for a in analysis.acts)

    def busy_here(self, index: int, reading: IntentReading) -> bool:
        """Is a reassurance reading only "I'm here" said to account for a silence while the
        handler works ("Yeah, I'm here, I'm just typing it up", "I'm still here, I'm putting
        it on the system")? It says where the handler is and what they are doing, not that
        the caller is safe or doing well: every development author who marked such a call
        (nine sets) credited reassurance only for other words, or not at all."""
        if reading.intent != "reassurance" or _HERE_ONLY.match(
                normal_text(reading.clause).strip()) is None:
            return False
        return any(_BUSY.match(normal_text(a.clause).strip())
                   for a in self.analyses[index].acts if a.clause != reading.clause)

    def answered_yes(self, index: int, reading: IntentReading) -> bool:
        """Is a reassurance reading only the answer to what the caller just asked ("Are
        you still there?" / "Yes, still here"; "Are they coming?" / "Yes, someone's
        coming")? The caller had to ask for it: an answer, not reassurance offered."""
        if reading.intent != "reassurance" or index == 0:
            return False
        before = self.attempt.turns[index - 1]
        return before.speaker == "caller" and "?" in before.text and answers_yes(
            reading.clause)

    def first_ask(self, intent: str, about: tuple[str, ...] | None = None,
                  describing: bool = False, *, sure: bool = False,
                  beyond_doubt: bool = False, closed: bool = False,
                  saying_when: bool = False, plain: bool = False,
                  choice: bool = False, saying: tuple[str, ...] = (),
                  since: float = 0.0, formula: bool = True) -> Ask | None:
        """The first turn heard doing `intent` (`sure`: the first heard above the band of
        doubt; `beyond_doubt`: the first whose act, polarity and subject are sure too;
        `closed`: the first asked by a question a yes or no answers; `saying_when`: the
        first in a turn that says when; `plain`: the first advice the words do not lift or
        permit, `scoring.doubts.lifted`; `choice`: the first in a turn that offers the
        caller a choice, `scoring.turn_forms.offers_choice`; `saying`: the first in a turn
        that also says one of these words, `says_words`; `since`: the first said at or
        after this time, `_asked_since`; without `formula`, not in the force's answering
        formula, "Police, how can I help?", a greeting that carries `what_happened`)."""
        spoken = [said_form(p) for p in saying]
        # The answering formula answers the phone: said before the caller has said a word,
        # it lets no one explain this call (blind assessors: "no open question" of a call
        # opened "Essex Police, how can I help?" and followed only by closed questions).
        # "Hello, okay, what's the problem?" after the caller's first words asks it.
        unanswered = intent == "what_happened"
        return next((a for a in self.asks if a.intent == intent and a.turn.t >= since
                     and not (unanswered and self.answering_formula(a))
                     and self.fits(a, about) and not self.told_only(a)
                     and not (sure and a.reading.confidence < UNCERTAIN_BAND[1])
                     and not (beyond_doubt and self.doubt(a) is not None)
                     and not (closed and not closed_question(a.reading, a.turn.text))
                     and not (saying_when and not self.said_when(a, spoken))
                     and not (choice and not offers_choice(a.turn.text))
                     and not (spoken and not says_words(spoken, a.turn.text))
                     and not (describing and self.named_only(a))
                     and not self.aged_only(a)
                     and not (plain and self.unadvised(a) is not None)
                     and (formula or a.reading.act != "greeting")),
                    None)

    def answering_formula(self, ask: Ask) -> bool:
        """Is the reading the force's answering formula ("Essex Police, how can I help?"):
        a greeting said before the caller has said anything?"""
        return ask.reading.act == "greeting" and not any(
            t.speaker == "caller" for t in self.attempt.turns[:ask.index])

    def unadvised(self, ask: Ask) -> str | None:
        """Why advice heard in the turn may not have been given: words that lift or permit
        it (`scoring.doubts.lifted`), a question after what was done ("have you asked
        them to turn it down?", `scoring.doubts.asked_not_advised`), what others will do,
        foretold ("they'll probably turn it down anyway", `scoring.doubts.foretold`), the
        decision left to the caller (`left_to_caller`), or a turn telling the caller to
        leave where the item's advice is to stay put
        (`scoring.doubts.turn_leaves_against`)."""
        return (lifted(ask.reading, self.analyses[ask.index]) or asked_not_advised(ask.reading)
                or foretold(ask.reading) or self.left_to_caller(ask)
                or turn_leaves_against(ask.reading, self.analyses[ask.index], self.naming_now)
                or self.ring_again_unasked(ask))

    def ring_again_unasked(self, ask: Ask) -> str | None:
        """Why safety advice that only tells the caller to ring again ("if anything changes
        just ring us back") is not the advice this item asks for: its own description and
        feedback name no ringing back ("advised her not to touch or go through the rubbish
        or the car"). Ringing again is the whole of the advice only where the item says so
        ("if she comes home ring us straight back"). Blind authors of three sets (v47, v48,
        v49, the non-police call) marked such a turn no advice."""
        if self.critical_now or ask.reading.intent != "safety_advice" or \
                not rings_again_only(ask.reading.clause):
            return None  # (a critical item's own doubt holds it: `doubts.kind_doubt`)
        if RINGING_NAMED.search(self.naming_now) is not None:
            return None
        return "it only tells the caller to ring again, which the item does not ask for"

    def left_to_caller(self, ask: Ask) -> str | None:
        """Why advice in the turn is lifted when the turn leaves the decision to the one
        advised ("well that's up to you, but if you do go round just keep it calm") after
        the caller said they would do what the advice is against (`doubts.left_to_them`)."""
        if ask.reading.intent not in OPPOSITE:
            return None
        before: list[str] = []
        for turn in reversed(self.attempt.turns[:ask.index]):
            if turn.speaker == "trainee":
                break
            before.append(turn.text)
        left = left_to_them(ask.reading.intent, self.attempt.turns[ask.index].text,
                            " ".join(reversed(before)))
        return None if left is None else f"the turn leaves it to them ('{left}')"

    def fits(self, ask: Ask, about: tuple[str, ...] | None) -> bool:
        """Is the turn's reading about whom the item asks about? A question that names
        nobody ("any medical problems at all?"), read as the caller's by default, follows on
        from the question just before it, in the same turn or the one before: after "what
        does she look like?" it asks about her, as a caller hears it; after "what's your
        name," it asks the caller's. Only that question's person counts, never someone
        talked about earlier; or the caller's answer says whom it asked about
        (`answered_about`)."""
        reading = ask.reading
        if _fits(reading, about):
            return True
        if reading.subject != "caller" or reading.intent not in INTENTS_ASKED or \
                not names_nobody(reading.clause):
            return False
        own = self.analyses[ask.index].intents
        here = own[:own.index(reading)] if reading in own else own
        context = self.contexts.get(ask.index)
        before = [r for r in here if r.act in ("question", "readback")] or [
            r for r in (context.previous[-1].intents if context and context.previous else ())
            if r.act in ("question", "readback")]
        if bool(before) and before[-1].subject != "caller" and _fits(before[-1], about):
            return True
        return self.answered_about(ask, about)

    def answered_about(self, ask: Ask, about: tuple[str, ...] | None) -> bool:
        """Did the caller answer a question that names nobody with a fact of its intent
        about the person the item asks about, one they never volunteer? "Any medical
        problems?" asked while the call is about the missing girl is read as the caller's by
        default, but the caller who answers with her diabetes heard it asked about her (the
        call's own record of what each caller turn revealed, as in `drew_out`)."""
        if about is None:
            return False
        volunteered = {f for _, _, facts in self.facts.volunteered for f in facts}
        return any(ask.intent in self.facts.asked_by.get(f, ()) and f not in volunteered
                   and self.facts.about.get(f) in about
                   for f in self.reply_facts(ask.index))

    def told_only(self, ask: Ask) -> bool:
        """A question intent heard in a sentence that asks nothing: closed with a full stop
        or "!", no clause of it a question, an instruction to tell or a read-back, and no
        question word or question's form in it ("Morning." heard as when it happened).
        Nothing was asked, so no `asked:` item is met by it. A sentence left unpunctuated
        (speech) may be a question without its "?", so it is never judged so."""
        reading = ask.reading
        if reading.intent not in INTENTS_ASKED:
            return False
        sentence = (sentence_of(reading.clause, ask.turn.text) or "").strip()
        # (a clause found in no one sentence, e.g. across two, is not judged)
        if not sentence.endswith((".", "!")) or asks_anywhere(sentence):
            return False
        return not any(act.kind in ASKING_ACTS for act in self.analyses[ask.index].acts
                       if within(act.clause, sentence))

    def said_when(self, ask: Ask, spoken: Sequence[str] = ()) -> bool:
        """Does the turn say when (`WHEN`), or, when the caller asks when straight after
        ("Right. When?"), does the trainee's answer ("later tonight or tomorrow")?

        With `spoken` (an item's `saying:` words, in `said_form`) the when must be theirs:
        said in a clause that also says one of them ("I'll ring you Wednesday after half
        three"). A when that belongs to another step of the same turn ("I've asked the hub
        to request the CCTV today, and they'll be in touch with you") says nothing of when
        the thing the item names will happen (the item's own description: a *specific*
        update; a blind author marked it so)."""
        if says_when(ask.turn.text) and (not spoken or any(
                says_when(act.clause) and says_words(spoken, act.clause)
                for act in self.analyses[ask.index].acts)):
            return True
        turns = self.attempt.turns
        after = ask.index + 1
        asked = False
        while after < len(turns) and turns[after].speaker != "trainee":
            asked = asked or asks_when(turns[after].text)
            after += 1
        return asked and after < len(turns) and says_when(turns[after].text)

    def doubt(self, ask: Ask) -> str | None:
        """Why the turn may not be the deed although it was heard as it (`scoring.doubts`),
        or why the caller's answer says it asked something else (`answered_otherwise`)."""
        why = doubt(ask.reading, self.analyses[ask.index], self.heard_before(ask.index))
        if why is not None and why == act_doubt(ask.reading, self.analyses[ask.index]) and \
                self.drew_out(ask):
            why = None
        return why or self.answered_otherwise(ask) or turn_leaves_against(
            ask.reading, self.analyses[ask.index], self.naming_now) or self.leave_beside(ask) \
            or self.line_left(ask)

    def line_left(self, ask: Ask) -> str | None:
        """Why keeping the caller on the line is in doubt: its own turn says goodbye ("I
        need to free the line up now Kelly, officers have got the details. Bye now."). The
        handler ends the call in the turn that was heard as keeping it; the caller is left
        alone, whatever words were taken for the keeping. None otherwise."""
        if ask.intent != "stay_on_line":
            return None
        farewell = next((a.clause for a in self.analyses[ask.index].acts
                         if a.kind == "greeting" and FAREWELL.search(normal_text(a.clause))),
                        None)
        return None if farewell is None else \
            f"its turn says goodbye ('{farewell.strip()}'): the call is ended, not kept"

    def leave_beside(self, ask: Ask) -> str | None:
        """Why advice is in doubt when its own turn also gives leave to do what it is against
        (`scoring.doubts.leave_against`), wherever the leave stands and whatever the
        analysis heard in it, unless the turn forbids the very act after it (`taken_back`).
        Leave before the advice is its opposite first (`leave_first`); leave after it
        ("oh what a mess… you're fine to start putting the drawers back and tidy up a bit,
        just try not to touch the door", v42, the mess heard as keeping the scene) is the
        last thing the caller is told, and they act on it: an assessor reads the turn (as
        an opposite heard at or after the advice in its turn puts it in doubt,
        `scoring.doubts.polarity_doubt`)."""
        left = self.left_to_caller(ask)
        if left is not None:
            return left
        text = self.attempt.turns[ask.index].text
        leave = leave_against(ask.intent, text)
        if leave is None or taken_back(ask.intent, leave, text) or waits(leave, text):
            return None
        return f"its turn gives leave to do what the advice is against ('{leave}')"

    def drew_out(self, ask: Ask) -> bool:
        """Did the caller answer the turn with a fact only `ask.intent` brings out, one they
        never volunteer? A spoken question comes without its "?" and often as a bare
        fragment ("anyone hurt"), so the act rule may read it as a statement or comfort;
        the caller who answers with the injuries heard it asked (the call's own record,
        the converse of `answered_otherwise`)."""
        if ask.intent not in INTENTS_ASKED:
            return False
        volunteered = {f for _, _, facts in self.facts.volunteered for f in facts}
        return any(ask.intent in self.facts.asked_by.get(f, ()) and f not in volunteered
                   for f in self.reply_facts(ask.index))

    def answered_otherwise(self, ask: Ask) -> str | None:
        """Why a question heard as `ask.intent` asked something else, as the caller heard
        it: they answered with a fact only another question brings out, one no intent
        heard in the turn brings out, and gave nothing `ask.intent` brings out ("does she
        know you?" heard as whether she is conscious, answered "no, I was just behind
        her": the relationship). The converse of `_answered`: the call's own record of
        what each caller turn revealed decides what was asked. Facts the caller
        volunteers say nothing of the question, and an answer that gave nothing (the
        fact already out, "like I said") leaves the reading as heard."""
        if ask.reading.act != "question" or ask.intent not in INTENTS_ASKED:
            return None
        volunteered = {f for _, _, facts in self.facts.volunteered for f in facts}
        given = {f for f in self.reply_facts(ask.index) if f not in volunteered
                 and f in self.facts.asked_by}
        heard = {r.intent for r in self.analyses[ask.index].intents if r.affirmed}
        if ask.intent in self.accepted_now:
            heard |= self.accepted_now  # ("nobody's threatened you tonight have they or
            # hurt anyone", heard as the injuries, answered with the threats: the item
            # asks for either)
        if not given or any(heard & set(self.facts.asked_by[f]) for f in given):
            return None
        other = sorted(given)[0]
        return f"the caller answered it with {other}, which `{ask.intent}` does not bring out"

    def reply_facts(self, index: int) -> set[str]:
        """The facts the caller revealed after the trainee turn at `index`, up to the
        trainee's next turn."""
        facts: set[str] = set()
        for turn in self.attempt.turns[index + 1:]:
            if turn.speaker == "trainee":
                break
            facts.update(turn.reveals or ())
        return facts

    def heard_before(self, index: int) -> str:
        """What the caller said between the trainee's turn before `index` and it."""
        heard: list[str] = []
        for turn in reversed(self.attempt.turns[:index]):
            if turn.speaker == "trainee":
                break
            heard.append(turn.text)
        return " ".join(reversed(heard))

    def named_only(self, ask: Ask) -> bool:
        """A question for a name alone, answered with the name alone: the caller who
        answers "what's his name?" with how he looks has given the description. So too a
        question for the clothes alone, answered with the clothes alone (`CLOTHING`)."""
        if names_only(ask.reading.clause):
            return not describes(self.reply_to(ask))
        if clothes_only(ask.reading.clause):
            return APPEARANCE.search(self.reply_to(ask)) is None
        if counts_only(ask.reading.clause):
            # (how many of them there were is no description, the definitions' "sex, age,
            # ethnicity, height, build, clothing, hair, marks": v42's assessor, "only who it
            # is"; every other such question in the development sets came with "what do they
            # look like?" or before a turn that asked it)
            return not describes(re.sub(r"\b\d+\b", " ", self.reply_to(ask)))
        return False

    def aged_only(self, ask: Ask) -> bool:
        """A question for the age alone ("how old is she?"), heard as the date of birth,
        answered with the age alone ("she's fourteen"): an age is not the date of birth
        the checks search on, so it is not asked. Answered with the date of birth too, the
        question drew it out (every development author marked it so, each way)."""
        if ask.intent != "date_of_birth" or not ages_only(ask.reading.clause):
            return False
        return DATED.search(self.reply_to(ask)) is None

    def reply_to(self, ask: Ask) -> str:
        """What the caller said after the turn, up to the trainee's next."""
        reply = []
        for turn in self.attempt.turns[ask.index + 1:]:
            if turn.speaker == "trainee":
                break
            reply.append(turn.text)
        return " ".join(reply)

    def first_contrary(self, intent: str) -> tuple[Ask, str | None] | None:
        """The first turn that advised the opposite of an advice intent ("it's fine to
        move her", "no need to stay on the line"), if any, with why it is only in doubt:
        None when it surely is the opposite. In doubt: an opposite on a danger the caller
        must judge ("you don't need to stay on the line if it's not safe"), and advice read
        as given that the words lift or permit ("if he wants to go out, that's fine";
        `scoring.doubts.lifted`), in a turn that gives the advice nowhere else."""
        if intent not in ADVICE or intent in ADVICE_FOR_LATER:
            return None
        for index, turn in self.attempt.trainee_turns():
            if names_danger(turn.text):
                continue  # "only move her if the car catches fire": the advice's own exception
            analysis = self.analyses[index]
            found = [(order, r) for order, r in enumerate(analysis.intents)
                     if r.intent == intent]
            lifts = [(order, r, lifted(r, analysis, permits=False)) for order, r in found]
            first_leave = self.leave_first(index, lifts)
            if first_leave is not None:
                return first_leave
            for order, reading in found:
                if reading.polarity == "negate" and not (
                        reading.act == "question" and asks_what_was_done(reading.clause)):
                    # ("have you touched anything?" asks what was done: no opposite advised)
                    danger = IN_DANGER.search(turn.text)
                    return Ask(index, order, turn, reading), (
                        None if danger is None else
                        f"its condition ('{danger.group()}') leaves it to the caller")
            # Leave to do what the advice is against, in a turn that gives the advice
            # nowhere ("if he wants to nip down and get the plate, that's fine"), is its
            # opposite whatever the analysis heard in the clause: three blind authors
            # marked the advice that came after it not met. Nowhere plainly, too: a turn
            # whose every advice reading the leave itself lifts ("if you want to go out
            # driving round looking for her, that's fine, just keep your phone on you",
            # v42: the phone heard as advice the turn permits against) lets the caller go,
            # and a later "someone stays at home" comes after its opposite (the authors of
            # `leave_first`'s five turns, and v42's, marked it so).
            plainly = not any(why is None for _, _, why in lifts)
            leave = leave_against(intent, turn.text) if plainly else None
            if leave is not None and lifts and taken_back(intent, leave, turn.text):
                leave = None
            # (a bare permission, "you're fine to use the front room", may permit something
            # the advice is not against: only a doubt about its own turn, `_plain_advice`)
            if lifts and plainly and leave is None:
                order, reading, why = lifts[0]
                return Ask(index, order, turn, reading), why
            if leave is not None:
                reading = IntentReading(intent, 1.0, "negate", "caller", leave,
                                        "(leave to do what the advice is against)", 0.0,
                                        "instruction")
                return Ask(index, len(analysis.intents), turn, reading), None
        return None

    def leave_first(self, index: int,
                    lifts: Sequence[tuple[int, IntentReading, str | None]]
                    ) -> tuple[Ask, str | None] | None:
        """The leave to do what the advice is against, given in a turn before the advice it
        also gives ("tell him if he wants to go down and get a photo of the plate that's
        fine, just keep his distance"), as the opposite advised first, in doubt; None when
        the turn advises before any leave, or gives none. The caller acts on the leave: a
        hedge after it ("keep your distance") lets him go all the same (five blind authors
        of one scenario, over four sets, marked the advice not met; the rule that an
        opposite in the advice's own turn is its condition held only for the plain
        advice's exception, `NAMED_DANGER`)."""
        turn = self.attempt.turns[index]
        leave = leave_against(lifts[0][1].intent, turn.text) if lifts else None
        plain = next((r for _, r, why in lifts if why is None and r.affirmed), None)
        if leave is None or plain is None:
            return None
        # Where the leave and the first plain advice stand in the turn (the leave may be in
        # a clause the analysis heard as no advice at all: "if he fancies going out that's
        # fine, only keep well away").
        told = leave_text(turn.text)
        advised = told.find(leave_text(plain.clause).strip())
        if told.find(leave) < 0 or advised < told.find(leave):
            return None
        intent = lifts[0][1].intent
        if taken_back(intent, leave, turn.text):
            return None
        reading = IntentReading(intent, lifts[0][1].confidence, "negate", "caller", leave,
                                "(leave to do what the advice is against)", 0.0,
                                "instruction")
        # (order -1: before every reading of its turn, the advice's among them)
        return Ask(index, -1, turn, reading), (
            f"leave to do what the advice is against ('{leave}') comes before the advice "
            "in its turn")

    @cached_property
    def grade_time(self) -> float | None:
        return self.attempt.grade_set_at()

    @cached_property
    def revealed(self) -> dict[str, float]:
        """Fact id -> when it came out: from the caller's turns if the session recorded it,
        else worked out from what the trainee asked and what the caller volunteers."""
        recorded = [t for t in self.attempt.turns if t.speaker == "caller" and t.reveals]
        if recorded:
            out: dict[str, float] = {}
            for turn in recorded:
                for fact in turn.reveals or ():
                    out.setdefault(fact, turn.t)
            return out
        return self._deduce_revealed()

    def _deduce_revealed(self) -> dict[str, float]:
        asked_at: dict[str, float] = {}
        for ask in self.asks:
            asked_at.setdefault(ask.intent, ask.turn.t)
        silent_way = next((turn.t for index, turn in self.attempt.trainee_turns()
                           if gives_a_silent_way_to_answer(self.analyses[index])),
                          None)
        out: dict[str, float] = {}
        end = self.attempt.duration()
        changed = True
        while changed:
            changed = False
            for fact, intents in self.facts.asked_by.items():
                times = [asked_at[i] for i in intents if i in asked_at]
                gates = [out.get(f) for f in self.facts.after_facts.get(fact, ())]
                gates += [gate_opened(i, asked_at, silent_way)
                          for i in self.facts.after_intents.get(fact, ())]
                if fact in out or not times or any(g is None for g in gates):
                    continue
                out[fact] = max([min(times), *[g for g in gates if g is not None]])
                changed = True
            for at, after, reveals in self.facts.volunteered:
                when = at if at is not None and at <= end else out.get(after or "")
                for fact in reveals:
                    if when is not None and fact not in out:
                        out[fact] = when
                        changed = True
        return out

    # --- items ----------------------------------------------------------------------

    def result(self) -> Result:
        marks = [self.mark(item) for item in self.marking.items]
        return tally(self.attempt.scenario, self.attempt.trainee, marks,
                     self.marking.pass_mark, self.attempt.scenario_sha256)

    def mark(self, item: Item) -> ItemMark:
        def made(status: Status, points: float, max_points: float, outcome: Outcome,
                 feedback: str = "") -> ItemMark:
            return ItemMark(
                id=item.id, description=item.description, status=status, points=points,
                max_points=max_points, critical=item.critical, reason=outcome.reason,
                evidence=outcome.evidence, feedback=feedback,
                competencies=item.competencies, criteria=item.criteria)

        self.critical_now = item.critical
        self.naming_now = f"{item.description} {item.feedback}"
        self.gate_now = item.applies_when.revealed if item.applies_when is not None else None
        if item.applies_when is not None:
            gate = self.check(item.applies_when)
            if not gate.met:
                reason = Outcome(False, 0.0, f"not applicable: {gate.reason}", gate.evidence)
                return made("not_applicable", 0.0, 0.0, reason)
        outcome = self.check(item.condition)
        if item.critical and outcome.met and outcome.doubt is not None:
            # A critical item decides pass or fail alone: its credit never rests on doubt.
            # Not met until an assessor reads the turn as the deed (the review queue).
            outcome = replace(outcome, met=False, credit=0.0,
                              reason=f"{outcome.reason}; not credited while in doubt")
        share = outcome.credit if item.partial else (1.0 if outcome.met else 0.0)
        points = round(item.points * share, 2)
        if outcome.doubt is not None:
            leaning: Literal["met", "not_met"] = "met" if outcome.met else "not_met"
            doubted = replace(outcome, reason=f"{outcome.reason} (uncertain: the deciding "
                              f"reading's confidence is {outcome.doubt:.2f}; for review)")
            # (a critical item met in doubt arrives here not met: see above)
            mark = made("uncertain", points, item.points, doubted,
                        "" if outcome.met else item.feedback)
            return replace(mark, leaning=leaning, confidence=round(outcome.doubt, 3))
        if outcome.met:
            return made("met", points, item.points, outcome)
        return made("not_met", points, item.points, outcome, item.feedback)

    # --- conditions -----------------------------------------------------------------

    def check(self, c: Condition) -> Outcome:
        kind = c.kind
        handler = getattr(self, f"_{kind}")
        result: Outcome = handler(c)
        return result

    def _all(self, c: Condition) -> Outcome:
        parts = [self.check(x) for x in c.children()]
        failed = [p for p in parts if not p.met]
        reason = "; ".join(p.reason for p in (failed or parts))
        # Uncertain if an uncertain part could change the whole: any, when all are met;
        # only the failing ones otherwise.
        doubts = [p.doubt for p in (failed or parts) if p.doubt is not None]
        if failed and any(p.doubt is None for p in failed):
            doubts = []  # a part surely failed: the whole fails whatever the others
        return Outcome(not failed, sum(p.credit for p in parts) / len(parts), reason,
                       _join(parts), min(doubts) if doubts else None)

    def _any(self, c: Condition) -> Outcome:
        outer = self.accepted_now
        self.accepted_now = frozenset(x.asked for x in c.children()
                                      if x.asked and x.about is None and x.after is None)
        try:
            parts = [self.check(x) for x in c.children()]
        finally:
            self.accepted_now = outer
        # The caller acts on the first advice: once its opposite was surely advised, the
        # advice given after it in any of the item's forms ("best if somebody stays at the
        # house" after "if you want to go out and drive round, that's fine") comes too late.
        barred = min((p.contrary for p in parts if p.contrary is not None), default=None)
        if barred is not None:
            parts = [replace(p, met=False, credit=0.0) if p.met and _after(p, barred) else p
                     for p in parts]
        met = [p for p in parts if p.met]
        reason = met[0].reason if met else "; ".join(
            p.reason for p in parts if barred is None or p.contrary is not None)
        sure = [p for p in met if p.doubt is None]
        doubts = [] if sure else [p.doubt for p in (met or parts) if p.doubt is not None
                                  and (barred is None or not _after(p, barred))]
        return Outcome(bool(met), max(p.credit for p in parts), reason,
                       _join(met or parts), max(doubts) if doubts else None,
                       None if met else barred)

    def _not(self, c: Condition) -> Outcome:
        self.forbidding = not self.forbidding
        try:
            inner = self.check(c.children()[0])
        finally:
            self.forbidding = not self.forbidding
        # The inner reason already says what happened ("never said 'was he wearing'").
        return Outcome(not inner.met, 0.0 if inner.met else 1.0, inner.reason, inner.evidence,
                       inner.doubt)

    def _asked(self, c: Condition) -> Outcome:
        intent = c.asked or ""
        about = c.about or (("caller",) if intent in ABOUT_CALLER else None)
        since, needed = self._asked_since(c.after)
        if since is None:
            return Outcome(False, 0.0, f"`{intent}` could be met only after something that "
                           f"never happened ({needed})")
        outcome = self._asked_since_then(c, intent, about, since, needed)
        if c.after is not None and outcome.met:
            return replace(outcome, reason=f"{outcome.reason}; after {needed}")
        return outcome

    def _asked_since_then(self, c: Condition, intent: str, about: tuple[str, ...] | None,
                          since: float, needed: str) -> Outcome:
        """An `asked:` condition met by the turns from `since` on (`needed`: what made
        them count, for the reasons)."""
        closed, saying_when, choice = bool(c.closed), bool(c.saying_when), bool(c.choice)
        saying = c.saying or ()
        first = self.first_ask(intent, about, bool(c.describing), closed=closed,
                               saying_when=saying_when, choice=choice, saying=saying,
                               since=since)
        plain = c.about is None and not (closed or saying_when or choice or saying or c.after)
        if first is None and plain:
            # (an answer drawn out says nothing of whether the question was closed)
            answered = self._answered(c, intent)
            if answered is not None:
                return answered
        if first is not None and first.reading.confidence < UNCERTAIN_BAND[1] and not (
                c.within is not None or c.before or c.before_grade):
            # A faint first reading ("you weren't to know" as an apology) and a sure one later
            # ("I'm sorry nobody got back to you"): the sure one decides, where no time limit
            # makes the first one matter.
            first = self.first_ask(intent, about, bool(c.describing), sure=True, closed=closed,
                                   saying_when=saying_when, choice=choice,
                                   saying=saying, since=since) or first
        if first is None:
            return self._not_asked(c, intent, about, since, needed)
        if not self.critical_now and first.intent in ADVICE:
            plainly = self._plain_advice(first, c, about, since)
            if isinstance(plainly, Outcome):
                return plainly
            first = plainly
        if self.critical_now and self.doubt(first) is not None:
            # A critical item is credited only by a turn beyond doubt: the first such turn
            # that meets the condition; else the doubted one, whose credit goes to an
            # assessor (uncertain, and not credited meanwhile: `mark`).
            sure = self.first_ask(intent, about, bool(c.describing), beyond_doubt=True,
                                  closed=closed, saying_when=saying_when, choice=choice,
                                  saying=saying, since=since)
            surely = self._asked_at(sure, c, intent) if sure is not None else None
            if surely is not None and surely.met:
                return surely
            answered = self._answered(c, intent) if plain else None
            if answered is not None and answered.met:
                # ("where did she get the bus from?" answered with the bus stop, though the
                # turn heard as the intent, "where else might she go?", was answered with
                # the places she goes: the question that drew the fact out asked it)
                return answered
            doubted = self._asked_at(first, c, intent)
            given = self._words_given(first) if doubted.met else None
            if given is not None:
                return replace(doubted, reason=f"{doubted.reason}; asked for the words and "
                               f"given them at {clock(given.t)}", doubt=None)
            return doubted if doubted.met or surely is None else surely
        return self._asked_at(first, c, intent)

    def _words_given(self, ask: Ask) -> Turn | None:
        """The caller's answer to a question for the words someone used, heard in doubt as
        the intent that is those words ("can you read me the text?" as the threat), when it
        gave them: a fact only that intent brings out (`WORDS_ASKED`, `_critical_answer`)."""
        if ask.intent not in WORDS_INTENTS or not ask.reading.affirmed or \
                WORDS_ASKED.search(normal_text(ask.reading.clause)) is None:
            return None
        volunteered = {f for _, _, facts in self.facts.volunteered for f in facts}
        facts = {f for f, intents in self.facts.asked_by.items()
                 if ask.intent in intents and f not in volunteered}
        for turn in self.attempt.turns[ask.index + 1:]:
            if turn.speaker == "trainee":
                return None
            if facts.intersection(turn.reveals or ()):
                return turn
        return None

    def _not_asked(self, c: Condition, intent: str, about: tuple[str, ...] | None,
                   since: float = 0.0, needed: str = "") -> Outcome:
        """No turn met an `asked:` condition: the turn that did the intent without what the
        item also wants (a closed question, a when, a choice, its words, a description),
        else the closest turn (`_never`)."""
        closed, saying_when, choice = bool(c.closed), bool(c.saying_when), bool(c.choice)
        saying = c.saying or ()
        wants = {"closed": closed, "saying_when": saying_when, "choice": choice,
                 "saying": bool(saying)}
        why = {"closed": (f"`{intent}` was asked only by an open question, at",
                          "; no closed question (one a yes or a tap answers) asked it",
                          "an open question"),
               "saying_when": (f"`{intent}` was said only without a when, at",
                               "; no turn said when (a day, a time, or now)", "no when"),
               "choice": (f"`{intent}` was said only as one way, at",
                          "; no turn offered a choice (this or that, or the choice put to the "
                          "caller)", "one way"),
               "saying": (f"`{intent}` was heard only in turns that say none of "
                          f"{_quoted(saying)}, first at", "", "not in so many words")}

        def lacking(demand: str, *, alone: bool) -> Ask | None:
            # First the turn that did all the item wants but `demand`: an update said with
            # no when lacks the when, though a when was said of another step ("we'll request
            # the CCTV today"); then (`alone`) the first turn that did the intent at all.
            kept = {k: v and not alone for k, v in wants.items()}
            kept[demand] = False
            describing = bool(c.describing) and (not alone or demand == "closed")
            return self.first_ask(intent, about, describing,
                                  closed=kept["closed"], saying_when=kept["saying_when"],
                                  choice=kept["choice"],
                                  saying=saying if kept["saying"] else (), since=since)

        for alone in (False, True):
            for demand in ("closed", "saying_when", "choice", "saying"):
                found = lacking(demand, alone=alone) if wants[demand] else None
                if found is not None:
                    return self._opposite_before(found) or _only(found, *why[demand])
        if since > 0:
            before = self.first_ask(intent, about, bool(c.describing), closed=closed,
                                    saying_when=saying_when, choice=choice, saying=saying)
            if before is not None:
                # ("stay in the house", said in English before the interpreter was on)
                return _only(before, f"`{intent}` was said only before {needed}, at", "",
                             f"before {needed}")
        named = self.first_ask(intent, about) if c.describing else None
        if named is not None:
            part = ("the clothes" if clothes_only(named.reading.clause) else
                    "how many" if counts_only(named.reading.clause) else "a name")
            return _only(named, f"`{intent}` was asked only for {part}, at",
                         ", and the answer did not describe the person; no description "
                         "was asked", f"{part}, no description")
        aged = next((a for a in self.asks if a.intent == intent and self.fits(a, about)
                     and self.aged_only(a)), None)
        if aged is not None:
            return _only(aged, f"`{intent}` was asked only as the age, at",
                         ", and the answer gave no date of birth", "the age, no date of birth")
        told = self._told_reference(c) if intent == "reference_number" else None
        return told or self._never(intent, about)

    def _opposite_before(self, found: Ask, *, at_or_after: bool = False) -> Outcome | None:
        """Not met, when the advice the turn lacked something for came after its surely
        said opposite: the opposite first is the reason an assessor needs ("it's fine to
        help her out of the car" before "don't go round to his house"). `at_or_after`: the
        advice heard only in words its own turn's leave lifts counts as after it too."""
        contrary = self.first_contrary(found.intent)
        if contrary is None or contrary[1] is not None or contrary[0].index > found.index or (
                contrary[0].index == found.index and not at_or_after):
            return None
        first = contrary[0]
        return Outcome(False, 0.0, f"the opposite was advised first, at "
                       f"{clock(first.turn.t)}: '{first.said}'; `{found.intent}` "
                       f"came only after, at {clock(found.turn.t)}: '{found.said}'",
                       (_turn(first.index, first.turn, f"{found.intent} said as its opposite"),
                        _turn(found.index, found.turn, "after its opposite")),
                       contrary=first.index)

    def _plain_advice(self, first: Ask, c: Condition, about: tuple[str, ...] | None,
                      since: float = 0.0) -> Ask | Outcome:
        """The first advice not said in words that lift or permit it ("you're fine to jump
        in the car", "he doesn't need to leave the van as it is": more often its opposite
        than not), or, when there is none, an outcome in doubt, leaning not met, for an
        assessor to read (a critical item has its own, stricter doubts: `doubt`)."""
        why = self.unadvised(first)
        if why is None:
            return first
        plainly = self.first_ask(first.intent, about, bool(c.describing), plain=True,
                                 closed=bool(c.closed), saying_when=bool(c.saying_when),
                                 choice=bool(c.choice), saying=c.saying or (), since=since)
        if plainly is not None:
            return plainly
        barred = self._opposite_before(first, at_or_after=True)
        if barred is not None:
            # (the leave its own turn gives, surely its opposite: "if you want to go out
            # driving round, that's fine, just keep your phone on you", `first_contrary`)
            return barred
        # Words that lift or permit the advice may yet be it: an assessor reads them. A
        # question after what was done, or what others will do, advises nothing.
        perhaps = next((a for a in self.asks if a.intent == first.intent
                        and a.turn.t >= since and self.fits(a, about)
                        and lifted(a.reading, self.analyses[a.index]) is not None), None)
        if perhaps is None:
            return Outcome(False, 0.0, f"`{first.intent}` was heard only in words that "
                           f"advise nothing, at {clock(first.turn.t)}: "
                           f"'{first.said}' ({requoted(why, first.turn.text)})",
                           (_turn(first.index, first.turn, "advising nothing"),))
        why = requoted(lifted(perhaps.reading, self.analyses[perhaps.index]) or why,
                       perhaps.turn.text)
        return Outcome(False, 0.0, f"`{first.intent}` was heard only in words that may say "
                       f"its opposite, at {clock(perhaps.turn.t)}: '{perhaps.said}' "
                       f"({why})", (_turn(perhaps.index, perhaps.turn, "perhaps its opposite"),),
                       perhaps.reading.confidence)

    def _asked_at(self, first: Ask, c: Condition, intent: str) -> Outcome:
        """Whether the turn `first` meets an `asked:` condition: in time, in order, not
        after its opposite, and (for a critical item) beyond doubt."""
        reading = first.reading
        ev = (_turn(first.index, first.turn, f"{intent} (like '{reading.phrase}', "
                                               f"confidence {reading.confidence:.2f})"),)
        when = f"asked at {clock(first.turn.t)}"
        if c.within is not None and first.turn.t > c.within:
            return Outcome(False, 0.0, f"{when}, later than {clock(c.within)}", ev)
        for other in c.before or ():
            # The force's answering formula ("Cleveland Police, how can I help?") carries
            # `what_happened` (the definitions) but answers the phone: it is said before
            # the caller has said a word, so nothing asked after it comes after a question
            # of the trainee's own ("the address before anything else": a blind author
            # marked three such calls met).
            later = self.first_ask(other, formula=False)
            if later is not None and (later.index, later.order) < (first.index, first.order):
                return Outcome(False, 0.0, f"{when}, after `{other}` at {clock(later.turn.t)}",
                               (*ev, _turn(later.index, later.turn, other)))
        if c.before_grade and self.grade_time is not None and first.turn.t > self.grade_time:
            return Outcome(False, 0.0, f"{when}, after the grade was set at "
                           f"{clock(self.grade_time)}", ev)
        found = self.first_contrary(intent)
        if found is not None and (found[0].index, found[0].order) < (first.index, first.order) \
                and (found[0].index < first.index or found[0].reading.phrase.startswith(
                    "(leave")):
            # (the same turn only for leave given before its advice: `leave_first`)
            # The first advice the caller was given was its opposite ("it's fine to move
            # her"): they act on it, whatever came later (every development author marked
            # it so). An opposite said after the advice is most often the situation moving
            # on ("open the door when it's the police" once they have arrived), and one in
            # the same turn as the advice most often its condition ("if it catches fire get
            # her out, otherwise don't move her"), so neither is held against it. An
            # opposite only in doubt puts the item in doubt, leaning not met: an assessor
            # reads the first turn.
            contrary, unsure = found
            unsure = None if unsure is None else requoted(unsure, contrary.turn.text)
            said = ("said as its opposite" if unsure is None
                    else f"perhaps its opposite: {unsure}")
            return Outcome(False, 0.0, f"{when}, but the opposite was advised first, at "
                           f"{clock(contrary.turn.t)}: '{contrary.said}'"
                           + ("" if unsure is None else f" (in doubt: {unsure})"),
                           (*ev, _turn(contrary.index, contrary.turn, f"{intent} {said}")),
                           None if unsure is None else contrary.reading.confidence,
                           None if unsure is not None else contrary.index)
        why = self.doubt(first) if self.critical_now else None
        if why is not None:
            # Met, but on a turn whose act, polarity or subject may be misread: uncertain
            # (and, for this critical item, not credited: `mark`).
            return Outcome(True, 1.0, f"{when}, but in doubt: {requoted(why, first.turn.text)}",
                           ev, reading.confidence)
        doubt = reading.confidence if reading.confidence < UNCERTAIN_BAND[1] else None
        return Outcome(True, 1.0, when, ev, doubt)

    def _told_reference(self, c: Condition) -> Outcome | None:
        """The first trainee turn that tells the caller a reference in so many words
        (`TOLD_REFERENCE`), in a sentence that asks nothing."""
        for index, turn in self.attempt.trainee_turns():
            for sentence in re.findall(r"[^.!?]+[.!?]*", turn.text):
                found = TOLD_REFERENCE.search(normal_text(sentence))
                if found is None or "?" in sentence or is_question(sentence):
                    continue
                when = f"told the reference at {clock(turn.t)}"
                ev = (_turn(index, turn, "a reference told"),)
                if c.within is not None and turn.t > c.within:
                    return Outcome(False, 0.0, f"{when}, later than {clock(c.within)}", ev)
                return Outcome(True, 1.0, when, ev)
        return None

    def _answered(self, c: Condition, intent: str) -> Outcome | None:
        """A question the analysis did not hear as `intent`, that the caller answered with
        a fact only that question brings out ("has he hit you?" answered with the
        strangulation is the injuries asked). Only from the call's own record of what each
        caller turn revealed, only for facts the caller never volunteers, only in answer to
        a trainee question that came near the intent and whose heard intents explain none
        of the answer. A critical item needs more: the question heard near the intent above
        the band of doubt (only outranked by another intent), or the trainee's next turn
        reading the answer back ("where's he living" misheard, answered with the address,
        the address read back): the question drew it out and the trainee took it as the
        thing needed."""
        if intent not in INTENTS_ASKED:
            return None
        volunteered = {f for _, _, facts in self.facts.volunteered for f in facts}
        facts = {f for f, intents in self.facts.asked_by.items()
                 if intent in intents and f not in volunteered}
        asked: tuple[int, Turn] | None = None
        for index, turn in enumerate(self.attempt.turns):
            if turn.speaker == "trainee":
                asked = (index, turn) if self._is_question(index, turn) and \
                    not self._pending(index) else None
                continue
            given = facts.intersection(turn.reveals or ())
            if asked is None or not given:
                continue
            if c.describing and not describes(turn.text):
                continue  # "what's his name?" answered with the name alone
            at, question = asked
            heard = {r.intent for r in self.analyses[at].intents}
            near = heard | {r.intent for r in self.analyses[at].near}
            if intent == "what_happened" and self._invites_account(at):
                near.add(intent)  # "go on, take me through it from the start"
            if not near & ({intent} | ALIKE.get(intent, set())):
                continue  # nothing in the question came near it ("anything else?"): the
                # answer was the caller's to give, not drawn out
            if any(heard & set(self.facts.asked_by.get(f, ())) for f in turn.reveals or ()):
                continue  # "what happened?" answered with the story and more: the more was
                # the caller's telling, not the trainee's asking
            fact = sorted(given)[0]
            ev: tuple[Evidence, ...] = (_turn(at, question, f"answered with {fact}"),
                                        _turn(index, turn, f"the caller gave {fact}"))
            confirmed = self._critical_answer(at, index, intent, fact) \
                if self.critical_now else ()
            if confirmed is None:
                continue  # a critical question must be heard, or its answer confirmed
            ev = (*ev, *confirmed)
            when = (f"the caller gave {fact} at {clock(turn.t)}, in answer to "
                    f"'{question.text}' at {clock(question.t)}")
            if c.within is not None and question.t > c.within:
                return Outcome(False, 0.0, f"{when}, later than {clock(c.within)}", ev)
            if c.before_grade and self.grade_time is not None and \
                    question.t > self.grade_time:
                return Outcome(False, 0.0, f"{when}, after the grade was set at "
                               f"{clock(self.grade_time)}", ev)
            return Outcome(True, 1.0, when, ev)
        return None

    def _critical_answer(self, question: int, answer: int, intent: str,
                         fact: str) -> tuple[Evidence, ...] | None:
        """Whether an answer may credit a critical item with the question before it, and
        the further evidence it rests on: none when the question was heard near the intent
        above the band of doubt, only outranked ("what did they say exactly?" heard as
        threats but as near the hate asked, answered with the words and why he thinks he
        was targeted: two blind authors, two sessions apart), or when it asked for the words
        someone used and the intent is those words (`WORDS_ASKED`: "can you read me exactly
        what he's written?" answered with the message, "what were they saying?" with the
        abuse); else the trainee's turn that read the answer back; None when neither."""
        analysis = self.analyses[question]
        readings = [r for r in (*analysis.intents, *analysis.near) if r.intent == intent]
        sure = max((r.confidence for r in readings), default=0.0)
        if sure >= UNCERTAIN_BAND[1]:
            return ()
        if intent in WORDS_INTENTS and any(
                r.affirmed and WORDS_ASKED.search(normal_text(r.clause)) for r in readings):
            return ()  # asked for the words, and given them: the words were asked for
        confirmed = self._read_back(answer)
        if confirmed is None:
            return None
        return (_turn(confirmed, self.attempt.turns[confirmed], f"{fact} read back"),)

    def _read_back(self, answer: int) -> int | None:
        """The trainee turn after the caller's answer at `answer`, if it reads the answer
        back: a read-back most of which the answer said."""
        for index in range(answer + 1, len(self.attempt.turns)):
            turn = self.attempt.turns[index]
            if turn.speaker != "trainee":
                continue
            analysis = self.analyses[index]
            if not any(a.kind == "readback" for a in analysis.acts):
                return None
            said = " ".join(t.text for t in self.attempt.turns[answer:index])
            return index if read_from(turn.text, said) >= READ_BACK_SHARE else None
        return None

    def _pending(self, index: int) -> bool:
        """Does the turn follow another trainee question the caller has not answered yet
        (two questions in a row: the caller's next line may answer either)? A turn before
        it that asks nothing ("Six Sycamore Grove. Thank you.", a read-back said as a
        statement) leaves the caller only the one question to answer."""
        if index == 0 or self.attempt.turns[index - 1].speaker != "trainee":
            return False
        return self._is_question(index - 1, self.attempt.turns[index - 1])

    def _is_question(self, index: int, turn: Turn) -> bool:
        analysis = self.analyses[index]
        return "?" in turn.text or any(a.kind == "question" for a in analysis.acts) or \
            self._invites_account(index) or put_by_voice(turn)

    def _invites_account(self, index: int) -> bool:
        """Does the turn invite the caller to tell it in their own words ("go on, tell me
        what's going on", "talk me through it from the start"), in a clause that asks for
        nothing in particular (no intent heard in it)? That is the open question."""
        analysis = self.analyses[index]
        placed = {r.clause for r in analysis.intents}
        return any(a.kind in ASKING_ACTS and a.clause not in placed
                   and INVITES_ACCOUNT.search(normal_text(a.clause)) for a in analysis.acts)

    def _never(self, intent: str, about: tuple[str, ...] | None) -> Outcome:
        """Not asked: say which turn came closest and why it did not count."""
        closest: tuple[float, int, Turn, IntentReading, str] | None = None
        for index, turn in self.attempt.trainee_turns():
            analysis = self.analyses[index]
            for reading in (*analysis.intents, *analysis.near):
                if reading.intent != intent:
                    continue
                instead = next((r for r in analysis.intents
                                if r.clause == reading.clause and r.intent != intent), None)
                # A sentence that asks nothing ("Good morning.") asks it whether the
                # reading came above the threshold or just under: never a near miss.
                told = self.told_only(Ask(index, 0, turn, reading))
                if reading in analysis.intents or told:
                    why = ("said as its opposite, with no word of its own saying so"
                           if reading.polarity == "negate" and carried_opposite(reading)
                           else "said as its opposite" if reading.polarity == "negate"
                           else "said in a sentence that asks nothing" if told
                           else "an order to calm down, not reassurance"
                           if ordered_calm(reading)
                           else "the excuse with a sorry that waves the grievance away"
                           if self.excused(index, reading)
                           else "the answering formula, said before the caller spoke"
                           if intent == "what_happened" and self.answering_formula(
                               Ask(index, 0, turn, reading))
                           else f"about the {reading.subject.replace('_', ' ')}, not "
                                f"{' or '.join(about or ('the caller',))}")
                elif instead is not None:
                    why = f"heard as {instead.intent}"
                elif intent == "apology" and sorry_dismissed(turn.text):
                    why = "sorry said only to wave the grievance away"
                else:
                    why = "below the threshold"
                if closest is None or reading.score > closest[0]:
                    closest = (reading.score, index, turn, reading, why)
        if closest is None:
            return Outcome(False, 0.0, f"`{intent}` was never asked; no turn came close")
        score, index, turn, reading, why = closest
        reason = (f"`{intent}` was never asked; closest: turn {index} at {clock(turn.t)} "
                  f"'{as_said(reading.clause, turn.text)}' ({score:.2f}, like "
                  f"'{reading.phrase}'; {why})")
        ev = (_turn(index, turn, f"closest to {intent} ({score:.2f}; {why})"),)
        low, _ = UNCERTAIN_BAND
        near_miss = (why == "below the threshold" and reading.polarity == "affirm"
                     and _fits(reading, about) and reading.confidence >= low)
        # An opposite read into a clause with no word of its own saying so ("stay upstairs
        # with his wife" after "…aren't worth getting hurt for", unpunctuated) took it from
        # the clause before: an assessor reads the turn.
        carried = why.startswith("said as its opposite, with no word")
        return Outcome(False, 0.0, reason, ev,
                       reading.confidence if near_miss or carried else None)

    def _said(self, c: Condition) -> Outcome:
        phrases = [said_form(p) for p in c.said or ()]
        doubted: Outcome | None = None
        told: Outcome | None = None  # (`asking:` words said only in a statement)
        start, waited = self._said_after(c.after)
        if start is None:
            return Outcome(False, 0.0, f"never said {_quoted(c.said or ())} after it was "
                           f"told ({waited})")
        for index, turn in self.attempt.trainee_turns():
            if c.within is not None and turn.t > c.within:
                break
            if index < start:
                continue  # said before what it must follow ("ring 111" instead of police)
            for phrase in said_in(phrases, turn.text):
                said = f"said '{phrase}' at {clock(turn.t)}"
                if c.asking and not self._asks_with(index, phrase):
                    told = told or Outcome(False, 0.0, f"{said}, but told, not asked",
                                           (_turn(index, turn, "said, not asked"),))
                    continue
                in_doubt = self._said_after_leave(index, phrase, said) or \
                    self._said_doubt(index, phrase, said, asking=bool(c.asking))
                if in_doubt is None:
                    return Outcome(True, 1.0, said, (_turn(index, turn, "said"),))
                # "have you tried the council?" names the thing without doing it: a
                # critical item waits for a turn that does, else goes to an assessor
                doubted = doubted or in_doubt
            negated = self._said_negated(phrases, turn.text)
            if negated is not None and not (self.critical_now and not self.forbidding and
                                            self._asked_about(index, negated[4:])) and not (
                    c.asking and not self._asks_with(index, negated[4:])):
                # (named in a question, "is it not a police matter?", a critical item waits)
                return Outcome(True, 1.0, f"said '{negated}' at {clock(turn.t)}",
                               (_turn(index, turn, "said, negated in other words"),))
        if doubted is not None:
            return doubted
        if told is not None:
            return told
        if self.critical_now and self.forbidding:
            otherwise = self._disclosed(c, start)
            if otherwise is not None:
                return otherwise
        window = f" within {clock(c.within)}" if c.within else ""
        after = f" in or after the turn that first did so ({waited})" if waited else ""
        return Outcome(False, 0.0, f"never said {_quoted(c.said or ())}{window}{after}")

    def _disclosed(self, c: Condition, start: int) -> Outcome | None:
        """A forbidden `said:` of a critical item said in other words: a turn that names
        what only the police record the item protects holds (`scoring.disclosure`), which
        the caller had not said. In doubt (the words may be the caller's own matter said
        back, or a refusal naming the record), so it goes to an assessor, leaning not met."""
        protected = protected_sentences((check.result for check in self.world.checks),
                                        c.said or ())
        if not protected:
            return None
        telling = telling_words(protected, self.naming_now)
        asked_at = self.revealed.get(self.gate_now) if self.gate_now else None
        answers = 0
        heard: list[str] = []
        for index, turn in enumerate(self.attempt.turns):
            if turn.speaker != "trainee":
                heard.append(turn.text)
                continue
            if c.within is not None and turn.t > c.within:
                break
            answering = asked_at is not None and turn.t > asked_at and answers < ANSWER_TURNS
            answers += answering
            yes = confirms(turn.text) if answering and index >= start else None
            if yes is not None:
                return Outcome(True, 1.0, f"never said {_quoted(c.said or ())}, but answered "
                               f"the caller's asking for the record with a yes at "
                               f"{clock(turn.t)}: '{yes}': perhaps disclosed by confirming it",
                               (_turn(index, turn, "perhaps disclosed by confirming"),),
                               DISCLOSURE_DOUBT)
            said = told(turn.text, telling, " ".join(heard)) if index >= start else []
            if said:
                return Outcome(True, 1.0, f"never said {_quoted(c.said or ())}, but told the "
                               f"caller {_quoted(said)} at {clock(turn.t)}, which only the "
                               f"police record holds: perhaps disclosed in other words",
                               (_turn(index, turn, "perhaps disclosed in other words"),),
                               DISCLOSURE_DOUBT)
        return None

    def _asked_since(self, after: Condition | None) -> tuple[float | None, str]:
        """The time from which an `asked:` with `after:` may be met: the earliest turn or
        event the `after` condition was met by (advice to a caller with almost no English
        reaches him once the interpreter is on: `after: {event: transfer, value:
        interpreter}`), with its reason; None when it was never met."""
        if after is None:
            return 0.0, ""
        met = self.check(after)
        times = [e.t for e in met.evidence if e.kind in ("turn", "event") and e.t is not None]
        if not met.met or not times:
            return None, met.reason
        return min(times), met.reason

    def _said_after(self, after: Condition | None) -> tuple[int | None, str]:
        """The first turn a `said:` with `after:` may be met in: the earliest turn the
        `after` condition was met by (the phrase said in that very turn counts: "officers
        are on their way, and for yourself there's 111 option 2"), with its reason; None
        when it was never met."""
        if after is None:
            return 0, ""
        met = self.check(after)
        turns = [e.index for e in met.evidence if e.kind == "turn" and e.index is not None]
        if not met.met or not turns:
            return None, met.reason
        return min(turns), met.reason

    @staticmethod
    def _said_negated(phrases: Sequence[str], text: str) -> str | None:
        """A scheme phrase written with "not" ("not treated differently") said with its
        negation in other words ("nobody will treat you any differently", "complaining
        won't mean you're treated differently"): the words after "not", with an odd number
        of negations before them in their sentence ("I can't promise you won't be treated
        differently" denies the denial)."""
        for phrase in phrases:
            if not phrase.startswith("not "):
                continue
            for sentence in re.findall(r"[^.!?]+", text):
                spoken = said_form(sentence)
                found = fuzz.partial_ratio_alignment(phrase[4:], spoken)
                if found is not None and found.score >= SAID_SIMILARITY and len(
                        NEGATION.findall(spoken[:found.dest_start])) % 2 == 1:
                    return phrase
        return None

    def _asks_with(self, index: int, phrase: str) -> bool:
        """Were the words said in a clause that asks: a sentence of the turn with a "?" or a
        question's form or word, or a clause the analysis read as a question, an instruction
        to tell or a read-back (`asking:` items)?"""
        text = self.attempt.turns[index].text
        if any(asks_anywhere(s) for s in re.findall(r"[^.!?]+[.!?]*", text)
               if phrase in said_form(s)):
            return True
        # (an instruction asks only when it asks to be told: "ring round her friends again"
        # tells the caller what to do)
        return any(act.kind in ASKING_ACTS and fuzz.partial_ratio(
            phrase, said_form(act.clause)) >= SAID_SIMILARITY
            and not (act.kind == "instruction" and not asks_to_tell(act.clause))
            for act in self.analyses[index].acts)

    def _said_after_leave(self, index: int, phrase: str, said: str) -> Outcome | None:
        """The item's advice words said in a turn only after leave to do what that advice
        is against ("if you want to drive over that's fine, just be careful, keep trying his
        phone on the way", v43; "if you want to drive over there thats fine just let the
        officers go in first", v22): the caller acts on the leave, as `leave_first` holds for
        the advice heard as its intent, so the words are in doubt, leaning not met. Only for
        the words of an `any:` that also accepts the advice intent (`accepted_now`)."""
        if self.forbidding:
            return None
        turn = self.attempt.turns[index]
        told = leave_text(turn.text)
        for intent in sorted(self.accepted_now & ADVICE):
            leave = leave_against(intent, turn.text)
            if leave is None or taken_back(intent, leave, turn.text) or \
                    waits(leave, turn.text):
                continue
            where = told.find(leave)
            if 0 <= where < told.find(leave_text(phrase).strip(), where + len(leave)):
                return Outcome(False, 0.0, f"{said}, but in doubt: only after leave to do what "
                               f"the advice is against ('{leave}')",
                               (_turn(index, turn, "said after leave against it"),), 0.5)
        return None

    def _said_doubt(self, index: int, phrase: str, said: str, *,
                    asking: bool = False) -> Outcome | None:
        """For a critical item, the phrase said only in a question ("have you tried the
        council?") or in a clause that names it only to wave it away ("the council's noise
        team will be closed now anyway": `scoring.doubts.waves_away`), as a credit in
        doubt; None when it was plainly said (or the item is not critical, or forbids the
        words). For `asking:` words the question is the deed the item wants ("can cars get
        by it?" checks whether the car is a danger), never a doubt."""
        if not self.critical_now or self.forbidding:
            return None
        turn = self.attempt.turns[index]
        question = None if asking else self._asked_about(index, phrase)
        if question is not None:
            return Outcome(True, 1.0, f"{said}, but in doubt: it was asked about, in a "
                           f"question ('{as_said(question.clause, turn.text)}')",
                           (_turn(index, turn, "said, in a question"),), question.confidence)
        for act in self.analyses[index].acts:
            if fuzz.partial_ratio(phrase, said_form(act.clause)) >= SAID_SIMILARITY:
                waved = waves_away(act.clause)
                if waved is not None:
                    return Outcome(True, 1.0, f"{said}, but in doubt: it was named only to "
                                   f"wave it away ('{as_said(waved, turn.text)}')",
                                   (_turn(index, turn, "said, waved away"),), 0.5)
                kept = kept_after(act.clause, turn.text)
                if kept is not None:
                    return Outcome(True, 1.0, f"{said}, but in doubt: the handler keeps the "
                                   f"matter after it ('{kept}')",
                                   (_turn(index, turn, "said, then kept"),), 0.5)
                waved = waved_after(act.clause, turn.text)
                if waved is not None:
                    return Outcome(True, 1.0, f"{said}, but in doubt: it was waved away "
                                   f"straight after ('{as_said(waved, turn.text)}')",
                                   (_turn(index, turn, "said, then waved away"),), 0.5)
                rule = set_aside_rule(act.clause, turn.text)
                if rule is not None:
                    return Outcome(True, 1.0, f"{said}, but in doubt: it says what would be "
                                   f"done as a rule ('{rule}'), set against straight after",
                                   (_turn(index, turn, "said, then set aside"),), 0.5)
        return None

    def _asked_about(self, index: int, phrase: str) -> Act | None:
        """The question clause of the turn the words were said in, if they were said in a
        question rather than told. A spoken clause (no "?" in the turn) read as a question
        with nothing in it that asks, or by its opening word alone and going on to tell the
        caller what they can do ("is the council's noise team you can ring them Monday":
        "it's" misheard), was told."""
        spoken = "?" not in self.attempt.turns[index].text
        for act in self.analyses[index].acts:
            if act.kind == "question" and fuzz.partial_ratio(
                    phrase, said_form(act.clause)) >= SAID_SIMILARITY and not (
                    spoken and (tells_after(act.clause, phrase)
                                or not asks_anywhere(act.clause))) and not (
                    tap_code(act.clause) and not asks_anywhere(act.clause)):
                # (a spoken clause with nothing in it that asks, "ok one tap for yes two
                # taps for no", is the act rule's doubt, not the words': as `act_doubt`; a
                # tap code asked for with no question word, "give me one click for yes, two
                # for no, okay?", tells her how to answer: `tap_codes.tap_code`)
                return act
        return None

    def _log(self, c: Condition) -> Outcome:
        name = c.log or ""
        value = self.attempt.log.field(name)
        text = "; ".join(value) if isinstance(value, tuple) else (value or "")
        ev = (Evidence("log", f"log.{name}", None, text),)
        how = c.normalise or DEFAULT_NORMALISER.get(name, "text")
        norm = NORMALISERS[how]
        if c.filled is not None:
            filled = bool(text.strip())
            return Outcome(filled == c.filled, float(filled == c.filled),
                           f"{name} {'filled' if filled else 'left empty'}", ev)
        if c.equals is not None or c.one_of is not None:
            wanted = [c.equals] if c.equals is not None else list(c.one_of or ())
            given = list(value) if isinstance(value, tuple) else [text]
            hit = any(norm(w) == norm(g) for w in wanted for g in given)
            return Outcome(hit, float(hit), f"{name} is '{text}'"
                           + ("" if hit else f", expected {_quoted(wanted)}"), ev)
        if c.matches is not None:
            hit = re.search(c.matches, text, re.IGNORECASE) is not None
            return Outcome(hit, float(hit), f"{name} '{text}' "
                           f"{'matches' if hit else 'does not match'} /{c.matches}/", ev)
        points = c.mentions or ()
        return self._coverage(name, text, points, c.at_least, ev)

    def _coverage(self, name: str, text: str, points: Sequence[KeyPoint],
                  at_least: int | None, ev: tuple[Evidence, ...]) -> Outcome:
        covered = [p for p in points if mentions_as_done(text, p)]
        missing = [p for p in points if p not in covered]
        need = min(at_least or len(points), len(points)) or 1
        credit = min(1.0, len(covered) / need)
        reason = f"{name} mentions {len(covered)} of {len(points)} key points"
        if missing:
            reason += "; missing " + ", ".join(_point(p) for p in missing)
        return Outcome(len(covered) >= need, credit, reason, ev)

    def _recorded(self, c: Condition) -> Outcome:
        name = c.recorded or ""
        log, world = self.attempt.log, self.world
        # A callback number with one wrong digit reaches nobody: exact unless told otherwise.
        default = 1.0 if name == "callback" else RECORDED_THRESHOLD
        threshold = c.threshold if c.threshold is not None else default
        value = log.field(name)
        given = "; ".join(value) if isinstance(value, tuple) else (value or "")
        if name in ("location", "caller_name", "callback") and UNKNOWN.match(
                normal_text(given)):
            given = ""  # "unknown", "N/K", "not given": the field says nothing was recorded
        truth: str
        if name == "location":
            truth = world.location.address
            score = agreement(truth, given, "address") if given else 0.0
        elif name == "caller_name":
            truth = world.caller.name
            score = agreement(truth, given, "name") if given else 0.0
        elif name == "callback":
            truth = world.caller.callback or ""
            score = agreement(truth, given, "phone") if given else 0.0
        elif name == "incident_type":
            truth = world.incident.category
            score = float(given == truth)
        elif name == "crime":
            truth = world.incident.crime or "none"
            score = float((log.crime or "none") == truth)
            given = log.crime or "none"
        else:
            want, got = set(world.incident.qualifiers), set(log.qualifiers)
            truth = "; ".join(sorted(want)) or "none"
            score = len(want & got) / len(want | got) if want | got else 1.0
        ev = (Evidence("log", f"log.{name}", None, given, note=f"expected '{truth}'"),)
        met = score >= threshold
        graded = name in ("location", "caller_name", "callback", "qualifiers")
        reason = (f"{name} recorded as '{given}'" if given else f"{name} not recorded") + (
            "" if score == 1.0 else f" (expected '{truth}'"
            + (f", agreement {score:.0%})" if graded and given else ")"))
        return Outcome(met, score, reason, ev)

    def _grade(self, c: Condition) -> Outcome:
        return self._grade_among(self.world.grades)

    def _grade_in(self, c: Condition) -> Outcome:
        return self._grade_among(c.grade_in or ())

    def _grade_among(self, allowed: Sequence[str]) -> Outcome:
        grade = self.attempt.log.grade
        ev = [Evidence("log", "log.grade", None, grade)]
        ev += [Evidence("event", f"event {i}", e.t, f"grade set to {e.value}", index=i)
               for i, e in enumerate(self.attempt.events) if e.type == "grade_set"]
        ok = grade.strip().upper() in {g.upper() for g in allowed}
        shown = grade or "none"
        reason = f"graded {shown}" + ("" if ok else f"; acceptable: {', '.join(allowed)}")
        return Outcome(ok, float(ok), reason, tuple(ev))

    def _thrive(self, c: Condition) -> Outcome:
        fields = c.fields or THRIVE_FIELDS
        threshold = c.threshold if c.threshold is not None else THRIVE_THRESHOLD
        shares: list[float] = []
        notes: list[str] = []
        ev: list[Evidence] = []
        empty: list[str] = []
        for name in fields:
            text = getattr(self.attempt.log.thrive, name)
            ev.append(Evidence("log", f"log.thrive.{name}", None, text))
            points = self.world.thrive.points(name)
            if not text.strip():
                empty.append(name)
                shares.append(0.0)
                continue
            if not points:
                shares.append(1.0)
                continue
            covered = [p for p in points if mentions_as_done(text, p)]
            shares.append(len(covered) / len(points))
            missing = [_point(p) for p in points if p not in covered]
            if missing:
                notes.append(f"{name} misses {', '.join(missing)}")
        credit = sum(shares) / len(shares)
        met = not empty and credit >= threshold
        reason = f"THRIVE covers {credit:.0%} of the key points"
        if empty:
            reason += "; empty: " + ", ".join(empty)
        if notes:
            reason += "; " + "; ".join(notes)
        return Outcome(met, credit, reason, tuple(ev))

    def _checked(self, c: Condition) -> Outcome:
        target = c.checked or ""
        checks = [k for k in self.world.checks if target in (k.id, k.kind)]
        for index, event in enumerate(self.attempt.events):
            if event.type != "system_check" or not event.query:
                continue
            if not any(mentions(event.query, m) for k in checks for m in k.match):
                continue
            ev = (Evidence("event", f"event {index}", event.t, f"check '{event.query}'",
                           index=index),)
            when = f"{target} check run at {clock(event.t)}"
            if c.within is not None and event.t > c.within:
                return Outcome(False, 0.0, f"{when}, later than {clock(c.within)}", ev)
            if c.before_grade and self.grade_time is not None and event.t > self.grade_time:
                return Outcome(False, 0.0, f"{when}, after the grade was set", ev)
            return Outcome(True, 1.0, when, ev)
        return Outcome(False, 0.0, f"no {target} check was run")

    def _event(self, c: Condition) -> Outcome:
        for index, event in enumerate(self.attempt.events):
            if event.type != c.event:
                continue
            if c.value is not None and normal_text(event.value or "") != normal_text(c.value):
                continue
            if c.within is not None and event.t > c.within:
                continue
            text = f"{event.type} {event.value or event.query or ''}".strip()
            return Outcome(True, 1.0, f"{text} at {clock(event.t)}",
                           (Evidence("event", f"event {index}", event.t, text, index=index),))
        value = f" '{c.value}'" if c.value is not None else ""
        return Outcome(False, 0.0, f"no {c.event}{value} event")

    def _revealed(self, c: Condition) -> Outcome:
        fact = c.revealed or ""
        if fact not in self.revealed:
            return Outcome(False, 0.0, f"{fact} never came up")
        when = f"the caller revealed {fact} at {clock(self.revealed[fact])}"
        if c.within is not None and self.revealed[fact] > c.within:
            # "Established the caller's address within 30 seconds": the fact itself out in
            # time, not only the question put in time. A fact drawn out only by a later
            # question ("where are you calling from?" at 22 s answered with her own town,
            # his address asked at 58 s) was not established in time (every development
            # author marked such calls so), nor was an address given at 33 s to a question
            # put at 30 s: two blind authors, two sets, marked an address answered a few
            # seconds past the limit late, and none credited one (session 21).
            return Outcome(False, 0.0, f"{when}, later than {clock(c.within)}")
        return Outcome(True, 1.0, when)


def sentence_of(clause: str, text: str) -> str | None:
    """The sentence of `text` (up to and with its closing . ! or ?) that holds the clause,
    compared by words; None when no one sentence holds it."""
    return next((s for s in re.findall(r"[^.!?]+[.!?]*", text) if within(clause, s)), None)


def within(clause: str, text: str) -> bool:
    """Are the clause's words, in order and together, in the text?"""
    return f" {normal_text(clause)} " in f" {normal_text(text)} "


def read_from(back: str, said: str) -> float:
    """The share of `back`'s letter triples found in `said`, spaces ignored: a read-back
    spelled or run together ("s s 13 2 q f" for "SS13 2QF") is still the words said."""
    def compact(text: str) -> str:
        return "".join(w for w in words(text) if w not in HESITATIONS)

    heard, source = compact(back), compact(said)
    triples = [heard[i:i + 3] for i in range(len(heard) - 2)]
    return sum(t in source for t in triples) / len(triples) if triples else 0.0


def said_form(text: str) -> str:
    """Words as `said:` compares them: normal_text, with thanks in one form and contractions
    a recogniser writes without their apostrophe read whole ("dont worry about a photo" is
    "do not worry about a photo", as "don't" is), so a phrase declined or denied in speech
    is read as it is in typing."""
    spoken = " ".join(BARE_CONTRACTIONS.get(w, w) for w in normal_text(text).split(" "))
    return THANKS.sub("thank you", spoken)


# A question put as the tap that answers it: "tap once if you're at 41 Melbourne Road",
# "cough twice if he's still there" (in `spelled` form).
_TAP_ANSWERS = re.compile(r" (?:please |just |now |so )?(?:tap|press|cough|knock)\w* (?:\w+ )?"
                          r"(?:once|twice|one|two)(?: times?)? (?:if|for yes if) ")


def closed_question(reading: IntentReading, turn: str = "") -> bool:
    """Is the reading asked by a question a yes or no (or a tap) answers: a read-back ("is
    that Flat 2, 41 Melbourne Road?") put to the caller, a question with no question word
    in it ("are you at home?"), or one put as the tap that answers it ("tap once if you're
    at the flat"); not "where are you?", nor an instruction to tell ("I need the
    address"), nor a detail stated in a typed sentence closed by a full stop (`turn`, the
    turn's text: `stated_not_put`)."""
    clause = reading.clause
    if ALTERNATIVES.search(spelled(clause)) or REQUEST_TO_TELL.match(spelled(clause)):
        # "are you in a house or a flat?", "can you give me the flat number?": a tap
        # answers neither
        return False
    if reading.act == "readback":
        return not stated_not_put(clause, turn)
    return (
        reading.act == "question" and _TAP_ANSWERS.match(spelled(clause)) is not None) or (
        reading.act == "question" and ("?" in clause or is_question(clause))
        and (ASKING_WORD.search(spelled(clause)) is None
             or yes_no_with_clause_inside(clause)))


def stated_not_put(clause: str, turn: str) -> bool:
    """Is a detail heard as read back only stated: its typed sentence closed by a full stop
    ("Okay, I'm showing your number at 41 Melbourne Road."), with no question, check or tap
    in it to put it to the caller? Seven blind assessors of the silent call (v17, v22, v24,
    v27, v28, v31, v32) marked an address so stated no closed confirmation, "nothing she
    could tap to"; the definitions' read-back invites correction. A recogniser's text has
    no stops, and is left as heard."""
    sentence = sentence_of(clause, turn) or clause
    sentences = re.findall(r"[^.!?]+[.!?]*", turn)
    after = sentences[sentences.index(sentence) + 1:][:1] if sentence in sentences else []
    # ("Flat 2, 41 Melbourne Road. One tap if that's right." puts it by the tap after it)
    return sentence.rstrip().endswith(".") and not (
        invites_correction(sentence) or is_question(sentence) or tap_code(sentence)
        or any(tap_code(s) for s in after))


# A question put by a modal that asks the caller to tell or give the thing itself ("can
# you give me the flat number?", "could you confirm your home address?", "will you read me
# the address?"): a yes says only that she could. Not one that puts the thing to her to
# confirm ("can you confirm you're at 41 Melbourne Road?", "could you tell me if that's
# Flat 2?"), which a yes or a tap answers.
REQUEST_TO_TELL = re.compile(
    r"^ (?:(?:so|and|okay|ok|right|sorry|hello|please|now|just) )*(?:can|could|would|will) "
    r"you (?:please |just )?(?:tell|give|say|read|spell|describe|repeat|confirm|let me know|"
    r"let me have|tap out|type|text) "
    r"(?!(?:(?:me|us|out|for me) )?(?:that|if|whether|yes|you|it is|this is|that is) )")
# A question that offers things to choose between ("are you in a house or a flat?", "is it
# Flat 2 or Flat 3?") asks which, and no yes, no or tap answers it; not "…or not?", a
# question's own "or anything", nor the taps offered ("once for yes or twice for no").
ALTERNATIVES = re.compile(r" or (?!not |no |nothing |anything |something |anyone |anybody |"
                          r"someone |somebody |whatever |what |is |are |tap|press|knock|"
                          r"cough|twice |two |2 |once |1 )\w")


def said_in(phrases: Sequence[str], text: str) -> Iterator[str]:
    """The phrases (in `said_form`) the text says, in their order, as `said:` hears them:
    near enough in whole words, and neither denied ("I can't give you a right of review":
    the words, no deed), withheld ("I can't give out who it's registered to":
    `scoring.turn_forms.withheld`) nor declined ("don't worry about a photo": the thing
    named, declined)."""
    spoken = said_form(text)
    ends = sentence_ends(text, spoken)
    for phrase in phrases:
        found = fuzz.partial_ratio_alignment(phrase, spoken) if phrase else None
        at = None
        if found is not None and found.score >= SAID_SIMILARITY and whole_words(
                phrase, spoken, found.dest_start, found.dest_end):
            at = (found.dest_start, found.dest_end)
        else:
            # its verb's other forms, word for word: near enough to "tried the council",
            # "ringed the council" is no way "ring the council" was said
            padded = f" {spoken} "
            form = next((f for f in (*inflected(phrase)[1:], *told_not_to(phrase))
                         if f" {f} " in padded), None)
            if form is not None:
                start = padded.find(f" {form} ")
                at = (start, start + len(form))
        # (a denial straight after the words reaches no further than their sentence:
        # "…registered to someone in Pitsea. Don't go round there though." says Pitsea)
        close = next((end for end in ends if end >= at[1]), len(spoken)) if at else 0
        if at is not None and not denied(spoken[:close], *at) and not withheld(
                spoken[:at[0]]) and not DECLINED.search(spoken[:at[0]]):
            yield phrase


def sentence_ends(text: str, spoken: str) -> list[int]:
    """Where each typed sentence of `text` ends in its `said_form` (`spoken`), which keeps
    no sentence marks; none when the sentences do not join back into it."""
    parts: list[str] = []
    ends: list[int] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        said = said_form(sentence).strip()
        if said:
            parts.append(said)
            ends.append(len(" ".join(parts)))
    return ends if " ".join(parts) == spoken.strip() and spoken == spoken.strip() else []


def told_not_to(phrase: str) -> list[str]:
    """A phrase that says what not to do ("not delete it"), as it is said when told to
    someone: "tell him not to delete it" (the alignment, one word longer, can slip off it)."""
    words_of = phrase.split()
    if "not" not in words_of[:-1] or "to" in words_of:
        return []
    at = words_of.index("not") + 1
    return [" ".join([*words_of[:at], "to", *words_of[at:]])]


def says_words(phrases: Sequence[str], text: str) -> bool:
    """Does the text say one of the phrases (in `said_form`) word for word, or with its
    verb in another form, and neither denied nor declined? `saying:` words are few and
    short ("so that's", "team"), where a near match is another phrase ("that's all done")."""
    spoken = said_form(text)
    padded = f" {spoken} "
    for phrase in phrases:
        if figures_said(phrase, spoken):
            return True
        for form in inflected(phrase):
            start = padded.find(f" {form} ")
            if start >= 0 and not denied(spoken, start, start + len(form)) and \
                    not withheld(spoken[:start]) and not DECLINED.search(spoken[:start]):
                return True
    return False


def figures_said(phrase: str, spoken: str) -> bool:
    """Is a scheme's number ("07700") said in the turn figure by figure, as a speaker reads
    a number back and a recogniser writes it ("oh seven seven oh oh nine…", "double oh
    seven")? Its figures must begin a number said and end where one of its parts ends."""
    if not (phrase.isdigit() and len(phrase) >= 3):
        return False
    for run in _figure_runs(spoken.split()):
        said = ""
        for part in run:
            said += part
            if said == phrase:
                return True
            if not phrase.startswith(said):
                break
    return False


def _figure_runs(words: list[str]) -> list[list[str]]:
    """The runs of figures in said words, each figure as said: "oh" beside a figure is 0,
    "double" and "triple" repeat the figure after them."""
    runs: list[list[str]] = []
    run: list[str] = []
    repeat = 1
    for at, word in enumerate(words):
        beside = run or (at + 1 < len(words) and words[at + 1].isdigit())
        if word in ("double", "triple") and at + 1 < len(words) and (
                words[at + 1].isdigit() or words[at + 1] == "oh"):
            repeat = 2 if word == "double" else 3
            continue
        if word.isdigit() or (word == "oh" and (beside or repeat > 1)):
            run.append(("0" if word == "oh" else word) * repeat)
        else:
            if run:
                runs.append(run)
            run = []
        repeat = 1
    if run:
        runs.append(run)
    return runs


def inflected(phrase: str) -> list[str]:
    """The phrase, and the phrase with its first word as the other forms of a verb: a
    scheme writes "pass your details" and a trainee asks "are you alright with me passing
    your details?"; "share" is also "sharing" and "shared". A first word that is no verb
    ("not", "your", "is", a number) keeps its one form."""
    first, _, rest = phrase.partition(" ")
    if not rest or not first.isalpha() or len(first) < 3 or first in UNINFLECTED:
        return [phrase]
    stem = first[:-1] if first.endswith("e") and not first.endswith("ee") else first
    forms = {f"{stem}ing", f"{first}d" if first.endswith("e") else f"{first}ed",
             f"{first}es" if first.endswith(("s", "x", "sh", "ch")) else f"{first}s"}
    return [phrase, *(f"{form} {rest}" for form in sorted(forms - {first}))]


def whole_words(phrase: str, spoken: str, start: int, end: int) -> bool:
    """Is the phrase found at spoken[start:end] still itself once the words it cuts into
    are read whole? "friends" found inside "boyfriend" is not said; "council deal with"
    in "council deals with" is."""
    while start > 0 and spoken[start - 1] != " ":
        start -= 1
    while end < len(spoken) and spoken[end] != " ":
        end += 1
    found = spoken[start:end].strip()
    return fuzz.ratio(phrase, found) >= SAID_SIMILARITY and last_word_said(phrase, found)


def last_word_said(phrase: str, found: str) -> bool:
    """Is the phrase's last word among the words found, at least misspelt ("frends" for
    "friends")? A near match may end on another short word, where the phrase says what it
    is about: "have you checked the house" is no "have you checked with" anyone (a blind
    assessor: friends never asked about). Words before it may differ, as a scheme's
    wording allows ("nobody's going to treat you any different" says "not treat you any
    different")."""
    last = phrase.split()[-1:]
    return not last or any(fuzz.ratio(last[0], other) >= WORD_SIMILARITY
                           and not another_word(last[0], other) for other in found.split())


def another_word(wanted: str, other: str) -> bool:
    """Is `other` a word of its own, not `wanted` misspelt: an English word that differs
    from it before its ending ("back" is no "bank": "someone will ring you back" never
    said "ring your bank"), where "friend" for "friends" or "frends" still is it."""
    if other == wanted or other.startswith(wanted[:-1]) or wanted.startswith(other[:-1]):
        return False
    return other in english_words()


def asks_when(text: str) -> bool:
    """Does the caller's turn ask when, in a sentence put as a question (`WHEN_ASKED`)?"""
    return any(WHEN_ASKED.search(sentence) is not None
               for sentence in re.findall(r"[^.?!]*\?", text))


def says_when(text: str) -> bool:
    """Does the text say when something will happen (`WHEN`), a "now" of how things stand
    aside (`NOW_HELD`)?"""
    said = NOW_HELD.sub(lambda held: held.group()[:-len(" now")], spelled(text))
    return WHEN.search(said) is not None


def clothes_only(clause: str) -> bool:
    """Does the clause ask what someone wears and nothing of how they look?"""
    return CLOTHING.search(clause) is not None and LOOKS.search(clause) is None


def ages_only(clause: str) -> bool:
    """Does the clause ask how old someone is and nothing of when they were born?"""
    return AGE.search(clause) is not None and BIRTH.search(clause) is None


def counts_only(clause: str) -> bool:
    """Does the clause ask how many people there are and nothing of how they look or
    dress?"""
    return COUNTING.search(clause) is not None and DESCRIBING.search(clause) is None \
        and CLOTHING.search(clause) is None


def names_only(clause: str) -> bool:
    """Does the clause ask for a name and nothing of how someone looks or dresses?"""
    return NAMING.search(clause) is not None and DESCRIBING.search(clause) is None


def _fits(reading: IntentReading, about: tuple[str, ...] | None) -> bool:
    """Is the reading about whom the item asks about (a role word or a person's id)?"""
    return about is None or reading.subject in about or (reading.person or "") in about


def journalled(turn: Turn, analyser: str) -> TurnAnalysis | None:
    """A turn's journalled analysis, if it is this analyser's reading of this text."""
    if turn.analysis is None:
        return None
    try:
        analysis = TurnAnalysis.from_json(turn.analysis)
    except ValueError:
        return None  # damaged or from a future writer: analyse the text again
    if analysis.analyser != analyser or analysis.text != turn.text:
        return None
    return analysis


def _only(found: Ask, said: str, wanting: str, label: str) -> Outcome:
    """Not met: the turn that did the intent, quoted, without what the item also wants."""
    return Outcome(False, 0.0, f"{said} {clock(found.turn.t)}: '{found.said}'"
                   f"{wanting}", (_turn(found.index, found.turn, label),))


def _turn(index: int, turn: Turn, note: str) -> Evidence:
    return Evidence("turn", f"turn {index}", turn.t, turn.text, note=note, index=index)


def _after(outcome: Outcome, index: int) -> bool:
    """Does the outcome rest only on turns after the turn at `index`?"""
    turns = [e.index for e in outcome.evidence if e.kind == "turn" and e.index is not None]
    return bool(turns) and min(turns) > index


def _join(parts: Sequence[Outcome]) -> tuple[Evidence, ...]:
    return tuple(e for p in parts for e in p.evidence)


def _point(point: KeyPoint) -> str:
    return f"'{point}'" if isinstance(point, str) else "/".join(f"'{p}'" for p in point)


def _quoted(values: Sequence[str]) -> str:
    return " or ".join(f"'{v}'" for v in values)


def mark(marking: Marking, world: World, facts: FactRules, attempt: Attempt,
         matcher: Matcher | Understanding) -> Result:
    """Mark an attempt. Pure: the same inputs always give the same result."""
    return Marker(marking, world, facts, attempt, matcher).result()


# How many words before the act a prohibition may stand and still forbid it: "no, tell him
# not to go down".
FORBIDDEN_REACH = 4


def taken_back(intent: str, leave: str, text: str) -> bool:
    """Does the turn, after the `leave` it gives (`scoring.doubts.leave_against`), forbid
    the very act it let be done, in the same words ("if he wants to go down, actually no,
    tell him not to go down, stay in")? Then the advice ends the turn as a countermand, not
    a hedge: "just keep his distance" after the leave does not forbid going down."""
    opposite = OPPOSITE.get(intent)
    told = leave_text(text)
    at = told.find(leave)
    if opposite is None or at < 0:
        return False
    let = [found.group().strip() for found in opposite.finditer(f" {leave} ")]
    rest = told[at + len(leave):]
    for act in opposite.finditer(rest):
        # (the same act: "if you want to tidy up that's fine, just don't touch the door"
        # forbids another, and the tidying stays let)
        before = rest[:act.start() + 1].split()[-FORBIDDEN_REACH:]
        if let and act.group().strip() == let[-1] and PROHIBITION.search(
                f" {' '.join(before)} "):
            return True
    return False


# Words that put leave off till the danger has passed: "if he wants to go out after they've
# gone that's fine", "you can tidy up once the officers have been".
WAITING = re.compile(r" (?:after|once|when|whenever|until|till|as soon as|later) ")
# How many words after the leave its wait may stand.
WAIT_REACH = 6


def waits(leave: str, text: str) -> bool:
    """Is the `leave` the turn gives (`scoring.doubts.leave_against`) put off till later
    (`WAITING`)? Then it is the advice's own end, not against it (the advice first, "and if
    he wants to go out after they've gone that's fine": a session 15 ruling)."""
    told = leave_text(text)
    at = told.find(leave)
    if at < 0:
        return False
    after = told[at + len(leave):].split()[:WAIT_REACH]
    return WAITING.search(f" {' '.join(after)} ") is not None


def carried_opposite(reading: IntentReading) -> bool:
    """Is a reading taken as its intent's opposite with no word of its own saying so
    (`scoring.turn_forms.says_opposite`)?"""
    return reading.polarity == "negate" and not says_opposite(reading.clause, reading.intent)


def lets_go(text: str) -> bool:
    """Does the text say the call is ending ("I'm going to let you go now", "I'll end the
    call there"), in words the analysis may have heard as no intent at all, and not
    forbidden ("don't hang up")?"""
    told = spelled(text)
    return any(not PROHIBITION.search(" " + " ".join(told[:m.start() + 1].split()[-3:]) + " ")
               for m in OPPOSITE["stay_on_line"].finditer(told))


def put_by_voice(turn: Turn) -> bool:
    """Is the turn recognised speech with no sentence mark in it ("and theres nobody sat in
    it", "and it started at ten and it's still going")? A fact put to the caller is asked
    by the voice alone, which the words keep no mark of: whether it asked is for the
    caller's answer to say (`_answered`; two blind authors credited such a turn, answered
    with the fact, as the question asked)."""
    return turn.source == "stt" and SENTENCE_MARK.search(turn.text) is None


def vague_step(reading: IntentReading) -> bool:
    """Is a next-steps reading only a step with no one and no when (`VAGUE_STEP`)?"""
    return reading.intent == "next_steps" and VAGUE_STEP.search(
        normal_text(reading.clause).strip()) is not None


def pressed_on(reading: IntentReading) -> bool:
    """Is a language-needs reading only the caller asked to speak slowly, clearly, up or in
    English (`ASKED_TO_ADAPT`), naming no language, interpreter or other help? It presses on
    in English: it asks nothing of what language the caller speaks and offers no help to
    communicate (a blind author marked "I need you to speak slowly" so, and the scheme's
    feedback says as much: "do not press on … louder or slower")."""
    if reading.intent != "language_needs":
        return False
    clause = normal_text(reading.clause)
    if NAMES_LANGUAGE.search(clause):
        return False
    for found in ASKED_TO_ADAPT.finditer(clause):
        # whose speech: the last person named before the verb ("I need you to speak
        # slowly": the caller's; "would you like me to repeat that": the handler's), or no
        # one (an order: "slow down for me")
        who = [w for w in clause[:found.start()].split()[-5:] if w in SPEAKERS]
        if not who or who[-1] == "you":
            return True
    return False


# The caller asked to speak louder or again ("can you speak up?", "say that again"), in
# normal_text's spelling: the opposite of finding out whether she can talk unheard (a blind
# author marked "sorry, can you speak up?" to a caller whispering near her abuser so).
SPEAK_UP = re.compile(r"\b(?:speak|talk|say (?:it|that))(?: \w+)?? "
                      r"(?:up|louder|again|more loudly)\b")


def asked_louder(reading: IntentReading) -> bool:
    """Is a safe-to-talk reading only the caller asked to speak up (`SPEAK_UP`)?"""
    return reading.intent == "safe_to_talk" and SPEAK_UP.search(
        normal_text(reading.clause)) is not None


def callers_state_only(reading: IntentReading) -> bool:
    """Is a question heard as about someone other than the caller only the caller's own
    state asked ("are you still there?" heard as whether he is still there;
    `scoring.turn_forms.asks_callers_state`)? It asks nothing about anyone else."""
    return reading.intent in INTENTS_ASKED and reading.subject != "caller" and \
        asks_callers_state(reading.clause)


def ordered_calm(reading: IntentReading) -> bool:
    """Is a reassurance reading's clause only an order to calm down (`ORDERED_CALM`)?"""
    return reading.intent == "reassurance" and ORDERED_CALM.search(
        normal_text(reading.clause).strip()) is not None
