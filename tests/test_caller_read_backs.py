"""Read-backs checked against what the caller said: a claim the caller said the opposite of
is put right, from the sentence that says it."""

from __future__ import annotations

from simulator.caller_memory import recall
from simulator.read_back_truth import spoken_iso

WANTS = ("Honestly? I want somebody to get that CCTV before it's wiped. I'd like someone to "
         "admit it wasn't good enough. I don't want anybody sacked or disciplined, I'm not "
         "like that. I just want it done.")


def test_a_read_back_of_what_the_caller_said_they_do_not_want_is_put_right():
    found = recall("So you'd like the officer disciplined, is that right?", [WANTS])
    assert found is not None and found.verdict == "correct"
    assert "disciplined" in found.answer and "admit" not in found.answer


def test_the_same_words_read_back_as_said_are_agreed_to():
    found = recall("So you don't want anybody disciplined, is that right?", [WANTS])
    assert found is not None and found.verdict == "confirm"


def test_a_recognisers_spelling_of_the_right_address_is_right():
    from simulator.read_back_truth import same

    truth = "6 Sycamore Grove, Hessle, HU13 9BN"
    assert same("address", "6 sickomor grove", truth)  # heard right, spelt otherwise
    assert not same("address", "8 sycamore grove", truth)  # a wrong number
    assert not same("address", "6 sicamore drive", truth)  # another street
    assert not same("address", "6 elm grove", truth)


CHILDREN = "My two are asleep in the back bedroom. Ruby's six and Alfie's two."


def test_numbers_swapped_between_the_people_they_belong_to_are_put_right():
    found = recall("So Ruby's two and Alfie's six?", [CHILDREN])
    assert found is not None and found.verdict == "correct"
    assert "Ruby's six" in found.answer
    found = recall("So Ruby's six and Alfie's two?", [CHILDREN])
    assert found is not None and found.verdict == "confirm"


def test_a_height_read_back_with_another_number_is_put_right():
    said = ["She's about five foot three, slim, long black hair.", "Call me on 07700 900858."]
    found = recall("So she's about five foot eight, slim, long black hair?", said)
    assert found is not None and found.verdict == "correct" and "three" in found.answer
    found = recall("So she's about five foot three, slim?", said)
    assert found is not None and found.verdict == "confirm"


def test_how_long_ago_read_back_wrong_is_put_right():
    said = ["About twenty minutes ago. Twenty-five to eight maybe? The egging was just after."]
    found = recall("So it was about an hour ago?", said)
    assert found is not None and found.verdict == "correct"
    assert found.answer == "About twenty minutes ago."
    found = recall("So it was about twenty minutes ago?", said)
    assert found is not None and found.verdict == "confirm"


def test_a_time_on_the_hour_read_back_wrong_is_put_right_however_few_words_it_shares():
    said = ["This is the fourth time I've rung you.",
            "They've got a party on. Music's been thumping since about ten o'clock."]
    found = recall("So it's been going since about midnight?", said)
    assert found is not None and found.verdict == "correct" and "ten o'clock" in found.answer
    assert recall("So it's been going since about ten o'clock?", said) != found


def test_a_code_spelt_out_is_checked_whole():
    said = ["Blue Astra, no plates. The permit on the dashboard says KN08 VDT."]
    found = recall("K N zero eight V T D?", said)
    assert found is not None and found.verdict == "correct"
    assert found.answer == "The permit on the dashboard says KN08 VDT."
    found = recall("K N zero eight V D T?", said)
    assert found is not None and found.verdict == "confirm"


def test_you_said_quotes_the_caller_back_unless_a_question_follows():
    from simulator.caller_memory import looks_like_read_back

    assert looks_like_read_back("And you said it was the front door they forced?")
    assert not looks_like_read_back("You said he'd kill you if you phoned again, was that "
                                    "tonight?")
    found = recall("And you said it was the front door they forced?",
                   ["I've come down this morning and the back door's been forced."])
    assert found is not None and found.verdict == "correct" and "back door" in found.answer


def test_an_address_naming_a_street_the_world_has_not_is_not_the_address():
    from simulator.read_back_truth import names_not_in

    truth = "Yarm Road, junction with Hartburn Lane, Stockton-on-Tees"
    assert names_not_in("And it was on Yarm Road near Harrogate Lane", truth) == ["Harrogate"]
    assert names_not_in("So Yarm Road near Hartburn Lane", truth) == []
    assert names_not_in("So it was on Yarm Road where Dave was", truth) == []  # a person
    assert names_not_in("so it was on yarm road near harrogate lane", truth) == []  # heard


def test_after_a_correction_a_right_detail_said_elsewhere_is_agreed_to():
    said = ["She's about five foot three, slim, long black hair in a ponytail.",
            "No, she's about five foot three, slim, long black hair in a ponytail."]
    known = ["Five foot three, slim, black blazer, grey skirt, pink rucksack. No coat."]
    found = recall("And a pink rucksack, no coat?", said, known)
    assert found is not None and found.verdict == "confirm"
    found = recall("And a black rucksack?", said, known)
    assert found is not None and found.verdict == "correct"


