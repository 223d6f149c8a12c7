"""Errors a person can fix, kept apart from bugs.

A `UserError` is bad input (a scenario with mistakes, a missing file, a device that is not
there): the command line prints its message and exits 1. Anything else is a bug: exit 3 and
a crash log, never a traceback on the trainee's screen.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or environment; `str(error)` is the whole message shown to the person."""
