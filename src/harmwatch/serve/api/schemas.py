"""Request bodies of the writing routes; pydantic turns bad input into clear 422 errors."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = [
    "Key", "Reason", "DocumentIn", "ConfidentialIn", "NoteIn", "ClaimStatusIn", "MergeIn", "SplitIn", "MoveIn",
    "GradeIn", "DuplicateIn", "UserIn", "MAX_TEXT",
]

MAX_TEXT = 1_000_000  # characters in one submitted document

Key = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentIn(_Body):
    """A report submitted as text."""

    id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=512)] | None = Field(
        None, description="The document's id; a hash of its text when absent.")
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
    title: Annotated[str, StringConstraints(max_length=2000)] | None = None
    url: Annotated[str, StringConstraints(max_length=4000, pattern=r"^https?://\S+$")] | None = None
    published: date | None = None
    outlet: Annotated[str, StringConstraints(max_length=256)] | None = None
    language: Annotated[str, StringConstraints(max_length=16)] | None = None
    confidential: bool = Field(False, description="A protected source: never shown publicly.")


class ConfidentialIn(_Body):
    document: Annotated[str, StringConstraints(min_length=1, max_length=512)] = Field(
        ..., description="Document id (any name it arrived under).")
    confidential: bool = True
    reason: Reason | None = None


class NoteIn(_Body):
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]


class ClaimStatusIn(_Body):
    status: Literal["accepted", "rejected"]
    reason: Reason | None = None


class MergeIn(_Body):
    incidents: list[Key] = Field(..., min_length=2, max_length=100)
    reason: Reason | None = None


class SplitIn(_Body):
    claims: list[Key] = Field(..., min_length=1, max_length=1000, description="Claims that form the new incident.")
    reason: Reason | None = None


class MoveIn(_Body):
    incident: Key
    reason: Reason | None = None


class GradeIn(_Body):
    grade: Literal["confirmed", "fair", "weak", "contested", "discounted"] | None = Field(
        ..., description="The analyst's grade; null clears the override.")
    reason: Reason


class DuplicateIn(_Body):
    of: Key
    reason: Reason | None = None


class UserIn(_Body):
    name: Annotated[str, StringConstraints(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.@-]+$")]
    role: Literal["viewer", "analyst", "editor", "admin"]