def test_a_year_said_short_is_the_same_year():
    said = ["He's thirty-four, born the third of May 1992."]
    found = recall("So he's thirty-four, born the third of May ninety-two?", said)
    assert found is not None and found.verdict == "confirm"
    found = recall("So he's thirty-four, born the third of May ninety-three?", said)
    assert found is not None and found.verdict == "correct"


def test_the_words_framing_a_clause_read_back_nothing():
    said = ["He said word for word, 'Nice car for a black lad.' I can remember it."]
    assert recall("Word for word if you can", said) is None  # asked, not read back


def test_what_someone_has_read_back_as_another_thing_is_put_right():
    said = ["The tall one has a long metal bar, a crowbar. I haven't seen anything else."]
    found = recall("So the tall one has a knife?", said)
    assert found is not None and found.verdict == "correct" and "crowbar" in found.answer
    found = recall("So the tall one has a crowbar?", said)
    assert found is not None and found.verdict == "confirm"


WHEN = "Friday night just gone, the 20th. About half eleven."
CAR = "Dark grey BMW estate, 3 Series I think, newish. The reg started E K one nine."


def test_a_day_and_date_the_caller_never_said_are_put_right_from_the_line_that_gives_theirs():
    found = recall("that was on the Saturday night, the 21st, yeah?", ["Yarm Road.", WHEN])
    assert found is not None and found.verdict == "correct"
    assert "Friday" in found.answer and "20th" in found.answer
    found = recall("so that was Friday night, the 20th?", ["Yarm Road.", WHEN])
    assert found is not None and found.verdict == "confirm"


def test_a_shade_and_body_the_caller_never_said_are_put_right():
    found = recall("a light grey BMW saloon?", [CAR])
    assert found is not None and found.verdict == "correct" and "Dark grey" in found.answer
    found = recall("so a dark grey BMW estate?", [CAR])
    assert found is not None and found.verdict == "confirm"



CALLS = ("I rang 101 on Monday the 10th, waited thirty-five minutes. Rang again on Monday just "
         "gone, the 17th, and a young lad said someone would ring me.")


def test_one_day_of_the_month_never_said_beside_one_said_is_put_right():
    found = recall("So you rang on the 10th and the 19th?", [CALLS])
    assert found is not None and found.verdict == "correct" and "17th" in found.answer
    found = recall("So you rang on the 10th and the 17th?", [CALLS])
    assert found is None or found.verdict == "confirm"


def test_a_time_read_back_is_checked_against_the_latest_time_said():
    said = ["They've got a party on. Music's been thumping since about ten o'clock.",
            "Gary Dobson."]
    found = recall("so it started about midnight", said)
    assert found is not None and found.verdict == "correct" and "ten o'clock" in found.answer
    found = recall("so it started about ten o'clock", said)
    assert found is None or found.verdict == "confirm"
    # a time they know, though not yet said, is right: not put right from another time
    found = recall("ok so ten o'clock til now", ["She's up at half five for work."],
                   ["Since about ten o'clock tonight, and it's still going now."])
    assert found is None or found.verdict == "confirm"


def test_the_time_of_what_was_just_said_wins_over_a_time_said_of_something_else():
    said = ["She should have been home by quarter past four.",
            "The bus stop on Leicester Road, outside the Co-op, about quarter to four. Ellie "
            "went home on the bus."]
    found = recall("So Ellie left her at the bus stop at quarter past four?", said)
    assert found is not None and found.verdict == "correct" and "quarter to four" in found.answer


def test_a_slip_of_the_number_just_given_is_put_right_though_it_is_known_elsewhere():
    known = ["Kyle lives opposite at 47."]
    found = recall("And that's number 47?", ["It's 41 Crescent Road, Middlesbrough."], known)
    assert found is not None and found.verdict == "correct" and "41" in found.answer


def test_a_date_of_birth_read_back_in_words_is_checked_with_its_year():
    from simulator.read_back_truth import near_date, same, spoken_iso

    assert spoken_iso("and that's the third of July two thousand and three") == "2003-07-03"
    assert spoken_iso("twenty-first of March nineteen ninety seven") == "1997-03-21"
    assert same("date", "the third of July two thousand and two", "2002-07-03")
    assert not same("date", "the third of July two thousand and three", "2002-07-03")
    assert near_date("the third of July two thousand and three", "2002-07-03")


def test_a_wrong_number_checked_by_asking_is_put_right():
    from .conftest import caller_for

    c = caller_for("hate-incident")
    c.hear("Where are you calling from?", 2)
    replies = c.hear("Are you at number 14 Crescent Road?", 6)
    assert [r.kind for r in replies] == ["correct"] and "41" in replies[0].text
    replies = c.hear("Are you at number 41 Crescent Road?", 10)
    assert "correct" not in [r.kind for r in replies]



