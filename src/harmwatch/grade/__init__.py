"""Stage 4 — grade: Airwars' scale computed by rule, overridable by an analyst with a reason."""

__all__: list[str] = []
