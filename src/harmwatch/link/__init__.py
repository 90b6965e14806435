"""Stage 3 — link: claims about the same incident → incidents, each link with its score and reasons."""

__all__: list[str] = []
