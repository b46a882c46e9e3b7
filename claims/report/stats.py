"""The numbers of the catalog report, computed from ``claims score`` output (no rendering here).

A *record* is one scored listing as a flat dict: the result (``greenwashing``, ``claims``, ...)
plus the listing's fields (``title``, ``category``, ``brand``, ``seller``, ``description`` when
the original catalog is given). Everything here is a pure function of records:

- :func:`summarize`: listings, levels, eco share, finding codes of a whole run;
- :func:`breakdown`: the same per category, brand or seller;
- :func:`riskiest`: the listings with the highest risk, with their findings in context;
- :func:`claim_clusters`: near-duplicate claim texts (copy-pasted copy) across brands or sellers,
  found by MinHash over character shingles and checked by exact Jaccard similarity;
- :func:`compare`: two runs of the same catalog, listing by listing.

*Eco share*: the share of listings whose claims are credible, i.e. at level ``low`` (at least
one environmental claim and no medium or high finding).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from claims.config import Settings
from claims.io.files import Row, read_listings, read_results, unflatten_result

LEVELS = ("none", "low", "medium", "high")
FLAGGED = ("medium", "high")
MISSING = "(none)"
SEVERITY_RANK = {"high": 0, "medium": 1, "advisory": 2}


class ReportError(Exception):
    """The report cannot be made from these files (the CLI prints it as one line)."""


# ---------------------------------------------------------------------------------------- loading

def load_records(scored: Path, listings: Path | None = None, settings: Settings | None = None
                 ) -> list[dict[str, Any]]:
    """Records of a ``claims score`` output (any format), joined by id with the original catalog
    when ``listings`` is given (its fields fill what the output lacks, e.g. ``description``)."""
    from claims.io.files import InputError

    try:
        records = []
        for n, row in enumerate(read_results(scored), 1):
            try:
                records.append(unflatten_result(dict(row)))
            except (KeyError, ValueError, TypeError) as e:
                raise ReportError(f"{scored}: row {n} is not a `claims score` result ({e})") from e
        if listings is not None:
            by_id = {str(r["id"]): r for r in records}
            for item in read_listings(listings, settings or Settings()):
                if isinstance(item, Row) and item.listing["id"] in by_id:
                    rec = by_id[item.listing["id"]]
                    for k, v in item.listing.items():
                        rec.setdefault(k, v)
    except InputError as e:
        raise ReportError(str(e)) from e
    return records


def level_of(rec: Mapping[str, Any]) -> str:
    level = str(rec["greenwashing"]["level"])
    return level if level in LEVELS else "none"


def findings_of(rec: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(rec["greenwashing"].get("findings") or [])


def codes_of(rec: Mapping[str, Any]) -> set[str]:
    return {str(f["code"]) for f in findings_of(rec)}


def group_value(rec: Mapping[str, Any], key: str) -> str:
    value = rec.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return MISSING
    return str(value).strip()


# ---------------------------------------------------------------------------------------- summary

@dataclass
class Summary:
    listings: int
    levels: dict[str, int]
    eco_share: float  # share of listings at level low (credible claims)
    flagged_share: float  # share at medium or high
    with_claims: int  # listings with at least one claim
    mean_risk: float
    mean_eco_score: float
    codes: list[tuple[str, int]]  # code, listings with it, most frequent first
    model_versions: list[str]


def summarize(records: Sequence[Mapping[str, Any]]) -> Summary:
    n = len(records)
    levels = Counter(level_of(r) for r in records)
    codes: Counter[str] = Counter()
    for r in records:
        codes.update(codes_of(r))
    return Summary(
        listings=n,
        levels={lv: levels.get(lv, 0) for lv in LEVELS},
        eco_share=levels.get("low", 0) / n if n else 0.0,
        flagged_share=sum(levels.get(lv, 0) for lv in FLAGGED) / n if n else 0.0,
        with_claims=sum(1 for r in records if r.get("claims")),
        mean_risk=float(np.mean([float(r["greenwashing"].get("score") or 0) for r in records])) if n else 0.0,
        mean_eco_score=float(np.mean([float(r.get("eco_score") or 0) for r in records])) if n else 0.0,
        codes=sorted(codes.items(), key=lambda kv: (-kv[1], kv[0])),
        model_versions=sorted({str(r.get("model_version")) for r in records if r.get("model_version")}),
    )


@dataclass
class Group:
    name: str
    listings: int
    levels: dict[str, int]
    flagged: int
    eco_share: float
    mean_risk: float
    codes: list[tuple[str, int]]  # the most frequent codes in the group


@dataclass
class Breakdown:
    key: str  # category, brand or seller
    groups: list[Group]  # the shown ones: most flagged listings first
    total_groups: int
    flagged_groups: int  # groups with at least one flagged listing
    present: bool  # whether any record has the key at all


def breakdown(records: Sequence[Mapping[str, Any]], key: str, top: int = 15, top_codes: int = 3) -> Breakdown:
    """Levels and codes per value of ``key``, the groups with most flagged listings first."""
    present = any(group_value(r, key) != MISSING for r in records)
    by: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in records:
        by[group_value(r, key)].append(r)
    groups = []
    for name, recs in by.items():
        s = summarize(recs)
        groups.append(Group(name=name, listings=s.listings, levels=s.levels,
                            flagged=sum(s.levels[lv] for lv in FLAGGED), eco_share=s.eco_share,
                            mean_risk=s.mean_risk, codes=s.codes[:top_codes]))
    groups.sort(key=lambda g: (-g.flagged, -g.listings, g.name))
    return Breakdown(key=key, groups=groups[:top], total_groups=len(groups),
                     flagged_groups=sum(1 for g in groups if g.flagged), present=present)


# ---------------------------------------------------------------------------------------- riskiest

@dataclass
class Snippet:
    """A finding in context: ``before`` + ``span`` + ``after`` is a window of the field's text."""

    code: str
    severity: str
    field: str
    before: str
    span: str
    after: str
    message: str
    suggestion: str
    in_context: bool  # False: the field's text was not at hand (or did not match), only the span


