"""The analysis of a trainee turn: its contract, its journal form, and the marker using it."""

from __future__ import annotations

import pytest

from scoring.understanding import Context, TurnAnalysis
from simulator.selftest import mark_attempt, understanding_of

from .conftest import attempt


@pytest.fixture(scope="module")
def understanding(mini):
    return understanding_of(mini)


def test_each_clause_gets_an_act_and_each_intent_names_its_phrase(understanding):
    analysis = understanding.analyse("Where are you? And what's your name?", Context())
    assert [a.kind for a in analysis.acts] == ["question", "question"]
    assert analysis.intent_ids() == ("location", "caller_name")
    for reading in analysis.intents:
        assert reading.phrase and 0.0 <= reading.confidence <= 1.0
        assert reading.polarity == "affirm" and reading.subject == "caller"


def test_analysis_survives_the_journal(understanding):
    analysis = understanding.analyse("what's the address and is anyone hurt", Context())
    again = TurnAnalysis.from_json(analysis.to_json())
    assert again == analysis
    with pytest.raises(ValueError, match="format"):
        TurnAnalysis.from_json({"text": "x"})
    broken = {**analysis.to_json(), "acts": [{"kind": "shouting", "clause": "x"}]}
    with pytest.raises(ValueError, match="shouting"):
        TurnAnalysis.from_json(broken)


def test_marker_reads_the_journalled_analysis(mini, understanding):
    text = "Hello, thanks for calling."
    heard = understanding.analyse("What's the address?", Context())
    # The caller acted on a reading of this very text by this analyser: the marker uses it.
    journalled = heard.__class__(**{**heard.__dict__, "text": text})
    record = attempt(turns=[(3, text)])
    turns = (record.turns[0].model_copy(update={"analysis": journalled.to_json()}),)
    result = mark_attempt(mini, record.model_copy(update={"turns": turns}))
    assert result.item("location-first").status == "met"
    # A reading made for other words (an assessor corrected the text) is not trusted.
    stale = heard.to_json()
    turns = (record.turns[0].model_copy(update={"analysis": stale}),)
    result = mark_attempt(mini, record.model_copy(update={"turns": turns}))
    assert result.item("location-first").status == "not_met"


# --- the kinds of failure, in fresh wording (not lines of the blind sets) ---------

@pytest.fixture(scope="module")
def domestic():
    from pathlib import Path

    from simulator.loader import load_scenario

    return load_scenario(Path(__file__).parent / "data" / "understanding-scenario.yaml")


@pytest.fixture(scope="module")
def understood(domestic):
    return understanding_of(domestic)


def readings(understood, text, context=None):
    return {(r.intent, r.polarity) for r in understood.analyse(text, context).intents}


@pytest.mark.parametrize(("text", "intent", "polarity"), [
    ("You're fine to clean up the hallway now.", "scene_preservation", "negate"),
    ("There's no need to keep the scene as it is.", "scene_preservation", "negate"),
    ("Please don't touch the door handle.", "scene_preservation", "affirm"),
    ("you don't have to stay on the line", "stay_on_line", "negate"),
    ("Don't hang up on me.", "stay_on_line", "affirm"),
    ("I'm going to have to end the call now.", "stay_on_line", "negate"),
    ("I won't be needing your date of birth.", "date_of_birth", "negate"),
])
def test_polarity_follows_what_is_advised(understood, text, intent, polarity):
    assert (intent, polarity) in readings(understood, text)


def test_the_word_without_the_deed_is_no_apology(understood):
    for text in ("I'm not going to apologise for the officers.",
                 "I'm sorry, but that's just how it works.",
                 "Sorry, could you say that again?"):
        assert ("apology", "affirm") not in readings(understood, text), text
    assert ("apology", "affirm") in readings(understood, "I'm sorry nobody rang you back.")


def test_acts_per_clause(understood):
    analysis = understood.analyse("Don't open the door. Is he still outside?")
    assert [a.kind for a in analysis.acts] == ["instruction", "question"]
    assert analysis.act == "question"
    assert understood.analyse("Officers are on their way to you.").act == "reassurance"
    assert understood.analyse("I won't need your date of birth.").act == "statement"


