"""Whom a question is about: the caller, the suspect, a child, a named person, a vehicle…

Resolved in the order a listener would: a possessive or "of" phrase ("your husband's date
of birth", "the registration of the Audi"), a person of the scenario's world named in the
clause ("what does Kyle look like"), a role word ("the driver", "the kids"), a pronoun
from the turns before ("and his name?" after asking about the man at the door), "you";
and when the clause names nobody, the person the intent is usually about. Role words are
those of docs/understanding-definitions.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from scoring.text import normalise_name
from scoring.truth import World
from scoring.understanding.analysis import Context
from scoring.understanding.follow_on import fragment, topic_of, verbless
from scoring.understanding.role_words import (
    KIN_WORDS,
    NOUNS,
    ONE_WORD_NOUNS,
    WITNESSED,
    nouns_in,
)
from scoring.understanding.roles import (
    FEMALE,
    KIN,
    MALE,
    PARTNERS,
    name_parts,
    role_of,
    roles_of,
    sex_of,
)
from scoring.understanding.wording import spelled

_HE = (" he ", " him ", " his ", " himself ")
_SHE = (" she ", " her ", " hers ", " herself ")
_YOU = (" you ", " your ", " yourself ", " yours ")
_THEY = (" they ", " them ", " their ")

# Who an intent is about when the clause names nobody.
DEFAULT = {
    "vehicle_description": "vehicle", "suspect_description": "suspect",
    "suspect_present": "suspect", "direction_of_travel": "suspect",
    "person_description": "missing_person", "last_seen": "missing_person",
    "breathing_conscious": "casualty", "children_present": "child",
    "officer_details": "officer", "witnesses_cctv": "witness",
    # a weapon is asked after as a danger: the one feared has it (or, at risk, may use it
    # on himself), never the caller ("has anyone round there got a weapon?")
    "weapons": "suspect",
}
_YOUNG = re.compile(r" (?:son|daughter|lad|boy|girl|little one|baby) ")
# Questions about someone harmed, threatened or in danger: about the victim, not the doer.
_HARMS = frozenset({"anyone_injured", "caller_safe", "safe_to_talk", "hate_motivation"})
# "…, do you know?", "…, that you know of": the caller asked, not asked about.
_ASIDES = re.compile(r" (?:do you know|that you know of|do you think|you know|as far as you "
                     r"know|would you say|can you tell me|could you tell me) ")
# Role nouns that can be the one who saw ("did your wife see which way they went?").
_SEERS = frozenset({"wife", "husband", "partner", "son", "daughter", "neighbour", "friend",
                    "cousin", "brother", "sister", "mum", "dad", "passenger", "witness"})
_PERSONAL = re.compile(r" (?:he|she|him|her|they|them|the driver|the lady|the man|"
                       r"the woman|the people|the lad|anyone|anybody) ")
_VEHICLE_INTENTS = frozenset({"vehicle_description", "direction_of_travel", "road_hazards"})
# Questions about where something went or is: "it" may be the vehicle just talked about.
_MOVES = frozenset({"direction_of_travel", "vehicle_description", "suspect_present"})
# Intents whose default beats a vehicle named in passing.
DEFAULT_OVER_VEHICLE = frozenset({"witnesses_cctv", "anyone_injured", "breathing_conscious"})
# "You're her dad", "are you his mum?": what the caller is to someone, asked of the caller.
_YOU_ARE_KIN = re.compile(r" (?:you are|are you|were you) (?:his|her|their) (?:" + KIN.pattern +
                          r"|mother|father|mum|dad|parent|carer|grandmother|grandfather|gran|"
                          r"grandad|nan|grandma|grandpa|auntie|guardian|friend) ")
# Young ones said colloquially: "your lad" is your son, "your girl" your daughter.
_COLLOQUIAL_KIN = ((re.compile(r" (?:lad|boy|little lad|little boy|eldest boy|youngest boy) "),
                    " son "),
                   (re.compile(r" (?:girl|little girl|eldest girl|youngest girl) "),
                    " daughter "),
                   # "your two are in the back bedroom", "how old are your three?": a count
                   # said alone is the caller's children
                   (re.compile(r" (?:2|3|4|5) (?=(?:are|were|have|had|both|all|still|asleep|"
                               r"upstairs|in|at|with|ok|alright)\b|$)"), " children "))
# Kin as a description writes it: "Lister is his father" is his dad.
_FORMAL_KIN = {"dad": "father", "daddy": "father", "mum": "mother", "mam": "mother",
               "mummy": "mother"}
# "Liam's little boy": the owner (a name) and what is theirs (raw text keeps the 's).
# (What is theirs is looked ahead at, so "what's Alfie's dad" still finds Alfie's.)
_POSSESSIVE = re.compile(r"\b([a-z]+)'s (?=((?:little |baby |younger |older )?[a-z]+)\b)")
_UNWRITTEN_POSSESSIVE = re.compile(
    r"\b([a-z]+s) (?=((?:little |baby |younger |older )?[a-z]+)\b)")
_AGED = re.compile(r"^(?:little|baby|younger|older) ")
# A parent of the caller's child is the caller or their partner, not another relative.
PARENTS = frozenset({"mum", "mam", "mom", "dad", "mother", "father", "mummy", "daddy",
                     "parents"})
# A question whose grammatical subject is a third-person pronoun ("is he…", "what did she…",
# "how old is he…"), after discourse words.
_PRONOUN_SUBJECT = re.compile(
    r"^ (?:(?:and|so|right|ok|then|now|just|but) )*"
    r"(?:(?:what|where|when|how|which|why|who|whereabouts)(?: \w+)? )?"
    r"(?:is|was|has|had|does|did|would|could|can|will|are|were|should|might|have) "
    r"(he|she|they|his|her|their|(?:either|any|both|one|none|all|each) of them) "
    r"((?:\w+ ){1,2})?")
# The same subject in a statement put to the caller ("So she walked out of school with her
# friend.", "and he went off in the van?"): the pronoun that opens it, then its verb, is whom
# it is about, not the friend or the van it names after the verb.
_PRONOUN_STATED = re.compile(
    r"^ (?:(?:and|so|right|ok|then|now|just|but) )*(he|she|they) ()"
    r"(?=(?:was|were|is|are|has|had|have|went|got|left|came|ran|took|said|told|saw|"
    r"\w+ed) )")
# The head of a description ("the farmer who owns…", "the caller's firm (employer)"): what
# the person is. Group 1 marks the caller's own ("your firm").
_OWNED = re.compile(r"\s*(?:the |a |an )?(?:(?:the )?(caller)'s |[a-z]+'s )?")
_HEAD = re.compile(r" ((?:[a-z]+ ){1,3}?)(?:(?:who|that|whose|which|at|in|on|of|from|with) |$)")
# A description that opens with sex, colour or age says what they look like, not what they are.
_PHYSICAL = re.compile(r" (?:male|female|white|black|asian|mixed|\d)")
# Modifiers, not what someone is ("elderly neighbour", "last registered keeper").
_NOT_HEADS = frozenset({"the", "a", "an", "and", "of", "s", "other", "one", "people", "last",
                        "elderly", "older", "younger", "team", "registered", "not"})
# "the one with the ginger beard": pointed at by a feature the world describes.
_FEATURE = re.compile(r" (?:1|one|man|lad|guy|bloke|woman|lady|fella|officer) with "
                      r"(?:the |a |an )?((?:[a-z]+ ){1,3}?)"
                      r"(?:was|is|who|that|did|does|do|has|have|what|where|how|when|$)")
# Who lives somewhere, as a world's record says it: "tenant of 21", "owner of number 8".
_LIVES_AT = re.compile(r" (?:tenant|tenants|owner|owners|occupier|occupiers|resident|"
                       r"residents) of ")
# A role word after the caller's own detail ends the clause: said to them, not of someone
# ("what's your name, driver?", "and your number, officer?").
_SAID_TO = re.compile(r" your (?:name|surname|number|mobile|phone|address|postcode|birth|"
                      r"details)( (\w+) )$")
# The caller's own detail, nobody else's: "your full name", "your date of birth".
_YOUR_DETAIL = re.compile(r" your (?:full |first |last |sur|mobile |phone |home )?(?:name|"
                          r"surname|number|mobile|address|postcode|date of birth) ")
# A number for someone said by what they are ("a number for the last owner").
_NUMBER_FOR = re.compile(r" (?:number|phone|mobile|landline|contact) for (?:the|a|an|that) "
                         r"(\w+(?: \w+)?) ")
_PLACES_OF_A_NUMBER = frozenset({"house", "flat", "home", "address", "property", "place",
                                 # and a while, not a person: "the number for the moment"
                                 "moment", "minute", "time", "being", "now", "minutes"})
# "The number" with no owner: the one just spoken of ("does she have a phone?").
_THE_NUMBER = re.compile(r" the (?:\w+ )?(?:number|mobile|phone) ")
_PHONE = re.compile(r" (?:phone|mobile|number|landline|contact) ")
# Who someone is, asked of a pronoun: "is he Ruby's dad?", "was she his girlfriend?".
_IS_HE = re.compile(r"^ (?:(?:and|so|right|ok|just) )*(?:is|was) (?:he|she) (?:\w+ ){1,2}?"
                    r"(?:dad|father|mum|mother|son|"
                    r"daughter|brother|sister|partner|boyfriend|girlfriend|husband|wife|ex|"
                    r"friend|mate|uncle|aunt|cousin|nan|grandad|landlord|carer)\b")
# "The other owners", "any of the others": people like the caller, said as others.
_THE_OTHERS = re.compile(r" the other(?:s| (?:\w+ )?(\w+s)) ")
# A vehicle's colour, and a vehicle said by it ("the red car", "the grey one").
_COLOUR = re.compile(r"\b(red|blue|black|white|silver|grey|gray|green|yellow|orange|purple|"
                     r"brown|gold|maroon)\b")
_BY_COLOUR = re.compile(r" (red|blue|black|white|silver|grey|gray|green|yellow|orange|purple|"
                        r"brown|gold|maroon) (?:car|van|vehicle|one|hatchback|estate) ")
# Who sits in a vehicle.
_SEAT = r"(?:driver|passenger|occupant)s?"
# Words after which a name is what they govern ("is he with Julie?", "did she hit Kelly?"),
# not a name said after the question.
_GOVERNS = frozenset({"to", "with", "from", "at", "by", "for", "about", "of", "and", "or",
                      "like", "than", "near", "after", "before", "on", "in", "into", "onto",
                      "behind", "is", "was", "are", "were", "be", "been", "see", "saw", "seen",
                      "met", "meet", "call", "called", "ring", "rang", "phone", "phoned",
                      "tell", "told", "ask", "asked", "know", "knows", "hear", "heard", "hit",
                      "hurt", "spoke", "spoken", "visit", "visited", "contact", "contacted",
                      "leave", "left", "got", "get", "has", "have", "had", "he", "she", "they",
                      "him", "her", "them", "it", "you", "i", "we", "his", "their", "not"})
_TITLES = frozenset({"mr", "mrs", "miss", "ms", "dr"})
# Words that take "'s" as "is" or "has", or are no one's name ("what's", "everyone's").
_NOT_OWNERS = frozenset({"what", "who", "that", "it", "there", "he", "she", "where", "how",
                         "here", "let", "one", "everyone", "everybody", "someone", "somebody",
                         "nobody", "anyone", "anybody", "today", "tonight", "this", "which",
                         "why", "when", "name", "nothing", "something", "else", "other"})
# A question put to someone through whoever relays it: "please ask him whether he's hurt".
_RELAYED = re.compile(r"^ (?:(?:please|so|and|ok|right|can|could|would|will|you|just|now|"
                      r"then) )*(?:ask|check with) (him|her) (?=(?:whether|if|what|how|where|"
                      r"when|who|why|which|for) )")
# The one asked, as said to them.
_DIRECT = {"he": "you", "him": "you", "his": "your", "himself": "yourself", "she": "you",
           "herself": "yourself", "hers": "yours"}
# Words after "her" that make it "you", not "your" ("whether anyone hurt her at all").
_AFTER_OBJECT = frozenset({"at", "to", "with", "on", "in", "up", "out", "off", "again", "too",
                           "and", "or", "if", "whether", "about", "for", "back", "now"})
# What only an officer carries, as someone's own ("his body camera", "their collar numbers").
_KIT = re.compile(r" (his|her|their) (?:body (?:worn )?cameras?|bodycams?|body worn|"
                  r"collar numbers?|shoulder numbers?|badge numbers?|warrant cards?) ")
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}
# The same kit had or worn by a pronoun, said with an article: "did he have a body camera
# switched on?", "was she wearing a bodycam?" (what only an officer carries says who).
_KIT_HAD = re.compile(r" (he|she|they) (?:\w+ ){0,2}?(?:have|had|has|got|wearing|wear|wore|"
                      r"using|use|carrying|carry) (?:\w+ )?(?:a|an|any|the) (?:body (?:worn )?"
                      r"cameras?|bodycams?|body worn) ")
# Something of someone else's: "did you get his name?" is about him, not the caller's.
_THEIRS = re.compile(r" (?:his|her|their) ")
# How to answer a yes/no question without speaking ("tap once for yes", "press 5 if he
# is"): it asks the question before it again.
_ANSWER_HOW = re.compile(r" (?:for yes|for no|if (?:it|he|she|they|that) (?:is|are|was|does|"
                         r"did)|if so|if yes) ")
# A person said only by sex, age or number ("the lady", "the lad", "the people"): a place
# or feature after it says who they are.
_SEX_AGE = re.compile(r"^ (?:\w+ ){0,6}?(?:the|a|an|any|anyone|anybody|someone) "
                      r"(?:old |elderly |young |other )?(?:man|men|lad|lads|lady|ladies|woman|"
                      r"women|bloke|guy|guys|gentleman|people|person|fella|boy|girl|family|"
                      r"one|ones) ")
# Harm done to someone: what follows is who was harmed.
_HARM_DONE = re.compile(r" (?:hit|hurt|injured|attacked|assaulted|punched|kicked|slapped|"
                        r"harmed|touched|pushed|grabbed|strangled|stabbed|threatened|bit) ")
# Harm asked of a pronoun as what befell them ("is she hurt anywhere you can see?", "has he
# been injured at all?"): the pronoun is the one hurt, whatever "you" the question goes on
# to (not "has she hurt you?", where the harm is done to the one after it).
_HARMED_PRONOUN = re.compile(
    r"^ (?:(?:and|so|right|ok|then|now|just|but) )*(?:(?:is|are|was|were) (he|she|they) "
    r"(?:\w+ )?|(?:has|have|had) (he|she|they) (?:\w+ )?been )"
    r"(?:hurt|injured|harmed|hit|attacked|assaulted|stabbed|bleeding|cut) ")
# "the tall one": one of several pointed at by what they are like.
_THE_ONE = re.compile(r" the ((?:\w+ ){1,2}?)(?:one|1) ")
# What a description says someone does: "the farmer who owns the field" (three words).
_DEED = re.compile(r" (?:who|that) ((?:(?!is |was |has |may |might )\w+ ){3})")
# People harmed by the same offenders elsewhere: "the people who got burgled", "the other
# builders who were hit", "the family who were broken into", "the people it happened to".
_HARMED_BY_OTHERS = re.compile(
    r"(?:^|(?: people| family| families| household| households| house| houses| owners|"
    r" others| ones| builders| lads| tradesmen| neighbours| victims) (?:\w+ ){0,3}?)"
    r" ?(?:that|who|whose|which) "
    r"(?:\w+ ){0,2}?(?:were|was|got|been|had|have) (?:\w+ ){0,2}?"
    r"(?:burgled|broken|broke|done|hit|targeted|robbed|nicked|stolen|taken|attacked) "
    r"| (?:people|ones|anyone|one) (?:it|this) (?:has |is )?happened to "
    # "a few builders' vans broken into", "other plasterers and builders targeted"
    r"| (?:other|another|few|several|more|similar) (?:\w+ ){0,3}?(?:people|builders|lads|"
    r"tradesmen|plasterers|families|households|houses|owners|neighbours|drivers|shops)"
    r" (?:\w+ ){0,2}?(?:broken into|done|targeted|hit|burgled|robbed|attacked) ")
# Talk of other offences like this one: its victims are whom "they" are next.
_OTHER_OFFENCES = re.compile(r" (?:other|another|similar|more|run of|string of|series of|"
                             r"spate of|several|few|2|3|4|5) (?:\w+ ){0,3}?(?:burglaries|"
                             r"break ins|thefts|robberies|attacks|incidents|offences) ")
# An agency contacted, said by a pronoun ("ringing them", "get in touch with them").
_CONTACT_THEM = re.compile(r" (?:ring|ringing|rang|call|calling|phone|phoning|contact|contacting|"
                           r"email|emailing|report it to|reporting it to|speak to|speaking to|"
                           r"talk to|get in touch with|getting in touch with|give|giving) "
                           r"(?:them|em)(?: a (?:ring|call|bell))? ")
# Someone spoken of, and the one spoken to: a caller's name beside "him" and no "you" only
# addresses her.
_THIRD_PERSON = re.compile(r" (?:he|she|him|his|they|them|their) ")
_SECOND_PERSON = re.compile(r" (?:you|your|yours|yourself|ya|u) ")
# …whoever "you" is in the clause: a description beside "him" is never the caller's own.
_OF_SOMEONE_ELSE = frozenset({"suspect_description", "person_description"})
# "it" after a word that takes a thing, never a person: "leaking from it", "damage to it".
_THING_IT = re.compile(r" (?:from|to|on|in|into|inside|under|underneath|off) it ")
_PEOPLE_IN_IT = re.compile(r" (?:who|how many|any ?one|any ?body|some ?one|some ?body|people|"
                           r"passengers?|kids|children) ")
# "is it…", "has it…": a thing as the subject (on the road, the vehicle).
_IT_SUBJECT = re.compile(r" (?:is|was|has|does|did|where is|where has) it ")
# The caller's own footage: "have you got a dashcam?", "do you have any recordings?"
_YOU_HAVE = re.compile(r" (?:have you got|have you|do you have|did you get|did you take|"
                       r"did you film|can you send|have you kept|does your \w+ have|"
                       r"has your \w+ got) ")
_SAW_WHO = re.compile(r" (?:see|saw|seen|notice|noticed|spot|spotted)"
                      r"(?: or (?:hear|heard|see|saw|notice|noticed))? who ")
# "do you know if he…": the question inside the aside.
_KNOW_IF = re.compile(r"^ (?:(?:and|so|right|ok) )*(?:do you know|do you think|would you know|"
                      r"(?:can|could) you tell(?: me)?|would you say|did you notice|"
                      r"are you able to (?:tell|say)(?: me)?) (?:if|whether) ")
# The caller's name said to them before the question: "Kelly, where is he now?" asks about
# him (the name is who is spoken to, not who is asked about).
_OPENING_WORD = re.compile(r"^ (?:(?:and|so|right|ok) )*(\w+) (?=(?:where|what|who|how|when|"
                           r"why|which|is|are|was|were|has|have|had|did|does|do|can|could) )")
# The caller's name said last, after a question that asks about someone or something
# else: "have you any idea who might have done this, Arthur?" (v37, v44), "how old are your
# two, Imran?" (v45). Only addressed, as a name said first is (`_OPENING_WORD`); the
# question before it decides (not "you" alone: "is that you" stays the caller's).
_CLOSING_WORD = re.compile(r" (\w+) $")
_IDENTITY = re.compile(r" (?:name|names|number|numbers|collar|badge|shoulder|called) ")
_OFFICER_WORDS = re.compile(r" (?:officer|officers|pc|collar|shoulder|badge|warrant|police|"
                            r"they|them|he|him|his|spoke|spoken|dealt|answered) ")
# The police doing something to someone ("could officers speak to her?", "for an officer
# to knock"): the question is about the someone.
_POLICE_ACT = re.compile(r" (?:officers?|police|an officer|someone) (?:\w+ ){0,2}?(?:speak|talk|"
                         r"knock|visit|contact|see|call|ring|go round|pop round|come) ")
_PLURAL = re.compile(r"(?:s|children|people|men|women|ones) $")
# "do you know if he saw anything?": the asked clause, a statement, opens with its subject.
_EMBEDDED_SUBJECT = re.compile(r"^ (he|she|they|his|her|their) ((?:\w+ ){1,2})?")
# Someone's home said as a place: "gone round to a neighbour's", "at her nan's?"
_SOMEONES_PLACE = re.compile(r"\b(?:to|at|round|from|in) (?:a|an|the|her|his|their|your|my) "
                             r"(\w+)'s(?=\s*(?:[?.,!;]|$|or\b|and\b|house|place|flat))")
# What the asking is for, after the question ("…, so the officer can ask about the footage",
# "…, in case we can't get you", "… so someone can speak to her"): whom the question serves,
# never whom it is about. Of the 243 development, training and held-back subject questions
# with such a clause, every one is about someone named before it (v48, v49: "a phone number
# for him so the officer can ask…" is the neighbour's, not the officer's).
_FOR_WHAT = re.compile(r" (?:so|so that|just in case|in case) (?=(?:the|an?|your|our|my|his|"
                       r"her|their|they|he|she|we|i|you|someone|somebody|it)\b)")


# Someone set aside from those asked after: "who's in the house with you apart from him?"
# asks about the others, not about him (v52, a critical item's question).
_EXCEPTED = re.compile(r" (?:apart from|other than|besides|aside from|except(?: for)?|as well as)"
                       r" (?:him|her|them|himself|herself)(?= )")


def _without_what_for(text: str) -> str:
    """`text` (" … ", spelled) without what the asking is for, if the question before it
    has words of its own."""
    found = _FOR_WHAT.search(text)
    if found is None or len(text[: found.start()].split()) < 3:
        return text
    return text[: found.start() + 1]


# Someone's account as a whole, not a thing they saw: "said anything", "seen any of it".
_ACCOUNT = re.compile(r" (?:see|saw|seen|hear|heard|notice|noticed|say|said|tell|told|"
                      r"mention|mentioned) (?:you |us |anyone |anybody )?(?:anything|something|"
                      r"any of it|what happened|what went on|what was said|"
                      r"what (?:he|she|they|the \w+) said) ")
# One picked out of several: "which of the two officers…", "one of the lads".
_ONE_OF = re.compile(r" (?:which|one|either|each) of ")
_SUBORDINATE = re.compile(r" (?:when|if|because|about|before|after|while|since) ")
# "did you see anybody?": whom "they" next takes up is whoever was seen, not a witness
_YOU_SAW_SOMEONE = re.compile(r" (?:did|have|had|do|could) you (?:\w+ ){0,2}?(?:see|seen|"
                              r"hear|heard|notice|noticed|spot|spotted|catch sight of) "
                              r"(?:or \w+ )?(?:anybody|anyone|someone|somebody|any people|"
                              r"people) ")
# "He's got a son, you said?", "Liam has a little boy?": someone new brought in, of someone's
_INTRODUCED = re.compile(r"^ (?:(?:and|so|right|ok|now) )*(?:he|she|they|\w+) (?:is |has |have )?"
                         r"(?:got )?(?:a|an|two|three|some|any) (?=(?:\w+ ){1,2})")
# A question asked of anyone at all: "has anyone round there got…", "is anybody…".
_ANYONE_ASKED = re.compile(r"^ (?:(?:and|so|right|ok|now) )*(?:has|have|had|does|do|did|is|"
                           r"was|are|were) (?:anyone|anybody|someone|somebody) ")
# "Whose field is it?": who owns a thing, as a world's description says it.
_WHOSE = re.compile(r" whose (\w+) ")
_OWNS = re.compile(r" (?:who|that) owns | owners? of ")
# The caller's words quoted back before what they said: "you said…", "you mentioned…".
_QUOTED = re.compile(r"^ (?:(?:and|so|right|ok|now) )*you (?:said|mentioned|told me|say) "
                     r"(?:that )?")
# Each kin word, and the person a "little", "half", "wee" or "ex" one is ("little boy": boy;
# not "one" of "little one": "Mr Khan's one" is his camera).
_KIN_HEADS = frozenset(KIN_WORDS) | frozenset(
    w.split()[-1] for w in KIN_WORDS
    if w.split()[0] in ("little", "half", "wee", "ex")
    and w.split()[-1] not in ("one", "ones", "1"))
_CHILD_KIN = re.compile(r" (?:son|daughter|boy|girl|lad|kid|kids|children|baby|little one) ")
# What is asked of those who did it, whoever was talked about last
_OFFENDERS_DOINGS = frozenset({"suspect_present", "alcohol_drugs", "weapons",
                               "suspect_description", "direction_of_travel"})
# "Did the people who stopped behind you see it happen?": those described saw it; they are
# witnesses, not "the people who" did it
_THOSE_WHO_SAW = re.compile(r"^ (?:(?:and|so|right|ok) )*(?:did|have|has|had|could|would|were) "
                            r"the (?:people|person|ones|others|drivers|cars|folk) (?:who|that) "
                            r"(?!did |done |hit |took |broke |attacked |threw |stole )"
                            r"(?:\w+ ){1,5}?"
                            r"(?:see|seen|saw|hear|heard|notice|noticed|witness) "
                            r"(?:it|what|anything|the|which|who|how) ")
_CONDITION = re.compile(r"^ (?:(?:and|so|but) )?(?:if|when|once) ")
_STREET = re.compile(r" ((?!the |same |this |that |a |one )[a-z]+ (?:road|drive|street|avenue|"
                     r"lane|close|grove|court|crescent|way|terrace|place|gardens)) ")


@dataclass(frozen=True)
class Someone:
    role: str
    person: str | None = None
    # said in the plural ("the officers"): "they" may take them up, "she" may not
    several: bool = field(default=False, compare=False)
    # the sex the words said ("Ellie's mum": a woman, though the world's record is of the
    # friends' parents as a group): what "she" or "he" after it is checked against
    sex: str = field(default="", compare=False)


class People:
    """The scenario's people and vehicles, as a listener would refer to them."""

    def __init__(self, world: World | None) -> None:
        self.world = world
        self.by_name: dict[str, Someone] = {}
        self.by_kin: dict[str, Someone] = {}
        self.people: list[tuple[Someone, str]] = []  # (who, gender word)
        self.family: list[tuple[Someone, str]] = []  # people sharing the caller's surname
        self.places: dict[str, Someone | None] = {}  # "17", "woodland drive": who lives there
        self.described: dict[str, Someone | None] = {}  # "farmer": "the farmer who owns…"
        self.yours: dict[str, Someone | None] = {}  # "firm": "the caller's firm"
        self.descriptions: list[tuple[Someone, str]] = []
        self.deeds: dict[str, Someone | None] = {}  # "owns the field": "the farmer who owns…"
        self.others: Someone | None = None  # "the other tradesmen whose vans…": a group
        self.colours: dict[str, Someone | None] = {}  # "red": the red Micra
        self.fits: dict[str, set[str]] = {}  # every role word each person fits
        self.concerns = {p.id for p in world.people if p.role == "subject"} if world else set()
        caller = normalise_name(world.caller.name) if world else ""
        for part in caller.split():
            self.by_name[part] = Someone("caller")
        if world is None:
            return
        surname = (normalise_name(world.caller.name).split() or [""])[-1]
        for person in world.people:
            if person.name and normalise_name(person.name) == caller:
                continue  # the complainant in the world's people is the caller
            who = Someone(role_of(person, surname), person.id)
            self._describe(who, person.description or "")
            # a name field may say where they live: "'Kyle', tenant of 21 Cranbrook Avenue"
            for place in _places(_LIVES_AT.sub(" at ", spelled((person.name or "").lower()))):
                self.places[place] = who if self.places.get(place, who) == who else None
            gender = sex_of(person)
            self.people.append((who, gender))
            if surname and surname in normalise_name(person.name or "").split():
                self.family.append((who, gender))
            for part in name_parts(person.name or ""):
                if normalise_name(part) not in caller.split():
                    self.by_name.setdefault(part, who)
        self._index_kin()
        others = [w for w, d in self.descriptions if d.startswith(" the other ")]
        self.others = others[0] if len(others) == 1 else None
        for vehicle in world.vehicles:
            who = Someone("vehicle", vehicle.id)
            # its make and model: the words before where it is ("…Jazz on the drive")
            made = re.split(r"[,;(]| on | in | at | off | with | from ",
                            (vehicle.description or "").lower())[0]
            for word in re.findall(r"[a-z0-9]+", made)[:6]:
                if len(word) > 2 and word not in ("blue", "black", "white", "silver", "grey",
                                                  "dark", "light", "green", "with", "red",
                                                  "the", "and", "old", "new", "car", "van"):
                    self.by_name.setdefault(word, who)
            # and its colour, said with what it is: "the red car"
            for colour in _COLOUR.findall(made)[:1]:
                self.colours[colour] = who if self.colours.get(colour, who) == who else None
        self.fits = {p.id: roles_of(p, surname) for p in world.people}

    def _index_kin(self) -> None:
        """"Your son" is the person the world calls the caller's son (or a family member's:
        "Priya's brother"), not Ellie's mum's."""
        family = {w.person for w, _ in self.family}
        for who, description in self.descriptions:
            for kin in KIN.finditer(description):
                owner = description[:kin.start()].split()[-1:]
                outsider = self.by_name.get(owner[0] if owner else "")
                if owner == ["caller"]:
                    self.by_kin[kin.group(1)] = who
                elif outsider is None or outsider.person in family:
                    self.by_kin.setdefault(kin.group(1), who)

    def _describe(self, who: Someone, description: str) -> None:
        """Index how a listener may point at someone the world describes: by where they
        live ("the lady at 17", "number 8", "the people on Redcliff Road") and by what
        they are ("the farmer", "the crisis team", "your firm")."""
        text = spelled(description.lower())
        self.descriptions.append((who, text))
        for place in _places(text):
            self.places[place] = who if self.places.get(place, who) == who else None
        deed = _DEED.search(text)
        if deed is not None:
            key = deed.group(1).strip()
            self.deeds[key] = who if self.deeds.get(key, who) == who else None
        lead = re.split(r"[,;(]", description.lower())[0]
        # and what else they are called, in brackets: "… (the home treatment team)"
        for said in (lead, *re.findall(r"\(([^)]*)\)", description.lower())):
            self._head(who, said)

    def _head(self, who: Someone, lead: str) -> None:
        owned = _OWNED.match(lead)
        assert owned is not None  # it matches the empty string
        head = _HEAD.match(spelled(lead[owned.end():]))
        if head is None or _PHYSICAL.match(spelled(lead)):
            return
        words = [w for w in head.group(1).split() if w not in _NOT_HEADS]
        index = self.yours if owned.group(1) else self.described
        for key in {" ".join(words), *words[:1], *words[-1:]} - {""}:
            index[key] = who if index.get(key, who) == who else None

    def subject(self, clause: str, intent: str, context: Context | None) -> Someone:
        """Whom `clause`, heard as `intent`, is about."""
        text = _EXCEPTED.sub(" ", _without_what_for(_plain_kin(spelled(clause))))
        for place in _SOMEONES_PLACE.findall(clause.lower()):
            text = text.replace(f" {place} ", " ")  # "gone round to a neighbour's": a place
        said_to = _SAID_TO.search(text)
        if said_to is not None and f" {said_to.group(2)} " in ONE_WORD_NOUNS:
            # "what's your name, driver?": the caller addressed by what they are
            text = text[:said_to.start(1) + 1]
        said = _OPENING_WORD.match(text)
        if said is not None and self.by_name.get(said.group(1)) == Someone("caller"):
            text = " " + text[said.end(1):].lstrip()
        last = _CLOSING_WORD.search(text)
        if last is not None and len(text.split()) > 2 and \
                self.by_name.get(last.group(1)) == Someone("caller"):
            text = text[:last.start() + 1]
        if _YOU_ARE_KIN.search(text):
            return Someone("caller")  # "and you're her dad?": who the caller is to her
        owner = self._whose(text)
        if owner is not None:
            return owner  # "whose field is it?": the farmer who owns it, whatever is heard
        direct = self._relayed(text, context)
        if direct is not None:
            clause = text = direct
        if _IS_HE.match(text):
            # "is he Ruby's dad?": about him, whoever the possessive names
            return (self._pronoun_first(clause, text, intent, context)
                    or self._referred(text, intent, context))
        return (self._by_intent(text, intent, context) or self._possessed(clause, text)
                or self._pronoun_first(clause, text, intent, context)
                or self._living_there(text, context)
                or self._mentioned(text, intent) or self._referred(text, intent, context))

    def _living_there(self, text: str, context: Context | None) -> Someone | None:
        """Whom "the lad who lives there" means: whoever lives at the place the turn before
        spoke of ("So it's the house at 21 that's making the noise."), or, when it asked
        which house the trouble comes from and named none ("Which house is the music coming
        from?"), the neighbour the call is about (three authors, v28 and v29)."""
        if _LIVES_THERE.search(text) is None or context is None or not context.previous:
            return None
        before = spelled(context.previous[-1].text)
        return self._pointed(before) or (
            self._complained_of_neighbour() if _A_HOME_SPOKEN_OF.search(before) else None)

    def _relayed(self, text: str, context: Context | None) -> str | None:
        """"Please ask him whether he's hurt", with nobody talked about whom "him" could
        be: a question put to the caller through someone relaying it (an interpreter), as
        said to the caller ("whether you are hurt"). None when it is not one."""
        relay = _RELAYED.match(text)
        if relay is None:
            return None
        pronoun = "he" if relay.group(1) == "him" else "she"
        last = self._last(context)
        if last is not None and last.role != "caller" and self.taken_up(last, f" {pronoun} "):
            return None  # "is the driver awake? ask him if he can feel his legs": the driver
        words = text[relay.end():].split()
        direct = [_DIRECT.get(w, w) if pronoun == "he" or w != "her" else (
            "your" if at + 1 < len(words) and words[at + 1] not in _AFTER_OBJECT else "you")
            for at, w in enumerate(words)]
        return " " + " ".join(direct) + " "

    def named_in(self, clause: str) -> Someone | None:
        """Someone the clause itself names or points at (a name, a house, a role word, a
        possessive), not a pronoun and not whom an intent is usually about."""
        text = _plain_kin(spelled(clause))
        return self._possessed(clause, text) or self._mentioned(text, "")

    def taken_up(self, who: Someone, clause: str) -> bool:
        """Does a third-person pronoun of `clause` fit `who` ("he" for a man or someone of
        unknown sex, "she" for a woman, "they" for anyone)?"""
        text = spelled(clause)
        said = ("he" if any(p in text for p in _HE) else "she" if any(p in text for p in _SHE)
                else "they" if any(p in text for p in _THEY) else "")
        if not said:
            return False
        if who.several and said != "they":
            return False  # "the officers will take it from you. Does she…": not them
        gender = who.sex or next((g for w, g in self.people if w.person == who.person), "")
        return said == "they" or not gender or gender == said

    def _possessed(self, clause: str, text: str) -> Someone | None:
        """"Liam's little boy", "Ellie's mum": a person of someone else's, not the caller's
        family — the world's person described so, a child when young, else someone else."""
        for owner, said_noun in self._possessives(clause):
            known = self.by_name.get(owner)
            if known is not None and known.role in ("caller", "vehicle"):
                continue
            if known is None and (owner in _NOT_OWNERS or f" {owner} " in ONE_WORD_NOUNS):
                continue  # "what's", "your son's": not a name of someone outside the family
            noun = _plain_kin(f" {said_noun} ").strip()
            # "Priya's little brother" is her brother: the world says "Priya's brother"
            bare = _plain_kin(f" {_AGED.sub('', said_noun)} ").strip()
            for who, description in self.descriptions:
                if any(f" {owner} {n} " in description for n in dict.fromkeys((noun, bare))):
                    return replace(who, sex=_sex_said(bare))
            kin = self._kin_of(known, bare) if known is not None else None
            if kin is not None:
                return kin  # "Alfie's dad", where Alfie is said to be Lister's: Lister
            # (a name the world does not hold is someone outside it: "Grace's mum")
            # (a kin word, or the head of one, whole: "boy" of "little boy"; but "in" is no
            # kin for being inside "mother in law", so "your little lad's in the house" is
            # no possessive of a "lad" outside the family, v42)
            if bare in _KIN_HEADS or noun in _KIN_HEADS:
                young = _YOUNG.search(f" {noun} ") or noun.startswith("little ")
                if young:
                    return Someone("child", self._only("child"))
                if known is not None and self._families(known) and bare not in PARENTS:
                    # the missing daughter's nani is the caller's family (the definitions):
                    # "priyas nanny", however the kin word is spelled
                    return Someone("relative", self._only("relative"))
                return Someone("other")
        return None

    def _families(self, known: Someone) -> bool:
        """Is the person one of the caller's family (the caller's surname, or what the world
        makes them to the caller)?"""
        return known.role in ("relative", "child", "partner") or any(
            w.person == known.person for w, _ in self.family)

    def _possessives(self, clause: str) -> list[tuple[str, str]]:
        """Each owner and the noun after it: "Ellie's mum", and a name of the world with
        its 's unwritten, as recognisers give it ("ellies mum")."""
        said = _MOM.sub(r"mum\1", f" {clause.lower()} ")
        return [*_POSSESSIVE.findall(said),
                *((owner[:-1], noun) for owner, noun in _UNWRITTEN_POSSESSIVE.findall(said)
                  if owner[:-1] in self.by_name and owner not in self.by_name)]

    def _kin_of(self, owner: Someone, noun: str) -> Someone | None:
        """The person the owner's description names as their kin ("…; Lister is his
        father" makes Lister his dad)."""
        wanted = {_FORMAL_KIN.get(noun, noun), noun}
        for who, description in self.descriptions:
            if who != owner:
                continue
            for name, kin in re.findall(r" (\w+) is (?:his|her|their) (\w+) ", description):
                if kin in wanted and name in self.by_name and self.by_name[name] != owner:
                    return self.by_name[name]
        return None

    def _pronoun_first(self, clause: str, text: str, intent: str,
                       context: Context | None) -> Someone | None:
        """"Is he your ex-partner?", "would she let the officers in?", "did they go in a
        car?": a question whose subject is "he", "she" or "they" is about whom the pronoun
        refers to, whatever it names after it."""
        asked = _KNOW_IF.sub(" ", text, count=1)
        m = _PRONOUN_SUBJECT.match(asked) or (
            _EMBEDDED_SUBJECT.match(asked) if asked != text else None) or (
            _PRONOUN_STATED.match(asked))
        if m is None or intent == "vehicle_description":
            return None
        if intent == "children_present":
            # "is he at home with your wife?" after "your son": the child taken up; else the
            # children the clause names ("is he in the house with the kids?")
            last = self._last(context)
            return last if last is not None and last.role == "child" and self.taken_up(
                last, clause) else None
        owned = self._noun(f" {m.group(2) or ''}")
        if m.group(1) in ("his", "her", "their") and owned is not None:
            return None  # "is her little brother at home?", "is her car…": the brother, the car
        if "," in clause:
            # "have they been on to the council, the people at 17?": named after the comma
            tail = _plain_kin(spelled(clause.rsplit(",", 1)[1]))
            named = self._named(tail, tail) or self._pointed(tail) or self._noun(tail)
            if named is not None:
                return named
        named = self._afterthought(text)
        if named is not None:
            return named
        if intent in DEFAULT and intent != "witnesses_cctv" and WITNESSED.search(
                text[m.end() - 1:m.end() + 12]):
            return None  # "did he see which way the car went?": what he saw, below
        if m.group(1).endswith(" of them") and self._last(context) is None:
            return None  # "did either of them have a body camera on?": the camera says who
        pronoun = {"his": "he", "her": "she", "he": "he", "she": "she"}.get(m.group(1), "they")
        kit = _KIT.search(text)
        had = _KIT_HAD.search(text)
        if (kit is not None and _PRONOUN_OF[kit.group(1)] == pronoun) or (
                had is not None and had.group(1) == pronoun):
            # "did he have his body camera on?": what only an officer carries says he is one
            return self._one_of("officer", pronoun, context)
        return self._pronoun(f" {pronoun} ", context, intent)

    def _afterthought(self, text: str) -> Someone | None:
        """"what's her number, Mrs Okafor?", "has he got a phone, your brother?": a name or
        role said after the question is complete (after a noun, not a preposition or verb)
        says whom its pronoun means, when the pronoun fits them. The caller's own name is
        said to them ("is he still there, Kelly?")."""
        words = text.split()
        for size in (1, 2):
            if len(words) < size + 3 or words[-size - 1] in _GOVERNS:
                continue
            if words[-size] not in self.by_name and words[-size] not in _TITLES and (
                    words[-size] not in ("your", "the")):
                continue  # "number mrs okafor", "phone your brother"
            tail = " " + " ".join(words[-size:]) + " "
            who = self._named(tail, tail) or self._pointed(tail) or self._noun(tail)
            if who is not None and who.role not in ("caller", "vehicle") and self.taken_up(
                    who, " ".join(words[:-size])):
                return who
        return None

    def _one_of(self, role: str, pronoun: str, context: Context | None) -> Someone:
        """The person of `role` a pronoun takes up: the one talked about last, else the one
        of that sex the world holds."""
        last = self._last(context)
        if last is not None and last.role == role:
            return last
        fits = [w for w, g in self.people if w.role == role and g in (pronoun, "", "they")]
        return fits[0] if len(fits) == 1 else Someone(role, self._only(role))

    def _by_intent(self, text: str, intent: str, context: Context | None) -> Someone | None:
        """Intents whose nature settles whom they are about."""
        if intent == "vehicle_description":
            # A vehicle's make, colour or plate is about the vehicle, whoever drives it.
            noun = self._noun(text)
            return noun if noun is not None and noun.role == "vehicle" else Someone(
                "vehicle", self._only("vehicle"))
        if intent == "officer_details":
            # An officer's name or number is the officer's, whoever is asked or was with them
            named = self._named(text, text)
            if named is not None and named.role == "officer":
                return named
            if named is not None and named.role != "vehicle" and self._saw(text) and not (
                    _IDENTITY.search(text)):
                return named  # "did Dwayne hear what the officer said?": Dwayne's account
            noun = self._noun(text)
            if noun is not None and noun.role not in ("officer", "vehicle", "suspect") and not (
                    _OFFICER_WORDS.search(text)):
                return noun  # "has the lady told you her name?": hers, not an officer's
            if noun is None and any(p in text for p in _SHE) and not (
                    _OFFICER_WORDS.search(text)) and self.world is not None and not any(
                    w.role == "officer" for w, _ in self.people):
                # "has she told you her name?" where the world has no officer: hers, the
                # one the pronoun takes up (the woman trapped in her car)
                who = self._pronoun(text, context, intent)
                if who is not None and who.role not in ("officer", "vehicle", "caller"):
                    return who
            return Someone("officer", self._only("officer"))
        if intent == "witnesses_cctv" and _THOSE_WHO_SAW.match(text):
            return Someone("witness", self._only("witness"))
        if intent == "signpost" and _CONTACT_THEM.search(text) and self._named(
                text, text) is None and self._noun(text) in (None, Someone(
                    "vehicle", self._only("vehicle"))):
            # "it's worth ringing them", "get in touch with them about the car": "them" is
            # the agency the caller is sent to (what it is about may be named); the caller
            # is the one directed
            return Someone("caller")
        if intent == "weapons" and _ANYONE_ASKED.match(text):
            # "has anyone at the party got a weapon?": whoever the caller fears, not a
            # guest or neighbour as such
            return self._usual(intent)
        return self._harmed(text, intent, context)

    def _mentioned(self, text: str, intent: str) -> Someone | None:
        """Someone named or described in the clause: "your husband's", "Mr Khan", "the
        kids", "the BMW"."""
        owner = _owner(text)
        if owner is not None:
            # "the name of the lad at number 21": the one who lives there, whatever he is
            # called ("the fella at 21" is nobody's partner)
            # ("the name of the lad next door": what follows the owner says who he is)
            return (self._named(owner, text) or self._pointed(text) or self._noun(owner)
                    or self._noun(text[text.find(owner):]) or Someone("other"))
        named = self._named(text, text) or self._coloured(text)
        noun = self._noun(text)
        pointed = self._pointed_at(text) if named is None else None
        if pointed is not None and (noun is None or pointed[0] <= self._noun_at(text)) and (
                pointed[0] >= 0 or noun is None or noun.role in (pointed[1].role, "vehicle")
                or noun.role in self.fits.get(pointed[1].person or "", ())
                or _SEX_AGE.search(text[:self._noun_at(text) + 24])):
            # "is her little brother with your wife?": the brother; "the lady at 17": who
            # lives there, but "the landlord for number 21" says what he is: not the tenant
            named = pointed[1]
        if named is not None and named.role == "vehicle":
            inside = self._in_vehicle(named, text)
            if inside is not None:
                return inside
        if named is not None and named.role == "caller" and (
                noun is not None or (_THIRD_PERSON.search(text) and (
                    intent in _OF_SOMEONE_ELSE or not _SECOND_PERSON.search(text)))):
            named = None  # "are the kids still in the bedroom, Kelly?": she is only addressed
            # (so in "you needn't describe him, Joanne": him, not her; but "Joanne, did he
            # hurt you?" asks after her)
        seer = named if named is not None and named.role != "vehicle" else (
            noun if noun is not None and noun.role not in ("vehicle", "suspect") else None)
        witnessed = self._witnessed(seer, text, intent)
        if witnessed is not None:
            return witnessed
        if named is not None and named.role != "vehicle":
            return named
        if named is not None and (noun is None or noun.role == "vehicle"):
            noun = named  # "the BMW" counts as a noun; "the driver of the BMW" is the driver
        if noun is not None and noun.role == "vehicle" and (
                intent in DEFAULT_OVER_VEHICLE or (intent not in _VEHICLE_INTENTS
                                                   and _PERSONAL.search(text))):
            noun = None  # "was anyone with you in the car?", "can she get out of the car?"
        if noun is not None and noun.role == "officer" and intent != "officer_details" and (
                _POLICE_ACT.search(text) and _PERSONAL.search(text[_POLICE_ACT.search(
                    text).end() - 1:])):  # type: ignore[union-attr]
            noun = None  # "could officers speak to her?": about her
        if noun is not None and noun.role == "relative" and intent == "children_present" and (
                _YOUNG.search(text)):
            return Someone("child", self._only("child"))  # "is your son at home as well?"
        if noun is not None and not (noun.role == "vehicle" and _about_person(text, intent)):
            return noun
        return None

    def _coloured(self, text: str) -> Someone | None:
        """The one vehicle of a colour, said by it: "the red car" is the red Micra."""
        said = _BY_COLOUR.search(text)
        return self.colours.get(said.group(1)) if said is not None else None

    def _in_vehicle(self, vehicle: Someone, text: str) -> Someone | None:
        """"The driver of the Micra", "the Micra's driver", "whoever was driving the red
        car": the person the world describes as in that vehicle ("driver of red Nissan
        Micra")."""
        called = "|".join([re.escape(w) for w, who in self.by_name.items() if who == vehicle]
                          + [f"{c} (?:car|van|vehicle|one)" for c, who in self.colours.items()
                             if who == vehicle])
        seat = re.search(rf" (?:(?:{_SEAT}) (?:of|in|from)|driving|in) (?:the |that |her |his )?"
                         rf"(?:\w+ )?(?:{called}) | (?:{called}) (?:s )?(?:{_SEAT}) ", text)
        if seat is None:
            return None  # "did the driver hit the Micra?": not the Micra's driver
        for who, description in self.descriptions:
            if re.search(rf" (?:{_SEAT}) ", description) and re.search(
                    rf" (?:{called}) ", description):
                return who
        return None

    def _witnessed(self, seer: Someone | None, text: str, intent: str) -> Someone | None:
        """Someone named who saw, heard or said something: whom the question is about."""
        if seer is None or not self._saw(text):
            return None
        if intent == "witnesses_cctv" or _ACCOUNT.search(text):
            # "did Aisha see who threw the eggs?": is she a witness; "has Stacey said
            # anything about him?": her account
            return seer
        if intent in DEFAULT and DEFAULT[intent] != seer.role:
            # "did Ellie see which way the car went?": Ellie saw; it is about the car
            return self._seen(text, intent)
        return None

    def _referred(self, text: str, intent: str, context: Context | None) -> Someone:
        """Nobody named: "it" or a pronoun from the turns before, else whom the intent is
        usually about, else the caller."""
        if _ANSWER_HOW.search(text) and context is not None and context.previous:
            # "Is it Jordan? Tap once if it is.": whom the yes/no question before named
            said = self.named_in(context.previous[-1].text)
            if said is not None and said.role != "caller":
                return said
        thing = self._it(text, intent, context)
        if thing is not None:
            return thing
        if intent == "witnesses_cctv":
            owner = self._camera_owner(context, text)
            if owner is not None:
                return owner
            if _SAW_WHO.search(text):
                return Someone("suspect", self._only("suspect"))  # "did you see who did it?"
            if _YOU_HAVE.search(text) and not _THEIRS.search(text):
                return Someone("caller")  # "have you got a dashcam?": the caller's own
        phone = self._phone_spoken_of(text, context) if intent == "callback_number" else None
        if phone is not None:
            return phone  # "does Priya have a mobile?" / "what's the number?": hers
        if intent == "children_present" and any(p in text for p in _THEY):
            return Someone("child", self._only("child"))  # "are they with him?"
        listed = self._listed(text, context)
        if listed is not None:
            return listed
        pronoun = self._pronoun(text, context, intent)
        if pronoun is not None:
            return pronoun
        if intent in DEFAULT and not _YOUR_DETAIL.search(text):
            # "did you see who did it?": the caller saw; the question is about the offender
            # (but "what's your full name?" is the caller's, whatever it was heard as)
            return self._usual(intent)
        return Someone("caller")

    def _listed(self, text: str, context: Context | None) -> Someone | None:
        """Whom a clause with no verb and nobody in it is about ("Has he mentioned harming
        himself with anything else, | a knife or anything like that?"): it only lists
        what the question before it asked after, so it is about whom that one was."""
        if not verbless(text) or any(p in text for p in (*_YOU, *_HE, *_SHE, *_THEY)) or (
                context is None or not context.previous):
            return None
        # the question just before, whoever it was about ("can I take your name? | and a
        # phone number?" is the caller's), not whoever was talked about before that
        asked = [r for r in context.previous[-1].intents if r.act in ("question", "readback")]
        if not asked or asked[0].subject == "vehicle":
            return None
        return Someone(asked[0].subject, asked[0].person)

    def _camera_owner(self, context: Context | None, text: str = "") -> Someone | None:
        """Whose camera a question naming nobody asks after, where the clause just before
        named them and asked nothing ("the camera next door at number 29, does it point at
        the street?", "does the house next door, number 29, have a camera?"): theirs. So
        too when that clause was a topic put first (`follow_on.topic_of`), whatever it was
        heard as on its own: "Mr Khan's doorbell, does it look out onto your drive?" is
        his doorbell (a topic asks nothing; the question after it does)."""
        if context is None or not context.previous:
            return None
        before = context.previous[-1]
        if before.intents and not topic_of(before.text, text):
            return None
        who = self.named_in(before.text)
        if who is None or who.role in ("caller", "vehicle", "suspect", "officer"):
            return None
        return who

    def _it(self, text: str, intent: str, context: Context | None) -> Someone | None:
        """"It" in a question of where something went or is: a vehicle, never a person."""
        if intent in _MOVES and " it " in text:
            last = self._last(context)
            if last is not None and last.role == "vehicle":
                return last  # "and which way did it go?"
            # the vehicle the last turn spoke of, whoever it named first ("Ellie said Priya
            # got into a silver car?" / "which way did it go?")
            return self._vehicle_said(context)
        if intent == "road_hazards" and _IT_SUBJECT.search(text) and self.world is not None and (
                self.world.vehicles):
            return Someone("vehicle", self._only("vehicle"))  # "is it in a live lane?"
        if _THING_IT.search(text) and not _PEOPLE_IN_IT.search(text) and (
                intent not in DEFAULT_OVER_VEHICLE):
            # "it" after a word that takes a thing ("any fuel leaking from it?", "any damage
            # to it?"), straight after a turn about a vehicle: that vehicle (v33, v34); but
            # "who was in it?" asks after the people in it (the caller's conversations)
            last = self._last(context)
            if last is not None and last.role == "vehicle":
                return last
            return self._vehicle_said(context)
        return None

    def _phone_spoken_of(self, text: str, context: Context | None) -> Someone | None:
        """Whose phone "the number", owned by nobody, means: someone else's the last turn
        spoke of ("does she have a mobile?"), if so."""
        if not _THE_NUMBER.search(text) or any(p in text for p in _YOU) or (
                context is None or not context.previous):
            return None
        last = self._last(context)
        if last is None or last.role in ("caller", "vehicle") or not _PHONE.search(
                spelled(context.previous[-1].text)):
            return None
        return last

    def _saw(self, text: str) -> bool:
        """Is a named person the one who saw or said it ("did Ellie see…", "has Kasia
        said…"), rather than whom it is about ("can you describe Liam")?"""
        tokens = text.split()
        for at, token in enumerate(tokens):
            if token in self.by_name or token in _SEERS or token in self.described:
                # "did the other drivers who stopped get a look at him?": a relative clause
                # may sit between who saw and the seeing
                skip = 2 if at + 1 < len(tokens) and tokens[at + 1] in ("who", "that") else 0
                after = " " + " ".join(tokens[at + 1:at + 5 + skip]) + " "
                return bool(WITNESSED.search(after))
        return False

    def _harmed(self, text: str, intent: str, context: Context | None) -> Someone | None:
        """Whom a question about harm, safety or fear is about: the one hurt, not the one
        who hurt ("has he hurt you?" is about the caller; "has he hurt either of them?",
        after the children, about the children)."""
        if intent not in _HARMS:
            return None
        text = _ASIDES.sub(" ", text)
        if re.search(r" your (?:\w+ )?(?:" + "|".join(_SEERS) + ") ", text):
            return None  # "has your wife been hurt?": whose, by the usual rules
        harm = _HARM_DONE.search(text)
        if harm is not None:
            # the one harmed is whom the harm is done to: "has he hit either of the
            # children?" is about the children, "did she hurt you?" about the caller
            done_to = " " + " ".join(text[harm.end():].split()[:5]) + " "
            if done_to.startswith((" you ", " yourself ")):
                return Someone("caller")
            hurt = self._named(done_to, done_to) or self._noun(done_to)
            if hurt is not None and hurt.role != "vehicle":
                return hurt
        befell = _HARMED_PRONOUN.match(text)
        if befell is not None:
            return self._pronoun(f" {befell.group(1) or befell.group(2)} ", context, intent)
        you = min((text.find(p) for p in (" you ", " your ", " yourself ") if p in text),
                  default=-1)
        if intent == "hate_motivation" and you > 0:
            # What a named person or role said or did to the caller ("what did Kyle shout at
            # you?", "did the officer say anything about your race?") is about the doer;
            # how the caller was made to feel ("do you feel they targeted you…") is theirs.
            doer = self._named(text[:you + 1], text) or self._noun(text[:you + 1])
            if doer is None and _PRONOUN_SUBJECT.match(text):
                # "did he make comments about your race?" after "what did PC 2417 say?":
                # the one talked about did it (with nobody talked about, "did they say
                # anything about your religion?" asks what the caller went through)
                last = self._last(context)
                doer = last if last is not None and self.taken_up(last, text) else None
            if doer is not None and doer.role not in ("caller", "vehicle"):
                return doer
        if you >= 0:
            return Someone("caller")
        for word, gender in ((" them ", "they"), (" her ", "she"), (" him ", "he")):
            if word in text:
                return self._pronoun(f" {gender} ", context, intent)
        return None

    def _seen(self, text: str, intent: str) -> Someone:
        """What a named witness saw: a vehicle or person named after the verb, else whom
        the intent is usually about."""
        seen = list(WITNESSED.finditer(text))[-1]  # "say whether he saw what…": what he saw
        after = " " + " ".join(text[seen.start():].split()[1:]) + " "
        noun = self._noun(after)
        if noun is not None and (noun.role != "vehicle" or intent in _VEHICLE_INTENTS):
            return noun
        near = " " + " ".join(after.split()[:2]) + " "
        if any(p in near for p in (*_HE, *_SHE)):
            # "has Stacey heard from him?": him, by sex, among the world's people
            pronoun = self._pronoun(near, None, intent)
            if pronoun is not None:
                return pronoun
        return self._usual(intent)

    def _usual(self, intent: str) -> Someone:
        """Whom the intent is usually about; a missing person's questions about someone
        else the call is about (the brother at risk) when nobody is missing, and describing
        a person then describes the one who did it."""
        role = DEFAULT[intent]
        if role == "missing_person" and self.world is not None and not any(
                w.role == role for w, _ in self.people):
            concern = [w for w, _ in self.people if w.person in self.concerns]
            if len(concern) == 1:
                return concern[0]
            if intent == "person_description":
                return Someone("suspect", self._only("suspect"))
        return Someone(role, self._only(role))

    def _whose(self, text: str) -> Someone | None:
        """The owner a "whose" question asks for ("whose field is it?", "whose gate is
        that?"): the one the world says owns that thing, else the one person it says owns
        anything."""
        asked = _WHOSE.search(text)
        if asked is None:
            return None
        owners = [(who, d) for who, d in self.descriptions if _OWNS.search(d)]
        said = [who for who, d in owners if f" {asked.group(1)} " in d]
        if len(said) == 1:
            return said[0]
        return owners[0][0] if len(owners) == 1 else None

    def _named_not_caller(self, text: str) -> Someone | None:
        """Someone named in the clause other than the caller: the caller's name is said to
        them ("Okay, Joanne, I'm going to get some details about your brother"), and the
        next "he" or "she" is never the one spoken to."""
        found = self._named(text, text)
        if found is None or found.role != "caller":
            return found
        rest = " ".join(w for w in text.split() if self.by_name.get(w) != Someone("caller"))
        return self._named(f" {rest} ", text)

    def _named(self, words: str, text: str) -> Someone | None:
        for token in words.split():
            if token in self.by_name:
                return self.by_name[token]
            if token.endswith("s") and token[:-1] in self.by_name:
                return self.by_name[token[:-1]]  # "kyles date of birth": the 's unwritten
        return None

    def _pointed(self, text: str) -> Someone | None:
        found = self._pointed_at(text)
        return found[1] if found is not None else None

    def _pointed_at(self, text: str) -> tuple[int, Someone] | None:
        """Someone pointed at by where they live ("the lady at 17", "the people on Redcliff
        Road"), by what the world says they are ("the farmer", "your firm") or by a
        feature ("the one with the ginger beard"), with where in the clause (-1: a place,
        feature or deed, which picks out the noun it follows)."""
        for place in _places(text):
            if self.places.get(place) is not None:
                return -1, self.places[place]  # type: ignore[return-value]
        said: list[tuple[int, Someone]] = []
        for key, who in self.deeds.items():
            m = re.search(rf" (?:who|that) {key} ", text)  # "who owns the field?"
            if who is not None and m is not None:
                said.append((m.start(), who))
        for key, who in self.described.items():
            # "the farmer", and a group by what the world calls it: "their parents"
            m = re.search(rf" (?:the|that|this|their) (?:\w+ ){{0,2}}{key} ", text)
            if who is not None and m is not None:
                said.append((m.start(), who))
        for key, who in self.yours.items():
            at = max(text.find(f" your {key} "), text.find(f" the {key} "))
            if who is not None and at >= 0:
                said.append((at, who))
        for look in (_FEATURE.search(text), _THE_ONE.search(text)):
            # "the one with the ginger beard", "the tall one": the one person the world
            # describes so
            wanted = [w for w in look.group(1).split() if w not in _NOT_HEADS] if look else []
            fits = [who for who, d in self.descriptions
                    if wanted and all(f" {w} " in d for w in wanted)]
            if len(fits) == 1:
                return -1, fits[0]
        others = _THE_OTHERS.search(text)
        if others is not None and self.others is not None and (
                f" {others.group(1) or 'others'} " not in f"{ONE_WORD_NOUNS}ones "):
            # "any of the other owners", "the other victims": the one group the world calls
            # "the other …" (people like the caller, harmed the same way)
            said.append((others.start(), self.others))
        if _HARMED_BY_OTHERS.search(text):
            return -1, Someone("victim", self._only("victim"))  # "the people who got burgled"
        return min(said, key=lambda found: found[0]) if said else None

    def _noun_at(self, text: str) -> int:
        return min((found[0] for found in nouns_in(text)), default=len(text))

    def _noun(self, text: str) -> Someone | None:
        best = min(nouns_in(text), default=None)  # the first said; said exactly, if tied
        if best is None:
            return None
        at, _, role, said = best
        if role == "casualty" and self.world is not None and _SEX_AGE.search(f" {said} ") and (
                not any(w.role == "casualty" for w, _ in self.people)):
            # "the woman" says only her sex: a casualty where the world has one, else whoever
            # the turns before point at ("the second one, the woman": the other officer)
            return None
        if role == "relative" and text[max(0, at - 7):at] in (" little", "   baby"):
            role = "child"  # "her little brother" is a child, whoever's brother
        if role in ("relative", "partner", "child"):
            if said in self.by_kin:
                return self.by_kin[said]  # "your son", not the wife named after him
            for kin, who in self.by_kin.items():
                if f" {kin} " in text or (kin in ("son", "daughter") and role == "child"):
                    return who
            family = self._family(text)
            if family is not None:
                return family
        if role == "witness" and said.strip() in ("passenger", "passengers"):
            # "what did the passenger look like?": whoever the world says rode as a
            # passenger, or rode with one (the driver who failed to stop had "one male
            # passenger": his party), when one person's description says so
            riding = [who for who, description in self.descriptions
                      if re.search(r" passengers? ", description)]
            if len(riding) == 1:
                return riding[0]
        several = bool(_PLURAL.search(f" {said} "))
        if role == "neighbour" and said.strip() in ("neighbour", "next door") and not any(
                self.places.get(place) is not None for place in _places(text)):
            # "the lad next door", "the neighbour": in a call about a neighbour, the one
            # complained about (the other neighbours are named or placed: "Mrs Grant at 17")
            complained = self._complained_of_neighbour()
            if complained is not None:
                return complained
        return Someone(role, self._only(role), several=several)

    def _complained_of_neighbour(self) -> Someone | None:
        """The one person the call is about who is also a neighbour, if there is one."""
        found = [w for w, _ in self.people if w.person in self.concerns
                 and "neighbour" in self.fits.get(w.person or "", ())]
        return found[0] if len(found) == 1 else None

    def _definite(self, text: str) -> Someone | None:
        """Whom a role noun points at, unless it is said of no one in particular ("could
        she be with anyone, a boyfriend maybe?": not the world's partner)."""
        best = min(nouns_in(text), default=None)
        if best is not None and best[2] != "vehicle" and text[:best[0]].endswith(
                (" a", " an", " any")):
            return None  # ("could he have gone off in a car?" still points at a vehicle)
        return self._noun(text)

    def _family(self, text: str) -> Someone | None:
        """"Your daughter" when the world has one person of the caller's family (same
        surname) of that sex: the missing girl, the brother at risk, the children."""
        said = KIN.search(text)
        if said is None or said.group(1) in PARTNERS:
            return None  # "your husband" is not the brother who shares her surname
        sex = "she" if FEMALE.search(f" {said.group(1)} ") else (
            "he" if MALE.search(f" {said.group(1)} ") else "")
        kin = [(w, g) for w, g in self.family if w.role != "suspect"]
        fits = [w for w, g in kin if not sex or not g or g == sex]
        young = [w for w in fits if w.role in ("child", "missing_person")]
        if said.group(1) in ("son", "daughter") and len(young) == 1:
            return young[0]  # "your daughter" is the girl of twelve, not the wife
        return fits[0] if len(fits) == 1 else None

    def _only(self, role: str) -> str | None:
        if role == "other":
            return None  # "a friend", "the manager": not whoever else the world happens to hold
        ids = [w.person for w, _ in self.people if w.role == role]
        if role == "vehicle" and self.world is not None:
            ids = [v.id for v in self.world.vehicles]
        return ids[0] if len(ids) == 1 else None

    def _last(self, context: Context | None) -> Someone | None:
        """Who was talked about last: the last question's subject, else someone the last
        turn mentioned though nothing was heard in it ("you mentioned a neighbour has a
        spare key?", "we've had two other break-ins, on Woodland Drive…")."""
        if context is None:
            return None
        if context.previous and fragment(context.previous[-1].text):
            # "And your son, what's the best number for him?": the one just put first
            put = self.named_in(context.previous[-1].text)
            if put is not None and put.role != "caller":
                return put
        if context.previous:
            # "He's got a son, you said?" / "How old is he?": the one just brought in
            brought = self._introduced(spelled(context.previous[-1].text))
            if brought is not None:
                return brought
        if context.last_subject not in (None, "caller"):
            return Someone(context.last_subject or "other", context.last_person,
                           several=self._said_several(context))
        for earlier in reversed(context.previous[-2:]):
            # a clause that names nobody and heard nothing ("have you heard from either of
            # them?") passes "them" on to the turn before it
            said = earlier.text
            text = _plain_kin(spelled(said))
            if _OTHER_OFFENCES.search(text):
                return Someone("victim", self._only("victim"))  # "two other break-ins…": them
            if _PRONOUN_STATED.match(text) and not earlier.intents:
                # "So she left the gates with her friend." brings in nobody: "she" goes on
                # meaning whom she meant, not the friend named after the verb
                return None
            found = None if _YOU_ARE_KIN.search(text) else (  # "are you her dad?": the caller
                self._possessed(said, text) or self._whose(text) or self._named_not_caller(text)
                or self._pointed(text) or self._definite(text))
            if found is not None or earlier.intents:
                return found
        return None

    def _said_several(self, context: Context) -> bool:
        """Was the one last asked about, nobody of the world in particular, said in the
        plural ("have you tried her friends?")? Then "she" after it is not them."""
        if context.last_person is not None:
            return False
        asked = next((earlier for earlier in reversed(context.previous) if any(
            r.subject == context.last_subject for r in earlier.intents)), None)
        said = None if asked is None else self._noun(_plain_kin(spelled(asked.text)))
        return said is not None and said.role == context.last_subject and said.several

    def _introduced(self, text: str) -> Someone | None:
        """Someone a clause brings in as someone's ("he's got a son", "Liam has a little
        boy"): a son or daughter is the world's child when it holds one (of that sex), else
        whom the noun says."""
        text = _QUOTED.sub(" ", text, count=1)  # "you said Liam's got a little boy"
        said = _INTRODUCED.match(text)
        if said is None or text.startswith((" you ", " i ", " we ", " it ", " there ")):
            return None
        after = text[said.end() - 1:]
        noun = self._noun(after)
        head = " " + " ".join(after.split()[:2]) + " "  # "a son", "little boy"
        if not _CHILD_KIN.search(head):
            # "she's got a brother": a relative; "he's got a car", "she has a friend
            # round": nobody of theirs
            return noun if noun is not None and noun.role in ("relative", "child") else None
        sex = "she" if FEMALE.search(head) else "he" if MALE.search(head) else ""
        children = [w for w, g in self.people if w.role == "child" and (
            not sex or not g or g in (sex, "they"))]
        if len(children) == 1:
            return children[0]
        # a son the world holds no child for may be grown ("a son": relative; "a boy": child)
        return noun if noun is not None else Someone("child", self._only("child"))

    @staticmethod
    def _asked_if_seen(context: Context) -> bool:
        """Did the last question ask whether the caller saw anybody? A condition said
        before this clause ("and if you did catch sight of them, what…") carries the
        question before it on, whatever it was heard as."""
        for earlier in reversed(context.previous[-2:]):
            said = spelled(earlier.text)
            if _YOU_SAW_SOMEONE.search(said):
                return True
            if earlier.intents and not _CONDITION.match(said):
                return False
        return False

    def _vehicle_said(self, context: Context | None) -> Someone | None:
        """A vehicle the last turn named (a vehicle noun, or a make the world gives)."""
        if context is None or not context.previous:
            return None
        said = spelled(context.previous[-1].text)
        for token in said.split():
            if token in self.by_name and self.by_name[token].role == "vehicle":
                return self.by_name[token]
        if any(f" {noun} " in said for noun in NOUNS["vehicle"]):
            return Someone("vehicle", self._only("vehicle"))
        return None

    def _one_said(self, context: Context) -> bool:
        """Did the last turn speak of one of several ("which of the two officers", "the
        officer who did the talking"), not of them all ("the children")?"""
        if not context.previous:
            return False
        said = spelled(context.previous[-1].text)
        if _ONE_OF.search(said):
            return True
        nouns = [(said.find(f" {n} "), n) for ns in NOUNS.values() for n in ns
                 if f" {n} " in said]
        return bool(nouns) and not _PLURAL.search(f" {min(nouns)[1]} ")

    def _group(self, context: Context | None) -> Someone | None:
        """Whom "they" takes up when the one talked about last is a man or a woman: the
        group the last turn named ("have you a number for them?" after "was he seen by the
        crisis team?"), else the people last said in the plural ("has he been near them?
        are they hurt?" after "the little ones are in the back bedroom?")."""
        if context is None or not context.previous:
            return None
        genders = {w.person: g for w, g in self.people}
        group = self._pointed(spelled(context.previous[-1].text))
        if group is not None and genders.get(group.person) == "they":
            return group
        for earlier in reversed(context.previous[-3:]):
            said = self._noun(_plain_kin(spelled(earlier.text)))
            if said is not None and said.several and said.role != "vehicle":
                return said
        return None

    def _pronoun(self, text: str, context: Context | None, intent: str) -> Someone | None:
        """Whom a pronoun of the clause takes up."""
        if context is not None and any(p in text for p in (*_HE, *_SHE, *_THEY)):
            last = self._last(context)
            if last is not None and last.role == "witness" and last.person is None and (
                    self._asked_if_seen(context)):
                # "Did you see anybody last night?" / "What did they look like?": the one
                # the caller may have seen, not the caller as a witness
                return Someone("suspect", self._only("suspect"))
            if last is not None and last.role in ("neighbour", "witness") and not (
                    last.several) and intent in _OFFENDERS_DOINGS and any(
                    p in text for p in _THEY) and not any(p in text for p in (*_HE, *_SHE)):
                # "where are they now?", "have they been drinking?" after one neighbour
                # or witness: the ones who did it, not the one who told of them
                return Someone("suspect", self._only("suspect"))
        return self._pronoun_of(text, context, intent)

    def _pronoun_of(self, text: str, context: Context | None, intent: str) -> Someone | None:
        gender = ("he" if any(p in text for p in _HE) else
                  "she" if any(p in text for p in _SHE) else
                  "they" if any(p in text for p in _THEY) else "")
        if not gender:
            return None
        plain = _ASIDES.sub(" ", _KNOW_IF.sub(" ", text, count=1))  # "do you know if he…"
        you = plain.find(" you ")
        third = min((plain.find(p) for p in (*_HE, *_SHE, *_THEY) if p in plain), default=-1)
        if 0 <= you < third and _SUBORDINATE.search(plain[you:third + 1]):
            return None  # "where were you when they pulled you over?": about the caller
        last = self._last(context)
        genders = self._genders(last)
        if gender == "they" and last is not None and genders.get(last.person) in ("he", "she"):
            group = self._group(context)
            if group is not None:
                return group
        usual = _usual_for(intent, gender)
        usual_sexed = [w for w, g in self.people if w.role == usual and g == gender]
        if last is not None and last.person is None and gender in ("he", "she") and len(
                usual_sexed) == 1 and not any(w.role == last.role for w, _ in self.people):
            # "Is he in the same room as you?" after asking whether anyone is with her: a
            # role the world holds nobody for is no one yet; the man the intent is about is
            return usual_sexed[0]
        if last is not None and last.role != "vehicle" and context is not None:
            known = genders.get(last.person)
            several = last.person is None and sum(
                1 for w, _ in self.people if w.role == last.role) > 1 and not (
                context.previous and _ONE_OF.search(spelled(context.previous[-1].text)))
            # "he" is not "the children" asked about before; "they" may be; "he" after
            # "which of the two officers…" is the one of them
            sexed = [w for w, g in self.people if w.role == last.role and g == gender]
            if last.person is None and gender != "they" and len(sexed) == 1 and sum(
                    1 for w, _ in self.people if w.role == last.role) > 1 and (
                    self._one_said(context)):
                return sexed[0]  # "was he wearing a camera?" after "the officer": the man
            if (not known or gender in ("they", known)) and (gender == "they" or not (
                    several or last.several)):  # ("he" is not "the officers" just said)
                return Someone(last.role, last.person)
        matches = [w for w, g in self.people if gender in (g, "they")]
        if usual != "suspect" and (not matches or any(w.role == usual for w in matches)):
            # "did they give you a collar number?" asks about officers, whoever "they" are
            return Someone(usual, self._only(usual))
        for role in ("suspect", "missing_person", "casualty", "relative", "victim", "child"):
            for who in matches:
                if who.role == role:
                    return who
        return Someone("suspect") if gender in ("he", "they") else Someone("other")


    def _genders(self, last: Someone | None) -> dict[str | None, str]:
        """Each person's sex as the world records it, and the one talked about last as
        the words said them ("Ellie's mum" is a woman, though the record is of a group)."""
        genders: dict[str | None, str] = {w.person: g for w, g in self.people}
        if last is not None and last.sex:
            genders[last.person] = last.sex
        return genders


