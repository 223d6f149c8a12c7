"""The trainee screen: one call, keyboard first, stepped one frame at a time.

`TraineeScreen.step(events)` handles one frame's pygame events, moves the call on to the
current time and redraws; `run` loops it against the real clock. Tests post events and
call `step` themselves with a clock they control.

Keys: F1 help · F2 say to caller · F3 incident log · F4 THRIVE · F5 grade · F6 checks ·
F10 end call · Tab / Shift+Tab next / previous field · Ctrl+Enter send the question ·
hold F12 push-to-talk · Esc cancel (on the feedback screen: quit).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Literal

import pygame

from scoring.attempt import Attempt
from scoring.result import Result
from simulator.dialogue import Caller
from simulator.library import understanding_for
from simulator.loader import references
from simulator.scenario import Scenario
from simulator.screen import callview
from simulator.screen.checks import CheckAnswer, run_check
from simulator.screen.conversation import Conversation
from simulator.screen.feedback import FeedbackView
from simulator.screen.fields import (
    COMMITTED,
    EDITED,
    SUBMIT,
    Change,
    ChoiceField,
    Field,
    GradeField,
    TextField,
)
from simulator.screen.form import CallForm, LogSync
from simulator.screen.seams import SilentSpeaker, Speaker, TraineeInput, TypedInput, Utterance
from simulator.screen.theme import Fonts
from simulator.screen.transcript import Transcript
from simulator.session import Session

FRAMES_PER_SECOND = 30
PUSH_TO_TALK = pygame.K_F12
EndedBy = Literal["trainee", "caller"]


class EndCall(Field):
    """The end-call button at the end of the tab order (F10 from anywhere)."""

    name = "end_call"
    label = "End call"

    def handle(self, event: pygame.event.Event) -> Change:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return SUBMIT
        return None

    def draw(self, surface: pygame.Surface, box: pygame.Rect, fonts: Fonts,
             focused: bool) -> None:
        callview.button(surface, box, fonts, "END CALL  (F10)", focused)


class TraineeScreen:
    """One call on screen, then its feedback. Everything the trainee does goes to the
    session as it happens; `result` is set once the call has ended and been marked."""

    def __init__(self, surface: pygame.Surface, scenario: Scenario, session: Session, *,
                 voice: TraineeInput | None = None, speaker: Speaker | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 resumed: Attempt | None = None) -> None:
        self.surface = surface
        self.scenario = scenario
        self.session = session
        self.voice: TraineeInput = voice or TypedInput()
        self.clock = clock
        self.fonts = Fonts.for_height(surface.get_height())
        self.caller = Caller(scenario, understanding_for(scenario))
        self.call = Conversation(self.caller, session, speaker or SilentSpeaker())
        self.form = CallForm(scenario, references().recording)
        self.sync = LogSync(session)
        self.say = TextField("say", "Say to caller", rows=2,
                             placeholder="type your question, Enter to send")
        self.end_button = EndCall()
        # With a microphone the trainee speaks: no "Say to caller" box in the tab order.
        typed: list[Field] = [self.say] if self.voice.typed else []
        self.order: list[Field] = [*typed, *self.form.log, *self.form.thrive,
                                   self.form.grade, self.form.connect, self.form.check_query,
                                   self.end_button]
        self.focus: Field = self.say if self.voice.typed else self.form.location
        self.rects: dict[str, pygame.Rect] = {}  # where each field was last drawn
        self.transcript = Transcript()
        self.transcript_back = 0  # rows scrolled back from the newest line
        self.lines_seen = 0
        self.checks_back = 0  # how many newer checks are scrolled past
        self.checks: list[CheckAnswer] = []
        self.typing_since: float | None = None  # when the current typed question began
        self.talking = False
        self.help = False
        self.confirm_end = False
        self.feedback: FeedbackView | None = None
        self.attempt: Attempt | None = None
        self.result: Result | None = None
        self.done = False  # the program may close
        self.offset = 0.0  # call time when this screen started (later than 0 on resume)
        if resumed is not None:
            self._pick_up(resumed)
        else:
            self.call.answer(0.0)
        self.started = clock()

    def _pick_up(self, so_far: Attempt) -> None:
        """Put a cut-off call back on screen: transcript, log, checks, connections."""
        self.offset = self.call.replay(so_far)
        self.form.fill(so_far.log)
        self.checks = [run_check(self.scenario.world, e.query, e.t) for e in so_far.events
                       if e.type == "system_check" and e.query]
        labels = {o.code: o.label for o in self.form.connect.options}
        self.form.connect.connected = [labels.get(e.value or "", e.value or "")
                                       for e in so_far.events if e.type == "transfer"]

    # --- time -------------------------------------------------------------------------

    def now(self) -> float:
        """Seconds since the call was answered."""
        return self.offset + self.clock() - self.started

    @property
    def in_call(self) -> bool:
        return self.feedback is None

    # --- one frame --------------------------------------------------------------------

    def step(self, events: Iterable[pygame.event.Event] = (), *, draw: bool = True) -> None:
        """One frame. `draw=False` moves the call on without redrawing, for drivers that
        only need the call's record."""
        t = self.now()
        for event in events:
            if self.feedback is not None:
                self._feedback_event(event)
            else:
                self._call_event(event, t)
        if self.in_call:
            if self.voice.typed and self.say not in self.order:
                self.order.insert(0, self.say)  # the microphone failed: type from here on
            for said in self.voice.poll(t):
                self.call.trainee(said)
            self.call.step(t)
            self.sync.tick(t)
            if self.call.caller_gone(t):
                self.end_call(t, by="caller")
        if draw:
            self.draw()

    def draw(self) -> None:
        if self.feedback is not None:
            self.feedback.draw(self.surface, self.fonts)
        else:
            callview.draw(self, self.now())

    def resize(self, surface: pygame.Surface) -> None:
        self.surface = surface
        self.fonts = Fonts.for_height(surface.get_height())

    # --- during the call ----------------------------------------------------------------

    def _call_event(self, event: pygame.event.Event, t: float) -> None:
        if event.type == pygame.QUIT:
            self.sync.flush_all(t)  # the journal then holds the call: `--resume` goes on
            self.done = True
            return
        if event.type == pygame.MOUSEBUTTONDOWN:
            self._click(event.pos, t)
            return
        if event.type == pygame.KEYUP and event.key == PUSH_TO_TALK:
            self.talking = False
            self.voice.talk(False, t)
            return
        if event.type == pygame.KEYDOWN and self._shortcut(event, t):
            return
        if self.help or self.confirm_end:
            return
        self._field_event(event, t)

    def _shortcut(self, event: pygame.event.Event, t: float) -> bool:
        """Keys that work wherever the focus is. True if the key was used."""
        key, mods = event.key, getattr(event, "mod", 0)
        if self.confirm_end:
            if key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_F10):
                self.end_call(t, by="trainee")
            self.confirm_end = False  # any other key: back to the call
            return True
        jumps = {pygame.K_F2: self.order[0], pygame.K_F3: self.form.location,
                 pygame.K_F4: self.form.thrive[0], pygame.K_F5: self.form.grade,
                 pygame.K_F6: self.form.check_query, pygame.K_F7: self.form.connect}
        if key == pygame.K_F1 or (key == pygame.K_ESCAPE and self.help):
            self.help = not self.help
        elif key in jumps:
            self.move_focus(jumps[key], t)
        elif key == pygame.K_F10:
            self.confirm_end = True
        elif key == PUSH_TO_TALK and not self.talking:  # a held key repeats: open once
            self.talking = True
            self.voice.talk(True, t)
        elif key == pygame.K_TAB:
            step = -1 if mods & pygame.KMOD_SHIFT else 1
            index = self.order.index(self.focus)
            self.move_focus(self.order[(index + step) % len(self.order)], t)
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER) and mods & pygame.KMOD_CTRL:
            self.send(t)
        elif key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
            self.scroll(1 if key == pygame.K_PAGEUP else -1)
        elif key == pygame.K_ESCAPE and isinstance(self.focus, ChoiceField):
            self.focus.query = ""
        else:
            return key in (PUSH_TO_TALK, pygame.K_ESCAPE)
        return True

    def _field_event(self, event: pygame.event.Event, t: float) -> None:
        field = self.focus
        change = field.handle(event)
        if field is self.say:
            if change == EDITED:
                if not self.say.text:
                    self.typing_since = None
                elif self.typing_since is None:
                    self.typing_since = t
                self.call.hold_silence(t)
            elif change == SUBMIT:
                self.send(t)
        elif field is self.form.check_query and change == SUBMIT:
            self.run_check(t)
        elif field is self.end_button and change == SUBMIT:
            self.confirm_end = True
        elif isinstance(field, GradeField) and change == COMMITTED:
            self.set_grade(t)
        elif field is self.form.connect and change == COMMITTED:
            self.connect(t)
        elif field in self.form.logged and change == EDITED:
            self.sync.edited(field.name, self.form.value(field), t)
        elif field in self.form.logged and change == COMMITTED:
            self.sync.now(field.name, self.form.value(field), t)

    def _click(self, pos: tuple[int, int], t: float) -> None:
        """The mouse is optional; a click just moves the focus."""
        for field in self.order:
            rect = self.rects.get(field.name)
            if rect is not None and rect.collidepoint(pos):
                self.move_focus(field, t)
                if field is self.end_button:
                    self.confirm_end = True

    def scroll(self, back: int) -> None:
        """PgUp/PgDn: earlier checks in the checks panel, else earlier lines of the call."""
        if self.focus is self.form.check_query:
            self.checks_back = max(0, self.checks_back + back)
        else:
            self.transcript_back = max(0, self.transcript_back + back * 6)

    def move_focus(self, field: Field, t: float) -> None:
        if field is self.focus:
            return
        if self.focus.name in self.sync.pending:
            self.sync.flush(self.focus.name, t)
        if isinstance(self.focus, ChoiceField):
            self.focus.query = ""  # an unfinished search is not a choice
        self.focus = field

    # --- what the trainee does --------------------------------------------------------

    def send(self, t: float) -> None:
        """The typed question goes to the caller."""
        text = " ".join(self.say.text.split())
        if not text or not self.voice.typed:
            return
        start = self.typing_since if self.typing_since is not None else t
        self.call.trainee(Utterance(text, round(start, 3), round(t, 3), source="typed"))
        self.say.set("")
        self.typing_since = None

    def run_check(self, t: float) -> None:
        query = " ".join(self.form.check_query.text.split())
        if not query:
            return
        self.session.event("system_check", t, query=query)
        self.checks.append(run_check(self.scenario.world, query, t))
        self.checks_back = 0
        self.form.check_query.set("")

    def connect(self, t: float) -> None:
        """Bring a service onto the call; recorded as a `transfer` event."""
        chosen = self.form.connect.chosen
        if chosen is None or chosen.label in self.form.connect.connected:
            return
        self.session.event("transfer", t, value=chosen.code)
        self.form.connect.connected.append(chosen.label)

    def set_grade(self, t: float) -> None:
        value = self.form.value(self.form.grade)
        if value == self.sync.written.get("grade"):
            return
        self.session.event("grade_set", t, value=value)
        self.sync.now("grade", value, t)

    def end_call(self, t: float, by: EndedBy) -> None:
        """Close the call, write the attempt, mark it, and show the feedback."""
        if by == "trainee":
            self.call.close(t)
        self.say.set("")
        self.sync.flush_all(t)
        self.session.event("call_ended", t, by=by)
        self.attempt, self.result = self.session.finish()
        self.feedback = FeedbackView(self.scenario, self.attempt, self.result,
                                     self.session.folder, hung_up=by == "caller")
        self.confirm_end = False
        self.help = False

    # --- after the call -----------------------------------------------------------------

    def _feedback_event(self, event: pygame.event.Event) -> None:
        assert self.feedback is not None
        if event.type == pygame.QUIT:
            self.done = True
        elif event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.done = True
            else:
                self.feedback.key(event.key)


def run(screen: TraineeScreen) -> None:
    """Drive the screen against the real clock until the trainee quits."""
    ticker = pygame.time.Clock()
    while not screen.done:
        events = pygame.event.get()
        for event in events:
            if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
                screen.resize(pygame.display.get_surface())
        screen.step(events)
        pygame.display.flip()
        ticker.tick(FRAMES_PER_SECOND)
