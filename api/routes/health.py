"""Liveness and readiness, unauthenticated."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api.schemas import Health, Readiness

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    """The process is alive."""
    return Health(status="ok")


@router.get("/readyz", response_model=Readiness, responses={503: {"model": Readiness, "description": "not ready"}})
def readyz(request: Request) -> JSONResponse:
    """Ready when the models are loaded and the database answers."""
    services = getattr(request.app.state, "services", None)
    checks = {"models": bool(services and services.analyzer is not None), "database": False,
              "recommender": bool(services and services.recommender is not None)}
    if services is not None and services.sessions is not None:
        try:
            with services.sessions() as session:
                session.execute(text("SELECT 1"))
            checks["database"] = True
        except Exception:  # noqa: BLE001 - any failure means "not ready"
            checks["database"] = False
    ready = checks["models"] and checks["database"]
    body = Readiness(status="ready" if ready else "not ready", checks=checks,
                     model_version=services.analyzer.version if services is not None and checks["models"] else None)
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)
