"""Polarity: does a clause do its intent, or the opposite? NegEx-shaped rules.

NegEx (Chapman et al., 2001) finds negation triggers before a term ("no", "denies") and
after it ("… ruled out"), ignores pseudo-triggers that only look like negation ("not
only", "no doubt"), and stops a trigger's scope at a terminator ("but"). Our terms are
intents, and call handling adds two kinds of trigger clinical text lacks: permission
("you're fine to …", "feel free to …") and "not needed" ("no need to …", "you don't have
to …"). Whether a permission negates depends on what is permitted: permission to *clean
up* is the opposite of scene preservation; permission to *lock the door* is not. So each
advice intent lists the acts it advises against (`OPPOSITE`).

Rules, for an advice intent (scene_preservation, stay_on_line, safety_advice, …):
- a "not needed" trigger in scope negates, unless what is not needed is an opposite act
  ("no need to touch anything" still preserves the scene);
- an opposite act brought up without a prohibition negates: permitted ("you can hang
  up"), told ("tidy up whenever you like") or done ("I'm ending the call now");
- a prohibition ("don't", "try not to") or a condition ("if you have to move it") before
  it is the advice itself: affirm.
For an asking intent, a "not needed" trigger in a clause that is not a question negates
("I won't need your date of birth"); questions stay affirm ("you don't need an ambulance,
do you?"). For an intent the handler does (apology, reference_number, next_steps, …) a
refusal negates ("I'm not going to apologise", "I can't give you a reference yet").
For signpost, the agency forbidden ("don't be ringing the council"), refused ("I'm not just
going to give you a 111 number") or the matter kept by the police ("this one's for us")
negates. What the caller is spared by a step ("I'll ring you, so you won't have to chase
us") is no step refused.
Scope: a clause, cut at terminators ("but", "though", "however").
Across a turn (`carried_through`): a clause giving the reason for advice takes the advice's
polarity ("the CSI's been and gone, so you're fine to tidy up"), and a clause only giving
the reason for a refusal does not do the thing refused ("we won't need an interpreter,
your English is fine"). A need denied after "so" ("…, so there's no need to wait behind
the wall") is a waiver of its own, no reason carried from the advice before it; an order
set apart by a comma after a leave ("you don't have to stay by the car, get behind the
wall") is advice of its own unless it names an act the advice is against.
docs/understanding-definitions.md states these forms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from scoring.text import is_question, tagged_with_name
from scoring.understanding.agencies import not_for_an_agency
from scoring.understanding.analysis import IntentReading, Polarity
from scoring.understanding.wording import has, overlapping, pattern, spelled

ADVICE = frozenset({"scene_preservation", "stay_on_line", "safety_advice", "crime_prevention",
                    "silent_solution", "signpost"})
DOING = frozenset({"apology", "reference_number", "next_steps", "reassurance",
                   "complaint_recording", "language_needs", "confirm_details"})
INTENTS_ASKED = frozenset({
    "location", "what_happened", "when_happened", "anyone_injured", "breathing_conscious",
    "weapons", "suspect_present", "suspect_description", "person_description",
    "direction_of_travel", "vehicle_description", "caller_safe", "safe_to_talk",
    "children_present", "caller_name", "callback_number", "date_of_birth", "relationship",
    "previous_incidents", "threats_made", "alcohol_drugs", "medical_conditions", "last_seen",
    "property_taken", "entry_point", "witnesses_cctv", "hate_motivation", "desired_outcome",
    "officer_details", "road_hazards"})

# A barricade taken down: "move the chest of drawers away from the door" (not keys kept
# away from it, which is crime prevention).
MOVED_AWAY = (r"(?:mov\w+|tak\w+|pull\w*|shift\w*|drag\w*) (?!(?:\w+ ){0,2}keys? )"
              r"(?:\w+ ){1,4}away from ")
_BARRICADE_MOVED = MOVED_AWAY + r"(?:the |your )?(?:\w+ )?doors?"
# What each piece of advice advises against: permitting one of these is the opposite.
OPPOSITE: dict[str, re.Pattern[str]] = {
    "scene_preservation": pattern(
        r"clean\w*", r"tidy\w*", r"tidies", r"wash\w*", r"wip(?:e\w*|ing)", r"hoover\w*", "mop",
        r"scrub\w*", r"sweep\w*", "swept", r"(?<! in )touch\w*", r"mov\w+", r"throw\w*", "bin",
        r"delet\w+", r"shower\w*", r"bath\w*", r"clear\w* up", r"clear\w* away", "put away",
        # a particle after its object: "pick the car keys up", "put the drawers away"
        r"put(?:ting)? (?:\w+ ){1,3}away", r"pick (?:\w+ ){1,3}up", "pick up",
        r"fix\w*", r"repair\w*", "board up",
        "straighten", r"get rid", "change your clothes", "go in", "go back in", r"sort \w+ out",
        "sort out", "put back", r"clear (?:\w+ ){1,3}up", r"put(?:ting)? (?:\w+ ){1,3}back",
        r"board (?:\w+ ){1,3}up",
        r"get (?:\w+ ){1,2}straight", r"put(?:ting)? (?:\w+ ){1,3}straight",
        # "get the paint off" (not the evidence got: "they might get prints off it")
        r"get (?!(?:\w+ )?(?:prints?|fingerprints?|dna|evidence|a print) )(?:\w+ ){1,3}off",
        r"straighten\w*", r"sort (?:\w+ ){1,2}out", "make good", r"hose\w*", r"bleach\w*",
        r"launder\w*",
        r"dispos\w+", r"empty\w*", r"flush\w*", "let anyone in", "let people in",
        "back to normal", "carry on as normal", "get on with", "paint over", "replace",
        r"mend\w*", r"vacuum\w*", r"dust\w*", r"scrap\w*", r"recycl\w+", r"wear",
        # the place given back to use: "you can have the kitchen back", "start using the
        # front room again"
        r"have (?:the |your )?(?:\w+ ){0,2}back", "clear out", r"clear (?:\w+ ){1,3}out",
        # done for them: "you can get that window boarded up", "have the lock fixed"
        r"(?:get|have) (?:\w+ ){1,3}(?:boarded up|fixed|repaired|mended|replaced|cleaned)",
        r"us(?:e|ing) (?:the |your )?(?:\w+ ){1,2}(?:again|as normal|as usual)",

        # things cleared out of the way: "clearing the drawers", "clear them"
        r"clear(?:ing)? (?:the|your|that|those|these|it|them)"),
    "stay_on_line": pattern(
        # "go" said alone ("feel free to go", "you're alright to go now") leaves the call;
        # going somewhere ("you can go upstairs now") is a move, weighed as safety
        # the call named by any determiner: "I'm going to end this call now"
        r"hang\w* up", "put the phone down", r"end\w* (?:the|this|that|our) call",
        # (someone else's going is no leaving the call: "watch where they go")
        r"(?<!they )(?<!\bhe )(?<!she )(?<!\bwe )(?<!\bit )go(?: now| then)?(?= $)",
        "leave it there",
        r"ring\w* off", "disconnect", "let you go", "get off the phone", "come off the line",
        r"leave (?:the|this|that|our) call", r"finish\w* (?:the|this|that|our) call",
        "call back later", "ring back later", "off you go",
        r"(?:come|get|go) off the (?:phone|line)",
        "put the phone away", "drop off", "get on with your",
        # the handler ending it: "I'm going to have to clear this line now"
        r"clear\w* (?:this|the) (?:line|call)",
        # going to see to someone leaves the call: "go and be with your wife"
        r"go (?:and )?(?:be with|see to|look after|check on|sort out)"),
    "safety_advice": pattern(
        _BARRICADE_MOVED,
        r"open (?:the |your )?(?:front |back )?door",
        "go out", "go outside", "go back out",
        # going briefly is going: "it's fine to pop out", "you can nip downstairs"
        r"(?:pop|nip|step) (?:back )?(?:out|outside|down|downstairs|round)",
        "go back outside", "go down", "go downstairs",
        "come out", "come down", "come downstairs", r"confront\w*", "open the door",
        r"let \w+ in", "unlock", r"approach\w*", r"follow\w*", r"chas\w+", "go near",
        "answer the door", "go home", "go back home", r"leave (?:the |your )?\w*room", "go and see",
        # (not support to talk to: "if you'd like someone to talk to about it", "if you
        # want to talk to someone": an agency's help, no one confronted)
        r"(?<!someone to )(?<!somebody to )(?<!anyone to )(?<!anybody to )"
        r"talk to (?!(?:someone|somebody|anyone|anybody|about|a|an)\b)\w+",
        "go round", "go over there", "go over", "go and find", r"look for \w+",
        # words with the one feared: "go and have a word with him" (v29; leave for it is
        # the advice lifted)
        r"(?:have|having) a word with (?:him|her|them|the \w+)",
        r"challeng\w+", r"engag\w+", "get involved", "step in", r"interven\w+", "go after",
        "run after", "drive after", "answer it", "open up", "go to the door", "walk home",
        "stand in the road", "stay in the car", "sit in the car", "go back to", "go to his",
        "go to her", "go to their", r"let (?:the |your )?\w+ back in",
        r"(?:go|come) back (?:down|downstairs|up|upstairs|out|outside|over|round)",
        "move her", "move him", "move them", "smok\\w*",
        r"(?:help|get|lift|pull|take) (?:her|him|them) out", r"sit (?:her|him|them) up",
        "drive over", "drive round", "drive there", "drive around", "go looking",
        # going where the danger was, or setting off: "it's safe to go and get the kids",
        # "you're fine to head to the hospital" ("go upstairs" may be the advice itself)
        r"go (?:back )?inside", r"go (?:back )?into", r"go and (?:get|fetch)",
        "set off", r"head (?:to|off|out|over|back|home)",
        r"go (?:out )?looking", "go and look", "go out and look", "go round there"),
    # the caller speaking aloud is what the silent solution spares them: "you don't need
    # to say anything, tap once for yes" is the advice; "you can talk now" lifts it
    "silent_solution": pattern(r"say (?:anything|a word|something)(?! (?:to|about|else) )",
                               r"(?:speak|talk)(?: to me)?(?= (?:now|normally|out loud|up|"
                               r"again)| $)", "out loud", "answer me", "answer out loud"),
    "crime_prevention": pattern(r"leave \w+ unlocked", "leave it unlocked",
                                r"leave (?:the |your )?(?:\w+ )?keys",
                                "leave your keys", "leave the window open", "not lock"),
}
NOT_NEEDED = pattern(
    "no need", "do not need to", "do not need", "does not need to", "need not",
    # the need denied with the thing needless as the subject, whoever's need it is (the
    # definitions): "this bit doesn't need the council", "your date of birth isn't
    # something I need", "the council's not something you need to bother with" (v28,
    # training m)
    "does not need",
    # ("'s" is dropped by `spelled`: "the council not something you need")
    r"not (?:really )?(?:something|anything|a thing) (?:that )?(?:i|we|you)"
    r"(?: (?:really|actually|even|will|would))? (?:need|have to|have got to)",
    "do not have to", "does not have to", "not necessary", "not needed", "no longer need",
    "will not need", "shall not need", "will not be needing", "not going to need", "not required",
    "not going to ask", "will not ask", "will not be asking", "am not asking", "no more need",
    "any more need", "not have to",
    "no reason to", "no point", "not worth",
    # said before and still so: "I told you you didn't need to press anything else"
    "did not need", "never needed to",
    # no hurry to do it: "there's no rush to get new locks fitted", "I'd not rush out for
    # a camera today" ("no rush" alone comforts: PSEUDO)
    r"no (?:rush|hurry) to", r"(?:would|should)(?: (?:probably|really|just))? not rush",
    # the need denied, hedged: "I don't think you need to ring them yourself"
    r"(?:do not|would not) think (?:that )?(?:you|we|i) (?:need|have|will need|would need) to",
    # and with the need itself denied: "I don't think there's any need for me to take your
    # date of birth" (v40; the hedge "I don't think we need…" is every older set's)
    r"(?:do not|would not) think (?:that )?there is (?:any|a|much) need",
    # not wanted by the handler: "I'm not after a description of the car"
    r"(?:i am|we are) not (?:after|wanting)",
    # "there's no reason for you to stay on": no reason for anyone to is no need to
    r"no (?:reason|call) for (?:you|me|us|anyone|him|her|them) to",
    # the need named as a call, a duty or a necessity: "there's no call to ring them",
    # "there is no requirement to keep it as it is"
    r"no (?:call|requirement|necessity) (?:for (?:you|me|us|anyone|him|her|them) )?to",
    "no requirement",
    # not bound to: "you're not obliged to stay on", "you're under no obligation to"
    "not obliged to", "not expected to", "under no obligation", "not required to",
    "not be required to", "not be expected to",
    # the thing itself said needless: "no interpreter needed", "no statement required"
    r"no (?:\w+ ){1,3}(?:needed|required|necessary)",
    # the scene handed back: "the scene's been released", "it's released now"
    r"(?:scene|it|room|house|kitchen) (?:is|has been) released",
    # expected by no one: "nobody's expecting you to keep it all as it is"
    r"(?:nobody|no (?:one|1)) (?:is |will be |would be )?expect\w* you to",
    "do not bother", "do not worry about",
    "should not need", "will not have to", "not be necessary", "no longer necessary",
    # the need denied in the future passive, the thing its subject: "your date of birth
    # won't be needed", "a statement won't be required" (as "it's not needed" is now)
    r"not be (?:needed|required)",
    "not essential", "not important", "up to you whether", "if you would rather not",
    "if you would sooner not",
    "if you do not want to", "you can skip", "not a requirement", "not compulsory",
    # "there's nothing you need to do about locks": what is needed is nothing
    "nothing (?:more |else )?you (?:need|have) to", "nothing (?:more |else )?(?:you )?need doing",
    # nothing of a place needed so by the service: "there's nothing in the front room we
    # need left as it is" (v34; the scene's keeping said needless, `reading._KEEPING_DENIED`)
    r"nothing (?:in|of|from|about) (?:\w+ ){1,4}?(?:we|they|the officers|the police) need",
    # "I wouldn't bother putting locks on": advised as not worth doing
    "would not bother", "not bother",
    # "it doesn't matter about the drawers now": what does not matter is not needed
    # ("doesn't matter if you touch it" permits: PERMISSION)
    r"(?:does|do) not matter(?!(?: now| then| any more)? if you)",
    # "don't feel you've got to leave the mess": not to feel obliged is not to need to
    r"do not feel (?:like )?you (?:have got to|have to|need to|must|should)",
    # "nobody needs the glass left": needed by no one is not needed
    # ("one" is spelled "1" by `words`)
    # (and has to by no one: "no one has to come out tonight", v45's "nobody needs to")
    r"(?:nobody|no (?:one|1)) (?:needs|will need|is going to need|has to|will have to)",
    # The waivers' families (`waivers`), said of any intent. A sense, use or reason denied:
    # "no sense me asking", "it's pointless you going over it", "no call for leaving it"
    r"(?:no|little|not much) (?:real |great )?(?:sense|use|point)(?: in)?"
    r"(?: (?:me|us|you|my|our|your))?(?= (?:\w+ing|to) )", r"pointless",
    r"no (?:call|reason|point) for",
    # the trouble lifted: "don't put yourself out", "don't go to any trouble over it"
    r"do not (?:go )?(?:put yourself out|trouble yourself|bother yourself|go to (?:any|the|all"
    r" that) (?:trouble|bother|effort)|(?:rack|wrack) your brains?)",
    r"(?:save|spare) yourself the (?:trouble|bother|effort|job)",
    # stopped, by leave: "you can stop looking for it", "feel free to give up on the plate"
    r"(?:you can|you could|feel free to|fine to|ok to|all right to) (?:stop|quit|give up|"
    r"leave off)",
    # done without: "we can do without your mobile", "I'll manage without it"
    r"(?:can|could|will|shall|able to)(?: (?:just|easily|probably))? (?:do|manage|cope|get by|"
    r"make do|carry on|go ahead|proceed|continue|go on|live) without",
    # the handler declining to go into it: "let's not go into that", "I won't make you
    # go over it again", "we're not going to go through it all"
    r"let us not (?:bother|(?:go|get) (?:into|over|through))",
    r"(?:i|we) (?:will not|shall not|am not going to|are not going to)(?: (?:make|have) you)?"
    r" (?:go|get) (?:into|over|through|back over)",
    r"(?:will not|not going to) (?:make|have) you (?:repeat|go|tell|say|list|describe|spell)",
    # leave given not to: "it's fine not to tell me", "you're alright not to answer"
    r"(?:fine|ok|all right|no problem|acceptable|understandable)(?: (?:for you|by me|with me|"
    r"with us))? not to", r"(?:free|welcome) not to", r"(?:choose|decide|opt) not to",
    # the handler's need of nothing: "there's nothing more I need from you on that"
    r"nothing (?:more |else |further )?(?:that )?(?:i|we) (?:need|have to)",
    # advised as not worth a worry: "I'd probably not worry about new locks"
    r"(?:would|should)(?: (?:probably|really|honestly|just))? not (?:worry|bother)"
    r"(?: (?:about|with))?")
PERMISSION = pattern(
    "you can", "you could", "you may", "fine to", "ok to", "okay to", "all right to",
    "free to", "feel free", "go ahead", "good to", "allowed to", "safe to now",
    "happy for you to", "no problem if you", "it is fine", "that is fine", "welcome to",
    "nothing stopping you", "safe to", "fine for you to", "ok for you to", "no harm in",
    "fine if you", "ok if you", "by all means", "whenever you want", "whenever you like",
    "if you want to", "if you like", "if you want", "go on and", "you are clear to",
    # the caller's preference allowed: "if you'd rather hang up now, that's fine"
    "if you would rather", "if you would sooner", "if you would prefer", "if you prefer",
    "if you would like to",
    "as you like", "as you want", "as you please",
    # what no longer matters is allowed: "it doesn't matter now if you touch the handle"
    r"matter (?:now |then |any more )?if you",
    "you are able to",
    # no ground left against it: "there's no reason not to clean up the back door now"
    r"no (?:reason|cause) (?:for you )?not to",
    # someone else let do it: "it's fine for your son to come and help you clear up"
    r"(?:fine|ok|all right) for (?:your |the |his |her |their )?\w+ to")
PROHIBITION = pattern("do not", "never", "try not to", "best not to", "avoid", "no",
                      "please do not", "must not", "should not", "stop", "refrain from",
                      "hold off", "wait before", "not to", "can not", "not yet", "not until",
                      # put off: "I'd hang fire on tidying up until they've been"
                      "hang fire", "hold fire",
                      "nobody", "no one", "not", "without",
                      # "the less you move about in there the better": less of it is better
                      "the less")
REFUSAL = pattern(
    "not going to", "will not", "can not", "could not", "am not able", "are not able",
    "unable to", "refuse", "nothing to apologise", "no apology", "not apologis\\w+",
    "not sorry", "not give", "do not have",
    # refused as it is said: "I'm not giving you a crime number tonight" (v17, v30)
    r"not giving (?:you|out|one|a|an|any)", "have not got", "no reference", "not allowed to",
    # the word withheld: "I'm not saying sorry for that", "that's not an apology I can give"
    r"not (?:saying|going to say|about to say|gonna say) sorry", r"not (?:a|an|any) apology",
    "not able to", "no way", "would not", "not in a position to", "not possible",
    "we do not", "i do not",
    # "there's nothing for us to apologise for": nothing owed is none given
    # (but "you've nothing to be sorry for" comforts the caller)
    r"nothing for (?:us|me|the \w+) to apologis\w+",
    # "that's not something I'll be saying sorry for": not a thing the handler does
    # ("that's not something I'm able to say sorry for", v30, as "I'm not able to", v13)
    r"not something (?:i|we) (?:will|would|can|am going to|are going to|shall|am able to|"
    r"are able to)",
    # "it's not for me to apologise": not the handler's place is not done
    r"not for (?:me|us|the \w+) to",
    # "nobody here is going to say sorry": done by no one is not done
    r"(?:nobody|no (?:one|1))(?: \w+){0,3} (?:is going to|will|would|can)",
    # owed by no one: "nobody owes you an apology here"
    r"(?:nobody|no (?:one|1))(?: \w+){0,2} (?:owes|is owed)",
    # "there isn't a reference I can give you": none to give is none given
    r"(?:there is|there are) (?:not|no)(?: a| an| any)?(?: \w+){1,2} (?:i|we) can",
    # "we can carry on without an interpreter": done without it, it is not needed
    r"(?:carry on|manage|go ahead|continue|do) without",
    # "that's not an apology I can give you": named as a thing the handler cannot give
    r"not (?:a|an|any|the) (?:\w+ ){1,2}(?:that )?(?:i|we) (?:can|could|am able to|are able to|"
    r"will|would|am going to|are going to)")
# Told not to get in touch with an agency: the opposite of directing them to it ("don't go
# ringing the council", "never bother phoning 111 for this", "don't be ringing them"). Other
# advice said with "don't" is the advice itself ("don't touch the door").
# (getting in touch said with a phrasal verb too: "don't get on to the council about this
# one", "never get in touch with them for this"; the same verbs `_PHRASAL` of `waivers`
# reads as a deed, no detail, in "no need to get on to the council")
_AGENCY_FORBIDDEN = re.compile(r" (?:do not|never|try not to|best not to|forget(?: about)?|"
                               r"would not bother|i would not)(?: go| bother| be)? "
                               r"(?:(?:ring|call|phon|contact|report|email|writ|complain)\w*|"
                               r"get(?:ting)? (?:on to|onto|in touch with|hold of) )")
# Told not to buy or pay out for a measure: "don't go spending money on cameras", "never
# mind splashing out on a new lock" (the advice against leaving keys out is OPPOSITE's).
_OUTLAY_FORBIDDEN = re.compile(r" (?:do not|never|would not|should not)(?: \w+)?"
                               r"(?: go| rush out and| bother| be)? (?:spend\w*|buy\w*|bought|"
                               r"splash\w* out|fork\w* out|shell\w* out|invest\w* in) ")
# Kept out of it: "leave the housing association out of it", "keep the council out of this".
# The matter said not to be the agency's: "it's not one for the council", "that isn't a
# council matter" (said of the police, "this isn't one for us", it sends them elsewhere).
_NOT_THEIRS = re.compile(r" (?:is|was|are) not (?:really |actually |strictly )?(?:"
                         r"(?:one|1|a job|a matter|something|a thing) for "
                         r"(?!us |the police |police )"
                         r"|(?:a|an) (?!police )\w+ (?:matter|job|issue|thing) "
                         r"|something (?:the|that) (?!police )\w+ (?:\w+ )?(?:deal|handle|sort))")
# The matter said to be the police's own: "this one's for us", "it's a police matter" (kept,
# not sent elsewhere; "isn't one for us" is `_NOT_THEIRS`'s mirror and sends them on).
# (`spelled` makes "this one's" "this 1")
_OURS = re.compile(r" (?:this|that|it)(?: one| 1)?(?: is| s)? (?:definitely |really |very much |"
                   # (or said to need the police: "this one needs us", "this needs us")
                   r"still |just )?(?:(?:one|1|a job|a matter) for (?:us|the police)|for us|"
                   r"needs (?:us|the police)|"
                   # (or the police's own to deal with: "it's ours to deal with", v12, v14,
                   # v47 and four training authors)
                   r"ours(?: to (?:deal with|sort|sort out|handle|look into))?|"
                   r"a police (?:matter|job|one|issue))(?: \w+){0,2} $")
# (the handler's own keeping too, and the matter said as "this one": "I'm keeping the
# council out of this one", v39, as "keep the council out of it for now" is, v36)
_LEFT_OUT = re.compile(r" (?:leave|leaving|keep|keeping) (?:\w+ ){1,4}out of (?:(?:it|this|that)"
                       r"(?: one| 1)?|things|(?:the|this|"
                       r"that) (?:\w+ ){0,3}(?:side|part|bit|end) of (?:it|this|that|things)) ")
_BY_NOBODY = re.compile(r" (?:nobody|no (?:one|1)) ")
# (comfort said as a worry put aside: "don't worry", "I wouldn't worry about it")
_WORRY = re.compile(r" (?:(?:i|we) )?(?:do not|(?:would|should)(?: \w+)? not) worry ")
# A worry said needless comforts as "don't worry" does (the definitions: "don't worry" alone
# comforts): "you don't need to worry, the officers are on their way", "there's no need to be
# scared", "you don't have to feel embarrassed".
_WORRY_NEEDLESS = re.compile(r" (?:to )?(?:worry|fret|panic|(?:be|feel) (?:worried|scared|"
                             r"frightened|embarrassed|ashamed|afraid|nervous|silly))\b")
# A reproach denied is comfort, not comfort refused: "I don't blame you", "we wouldn't judge
# you for ringing", "I don't think any less of you" (the refusal's verb is itself the
# caller's worry, so denying it comforts, as "nobody's going to think …" does).
_REPROACH = re.compile(r" (?:(?:really|ever|at all|for (?:a|one) (?:minute|second)) )?"
                       r"(?:blam\w*|judg\w*|criticis\w*|hold (?:it|that|this|anything) against|"
                       r"think (?:any )?(?:less|badly|worse) of) ")
# The thing said not to exist is not given: "there's no crime number for this one" (not
# comfort: "there's nothing to worry about" reassures).
# An apology said not to be owed: "the officer doesn't owe you an apology", "we don't owe
# anyone an apology for that" (as "there's no apology owed" is one not given).
_NOT_OWED = pattern(r"(?:do|does|did|will|would|should) not owe")
_NONE_GIVEN = pattern(r"(?:there is|there are|there will be) (?:no|not (?:a|an|any))")
# What happens next, told either way: "we'll send officers" does it; not saying
# (UNTOLD) and the service declining to act ("we won't be sending anyone tonight",
# "nobody's going to come out", "the officer doesn't need to ring you again") deny it:
# every separate author labels a refusal of the next step its opposite.
EITHER_WAY = frozenset({"next_steps"})
# A thing the handler does, put aside: "don't worry about an interpreter", "don't bother
# with the reference" (PSEUDO takes "don't worry" alone as comfort).
_NO_BOTHER = re.compile(r" do not (?:you )?(?:worry|bother|fret)(?: yourself)? (?:about|with) ")
# A measure put aside as a worry: "don't go worrying about new locks today", "don't worry
# about getting a camera fitted" (not "don't leave the keys out", which advises).
_MEASURE_PUT_ASIDE = re.compile(r" do not (?:you )?(?:go |be )?(?:worry\w*|bother\w*|fret\w*)"
                                r"(?: yourself)? (?:about|with) ")
# Steered to something else instead: "that'll sort it quicker than a formal complaint",
# "a word from his sergeant rather than an apology" (the thing is not done).
_STEERED_FROM = pattern(r"(?:quicker|easier|better|simpler|faster|sooner) than", "rather than",
                        "instead of")
# English said to be enough: "feel free to carry on in English", "you can answer me in
# English" (no interpreter needed; not "you can't talk in English").
# (not the caller's English judged, which may be checked: "you're alright in English,
# aren't you?")
_ENGLISH_WILL_DO = pattern(r"(?:carry\w* on|answer\w*|continu\w*|go on|keep going|speak\w*|"
                           r"talk\w*) (?:\w+ ){0,2}in english")
_NOT_ENGLISH = pattern("not", "no", r"struggl\w*", "hard", "difficult")
# The thing itself named in its own words, to tell which side of "rather than" it is on:
# "it has to be recorded formally rather than sorted out over the phone" records it.
# The matter settled informally, the way a formal step is not taken ("we can sort it
# informally", "I can get it resolved informally with his sergeant": two blind authors, two
# sets apart, marked neither the complaint recorded; the scenario's own failing log words are
# "resolved informally"). Not denied: "it can't be sorted informally", "too serious to sort out
# informally" is the reason for the formal step (`informal_only`); the analysis reads
# such a clause as the complaint not recorded (`polarity`), the marker doubts a reading of it.
INFORMALLY = pattern(r"(?:sort|sorts|sorted|sorting|resolve|resolves|resolved|resolving|"
                     r"deal with|dealt with|dealing with|handle|handled|handling|settle|"
                     r"settled|settling)(?: \w+){0,4}? informally")
INFORMAL_DENIED = frozenset({"not", "never", "no", "too", "rather"})


def informal_only(clause: str) -> str | None:
    """The words, in a spelled clause, that settle the matter informally (`INFORMALLY`),
    quoted; None when there are none or they are denied a few words before."""
    for found in overlapping(INFORMALLY, clause):
        if not INFORMAL_DENIED.intersection(clause[:found.start() + 1].split()[-4:]):
            return found.group().strip()
    return None


_DONE_NAMED = {"complaint_recording": pattern(r"record\w*", r"formal\w*", "schedule 3"),
               "apology": pattern(r"sorry", r"apolog\w+")}
# A complaint settled there and then, as what is refused ("it can't be resolved informally",
# "I won't be resolving this over the phone", "it's not something I can sort out over the
# phone"): the way left is to record it, so the recording is what is explained (every
# author labels it so; not "I'm not going to go through the informal option", which
# explains neither).
_SETTLED_NOW = re.compile(r" (?:to )?(?:just |really |simply )?(?:be )?(?:resolv\w*|"
                          r"sort\w* (?:\w+ ){0,2}?out|sorted|"
                          r"deal\w* with (?:it|this|that) (?:here|now|informally|over))\b")
# What the caller is spared by a step, said after it: "…, so you won't have to ring us".
_SPARED = re.compile(r" so (?:that )?you $")
# Refusing to do a thing without another promises the other: "I won't close it without…".
_WITHOUT = pattern("without")
# Not saying what happens next: the opposite of next_steps.
UNTOLD = pattern("can not tell you", "can not say", "do not know what", "could not tell you",
                 "not able to tell you", "no idea what", "not sure what will",
                 "not going to tell you",
                 # not promising it: "I can't promise anyone will come out tonight", "I
                 # can't give you a time for when someone will be out"
                 "can not promise", "not going to promise", "will not promise",
                 "can not guarantee", "no guarantee", "can not give you a time")
# The handler declining to give the advice: "I'm not going to pass you on to 111", "I
# won't be telling you to stay in" (not "I wouldn't go out there", which advises).
HANDLER_REFUSES = pattern("i am not going to", "we are not going to", "i will not", "we will not",
                          "i am not gonna",
                          # not only that: "I'm not just going to hand you a 111 number"
                          r"(?:i am|we are) not just (?:going to|gonna)",
                          # "I'm not passing this to the council again": refused as it is said
                          r"i am not (?!(?:going|saying|asking|telling)\b)\w+ing",
                          r"we are not (?!(?:going|saying|asking|telling)\b)\w+ing")
# The handler naming what they will do themselves ("I'm going to have to …", "I'll …").
_HANDLER_DOES = pattern("i am going to", "i am gonna", "i will", "we will", "we are going to",
                        "i will have to", "i am going to have to", "i have got to",
                        "i have to", "we have to")
# Permission to stop what the advice asks: "you can stop tapping now".
_STOP_PERMITTED = re.compile(r" (?:to )?(?:stop|quit) \w+ing ")
NEEDLESS_REACH = 4  # words from "no need to" to the act it says is not needed
# The danger said to be none: "it's quite safe", "there's no danger there", "it's
# perfectly safe where it is" (not "safe to …", a leave weighed as one, nor "if it's safe").
_DANGER_DENIED = re.compile(r" (?:it is|that is|they are|it will be|it should be)"
                            r" (?:quite |perfectly |completely |totally |absolutely )?safe"
                            r"(?! to )(?! (?:for|if|as long) )"
                            r"| there is (?:no|not any) (?:danger|risk)(?! (?:of|to|if) )")
_CONDITIONAL = pattern("if", "unless", "when", "until", "till", "once", "as long as", "not")
# Put off until later: "… till they've been", "… until the CSI has had a look".
# The end of what is advised: "stay where you are until …"
_UNTIL = re.compile(r" (?:till|until|til) ")
_DEFERRED = re.compile(r" (?:till|until|til|before) (?!now )")
# A plain leave given (not "you can", which may suggest: "you can put a chair against the
# door"): "you're fine to put the kettle on" lifts the advice, said now or not.
_PLAIN_LEAVE = pattern("fine to", "ok to", "okay to", "all right to", "free to", "feel free",
                       "fine for you to", "ok for you to", "welcome to")
_LIFTED = pattern("now", "again", "any more", "anymore")
# Leave given someone named ("it's fine for Mr Khan to …", "ok for your son to …").
_LEAVE_FOR_SOMEONE = re.compile(r" (?:fine|ok|okay|all right) for (?:\w+ ){1,3}?to ")
# What advice asks for, permitted: still the advice ("you can lock the door now").
_ADVISED = re.compile(r" (?:to )?(?:lock|stay|keep|press|tap|cough|ring|call|phone|hold|wait|"
                      r"shut|close) ")
# Look like negation, are not (NegEx's pseudo-triggers).
# ("don't worry about noting the number" says the noting is not needed: NOT_NEEDED)
PSEUDO = pattern("not only", "no doubt", r"do not worry(?! about \w+ing)", "no problem",
                 # a reason to keep safe, no leave: "his tools aren't worth getting hurt for"
                 r"not worth (?:getting|being) (?:hurt|injured)", "not worth the risk",
                 r"not worth risking",
                 # the risk weighed, no leave: "don't go after them, it's not worth it" (not
                 # "not worth it to ring them", a need denied)
                 r"not worth it(?! (?:to|for (?:me|you|us|them) to) )",
                 "no worries", "not sure", "whether or not", "if not", "no matter",
                 # ("I'm not just going to give you a number" refuses: HANDLER_REFUSES)
                 r"not just(?! (?:going to|gonna) )", r"no rush(?! to )",
                 # "if possible", no leave: "try not to use the back door if you can help it"
                 # (ten authors, v7 to v29, the training and held-back sets)
                 r"if you can (?:help|avoid) it")
TERMINATORS = pattern("but", "though", "however", "although", "except")
# A new order after "just": "you don't need to talk, just keep the line open" (what went
# before is said not needed; the advice is the order).
# (not "just listen": "no need to tap anything, just listen to me" waives the tapping)
_NEW_ORDER = re.compile(r" just (?=(?:stay|keep|hold|wait|tap|press|lock|make sure) )")
_QUESTION_TAG = pattern("do you", "is it", "is she", "is he", "are you", "are they",
                        "have you", "has he", "has she", "can you", "will you", "did you",
                        "was it", "was he", "was she",
                        # the handler's own need put to the caller: "we won't need an
                        # interpreter for you, will we"
                        "will we", "do we", "would we")
# A reported question ending the clause: "… whether the kids are there", "… if she is"
# (its verb and subject are the question told of, no tag put to the caller).
_REPORTED = re.compile(r" (?:whether|if) (?:\w+ ){1,4}(?:is|are|was|were|do|does|did|has|have|had|"
                       r"can|could|will|would|should)(?: not)? (?:he|she|it|they|you|there|we|i)"
                       r" $")
_LAST_WORD_TAG = pattern("right", "yeah", "yes", "ok")
# "right" said of something, no tag: "the grading was right", "you did it right"
# (nor "ok" said of a leave: "if you'd rather not say, that's ok", unpunctuated)
_SAID_RIGHT = re.compile(r" (?:is|was|were|are|be|been|s|did it|got it|done it) (?:all |just )?"
                         r"right $| (?:that|it) (?:is|s|will be|would be) (?:absolutely |"
                         r"perfectly |totally |completely |quite |all |just )?ok $")
# "…, did he?", "…, hadn't he?", "…, aren't they?", "…, is there?": a statement's tag
# (not after its own subject: "…, I have it" states; "…, have you?" asks; nor ending a
# relative clause: "the lads who did it", "the one that was there", nor a free
# relative: "describe whoever did it")
# (nor a verb's own auxiliary after a modal: "the camera may have it", "they'll have it")
_AUX_TAG = re.compile(r"(?<! i)(?<! we)(?<! you)(?<! they)(?<! who)(?<! that)(?<! which)"
                      r"(?<! whoever)(?<! whatever)(?<! whichever)"
                      r"(?<! what)(?<! may)(?<! might)(?<! will)(?<! would)(?<! could)"
                      r"(?<! should)(?<! must)(?<! can)(?<! to) (?:is|are|was|were|do|does|did|has|"
                      r"have|had|can|could|will|would|should)(?: not)? (?:he|she|it|they|you|"
                      r"there|we|i)(?: not)? $")
# "…for you, is there?", "…to you, was it?": "you" before a verb that cannot be its own
# ("you is") is the object of what came before, and the tag follows it.
_TAG_AFTER_YOU = re.compile(r" you (?:is|was|has|does)(?: not)? (?:he|she|it|there)(?: not)? $")
# ("just" before a question word and its inverted verb asks: "you don't need her date of
# birth, just roughly what time did she leave school?", "…, just where is he now?": the thing
# wanted in place of a question waived, put as a question, v39 and v30's author; "…, just
# where the car is" names it, a statement's order)
_COMMANDS = re.compile(r" (?:(?:and|so|now|right|ok|well|then) )*(?:do not|never|please|"
                       r"just(?! (?:(?:roughly|approximately|about|around|exactly|precisely) )?"
                       r"(?:what|where|when|who|whose|which|how|why)(?: \w+)? (?:is|are|was|were|"
                       r"did|do|does|has|have|had|can|could|will|would) )) ")
# "Do feel free to go", "do take care": "do" before a verb with no subject stresses an
# order; a question's "do" has its subject next ("do you…", "do the kids…").
_EMPHATIC_DO = re.compile(r" (?:(?:and|so|now|right|ok|well|then) )*do (?!(?:not|you|we|i|they|he|"
                          r"she|it|the|your|any|anyone|anybody|all|both|these|those|this|that|"
                          r"either|his|her|their|my|our|people|kids|children|police|officers|"
                          r"[a-z]+[^s]s) )[a-z]+ ")


def in_scope(clause: str) -> str:
    """The part of a clause a trigger at its start governs: up to the first terminator."""
    # (without a name said to the caller at its end: "do feel free to go, Dawn")
    text = spelled(without_name_after(clause))
    cut = TERMINATORS.search(text)
    return text[: cut.start() + 1] if cut else text


# A thing put aside, said as an order at the clause's opening: "forget the reference number
# for now", "never mind his age", "let's skip the plate", "leave the callback for now" (not
# "never mind, I'll ring you": comfort, then a clause of its own).
PUT_ASIDE = re.compile(
    r"^ (?:(?:so|and|but|right|ok|now|well|look|oh|just|also|then|yeah|honestly|actually) )*"
    r"(?:(?:forget|never mind|skip|(?:let us|we can|we will|you can|you could) (?:skip|forget))"
    r"(?: about)? "
    r"(?!(?:i|we|you|he|she|they|it is|that is|there)\b)"
    # the handler's own plan: "I'll skip the plate for now", "I'm going to skip his age"
    # (said as it is done, too: "I'm skipping the reference number for now")
    r"|(?:i|we) (?:(?:will|am going to|are going to|am gonna|can|could) (?:just )?skip|"
    r"(?:am|are) (?:just )?skipping) "
    r"(?!(?:i|we|you|he|she|they|it is|that is|there|to)\b)"
    r"|(?:(?:let us|we can|we will|i will|i can) )?leave (?=(?:\w+ ){1,5}(?:for now|"
    r"for the moment|for the time being|aside|to one side|till later|for later|"
    # put off to the call's end: "we can leave the reference till the end"
    r"(?:till|until|to|for) (?:the )?end|till last|until last) ))")


# The interpreter let go or stood down: "you can let the interpreter go now", "we'll
# release the interpreter", "I'll stand the interpreter down".
INTERPRETER_LET_GO = re.compile(
    r" (?:let|letting) (?:the |our |your )?(?:\w+ )?interpreter go "
    r"| (?:release|releasing|stand|standing) (?:the |our |your )?(?:\w+ )?interpreter"
    r"(?: down)? ")


# The silent caller's signal forbidden again (the definitions: "telling the caller they need
# not press or tap again is `silent_solution` `negate`"): "don't press five five again",
# "don't tap any more" (not "don't press anything until …", nor "don't speak, just tap").
# (its worry lifted too: "don't you worry about coughing again")
_SIGNAL_NOT_AGAIN = re.compile(r" (?:please )?(?:do not|never) (?:you )?(?:(?:worry|bother|fret)"
                               r"(?: yourself)?(?: about| with)? )?(?:keep )?(?:press|tap|cough)\w*"
                               r"(?: \w+){0,3}? (?:again|any more|anymore)(?: now)? $")


def polarity(intent: str, clause: str, asking: bool) -> Polarity:
    """Whether `clause` does `intent` (affirm) or its opposite (negate)."""
    text = PSEUDO.sub(" ", in_scope(clause))
    if intent not in ADVICE and intent != "reassurance" and not asking and PUT_ASIDE.match(
            text):
        return "negate"  # "forget the reference number for now": not given, not asked
    if intent == "signpost" and (_AGENCY_FORBIDDEN.search(text) or PUT_ASIDE.match(text)
                                 or _LEFT_OUT.search(text) or _NOT_THEIRS.search(text)
                                 or _OURS.search(text) or (not asking and not_for_an_agency(
                                     clause))):
        # "don't go ringing the council", "forget the council for now", "leave the housing
        # office out of it": told not to contact the agency
        return "negate"
    if intent == "crime_prevention" and not asking and (
            PUT_ASIDE.match(text) or _OUTLAY_FORBIDDEN.search(text)
            or _MEASURE_PUT_ASIDE.search(in_scope(clause))):
        # "forget about property marking for now", "don't go spending money on cameras
        # yet": the measure put aside, not advised
        return "negate"
    if intent == "silent_solution" and not asking and _SIGNAL_NOT_AGAIN.search(text):
        return "negate"  # "don't press five five again": the caller need not press again
    if intent in ADVICE:
        order = _NEW_ORDER.search(text)
        return _advice(intent, text[order.start():] if order and order.start() else text)
    if intent in EITHER_WAY:
        return _either_way(text, asking)
    if intent == "reassurance":
        # comfort is often a worry denied: "nobody's going to think you're wasting our
        # time", "don't worry about ringing back" comfort; the handler declining to comfort
        # ("I can't tell you she'll be okay") is its opposite
        return "negate" if _comfort_refused(text) and not asking else "affirm"
    if intent in DOING and not asking and _NO_BOTHER.search(in_scope(clause)):
        return "negate"  # "don't worry about the reference for now": not needed, not given
    if intent == "language_needs" and not asking and (INTERPRETER_LET_GO.search(text) or (
            (english := _ENGLISH_WILL_DO.search(text)) is not None
            and not _NOT_ENGLISH.search(text[: english.end()]))):
        # "feel free to carry on in English", "we can let the interpreter go now": no
        # interpreter needed
        return "negate"
    if intent in DOING:
        return _done(intent, text, asking)
    if asking:
        return "affirm"
    # (the handler withholding it asks nothing: "I'm not going to tell you whose car it is")
    return "negate" if NOT_NEEDED.search(text) or NOT_SAYING.search(text) else "affirm"


def _comfort_refused(text: str) -> bool:
    """Does the spelled clause decline to comfort, not deny a worry? A worry said needless
    ("you don't have to worry", "no need to be scared") comforts, whatever trigger its
    need's denial shares with a refusal ("do not have")."""
    needs = overlapping(NOT_NEEDED, text)
    worry_denied = [range(m.start(), m.end()) for m in needs
                    if _WORRY.match(m.group()) or _WORRY_NEEDLESS.match(text, m.end() - 1)]
    return any(not _BY_NOBODY.match(m.group()) and not _WORRY.match(text, m.start())
               and not _REPROACH.match(text, m.end() - 1)
               and not any(m.start() in span for span in worry_denied)
               for m in overlapping(REFUSAL, text)) or any(
        range(m.start(), m.end()) not in worry_denied for m in needs)


