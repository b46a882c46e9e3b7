"""The row cache behind the encoder and the cross-encoder: misses computed once, hits reused,
oldest rows evicted."""

from __future__ import annotations

import numpy as np

from claims.scoring.cache import RowCache, text_key


def test_misses_are_computed_once_and_hits_reused():
    calls: list[list[int]] = []

    def rows_for(texts):
        def compute(idx):
            calls.append(list(idx))
            return np.array([[float(ord(texts[i]))] * 2 for i in idx])

        return cache.get_or_compute([text_key(t) for t in texts], compute, 2)

    cache = RowCache(10)
    rows = rows_for(["a", "b", "a", "c"])
    assert calls == [[0, 1, 3]]  # "a" twice in the input: computed once
    assert rows[:, 0].tolist() == [97.0, 98.0, 97.0, 99.0]
    again = rows_for(["c", "a", "d"])
    assert calls[-1] == [2] and again[:, 1].tolist() == [99.0, 97.0, 100.0]  # only "d" is new


def test_oldest_rows_are_evicted_and_keys_separate_parts():
    cache = RowCache(2)
    n = [0]

    def compute(idx):
        n[0] += len(idx)
        return np.ones((len(idx), 1))

    for t in ["x", "y", "z"]:
        cache.get_or_compute([text_key(t)], compute, 1)
    cache.get_or_compute([text_key("x")], compute, 1)  # evicted: computed again
    assert n[0] == 4
    assert text_key("ab", "c") != text_key("a", "bc")


def test_cached_rows_do_not_keep_their_batch_alive():
    """Rows are copied out of the computed batch: a view would pin the whole batch array for as
    long as one of its rows stays cached, and a long stream would grow by a batch at a time."""
    cache = RowCache(2)
    cache.get_or_compute([b"a", b"b", b"c", b"d"], lambda idx: np.ones((len(idx), 384), np.float32), 384)
    rows = list(cache._rows.values())
    assert len(rows) == 2 and all(r.base is None for r in rows)
