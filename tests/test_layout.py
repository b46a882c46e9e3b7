"""The architecture the layout promises: no import cycle, api only from the CLI layer, and
inference (text, scoring, evidence) importing neither training nor evaluation."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from conftest import ROOT, TOOLS

INFERENCE = ("claims/text", "claims/scoring", "claims/evidence", "claims/io", "claims/recommend")


def test_no_import_cycle_and_api_only_from_the_cli():
    res = subprocess.run([sys.executable, str(TOOLS / "imports.py"), str(ROOT)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_inference_imports_no_training_or_evaluation_module():
    bad = []
    for pkg in INFERENCE:
        for path in (ROOT / pkg).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                mods = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    mods = [node.module]
                elif isinstance(node, ast.Import):
                    mods = [a.name for a in node.names]
                bad += [f"{path.relative_to(ROOT)}: {m}" for m in mods
                        if m.startswith(("claims.training", "claims.evaluation", "claims.cli", "api"))]
    assert not bad, bad


def test_vendored_tools_equal_the_shared_ones_when_present():
    shared = ROOT.parent / "shared" / "tools"
    if not shared.is_dir():
        pytest.skip("no ../shared beside this checkout: the vendored copies are all there is")
    for p in TOOLS.glob("*.py"):
        assert (shared / p.name).read_bytes() == p.read_bytes(), f"{p.name} differs from ../shared/tools"