def _done(intent: str, text: str, asking: bool) -> Polarity:
    """A thing the handler does (records, apologises, refers), done (affirm) or refused,
    not needed or steered away from (negate)."""
    steered = _STEERED_FROM.search(text)
    named = _DONE_NAMED.get(intent)
    if steered and named is not None and named.search(text[: steered.start() + 1]) and (
            not named.search(text[steered.end() - 1:])):
        steered = None  # "recorded formally rather than sorted out on the phone": done
    refused = (REFUSAL.search(text) or NOT_NEEDED.search(text) or _NONE_GIVEN.search(text)
               or steered or (intent == "apology" and _NOT_OWED.search(text)))
    if intent == "complaint_recording" and refused and _SETTLED_NOW.match(
            text, refused.end() - 1) and not _DONE_NAMED[intent].search(
            text[refused.end() - 1:]):
        refused = None  # "it can't be resolved informally": the other way, so recorded
    if intent == "complaint_recording" and not refused and informal_only(text) and (
            not _DONE_NAMED[intent].search(text)):
        # "we could probably sort this out informally", with no formal route beside it:
        # the complaint settled without being recorded (the options explained name both)
        return "affirm" if asking else "negate"
    return "negate" if refused and not asking else "affirm"


def _either_way(text: str, asking: bool) -> Polarity:
    """What happens next, told (affirm) or declined or not told (negate)."""
    declined = REFUSAL.search(text) or NOT_NEEDED.search(text)
    if declined and _WITHOUT.search(text[declined.end() - 1:]):
        declined = None  # "I won't close it without ringing you": a promise to ring
    if declined and _SPARED.search(text[: declined.start() + 1]):
        # "I'll ring you myself so you won't have to chase us": what the caller is spared
        # by the step promised, not the step refused
        declined = None
    return "negate" if (UNTOLD.search(text) or declined) and not asking else "affirm"