def test_whom_a_question_is_about(understood):
    def subject(text, context=None):
        return [(r.intent, r.subject) for r in understood.analyse(text, context).intents]

    assert subject("What's your husband's date of birth?") == [("date_of_birth", "partner")]
    assert subject("Can you tell me your neighbour's phone number?") == [
        ("callback_number", "neighbour")]
    assert subject("What's your date of birth?") == [("date_of_birth", "caller")]
    who = understood.analyse("How old is Dean?").intents[0]
    assert (who.subject, who.person) == ("suspect", "dean")
    # "And his name?" after asking about the man at the door: the suspect's name.
    context = Context().after(understood.analyse("Who is the man at the door?"))
    follow = understood.analyse("And his name?", context).intents[0]
    assert (follow.intent, follow.subject) == ("suspect_description", "suspect")


def test_read_backs_are_compared_with_the_world(understood):
    right = understood.analyse("So that's 4 Vale Close, Goole?")
    assert [(b.kind, b.matches_world, b.field) for b in right.readbacks] == [
        ("address", True, "location")]
    assert right.act == "readback" and "confirm_details" in right.intent_ids()
    number = understood.analyse("oh seven seven double oh, nine double oh four five six")
    assert [(b.kind, b.value, b.matches_world) for b in number.readbacks] == [
        ("phone", "07700900456", True)]
    wrong = understood.analyse("Just to confirm, the van is YX19 ABD?")
    assert [(b.kind, b.matches_world) for b in wrong.readbacks] == [("registration", False)]


def result_for(domestic, turns):
    return mark_attempt(domestic, attempt("mini-domestic", turns, log={"grade": "1"}))


def test_marking_respects_whom_polarity_and_act(domestic):
    result = result_for(domestic, [
        (2, "What's your husband's date of birth?"),
        (6, "You're fine to clean up the hallway now."),
        (9, "You don't have to stay on the line."),
        (12, "I'm sorry, but that's just how it is."),
        (15, "So that's 4 Vale Close, Goole?"),
        (20, "I can't give you a reference number yet.")])
    assert result.item("caller-dob").failed
    assert "about the partner" in result.item("caller-dob").reason
    assert result.item("scene").failed and "opposite" in result.item("scene").reason
    assert result.item("stay").failed and "stay" in result.critical_failures
    assert result.item("apology").failed
    assert result.item("confirmed").met  # a read-back is a confirmation
    assert result.item("reference").failed  # the words, refused


def test_partial_credit_for_some_of_the_details(domestic):
    result = result_for(domestic, [(2, "What's your name?"), (5, "And a number for you?")])
    details = result.item("details")
    assert details.points == 4.0 and details.max_points == 6.0
    assert "`date_of_birth` was never asked" in details.reason


def test_never_asked_names_the_closest_turn(domestic):
    result = result_for(domestic, [(2, "You don't have to stay on the line.")])
    reason = result.item("stay").reason
    assert "closest: turn 0 at 00:02 'You don't have to stay on the line'" in reason
    assert "said as its opposite" in reason


def test_a_scenario_phrasing_is_heard_and_named(understood):
    reading = understood.analyse("Which flat in the Vale are you in?").intents[0]
    assert (reading.intent, reading.phrase) == ("location", "which flat in the Vale are you in")


def test_a_phrasing_for_an_unknown_intent_is_an_error_with_its_line(tmp_path, domestic):
    from pathlib import Path

    from scoring.authored import AuthoringError
    from simulator.loader import load_scenario

    text = (Path(__file__).parent / "data" / "understanding-scenario.yaml").read_text()
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("  location: [\"which flat", "  locaton: [\"which flat"))
    with pytest.raises(AuthoringError) as error:
        load_scenario(bad)
    line = text[:text.index("locaton" if "locaton" in text else "  location: [\"which")]
    assert f"bad.yaml:{line.count(chr(10)) + 1}: phrasings.locaton: unknown intent " \
           "`locaton`; did you mean `location`?" in str(error.value)