@dataclass
class RiskyListing:
    id: str
    title: str
    category: str
    brand: str
    seller: str
    level: str
    risk: float
    findings: list[Snippet]


def snippet(rec: Mapping[str, Any], f: Mapping[str, Any], context: int = 90) -> Snippet:
    text = str(f.get("text") or "")
    source = rec.get(str(f.get("field")))
    start, end = f.get("start"), f.get("end")
    base = dict(code=str(f.get("code")), severity=str(f.get("severity")), field=str(f.get("field")),
                message=str(f.get("message") or ""), suggestion=str(f.get("suggestion") or ""))
    if (isinstance(source, str) and isinstance(start, int) and isinstance(end, int)
            and 0 <= start < end <= len(source) and source[start:end] == text):
        lo, hi = max(0, start - context), min(len(source), end + context)
        before = ("…" if lo > 0 else "") + source[lo:start]
        after = source[end:hi] + ("…" if hi < len(source) else "")
        return Snippet(before=before, span=text, after=after, in_context=True, **base)
    return Snippet(before="", span=text, after="", in_context=False, **base)


def riskiest(records: Sequence[Mapping[str, Any]], n: int = 20) -> list[RiskyListing]:
    """The ``n`` listings with the highest level, then risk score, with their findings in context
    (most severe first)."""
    ranked = sorted(records, key=lambda r: (-LEVELS.index(level_of(r)), -float(r["greenwashing"].get("score") or 0),
                                            str(r["id"])))
    out = []
    for r in ranked[:n]:
        if level_of(r) == "none":
            break
        fs = sorted(findings_of(r), key=lambda f: (SEVERITY_RANK.get(str(f.get("severity")), 3),
                                                   f.get("field") != "title", f.get("start", 0)))
        out.append(RiskyListing(id=str(r["id"]), title=str(r.get("title") or ""),
                                category=group_value(r, "category"), brand=group_value(r, "brand"),
                                seller=group_value(r, "seller"), level=level_of(r),
                                risk=float(r["greenwashing"].get("score") or 0),
                                findings=[snippet(r, f) for f in fs]))
    return out


# ---------------------------------------------------------------------------------------- clusters

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize_claim(text: str) -> str:
    """Lowercase, Unicode-compatible forms folded, punctuation and runs of spaces to one space."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashed character k-grams of a normalised text (the whole text when shorter than k)."""
    if len(text) <= k:
        return {zlib.crc32(text.encode("utf-8"))}
    return {zlib.crc32(text[i:i + k].encode("utf-8")) for i in range(len(text) - k + 1)}


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


_PRIME = (1 << 61) - 1