def _held_by_its_own_words(text: str, against: re.Match[str]) -> bool:
    """Is the act against the advice kept from in the clause's own grammar, whatever
    leave is said near it? Said after "until", with no leave or need denied before ("stay
    put until they tell you it's safe to come out": the act is when the advice ends, not
    allowed now)."""
    until = _UNTIL.search(text[: against.start() + 1])
    if until is None or until.start() == 0:
        return False
    said = text[: until.start() + 1]
    return PERMISSION.search(said) is None and NOT_NEEDED.search(said) is None


# The police's own work at the scene, said with a word that is also the caller's act against
# the advice: "the CSI lady will want to dust them for prints", "till the officers have
# been to dust it" (dusting, in five authors' scene advice, v5 to v30, is the forensic
# officer's, given as the reason to leave things be). The act is theirs, not the caller's.
_POLICE_DO = re.compile(
    r" (?:csi|c s i|forensics?|(?:the )?forensic \w+|scenes of crime|soco|(?:the )?officers?|"
    r"(?:the )?police)(?: (?:lady|man|woman|bloke|team|people|officers?))? "
    r"(?:(?:will|would|can|could|may|might|have|has|had|are|is|need|needs|want|wants|going|"
    r"to|be|been|probably|just|also|definitely|likely|come|round|and|get|want to) )*$")


