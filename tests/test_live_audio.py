"""The live call's audio, for real, through a virtual sound card (PulseAudio null sink).

Speech is played into the virtual speaker; the microphone input records the speaker's
monitor, finds where the utterance starts and ends, recognises it as it streams, and hands
the screen a finished utterance. Also: barge-in, the caller's speaker, and device faults.
"""

from __future__ import annotations

import argparse
import contextlib
import time

import numpy as np
import pytest

from tests.audio.pulse import ensure_virtual_sound

pytest.importorskip("sounddevice", reason="sounddevice not installed (./setup)")
pytest.importorskip("pocketsphinx", reason="pocketsphinx not installed (./setup)")

PULSE = "pulse"  # the PortAudio device that is the PulseAudio server (the null sink)


@pytest.fixture(scope="module")
def sound() -> None:
    why = ensure_virtual_sound()
    if why:
        pytest.skip(why)
    import sounddevice as sd

    sd._terminate()  # PortAudio listed devices at import, maybe before XDG_RUNTIME_DIR was set
    sd._initialize()


@pytest.fixture(scope="module")
def pipeline(sound, tmp_path_factory):
    import os

    os.environ["CALLSIM_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    from simulator.loader import load_scenario, resolve
    from simulator.speech_pipeline import speech_pipeline

    scenario = load_scenario(resolve("burglary-next-morning"))
    ears, mouth, _ = speech_pipeline(scenario, "pocketsphinx")
    return scenario, ears, mouth


def test_spoken_question_arrives_recognised(pipeline):
    from audio.clip import Clip
    from audio.devices import play
    from simulator.live_audio import MicrophoneInput, wait_for

    _, ears, _ = pipeline
    barged: list[float] = []
    started = time.monotonic()
    mic = MicrophoneInput(ears.stt, lambda: time.monotonic() - started, device=PULSE,
                          on_speech=lambda: barged.append(time.monotonic()))
    try:
        time.sleep(0.5)  # let the endpointer learn the (silent) noise floor
        line = ears.voices.clip("What's the address where this has happened?", ears.voice)
        quiet = Clip(np.zeros(int(0.3 * line.rate), np.float32), line.rate)
        play(quiet, PULSE).wait(5)  # the first stream after idle can be cut short: prime it
        play(line, PULSE).wait(15)
        heard: list = []
        # a deadline only a hang reaches (a loaded machine recognises late)
        assert wait_for(lambda: bool(heard.extend(mic.poll(0)) or heard), 60), (
            f"nothing heard (failure: {mic.failure}; partial: {mic.partial()!r})")
        time.sleep(1.0)  # a pause mid-sentence may have split it: take every piece
        heard.extend(mic.poll(0))
    finally:
        mic.close()
    said = heard[0]
    assert said.source == "stt" and said.text
    assert said.t1 > said.t0 and said.audio and len(said.audio) > 16000
    assert barged, "speech starting should stop the caller (barge-in)"
    # Which words came through the card is not held here: under load a playback underrun
    # or a dropped block can take any one of them (the recogniser's accuracy is measured
    # in bench/). The same line, paced, must be understood: below.


def test_spoken_question_is_understood(pipeline, monkeypatch):
    from simulator.library import intent_matcher
    from tests.audio.paced import hear_paced

    _, ears, _ = pipeline
    line = ears.voices.clip("What's the address where this has happened?", ears.voice)
    audio = np.concatenate([np.zeros(8000, np.float32), line.resampled(16000).samples])
    heard, _ = hear_paced(ears.stt, audio, monkeypatch)
    text = " ".join(u.text for u in heard)
    assert "location" in intent_matcher().intents(text), [u.text for u in heard]


def test_caller_speaker_plays_down_the_line(pipeline):
    from audio.devices import Microphone
    from simulator.dialogue import Reply
    from simulator.live_audio import DeviceSpeaker

    scenario, _, mouth = pipeline
    speaker = DeviceSpeaker(mouth.voices, scenario, device=PULSE)
    reply = Reply(scenario.caller.opening, "opening", distress=4)
    clip = speaker.clip(reply)
    # the telephone line: narrow band (300–3400 Hz), carried at the output stream's 16 kHz
    spectrum = np.abs(np.fft.rfft(clip.samples)) ** 2
    freqs = np.fft.rfftfreq(len(clip.samples), 1 / clip.rate)
    assert spectrum[freqs > 4000].sum() < 0.01 * spectrum.sum()
    with Microphone(PULSE) as mic:
        time.sleep(0.2)
        length = speaker.play(reply)
        assert abs(length - clip.seconds) < 0.01
        # Listen until the caller is heard, not for a fixed time: a loaded machine starts
        # the line late. Only a hang (or a silent speaker) reaches the deadline.
        loudest = 0.0
        deadline = time.monotonic() + 60
        while loudest <= 0.02 and time.monotonic() < deadline:
            block = mic.read(timeout=0.5)
            if block is not None:
                loudest = max(loudest, float(np.sqrt(np.mean(block ** 2))))
        speaker.stop()
    speaker.close()
    assert loudest > 0.02, "the caller was not heard"


class _StartScreen:
    """What `Ready` tells the start screen, kept (the window itself is tested elsewhere)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.banner = ""

    def step(self, text, colour=None) -> None:
        self.lines.append(text)

    update = step

    def progress(self, what, done, of) -> None:
        self.lines.append(f"{what} {done}/{of}")


def test_missing_devices_fall_back_to_typing(pipeline, capsys):
    from simulator.commands.play import Ready

    scenario, _, _ = pipeline
    args = argparse.Namespace(typed=False, engine="pocketsphinx", input="no-such-microphone",
                              output=None, push_to_talk=False, no_line=False, noise=None,
                              loudspeakers=False)
    start = _StartScreen()
    ready = Ready(args, scenario, start, lambda: False)
    ready.devices(lambda: 0.0)
    assert ready.voice is None and ready.speaker is None
    assert "typed" in start.banner and "typed mode" in capsys.readouterr().err


def test_push_to_talk_follows_the_key(pipeline):
    from audio.devices import play
    from simulator.live_audio import MicrophoneInput, wait_for

    _, ears, _ = pipeline
    mic = MicrophoneInput(ears.stt, time.monotonic, push_to_talk=True, device=PULSE)
    try:
        mic.talk(True, 0.0)
        assert play(ears.voices.clip("Is anyone injured?", ears.voice), PULSE).wait(60)
        # Let go once the recogniser has words (the microphone side lags under load), not
        # after a fixed 0.3 s; a deadline only a hang reaches.
        assert wait_for(lambda: bool(mic.partial()), 60), mic.failure
        mic.talk(False, 3.0)
        heard: list = []
        assert wait_for(lambda: bool(heard.extend(mic.poll(3)) or heard), 60)
    finally:
        mic.close()
    assert heard[0].t0 == 0.0 and heard[0].t1 == 3.0
    assert heard[0].text


# --- the default recogniser (Whisper), live ----------------------------------------------------


@pytest.fixture(scope="module")
def whisper_pipeline(sound, tmp_path_factory):
    pytest.importorskip("faster_whisper", reason="faster-whisper not installed (./setup)")
    pytest.importorskip("hibari", reason="hibari-tts not installed (./setup)")
    import os

    os.environ["CALLSIM_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    from simulator.loader import load_scenario, resolve
    from simulator.speech_pipeline import speech_pipeline

    scenario = load_scenario(resolve("burglary-next-morning"))
    ears, mouth, how = speech_pipeline(scenario, partials=True)  # as `callsim play` builds it
    assert "whisper" in how
    return scenario, ears, mouth


def natural(text: str):
    """A recorded trainee turn: the demo's natural voice (hibari "heart"), at 16 kHz."""
    from simulator.speech_pipeline import trainee_voice, trainee_voices

    cache, engine = trainee_voices()
    assert engine == "hibari"
    return cache.clip(text, trainee_voice(None, engine)).resampled(16000)


def trimmed(clip):
    loud = np.flatnonzero(np.abs(clip.samples) > 0.01 * np.abs(clip.samples).max())
    return clip.samples[loud[0]:loud[-1] + 1]


def listen_to(ears, audio: np.ndarray, **options) -> tuple[list, object]:
    from audio.clip import Clip
    from audio.devices import play
    from simulator.live_audio import MicrophoneInput, wait_for

    # The default ("high") latency: `callsim play` asks for 50 ms to answer sooner, which on
    # a loaded machine lets the card drop input blocks; that trade is speed, measured in
    # bench.reply_gap. Played as one stream per clip (the caller's open line is tested above).
    mic = MicrophoneInput(ears.stt, time.monotonic, device=PULSE, **options)
    heard: list = []
    try:
        time.sleep(0.5)  # the endpointer learns the (silent) noise floor
        play(Clip(np.zeros(4800, np.float32), 16000), PULSE).wait(60)  # the first stream
        # after idle can be cut short: prime it
        assert play(Clip(audio, 16000), PULSE).wait(60)
        # Wait for the turn (a loaded machine decodes late: seen, load 7-8 on 2 cores) with
        # a deadline only a hang reaches, then a little longer for any piece after it.
        if wait_for(lambda: bool(heard.extend(mic.poll(0)) or heard), 60):
            settle = time.monotonic() + 3.0
            while time.monotonic() < settle:
                heard.extend(mic.poll(0))
                time.sleep(0.05)
    finally:
        mic.close()
    return heard, mic


def test_whisper_hears_a_question_through_the_sound_card(whisper_pipeline):
    _, ears, _ = whisper_pipeline
    line = trimmed(natural("Is anyone hurt?"))
    heard, mic = listen_to(ears, line)
    # The device path: heard as one turn, with its audio. Played in real time through a
    # sound server, a busy machine can drop a block of any word ("hurt" came out "heart",
    # "hit" or "injured", and "is" was lost once, under load): that is the recogniser's
    # accuracy, measured in bench/, so this holds only the word no dropped block has taken.
    # The words and the turn's end, on the same voice, are held exactly below (paced).
    assert len(heard) == 1, ([u.text for u in heard], mic.failure)
    assert "anyone" in heard[0].text.split() and len(heard[0].text.split()) <= 4
    assert heard[0].words and heard[0].audio


QUIET_BEFORE_S = 0.5  # the endpointer learns the (silent) noise floor, as on the card


def paced(ears, audio: np.ndarray, monkeypatch):
    from tests.audio.paced import hear_paced

    lead = np.zeros(int(QUIET_BEFORE_S * 16000), np.float32)
    return hear_paced(ears.stt, np.concatenate([lead, audio]), monkeypatch, latency=0.05)


def test_whisper_hears_a_whole_question_and_waits_past_a_thinking_pause(whisper_pipeline,
                                                                        monkeypatch):
    # The same turn as above through MicrophoneInput's own endpointer, voice model and
    # decoder thread, fed at the test's pace (tests/audio/paced.py): no machine's speed
    # can change what is heard or when the turn ends, so both are held exactly.
    # Since session 9 a question read as whole is not answered at once (it may be the front
    # of a longer one): the turn ends once a 700 ms thinking pause has passed, not later.
    from audio.turn_end import THINKING_PAUSE_MS, TurnTiming

    _, ears, _ = whisper_pipeline
    line = trimmed(natural("Is anyone hurt?"))
    heard, mic = paced(ears, line, monkeypatch)
    assert [u.text for u in heard] == ["is anyone hurt"]
    said = heard[0]
    spoken_end = QUIET_BEFORE_S + len(line) / 16000
    assert said.t0 < QUIET_BEFORE_S + 0.2 and said.words and said.audio
    # The first pause's decode was the final text (whether Whisper wrote "?" on it varies
    # with its context, so the reading is not held here: tests/test_turn_taking.py)...
    assert mic.guesses >= 1 and mic.guesses_used == 1
    # ... and the turn ended after the thinking pause's hang-over (the endpointer's last voiced
    # frame may come a frame or two before the clip's end), not the 1.4 s of words that
    # need more.
    waited = said.t1 - spoken_end
    assert THINKING_PAUSE_MS / 1000 - 0.15 <= waited < TurnTiming().unfinished_ms / 1000 - 0.2, (
        waited)


def test_a_thinking_pause_mid_sentence_does_not_cut_the_trainee_off(whisper_pipeline,
                                                                    monkeypatch):
    # Paced, not played: under load a playback underrun lengthens the 0.7 s pause past
    # the hang-over and splits the turn, which is the machine, not the turn-taking. Ending
    # the turn at the pause (a hang-over under 0.7 s, or "Can you tell me" read as whole)
    # gives two turns here.
    _, ears, _ = whisper_pipeline
    first = trimmed(natural("Can you tell me"))
    second = trimmed(natural("where you are right now?"))
    audio = np.concatenate([first, np.zeros(int(0.7 * 16000), np.float32), second])
    heard, mic = paced(ears, audio, monkeypatch)
    assert len(heard) == 1, [u.text for u in heard]
    assert heard[0].text.startswith("can you tell me") and heard[0].text.endswith("right now")
    assert mic.guesses >= 2  # the pause was noticed (and decoded), and did not end the turn


def test_the_caller_draws_breath_in_a_pause_that_sounds_finished_and_stops_if_the_trainee_goes_on(
        whisper_pipeline, monkeypatch):
    # Paced (tests/audio/paced.py): a whole sentence, a 0.6 s pause, then more. The pause
    # sounds finished, so the caller draws breath (`audio.breath`) after BREATH_AFTER_MS of
    # silence (SURE_BREATH_AFTER_MS when it sounds surely finished); the trainee carrying on
    # stops it (`on_speech`) and the turn is not cut. At the real end the caller draws
    # breath again, before the answer.
    from simulator.live_audio import SURE_BREATH_AFTER_MS

    _, ears, _ = whisper_pipeline
    first = trimmed(natural("You are doing really well."))
    second = trimmed(natural("Officers are on their way."))
    audio = np.concatenate([first, np.zeros(int(0.6 * 16000), np.float32), second])
    events: list[tuple[str, float]] = []
    clock: list = []

    def mark(what: str):
        return lambda: events.append((what, clock[0]() if clock else 0.0))

    from tests.audio.paced import hear_paced

    lead = np.zeros(int(QUIET_BEFORE_S * 16000), np.float32)
    import simulator.live_audio as live

    made = live.MicrophoneInput.__init__

    def keep_clock(self, stt, clock_fn, **options):
        clock.append(clock_fn)
        made(self, stt, clock_fn, **options)

    monkeypatch.setattr(live.MicrophoneInput, "__init__", keep_clock)
    heard, _ = hear_paced(ears.stt, np.concatenate([lead, audio]), monkeypatch,
                          latency=0.05, on_speech=mark("speech"),
                          on_likely_end=mark("breath"))
    assert len(heard) == 1, [u.text for u in heard]
    assert heard[0].text.endswith("on their way")
    pause_from = QUIET_BEFORE_S + len(first) / 16000
    resumed = pause_from + 0.6
    breaths = [t for what, t in events if what == "breath"]
    assert len(breaths) == 2, events
    assert pause_from + SURE_BREATH_AFTER_MS / 1000 <= breaths[0] < resumed, (breaths, pause_from)
    # the trainee carried on: the breath was stopped as they spoke again
    assert any(what == "speech" and breaths[0] < t <= resumed + 0.3 for what, t in events), events
    spoken_end = resumed + len(second) / 16000
    assert spoken_end + SURE_BREATH_AFTER_MS / 1000 <= breaths[1] < heard[0].t1, (
        breaths, spoken_end)


def breaths_in(ears, audio: np.ndarray, monkeypatch) -> tuple[list, list[float]]:
    """What a paced microphone heard in `audio` and when (call time) the caller drew breath."""
    import simulator.live_audio as live
    from tests.audio.paced import hear_paced

    clock: list = []
    made = live.MicrophoneInput.__init__

    def keep_clock(self, stt, clock_fn, **options):
        clock.append(clock_fn)
        made(self, stt, clock_fn, **options)

    monkeypatch.setattr(live.MicrophoneInput, "__init__", keep_clock)
    breaths: list[float] = []
    heard, _ = hear_paced(ears.stt, audio, monkeypatch, latency=0.05,
                          on_likely_end=lambda: breaths.append(clock[0]()))
    return heard, breaths


def test_the_caller_breathes_before_answering_a_whole_question_but_not_while_the_words_need_more(
        whisper_pipeline, monkeypatch):
    # "Is anyone hurt?" is no longer answered at once (a whole question is as often the
    # front of a longer one): it waits past a thinking pause and the caller's breath comes
    # first. "Can you tell me … where you are right now?": the words at the pause need
    # more, so no breath there; one at the end (at the earliest after SURE_BREATH_AFTER_MS
    # of silence, when the voice sounds surely finished).
    from simulator.live_audio import SURE_BREATH_AFTER_MS

    _, ears, _ = whisper_pipeline
    lead = np.zeros(int(QUIET_BEFORE_S * 16000), np.float32)
    question = trimmed(natural("Is anyone hurt?"))
    heard, breaths = breaths_in(ears, np.concatenate([lead, question]), monkeypatch)
    assert [u.text for u in heard] == ["is anyone hurt"] and len(breaths) == 1, breaths
    spoken_end = QUIET_BEFORE_S + len(question) / 16000
    assert spoken_end + SURE_BREATH_AFTER_MS / 1000 <= breaths[0] < heard[0].t1, (breaths, heard)
    first = trimmed(natural("Can you tell me"))
    second = trimmed(natural("where you are right now?"))
    audio = np.concatenate([lead, first, np.zeros(int(0.7 * 16000), np.float32), second])
    heard, breaths = breaths_in(ears, audio, monkeypatch)
    assert len(heard) == 1 and len(breaths) == 1, ([u.text for u in heard], breaths)
    resumed = QUIET_BEFORE_S + (len(first) + int(0.7 * 16000)) / 16000
    assert breaths[0] > resumed  # at the end, not in the pause


def test_the_caller_breathes_when_the_words_are_whole_though_the_voice_sounds_unfinished(
        whisper_pipeline, monkeypatch):
    # Every end now waits past a thinking pause, so the breath must not hang on the voice
    # alone: a voice read as unfinished (here 0.1, under UNFINISHED) draws no breath before
    # the words are decoded, and one once they are and do not need more.
    import simulator.live_audio as live
    class SoundsUnfinished:
        def probability(self, samples: np.ndarray) -> float:
            return 0.1

    monkeypatch.setattr(live, "SoundsFinished", SoundsUnfinished)
    monkeypatch.setattr(live, "sounds_finished_available", lambda: True)
    _, ears, _ = whisper_pipeline
    lead = np.zeros(int(QUIET_BEFORE_S * 16000), np.float32)
    question = trimmed(natural("Is anyone hurt?"))
    heard, breaths = breaths_in(ears, np.concatenate([lead, question]), monkeypatch)
    assert [u.text for u in heard] == ["is anyone hurt"] and len(breaths) == 1, breaths
    assert breaths[0] < heard[0].t1


def test_loudspeakers_caller_never_barges_in_on_itself(whisper_pipeline):
    from audio.echo import EchoCanceller
    from simulator.dialogue import Reply
    from simulator.live_audio import DeviceSpeaker, MicrophoneInput

    scenario, ears, mouth = whisper_pipeline

    def caller_over_loudspeakers(echo):
        speaker = DeviceSpeaker(mouth.voices, scenario, device=PULSE, echo=echo)
        reply = Reply(scenario.caller.opening, "opening")
        speaker.prepare([reply])
        speaker.play(Reply("Hello?", "answer"))  # warms the stream (and finds the delay)
        time.sleep(1.5)
        barged: list[float] = []
        mic = MicrophoneInput(ears.stt, time.monotonic, device=PULSE, latency=0.05, echo=echo,
                              on_speech=lambda: barged.append(time.monotonic()))
        try:
            time.sleep(0.5)
            length = speaker.play(reply)
            time.sleep(min(length, 6.0) + 1.0)
            heard = mic.poll(0)
        finally:
            mic.close()
            speaker.close()
        return barged, heard

    barged, heard = caller_over_loudspeakers(None)
    assert barged, "without the echo canceller the caller's own voice is a barge-in"
    barged, heard = caller_over_loudspeakers(EchoCanceller())
    assert barged == [] and heard == [], [u.text for u in heard]


# --- when the breath is drawn: the reading or the decode that allows it, not the next block


class _HeldSpeechToText:
    """A whole-utterance recogniser whose decodes wait until the test lets them land."""

    whole_utterance = True

    def __init__(self) -> None:
        import threading

        self.release = threading.Event()
        self.calls = 0

    def stream(self):
        from audio.stt import Transcript

        class Partial:
            def feed(self, clip) -> Transcript:
                return Transcript("")

            def close(self) -> None:
                pass

        return Partial()

    def transcribe(self, clip):
        from audio.stt import Transcript

        self.calls += 1
        self.release.wait(60)
        return Transcript("is anyone hurt", written="Is anyone hurt?")


class _IdleMicrophone:
    """The test hands the blocks to `MicrophoneInput._hear` itself."""

    failed = None

    def __init__(self, *args, **kwargs) -> None:
        pass

    def read(self, timeout: float = 0.2):
        time.sleep(timeout)

    def position(self) -> int:
        return 0

    def close(self) -> None:
        pass


@contextlib.contextmanager
def held_ears(monkeypatch, sounds: float):
    """A `MicrophoneInput` on a recogniser and a voice model that both wait to be let go;
    the blocks of "Is anyone hurt?" up to its first silence, fed by the test. Both are let
    go and the microphone closed when the test is done."""
    import threading

    pytest.importorskip("hibari", reason="hibari-tts not installed (./setup)")
    import simulator.live_audio as live

    voice_released = threading.Event()

    class HeldVoice:
        def probability(self, samples: np.ndarray) -> float:
            voice_released.wait(60)
            return sounds

    monkeypatch.setattr(live, "Microphone", _IdleMicrophone)
    monkeypatch.setattr(live, "SoundsFinished", HeldVoice)
    monkeypatch.setattr(live, "sounds_finished_available", lambda: True)
    stt = _HeldSpeechToText()
    breaths: list[str] = []
    mic = live.MicrophoneInput(stt, time.monotonic,  # type: ignore[arg-type]
                               on_likely_end=lambda: breaths.append("breath"))
    assert live.wait_for(lambda: mic._voice_cue is not None, 10)
    question = trimmed(natural("Is anyone hurt?"))
    block = 512  # the whole-utterance engine's 32 ms blocks
    lead = np.zeros(int(QUIET_BEFORE_S * 16000) // block * block, np.float32)
    audio = np.concatenate([lead, question, np.zeros(16000, np.float32)])
    blocks = [audio[i:i + block] for i in range(0, len(audio) - block + 1, block)]

    def feed_until_silent(ms: int) -> None:
        """Feed blocks until the pause after the question has lasted `ms`; the question
        itself must be over by then (no speech after the last block fed)."""
        while blocks:
            with mic._lock:
                mic._hear(blocks.pop(0))
                if mic._open is not None and mic._endpointer.silent_ms >= ms and len(
                        blocks) * block < 16000 + block:
                    return
        raise AssertionError("the pause never lasted that long")

    def feed_one() -> None:
        with mic._lock:
            mic._hear(blocks.pop(0))

    try:
        yield mic, stt, voice_released, breaths, feed_until_silent, feed_one
    finally:
        voice_released.set()
        stt.release.set()
        mic.close()


def test_a_breath_waiting_on_the_decode_is_drawn_as_the_words_land(monkeypatch):
    # The voice sounds unfinished (0.1), so the breath waits for the words; once they land,
    # whole and not needing more, past BREATH_AFTER_MS of silence, the caller breathes at
    # once, not at the microphone's next block (up to 32 ms later).
    from simulator.live_audio import BREATH_AFTER_MS, wait_for

    with held_ears(monkeypatch, 0.1) as (mic, stt, voice, breaths, feed_until_silent, _):
        voice.set()
        feed_until_silent(BREATH_AFTER_MS + 64)
        time.sleep(0.2)  # the voice's reading (0.1) is in: it draws no breath
        assert breaths == []
        stt.release.set()  # the words land; no more blocks are fed
        assert wait_for(lambda: breaths == ["breath"], 10), breaths
        assert mic.breaths[0][0] == "words"


def test_a_surely_finished_voice_draws_the_breath_sooner_and_as_soon_as_it_is_read(
        monkeypatch):
    # A voice read as surely finished (0.99) lets the breath come at SURE_BREATH_AFTER_MS
    # of silence, not BREATH_AFTER_MS; and a reading that lands after that draws it at once.
    from simulator.live_audio import BREATH_AFTER_MS, SURE_BREATH_AFTER_MS, wait_for

    assert SURE_BREATH_AFTER_MS < BREATH_AFTER_MS
    with held_ears(monkeypatch, 0.99) as (mic, _stt, voice, breaths, feed_until_silent, _):
        feed_until_silent(SURE_BREATH_AFTER_MS)
        assert mic._endpointer.silent_ms < BREATH_AFTER_MS
        assert breaths == []  # the voice is not read yet, the words not decoded
        voice.set()  # read now, with no block fed after it
        assert wait_for(lambda: breaths == ["breath"], 10), breaths
        assert mic.breaths[0][0] == "voice"


def test_a_voice_only_likely_finished_still_waits_the_ordinary_silence(monkeypatch):
    # 0.7: finished more likely than not (UNFINISHED) but not surely: no breath at
    # SURE_BREATH_AFTER_MS; one once the silence reaches BREATH_AFTER_MS.
    from simulator.live_audio import BREATH_AFTER_MS, SURE_BREATH_AFTER_MS

    with held_ears(monkeypatch, 0.7) as (mic, _stt, voice, breaths, feed_until_silent,
                                          feed_one):
        voice.set()
        feed_until_silent(SURE_BREATH_AFTER_MS)
        time.sleep(0.2)  # the reading is in
        assert mic.readings and breaths == []
        while mic._endpointer.silent_ms < BREATH_AFTER_MS:
            feed_one()
        assert breaths == ["breath"] and mic.breaths[0][0] == "voice"


def test_the_decode_waits_for_the_voice_first(monkeypatch):
    # Read beside the decode, the voice took ~200 ms on a shared 2-core machine, and the
    # breath waits on it at most ends: the first-pause decode starts once the voice is read
    # (at most VOICE_FIRST_S; here made long, so only the order is held).
    import simulator.live_audio as live
    from simulator.live_audio import SURE_BREATH_AFTER_MS, wait_for

    monkeypatch.setattr(live, "VOICE_FIRST_S", 60.0)
    with held_ears(monkeypatch, 0.99) as (_mic, stt, voice, breaths, feed_until_silent, _):
        feed_until_silent(SURE_BREATH_AFTER_MS)
        time.sleep(0.3)
        assert stt.calls == 0  # the voice is still being read: no decode yet
        voice.set()
        assert wait_for(lambda: stt.calls >= 1, 10)
        assert wait_for(lambda: breaths == ["breath"], 10)  # the reading drew the breath
