"""Stage 5 — tally: tolls by belligerent, month and place, and comparison with admissions."""

from .statements import import_statements, match_statement, read_statements
from .tolls import DIMENSIONS, compare, normalise_by, stated_tallies, tolls

__all__ = ["DIMENSIONS", "tolls", "compare", "stated_tallies", "normalise_by", "import_statements",
           "match_statement", "read_statements"]
