"""The trainee screen (pygame): the live call, the incident log, and the feedback after.

`app.TraineeScreen` is the screen; `app.run` drives it against the real clock. The audio
side plugs in through `seams.TraineeInput` and `seams.Speaker` (see that module). This
package imports nothing itself, so `screen.window` can be used without loading pygame.
"""

import os

# pygame greets on stdout when imported; stdout belongs to `--json` output.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
