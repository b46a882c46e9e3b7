"""Streaming input and output for catalogs (CSV, JSONL, Parquet) with rejects.

Readers yield, in input order, either a valid listing (:class:`Row`) or a :class:`Reject` with
its row number and reason, so that rows in = rows out + rejects always holds. Problems with the
whole file (missing, unknown format, no id/title/description columns) raise :class:`InputError`,
which the CLI prints as one line.

CSV is read with or without a UTF-8 byte-order mark and with any one-character delimiter (by
default detected from the header: ``,``, or ``;`` / tab when the header holds no comma); it is
written as UTF-8 with a BOM (``utf-8-sig``) so that spreadsheet programs read curly quotes right.
The writers carry ``title``, ``category`` and ``brand`` through, and flat outputs (CSV, Parquet)
also get spreadsheet columns for the first :data:`FLAT_FINDINGS` findings
(``finding_1_code``, ``finding_1_text``, ...), beside the JSON columns. :func:`read_results`
reads any of the three output formats back as nested result dicts.
"""

from __future__ import annotations

import csv
import io
import json
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from claims.config import Settings

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
REQUIRED = ("id", "title", "description")
RESULT_KEYS = ("id", "eco_attributes", "claims", "greenwashing", "eco_score", "model_version")
CARRIED = ("title", "category", "brand")  # listing fields copied into every output row
LEVEL_ORDER = ("none", "low", "medium", "high")  # claims.taxonomy.LEVELS, lowest first
FLAT_FINDINGS = 5  # findings spelled out as finding_N_* columns in CSV/Parquet
FINDING_COLUMNS = ("code", "severity", "field", "text", "message", "suggestion")


class InputError(Exception):
    """The input cannot be read at all (the run cannot start)."""


@dataclass
class Row:
    row: int  # 1-based record number in the input
    listing: dict[str, Any]


@dataclass
class Reject:
    row: int
    id: str | None
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "id": self.id, "reason": self.reason}


def detect_delimiter(header_line: str) -> str:
    """The CSV delimiter a header row uses: ``,`` unless it has no comma but semicolons (or tabs)."""
    if "," in header_line:
        return ","
    if ";" in header_line:
        return ";"
    if "\t" in header_line:
        return "\t"
    return ","


def check_delimiter(delimiter: str | None) -> str | None:
    """``delimiter`` as given on the command line (``\\t`` or ``tab`` for a tab), or InputError."""
    if delimiter is None:
        return None
    if delimiter in ("\\t", "tab", "TAB"):
        delimiter = "\t"
    if len(delimiter) != 1 or delimiter in ('"', "\n", "\r"):
        raise InputError(f"delimiter must be one character other than a quote or newline, not {delimiter!r}")
    return delimiter


