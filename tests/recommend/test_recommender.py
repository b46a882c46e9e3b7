"""The recommender on small synthetic catalogs, with a hashing encoder instead of the model."""

import json
from dataclasses import asdict

import numpy as np
import pytest

from claims.cli.main import main
from claims.recommend.catalog import item_from_result
from claims.recommend.recommender import Criteria, Recommender, blend, mmr

from .rec_helpers import HashEncoder, description, listing, result

RECYCLED = [("Shell made of 70% recycled polyester, GRS certified (licence CU 123456).", ["recycled_content"])]
PLASTIC_FREE = [("in plastic-free packaging", ["plastic_free"])]
TWIN = "Roomy shopper with long handles."
GENERIC = [("Eco-friendly and good for the planet!", ["generic_environmental"]),
           ("Sustainable, green, recycled, organic, planet positive.", ["recycled_content", "organic"])]


def catalog():
    """Tote bags of three kinds, with twins of equal relevance that differ only in their claims."""
    rows = [
        (listing("viewed", "canvas tote bag with zip", "cotton canvas tote bag"), result("viewed")),
        # twins: identical embedded text (title, category, description), so equal relevance to any query;
        # they differ only in what the analyzer found in them
        (listing("twin-low", "canvas tote bag large", TWIN), result("twin-low", "low", RECYCLED, eco_score=0.3,
                                                                      risk_score=0.2)),
        (listing("twin-high", "canvas tote bag large", TWIN), result("twin-high", "high", GENERIC, eco_score=0.95,
                                                                       risk_score=0.95)),
        (listing("twin-none", "canvas tote bag large", TWIN), result("twin-none")),
        # a close call: plain is a little closer to the viewed item than pf, which has a credible claim
        (listing("plain", "canvas tote bag with zip", "cotton canvas tote bag with inner pocket"), result("plain")),
        (listing("pf", "canvas tote bag with zip", "cotton canvas tote bag " + description(PLASTIC_FREE), price=35.0),
         result("pf", "low", PLASTIC_FREE, eco_score=0.6, risk_score=0.15)),
        (listing("mug", "ceramic coffee mug", "stoneware mug", category="kitchen", price=9.0), result("mug")),
        (listing("noprice", "canvas tote bag", "", price=None), result("noprice")),
    ]
    return [r for _, r in rows], [lst for lst, _ in rows]


@pytest.fixture()
def rec():
    results, listings = catalog()
    return Recommender.build(results, listings, encoder=HashEncoder())


def ids(recs):
    return [r.id for r in recs]


@pytest.mark.parametrize("eco_weight", [0.0, 0.2, 0.5, 1.0])
@pytest.mark.parametrize("diversity", [0.0, 0.1, 0.5])
def test_high_risk_never_outranks_low_risk_of_equal_relevance(rec, eco_weight, diversity):
    crit = Criteria(eco_weight=eco_weight, diversity=diversity)
    for recs in (rec.by_item("viewed", 8, crit), rec.by_text("canvas tote bag large", 8, crit),
                 rec.by_profile(["viewed", "plain"], 8, crit)):
        order = ids(recs)
        rel = {r.id: r.relevance for r in recs}
        assert rel["twin-low"] == rel["twin-high"]  # equal relevance, by construction
        assert order.index("twin-low") < order.index("twin-high")
        # nor does it beat an equally relevant listing that claims nothing
        assert order.index("twin-none") < order.index("twin-high")
        high = next(r for r in recs if r.id == "twin-high")
        assert high.attributes == [] and "did not count" in high.explanation


def test_blend_gives_high_risk_no_eco_credit_and_keeps_relevance_first():
    rel = np.array([0.8, 0.8, 0.99, 0.5, 0.9, 0.88], np.float32)
    item_eco = np.array([0.0, 0.0, 0.0, 0.9, 0.0, 0.8], np.float32)  # a high-risk listing's eco_value is 0
    risk = np.array([0.95, 0.2, 0.0, 0.1, 0.0, 0.2], np.float32)
    high = np.array([True, False, False, False, False, False])
    for w in (0.0, 0.5, 1.0):
        s = blend(rel, item_eco, risk, high, w)
        assert s[0] <= s[1]  # high risk: no credit, a small penalty
        assert int(np.argmax(s)) == 2  # the best match stays first
        if w <= 0.5:  # at moderate weights a loosely related eco listing does not pass a much closer one
            assert s[3] < s[4]
    assert blend(rel, item_eco, risk, high, 0.0)[5] < rel[4] < blend(rel, item_eco, risk, high, 1.0)[5]  # close call
    assert item_from_result(result("x", "high", GENERIC, eco_score=0.9)).eco_value == 0.0


