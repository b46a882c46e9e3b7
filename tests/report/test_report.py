"""`claims report`: every section on the demo output, escaping, comparison of two runs, copy-paste
clusters (in-process with the fake analyzer; the numbers are checked against the scored file)."""

import json
import re
from collections import Counter
from html import unescape

import pytest
from conftest import ROOT

from claims.report.stats import build_report, claim_clusters, compare, jaccard, minhash_pairs, normalize_claim, shingles

DEMO = ROOT / "corpora" / "demo" / "catalog.jsonl"
SECTIONS = ("summary", "by-category", "by-brand", "by-seller", "riskiest", "clusters", "compare")


def section(html: str, sid: str) -> str:
    m = re.search(rf'<section id="{sid}">(.*?)</section>', html, re.S)
    assert m, f"section {sid} missing"
    return m.group(1)


def result(rid, level, codes=(), title="t", brand=None, claims=(), **extra):
    findings = [{"code": c, "severity": "high", "field": "title", "start": 0, "end": 1, "text": title[:1],
                 "references": [], "message": f"{c} message", "suggestion": f"{c} suggestion"} for c in codes]
    rec = {"id": rid, "title": title, "eco_attributes": [], "greenwashing": {"level": level, "score": 0.5,
           "findings": findings}, "eco_score": 0.1, "model_version": "m",
           "claims": [{"field": "description", "start": 0, "end": len(c), "text": c, "attributes": [],
                       "specific": False, "score": 0.9} for c in claims], **extra}
    if brand:
        rec["brand"] = brand
    return rec


@pytest.fixture(scope="module")
def demo_scored(tmp_path_factory):
    """The demo catalog scored once by the fake analyzer (module scope: the `cli` fixture is per test)."""
    from fakes import FakeAnalyzer  # tests/ is on the path (conftest)

    from claims.config import Settings
    from claims.io.batch import score_file

    out = tmp_path_factory.mktemp("demo") / "scored.jsonl"
    score_file(DEMO, out, FakeAnalyzer().score, Settings(), progress=False)
    return out


def test_every_section_on_the_demo_output(tmp_path, cli, demo_scored):
    report = tmp_path / "report.html"
    code, out, err = cli("report", demo_scored, "-o", report, "--listings", DEMO)
    assert code == 0, err
    html = report.read_text(encoding="utf-8")
    rows = [json.loads(x) for x in demo_scored.read_text().splitlines()]
    levels = Counter(r["greenwashing"]["level"] for r in rows)
    summary = section(html, "summary")
    assert f'<div class="v">{len(rows)}</div>' in summary
    eco = 100 * levels["low"] / len(rows)
    assert f"{eco:.1f}%" in summary and f"eco share {eco:.1f}%" in out
    for lv in ("none", "low", "medium", "high"):
        assert re.search(rf'<span class="lvl {lv}">{lv}</span></td><td class="n">{levels[lv]}</td>', summary)
    codes = Counter(c for r in rows for c in {f["code"] for f in r["greenwashing"]["findings"]})
    for code_name, n in codes.items():
        assert f'<span class="code">{code_name}</span>' in summary and f'<td class="n">{n}</td>' in summary
    cats = section(html, "by-category")
    flagged_cats = {r["category"] for r in rows if r["greenwashing"]["level"] in ("medium", "high")}
    assert f"{len(flagged_cats)} of 13 category values" in cats and cats.count("<tr>") == 14
    assert '<img class="chart wide"' in cats and "data:image/svg+xml;base64," in cats
    apparel = [r for r in rows if r["category"] == "apparel"]
    assert re.search(rf"<td>apparel</td><td class=\"n\">{len(apparel)}</td>", cats)
    brands = section(html, "by-brand")
    flagged_brands = {r["brand"] for r in rows if r["greenwashing"]["level"] in ("medium", "high")}
    assert f"{len(flagged_brands)} of 306 brand values" in brands and brands.count("<tr>") == 16
    assert "no <code>seller</code> column" in section(html, "by-seller")
    risky = section(html, "riskiest")
    worst = max(rows, key=lambda r: (r["greenwashing"]["level"] == "high", r["greenwashing"]["score"]))
    assert unescape(re.search(r'<span class="title">(.*?)</span>', risky).group(1)) == worst["title"]
    assert risky.count("<mark>") >= risky.count('<div class="listing">') > 0
    assert "Suggestion:" in risky
    clusters = section(html, "clusters")
    assert "<details" in clusters and "brands" in clusters
    assert "--compare OLD_SCORED" in section(html, "compare")
    # self-contained: no script, nothing loaded from elsewhere
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert not re.search(r'(src|href)="(?!data:|#)', html)


def test_report_reads_flat_csv_output_too(tmp_path, cli):
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(x) for x in [
        {"id": "a", "title": "Eco-friendly mat", "description": "Good for the planet.", "category": "sport",
         "brand": "A", "seller": "s1"},
        {"id": "b", "title": "Mug", "description": "Ceramic.", "category": "home", "brand": "B", "seller": "s2"},
    ]) + "\n", encoding="utf-8")
    scored = tmp_path / "scored.csv"
    assert cli("score", inp, "-o", scored, "-q")[0] == 0
    code, _, err = cli("report", scored, "-o", tmp_path / "r.html")
    assert code == 0, err
    html = (tmp_path / "r.html").read_text()
    sellers = section(html, "by-seller")
    assert "<td>s1</td>" in sellers and "<td>s2</td>" in sellers  # carried through as an extra column
    assert "GENERIC_CLAIM" in section(html, "riskiest")


