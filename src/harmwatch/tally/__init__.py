"""Stage 5 — tally: tolls by belligerent, month and place, and comparison with admissions."""

__all__: list[str] = []
