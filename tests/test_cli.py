"""The `claims score` command end to end on small files, with the shipped model."""

import json
import subprocess
import sys

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


def test_bad_arguments_give_one_line_and_exit_2(tmp_path):
    res = claims("score", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "o.jsonl"))
    assert res.returncode == 2 and "no such file" in res.stderr and "Traceback" not in res.stderr
    res = claims("score", str(tmp_path / "x.csv"), "-o", str(tmp_path / "o.xlsx"))
    assert res.returncode == 2 and "unknown format" in res.stderr
    hdr = tmp_path / "h.csv"
    hdr.write_text("sku,name\n1,2\n")
    res = claims("score", str(hdr), "-o", str(tmp_path / "o.jsonl"))
    assert res.returncode == 2 and "missing column" in res.stderr and "Traceback" not in res.stderr


def test_help_documents_an_example():
    res = claims("score", "--help")
    assert res.returncode == 0 and "example:" in res.stdout and "rejects" in res.stdout


def test_csv_with_reviews_and_rejects(tmp_path):
    inp = tmp_path / "in.csv"
    inp.write_text('id,title,description,reviews,sku\n'
                   'a,Bamboo toothbrush,"Plastic-free, compostable handle","[""love it""]",1\n'
                   'a,dup,dup,,2\n'
                   ',no id,x,,3\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    res = claims("score", str(inp), "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert "Rejected 2 row(s)" in res.stdout
    import csv

    rows = list(csv.DictReader(out.open()))
    assert [r["id"] for r in rows] == ["a"] and rows[0]["sku"] == "1"
    rejects = [json.loads(x) for x in (tmp_path / "out.csv.rejects.jsonl").read_text().splitlines()]
    assert [r["row"] for r in rejects] == [2, 3]
