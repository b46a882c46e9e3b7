"""Liveness and readiness, unauthenticated.

The server listens before its models are loaded (they load in the background): ``/healthz``
answers at once (the process is alive), ``/readyz`` is 503 with status "loading" until the models
are loaded and warm, "failed" (with the reason) when they could not be loaded, "not ready" when
the database does not answer, and 200 "ready" otherwise.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api.schemas import Health, Readiness

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    """The process is alive (also while the models load)."""
    return Health(status="ok")


@router.get("/readyz", response_model=Readiness, responses={503: {"model": Readiness, "description": "not ready"}})
def readyz(request: Request) -> JSONResponse:
    """Ready when the models are loaded and warm and the database answers."""
    services = getattr(request.app.state, "services", None)
    state = services.state if services is not None else "loading"
    checks = {"models": bool(services and state == "ready" and services.analyzer is not None), "database": False,
              "recommender": bool(services and services.recommender is not None)}
    if services is not None and services.sessions is not None:
        try:
            with services.sessions() as session:
                session.execute(text("SELECT 1"))
            checks["database"] = True
        except Exception:  # noqa: BLE001 - any failure means "not ready"
            checks["database"] = False
    ready = checks["models"] and checks["database"]
    status: Literal["ready", "not ready", "loading", "failed"] = "ready" if ready else "not ready"
    if not ready and state in ("loading", "failed"):
        status = "loading" if state == "loading" else "failed"
    detail = None
    if state == "loading":
        detail = "the models are loading"
    elif state == "failed":
        detail = f"the models could not be loaded: {services.load_error}" if services is not None else None
    elif not checks["database"]:
        detail = "the database does not answer"
    body = Readiness(status=status, checks=checks, detail=detail,
                     model_version=services.analyzer.version if services is not None and checks["models"] else None)
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)
