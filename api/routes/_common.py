"""Shared pieces of the routes: documented error responses, request checks."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path
from fastapi.exceptions import RequestValidationError

from api.schemas import Error

AUTH: dict[int | str, dict[str, Any]] = {
    401: {"model": Error, "description": "missing, unknown or revoked API key"},
    403: {"model": Error, "description": "the key's role may not call this endpoint"},
    503: {"model": Error, "description": "the service is starting up or its database is unreachable"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Error, "description": "no such item"}}
TOO_LARGE: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "the body could not be read (not UTF-8 JSON)"},
    413: {"model": Error, "description": "body over CLAIMS_MAX_BODY_BYTES or too many listings per call"}}


# Ids are 32-bit on every backend (PostgreSQL INTEGER).
MAX_ID = 2**31 - 1
ItemId = Annotated[int, Path(ge=1, le=MAX_ID, description="a review item id")]


def invalid(loc: list[str | int], message: str, kind: str = "value_error") -> RequestValidationError:
    """A 422 in FastAPI's own format, for checks that depend on configured limits."""
    return RequestValidationError([{"loc": tuple(loc), "msg": message, "type": kind}])


def check_text(loc: list[str | int], value: str | None, max_chars: int) -> None:
    if value is None:
        return
    if len(value) > max_chars:
        raise invalid(loc, f"{len(value):,} characters, over the limit of {max_chars:,} (CLAIMS_MAX_TEXT_CHARS)",
                      "string_too_long")
    if "\x00" in value:
        raise invalid(loc, "contains a NUL character")
