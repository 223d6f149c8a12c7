"""What a caller says when the scenario gives no line of its own, and which detail a
follow-up asks for.

Scenario authors can give every line in character (`caller.responses`, `dont_know`,
`reassured`, `confirm`, `correct`); these defaults keep an unauthored caller sounding like
a person rather than a machine that asks "say that again?" to everything it has no fact for.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from scoring.text import stem, words


@dataclass(frozen=True)
class Defaults:
    """What a caller says when the scenario has no line of its own for it."""

    comply: tuple[str, ...]  # advice with no fact or authored response: they agree to it
    noted: tuple[str, ...]  # a permission or "no need": taken as said, without relief
    reassured: tuple[str, ...]
    apology_taken: tuple[str, ...]
    promise_taken: tuple[str, ...]
    dont_know: tuple[str, ...]
    dont_know_about: tuple[str, ...]  # "{whose}": about someone else
    confirm: tuple[str, ...]
    correct: str  # "{value}": the truth
    acknowledge: tuple[str, ...]
    nothing_else: tuple[str, ...]


SPOKEN = Defaults(
    comply=("Okay, I will.", "Right. Okay, I'll do that.", "Okay."),
    noted=("Oh. Okay then.", "Right, okay."),
    reassured=("Okay… thank you.", "Thank you. Okay."),
    apology_taken=("Well… thank you for saying that.", "Okay. Thank you."),
    promise_taken=("Okay, thank you.", "Right. Thank you."),
    dont_know=("I don't know, sorry.", "I've no idea, I'm sorry.",
               "I don't know. Why, does it matter?"),
    dont_know_about=("I don't know {whose}, sorry.", "I couldn't tell you {whose}, I'm sorry."),
    confirm=("Yes, that's right.", "Yes.", "That's it, yes."),
    correct="No, it's {value}.",
    acknowledge=("Okay.", "Right.", "Okay, thank you."),
    nothing_else=("No, that's everything, thank you.", "No, I think that's all."),
)
# A caller who cannot speak (the silent 999 call) answers in taps and sounds: one tap yes,
# two taps no, as the handler sets it up.
SILENT = Defaults(
    comply=("[a single tap]",), noted=("[silence]",), reassured=("[a soft tap]",),
    apology_taken=("[silence]",), promise_taken=("[a soft tap]",),
    dont_know=("[silence… no taps]",), dont_know_about=("[silence… no taps]",),
    confirm=("[a single tap]",), correct="[two taps]",
    acknowledge=("[a soft tap]",), nothing_else=("[two taps]",),
)
RESTATE = "Like I said, {line}"

# Words that say which detail a question is after ("and his name?", "how old is she?").
# Order matters: the first detail whose words appear wins.
_DETAIL_WORDS: tuple[tuple[str, str], ...] = (
    ("registration", r"\b(reg|registration|number ?plate|plates?)\b"),
    ("dob", r"\b(date of birth|birthday|dob|born)\b"),
    ("age", r"\b(how old|age|aged)\b"),
    ("name", r"\b(names?|called|call (him|her|them))\b"),
    ("phone", r"\b(phone|number|mobile|contact)\b"),
    ("clothing", r"\b(wear(ing)?|wore|clothes|clothing|dressed|jacket|top|coat|trousers)\b"),
    ("marks", r"\b(tattoos?|scars?|marks?|piercings?)\b"),
    ("appearance", r"\b(look like|tall|height|build|hair|skin|white|black|asian|ethnicity)\b"),
    ("direction", r"\b(which way|direction|headed|heading|went off|towards)\b"),
    ("colour", r"\b(colou?r)\b"),
    ("vehicle", r"\b(car|van|vehicle|bike|make|model|motorbike)\b"),
    ("where", r"\b(where)\b"),
    ("when", r"\b(when|what time|how long ago)\b"),
    ("address", r"\b(address|live|lives|living)\b"),
)
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in _DETAIL_WORDS)


def detail_asked(clause: str) -> str | None:
    """The detail a clause asks for, if it names one."""
    text = clause.lower()
    for name, pattern in _COMPILED:
        if pattern.search(text):
            return name
    return None


def names_detail(clause: str, detail: str) -> bool:
    """Whether a clause's own words name the detail ("number" names a phone)."""
    text = clause.lower()
    return any(name == detail and pattern.search(text) for name, pattern in _COMPILED)