def test_a_date_said_with_the_month_as_a_number_is_a_date():
    from simulator.read_back_truth import spoken_iso

    assert spoken_iso("the ninth of the third nineteen forty seven") == "1947-03-09"
    assert spoken_iso("14th of the 4th ninety seven") == "1997-04-14"
    assert spoken_iso("the first of the month") == ""
    assert spoken_iso("ninth of the third twenty twelve") == "2012-03-09"
    assert spoken_iso("the first of May twenty one") == "2021-05-01"


def test_a_date_of_birth_read_back_as_numbers_is_confirmed_or_put_right():
    from .conftest import caller_for

    c = caller_for("burglary-next-morning")
    c.hear("What's your date of birth?", 2)
    assert [r.kind for r in c.hear("the 9th of the 3rd 1947", 6)] == ["confirm"]
    replies = c.hear("ninth of the fourth nineteen forty seven", 10)
    assert [r.kind for r in replies] == ["correct"] and "March" in replies[0].text


def test_a_registration_spelt_in_the_phonetic_alphabet_is_the_letters():
    from simulator.caller_memory import spelt_out

    assert spelt_out("kilo november zero eight") == "K N zero eight"
    assert spelt_out("a VW Golf, seen in November") == "a VW Golf, seen in November"
    said = ["The number plate starts F N one five, I couldn't see the rest of it."]
    found = recall("so it starts foxtrot november one five, yeah?", said)
    assert found is not None and found.verdict == "confirm"


def test_the_same_street_name_with_another_kind_of_street_is_put_right():
    said = ["I'm at 27 Brandon Street, near Loughborough Road."]
    found = recall("Brandon Road, yeah?", [], said)
    assert found is not None and found.verdict == "correct" and "Brandon Street" in found.answer
    found = recall("Brandon Street, yeah?", [], said)
    assert found is not None and found.verdict == "confirm"


def test_a_detail_read_back_as_someone_elses_is_put_right():
    said = ["Dave's tall, bald, about fifty. His brother I've never met, short, red hair."]
    found = recall("So Dave's the one with the red hair?", said)
    assert found is not None and found.verdict == "correct" and "His brother" in found.answer
    found = recall("So Dave's the tall one, bald?", said)
    assert found is not None and found.verdict == "confirm"


def test_the_callers_name_asked_back_wrong_is_put_right():
    from .conftest import caller_for

    c = caller_for("interpreter-caller")
    replies = c.hear("Your surname is Novick, yes?", 4)
    assert [r.kind for r in replies] == ["correct"] and "Nowak" in replies[0].text
    silent = caller_for("silent-999-call")
    assert [r.kind for r in silent.hear("Is your name Megan?", 4)] == \
        ["correct"]
    assert "correct" not in [r.kind for r in silent.hear("Is your name Chloe?", 8)]


def test_a_caller_who_can_only_tap_does_not_answer_an_open_question():
    from .conftest import caller_for

    c = caller_for("silent-999-call")
    c.hear("If you need the police and can't speak, press five five.", 2)
    c.hear("Tap once for yes and twice for no. Is it unsafe for you to talk?", 6)
    assert [r.kind for r in c.hear("Which floor of the building are you on?", 10)] == \
        ["dont_know"]
    assert [r.kind for r in c.hear("Are you at home?", 14)] == ["answer"]


def test_a_question_word_with_a_tag_is_asked_not_read_back():
    from simulator.caller_memory import looks_like_read_back

    assert not looks_like_read_back("Whereabouts on Crescent Road was it?")
    assert looks_like_read_back("On Crescent Road, was it?")


def test_when_asked_of_what_was_said_needs_a_line_that_says_a_time():
    from simulator.caller_thread import says_when_asked

    place = ["Crescent Road, by the bus stop."]
    assert not says_when_asked("and what night was that", place)
    assert says_when_asked("and what night was that", ["Friday, about half eleven."])
    assert says_when_asked("and where was that", place)  # no time asked


def test_a_month_said_by_a_number_past_twelve_is_no_date():
    assert spoken_iso("the ninth of the third nineteen forty seven") == "1947-03-09"
    assert spoken_iso("the 9th of the 13th 1947") == ""


def test_a_day_and_month_read_back_with_no_year_is_checked_against_the_day_said():
    from simulator.read_back_truth import days_of_months

    from .conftest import caller_for

    assert days_of_months("on Tuesday the twenty-third of March, wasn't it") == {(23, 3)}
    assert days_of_months("the 4th of June and the 9th June") == {(4, 6), (9, 6)}
    assert days_of_months("about four in the afternoon") == set()
    c = caller_for("complaint-service-recovery")
    c.hear("What day did the bike go missing?", 3)
    wrong = c.hear("So that was Saturday the first of December?", 8)
    assert [r.kind for r in wrong] == ["correct"] and "November" in wrong[0].text
    right = c.hear("Right, the 1st of November then?", 12)
    assert [r.kind for r in right] == ["confirm"]
