"""The real-text sets (corpora/real, claims.evaluation.real): every label line validates, carries no
text, names no reserved listing; with the public data beside the checkout, every offset lands in
its field and the split is a function of the id."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from claims.config import get_settings
from claims.evaluation import real

ROOT = Path(__file__).resolve().parents[2]


def _validator():
    spec = importlib.util.spec_from_file_location("corpora_validate", ROOT / "corpora" / "validate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _labels(source: str) -> list[dict]:
    path = real.SOURCES[source].labels_path(ROOT / "corpora")
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.mark.parametrize("source", sorted(real.SOURCES))
def test_every_label_line_validates_and_carries_no_text(source):
    check = _validator().check_standoff
    labels = _labels(source)
    assert labels
    problems = {r["id"]: errs for r in labels if (errs := check(r))}
    assert not problems
    assert len({r["id"] for r in labels}) == len(labels)
    assert {r["source"] for r in labels} == {real.SOURCES[source].dataset}


@pytest.mark.parametrize("source", sorted(real.SOURCES))
def test_the_labelled_text_joins_back_from_the_public_data(source):
    shared = get_settings().shared_data_dir
    if not (shared / real.SOURCES[source].dataset / real.SOURCES[source].csv).exists():
        pytest.skip("the public data set is not beside this checkout")
    listings = real.load(ROOT / "corpora", shared, None, source)
    assert len(listings) == len(_labels(source))
    for r in listings:
        for c in r["claims"]:
            assert c["text"].strip(), (r["id"], c)
            assert r[c["field"]][c["start"]: c["end"]] == c["text"]
    dev = {r["id"] for r in real.load(ROOT / "corpora", shared, "dev", source)}
    test = {r["id"] for r in real.load(ROOT / "corpora", shared, "test", source)}
    assert dev and test and not dev & test and dev | test == {r["id"] for r in listings}
    assert all(real.split_of(i) == "dev" for i in dev)


def test_an_unknown_source_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="unknown real-text source"):
        real.load(tmp_path, tmp_path, "dev", "amazon_moon")


def test_a_missing_data_set_is_its_own_error(tmp_path):
    with pytest.raises(real.RealDataMissing, match="beside the checkout"):
        real.load(ROOT / "corpora", tmp_path, "dev", "amazon_in")


def test_the_held_out_set_validates_and_splits_by_writer():
    from claims.evaluation.benchmarks import heldout
    from claims.training import corpus

    check = _validator().check_listing
    rows = corpus.load(ROOT / "corpora", "heldout")
    assert rows
    assert not {r["id"]: errs for r in rows if (errs := check(r, labelled=True))}
    splits = {heldout.split_of(r["id"]) for r in rows}
    assert splits == {"dev", "test"}
    # one writer's listings never straddle the split
    by_writer: dict[str, set[str]] = {}
    for r in rows:
        by_writer.setdefault(r["id"].split("-")[1], set()).add(heldout.split_of(r["id"]))
    assert all(len(s) == 1 for s in by_writer.values())
    # nothing trains on it: the training corpus never holds these ids
    assert not {r["id"] for r in rows} & {r["id"] for r in corpus.load(ROOT / "corpora", "listings")}
