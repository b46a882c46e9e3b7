import pytest


@pytest.fixture(autouse=True)
def commit_every_batch(monkeypatch):
    """Commit the partial run after every batch (the default, 1 s, would commit once in these short
    runs): kills and full disks then land between many resume points. Tests of the default unset it."""
    monkeypatch.setenv("CLAIMS_COMMIT_INTERVAL_S", "0")
