"""The trainee screen (pygame): the live call, the incident log, and the feedback after.

`TraineeScreen` is the screen; `run` drives it against the real clock. The audio side
plugs in through `seams.TraineeInput` and `seams.Speaker` (see that module).
"""

import os

# pygame greets on stdout when imported; stdout belongs to `--json` output.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from simulator.screen.app import TraineeScreen, run
from simulator.screen.seams import SilentSpeaker, Speaker, TraineeInput, TypedInput, Utterance

__all__ = ["SilentSpeaker", "Speaker", "TraineeInput", "TraineeScreen", "TypedInput",
           "Utterance", "run"]