def cycle(lines: tuple[str, ...] | list[str], count: int) -> str:
    """Vary repeats: the first time gets the first line, the next the second, and so on."""
    return lines[count % len(lines)]


def first_sentence(text: str) -> str:
    """The first sentence of a line: a restatement is shorter than the first answer."""
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return match.group(1) if match else text.strip()


# First words that lose their capital after "Like I said, "; names and "I" keep theirs.
_COMMON_START = frozenset("it it's its there there's he he's she she's they they're the "
                          "my no yes about sometime just only well we we're that this his "
                          "her our a an".split())


def correction(line: str) -> str:
    """"No, they went back in to 47…": the caller puts a wrong read-back right."""
    sentence = line.strip()
    if stage(sentence):
        return "[two taps]"
    first = sentence.split(" ", 1)[0].strip(",.").lower()
    if first == "no":
        return sentence  # a line that put it right before says so already
    if first in _COMMON_START:
        sentence = sentence[:1].lower() + sentence[1:]
    return f"No, {sentence}"


def tapped(line: str) -> bool:
    """A yes or a no tapped out ("[a pause... one tap]"), the only answer a caller who
    cannot speak gives."""
    return stage(line) and bool(re.search(r"\btaps?\b", line, re.IGNORECASE))


def stage(line: str) -> bool:
    """A stage direction ("[taps twice]"): shown, not spoken."""
    text = line.strip()
    return text.startswith("[") and text.endswith("]")


def restate(line: str) -> str:
    """A short restatement of an answer already given twice."""
    if stage(line):
        return line  # a tap is a tap
    sentence = first_sentence(line)
    first = sentence.split(" ", 1)[0].strip(",.").lower()
    if first in _COMMON_START:
        sentence = sentence[:1].lower() + sentence[1:]
    return RESTATE.format(line=sentence)


_WH = frozenset("what what's whats where where's wheres when who who's whos whose which how "
                 "how's hows why".split())
_AUX = frozenset("is are was were do does did have has had can could would will shall "
                 "should may might".split())
_PRONOUNS = frozenset("you he she it they there anyone anybody someone somebody we i your "
                      "his her their the that this any".split())


def checks_a_number(text: str) -> bool:
    """"Are you at number 14 Melbourne Road?", "is it 07700 900724?": a yes-or-no question
    holding a number of two digits or more, the trainee checking a detail they have."""
    tokens = re.findall(r"[a-z0-9']+", text.lower())
    while tokens and tokens[0] in ("so", "and", "okay", "ok", "right"):
        tokens = tokens[1:]
    return bool(tokens) and tokens[0] in _AUX and any(
        sum(c.isdigit() for c in t) >= 2 for t in tokens)


def well_formed_question(text: str) -> bool:
    """Does this read like a real question (a question word, or a verb then a subject)?
    One that does but has nothing behind it gets "I don't know"; a fragment or a
    recogniser's word salad gets "say that again?"."""
    tokens = re.findall(r"[a-z']+", text.lower())
    while tokens and tokens[0] in ("so", "and", "okay", "ok", "right", "um", "er", "erm"):
        tokens = tokens[1:]
    if len(tokens) < 3:
        return False
    if tokens[0] in _WH:
        return True
    return tokens[0] in _AUX and (tokens[1] in _PRONOUNS or len(tokens) >= 4)


_NOT_ASKING = re.compile(r"^\s*(why (don't|not|dont)|how about|what about|what (i|we)('d| would)"
                         r"|what you (need|should|want))\b", re.IGNORECASE)