def _usual_for(intent: str, gender: str) -> str:
    """Whom a pronoun of a clause heard as `intent` is usually about."""
    if intent == "children_present" and gender != "they":
        return "suspect"  # "is he on his own?": the one with the children, not them
    return DEFAULT.get(intent, "suspect")


def _sex_said(noun: str) -> str:
    """"he" or "she" as a kin word says it ("mum", "brother"), else ""."""
    return "she" if FEMALE.search(f" {noun} ") else "he" if MALE.search(f" {noun} ") else ""


# "Mom" is "mum" as a recogniser (or a trainee) writes it ("can I get a number for ellies mom").
_MOM = re.compile(r"\bmom(my|s)?\b")


# A kin word with its 's unwritten, as recognisers give it, before what is theirs ("what's
# her nanis phone number", "his mums address"): the kin word, whoever "her" or "his" is
# (docs/understanding-definitions.md: "your neighbour's phone number" is the neighbour's;
# "your sons number" was already read so, in _owner).
_UNWRITTEN_KIN = re.compile(
    r" (your|his|her|their) (" + "|".join(sorted(
        (w for w in KIN_WORDS if " " not in w and f" {w}s " not in ONE_WORD_NOUNS),
        key=len, reverse=True)) + r")s (?=(?:name|number|phone|mobile|landline|address|"
    r"date|details|surname|contact|email|age|birthday|house|flat|place) )")


