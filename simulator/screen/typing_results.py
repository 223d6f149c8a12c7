"""The typing test's results: speed, accuracy, the keys that went wrong, and the verdict for
each role profile, laid out so a trainee sees at once whether they reached the standard
and what to practise."""

from __future__ import annotations

import pygame

from scoring.typing import TypingResult
from scoring.typing_tests import TypingTest
from simulator.screen import theme
from simulator.screen.theme import Fonts, clip_text, draw_text, panel

# A UK keyboard's character keys, row by row, as the trainee sees them.
KEYBOARD = ("1234567890-=", "qwertyuiop[]", "asdfghjkl;'#", "\\zxcvbnm,./")
_SHIFTED = dict(zip('!"£$%^&*()_+{}:@~<>?|', "1234567890-=[];'#,./\\", strict=True))


def key_cap(key: str) -> str:
    """The key a character is typed on: 'A' and 'a' are the same key, '@' is on '''."""
    if len(key) != 1:
        return key
    return _SHIFTED.get(key, key.lower())


def draw_results(surface: pygame.Surface, fonts: Fonts, test: TypingTest,
                 result: TypingResult) -> None:
    f = fonts
    width, height = surface.get_size()
    bar = pygame.Rect(0, 0, width, f.line * 2)
    pygame.draw.rect(surface, theme.PANEL, bar)
    y = bar.y + (bar.height - f.big.get_linesize()) // 2
    x = f.pad * 3 + draw_text(surface, f.big, "RESULTS", (f.pad * 3, y), theme.FOCUS)
    draw_text(surface, f.body, f"   {test.title}", (x, y + 4))
    foot_y = height - f.line - f.pad
    draw_text(surface, f.small, "Enter or Ctrl+Q: leave", (f.pad * 3, foot_y + f.pad // 2),
              theme.MUTED)
    top = bar.bottom + f.pad * 2
    if not result.complete:  # figures kept for the trainer, but never a pass
        row = pygame.Rect(0, bar.bottom, width, f.line + f.pad)
        pygame.draw.rect(surface, theme.DANGER, row)
        text = clip_text(f.body, f"INCOMPLETE, not a pass: {result.incomplete}", width - 20)
        image = f.body.render(text, True, theme.TEXT)
        surface.blit(image, image.get_rect(center=row.center))
        top = row.bottom + f.pad * 2
    gap = f.pad * 2
    left = pygame.Rect(gap, top, (width - gap * 3) * 2 // 5, foot_y - top - gap)
    right = pygame.Rect(left.right + gap, top, width - left.right - gap * 2, left.height)
    _figures(surface, f, result, panel(surface, left, f, "Your figures"))
    verdict_h = right.height * 9 // 20
    verdict = pygame.Rect(right.x, right.y, right.width, verdict_h)
    keys = pygame.Rect(right.x, verdict.bottom + gap, right.width, right.height - verdict_h - gap)
    _verdicts(surface, f, result, panel(surface, verdict, f, "Standard for each role"))
    _keyboard(surface, f, result, panel(surface, keys, f, "Keys mistyped",
                                        key="corrected or not; darker red = more often"))


def _figures(surface: pygame.Surface, f: Fonts, result: TypingResult,
             inner: pygame.Rect) -> None:
    s = result.speed
    y = inner.y
    if result.kind == "data-entry":
        headline, unit = f"{result.accuracy * 100:.1f}%", "accuracy: fields agree with the truth"
    else:
        headline, unit = f"{s.net_wpm:.1f}", "words per minute (net)"
    w = draw_text(surface, f.huge, headline, (inner.x, y), theme.TEXT)
    draw_text(surface, f.body, unit, (inner.x + w + f.pad * 2,
                                      y + f.huge.get_linesize() - f.line - f.pad))
    y += f.huge.get_linesize() + f.pad
    for label, value, colour in _rows(result):
        draw_text(surface, f.body, label, (inner.x, y), theme.MUTED)
        font = f.body if label else f.small
        draw_text(surface, font, clip_text(font, value, inner.width * 3 // 5),
                  (inner.x + inner.width * 2 // 5, y), colour)
        y += f.line
    y += f.pad
    y = _facts(surface, f, result, inner, y)
    y = _mistakes(surface, f, result, inner, y)
    _fields(surface, f, result, inner, y)


def _rows(result: TypingResult) -> list[tuple[str, str, theme.Colour]]:
    s = result.speed
    judged = result.accuracy * 100
    accuracy_colour = theme.GOOD if judged >= result.pass_accuracy else theme.DANGER
    rows: list[tuple[str, str, theme.Colour]] = [
        ("Gross speed", f"{s.gross_wpm:.1f} wpm", theme.TEXT),
        ("Net speed", f"{s.net_wpm:.1f} wpm", theme.TEXT),
        ("Accuracy", f"{judged:.1f}%  (standard {result.pass_accuracy}%)", accuracy_colour),
        ("Errors left in", str(s.uncorrected_errors), theme.TEXT),
        ("Corrections", f"{s.corrections} Backspace", theme.TEXT),
        ("Time", f"{s.seconds:.0f} s, {s.characters} characters", theme.TEXT),
    ]
    if result.kind == "audio":
        # Judged on the lower of the two: say which, or a 100% beside it looks like a pass.
        rows.insert(3, ("", f"lower of {s.accuracy * 100:.0f}% characters, "
                            f"{result.facts_share * 100:.0f}% facts", theme.MUTED))
    if result.kind == "data-entry":
        # One accuracy figure (the fields' agreement, the headline): speed is not judged.
        rows = [rows[2], *rows[4:]]
    return rows


def _facts(surface: pygame.Surface, f: Fonts, result: TypingResult, inner: pygame.Rect,
           y: int) -> int:
    if not result.facts:
        return y
    got = sum(m.captured for m in result.facts)
    draw_text(surface, f.body, f"Facts captured: {got} of {len(result.facts)}", (inner.x, y))
    y += f.line
    for fact in result.facts:
        mark, colour = ("captured", theme.GOOD) if fact.captured else ("missed", theme.DANGER)
        draw_text(surface, f.small, f"  {fact.id}", (inner.x, y))
        draw_text(surface, f.small, mark, (inner.x + inner.width * 2 // 5, y), colour)
        y += f.line - 2
    return y + f.pad


def _mistakes(surface: pygame.Surface, f: Fonts, result: TypingResult, inner: pygame.Rect,
              y: int) -> int:
    if not result.mistakes:
        return y
    draw_text(surface, f.body, "Left wrong in your typing", (inner.x, y))
    y += f.line
    for m in result.mistakes:
        if y + f.line > inner.bottom:
            break
        want = clip_text(f.small, m.expected or "(nothing)", inner.width * 2 // 5 - f.pad * 3)
        draw_text(surface, f.small, want, (inner.x + f.pad * 2, y), theme.TEXT)
        instead = clip_text(f.small, f"typed: {m.typed or '(left out)'}", inner.width * 3 // 5)
        draw_text(surface, f.small, instead, (inner.x + inner.width * 2 // 5, y), theme.DANGER)
        y += f.line - 2
    return y


def _fields(surface: pygame.Surface, f: Fonts, result: TypingResult, inner: pygame.Rect,
            y: int) -> None:
    for field in result.fields:
        colour = theme.GOOD if field.agreement >= 0.999 else (
            theme.BANNER if field.agreement >= 0.5 else theme.DANGER)
        draw_text(surface, f.small, field.label, (inner.x, y), theme.MUTED)
        draw_text(surface, f.small, f"{field.agreement * 100:.0f}%",
                  (inner.right - f.small.size("100%")[0], y), colour)
        y += f.line - 4
        typed = clip_text(f.small, f"typed: {field.typed or '(blank)'}", inner.width)
        draw_text(surface, f.small, typed, (inner.x + f.pad * 2, y), colour)
        y += f.line - 4
        if field.agreement < 0.999:
            truth = clip_text(f.small, f"true:  {field.expected}", inner.width)
            draw_text(surface, f.small, truth, (inner.x + f.pad * 2, y), theme.TEXT)
            y += f.line - 4
        y += 2


def _verdicts(surface: pygame.Surface, f: Fonts, result: TypingResult,
              inner: pygame.Rect) -> None:
    y = inner.y
    if not result.criteria:
        draw_text(surface, f.body, "No role profile chosen (callsim typing --profile).",
                  (inner.x, y), theme.MUTED)
        return
    column = inner.x + inner.width * 2 // 5
    for c in result.criteria:
        if y + f.line > inner.bottom:
            break
        word, colour = ("PASS", theme.GOOD) if c.passed else ("FAIL", theme.DANGER)
        x = inner.x + draw_text(surface, f.body, word, (inner.x, y), colour)
        name = clip_text(f.body, f"  {c.id}  {c.organisation}", column - x - f.pad)
        draw_text(surface, f.body, name, (x, y))
        draw_text(surface, f.small, clip_text(f.small, f"{c.achieved}; needs {c.needed}",
                                              inner.right - column), (column, y + 2),
                  theme.MUTED)
        y += f.line


def _keyboard(surface: pygame.Surface, f: Fonts, result: TypingResult,
              inner: pygame.Rect) -> None:
    counts: dict[str, int] = {}
    for key, n in result.speed.key_errors.items():
        cap = key_cap(key)
        counts[cap] = counts.get(cap, 0) + n
    most = max(counts.values(), default=0)
    rows = len(KEYBOARD) + 1  # the last row is the space bar
    size = min((inner.height - f.line) // rows, inner.width // 14)
    for r, row in enumerate(KEYBOARD):
        for i, cap in enumerate(row):
            box = pygame.Rect(inner.x + r * size // 2 + i * size, inner.y + r * size,
                              size - 3, size - 3)
            _key(surface, f, box, cap, count=counts.get(cap, 0), most=most)
    space = pygame.Rect(inner.x + size * 3, inner.y + len(KEYBOARD) * size, size * 6 - 3,
                        size - 3)
    _key(surface, f, space, "space", count=counts.get("space", 0), most=most)
    # The list names keys the board cannot show (extra, enter) as well as the worst ones.
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    summary = ", ".join(f"{k} ×{n}" for k, n in ranked[:8])
    text = f"most often: {summary}" if summary else "no keys mistyped"
    draw_text(surface, f.small, clip_text(f.small, text, inner.width),
              (inner.x, min(inner.bottom - f.line, space.bottom + f.pad)), theme.MUTED)


def _key(surface: pygame.Surface, f: Fonts, box: pygame.Rect, cap: str, *, count: int,
         most: int) -> None:
    if count:
        share = 0.35 + 0.65 * count / most
        (r1, g1, b1), (r2, g2, b2) = theme.FIELD, theme.DANGER
        colour = (round(r1 + (r2 - r1) * share), round(g1 + (g2 - g1) * share),
                  round(b1 + (b2 - b1) * share))
    else:
        colour = theme.FIELD
    pygame.draw.rect(surface, colour, box, border_radius=4)
    pygame.draw.rect(surface, theme.PANEL_EDGE, box, width=1, border_radius=4)
    label = f.small.render(cap, True, theme.TEXT if count else theme.MUTED)
    surface.blit(label, label.get_rect(center=box.center))
    if count:
        n = f.small.render(str(count), True, theme.BANNER)
        surface.blit(n, (box.right - n.get_width() - 2, box.bottom - n.get_height()))
