"""The moderator web page under ``/review``: server-rendered (Jinja2) with htmx for the queue filters.

A thin shell over the same library calls as the JSON review routes (:mod:`claims.review`,
:mod:`claims.apikeys`): no business logic lives here, only sign-in, forms and rendering.

- Sign-in: the moderator pastes a moderator or admin API key; it is checked with
  :func:`claims.apikeys.verify_key` (the check of the JSON API) on every request, so a revoked key
  signs out at once. The key travels in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS)
  and is never logged or rendered.
- CSRF: every POST form carries a token. Signed in, it is an HMAC, under the session's key, of a
  random session id made at sign-in (its own HttpOnly cookie): per session, not per key, and
  nothing stored; the sign-in form uses a double-submit cookie. Every POST must also come from
  this origin: an ``Origin`` (or, without one, a ``Referer``) naming another site is refused (403).
- Failed sign-ins (and cookies holding a bad key) count towards the per-address limit of failed
  authentication (:mod:`api.ratelimit`): beyond it, 429 with ``Retry-After``.
- Seller copy is shown as text: HTML tags stripped (:mod:`api.display`), everything escaped;
  claim and finding spans are highlighted from their character offsets (:func:`highlight`).
- Lists are views (:class:`View`: filters, search, ordering) carried from the queue to the item
  pages, so that j/k, "next" and accept-and-advance follow the list the moderator chose; "next"
  claims the next free item (:func:`claims.moderation.queue.next_item`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from api.deps import get_session
from api.display import one_line, pieces, plain_text
from api.routes._common import ItemId, text_problem
from api.schemas import ExportRecord
from api.security import client_address
from claims.moderation import queue as review
from claims.moderation.keys import allows, list_keys, verify_key
from claims.moderation.stats import moderator_stats
from claims.taxonomy import CODES, LEVELS

HERE = Path(__file__).resolve().parent
COOKIE = "claims_review"
SIGNIN_COOKIE = "claims_review_signin"
SESSION_COOKIE = "claims_review_session"  # a random id per sign-in: the CSRF token's per-session part
PREFIX = "/review"
PAGE_SIZE = 25
UI_DEFAULT_ORDER = "risk"  # the page starts with the riskiest items; the JSON API keeps "oldest"
_SEVERITY_RANK = {"advisory": 1, "medium": 2, "high": 3}

templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(prefix=PREFIX, include_in_schema=False)
DB = Annotated[Session, Depends(get_session)]


# ---------------------------------------------------------------- sign-in and CSRF

@dataclass(frozen=True)
class Moderator:
    key_id: str
    name: str
    role: str
    csrf: str


class SignInRequired(Exception):
    """No (valid) session cookie: the handler redirects to the sign-in page."""


class RoleForbidden(Exception):
    """A signed-in key whose role may not review claims."""

    def __init__(self, role: str):
        self.role = role


def csrf_token(key: str, session_id: str) -> str:
    """The form token of one signed-in session: changes with every sign-in, even with the same key."""
    return hmac.new(key.encode("utf-8"), b"claims-review-csrf:" + session_id.encode("utf-8"),
                    hashlib.sha256).hexdigest()[:40]


class RateLimited(Exception):
    """Too many failed authentications from this address."""

    def __init__(self, retry_after: int):
        self.retry_after = retry_after


def _limiter(request: Request) -> Any:
    services = getattr(request.app.state, "services", None)
    return services.auth_limiter if services is not None else None


def _check_rate(request: Request) -> None:
    limiter = _limiter(request)
    wait = limiter.retry_after(client_address(request)) if limiter is not None else None
    if wait is not None:
        raise RateLimited(wait)


def _failed_auth(request: Request) -> None:
    limiter = _limiter(request)
    if limiter is not None:
        limiter.failed(client_address(request))


def current_moderator(request: Request, session: DB) -> Moderator:
    """The signed-in moderator, or :class:`SignInRequired` / :class:`RoleForbidden` / :class:`RateLimited`."""
    key = request.cookies.get(COOKIE)
    session_id = request.cookies.get(SESSION_COOKIE)
    if key is None:
        raise SignInRequired()
    _check_rate(request)
    info = verify_key(session, key)
    if info is None:
        _failed_auth(request)
        raise SignInRequired()
    if not allows(info.role, "moderator"):
        raise RoleForbidden(info.role)
    if not session_id or len(session_id) > 200:  # a session from before per-session tokens: sign in again
        raise SignInRequired()
    return Moderator(info.id, info.name, info.role, csrf_token(key, session_id))


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def check_origin(request: Request) -> None:
    """A state-changing form must come from this site: a foreign ``Origin`` (or ``Origin: null``),
    or without Origin a foreign ``Referer``, is refused with :class:`CsrfFailed`. A request with
    neither (not sent by browsers on POST forms) passes on to the token check."""
    own = _origin_of(str(request.base_url))
    origin = request.headers.get("origin")
    if origin is not None:
        if origin.strip().lower().rstrip("/") != own:
            raise CsrfFailed()
        return
    referer = request.headers.get("referer")
    if referer is not None and _origin_of(referer) != own:
        raise CsrfFailed()


User = Annotated[Moderator, Depends(current_moderator)]


def _check_csrf(request: Request, user: Moderator, token: str) -> None:
    check_origin(request)
    if not hmac.compare_digest(user.csrf, token or ""):
        raise CsrfFailed()


class CsrfFailed(Exception):
    pass


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _safe_next(target: str | None) -> str:
    """Only local /review paths: never an open redirect."""
    if target and target.startswith(PREFIX) and not target.startswith("//") and "\\" not in target:
        return target
    return f"{PREFIX}/"


def _page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Content-Security-Policy"] = ("default-src 'self'; style-src 'self'; script-src 'self'; "
                                                   "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
    return response


def _signin_page(request: Request, *, error: str | None = None, next_url: str = "", status_code: int = 200
                 ) -> HTMLResponse:
    token = secrets.token_urlsafe(24)
    response = _page(request, "signin.html", {"error": error, "next": next_url, "csrf": token, "user": None},
                     status_code)
    response.set_cookie(SIGNIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request),
                        path=PREFIX, max_age=3600)
    return response


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(request: Request, next: str = "") -> HTMLResponse:  # noqa: A002 - the query name
    return _signin_page(request, next_url=_safe_next(next) if next else "")


@router.post("/sign-in", response_model=None)
def sign_in(request: Request, session: DB, key: Annotated[str, Form(max_length=512)] = "",
            csrf: Annotated[str, Form(max_length=200)] = "",
            next: Annotated[str, Form(max_length=2000)] = "") -> Response:  # noqa: A002
    check_origin(request)
    expected = request.cookies.get(SIGNIN_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, csrf):
        return _signin_page(request, error="The sign-in form expired; please paste your key again.",
                            next_url=next, status_code=403)
    _check_rate(request)
    info = verify_key(session, key.strip())
    if info is None:
        _failed_auth(request)
        return _signin_page(request, error="This key is not valid (unknown, mistyped or revoked).",
                            next_url=next, status_code=401)
    if not allows(info.role, "moderator"):
        return _forbidden_page(request, info.role)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(COOKIE, key.strip(), httponly=True, samesite="strict", secure=_secure(request),
                        path=PREFIX, max_age=12 * 3600)
    response.set_cookie(SESSION_COOKIE, secrets.token_urlsafe(24), httponly=True, samesite="strict",
                        secure=_secure(request), path=PREFIX, max_age=12 * 3600)
    response.delete_cookie(SIGNIN_COOKIE, path=PREFIX)
    return response


@router.post("/sign-out", response_model=None)
def sign_out(request: Request, user: User, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
    _check_csrf(request, user, csrf)
    response = RedirectResponse(f"{PREFIX}/sign-in", status_code=303)
    response.delete_cookie(COOKIE, path=PREFIX, httponly=True, samesite="strict", secure=_secure(request))
    response.delete_cookie(SESSION_COOKIE, path=PREFIX, httponly=True, samesite="strict", secure=_secure(request))
    return response


def _forbidden_page(request: Request, role: str) -> HTMLResponse:
    response = _page(request, "message.html", {
        "user": None, "title": "Not allowed",
        "message": f"This key's role ({role}) cannot review claims: sign in with a moderator or admin key."},
        status_code=403)
    response.delete_cookie(COOKIE, path=PREFIX)
    return response


# ---------------------------------------------------------------- the queue

def _none_if_blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _age(when: datetime, now: datetime) -> str:
    seconds = max(0, int((now - when).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def _float_or_none(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if 0.0 <= number <= 1.0 else None


@dataclass(frozen=True)
class View:
    """A queue view: the filters, search and ordering of a list, carried from the queue to the item
    pages (as a query string) so that navigation and accept-and-advance follow the same list."""

    level: str | None = None
    code: str | None = None
    status: str | None = None
    category: str | None = None
    brand: str | None = None
    q: str | None = None
    second: bool = False
    order: str = UI_DEFAULT_ORDER

    @classmethod
    def of(cls, params: Any) -> View:
        """From query parameters (a mapping of str to str)."""
        def get(name: str, size: int = 200) -> str | None:
            return _none_if_blank(str(params.get(name) or "")[:size])

        return cls(level=get("level"), code=get("code"), status=get("status"), category=get("category", 512),
                   brand=get("brand", 512), q=get("q"), second=get("second") in ("1", "on", "true"),
                   order=get("order") or UI_DEFAULT_ORDER)

    @classmethod
    def of_query(cls, query: str) -> View:
        return cls.of({k: v[0] for k, v in parse_qs(query[:4000]).items() if v})

    def filters(self, **extra: Any) -> review.Filters:
        return review.Filters(level=self.level, code=self.code, status=self.status, category=self.category,
                              brand=self.brand, q=self.q, second=self.second, **extra)

    def params(self) -> dict[str, str]:
        out = {k: v for k, v in (("level", self.level), ("code", self.code), ("status", self.status),
                                  ("category", self.category), ("brand", self.brand), ("q", self.q)) if v}
        if self.second:
            out["second"] = "1"
        if self.order != UI_DEFAULT_ORDER:
            out["order"] = self.order
        return out

    def query(self, **extra: Any) -> str:
        return urlencode({**self.params(), **{k: v for k, v in extra.items() if v is not None}})

    def url(self, path: str, **extra: Any) -> str:
        query = self.query(**extra)
        return f"{path}?{query}" if query else path

    def describe(self) -> str:
        """The view in words, for confirmations ("level high, search 'bamboo'")."""
        parts = [f"{k} {v}" for k, v in (("level", self.level), ("code", self.code), ("category", self.category),
                                         ("brand", self.brand)) if v]
        if self.status:
            parts.append(f"status {review.STATUS_LABELS.get(self.status, self.status)}")
        if self.q:
            parts.append(f"search “{self.q}”")
        if self.second:
            parts.append("waiting for a second opinion")
        return ", ".join(parts) or "all items"


def _settings(request: Request) -> Any:
    services = getattr(request.app.state, "services", None)
    return services.settings if services is not None else None


def _claim_ttl(request: Request) -> float:
    settings = _settings(request)
    return float(settings.review_claim_ttl_s) if settings is not None else 900.0


def _claim_text(item: dict[str, Any], me: str, names: dict[str, str], now: datetime) -> str | None:
    """"claimed by alice, 12 min left" for an unexpired claim; None when the item is free."""
    holder = review.claim_holder(item, now)
    if holder is None:
        return None
    left = max(1, int(((item["claimed_until"] - now).total_seconds() + 59) // 60))
    who = "you" if holder == me else (names.get(holder) or holder)
    return f"claimed by {who}, {left} min left"


def _decorate(items: list[dict[str, Any]], user: Moderator, names: dict[str, str], view: View) -> None:
    now = datetime.now(UTC)
    for item in items:
        item["age"] = _age(item["updated_at"], now)
        item["title_text"] = one_line(item["title"])
        item["claim_text"] = _claim_text(item, user.key_id, names, now)
        item["claimed_by_other"] = review.claim_holder(item, now) not in (None, user.key_id)
        item["status_label"] = review.STATUS_LABELS.get(item["status"], item["status"])
        item["url"] = view.url(f"{PREFIX}/items/{item['id']}")


def _key_names(session: Session) -> dict[str, str]:
    return {k.id: k.name for k in list_keys(session)}


@router.get("/", response_class=HTMLResponse)
def queue(request: Request, session: DB, user: User, cursor: str = "", limit: int = PAGE_SIZE,
          notice: str = "") -> HTMLResponse:
    view = View.of(request.query_params)
    error = None
    page = review.Page([], None, None)
    try:
        page = review.list_page(session, view.filters(), order=view.order, cursor=_none_if_blank(cursor),
                                limit=max(1, min(limit, 200)), count=True)
    except review.InvalidRequest as e:
        error = str(e)
    names = _key_names(session)
    _decorate(page.items, user, names, view)
    size = {"limit": limit} if limit != PAGE_SIZE else {}
    context = {
        "user": user, "items": page.items, "view": view, "filters": view, "error": error, "total": page.total,
        "next_url": view.url(f"{PREFIX}/", cursor=page.next_cursor, **size) if page.next_cursor else None,
        "prev_url": view.url(f"{PREFIX}/", cursor=page.prev_cursor, **size) if page.prev_cursor else None,
        "first_url": view.url(f"{PREFIX}/", **size) if cursor and page.prev_cursor else None,
        "counts": review.queue_counts(session), "statuses": review.STATUSES, "status_labels": review.STATUS_LABELS,
        "levels": LEVELS, "codes": sorted(CODES), "orderings": review.ORDERINGS, "ctx": view.query(),
        "notice": NOTICES.get(notice)}
    partial = request.headers.get("HX-Request") == "true" and request.headers.get("HX-History-Restore-Request") \
        != "true"
    return _page(request, "_queue_table.html" if partial else "queue.html", context,
                 status_code=422 if error else 200)


NOTICES = {"end": "No more free items in this list: every item after the last one is decided, claimed by "
                  "another moderator, or filtered out.",
           "claimed": "That item is claimed by another moderator."}


@router.post("/next", response_model=None)
def next_in_list(request: Request, session: DB, user: User, csrf: Annotated[str, Form(max_length=200)] = "",
                 ctx: Annotated[str, Form(max_length=4000)] = "",
                 after: Annotated[int, Form(ge=0, le=2**31 - 1)] = 0) -> Response:
    """Claim the next free item of the list (after ``after``; the first one without) and open it."""
    _check_csrf(request, user, csrf)
    return _go_next(request, session, user, View.of_query(ctx), after or None)


def _go_next(request: Request, session: Session, user: Moderator, view: View, after: int | None) -> Response:
    try:
        nxt = review.next_item(session, user.key_id, _claim_ttl(request), view.filters(), view.order, after=after)
    except review.InvalidRequest as e:
        return _page(request, "message.html", {"user": user, "title": "Invalid list", "message": str(e)}, 422)
    if nxt is None:
        return RedirectResponse(view.url(f"{PREFIX}/", notice="end"), status_code=303)
    return RedirectResponse(view.url(f"{PREFIX}/items/{nxt}"), status_code=303)


# ---------------------------------------------------------------- bulk actions

_BULK_ACTIONS = {"confirm": "Confirm the finding", "clear": "Clear the finding"}


def _bulk_view(view: View, scope: str, threshold: str) -> tuple[review.Filters, str]:
    t = _float_or_none(threshold)
    if scope in ("above", "below") and t is None:
        raise review.InvalidRequest("a score threshold is a number between 0 and 1")
    if scope == "above":
        return view.filters(min_score=t), f"{view.describe()}, risk score ≥ {t:.2f}"
    if scope == "below":
        return view.filters(max_score=t), f"{view.describe()}, risk score ≤ {t:.2f}"
    return view.filters(), view.describe()


@router.get("/bulk", response_class=HTMLResponse)
def bulk_preview(request: Request, session: DB, user: User, action: str = "confirm", scope: str = "selection",
                 threshold: str = "") -> HTMLResponse:
    """The confirmation step: how many items the action would decide, and which it would skip."""
    view = View.of(request.query_params)
    settings = _settings(request)
    limit = int(settings.review_bulk_max) if settings is not None else 500
    try:
        if action not in _BULK_ACTIONS:
            raise review.InvalidRequest(f"unknown bulk action {action!r} (confirm or clear)")
        filters, described = _bulk_view(view, scope, threshold)
        items, total = review.bulk_candidates(session, filters, user.key_id, view.order, limit=limit)
    except review.InvalidRequest as e:
        return _page(request, "message.html", {"user": user, "title": "Bulk action", "message": str(e)}, 422)
    names = _key_names(session)
    _decorate(items, user, names, view)
    todo = [i for i in items if not i["skip"]]
    skip_counts: dict[str, int] = {}
    for i in items:
        if i["skip"]:
            skip_counts[i["skip"]] = skip_counts.get(i["skip"], 0) + 1
    return _page(request, "bulk.html", {
        "skip_counts": skip_counts,
        "user": user, "view": view, "action": action, "action_label": _BULK_ACTIONS[action], "todo": todo,
        "skipped": [i for i in items if i["skip"]], "total": total, "limit": limit, "described": described,
        "ctx": view.query(), "result": None})


@router.post("/bulk", response_class=HTMLResponse)
def bulk_apply(request: Request, session: DB, user: User, csrf: Annotated[str, Form(max_length=200)] = "",
               action: Annotated[str, Form(max_length=20)] = "",
               items: Annotated[list[str] | None, Form()] = None,
               ctx: Annotated[str, Form(max_length=4000)] = "",
               note: Annotated[str, Form(max_length=10_000)] = "") -> HTMLResponse:
    """Decide the confirmed items, each at the version shown on the confirmation page."""
    _check_csrf(request, user, csrf)
    view = View.of_query(ctx)
    settings = _settings(request)
    limit = int(settings.review_bulk_max) if settings is not None else 500
    pairs: list[tuple[int, int]] = []
    for raw in (items or [])[:limit]:
        item_id, _, version = raw.partition(":")
        if item_id.isdigit() and version.isdigit() and int(item_id) <= 2**31 - 1 and int(version) <= 2**31 - 1:
            pairs.append((int(item_id), int(version)))
    note_value = note.strip() or None
    try:
        if action not in _BULK_ACTIONS:
            raise review.InvalidRequest(f"unknown bulk action {action!r} (confirm or clear)")
        if note_value and text_problem(note_value):
            raise review.InvalidRequest(f"the note {text_problem(note_value)}")
        result = review.bulk_decide(session, pairs, action, user.key_id, note=note_value)
    except review.InvalidRequest as e:
        return _page(request, "message.html", {"user": user, "title": "Bulk action", "message": str(e)}, 422)
    names = _key_names(session)
    for c in result.conflicts:  # name the moderators whose key ids the reasons give
        current = c.get("current") or {}
        for key_id in {(current.get("last_decision") or {}).get("moderator"), current.get("claimed_by")}:
            if key_id and names.get(key_id):
                c["reason"] = c["reason"].replace(f"by {key_id}", f"by {names[key_id]} ({key_id})")
    return _page(request, "bulk.html", {
        "user": user, "view": view, "action": action, "action_label": _BULK_ACTIONS[action], "result": result,
        "ctx": view.query(), "todo": [], "skipped": [], "total": 0, "limit": limit, "described": view.describe(),
        "skip_counts": {}})


# ---------------------------------------------------------------- statistics

@router.get("/stats", response_class=HTMLResponse)
def stats_page(request: Request, session: DB, user: User, days: int = 14) -> HTMLResponse:
    """Decisions per moderator (by action, per day) and agreement on double-reviewed items."""
    data = moderator_stats(session, days=max(1, min(days, 90)))
    names = _key_names(session)
    for m in data["moderators"]:
        m["name"] = names.get(m["moderator"], "")
    settings = _settings(request)
    return _page(request, "stats.html", {"user": user, "stats": data, "names": names,
                                         "share": settings.review_second_share if settings is not None else 0.0,
                                         "action_labels": review.ACTION_LABELS})


# ---------------------------------------------------------------- one item

def highlight(text: str, spans: Sequence[dict[str, Any]]) -> Markup:
    """``text`` as a shopper reads it (HTML tags stripped, never rendered: :mod:`api.display`),
    escaped, with every span (``start``, ``end``, ``kind``, ``title``, ``anchor``, and for findings
    ``severity``) wrapped in ``<mark>``: overlapping spans are cut into runs, each run carrying the
    classes of every span over it and its own character offsets into the original text
    (``data-start``/``data-end``)."""
    valid = [s for s in spans if 0 <= int(s["start"]) < int(s["end"]) <= len(text)]
    cuts = {0, len(text), *(int(s["start"]) for s in valid), *(int(s["end"]) for s in valid)}
    out: list[str] = []
    started, tail = False, ""
    for a, b, shown, is_text in pieces(text, cuts):
        if not is_text and shown == "\n" and (not started or tail == "\n\n"):
            continue  # line breaks of block tags: none before the text, no runs of blank lines
        started, tail = started or bool(shown.strip()), (tail + shown)[-2:]
        over = [s for s in valid if int(s["start"]) <= a and b <= int(s["end"])]
        chunk = escape(shown)
        if not over:
            out.append(str(chunk))
            continue
        classes = {"claim"} if any(s["kind"] == "claim" for s in over) else set()
        findings = [s for s in over if s["kind"] in ("finding", "evidence")]
        if findings:
            worst = max(findings, key=lambda s: _SEVERITY_RANK.get(s.get("severity", ""), 0))
            classes |= {worst["kind"], f"sev-{worst.get('severity', 'advisory')}"}
        title = "; ".join(dict.fromkeys(s["title"] for s in over))
        anchors = [s["anchor"] for s in over if s.get("anchor") and int(s["start"]) == a]
        ids = f' id="{escape(anchors[0])}"' if anchors else ""
        out.append(f'<mark class="{" ".join(sorted(classes))}" data-start="{a}" data-end="{b}"'
                   f' title="{escape(title)}"{ids}>{chunk}</mark>')
    return Markup("".join(out))


def _field_spans(result: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    by_field: dict[str, list[dict[str, Any]]] = {}
    for c in result.get("claims", []):
        attrs = ", ".join(c.get("attributes", []))
        by_field.setdefault(c["field"], []).append(
            {"start": c["start"], "end": c["end"], "kind": "claim",
             "title": f"claim ({'specific' if c.get('specific') else 'vague'}{': ' + attrs if attrs else ''})"})
    for i, f in enumerate(result.get("greenwashing", {}).get("findings", [])):
        by_field.setdefault(f["field"], []).append(
            {"start": f["start"], "end": f["end"], "kind": "finding", "severity": f.get("severity"),
             "title": f"{f['code']} ({f.get('severity')})", "anchor": f"finding-{i + 1}-span"})
    return by_field


def _review_spans(result: dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    """The contradicting review quotes of CONTRADICTED findings, by review index."""
    by_review: dict[int, list[dict[str, Any]]] = {}
    for i, f in enumerate(result.get("greenwashing", {}).get("findings", [])):
        ev = f.get("evidence") or {}
        if isinstance(ev.get("review"), int):
            by_review.setdefault(ev["review"], []).append(
                {"start": ev["start"], "end": ev["end"], "kind": "evidence", "severity": f.get("severity"),
                 "title": f"contradicts finding {i + 1}", "anchor": f"finding-{i + 1}-evidence"})
    return by_review


def _item_context(session: Session, user: Moderator, item_id: int, view: View | None = None) -> dict[str, Any]:
    view = view or View()
    item = review.get_item(session, item_id)
    listing, result = item["listing"], item["result"]
    spans = _field_spans(result)
    fields = []
    for name in ("title", "description", *sorted(k for k in spans if k not in ("title", "description"))):
        value = listing.get(name)
        if isinstance(value, str):
            fields.append({"name": name, "html": highlight(value, spans.get(name, [])),
                           "count": len(spans.get(name, []))})
    review_spans = _review_spans(result)
    reviews = [{"index": i, "html": highlight(r, review_spans.get(i, [])), "cited": i in review_spans}
               for i, r in enumerate(listing.get("reviews") or []) if isinstance(r, str)]
    findings = []
    for i, f in enumerate(result.get("greenwashing", {}).get("findings", [])):
        ev = f.get("evidence")
        quote = None
        if ev:
            where = f"review {ev['review'] + 1}" if isinstance(ev.get("review"), int) else f"the {ev.get('field')}"
            quote = {"where": where, "text": plain_text(ev.get("text", "")),
                     "anchor": f"finding-{i + 1}-evidence" if isinstance(ev.get("review"), int) else None}
        findings.append({**f, "number": i + 1, "quote": quote, "text": plain_text(f.get("text", "")),
                         "message": plain_text(f.get("message", "")),
                         "suggestion": plain_text(f.get("suggestion", ""))})
    names = _key_names(session)
    for d in item["decisions"]:
        d["moderator_name"] = names.get(d["moderator"], "")
        d["label"] = review.ACTION_LABELS.get(d["action"], d["action"])
    try:
        prev_id, next_id = review.neighbours(session, item_id, view.filters(), view.order)
    except review.InvalidRequest:
        view = View()
        prev_id, next_id = review.neighbours(session, item_id, view.filters(), view.order)
    now = datetime.now(UTC)
    holder = review.claim_holder(item, now)
    claims = [{**c, "text": plain_text(c.get("text", ""))} for c in result.get("claims", [])]
    return {"user": user, "item": item, "fields": fields, "reviews": reviews, "findings": findings,
            "title_text": one_line(item["title"]), "claims": claims, "levels": LEVELS, "codes": sorted(CODES),
            "code_info": CODES, "prev_id": prev_id, "next_id": next_id, "note": "", "conflict": None,
            "error": None, "key_names": names, "view": view, "ctx": view.query(),
            "prev_url": view.url(f"{PREFIX}/items/{prev_id}") if prev_id else None,
            "queue_url": view.url(f"{PREFIX}/"),
            "claim_text": _claim_text(item, user.key_id, names, now), "mine": holder == user.key_id,
            "claimed_by_other": holder not in (None, user.key_id),
            "status_label": review.STATUS_LABELS.get(item["status"], item["status"]),
            "status_labels": review.STATUS_LABELS, "action_labels": review.ACTION_LABELS}


def _not_found(request: Request, user: Moderator, message: str) -> HTMLResponse:
    return _page(request, "message.html", {"user": user, "title": "Not found", "message": message}, 404)


@router.get("/items/{item_id}", response_class=HTMLResponse)
def item_page(request: Request, item_id: ItemId, session: DB, user: User) -> HTMLResponse:
    try:
        context = _item_context(session, user, item_id, View.of(request.query_params))
        context["notice"] = NOTICES.get(request.query_params.get("notice", ""))
        return _page(request, "item.html", context)
    except review.NotFound as e:
        return _not_found(request, user, str(e))


@router.post("/items/{item_id}/decisions", response_model=None)
def decide(request: Request, item_id: ItemId, session: DB, user: User,
           csrf: Annotated[str, Form(max_length=200)] = "",
           action: Annotated[str, Form(max_length=20)] = "",
           expected_version: Annotated[int, Form(ge=1, le=2**31 - 1)] = 1,
           level: Annotated[str, Form(max_length=20)] = "",
           codes: Annotated[list[str] | None, Form()] = None,
           note: Annotated[str, Form(max_length=10_000)] = "",
           advance: Annotated[str, Form(max_length=10)] = "",
           ctx: Annotated[str, Form(max_length=4000)] = "") -> Response:
    """The form's decision, through :func:`claims.moderation.queue.decide` (as the JSON route): a
    stale version shows the conflict with the current state and keeps the moderator's note. With
    ``advance``, the next free item of the same list opens (accept-and-advance)."""
    _check_csrf(request, user, csrf)
    view = View.of_query(ctx)
    note_value = note.strip() or None
    is_change = review.canonical_action(action) == "change"
    req = review.DecisionRequest(
        action=action, expected_version=expected_version,
        level=(_none_if_blank(level) if is_change else None),
        codes=(list(codes or []) if is_change else None), note=note_value)
    try:
        problem = text_problem(note_value) if note_value else None
        if problem:
            raise review.InvalidRequest(f"the note {problem}")
        review.decide(session, item_id, req, moderator=user.key_id)
    except review.NotFound as e:
        return _not_found(request, user, str(e))
    except (review.InvalidRequest, review.Conflict) as e:
        try:
            context = _item_context(session, user, item_id, view)
        except review.NotFound as gone:
            return _not_found(request, user, str(gone))
        context["note"] = note
        if isinstance(e, review.Conflict):
            context["conflict"] = {"action": review.ACTION_LABELS.get(review.canonical_action(action), action),
                                   "current": e.current, "claimed": isinstance(e, review.Claimed),
                                   "claim_text": _claim_text(e.current, user.key_id, context["key_names"],
                                                             datetime.now(UTC))}
            return _page(request, "item.html", context, status_code=409)
        context["error"] = str(e)
        return _page(request, "item.html", context, status_code=422)
    if advance and review.canonical_action(action) != "note":
        return _go_next(request, session, user, view, item_id)
    return RedirectResponse(view.url(f"{PREFIX}/items/{item_id}") + "#audit", status_code=303)


@router.post("/items/{item_id}/claim", response_model=None)
def claim_item(request: Request, item_id: ItemId, session: DB, user: User,
               csrf: Annotated[str, Form(max_length=200)] = "", ctx: Annotated[str, Form(max_length=4000)] = "",
               release: Annotated[str, Form(max_length=10)] = "") -> Response:
    """Claim the item for the configured time (renewing one's own claim), or release it."""
    _check_csrf(request, user, csrf)
    view = View.of_query(ctx)
    try:
        if release:
            review.release(session, item_id, user.key_id)
        else:
            review.claim(session, item_id, user.key_id, _claim_ttl(request))
    except review.NotFound as e:
        return _not_found(request, user, str(e))
    except review.Claimed:
        return RedirectResponse(view.url(f"{PREFIX}/items/{item_id}", notice="claimed"), status_code=303)
    return RedirectResponse(view.url(f"{PREFIX}/items/{item_id}"), status_code=303)


@router.post("/items/{item_id}/second-opinion", response_model=None)
def second_opinion(request: Request, item_id: ItemId, session: DB, user: User,
                   csrf: Annotated[str, Form(max_length=200)] = "",
                   ctx: Annotated[str, Form(max_length=4000)] = "") -> Response:
    """Ask for a second review of the item: another moderator's next decision is a second opinion."""
    _check_csrf(request, user, csrf)
    view = View.of_query(ctx)
    try:
        review.request_second_opinion(session, item_id, user.key_id)
    except review.NotFound as e:
        return _not_found(request, user, str(e))
    return RedirectResponse(view.url(f"{PREFIX}/items/{item_id}"), status_code=303)


# ---------------------------------------------------------------- export

@router.get("/export", response_model=None)
def export(session: DB, user: User, all: bool = False) -> Response:  # noqa: A002 - the query name
    """The training export (as ``GET /v1/decisions/export``) as one JSONL download."""
    lines: list[str] = []
    cursor: str | None = None
    while True:  # bounded: each page moves the cursor forward until the end
        records, cursor = review.export_decisions(session, cursor=cursor, limit=1000, final_only=not all)
        lines += [json.dumps(ExportRecord.model_validate(r).model_dump(mode="json"), ensure_ascii=False) + "\n"
                  for r in records]
        if cursor is None:
            break
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return Response("".join(lines), media_type="application/x-ndjson", headers={
        "Content-Disposition": f'attachment; filename="decisions-{stamp}.jsonl"', "Cache-Control": "no-store"})


# ---------------------------------------------------------------- wiring

def install(app: FastAPI) -> None:
    """Add the pages, their static files and their error pages to ``app``."""
    app.include_router(router)
    app.mount(f"{PREFIX}/static", StaticFiles(directory=str(HERE / "static")), name="review-static")

    @app.get(PREFIX, include_in_schema=False)
    def review_root() -> RedirectResponse:
        return RedirectResponse(f"{PREFIX}/", status_code=307)

    @app.exception_handler(SignInRequired)
    async def sign_in_required(request: Request, exc: SignInRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        url = f"{PREFIX}/sign-in?{urlencode({'next': target})}" if request.method == "GET" else f"{PREFIX}/sign-in"
        if request.headers.get("HX-Request") == "true":  # htmx: load the sign-in page, not a fragment
            return Response(status_code=204, headers={"HX-Redirect": url})
        response = RedirectResponse(url, status_code=303)
        response.delete_cookie(COOKIE, path=PREFIX)
        return response

    @app.exception_handler(RoleForbidden)
    async def role_forbidden(request: Request, exc: RoleForbidden) -> Response:
        return _forbidden_page(request, exc.role)

    @app.exception_handler(RateLimited)
    async def rate_limited(request: Request, exc: RateLimited) -> Response:
        response = _page(request, "message.html", {
            "user": None, "title": "Too many attempts",
            "message": f"Too many failed sign-ins from this address: try again in {exc.retry_after} s."},
            status_code=429)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.exception_handler(CsrfFailed)
    async def csrf_failed(request: Request, exc: CsrfFailed) -> Response:
        return _page(request, "message.html", {
            "user": None, "title": "Form expired",
            "message": "This form is missing its security token or came from another site: "
                       "go back, reload the page and try again."}, status_code=403)
