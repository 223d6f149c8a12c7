"""The typing test on the trainee screen: ready, typing against the clock, then results.

Keyboard only. Enter starts the clock (so the first character is timed from a known
moment, not from whenever the trainee found the keyboard); Backspace is the only edit, as
in any typing test; F10 finishes early; the test also ends at its time limit, or when the
last character of a copy passage is typed.

Each keystroke is timed from its own key event: the event's `t` (set by `run` the moment
SDL hands the event over, or by a test) on the same clock as the start, never the time of
the frame that happened to draw it. Each keystroke is journaled before it is drawn.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal

import pygame

from scoring.profiles import Profile
from scoring.typing import BACKSPACE, Keystroke, TypingResult, mark, typed_text, wrong_places
from scoring.typing_tests import CopyTest, DataEntryTest, TypingTest
from simulator.errors import UserError
from simulator.journal import Journal
from simulator.screen import theme
from simulator.screen.fields import TextField
from simulator.screen.theme import Fonts, draw_text, panel, wrap
from simulator.screen.typing_results import draw_results

State = Literal["ready", "typing", "results"]
# A trainee typing when the time runs out (Enter to the next field) must not dismiss the
# results before seeing them: leave keys count only after this many seconds.
RESULTS_HOLD = 1.5
KIND_NAMES = {"copy": "Copy typing", "audio": "Audio typing", "data-entry": "Data entry"}


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}"


class TypingScreen:
    """One typing test. `result` is set when it has been marked; `done` when the trainee
    leaves. `speak` plays the audio (audio typing, heard data entry); None means silent."""

    def __init__(self, surface: pygame.Surface, test: TypingTest, journal: Journal | None, *,
                 profiles: Sequence[Profile] = (), clock: Callable[[], float] = time.monotonic,
                 speak: Callable[[], None] | None = None, no_sound: str = "") -> None:
        self.surface = surface
        self.fonts = Fonts.for_height(surface.get_height())
        self.test = test
        self.journal = journal
        self.profiles = list(profiles)
        self.clock = clock
        self.speak = speak
        # Why the recording cannot be played ("" : it can). Found before the clock starts,
        # so a test that cannot be heard is never begun.
        self.no_sound = no_sound
        self.stopping = False  # F10 before the minimum time: asked to press it again
        self.state: State = "ready"
        self.keys: list[Keystroke] = []
        self.started = 0.0
        self.ended = 0.0
        self.replays_left = getattr(test, "replays", 0)
        self.focus = 0
        self.fields = ([TextField(f.id, f.label) for f in test.fields]
                       if isinstance(test, DataEntryTest) else [])
        self.result: TypingResult | None = None
        self.folder: Path | None = None  # where the command keeps this attempt
        self.done = False
        self._alignment: tuple[str | None, tuple[set[int], set[int], int]] = (
            None, (set(), set(), 0))

    # --- one frame --------------------------------------------------------------------

    def step(self, events: Iterable[pygame.event.Event] = (), *, draw: bool = True) -> None:
        for event in events:
            if event.type == pygame.QUIT:
                if self.state == "typing":
                    self.finish(self.stamp(event))
                self.done = True
            elif self.state == "ready":
                self._ready_event(event)
            elif self.state == "typing":
                self._typing_event(event)
            elif event.type == pygame.KEYDOWN and (
                    event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) or _quit_key(event)) and (
                    self.stamp(event) - self.ended >= RESULTS_HOLD):
                self.done = True  # Enter or Ctrl+Q; never Esc (see the trainee screen)
        if self.state == "typing" and self.clock() >= self.deadline:
            self.finish(self.deadline)
        if draw:
            self.draw()

    def stamp(self, event: pygame.event.Event) -> float:
        """The time of the key event itself (see the module note)."""
        t = getattr(event, "t", None)
        return float(t) if t is not None else self.clock()

    @property
    def deadline(self) -> float:
        return self.started + self.test.time_limit

    def _ready_event(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            return
        if _quit_key(event):
            self.done = True
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.begin(self.stamp(event))

    def begin(self, t: float) -> None:
        if self.no_sound:
            return  # the screen says why; the clock never starts
        if self.speak is not None and not self._play():
            return
        self.state = "typing"
        self.started = t
        self._journal({"kind": "go", "t": round(t, 4)})

    def _play(self) -> bool:
        """Start (or restart) the recording; on failure say so on screen, not in a
        terminal the trainee cannot see."""
        assert self.speak is not None
        try:
            self.speak()
        except UserError as error:
            self.no_sound = str(error)
            return False
        return True

    def _typing_event(self, event: pygame.event.Event) -> None:
        t = self.stamp(event)
        if t > self.deadline:
            return  # typed after time was up: not part of the test
        field = self.fields[self.focus].name if self.fields else ""
        if event.type == pygame.TEXTINPUT:
            for char in event.text:
                self.key(Keystroke(t, char, field))
            return
        if event.type != pygame.KEYDOWN:
            return
        key = event.key
        shift = bool(getattr(event, "mod", 0) & pygame.KMOD_SHIFT)
        stopping, self.stopping = self.stopping, False
        if key == pygame.K_F10:
            if stopping or t - self.started >= self.test.minimum_seconds:
                self.finish(t)
            else:
                self.stopping = True  # too soon to be a result: ask once more
        elif key == pygame.K_BACKSPACE:
            self.key(Keystroke(t, BACKSPACE, field))
        elif key == pygame.K_F5 and self.speak is not None and self.replays_left > 0:
            self.replays_left -= 1
            self._journal({"kind": "replay", "t": round(t, 4)})
            self._play()
        elif self.fields and key in (pygame.K_TAB, pygame.K_RETURN, pygame.K_KP_ENTER):
            step = -1 if shift and key == pygame.K_TAB else 1
            self.focus = (self.focus + step) % len(self.fields)
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.key(Keystroke(t, "\n", field))

    def key(self, stroke: Keystroke) -> None:
        """One keystroke: journaled first, then shown."""
        self._journal({"kind": "key", **stroke.to_json()})
        self.keys.append(stroke)
        if self.fields:
            self.fields[self.focus].set(typed_text(self.keys, stroke.field))
        elif isinstance(self.test, CopyTest) and self._at_end(self.typed):
            self.finish(stroke.t)  # the whole passage is typed: the clock stops here

    def _at_end(self, typed: str) -> bool:
        """Has the trainee typed to the end of the passage? By length, or by alignment when
        a character was dropped on the way (else they would wait for a clock to run out)."""
        assert isinstance(self.test, CopyTest)
        passage = self.test.passage
        if len(typed) >= len(passage):
            return True
        if not typed or typed[-1] != passage[-1] or len(passage) - len(typed) > 5:
            return False
        return self._wrong(typed)[2] == len(passage)

    def finish(self, t: float) -> None:
        if self.state != "typing":
            return
        self.ended = min(t, self.deadline)
        self._journal({"kind": "end", "t": round(self.ended, 4)})
        self.result = mark(self.test, self.keys, self.ended - self.started, self.profiles)
        self.state = "results"

    def _journal(self, entry: dict[str, object]) -> None:
        if self.journal is not None:
            self.journal.write(entry)

    @property
    def typed(self) -> str:
        return typed_text(self.keys)

    # --- drawing ----------------------------------------------------------------------

    def resize(self, surface: pygame.Surface) -> None:
        self.surface = surface
        self.fonts = Fonts.for_height(surface.get_height())

    def draw(self) -> None:
        self.surface.fill(theme.BACKGROUND)
        if self.state == "results" and self.result is not None:
            draw_results(self.surface, self.fonts, self.test, self.result)
            return
        width, height = self.surface.get_size()
        f = self.fonts
        bar = pygame.Rect(0, 0, width, f.line * 2)
        self._top_bar(bar)
        foot = pygame.Rect(0, height - f.line - f.pad, width, f.line + f.pad)
        top = bar.bottom + (f.line + f.pad if self._warning() else 0)  # room for it
        body = pygame.Rect(f.pad * 2, top + f.pad * 2, width - f.pad * 4,
                           foot.top - top - f.pad * 4)
        if self.state == "ready":
            self._ready(body)
        elif isinstance(self.test, DataEntryTest):
            self._entry(body)
        else:
            self._passage_and_typing(body)
        draw_text(self.surface, f.small, "   ·   ".join(self._keys_help()),
                  (f.pad * 3, foot.y + f.pad // 2), theme.MUTED)
        warning = self._warning()
        if warning:
            row = pygame.Rect(0, bar.bottom, width, f.line + f.pad)
            pygame.draw.rect(self.surface, theme.DANGER if self.no_sound else theme.BANNER, row)
            image = f.body.render(warning, True, theme.BANNER_TEXT)
            self.surface.blit(image, image.get_rect(center=row.center))

    def _warning(self) -> str:
        if self.no_sound:
            return f"No sound: {self.no_sound}. This test cannot be taken here."
        if self.stopping:
            return ("Too soon to be a result: F10 again stops (recorded as incomplete, "
                    "not a pass); any other key carries on")
        return ""

    def _keys_help(self) -> list[str]:
        if self.state == "ready":
            return ["Ctrl+Q leave"] if self.no_sound else ["Enter start the clock",
                                                             "Ctrl+Q leave"]
        whole = "every field" if self.fields else "the whole passage"
        keys = ["Backspace correct",
                f"F10 finish (a result needs {clock_text(self.test.minimum_seconds)} "
                f"or {whole})"]
        if self.fields:
            keys[:0] = ["Tab / Enter next field", "Shift+Tab previous field"]
        elif isinstance(self.test, CopyTest) and "\n" in self.test.passage:
            keys.insert(0, "Enter new paragraph")
        if self.speak is not None:
            keys.append(f"F5 play again ({self.replays_left} left)")
        return keys

    def _top_bar(self, bar: pygame.Rect) -> None:
        f = self.fonts
        pygame.draw.rect(self.surface, theme.PANEL, bar)
        y = bar.y + (bar.height - f.big.get_linesize()) // 2
        x = f.pad * 3
        x += draw_text(self.surface, f.big, KIND_NAMES[self.test.kind].upper(), (x, y),
                       theme.FOCUS)
        draw_text(self.surface, f.body, f"   {self.test.title}", (x, y + 4))
        left = (self.deadline - self.clock()) if self.state == "typing" else (
            self.test.time_limit)
        colour = theme.DANGER if self.state == "typing" and left < 15 else theme.TEXT
        timer = f"{clock_text(left)} left" if self.state == "typing" else (
            f"time allowed {clock_text(left)}")
        w = f.big.size(timer)[0]
        draw_text(self.surface, f.big, timer, (bar.right - w - f.pad * 3, y), colour)

    def _ready(self, body: pygame.Rect) -> None:
        f = self.fonts
        inner = panel(self.surface, body, f, "Before you start")
        lines = [self.test.instructions or _DEFAULT_INSTRUCTIONS[self.test.kind], "",
                 f"You have {clock_text(self.test.time_limit)} (minutes:seconds). "
                 "The clock starts when you press Enter.",
                 f"A result needs at least {clock_text(self.test.minimum_seconds)} of typing "
                 "or the whole passage; stopping sooner is recorded as incomplete."]
        if self.no_sound:
            lines.append(f"No sound: {self.no_sound}. Connect a headset or speaker, then "
                         "start the test again (Ctrl+Q leaves).")
        elif self.speak is not None:
            lines.append("The audio starts when you press Enter: have your headset on.")
        y = inner.y + f.pad
        for text in lines:
            for _, line in wrap(f.body, text, inner.width) if text else [(0, "")]:
                draw_text(self.surface, f.body, line, (inner.x, y))
                y += f.line
        if not self.no_sound:
            draw_text(self.surface, f.big, "Press Enter to start", (inner.x, y + f.line),
                      theme.BANNER)

    def _passage_and_typing(self, body: pygame.Rect) -> None:
        f = self.fonts
        # Audio typing has only a line of instructions above the typing: give it the room.
        share = 11 if isinstance(self.test, CopyTest) else 4
        top = pygame.Rect(body.x, body.y, body.width, body.height * share // 20)
        low = pygame.Rect(body.x, top.bottom + f.pad * 2, body.width,
                          body.bottom - top.bottom - f.pad * 2)
        typed = self.typed
        if isinstance(self.test, CopyTest):
            in_typed, in_passage, reached = self._wrong(typed)
            inner = panel(self.surface, top, f, "Passage", key="type this")
            self._marked(inner, self.test.passage, in_passage, reached=reached)
            inner = panel(self.surface, low, f, "Your typing", active=True,
                          key="errors in red")
            self._marked(inner, typed, in_typed, cursor=True)
        else:
            # Audio typing: the script stays hidden, so nothing is marked while typing.
            inner = panel(self.surface, top, f, "Listen")
            self._listening(inner)
            inner = panel(self.surface, low, f, "Your typing", active=True)
            self._marked(inner, typed, set(), cursor=True)

    def _wrong(self, typed: str) -> tuple[set[int], set[int], int]:
        """Alignment with the passage, worked out once per change of the typed text."""
        if self._alignment[0] != typed:
            assert isinstance(self.test, CopyTest)
            self._alignment = (typed, wrong_places(self.test.passage, typed))
        return self._alignment[1]

    def _listening(self, inner: pygame.Rect) -> None:
        f = self.fonts
        text = "Type what you hear. The recording plays once" + (
            f"; F5 plays it again ({self.replays_left} left)." if self.replays_left else ".")
        if self.speak is None:
            text = "No sound is available on this computer: this test cannot be taken here."
        for i, (_, line) in enumerate(wrap(f.body, text, inner.width)):
            draw_text(self.surface, f.body, line, (inner.x, inner.y + i * f.line))

    def _marked(self, inner: pygame.Rect, text: str, wrong: set[int], *,
                reached: int | None = None, cursor: bool = False) -> None:
        """`text` wrapped into `inner` with the `wrong` characters on red. With `reached`
        (the passage), characters beyond it are grey and the next one is underlined; with
        `cursor` (the typing), a caret follows the last character."""
        f = self.fonts
        lines = wrap(f.body, text + (" " if cursor else ""), inner.width)
        visible = max(1, inner.height // f.line)
        caret = len(text) if reached is None else reached
        row = max((i for i, (s, _) in enumerate(lines) if s <= caret), default=0)
        first = max(0, row - visible + 2)
        for i, (start, line) in enumerate(lines[first:first + visible]):
            x, y = inner.x, inner.y + i * f.line
            for j, char in enumerate(line.rstrip("\n")):
                at = start + j
                w = f.body.size(char)[0]
                colour = theme.TEXT
                if at in wrong:
                    pygame.draw.rect(self.surface, theme.DANGER, (x, y, max(w, 6), f.line - 2))
                elif reached is not None and at >= reached:
                    colour = theme.MUTED
                if reached is not None and at == reached:
                    pygame.draw.line(self.surface, theme.FOCUS, (x, y + f.line - 3),
                                     (x + max(w, 6), y + f.line - 3), 2)
                draw_text(self.surface, f.body, char, (x, y), colour)
                if cursor and at == caret:
                    pygame.draw.line(self.surface, theme.FOCUS, (x, y), (x, y + f.line - 3), 2)
                x += w

    def _entry(self, body: pygame.Rect) -> None:
        f = self.fonts
        assert isinstance(self.test, DataEntryTest)
        left = pygame.Rect(body.x, body.y, body.width * 2 // 5, body.height)
        right = pygame.Rect(left.right + f.pad * 2, body.y, body.right - left.right - f.pad * 2,
                            body.height)
        if self.test.source == "read":
            inner = panel(self.surface, left, f, "Message")
            for i, (_, line) in enumerate(wrap(f.body, " ".join(self.test.given.split()),
                                               inner.width)):
                draw_text(self.surface, f.body, line, (inner.x, inner.y + i * f.line))
        else:
            self._listening(panel(self.surface, left, f, "Caller"))
        inner = panel(self.surface, right, f, "Incident record", active=True)
        y = inner.y
        for i, field in enumerate(self.fields):
            draw_text(self.surface, f.small, field.label.upper(), (inner.x, y),
                      theme.FOCUS if i == self.focus else theme.MUTED)
            y += f.line - 2
            box = pygame.Rect(inner.x, y, inner.width, field.height(f))
            field.draw(self.surface, box, f, i == self.focus)
            y = box.bottom + f.pad * 2


def _quit_key(event: pygame.event.Event) -> bool:
    """Ctrl+Q leaves; Esc never closes the program (a trainee presses it by habit)."""
    return event.key == pygame.K_q and bool(getattr(event, "mod", 0) & pygame.KMOD_CTRL)


_DEFAULT_INSTRUCTIONS = {
    "copy": "Type the passage exactly as shown. Backspace corrects.",
    "audio": "Listen and type what you hear. Backspace corrects.",
    "data-entry": "Fill in each field from what you hear or read. Tab moves on.",
}


def run(screen: TypingScreen) -> None:
    """Drive the screen until the trainee leaves. Each event is stamped on the screen's
    clock as it arrives: pygame 2 does not pass on SDL's own event timestamp, and waiting
    on the queue (rather than polling once a frame) keeps the stamp within a millisecond
    or two of the key press instead of up to a frame late."""
    frame = 1.0 / 30
    next_draw = 0.0
    while not screen.done:
        event = pygame.event.wait(round(frame * 1000))
        events = []
        while event.type != pygame.NOEVENT:
            event.t = screen.clock()
            if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
                screen.resize(pygame.display.get_surface())
            events.append(event)
            event = pygame.event.poll()
        now = screen.clock()
        draw = now >= next_draw
        screen.step(events, draw=draw)
        if draw:
            pygame.display.flip()
            next_draw = now + frame