def _plain_kin(text: str) -> str:
    text = _MOM.sub(r"mum\1", text)
    text = _UNWRITTEN_KIN.sub(r" \1 \2 ", text)
    for pattern, kin in _COLLOQUIAL_KIN:
        text = re.sub(r" your" + pattern.pattern, " your" + kin, text)
    return text




# Someone named by living at the place just spoken of, in spelled text ("the lad who lives
# there", "the people living there").
# So too the people "there" or "in those houses" after a turn naming where ("…two other
# break-ins, on Woodland Drive and Redcliff Road." / "do you know the people there?": two
# authors, v16 and v30).
_LIVES_THERE = re.compile(r" (?:who|that) (?:lives|live|is living|are living|stays|stay) there "
                          r"| living there "
                          r"| (?:people|family|families|folk|owners|residents|occupants) "
                          r"(?:there|in (?:(?:either|both|one|any|each) of )?(?:those|these|"
                          r"the) (?:houses|homes|places|flats|properties|addresses)) ")
# A turn that speaks of a home or where the trouble comes from ("which house is it", "the
# flat above", "where's the music coming from").
_A_HOME_SPOKEN_OF = re.compile(r" (?:house|flat|home|number|address|next door|coming from) ")


def _places(text: str) -> list[str]:
    """Where someone lives, as a listener points at it: a house or flat number ("at 17",
    "number 8", "flat 3") or a street ("on Woodland Drive")."""
    found = [m.group(1) for m in re.finditer(r" (?:number|no|flat|at|in|from) (\d{1,3}) ", text)]
    streets = [m.group(1) for m in _STREET.finditer(text)]
    return [*found, *streets]


