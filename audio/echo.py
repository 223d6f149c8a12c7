"""Echo: the caller's own voice, heard back through the trainee's loudspeakers, taken out.

With a headset the microphone never hears the caller. With loudspeakers it does, and the
caller would interrupt itself (barge-in) and be transcribed as the trainee. The played
signal is known, so it is subtracted:

1. **Delay.** The caller's line is laid on the microphone's timeline when playback starts;
   the sound card and room add a delay, found by cross-correlating the microphone with the
   line (FFT; kept between lines, since it is the same device). A peak is taken only if
   nothing beyond the filter's reach is nearly as strong (half a second of a line can match
   itself at a wrong lag; the gate then misjudged the misaligned echo for half a second).
2. **Cancel.** A partitioned-block frequency-domain NLMS filter (1,024 taps, 64 ms after
   the delay: the room's early reflections) learns the path from line to microphone and
   subtracts its estimate. Adaptation pauses while the trainee talks over the caller, so
   their voice does not untrain it, and while the line is near silence (the microphone then
   holds only the room's tail of earlier words, and the step blew the filter up). Where
   the filter's output is louder than the microphone, it is not cancelling: the
   microphone is passed on instead.
3. **Gate.** What is left of the echo (reverberation beyond the filter, resampling
   mismatch) is attenuated unless the microphone is 6 dB louder than the line could make
   it (the path's gain is learnt from blocks where the line is loud) *and* what the filter
   leaves is 6 dB louder than it leaves of the line (likewise learnt): a trainee talking
   over the caller is both, and passes. The second test keeps a loud vowel on a room's
   resonance out (the microphone 6–7 dB over the line's usual gain; the filter, which
   learnt that resonance, takes it out). What is judged echo is attenuated by 60 dB (at
   -30 dB the voice model still heard the caller's leak as speech).

numpy only; ~0.1 ms per 16 ms block.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from audio.clip import Clip, Samples


@dataclass(frozen=True)
class EchoSettings:
    rate: int = 16000
    block: int = 256  # samples per filter update (16 ms)
    partitions: int = 4  # filter length = block × partitions (64 ms)
    step: float = 0.5  # NLMS step size
    max_delay_s: float = 1.0  # the longest sound-card + room delay searched for
    over_ratio: float = 4.0  # the microphone this much louder than the echo: the trainee
    hold_blocks: int = 12  # the gate stays open 190 ms after the trainee was last louder
    reverb_blocks: int = 10  # the line's loudness is held this long (160 ms): its tail
    # ... then expected to die away 60 dB over this (a room's reverberation time, generous):
    # the echo filter spans 64 ms, so the tail after a line ends is left to the gate. When
    # the gate let go 64 ms after the line, the room's tail reached the voice model
    # unattenuated (1 false barge-in in 10 loudspeaker calls).
    reverb_s: float = 0.6
    # ... and the line's loudness this many blocks ahead counts too (48 ms): a line starts at
    # the output stream's next block, so its echo can arrive a block or two before the
    # delay found says (seen: the delay found moved 121 → 161 ms between calls); the gate
    # let a word's onset through.
    ahead_blocks: int = 3
    distinct: float = 1.5  # the delay's peak this much over any beyond the filter's span
    suppress: float = 0.001  # gain on what is judged echo (-60 dB: the voice model hears
    # a -50 dBFS leak of the caller as speech, so -30 dB was not enough)


class EchoCanceller:
    """Feed every microphone block through `clean`; tell it what the speaker plays."""

    def __init__(self, settings: EchoSettings | None = None) -> None:
        self.s = settings or EchoSettings()
        b, p = self.s.block, self.s.partitions
        self._weights = np.zeros((p, b + 1), np.complex128)
        self._spectra = np.zeros((p, b + 1), np.complex128)  # newest first
        self._power = np.full(b + 1, 1e-6)
        self._previous = np.zeros(b, np.float64)  # last reference block (overlap-save)
        self._reference = np.zeros(0, np.float32)  # the line on the mic's timeline
        self._ref_start = 0  # mic sample index of _reference[0]
        self._mic: list[Samples] = []  # recent microphone audio for the delay search
        self._pending = np.zeros(0, np.float32)
        self._carry = np.zeros(0, np.float32)
        self._position = 0  # microphone samples received
        self._delay: int | None = None
        self._envelope: list[float] = []  # recent line energy per block (reverberation)
        self._tail = 0.0  # the line's energy as the room's reverberation lets it die away
        self._ratios: list[float] = []  # microphone/line energy where the line is loud
        self._left: list[float] = []  # what the filter leaves/line energy, likewise
        self._converged = False
        self._open_for = 0  # blocks the gate stays open (the trainee is talking over)
        self.peaks: list[tuple[int, float]] = []  # (delay, strength) of each search
        self.captured: Callable[[], int] | None = None  # samples the card has captured
        self.echo_blocks = 0  # blocks judged echo and suppressed (for tests and benches)

    @property
    def delay_s(self) -> float | None:
        return None if self._delay is None else self._delay / self.s.rate

    @property
    def active(self) -> bool:
        """The speaker is playing (or its echo may still be arriving)."""
        end = (self._ref_start + len(self._reference) + (self._delay or 0) + self.s.block * 4
               + int(self.s.reverb_s * self.s.rate))
        return len(self._reference) > 0 and self._position < end

    def played(self, clip: Clip) -> None:
        """The speaker starts playing `clip` now."""
        samples = clip.resampled(self.s.rate).samples.astype(np.float32)
        self._reference = samples
        self._ref_start = self._now()

    def started(self) -> None:
        """The line `played` last has just gone to the device (its first block): laid on
        the timeline from this moment, not from when it was handed over, which can be an
        output block (20 ms) earlier, a different amount each line."""
        self._ref_start = self._now()

    def _now(self) -> int:
        """The microphone position of this moment: what the sound card has captured (its
        callback runs in real time), not what has been processed (that queue lags when the
        machine is busy, and would move the delay from line to line)."""
        return self.captured() if self.captured is not None else self._position

    def stopped(self) -> None:
        """The speaker stopped (barge-in): nothing after this moment was played."""
        keep = max(0, self._now() - self._ref_start)
        self._reference = self._reference[:keep]

    def clean(self, block: Samples) -> Samples:
        """A microphone block in, the same length out with the caller's echo removed."""
        self._pending = np.concatenate([self._pending, block.astype(np.float32)])
        out: list[Samples] = []
        b = self.s.block
        while len(self._pending) >= b:
            frame, self._pending = self._pending[:b], self._pending[b:]
            out.append(self._frame(frame))
        done = np.concatenate(out) if out else np.zeros(0, np.float32)
        # Same length out as in: what the filter's block still holds comes out next time.
        joined = np.concatenate([self._carry, done])
        n = len(block)
        if len(joined) >= n:
            result, self._carry = joined[:n], joined[n:]
        else:  # the first blocks: pad with silence until the filter's block fills
            result = np.concatenate([np.zeros(n - len(joined), np.float32), joined])
            self._carry = np.zeros(0, np.float32)
        return result

    def _reference_at(self, start: int, n: int) -> Samples:
        """Reference samples for microphone positions [start, start+n), before delay."""
        out = np.zeros(n, np.float32)
        lo = start - self._ref_start
        a, z = max(0, lo), min(len(self._reference), lo + n)
        if z > a:
            out[a - lo:z - lo] = self._reference[a:z]
        return out

    def _frame(self, mic: Samples) -> Samples:
        b = self.s.block
        start = self._position
        self._position += b
        self._mic.append(mic)
        keep = int((self.s.max_delay_s + 1.0) * self.s.rate) // b
        del self._mic[:-keep]
        if not self.active:
            return mic
        # The delay is searched for until found, and again every half second while the
        # filter has not learnt the path (a new device, a resumed stream).
        heard = self._position - self._ref_start
        if heard >= self.s.rate // 2 and (self._delay is None or (
                not self._converged and self._position % (self.s.rate // 2) < b)):
            self._find_delay()
        if self._delay is None:  # too early to know where the echo is: assume it is all echo
            self.echo_blocks += 1
            return (mic * self.s.suppress).astype(np.float32)
        x = self._reference_at(start - self._delay, b).astype(np.float64)
        soon = self._reference_at(start - self._delay + b, b * max(1, self.s.ahead_blocks))
        ahead = float(np.max(np.mean(soon.reshape(-1, b).astype(np.float64) ** 2, axis=1)))
        ahead = ahead if self.s.ahead_blocks else 0.0
        return self._cancel(mic.astype(np.float64), x, ahead)

    def _cancel(self, d: np.ndarray, x: np.ndarray, ahead: float = 0.0) -> Samples:
        """`ahead`: the line's loudest block energy just after this one."""
        b, s = self.s.block, self.s
        spectrum = np.fft.rfft(np.concatenate([self._previous, x]))
        self._previous = x
        self._spectra = np.roll(self._spectra, 1, axis=0)
        self._spectra[0] = spectrum
        y = np.fft.irfft((self._weights * self._spectra).sum(axis=0))[b:]
        e = d - y
        self._power = 0.9 * self._power + 0.1 * np.abs(spectrum) ** 2
        floor = 1e-3 * float(np.mean(self._power)) + 1e-10  # quiet bins must not blow up
        mic_energy, ref_energy = float(np.mean(d**2)), float(np.mean(x**2))
        # The echo path's gain, learnt from blocks where the line is loud: the 30th
        # percentile of microphone/line energy ratios, so the few blocks where the trainee
        # talks over the caller (ratio far higher) do not raise it.
        self._envelope.append(ref_energy)
        del self._envelope[:-s.reverb_blocks]
        # A filter that adds energy is not cancelling (it is still learning a new path, or
        # has learnt from the tail of an earlier word): what it leaves is the microphone.
        out = e if float(np.mean(e**2)) <= mic_energy else d
        residual = float(np.mean(out**2))
        # ... and what the filter leaves of the line, likewise.
        if ref_energy > 1e-5:
            self._ratios.append(mic_energy / ref_energy)
            self._left.append(residual / ref_energy)
            del self._ratios[:-200], self._left[:-200]
        gain = float(np.percentile(self._ratios, 30)) if len(self._ratios) >= 8 else None
        left = float(np.percentile(self._left, 30)) if len(self._left) >= 8 else None
        fading = self._tail * 10 ** (-6.0 * b / s.rate / s.reverb_s)  # 60 dB per reverb_s
        self._tail = max(*self._envelope, fading)
        expected = (gain * max(self._tail, ahead)) if gain is not None else mic_energy
        # Louder than the echo could be by 6 dB: someone is talking over the caller (a
        # trainee at the microphone is far louder than a loudspeaker a metre away).
        talking_over = mic_energy > s.over_ratio * expected + 1e-7
        # And louder than the filter leaves of the echo: a room's resonance on a loud vowel
        # raises the microphone over the line's usual gain, but the filter has learnt it.
        if left is not None:
            talking_over &= residual > s.over_ratio * left * max(self._tail, ahead) + 1e-7
        self._converged = float(np.mean(e**2)) < 0.25 * mic_energy
        # Not on a near-silent line (-50 dBFS): the microphone then holds the room's tail of
        # earlier words, which the line cannot explain, and the step blew the filter up.
        if ref_energy > 1e-5 and not talking_over:
            error = np.fft.rfft(np.concatenate([np.zeros(b), e]))
            for p in range(s.partitions):
                gradient = np.fft.irfft(
                    np.conj(self._spectra[p]) * error / (s.partitions * self._power + floor))
                gradient[b:] = 0.0  # constrained: keep the filter causal and short
                self._weights[p] += s.step * np.fft.rfft(gradient)
        if talking_over:  # hold the gate open through the quieter sounds between
            self._open_for = s.hold_blocks
        elif self._open_for > 0:
            self._open_for -= 1
        else:
            self.echo_blocks += 1
            return (out * s.suppress).astype(np.float32)
        return out.astype(np.float32)

    def _find_delay(self) -> None:
        """Cross-correlate recent microphone audio with the line over 0..max_delay."""
        b, rate = self.s.block, self.s.rate
        mic = np.concatenate(self._mic).astype(np.float64)
        mic_start = self._position - len(mic)
        max_lag = int(self.s.max_delay_s * rate)
        ref = self._reference_at(mic_start - max_lag, len(mic) + max_lag).astype(np.float64)
        if float(np.sum(ref**2)) < 1e-4 or float(np.sum(mic**2)) < 1e-6:
            return
        n = 1 << int(np.ceil(np.log2(len(ref) + len(mic))))
        # c[k] = Σ mic[t]·ref[t+k]; ref starts max_lag before the mic, so delay = max_lag - k
        # Phase transform (GCC-PHAT): a voice's pitch makes plain correlation peak a pitch
        # period off; whitened, the peak is the direct path.
        cross = np.conj(np.fft.rfft(mic, n)) * np.fft.rfft(ref, n)
        corr = np.fft.irfft(cross / (np.abs(cross) ** 0.75 + 1e-12), n)  # β-PHAT, β=0.75
        lags = corr[:max_lag + 1][::-1]
        best = int(np.argmax(lags[1:-1])) + 1  # a peak at either end is out of range
        self.peaks.append((best, float(lags[best] / np.std(lags))))
        if lags[best] < 8.0 * float(np.std(lags)):  # no clear peak: not the caller's echo
            return
        # The room's paths all fit in the filter's span after the direct one, so a peak
        # nearly as strong farther away than that means the correlation has not settled
        # (half a second of a line can match itself at another lag): wait for more of it.
        span = self.s.block * self.s.partitions
        far = np.concatenate([lags[1:max(1, best - span)], lags[best + span:-1]])
        if len(far) and lags[best] < self.s.distinct * float(np.max(far)):
            return
        delay = max(0, best - b // 2)  # some of the path before the peak: its onset
        if self._delay is None or abs(delay - self._delay) > self.s.rate // 100:  # 10 ms
            self._delay = delay
            self._weights[:] = 0.0  # a new delay is a new path
