"""Shared pieces of the routes: documented error responses, request checks."""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import Path
from fastapi.exceptions import RequestValidationError

from api.schemas import Error

AUTH: dict[int | str, dict[str, Any]] = {
    401: {"model": Error, "description": "missing, unknown or revoked API key"},
    429: {"model": Error, "description": "too many failed authentications from this address; see Retry-After"},
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


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be stored and read back as UTF-8 text, or None: a NUL character
    (PostgreSQL text refuses it) or a lone surrogate such as ``"\\ud800"`` (valid JSON, not UTF-8)."""
    if "\x00" in value:
        return "contains a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        return f"contains a lone surrogate (\\u{ord(value[e.start]):04x} at character {e.start}), which is not text"
    return None


def check_text(loc: list[str | int], value: str | None, max_chars: int) -> None:
    if value is None:
        return
    if len(value) > max_chars:
        raise invalid(loc, f"{len(value):,} characters, over the limit of {max_chars:,} (CLAIMS_MAX_TEXT_CHARS)",
                      "string_too_long")
    problem = text_problem(value)
    if problem:
        raise invalid(loc, problem)


# Extra listing fields (price, tags, ...) are stored as JSON: this deep at most.
MAX_EXTRA_DEPTH = 16


def check_value(loc: list[str | int], value: Any, max_chars: int, depth: int = 0) -> None:
    """Any JSON value a caller may store (an extra listing field): every string and key is text
    (:func:`text_problem`), every number finite, nesting at most :data:`MAX_EXTRA_DEPTH` deep;
    else 422 naming the place."""
    if depth > MAX_EXTRA_DEPTH:
        raise invalid(loc, f"nested more than {MAX_EXTRA_DEPTH} levels deep")
    if isinstance(value, str):
        check_text(loc, value, max_chars)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise invalid(loc, "not a finite number (NaN and Infinity cannot be stored)", "finite_number")
    elif isinstance(value, dict):
        for k, v in value.items():
            key_problem = text_problem(str(k))
            if key_problem:
                raise invalid([*loc, "(key)"], f"a key {key_problem}")
            check_value([*loc, str(k)], v, max_chars, depth + 1)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            check_value([*loc, i], v, max_chars, depth + 1)


def json_safe(value: Any) -> Any:
    """``value`` with every string made encodable (lone surrogates written as ``\\udXXX``) and every
    non-finite float written as a string, so an error message that quotes bad input can be sent."""
    if isinstance(value, str):
        return value if text_problem(value) is None else value.encode("utf-8", "backslashreplace").decode(
            "utf-8").replace("\x00", "\\x00")
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, dict):
        return {json_safe(str(k)): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value
