"""Streaming input and output for catalogs (CSV, JSONL, Parquet) with rejects.

Readers yield, in input order, either a valid listing (:class:`Row`) or a :class:`Reject` with
its row number and reason, so that rows in = rows out + rejects always holds. Problems with the
whole file (missing, unknown format, no id/title/description columns) raise :class:`InputError`,
which the CLI prints as one line; :func:`read_listings` raises it before it yields anything, so a
caller can check the input before it touches any output. No record can stop a reader: whatever
cannot be read (invalid UTF-8 or JSON, nesting deeper than Python can parse, a lone surrogate that
could never be written as UTF-8, a damaged Parquet row group, anything else) becomes a reject.
CSV is read with or without a UTF-8 byte-order mark and with any one-character delimiter (by
default detected from the header: ``,``, or ``;`` / tab when the header holds no comma).

Writers: :class:`RowRenderer` turns one result into the bytes of one output row (JSONL line, CSV
line, or a JSON line of flat columns that :func:`write_parquet` converts at the end), so a row that
cannot be written is rejected alone; :class:`ResultWriter` streams results to a file in one go.
Every output row carries the listing's ``title``, ``category`` and ``brand``; flat outputs (CSV,
Parquet) also get spreadsheet columns for the first :data:`FLAT_FINDINGS` findings
(``finding_count``, ``finding_1_code``, ``finding_1_text``, ...) beside the JSON columns. CSV is
written as UTF-8 with a byte-order mark (so that spreadsheet programs read curly quotes right) and
any delimiter. :func:`level_at_least` is the ``--min-level`` filter. :func:`read_results` reads
any of the three output formats back, :func:`unflatten_result` turns a flat row into a result.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from claims.config import Settings

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
REQUIRED = ("id", "title", "description")
RESULT_KEYS = ("id", "eco_attributes", "claims", "greenwashing", "eco_score", "model_version")
CARRIED = ("title", "category", "brand")  # listing fields copied into every output row
LEVEL_ORDER = ("none", "low", "medium", "high")  # claims.taxonomy.LEVELS, lowest first
FLAT_FINDINGS = 5  # findings spelled out as finding_N_* columns in CSV/Parquet
FINDING_COLUMNS = ("code", "severity", "field", "text", "message", "suggestion")


MAX_REASON_CHARS = 500


class InputError(Exception):
    """The input cannot be read at all (the run cannot start)."""


def exception_text(e: BaseException) -> str:
    """``Type: message`` of an exception, short and safe to write (for reject reasons)."""
    msg = str(e).encode("utf-8", "backslashreplace").decode("utf-8")
    text = f"{type(e).__name__}: {msg}" if msg else type(e).__name__
    return text if len(text) <= MAX_REASON_CHARS else text[:MAX_REASON_CHARS] + "..."


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

    def to_line(self) -> bytes:
        """One JSONL line of the rejects file, valid UTF-8 whatever the id and reason hold."""
        try:
            return (json.dumps(self.as_dict(), ensure_ascii=False) + "\n").encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: escaped as \udxxx, which JSON allows
            return (json.dumps(self.as_dict(), ensure_ascii=True) + "\n").encode("ascii")


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
        try:
            checked = self._check(row, rec)
            if isinstance(checked, Row):
                problem = unwritable(checked.listing)
                if problem:
                    return Reject(row, checked.listing["id"], problem)
                self.seen[checked.listing["id"]] = row
            return checked
        except Exception as e:  # a record no rule foresaw still costs one row, not the run
            return Reject(row, None, f"record could not be checked ({exception_text(e)})")

    def _check(self, row: int, rec: Any) -> Row | Reject:
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
        return Row(row, listing)


def _encodable(value: Any) -> None:
    json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")


def unwritable(listing: Mapping[str, Any]) -> str | None:
    """Why a listing could not be written out as UTF-8 JSON (None when it can): a lone surrogate
    such as ``"\\ud800"`` (JSON allows the escape, UTF-8 cannot hold it) or nesting too deep."""
    try:
        for key, value in listing.items():  # fast path: plain strings and lists of them, by encoding
            key.encode("utf-8")
            if isinstance(value, str):
                value.encode("utf-8")
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                for v in value:
                    v.encode("utf-8")
            elif value is not None and not isinstance(value, (int, float)):
                _encodable(value)
        return None
    except Exception:
        pass
    for key, value in listing.items():
        try:
            _encodable(key)
            _encodable(value)
        except UnicodeEncodeError as e:
            return f"lone surrogate in {_field_name(key)} (\\u{ord(e.object[e.start]):04x}: not valid Unicode text)"
        except RecursionError:
            return f"{_field_name(key)} is nested too deeply to write"
        except Exception as e:
            return f"{_field_name(key)} cannot be written ({exception_text(e)})"
    return "the record cannot be written"


def _field_name(key: Any) -> str:
    name = key.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(key, str) else repr(key)
    return f"field {name[:60]!r}"


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
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield Reject(row, None, f"invalid JSON: {e.msg} at column {e.colno}")
                continue
            except RecursionError:
                yield Reject(row, None, "JSON nested too deeply to read (over Python's recursion limit)")
                continue
            except Exception as e:
                yield Reject(row, None, f"unreadable line ({exception_text(e)})")
                continue
            yield row, rec


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
            except Exception as e:
                yield Reject(row, _guess_id(text, delim),
                             f"unreadable record on line {first_line} ({exception_text(e)})")
                continue
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
    for group in range(pf.num_row_groups):
        expected = pf.metadata.row_group(group).num_rows
        done = 0
        try:
            for batch in pf.iter_batches(batch_size=batch_size, row_groups=[group]):
                records = batch.to_pylist()
                for rec in records:
                    row += 1
                    done += 1
                    yield row, rec
        except Exception as e:  # a damaged row group costs its own rows, each rejected with the reason
            reason = f"unreadable Parquet row group {group} ({exception_text(e)})"
            for _ in range(done, expected):
                row += 1
                yield Reject(row, None, reason)


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
    """Validated listings and rejects, in input order (``delimiter``: CSV only; None detects it).

    Whole-file problems (missing, unreadable, unknown format, missing columns, not Parquet) raise
    :class:`InputError` from this call itself, before anything is yielded.
    """
    items = _read_listings(path, settings, delimiter)
    try:
        first = next(items)
    except StopIteration:
        return iter(())
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from e
    return itertools.chain([first], items)


def _read_listings(path: Path, settings: Settings, delimiter: str | None) -> Iterator[Row | Reject]:
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
    for k in ("language", "status"):
        if k in result:
            row[k] = result[k]
    for k in ("review_signals",):
        if k in result:
            row[k] = json.dumps(result[k], ensure_ascii=False)
    for k, v in _extras(listing).items():
        if k not in row:
            row[k] = _cell(v)
    return row


def level_at_least(level: str, min_level: str | None) -> bool:
    """Whether a risk level reaches ``min_level`` (None: every level does).

    Raises:
        ValueError: ``level`` is not one of :data:`LEVEL_ORDER`.
    """
    if min_level is None:
        return True
    if level not in LEVEL_ORDER:
        raise ValueError(f"unknown risk level {level!r}")
    return LEVEL_ORDER.index(level) >= LEVEL_ORDER.index(min_level)


def check_level(min_level: str | None) -> str | None:
    """``min_level`` if it is a risk level (or None), else :class:`InputError`."""
    if min_level is not None and min_level not in LEVEL_ORDER:
        raise InputError(f"unknown risk level {min_level!r}; use one of {', '.join(LEVEL_ORDER)}")
    return min_level


FLOATS = frozenset({"risk_score", "eco_score"})
INTS = frozenset({"finding_count"})


def default_columns(max_findings: int = FLAT_FINDINGS) -> list[str]:
    """The flat columns of a result with no extra fields (the header of an output with no rows)."""
    return list(flat_row({"id": "", "greenwashing": {"level": "none", "score": 0.0, "findings": []},
                          "eco_attributes": [], "claims": [], "eco_score": 0.0, "model_version": ""},
                         {}, max_findings))


DEFAULT_COLUMNS = tuple(default_columns())


def _typed(column: str, value: Any) -> Any:
    """A flat value as its Parquet column stores it: float64 scores, int64 counts, strings."""
    if value is None:
        return None
    return float(value) if column in FLOATS else int(value) if column in INTS else str(value)


class RowRenderer:
    """Turns results into output rows, one at a time, so that a row that cannot be written costs
    only itself.

    JSONL: one line per result, with the listing's title, category and brand. CSV: the columns are
    those of the first rows rendered (later columns go, JSON-encoded, to ``extra``), ``header()``
    gives the start of the file (byte-order mark and header line), ``delimiter`` separates the
    fields. Parquet: each row is a JSON line of flat columns; :func:`write_parquet` turns such
    lines into the Parquet file. ``columns`` can be given to continue an earlier run with the same
    columns.
    """

    def __init__(self, fmt: str, columns: Sequence[str] | None = None, delimiter: str = ",",
                 max_findings: int = FLAT_FINDINGS):
        self.fmt = fmt
        self.columns: list[str] | None = list(columns) if columns is not None else None
        self.delimiter = delimiter
        self.max_findings = max_findings

    def render(self, results: Sequence[Mapping[str, Any]],
               listings: Sequence[dict[str, Any]]) -> list[bytes | Exception]:
        """One entry per result: the row's bytes, or the exception that kept it from being written."""
        if self.fmt == "jsonl":
            return [self._try(self._jsonl, r, lst) for r, lst in zip(results, listings, strict=True)]
        flat: list[dict[str, Any] | Exception] = []
        for r, lst in zip(results, listings, strict=True):
            try:
                row = flat_row(r, lst, self.max_findings)
                _encodable(row)
                flat.append(row)
            except Exception as e:
                flat.append(e)
        if self.columns is None:
            good = [r for r in flat if isinstance(r, dict)]
            if not good:
                return list(flat)  # type: ignore[arg-type]  # all exceptions
            cols: list[str] = []
            for r in good:
                cols.extend(k for k in r if k not in cols)
            self.columns = cols
        return [r if isinstance(r, Exception) else self._try(self._flat, r) for r in flat]

    @staticmethod
    def _try(fn: Any, *args: Any) -> bytes | Exception:
        try:
            return bytes(fn(*args))
        except Exception as e:
            return e

    @staticmethod
    def _jsonl(result: Mapping[str, Any], listing: dict[str, Any]) -> bytes:
        out: dict[str, Any] = {"id": result["id"], **_carried(listing, always=False)}
        out.update(result)
        for k, v in _extras(listing).items():
            out.setdefault(k, v)
        return (json.dumps(out, ensure_ascii=False, default=str) + "\n").encode("utf-8")

    def _flat(self, row: dict[str, Any]) -> bytes:
        assert self.columns is not None
        overflow = {k: row.pop(k) for k in list(row) if k not in self.columns}
        if overflow:
            row["extra"] = json.dumps(overflow, ensure_ascii=False, default=str)
        if self.fmt == "parquet":
            values = {c: _typed(c, row.get(c)) for c in self.columns + ["extra"]}
            return (json.dumps(values, ensure_ascii=False) + "\n").encode("utf-8")
        buf = io.StringIO()
        csv.DictWriter(buf, fieldnames=self.columns + ["extra"], extrasaction="ignore",
                       delimiter=self.delimiter, lineterminator="\r\n").writerow(row)
        return buf.getvalue().encode("utf-8")

    def header(self) -> bytes:
        """The start of a CSV file: a UTF-8 byte-order mark and the header line (the default
        columns when no row was ever written)."""
        buf = io.StringIO()
        columns = self.columns if self.columns is not None else default_columns(self.max_findings)
        csv.writer(buf, delimiter=self.delimiter, lineterminator="\r\n").writerow(list(columns) + ["extra"])
        return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write_parquet(lines: Iterable[bytes], columns: Sequence[str] | None, path: Path, rows_per_group: int) -> None:
    """Write the Parquet file ``path`` from :class:`RowRenderer`'s JSON lines (scores as float64,
    ``finding_count`` as int64, the rest as strings, zstd)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = (list(columns) if columns is not None else list(DEFAULT_COLUMNS)) + ["extra"]
    schema = pa.schema([(c, pa.float64() if c in FLOATS else pa.int64() if c in INTS else pa.string())
                        for c in cols])

    def table(rows: list[dict[str, Any]]) -> Any:
        return pa.table({c: [_typed(c, r.get(c)) for r in rows] for c in cols}, schema=schema)

    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        chunk: list[dict[str, Any]] = []
        wrote = False
        for line in lines:
            chunk.append(json.loads(line))
            if len(chunk) >= rows_per_group:
                writer.write_table(table(chunk))
                chunk, wrote = [], True
        if chunk or not wrote:
            writer.write_table(table(chunk))


class ResultWriter:
    """Writes results to a file in the format of its extension (a plain stream: no rejects, no
    resume; batch runs use :func:`claims.io.batch.score_file`).

    ``min_level``: write only results at that risk level or above (``written`` and
    ``below_threshold`` count what was and was not written). ``delimiter``: CSV only.
    """

    def __init__(self, path: Path, rows_per_group: int = 256, delimiter: str | None = None,
                 min_level: str | None = None, max_findings: int = FLAT_FINDINGS):
        self.min_level = check_level(min_level)
        self.path = path
        self.renderer = RowRenderer(format_of(path), delimiter=delimiter or ",", max_findings=max_findings)
        self.rows_per_group = rows_per_group
        self.written = 0
        self.below_threshold = 0
        self._lines: list[bytes] = []
        self._fh: BinaryIO | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.renderer.fmt in ("jsonl", "csv"):
            self._fh = path.open("wb")

    def write(self, results: Sequence[Mapping[str, Any]], listings: list[dict[str, Any]]) -> None:
        pairs = list(zip(results, listings, strict=True))
        kept = [(r, lst) for r, lst in pairs if level_at_least(r["greenwashing"]["level"], self.min_level)]
        self.below_threshold += len(pairs) - len(kept)
        first = self.renderer.columns is None
        rows = self.renderer.render([r for r, _ in kept], [lst for _, lst in kept])
        for r in rows:
            if isinstance(r, Exception):
                raise r
        data = [r for r in rows if isinstance(r, bytes)]
        self.written += len(data)
        if self._fh is None:
            self._lines.extend(data)
            return
        if self.renderer.fmt == "csv" and first and self.renderer.columns is not None:
            self._fh.write(self.renderer.header())
        self._fh.write(b"".join(data))

    def close(self) -> None:
        if self._fh is None:
            write_parquet(self._lines, self.renderer.columns, self.path, self.rows_per_group)
            return
        if self.renderer.fmt == "csv" and self.renderer.columns is None:
            self._fh.write(self.renderer.header())
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