def _against_advice(intent: str, text: str) -> re.Match[str] | None:
    """The first act against the advice the spelled text names (`OPPOSITE`) that is not the
    police's own work (`_POLICE_DO`), or None."""
    opposite = OPPOSITE.get(intent)
    if opposite is None:
        return None
    return next((m for m in overlapping(opposite, text)
                 if _POLICE_DO.search(text[: m.start() + 1]) is None), None)


def _advice(intent: str, text: str) -> Polarity:
    if intent == "scene_preservation" and (_shut_by_leave(text) or examined_already(text)):
        # "you can go ahead and shut the back door now": the scene let go; "…, forensics
        # have finished with it": nothing left to keep
        return "negate"
    denied = _DANGER_DENIED.search(text) if intent == "safety_advice" else None
    if denied is not None and not _CONDITIONAL.search(text[: denied.start() + 1]):
        return "negate"  # "…, it's quite safe", "there's no danger there": nothing to avoid
    against = _against_advice(intent, text)
    needless = NOT_NEEDED.search(text)
    refused = HANDLER_REFUSES.search(text)
    if refused and (against is None or against.start() < refused.start()):
        return "negate"  # "I'm not going to fob you off to the council"
    if any(_STOP_PERMITTED.match(text[m.end() - 1:]) for m in overlapping(PERMISSION, text)):
        return "negate"  # "you can stop tapping now": the advice lifted
    if against is not None and _held_by_its_own_words(text, against):
        return "affirm"
    if needless and against is not None and against.start() < needless.end() - 1:
        against = None  # the act named inside the trigger ("do not bother") is no other act
    if needless and against is not None and len(
            text[needless.end() - 1: against.start() + 1].split()) > NEEDLESS_REACH:
        # "you don't have to leave it as it is, the van can be moved now": what is not
        # needed is the advice; the act far after it is not what is said to be needless
        against = None
    if needless and against is not None and against.start() > needless.start() and (
            _DEFERRED.search(text[against.end() - 1:])):
        # "I'd not bother clearing the drawers till they've been": the act put off until
        # then, which is the advice itself
        return "affirm"
    if needless:
        # "no need to touch anything": what is not needed is the opposite act; but "you
        # don't have to stay, you can hang up" permits it.
        if against is None or against.start() < needless.start():
            return "negate"
        permitted = PERMISSION.search(text[needless.end() - 1: against.start() + 1])
        return "negate" if permitted else "affirm"
    if against is None:
        return "negate" if _lifted(text) else "affirm"
    before = text[: against.start() + 1]
    # "don't clean up" is the advice; "if you have to move it, …" a condition on it;
    # anything else that brings up the opposite act permits it ("if you like, you can tidy
    # up"), tells them to do it or says the handler will do it ("I'm ending the call now").
    # The trigger nearest the act governs it: "you can't tidy up yet" forbids.
    # A trigger before the handler names their own deed does not reach past it: "if you
    # can't talk to me I'm going to have to end the call" is the call ended, not forbidden.
    own = max((m.start() for m in _HANDLER_DOES.finditer(before)), default=-1)
    # (a negative word inside a leave is part of it: "there's no reason not to tidy up",
    # "nothing stopping you clearing up")
    leaves = overlapping(PERMISSION, before)
    triggers: list[tuple[int, Polarity]] = [
        (m.start(), "affirm") for m in overlapping(PROHIBITION, before) if m.start() > own
        and not any(p.start() <= m.start() < p.end() - 1 for p in leaves)]
    # safety denied ("if it's not safe to talk, press 55") keeps from the act as a
    # prohibition does, and is no leave: "safe to" there permits nothing
    unsafe = overlapping(NOT_SAFE, before)
    triggers += [(m.start(), "affirm") for m in unsafe if m.start() > own]
    triggers += [(m.start(), "negate") for m in leaves
                 if m.start() > own and not any(u.start() < m.start() < u.end() for u in unsafe)]
    if triggers:
        return max(triggers)[1]
    said = before[own:] if own >= 0 else before  # a condition on the handler's deed is theirs
    return "affirm" if " if " in said or " unless " in said else "negate"


