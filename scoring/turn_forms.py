"""Forms of a trainee's turn that marking reads beyond the turn's analysis.

The analysis (scoring.understanding) says what a turn does, about whom and how meant; a few
marking options ask more of the words than that: whether the turn offers the caller a
choice (`choice: true`), whether a question names anybody at all (an unnamed question
follows on from the one before it), and whether a clause the act rule read as a question
goes on to tell the caller what they can do (unpunctuated speech split in the wrong place).
Each is a form of English, written here once, in spelled text (`wording.spelled`: "what's"
is "what is", words padded with spaces).
"""

from __future__ import annotations

import re

from scoring.doubts import ASKING_WORD
from scoring.understanding.polarity import (
    NOT_NEEDED,
    OPPOSITE,
    PERMISSION,
    PROHIBITION,
    REFUSAL,
    TERMINATORS,
    informal_only,
    permitted_against,
)
from scoring.understanding.wording import spelled

# Ways offered side by side, or the choice put to the caller: "you can have it recorded
# formally, or I can try and sort it now", "either … or …", "it's your choice", "up to
# you", "which would you prefer?", "there are two ways we can deal with this". One way
# told ("I'll pass it to Professional Standards") offers none; "if you want to make a
# complaint I can send it on" is a condition, not a choice.
CHOICE = re.compile(
    r" (?:or (?:i|we|you|they|it|if|else|alternatively)|either|alternatively|options?|"
    r"choices?|choose|up to you|your call|your decision|two ways|(?:a|one) (?:other )?way or"
    r"|which (?:would|do|will) you|would you (?:rather|prefer)|if you would (?:rather|prefer)"
    r"|you would (?:rather|prefer)|prefer) ")
# The words that name a person in a question: the caller ("you", "your") or someone else
# ("he", "her", "their"). A question with none of them ("any medical problems at all?",
# "date of birth?") names nobody.
PERSON_WORDS = re.compile(
    r" (?:you|your|yours|yourself|yourselves|u|ur|he|him|his|himself|she|her|hers|herself|"
    r"they|them|their|theirs|themselves) ")
# The caller told what they can do, as a clause of its own: "… you can ring them Monday",
# "… you'll need to report it online". A yes-or-no question put to the caller does not go
# on to tell them something ("is the council's noise team you can ring them Monday" is a
# statement whose "it's" the recogniser heard as "is").
TELLS_CALLER = re.compile(
    r" you (?:can|could|should|will need to|would need to|need to|have to|have got to|"
    r"will have to|might want to|may want to) (?!you )\w+")

# A reply that only says yes, or only that the handler is still on the line: "yes, still
# here", "yeah I'm here", "yes, someone's coming", "yes, they're on their way". Said
# straight after the caller asks ("are you still there?", "are they coming?") it answers
# them; nothing more is offered (four development authors marked such replies no
# reassurance).
# What the handler is busy with, said after it ("yes, still here, just typing", "I'm still
# here sir, nearly done", "bear with me"): it says why the line went quiet and offers the
# caller nothing more (two more blind authors marked it so).
BUSY = (r"(?:(?:sir|madam|love|mate|sorry|ok|okay|i am|we are|just|still|nearly|almost|done|"
        r"typing|writing|finished|it|this|that|down|up|bear with me|1 moment|1 second|1 sec|"
        r"a moment|a second|hang on|hold on|getting there|updating|the log) )*")
# (The help coming, said bare to a caller who asked whether it is, "they're on their way",
# answers her as a yes does: two blind authors marked it no reassurance offered.)
ANSWERS_YES = re.compile(
    r"^ (?:(?:ok|okay|right|sorry) )?(?:(?:yes|yeah|yep|yea) (?:(?:i am |we are )?(?:still )?"
    r"here |(?:someone|somebody|they|officers|police|help) (?:is|are) (?:coming|on (?:their|"
    r"the|its|his|her) way) )?"
    r"|(?:someone|somebody|they|officers|the officers|police|the police|help) (?:is|are) "
    r"(?:still )?(?:coming|on (?:their|the|its|his|her) way|nearly there|almost there) "
    rf"|(?:i am |we are )?still here |i am here ){BUSY}$")

# A refusal to tell whose object is a clause of its own: "I can't give out who a vehicle is
# registered to", "I'm not allowed to tell you where he lives", "we don't share whose car it
# is". Every word of that clause is what is withheld, however far it runs, so words a
# `said:` list forbids ("registered to a", "the owner is") are not said in it. (Up to six
# words of the clause before the words found; a "but" after the refusal turns it round:
# "I can't say who, but it was sold to the trade" discloses.)
WITHHELD = re.compile(
    r" (?:can not|could not|will not|would not|must not|do not|does not|(?:am|are|is) not "
    r"(?:able|allowed|going|permitted) to|not allowed to|not able to|not in a position to|"
    r"unable to|not at liberty to) (?:\w+ ){0,2}?(?:give|tell|share|pass|disclose|say|"
    r"release|reveal|let you know|hand|discuss|confirm)\w* (?:\w+ ){0,3}?(?:who|whose|where|"
    r"what|which|whether|if|how)(?: \w+){0,6} $")
