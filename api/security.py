"""Authentication and roles: ``Authorization: Bearer KEY``; missing or unknown key 401, wrong role 403.

Keys are verified against their stored SHA-256 hash (:mod:`claims.apikeys`); the clear key is
never stored or logged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from api.deps import get_services, get_session
from claims.moderation.keys import allows, verify_key

bearer = HTTPBearer(auto_error=False, description="An API key made with `claims keys create --role ROLE`.")


@dataclass(frozen=True)
class Principal:
    key_id: str
    role: str


def client_address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


def too_many_failures(wait: int) -> HTTPException:
    return HTTPException(status_code=429, headers={"Retry-After": str(wait)},
                         detail=f"too many failed authentications from this address; retry in {wait} s")


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(status_code=401, detail=message, headers={"WWW-Authenticate": "Bearer"})


def require(role: str) -> Callable[..., Principal]:
    """A dependency that admits keys of ``role`` (and admin keys)."""

    def check(request: Request, session: Annotated[Session, Depends(get_session)],
              credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Principal:
        limiter = get_services(request).auth_limiter
        address = client_address(request)
        wait = limiter.retry_after(address) if limiter is not None else None
        if wait is not None:
            raise too_many_failures(wait)
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise _unauthorized("missing API key: send 'Authorization: Bearer KEY'")
        info = verify_key(session, credentials.credentials)
        if info is None:
            if limiter is not None:
                limiter.failed(address)
            raise _unauthorized("invalid or revoked API key")
        if not allows(info.role, role):
            raise HTTPException(status_code=403, detail=f"a {info.role} key may not call this endpoint "
                                                        f"(needs the {role} role)")
        principal = Principal(info.id, info.role)
        request.state.principal = principal
        return principal

    return check