# Those who examine a scene said to be done with it: "forensics have finished with it", "the
# fingerprint officer's all done", "the CSI's been and gone", "they've got what they need".
# Every author of the burglary and van scenes (v10 to v23, v35, v36) gives it as the reason a
# scene is let go, and labels it so (spelled: "'s" is dropped, "haven't" is "have not",
# which this does not match).
_EXAMINED = re.compile(
    r" (?:csi|c s i|forensics?|forensic \w+|scenes? of crime(?: \w+)?|soco|crime scene \w+|"
    r"fingerprint \w+|finger print \w+|officers?|police|they)"
    r"(?: (?:lady|man|woman|bloke|fella|team|people|officers?|investigator))?"
    r"(?: (?:have|has|had|are|is|were|was))?(?: (?:now|all|just|already))?"
    r" (?:finished|all done|done (?:with|in|there)|been and gone|got (?:what|everything|all) "
    r"(?:they|she|he|we) (?:need|needs|needed|want|wants|wanted))\b")
# (said as a time the advice runs to, it is the advice: "don't touch it till the officers
# have finished with it", "once they've been and gone you can tidy" is a leave of its own)
_EXAMINED_WHEN = re.compile(r" (?:until|till|til|before|once|when|after|if|as soon as|unless) ")


def examined_already(text: str) -> bool:
    """Does the spelled clause say the scene's examiners are done with it, as a fact, not as
    the time a keeping runs to ("…, the officers have finished with the van")?"""
    done = _EXAMINED.search(text)
    if done is None:
        return False
    before = text[: done.start() + 1]
    return _EXAMINED_WHEN.search(before) is None and PROHIBITION.search(before) is None


# Safety denied: "it's not safe to talk", "if it isn't safe to speak" (spelled: "is not").
# The Silent Solution's own condition in three authors' silent calls (training a and b,
# v22), where "safe to" alone would be read as leave to talk (`scoring.doubts.unsafe` too).
NOT_SAFE = pattern(r"(?:not|never|no longer) (?:really |very )?safe (?:for you )?to")


# A door or a room shut: with leave, the scene let go ("you're fine to close the back door
# now"); told, or forbidden, it is the scene kept ("close the kitchen door and keep everyone
# out", "don't shut the gate yet"), so it is no act against the advice in OPPOSITE.
_SHUT = re.compile(r" (?:shut\w*|clos(?:e|ing)) (?:the|that|this|your|it|up)\b")


def _shut_by_leave(text: str) -> bool:
    """Is a door (or gate, room) shut with leave given for it, and nothing forbidding it?"""
    shut = _SHUT.search(text)
    if shut is None:
        return False
    before = text[: shut.start() + 1]
    allowed = [m.start() for m in overlapping(PERMISSION, before)]
    forbidden = [m.start() for m in overlapping(PROHIBITION, before)]
    return bool(allowed) and max(allowed) > max(forbidden, default=-1)


def _lifted(text: str) -> bool:
    """Is the advice lifted: a plain permission given now the danger or the need has passed
    ("it's alright to use the back door again", "you're fine to get out of the bedroom
    now")? Not a suggestion ("you could …") nor permission to do what is advised ("you can
    lock the door now")."""
    for allowed in overlapping(PERMISSION, text):
        if allowed.group().strip() == "you could" or PROHIBITION.search(
                text[: allowed.start() + 1]):
            continue
        after = text[allowed.end() - 1:]
        if text[: allowed.start() + 1].endswith(" if ") or PROHIBITION.match(after):
            # "if you can avoid handling the keys again": a request, not a permission
            continue
        if (_LIFTED.search(after) or _PLAIN_LEAVE.match(allowed.group())) and not (
                _ADVISED.match(after)):
            return True
    return False


# A barricade taken down: "you can move the chest of drawers away from the door now" (not
# keys kept away from the door, which is crime prevention).
_BARRICADE_LIFTED = re.compile(f" {_BARRICADE_MOVED} ")


# A thing or a room used, with its article (not the phone or the line, which are the call's).
_USED = re.compile(r" (?:go ahead and )?us(?:e|ing) (?:the|your) "
                   r"(?!(?:\w+ )?(?:phone|mobile|line|landline|number|app)\b)\w+")