def format_of(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown format {path.suffix!r}; use .csv, .jsonl or .parquet")
    return fmt


class Validator:
    """Checks one record against interfaces.md and the configured limits."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.seen: dict[str, int] = {}

    def __call__(self, row: int, rec: Any) -> Row | Reject:
        if not isinstance(rec, dict):
            return Reject(row, None, f"record is a {type(rec).__name__}, not an object")
        rid = rec.get("id")
        if isinstance(rid, (int, float)) and not isinstance(rid, bool):
            rid = str(int(rid)) if float(rid).is_integer() else str(rid)
        if not isinstance(rid, str) or not rid.strip():
            return Reject(row, None, "missing id")
        if len(rid) > self.settings.max_id_chars:
            return Reject(row, rid[:40] + "...", f"id longer than {self.settings.max_id_chars} characters")
        if rid in self.seen:
            return Reject(row, rid, f"duplicate id (first seen at row {self.seen[rid]})")
        listing = dict(rec)
        listing["id"] = rid
        for fld in ("title", "description"):
            value = listing.get(fld)
            if value is None and fld == "description" and fld in listing:
                value = ""
            if value is None:
                return Reject(row, rid, f"missing {fld}" + (" (it may be empty, but the field must exist)"
                                                              if fld == "description" else ""))
            if not isinstance(value, str):
                value = str(value)
            if len(value) > self.settings.max_field_chars:
                return Reject(row, rid, f"{fld} is {len(value):,} characters, over the limit of "
                                        f"{self.settings.max_field_chars:,} (CLAIMS_MAX_FIELD_CHARS)")
            listing[fld] = value
        if not listing["title"].strip() and not listing["description"].strip():
            return Reject(row, rid, "title and description are both empty")
        reviews = listing.get("reviews")
        if isinstance(reviews, str):
            if not reviews.strip():
                reviews = None
            else:
                try:
                    reviews = json.loads(reviews)
                except json.JSONDecodeError:
                    return Reject(row, rid, "reviews is not a JSON array of strings")
        if reviews is not None:
            if hasattr(reviews, "tolist"):
                reviews = reviews.tolist()
            if not isinstance(reviews, list) or not all(isinstance(r, str) for r in reviews):
                return Reject(row, rid, "reviews must be a list of strings")
            if len(reviews) > self.settings.max_reviews:
                return Reject(row, rid, f"{len(reviews)} reviews, over the limit of {self.settings.max_reviews}")
            if any(len(r) > self.settings.max_field_chars for r in reviews):
                return Reject(row, rid, f"a review is over the limit of {self.settings.max_field_chars:,} characters")
            listing["reviews"] = reviews
        else:
            listing.pop("reviews", None)
        self.seen[rid] = row
        return Row(row, listing)


def _read_jsonl(path: Path) -> Iterator[tuple[int, Any] | Reject]:
    with path.open("rb") as fh:
        row = 0
        for raw in fh:
            if not raw.strip():
                continue
            row += 1
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield Reject(row, None, f"invalid UTF-8 at byte {e.start} of line {row}")
                continue
            try:
                yield row, json.loads(line)
            except json.JSONDecodeError as e:
                yield Reject(row, None, f"invalid JSON: {e.msg} at column {e.colno}")


def _read_csv(path: Path, max_record_lines: int = 2000,
              delimiter: str | None = None) -> Iterator[tuple[int, Any] | Reject]:
    """A forgiving CSV reader: a broken quote costs one line (rejected), not the rest of the file.
    ``delimiter`` None: detected from the header (:func:`detect_delimiter`)."""
    with path.open("rb") as fh:
        pending: deque[tuple[int, bytes]] = deque()
        lineno = 0

        def next_line() -> tuple[int, bytes] | None:
            nonlocal lineno
            if pending:
                return pending.popleft()
            raw = fh.readline()
            if not raw:
                return None
            lineno += 1
            return lineno, raw

        def next_record() -> tuple[int, list[bytes]] | None:
            first = next_line()
            while first is not None and not first[1].strip():
                first = next_line()
            if first is None:
                return None
            lines = [first[1]]
            quotes = first[1].count(b'"')
            while quotes % 2 and len(lines) < max_record_lines:
                nxt = next_line()
                if nxt is None:
                    break
                lines.append(nxt[1])
                quotes += nxt[1].count(b'"')
            return first[0], lines

        head = next_record()
        if head is None:
            return
        try:
            header_text = b"".join(head[1]).decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(f"{path}: the header row is not valid UTF-8") from e
        delim = delimiter or detect_delimiter(header_text.splitlines()[0] if header_text else "")
        header = next(csv.reader(io.StringIO(header_text), delimiter=delim), [])
        header = [h.strip() for h in header]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise InputError(f"{path}: missing column(s) {', '.join(missing)} in the header "
                             f"(found: {', '.join(header[:10]) or 'nothing'})")
        row = 0
        while True:
            rec = next_record()
            if rec is None:
                return
            first_line, lines = rec
            row += 1
            try:
                text = b"".join(lines).decode("utf-8")
            except UnicodeDecodeError:
                yield Reject(row, None, f"invalid UTF-8 on line {first_line}")
                for j, extra in enumerate(reversed(lines[1:])):
                    pending.appendleft((first_line + len(lines) - 1 - j, extra))
                continue
            try:
                parsed = list(csv.reader(io.StringIO(text), delimiter=delim, strict=True))
                csv_error = ""
            except csv.Error as e:
                parsed, csv_error = [], str(e)
            if len(parsed) == 1 and len(parsed[0]) == len(header):
                yield row, dict(zip(header, parsed[0], strict=True))
                continue
            if len(lines) > 1 or (text.count('"') % 2):
                reason = f"unbalanced quote on line {first_line}; the line was skipped"
                for j, extra in enumerate(reversed(lines[1:])):
                    pending.appendleft((first_line + len(lines) - 1 - j, extra))
            elif csv_error:
                reason = f"malformed quote on line {first_line} ({csv_error})"
            else:
                n = len(parsed[0]) if parsed else 0
                reason = f"line {first_line} has {n} columns, the header has {len(header)}"
            yield Reject(row, _guess_id(text, delim), reason)


def _guess_id(text: str, delimiter: str = ",") -> str | None:
    first = text.split(delimiter, 1)[0].strip().strip('"')
    return first[:64] or None


def _read_parquet(path: Path, batch_size: int) -> Iterator[tuple[int, Any] | Reject]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises several types for corrupt files
        raise InputError(f"{path}: not a readable Parquet file ({e})") from e
    names = pf.schema_arrow.names
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
    row = 0
    for batch in pf.iter_batches(batch_size=batch_size):
        for rec in batch.to_pylist():
            row += 1
            yield row, rec


def count_rows(path: Path) -> int | None:
    """A cheap row count for the progress bar (None when unknown)."""
    fmt = format_of(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    if fmt == "jsonl" and path.stat().st_size < 2_000_000_000:
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    return None


def read_listings(path: Path, settings: Settings, delimiter: str | None = None) -> Iterator[Row | Reject]:
    """Validated listings and rejects, in input order (``delimiter``: CSV only; None detects it)."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    fmt = format_of(path)
    source: Iterator[tuple[int, Any] | Reject]
    if fmt == "jsonl":
        source = _read_jsonl(path)
    elif fmt == "csv":
        source = _read_csv(path, delimiter=delimiter)
    else:
        source = _read_parquet(path, settings.batch_size)
    validate = Validator(settings)
    for item in source:
        if isinstance(item, Reject):
            yield item
        else:
            yield validate(*item)


# ----------------------------------------------------------------------------- writers

def _extras(listing: dict[str, Any]) -> dict[str, Any]:
    skip = set(RESULT_KEYS) | set(CARRIED) | {"description", "reviews"}
    return {k: v for k, v in listing.items() if k not in skip}


def _carried(listing: dict[str, Any], always: bool) -> dict[str, Any]:
    """title, category and brand of the listing (``always``: also the absent ones, as None)."""
    return {k: listing.get(k) for k in CARRIED if always or listing.get(k) is not None}


def _cell(value: Any) -> Any:
    return value if isinstance(value, str) or value is None else json.dumps(value, ensure_ascii=False, default=str)


def finding_columns(findings: Sequence[Mapping[str, Any]], n: int = FLAT_FINDINGS) -> dict[str, Any]:
    """``finding_count`` and ``finding_K_<part>`` for K = 1..n (empty past the last finding), most
    severe first, so that a spreadsheet shows the findings without parsing JSON."""
    rank = {"high": 0, "medium": 1, "advisory": 2}
    ordered = sorted(findings, key=lambda f: (rank.get(str(f.get("severity")), 3), f.get("field") != "title",
                                              f.get("start", 0)))
    cols: dict[str, Any] = {"finding_count": len(findings)}
    for k in range(1, n + 1):
        f = ordered[k - 1] if k <= len(ordered) else None
        for part in FINDING_COLUMNS:
            cols[f"finding_{k}_{part}"] = None if f is None else f.get(part)
    return cols


def flat_row(result: Mapping[str, Any], listing: dict[str, Any], max_findings: int = FLAT_FINDINGS) -> dict[str, Any]:
    """A result as one flat row (CSV/Parquet): nested fields JSON-encoded, and the first
    ``max_findings`` findings spelled out in columns of their own."""
    g = result["greenwashing"]
    row: dict[str, Any] = {"id": result["id"]}
    row.update({k: _cell(v) for k, v in _carried(listing, always=True).items()})
    row.update({
        "risk_level": g["level"],
        "risk_score": g["score"],
        "eco_score": result["eco_score"],
        "finding_codes": ";".join(sorted({f["code"] for f in g["findings"]})),
    })
    row.update(finding_columns(g["findings"], max_findings))
    row.update({
        "eco_attributes": json.dumps(result["eco_attributes"], ensure_ascii=False),
        "claims": json.dumps(result["claims"], ensure_ascii=False),
        "greenwashing": json.dumps(g, ensure_ascii=False),
        "model_version": result["model_version"],
    })
    for k in ("review_signals",):
        if k in result:
            row[k] = json.dumps(result[k], ensure_ascii=False)
    for k, v in _extras(listing).items():
        if k not in row:
            row[k] = _cell(v)
    return row


def level_at_least(level: str, min_level: str | None) -> bool:
    """Whether a risk level reaches ``min_level`` (None: every level does)."""
    if min_level is None:
        return True
    return LEVEL_ORDER.index(level) >= LEVEL_ORDER.index(min_level)


class ResultWriter:
    """Writes results in the format of the output path's extension, streaming.

    ``min_level``: write only results at that risk level or above (``written`` and
    ``below_threshold`` count what was and was not written). ``delimiter``: CSV only.
    """

    def __init__(self, path: Path, delimiter: str | None = None, min_level: str | None = None,
                 max_findings: int = FLAT_FINDINGS):
        if min_level is not None and min_level not in LEVEL_ORDER:
            raise InputError(f"unknown risk level {min_level!r}; use one of {', '.join(LEVEL_ORDER)}")
        self.path = path
        self.fmt = format_of(path)
        self.delimiter = delimiter or ","
        self.min_level = min_level
        self.max_findings = max_findings
        self.written = 0
        self.below_threshold = 0
        self._fh: TextIO | None = None
        self._csv: Any = None
        self._pq: Any = None
        self._columns: list[str] | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.fmt in ("jsonl", "csv"):
            # utf-8-sig: a byte-order mark first, so that spreadsheets read the curly quotes right
            self._fh = path.open("w", encoding="utf-8-sig" if self.fmt == "csv" else "utf-8", newline="")

    def write(self, results: Sequence[Mapping[str, Any]], listings: list[dict[str, Any]]) -> None:
        pairs = list(zip(results, listings, strict=True))
        kept = [(r, lst) for r, lst in pairs if level_at_least(r["greenwashing"]["level"], self.min_level)]
        self.below_threshold += len(pairs) - len(kept)
        self.written += len(kept)
        if self.fmt == "jsonl":
            assert self._fh is not None
            for res, lst in kept:
                out: dict[str, Any] = {"id": res["id"], **_carried(lst, always=False)}
                out.update(res)
                for k, v in _extras(lst).items():
                    out.setdefault(k, v)
                self._fh.write(json.dumps(out, ensure_ascii=False, default=str) + "\n")
            return
        rows = [flat_row(r, lst, self.max_findings) for r, lst in kept]
        if self._columns is None and rows:
            cols: list[str] = []
            for r in rows:
                cols.extend(k for k in r if k not in cols)
            self._columns = cols
        if not rows:
            return
        assert self._columns is not None
        for r in rows:
            overflow = {k: r.pop(k) for k in list(r) if k not in self._columns}
            if overflow:
                r["extra"] = json.dumps(overflow, ensure_ascii=False, default=str)
        if self.fmt == "csv":
            if self._csv is None:
                assert self._fh is not None
                self._csv = csv.DictWriter(self._fh, fieldnames=self._columns + ["extra"], extrasaction="ignore",
                                           delimiter=self.delimiter)
                self._csv.writeheader()
            self._csv.writerows(rows)
        else:
            self._write_parquet(rows)

    def _default_columns(self) -> list[str]:
        return list(flat_row({"id": "", "greenwashing": {"level": "none", "score": 0.0, "findings": []},
                              "eco_attributes": [], "claims": [], "eco_score": 0.0, "model_version": ""},
                             {}, self.max_findings))

    def _write_parquet(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert self._columns is not None
        cols = self._columns + ["extra"]
        floats = {"risk_score", "eco_score"}
        ints = {"finding_count"}

        def value(c: str, v: Any) -> Any:
            if v is None:
                return None
            return float(v) if c in floats else int(v) if c in ints else str(v)

        schema = pa.schema([(c, pa.float64() if c in floats else pa.int64() if c in ints else pa.string())
                            for c in cols])
        data = {c: [value(c, r.get(c)) for r in rows] for c in cols}
        table = pa.table(data, schema=schema)
        if self._pq is None:
            self._pq = pq.ParquetWriter(self.path, schema, compression="zstd")
        self._pq.write_table(table)

    def close(self) -> None:
        if self.fmt == "parquet" and self._pq is None:
            self._columns = self._columns or self._default_columns()
            self._write_parquet([])
        if self._pq is not None:
            self._pq.close()
        if self._fh is not None:
            if self.fmt == "csv" and self._csv is None:
                csv.writer(self._fh, delimiter=self.delimiter).writerow(self._default_columns() + ["extra"])
            self._fh.close()


# ----------------------------------------------------------------------------- reading results back

def read_results(path: Path, delimiter: str | None = None) -> Iterator[dict[str, Any]]:
    """The rows of a ``claims score`` output (JSONL, CSV with or without BOM and with any
    delimiter, Parquet) as raw dicts: JSONL rows nested, CSV/Parquet rows flat (see
    :func:`unflatten_result` turns flat rows back into results).

    Raises:
        InputError: no such file or unknown format.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file")
    fmt = format_of(path)
    if fmt == "jsonl":
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as e:
                        raise InputError(f"{path}: line {n} is not JSON ({e.msg})") from e
    elif fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
            fh.seek(0)  # the utf-8-sig decoder skips the BOM again after a seek to 0
            yield from csv.DictReader(fh, delimiter=delimiter or detect_delimiter(first))
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches():
            yield from batch.to_pylist()


def unflatten_result(row: dict[str, Any]) -> dict[str, Any]:
    """A row of :func:`read_results` as a nested result dict (JSON columns decoded, ``extra``
    spread out). Raises KeyError/ValueError/TypeError for rows that are not results."""
    if not row.get("id"):
        raise KeyError("id")
    for key in ("eco_attributes", "claims", "greenwashing", "extra", "review_signals"):
        if isinstance(row.get(key), str):
            row[key] = json.loads(row[key]) if row[key] else None
    if isinstance(row.get("extra"), dict):
        for k, v in row.pop("extra").items():
            row.setdefault(k, v)
    else:
        row.pop("extra", None)
    if not isinstance(row.get("greenwashing"), dict):
        if "risk_level" not in row:
            raise KeyError("greenwashing")
        row["greenwashing"] = {"level": row["risk_level"], "score": float(row.get("risk_score") or 0), "findings": []}
    row["eco_score"] = float(row.get("eco_score") or 0.0)
    return row