def test_eco_value_decides_close_calls_only(rec):
    close = listing("close", "canvas tote bag", "cotton tote bag " + description(PLASTIC_FREE))
    rec.upsert([result("close", "low", PLASTIC_FREE, eco_score=0.6, risk_score=0.15)], [close])
    near = {r.id: r for r in rec.by_item("viewed", 9, Criteria(eco_weight=0.0, diversity=0.0))}
    assert near["plain"].relevance > near["noprice"].relevance > near["close"].relevance  # noprice a little closer
    order0 = ids(rec.by_item("viewed", 9, Criteria(eco_weight=0.0, diversity=0.0)))
    order1 = ids(rec.by_item("viewed", 9, Criteria(eco_weight=1.0, diversity=0.0)))
    assert order0.index("noprice") < order0.index("close")
    assert order1.index("close") < order1.index("noprice")  # the close call goes to credible eco value
    assert order0[0] == order1[0] == "plain"  # the best match stays first
    assert "mug" not in order1 and "viewed" not in order1  # a mug is another kind of product: gated out


def test_scores_rank_the_list_and_explain_it(rec):
    recs = rec.by_item("viewed", 5, Criteria(eco_weight=1.0, diversity=0.3))
    scores = [r.score for r in recs]
    assert scores == sorted(scores, reverse=True)
    low = next(r for r in recs if r.id == "twin-low")
    assert low.attributes == ["recycled_content"]
    assert low.explanation.startswith("like the item you viewed; same product type: tote bag; similarity ")
    assert "ranks up for credible claims: " in low.explanation and low.explanation.endswith("greenwashing risk: low")
    assert "70% recycled polyester, GRS certified" in low.explanation
    assert set(asdict(low)) == {"id", "title", "category", "price", "relevance", "eco_score", "level", "risk_score",
                                "score", "attributes", "explanation"}


def test_criteria_filters(rec):
    got = ids(rec.by_item("viewed", 10, Criteria(required_attributes=["recycled_content"])))
    assert got == ["twin-low"]  # twin-high claims recycled content too, but not credibly
    got = ids(rec.by_item("viewed", 10, Criteria(max_level="none")))
    assert set(got) == {"twin-none", "plain", "noprice"}  # the mug is another kind of product
    assert rec.by_item("viewed", 10, Criteria(category="kitchen")) == []
    assert set(ids(rec.by_item("viewed", 10, Criteria(category="kitchen", same_need=False, min_relevance=0)))) == {
        "mug"}
    got = set(ids(rec.by_item("viewed", 10, Criteria(min_price=10, max_price=30))))
    assert "pf" not in got and "mug" not in got and "noprice" not in got and "plain" in got
    assert rec.by_item("viewed", 10, Criteria(required_attributes=["organic"])) == []


@pytest.mark.parametrize("bad", [Criteria(required_attributes=["plastic-free"]), Criteria(max_level="severe"),
                                 Criteria(eco_weight=1.5), Criteria(diversity=-0.1),
                                 Criteria(min_price=5, max_price=1)])
def test_invalid_criteria(rec, bad):
    with pytest.raises(ValueError):
        rec.by_item("viewed", 5, bad)


def test_query_errors(rec):
    with pytest.raises(KeyError):
        rec.by_item("nope")
    with pytest.raises(KeyError):
        rec.by_profile(["nope", "nope2"])
    with pytest.raises(ValueError):
        rec.by_profile([])
    with pytest.raises(ValueError):
        rec.by_text("  ")
    with pytest.raises(ValueError):
        rec.by_item("viewed", 0)


def test_profile_excludes_liked_and_skips_unknown_ids(rec):
    got = rec.by_profile(["viewed", "gone-from-catalog", "pf"], 10)
    assert "viewed" not in ids(got) and "pf" not in ids(got) and len(got) == 5 and "mug" not in ids(got)
    assert "which you liked" in got[0].explanation


