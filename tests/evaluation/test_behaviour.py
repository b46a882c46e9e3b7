"""The behavioural suite (corpora/behaviour, claims.evaluation.behaviour): the case file validates,
the split is by group, the checker and the runner report what they should, with a fake analyzer;
one slow test runs the shipped model on a fixed tenth of the test split (no pass-rate threshold: the lead
sets it)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

import pytest

from claims.evaluation import behaviour

CASES = Path(__file__).resolve().parents[2] / "corpora" / "behaviour"  # the shipped folder of case files
HOLDOUT = CASES / "holdout.jsonl"


def _case(**over):
    c = {"id": "neg-001a", "group": "neg-001", "category": "negation", "kind": "MFT",
         "listing": {"title": "Cleaning wipes", "description": "Not biodegradable – do not flush"},
         "expect": {"level": "none"}}
    c.update(over)
    return c


def _lines(*cases) -> list[str]:
    return [json.dumps(c) for c in cases]


# ----------------------------------------------------------------------------- the case file

def _n_lines(path: Path) -> int:
    """Non-blank lines of a file, or of a folder's case files."""
    return sum(len([line for line in f.read_text(encoding="utf-8").splitlines() if line.strip()])
               for f in behaviour.case_files(path))


def test_every_line_of_the_case_file_validates():
    main = [c for c in behaviour.load(CASES, "all") if c.get("split") != "holdout"]
    assert len(main) == _n_lines(CASES)
    assert len(main) >= 400
    names = [f.name for f in behaviour.case_files(CASES)]
    assert names[:3] == ["cases.jsonl", "cases-c81-c110.jsonl", "cases-c111-c116.jsonl"]
    assert all(f.stat().st_size < 10_000_000 for f in behaviour.case_files(CASES))  # no tracked file over 10 MB
    assert behaviour.default_path() == CASES


def test_every_line_of_the_holdout_file_validates_with_split_holdout():
    held = behaviour.load(HOLDOUT, "all")
    assert len(held) == _n_lines(HOLDOUT) and len(held) >= 200
    assert {c["split"] for c in held} == {"holdout"}
    assert all(c["id"].startswith("h2-") and c["group"].startswith("h2-") for c in held)
    assert set(Counter(c["category"] for c in held)) == set(behaviour.CATEGORIES)
    assert set(Counter(c["kind"] for c in held)) == set(behaviour.KINDS)
    groups = {c["group"]: [d["kind"] for d in held if d["group"] == c["group"]] for c in held if c["kind"] == "DIR"}
    assert all("MFT" in kinds for kinds in groups.values())


def test_both_files_load_together_with_unique_ids_and_groups():
    every = behaviour.load(CASES, "all")
    assert len(every) == _n_lines(CASES) + _n_lines(HOLDOUT)
    assert len({c["id"] for c in every}) == len(every)
    main = {c["group"] for c in every if c.get("split") != "holdout"}
    assert not main & {c["group"] for c in every if c.get("split") == "holdout"}
    held = behaviour.load(CASES, "holdout")
    assert [c["id"] for c in held] == [c["id"] for c in behaviour.load(HOLDOUT)]
    dev, test = behaviour.load(CASES, "dev"), behaviour.load(CASES, "test")
    assert len(dev) + len(test) + len(held) == len(every)
    assert not any(c.get("split") == "holdout" for c in dev + test)


