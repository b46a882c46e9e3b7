"""``claims train --decisions``: parsing, rejects, deduplication, segment labels, weights, the meta
and model card (HashEncoder: no model loaded)."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
from fakes import HashEncoder

from claims.scoring.heads import SEGMENT_CODES, Heads
from claims.text.certifications import default_registry
from claims.text.prep import listing_segments
from claims.training import decisions
from claims.training.heads import build_decision_data, train

from .loop_helpers import CLAIM, PLAIN, SPEC, record, write_corpora, write_export

DESC = f"{CLAIM}.\n{PLAIN}.\n{SPEC}."  # three description segments
C0, C1 = (0, len(CLAIM) + 1), (len(CLAIM) + len(PLAIN) + 4, len(DESC))  # the first and the last segment
GC = SEGMENT_CODES.index("GENERIC_CLAIM")


def _labels(rec: dict) -> tuple[list, int]:
    d = decisions._decision(rec, 1)
    return decisions.segment_labels(d, listing_segments(rec["listing"]))


def test_a_malformed_line_refuses_the_export_naming_the_line(tmp_path):
    good = record("a", DESC, "approve", "high", ["GENERIC_CLAIM"], claims=[C0], findings=[("GENERIC_CLAIM", 0, 12)])
    path = write_export(tmp_path / "x.jsonl", [good, "{not json"])
    with pytest.raises(decisions.MalformedExport, match=r"x\.jsonl line 2: not JSON"):
        decisions.read_decisions(path)
    path = write_export(tmp_path / "y.jsonl", [good, "", "[1, 2]"])
    with pytest.raises(decisions.MalformedExport, match="line 3: a JSON list, not an object"):
        decisions.read_decisions(path)


def test_unusable_records_are_rejected_with_their_reason_not_dropped(tmp_path):
    ok = record("a", DESC, "approve", "high", ["GENERIC_CLAIM"], claims=[C0], findings=[("GENERIC_CLAIM", 0, 12)])
    bad = [
        {**ok, "action": "note"},
        {**ok, "label": {"level": "high", "codes": ["NOT_A_CODE"]}},
        {**ok, "label": {"level": "severe", "codes": []}},
        {**ok, "listing": {"id": "b", "title": "", "description": ""}},
        record("c", DESC, "reject", "low", []),  # no spans: cannot say which segments are claims
        {**ok, "suggestion": {**ok["suggestion"], "claims": [{"field": "title"}]}},
    ]
    path = write_export(tmp_path / "d.jsonl", [ok, *bad])
    ds = decisions.read_decisions(path)
    assert len(ds.decisions) == 1 and ds.lines == 7
    assert [r.line for r in ds.rejects] == [2, 3, 4, 5, 6, 7]
    reasons = [r.reason for r in ds.rejects]
    assert "note makes no label" in reasons[0] and "NOT_A_CODE" in reasons[1] and "level" in reasons[2]
    assert "no title or description" in reasons[3] and "no suggestion.claims" in reasons[4]
    assert "field/start/end" in reasons[5]
    decisions.write_rejects(ds.rejects, tmp_path / "r.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in rows] == [2, 3, 4, 5, 6, 7] and json.loads(rows[0]["record"])["action"] == "note"
    # a decision that says the listing has no claim needs no span
    none = record("e", DESC, "reject", "none", [])
    assert decisions.read_decisions(write_export(tmp_path / "n.jsonl", [none])).decisions


def test_the_latest_decision_on_a_listing_wins(tmp_path):
    old = record("a", DESC, "approve", "high", ["GENERIC_CLAIM"], claims=[C0], findings=[("GENERIC_CLAIM", 0, 12)],
                 decided_at="2026-12-01T10:00:00+00:00", decision_id=5)
    new = record("a", DESC, "reject", "low", [], claims=[C0], findings=[("GENERIC_CLAIM", 0, 12)],
                 decided_at="2026-12-02T10:00:00+00:00", decision_id=9)
    other = record("b", DESC, "approve", "high", ["GENERIC_CLAIM"], claims=[C0], decision_id=7)
    ds = decisions.read_decisions(write_export(tmp_path / "d.jsonl", [new, other, old]))  # file order is not time
    assert [(d.listing["id"], d.action) for d in ds.decisions] == [("b", "approve"), ("a", "reject")]
    assert ds.duplicates == 1
    meta = ds.meta(3.0)
    assert meta["sha256"] == hashlib.sha256((tmp_path / "d.jsonl").read_bytes()).hexdigest()
    assert (meta["used"], meta["deduplicated"], meta["rejected"], meta["weight"]) == (2, 1, 0, 3.0)


def test_segment_labels_follow_the_decision():
    segs = listing_segments({"title": "Tote", "description": DESC})
    assert [s.text for s in segs][1:] == [f"{CLAIM}.", f"{PLAIN}.", f"{SPEC}."]
    # confirmed: the finding's segment is a GENERIC_CLAIM claim; the other claim may or may not be one
    # (the label is per listing), and every other code is negative on both
    labels, unplaced = _labels(record("a", DESC, "approve", "high", ["GENERIC_CLAIM"], claims=[C0, C1],
                                      findings=[("GENERIC_CLAIM", 0, 12)]))
    assert labels[0] is None and labels[2] is None  # not shown as claims: the decision says nothing
    assert labels[1].claim == 1 and labels[1].codes[GC] == 1 and sum(labels[1].codes) == 1
    assert labels[3].claim == 1 and labels[3].codes[GC] == -1 and sum(labels[3].codes) == -1 and unplaced == 0
    # cleared (reject, low): still claims, GENERIC_CLAIM negative
    labels, _ = _labels(record("a", DESC, "reject", "low", [], claims=[C0], findings=[("GENERIC_CLAIM", 0, 12)]))
    assert labels[1].claim == 1 and labels[1].codes == [0] * len(SEGMENT_CODES)
    # no claim at all: every segment is a negative claim example
    labels, _ = _labels(record("a", DESC, "reject", "none", [], claims=[C0], findings=[("GENERIC_CLAIM", 0, 12)]))
    assert [lab.claim for lab in labels] == [0, 0, 0, 0]
    # a code added by the moderator goes where its cue words are ("Eco friendly": GENERIC_CLAIM), if one place
    labels, unplaced = _labels(record("a", DESC, "change", "high", ["GENERIC_CLAIM"], claims=[C0, C1],
                                      suggestion_codes=[]))
    assert labels[1].codes[GC] == 1 and labels[3].codes[GC] == -1 and unplaced == 0
    # ... and is left out when no claim segment can carry it
    uq = SEGMENT_CODES.index("UNQUANTIFIED_CHARACTERISTIC")
    labels, unplaced = _labels(record("a", DESC, "change", "medium", ["UNQUANTIFIED_CHARACTERISTIC"],
                                      claims=[C0, C1], suggestion_codes=[]))
    assert labels[1].codes[uq] == -1 and labels[3].codes[uq] == -1 and unplaced == 1


def test_decision_rows_are_deduplicated_by_segment_text_and_weighted(tmp_path):
    # two listings share the claim sentence: the later decision (no finding) wins for that segment
    first = record("a", DESC, "approve", "high", ["GENERIC_CLAIM"], claims=[C0], findings=[("GENERIC_CLAIM", 0, 12)],
                   decided_at="2026-12-01T00:00:00+00:00", decision_id=1)
    second = record("b", DESC.replace(SPEC, "Sizes S to XL"), "reject", "low", [], claims=[C0],
                    findings=[("GENERIC_CLAIM", 0, 12)], decided_at="2026-12-02T00:00:00+00:00", decision_id=2)
    ds = decisions.read_decisions(write_export(tmp_path / "d.jsonl", [first, second]))
    data = build_decision_data(ds, HashEncoder(), default_registry(), weight=2.5)  # type: ignore[arg-type]
    assert len(data.claim) == 1 and data.claim[0] == 1 and data.codes[0, GC] == 0
    assert data.weight is not None and data.weight.tolist() == [2.5]
    assert (data.attrs == -1).all() and (data.specific == -1).all()
    assert ds.stats["duplicate_segments"] == 1 and ds.stats["rows"] == 1


def test_train_with_decisions_records_them_and_the_weight_changes_the_heads(tmp_path):
    corpora = write_corpora(tmp_path / "corpora")
    # moderators say the plain care line is no claim, and the vague claim is fine (no finding)
    recs = [record(f"x{i}", f"{CLAIM}.\n{PLAIN}.", "reject", "low", [], claims=[(0, len(CLAIM) + 1)],
                   findings=[("GENERIC_CLAIM", 0, 12)], decision_id=i) for i in range(3)]
    recs.append(record("y", f"{PLAIN}.", "reject", "none", [], decision_id=9))
    export = write_export(tmp_path / "d.jsonl", [*recs, {"listing": {"id": "z"}, "action": "approve"}])
    ds = decisions.read_decisions(export)
    metas, probs = {}, {}
    for w in (1.0, 50.0):
        out = tmp_path / f"m{w}"
        metas[w] = train(corpora, out, encoder=HashEncoder(), decision_set=ds,  # type: ignore[arg-type]
                         decision_weight=w, evidence=False)
        heads = Heads.load(out / "heads")
        X = build_decision_data(ds, HashEncoder(), default_registry(), 1.0).X  # type: ignore[arg-type]
        probs[w] = heads.predict_proba(X)["code:GENERIC_CLAIM"][0]
        assert not (out / "evidence").exists()
    d = metas[1.0]["decisions"]
    assert d["sha256"] == hashlib.sha256(export.read_bytes()).hexdigest() and d["file"] == "d.jsonl"
    assert (d["lines"], d["used"], d["deduplicated"], d["rejected"], d["weight"]) == (5, 4, 0, 1, 1.0)
    assert d["rows"] == 3 and d["duplicate_segments"] == 2 and metas[50.0]["decisions"]["weight"] == 50.0
    saved = json.loads((tmp_path / "m1.0" / "heads" / "meta.json").read_text(encoding="utf-8"))
    assert saved["decisions"] == d
    # the corpus says "eco friendly ... planet" is a GENERIC_CLAIM; heavy decisions saying it is not pull it down
    assert probs[50.0] < probs[1.0]


def test_model_card_names_the_decisions():
    from claims.evaluation.modelcard import decisions_note

    assert decisions_note({}) == ""
    note = decisions_note({"decisions": {"file": "d.jsonl", "sha256": "ab" * 32, "lines": 5, "used": 4,
                                         "deduplicated": 1, "rejected": 1, "weight": 2.0, "rows": 7}})
    assert "ab" * 32 in note and "4 decisions used" in note and "1 rejected" in note and "weighing 2.0" in note


def test_claims_train_decisions_cli(cli, tmp_path, monkeypatch):
    import claims.training.heads as heads_mod
    from claims.cli.train import DEFAULT_DECISION_WEIGHT

    assert DEFAULT_DECISION_WEIGHT == decisions.DEFAULT_WEIGHT
    monkeypatch.setattr(heads_mod, "Encoder", HashEncoder)
    corpora = write_corpora(tmp_path / "corpora")
    ok = record("a", DESC, "approve", "high", ["GENERIC_CLAIM"], claims=[C0], findings=[("GENERIC_CLAIM", 0, 12)])
    out = tmp_path / "model"
    bad = write_export(tmp_path / "bad.jsonl", [ok, ok, "oops"])
    code, _, err = cli("train", "--corpora", corpora, "--out", out, "--heads-only", "--decisions", bad)
    assert code == 2 and "line 3" in err and len(err.strip().splitlines()) == 1 and not out.exists()
    code, _, err = cli("train", "--corpora", corpora, "--out", out, "--heads-only", "--decisions", bad,
                       "--decision-weight", "0")
    assert code == 2 and "--decision-weight" in err
    code, _, err = cli("train", "--corpora", corpora, "--out", out, "--heads-only", "--decisions",
                       tmp_path / "missing.jsonl")
    assert code == 2 and "missing.jsonl" in err and "Traceback" not in err
    none_usable = write_export(tmp_path / "none.jsonl", [{**ok, "action": "note"}])
    code, _, err = cli("train", "--corpora", corpora, "--out", out, "--heads-only", "--decisions", none_usable)
    assert code == 2 and "no usable decision" in err and (out / "decisions.rejects.jsonl").exists()
    export = write_export(tmp_path / "d.jsonl", [ok, {**ok, "action": "note"}])
    code, stdout, err = cli("train", "--corpora", corpora, "--out", out, "--heads-only", "--decisions", export,
                            "--decision-weight", "3")
    assert code == 0, err
    assert "1 of 2 decisions rejected" in err and "1 used" in stdout
    meta = json.loads((out / "heads" / "meta.json").read_text(encoding="utf-8"))
    assert meta["decisions"]["weight"] == 3.0 and meta["decisions"]["rejected"] == 1
    rejects = (out / "decisions.rejects.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["line"] for x in rejects] == [2]
    assert (out / "evidence" / "evidence.json").exists()  # --heads-only: the shipped evidence model, copied
    assert np.isfinite(np.load(out / "heads" / "heads.npz")["weights"]).all()


def test_disk_cached_encoder_keeps_every_embedding_bit_for_bit(tmp_path):
    from claims.scoring.cache import text_key
    from claims.training.embcache import DiskCachedEncoder

    # a key ending in a NUL byte is the case a fixed-width bytes array would truncate
    texts = [t for t in (f"text {i}" for i in range(2000)) if text_key(t).endswith(b"\0")][:2] + ["a", "b", "a"]
    inner = HashEncoder()
    enc = DiskCachedEncoder(tmp_path / "c.npz", inner)
    first = enc.encode(texts)
    assert inner.calls == [[texts[0], texts[1], "a", "b"]]  # each distinct text once
    enc.save()
    inner2 = HashEncoder()
    again = DiskCachedEncoder(tmp_path / "c.npz", inner2).encode(texts)
    assert inner2.calls == [] and np.array_equal(first, again) and np.array_equal(first, HashEncoder().encode(texts))
