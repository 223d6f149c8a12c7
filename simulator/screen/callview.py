"""Drawing the call screen: call panel, incident log, THRIVE, grade, checks, overlays.

Three columns, as on a Command & Control terminal: the conversation on the left, the
incident record in the middle, the assessment (THRIVE, grade) and system checks on the
right. Every size is derived from the window, so 1366×768 and 1920×1080 both fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from simulator.screen import theme
from simulator.screen.fields import SUBMIT, Change, ChoiceField, Field, TextField
from simulator.screen.theme import Fonts, clip_text, draw_text, panel, wrap
from simulator.screen.transcript import clock

if TYPE_CHECKING:
    from simulator.screen.app import TraineeScreen

NO_MIC = "No microphone: type your questions in SAY TO CALLER (F2) and press Enter"
KEYS = ("F1 help", "F2 say", "F3 log", "F4 THRIVE", "F5 grade", "F6 checks", "F7 connect",
        "Tab next field", "Ctrl+Enter send", "F10 end call")
HELP = (
    ("F1", "show or hide this help"),
    ("F2", "Say to caller: type a question, Enter (or Ctrl+Enter anywhere) sends it"),
    ("F3", "Incident log: location, caller, type (burg, RTC, DA...), crime, narrative log"),
    ("F4", "THRIVE: threat, harm, risk, investigation, vulnerability, engagement"),
    ("F5", "Grade: type the grade (e.g. 3) or use the arrows and Enter"),
    ("F6", "System checks: type an address, name, registration or intel query, Enter"),
    ("F7", "Connect: interpreter line, text relay, ambulance, fire, NHS 111, supervisor"),
    ("PgUp", "earlier lines of the call (in System checks: earlier checks); PgDn back"),
    ("Tab", "next field (Shift+Tab: previous)"),
    ("Up/Down", "in Incident type, Qualifiers, Crime: type to search, Up/Down, Enter chooses"),
    ("F12", "hold to talk (push-to-talk) when a microphone is connected"),
    ("F10", "end the call (wrap-up follows: finish the log, THRIVE, grade); then submit"),
    ("Esc", "close this help, clear a search, or cancel (never closes callsim)"),
    ("Ctrl+Q", "close callsim (asks first; the call so far is kept for --resume)"),
)
TYPED_ONLY = ("F2 say", "Ctrl+Enter send")
IN_CALL_ONLY = ("F2 say", "F7 connect", "Ctrl+Enter send")
WRAP_UP_WARNING = 30  # seconds: the wrap-up banner turns red
CHANNEL = {"999": "999 emergency", "101": "101 non-emergency", "digital": "digital contact",
           "complaint": "complaint line"}


class EndCall(Field):
    """The end-call button at the end of the tab order (F10 from anywhere)."""

    name = "end_call"
    label = "End call"
    text = "END CALL  (F10)"

    def handle(self, event: pygame.event.Event) -> Change:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return SUBMIT
        return None

    def draw(self, surface: pygame.Surface, box: pygame.Rect, fonts: Fonts,
             focused: bool) -> None:
        button(surface, box, fonts, self.text, focused)


@dataclass(frozen=True)
class Areas:
    top: pygame.Rect
    banner: pygame.Rect | None
    call: pygame.Rect
    log: pygame.Rect
    thrive: pygame.Rect
    grade: pygame.Rect
    checks: pygame.Rect
    footer: pygame.Rect


def areas(width: int, height: int, fonts: Fonts, banner_row: bool) -> Areas:
    """Where each panel goes; `banner_row` leaves a row under the top bar for a banner
    (no microphone, or wrap-up)."""
    gap = fonts.pad * 2
    top = pygame.Rect(0, 0, width, round(fonts.line * 1.9))
    y = top.bottom
    banner = None
    if banner_row:
        banner = pygame.Rect(0, y, width, round(fonts.line * 1.4))
        y = banner.bottom
    footer = pygame.Rect(0, height - round(fonts.line * 1.4), width, round(fonts.line * 1.4))
    y += gap
    body = footer.top - gap - y
    usable = width - 4 * gap
    left = round(usable * 0.35)
    middle = round(usable * 0.34)
    right = usable - left - middle
    x1, x2, x3 = gap, 2 * gap + left, 3 * gap + left + middle
    thrive_h = fonts.line * 2 + 6 * (2 * fonts.line + fonts.pad * 2)
    grade_h = fonts.line * 2 + 3 * fonts.line + fonts.pad * 4  # grade (2 rows), connect
    checks_top = y + thrive_h + grade_h + 2 * gap
    return Areas(
        top=top, banner=banner, footer=footer,
        call=pygame.Rect(x1, y, left, body),
        log=pygame.Rect(x2, y, middle, body),
        thrive=pygame.Rect(x3, y, right, thrive_h),
        grade=pygame.Rect(x3, y + thrive_h + gap, right, grade_h),
        checks=pygame.Rect(x3, checks_top, right, footer.top - gap - checks_top),
    )


def draw(screen: TraineeScreen, t: float) -> None:
    surface, fonts = screen.surface, screen.fonts
    surface.fill(theme.BACKGROUND)
    wrapping = screen.stage == "wrap_up"
    where = areas(surface.get_width(), surface.get_height(), fonts,
                  screen.voice.typed or wrapping)
    screen.rects.clear()
    top_bar(screen, where.top, t)
    if where.banner is not None:
        message, colour = banner_text(screen, t)
        pygame.draw.rect(surface, colour, where.banner)
        text = fonts.big.render(clip_text(fonts.big, message, where.banner.width - 20), True,
                                theme.BANNER_TEXT)
        surface.blit(text, text.get_rect(center=where.banner.center))
    call_panel(screen, where.call, t)
    focus = screen.focus
    inner = panel(surface, where.log, fonts, "Incident log", key="F3",
                  active=focus in screen.form.log)
    fields(screen, inner, screen.form.log, stretch=screen.form.narrative)
    inner = panel(surface, where.thrive, fonts, "THRIVE", key="F4",
                  active=focus in screen.form.thrive)
    fields(screen, inner, screen.form.thrive)
    decide = [screen.form.grade, screen.form.connect]
    inner = panel(surface, where.grade, fonts, "Grade and connect", key="F5 / F7",
                  active=focus in decide)
    fields(screen, inner, decide)
    checks = where.checks
    if focus is screen.form.check_query:
        # Results need room to be read: while the trainee works in the checks, the panel
        # opens up over THRIVE and grade (Tab or F4/F5 brings them back).
        checks = checks.union(where.thrive)
    checks_panel(screen, checks)
    footer(screen, where.footer)
    if isinstance(focus, ChoiceField) and focus.name in screen.rects and not screen.help:
        focus.draw_list(surface, screen.rects[focus.name], fonts)
    elif isinstance(focus, TextField) and focus.multiline and not screen.help:
        opened(screen, focus, where.footer.top)
    if screen.help:
        help_overlay(surface, fonts)
    if screen.confirm is not None:
        confirm_overlay(surface, fonts, screen.confirm)
    if screen.stage == "ringing" and not screen.help:
        ringing_overlay(screen, t)


OPENED_ROWS = 7  # the most lines a box opens up to while it has the focus


def opened(screen: TraineeScreen, field: TextField, floor: int) -> None:
    """A THRIVE or actions box shows two or three lines; while the trainee is in it, it
    opens up over what is below so all they have written can be read (at 1366×768 two
    lines hold about twelve words)."""
    box = screen.rects.get(field.name)
    if box is None or not field.text:
        return
    fonts = screen.fonts
    lines = len(wrap(fonts.body, field.text, box.width - fonts.pad * 2))
    if lines <= field.rows:
        return
    tall = pygame.Rect(box.x, box.y, box.width,
                       min(lines, OPENED_ROWS) * fonts.line + fonts.pad)
    tall.bottom = min(tall.bottom, floor - fonts.pad)  # no room below: open upwards
    pygame.draw.rect(screen.surface, theme.BACKGROUND, tall.inflate(6, 6))
    field.draw(screen.surface, tall, fonts, True)


def banner_text(screen: TraineeScreen, t: float) -> tuple[str, theme.Colour]:
    """The row under the top bar: wrap-up and its clock, else the no-microphone note."""
    if screen.stage != "wrap_up":
        why = str(getattr(screen.voice, "why", "") or "")
        return (NO_MIC.replace("No microphone", f"No microphone ({why})") if why
                else NO_MIC), theme.BANNER
    left = screen.wrap_up_left(t)
    who = "The caller hung up" if screen.ended_by == "caller" else "Call ended"
    message = (f"{who}. WRAP-UP {clock(left)} left: finish the log, THRIVE and grade, "
               "then F10 to submit")
    return message, theme.DANGER if left <= WRAP_UP_WARNING else theme.BANNER


def ringing_overlay(screen: TraineeScreen, rang: float) -> None:
    """The phone is ringing: what line, how long, and how to answer."""
    surface, fonts = screen.surface, screen.fonts
    line = CHANNEL.get(screen.scenario.channel, screen.scenario.channel)
    inner = _overlay(surface, fonts, round(surface.get_width() * 0.55), fonts.line * 8)
    flash = int(rang * 2) % 2 == 0  # the light flashes as a ringing line does
    pygame.draw.circle(surface, theme.DANGER if flash else theme.BANNER,
                       (inner.x + fonts.line // 2, inner.y + fonts.big.get_linesize() // 2),
                       fonts.line // 2)
    draw_text(surface, fonts.big, f"INCOMING {line.upper()} CALL", (inner.x + fonts.line * 2,
                                                                   inner.y), theme.TEXT)
    draw_text(surface, fonts.big, f"ringing {clock(rang)}",
              (inner.x + fonts.line * 2, inner.y + fonts.line * 2), theme.BANNER)
    how = ("Enter or Space: answer, then greet the caller in SAY TO CALLER" if
           screen.voice.typed else "Enter or Space: answer, or just say your greeting")
    rows = [(how, theme.TEXT),
            ("e.g. \"Police, what's the address of your emergency?\"", theme.MUTED),
            ("The caller speaks once you have greeted them.", theme.MUTED)]
    for i, (text, colour) in enumerate(rows):
        draw_text(surface, fonts.body, clip_text(fonts.body, text, inner.width),
                  (inner.x, inner.y + fonts.line * (4 + i)), colour)


def top_bar(screen: TraineeScreen, bar: pygame.Rect, t: float) -> None:
    surface, fonts = screen.surface, screen.fonts
    pygame.draw.rect(surface, theme.PANEL, bar)
    pygame.draw.line(surface, theme.PANEL_EDGE, bar.bottomleft, bar.bottomright, 2)
    y = bar.centery - fonts.big.get_linesize() // 2
    x = fonts.pad * 3
    x += draw_text(surface, fonts.big, "CALLSIM", (x, y), theme.FOCUS) + fonts.pad * 4
    line = CHANNEL.get(screen.scenario.channel, screen.scenario.channel)
    x += draw_text(surface, fonts.big, f"Incoming: {line}", (x, y)) + fonts.pad * 4
    draw_text(surface, fonts.body, f"Trainee: {screen.session.trainee}",
              (x, bar.centery - fonts.line // 2), theme.MUTED)
    button_w = fonts.body.size(screen.end_button.text)[0] + fonts.pad * 6
    end = pygame.Rect(bar.right - button_w - fonts.pad * 3, bar.y + fonts.pad,
                      button_w, bar.height - 2 * fonts.pad)
    screen.end_button.draw(surface, end, fonts, screen.focus is screen.end_button)
    screen.rects[screen.end_button.name] = end
    if screen.call_ended_at is not None:
        left = clock(screen.wrap_up_left(t))
        label = f"CALL ENDED {clock(screen.call_ended_at)}   WRAP-UP {left}"
    elif screen.stage == "ringing":
        label = "RINGING"
    else:
        label = f"CALL  {clock(t)}"
    timer = fonts.big.render(label, True, theme.TEXT)
    surface.blit(timer, timer.get_rect(midright=(end.left - fonts.pad * 6, bar.centery)))


def button(surface: pygame.Surface, box: pygame.Rect, fonts: Fonts, text: str,
           focused: bool) -> None:
    pygame.draw.rect(surface, theme.DANGER, box, border_radius=5)
    if focused:
        pygame.draw.rect(surface, theme.TEXT, box, width=3, border_radius=5)
    image = fonts.body.render(text, True, theme.TEXT)
    surface.blit(image, image.get_rect(center=box.center))


def call_panel(screen: TraineeScreen, area: pygame.Rect, t: float) -> None:
    surface, fonts = screen.surface, screen.fonts
    inner = panel(surface, area, fonts, "Call", key="F2",
                  active=screen.focus is screen.say)
    y = inner.y
    status, colour = caller_status(screen, t)
    pygame.draw.circle(surface, colour, (inner.x + fonts.line // 3, y + fonts.line // 2),
                       fonts.line // 3)
    draw_text(surface, fonts.body, status, (inner.x + fonts.line, y), colour)
    quiet = t - screen.call.last_speech
    if (screen.call.speaking(t) is None and quiet >= 3 and not screen.caller.state.ended
            and screen.in_call):
        text = f"silence {clock(quiet)}"
        draw_text(surface, fonts.body, text, (inner.right - fonts.body.size(text)[0], y),
                  theme.BANNER if quiet >= 8 else theme.MUTED)
    y += fonts.line + fonts.pad
    pill(screen, pygame.Rect(inner.x, y, inner.width, fonts.line + fonts.pad), t)
    y += fonts.line + 2 * fonts.pad
    typed = screen.voice.typed and screen.in_call
    say_h = screen.say.height(fonts) + fonts.line if typed else 0
    say_top = inner.bottom - say_h - fonts.line
    log = pygame.Rect(inner.x, y, inner.width, say_top - y - fonts.pad)
    pygame.draw.rect(surface, theme.FIELD, log.inflate(fonts.pad * 2, fonts.pad))
    if len(screen.call.lines) != screen.lines_seen:  # something new was said: show it
        screen.lines_seen = len(screen.call.lines)
        screen.transcript_back = 0
    most = screen.transcript.draw(surface, log, fonts, screen.call.lines,
                                  partial=screen.voice.partial(),
                                  back=screen.transcript_back)
    screen.transcript_back = min(screen.transcript_back, most)
    if screen.stage == "ringing":
        hint = "Ringing: Enter or Space answers"
    elif not screen.in_call:
        hint = "The call has ended · PgUp/PgDn scroll"
    elif typed:
        focused = screen.focus is screen.say
        draw_text(surface, fonts.small, "SAY TO CALLER", (inner.x, say_top + 2),
                  theme.FOCUS if focused else theme.MUTED)
        box = pygame.Rect(inner.x, say_top + fonts.line, inner.width, say_h - fonts.line)
        screen.say.draw(surface, box, fonts, focused)
        screen.rects[screen.say.name] = box
        hint = "Enter sends · PgUp/PgDn scroll · F12 talk: no microphone"
    else:
        hint = "Hold F12 to talk, release when done · PgUp/PgDn scroll"
    draw_text(surface, fonts.small, clip_text(fonts.small, hint, inner.width),
              (inner.x, inner.bottom - fonts.line + fonts.pad), theme.MUTED)


def caller_status(screen: TraineeScreen, t: float) -> tuple[str, theme.Colour]:
    if screen.call.hung_up:
        return "Caller has hung up", theme.DANGER
    if screen.stage == "wrap_up":
        return "Call ended: wrap-up", theme.MUTED
    if screen.stage == "ringing":
        return "Ringing: not answered", theme.BANNER
    if screen.call.opening_due is not None:
        return "Caller on the line: waiting for your greeting", theme.GOOD
    if screen.caller.state.ended:
        return "Call closed", theme.MUTED
    if screen.call.speaking(t) == "caller":
        return "Caller on the line: speaking", theme.CALLER
    return "Caller on the line", theme.GOOD


def pill(screen: TraineeScreen, box: pygame.Rect, t: float) -> None:
    """Who is speaking now: the caller, the trainee, or nobody."""
    surface, fonts = screen.surface, screen.fonts
    if screen.call.speaking(t) == "caller":
        text, colour = "CALLER SPEAKING", theme.CALLER
    elif screen.talking:
        text, colour = "YOU: TALKING (F12 held)", theme.TRAINEE
    elif screen.typing_since is not None:
        text, colour = "YOU: TYPING A QUESTION", theme.TRAINEE
    else:
        text, colour = "NOBODY SPEAKING", theme.MUTED
    pygame.draw.rect(surface, theme.FIELD, box, border_radius=box.height // 2)
    pygame.draw.rect(surface, colour, box, width=2, border_radius=box.height // 2)
    image = fonts.body.render(text, True, colour)
    surface.blit(image, image.get_rect(center=box.center))


def fields(screen: TraineeScreen, inner: pygame.Rect, group: Sequence[Field],
           stretch: Field | None = None) -> None:
    """Label on the left, box on the right, one field per row; `stretch` takes the
    height left over."""
    surface, fonts = screen.surface, screen.fonts
    label_w = max(fonts.small.size(f.label)[0] for f in group) + fonts.pad * 2
    spacing = fonts.pad
    heights = {f.name: f.height(fonts) for f in group}
    if stretch is not None:
        used = sum(heights.values()) + spacing * len(group)
        heights[stretch.name] += max(0, inner.height - used)
    y = inner.y
    for field in group:
        focused = field is screen.focus
        draw_text(surface, fonts.small, field.label, (inner.x, y + fonts.pad // 2 + 2),
                  theme.FOCUS if focused else theme.MUTED)
        box = pygame.Rect(inner.x + label_w, y, inner.width - label_w, heights[field.name])
        field.draw(surface, box, fonts, focused)
        screen.rects[field.name] = box
        y += heights[field.name] + spacing


def checks_panel(screen: TraineeScreen, area: pygame.Rect) -> None:
    surface, fonts = screen.surface, screen.fonts
    query = screen.form.check_query
    inner = panel(surface, area, fonts, "System checks", key="F6",
                  active=screen.focus is query)
    fields(screen, pygame.Rect(inner.x, inner.y, inner.width, query.height(fonts)), [query])
    y = inner.y + query.height(fonts) + fonts.pad
    if not screen.checks:
        about = ("Address history and warning markers, PNC person and vehicle checks, "
                 "intelligence. Each check you run is recorded.")
        for _, line in wrap(fonts.small, about, inner.width):
            draw_text(surface, fonts.small, line, (inner.x, y), theme.MUTED)
            y += fonts.small.get_linesize()
        return
    screen.checks_back = min(screen.checks_back, len(screen.checks) - 1)
    if screen.checks_back:
        note = f"showing an earlier check: PgDn for the newest ({len(screen.checks)} run)"
        draw_text(surface, fonts.small, note, (inner.x, y), theme.BANNER)
        y += fonts.small.get_linesize()
    newest_first = list(reversed(screen.checks))[screen.checks_back:]
    for answer in newest_first:  # newest first: what was just asked
        rows = [(answer.heading() + f"   ({clock(answer.t)})", theme.FOCUS)]
        for text in answer.lines():
            rows += [(line, theme.SYSTEM) for _, line in wrap(fonts.small, text, inner.width)]
        for text, colour in rows:
            if y + fonts.small.get_linesize() > inner.bottom:
                return
            draw_text(surface, fonts.small, text, (inner.x, y), colour)
            y += fonts.small.get_linesize()
        y += fonts.pad


def footer(screen: TraineeScreen, bar: pygame.Rect) -> None:
    surface, fonts = screen.surface, screen.fonts
    pygame.draw.rect(surface, theme.PANEL, bar)
    x = fonts.pad * 3
    y = bar.centery - fonts.small.get_linesize() // 2
    keys = list(KEYS) if screen.voice.typed else [k for k in KEYS if k not in TYPED_ONLY]
    if screen.stage == "ringing":
        keys = ["Enter answer", "Space answer", "F1 help"]
    elif not screen.in_call:
        keys = [k.replace("end call", "submit") for k in keys if k not in IN_CALL_ONLY]
    elif not screen.voice.typed:
        keys = ["F12 hold to talk", *keys]
    for item in keys:
        key, _, what = item.partition(" ")
        x += draw_text(surface, fonts.small, key, (x, y), theme.FOCUS) + fonts.pad
        x += draw_text(surface, fonts.small, what, (x, y), theme.MUTED) + fonts.pad * 4


def _overlay(surface: pygame.Surface, fonts: Fonts, width: int, height: int) -> pygame.Rect:
    shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    shade.fill((0, 0, 0, 170))
    surface.blit(shade, (0, 0))
    box = pygame.Rect(0, 0, width, height)
    box.center = surface.get_rect().center
    pygame.draw.rect(surface, theme.PANEL, box, border_radius=8)
    pygame.draw.rect(surface, theme.FOCUS, box, width=2, border_radius=8)
    return box.inflate(-fonts.pad * 6, -fonts.pad * 4)


def help_overlay(surface: pygame.Surface, fonts: Fonts) -> None:
    width = round(surface.get_width() * 0.7)
    inner = _overlay(surface, fonts, width, fonts.line * (len(HELP) + 3))
    draw_text(surface, fonts.big, "KEYS (no mouse needed)", inner.topleft, theme.FOCUS)
    key_w = max(fonts.body.size(key)[0] for key, _ in HELP) + fonts.pad * 4
    for i, (key, what) in enumerate(HELP):
        y = inner.y + fonts.line * (i + 2)
        draw_text(surface, fonts.body, key, (inner.x, y), theme.FOCUS)
        draw_text(surface, fonts.body, clip_text(fonts.body, what, inner.width - key_w),
                  (inner.x + key_w, y))


CONFIRM = {
    "end": ("End the call?", "Enter: yes, end it (you then have wrap-up time)",
            "Esc: no, back to the call"),
    "submit": ("Submit for marking?", "Enter: yes, the log, THRIVE and grade are done",
               "Esc: no, back to the wrap-up"),
    "close": ("Close callsim?", "Enter: close; the call so far is kept, --resume goes on",
              "Esc: no, back to the call"),
}


def confirm_overlay(surface: pygame.Surface, fonts: Fonts, asked: str) -> None:
    title, yes, no = CONFIRM[asked]
    width = round(surface.get_width() * 0.5)
    inner = _overlay(surface, fonts, width, fonts.line * 5)
    draw_text(surface, fonts.big, title, inner.topleft, theme.TEXT)
    draw_text(surface, fonts.body, clip_text(fonts.body, yes, inner.width),
              (inner.x, inner.y + fonts.line * 2), theme.TEXT)
    draw_text(surface, fonts.body, clip_text(fonts.body, no, inner.width),
              (inner.x, inner.y + fonts.line * 3), theme.MUTED)
