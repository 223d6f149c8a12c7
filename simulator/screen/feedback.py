"""After the call: the score, pass or fail, what was missed and why, competency bars.

Missed items come first and critical ones lead, each with the trainer's "why it matters",
what happened in this call (the marking's reason, which says where and when) and, where
the marker points at something, what the trainee did instead (the nearest turn, the value
logged), because that is what a trainee acts on next time. Partial credit is shown as
such ("2 of 3 points: partly"), never rounded to met or missed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pygame

from scoring.attempt import Attempt
from scoring.result import Evidence, ItemMark, Result
from simulator.loader import references
from simulator.scenario import Scenario
from simulator.screen import theme
from simulator.screen.theme import Colour, Fonts, clip_text, draw_text, wrap


@dataclass(frozen=True)
class Row:
    text: str
    font: str  # "body", "small" or "big"
    colour: Colour
    indent: int = 0


def plain(reason: str) -> str:
    """A marking reason in the trainee's words: `scene_preservation` → "scene preservation",
    'burglary_residential' → 'Burglary, residential' (the name the trainee chose from)."""
    rec = references().recording
    names = {code: c.name for code, c in {**rec.categories, **rec.crimes}.items()}
    names.update(rec.qualifiers)
    reason = re.sub(r"'([a-z0-9_]+)'", lambda m: f"'{names.get(m.group(1), m.group(1))}'",
                    reason)
    return re.sub(r"`([^`]+)`", lambda m: f'"{m.group(1).replace("_", " ")}"', reason)


def partial(item: ItemMark) -> bool:
    """Some of the item's points, not all (e.g. caller details: 2 of 3)."""
    return 0 < item.points < item.max_points


def points(item: ItemMark) -> str:
    text = f"{item.points:g}/{item.max_points:g}"
    return f"{text}, partly" if partial(item) else text


def e_text(shown: str) -> str:
    """The quoted value in an `instead` line ('...'), to see if the reason has it."""
    found = re.search(r"'([^']*)'", shown)
    return found.group(1) if found else shown


# "; closest: turn 3 at 02:31 'clause' (0.41, like 'phrase'; below the threshold)"
CLOSEST = re.compile(r"; closest: turn \d+ at [\d:]+ '.*?' \([\d.]+, like '.*?'; [^)]*\)")


def label_for(evidence: Evidence) -> str:
    """The closest turn the marker found is "the closest you came"; other evidence is
    what was done instead."""
    return "Closest you came: " if evidence.note.startswith("closest") else "You did instead: "


def instead(evidence: Evidence) -> str:
    """What the trainee did, from a missed item's evidence: the nearest turn the marker
    found, the value logged, the event, with the marker's note on why it fell short."""
    when = f"at {int(evidence.t) // 60}:{int(evidence.t) % 60:02d} " if evidence.t is not None \
        else ""
    what = {"turn": "you said", "log": f"{evidence.where.removeprefix('log.')} was",
            "event": "you did"}.get(evidence.kind, "")
    text = f"{when}{what} '{evidence.text}'" if evidence.text else ""
    note = evidence.note
    if note.startswith("closest"):  # "closest to what_happened (0.41; below the threshold)"
        note = note.rpartition("; ")[2].rstrip(")")
        note = {"below the threshold": "not clear enough to count"}.get(note, note)
        if note.startswith("heard as "):
            note = f'heard as "{note.removeprefix("heard as ").replace("_", " ")}"'
    if note:
        text += f" ({note})" if text else note
    return plain(text)


