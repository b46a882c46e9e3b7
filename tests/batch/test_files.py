"""Bad input loses nothing: every row ends up in the output or in the rejects file."""

import json
from pathlib import Path

import pytest

from claims.config import Settings
from claims.io.batch import rejects_path_for, score_file
from claims.io.files import InputError, Reject, Row, read_listings


def fake_scorer(listings):
    """Stands in for the model in I/O tests (the real model is tested in test_cli/test_end_to_end)."""
    return [{"id": x["id"], "eco_attributes": [], "claims": [],
             "greenwashing": {"level": "none", "score": 0.0, "findings": []},
             "eco_score": 0.0, "model_version": "test"} for x in listings]


def items(path, **kw):
    return list(read_listings(path, Settings(**kw)))


def test_csv_broken_quote_costs_one_line(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('id,title,description\n'
                 'a,"Tee,"soft cotton\n'
                 'b,Mug,"Ceramic, 350 ml"\n'
                 'c,"Multi\nline title",ok\n'
                 'd,Bag,plain\n', encoding="utf-8")
    got = items(p)
    assert [type(x).__name__ for x in got] == ["Reject", "Row", "Row", "Row"]
    assert "quote" in got[0].reason
    assert [x.listing["id"] for x in got if isinstance(x, Row)] == ["b", "c", "d"]
    assert got[2].listing["title"] == "Multi\nline title"


def test_csv_unclosed_quote_at_end_keeps_following_rows(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('id,title,description\nx,"never closed,desc\ny,Ok,fine\nz,Ok2,fine\n', encoding="utf-8")
    got = items(p)
    assert isinstance(got[0], Reject)
    assert [x.listing["id"] for x in got[1:]] == ["y", "z"]


def test_invalid_utf8_and_bad_json_lines(tmp_path):
    p = tmp_path / "in.jsonl"
    with p.open("wb") as fh:
        fh.write(json.dumps({"id": "1", "title": "ok", "description": ""}).encode() + b"\n")
        fh.write(b'{"id": "2", "title": "caf\xe9", "description": ""}\n')
        fh.write(b'{"id": "3", "title": \n')
        fh.write(json.dumps({"id": "4", "title": "ok", "description": "x"}).encode() + b"\n")
    got = items(p)
    assert isinstance(got[0], Row) and isinstance(got[3], Row)
    assert "UTF-8" in got[1].reason and "JSON" in got[2].reason


def test_missing_duplicate_and_oversized(tmp_path):
    p = tmp_path / "in.jsonl"
    rows = [{"id": "a", "title": "t", "description": ""},
            {"title": "no id", "description": ""},
            {"id": "a", "title": "dup", "description": ""},
            {"id": "big", "title": "t", "description": "x" * 2_000_000},
            {"id": "nodesc", "title": "t"},
            {"id": "rev", "title": "t", "description": "", "reviews": "not json"},
            {"id": "ok", "title": "<script>alert(1)</script>Tee", "description": "", "sku": 7}]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    got = items(p)
    reasons = [x.reason if isinstance(x, Reject) else None for x in got]
    assert reasons[0] is None and reasons[-1] is None
    assert reasons[1] == "missing id"
    assert reasons[2].startswith("duplicate id (first seen at row 1)")
    assert "2,000,000 characters" in reasons[3]
    assert "missing description" in reasons[4]
    assert "reviews" in reasons[5]
    assert got[-1].listing["sku"] == 7


@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".parquet"])
def test_rows_in_equal_rows_out_plus_rejects(tmp_path, ext):
    src = tmp_path / "src.jsonl"
    rows = [{"id": str(i), "title": f"Item {i}", "description": "Plain mug", "category": "home_kitchen",
             "reviews": ["great"] if i % 3 == 0 else None} for i in range(50)]
    rows[7]["id"] = "3"  # duplicate
    rows[9]["title"] = None
    src.write_text("\n".join(json.dumps({k: v for k, v in r.items() if v is not None}) for r in rows),
                   encoding="utf-8")
    if ext == ".jsonl":
        inp = src
    else:
        import pyarrow as pa
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq

        table = pa.table({"id": [r["id"] for r in rows], "title": [r["title"] for r in rows],
                          "description": [r["description"] for r in rows],
                          "reviews": [json.dumps(r["reviews"]) if r["reviews"] else "" for r in rows]})
        inp = tmp_path / f"in{ext}"
        (pq.write_table if ext == ".parquet" else pacsv.write_csv)(table, inp)
    out = tmp_path / f"out{ext}"
    summary = score_file(inp, out, fake_scorer, Settings(batch_size=8), progress=False)
    rejects = [json.loads(x) for x in rejects_path_for(out).read_text().splitlines()]
    assert summary.rows_in == 50 == summary.rows_out + len(rejects)
    # CSV has no null: an empty title next to a description is a valid row there
    assert {r["row"] for r in rejects} == ({8} if ext == ".csv" else {8, 10})
    if ext == ".jsonl":
        ids = [json.loads(x)["id"] for x in out.read_text().splitlines()]
        assert ids == [r["id"] for i, r in enumerate(rows) if i not in (7, 9)]


def test_empty_file_and_unknown_format(tmp_path):
    empty = tmp_path / "e.csv"
    empty.write_text("")
    assert items(empty) == []
    out = tmp_path / "o.jsonl"
    s = score_file(empty, out, fake_scorer, Settings(), progress=False)
    assert s.rows_in == 0 and out.exists()
    with pytest.raises(InputError):
        items(tmp_path / "x.xlsx")
    hdr = tmp_path / "h.csv"
    hdr.write_text("sku,name\n1,2\n")
    with pytest.raises(InputError, match="missing column"):
        items(hdr)


def test_csv_output_flattens(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "1", "title": "t", "description": "", "price": 3}) + "\n")
    out = tmp_path / "o.csv"
    score_file(src, out, fake_scorer, Settings(), progress=False)
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))  # written with a BOM
    assert rows[0]["id"] == "1" and rows[0]["risk_level"] == "none" and rows[0]["price"] == "3"
    assert json.loads(rows[0]["greenwashing"])["level"] == "none"
    Path(out).unlink()
