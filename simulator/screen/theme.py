"""Colours, fonts and text layout for the trainee screen.

Everything is sized from the window height so the same screen reads well on a 1366×768
training-room laptop and a 1920×1080 control-room monitor. Fonts come from pygame's own
bundled font, so nothing depends on what the machine has installed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

Colour = tuple[int, int, int]

# A dark Command & Control palette: long shifts, low glare, high contrast for text.
BACKGROUND: Colour = (16, 22, 30)
PANEL: Colour = (27, 35, 47)
PANEL_EDGE: Colour = (52, 64, 82)
FIELD: Colour = (10, 14, 20)
FOCUS: Colour = (86, 168, 255)
TEXT: Colour = (232, 236, 242)
MUTED: Colour = (148, 160, 178)
CALLER: Colour = (255, 214, 128)
TRAINEE: Colour = (140, 208, 255)
SYSTEM: Colour = (170, 230, 170)
DOUBTFUL: Colour = (255, 140, 60)  # recognised words the engine was unsure of
BANNER: Colour = (255, 196, 0)
BANNER_TEXT: Colour = (20, 20, 20)
DANGER: Colour = (226, 76, 76)
GOOD: Colour = (72, 196, 116)
CHOSEN: Colour = (44, 92, 150)


@dataclass
class Fonts:
    """The three text sizes the screen uses, and the spacing that goes with them."""

    body: pygame.font.Font
    small: pygame.font.Font
    big: pygame.font.Font
    huge: pygame.font.Font
    line: int
    pad: int

    @classmethod
    def for_height(cls, height: int) -> Fonts:
        # pygame's default font draws small for its nominal size: 0.031 of the height
        # gives ~18 px lines at 768 and ~25 px at 1080, the size C&C screens use.
        unit = max(16, round(height * 0.031))
        body = pygame.font.Font(None, unit)
        return cls(
            body=body,
            small=pygame.font.Font(None, max(14, round(unit * 0.86))),
            big=pygame.font.Font(None, round(unit * 1.35)),
            huge=pygame.font.Font(None, round(unit * 3.2)),
            line=body.get_linesize() + 2,
            pad=max(4, round(height * 0.008)),
        )


def wrap(font: pygame.font.Font, text: str, width: int) -> list[tuple[int, str]]:
    """Break `text` into lines no wider than `width`: (index of the line's first
    character in `text`, the line). Keeps indices so a cursor can be placed in it."""
    lines: list[tuple[int, str]] = []
    start = 0
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(font, paragraph, width, start))
        start += len(paragraph) + 1
    return lines


def _wrap_paragraph(font: pygame.font.Font, text: str, width: int,
                    offset: int) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    begin = 0
    while True:
        rest = text[begin:]
        if font.size(rest)[0] <= width or not rest:
            lines.append((offset + begin, rest))
            return lines
        cut = _fit(font, rest, width)
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space + 1  # break after the space, so the space stays on this line
        lines.append((offset + begin, rest[:cut]))
        begin += cut


def _fit(font: pygame.font.Font, text: str, width: int) -> int:
    """How many leading characters of `text` fit in `width` (at least one)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if font.size(text[:middle])[0] <= width:
            low = middle
        else:
            high = middle - 1
    return low


def draw_text(surface: pygame.Surface, font: pygame.font.Font, text: str,
              at: tuple[int, int], colour: Colour = TEXT) -> int:
    """Draw one line; return its width."""
    if not text:
        return 0
    image = font.render(text, True, colour)
    surface.blit(image, at)
    return image.get_width()


def clip_text(font: pygame.font.Font, text: str, width: int) -> str:
    """`text` shortened with an ellipsis to fit `width`."""
    if font.size(text)[0] <= width:
        return text
    return text[:max(0, _fit(font, text, width - font.size("…")[0]))] + "…"


def panel(surface: pygame.Surface, rect: pygame.Rect, fonts: Fonts, title: str, *,
          key: str = "", active: bool = False) -> pygame.Rect:
    """A titled panel; returns the area inside it."""
    pygame.draw.rect(surface, PANEL, rect, border_radius=6)
    pygame.draw.rect(surface, FOCUS if active else PANEL_EDGE, rect, width=2, border_radius=6)
    x = rect.x + fonts.pad * 2
    y = rect.y + fonts.pad
    x += draw_text(surface, fonts.body, title.upper(), (x, y), FOCUS if active else TEXT)
    if key:
        draw_text(surface, fonts.small, f"  {key}", (x, y + 2), MUTED)
    top = y + fonts.line + fonts.pad
    return pygame.Rect(rect.x + fonts.pad * 2, top, rect.width - fonts.pad * 4,
                       rect.bottom - top - fonts.pad)
