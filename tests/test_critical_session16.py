"""Critical items read against their own descriptions (session 16): a scheme condition that
accepted what the item's description does not (a location "confirmed" by a question that
puts no location to the caller, a read-back of something else; an address "taken" that was
only asked for; a council signposted by a signpost to anyone at all), the closed question
whose question word only opens a clause inside it, and the fire service named among those
on their way, which is no danger that makes leave to move a casualty the advice's own
exception. Every line here is new wording, not a line of any blind set."""

from __future__ import annotations

from scoring.doubts import names_danger
from scoring.result import ItemMark
from scoring.turn_forms import yes_no_with_clause_inside
from tests.marked_calls import item_mark

# --- the silent call: a location confirmed puts a location to her --------------------------

SUBSCRIBER_CHECK = {"t": 30, "type": "system_check", "query": "07700 900871"}


def _silent(question: str) -> ItemMark:
    return item_mark("silent-999-call", "location-confirmed", [
        (0, "caller", "[quick breathing, a man shouting somewhere in the flat]", None),
        (5, "trainee", "Police. If you can't talk, press 55 for me.", None),
        (9, "caller", "[two beeps]", None),
        (14, "trainee", "One tap means yes and two taps means no, okay?", None),
        (18, "caller", "[one tap]", None),
        (40, "trainee", question, None),
        (45, "caller", "[one tap]", None)], [SUBSCRIBER_CHECK])


def test_a_question_asking_her_to_give_the_address_confirms_no_location():
    # Yes/no in form, but it asks her to tell, and puts no place to her: nothing to tap to.
    for asking in ("Could you give me your address?", "Would you be able to tell me the "
                   "address?"):
        mark = _silent(asking)
        assert mark.critical and mark.points == 0, asking
    # The place put to her, by the flat, the road or her home: a tap confirms it.
    for putting in ("Are you in flat 2 at number 41?", "Is it Melbourne Road you're at?",
                    "Are you at home right now?", "Are you at your house now?"):
        mark = _silent(putting)
        assert mark.status == "met", putting


def test_a_readback_of_her_number_confirms_no_location():
    mark = _silent("So the phone you're on is 07700 900871, is that right?")
    assert mark.points == 0


def test_a_yes_no_question_with_its_question_word_inside_is_closed():
    for closed in ("is the flat on Melbourne Road where you're hiding now?",
                   "is that where he is at the moment?",
                   "was that the room where he kept you?"):
        assert yes_no_with_clause_inside(closed), closed
    # One that asks to be told, a second question after "or", or a plain open question.
    for open_ in ("can you tell me where you are right now?",
                  "is he saying where he's going?",
                  "are you at home, or where are you?",
                  "where are you hiding?",
                  "do you know where he put the knife?"):
        assert not yes_no_with_clause_inside(open_), open_
    mark = _silent("Is number 41 Melbourne Road where you're staying?")
    assert mark.status == "met"


# --- the burglary: an address asked for and taken ------------------------------------------

def test_an_address_asked_for_but_never_given_was_not_taken():
    asked_only = item_mark("burglary-next-morning", "location-early", [
        (0, "caller", "Morning, I've come down and the back door's been forced.", None),
        (10, "trainee", "I'm sorry about that. What's the address there?", None),
        (14, "caller", "Sorry, it's all a blur, I've just found it.", ["what_happening"]),
        (90, "trainee", "Okay, and your name?", None),
        (94, "caller", "Colin.", ["caller_name"])])
    assert asked_only.critical and asked_only.points == 0
    taken = item_mark("burglary-next-morning", "location-early", [
        (0, "caller", "Morning, I've come down and the back door's been forced.", None),
        (10, "trainee", "I'm sorry about that. What's the address there?", None),
        (14, "caller", "27 Larch Close, Hull.", ["address"])])
    assert taken.status == "met"


# --- the council, signposted -----------------------------------------------------------------

def _noise(line: str) -> ItemMark:
    return item_mark("neighbour-noise-asb", "signpost-council", [
        (0, "caller", "The party next door is still going and it's past one.", None),
        (8, "trainee", "What's your address please?", None),
        (12, "caller", "19 Cranbrook Avenue.", ["address"]),
        (60, "trainee", line, None),
        (66, "caller", "Right.", None)])


def test_a_signpost_to_another_agency_is_not_the_council():
    other = _noise("Ring the housing association in the morning, they deal with their "
                   "tenants.")
    assert other.critical and other.points == 0
    council = _noise("The noise itself is for the council, their environmental health "
                     "people can come out and record it.")
    assert council.status == "met"
    # The council by its other name: the local authority is the council.
    authority = _noise("It's one for the local authority really, their noise team can "
                       "come and monitor it.")
    assert authority.status == "met"


# --- leave before the advice: the fire service is no fire --------------------------------

def _collision(first: str) -> ItemMark:
    return item_mark("road-collision-injury", "safety-advice", [
        (0, "caller", "There's a car in the barrier on the A127 and she's stuck inside.",
         None),
        (8, "trainee", "Which way are you on the A127, and near which junction?", None),
        (14, "caller", "Eastbound, just after the Fortune of War.", ["location"]),
        (30, "trainee", first, None),
        (36, "caller", "Okay.", None),
        (60, "trainee", "Keep her still in her seat now, don't try to move her.", None),
        (66, "caller", "Right, I won't.", None)])


def test_the_fire_service_on_its_way_is_no_danger_to_move_her_for():
    assert names_danger("Ambulance, fire and police are all heading to you.") is False
    assert names_danger("The fire and rescue service are sending a crew.") is False
    assert names_danger("Only get her out if the car catches fire.") is True
    leave = _collision("Fire and ambulance are on their way. If she wants to get out, "
                       "you're fine to help her out onto the grass.")
    assert leave.critical and leave.points == 0
    # The advice's own exception on a fire she might see: the advice stands.
    exception = _collision("Fire and ambulance are on their way. Don't move her unless "
                           "the car catches fire.")
    assert exception.status == "met"


def test_the_dvla_is_not_the_district_council():
    def lane(line: str) -> ItemMark:
        return item_mark("non-police-matter", "signpost-council", [
            (0, "caller", "Someone's dumped a car and a pile of rubbish up our lane.", None),
            (8, "trainee", "Whereabouts exactly is the lane?", None),
            (12, "caller", "Hoe Lane, by the water tower.", ["location"]),
            (90, "trainee", line, None),
            (96, "caller", "Okay.", None)])

    other = lane("You can report the car to the DVLA online, they handle untaxed vehicles.")
    assert other.critical and other.points == 0
    council = lane("Maldon's council take abandoned cars and fly-tipping, report it on "
                   "their website.")
    assert council.status == "met"
    authority = lane("Fly-tipping on a lane like that is the local authority's to clear, "
                     "give them a ring.")
    assert authority.status == "met"
