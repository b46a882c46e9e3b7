from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT.parent / "shared" / "tools"
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def analyzer():
    """The shipped model with the real encoder (loaded once per test session)."""
    from claims.scoring.analyzer import Analyzer

    return Analyzer.load()


def run_tool(name: str, *args: str) -> tuple[int, str]:
    import subprocess

    res = subprocess.run([sys.executable, str(TOOLS / name), *args], capture_output=True, text=True, cwd=TOOLS)
    return res.returncode, res.stdout + res.stderr