def test_split_holdout_only_in_the_holdout_file(tmp_path):
    held = _case(id="h2-neg-001a", group="h2-neg-001", split="holdout")
    assert behaviour.parse(_lines(held), "holdout.jsonl", holdout=True)
    with pytest.raises(ValueError, match=r"^cases.jsonl:1 \(h2-neg-001a\): split 'holdout' is only for"):
        behaviour.parse(_lines(held), "cases.jsonl")
    for bad in (_case(id="h2-neg-001a", group="h2-neg-001"),
                _case(id="h2-neg-001a", group="h2-neg-001", split=behaviour.split_of("h2-neg-001"))):
        with pytest.raises(ValueError, match=r"^holdout.jsonl:1 .*must say \"split\": \"holdout\""):
            behaviour.parse(_lines(bad), "holdout.jsonl", holdout=True)
    # the two files may not share an id or a group
    (tmp_path / "cases.jsonl").write_text("\n".join(_lines(_case(id="x-001a", group="x-001"))), encoding="utf-8")
    (tmp_path / "holdout.jsonl").write_text("\n".join(_lines(_case(id="x-001a", group="x-009", split="holdout"))),
                                            encoding="utf-8")
    with pytest.raises(ValueError, match=r"holdout.jsonl: id\(s\) \['x-001a'\] also in"):
        behaviour.load(tmp_path / "cases.jsonl")
    (tmp_path / "holdout.jsonl").write_text("\n".join(_lines(_case(id="x-002a", group="x-001", split="holdout"))),
                                            encoding="utf-8")
    with pytest.raises(ValueError, match=r"group\(s\) \['x-001'\] also in"):
        behaviour.load(tmp_path / "cases.jsonl")
    (tmp_path / "holdout.jsonl").unlink()
    assert len(behaviour.load(tmp_path / "cases.jsonl")) == 1
    assert behaviour.load(tmp_path / "cases.jsonl", "holdout") == []
    # a folder loads every cases*.jsonl in it, and two of its files may not share an id or a group either
    (tmp_path / "cases-c2.jsonl").write_text("\n".join(_lines(_case(id="x-002a", group="x-002"))), encoding="utf-8")
    assert [c["id"] for c in behaviour.load(tmp_path)] == ["x-001a", "x-002a"]
    (tmp_path / "cases-c2.jsonl").write_text("\n".join(_lines(_case(id="x-003a", group="x-001"))), encoding="utf-8")
    with pytest.raises(ValueError, match=r"cases-c2.jsonl: group\(s\) \['x-001'\] also in an earlier file"):
        behaviour.load(tmp_path)


def test_split_is_by_group_and_recorded_on_each_case():
    cases = [c for c in behaviour.load(CASES, "all") if c.get("split") != "holdout"]
    by_group: dict[str, set[str]] = {}
    for c in cases:
        assert c["split"] == behaviour.split_of(c["group"]), c["id"]
        by_group.setdefault(c["group"], set()).add(c["split"])
    assert all(len(s) == 1 for s in by_group.values())
    dev, test = behaviour.load(CASES, "dev"), behaviour.load(CASES, "test")
    assert len(dev) + len(test) == len(cases) and dev and test
    assert not {c["group"] for c in dev} & {c["group"] for c in test}


def test_case_file_covers_every_category_and_kind():
    cases = [c for c in behaviour.load(CASES, "all") if c.get("split") != "holdout"]
    assert set(Counter(c["category"] for c in cases)) == set(behaviour.CATEGORIES)
    assert set(Counter(c["kind"] for c in cases)) == set(behaviour.KINDS)
    # minimal pairs: a DIR case always has an MFT partner in its group
    kinds: dict[str, set[str]] = {}
    for c in cases:
        kinds.setdefault(c["group"], set()).add(c["kind"])
    assert all("MFT" in k for k in kinds.values() if "DIR" in k)


def test_split_of_is_the_first_sha1_byte():
    import hashlib

    for g in ("neg-001", "oth-017", "inv-003"):
        assert (behaviour.split_of(g) == "dev") == (hashlib.sha1(g.encode()).digest()[0] % 2 == 0)


# ----------------------------------------------------------------------------- validation

@pytest.mark.parametrize(("bad", "message"), [
    (_case(category="negations"), "unknown category"),
    (_case(kind="XYZ"), "unknown kind"),
    (_case(expect={"level": "medium-high"}), "unknown name"),
    (_case(expect={"codes_present": ["GENERIC"]}), "unknown name"),
    (_case(expect={"attrs_absent": ["eco"]}), "unknown name"),
    (_case(expect={"levle": "none"}), "unknown expectation"),
    (_case(expect={}), "non-empty"),
    (_case(expect={"codes_present": "GENERIC_CLAIM"}), "non-empty list"),
    (_case(expect={"codes_present": ["GENERIC_CLAIM"], "codes_absent": ["GENERIC_CLAIM"]}), "both in"),
    (_case(listing={"title": "x"}), "listing must be"),
    (_case(split="test" if behaviour.split_of("neg-001") == "dev" else "dev"), "hashes to"),
    (_case(kind="INV", expect={"level": "none"}), "same_as"),
    (_case(expect={"same_as": "neg-001a"}), "only for INV"),
])
def test_a_bad_case_is_named_by_its_line(bad, message):
    good = _case(id="neg-000a", group="neg-001")
    with pytest.raises(ValueError, match=message) as e:
        behaviour.parse(_lines(good, bad), "cases.jsonl")
    assert str(e.value).startswith("cases.jsonl:2")


