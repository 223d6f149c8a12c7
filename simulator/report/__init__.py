"""Assessor reports: one self-contained HTML file per attempt (`callsim report`)."""
