"""`claims score` output for catalog teams: carried fields, --only-flagged, flat finding columns,
CSV with a BOM and any delimiter (in-process with the fake analyzer)."""

import csv
import json
from collections import Counter

import pytest

from claims.io.files import FLAT_FINDINGS, InputError, read_results, unflatten_result

LISTINGS = [
    {"id": "g1", "title": "Eco-friendly yoga mat", "description": "Good for the planet and for you! Eco-friendly.",
     "category": "sport", "brand": "Zen “Green” Co"},
    {"id": "g2", "title": "Ceramic mug 350 ml", "description": "Dishwasher safe. Forest green glaze.",
     "category": "home", "brand": "Mugs & Co"},
    {"id": "g3", "title": "Organic cotton tee", "category": "apparel",
     "description": "100% organic cotton, GOTS certified (licence CU 817263)"},
    {"id": "g4", "title": "Carbon neutral sneakers", "category": "footwear", "brand": "Stride",
     "description": "Every pair is carbon neutral: we offset all emissions by planting trees. Eco-friendly too."},
]


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def write_csv(path, rows, delimiter=",", bom=True):
    cols = ["id", "title", "description", "category", "brand"]
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, delimiter=delimiter)
        w.writeheader()
        w.writerows({c: r.get(c, "") for c in cols} for r in rows)
    return path


@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".parquet"])
def test_title_category_brand_are_carried_through(tmp_path, cli, ext):
    out = tmp_path / f"out{ext}"
    code, _, err = cli("score", write_jsonl(tmp_path / "in.jsonl", LISTINGS), "-o", out, "-q")
    assert code == 0, err
    rows = {r["id"]: r for r in read_results(out)}
    assert rows["g1"]["title"] == "Eco-friendly yoga mat" and rows["g1"]["brand"] == "Zen “Green” Co"
    assert rows["g2"]["category"] == "home" and rows["g4"]["brand"] == "Stride"
    assert not rows["g3"].get("brand")  # absent in the input: empty, never invented
    assert "description" not in rows["g1"]


@pytest.mark.parametrize("ext", [".csv", ".parquet"])
def test_flat_finding_columns(tmp_path, cli, ext):
    out = tmp_path / f"out{ext}"
    code, _, err = cli("score", write_jsonl(tmp_path / "in.jsonl", LISTINGS), "-o", out, "-q")
    assert code == 0, err
    rows = {r["id"]: r for r in read_results(out)}
    assert set(rows["g2"]) >= {f"finding_{k}_{p}" for k in range(1, FLAT_FINDINGS + 1)
                               for p in ("code", "text", "message", "suggestion")}
    for row in rows.values():
        findings = json.loads(row["greenwashing"])["findings"]
        assert int(row["finding_count"]) == len(findings)
        assert row["finding_codes"] == ";".join(sorted({f["code"] for f in findings}))  # old column kept
        shown = range(1, min(len(findings), FLAT_FINDINGS) + 1)
        assert not Counter(row[f"finding_{k}_code"] for k in shown) - Counter(f["code"] for f in findings)
        assert all(row[f"finding_{k}_message"] and row[f"finding_{k}_text"] for k in shown)
        assert not row[f"finding_{len(findings) + 1}_code"]
    g4 = rows["g4"]
    assert int(g4["finding_count"]) >= 2
    spans = {(f["code"], f["text"]) for f in json.loads(g4["greenwashing"])["findings"]}
    assert (g4["finding_1_code"], g4["finding_1_text"]) in spans
    assert unflatten_result(dict(g4))["greenwashing"]["level"] == g4["risk_level"]
    if ext == ".parquet":
        import pyarrow.parquet as pq

        assert str(pq.read_schema(out).field("finding_count").type) == "int64"


def test_csv_is_written_with_a_bom_and_read_back(tmp_path, cli):
    out = tmp_path / "out.csv"
    code, _, err = cli("score", write_jsonl(tmp_path / "in.jsonl", LISTINGS), "-o", out, "-q")
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,title,category,brand,")
    assert "Zen “Green” Co" in raw.decode("utf-8-sig")
    assert [r["brand"] for r in read_results(out)][:2] == ["Zen “Green” Co", "Mugs & Co"]
    # a catalog saved by a spreadsheet with a BOM reads as if it had none
    inp = write_csv(tmp_path / "bom.csv", LISTINGS, bom=True)
    assert inp.read_bytes().startswith(b"\xef\xbb\xbfid,")
    again = tmp_path / "again.jsonl"
    code, out_text, err = cli("score", inp, "-o", again)
    assert code == 0 and "Rejected 0 rows" in out_text, err + out_text
    assert [json.loads(x)["id"] for x in again.read_text().splitlines()] == ["g1", "g2", "g3", "g4"]


