"""The fields a trainee types into: free text, a type-ahead choice, a set of choices, a grade.

Each field takes pygame events and says what happened (`EDITED` while typing, `COMMITTED`
when a choice is made, `SUBMIT` when Enter sends), so the screen can decide what goes to
the journal and when. Fields know nothing about the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import pygame

from simulator.screen import theme
from simulator.screen.search_words import word_score, words_of
from simulator.screen.theme import Fonts, clip_text, draw_text, wrap

Change = Literal["edited", "committed", "submit"] | None
EDITED: Change = "edited"
COMMITTED: Change = "committed"
SUBMIT: Change = "submit"
DROPDOWN_ROWS = 7


def ctrl_held(event: pygame.event.Event) -> bool:
    return bool(getattr(event, "mod", 0) & pygame.KMOD_CTRL)


@dataclass(frozen=True)
class Option:
    code: str
    label: str
    detail: str = ""  # the group or target, shown beside the label in the list
    # Other names it is found by: the NSIR category "Crime" is what a trainee looking for
    # "burglary" or "assault" must choose, so it carries every crime type's name.
    aliases: tuple[str, ...] = ()

    def haystack(self) -> str:
        return words_of(f"{self.label} {self.detail} {self.code}")

    def score(self, words: list[str]) -> int:
        """How well the typed words find this option (0: not at all): every word must
        find it, in its own name or group, or failing that in its other names."""
        own = self.haystack()
        others = words_of(" ".join(self.aliases))
        total = 0
        for word in words:
            found = word_score(word, own) or word_score(word, others) // 2
            if not found:
                return 0
            total += found
        return total

    def found_by(self, words: list[str]) -> str:
        """The other name the words found it by ("" when its own name matched)."""
        own = self.haystack()
        if all(word_score(w, own) for w in words):
            return ""
        return next((a for a in self.aliases
                     if all(word_score(w, words_of(a)) for w in words)), "")


class Field:
    """Something in the tab order."""

    name: str
    label: str
    rows: int = 1

    def handle(self, event: pygame.event.Event) -> Change:
        return None

    def draw(self, surface: pygame.Surface, box: pygame.Rect, fonts: Fonts,
             focused: bool) -> None:
        raise NotImplementedError

    def height(self, fonts: Fonts) -> int:
        return self.rows * fonts.line + fonts.pad


def box_outline(surface: pygame.Surface, box: pygame.Rect, focused: bool) -> None:
    """A field's box, outlined in the focus colour when it has the focus."""
    pygame.draw.rect(surface, theme.FIELD, box, border_radius=3)
    pygame.draw.rect(surface, theme.FOCUS if focused else theme.PANEL_EDGE, box,
                     width=2 if focused else 1, border_radius=3)