def test_upsert_update_and_remove_without_rebuild(rec, tmp_path):
    enc = rec.encoder
    enc.calls.clear()
    claims = [("Made from 100% recycled canvas, GRS certified (licence CU 999).", ["recycled_content"])]
    rec.upsert([result("new", "low", claims, eco_score=0.7)],
               [listing("new", "canvas tote bag with zip", description(claims))])
    assert len(enc.calls) == 1 and len(enc.calls[0]) == 2  # only the new listing and its claim are embedded
    before = next(r for r in rec.by_item("viewed", 10, Criteria(eco_weight=1.0)) if r.id == "new")
    assert before.attributes == ["recycled_content"] and before.score > before.relevance
    # update: the same listing turns out to be high risk, so it loses its eco credit
    rec.upsert([result("new", "high", claims, eco_score=0.7)],
               [listing("new", "canvas tote bag with zip", description(claims))])
    after = next(r for r in rec.by_item("viewed", 10, Criteria(eco_weight=1.0)) if r.id == "new")
    assert after.attributes == [] and after.score < after.relevance == before.relevance and len(rec.catalog) == 9
    rec.remove(["new", "never-there"])
    assert "new" not in ids(rec.by_item("viewed", 10)) and len(rec.catalog) == 8
    assert [m.listing_id for m in rec.similar_claims(claims[0][0], 10)].count("new") == 0
    with pytest.raises(ValueError):
        rec.upsert([result("orphan")], [])


def test_save_load_round_trip(rec, tmp_path):
    rec.index_dir = tmp_path / "idx"
    rec.remove(["mug"])
    rec.save()
    back = Recommender.load(tmp_path / "idx", encoder=HashEncoder())
    crit = Criteria(eco_weight=0.7, diversity=0.2)
    assert [asdict(r) for r in back.by_item("viewed", 6, crit)] == [asdict(r) for r in rec.by_item("viewed", 6, crit)]
    with pytest.raises(FileNotFoundError):
        Recommender.load(tmp_path / "missing")


def test_similar_claims_finds_copy_pasted_text(rec):
    matches = rec.similar_claims("Eco-friendly and good for the planet", 3)
    top = matches[0]
    assert top.listing_id == "twin-high" and top.level == "high" and top.similarity > 0.9
    assert top.text == GENERIC[0][0] and (top.field, top.start, top.end) == ("description", 0, len(GENERIC[0][0]))


def test_claim_with_a_medium_finding_is_not_credible():
    claims = RECYCLED + [("Recyclable.", ["recyclable"])]
    it = item_from_result(result("m", "medium", claims, eco_score=0.3,
                                 findings=[("UNQUALIFIED_RECYCLABILITY", "medium", 1)]))
    assert it.attributes == ["recycled_content"] and it.claimed == ["recycled_content", "recyclable"]


def test_mmr_diversity_pushes_duplicates_down():
    v = np.array([[1, 0], [1, 0], [0.8, 0.6]], np.float32)
    order, values = mmr(np.array([0.9, 0.9, 0.85], np.float32), v, 3, 0.5)
    assert list(order) == [0, 2, 1] and np.all(np.diff(values) <= 1e-6)


