"""A long alternation of keyword patterns, run only over the branches that can match a text.

Python's ``re`` tries every branch of an alternation at every position of the text, so a pattern of some
four hundred branches (the other senses of :mod:`claims.text.senses`) costs about a millisecond a segment,
more than the encoder. Each branch can match only where some literal of it occurs in the text (its
*trigger*, read from the parsed branch: "buckwheat", or one of "toxic", "harmful", ...); a branch whose
trigger is absent can match nowhere, so dropping it leaves every match unchanged, and the branches that
remain are tried in the same order. :class:`Sieve` keeps the branches apart, checks the triggers on the
lower-cased text and searches with the few branches that remain, taking at each step the leftmost match
and, at one position, the first branch in pattern order, as the alternation does.

Exact, not approximate: a branch with no literal it must consume (one that starts with a character class,
say) has no trigger and is always kept, and a text with a character that ``re`` folds onto an ASCII letter
under IGNORECASE but ``str.lower`` does not (dotless i, long s) is matched with the whole pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

try:  # Python 3.11+: the parser behind re.compile (sre_parse is its deprecated alias)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants as _C
    import sre_parse as _P

_FOLDS_APART = ("\u0131", "\u017f")  # dotless i, long s: re folds them onto i and s, str.lower keeps them


class Matcher(Protocol):
    """What the rules ask of a pattern: a compiled ``re.Pattern`` or a :class:`Sieve`."""

    def search(self, string: str, /) -> re.Match[str] | None: ...

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]: ...

    def sub(self, repl: Callable[[re.Match[str]], str], string: str, /) -> str: ...


def split_branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a|(b|c)|[|]" -> ["a", "(b|c)", "[|]"])."""
    pieces, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: "|" and ")" inside it are characters
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces


def _best(conditions: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several conditions that all hold: longest shortest literal, then fewest literals."""
    return max(conditions, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _condition(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """A necessary condition of a parsed sequence: a set of lower-cased literals one of which a match
    consumes, or None where none can be read."""
    conditions: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av).lower()
            continue
        if op is _C.AT:  # zero-width (\b, ^): the literals on either side are still adjacent
            continue
        if run:
            conditions.append(frozenset([run]))
            run = ""
        found: frozenset[str] | None = None
        if op is _C.SUBPATTERN:
            found = _condition(list(av[-1]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            found = _condition(list(av[2])) if av[0] >= 1 else None
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            found = _condition(list(av))
        elif op is _C.BRANCH:
            alternatives = [_condition(list(a)) for a in av[1]]
            if all(a is not None for a in alternatives):
                found = frozenset(literal for a in alternatives for literal in a or ())
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av):
            found = frozenset(chr(v).lower() for _, v in av)
        if found:
            conditions.append(found)
    if run:
        conditions.append(frozenset([run]))
    return _best(conditions)


def trigger(branch: str, flags: int = 0) -> frozenset[str] | None:
    """Literals one of which every match of ``branch`` contains (lower-cased), or None."""
    try:
        return _condition(list(_P.parse(branch, flags)))
    except Exception:  # noqa: BLE001 - a pattern the private parser cannot read is simply always run
        return None


class Sieve:
    """``pattern``'s matches (the whole match, group 0), found by the branches that can match the text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._branches: list[str] = []
        self._by_literal: dict[str, list[int]] = {}  # literal -> the branches it triggers
        self._exact = False
        self._compiled: dict[int, re.Pattern[str]] = {}
        self._read = False

    def _read_branches(self) -> None:
        """Split and read the pattern (on first use, not at import; built aside, then swapped in whole, so a
        second thread that reads at the same time changes nothing another is reading)."""
        branches = split_branches(self.pattern.pattern)
        triggers = [trigger(b, self.pattern.flags) for b in branches]
        by_literal: dict[str, list[int]] = {}
        for i, t in enumerate(triggers):
            for literal in t or ():
                by_literal.setdefault(literal, []).append(i)
        self._branches, self._by_literal = branches, by_literal
        self._exact = len(branches) > 1 and all(t is not None for t in triggers)
        self._read = True

    def _branch(self, i: int) -> re.Pattern[str]:
        if i not in self._compiled:
            self._compiled[i] = re.compile(self._branches[i], self.pattern.flags)
        return self._compiled[i]

    def candidates(self, text: str) -> list[int] | None:
        """The branches whose trigger occurs in ``text``, in pattern order (None: use the whole pattern)."""
        if not self._read:
            self._read_branches()
        if not self._exact or any(c in text for c in _FOLDS_APART):
            return None
        low = text.lower()
        return sorted({i for literal, branches in self._by_literal.items() if literal in low for i in branches})

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """As ``pattern.finditer``: at the leftmost position where a branch matches, the first such branch in
        pattern order wins, and the search goes on after its match (every branch consumes its trigger, so no
        match is empty)."""
        active = self.candidates(text)
        if active is None:
            yield from self.pattern.finditer(text)
            return
        if len(active) == 1:
            yield from self._branch(active[0]).finditer(text)
            return
        found = {i: self._branch(i).search(text) for i in active}
        while True:
            live = [(m.start(), i, m) for i, m in found.items() if m is not None]
            if not live:
                return
            _, _, match = min(live, key=lambda t: (t[0], t[1]))
            yield match
            end = match.end()
            for i, m in found.items():  # a branch's leftmost match that starts before the end is searched again
                if m is not None and m.start() < end:
                    found[i] = self._branch(i).search(text, end)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        """As ``pattern.sub`` with a function (group numbers are the branch's own, so no template)."""
        pieces, last = [], 0
        for m in self.finditer(text):
            pieces += [text[last:m.start()], repl(m)]
            last = m.end()
        return "".join(pieces) + text[last:] if pieces else text