class TextField(Field):
    """Free text. `multiline` fields take Enter as a new line; others send it as SUBMIT."""

    def __init__(self, name: str, label: str, rows: int = 1, *, multiline: bool = False,
                 placeholder: str = "") -> None:
        self.name = name
        self.label = label
        self.rows = rows
        self.multiline = multiline
        self.placeholder = placeholder
        self.text = ""
        self.cursor = 0

    def set(self, text: str) -> None:
        self.text = text
        self.cursor = len(text)

    def handle(self, event: pygame.event.Event) -> Change:
        if event.type == pygame.TEXTINPUT:
            self._insert(event.text)
            return EDITED
        if event.type != pygame.KEYDOWN:
            return None
        key = event.key
        if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            if self.multiline and not ctrl_held(event):
                self._insert("\n")
                return EDITED
            return SUBMIT
        if key == pygame.K_BACKSPACE and self.cursor > 0:
            start = self._word_start() if ctrl_held(event) else self.cursor - 1
            self.text = self.text[:start] + self.text[self.cursor:]
            self.cursor = start
            return EDITED
        if key == pygame.K_DELETE and self.cursor < len(self.text):
            self.text = self.text[:self.cursor] + self.text[self.cursor + 1:]
            return EDITED
        moves = {pygame.K_LEFT: self.cursor - 1, pygame.K_RIGHT: self.cursor + 1,
                 pygame.K_HOME: self._line_start(), pygame.K_END: self._line_end()}
        if key in moves:
            self.cursor = min(len(self.text), max(0, moves[key]))
        return None

    def _insert(self, text: str) -> None:
        self.text = self.text[:self.cursor] + text + self.text[self.cursor:]
        self.cursor += len(text)

    def _word_start(self) -> int:
        i = self.cursor
        while i > 0 and self.text[i - 1] == " ":
            i -= 1
        while i > 0 and self.text[i - 1] != " ":
            i -= 1
        return i

    def _line_start(self) -> int:
        return self.text.rfind("\n", 0, self.cursor) + 1

    def _line_end(self) -> int:
        end = self.text.find("\n", self.cursor)
        return len(self.text) if end < 0 else end

    def draw(self, surface: pygame.Surface, box: pygame.Rect, fonts: Fonts,
             focused: bool) -> None:
        box_outline(surface, box, focused)
        inner = box.inflate(-fonts.pad * 2, -fonts.pad)
        if not self.text:
            if self.placeholder:
                draw_text(surface, fonts.small, clip_text(fonts.small, self.placeholder,
                                                          inner.width),
                          (inner.x, inner.y + 2), theme.MUTED)
            if focused:
                _cursor(surface, (inner.x, inner.y), fonts)
            return
        lines = wrap(fonts.body, self.text, inner.width)
        row = max(i for i, (start, _) in enumerate(lines) if start <= self.cursor)
        visible = max(1, inner.height // fonts.line)
        first = max(0, row - visible + 1) if focused else 0
        for i, (start, line) in enumerate(lines[first:first + visible]):
            y = inner.y + i * fonts.line
            draw_text(surface, fonts.body, line.rstrip("\n"), (inner.x, y))
            if focused and first + i == row:
                x = inner.x + fonts.body.size(line[:self.cursor - start])[0]
                _cursor(surface, (x, y), fonts)
        if len(lines) > first + visible:  # more text than shows: say so, don't hide it
            _more(surface, box, fonts)


def _more(surface: pygame.Surface, box: pygame.Rect, fonts: Fonts) -> None:
    """A small downward triangle in the corner of a box whose text runs on."""
    size = max(5, fonts.line // 3)
    x, y = box.right - size - 4, box.bottom - size - 3
    pygame.draw.polygon(surface, theme.BANNER, [(x, y), (x + size, y),
                                                (x + size // 2, y + size)])


def _cursor(surface: pygame.Surface, at: tuple[int, int], fonts: Fonts) -> None:
    x, y = at
    pygame.draw.line(surface, theme.FOCUS, (x, y), (x, y + fonts.line - 3), 2)


class ChoiceField(Field):
    """One choice from a long list, found by typing part of it (the NSIR categories, the
    crime classifications). Up/Down move through the matches; Enter chooses."""

    def __init__(self, name: str, label: str, options: Sequence[Option], *,
                 none_option: Option | None = None, placeholder: str = "type to search"
                 ) -> None:
        self.name = name
        self.label = label
        self.options = list(options)
        self.none_option = none_option
        self.placeholder = placeholder
        self.query = ""
        self.highlight = 0
        self.chosen: Option | None = None

    def matches(self) -> list[Option]:
        """The options the query finds, best first: short forms a control room uses
        ("burg", "RTC", "misper") and the start of a word count most; the name starting
        with what was typed ("bur" → Burglary) breaks ties."""
        every = ([self.none_option] if self.none_option else []) + self.options
        words = words_of(self.query).split()
        if not words:
            return every
        start = words_of(self.query)
        scored = [(o.score(words), o) for o in every]
        found = [(score, o) for score, o in scored if score]
        found.sort(key=lambda so: (-so[0], not words_of(so[1].label).startswith(start)))
        return [o for _, o in found]

    def choose(self, code: str | None) -> None:
        """Show a recorded choice again (a resumed call); None or "" is no choice, since
        the record cannot tell "No crime" from not yet chosen."""
        self.chosen = next((o for o in self.options if code and o.code == code), None)

    def handle(self, event: pygame.event.Event) -> Change:
        if event.type == pygame.TEXTINPUT:
            self.query += event.text
            self.highlight = 0
            return None
        if event.type != pygame.KEYDOWN:
            return None
        found = self.matches()
        if event.key == pygame.K_BACKSPACE:
            self.query = self.query[:-1]
            self.highlight = 0
        elif event.key == pygame.K_DOWN:
            self.highlight = min(len(found) - 1, self.highlight + 1)
        elif event.key == pygame.K_UP:
            self.highlight = max(0, self.highlight - 1)
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and found:
            return self._commit(found[min(self.highlight, len(found) - 1)])
        return None

    def _commit(self, option: Option) -> Change:
        self.chosen = option
        self.query = ""
        self.highlight = 0
        return COMMITTED

    def shown(self) -> str:
        return self.chosen.label if self.chosen else ""

    def draw(self, surface: pygame.Surface, box: pygame.Rect, fonts: Fonts,
             focused: bool) -> None:
        box_outline(surface, box, focused)
        inner = box.inflate(-fonts.pad * 2, -fonts.pad)
        if focused and self.query:
            width = draw_text(surface, fonts.body, self.query, (inner.x, inner.y))
            _cursor(surface, (inner.x + width + 1, inner.y), fonts)
            return
        text = self.shown()
        if text:
            draw_text(surface, fonts.body, clip_text(fonts.body, text, inner.width),
                      (inner.x, inner.y))
        else:
            hint = self.placeholder if not focused else "type to search, Up/Down, Enter"
            draw_text(surface, fonts.small, hint, (inner.x, inner.y + 2), theme.MUTED)

    def draw_list(self, surface: pygame.Surface, under: pygame.Rect, fonts: Fonts) -> None:
        """The matches, drawn over whatever is below the field."""
        found = self.matches()
        first = max(0, self.highlight - DROPDOWN_ROWS + 1)
        shown = found[first:first + DROPDOWN_ROWS]
        rows = max(1, len(shown))
        area = pygame.Rect(under.x, under.bottom, under.width, rows * fonts.line + fonts.pad)
        if area.bottom > surface.get_height():
            area.bottom = under.top  # no room below: open upwards
        pygame.draw.rect(surface, theme.FIELD, area)
        pygame.draw.rect(surface, theme.FOCUS, area, width=2)
        if not shown:
            draw_text(surface, fonts.small, "no match: Backspace to change the search",
                      (area.x + fonts.pad, area.y + fonts.pad // 2), theme.MUTED)
        words = words_of(self.query).split()
        for i, option in enumerate(shown):
            y = area.y + fonts.pad // 2 + i * fonts.line
            if first + i == self.highlight:
                pygame.draw.rect(surface, theme.CHOSEN,
                                 (area.x + 2, y, area.width - 4, fonts.line))
            x = area.x + fonts.pad
            room = area.width - 2 * fonts.pad
            if option.detail and option.detail != option.label:  # the path: group › name
                path = clip_text(fonts.small, f"{option.detail} › ", room // 2)
                x += draw_text(surface, fonts.small, path, (x, y + 2), theme.MUTED)
            label = self.row_label(option)
            width = draw_text(surface, fonts.body,
                              clip_text(fonts.body, label, area.right - fonts.pad - x), (x, y))
            via = option.found_by(words) if words else ""
            left = area.right - fonts.pad * 2 - x - width
            if via and left > 60:  # why it matched: "Crime" for "burg" is burglary
                note = f"for {via.lower()}: type in Crime"
                draw_text(surface, fonts.small, clip_text(fonts.small, note, left),
                          (x + width + fonts.pad, y + 2), theme.BANNER)

    def row_label(self, option: Option) -> str:
        return option.label


class MultiChoiceField(ChoiceField):
    """Any number of choices from a list (NSIR qualifiers): Enter ticks or unticks."""

    def __init__(self, name: str, label: str, options: Sequence[Option]) -> None:
        super().__init__(name, label, options, placeholder="none: type to add")
        self.ticked: list[str] = []

    def _commit(self, option: Option) -> Change:
        if option.code in self.ticked:
            self.ticked.remove(option.code)
        else:
            self.ticked.append(option.code)
        self.query = ""  # ready to search for the next one
        return COMMITTED

    def shown(self) -> str:
        labels = {o.code: o.label for o in self.options}
        return ", ".join(labels.get(c, c) for c in self.ticked)

    def row_label(self, option: Option) -> str:
        return ("[x] " if option.code in self.ticked else "[  ] ") + option.label


class ConnectField(ChoiceField):
    """Bring another party onto the call (interpreter line, text relay, ambulance...).
    Each choice is an action done once, so the box lists what has been connected."""

    def __init__(self, name: str, label: str, options: Sequence[Option]) -> None:
        super().__init__(name, label, options, placeholder="interpreter, text relay, "
                         "ambulance...: type")
        self.connected: list[str] = []

    def shown(self) -> str:
        return ", ".join(f"{label}: connected" for label in self.connected)


class GradeField(Field):
    """The scenario's grading scale as a row of grades: arrows move, Enter sets, or type
    the grade's code ("3", "S") to set it at once."""

    def __init__(self, name: str, label: str, grades: Sequence[Option]) -> None:
        self.name = name
        self.label = label
        self.rows = 2
        self.grades = list(grades)
        self.highlight = 0
        self.chosen: Option | None = None

    def choose(self, code: str) -> None:
        self.chosen = next((g for g in self.grades if g.code == code), None)
        if self.chosen:
            self.highlight = self.grades.index(self.chosen)

    def handle(self, event: pygame.event.Event) -> Change:
        if event.type == pygame.TEXTINPUT:
            typed = event.text.strip().upper()
            match = next((g for g in self.grades if g.code.upper() == typed), None)
            if match:
                self.choose(match.code)
                return COMMITTED
            return None
        if event.type != pygame.KEYDOWN:
            return None
        if event.key in (pygame.K_RIGHT, pygame.K_DOWN):
            self.highlight = min(len(self.grades) - 1, self.highlight + 1)
        elif event.key in (pygame.K_LEFT, pygame.K_UP):
            self.highlight = max(0, self.highlight - 1)
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.choose(self.grades[self.highlight].code)
            return COMMITTED
        return None

    def draw(self, surface: pygame.Surface, box: pygame.Rect, fonts: Fonts,
             focused: bool) -> None:
        box_outline(surface, box, focused)
        inner = box.inflate(-fonts.pad * 2, -fonts.pad)
        chip = min(inner.width // max(1, len(self.grades)), fonts.line * 3)
        for i, grade in enumerate(self.grades):
            cell = pygame.Rect(inner.x + i * chip, inner.y, chip - fonts.pad, fonts.line)
            chosen = self.chosen is not None and grade.code == self.chosen.code
            pygame.draw.rect(surface, theme.CHOSEN if chosen else theme.PANEL, cell,
                             border_radius=4)
            if focused and i == self.highlight:
                pygame.draw.rect(surface, theme.FOCUS, cell, width=2, border_radius=4)
            image = fonts.body.render(grade.code, True, theme.TEXT)
            surface.blit(image, image.get_rect(center=cell.center))
        about = self.grades[self.highlight] if focused else self.chosen
        if about is not None:
            text = f"{about.code} {about.label}: {about.detail}"
            if self.chosen is not None and about.code == self.chosen.code:
                text = "SET  " + text
            draw_text(surface, fonts.small, clip_text(fonts.small, text, inner.width),
                      (inner.x, inner.y + fonts.line + 2), theme.TEXT)
        else:
            hint = clip_text(fonts.small, "not set: type the grade, or arrows and Enter",
                             inner.width)
            draw_text(surface, fonts.small, hint, (inner.x, inner.y + fonts.line + 2),
                      theme.MUTED)