def asks_what(clause: str) -> bool:
    """Does this clause ask with a question word ("how many are there?", "where is he?"),
    rather than suggest ("why don't you…", "how about…", "what you need to do is…")?"""
    tokens = re.findall(r"[a-z']+", clause.lower())
    while tokens and tokens[0] in ("so", "and", "okay", "ok", "right", "um", "er", "erm"):
        tokens = tokens[1:]
    return bool(tokens) and tokens[0] in _WH and not _NOT_ASKING.search(" ".join(tokens))


_FOLLOW_ON = re.compile(r"^\s*(and|what about|how about|plus)\b", re.IGNORECASE)


def follow_on(clause: str) -> bool:
    """"And your address?", "what about his mate?": a question without its verb, leaning
    on the one before."""
    return bool(_FOLLOW_ON.match(clause)) and len(clause.split()) <= 6


_FILLERS = frozenset("um umm er err erm errm em uh uhh uhm hmm".split())
# Words a sentence cannot end on. Prepositions ("where they got in") and object pronouns
# ("we will find her") can, so they are not here.
_DANGLING = frozenset("the a an of to and or your my their when while if because than "
                      "just".split())  # ("right so can you just")
# Said twice running in a number ("oh seven seven", "press 5 5"), not a stumble.
_NUMBER_WORDS = frozenset("oh zero one two three four five six seven eight nine ten double "
                          "treble".split())
_DETERMINERS = frozenset("the a an their his my your".split())
_ASKING = frozenset("can could would will did do does is are".split())
_SUBJECTS = frozenset("you he she they we i".split())
# Words that never follow "the" or "a": "the for tea", "the oh ambu", "the okay so", "the is".
_NEVER_AFTER_THE = frozenset("is are was were he she they we i you it if and or the a an to of "
                             "for as oh yeah okay ok so with".split())


# Words "of" ends a whole sentence after: "which station were they out of", "what's he
# scared of", "have you heard of him".
_OF_ENDS = frozenset("out made scared afraid frightened heard aware sure think thought "
                     "rid tired sick fond ashamed capable".split())


def _dangles(tokens: list[str]) -> bool:
    """Does the sentence end on a word that can't end one?"""
    return tokens[-1] in _DANGLING and not (
        tokens[-1] == "of" and len(tokens) > 1 and tokens[-2] in _OF_ENDS)


def garbled(text: str) -> bool:
    """Does this look like half a sentence or a recogniser's word salad ("the the music is
    it the um")? Signs: a filler, a word or pair of words said twice running, two
    determiners running ("their the"), ending on a word that can't end a sentence, a stray
    letter, and the recogniser's raw form (lower case, no punctuation: typed or punctuated
    text that ends oddly was meant that way). Two signs is garbled."""
    tokens = re.findall(r"[a-z0-9']+", text.lower())
    if not tokens:
        return True
    signs = 0
    signs += any(t in _FILLERS for t in tokens)
    signs += any(a == b and a not in _NUMBER_WORDS and not a.isdigit()
                 for a, b in itertools.pairwise(tokens)) or any(
        tokens[i:i + 2] == tokens[i + 2:i + 4] for i in range(len(tokens) - 3))
    signs += any(a in _DETERMINERS and b in ("the", "a", "an")
                 for a, b in itertools.pairwise(tokens))
    signs += _dangles(tokens) or tokens[-1] in _FILLERS
    signs += any(_stray_letter(t) for t in tokens)
    signs += any(a == c == "the" for a, c in zip(tokens, tokens[2:], strict=False))  # "the pee the"
    signs += any(a in ("the", "a", "an") and b in _NEVER_AFTER_THE
                 for a, b in itertools.pairwise(tokens))
    # "can you the lane is": a question's verb missing between its subject and object
    signs += any(a in _ASKING and b in _SUBJECTS and c in _DETERMINERS
                 for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False))
    signs += raw(text)
    signs += stumbles(text)  # (a restart, "was it was are we", in raw words)
    return signs >= 2


