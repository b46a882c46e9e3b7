"""The sieve finds exactly what its pattern finds (claims/text/sieve.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claims.text import senses
from claims.text.sieve import Sieve, split_branches, trigger

ROOT = Path(__file__).resolve().parents[2]


def spans(finder: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in finder.finditer(text)]  # type: ignore[attr-defined]


def test_split_branches_keeps_groups_classes_and_escapes_whole() -> None:
    assert split_branches(r"a|(b|c)|[|)]|\||x(?:y|z)") == ["a", "(b|c)", "[|)]", r"\|", "x(?:y|z)"]
    assert split_branches(r"[]|]|b") == ["[]|]", "b"]


@pytest.mark.parametrize(("branch", "expected"), [
    (r"\bbuckwheat\b", {"buckwheat"}),
    (r"\b(toxic|harmful) (if|when) swallowed\b", {" swallowed"}),
    (r"\bcarbon (fib(er|re)|steel)\b", {"carbon "}),
    (r"\b(eco|green)\s*\d", {"eco", "green"}),  # one of them must occur
    (r"\b(eco|green)\s*mode", {"mode"}),  # the most telling of the literals that must all occur
    (r"[A-Z]\d+", None),  # nothing literal to consume: always run
    (r"(foo)?bar", {"bar"}),  # an optional group is no condition
])
def test_trigger_is_a_literal_every_match_contains(branch: str, expected: set[str] | None) -> None:
    found = trigger(branch, re.IGNORECASE)
    assert (found if found is None else set(found)) == expected


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    (r"ab|abc", "xabc", ["ab"]),  # the first branch that matches wins, not the longest
    (r"bc|abcd", "abcd", ["abcd"]),  # the leftmost match wins, whichever branch
    (r"cd|abc|de", "abcde", ["abc", "de"]),  # the search goes on after the match, not inside it
    (r"green|\d+ ?w", "Green 20 W, green", ["Green", "20 W", "green"]),
])
def test_sieve_matches_like_the_alternation(pattern: str, text: str, expected: list[str]) -> None:
    sieve = Sieve(re.compile(pattern, re.IGNORECASE))
    assert [m.group(0) for m in sieve.finditer(text)] == expected
    assert [m.group(0) for m in re.compile(pattern, re.IGNORECASE).finditer(text)] == expected


def test_text_the_lowercase_check_cannot_read_uses_the_whole_pattern() -> None:
    # re folds the long s onto "s" under IGNORECASE; str.lower keeps it, so no trigger would be seen
    pattern = re.compile(r"solar|wind", re.IGNORECASE)
    assert spans(Sieve(pattern), "\u017folar lamp") == spans(pattern, "\u017folar lamp") == [(0, 5)]


def corpus_texts(limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "corpora" / "heldout").glob("*.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines()[: limit // 6]:
            listing = json.loads(line)
            texts += [listing["title"], *(listing.get("description") or "").split("|")]
    return texts


@pytest.mark.parametrize("name", ["MORE_OTHER_SENSES", "_GREEN_NAME"])
def test_the_shipped_sieves_find_what_their_patterns_find(name: str) -> None:
    sieve = getattr(senses, name)
    texts = corpus_texts(240)
    assert len(texts) > 500
    found = 0
    for text in texts:
        assert spans(sieve, text) == spans(sieve.pattern, text), text
        blank = sieve.sub(lambda m: " " * len(m.group(0)), text)
        assert blank == sieve.pattern.sub(lambda m: " " * len(m.group(0)), text)
        found += bool(spans(sieve.pattern, text))
    assert found > 10  # the check saw matches, not only texts without any