class FeedbackView:
    def __init__(self, scenario: Scenario, attempt: Attempt, result: Result, folder: Path,
                 *, hung_up: bool = False) -> None:
        self.scenario = scenario
        self.attempt = attempt
        self.result = result
        self.folder = folder
        self.hung_up = hung_up
        self.scroll = 0  # rows scrolled off the top of the list of items
        self.page = 10

    def headline(self) -> str:
        """The one line a trainee remembers, as the screen shows it."""
        r = self.result
        return (f"{r.score:g} / 100 {'PASS' if r.passed else 'FAIL'} "
                f"(pass mark {r.pass_mark:g})")

    def key(self, key: int) -> None:
        moves = {pygame.K_DOWN: 1, pygame.K_UP: -1, pygame.K_PAGEDOWN: self.page,
                 pygame.K_PAGEUP: -self.page, pygame.K_HOME: -10**6, pygame.K_END: 10**6}
        self.scroll = max(0, self.scroll + moves.get(key, 0))

    # --- drawing ----------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, fonts: Fonts) -> None:
        surface.fill(theme.BACKGROUND)
        width, height = surface.get_size()
        gap = fonts.pad * 3
        bar = pygame.Rect(0, 0, width, round(fonts.line * 1.9))
        pygame.draw.rect(surface, theme.PANEL, bar)
        title = clip_text(fonts.big, f"CALL MARKED: {self.scenario.title}", width - 2 * gap)
        draw_text(surface, fonts.big, title,
                  (gap, bar.centery - fonts.big.get_linesize() // 2), theme.FOCUS)
        foot = pygame.Rect(0, height - round(fonts.line * 1.4), width, round(fonts.line * 1.4))
        pygame.draw.rect(surface, theme.PANEL, foot)
        draw_text(surface, fonts.small, "Up/Down PgUp/PgDn scroll · Ctrl+Q close · attempt and "
                  f"marks saved in {self.folder}", (gap, foot.centery - fonts.small.get_linesize()
                                              // 2), theme.MUTED)
        left = pygame.Rect(gap, bar.bottom + gap, round(width * 0.6) - gap,
                           foot.top - bar.bottom - 2 * gap)
        right = pygame.Rect(left.right + gap, left.y, width - left.right - 2 * gap,
                            left.height)
        y = self.score_block(surface, fonts, left)
        self.items(surface, fonts, pygame.Rect(left.x, y, left.width, left.bottom - y))
        self.bars(surface, fonts, right)

    def score_block(self, surface: pygame.Surface, fonts: Fonts, area: pygame.Rect) -> int:
        r = self.result
        score = fonts.huge.render(f"{r.score:g}", True, theme.TEXT)
        surface.blit(score, area.topleft)
        x = area.x + score.get_width() + fonts.pad * 2
        draw_text(surface, fonts.big, "/ 100", (x, area.y + score.get_height()
                                                - fonts.big.get_linesize() - fonts.pad))
        verdict = "PASS" if r.passed else "FAIL"
        badge = fonts.huge.render(verdict, True, theme.GOOD if r.passed else theme.DANGER)
        at = x + fonts.big.size("/ 100")[0] + fonts.pad * 8
        surface.blit(badge, (at, area.y))
        note = f"pass mark {r.pass_mark:g}"
        met = sum(1 for i in r.items if i.met is True)
        counted = sum(1 for i in r.items if i.status != "not_applicable")
        note += f" · {met} of {counted} items met"
        unsure = len(r.uncertain())
        if unsure:
            note += f" · {unsure} for an assessor to check"
        partly = sum(1 for i in r.items if partial(i))
        if partly:
            note += f" · {partly} with part marks"
        if self.hung_up:
            note += " · the caller hung up"
        y = area.y + score.get_height() + fonts.pad
        draw_text(surface, fonts.body, note, (area.x, y), theme.MUTED)
        y += fonts.line
        if r.critical_failures:
            names = ", ".join(r.item(i).description for i in r.critical_failures)
            text = f"Critical failure (fails the call whatever the score): {names}"
            for _, line in wrap(fonts.body, text, area.width):
                draw_text(surface, fonts.body, line, (area.x, y), theme.DANGER)
                y += fonts.line
        return y + fonts.pad * 2

    def rows(self, fonts: Fonts, width: int) -> list[Row]:
        out: list[Row] = []
        missed = sorted(self.result.missed(), key=lambda i: not i.critical)
        out.append(Row(f"WHAT YOU MISSED ({len(missed)})", "big",
                       theme.DANGER if missed else theme.GOOD))
        if not missed:
            out.append(Row("Nothing: every item that applied was met.", "body", theme.TEXT))
        for item in missed:
            out += self.missed_rows(item, fonts, width)
        met = [i for i in self.result.items if i.met is True]
        out.append(Row("", "small", theme.TEXT))
        out.append(Row(f"WHAT YOU DID ({len(met)})", "big", theme.GOOD))
        for item in met:
            text = f"+ {item.description} ({points(item)})"
            if item.status == "uncertain":
                text += "  (not sure: an assessor will check)"
            colour = theme.BANNER if partial(item) or item.status == "uncertain" else theme.TEXT
            out += [Row(line, "small", colour) for _, line in wrap(fonts.small, text, width)]
        return out

    def missed_rows(self, item: ItemMark, fonts: Fonts, width: int) -> list[Row]:
        tag = "CRITICAL: " if item.critical else ""
        head = f"{tag}{item.description}  ({points(item)})"
        out = [Row(line, "body", theme.DANGER if item.critical else theme.CALLER)
               for _, line in wrap(fonts.body, head, width)]
        indent = fonts.pad * 4
        # The marker's reason names the closest turn in its own terms (score, library
        # phrase); the trainee reads what they said, from the evidence, instead.
        reason = CLOSEST.sub("", plain(item.reason))
        said = [("Why it matters: ", item.feedback, theme.TEXT),
                ("In this call: ", reason, theme.MUTED)]
        # What the marker points at, unless the reason already says it (a logged value).
        said += [(label_for(e), text, theme.TRAINEE) for e, text in
                 ((e, instead(e)) for e in item.evidence[:2])
                 if text and plain(f"'{e_text(text)}'") not in reason]
        if item.status == "uncertain":
            sure = f" ({item.confidence:.0%} sure)" if item.confidence is not None else ""
            said.append(("Not sure: ", f"the marking could not be certain{sure}; an assessor "
                         "will check this item", theme.BANNER))
        for label, text, colour in said:
            if text:
                out += [Row(line, "small", colour, indent) for _, line in
                        wrap(fonts.small, label + " ".join(text.split()), width - indent)]
        out.append(Row("", "small", theme.TEXT))
        return out

    def items(self, surface: pygame.Surface, fonts: Fonts, area: pygame.Rect) -> None:
        rows = self.rows(fonts, area.width)
        font_of = {"body": fonts.body, "small": fonts.small, "big": fonts.big}
        heights = [font_of[r.font].get_linesize() + 1 for r in rows]
        fit = 0
        room = area.height
        for h in reversed(heights):
            if room < h:
                break
            room -= h
            fit += 1
        self.page = max(1, fit - 2)
        self.scroll = min(self.scroll, max(0, len(rows) - fit))
        more = self.scroll + fit < len(rows)
        bottom = area.bottom - (fonts.small.get_linesize() if more else 0)
        y = area.y
        for row, h in zip(rows[self.scroll:], heights[self.scroll:], strict=True):
            if y + h > bottom:
                break
            draw_text(surface, font_of[row.font], row.text, (area.x + row.indent, y),
                      row.colour)
            y += h
        if more:
            more_text = "more below: press Down"
            draw_text(surface, fonts.small, more_text,
                      (area.right - fonts.small.size(more_text)[0],
                       area.bottom - fonts.small.get_linesize()), theme.FOCUS)

    def bars(self, surface: pygame.Surface, fonts: Fonts, area: pygame.Rect) -> None:
        pygame.draw.rect(surface, theme.PANEL, area, border_radius=6)
        inner = area.inflate(-fonts.pad * 4, -fonts.pad * 4)
        draw_text(surface, fonts.big, "COMPETENCIES", inner.topleft, theme.TEXT)
        names = references().cvf
        y = inner.y + fonts.line * 2
        bar_h = max(8, fonts.line // 2)
        # Only what this call tested (as in the assessor's report): a competency no item of
        # the scenario marks is not a 0% for the trainee.
        tested = {c for item in self.result.items if item.status != "not_applicable"
                  for c in item.competencies}
        shown = [(k, v) for k, v in self.result.competencies.items() if k in tested]
        for ident, value in sorted(shown, key=lambda kv: kv[1]):
            name = names.get(ident, ident.replace("_", " ").capitalize())
            draw_text(surface, fonts.body, clip_text(fonts.body, name, inner.width - 60),
                      (inner.x, y))
            text = f"{value:.0f}%"
            draw_text(surface, fonts.body, text, (inner.right - fonts.body.size(text)[0], y))
            y += fonts.line
            track = pygame.Rect(inner.x, y, inner.width, bar_h)
            pygame.draw.rect(surface, theme.FIELD, track, border_radius=bar_h // 2)
            colour = theme.GOOD if value >= 70 else theme.BANNER if value >= 50 else \
                theme.DANGER
            fill = track.copy()
            fill.width = round(track.width * max(0.0, min(100.0, value)) / 100)
            if fill.width:
                pygame.draw.rect(surface, colour, fill, border_radius=bar_h // 2)
            y += bar_h + fonts.pad * 3
            if y > inner.bottom - fonts.line:
                break
