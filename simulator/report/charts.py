"""Charts for the cohort page, laid out here so the template only draws them.

A trend chart is a trainee's scores in the order the attempts were taken: a y axis from 0
to 100 with gridlines at 0, 25, 50, 75 and 100, a dashed line at the pass mark, an x axis
numbered by attempt, axis titles, and a dot per attempt (green passed, red failed) whose
tooltip names the scenario, the date and the score. Sized to be read at a glance on a
laptop: 460 × 170 pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 460, 170
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 10, 38  # room for the axes' numbers and titles
GRID = (0, 25, 50, 75, 100)


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    passed: bool
    tip: str  # "3. burglary-next-morning, 21 Nov: 72 (pass)"


@dataclass(frozen=True)
class Tick:
    at: float  # pixel
    label: str


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    dots: list[Dot]
    line: str  # polyline points
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    pass_y: float | None
    pass_mark: float | None


def _y(score: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - max(0.0, min(100.0, score)) / 100)


def trend_chart(scores: list[tuple[str, str, float, bool]], pass_mark: float | None = None
                ) -> TrendChart:
    """`scores`: (when, scenario, score, passed) oldest first."""
    n = len(scores)
    span = WIDTH - LEFT - RIGHT
    step = span / (n - 1) if n > 1 else 0.0

    def x(i: int) -> float:
        return LEFT + (i * step if n > 1 else span / 2)

    dots = [Dot(round(x(i), 1), round(_y(score), 1), passed,
                f"{i + 1}. {scenario}{', ' + when[:10] if when else ''}: {score:g} "
                f"({'pass' if passed else 'fail'})")
            for i, (when, scenario, score, passed) in enumerate(scores)]
    # Number every attempt when few, else about eight of them, always the first and last.
    every = max(1, round(n / 8))
    shown = sorted({0, n - 1, *range(0, n, every)}) if n else []
    return TrendChart(
        WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, dots,
        " ".join(f"{d.x},{d.y}" for d in dots),
        [Tick(round(_y(v), 1), str(v)) for v in GRID],
        [Tick(round(x(i), 1), str(i + 1)) for i in shown],
        round(_y(pass_mark), 1) if pass_mark is not None else None, pass_mark)