def test_cli_recommend_and_errors(rec, tmp_path, capsys):
    d = tmp_path / "idx"
    rec.index_dir = d
    rec.save()
    assert main(["recommend", "--item", "viewed", "-k", "3", "--index-dir", str(d), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 3 and all("explanation" in r for r in out)
    assert main(["recommend", "--item", "viewed", "-k", "10", "--index-dir", str(d), "--json"]) == 0
    assert "mug" not in {r["id"] for r in json.loads(capsys.readouterr().out)}
    assert main(["recommend", "--item", "viewed", "-k", "10", "--index-dir", str(d), "--json", "--any-kind",
                 "--min-relevance", "0"]) == 0
    assert "mug" in {r["id"] for r in json.loads(capsys.readouterr().out)}
    assert main(["recommend", "--item", "viewed", "--index-dir", str(d), "--max-level", "low"]) == 0
    assert "like the item you viewed; same product type: tote bag" in capsys.readouterr().out
    assert main(["recommend", "--item", "nope", "--index-dir", str(d)]) == 2
    assert "unknown item id" in capsys.readouterr().err
    assert main(["recommend", "--item", "viewed", "--index-dir", str(d), "--require", "shiny"]) == 2
    assert main(["recommend", "--item", "viewed", "--index-dir", str(tmp_path / "none")]) == 3
    assert "claims index build" in capsys.readouterr().err
    assert main(["index", "remove", "mug", "-o", str(d)]) == 0
    assert "Removed 1 of 1" in capsys.readouterr().out
    assert main(["index", "info", "-o", str(d)]) == 0
    assert json.loads(capsys.readouterr().out)["items"] == 7
    assert main(["recommend", "--item", "viewed", "--index-dir", str(d), "--min-relevance", "1.5"]) == 2
    assert main(["recommend", "--item", "viewed", "--index-dir", str(d), "--min-relevance", "0.99"]) == 0
    assert "No listing of the same product type" in capsys.readouterr().out


def test_cli_index_build_errors(tmp_path, capsys):
    assert main(["index", "build", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "i")]) == 2
    assert "no such file" in capsys.readouterr().err
    scored = tmp_path / "s.jsonl"
    scored.write_text(json.dumps(result("a")) + "\n")
    assert main(["index", "build", str(scored), "-o", str(tmp_path / "i")]) == 2
    assert "--listings" in capsys.readouterr().err
    other = tmp_path / "l.jsonl"
    other.write_text(json.dumps(listing("b", "bag")) + "\n")
    assert main(["index", "build", str(scored), "--listings", str(other), "-o", str(tmp_path / "i")]) == 2
    assert "no listing" in capsys.readouterr().err
    assert main(["index", "add", str(scored), "--listings", str(other), "-o", str(tmp_path / "i")]) == 2
    assert not (tmp_path / "i").exists()


@pytest.mark.slow
def test_cli_build_with_the_real_encoder(analyzer, tmp_path, capsys):
    from claims.io.files import ResultWriter

    listings = [listing("t1", "Organic cotton tote bag", "100% organic cotton, GOTS certified (licence CU 817263)."),
                listing("t2", "Cotton tote bag", "Plain cotton canvas shopper."),
                listing("t3", "Eco tote bag", "Eco-friendly and good for the planet!"),
                listing("t4", "Ceramic mug", "Stoneware mug, 350 ml.", category="kitchen")]
    src, scored, d = tmp_path / "in.jsonl", tmp_path / "scored.jsonl", tmp_path / "idx"
    src.write_text("".join(json.dumps(x) + "\n" for x in listings))
    writer = ResultWriter(scored)
    writer.write(analyzer.score(listings), listings)
    writer.close()
    assert main(["index", "build", str(scored), "--listings", str(src), "-o", str(d), "-q"]) == 0
    assert main(["recommend", "--item", "t2", "-k", "3", "--index-dir", str(d), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in out] == ["t1", "t3"]  # the mug is another kind of product
    assert "organic cotton" in out[0]["explanation"].lower() and out[0]["attributes"] == ["organic"]
    assert out[1]["level"] == "high" and out[1]["attributes"] == []


def test_eco_value_counts_only_for_the_query_kind(rec):
    other = listing("eco-mug", "canvas tote bag ceramic coffee mug", "canvas tote bag mug " + description(PLASTIC_FREE))
    rec.upsert([result("eco-mug", "low", PLASTIC_FREE, eco_score=0.9, risk_score=0.1)], [other])
    assert "eco-mug" not in ids(rec.by_item("viewed", 10))  # a mug: gated out at the default settings
    got = {r.id: r for r in rec.by_item("viewed", 10, Criteria(eco_weight=1.0, diversity=0.0, same_need=False,
                                                               min_relevance=0.0))}
    assert got["pf"].score > got["pf"].relevance  # a tote bag: eco value counts
    assert got["eco-mug"].score == got["eco-mug"].relevance  # another kind of product: no eco credit
    assert got["eco-mug"].attributes == ["plastic_free"]  # still credible, just not promoted here
    assert "same product type" not in got["eco-mug"].explanation
    assert "credible claims: in plastic-free packaging" in got["eco-mug"].explanation
    assert "ranks up" not in got["eco-mug"].explanation
