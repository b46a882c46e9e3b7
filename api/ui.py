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
- Text is always escaped; claim and finding spans are highlighted from their character offsets
  (:func:`highlight`).
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
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.deps import get_session
from api.routes._common import ItemId, text_problem
from api.schemas import ExportRecord
from api.security import client_address
from claims.moderation import queue as review
from claims.moderation.keys import allows, list_keys, verify_key
from claims.moderation.store import ReviewItem
from claims.taxonomy import CODES, LEVELS

HERE = Path(__file__).resolve().parent
COOKIE = "claims_review"
SIGNIN_COOKIE = "claims_review_signin"
SESSION_COOKIE = "claims_review_session"  # a random id per sign-in: the CSRF token's per-session part
PREFIX = "/review"
PAGE_SIZE = 25
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


@router.get("/", response_class=HTMLResponse)
def queue(request: Request, session: DB, user: User, level: str = "", code: str = "", status: str = "",
          category: str = "", brand: str = "", cursor: str = "", limit: int = PAGE_SIZE) -> HTMLResponse:
    filters = {"level": _none_if_blank(level), "code": _none_if_blank(code), "status": _none_if_blank(status),
               "category": _none_if_blank(category[:512]), "brand": _none_if_blank(brand[:512])}
    error = None
    items: list[dict[str, Any]] = []
    next_cursor = None
    try:
        items, next_cursor = review.list_items(session, **filters, cursor=_none_if_blank(cursor),
                                               limit=max(1, min(limit, 200)))
    except review.InvalidRequest as e:
        error = str(e)
    now = datetime.now(UTC)
    for item in items:
        item["age"] = _age(item["updated_at"], now)
    query = {k: v for k, v in filters.items() if v}
    context = {
        "user": user, "items": items, "filters": filters, "error": error,
        "next_url": f"{PREFIX}/?{urlencode({**query, 'cursor': next_cursor})}" if next_cursor else None,
        "first_url": f"{PREFIX}/?{urlencode(query)}" if cursor else None,
        "counts": review.queue_counts(session), "statuses": review.STATUSES, "levels": LEVELS,
        "codes": sorted(CODES)}
    partial = request.headers.get("HX-Request") == "true" and request.headers.get("HX-History-Restore-Request") \
        != "true"
    return _page(request, "_queue_table.html" if partial else "queue.html", context,
                 status_code=422 if error else 200)


# ---------------------------------------------------------------- one item

@dataclass
class Piece:
    """A run of text under the same set of spans."""

    text: str
    start: int
    end: int
    classes: list[str]
    titles: list[str]
    anchors: list[str]


def highlight(text: str, spans: Sequence[dict[str, Any]]) -> Markup:
    """``text`` escaped, with every span (``start``, ``end``, ``kind``, ``title``, ``anchor``, and
    for findings ``severity``) wrapped in ``<mark>``: overlapping spans are cut into runs, each
    run carrying the classes of every span over it and its own character offsets
    (``data-start``/``data-end``)."""
    valid = [s for s in spans if 0 <= int(s["start"]) < int(s["end"]) <= len(text)]
    cuts = sorted({0, len(text), *(int(s["start"]) for s in valid), *(int(s["end"]) for s in valid)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = [s for s in valid if int(s["start"]) <= a and b <= int(s["end"])]
        chunk = escape(text[a:b])
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


def _neighbours(session: Session, item_id: int) -> tuple[int | None, int | None]:
    """The previous and next review items in queue order (by id)."""
    prev_id = session.scalars(select(ReviewItem.id).where(ReviewItem.id < item_id)
                              .order_by(ReviewItem.id.desc()).limit(1)).first()
    nxt, _ = review.list_items(session, cursor=review.encode_cursor(item_id), limit=1)
    return prev_id, (nxt[0]["id"] if nxt else None)


def _item_context(session: Session, user: Moderator, item_id: int) -> dict[str, Any]:
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
            quote = {"where": where, "text": ev.get("text", ""),
                     "anchor": f"finding-{i + 1}-evidence" if isinstance(ev.get("review"), int) else None}
        findings.append({**f, "number": i + 1, "quote": quote})
    names = {k.id: k.name for k in list_keys(session)}
    for d in item["decisions"]:
        d["moderator_name"] = names.get(d["moderator"], "")
    prev_id, next_id = _neighbours(session, item_id)
    return {"user": user, "item": item, "fields": fields, "reviews": reviews, "findings": findings,
            "claims": result.get("claims", []), "levels": LEVELS, "codes": sorted(CODES), "code_info": CODES,
            "prev_id": prev_id, "next_id": next_id, "note": "", "conflict": None, "error": None, "key_names": names}


def _not_found(request: Request, user: Moderator, message: str) -> HTMLResponse:
    return _page(request, "message.html", {"user": user, "title": "Not found", "message": message}, 404)


@router.get("/items/{item_id}", response_class=HTMLResponse)
def item_page(request: Request, item_id: ItemId, session: DB, user: User) -> HTMLResponse:
    try:
        return _page(request, "item.html", _item_context(session, user, item_id))
    except review.NotFound as e:
        return _not_found(request, user, str(e))


@router.post("/items/{item_id}/decisions", response_model=None)
def decide(request: Request, item_id: ItemId, session: DB, user: User,
           csrf: Annotated[str, Form(max_length=200)] = "",
           action: Annotated[str, Form(max_length=20)] = "",
           expected_version: Annotated[int, Form(ge=1, le=2**31 - 1)] = 1,
           level: Annotated[str, Form(max_length=20)] = "",
           codes: Annotated[list[str] | None, Form()] = None,
           note: Annotated[str, Form(max_length=10_000)] = "") -> Response:
    """The form's decision, through :func:`claims.review.decide` (as the JSON route): a stale
    version shows the conflict with the current state and keeps the moderator's note."""
    _check_csrf(request, user, csrf)
    note_value = note.strip() or None
    req = review.DecisionRequest(
        action=action, expected_version=expected_version,
        level=(_none_if_blank(level) if action == "change" else None),
        codes=(list(codes or []) if action == "change" else None), note=note_value)
    try:
        problem = text_problem(note_value) if note_value else None
        if problem:
            raise review.InvalidRequest(f"the note {problem}")
        review.decide(session, item_id, req, moderator=user.key_id)
    except review.NotFound as e:
        return _not_found(request, user, str(e))
    except (review.InvalidRequest, review.Conflict) as e:
        try:
            context = _item_context(session, user, item_id)
        except review.NotFound as gone:
            return _not_found(request, user, str(gone))
        context["note"] = note
        if isinstance(e, review.Conflict):
            context["conflict"] = {"action": action, "current": e.current}
            return _page(request, "item.html", context, status_code=409)
        context["error"] = str(e)
        return _page(request, "item.html", context, status_code=422)
    return RedirectResponse(f"{PREFIX}/items/{item_id}#audit", status_code=303)


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
