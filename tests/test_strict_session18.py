"""Critical items a trainee met in words the marker did not hear (session 18): the location
asked in a recogniser's spelling of "where" ("were do you live", "we're is it", "wears the
crash"), the words of the abuse asked for by what they were ("what were the comments?")
or with the "g" dropped ("what were they sayin"), and the formal recording of a complaint
said in other words ("log this officially as a complaint"). Each is heard as what it is,
and the weak lines beside it still are not. Every line here is new wording, not a line of
any blind set."""

from __future__ import annotations

from scoring.homophones import repaired
from scoring.result import ItemMark
from tests.marked_calls import item_mark

# --- the location asked in a recogniser's spelling of "where" -----------------------------


def _location(scenario: str, fact: str, line: str) -> ItemMark:
    return item_mark(scenario, "location-first", [
        (0, "caller", "Hello? Is that the police? I need somebody.", []),
        (8, "trainee", line, None),
        (12, "caller", "Yes, it's the place I said.", [fact])])


def test_where_spelled_were_or_were_before_the_question_verb_asks_the_location():
    for scenario, fact, line in (
            ("missing-person-vulnerable", "address", "police hello, were do you live"),
            ("neighbour-noise-asb", "address", "police were do you live love"),
            ("domestic-abuse-children", "address", "police we're are you"),
            ("non-police-matter", "location", "police we're is it"),
            ("road-collision-injury", "location", "police wear did it happen"),
            ("hate-incident", "address", "police, wear you calling from")):
        mark = _location(scenario, fact, line)
        assert mark.status == "met", (scenario, line, mark.reason)


def test_wheres_spelled_wears_opening_the_question_asks_the_location():
    mark = _location("road-collision-injury", "location", "police wears the crash")
    assert mark.status == "met", mark.reason
    mark = _location("road-collision-injury", "location",
                     "police whereabout's has this happened")
    assert mark.status == "met", mark.reason


def test_the_verb_wear_and_were_keep_their_own_places():
    for said in ("she's fourteen and wears the blue school coat",
                 "fourteen, wears her school uniform",
                 "what you wear is up to you",
                 "were you hurt at all",
                 "we were had, they took the lot",
                 "they'll wear you out, those two",
                 "you can wear it going out"):
        assert repaired(said) == said, said


# --- the abuse's words asked for by what they were ----------------------------------------

_STREET = [(0, "caller", "He's stood at his gate shouting at my house again, and his mate "
                         "threw a bottle at the car.", []),
           (8, "trainee", "What's the address there?", None),
           (12, "caller", "41 Crescent Road.", ["address"])]
_WORDS = "The P-word, and terrorist, and go back where you came from."


def _hate(line: str, reveals: list[str]) -> ItemMark:
    return item_mark("hate-incident", "hate-explored",
                     [*_STREET, (30, "trainee", line, None), (35, "caller", _WORDS, reveals)])


def test_the_comments_or_abuse_asked_for_and_given_explore_the_hate():
    for line in ("and what were the comments he made", "what abuse did they give you",
                 "wot were they sayin"):
        mark = _hate(line, ["words_used"])
        assert mark.status == "met", (line, mark.reason)


def test_the_same_question_unanswered_with_the_words_explores_nothing():
    mark = _hate("and what were the comments he made", [])
    assert mark.critical and mark.points == 0


def test_the_dropped_g_is_put_back_only_where_no_word_is_spelled_so():
    assert repaired("were they shoutin' at you") == "were they shouting at you"
    for said in ("when did it begin", "within the hour", "her cousin", "'go back to Berlin'"):
        assert repaired(said) == said, said


# --- the formal recording said in other words ---------------------------------------------

_STOPPED = [(0, "caller", "I want to complain about a copper who stopped me. He made a crack "
                          "about my colour.", []),
            (10, "trainee", "I'm sorry that happened. What did he say?", None),
            (15, "caller", "People like me always have something to hide, he said.", [])]


def _recording(line: str) -> ItemMark:
    return item_mark("complaint-schedule-3", "schedule-3-explained",
                     [*_STOPPED, (60, "trainee", line, None), (66, "caller", "Fair enough.", [])])