def raw(text: str) -> bool:
    """The recogniser's raw form: lower case, no punctuation (a recogniser that writes "I"
    as a capital, "right I'm gonna if her the", is as raw; so is one that ends on a word cut
    to a capital letter after a word that can't end a sentence, "go out and V"; "flat B" is
    written, not raw)."""
    cut = re.search(r"\b([a-z]+) ([A-Z])$", text)
    if cut and cut.group(1) in _DANGLING - {"a", "an"}:
        text = text[:-1] + text[-1].lower()
    lowered = re.sub(r"\bI\b", "i", text)
    return lowered == lowered.lower() and not re.search(r"[.?!,;]", text)


_LITTLE = frozenset("the a an is are was he she it they and to of in on his her your my".split())
# The words a question is started again on: "is the is he", "did the did she".
_RESTARTS = _LITTLE | _ASKING | frozenset("has have had were".split())


def stumbles(text: str) -> bool:
    """Recognised words with a little word said twice ("is the rubbish in the the
    carriage"), or started again ("is the is he in", "what was the what was the"): the
    recogniser lost the thread, whatever the rest seems to ask."""
    tokens = re.findall(r"[a-z0-9']+", text.lower())
    return raw(text) and (
        any(a == b and a in _LITTLE for a, b in itertools.pairwise(tokens))
        or any(a == c and a in _RESTARTS and b in _LITTLE
               for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False))
        or any(tokens[i:i + n] == tokens[i + n:i + 2 * n]
               and not all(t in _NUMBER_WORDS or t.isdigit() for t in tokens[i:i + n])
               for n in (2, 3) for i in range(len(tokens) - 2 * n + 1)))  # ("double oh nine
    # double oh nine" is a number)


def cut_off(text: str) -> bool:
    """Recognised words that stop mid-sentence ("is the front door locked or"): whatever
    the words before seem to ask, the trainee hasn't finished, so the caller asks again."""
    tokens = re.findall(r"[a-z0-9']+", text.lower())
    if raw(text) and len(tokens) > 1 and tokens[-1] in _FILLERS and tokens[-2] not in _FILLERS \
            and not any(t in _FILLERS for t in tokens[:-1]):
        return True  # "what time de lock the pour err": trailed off, not finished
    while tokens and tokens[-1] in _FILLERS:  # "and did they take the uh": cut off at "the"
        tokens.pop()
    # ("sorry the lane the what": a word lost and asked after, no question of its own;
    # "go out and V": a word cut to its first sound after a word that can't end one)
    return raw(text) and bool(tokens) and (_dangles(tokens) or (
        tokens[-1] == "what" and len(tokens) > 1 and tokens[-2] in _DETERMINERS) or (
        _stray_letter(tokens[-1]) and len(tokens) > 1 and _dangles(tokens[:-1])
        and tokens[-2] not in ("a", "an")))


def _stray_letter(token: str) -> bool:
    """A lone letter that is no word ("a", "I") and no digit."""
    return len(token) == 1 and token not in ("a", "i") and not token.isdigit()


# "Can you stay at home?" asks the caller to do something; "can you tell me…" asks for
# information. The first is agreed to, the second answered.
_REQUEST = re.compile(
    r"^\s*(please\b|i need you to\b|i want you to\b|i'd like you to\b|"
    r"(can|could|would|will) you (please |just )?(?!tell|describe|give|remember|confirm|spell|"
    r"see|hear|say|explain|think|recall|read|repeat|hold on(?! to)|hang on(?! to))[a-z]+)",
    re.IGNORECASE)


def request(clause: str) -> bool:
    """Is this clause asking the caller to do something?"""
    return bool(_REQUEST.match(clause))


# "Is there a window you could get out of?", "did you get a reference number last time?":
# a yes/no question about how things are, which no advice is phrased as. Offers ("do you
# want…", "would you like…") and checks the caller can do something are not.
_FINDING_OUT = re.compile(
    r"^\s*(and |so |okay,? |right,? )?(is|are|was|were|did|does|do|has|have|had)\s+"
    r"(there|you|he|she|it|they|the|your|his|her|their|any|anyone|anybody)\b", re.IGNORECASE)
