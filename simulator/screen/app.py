"""The trainee screen: one call, keyboard first, stepped one frame at a time.

`TraineeScreen.step(events)` handles one frame's pygame events, moves the call on to the
current time and redraws; `run` loops it against the real clock. Tests post events and
call `step` themselves with a clock they control.

The call has stages, as in a control room: the call itself; then wrap-up, when the line
has dropped (either side ended it) and the trainee finishes the log, THRIVE and grade
against a wrap-up clock (the scenario's `wrap_up`, two minutes unless it says otherwise);
then the trainee submits (or the clock runs out) and the attempt is marked and the feedback
shown. Every edit keeps its call time, so items with time limits see when things were
really done, not when the trainee submitted.

Keys: F1 help · F2 say to caller · F3 incident log · F4 THRIVE · F5 grade · F6 checks ·
F10 end call (in wrap-up: submit) · Tab / Shift+Tab next / previous field · Ctrl+Enter
send the question · hold F12 push-to-talk · Esc cancel.
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
from simulator.screen.callview import EndCall
from simulator.screen.checks import CheckAnswer, run_check
from simulator.screen.conversation import Conversation
from simulator.screen.feedback import FeedbackView
from simulator.screen.fields import (
    COMMITTED,
    EDITED,
    SUBMIT,
    ChoiceField,
    Field,
    GradeField,
    TextField,
)
from simulator.screen.form import CallForm, LogSync
from simulator.screen.narrative import NarrativeField
from simulator.screen.seams import (
    Ringer,
    SilentSpeaker,
    Speaker,
    TraineeInput,
    TypedInput,
    Utterance,
)
from simulator.screen.theme import Fonts
from simulator.screen.transcript import Transcript
from simulator.session import Session, stages

FRAMES_PER_SECOND = 30
PUSH_TO_TALK = pygame.K_F12
EndedBy = Literal["trainee", "caller"]
Stage = Literal["ringing", "call", "wrap_up", "feedback"]
ASK = "type your question, Enter to send"
GREET = "greet the caller, e.g. Police, what's the address of your emergency? Enter"
ANSWER_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_F2)
Confirm = Literal["end", "submit", "close"]


class TraineeScreen:
    """One call on screen, then its feedback. Everything the trainee does goes to the
    session as it happens; `result` is set once the call has ended and been marked."""

    def __init__(self, surface: pygame.Surface, scenario: Scenario, session: Session, *,
                 voice: TraineeInput | None = None, speaker: Speaker | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 resumed: Attempt | None = None, ringer: Ringer | None = None) -> None:
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
        self.say = TextField("say", "Say to caller", rows=2, placeholder=ASK)
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
        self.confirm: Confirm | None = None
        self.stage: Stage = "call"
        self.call_ended_at: float | None = None  # call time the line dropped
        self.ended_by: EndedBy | None = None
        self.feedback: FeedbackView | None = None
        self.attempt: Attempt | None = None
        self.result: Result | None = None
        self.done = False  # the program may close
        self.offset = 0.0  # call time when this screen started (later than 0 on resume)
        if resumed is not None:
            self._pick_up(resumed)
        else:
            self.stage = "ringing"  # the phone rings until the trainee answers
            self.end_button.text = "ANSWER  (Enter)"
        self.ringer = ringer if self.stage == "ringing" else None
        if self.ringer is not None:
            self.ringer.start()
        self.started = clock()
        self.form.narrative.now = self.now  # entries are stamped with the call time

    def _pick_up(self, so_far: Attempt) -> None:
        """Put a cut-off call back on screen: transcript, log, checks, connections."""
        self.offset = self.call.replay(so_far)
        # Closed on purpose (Ctrl+Q, Ctrl+C): the call's clock stood where it was closed.
        closed = [float(e["t"]) for e in stages(self.session.folder) if e["stage"] == "closed"]
        self.offset = max([self.offset, *closed])
        self.form.fill(so_far.log)
        self.checks = [run_check(self.scenario.world, e.query, e.t) for e in so_far.events
                       if e.type == "system_check" and e.query]
        labels = {o.code: o.label for o in self.form.connect.options}
        self.form.connect.connected = [labels.get(e.value or "", e.value or "")
                                       for e in so_far.events if e.type == "transfer"]
        ended = next((e for e in so_far.events if e.type == "call_ended"), None)
        if ended is not None:  # cut off in wrap-up: its clock runs from the real end
            self.caller.state.ended = True
            by = (ended.model_extra or {}).get("by")
            self._begin_wrap_up(ended.t, "caller" if by == "caller" else "trainee")

    # --- time -------------------------------------------------------------------------

    def now(self) -> float:
        """Seconds since the call was answered (while ringing: how long it has rung)."""
        return self.offset + self.clock() - self.started

    def answer(self, rang: float, greeting: Utterance | None = None) -> None:
        """The trainee picks up after the phone has rung `rang` seconds: call time starts
        here. A spoken answer brings its greeting with it."""
        self.started += rang
        self.stage = "call"
        if self.ringer is not None:
            self.ringer.stop()
        self.end_button.text = EndCall.text
        self.session.stage("answered", 0.0, rang=round(rang, 1))
        self.call.pick_up(0.0)
        if greeting is not None:
            length = max(0.0, greeting.t1 - greeting.t0)
            self.call.trainee(Utterance(greeting.text, 0.0, round(length, 3),
                                        greeting.source, greeting.confidence,
                                        greeting.words, greeting.audio))

    @property
    def in_call(self) -> bool:
        return self.stage == "call"

    @property
    def confirm_end(self) -> bool:
        return self.confirm is not None

    def wrap_up_left(self, t: float) -> float:
        """Seconds of wrap-up left (0 when the clock has run out)."""
        if self.call_ended_at is None:
            return float(self.scenario.wrap_up)
        return max(0.0, self.call_ended_at + self.scenario.wrap_up - t)

    # --- one frame --------------------------------------------------------------------

    def step(self, events: Iterable[pygame.event.Event] = (), *, draw: bool = True) -> None:
        """One frame. `draw=False` moves the call on without redrawing, for drivers that
        only need the call's record."""
        t = self.now()
        for event in events:
            if self.stage == "feedback":
                self._feedback_event(event)
            else:
                self._call_event(event, t)
        if self.stage == "ringing":
            spoken = self.voice.poll(t)
            if spoken:  # answered by voice: the first words are the greeting
                self.answer(spoken[0].t0, spoken[0])
                t = self.now()
        if self.in_call:
            greeting = self.call.opening_due is not None
            self.say.placeholder = GREET if greeting else ASK
            if self.voice.typed and self.say not in self.order:
                self.order.insert(0, self.say)  # the microphone failed: type from here on
            for said in self.voice.poll(t):
                self.call.trainee(said)
            self.call.step(t)
            self.sync.tick(t)
            if self.call.caller_gone(t):
                self.end_call(t, by="caller")
        elif self.stage == "wrap_up":
            self.voice.poll(t)  # the line is down: nothing said now reaches a caller
            self.sync.tick(t)
            if self.wrap_up_left(t) <= 0:
                self.submit(t, by="clock")
        if draw:
            self.draw()

    def draw(self) -> None:
        if self.stage == "feedback" and self.feedback is not None:
            self.feedback.draw(self.surface, self.fonts)
        else:
            callview.draw(self, self.now())

    def resize(self, surface: pygame.Surface) -> None:
        self.surface = surface
        self.fonts = Fonts.for_height(surface.get_height())

    # --- during the call ----------------------------------------------------------------

    def close_now(self, t: float) -> None:
        """Close the program mid-call (confirmed, or Ctrl+C): everything is in the journal,
        with the time it stopped, so `--resume` picks the call up where it was."""
        if self.stage in ("call", "wrap_up"):
            self.sync.flush_all(t)
            self.session.stage("closed", t)
        if self.ringer is not None and self.stage == "ringing":
            self.ringer.stop()
        self.done = True

    def _call_event(self, event: pygame.event.Event, t: float) -> None:
        if event.type == pygame.QUIT or is_quit_key(event):
            if self.stage == "ringing":
                self.done = True  # not answered: nothing to keep
                if self.ringer is not None:
                    self.ringer.stop()
            else:
                self.confirm = "close"  # mid-call: ask first; everything is kept anyway
            return
        if self.stage == "ringing":
            if (event.type == pygame.KEYDOWN and event.key in ANSWER_KEYS) or (
                    event.type == pygame.MOUSEBUTTONDOWN
                    and self.rects.get(self.end_button.name, pygame.Rect(0, 0, 0, 0))
                    .collidepoint(event.pos)):
                self.answer(t)
            elif event.type == pygame.KEYDOWN and event.key == pygame.K_F1:
                self.help = not self.help
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
        if self.confirm is not None:
            self._answer_confirm(key, t)
            return True
        jumps = self._jumps()
        if key == pygame.K_F1 or (key == pygame.K_ESCAPE and self.help):
            self.help = not self.help
        elif key in jumps:
            self.move_focus(jumps[key], t)
        elif key == pygame.K_F10:
            self.ask_to_finish()
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
        elif key == pygame.K_ESCAPE and isinstance(self.focus, NarrativeField):
            self.focus.cancel()  # leave the entry being put right as it was
        else:
            # F2/F7 in wrap-up: nobody on the line to speak to or connect.
            return key in (PUSH_TO_TALK, pygame.K_ESCAPE, pygame.K_F2, pygame.K_F7)
        return True

    def _answer_confirm(self, key: int, t: float) -> None:
        confirmed = key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_F10)
        asked, self.confirm = self.confirm, None  # any other key: back to the call
        if confirmed and asked == "end":
            self.end_call(t, by="trainee")
        elif confirmed and asked == "submit":
            self.submit(t, by="trainee")
        elif confirmed and asked == "close":
            self.close_now(t)

    def _jumps(self) -> dict[int, Field]:
        """The panel keys, for the fields there are now (wrap-up has fewer)."""
        # F2 is the call panel: "Say to caller" when typing, else the first field.
        jumps = {pygame.K_F2: self.order[0] if self.in_call else self.say,
                 pygame.K_F3: self.form.location, pygame.K_F4: self.form.thrive[0],
                 pygame.K_F5: self.form.grade, pygame.K_F6: self.form.check_query,
                 pygame.K_F7: self.form.connect}
        return {k: f for k, f in jumps.items() if f in self.order}

    def _field_event(self, event: pygame.event.Event, t: float) -> None:
        field = self.focus
        change = field.handle(event)
        if field is self.say:
            if change == EDITED:
                if not self.say.text:
                    self.typing_since = None
                elif self.typing_since is None:
                    self.typing_since = t
                    self.call.interrupt(t, typed=True)  # typing a question is speaking
                self.call.hold_silence(t)
            elif change == SUBMIT:
                self.send(t)
        elif field is self.form.check_query and change == SUBMIT:
            self.run_check(t)
        elif field is self.end_button and change == SUBMIT:
            self.ask_to_finish()
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
                    self.ask_to_finish()

    def scroll(self, back: int) -> None:
        """PgUp/PgDn: earlier checks in the checks panel, else earlier lines of the call."""
        if self.focus is self.form.check_query:
            self.checks_back = max(0, self.checks_back + back)
        else:
            self.transcript_back = max(0, self.transcript_back + back * 6)

    def ask_to_finish(self) -> None:
        """F10: end the call (in the call) or submit the wrap-up; both ask first."""
        self.confirm = "end" if self.in_call else "submit"

    def move_focus(self, field: Field, t: float) -> None:
        if field is self.focus:
            return
        if isinstance(self.focus, NarrativeField) and self.focus.editing is None:
            self.focus.add_draft()  # leaving a half-typed entry adds it, with its stamp
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
        """The line drops: wrap-up begins (or, with no wrap-up allowed, marking)."""
        if by == "trainee":
            self.call.close(t)
        self.say.set("")
        self.typing_since = None
        self.sync.flush_all(t)
        self.session.event("call_ended", t, by=by)
        self._begin_wrap_up(t, by)
        if self.scenario.wrap_up <= 0:
            self.submit(t, by="clock")

    def _begin_wrap_up(self, t: float, by: EndedBy) -> None:
        self.stage = "wrap_up"
        self.call_ended_at = t
        self.ended_by = by
        self.confirm = None
        self.help = False
        self.talking = False
        # Nobody is on the line: no "Say to caller", nobody to connect.
        self.order = [f for f in self.order if f not in (self.say, self.form.connect)]
        self.end_button.text = "SUBMIT  (F10)"
        if self.focus not in self.order:
            self.focus = self.form.location

    def submit(self, t: float, by: Literal["trainee", "clock"]) -> None:
        """Wrap-up is over: write the attempt, mark it, and show the feedback."""
        if self.stage == "feedback":
            return
        self.sync.flush_all(t)
        self.session.stage("wrap_up_ended", t, by=by)
        self.attempt, self.result = self.session.finish()
        self.feedback = FeedbackView(self.scenario, self.attempt, self.result,
                                     self.session.folder, hung_up=self.ended_by == "caller")
        self.stage = "feedback"
        self.confirm = None
        self.help = False

    # --- after the call -----------------------------------------------------------------

    def _feedback_event(self, event: pygame.event.Event) -> None:
        assert self.feedback is not None
        # Esc never closes the program (a trainee presses it to close a list); the window's
        # close button or Ctrl+Q does, here with nothing left to lose.
        if event.type == pygame.QUIT or is_quit_key(event):
            self.done = True
        elif event.type == pygame.KEYDOWN:
            self.feedback.key(event.key)


def is_quit_key(event: pygame.event.Event) -> bool:
    """Ctrl+Q: close the program (mid-call it asks first)."""
    return (event.type == pygame.KEYDOWN and event.key == pygame.K_q
            and bool(getattr(event, "mod", 0) & pygame.KMOD_CTRL))


def run(screen: TraineeScreen, stopped: Callable[[], bool] = lambda: False) -> None:
    """Drive the screen against the real clock until the trainee quits, or `stopped`
    (Ctrl+C in the terminal) says to close now, keeping everything."""
    ticker = pygame.time.Clock()
    while not screen.done:
        if stopped():
            screen.close_now(screen.now())
            break
        events = pygame.event.get()
        for event in events:
            if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
                screen.resize(pygame.display.get_surface())
        screen.step(events)
        pygame.display.flip()
        ticker.tick(FRAMES_PER_SECOND)