def minhash_pairs(sets: Sequence[set[int]], bands: int = 16, rows: int = 4, seed: int = 15,
                  max_bucket: int = 100) -> set[tuple[int, int]]:
    """Candidate pairs (i < j) of ``sets`` whose MinHash signatures agree on a whole band: pairs
    of Jaccard similarity s are found with probability 1 - (1 - s^rows)^bands (0.64 at s = 0.5,
    0.98 at s = 0.7 with the defaults). Linear in the number of sets plus the candidates."""
    rng = np.random.default_rng(seed)
    perms = bands * rows
    a = rng.integers(1, _PRIME, perms, dtype=np.uint64)
    b = rng.integers(0, _PRIME, perms, dtype=np.uint64)
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        x = np.fromiter(s, dtype=np.uint64, count=len(s))
        # (a*x + b) mod p in 64-bit arithmetic (wraps; a universal-enough family for sketches)
        sig = ((np.outer(a, x) + b[:, None]) % np.uint64(_PRIME)).min(axis=1)
        for band in range(bands):
            buckets[(band, sig[band * rows:(band + 1) * rows].tobytes())].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) <= max_bucket:
            pairs.update((members[i], members[j]) for j in range(len(members)) for i in range(j))
        else:  # a crowded bucket: pairs with its first member only (keeps the count linear)
            pairs.update((members[0], m) for m in members[1:])
    return pairs


@dataclass
class ClusterMember:
    id: str
    title: str
    brand: str
    seller: str
    level: str
    text: str  # the claim as written in this listing


@dataclass
class Cluster:
    text: str  # the most frequent wording
    wordings: int  # distinct normalised wordings in the cluster
    listings: int
    brands: int
    sellers: int
    codes: list[tuple[str, int]]  # findings on these claims
    members: list[ClusterMember] = field(default_factory=list)


def _overlaps(f: Mapping[str, Any], c: Mapping[str, Any]) -> bool:
    return (f.get("field") == c.get("field") and isinstance(f.get("start"), int) and isinstance(c.get("start"), int)
            and f["start"] < c["end"] and c["start"] < f["end"])


def claim_clusters(records: Sequence[Mapping[str, Any]], threshold: float = 0.6, min_chars: int = 20,
                   min_spread: int = 2, top: int = 20, max_members: int = 12) -> tuple[list[Cluster], int]:
    """Groups of near-identical claim texts (Jaccard similarity of character 5-gram shingles at
    least ``threshold`` after :func:`normalize_claim`) that appear in listings of at least
    ``min_spread`` brands or sellers: copy reused across the catalog. Claims shorter than
    ``min_chars`` (normalised) are left out: "eco-friendly" alone is a word, not copy.

    Returns the ``top`` clusters (most sellers, then brands, then listings first) and how many
    clusters span several brands or sellers in all."""
    occurrences: dict[str, list[tuple[Mapping[str, Any], Mapping[str, Any]]]] = defaultdict(list)
    for r in records:
        for c in r.get("claims") or []:
            norm = normalize_claim(str(c.get("text") or ""))
            if len(norm) >= min_chars:
                occurrences[norm].append((r, c))
    texts = sorted(occurrences)
    sets = [shingles(t) for t in texts]
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in minhash_pairs(sets):
        if find(i) != find(j) and jaccard(sets[i], sets[j]) >= threshold:
            parent[find(i)] = find(j)
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(len(texts)):
        comps[find(i)].append(i)
    clusters = []
    for idx in comps.values():
        occ = [o for i in idx for o in occurrences[texts[i]]]
        brands = {group_value(r, "brand") for r, _ in occ} - {MISSING}
        sellers = {group_value(r, "seller") for r, _ in occ} - {MISSING}
        if max(len(brands), len(sellers)) < min_spread:
            continue
        wordings = Counter(str(c.get("text")).strip() for _, c in occ)
        flagged: set[tuple[str, str]] = set()  # (listing, code): codes count listings, not claims
        seen: set[str] = set()
        members = []
        for r, c in sorted(occ, key=lambda o: (group_value(o[0], "seller"), group_value(o[0], "brand"),
                                               str(o[0]["id"]))):
            flagged.update((str(r["id"]), str(f["code"])) for f in findings_of(r) if _overlaps(f, c))
            if str(r["id"]) in seen:
                continue
            seen.add(str(r["id"]))
            members.append(ClusterMember(id=str(r["id"]), title=str(r.get("title") or ""),
                                         brand=group_value(r, "brand"), seller=group_value(r, "seller"),
                                         level=level_of(r), text=str(c.get("text") or "")))
        codes = Counter(code for _, code in flagged)
        text = min(wordings, key=lambda w: (-wordings[w], len(w), w))  # the most frequent, then the shortest
        clusters.append(Cluster(text=text, wordings=len(idx), listings=len(seen),
                                brands=len(brands), sellers=len(sellers),
                                codes=sorted(codes.items(), key=lambda kv: (-kv[1], kv[0])),
                                members=members[:max_members]))
    clusters.sort(key=lambda c: (-c.sellers, -c.brands, -c.listings, c.text))
    return clusters[:top], len(clusters)


