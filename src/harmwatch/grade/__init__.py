"""Stage 4 — grade: Airwars' scale computed by rule, overridable by an analyst with a reason."""

from .rules import Report, Statement, grade_incident, independent_sources

__all__ = ["Report", "Statement", "grade_incident", "independent_sources"]
