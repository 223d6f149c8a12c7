"""A course file (`callsim.course/1`): what a trainee must do to pass the course, and each
trainee's standing against it with the reasons.

    format: callsim.course/1
    id: initial-course
    title: Initial contact handler course
    profile: humberside_contact_officer   # the role: its typing speed is the bar
    trainees: [pc-101, pc-102]            # optional; default: everyone in the store
    scenarios:
      - scenario: burglary-next-morning   # a library id
        passes: 2                         # attempts that passed (default 1)
        last_attempt_passed: true         # the latest attempt must pass (default true)
        no_critical_failure_on_last: true # no critical item failed on it (default true)
    typing:                               # optional; leave out for no typing requirement
      wpm: 30                             # default: the profile's typing_wpm
      passes: 1                           # timed tests at that speed and accuracy

Read like a scenario: every mistake at once as `file:line: path: message`, a misspelt
key names the nearest valid one, and scenario and profile ids are checked against the
library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from scoring.authored import AuthoringError, Document, Problem, read_yaml, validate
from scoring.model import Authored, check_id
from simulator.cohort import SPEED_KINDS, Marked, TypingRecord
from simulator.loader import library_files, references


class ScenarioRequirement(Authored):
    scenario: str
    passes: int = Field(default=1, ge=1, le=50)
    last_attempt_passed: bool = True
    no_critical_failure_on_last: bool = True


class TypingRequirement(Authored):
    wpm: int | None = Field(default=None, ge=5, le=120)
    passes: int = Field(default=1, ge=1, le=20)


class Course(Authored):
    format: Literal["callsim.course/1"]
    id: str
    title: str
    profile: str
    trainees: tuple[str, ...] = ()
    scenarios: tuple[ScenarioRequirement, ...] = Field(min_length=1)
    typing: TypingRequirement | None = None

    _id = field_validator("id")(check_id)

    @field_validator("scenarios")
    @classmethod
    def _once_each(cls, items: tuple[ScenarioRequirement, ...]
                   ) -> tuple[ScenarioRequirement, ...]:
        seen: set[str] = set()
        for item in items:
            if item.scenario in seen:
                raise ValueError(f"scenario `{item.scenario}` is listed twice: give it once, "
                                 "with the number of passes")
            seen.add(item.scenario)
        return items


def load_course(path: Path) -> Course:
    """Read and check a course file; raise `AuthoringError` with every problem."""
    doc = read_yaml(path)
    if not isinstance(doc.data, dict):
        raise AuthoringError([doc.problem((), "a course is a mapping of keys "
                                          "(format, id, title, profile, scenarios, ...)")])
    course = validate(doc, Course)
    problems = _cross_check(course, doc)
    if problems:
        raise AuthoringError(problems)
    return course


def _cross_check(course: Course, doc: Document) -> list[Problem]:
    from scoring.authored import nearest  # noqa: PLC0415

    problems = []
    known = [p.stem for p in library_files()]
    for n, req in enumerate(course.scenarios):
        if req.scenario not in known:
            hint = nearest(req.scenario, known)
            problems.append(doc.problem(("scenarios", n, "scenario"),
                                        f"no scenario `{req.scenario}` in the library"
                                        + (f"; did you mean `{hint}`?" if hint else "")))
    profiles = references().profiles
    if course.profile not in profiles:
        hint = nearest(course.profile, list(profiles))
        problems.append(doc.problem(("profile",), f"no profile `{course.profile}`"
                                    + (f"; did you mean `{hint}`?" if hint else
                                       f"; use one of {', '.join(sorted(profiles))}")))
    elif (course.typing is not None and course.typing.wpm is None
          and profiles[course.profile].typing_wpm is None):
        problems.append(doc.problem(("typing",), f"profile `{course.profile}` sets no typing "
                                    "speed: give `wpm:` here"))
    return problems


def needed_wpm(course: Course) -> int | None:
    if course.typing is None:
        return None
    profile = references().profiles.get(course.profile)
    return course.typing.wpm or (profile.typing_wpm if profile else None)


@dataclass
class Standing:
    trainee: str
    complete: bool
    requirements: int = 0
    done: list[str] = field(default_factory=list)
    needed: list[str] = field(default_factory=list)  # the reasons: what is still to do
    attempted: int = 0  # scenario attempts and typing tests, whatever their result

    @property
    def word(self) -> str:
        return "complete" if self.complete else ("not started" if not self.done
                                                 and self.attempted == 0 else "in progress")

    def to_json(self) -> dict[str, object]:
        return {"trainee": self.trainee, "standing": self.word, "complete": self.complete,
                "done": self.done, "needed": self.needed}


def standing(course: Course, trainee: str, attempts: list[Marked],
             typing: list[TypingRecord]) -> Standing:
    """`attempts` the trainee's, oldest first, each with its latest marking."""
    result = Standing(trainee, False, len(course.scenarios) + (course.typing is not None),
                      attempted=len(attempts) + len(typing))
    for req in course.scenarios:
        _scenario(req, [a for a in attempts if a.scenario == req.scenario], result)
    wpm = needed_wpm(course)
    if course.typing is not None and wpm is not None:
        _typing(course.typing.passes, wpm, typing, result)
    result.complete = not result.needed
    return result


