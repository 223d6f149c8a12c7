"""The narrative as a Command & Control log keeps it: entries stamped with the call time.

The trainee types an entry in the line at the bottom and presses Enter: it is added under
the ones before, stamped with the call time ("[02:31] Back door forced, nothing seen").
Up (from an empty line) picks an earlier entry to put right; Enter saves it with its
first stamp, Esc leaves it as it was. The attempt record keeps the narrative as one string
(`callsim.attempt/1`), one entry a line, so marking and reports read it unchanged; an
entry still being typed is kept too, stamped when it was begun, so nothing typed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from simulator.screen import theme
from simulator.screen.fields import COMMITTED, EDITED, Change, Field, TextField, box_outline
from simulator.screen.theme import Fonts, draw_text, wrap

STAMPED = re.compile(r"^\[(\d+):(\d\d)\] ?(.*)$")


def stamp(t: float) -> str:
    whole = max(0, int(t))
    return f"[{whole // 60:02d}:{whole % 60:02d}]"


@dataclass
class Entry:
    t: float | None  # call time it was made; None for a line written without a stamp
    text: str

    def line(self) -> str:
        return self.text if self.t is None else f"{stamp(self.t)} {self.text}"


class NarrativeField(Field):
    def __init__(self, name: str, label: str, now: Callable[[], float] = lambda: 0.0,
                 rows: int = 5) -> None:
        self.name = name
        self.label = label
        self.rows = rows
        self.now = now  # the call clock: the screen sets it
        self.entries: list[Entry] = []
        self.line = TextField(f"{name}.line", label, rows=2, placeholder="type an entry, "
                              "Enter adds it with the time; Up edits an earlier one")
        self.editing: int | None = None  # index of the entry being put right
        self.draft_since: float | None = None  # when the unsaved entry was begun

    # --- the record -------------------------------------------------------------------

    def value(self) -> str:
        """The narrative as the attempt record keeps it: one stamped entry a line."""
        lines = [e.line() for e in self.entries]
        draft = self.line.text.strip()
        if draft and self.editing is None:
            lines.append(Entry(self.draft_since, draft).line())
        return "\n".join(lines)

    def set(self, text: str) -> None:
        """Put a recorded narrative back (a resumed call)."""
        self.entries = []
        for line in text.split("\n"):
            if not line.strip():
                continue
            found = STAMPED.match(line)
            if found:
                minutes, seconds, said = found.groups()
                self.entries.append(Entry(int(minutes) * 60 + int(seconds), said))
            else:
                self.entries.append(Entry(None, line))
        self.line.set("")
        self.editing = None

    def add_draft(self) -> bool:
        """Save what is typed as an entry (the call ends, or Enter). True if one was."""
        text = " ".join(self.line.text.split())
        if not text:
            return False
        if self.editing is not None:
            self.entries[self.editing].text = text
        else:
            self.entries.append(Entry(self.draft_since if self.draft_since is not None
                                      else self.now(), text))
        self.line.set("")
        self.editing = None
        self.draft_since = None
        return True

    # --- keys -------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> Change:
        if event.type == pygame.KEYDOWN:
            key = event.key
            if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                return COMMITTED if self.add_draft() else None
            if key == pygame.K_UP and self.entries and (self.editing is not None
                                                       or not self.line.text):
                self._pick(len(self.entries) - 1 if self.editing is None
                           else max(0, self.editing - 1))
                return None
            if key == pygame.K_DOWN and self.editing is not None:
                if self.editing + 1 < len(self.entries):
                    self._pick(self.editing + 1)
                else:
                    self.cancel()
                return None
            if key == pygame.K_ESCAPE and self.editing is not None:
                self.cancel()
                return None
        change = self.line.handle(event)
        if change == EDITED and self.editing is None and self.draft_since is None:
            self.draft_since = self.now()
        if change == EDITED and not self.line.text and self.editing is None:
            self.draft_since = None
        return EDITED if change == EDITED else None

    def _pick(self, index: int) -> None:
        self.editing = index
        self.line.set(self.entries[index].text)

    def cancel(self) -> None:
        self.editing = None
        self.line.set("")

    # --- drawing ----------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, box: pygame.Rect, fonts: Fonts,
             focused: bool) -> None:
        box_outline(surface, box, focused)
        inner = box.inflate(-fonts.pad * 2, -fonts.pad)
        line_h = self.line.height(fonts)
        typing = pygame.Rect(inner.x, inner.bottom - line_h, inner.width, line_h)
        log = pygame.Rect(inner.x, inner.y, inner.width, typing.top - inner.y - fonts.pad)
        rows: list[tuple[str, bool]] = []
        for i, entry in enumerate(self.entries):
            rows += [(text, i == self.editing) for _, text in
                     wrap(fonts.small, entry.line(), log.width)]
        visible = max(1, log.height // fonts.small.get_linesize())
        if not rows and not focused:
            draw_text(surface, fonts.small, "time-stamped entries, as on the C&C log",
                      (log.x, log.y + 2), theme.MUTED)
        for i, (text, picked) in enumerate(rows[-visible:]):
            y = log.y + i * fonts.small.get_linesize()
            draw_text(surface, fonts.small, text, (log.x, y),
                      theme.FOCUS if picked else theme.TEXT)
        pygame.draw.line(surface, theme.PANEL_EDGE, (inner.x, typing.top - fonts.pad // 2),
                         (inner.right, typing.top - fonts.pad // 2))
        if self.editing is not None:
            self.line.placeholder = "Enter saves the change, Esc leaves it"
        self.line.draw(surface, typing, fonts, focused)
        self.line.placeholder = ("type an entry, Enter adds it with the time; Up edits "
                                 "an earlier one")
