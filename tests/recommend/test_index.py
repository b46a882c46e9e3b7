"""The vector index: exact and faiss IVF search, in-place changes, persistence (synthetic vectors)."""

import numpy as np
import pytest

from claims.recommend.index import VectorIndex, normalise


def clustered(n: int, dim: int = 32, clusters: int = 20, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, dim))
    return normalise(centres[rng.integers(0, clusters, n)] + 0.3 * rng.standard_normal((n, dim)))


def ids(n: int, prefix: str = "i") -> list[str]:
    return [f"{prefix}{j}" for j in range(n)]


def test_exact_search_known_answer_and_padding():
    idx = VectorIndex(dim=3)
    idx.add(["x", "y", "z"], np.array([[1, 0, 0], [0.8, 0.6, 0], [0, 0, 1]], dtype=np.float32))
    rows, sims = idx.search(np.array([1.0, 0.1, 0.0]), 5)
    assert [idx.id_of(int(r)) for r in rows[0][:3]] == ["x", "y", "z"]
    assert list(rows[0][3:]) == [-1, -1] and np.all(np.isinf(sims[0][3:]))
    assert np.all(np.diff(sims[0][:3]) <= 0)
    assert idx.backend == "exact" and len(idx) == 3


def test_add_update_remove_in_place():
    idx = VectorIndex(dim=3)
    idx.add(["a", "b", "c"], np.eye(3, dtype=np.float32))
    row_b = idx.row_of("b")
    idx.add(["b"], np.array([[1.0, 0.0, 0.01]]))  # update: same row, new vector
    assert idx.row_of("b") == row_b and len(idx) == 3
    rows, _ = idx.search(np.array([0.0, 1.0, 0.0]), 3)
    assert idx.id_of(int(rows[0][0])) != "b"
    assert idx.remove(["a", "nope"]) == [idx.size - 3]  # unknown ids are ignored
    rows, _ = idx.search(np.array([1.0, 0.0, 0.0]), 3)
    found = [idx.id_of(int(r)) for r in rows[0] if r >= 0]
    assert "a" not in found and found[0] == "b" and len(found) == 2
    with pytest.raises(KeyError):
        idx.row_of("a")
    idx.add(["a"], np.array([[1.0, 0.0, 0.0]]))  # re-added: a new row
    assert idx.id_of(int(idx.search(np.array([1.0, 0.0, 0.0]), 1)[0][0][0])) == "a"


def test_allowed_mask_and_dimension_check():
    idx = VectorIndex(dim=2)
    idx.add(["p", "q", "r"], np.array([[1, 0], [0.9, 0.1], [0, 1]], dtype=np.float32))
    allowed = np.array([False, True, True])
    rows, _ = idx.search(np.array([1.0, 0.0]), 3, allowed=allowed)
    assert [idx.id_of(int(r)) for r in rows[0] if r >= 0] == ["q", "r"]
    with pytest.raises(ValueError):
        idx.add(["s"], np.zeros((1, 3)))


def test_faiss_above_threshold_recall_and_changes():
    vecs = clustered(3000)
    idx = VectorIndex(dim=32, exact_max_items=1000, nprobe=8)
    idx.add(ids(3000), vecs)
    assert idx.backend == "faiss-ivf"
    queries = clustered(50, seed=1)
    approx, _ = idx.search(queries, 10)
    exact, _ = idx.search(queries, 10, exact=True)
    recall = np.mean([len(set(a) & set(e)) / 10 for a, e in zip(approx, exact, strict=True)])
    assert recall >= 0.9
    # remove and update go through the IVF lists without a rebuild
    target = int(approx[0][0])
    gone = idx.id_of(target)
    idx.remove([gone])
    rows, _ = idx.search(queries[:1], 10)
    assert target not in rows[0]
    idx.add(["i7"], queries[1:2])  # move i7 onto the second query
    rows, sims = idx.search(queries[1:2], 1)
    assert idx.id_of(int(rows[0][0])) == "i7" and sims[0][0] == pytest.approx(1.0, abs=1e-5)
    # a narrow filter falls back to exact search over the allowed rows
    allowed = np.zeros(idx.size, bool)
    allowed[[5, 900, 2500]] = True
    rows, _ = idx.search(queries[:1], 10, allowed=allowed)
    assert sorted(int(r) for r in rows[0] if r >= 0) == [5, 900, 2500]


def test_faiss_dropped_when_the_catalog_shrinks():
    idx = VectorIndex(dim=32, exact_max_items=200)
    idx.add(ids(300), clustered(300))
    assert idx.backend == "faiss-ivf"
    idx.remove(ids(250))
    assert idx.backend == "exact" and len(idx) == 50


@pytest.mark.parametrize("threshold", [10_000, 500])
def test_save_load_round_trip_after_removals(tmp_path, threshold):
    idx = VectorIndex(dim=32, exact_max_items=threshold, nprobe=64)
    idx.add(ids(1200), clustered(1200))
    idx.remove(ids(100))
    idx.save(tmp_path)
    back = VectorIndex.load(tmp_path)
    assert back.backend == idx.backend and len(back) == 1100 and back.ids() == idx.ids()
    q = clustered(5, seed=3)
    r1, s1 = idx.search(q, 10)
    r2, s2 = back.search(q, 10)
    assert [[idx.id_of(int(r)) for r in row] for row in r1] == [[back.id_of(int(r)) for r in row] for row in r2]
    np.testing.assert_allclose(s1, s2, rtol=1e-5)


def test_load_missing_and_compact(tmp_path):
    with pytest.raises(FileNotFoundError):
        VectorIndex.load(tmp_path / "none")
    idx = VectorIndex(dim=2)
    idx.add(["a", "b", "c"], np.array([[1, 0], [0, 1], [1, 1]], dtype=np.float32))
    idx.remove(["b"])
    mapping = idx.compact()
    assert list(mapping) == [0, -1, 1] and idx.size == 2 and idx.row_of("c") == 1
