"""HarmWatch: reports of civilian harm in, traceable incidents and reproducible tolls out."""

__version__ = "0.1.0"

__all__ = ["__version__"]
