"""The `claims score` command on small files: the contract with the shipped model (slow), the
plumbing (arguments, formats, rejects) in-process with the fake analyzer."""

import json
import subprocess
import sys

import pytest
from conftest import run_tool


def claims(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "claims.cli", *args], capture_output=True, text=True, cwd=cwd)


LISTINGS = [
    {"id": "g1", "title": "Eco-friendly yoga mat", "description": "Good for the planet and for you!"},
    {"id": "g2", "title": "Ceramic mug 350 ml", "description": "Dishwasher safe. Forest green glaze."},
    {"id": "g3", "title": "Organic cotton tee",
     "description": "<ul><li>100% organic cotton, GOTS certified (licence CU 817263)</li></ul>"},
    {"id": "g4", "title": "Carbon neutral sneakers",
     "description": "Every pair is carbon neutral: we offset all emissions by planting trees."},
]


@pytest.mark.slow
def test_score_jsonl_honours_the_contract(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(x) for x in LISTINGS) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = claims("score", str(inp), "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert "risk level" in res.stdout and "Rejected 0 rows" in res.stdout
    code, text = run_tool("check_output.py", str(inp), str(out))
    assert code == 0, text
    results = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert results["g2"]["greenwashing"]["level"] == "none"
    assert results["g1"]["greenwashing"]["level"] == "high"
    assert "GENERIC_CLAIM" in {f["code"] for f in results["g1"]["greenwashing"]["findings"]}
    assert "OFFSET_NEUTRALITY" in {f["code"] for f in results["g4"]["greenwashing"]["findings"]}
    assert "organic" in {a["label"] for a in results["g3"]["eco_attributes"]}
    assert results["g3"]["eco_score"] > results["g1"]["eco_score"]


def test_bad_arguments_give_one_line_and_exit_2(tmp_path, cli):
    code, _, err = cli("score", tmp_path / "missing.csv", "-o", tmp_path / "o.jsonl")
    assert code == 2 and "no such file" in err and "Traceback" not in err
    code, _, err = cli("score", tmp_path / "x.csv", "-o", tmp_path / "o.xlsx")
    assert code == 2 and "unknown format" in err
    hdr = tmp_path / "h.csv"
    hdr.write_text("sku,name\n1,2\n")
    code, _, err = cli("score", hdr, "-o", tmp_path / "o.jsonl")
    assert code == 2 and "missing column" in err and "Traceback" not in err


def test_help_documents_an_example(cli):
    code, out, _ = cli("score", "--help")
    assert code == 0 and "example:" in out and "rejects" in out


def test_score_with_the_fake_analyzer_honours_the_contract(tmp_path, cli):
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(x) for x in LISTINGS) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, stdout, err = cli("score", inp, "-o", out)
    assert code == 0, err
    assert "risk level" in stdout and "Rejected 0 rows" in stdout
    code, text = run_tool("check_output.py", str(inp), str(out))
    assert code == 0, text


def test_csv_with_reviews_and_rejects(tmp_path, cli):
    inp = tmp_path / "in.csv"
    inp.write_text('id,title,description,reviews,sku\n'
                   'a,Bamboo toothbrush,"Plastic-free, compostable handle","[""love it""]",1\n'
                   'a,dup,dup,,2\n'
                   ',no id,x,,3\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    code, stdout, err = cli("score", inp, "-o", out)
    assert code == 0, err
    assert "Rejected 2 row(s)" in stdout
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))  # written with a BOM
    assert [r["id"] for r in rows] == ["a"] and rows[0]["sku"] == "1"
    rejects = [json.loads(x) for x in (tmp_path / "out.csv.rejects.jsonl").read_text().splitlines()]
    assert [r["row"] for r in rejects] == [2, 3]
