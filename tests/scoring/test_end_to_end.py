"""Slow: the real model over the held-out test split, checked with the shared tools."""

import json

import pytest
from conftest import run_tool


@pytest.mark.slow
def test_test_split_contract_and_quality(analyzer, tmp_path):
    from claims.evaluation.evaluate import score_split

    m = score_split(analyzer, "test", tmp_path)
    code, text = run_tool("check_output.py", str(tmp_path / "test.in.jsonl"), str(tmp_path / "test.out.jsonl"))
    assert code == 0, text
    print(json.dumps(m))
    # Floors well below the measured figures (see models/README.md): a regression guard.
    assert m["n"] >= 100
    assert m["attr_micro_f1"] >= 0.75
    assert m["level_macro_f1"] >= 0.6
