"""Speech and sound: text-to-speech, speech-to-text, devices, endpointing, line effects.

Never imports `simulator`: the session is the only place audio, scoring and the call meet.
"""