def test_the_recording_said_formal_in_other_words_is_explained():
    for line in ("Because it's about racism I have to log this officially as a complaint, "
                 "and Professional Standards will investigate it.",
                 "A discrimination allegation like that can't just be sorted with a sorry, it "
                 "must go on record formally and Professional Standards will look at it."):
        mark = _recording(line)
        assert mark.status == "met", (line, mark.reason)


def test_formal_words_waved_away_or_offered_explain_nothing():
    for line in ("We don't need to do it formally, I'll get his sergeant to have a word.",
                 "If you want it dealt with formally you can always ring back, but a word "
                 "from his sergeant is quicker.",
                 "It won't be recorded officially, his sergeant will sort it.",
                 "I'll make sure it's dealt with properly and passed on officially to the "
                 "right people."):
        mark = _recording(line)
        assert mark.critical and mark.points == 0, line


# --- advice said of him, through the interpreter, in any form of "must" -------------------

_VAN = [(0, "caller", "Police? Van... men... tools, please.", []),
        (6, "trainee", "What's the address?", None),
        (9, "caller", "Nine Larch Close.", ["address"]),
        (20, "trainee", "I'm getting an interpreter on the line, stay with me.", None)]
_ON = [{"t": 25, "type": "transfer", "value": "interpreter"}]


def _told(line: str) -> ItemMark:
    return item_mark("interpreter-caller", "safety-advice",
                     [*_VAN, (60, "trainee", line, None), (66, "caller", "He says yes.", [])],
                     _ON)


def test_has_to_and_is_not_to_said_of_him_are_advice():
    for line in ("Can you tell him he has to stay in, with his family.",
                 "Tell him he's not to go out to them, whatever they take.",
                 "He's got to stay upstairs with his wife and the boy."):
        mark = _told(line)
        assert mark.status == "met", (line, mark.reason)


def test_an_obligation_asked_about_or_of_no_one_is_not_put_as_must():
    from scoring.told_through import as_must
    for said in ("what did he have to say to you", "did she have to go to hospital",
                 "it has to be recorded formally", "he's to blame for this",
                 "what he has to say is his business"):
        assert as_must(said) == said, said
    assert as_must("tell him he's not to go out") == "tell him he must not go out"


# --- the tap code set up on a condition, or by keys ---------------------------------------

def _code(line: str) -> ItemMark:
    return item_mark("silent-999-call", "tap-code", [
        (0, "caller", "", []), (15, "trainee", line, None), (20, "caller", "", [])])


def test_a_code_set_up_on_the_caller_not_speaking_is_set_up():
    # the "can't" is the condition's, not a refusal of the taps
    for line in ("If you can't talk, tap once for yes, twice for no.",
                 "if you cant talk just press one for yes two for no"):
        mark = _code(line)
        assert mark.status == "met", (line, mark.reason)


def test_asking_her_to_answer_with_what_she_cannot_give_sets_up_nothing():
    for line in ("Can you answer me yes or no?", "Just say yes or no for me.",
                 "I can't have you tap once for yes, you'll need to speak to me."):
        mark = _code(line)
        assert mark.critical and mark.points == 0, line


# --- a location put to her as the tap that answers it -------------------------------------

_SILENT = [(0, "caller", "", []),
           (8, "trainee", "If you can hear me but can't speak, press 5 5.", None),
           (12, "caller", "", [])]
_SUBSCRIBER = [{"t": 13, "type": "keypad", "value": "55"},
               {"t": 30, "type": "system_check", "query": "07700 900871"}]


def _put_to_her(line: str) -> ItemMark:
    return item_mark("silent-999-call", "location-confirmed",
                     [*_SILENT, (40, "trainee", line, None), (45, "caller", "[a tap]", [])],
                     _SUBSCRIBER)


def test_a_place_put_as_tap_once_if_you_are_there_is_a_closed_question():
    mark = _put_to_her("cough once if you're in the flat on Melbourne Road")
    assert mark.status == "met", mark.reason


def test_an_open_where_is_still_no_closed_question():
    mark = _put_to_her("tap once, then tell me where you are")
    assert mark.critical and mark.points == 0
