"""The window while a call gets ready: what is being checked or prepared, and how far.

The window opens before anything slow happens, so the trainee never stares at nothing:
first the sound devices are checked (a missing microphone is said here, before any voice
is prepared), then the caller's voices are prepared with a count ("preparing caller
voices 40/137"). Each update also reads the window's events, so closing it or Ctrl+C in
the terminal stops the start-up at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from simulator.screen import theme
from simulator.screen.theme import Fonts, clip_text, draw_text, wrap


@dataclass
class StartScreen:
    surface: pygame.Surface
    title: str
    steps: list[tuple[str, theme.Colour]] = field(default_factory=list)
    banner: str = ""
    fraction: float | None = None  # how far the current count is, for the bar
    closed: bool = False  # the trainee closed the window while it was getting ready

    def step(self, text: str, colour: theme.Colour = theme.TEXT) -> None:
        """A new line of what is happening."""
        self.steps.append((text, colour))
        self.fraction = None
        self.show()

    def update(self, text: str, colour: theme.Colour = theme.TEXT) -> None:
        """Change the last line (a count going up)."""
        if self.steps:
            self.steps[-1] = (text, colour)
        self.show()

    def progress(self, what: str, done: int, of: int) -> None:
        self.fraction = done / of if of else None
        self.update(f"{what} {done}/{of}" if of else f"{what}: ready")

    def show(self) -> None:
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                self.closed = True
            elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
                self.surface = pygame.display.get_surface()
        self.draw()
        pygame.display.flip()

    def draw(self) -> None:
        surface = self.surface
        fonts = Fonts.for_height(surface.get_height())
        width, height = surface.get_size()
        surface.fill(theme.BACKGROUND)
        bar = pygame.Rect(0, 0, width, round(fonts.line * 1.9))
        pygame.draw.rect(surface, theme.PANEL, bar)
        y = bar.centery - fonts.big.get_linesize() // 2
        x = fonts.pad * 3
        x += draw_text(surface, fonts.big, "CALLSIM", (x, y), theme.FOCUS) + fonts.pad * 4
        draw_text(surface, fonts.big, clip_text(fonts.big, self.title, width - x - 20), (x, y))
        y = bar.bottom
        if self.banner:
            row = pygame.Rect(0, y, width, round(fonts.line * 1.4))
            pygame.draw.rect(surface, theme.BANNER, row)
            text = clip_text(fonts.big, self.banner, width - 20)
            image = fonts.big.render(text, True, theme.BANNER_TEXT)
            surface.blit(image, image.get_rect(center=row.center))
            y = row.bottom
        box = pygame.Rect(0, 0, round(width * 0.6), fonts.line * (len(self.steps) + 5))
        box.center = (width // 2, max(y + box.height // 2 + fonts.line, height // 2))
        pygame.draw.rect(surface, theme.PANEL, box, border_radius=8)
        inner = box.inflate(-fonts.pad * 6, -fonts.pad * 4)
        draw_text(surface, fonts.big, "Getting the call ready", inner.topleft, theme.FOCUS)
        row_y = inner.y + fonts.line * 2
        for text, colour in self.steps:
            for _, line in wrap(fonts.body, text, inner.width)[:1]:
                draw_text(surface, fonts.body, line, (inner.x, row_y), colour)
            row_y += fonts.line
        if self.fraction is not None:
            track = pygame.Rect(inner.x, row_y + fonts.pad, inner.width, fonts.line // 2)
            pygame.draw.rect(surface, theme.FIELD, track, border_radius=track.height // 2)
            done = track.copy()
            done.width = round(track.width * max(0.0, min(1.0, self.fraction)))
            if done.width:
                pygame.draw.rect(surface, theme.FOCUS, done, border_radius=track.height // 2)
