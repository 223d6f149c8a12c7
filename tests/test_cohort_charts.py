"""Cohort trend charts read at a glance: axes numbered, titled, a pass-mark line, a dot
per attempt coloured by pass or fail (the page in Chromium: tests/test_cohort.py)."""

from __future__ import annotations

import pytest

from simulator.report.charts import trend_chart


def test_the_chart_has_numbered_axes_and_the_pass_mark():
    scores = [("2026-11-10T10:00:00", "burglary-next-morning", 20.0, False),
              ("2026-11-11T10:00:00", "burglary-next-morning", 75.0, True),
              ("2026-11-12T10:00:00", "domestic-abuse-children", 100.0, True)]
    chart = trend_chart(scores, 70.0)
    assert [t.label for t in chart.y_ticks] == ["0", "25", "50", "75", "100"]
    assert [t.label for t in chart.x_ticks] == ["1", "2", "3"]
    zero, hundred = chart.y_ticks[0].at, chart.y_ticks[-1].at
    assert zero == chart.bottom and hundred == chart.top  # 0 at the bottom, 100 at the top
    assert [d.y for d in chart.dots] == pytest.approx(
        [zero + (hundred - zero) * s / 100 for _, _, s, _ in scores], abs=0.1)
    assert chart.dots[0].x == chart.left and chart.dots[-1].x == chart.right
    assert chart.pass_y == pytest.approx(zero + (hundred - zero) * 0.7, abs=0.1)
    assert chart.dots[0].tip == "1. burglary-next-morning, 2026-11-10: 20 (fail)"


def test_many_attempts_number_about_eight_and_always_the_last():
    chart = trend_chart([("", "s", 50.0, False)] * 37)
    labels = [t.label for t in chart.x_ticks]
    assert labels[0] == "1" and labels[-1] == "37" and 6 <= len(labels) <= 11