def _owner(text: str) -> str | None:
    """The owner in "X's <thing>" or "<thing> of X" (spelled text drops the 's)."""
    m = re.search(r" your ((?:ex )?\w+) (?:name|number|phone|mobile|date|age|address|car|"
                  r"full|surname|first|details|reg|birthday)", text)
    if m and m.group(1) not in ("full", "date", "phone", "mobile", "home", "contact",
                                "first", "own", "last", "current", "best", "second"):
        owner = m.group(1)
        if owner.endswith("s") and f" {owner[:-1]} " in ONE_WORD_NOUNS:
            owner = owner[:-1]  # "your sons number": a recogniser's "son's", not "sons"
        return f" {owner} "
    m = re.search(r" (?:registration|reg|number plate|colour|make|name|number|age) of "
                  r"(?:the |your |his |her )?(\w+) ", text)
    if m:
        return f" {m.group(1)} "
    m = _NUMBER_FOR.search(text)  # "a number for the last owner": whoever they are
    if m and not set(m.group(1).split()) & _PLACES_OF_A_NUMBER:
        return f" {m.group(1)} "
    return None


def _about_person(text: str, intent: str) -> bool:
    """"did you see who was driving": the car is where, the driver is who."""
    return intent in ("suspect_description", "person_description", "anyone_injured",
                      "date_of_birth", "medical_conditions") or " who " in text