def test_bad_json_duplicates_and_dangling_same_as_are_named():
    with pytest.raises(ValueError, match=r"^f:1: not valid JSON"):
        behaviour.parse(["{not json"], "f")
    with pytest.raises(ValueError, match=r"^f:2: duplicate id 'neg-001a' \(first on line 1\)"):
        behaviour.parse(_lines(_case(), _case()), "f")
    inv = _case(id="neg-001b", kind="INV", expect={"same_as": "neg-009a"})
    with pytest.raises(ValueError, match=r"^f:2 \(neg-001b\): same_as 'neg-009a' is not a case"):
        behaviour.parse(_lines(_case(), inv), "f")
    other = _case(id="neg-002a", group="neg-002")
    inv2 = _case(id="neg-001b", kind="INV", expect={"same_as": "neg-002a"})
    with pytest.raises(ValueError, match="another group"):
        behaviour.parse(_lines(other, inv2), "f")


def test_load_refuses_an_unknown_split_and_a_missing_file(tmp_path):
    with pytest.raises(ValueError, match="unknown split"):
        behaviour.load(CASES, "train")
    with pytest.raises(ValueError, match="unknown split"):
        behaviour.load(CASES, "Holdout")
    with pytest.raises(FileNotFoundError):
        behaviour.load(tmp_path / "nope.jsonl")


# ----------------------------------------------------------------------------- the checker

GOT = {"level": "high", "status": "scored", "codes": ["GENERIC_CLAIM", "UNVERIFIED_CERTIFICATION"],
       "attrs": ["generic_environmental"]}


@pytest.mark.parametrize(("expect", "n_problems"), [
    ({"level": "high"}, 0),
    ({"level": "none"}, 1),
    ({"level_in": ["medium", "high"]}, 0),
    ({"level_in": ["low"]}, 1),
    ({"level_not": ["none", "low"]}, 0),
    ({"level_not": ["high"]}, 1),
    ({"codes_present": ["GENERIC_CLAIM"], "codes_absent": ["OFFSET_NEUTRALITY"]}, 0),
    ({"codes_present": ["OFFSET_NEUTRALITY"], "codes_absent": ["GENERIC_CLAIM"]}, 2),
    ({"attrs_present": ["generic_environmental"], "attrs_absent": ["organic"]}, 0),
    ({"attrs_present": ["organic"], "attrs_absent": ["generic_environmental"]}, 2),
    ({"status": "scored"}, 0),
    ({"status": "unsupported_language"}, 1),
])
def test_check_each_expectation(expect, n_problems):
    assert len(behaviour.check(expect, GOT)) == n_problems


def test_check_same_as_compares_level_codes_and_attributes():
    assert behaviour.check({"same_as": "b"}, GOT, copy.deepcopy(GOT)) == []
    for key, value in (("level", "medium"), ("codes", ["GENERIC_CLAIM"]), ("attrs", []), ("status", "x")):
        base = {**GOT, key: value}
        assert len(behaviour.check({"same_as": "b"}, GOT, base)) == 1, key


def test_observed_reads_the_result_contract():
    result = {"id": "x", "status": "unsupported_language", "eco_attributes": [],
              "greenwashing": {"level": None, "score": None, "findings": []}}
    assert behaviour.observed(result) == {"level": None, "status": "unsupported_language", "codes": [], "attrs": []}
    # an unread listing has no level: "level_not none" passes, "level none" fails
    got = behaviour.observed(result)
    assert behaviour.check({"status": "unsupported_language", "level_not": ["none"]}, got) == []
    assert behaviour.check({"level": "none"}, got)


# ----------------------------------------------------------------------------- the runner (fake analyzer)

def _suite() -> list[dict]:
    g = "gen-001"
    return behaviour.parse(_lines(
        _case(id="gen-001a", group=g, category="generic_unspecified",
              listing={"title": "Eco-friendly yoga mat", "description": "Non-slip|183 x 61 cm"},
              expect={"level": "high", "codes_present": ["GENERIC_CLAIM"]}),
        _case(id="gen-001b", group=g, category="generic_unspecified", kind="DIR",
              listing={"title": "Yoga mat", "description": "Non-slip|183 x 61 cm"}, expect={"level": "none"}),
        _case(id="gen-001c", group=g, category="generic_unspecified", kind="INV",
              listing={"title": "ECO-FRIENDLY YOGA MAT", "description": "Non-slip|183 x 61 cm"},
              expect={"same_as": "gen-001a"}),
        _case(id="gen-001d", group=g, category="generic_unspecified", kind="DIR",
              listing={"title": "Yoga mat", "description": "Non-slip"},
              expect={"level": "high"}),  # wrong on purpose: must be reported as a failure
    ), "t")


