"""A detail said back only as noted is no read-back (docs/understanding-definitions.md).

A read-back invites the caller to correct it: it is put as a question ("So that's 6
Sycamore Grove?", "07700 900123, yes?", "have I got that right?", "one tap if that's
right") or announced as a check ("just to confirm…", "let me read that back"). A detail
said back only as noted ("Okay, crowbar, noted.", "Right, blue Astra, no plates, I've got
that.", "14 Grange Road, got it.", "I've got your number as 07700 900731") asks the caller
nothing: the clause is a `statement` and carries no intent.

The values said stay in the analysis's `readbacks`: a caller who hears their address said
wrong puts it right whether or not they were asked to (the caller's realism, not the act).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from scoring.understanding.acknowledgements import noted_only, notes
from scoring.understanding.analysis import Act, ActKind, IntentReading
from scoring.understanding.wording import pattern, spelled

# Said to have the caller check it: a check asked for or announced, or a tag put after
# the detail ("…, yes?" is caught by its question mark; spoken, "…, yeah" is a tag too).
_INVITED = pattern(
    "is that right", "is that correct", "is it right", "is that it", "is that ok",
    "have i got that right", "have i got it right", "have i got that correct",
    "have i got that", "did i get that right", "did i get it right", "did i get that",
    "am i right", "correct me", "make sure", "got any of (?:this|that|it) wrong",
    r"got (?:that|it|this|them|all that|everything)(?: down)? (?:right|correct|correctly)",
    "if that is right", "if that is correct", "if i am right", "if i have got that right",
    "if that is wrong", "if i have got it wrong",
    "to confirm", "confirming", "to check", "can i check", "let me check", "double check",
    "read that back", "read it back", "read them back", "read those back", "read back",
    "reading that back", "reading it back", "repeat that back", "say that back")
_TAG_AT_END = re.compile(r" (?:yeah|yes|right|correct|ok|yep|aye|innit|alright|all right)"
                         r"(?: (?:love|mate|sir|madam|pal))? $")
# A note said of the detail before it, opening the next clause ("…, after half three. Got it,
# you can hang up now.") or standing alone ("…. Got it.").
_NOTE_OPENS = re.compile(r" (?:(?:ok|right|lovely|great|brilliant|thanks|thank you|yes|yeah) )*"
                         r"(?:got (?:it|that)|noted|that is (?:all )?noted|(?:i|we) have "
                         # (or written, noted or jotted: "…, okay, I've written that", v47)
                         r"(?:got|written|noted|jotted|put) "
                         r"(?:it|that|all that|all of that)(?: down| noted)?)"
                         r"(?: (?:down|now|then|thanks|thank you))* ")
# The detail given as what the handler holds: "I've got your number as 07700 900731", "I've
# got you down as Flat 4", "I've put the address down as 9 Harebell Close".
_HELD_AS = re.compile(r" (?:i|we) (?:have |had )?(?:got|put|written|noted|taken|logged) "
                      r"(?:you|your \w+|the \w+|his \w+|her \w+|their \w+|it|that|him|her)"
                      r"(?: \w+)?(?: down)? as ")


# The typed turn closed by an acknowledgement with a full stop ("Fourteen weeks, okay.",
# "Two taps, right."): the word takes the detail in, it puts no tag to the caller (a tag
# is asked: "…, okay?"; every author labels the full-stopped form a statement).
# (or a word of thanks or approval: "Hoe Lane, opposite the old water tower, lovely.", v47;
# of the development turns closed by such a word or a note without a question mark and
# waiving nothing, 110 across the authors, none is labelled a read-back)
_ACK_CLOSES = re.compile(r"(?i)[,;]\s*(?:okay|ok|right|lovely|great|brilliant|perfect|cheers|"
                         r"thanks|thank you)\s*[.!]\s*$")


_ACK_WORD_AT_END = re.compile(r"(?i)\W+(?:okay|ok|right)\W*$")


def without_acknowledgement(clause: str) -> str:
    """The clause without the acknowledging word closing it ("Two taps okay" → "Two
    taps")."""
    return _ACK_WORD_AT_END.sub("", clause)


def closed_by_acknowledgement(turn: str) -> bool:
    """Is the typed turn closed by "…, okay." or "…, right.", asking nothing anywhere?"""
    return "?" not in turn and _ACK_CLOSES.search(turn) is not None


def invites_correction(text: str) -> bool:
    """Is the detail put to the caller to correct: a question mark, a check asked for or
    announced ("is that right", "just to confirm", "let me read that back"), or a tag after
    it ("…, yeah")?"""
    said = spelled(text)
    return "?" in text or bool(_INVITED.search(said) or _TAG_AT_END.search(said))


def noted_details(parts: Sequence[str], turn: str, said_back: set[str],
                  holding: frozenset[str] = frozenset()) -> set[str]:
    """The clauses of a turn (`parts`, in order) that say a detail back only as noted:
    among `said_back` (the clauses heard saying a detail back), those with a note of it in
    the clause ("14 Grange Road, got it"), opening the clause after it ("…. Got it, you can
    hang up now."), or held as the handler's ("I've got your number as…"), where nothing
    in the clause, its note or the sentence they are in invites the caller to correct it.
    A note after something else ("…, no need for your postcode, I've got it") notes that.
    A turn of details and notes alone notes every detail in it, wherever the note stands
    (`noted_throughout`; `holding`: the clauses heard doing something else, which part a
    note from the details: "That's 41 Crescent Road. I won't need your postcode, I've got
    it." notes the postcode, and reads the road back)."""
    if noted_throughout(parts, turn) and not any(p in holding for p in parts):
        return {clause for clause in parts if clause in said_back}
    out: set[str] = set()
    for at, clause in enumerate(parts):
        if clause not in said_back:
            continue
        after = parts[at + 1] if at + 1 < len(parts) else ""
        # (or a clause of its own recording it: "…. I've put that on.")
        note_after = bool(after) and after not in said_back and bool(
            _NOTE_OPENS.match(spelled(after)) or notes(after))
        closing = _note_closing_run(parts, at, said_back)
        if not note_after and closing:
            # one note closing a list of details notes them all: "Right, grey BMW estate,
            # E K one nine, noted." (as "Blue Vauxhall, two flat tyres, no plates, okay,
            # noted.", v15, v19, v28)
            note_after, after = True, closing
        acknowledged = at == len(parts) - 1 and closed_by_acknowledgement(turn)
        if not (notes(clause) or _HELD_AS.search(spelled(clause)) or note_after
                or acknowledged):
            continue
        checked = [clause, after] if note_after else [clause]
        if acknowledged:
            # (the closing word is no tag: look for a check in what comes before it)
            clause_said = without_acknowledgement(clause)
            sentence = _ACK_CLOSES.sub(".", sentence_of(clause, turn))
            if invites_correction(clause_said) or invites_correction(sentence):
                continue
        elif any(invites_correction(c) or invites_correction(sentence_of(c, turn))
                 for c in checked):
            continue
        out.add(clause)
    return out


def noted_throughout(parts: Sequence[str], turn: str) -> bool:
    """Is the turn only details and the handler's note of them, asking and telling the
    caller nothing ("Right, I've got that down, the wallet and the jewellery box.", "Okay,
    that's loud music since ten and a party in the garden. Got it.", "Okay, blue Astra, no
    plates on it, I've noted that.")? The note takes in every detail of the turn, before
    or after it, and a detail not said back (no value heard in it) between them does not
    part them (v30, v31: three authors)."""
    return (len(parts) > 1 and any(notes(p) for p in parts)
            and all(noted_only(p) for p in parts) and not invites_correction(turn))


def _note_closing_run(parts: Sequence[str], at: int, said_back: set[str]) -> str:
    """The clause noting the details said back from the one at `at` on, when the run of
    them is closed by a note: in its last clause ("…, E K one nine, noted") or in the
    clause after it ("…, E K one nine. Noted."); "" if none."""
    end = at + 1
    while end < len(parts) and parts[end] in said_back:
        end += 1
    if end == at + 1:
        return ""  # (a single detail's note is read where it is, `noted_details`)
    if notes(parts[end - 1]):
        return parts[end - 1]
    if end < len(parts) and (_NOTE_OPENS.match(spelled(parts[end])) or notes(parts[end])):
        return parts[end]
    return ""


def noted_summary(parts: Sequence[str], turn: str, said_back: set[str]) -> bool:
    """Is the turn, read back as a whole (a summary, `said_back` holding the turn itself),
    a note of what the caller said ("Right, the spare key under the mat, I've added
    that.")? A clause of it notes, and nothing in it invites the caller to correct it; or
    the typed turn is closed by "…, okay." ("Blue Honda Jazz, still on the drive, okay.":
    the closing word takes the details in, as with one detail, `closed_by_acknowledgement`)."""
    if turn not in said_back:
        return False
    if closed_by_acknowledgement(turn):
        return not invites_correction(_ACK_CLOSES.sub(".", turn))
    return any(notes(p) for p in parts) and not invites_correction(turn)


def as_noted(acts: list[Act], readings: list[IntentReading], noted: set[str],
             main: ActKind | None) -> tuple[list[Act], list[IntentReading], ActKind | None]:
    """The turn with its noted clauses as statements confirming nothing; a turn the learnt
    model heard as a read-back is left to its clauses' acts when no clause reads back."""
    if not noted:
        return acts, readings, main
    acts = [replace(a, kind="statement") if a.clause in noted and a.kind == "readback" else a
            for a in acts]
    readings = [r for r in readings if not (r.clause in noted and r.intent == "confirm_details"
                                            and r.affirmed)]
    readings = [replace(r, act="statement") if r.clause in noted and r.act == "readback"
                else r for r in readings]
    if main == "readback" and not any(a.kind == "readback" for a in acts):
        main = None
    return acts, readings, main


def sentence_of(clause: str, turn: str) -> str:
    """The sentence of the typed turn (with its closing mark) the clause was cut from, or
    the clause itself when it cannot be found (clauses are cut without punctuation)."""
    said = spelled(clause).strip()
    for found in re.finditer(r"[^.?!]+[.?!]*", turn):
        if said and said in spelled(found.group(0)):
            return found.group(0)
    return clause
