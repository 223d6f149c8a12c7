#!/usr/bin/env bash
# Speech set-up for a fresh Debian/Ubuntu machine, run as root (by .ci/run and the README).
#
# Installs the voice (espeak-ng), PortAudio for sounddevice, and PulseAudio with a null sink
# so tests can play into a virtual speaker and record its monitor as if it were a microphone.
# It exports nothing: the server's runtime folder is always /tmp/callsim-pulse (socket
# /tmp/callsim-pulse/pulse/native). tests/audio/pulse.py starts a server of the same kind for
# each test process (/tmp/callsim-pulse-<pid>), so two test runs never share one null sink.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
if ! command -v espeak-ng >/dev/null || ! command -v pulseaudio >/dev/null \
    || ! ldconfig -p | grep -q libportaudio.so.2 \
    || [ ! -d /usr/share/pocketsphinx/test/data/librivox ] \
    || [ ! -f /usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz ]; then
    apt-get update -q
    # espeak-ng: caller voices; libportaudio2: sounddevice; pulseaudio(+utils): virtual
    # sound device for the round-trip test; libasound2-plugins: routes ALSA clients to it;
    # sox: handy to inspect and convert recordings (not needed by the code).
    # Human speech for the recognition tests and benchmark: pocketsphinx-testdata
    # (LibriVox clips with transcripts, BSD), asterisk-core-sounds-en-g722 (16 kHz G.722
    # prompts, CC-BY-SA) and asterisk-core-sounds-en (their transcripts).
    apt-get install -y -q --no-install-recommends \
        espeak-ng libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins sox \
        pocketsphinx-testdata asterisk-core-sounds-en-g722 asterisk-core-sounds-en
fi

RUNTIME=/tmp/callsim-pulse
mkdir -p "$RUNTIME"
chmod 700 "$RUNTIME"
export XDG_RUNTIME_DIR="$RUNTIME"
if ! pactl info >/dev/null 2>&1; then
    # --system=no as root needs the runtime folder to be ours; -n skips default.pa, which
    # would look for real sound cards. exit-idle-time=-1 keeps it up between tests.
    pulseaudio -n --daemonize=yes --exit-idle-time=-1 --disallow-exit \
        --load=module-native-protocol-unix \
        --load="module-null-sink sink_name=vsink sink_properties=device.description=callsim-virtual" \
        --log-target=file:"$RUNTIME/pulse.log"
    for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
fi
pactl set-default-sink vsink
pactl set-default-source vsink.monitor
echo "speech set-up: espeak-ng $(espeak-ng --version | awk '{print $4}'), PulseAudio null sink at XDG_RUNTIME_DIR=$RUNTIME"