def test_runner_scores_in_one_batch_and_reports_failures(fake_analyzer):
    calls = fake_analyzer.calls
    report = behaviour.run(fake_analyzer, _suite(), "all")
    assert fake_analyzer.calls == calls + 1
    assert report["n"] == 4 and report["fails"] >= 1
    assert report["fail_rate"] == pytest.approx(report["fails"] / 4, abs=1e-4)
    assert report["by_category"]["generic_unspecified"]["n"] == 4
    assert sum(t["n"] for t in report["by_kind"].values()) == 4
    failed = {f["id"]: f for f in report["failing"]}
    assert "gen-001d" in failed
    f = failed["gen-001d"]
    assert f["got"]["level"] == "none" and f["expect"] == {"level": "high"}
    assert f["problems"] == ["level 'none', expected 'high'"]
    assert f["listing"]["description"] == "Non-slip"
    text = behaviour.summary(report)
    assert "FAIL gen-001d" in text and "generic_unspecified" in text


def test_runner_refuses_an_inv_case_without_its_base_and_an_empty_split(fake_analyzer):
    suite = [c for c in _suite() if c["id"] != "gen-001a"]
    with pytest.raises(ValueError, match="base cases that were not given"):
        behaviour.run(fake_analyzer, suite)
    with pytest.raises(ValueError, match="no behavioural cases"):
        behaviour.run(fake_analyzer, [], "dev")


def test_runner_on_the_real_case_file_with_the_fake(fake_analyzer):
    cases = behaviour.load(CASES / "cases.jsonl", "dev")  # the first file (the whole folder validates above)
    report = behaviour.run(fake_analyzer, cases, "dev")
    assert report["n"] == len(cases)
    assert sum(t["n"] for t in report["by_category"].values()) == len(cases)
    assert len(report["failing"]) == report["fails"]


def test_cli_eval_behaviour(cli, tmp_path):
    # the first 300 groups of the shipped case file and the holdout beside it (--cases): the fake reads a few hundred
    # cases, not all (the whole folder validates above)
    import shutil

    lines = (CASES / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    first = list(dict.fromkeys(json.loads(line)["group"] for line in lines if line.strip()))[:300]
    keep = [line for line in lines if line.strip() and json.loads(line)["group"] in set(first)]
    (tmp_path / "cases.jsonl").write_text("\n".join(keep) + "\n", encoding="utf-8")
    shutil.copy(HOLDOUT, tmp_path / "holdout.jsonl")
    code, out, err = cli("eval", "behaviour", "--split", "dev", "--json", "--cases", tmp_path)
    assert code == 0, err
    report = json.loads(out)
    assert report["split"] == "dev" and report["n"] == len(behaviour.load(tmp_path, "dev"))
    code, out, _ = cli("eval", "behaviour", "--split", "all", "--cases", tmp_path)
    assert code == 0 and out.startswith("behavioural suite, all split:")
    code, out, err = cli("eval", "behaviour", "--split", "holdout", "--json", "--cases", tmp_path)
    assert code == 0, err
    report = json.loads(out)
    assert report["split"] == "holdout" and report["n"] == len(behaviour.load(HOLDOUT))
    code, _, err = cli("eval", "reviews", "--split", "all")
    assert code == 2 and "no split 'all'" in err
    code, _, err = cli("eval", "reviews", "--split", "holdout")
    assert code == 2 and "no split 'holdout'" in err
    code, _, err = cli("eval", "behaviour", "--split", "train")
    assert code == 2 and "no split 'train'" in err


# ----------------------------------------------------------------------------- the shipped model

def test_shipped_model_runs_the_test_split(analyzer):
    # A fixed twentieth of the test split's groups (the second SHA-1 byte, independent of the split's first byte):
    # the whole split (64,000 cases, about half an hour here) is `claims eval behaviour --split test`'s job,
    # and this test sets no pass rate. Whole groups, so every INV case keeps its base.
    import hashlib

    split = behaviour.load(CASES, "test")
    cases = [c for c in split if hashlib.sha1(c["group"].encode("utf-8")).digest()[1] % 20 == 0]
    assert 1_000 < len(cases) < len(split) // 5
    report = behaviour.run(analyzer, cases, "test")
    assert report["n"] == len(cases)
    assert sum(t["n"] for t in report["by_category"].values()) == len(cases)
    assert 0.0 <= report["fail_rate"] <= 1.0 and len(report["failing"]) == report["fails"]