def test_about_names_a_role_word_or_a_person(tmp_path):
    from pathlib import Path

    from scoring.authored import AuthoringError
    from simulator.loader import load_scenario

    text = (Path(__file__).parent / "data" / "understanding-scenario.yaml").read_text()
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("{asked: date_of_birth, about: [caller]}\n      comp",
                                "{asked: date_of_birth, about: [callr]}\n      comp"))
    with pytest.raises(AuthoringError, match=r"unknown person .* `callr`; did you mean "
                                             r"`caller`"):
        load_scenario(bad)


def test_uncertain_marks_lean_and_say_so(domestic):
    from scoring.marking import UNCERTAIN_BAND, Marker

    record = attempt("mini-domestic", [(2, "Keep the line open.")], log={"grade": "1"})
    marker = Marker(domestic.marking, domestic.world, domestic.fact_rules(), record,
                    understanding_of(domestic))
    reading = marker.analyses[0].intents[0]
    mark = marker.mark(domestic.marking.item("stay"))
    if reading.confidence < UNCERTAIN_BAND[1]:
        assert mark.status == "uncertain" and mark.leaning == "met" and mark.met
        assert f"confidence is {reading.confidence:.2f}" in mark.reason
    else:
        assert mark.status == "met" and mark.confidence is None


def test_vectors_are_cached_on_disk_under_the_data_folder(monkeypatch, tmp_path):
    from scoring.understanding.sentences import cache_dir, sentence_model

    monkeypatch.delenv("CALLSIM_CACHE", raising=False)
    monkeypatch.setenv("CALLSIM_DATA", str(tmp_path))
    assert cache_dir() == tmp_path / "cache" / "sentences"
    model = sentence_model()
    texts = ["where are you", "is anyone hurt"]
    first = model.embed_cached(texts)
    [stored] = list(cache_dir().glob("*.npy"))
    again = model.embed_cached(texts)  # read back from the file
    assert (first == again).all() and stored.exists()
    assert abs(float(first[0] @ first[0]) - 1.0) < 1e-5  # unit vectors
    assert float(first[0] @ model.embed(["whereabouts are you"])[0]) > float(
        first[0] @ first[1])  # nearer in meaning than a different question


def test_reports_show_uncertain_marks(domestic, capsys):
    from dataclasses import replace

    from simulator.commands.library import print_result
    from simulator.report.render import build, render

    record = attempt("mini-domestic", [(2, "Stay on the line with me.")], log={"grade": "1"})
    result = mark_attempt(domestic, record)
    items = tuple(replace(i, status="uncertain", leaning="met", confidence=0.41)
                  if i.id == "stay" else i for i in result.items)
    unsure = replace(result, items=items)
    assert unsure.item("stay").met and not unsure.item("stay").failed
    assert unsure.to_json()["items"][2]["leaning"] == "met"
    html = render(build(record, unsure.to_json(), domestic, None))
    assert "1 uncertain (for review)" in html and "uncertain: for review" in html
    print_result(domestic, unsure)
    assert " ?! " in capsys.readouterr().out


def test_calibration_counts_how_often_uncertain_marks_leaned_right():
    from simulator.commands.review import _uncertain_agreement
    from simulator.store.reviews import BlindMarked

    auto = {"items": [{"id": "stay", "status": "uncertain", "leaning": "met"},
                      {"id": "scene", "status": "uncertain", "leaning": "not_met"},
                      {"id": "where", "status": "met"}]}
    marked = {7: BlindMarked(auto, {"as-1": {"stay": True, "scene": True, "where": True},
                                    "as-2": {"stay": True, "scene": False}}, {}, "pc-1")}
    assert _uncertain_agreement(marked) == {"comparisons": 4, "agreed": 3}


def test_callsim_match_shows_the_analysis(capsys):
    from simulator.cli import main

    code = main(["match", "You're fine to clean up now. So that's 9 Harebell Close?",
                 "--scenario", "domestic-abuse-children"])
    out = capsys.readouterr().out
    assert code == 0
    assert "'You're fine to clean up now': instruction" in out
    assert "NOT scene_preservation about caller" in out
    assert "read-back of the address '9 harebell close': matches the world (location)" in out