def _scenario(req: ScenarioRequirement, mine: list[Marked], out: Standing) -> None:
    name = req.scenario
    if not mine:
        out.needed.append(f"{name}: not attempted yet ({_passes(req.passes)} needed)")
        return
    passes = sum(a.passed for a in mine)
    last = mine[-1]
    missing = []
    if passes < req.passes:
        missing.append(f"{passes} of {_passes(req.passes)} needed")
    critical = last.critical_failures if req.no_critical_failure_on_last else ()
    if critical:
        missing.append(f"the last attempt (#{last.id}, {last.score:g}) failed critical "
                       f"item{'s' if len(critical) > 1 else ''} " + ", ".join(critical))
    elif req.last_attempt_passed and not last.passed:
        missing.append(f"the last attempt (#{last.id}, {last.score:g}) failed")
    if missing:
        out.needed.append(f"{name}: " + "; ".join(missing))
    else:
        out.done.append(f"{name}: {_passes(passes)} in {len(mine)} "
                        f"attempt{'s' if len(mine) != 1 else ''}, last {last.score:g}")


def _passes(n: int) -> str:
    return f"{n} pass{'es' if n != 1 else ''}"


def _typing(needed: int, wpm: int, typing: list[TypingRecord], out: Standing) -> None:
    timed = [t for t in typing if t.kind in SPEED_KINDS and t.complete]  # early stops: no result
    good = [t for t in timed if t.net_wpm >= wpm and t.accuracy >= t.pass_accuracy]
    if len(good) >= needed:
        best = max(good, key=lambda t: t.net_wpm)
        out.done.append(f"typing: {len(good)} test{'s' if len(good) != 1 else ''} at "
                        f"{wpm} wpm or more (best {best.net_wpm:.1f} wpm net, "
                        f"{best.accuracy:.1f}% accuracy)")
        return
    if not timed:
        stopped = sum(1 for t in typing if t.kind in SPEED_KINDS and not t.complete)
        early = f"; {stopped} stopped early, not counted" if stopped else ""
        out.needed.append(f"typing: no complete timed typing test yet ({wpm} wpm net "
                          f"needed{early})")
        return
    best = max(timed, key=lambda t: t.net_wpm)
    why = (f"best {best.net_wpm:.1f} wpm net is below {wpm} wpm" if best.net_wpm < wpm
           else f"{best.accuracy:.1f}% accuracy is below {best.pass_accuracy:g}%")
    count = f"{len(good)} of {needed} tests passed; " if needed > 1 else ""
    out.needed.append(f"typing: {count}{why}")
