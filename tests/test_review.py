"""Assessors' reviews: corrections and overrides re-mark the attempt with an append-only
audit trail; blind double-markings feed calibration (agreement and Cohen's kappa)."""

from __future__ import annotations

import io
import json

import pytest

from tests.store_helpers import silent_wav, store_url

SCENARIO = "burglary-next-morning"
SCENE_START = "Please don't touch"  # the model's critical scene-preservation turn
MISHEARD = "Please bond crutch the black four, the same of the roars."


@pytest.fixture(scope="module")
def scenario():
    from simulator.commands.library import open_scenario

    return open_scenario(SCENARIO)


@pytest.fixture(scope="module")
def model(scenario):
    """The model trainee's attempt, with the scene-preservation turn spoken and misheard."""
    from simulator.selftest import attempt_from

    attempt = attempt_from(scenario, scenario.self_tests[0], trainee="pc-4521")
    turns = list(attempt.turns)
    at = scene_turn(attempt)
    turns[at] = turns[at].model_copy(update={
        "source": "stt", "confidence": 0.41, "text": MISHEARD, "audio": "turns/0009.wav"})
    return attempt.model_copy(update={"turns": tuple(turns),
                                      "started_at": "2026-11-20T09:00:00+00:00"})


def scene_turn(attempt) -> int:
    """Where the scene-preservation turn is (the caller's replies come from the engine, so
    the index is found, not assumed)."""
    return next(i for i, t in enumerate(attempt.turns)
                if t.speaker == "trainee" and t.text.startswith(SCENE_START))


@pytest.fixture
def keep(scenario, model):
    """Store the model attempt, marked, as if its call were in `folder`."""
    return lambda url, folder: _stored(url, model, scenario, folder)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    with store_url(request.param, tmp_path) as made:
        yield made


def _call(scenario, attempt, root):
    """Play the attempt through a real session, so the call has a journal and folder."""
    from simulator.session import LOG_FIELDS, THRIVE, Session

    session = Session.start(scenario, attempt.trainee, root=root)
    for turn in attempt.turns:
        end = turn.end if turn.end is not None else turn.t
        if turn.speaker == "caller":
            session.caller_said(turn.text, turn.t, end)
        elif turn.source == "stt":
            session.trainee_said(turn.text, turn.t, end, source="stt",
                                 confidence=turn.confidence, audio=silent_wav())
        else:
            session.trainee_said(turn.text, turn.t, end)
    last = attempt.turns[-1].t
    for name in LOG_FIELDS:
        session.log_edit(name, getattr(attempt.log, name), last)
    for part in THRIVE:
        session.log_edit(f"thrive.{part}", getattr(attempt.log.thrive, part), last)
    for event in attempt.events:
        fields = event.model_dump(mode="json", exclude_none=True)
        session.event(fields.pop("type"), fields.pop("t"), **fields)
    attempt, result = session.finish()
    return session.folder, attempt, result


def _stored(url, attempt, scenario, folder):
    from simulator.selftest import mark_attempt
    from simulator.store.connect import open_store
    from simulator.store.saving import store_attempt

    store = open_store(url)
    try:
        return store_attempt(store, attempt, mark_attempt(scenario, attempt), folder)
    finally:
        store.close()