# "Sorry" said only to wave the grievance away: "I'm sorry but that's just how it is at the
# moment", "sorry, but that's the way it works", "sorry but there's nothing I can do". The
# word comes without an apology, and so does the excuse said with it ("we've been really
# busy", which the library hears as "apologies, we've been really busy"): blind assessors
# marked every such turn no apology, in five sets.
SORRY_DISMISSED = re.compile(
    r" sorry (?:\w+ )?(?:but|though) (?:\w+ ){0,3}?(?:(?:that|it|this) is (?:just |simply |only )?"
    r"(?:how|the way) (?:it is|it works|it goes|things are)|it is what it is|there is nothing "
    r"(?:i|we) can do|(?:that|it|this) is (?:just )?life) ")


# The caller's own state asked, with no one else named: "are you still there?", "you okay?",
# "are you hurt at all?", "was that you?". Heard near a question about someone else ("is he
# still there?"), it asks after the caller on the line, and nobody else (three blind authors
# marked "are you still there?" to a silent caller no question whether anyone is with her).
CALLERS_STATE = re.compile(
    r"^ (?:(?:hello|hi|ok|okay|right|so|and|just|now|sorry|love|mate) )*"
    r"(?:(?:are you|you are|you) (?:still |all |doing )?"
    r"(?:there|here|with me|on the line|ok|okay|alright|all right|safe|hurt|injured|listening)"
    # a sound on the line put to her: "is that you?" after a tap asks whether it was her
    r"|(?:is|was) (?:that|this|it) you)"
    r"(?: (?:still|now|at all|love|mate|sir|madam|there|then|tapping))* $")


def asks_callers_state(clause: str) -> bool:
    """Does the clause only ask after the caller's own state (`CALLERS_STATE`)?"""
    return CALLERS_STATE.match(spelled(clause)) is not None


# What an instruction that asks tells the caller to do: tell, give, describe, spell or
# confirm something ("tell me the address", "give me her friends' names"), or take the
# handler through it. Any other instruction ("ring round her friends again", "check with
# her mates") tells the caller what to do, and asks nothing (a blind author marked "ring
# round her friends" said after he had no question who had been contacted).
TO_TELL = re.compile(
    r" (?:tell|tells|give|describe|spell|say|read|repeat|confirm|explain|list|name|"
    r"let me know|let me have|(?:talk|take|walk|run) me through|go through|go over|"
    r"need|want|would like|think) ")


def asks_to_tell(clause: str) -> bool:
    """Does an instruction ask the caller to tell or give something (`TO_TELL`)?"""
    return TO_TELL.search(spelled(clause)) is not None


# A question put by its verb whose question word only opens a clause inside it: "is that
# Flat 2, 41 Melbourne Road where you are now?", "is that where he is?". A yes or a tap
# answers it, as "are you at Flat 2?" (a blind author marked it so, the location confirmed).
# Not one that asks to be told ("can you tell me where you are?", "do you know where he
# went?") nor one that puts a second question after "or" ("are you at home or where are
# you?"): the question word is then the question. (spelled text)
PUT_BY_ITS_VERB = re.compile(r"^ (?:(?:so|and|okay|ok|right|sorry|hello) )*(?:is|are|was|were) ")
ASKED_INSIDE = re.compile(
    r" (?:what|where|which|who|whose|when|how|whereabouts) (?:you|he|she|they|we|i|it|"
    r"the|your|his|her|their|this|that) ")
TO_BE_TOLD = re.compile(r" (?:tell\w*|say\w*|know\w*|giv\w*|explain\w*|describ\w*|show\w*|"
                        r"remember\w*|or) ")


def yes_no_with_clause_inside(clause: str) -> bool:
    """Is the clause a question put by its verb whose every question word opens a clause
    inside it, and which asks nobody to tell (`PUT_BY_ITS_VERB`)?"""
    text = spelled(clause)
    found = list(ASKING_WORD.finditer(text))
    return bool(found) and PUT_BY_ITS_VERB.match(text) is not None \
        and all(ASKED_INSIDE.match(text, m.start()) for m in found) \
        and TO_BE_TOLD.search(text[:found[0].start() + 1]) is None


def answers_yes(clause: str) -> bool:
    """Is the clause only a yes, or only the handler saying they are there (`ANSWERS_YES`)?"""
    return ANSWERS_YES.match(spelled(clause)) is not None


def offers_choice(text: str) -> bool:
    """Does the turn offer the caller a choice (`CHOICE`)?"""
    return CHOICE.search(spelled(text)) is not None


def names_nobody(clause: str) -> bool:
    """Does the clause name no person at all, neither the caller nor anyone else?"""
    return PERSON_WORDS.search(spelled(clause)) is None


