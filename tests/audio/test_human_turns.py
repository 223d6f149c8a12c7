"""The human part of the end-of-turn benches (bench/human_turns.py): which recordings are
whole requests, where a pause lies against the words, and the fixed dev/held-out split."""

from __future__ import annotations

import pytest

from bench.human_turns import between_words, human_turns, is_request


def test_a_whole_request_is_asked_for_or_a_question() -> None:
    assert is_request("Please enter your password followed by the pound key.")
    assert is_request("Press 1 to accept this call or 2 to reject it.")
    assert is_request("Which folder should I save this message to?")
    assert not is_request("The conference will begin when the leader arrives.")
    # fragments of a prompt that other prompts complete
    assert not is_request("...to decrease the audio volume from other participants, press 1.")
    assert not is_request("To decrease your speaking volume, please press...")
    assert not is_request("Please hold.")  # too short to pause inside


def test_a_pause_counts_only_between_two_words() -> None:
    words = [(0.0, 0.4), (0.45, 0.9), (1.3, 1.8)]
    assert between_words(words, 0.9, 1.3)  # after "two words", before the third
    assert not between_words(words, 0.5, 0.8)  # inside the second word
    assert not between_words(words, 1.8, 2.3)  # after the last word: the end, not a pause
    assert not between_words(words[:1], 0.1, 0.2)


def test_the_split_is_fixed_by_the_name_and_the_parts_do_not_meet() -> None:
    corpora = pytest.importorskip("bench.corpora")
    pytest.importorskip("G722", reason="g722 not installed (./setup)")
    if not corpora.ASTERISK_TEXT.exists() or not corpora.ASTERISK.is_dir():
        pytest.skip("asterisk-core-sounds-en(-g722) not installed (run .ci/speech-setup.sh)")
    dev, held_out = human_turns("dev"), human_turns("held-out")
    assert len(dev) >= 30 and len(held_out) >= 30
    assert not {t.id for t in dev} & {t.id for t in held_out}
    assert all(corpora.part(t.id) == "dev" for t in dev)
    assert all(is_request(t.text) for t in dev if not t.id.startswith("sense_and"))
    with pytest.raises(ValueError, match="held-out"):
        human_turns("test")


def test_a_prompt_s_own_pause_is_found_between_its_words() -> None:
    """"Please enter a new extension, | followed by pound.": the speaker's pause at the comma
    is a mid-turn pause of the human part; the recording's end is its turn end."""
    corpora = pytest.importorskip("bench.corpora")
    pytest.importorskip("faster_whisper", reason="faster-whisper not installed (./setup)")
    pytest.importorskip("G722", reason="g722 not installed (./setup)")
    clip = corpora.asterisk_clip("agent-newlocation")
    if clip is None:
        pytest.skip("asterisk-core-sounds-en-g722 not installed (run .ci/speech-setup.sh)")
    from audio.clip import Clip
    from audio.stt import EngineOptions, speech_to_text
    from bench.human_turns import MAX_PAUSE_MS, MIN_PAUSE_MS
    from bench.turn_end_offline import pauses_of

    samples = clip.resampled(16000).samples
    found = pauses_of(samples)
    assert found[-1][1] is None  # the end: nothing resumes after it
    inner = [(at, resumed) for at, resumed, _ in found[:-1] if resumed is not None]
    kept = [(at, resumed) for at, resumed in inner
            if MIN_PAUSE_MS <= (resumed - at) * 1000 <= MAX_PAUSE_MS]
    assert kept, inner
    words = speech_to_text("whisper", EngineOptions()).transcribe(Clip(samples, 16000)).words
    timed = [(w.start, w.end) for w in words]
    assert any(between_words(timed, at, resumed) for at, resumed in kept), (kept, timed)
    said = [w.word for w in words if w.end <= kept[0][0] + 0.1]
    assert said[-1] == "extension", said
