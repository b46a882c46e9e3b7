"""API keys over HTTP (admin role): create, list, revoke. The CLI does the same: `claims keys`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from api.deps import get_session
from api.routes._common import AUTH, NOT_FOUND, TOO_LARGE, check_text
from api.schemas import KeyIn, KeyOut, NewKey
from api.security import Principal, require
from claims.moderation import keys as apikeys

router = APIRouter(prefix="/v1/keys", tags=["keys"])
Admin = Annotated[Principal, Depends(require("admin"))]
DB = Annotated[Session, Depends(get_session)]


@router.post("", response_model=NewKey, status_code=201, responses={**AUTH, **TOO_LARGE})
def create_key(body: KeyIn, session: DB, _: Admin) -> dict[str, Any]:
    """Make a key; the answer holds the key itself, the only time it is shown."""
    check_text(["body", "name"], body.name, 256)
    info, key = apikeys.create_key(session, body.role, body.name)
    return {**info.__dict__, "key": key}


@router.get("", response_model=list[KeyOut], responses=AUTH)
def list_keys(session: DB, _: Admin) -> list[dict[str, Any]]:
    """All keys (never the keys themselves: only their ids, roles and dates)."""
    return [k.__dict__ for k in apikeys.list_keys(session)]


@router.delete("/{key_id}", response_model=KeyOut, responses={**AUTH, **NOT_FOUND})
def revoke_key(key_id: str, session: DB, _: Admin) -> dict[str, Any]:
    """Revoke a key: it stops working at once."""
    if "\x00" in key_id or len(key_id) > 32:
        raise HTTPException(status_code=404, detail=f"no key with id {key_id[:40]!r}")
    try:
        return apikeys.revoke_key(session, key_id).__dict__
    except apikeys.ApiKeyError as e:
        raise HTTPException(status_code=404, detail=str(e)) from e
