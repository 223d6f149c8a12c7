"""The live transcript: who said what, newest at the bottom, doubtful words marked."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from simulator.screen import theme
from simulator.screen.conversation import Line
from simulator.screen.theme import Colour, Fonts

# Below this recogniser confidence a word is shown in orange and underlined: the trainee
# should not trust it, and may need to repeat the question.
LOW_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Word:
    text: str
    colour: Colour
    doubtful: bool = False


def clock(t: float) -> str:
    whole = max(0, int(t))
    return f"{whole // 60}:{whole % 60:02d}"


def words_of(line: Line) -> list[Word]:
    if line.stage:
        return [Word(w, theme.MUTED) for w in line.text.split()]
    colour = theme.CALLER if line.speaker == "caller" else theme.TRAINEE
    if line.words:
        return [Word(str(w.get("word", "")), colour,
                     float(w.get("conf", 1.0)) < LOW_CONFIDENCE) for w in line.words]
    return [Word(w, colour) for w in line.text.split()]


def layout(line: Line, fonts: Fonts, width: int) -> list[list[tuple[int, Word]]]:
    """Rows of (x, word): the time and speaker first, the words hanging under the text."""
    tag = "Caller:" if line.speaker == "caller" else "You:"
    colour = theme.CALLER if line.speaker == "caller" else theme.TRAINEE
    head = [Word(clock(line.t), theme.MUTED), Word(tag, colour)]
    space = fonts.body.size(" ")[0]
    indent = sum(fonts.body.size(w.text)[0] + space for w in head)
    rows: list[list[tuple[int, Word]]] = [[]]
    x = 0
    for word in head:
        rows[0].append((x, word))
        x += fonts.body.size(word.text)[0] + space
    for word in words_of(line):
        size = fonts.body.size(word.text)[0]
        if x + size > width and x > indent:
            rows.append([])
            x = indent
        rows[-1].append((x, word))
        x += size + space
    return rows


class Transcript:
    """Draws lines bottom-up so the newest is always in view; caches layouts because a
    long call re-measures thousands of words a frame otherwise."""

    def __init__(self) -> None:
        self._cache: dict[tuple[int, int, int], list[list[tuple[int, Word]]]] = {}

    def draw(self, surface: pygame.Surface, area: pygame.Rect, fonts: Fonts,
             lines: list[Line], *, partial: str = "", back: int = 0) -> int:
        """Draw the newest lines, or `back` rows further up; return how far back can go."""
        rows: list[list[tuple[int, Word]]] = []
        for i, line in enumerate(lines):
            key = (i, area.width, fonts.line)
            if key not in self._cache:
                self._cache[key] = layout(line, fonts, area.width)
            rows.extend(self._cache[key])
        if partial:
            rows.extend(layout(Line("trainee", partial + " …", 0, 0), fonts, area.width))
        fit = max(1, area.height // fonts.line)
        most = max(0, len(rows) - fit)
        back = min(back, most)
        if back:
            fit -= 1  # the bottom row says the view is scrolled back
        shown = rows[max(0, len(rows) - fit - back):len(rows) - back]
        y = area.bottom - len(shown) * fonts.line - (fonts.line if back else 0)
        for row in shown:
            for x, word in row:
                image = fonts.body.render(word.text, True, theme.DOUBTFUL if word.doubtful
                                          else word.colour)
                surface.blit(image, (area.x + x, y))
                if word.doubtful:
                    base = y + image.get_height() - 1
                    pygame.draw.line(surface, theme.DOUBTFUL, (area.x + x, base),
                                     (area.x + x + image.get_width(), base), 2)
            y += fonts.line
        if back:
            note = fonts.small.render("earlier in the call: PgDn for the newest", True,
                                      theme.BANNER)
            surface.blit(note, note.get_rect(bottomright=area.bottomright))
        return most