_OFFER = re.compile(r"\b(want|need|able|happy|mind|got a pen|something to write)\b|"
                    r"\blike\b(?! (that|this)\b)|"  # "would you like…", not "anything like that"
                    r"\b(is|are) (that|this) (okay|ok|alright)\b|"
                    r"\b(okay|ok|alright) (to|if|with)\b", re.IGNORECASE)


def finding_out(clause: str) -> bool:
    """Does this clause ask how things are (not advise, offer or request)?"""
    return bool(_FINDING_OUT.match(clause)) and not _OFFER.search(clause)


# "Please ask him what they look like", "tell me what happened": a question put as a request
# (to the caller, or to an interpreter to put to them).
_TELL = re.compile(r"\b(ask (him|her|them)|tell me|talk me through|take me through|describe|"
                   r"let me know)\b", re.IGNORECASE)


def asks_to_tell(clause: str) -> bool:
    """Is this clause a request to be told something?"""
    return bool(_TELL.search(clause))


# Words that say nothing of what a question is about.
_PLAIN = frozenset("a an the of to in on at and or is are was were be by for with you your he "
                   "she it they them his her their we i me my this that there what where when "
                   "who how which why did do does has have had can could would will any "
                   "anything anyone anybody some someone all about just so okay ok right erm er "
                   "um then now still been being get got know think tell say said not".split())
FUNCTION_WORDS = _PLAIN


def speaks_of(clause: str, answers: Sequence[str], phrasings: frozenset[str]) -> bool:
    """Does the fact speak of what the question asks? "Which station were the officers
    from?" heard as asking the officers' details names a station no phrasing of that intent
    and no word of the answer mentions: the caller doesn't know, rather than reciting the
    officers' numbers. A question all of whose words the intent's phrasings use is asked."""
    novel = [w for w in words(clause) if w not in _PLAIN and len(w) > 2 and not w.isdigit()
             and stem(w) not in phrasings]
    if not novel:
        return True
    said = {stem(w) for answer in answers for w in words(answer)}
    return any(stem(w) in said for w in novel)


# "Has he got a dog?", "does he own a car?", "is there a window?": the thing a question
# asks someone has, or asks is there; group 1 is its noun.
_HAS_A = re.compile(r"\b(?:own|owns|have|has|got|is there|are there)\s+(?:a|an|any)\s+"
                    r"(?:other\s+|more\s+)?([a-z]+)", re.IGNORECASE)


# Nouns that ask whether something might be so, not whether a thing is there: "is there
# any chance she's been drinking?", "is there a way he could have got in?".
_MIGHT = frozenset("chance way possibility likelihood reason sign idea need point".split())


def thing_asked(clause: str) -> str | None:
    """The thing a question asks whether someone has, or whether there is one (None when
    it asks no such thing, or names nothing: "has he got anyone with him?")."""
    m = _HAS_A.search(clause)
    if m is None or m.group(1).lower() in _PLAIN | _MIGHT or len(m.group(1)) < 3:
        return None
    return m.group(1).lower()


# "Is the street lighting working?", "did the airbags go off?": a yes-or-no question about
# how a particular thing is, named after "the" straight after its verb; group 1 is the
# first word of that name.
_STATE_OF = re.compile(r"^\W*(?:(?:so|and|okay|ok|right)\W+)*"
                       r"(?:is|are|was|were|did|does|do|has|have)\s+the\s+([a-z]+)",
                       re.IGNORECASE)


# "Was she wearing a seatbelt?", "are they wearing gloves?": a yes-or-no question about
# something worn, group 1 the thing (a question word's "what's he wearing?" names none).
_WEARING = re.compile(r"^\W*(?:(?:so|and|okay|ok|right)\W+)*(?:is|are|was|were|does|do)\b"
                      r"[^,?]*?\bwearing\s+(?:(?:a|an|any|the|his|her|their)\s+)?([a-z]+)",
                      re.IGNORECASE)


