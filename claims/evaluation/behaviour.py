"""The behavioural suite: CheckList-style minimal pairs for real seller copy (corpora/behaviour).

Each case is one listing with expectations written from labels.md (see the data card,
``corpora/behaviour/README.md``). :func:`load` reads and validates the cases (a bad case is named
by its line), :func:`run` scores every listing of the chosen split in one ``score()`` batch and
:func:`check` compares each result with its expectations; the report gives the overall fail rate,
counts per category and per kind, and every failing case with what was expected and what came out.

Kinds: ``MFT`` (a minimum functionality test), ``DIR`` (the other side of a minimal pair: one
change, its own expectation) and ``INV`` (a perturbation that must not change the result:
``same_as`` the base case, i.e. the same level, set of finding codes and set of attributes).
The case files (``cases.jsonl``, then ``cases-c81-c110.jsonl`` and later spans of batches, each under
the 10 MB a tracked file may hold) are read together. The split of a case is a pure function of its
``group`` (SHA-1, first byte even: dev), so both sides of a pair fall in the same half. Another file,
``holdout.jsonl`` (loaded with them when present), holds the ``holdout`` split: cases written later and
committed before any model was run on them; every case there says ``"split": "holdout"``, and no case of
the case files may.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from claims.taxonomy import ATTRIBUTES, CODES, LEVELS

CATEGORIES: tuple[str, ...] = (
    "negation", "other_sense", "generic_unspecified", "whole_product", "licence", "segmentation",
    "legal_requirement", "battery_vs_energy", "durability", "service_terms", "language", "invariance",
)
KINDS: tuple[str, ...] = ("MFT", "DIR", "INV")
SPLITS: tuple[str, ...] = ("dev", "test")
HOLDOUT = "holdout"
HOLDOUT_FILE = "holdout.jsonl"
CASE_FILES = "cases*.jsonl"  # the case files of a suite folder (cases.jsonl, cases-c81-c110.jsonl, ...)
STATUSES: tuple[str, ...] = ("scored", "unsupported_language")
_LIST_KEYS = ("level_in", "level_not", "codes_present", "codes_absent", "attrs_present", "attrs_absent")
EXPECT_KEYS: tuple[str, ...] = ("level", *_LIST_KEYS, "status", "same_as")
_CASE_KEYS = {"id", "group", "category", "kind", "listing", "expect", "split"}


class Scorer(Protocol):
    def score(self, listings: Sequence[dict[str, Any]]) -> Sequence[Any]: ...


def default_path() -> Path:
    """The shipped suite: the folder of ``cases*.jsonl`` files (one per span of batches) and ``holdout.jsonl``."""
    from claims.config import get_settings

    return get_settings().corpora_dir / "behaviour"


def case_files(path: Path) -> list[Path]:
    """The case files of ``path``: a folder's ``cases.jsonl`` and then its other ``cases*.jsonl`` files in the
    order of their first batch ("cases-c81-c110.jsonl" before "cases-c111-c116.jsonl"), or the one file given."""
    if not path.is_dir():
        return [path]
    return sorted(path.glob(CASE_FILES), key=lambda f: (f.name != "cases.jsonl", _first_batch(f.name), f.name))


def _first_batch(name: str) -> int:
    m = re.match(r"cases-c(\d+)", name)
    return int(m.group(1)) if m else 0


def holdout_path(path: Path | None = None) -> Path:
    """The holdout file that goes with the case file or folder ``path`` (default: the shipped one)."""
    path = Path(path) if path is not None else default_path()
    return path / HOLDOUT_FILE if path.is_dir() else path.with_name(HOLDOUT_FILE)


def split_of(group: str) -> str:
    """``dev`` when the first byte of SHA-1(group) is even, else ``test``."""
    return "dev" if hashlib.sha1(group.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _validate_names(where: str, key: str, values: list[Any], allowed: Sequence[str]) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ValueError(f"{where}: expect.{key} has unknown name(s) {bad}")


def validate_case(case: Any, where: str = "case", holdout: bool = False) -> None:
    """Raise ``ValueError`` (starting with ``where``) when ``case`` is not a well-formed case.
    ``holdout``: the case comes from the holdout file, so its split must be ``holdout``; elsewhere
    that value is refused."""
    if not isinstance(case, dict):
        raise ValueError(f"{where}: a case must be a JSON object, not {type(case).__name__}")
    missing = sorted({"id", "group", "category", "kind", "listing", "expect"} - set(case))
    if missing:
        raise ValueError(f"{where}: missing field(s) {missing}")
    unknown = sorted(set(case) - _CASE_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {unknown}")
    for key in ("id", "group"):
        if not isinstance(case[key], str) or not case[key]:
            raise ValueError(f"{where}: {key!r} must be a non-empty string")
    where = f"{where} ({case['id']})"
    if case["category"] not in CATEGORIES:
        raise ValueError(f"{where}: unknown category {case['category']!r} (one of {', '.join(CATEGORIES)})")
    if case["kind"] not in KINDS:
        raise ValueError(f"{where}: unknown kind {case['kind']!r} (one of {', '.join(KINDS)})")
    if holdout:
        if case.get("split") != HOLDOUT:
            raise ValueError(f"{where}: a case of {HOLDOUT_FILE} must say \"split\": \"{HOLDOUT}\" "
                             f"(not {case.get('split')!r})")
    elif case.get("split") == HOLDOUT:
        raise ValueError(f"{where}: split {HOLDOUT!r} is only for cases of {HOLDOUT_FILE}")
    elif "split" in case and case["split"] != split_of(case["group"]):
        raise ValueError(f"{where}: split {case['split']!r} but its group {case['group']!r} hashes to "
                         f"{split_of(case['group'])!r}")
    listing = case["listing"]
    if not isinstance(listing, dict) or not isinstance(listing.get("title"), str) \
            or not isinstance(listing.get("description"), str):
        raise ValueError(f"{where}: listing must be an object with string 'title' and 'description'")
    if "id" in listing:
        raise ValueError(f"{where}: the listing takes its id from the case; remove listing.id")
    exp = case["expect"]
    if not isinstance(exp, dict) or not exp:
        raise ValueError(f"{where}: expect must be a non-empty object")
    unknown = sorted(set(exp) - set(EXPECT_KEYS))
    if unknown:
        raise ValueError(f"{where}: unknown expectation(s) {unknown} (allowed: {', '.join(EXPECT_KEYS)})")
    for key in _LIST_KEYS:
        if key in exp and (not isinstance(exp[key], list) or not exp[key]):
            raise ValueError(f"{where}: expect.{key} must be a non-empty list")
    if "level" in exp:
        _validate_names(where, "level", [exp["level"]], LEVELS)
    for key in ("level_in", "level_not"):
        if key in exp:
            _validate_names(where, key, exp[key], LEVELS)
    for key in ("codes_present", "codes_absent"):
        if key in exp:
            _validate_names(where, key, exp[key], tuple(CODES))
    for key in ("attrs_present", "attrs_absent"):
        if key in exp:
            _validate_names(where, key, exp[key], ATTRIBUTES)
    if "status" in exp:
        _validate_names(where, "status", [exp["status"]], STATUSES)
    for a, b in (("codes_present", "codes_absent"), ("attrs_present", "attrs_absent")):
        both = set(exp.get(a, [])) & set(exp.get(b, []))
        if both:
            raise ValueError(f"{where}: {sorted(both)} both in expect.{a} and expect.{b}")
    if case["kind"] == "INV":
        if set(exp) != {"same_as"} or not isinstance(exp["same_as"], str):
            raise ValueError(f"{where}: an INV case expects exactly {{'same_as': '<id of the base case>'}}")
    elif "same_as" in exp:
        raise ValueError(f"{where}: same_as is only for INV cases")


def parse(lines: Sequence[str], source: str = "cases", holdout: bool = False) -> list[dict[str, Any]]:
    """Cases from JSON lines (blank lines skipped), validated one by one and as a set
    (``holdout``: the lines are the holdout file's)."""
    cases: list[dict[str, Any]] = []
    line_of: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{where}: not valid JSON ({e.msg})") from None
        validate_case(case, where, holdout)
        if case["id"] in line_of:
            raise ValueError(f"{where}: duplicate id {case['id']!r} (first on line {line_of[case['id']]})")
        line_of[case["id"]] = n
        cases.append(case)
    by_id = {c["id"]: c for c in cases}
    for c in cases:
        ref = c["expect"].get("same_as")
        if ref is None:
            continue
        where = f"{source}:{line_of[c['id']]} ({c['id']})"
        base = by_id.get(ref)
        if base is None:
            raise ValueError(f"{where}: same_as {ref!r} is not a case of this file")
        if base["kind"] == "INV":
            raise ValueError(f"{where}: same_as {ref!r} is itself an INV case")
        if base["group"] != c["group"]:
            raise ValueError(f"{where}: same_as {ref!r} is in another group ({base['group']!r})")
    return cases


def split_label(case: dict[str, Any]) -> str:
    """The split a validated case belongs to: ``holdout`` for the holdout file's, else by group."""
    return HOLDOUT if case.get("split") == HOLDOUT else split_of(case["group"])


def _read(path: Path, holdout: bool) -> list[dict[str, Any]]:
    return parse(path.read_text(encoding="utf-8").splitlines(), str(path), holdout)


def load(path: Path | None = None, split: str = "all") -> list[dict[str, Any]]:
    """The validated cases in one split (``dev``, ``test``, ``holdout`` or ``all``).

    ``path`` (default: the shipped folder ``corpora/behaviour``) is a folder of ``cases*.jsonl`` files or
    one case file; the holdout file beside them (``holdout.jsonl``) is loaded with them when present, and
    ids and groups must not repeat across the files. A ``path`` named ``holdout.jsonl`` loads that file
    alone."""
    if split not in (*SPLITS, HOLDOUT, "all"):
        raise ValueError(f"unknown split {split!r} for the behavioural suite (dev, test, holdout or all)")
    path = Path(path) if path is not None else default_path()
    if not path.exists() or not case_files(path):
        raise FileNotFoundError(f"no behavioural cases at {path}")
    if path.name == HOLDOUT_FILE:
        return _in_split(_read(path, holdout=True), split)
    files = [(f, False) for f in case_files(path)]
    if holdout_path(path).exists():
        files.append((holdout_path(path), True))
    cases: list[dict[str, Any]] = []
    seen: dict[str, set[str]] = {"id": set(), "group": set()}  # across the files read so far
    for f, held in files:
        more = _read(f, holdout=held)
        for key in ("id", "group"):
            mine = {c[key] for c in more}
            both = sorted(seen[key] & mine)
            if both:
                raise ValueError(f"{f}: {key}(s) {both[:5]} also in an earlier file of {path}")
            seen[key] |= mine
        cases += more
    return _in_split(cases, split)


def _in_split(cases: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    return cases if split == "all" else [c for c in cases if split_label(c) == split]


def observed(result: Any) -> dict[str, Any]:
    """What the checks read from one analyzer result: level, status, finding codes, attributes."""
    gw = result.get("greenwashing") or {}
    return {"level": gw.get("level"), "status": result.get("status", "scored"),
            "codes": sorted({f["code"] for f in gw.get("findings") or []}),
            "attrs": sorted({a["label"] for a in result.get("eco_attributes") or []})}


def check(expect: dict[str, Any], got: dict[str, Any], base: dict[str, Any] | None = None) -> list[str]:
    """The unmet expectations of one case (empty: it passes). ``got`` and ``base`` (the base case's
    outcome, for ``same_as``) are :func:`observed` dicts."""
    problems: list[str] = []
    level, codes, attrs = got["level"], set(got["codes"]), set(got["attrs"])
    if "level" in expect and level != expect["level"]:
        problems.append(f"level {level!r}, expected {expect['level']!r}")
    if "level_in" in expect and level not in expect["level_in"]:
        problems.append(f"level {level!r}, expected one of {expect['level_in']}")
    if "level_not" in expect and level in expect["level_not"]:
        problems.append(f"level {level!r}, expected none of {expect['level_not']}")
    if "status" in expect and got["status"] != expect["status"]:
        problems.append(f"status {got['status']!r}, expected {expect['status']!r}")
    for key, have, present in (("codes_present", codes, True), ("codes_absent", codes, False),
                               ("attrs_present", attrs, True), ("attrs_absent", attrs, False)):
        for name in expect.get(key, []):
            if (name in have) != present:
                problems.append(f"{name} {'missing' if present else 'present'}")
    if "same_as" in expect:
        if base is None:
            problems.append(f"base case {expect['same_as']!r} not run")
        else:
            for key in ("level", "status", "codes", "attrs"):
                if got[key] != base[key]:
                    problems.append(f"{key} {got[key]!r}, base {expect['same_as']} has {base[key]!r}")
    return problems


def _tally(rows: list[dict[str, Any]], key: str, order: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name in order:
        mine = [r for r in rows if r[key] == name]
        if mine:
            fails = sum(1 for r in mine if r["problems"])
            out[name] = {"n": len(mine), "fails": fails, "fail_rate": round(fails / len(mine), 4)}
    return out


def run(analyzer: Scorer, cases: list[dict[str, Any]], split: str = "all") -> dict[str, Any]:
    """Score every case's listing in one batch and check it (an INV case needs its base case among
    ``cases``; both are in the same group, hence the same split)."""
    if not cases:
        raise ValueError(f"no behavioural cases in the {split} split")
    ids = {c["id"] for c in cases}
    extra = [b for b in {c["expect"].get("same_as") for c in cases} - ids if b]
    if extra:
        raise ValueError(f"INV cases refer to base cases that were not given: {sorted(extra)}")
    listings = [{"id": c["id"], **c["listing"]} for c in cases]
    results = list(analyzer.score(listings))
    if len(results) != len(listings):
        raise ValueError(f"the analyzer returned {len(results)} results for {len(listings)} listings")
    got = {c["id"]: observed(r) for c, r in zip(cases, results, strict=True)}
    rows = []
    for c in cases:
        ref = c["expect"].get("same_as")
        problems = check(c["expect"], got[c["id"]], got.get(ref) if ref else None)
        rows.append({"id": c["id"], "group": c["group"], "category": c["category"], "kind": c["kind"],
                     "problems": problems})
    fails = [r for r in rows if r["problems"]]
    by_id = {c["id"]: c for c in cases}
    failing = [{"id": r["id"], "category": r["category"], "kind": r["kind"],
                "listing": by_id[r["id"]]["listing"], "expect": by_id[r["id"]]["expect"],
                "got": got[r["id"]], "problems": r["problems"]} for r in fails]
    return {"split": split, "n": len(rows), "fails": len(fails),
            "fail_rate": round(len(fails) / len(rows), 4),
            "model_version": str(getattr(analyzer, "version", "")),
            "by_category": _tally(rows, "category", CATEGORIES), "by_kind": _tally(rows, "kind", KINDS),
            "failing": failing}


def summary(report: dict[str, Any], show: int = 30) -> str:
    """The human report: fail rates, per category and kind, then the first ``show`` failures."""
    lines = [f"behavioural suite, {report['split']} split: {report['fails']}/{report['n']} fail "
             f"({100 * report['fail_rate']:.1f}%), model {report['model_version']}",
             f"{'category':<22}{'n':>5}{'fails':>7}{'rate':>8}"]
    for part in ("by_category", "by_kind"):
        for name, t in report[part].items():
            lines.append(f"{name:<22}{t['n']:>5}{t['fails']:>7}{100 * t['fail_rate']:>7.1f}%")
        lines.append("")
    for f in report["failing"][:show]:
        g = f["got"]
        lines.append(f"FAIL {f['id']} [{f['category']}/{f['kind']}] {'; '.join(f['problems'])}")
        lines.append(f"     title: {f['listing']['title'][:100]}")
        lines.append(f"     desc:  {f['listing']['description'][:160]}")
        lines.append(f"     got:   level={g['level']} codes={g['codes']} attrs={g['attrs']}")
    if len(report["failing"]) > show:
        lines.append(f"... {len(report['failing']) - show} more failures (--json lists all)")
    return "\n".join(lines)
