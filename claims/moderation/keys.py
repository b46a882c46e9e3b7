"""API keys with roles. A key is ``gc_<id>_<secret>``: ``id`` (public, 12 hex) finds the row,
and only ``sha256(key)`` is stored, compared in constant time. The clear key exists once, in
the return value of :func:`create_key`.

Roles: ``service`` (score, recommend), ``moderator`` (the review queue), ``admin`` (keys, and
everything the other two may do).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from claims.moderation.store import ApiKey, utcnow

ROLES: tuple[str, ...] = ("service", "moderator", "admin")
_KEY_RE = re.compile(r"^gc_([0-9a-f]{12})_([A-Za-z0-9_-]{20,})$")


class ApiKeyError(ValueError):
    """A user mistake about keys (unknown role, unknown id)."""


@dataclass(frozen=True)
class KeyInfo:
    id: str
    role: str
    name: str
    created_at: datetime
    revoked_at: datetime | None


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _info(row: ApiKey) -> KeyInfo:
    return KeyInfo(row.id, row.role, row.name, row.created_at, row.revoked_at)


def create_key(session: Session, role: str, name: str = "") -> tuple[KeyInfo, str]:
    """Make a key for ``role``; returns its info and the clear key (shown once, never stored)."""
    if role not in ROLES:
        raise ApiKeyError(f"unknown role {role!r} (one of: {', '.join(ROLES)})")
    key_id = secrets.token_hex(6)
    key = f"gc_{key_id}_{secrets.token_urlsafe(32)}"
    row = ApiKey(id=key_id, role=role, name=name, key_hash=hash_key(key), created_at=utcnow())
    session.add(row)
    session.commit()
    return _info(row), key


def revoke_key(session: Session, key_id: str) -> KeyInfo:
    row = session.get(ApiKey, key_id)
    if row is None:
        raise ApiKeyError(f"no key with id {key_id!r}")
    if row.revoked_at is None:
        session.execute(update(ApiKey).where(ApiKey.id == key_id).values(revoked_at=utcnow()))
        session.commit()
        session.refresh(row)
    return _info(row)


def list_keys(session: Session) -> list[KeyInfo]:
    return [_info(r) for r in session.scalars(select(ApiKey).order_by(ApiKey.created_at, ApiKey.id))]


def verify_key(session: Session, key: str) -> KeyInfo | None:
    """The key's info when ``key`` is a live key, else None (malformed, unknown, revoked)."""
    m = _KEY_RE.match(key)
    if m is None:
        return None
    row = session.get(ApiKey, m.group(1))
    if row is None or row.revoked_at is not None:
        return None
    if not hmac.compare_digest(row.key_hash, hash_key(key)):
        return None
    return _info(row)


def allows(role: str, needed: str) -> bool:
    """Whether a key of ``role`` may call an endpoint that needs ``needed``: admin may call all."""
    return role == needed or role == "admin"
