"""The sources register over HTTP: analysts read it, editors record a source's kind and group."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy.orm import Session

from harmwatch.grade.sources import list_sources, set_source
from harmwatch.serve.auth import Caller

from .deps import get_session, require
from .responses import json_response
from .schemas import Reason

__all__ = ["router", "SourceIn"]

router = APIRouter(prefix="/api", tags=["review"])

_Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=256)]


class SourceIn(BaseModel):
    """What an editor records about a source; fields left out are not changed."""

    model_config = ConfigDict(extra="forbid")
    name: _Name = Field(..., description="The source's name as documents give it (case-insensitive).")
    kind: Literal["outlet", "agency", "monitor", "official", "activist", "witness", "other"] | None = None
    group: _Name | None = Field(None, description="Outlets of one group count as one source when grading.")
    clear_group: bool = Field(False, description="Take the source out of its group.")
    reason: Reason | None = None


@router.get("/sources", summary="Every source with its kind, group and counts (analyst)")
def sources(_: Caller = Depends(require("analyst")), session: Session = Depends(get_session)) -> Response:
    return json_response({"sources": [s.as_dict() for s in list_sources(session)]})


@router.put("/sources", summary="Record a source's kind or group; its incidents are regraded (editor)")
def put_source(body: SourceIn, who: Caller = Depends(require("editor", write=True)),
               session: Session = Depends(get_session)) -> Response:
    if body.group is not None and body.clear_group:
        raise HTTPException(422, "give group or clear_group, not both")
    try:
        result = set_source(session, body.name, actor=who.name, kind=body.kind, group=body.group,
                            clear_group=body.clear_group, reason=body.reason)
        session.commit()
    except ValueError as exc:
        session.rollback()
        raise HTTPException(422, str(exc)) from exc
    except Exception:
        session.rollback()
        raise
    return json_response(result)
