"""Errors the session can catch and turn into a message or typed mode.

They never mention `simulator` types: the session decides what to show. Each message says
what is wrong and how to fix it, because a trainer at a training-room PC reads it.
"""

from __future__ import annotations


class AudioError(Exception):
    """Base of everything `audio` raises on purpose."""


class EngineMissingError(AudioError):
    """A speech engine's package, program or model is not installed; the message says how."""


class DeviceUnavailableError(AudioError):
    """A microphone or speaker is missing, busy or was unplugged: fall back to typed mode."""


class BadVoiceError(AudioError):
    """A voice setting the engine cannot honour (unknown voice, rate out of range)."""
