"""Speech for calls: caller voices from the persona, trainee speech through the recogniser.

This is where the session meets `audio`: a scenario's persona becomes an `audio.tts.Voice`,
the recogniser is biased toward the intent phrase library and the scenario's own words,
and the headless demo's trainee lines are spoken by a second voice and recognised in
real-time-sized chunks, exactly as microphone audio would be.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator
from dataclasses import dataclass

from audio.bias import Vocabulary
from audio.clip import Clip
from audio.errors import AudioError
from audio.stt import RATE, EngineOptions, SpeechToText, choose_engine, speech_to_text
from audio.tts import Voice, text_to_speech
from audio.tts_cache import VoiceCache
from simulator import caller_lines
from simulator.demo import Heard, TimedMouth
from simulator.dialogue import Reply
from simulator.library import intent_library
from simulator.scenario import Scenario

CHUNK_SECONDS = 0.1  # what a microphone callback delivers


DISTRESS_LEVELS = (0.0, 0.5, 1.0)  # calm, uneasy, distressed: the voices a caller has


def distress_level(distress: float) -> float:
    """Distress 0–10 as one of three voices, so every line can be rendered in advance."""
    if distress >= 7.0:
        return DISTRESS_LEVELS[2]
    return DISTRESS_LEVELS[1] if distress >= 4.0 else DISTRESS_LEVELS[0]


def caller_voice(scenario: Scenario, distress: float = 0.0) -> Voice:
    """The persona's voice; distress (0–10) makes it faster and higher."""
    persona = scenario.caller
    v = persona.voice
    gender = persona.gender if persona.gender in ("female", "male") else "any"
    return Voice(name=v.accent, variant=v.variant or "", gender=gender,
                 rate=max(80, min(450, v.rate)), pitch=min(100, v.pitch),
                 volume=v.volume, distress=distress_level(distress))


def trainee_voice(scenario: Scenario, engine: str = "espeak") -> Voice:
    """The demo's model trainee: a second voice, unlike any caller's.

    hibari's "heart" (a natural neural voice) when installed, so the demo shows what a
    trainee who sounds like a person gets. Without it, espeak-ng en-us+f5 at 150 wpm:
    measured on burglary-next-morning's 20 model lines with pocketsphinx and the biased
    model, word error 0.22 against 0.45–0.69 for en-gb, en-gb-x-rp and other en-us variants.
    """
    if engine == "hibari":
        return Voice(name="heart", gender="female", rate=165)
    return Voice(name="en-us", variant="f5", gender="female", rate=150, pitch=50)


def trainee_voices() -> tuple[VoiceCache, str]:
    """The demo trainee's engine: hibari (Apache-2.0) if installed, else espeak-ng."""
    try:
        return VoiceCache(text_to_speech("hibari")), "hibari"
    except AudioError:
        return VoiceCache(text_to_speech("espeak")), "espeak"


def scenario_names(scenario: Scenario) -> list[str]:
    """The call's proper names as the log spells them: the recogniser's prompt.

    Address, landmark, the caller's and everyone's names, registrations and vehicles.
    """
    w = scenario.world
    names = [w.location.address, w.location.landmark or "", w.caller.name, scenario.caller.name]
    names += [p.name or "" for p in w.people]
    names += [v.registration or "" for v in w.vehicles]
    names += [v.description or "" for v in w.vehicles]
    return [n for n in names if n]


def scenario_words(scenario: Scenario) -> list[str]:
    """Words a trainee will say in this call: places, names, vehicles, what the caller said."""
    w = scenario.world
    texts = [w.location.address, w.location.landmark or "", w.caller.name]
    texts += [p.name or "" for p in w.people] + [p.description or "" for p in w.people]
    texts += [v.registration or "" for v in w.vehicles]
    texts += [v.description or "" for v in w.vehicles]
    texts += [a for f in scenario.caller.facts for a in f.answers]
    texts += [scenario.caller.name, scenario.caller.opening]
    return [t for t in texts if t]


def vocabulary(scenario: Scenario) -> Vocabulary:
    """Bias: every phrasing in the intent library, plus the scenario's own words.

    Never the self-test's trainee lines: in a live call nobody knows them in advance.
    """
    library = intent_library()
    sentences = [p for spec in library.intents.values() for p in spec.phrases]
    return Vocabulary.of(sentences, scenario_words(scenario), scenario_names(scenario))


def wav_bytes(clip: Clip) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(clip.rate)
        out.writeframes(clip.pcm16())
    return buffer.getvalue()


def chunks(clip: Clip, seconds: float = CHUNK_SECONDS) -> Iterator[Clip]:
    step = max(1, int(clip.rate * seconds))
    for start in range(0, len(clip.samples), step):
        yield Clip(clip.samples[start:start + step], clip.rate)