# ---------------------------------------------------------------------------------------- compare

@dataclass
class Change:
    id: str
    title: str
    old_level: str
    new_level: str
    old_risk: float
    new_risk: float
    gained: list[str]  # finding codes in the new run only
    lost: list[str]  # in the old run only


@dataclass
class Comparison:
    old: Summary
    new: Summary
    common: int
    only_old: int
    only_new: int
    transitions: dict[str, dict[str, int]]  # old level -> new level -> listings
    better: list[Change]  # a lower level now, the biggest drops first
    worse: list[Change]
    better_total: int
    worse_total: int
    codes: list[tuple[str, int, int]]  # code, listings in the old run, in the new run


def _change(o: Mapping[str, Any], n: Mapping[str, Any]) -> Change:
    oc, nc = codes_of(o), codes_of(n)
    return Change(id=str(n["id"]), title=str(n.get("title") or o.get("title") or ""),
                  old_level=level_of(o), new_level=level_of(n),
                  old_risk=float(o["greenwashing"].get("score") or 0),
                  new_risk=float(n["greenwashing"].get("score") or 0),
                  gained=sorted(nc - oc), lost=sorted(oc - nc))


def compare(old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]], top: int = 25) -> Comparison:
    """Listing by listing (by id): level transitions, what got better or worse."""
    old_by = {str(r["id"]): r for r in old}
    new_by = {str(r["id"]): r for r in new}
    common = [i for i in new_by if i in old_by]
    transitions = {a: {b: 0 for b in LEVELS} for a in LEVELS}
    better, worse = [], []
    for i in common:
        ch = _change(old_by[i], new_by[i])
        transitions[ch.old_level][ch.new_level] += 1
        delta = LEVELS.index(ch.new_level) - LEVELS.index(ch.old_level)
        if delta < 0:
            better.append(ch)
        elif delta > 0:
            worse.append(ch)
    better.sort(key=lambda c: (LEVELS.index(c.new_level) - LEVELS.index(c.old_level), c.new_risk - c.old_risk, c.id))
    worse.sort(key=lambda c: (LEVELS.index(c.old_level) - LEVELS.index(c.new_level), c.old_risk - c.new_risk, c.id))
    so, sn = summarize(list(old_by.values())), summarize(list(new_by.values()))
    oc, nc = dict(so.codes), dict(sn.codes)
    codes = sorted(((c, oc.get(c, 0), nc.get(c, 0)) for c in set(oc) | set(nc)),
                   key=lambda t: (-max(t[1], t[2]), t[0]))
    return Comparison(old=so, new=sn, common=len(common), only_old=len(set(old_by) - set(new_by)),
                      only_new=len(set(new_by) - set(old_by)), transitions=transitions,
                      better=better[:top], worse=worse[:top], better_total=len(better), worse_total=len(worse),
                      codes=codes)


# ---------------------------------------------------------------------------------------- the whole report

@dataclass
class Report:
    source: str
    summary: Summary
    breakdowns: list[Breakdown]
    riskiest: list[RiskyListing]
    clusters: list[Cluster]
    clusters_total: int
    comparison: Comparison | None = None
    compare_source: str = ""
    notes: list[str] = field(default_factory=list)


def build_report(records: Sequence[Mapping[str, Any]], source: str = "",
                 old: Sequence[Mapping[str, Any]] | None = None, compare_source: str = "",
                 top: int = 20) -> Report:
    """Every section of the report from the records of one run (and, with ``old``, a previous run)."""
    breakdowns = [breakdown(records, key) for key in ("category", "brand", "seller")]
    clusters, total = claim_clusters(records)
    notes = []
    if records and not any(isinstance(r.get(f), str) for r in records for f in ("description",)):
        notes.append("The descriptions were not at hand (pass --listings CATALOG): findings in descriptions "
                     "show the flagged span only, without its context.")
    return Report(source=source, summary=summarize(records), breakdowns=breakdowns, riskiest=riskiest(records, top),
                  clusters=clusters, clusters_total=total,
                  comparison=compare(old, records) if old is not None else None,
                  compare_source=compare_source, notes=notes)