def tells_after(clause: str, words: str) -> bool:
    """Does the clause go on, after `words`, to tell the caller what they can do?"""
    said, named = spelled(clause), spelled(words).strip()
    at = said.find(f" {named} ") if named else -1
    rest = said[at + len(named) + 1:] if at >= 0 else said
    return TELLS_CALLER.search(rest) is not None


def says_opposite(clause: str, intent: str) -> bool:
    """Does the clause hold a word of its own that could make it the intent's opposite: a
    negation or prohibition, a permission, a refusal, a "no need", or the deed the advice
    is against ("just hang up", "sort the drawers out"), the other way a complaint is
    dealt with ("I'll sort this out informally": not recorded)?"""
    said = spelled(clause)
    against = OPPOSITE.get(intent)
    return any(p.search(said) for p in (PROHIBITION, PERMISSION, REFUSAL, NOT_NEEDED)) or (
        intent in permitted_against(clause)) or (
        against is not None and against.search(said) is not None) or (
        intent == "complaint_recording" and informal_only(said) is not None)


def withheld(before: str) -> bool:
    """Do the words `before` end inside a refusal to tell (`WITHHELD`), so that what follows
    them is what the handler will not give?"""
    said = spelled(before)
    found = WITHHELD.search(said)
    return found is not None and TERMINATORS.search(said, found.start()) is None


def sorry_dismissed(text: str) -> bool:
    """Does the turn say sorry only to wave the grievance away (`SORRY_DISMISSED`)?"""
    return SORRY_DISMISSED.search(spelled(text)) is not None


# A question about what has already been done ("have you touched anything?", "did you move
# the drawers?", "has anything been moved since?", "what have you cleaned up?"): it asks
# what happened, and advises nothing either way. The analysis may hear the act asked after
# as the advice's opposite (the definitions write "you've not touched anything, have you?"
# beside it); the caller is told nothing to do or not do (five blind authors asked it
# before or without their advice, v18, v25, v27, v32, v37; v37's assessor credited the
# advice given after it).
ASKS_WHAT_WAS_DONE = re.compile(
    r"^ (?:(?:ok|okay|right|so|and|now|then|yeah|yes|well|just|sorry|also|first|firstly) )*"
    r"(?:what |which |how much )?(?:have|has|had|did) (?:you|he|she|they|anyone|anybody|"
    r"someone|somebody|any 1|some 1|any of you|anything|something|it|that|this|those|these|"
    r"the \w+|your \w+)(?= )")


def asks_what_was_done(clause: str) -> bool:
    """Does the clause ask what has already been done (`ASKS_WHAT_WAS_DONE`)?"""
    return ASKS_WHAT_WAS_DONE.match(spelled(clause)) is not None


# What was agreed, summed up and put to the caller to confirm: "so that's the footage today
# and me ringing you Friday, is that right?", "just to recap, you want it looked at and no
# one in trouble", "just to go over it, you want … is that right". Opened as a summary and
# closed by asking whether it is right (or confirmed by the caller straight after), it reads
# the agreement back, whatever the analysis made of its clauses: six blind authors (v10,
# v18, v23, v25, v38, v39) summarised so and their assessors credited the summary, which the
# analysis heard as no read-back (a statement, a "you want" question, CCTV asked).
SUMMARY_OPENING = re.compile(
    r"^ (?:(?:ok|okay|right|so|and|then|great|lovely|thanks|thank you|alright|well) )*"
    r"(?:so (?:that is|thats)|(?:so )?(?:just )?to (?:recap|sum up|go over(?: it| that| this)?)|"
    r"let me (?:just )?(?:recap|go over(?: it| that| this)?)|"
    r"(?:can|could) i (?:just )?(?:recap|go over(?: it| that| this)?)|"
    r"(?:so )?just so (?:i am|im|we are|were) (?:clear|both clear|on the same page)) "
    r"(?:\S+ ){4,}")
PUT_TO_CONFIRM = re.compile(r" (?:is that right|is that correct|have i got that right|"
                            r"have i got that|is that ok|is that okay|is that alright|"
                            r"does that sound right|does that sound ok|does that sound okay|"
                            r"yeah|yes|ok|okay|right|correct) $")
# The caller agreeing straight after: "Yes, that's right.", "That's it exactly."
AGREED = re.compile(r"^ (?:(?:yes|yeah|yep|aye|ok|okay|right) )*(?:yes|yeah|yep|that is right|"
                    r"thats right|that is it|thats it|correct|exactly|spot on)\b")


def summary_put(sentence: str, reply: str = "") -> bool:
    """Is the sentence what was agreed summed up (`SUMMARY_OPENING`) and put to the caller
    to confirm (`PUT_TO_CONFIRM`), or agreed to by the caller's `reply` (`AGREED`)?"""
    said = spelled(sentence)
    return SUMMARY_OPENING.match(said) is not None and (
        PUT_TO_CONFIRM.search(said) is not None or AGREED.match(spelled(reply)) is not None)