def permitted_against(clause: str) -> tuple[str, ...]:
    """Each advice whose opposite act the clause permits: "feel free to sweep the glass up"
    permits what scene preservation advises against, "you're okay to move your car now"
    too ("get in touch" is no touching). Permission to do a thing is the opposite of the
    advice against it, whatever else the words resemble. Not when the permission is itself
    forbidden ("you can't tidy up yet") or what is permitted is stopping ("you can stop")."""
    text = PSEUDO.sub(" ", in_scope(clause))
    allowed = PERMISSION.search(text)
    if allowed is None or NOT_NEEDED.search(text[: allowed.start() + 1]):
        return ()
    if PROHIBITION.search(text[: allowed.start() + 1]) or PROHIBITION.search(
            text[allowed.end() - 1:]):
        return ()  # "you can't tidy up yet", "you can stop …": not a plain permission
    after = text[allowed.end() - 1:]
    if _BARRICADE_LIFTED.search(after):
        return ("safety_advice",)  # the barricade taken down, whatever else moving is against
    against = tuple(intent for intent, opposite in OPPOSITE.items() if opposite.search(after))
    if _PLAIN_LEAVE.match(allowed.group()) and _USED.match(after) and (
            "scene_preservation" not in against):
        # plain leave to use a thing or a room: "you're fine to use the Jazz", "okay to use
        # the bathroom" (not "you can use the front room", which may only suggest)
        against += ("scene_preservation",)
    if _SHUT.search(after) and "scene_preservation" not in against:
        against += ("scene_preservation",)  # leave to shut the door: the scene let go
    return against


# Looking out from where one is: "watch from the window", "have a look out of the window",
# "peek through the curtains". It touches nothing and goes nowhere, so leave to do it is
# against no advice: not scene preservation (don't touch, don't clean up, keep people out)
# nor safety (stay in, keep away from him), whatever advice about a window it resembles.
_LOOKING_OUT = re.compile(r" (?:(?:have|take) a )?(?:look\w*|watch\w*|peek\w*|peep\w*|"
                          r"keep an eye)(?: \w+){0,2}? (?:out of|out|from|through) "
                          r"(?:the|your|a|that|his|her) (?:\w+ )?(?:windows?|curtains?|blinds?) ")


def looks_out_only(clause: str) -> bool:
    """Does the clause only give leave to look out from where the caller is ("you're ok to
    look out the window", "you're fine to watch from the window")?"""
    text = PSEUDO.sub(" ", in_scope(clause))
    allowed = PERMISSION.search(text)
    if allowed is None or PROHIBITION.search(text) or NOT_NEEDED.search(text):
        return False
    after = text[allowed.end() - 1:]
    return _LOOKING_OUT.match(re.sub(r"^ to ", " ", after)) is not None and not any(
        opposite.search(after) for opposite in OPPOSITE.values())


def is_tag_question(clause: str) -> bool:
    """'…, do you?', '…, is she?', '…, right?': a statement asking for confirmation. A name
    said to the caller after a two-word tag ("…, do you, Arthur?") is not part of it; a
    one-word one stays last ("she's going to be okay, mate" tells)."""
    # (a hedge said after the tag is no part of it: "…, has she, that you know of?")
    text = _HEDGE_AFTER_TAG.sub(r" \1 ", spelled(without_name_after(clause)).rstrip() + " ")
    text = text.rstrip()
    tail = " " + " ".join(text.split()[-2:]) + " "
    last = " " + " ".join(spelled(clause).split()[-1:]) + " "
    return (clause.rstrip().endswith("?") or bool(_QUESTION_TAG.search(tail))
            or ((bool(_AUX_TAG.search(text + " ")) or bool(_TAG_AFTER_YOU.search(text + " ")))
                and not _REPORTED.search(text + " "))
            or (len(text.split()) > 2 and bool(_LAST_WORD_TAG.search(last))
                and not _SAID_RIGHT.search(text + " "))
            or has(text + " ", "is that right", "is that correct"))


# A hedge after a tag: "…, has she, that you know of?", "…, is there, as far as you know?"
# (v40; "that you know of" and "as far as you know" are the clause cutter's tags too)
_HEDGE_AFTER_TAG = re.compile(r" (he|she|it|they|you|there|we) (?:that you know of|"
                              r"that you are aware of|as far as you know|do you know) $")


_ADDRESSED = frozenset({"love", "mate", "sir", "madam", "pal", "darling", "hun", "sweetheart",
                        "mr", "mrs", "miss", "ms", "dr"})


_INITIALISM = re.compile(r"[A-Z][A-Z0-9]+s?")
_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december", "monday", "tuesday",
                       "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
                       "easter"})
# (a place, a time, a language: "in English", "at Tesco"; not "about Alfie" or "to Dawn",
# which name people)
_GOVERNING = frozenset({"the", "his", "her", "their", "your", "my", "our", "a", "an", "last",
                        "next", "this", "since", "in", "on", "at", "from", "into", "by"})


def without_name_after(clause: str) -> str:
    """The clause without a name or "love" said to the caller at its end ("…, do you,
    Arthur", "…, is it, Mrs Patel"): capitalised words or forms of address after the first
    three words. An initialism is a thing named, not a person ("no point asking about
    CCTV", "the BMW")."""
    tokens = clause.rstrip(" ?.!").split()
    bare = [re.sub(r"[^a-z']", "", t.lower()) for t in tokens]
    if len(tokens) > 3 and tagged_with_name(bare, len(bare) - 3):
        tokens.pop()  # said unpunctuated after a tag: "…, is there kelly"
    while len(tokens) > 3:
        last = tokens[-1].strip(",")
        if last.lower() not in _ADDRESSED and (not last[:1].isupper() or last == "I"
                                               or _INITIALISM.fullmatch(last)
                                               or last.lower() in _CALENDAR
                                               or tokens[-2].lower() in _GOVERNING):
            # (a month or a day, or a word a determiner or a preposition of place or time
            # governs, is a thing named: "no point me asking about September", "his photo
            # from last March", "the BMW", "carry on in English")
            break
        tokens.pop()
    return " ".join(tokens)


# "When the officers are with you, you can…": "when" with its subject next, no auxiliary,
# times what follows ("when did they leave?" asks).
# (not with a question put after it in the same clause: "when you say it's blocking the
# lane can cars get past")
_TIME_CLAUSE = re.compile(r" (?:(?:and|so|right|ok|then) )*(?:when|once) (?:the|they|he|she|we|i|"
                          r"you|your|his|her|their|it|officers|police|someone|somebody) "
                          r"(?!(?:\w+ )*(?:can|could|is|are|was|were|do|does|did|has|have|will|"
                          r"would) (?:he|she|they|it|you|anyone|anybody|there|cars|the) )")


def asks(clause: str) -> bool:
    """Is the clause a question? "Don't touch the door" starts like one ("do …") but
    tells; a typed "?" or a question's first word asks."""
    if clause.rstrip().endswith("?"):
        return True
    text = spelled(clause)
    return is_question(clause) and not _COMMANDS.match(text) and not _EMPHATIC_DO.match(
        text) and not _TIME_CLAUSE.match(text)


# Saying one is not saying it: "I'm not saying calm down", "I can't tell you if she has
# reported him".
NOT_SAYING = pattern("not saying", "not telling you", "not asking you", "would not say",
                     # with the disowning stressed: "I'm not for one second saying you must
                     # have done something" (two blind authors, v14 and v26: impartial)
                     r"not (?:for (?:one|a|1) (?:second|minute|moment)|in any way|at all|"
                     r"even) (?:saying|suggesting)",
                     "not going to say", "not able to tell you", "can not tell you",
                     "not allowed to tell you", "can not discuss", "can not say",
                     "not able to say", "not able to discuss", "not at liberty to",
                     r"(?:not going to|will not|shall not)(?: be)? tell\w* you",
                     # named only to disown it: "I'm not here to say he was just doing his job"
                     r"not here to (?:say|tell you|suggest|claim)",
                     # and after another verb it disowns with it: "I'm not here to defend
                     # him or say he was just doing his job"
                     r"not here to (?:\w+ ){1,3}(?:or|and|nor) (?:to )?(?:say|tell you|"
                     r"suggest|claim)")
DENIAL_REACH = 5  # words from a trigger to what it denies
# Denied straight after it is named: "the council won't do anything".
_DENIED_AFTER = pattern("will not", "can not", "could not", "would not", "does not",
                        "do not", "is not", "are not", "never", "is no", "are no")


# A denied verb's indefinite object closes what it denies: what follows "say anything" or
# "do a thing" starts a clause of its own.
_OBJECT_DONE = re.compile(r" \w+ (?:anything|nothing|a thing|a word|at all) $")


# A condition's own subject before a trigger: "if you can't talk, tap once for yes" makes
# the caller's not talking the condition of the taps; it denies nothing it governs.
_CONDITION_OPENS = re.compile(r" (?:if|unless|in case|whether) (?:\w+ ){1,2}$")


def denied(text: str, start: int, end: int) -> bool:
    """Are the words at text[start:end] said in a refusal, as not needed, as not being
    said, or denied straight after ("there's no right of review", "the council won't do
    anything")? Not a negation inside a condition ("if you can't speak, tap once")."""
    before = PSEUDO.sub(" ", spelled(text[:start]))
    cut = max((m.end() for m in TERMINATORS.finditer(before)), default=0)
    scope = before[max(cut - 1, 0):]
    for trigger in (REFUSAL, NOT_NEEDED, NOT_SAYING):
        ends = [m.end() for m in trigger.finditer(scope)
                if not _CONDITION_OPENS.search(scope[:m.start() + 1])]
        # NegEx's window: a trigger reaches a few words on ("you don't have to say anything,
        # tap once for yes" still sets up the taps), unless the denied verb has its object
        # before the words ("you dont need to say anything tap once for yes", unpunctuated)
        if ends and len(scope[max(ends) - 1:].split()) <= DENIAL_REACH and not (
                _OBJECT_DONE.search(scope[max(ends) - 1:])):
            return True
    following = " " + " ".join(spelled(text[end:]).split()[:3]) + " "
    return bool(_DENIED_AFTER.match(following))


# A clause giving a reason, not addressed to the caller: "it's not an animal welfare
# matter", "CSI have got everything they need" (no "you", opening with what it is about).
_REASON = re.compile(r" (?:(?:so|because|cos|as|since|and|but|right|ok|well|now) )*"
                     # (the caller's name said first: "right, Mr Pickering, the CSI …")
                     r"(?:(?:mr|mrs|miss|ms|dr) \w+ )?"
                     r"(?!(?:please|just|do|never|then|also|still|always|try|make|keep|if|when|"
                     r"once|until) )"
                     # ("right Arthur, the CSI lady's been and gone": "'s" is dropped by
                     # `spelled`, so the participle says it was done)
                     r"(?:\w+ ){1,4}(?:is|are|was|were|will|would|have|has|had|can|could|may|"
                     r"might|must|should|do|does|did|s|said|got|need|needs|want|wants|been|"
                     r"gone|done|taken|finished|left|never) ")
# An elliptical clause carrying on the one before: "not until it's been looked into", "not
# yet", "you don't need to now" (the verb left out is the one just said).
_SAID_ON = re.compile(r" (?:(?:and|but) )?not (?:until|till|yet|now|tonight|today|before) ")
_LIFTED_AFTER = re.compile(r" (?:but )?(?:you )?(?:do not|does not) (?:need|have) to(?: any more|"
                           r"anymore| now| again| though| tonight| after all)* $"
                           # advice recalled, then withdrawn: the mirror of the many sets'
                           # "earlier I told you …, and that still stands" ("…, but that
                           # doesn't apply any more", "…, but that no longer stands")
                           r"| (?:(?:but|and|so|now|ok|right) )*(?:that|it|this) (?:(?:does not|"
                           r"do not|will not|no longer) (?:stand|stands|apply|applies|hold|holds)|"
                           r"is (?:no longer|not) (?:the case|needed|necessary))(?: (?:any more|"
                           r"anymore|now|though|tonight|after all|i am afraid))* $")