def particular_asked(clause: str) -> str | None:
    """The particular thing a yes-or-no question asks about the state of, or asks whether
    someone wears (None when it asks no such thing)."""
    m = _STATE_OF.search(clause) or _WEARING.search(clause)
    if m is None or m.group(1).lower() in _PLAIN or len(m.group(1)) < 3:
        return None
    return m.group(1).lower()


def speaks_of_thing(thing: str, answers: Sequence[str], phrasings: frozenset[str]) -> bool:
    """Does the fact (or the intent it answers, as the library phrases it) speak of the
    thing asked about? "Has he got a dog?" is not answered by "Weapons? No."."""
    said = {stem(w) for answer in answers for w in words(answer)}
    return stem(thing) in said | phrasings


# "Which station were they from?", "what school does she go to?": a question of which one
# of a kind of thing. A caller who knows says the name of it, and a name says what it is
# ("Stockton station", "Long Lane Academy" aside), so the kind must be in the answer.
_WHICH = re.compile(r"^\W*(?:(?:so|and|okay|ok|right|sorry)\W+)*"
                    r"(?:(?:do|did|have|would) you (?:know|remember|have any idea|any idea)\W+|"
                    r"(?:any idea|can you tell me|could you tell me)\W+)?"
                    r"(?:which|what)\s+(?:(?:kind|sort|type|make)\s+of\s+)?([a-z]+)\b",
                    re.IGNORECASE)
# Kinds whose answer is a value or an instance that seldom says the kind: "what colour?"
# is "blue", "which way?" is "towards town", "what car?" is "a Honda Jazz".
_VALUE_KINDS = frozenset(
    "colour color way direction time times day days date dates night nights number numbers kind "
    "sort type exactly roughly else exact "
    "make model size age year years month name names happened happens happening else one "
    "ones bit part side car vehicle van bike motorbike lorry road street address house flat "
    "floor room door window level height build hair clothes clothing shoes reg registration "
    "plate weapon weapons knife gun drugs medication tablets pills meds thing things stuff "
    "sex gender language relation relationship job work accent injuries injury ethnicity "
    "race religion mood state condition shape".split())


def which_asked(clause: str) -> str | None:
    """The kind of thing a "which/what <kind>" question asks which one of (None when it
    asks no such thing or the kind's answer is a value: "what colour", "which way")."""
    m = _WHICH.search(clause)
    if m is None:
        return None
    kind = m.group(1).lower()
    if re.search(r"\b(what|which|where|when|who|how|or)\b", clause[m.end():], re.IGNORECASE):
        # "which bus stop, and what time?": the time may be what was read; "which
        # carriageway, eastbound or westbound?" says the names itself
        return None
    if kind in _PLAIN or kind in _VALUE_KINDS or len(kind) < 3 or kind.endswith("'s"):
        return None
    return kind


def names_kind(kind: str, answers: Sequence[str]) -> bool:
    """Does any of the fact's lines say the kind of thing asked which one of?"""
    said = {stem(w) for answer in answers for w in words(answer)}
    return stem(kind) in said


# "Do you know who his landlord is?", "what's the name of her GP?": someone (or something)
# known by what they are to a third person; group 1 or 2 is that word. The caller knows
# them only if a fact speaks of them by it.
_THEIR_ONE = re.compile(r"\bwho(?:'s|s|\s+is|\s+was)?\s+(?:his|her|their)\s+([a-z]+)\b|"
                        r"\bname of (?:his|her|their)\s+([a-z]+)\b", re.IGNORECASE)


def their_one_asked(clause: str) -> str | None:
    """The word a question calls a third person's someone or something by ("landlord" in
    "who his landlord is"), None when it asks of no such one."""
    m = _THEIR_ONE.search(clause)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return None if word in _PLAIN or len(word) < 2 or detail_asked(word) else word