def _review(capsys, *args):
    from simulator.cli import main

    code = main(["review", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def _markings(url, ident):
    from sqlalchemy import select

    from simulator.store.connect import open_store
    from simulator.store.tables import ResultRecord

    store = open_store(url)
    with store.sessions() as session:
        rows = [(r.marker, r.result_json) for r in session.scalars(
            select(ResultRecord).where(ResultRecord.attempt_id == ident)
            .order_by(ResultRecord.id))]
    store.close()
    return rows


def test_cohen_kappa_matches_the_textbook_example():
    """Wikipedia's "Cohen's kappa" worked example: 50 proposals, both raters yes 20, both
    no 15, A yes B no 5, A no B yes 10: p_o = 0.7, p_e = 0.5, kappa = 0.4."""
    from scoring.calibration import cohen_kappa

    pairs = ([(True, True)] * 20 + [(False, False)] * 15 + [(True, False)] * 5
             + [(False, True)] * 10)
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert cohen_kappa([(True, True), (False, False)]) == pytest.approx(1.0)
    assert cohen_kappa([(True, False), (False, True)]) == pytest.approx(-1.0)
    assert cohen_kappa([(True, True)] * 4) is None  # no variation: kappa is undefined
    assert cohen_kappa([]) is None


def test_correcting_a_misheard_turn_remarks_and_writes_a_journal_revision(
        url, scenario, model, tmp_path, capsys):
    from simulator.session import recover

    folder, attempt, result = _call(scenario, model, tmp_path / "calls")
    assert not result.passed and "scene-preservation" in result.critical_failures
    ident = _stored(url, attempt, scenario, folder)
    at = next(i for i, t in enumerate(model.turns) if t.text == MISHEARD)
    code, out, err = _review(capsys, folder, "--correct-turn", at, "--text",
                             "Please don't touch the back door, the frame or the drawers.",
                             "--assessor", "as-07", "--reason", "recording is clear",
                             "--store", url)
    assert (code, err) == (0, "")
    assert f"attempt {ident}:" in out and "PASS" in out
    rebuilt = recover(folder)  # the journal says the same as the store
    assert rebuilt.turns[at].text.startswith("Please don't touch the back door")
    assert rebuilt.turns[at].live_text == MISHEARD
    assert rebuilt.turns[at].recognised_by == "assessor as-07"
    markings = _markings(url, ident)
    assert [m for m, _ in markings] == ["auto", "as-07"]
    assert markings[0][1] == result.to_json()  # the automatic mark is kept as it was
    assert markings[1][1]["passed"] and markings[1][1]["auto"]["passed"] is False


def test_overrides_recompute_and_the_original_marking_is_kept(url, scenario, model,
                                                              tmp_path, capsys):
    from simulator.store.connect import open_store
    from simulator.store.queries import find_attempt, list_attempts
    from simulator.store.reviews import audit_trail

    ident = _stored(url, model, scenario, tmp_path / "pc-4521" / "call-1")
    auto = _markings(url, ident)[0][1]
    total = sum(i["max_points"] for i in auto["items"])
    code, out, _ = _review(capsys, ident, "--override", "scene-preservation", "--met", "yes",
                           "--assessor", "as-07", "--reason", "said it; see recording",
                           "--json", "--store", url)
    doc = json.loads(out)
    assert code == 0 and doc["passed"] and doc["critical_failures"] == []
    assert doc["score"] == 100.0
    code, out, _ = _review(capsys, ident, "--override", "open-question", "--met", "yes",
                           "--points", "2", "--assessor", "as-09", "--reason", "closed first",
                           "--json", "--store", url)
    doc = json.loads(out)
    assert code == 0 and doc["score"] == round(100 * (total - 3) / total, 1)

    store = open_store(url)
    trail = audit_trail(store, ident)
    latest = find_attempt(store, str(ident))
    (row,) = list_attempts(store)
    store.close()
    assert [(e.kind, e.target, e.assessor) for e in trail] == [
        ("override", "scene-preservation", "as-07"), ("override", "open-question", "as-09")]
    assert trail[0].before == {"status": "not_met", "points": 0.0}
    assert trail[0].after == {"met": True, "points": None}
    assert trail[1].before == {"status": "met", "points": 5.0}
    assert all(e.reason and e.at for e in trail)
    markings = _markings(url, ident)
    assert [m for m, _ in markings] == ["auto", "as-07", "as-09"]
    assert markings[0][1] == auto and auto["passed"] is False
    assert latest is not None and latest.marker == "as-09"
    item = next(i for i in latest.result["items"] if i["id"] == "scene-preservation")
    assert item["override"] == {"assessor": "as-07", "reason": "said it; see recording",
                                "auto_status": "not_met", "auto_points": 0.0}
    assert row.passed and row.score == doc["score"]  # lists show the reviewed result


def test_the_audit_trail_cannot_be_changed_or_deleted(url, scenario, model, tmp_path,
                                                      capsys):
    from sqlalchemy import delete, text, update
    from sqlalchemy.exc import SQLAlchemyError

    from simulator.store.connect import open_store
    from simulator.store.reviews import audit_trail
    from simulator.store.tables import ReviewRecord

    ident = _stored(url, model, scenario, tmp_path / "pc-4521" / "call-2")
    assert _review(capsys, ident, "--override", "open-question", "--met", "no",
                   "--assessor", "as-07", "--reason", "closed question",
                   "--store", url)[0] == 0
    store = open_store(url)
    before = audit_trail(store, ident)
    for statement in (update(ReviewRecord).values(reason="nothing to see"),
                      delete(ReviewRecord), text("UPDATE reviews SET assessor = 'x'")):
        with (pytest.raises(SQLAlchemyError, match="append-only"),
              store.sessions.begin() as session):
            session.execute(statement)
    assert audit_trail(store, ident) == before
    store.close()


def test_re_storing_a_reviewed_call_keeps_the_reviewed_marking(url, scenario, model,
                                                               tmp_path, capsys):
    from simulator.selftest import mark_attempt
    from simulator.store.connect import open_store
    from simulator.store.queries import find_attempt
    from simulator.store.saving import store_attempt

    folder = tmp_path / "pc-4521" / "call-3"
    ident = _stored(url, model, scenario, folder)
    _review(capsys, ident, "--override", "scene-preservation", "--met", "yes",
            "--assessor", "as-07", "--reason", "heard it", "--store", url)
    store = open_store(url)
    store_attempt(store, model, mark_attempt(scenario, model), folder)  # callsim recover
    latest = find_attempt(store, str(ident))
    store.close()
    assert latest is not None and latest.marker == "as-07" and latest.result["passed"]


def test_blind_double_marking_and_calibration(url, scenario, model, tmp_path, capsys):
    from simulator.cli import main

    ident = _stored(url, model, scenario, tmp_path / "pc-4521" / "call-4")
    auto = {i["id"]: i["met"] for i in _markings(url, ident)[0][1]["items"]}
    items = sorted(auto)
    # as-01 agrees with the automatic marking on every item; as-02 differs on two
    first = [f"{i}={'yes' if auto[i] else 'no'}" for i in items]
    second = [f"{i}={'no' if i in ('open-question', 'scene-preservation') else 'yes'}"
              for i in items]
    for assessor, marks in (("as-01", first), ("as-02", second)):
        args = [ident, "--blind", "--assessor", assessor, "--store", url]
        for mark in marks:
            args += ["--mark", mark]
        code, out, _ = _review(capsys, *args)
        assert code == 0 and "recorded" in out
        assert "not met" not in out and "met" not in out.replace("recorded", "")
    assert main(["calibration", "--json", "--store", url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["attempts"] == 1
    assert report["assessors_with_auto"]["comparisons"] == 2 * len(items)
    between = report["between_assessors"]
    assert between["comparisons"] == len(items)
    # as-01 says not met only for scene-preservation (the misheard turn); as-02 for it and
    # open-question: 19 of 20 agree
    assert between["agreement"] == pytest.approx(round((len(items) - 1) / len(items), 3))
    n = len(items)
    p_o, p_a, p_b = (n - 1) / n, (n - 1) / n, (n - 2) / n
    p_e = p_a * p_b + (1 - p_a) * (1 - p_b)
    assert between["kappa"] == pytest.approx(round((p_o - p_e) / (1 - p_e), 3))
    assert report["items"]["open-question"]["between_assessors"]["agreement"] == 0.0
    assert main(["calibration", "--store", url]) == 0
    assert "open-question" in capsys.readouterr().out
    assert _markings(url, ident)[-1][0] == "auto"  # blind marks never change the result


def test_blind_marks_carry_points_and_calibration_names_who_disagreed(url, scenario, model,
                                                                    tmp_path, capsys):
    from simulator.cli import main

    ident = _stored(url, model, scenario, tmp_path / "pc-4521" / "call-7")
    auto = {i["id"]: i for i in _markings(url, ident)[0][1]["items"]}
    common = [f"{i}={'yes' if auto[i]['met'] else 'no'}" for i in sorted(auto)
              if i not in ("open-question", "location-early")]
    # as-11 gives part of location-early's points; as-12 says open-question was not met
    for assessor, extra in (("as-11", ["location-early=yes:3", "open-question=yes"]),
                            ("as-12", ["location-early=yes", "open-question=no"])):
        args = [ident, "--blind", "--assessor", assessor, "--store", url]
        for mark in [*common, *extra]:
            args += ["--mark", mark]
        assert _review(capsys, *args)[0] == 0
    assert main(["calibration", "--json", "--store", url]) == 0
    report = json.loads(capsys.readouterr().out)
    item = report["items"]["open-question"]
    assert item["name"] == auto["open-question"]["description"]
    assert {"attempt": int(ident), "kind": "met", "between": ["as-11", "as-12"],
            "marks": {"as-11": {"met": True, "points": 5.0},
                      "as-12": {"met": False, "points": 0.0}}} in item["disagreements"]
    assert [d["between"] for d in item["disagreements"]] == [
        ["as-11", "as-12"], ["as-12", "automatic marking"]]
    assert main(["calibration", "--store", url]) == 0
    text = capsys.readouterr().out
    assert f"{auto['open-question']['description'][:20]}" in text
    assert f"attempt {ident}: as-11 met (5 points) vs as-12 not met (0 points)" in text
    assert f"attempt {ident}: as-12 not met (0 points) vs automatic marking met (5 points)" \
        in text
    # both met, different points: a disagreement of kind "points", not counted by kappa
    early = report["items"]["location-early"]
    assert [(d["kind"], d["between"]) for d in early["disagreements"]] == [
        ("points", ["as-11", "as-12"]), ("points", ["as-11", "automatic marking"])]
    assert early["between_assessors"]["agreement"] == 1.0
    assert f"attempt {ident}: as-11 met (3 points) vs as-12 met (8 points)" in text


def test_blind_points_outside_the_item_are_refused(keep, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    ident = keep(url, tmp_path / "pc-4521" / "call-8")
    code, _, err = _review(capsys, ident, "--blind", "--assessor", "as-13", "--mark",
                             "open-question=yes:9", "--store", url)
    assert code == 1 and "9 points is outside 0–5" in err


def test_blind_marks_are_asked_for_item_by_item(url, keep, tmp_path, capsys, monkeypatch):
    ident = keep(url, tmp_path / "pc-4521" / "call-5")
    n = len(_markings(url, ident)[0][1]["items"])
    monkeypatch.setattr("sys.stdin", io.StringIO("maybe\n" + "yes\n" * n))
    code, _, err = _review(capsys, ident, "--blind", "--assessor", "as-03", "--store", url)
    assert code == 0
    assert "location-early" in err and "met? [yes/no, or yes:POINTS for part of them]" in err
    assert "not_met" not in err and "critical" not in err  # no one else's marks shown
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    code, _, err = _review(capsys, ident, "--blind", "--assessor", "as-04", "--store", url)
    assert code == 1 and "nothing was recorded" in err


@pytest.mark.parametrize(("args", "message"), [
    (["--override", "no-such-item", "--met", "yes", "--reason", "r"], "no item `no-such-item`"),
    (["--override", "open-question", "--met", "yes", "--points", "9", "--reason", "r"],
     "outside 0–5"),
    (["--override", "open-question", "--met", "no", "--points", "2", "--reason", "r"],
     "earns no points"),
    (["--override", "open-question", "--met", "yes"], "give a --reason"),
    (["--override", "open-question", "--reason", "r"], "--met yes or --met no"),
    (["--correct-turn", "1", "--text", "x", "--reason", "r"], "typed, not heard"),
    (["--correct-turn", "0", "--text", "x", "--reason", "r"], "the caller's"),
    (["--correct-turn", "999", "--text", "x", "--reason", "r"], "there is no turn 999"),
    (["--correct-turn", "18", "--reason", "r"], "needs --text"),
    (["--blind", "--mark", "open-question=perhaps"], "open-question=yes"),
    (["--override", "open-question", "--met", "yes", "--reason", "r", "--text", "x"],
     "--text does not go"),
])
def test_bad_reviews_say_what_is_wrong_and_change_nothing(args, message, keep, tmp_path,
                                                          capsys):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    ident = keep(url, tmp_path / "pc-4521" / "call-6")
    code, out, err = _review(capsys, ident, "--assessor", "as-07", *args, "--store", url)
    assert (code, out) == (1, "")
    assert message in err and "Traceback" not in err
    assert len(_markings(url, ident)) == 1


def test_an_unknown_attempt_is_one_message(tmp_path, capsys):
    from simulator.store.connect import open_store

    url = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(url).close()  # a store that exists but holds no attempt 4242
    code, _, err = _review(capsys, "4242", "--override", "x", "--met", "yes",
                           "--assessor", "a", "--reason", "r", "--store", url)
    assert code == 1 and "no attempt `4242`" in err


@pytest.mark.parametrize("command", [
    ["review", "--queue"], ["calibration"], ["cohort", "--json"], ["verify"],
    ["review", "1", "--override", "x", "--met", "yes", "--assessor", "a", "--reason", "r"],
])
def test_a_mistyped_store_path_is_refused_not_made_empty(command, tmp_path, capsys):
    """An assessor who mistypes --store must not be told "nothing waiting" by a new, empty
    store made on the spot."""
    from simulator.cli import main

    missing = tmp_path / "typo" / "callsim.db"
    code = main([*command, "--store", f"sqlite:///{missing}"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"no results store at {missing}" in err and "--store" in err
    assert not missing.parent.exists()


def test_the_report_shows_the_audit_trail_and_overridden_marks(scenario, model, tmp_path,
                                                               capsys):
    from simulator.cli import main

    url = f"sqlite:///{tmp_path / 'store.db'}"
    folder, attempt, _ = _call(scenario, model, tmp_path / "calls")
    ident = _stored(url, attempt, scenario, folder)
    at = next(i for i, t in enumerate(model.turns) if t.text == MISHEARD)
    _review(capsys, ident, "--correct-turn", at, "--text",
            "Please don't touch the back door, the frame or the drawers.",
            "--assessor", "as-07", "--reason", "clear on the <recording>", "--store", url)
    _review(capsys, ident, "--override", "open-question", "--met", "no",
            "--assessor", "as-09", "--reason", "asked a closed question first",
            "--store", url)
    for given in (str(ident), str(folder)):  # from the store, or from the call's folder
        output = tmp_path / "report.html"
        assert main(["report", given, "-o", str(output), "--store", url]) == 0
        _shows_the_reviews(output.read_text())


def _shows_the_reviews(html):
    assert "Reviews (audit trail)" in html
    assert "clear on the &lt;recording&gt;" in html and "<recording>" not in html
    assert "overridden by as-09: asked a closed question first" in html
    assert "automatic marking: met, 5 points" in html
    assert f"heard in the call as “{MISHEARD}”" in html.replace("&#39;", "'")
    assert "revised by assessor as-07" in html
    assert "reviewed by as-09" in html


def _assessor(url: str, ident: int, item: str) -> None:
    from simulator.cli import main

    code = main(["review", str(ident), "--override", item, "--met", "no", "--assessor",
                 f"as-{item}", "--reason", "in parallel", "--store", url])
    raise SystemExit(code)


def test_assessors_reviewing_at_once_each_see_the_others_changes(url, keep, tmp_path):
    import multiprocessing

    from simulator.store.connect import open_store
    from simulator.store.queries import find_attempt
    from simulator.store.reviews import audit_trail

    ident = keep(url, tmp_path / "pc-4521" / "call-7")
    items = ["open-question", "witnesses-cctv", "victim-support", "needs-met"]
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_assessor, args=(url, ident, item)) for item in items]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0] * len(items)
    store = open_store(url)
    trail = audit_trail(store, ident)
    latest = find_attempt(store, str(ident))
    store.close()
    assert sorted(e.target for e in trail) == sorted(items)
    assert latest is not None
    # the marking that stands carries every assessor's override, whoever finished last
    missed = {i["id"] for i in latest.result["items"] if i["status"] == "not_met"}
    assert set(items) <= missed


def test_the_review_queue_lists_uncertain_marks(url, scenario, model, tmp_path, capsys):
    """`callsim review --queue`: the marks the automatic marking was unsure of, critical
    first, each with which way it leaned and the confidence it rested on."""
    from dataclasses import replace

    from simulator.selftest import mark_attempt
    from simulator.store.connect import open_store
    from simulator.store.saving import store_attempt

    result = mark_attempt(scenario, model)
    unsure = {"open-question": ("met", 0.44), "scene-preservation": ("not_met", 0.38)}
    # Only the two made uncertain here: any the marker was itself unsure of are settled the
    # way they leaned, so the queue's order is this test's alone.
    items = tuple(replace(i, status="uncertain", leaning=unsure[i.id][0],
                          confidence=unsure[i.id][1]) if i.id in unsure
                  else replace(i, status=i.leaning) if i.status == "uncertain" else i
                  for i in result.items)
    store = open_store(url)
    try:
        ident = store_attempt(store, model, replace(result, items=items),
                              tmp_path / "pc-4521" / "call-9")
    finally:
        store.close()
    code, out, err = _review(capsys, "--queue", "--store", url)
    assert (code, err) == (0, "")
    lines = [line for line in out.splitlines() if line.startswith("attempt")]
    assert lines[0].startswith(f"attempt {ident} (pc-4521, {SCENARIO}) scene-preservation "
                               "[critical]: leaning not met, confidence 0.38")
    assert lines[1].startswith(f"attempt {ident} (pc-4521, {SCENARIO}) open-question: "
                               "leaning met, confidence 0.44")
    code, out, _ = _review(capsys, "--queue", "--json", "--store", url)
    assert [u["item"] for u in json.loads(out)] == ["scene-preservation", "open-question"]
    code, _, err = _review(capsys, "1", "--queue", "--store", url)
    assert code == 1 and "give no ATTEMPT" in err


def test_calibration_with_nothing_double_marked_says_how_to_start(tmp_path, capsys):
    from simulator.cli import main
    from simulator.store.connect import open_store

    url = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(url).close()
    assert main(["calibration", "--store", url]) == 0
    out = capsys.readouterr().out
    assert "No attempt has been double-marked blind yet" in out
    assert "callsim report ID --blind" in out and "callsim review ID --blind --mark" in out
    assert main(["calibration", "--json", "--store", url]) == 0
    assert json.loads(capsys.readouterr().out)["attempts"] == 0


def test_partial_credit_short_of_met_is_credit_in_calibration():
    """The automatic marking's 2 points under "not met" (caller details: 2 of 3) is credit:
    an assessor's "no" (0 points) disagrees with it, an assessor's "yes:2" agrees."""
    from scoring.calibration import DoubleMarked, calibrate

    marked = DoubleMarked(7, {"details": False, "name": False},
                          {"jb": {"details": False, "name": False},
                           "kc": {"details": True, "name": False}},
                          {"details": 2.0, "name": 0.0},
                          {"jb": {"details": 0.0, "name": 0.0},
                           "kc": {"details": 2.0, "name": 0.0}})
    report = calibrate([marked]).to_json()
    details = report["items"]["details"]
    assert [(d["kind"], d["between"]) for d in details["disagreements"]] == [
        ("met", ["jb", "kc"]), ("met", ["jb", "automatic marking"])]
    assert details["disagreements"][1]["marks"]["automatic marking"] == {
        "met": True, "points": 2.0}
    assert details["assessors_with_auto"]["agreement"] == 0.5
    # no points and not met: agreement, nothing listed
    assert report["items"]["name"]["disagreements"] == []