@dataclass
class SpokenEars:
    """The trainee's line spoken by a second voice and streamed to the recogniser."""

    stt: SpeechToText
    voices: VoiceCache
    voice: Voice
    second: SpeechToText | None = None  # the stronger engine, for the marked record

    def hear(self, line: str) -> Heard:
        clip = self.voices.clip(line, self.voice).resampled(RATE)
        stream = self.stt.stream()
        for part in chunks(clip):
            stream.feed(part)
        final = stream.finish()
        words = [w.as_json() for w in final.words]
        again = None
        if self.second is not None:
            better = self.second.transcribe(clip)
            again = (self.second.name, better.text, [w.as_json() for w in better.words])
        return Heard(final.text, "stt", clip.seconds, final.confidence, wav_bytes(clip), words,
                     again)


@dataclass
class SpeechMouth:
    """Caller lines rendered (once, cached) in the persona's voice at its current distress."""

    voices: VoiceCache
    scenario: Scenario

    def speak(self, reply: Reply) -> float:
        if not reply.spoken:
            return TimedMouth().speak(reply)
        clip = self.voices.clip(reply.text, caller_voice(self.scenario, reply.distress))
        return clip.seconds

    def prepare(self, every_level: bool = False) -> int:
        """Render the caller's lines before the call starts: at the caller's starting
        distress (and, for a live call, `every_level`, so no line is ever synthesised
        while the trainee waits). Returns how many were synthesised now."""
        persona = self.scenario.caller
        lines = [line for line in self.lines() if Reply(line, "answer").spoken]
        levels = [0.0, 5.0, 8.0] if every_level else [persona.distress.start]
        todo = [(line, caller_voice(self.scenario, d)) for d in levels for line in lines]
        todo += [(f.distressed, caller_voice(self.scenario, 8.0)) for f in persona.facts
                 if f.distressed and Reply(f.distressed, "answer").spoken]
        return self.voices.prepare(todo)

    def lines(self) -> list[str]:
        """Everything the caller could say."""
        persona = self.scenario.caller
        lines = [persona.opening, persona.closing, *persona.clarify, *persona.acknowledge]
        lines += [a for f in persona.facts for a in f.answers]
        lines += [f.otherwise for f in persona.facts if f.otherwise]
        lines += [v.say for v in persona.volunteers]
        lines += list(persona.silence.lines) if persona.silence else []
        lines += [persona.hang_up.say] if persona.hang_up.say else []
        return lines

    def stock_lines(self) -> list[str]:
        """What the caller also says beyond the lines above: a fact's details (the one asked
        for: "Blue."), the stock reactions ("Okay.", "I don't know, sorry."), an answer
        restated ("Like I said, …") and a read-back put right ("No, …"). Not made before the
        phone rings, but during the call with the other voices: in the live bench 3–4 of 60
        replies were such lines, synthesised while the trainee waited (1.2–1.9 s)."""
        persona = self.scenario.caller
        stock = caller_lines.SPOKEN if persona.speaks else caller_lines.SILENT
        said = [*stock.comply, *stock.noted, *stock.reassured, *stock.apology_taken,
                *stock.promise_taken, *stock.dont_know, *stock.confirm, *stock.acknowledge,
                *stock.nothing_else, *persona.dont_know]
        said += [d for f in persona.facts for d in f.details.values()]  # "Blue." for its colour
        answers = [a for f in persona.facts for a in (*f.answers, *f.details.values())]
        said += [caller_lines.restate(a) for a in answers]
        said += [caller_lines.correction(a) for a in answers]  # a wrong read-back put right
        known = set(self.lines())
        return [line for line in dict.fromkeys(said) if line not in known]


def second_pass(options: EngineOptions) -> SpeechToText | None:
    """The stronger, slower engine for the marked record (Whisper), if it is installed."""
    try:
        return speech_to_text("whisper", options)
    except AudioError:
        return None


def speech_pipeline(scenario: Scenario, engine: str = "auto", second: bool = False,
                    partials: bool = False) -> tuple[SpokenEars, SpeechMouth, str]:
    """Ears and mouth for a scenario, and which recogniser was chosen and why.

    `partials`: a live call shows what is being heard while the trainee speaks; with
    Whisper (no partial results) the light pocketsphinx engine provides them.
    """
    # pocketsphinx's second search pass (fwdflat) costs ~130 ms at the end of every
    # utterance for no gain in intents recognised (measured: 18/24 and 18→20/22 model lines
    # give the same intents as their text, with it and without): a live call skips it.
    extras: dict[str, object] = {"decoder": {"fwdflat": False}}
    if partials:
        extras["partials"] = "pocketsphinx"
    options = EngineOptions(vocabulary=vocabulary(scenario), extras=extras)
    resolved, why = choose_engine(engine, options)
    voices = VoiceCache(text_to_speech("espeak"))
    # A live call has a real trainee: the demo voice's model is not loaded (~50 MB).
    trainee_cache, trainee_engine = (voices, "espeak") if partials else trainee_voices()
    again = second_pass(options) if second and resolved != "whisper" else None
    ears = SpokenEars(speech_to_text(engine, options), trainee_cache,
                      trainee_voice(scenario, trainee_engine), again)
    trainee = "hibari (neural)" if trainee_engine == "hibari" else "espeak-ng"
    how = f"speech: espeak-ng caller voices, {trainee} trainee voice, {why}"
    if second:
        how += "; marked record re-recognised by " + (
            "whisper" if again else "nobody (faster-whisper not installed)")
    return ears, SpeechMouth(voices, scenario), how
