from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "vendor" / "shared_tools"  # copies of ../shared/tools (see its README)
os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that loads the real model is slow (plain ``pytest`` skips them; CI runs them)."""
    for item in items:
        if "analyzer" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def analyzer():
    """The shipped model with the real encoder (loaded once per test session)."""
    from claims.scoring.analyzer import Analyzer

    return Analyzer.load()


@pytest.fixture(scope="session")
def fake_analyzer():
    from fakes import FakeAnalyzer

    return FakeAnalyzer()


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run ``claims ARGS`` in this process with the fake analyzer: returns (exit code, stdout, stderr)."""
    from fakes import FakeAnalyzer

    from claims.cli.main import main
    from claims.scoring.analyzer import Analyzer

    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, *a, **k: FakeAnalyzer()))

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:  # argparse errors and --help
            code = int(e.code or 0)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def run_tool(name: str, *args: str) -> tuple[int, str]:
    import subprocess

    res = subprocess.run([sys.executable, str(TOOLS / name), *args], capture_output=True, text=True, cwd=TOOLS)
    return res.returncode, res.stdout + res.stderr