HOSTILE = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'


def test_hostile_text_is_escaped_everywhere(tmp_path, cli):
    claim = f"Eco-friendly and good for the planet {IMG}"
    rows = [{"id": f"h{i}<b>", "title": f"{HOSTILE} Eco-friendly mat {i}", "description": f"{claim} {HOSTILE}",
             "category": f'cat"><svg onload=alert(1)>{i % 2}', "brand": f"{IMG}{i}", "seller": HOSTILE}
            for i in range(4)]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    scored = tmp_path / "scored.jsonl"
    assert cli("score", inp, "-o", scored, "-q")[0] == 0
    report = tmp_path / "r.html"
    code, _, err = cli("report", scored, "-o", report, "--listings", inp, "--compare", scored)
    assert code == 0, err
    html = report.read_text()
    assert "<script" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "h0<b>" not in html and "h0&lt;b&gt;" in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "<mark>" in section(html, "riskiest")
    assert "&lt;img" in section(html, "clusters")  # the copied claim, across four brands


def test_compare_mode(tmp_path, cli):
    old = [result("a", "high", ["GENERIC_CLAIM"], title="Alpha"), result("b", "none", title="Beta"),
           result("c", "low", title="Gamma"), result("gone", "medium", ["VAGUE"])]
    new = [result("a", "low", title="Alpha"), result("b", "medium", ["UNCERTIFIED_LABEL"], title="Beta"),
           result("c", "low", title="Gamma"), result("fresh", "none")]
    c = compare(old, new)
    assert (c.common, c.only_old, c.only_new, c.better_total, c.worse_total) == (3, 1, 1, 1, 1)
    assert c.transitions["high"]["low"] == 1 and c.transitions["none"]["medium"] == 1
    assert c.transitions["low"]["low"] == 1 and sum(sum(r.values()) for r in c.transitions.values()) == 3
    assert c.better[0].id == "a" and c.better[0].lost == ["GENERIC_CLAIM"]
    assert c.worse[0].id == "b" and c.worse[0].gained == ["UNCERTIFIED_LABEL"]
    po, pn = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    po.write_text("\n".join(map(json.dumps, old)))
    pn.write_text("\n".join(map(json.dumps, new)))
    code, out, err = cli("report", pn, "-o", tmp_path / "r.html", "--compare", po)
    assert code == 0 and "1 better, 1 worse" in out, err
    cmp_html = section((tmp_path / "r.html").read_text(), "compare")
    assert "Got worse (1)" in cmp_html and "Got better (1)" in cmp_html
    assert '<td class="n better">1</td>' in cmp_html and '<td class="n worse">1</td>' in cmp_html
    assert "3 listings in both" in cmp_html and "1 only in the previous run, 1 new" in cmp_html


def test_clusters_group_near_duplicates_across_brands_only():
    base = "Made with 100% recycled materials, good for the planet and kind to people."
    variants = [base, base.upper(), base.replace(",", " ;"), "Made with 90% recycled materials — good for the "
                "planet and kind to people!"]
    recs = [result(f"v{i}", "low", brand=f"B{i}", claims=[v]) for i, v in enumerate(variants)]
    recs += [result("same1", "low", brand="Solo", claims=["A claim only one brand ever makes about itself."]),
             result("same2", "low", brand="Solo", claims=["A claim only one brand ever makes about itself."]),
             result("short1", "low", brand="X", claims=["eco-friendly"]),
             result("short2", "low", brand="Y", claims=["eco-friendly"]),
             result("other", "low", brand="Z", claims=["Organic cotton grown without synthetic pesticides."])]
    clusters, total = claim_clusters(recs)
    assert total == 1
    assert clusters[0].listings == 4 and clusters[0].brands == 4 and clusters[0].wordings == 2
    assert {m.id for m in clusters[0].members} == {"v0", "v1", "v2", "v3"}


def test_normalize_shingles_and_minhash():
    assert normalize_claim("  Eco-FRIENDLY,   100%  Recycled!! ") == "eco friendly 100 recycled"
    a, b = shingles(normalize_claim("made from recycled ocean plastic")), shingles("made from recycled ocean plastics")
    assert jaccard(a, b) > 0.8 and jaccard(a, shingles("organic cotton grown in india")) < 0.1
    sets = [a, b, shingles("organic cotton grown in india")]
    assert (0, 1) in minhash_pairs(sets) and (0, 2) not in minhash_pairs(sets)


def test_bad_input_is_one_line_exit_2(tmp_path, cli):
    code, _, err = cli("report", tmp_path / "missing.jsonl", "-o", tmp_path / "r.html")
    assert code == 2 and "no such file" in err and "Traceback" not in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "no id"}\n')
    code, _, err = cli("report", bad, "-o", tmp_path / "r.html")
    assert code == 2 and "not a `claims score` result" in err
    code, _, err = cli("report", bad, "-o", tmp_path / "r.pdf")
    assert code == 2 and ".html" in err


def test_empty_run_still_renders():
    from claims.report.html import render

    html = render(build_report([], source="empty.jsonl"))
    assert all(f'<section id="{s}">' in html for s in SECTIONS) and "No listing has a finding" in html
