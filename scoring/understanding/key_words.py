"""Intents whose meaning lives in a family of words: without one of them a clause does not
carry the intent, whatever phrasing it resembles.

The matcher weighs a clause's frame as much as its key noun or verb, so a frame shared with
a phrasing of another intent pulls the clause to it: "put the kettle on" (a learnt placing
under staying on the line) drew "you can put the kettle on and use the kitchen" (v4, v9,
v38); "go and sit yourself down" drew "sit yourself down in the kitchen" (v37); "you can
hang up in a minute" drew "you can have a sit down in a minute" and "when you get a
minute" (v10, v33); "I told you to stay on the line" drew "I told you to stay off the
landing" (v34); "can you hear him breathing" drew "can you hear him" (v39). The
definitions name what these intents are about (the line, the phone, the call, hanging up;
breathing, consciousness, responding), and every labelled turn of them, over every
development set, the training authors and the held-back authors (1,575 turns staying on
the line, 313 breathing or conscious), says one of these words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.intents import IntentMatch
from scoring.understanding.analysis import IntentReading
from scoring.understanding.clause_form import core_of
from scoring.understanding.wording import spelled

# What each such intent is about, in spelled words (see `wording.spelled`), with the
# recognisers' spellings authors wrote ("fone", "lion", "hand up", "concious").
_ABOUT: dict[str, re.Pattern[str]] = {
    # the line, the phone, the call; hanging up, holding on, ringing off; staying with
    # the handler, talking or whispering to them; being let go ("you can go now")
    "stay_on_line": re.compile(
        r" (?:line|lion|lines|phone|fone|phones|mobile|call|calls|calling|hang|hanging|hung|"
        r"hand up|hold|holding|ring off|come off|speaker|open|cut off|disconnect\w*|"
        r"with me|to me|talk|talking|whisper\w*|here|stay on|go anywhere|let me go|"
        r"(?:free|fine|ok|all right|good) to go|can go|go now|go off|not go)(?= )"),
    # breathing, consciousness, waking, responding, moving, speaking: what the casualty
    # does or can
    "breathing_conscious": re.compile(
        r" (?:breath\w*|concious\w*|conscien\w*|conscious\w*|unconscious\w*|awake|wake\w*|"
        r"woke\w*|respon\w*|eyes|talk\w*|mov\w*|answer\w*|come round|came round|out|"
        r"alert|chest|speak\w*|saying|said|with it|alive|pulse|ok|all right|sense\w*|"
        r"stir\w*|groan\w*|noise\w*|sound\w*)(?= )"),
    # an age or a date of birth: how old, born, years, a number ("date of berth", a
    # recogniser's spelling, v28)
    "date_of_birth": re.compile(
        r" (?:age|ages|aged|old|older|oldest|younger|youngest|born|birth\w*|dob|d o b|date of|"
        r"berth|brith|bith|"
        r"years?|teen\w*|\w*\d\w*)(?= )"),
    # how the caller knows someone or is related to them: knowing, a relation named; how long
    # the caller has lived beside them ("how long have you lived there?", the caller bench;
    # not how long "they" have: v12's assessor, no relationship)
    "relationship": re.compile(
        r" (?:know\w*|knew|related|relation\w*|relative\w*|who|to you|partner\w*|husband\w*|"
        r"wife|wives|boyfriend\w*|girlfriend\w*|ex|dad\w*|mum\w*|mam|mom|father\w*|mother\w*|"
        r"brother\w*|sister\w*|son|sons|daughter\w*|friend\w*|neighbour\w*|neighbor\w*|"
        r"family|families|cousin\w*|uncle\w*|aunt\w*|auntie|nan\w*|gran\w*|grand\w*|step\w*|"
        r"landlord\w*|landlady|colleague\w*|boss|mate|mates|carer\w*|kid|kids|child\w*|lad|"
        r"girl|boy|baby|in-laws?|law|fiance\w*|together|married|seeing|dating|living|live|"
        r"lives|you lived|family's|connect\w*|mean to|to her|to him|to them|yours|terms|"
        r"no (?:him|her|them))(?= )"),
    # hurt, injured, in pain, needing help; how someone is ("is she ok"); anyone at all
    # (at a crash, "anyone in the car" asks after the injured); hands laid on someone
    "anyone_injured": re.compile(
        r" (?:hurt\w*|injur\w*|harm\w*|bleed\w*|bled|blood\w*|ambulance\w*|paramedic\w*|ok|"
        r"all right|pain\w*|wound\w*|cut\w*|bruis\w*|hospital|medical|broken|break\w*|hit|"
        r"head|neck|lip|arm|arms|leg|legs|face|well|fine|bump\w*|bang\w*|scratch\w*|mark\w*|"
        r"damage\w*|attention|check\w*|graz\w*|sore|fell|fall\w*|burn\w*|stab\w*|punch\w*|"
        r"kick\w*|unhurt|shaken|shock\w*|safe|finger|touch\w*|anyone|anybody|everyone|"
        r"everybody|trapped|casualt\w*|hands? on|laid|lay|grab\w*|push\w*|shov\w*|attack\w*|"
        r"assault\w*|violent|strangl\w*|chok\w*|throat)(?= )"),
    # an earlier occasion: before, again, the first time, how often, how long it has gone
    # on, calls and reports made, what is known or on the system, a month it happened in
    # (all 595 development, training and held-back turns labelled previous_incidents say
    # one, and a report or a call made, "and when did you report it", the caller bench;
    # a learnt phrasing of two alternatives, "Is this the first time or have they had
    # music on like this before", drew "What sort of music have they got on?", which says
    # none, session 28's caller bench)
    "previous_incidents": re.compile(
        r" (?:before|again|first|previous\w*|history|last|times?|often|ever|earlier|past|"
        r"recurr\w*|regular\w*|always|usual\w*|used to|every|repeat\w*|report\w*|call\w*|"
        r"rang|rung|ring\w*|phon\w*|complain\w*|weeks?|months?|years?|nights?|weekends?|"
        r"since|going on|ongoing|still|more|other|another|similar|happen\w*|lately|recently|"
        r"record\w*|system|log|logs|known|incidents?|calls?|problems?|trouble|issues?|pattern|once|"
        r"twice|occasion\w*|visits?|dealings|like this|like that|bother\w*|"
        r"january|february|march|april|may|june|july|august|september|october|november|"
        r"december)(?= )"),
}


# The asking word that says a question is not of an intent: a clause that asks when
# ("when exactly did he pull you over?", nearest "where exactly did he pull you over") asks
# no place, and one that asks where asks no time. Of every labelled development, training
# and held-back turn with such a clause (403 asking when, 246 asking where), none is labelled
# the place without the time for a "when", nor the time without a place for a "where" but
# one whose time was waived in another clause.
_ASKED_BY_ANOTHER_WORD: dict[str, re.Pattern[str]] = {
    "location": re.compile(r" (?:when|what time|what day|what date|how long ago) "),
    "when_happened": re.compile(r" (?:where|where abouts|whereabouts) "),
    # (nor the way someone went: "erm how long ago did they leave", v48; of 406 development
    # clauses opening with a time's asking word, none asks the direction, acts_l's "when
    # the mate left, which way did he go" asking it in its own clause)
    "direction_of_travel": re.compile(r" (?:when|what time|what day|what date|how long ago) "),
}


def about_its_words(reading: IntentReading) -> bool:
    """Does the clause of `reading` say one of the words its intent is about (an intent
    without such a family always does)?"""
    return says_what_it_is_about(reading.intent, reading.clause)


def says_what_it_is_about(intent: str, text: str) -> bool:
    """Does `text` say one of the words `intent` is about (an intent without such a family
    always does)?"""
    about = _ABOUT.get(intent)
    return about is None or about.search(spelled(text)) is not None


def carried_candidates(candidates: Sequence[IntentMatch], clause: str,
                       turn: str = "") -> list[IntentMatch]:
    """A clause's `candidates` as the clause can carry them. One asked by another asking
    word is none ("when did he stop you?" asks no place). The nearest ones that say none of
    their intent's words (nor does the `turn` before the clause, for a thing waived) give way
    to the next that says its own, if that one is of an intent whose meaning lives in its
    words too ("who's Alfie?", nearest "how old is Alfie" by the name alone, is next nearest
    "is he Alfie's dad", and asks who he is): its words are its ground. Any other next one is
    no such ground (v7, v8, v13, v15: "keep doing that", its line dropped, is no safety
    advice), and the nearest stays, to be dropped (`with_key_words`). The words that open a
    clause are no part of what it says ("right okay, and whats your relation ship to her":
    no "ok" asked of anyone's breathing)."""
    core = core_of(clause)
    said = turn[:max(turn.find(clause), 0)] + " " + core if turn else core
    asked = spelled(core)
    kept = [c for c in candidates if not _asked_of_another(c.intent, asked)]
    carried = next((n for n, c in enumerate(kept) if says_what_it_is_about(c.intent, said)),
                   None)
    if not carried or kept[carried].intent not in _ABOUT:
        return kept
    return kept[carried:]


def _asked_of_another(intent: str, asked: str) -> bool:
    """Does the clause (`asked`, spelled) open with an asking word no question of `intent`
    opens with?"""
    other = _ASKED_BY_ANOTHER_WORD.get(intent)
    return other is not None and other.match(asked) is not None


def with_key_words(readings: list[IntentReading], turn: str = "") -> list[IntentReading]:
    """The readings whose clauses say what their intent is about, and those heard by form
    rather than by resemblance (their phrase in brackets: a follow-on, "And her?" after "is
    he breathing?", asks the last question again in none of its words). A thing waived may
    have been named anywhere in the `turn` before its waiver ("You've already told me
    you're not hurt, | so I won't ask again")."""
    return [r for r in readings if r.phrase.startswith("(") or about_its_words(r) or (
        not r.affirmed and says_what_it_is_about(r.intent, _up_to(r.clause, turn)))]


def _up_to(clause: str, turn: str) -> str:
    """The turn up to the end of `clause` (the whole turn if it is not found in it)."""
    at = turn.find(clause)
    return turn if at < 0 else turn[:at + len(clause)]
