"""The sample reports that ship with HarmWatch (reports/, index.json) and their pipeline score."""

__all__: list[str] = []
