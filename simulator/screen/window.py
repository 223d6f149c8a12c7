"""Opening the trainee's window: its size, pygame itself, and a display to draw on.

Shared by `callsim play` and `callsim typing`. pygame is imported only by `load_pygame`,
so importing this module costs nothing on a machine without it.
"""

from __future__ import annotations

import getpass
import os
import signal
import sys
import time
from types import ModuleType
from typing import Any

from simulator.errors import UserError

SIZES = ((1920, 1080), (1366, 768))  # the two screens trainees use; the first that fits
SMALLEST = (1024, 600)
NO_DISPLAY = (
    "the trainee screen needs a display, and none was found{why}.\n"
    "Run `callsim {command}` on a desktop session, or under a virtual display, e.g.:\n"
    "    xvfb-run -s '-screen 0 1920x1080x24' callsim {command} {what}"
)
# Only a call has a way to run with no screen; a typing test is typed on the screen.
NO_SCREEN_AT_ALL = "\n(for a whole call with no screen or devices at all: callsim demo {what})"


def parse_size(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    width, x, height = text.lower().partition("x")
    if not (x and width.isdigit() and height.isdigit()):
        raise UserError(f"--size {text}: give width x height in pixels, e.g. 1366x768")
    size = (int(width), int(height))
    if size[0] < SMALLEST[0] or size[1] < SMALLEST[1]:
        raise UserError(f"--size {text}: the screen needs at least "
                        f"{SMALLEST[0]}x{SMALLEST[1]} to be readable")
    return size


def default_trainee() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without a passwd entry
        return "trainee"


def load_pygame() -> ModuleType:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    try:
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # stdout is not for greetings
        import pygame  # noqa: PLC0415  (optional: only `play` needs it)
    except ImportError:
        raise UserError("the trainee screen needs pygame: pip install 'pygame>=2.5'") from None
    return pygame


def open_display(pygame: ModuleType, what: str, command: str = "play") -> None:
    """Start pygame's video, or explain how to get a display for `callsim COMMAND WHAT`
    (`play` a scenario or take a `typing` test)."""
    forced = os.environ.get("SDL_VIDEODRIVER")
    has_screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not forced and not has_screen:
        raise UserError(_no_display(" (DISPLAY is not set)", what, command))
    try:
        pygame.display.init()
        pygame.font.init()
    except pygame.error as error:
        raise UserError(_no_display(f" ({error})", what, command)) from None


def _no_display(why: str, what: str, command: str) -> str:
    text = NO_DISPLAY.format(why=why, what=what, command=command)
    return text + NO_SCREEN_AT_ALL.format(what=what) if command == "play" else text


def window_size(pygame: ModuleType, asked: tuple[int, int] | None) -> tuple[int, int]:
    if asked is not None:
        return asked
    try:
        width, height = pygame.display.get_desktop_sizes()[0]
    except (pygame.error, IndexError):
        return SIZES[-1]
    for size in SIZES:
        if size[0] <= width and size[1] <= height:
            return size
    return (max(SMALLEST[0], width), max(SMALLEST[1], height))


class StopSignals:
    """Ctrl+C (SIGINT) and SIGTERM from the terminal end the program cleanly: they set
    `stopped`, which the start-up and the call loop read, and the call is closed with
    everything kept. Installed before SDL starts, so SDL leaves these signals to us
    (it only takes signals still at their default) instead of turning them into a window
    close, which would ask the trainee to confirm."""

    def __init__(self) -> None:
        self.stopped = False
        self._before: dict[int, Any] = {}

    def install(self) -> StopSignals:
        for number in (signal.SIGINT, signal.SIGTERM):
            self._before[number] = signal.signal(number, self._stop)
        return self

    def _stop(self, number: int, _frame: object) -> None:
        self.stopped = True

    def restore(self) -> None:
        for number, handler in self._before.items():
            signal.signal(number, handler)


def mark_startup(what: str) -> None:
    """For bench/startup.py: append `what <wall clock> <CPU seconds so far>` to
    $CALLSIM_STARTUP_MARKS (CPU time says what an unloaded machine would take)."""
    path = os.environ.get("CALLSIM_STARTUP_MARKS")
    if path:
        with open(path, "a", encoding="utf-8") as marks:
            marks.write(f"{what} {time.time():.4f} {time.process_time():.4f}\n")