def test_semicolon_csv_is_detected_and_delimiter_round_trips(tmp_path, cli):
    inp = write_csv(tmp_path / "in.csv", LISTINGS, delimiter=";")
    out = tmp_path / "out.csv"
    code, stdout, err = cli("score", inp, "-o", out, "--delimiter", ";")
    assert code == 0 and "Rejected 0 rows" in stdout, err
    header = out.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.startswith("id;title;category;brand;") and "," not in header
    rows = list(read_results(out))
    assert [r["id"] for r in rows] == ["g1", "g2", "g3", "g4"] and rows[0]["brand"] == "Zen “Green” Co"
    assert rows[0]["greenwashing"].startswith("{")
    # and a semicolon file without --delimiter: detected from the header
    out2 = tmp_path / "out2.jsonl"
    code, stdout, err = cli("score", inp, "-o", out2)
    assert code == 0 and "Rejected 0 rows" in stdout, err
    assert [json.loads(x)["title"] for x in out2.read_text().splitlines()][1] == "Ceramic mug 350 ml"
    # tab, spelled as on a command line
    tsv = write_csv(tmp_path / "tab.csv", LISTINGS, delimiter="\t", bom=False)
    out3 = tmp_path / "out3.csv"
    code, _, err = cli("score", tsv, "-o", out3, "--delimiter", "\\t", "-q")
    assert code == 0, err
    assert out3.read_text(encoding="utf-8-sig").splitlines()[0].startswith("id\ttitle\t")


def test_bad_delimiter_is_one_line_exit_2(tmp_path, cli):
    code, _, err = cli("score", write_jsonl(tmp_path / "in.jsonl", LISTINGS), "-o", tmp_path / "o.csv",
                       "--delimiter", ";;")
    assert code == 2 and "delimiter" in err and "Traceback" not in err


@pytest.mark.parametrize("args, kept", [(("--only-flagged",), {"medium", "high"}),
                                        (("--min-level", "low"), {"low", "medium", "high"}),
                                        (("--min-level", "high"), {"high"})])
@pytest.mark.parametrize("ext", [".jsonl", ".csv"])
def test_only_flagged_writes_the_flagged_and_counts_the_rest(tmp_path, cli, args, kept, ext):
    inp = write_jsonl(tmp_path / "in.jsonl", LISTINGS)
    full = tmp_path / "full.jsonl"
    assert cli("score", inp, "-o", full, "-q")[0] == 0
    levels = {r["id"]: r["greenwashing"]["level"] for r in map(json.loads, full.read_text().splitlines())}
    expected = [i for i, lv in levels.items() if lv in kept]
    assert 0 < len(expected) < len(levels)  # the fixture has both kinds
    out = tmp_path / f"flagged{ext}"
    code, stdout, err = cli("score", inp, "-o", out, *args)
    assert code == 0, err
    rows = [unflatten_result(dict(r)) for r in read_results(out)]
    assert [r["id"] for r in rows] == expected
    assert {r["greenwashing"]["level"] for r in rows} <= kept
    assert f"Scored {len(levels)} of {len(levels)} listings" in stdout
    assert (f"Wrote {len(expected)} listing(s) at level" in stdout
            and f"{len(levels) - len(expected)} below it were not written" in stdout), stdout


def test_only_flagged_with_nothing_flagged_writes_a_valid_empty_file(tmp_path, cli):
    inp = write_jsonl(tmp_path / "in.jsonl", [LISTINGS[1]])
    for ext in (".csv", ".parquet", ".jsonl"):
        out = tmp_path / f"o{ext}"
        code, stdout, err = cli("score", inp, "-o", out, "--only-flagged")
        assert code == 0 and "Wrote 0 listing(s)" in stdout, err
        assert list(read_results(out)) == []
    assert "finding_1_code" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig").splitlines()[0]


def test_unknown_level_in_the_library_is_an_input_error(tmp_path):
    from claims.io.files import ResultWriter

    with pytest.raises(InputError, match="unknown risk level"):
        ResultWriter(tmp_path / "o.csv", min_level="severe")


def test_version(cli):
    import claims

    code, out, _ = cli("--version")
    assert code == 0 and out.strip() == f"claims {claims.__version__}"


def test_analyzer_names_a_missing_id():
    from claims.scoring.analyzer import Analyzer

    bare = Analyzer.__new__(Analyzer)  # validation comes before any model is touched
    with pytest.raises(ValueError, match="listing 1 has no 'id' field"):
        bare.score([{"id": "a", "title": "t", "description": ""}, {"title": "no id", "description": ""}])
    with pytest.raises(ValueError, match="not a dict"):
        bare.score(["just text"])  # type: ignore[list-item]
