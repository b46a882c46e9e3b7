"""The HTTP service (FastAPI) over the claims library. See issue "The HTTP service"."""
