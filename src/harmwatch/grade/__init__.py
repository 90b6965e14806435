"""Stage 4 — grade: Airwars' scale computed by rule, overridable by an analyst with a reason."""

from .rules import Report, Statement, grade_incident, independent_sources
from .sources import SOURCE_KINDS, SourceInfo, list_sources, outlet_groups, set_source

__all__ = ["Report", "Statement", "grade_incident", "independent_sources", "SOURCE_KINDS", "SourceInfo",
           "list_sources", "outlet_groups", "set_source"]