# (an order has no subject before it: "they don't deal with this" gives a reason)
_ORDERS = re.compile(r"(?<! they)(?<! we)(?<! i)(?<! he)(?<! she)(?<! it)"
                     r" (?:do not|does not|never|please|try not|make sure) ")


# What someone else must do, told through the caller (`scoring.told_through` puts "he has
# to", "he's not to" as "must"): an order, though not said to the caller ("he must not go
# outside"); not what must be so ("he must be terrified", "they must have gone").
_TOLD_THROUGH = re.compile(r" (?:he|she|they|the (?:kids|children|boys|girls|family)|"
                           r"(?:his|her) (?:wife|husband|son|daughter|kids|family)|everyone|"
                           r"everybody) must (?:not )?(?!(?:be|have|ve|of|been|a)\b)\w")

# A deed forbidden in so many words, of whoever is to keep from it: "he must not go outside",
# "she shouldn't open the door" (not "they never touched it": what was done, no order).
FORBIDS = re.compile(r" (?:(?:must|should|needs to|has to|have to|ought) (?:not|never)|"
                     r"(?:is|are) not to|mustnt) ")


def is_reason(clause: str) -> bool:
    """Is the clause a statement of why, not addressed to the caller ("it's not an animal
    welfare matter", "CSI have got everything they need")?"""
    text = spelled(clause)
    # (what is the caller's may be spoken of: "they never took your keys"; advice in the
    # handler's own voice is advice: "I'd try their noise team on Monday")
    return (not has(text, "you") and bool(_REASON.match(text))
            and not _ORDERS.search(text)  # "otherwise don't move her" is the advice
            and not _TOLD_THROUGH.search(text)
            and not _OWN_ADVICE.match(text)
            # a need denied is a waiver of its own, no reason for the advice before it:
            # "the lane's closed now, so there's no need to wait behind the wall"
            and not NOT_NEEDED.search(PSEUDO.sub(" ", in_scope(clause))))


def carried_through(readings: list[IntentReading],
                    clauses: Sequence[str] = (), turn: str = "") -> list[IntentReading]:
    """A permission reaches the clauses joined to it: in "it's fine to help her out of the
    car and sit her on the verge" the second clause, split off at "and", is permitted too,
    so the advice it resembles is negated as the first was. Only a clause with no trigger of
    its own follows the one before, or one giving the reason for it ("don't bother with the
    RSPCA, it's not an animal welfare matter"): a reason is said for the advice as given.
    A reason said first follows the advice after it ("CSI have everything they need, so
    you're free to clean up"). An elliptical clause ("…, not until it's been looked into";
    "I asked you to stay on the line, but you don't need to now") carries on the one before:
    it takes that one's intent and polarity, and "you don't need to now" lifts it. Advice
    given in the handler's own voice ("no point ringing them tonight, I'd try them on
    Monday") is advice of its own; so is an order set apart from a waiver or a prohibition
    by a stop or a comma, with no "and" ("don't bother with the plate, keep right away
    from the window"): the waiver before it does not reach it."""
    out: list[IntentReading] = []
    negated: set[str] = set()
    given: dict[str, Polarity] = {}  # each advice as last given, not as a reason
    read = {r.clause for r in readings}
    for said in readings:
        text = PSEUDO.sub(" ", in_scope(said.clause))
        own = any(t.search(text) for t in (PROHIBITION, PERMISSION, NOT_NEEDED, REFUSAL))
        # a leave said again ("you're alright to go down and check on the van if you want")
        # is the same leave: its own permission follows the one before
        leave_again = bool(PERMISSION.search(text)) and not any(
            t.search(text) for t in (PROHIBITION, NOT_NEEDED, REFUSAL))
        follows = (said.intent in ADVICE and said.affirmed and said.intent in negated
                   and not _OWN_ADVICE.match(spelled(said.clause))
                   and not _new_order(said, clauses, turn))
        # (a clause that forbids in its own words is no reason for the leave before it:
        # "tell him it's fine to watch from the window, he must not go outside to them"
        # forbids going out, through the interpreter, whoever "he" is)
        reason = said.intent in ADVICE and is_reason(said.clause) and not (
            FORBIDS.search(text))
        heard = said if own else _joined_on(said, clauses, read, turn)
        if reason and heard.intent in given:
            # "don't touch the frame, the CSI might get prints off it": the reason is said
            # for the advice as it was given, whatever its own words permit
            reading = replace(heard, polarity=given[heard.intent])
        else:
            reading = replace(heard, polarity="negate") if follows and (
                not own or leave_again) else heard
        if reading.intent in ADVICE and not reason:
            given[reading.intent] = reading.polarity
        lifted = _LIFTED_AFTER.match(spelled(heard.clause)) is not None
        if out and (lifted or _SAID_ON.match(spelled(heard.clause))):
            before = out[-1]
            if lifted and before.intent in ADVICE and before.affirmed:
                out[-1] = replace(before, polarity="negate")  # the advice said, then lifted
                negated.add(before.intent)
                continue
            if not lifted:
                # "…, not until …": the refusal before, said on; whatever its own words
                # resemble ("not till it's been looked at" is no scene to keep), it says
                # nothing new
                continue
        if reading.intent in ADVICE and not reading.affirmed:
            negated.add(reading.intent)
        elif own:
            negated.discard(reading.intent)
        out.append(reading)
    out = _lifted_later(out, clauses)
    for at, reading in enumerate(out):
        # a reason said before the advice it is given for
        # ("the road's shut now, so you're fine to come out": what "so" follows is why)
        so_after = at + 1 < len(out) and _SO.match(spelled(out[at + 1].clause)) is not None \
            and out[at + 1].intent == reading.intent and not _triggered(reading.clause) \
            and not _ORDERS.search(spelled(reading.clause))
        if (reading.intent in negated and reading.affirmed and reading.intent in ADVICE
                and (is_reason(reading.clause) or so_after) and any(
                    r.intent == reading.intent and not r.affirmed for r in out[at + 1:])):
            out[at] = replace(reading, polarity="negate")
    return _reasons_for_refusal(out, turn)


# Advice in the handler's own voice: "I'd try their noise team on Monday" advises itself.
_OWN_ADVICE = re.compile(r" (?:(?:and|so|but|then) )*(?:i|we) (?:would|should) (?!not )")
# What sets a clause apart from the one before it: a stop or a comma with no joining word.
_PUNCTUATED = re.compile(r"[,.;:!?]")
_JOINING = re.compile(r"(?:and|or|then|n)", re.IGNORECASE)


def _joined(clause: str, clauses: Sequence[str], turn: str) -> bool:
    """Is `clause` joined on to the clause before it in the turn ("rush out | and change
    the locks"), or not known to be set apart? Set apart: the words between them are only
    punctuation ("don't bother with the plate, | keep away from the window")."""
    if not turn or clause not in clauses or list(clauses).index(clause) == 0:
        return True
    end = turn.find(clause)
    if end <= 0:
        return True  # (a clause the splitter reworded: as before, joined)
    # (the words just before it: the end of the clause before, and what joins them)
    between = " ".join(turn[:end].split()[-1:])
    return bool(_JOINING.fullmatch(between.strip(",;:.!? "))) or not _PUNCTUATED.search(
        between)


# A consequence drawn: "…, so you're fine to come out" (the clause before gives why).
_SO = re.compile(r" (?:(?:and|right|ok|well) )?so (?!(?:far|much|many|long|that is|sorry) )")
# A clause's opening that has a subject of its own: not a deed joined on by "and".
# (nor a new order: "you don't have to say a word, just tap twice")
_OWN_OPENING = re.compile(r" (?:i|we|you|he|she|they|it|there|the|this|that|these|those|my|"
                          r"your|his|her|their|our|if|when|once|so|because|but|just|instead|"
                          r"someone|somebody|anyone|anybody|nobody|officers|an?) ")


# An order opened by "just" that keeps from something: "…, just keep out of the front room",
# "…, just don't touch the door" (not a deed the leave goes on to, "…, just sit her down on
# the verge", nor "just in case").
JUST_ORDER = re.compile(r" (?:(?:and|but|so) )?just (?:keep|stay|do not|dont|avoid|leave|"
                        r"steer clear|try not)\b")


def _new_order(said: IntentReading, clauses: Sequence[str], turn: str) -> bool:
    """Is `said` an order set apart by a comma or a stop (no "and") that names no act its
    advice is against ("you don't have to stay by the car, | get behind the wall")? It is
    the advice, not the leave before it carried on ("you can come out now, | go
    downstairs" names going down, and carries the leave)."""
    # (not the line: leaving a call is said too many ways to name them all, "no need to
    # keep talking to me, go and get yourself a sit down")
    opposite = OPPOSITE.get(said.intent) if said.intent != "stay_on_line" else None
    text = PSEUDO.sub(" ", in_scope(said.clause))
    if opposite is None or not turn or _joined(said.clause, clauses, turn):
        return False
    against = opposite.search(text)
    bounded = _just_after_leave(said.clause, clauses)
    # (an order opens with its verb: "that door's solid" gives a reason; after a leave,
    # "just" opens the order that bounds it, "…, just keep off the back step till they've
    # dusted it", whose act against is only when the advice ends)
    return ((against is None or (bounded and _held_by_its_own_words(text, against)))
            and (not _OWN_OPENING.match(spelled(said.clause)) or bounded)
            and not is_reason(said.clause) and not _triggered(said.clause))


def _just_after_leave(clause: str, clauses: Sequence[str]) -> bool:
    """Is `clause` an order opened by "just" after a clause giving leave ("you're alright to
    use the kitchen, | just keep out of the front room"): where the leave stops, ordered?
    (After a need denied, "no need for an alarm, just get the door secure", the lesser
    thing is said within the waiver, as its authors read it.)"""
    if not JUST_ORDER.match(spelled(clause)) or clause not in clauses:
        return False
    # (the leave in any clause before it: "you're fine to put the kettle on and sit down,
    # just …")
    before = [PSEUDO.sub(" ", in_scope(c)) for c in clauses[: list(clauses).index(clause)]]
    return any(PERMISSION.search(b) for b in before) and not any(
        NOT_NEEDED.search(b) for b in before)


# A going that is only the way to the deed joined after it: "no need for your son to come
# round | and fit a new lock", "it's fine for Mr Khan to come round | and have a look"
# (v6, v29): the need or the leave reaches the deed, whatever the going was heard as.
_ON_THE_WAY_TO = re.compile(r" (?:go|come|pop|nip|run|head)(?: (?:round|over|out|down|up|back|"
                            r"in|along))? $")


def _as_one_deed(intent: str, going: str, deed: str) -> Polarity:
    """The intent's polarity in a going and the deed it is the way to, read as one clause."""
    return polarity(intent, f"{going} and {deed}", asking=False)


