"""Marking: conditions, the marking engine, competency mapping, person-spec profiles.

Never imports `simulator` or `audio`.
"""