def follows_needless(heard: IntentReading, clauses: Sequence[str], read: set[str]) -> bool:
    """Is `heard` advice said in a clause joined on to one saying a deed is not needed, in
    which nothing was heard ("you don't need to rush out | and change the locks")? The
    joined clause opens with its verb, no subject of its own. After a going that is only
    the way to it ("you needn't go back | and check what make it is"), a question's deed
    is not needed either, and the going may have been heard as something of its own."""
    if not heard.affirmed or heard.clause not in clauses:
        return False
    at = list(clauses).index(heard.clause)
    if at == 0:
        return False
    before = PSEUDO.sub(" ", in_scope(clauses[at - 1]))
    if _ON_THE_WAY_TO.search(before) and (heard.intent in ADVICE or (
            heard.intent in INTENTS_ASKED and not asks(heard.clause))):
        # (read as one deed with the going and the need: "you needn't go out and clean the
        # egg off" keeps the scene, "no need to come round and fit a lock" lets it go)
        return NOT_NEEDED.search(before) is not None and _as_one_deed(
            heard.intent, clauses[at - 1], heard.clause) == "negate"
    if heard.intent not in ADVICE or clauses[at - 1] in read:
        return False
    needless = NOT_NEEDED.search(before)
    # (not after an order of its own: "he mustn't go down, it's not worth getting hurt
    # for, stay upstairs" orders again)
    return (needless is not None and not PROHIBITION.search(before[: needless.start() + 1])
            and not _OWN_OPENING.match(spelled(heard.clause)))


def _joined_on(said: IntentReading, clauses: Sequence[str], read: set[str],
               turn: str) -> IntentReading:
    """A clause with no trigger of its own, as the clause it is joined on to says it."""
    apart = not _joined(said.clause, clauses, turn)
    if not apart and follows_needless(said, clauses, read):
        # "you don't need to rush out and change the locks": the deed joined by "and" to
        # what is said not needed is not needed either
        said = replace(said, polarity="negate")
    if follows_leave(said, clauses, turn):
        # "you're fine to put the kettle on | and use the kitchen": the leave reaches the
        # deed joined to it, whatever the first clause was heard as
        said = replace(said, polarity="negate")
    if not apart and follows_forbidden(said, clauses):
        # "don't go out | and hose the eggs off just yet": the deed joined on is forbidden
        # with the first
        said = replace(said, polarity="affirm")
    return said


def follows_leave(heard: IntentReading, clauses: Sequence[str], turn: str) -> bool:
    """Is `heard` advice said in a clause joined by "and" to one giving plain leave ("you're
    fine to put the kettle on | and sit in the front room")? The joined clause opens with
    its verb, no subject of its own; the leave is plain ("fine to", "free to": not "you
    can", which may suggest: "you can wedge a chair under it and stay upstairs")."""
    if heard.intent not in ADVICE or not heard.affirmed or heard.clause not in clauses:
        return False
    at = list(clauses).index(heard.clause)
    if at == 0 or not turn:
        return False
    before = PSEUDO.sub(" ", in_scope(clauses[at - 1]))
    leave = _PLAIN_LEAVE.search(before) or (
        _LEAVE_FOR_SOMEONE.search(before) if _ON_THE_WAY_TO.search(before) and _as_one_deed(
            heard.intent, clauses[at - 1], heard.clause) == "negate" else None) or (
        # "you can" is leave, no suggestion, where the turn says the scene's examiners are
        # done with it ("You can put the kettle on and use the kitchen, the fingerprint
        # lady's finished", v38): nothing is left to keep, so nothing to suggest instead
        PERMISSION.search(before) if heard.intent == "scene_preservation"
        and examined_already(spelled(turn)) else None)
    end = turn.find(heard.clause)
    return (leave is not None and not PROHIBITION.search(before[: leave.start() + 1])
            and end > 0 and re.search(r"[^,\s]\s+and\s*$", turn[:end]) is not None
            and not _OWN_OPENING.match(spelled(heard.clause)))


# An order not to, or advice against, that reaches a deed joined to it by "and": "don't go
# out and hose the eggs off", "I'd probably not go out and pick the shells up just yet".
_FORBIDS = re.compile(r" (?:(?:please )?do not|never|try not to|best not to|"
                      r"(?:i|we) would(?: (?:probably|really|honestly|just))? not|"
                      r"(?:i|we) would hold off) ")


def follows_forbidden(heard: IntentReading, clauses: Sequence[str]) -> bool:
    """Is `heard` advice read as permitted (a deed it advises against, with no trigger of
    its own) in a clause joined on to one forbidding a deed ("don't go out | and hose the
    eggs off just yet")? The joined clause opens with its verb, no subject of its own; the
    one before forbids, and permits or waives nothing."""
    if heard.intent not in ADVICE or heard.affirmed or heard.clause not in clauses:
        return False
    at = list(clauses).index(heard.clause)
    if at == 0:
        return False
    before = PSEUDO.sub(" ", in_scope(clauses[at - 1]))
    return _FORBIDS.search(before) is not None and not (
        PERMISSION.search(before) or NOT_NEEDED.search(before)) and not _OWN_OPENING.match(
        spelled(heard.clause))


_SAYS_SORRY = re.compile(r" (?:sorry|apolog\w*) ")


def _reasons_for_refusal(readings: list[IntentReading],
                         turn: str = "") -> list[IntentReading]:
    """A thing refused, waived or lifted in one clause and resembled, plainly, in another
    ("we won't need an interpreter, your English is fine"; "you don't need a reference,
    it'll be texted to you"; "I won't need the collar number, the search record has it"):
    the other clause gives the reason, and the turn does not do the thing. A clause with
    a trigger of its own ("but do stay on the line"), asking, or saying sorry keeps its
    reading."""
    refused = {r.intent for r in readings if not r.affirmed and _triggered(r.clause)
               and r.intent != "reassurance"}  # (comfort is said many ways at once)
    return [r for r in readings if not (
        r.affirmed and r.intent in refused and _only_a_reason(r)
        and not set_against_in_turn(r.clause, turn))]


def set_against_in_turn(clause: str, turn: str) -> bool:
    """Is `clause` the handler's own doing, set against what came before it by "but" in
    the turn ("…, but with a discrimination allegation I'm obliged to record it", held-back
    r)? The clause cutter drops the "but" (`scoring.intents.clauses`), so the clause's own
    words cannot say it (`_SET_AGAINST` sees it only where a short clause kept it). Not a
    fact about the caller ("…, but your English is fine"), which may still be the reason."""
    words = clause.split()[:3]
    if not turn or not words or not _OWN_DOING.search(spelled(clause)):
        return False
    joined = r"\W+".join(re.escape(w) for w in words)
    return re.search(rf"(?i)\b(?:but|though|although|however)\W+{joined}", turn) is not None


def _only_a_reason(reading: IntentReading) -> bool:
    """Could the clause only give a reason? Not with a trigger of its own, asking, saying
    sorry, setting against ("but you'll get updates"), promising ("an officer will come to
    you"), or ordering (advice only in a reason's form: "the CSI have finished")."""
    text = spelled(reading.clause)
    return not (_triggered(reading.clause) or asks(reading.clause)
                or is_tag_question(reading.clause) or _SAYS_SORRY.search(text)
                or _SET_AGAINST.match(text) or _WILL_DO.search(text)
                or (reading.intent in ADVICE and not is_reason(reading.clause)))


# The handler's own doing or duty: "I'm obliged to record it", "we'll log it", "I have to".
_OWN_DOING = re.compile(r" (?:i|we) (?:am|are|will|must|have to|has to|need to|shall|would)"
                        r"(?: \w+)?(?: to)? (?!not )")
_SET_AGAINST = re.compile(r" (?:but|though|although|however|instead|whereas) ")
# (what the handler can do is offered: "I can try and sort it now"; what the caller will
# get is promised: "you'll get updates")
_WILL_DO = re.compile(r" (?:(?:i|we|someone|somebody|an officer|officers|the officers?|they) "
                      r"(?:will|shall|am going to|are going to|is going to|can)|you will get) "
                      r"(?!not )")


def _triggered(clause: str) -> bool:
    """Does the clause hold a trigger of its own: a prohibition, a permission, "not
    needed", a refusal?"""
    text = PSEUDO.sub(" ", in_scope(clause))
    return any(t.search(text) for t in (PROHIBITION, PERMISSION, NOT_NEEDED, REFUSAL))


# A later clause saying the thing just advised is not needed, naming it by a pronoun: "leave
# the housing association out of it, you don't need to call them", "…, you don't have to
# avoid it now" (the verb is not the act advised against: "you don't need to touch it"
# still preserves the scene).
_NEEDLESS_AGAIN = re.compile(
    r" (?:(?:but|and|so|now|honestly|really|actually|anyway|ok|right) )*(?:you )?"
    r"(?:do not|does not|will not|need not|would not)(?: need| have)?(?: to)? (\w+) "
    r"(?:it|them|that|him|her|there)(?: (?:any more|anymore|now|again|though|tonight|"
    r"after all|for now))* $")


def _lifted_later(readings: list[IntentReading], clauses: Sequence[str]) -> list[IntentReading]:
    """Advice given, then lifted by a later clause in which nothing was heard: a permission
    to do what it advises against ("I told you before to stay on the line, but it's fine
    now, you can go": past advice, taken back) or its need denied by a pronoun ("…, you
    don't need to call them", "…, but you don't need to now"). The latest advice before the
    clause is the one lifted."""
    heard_in = {r.clause for r in readings}
    at_clause = {c: n for n, c in enumerate(clauses)}
    out = list(readings)
    for n, clause in enumerate(clauses):
        if clause in heard_in:
            continue
        permitted = set(permitted_against(clause)) | _leave_for_condition(clause, out)
        if _DANGER_DENIED.search(spelled(clause)) and any(
                r.intent == "safety_advice" and r.affirmed and PERMISSION.search(
                    PSEUDO.sub(" ", in_scope(r.clause))) for r in out):
            # "you can go right up to the car, | it's quite safe": the leave, said safe
            permitted.add("safety_advice")
        needless = _NEEDLESS_AGAIN.match(spelled(clause))
        lifted = _LIFTED_AFTER.match(spelled(clause)) is not None  # "…, but not needed now"
        if not permitted and needless is None and not lifted:
            continue
        earlier = [k for k, r in enumerate(out) if r.intent in ADVICE and r.affirmed
                   and at_clause.get(r.clause, n) < n]
        if not earlier:
            continue
        last = out[earlier[-1]]
        opposite = OPPOSITE.get(last.intent)
        if lifted or last.intent in permitted or (needless is not None and not (
                opposite is not None and opposite.search(f" {needless.group(1)} "))):
            out[earlier[-1]] = replace(last, polarity="negate")
    return out


# A leave said alone: "that's absolutely fine", "that's no problem at all".
_LEAVE_ALONE = re.compile(r" (?:(?:and|so|then) )?(?:that is|that will be|that would be|it is)"
                          r" (?:\w+ )?(?:fine|ok|all right|no problem|not a problem)"
                          r"(?: (?:at all|with me|by me|too))? $")
_CONDITION = re.compile(r" (?:(?:and|so|but|right|ok|now) )*if you (?:need|want|have|would like"
                        r"|would rather|prefer) (?:to )?")


def _leave_for_condition(clause: str, readings: Sequence[IntentReading]) -> set[str]:
    """The advice a leave said alone lifts: what the condition before it named ("if you
    need to put the phone down to see to the kids, that's fine" permits ending the call;
    "if you have to move it, …" said with no leave stays a condition on the advice)."""
    if not _LEAVE_ALONE.match(spelled(clause)):
        return set()
    lifted: set[str] = set()
    for reading in readings:
        opposite = OPPOSITE.get(reading.intent)
        text = spelled(reading.clause)
        if opposite is not None and _CONDITION.match(text) and opposite.search(text):
            lifted.add(reading.intent)
    return lifted
