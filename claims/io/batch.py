"""Batch scoring of a catalog file: stream, score in batches, write results and rejects."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.config import Settings, get_settings
from claims.io.files import Reject, ResultWriter, Row, count_rows, format_of, read_listings


@dataclass
class Summary:
    rows_in: int = 0
    rows_out: int = 0
    rejects: int = 0
    levels: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    reject_reasons: Counter[str] = field(default_factory=Counter)
    output: str = ""
    rejects_path: str = ""
    written: int | None = None  # rows written, when a minimum level kept some out
    min_level: str | None = None

    def table(self) -> str:
        lines = [f"Scored {self.rows_out:,} of {self.rows_in:,} listings -> {self.output}"]
        if self.written is not None:
            lines.append(f"Wrote {self.written:,} listing(s) at level {self.min_level} or above; "
                         f"{self.rows_out - self.written:,} below it were not written")
        lines.append("")
        lines.append(f"{'risk level':<12}{'listings':>10}{'share':>9}")
        for level in ("none", "low", "medium", "high"):
            n = self.levels.get(level, 0)
            share = f"{100 * n / self.rows_out:.1f}%" if self.rows_out else "-"
            lines.append(f"{level:<12}{n:>10,}{share:>9}")
        if self.codes:
            lines.append("")
            lines.append(f"{'most frequent findings':<32}{'listings':>10}")
            for code, n in self.codes.most_common(8):
                lines.append(f"{code:<32}{n:>10,}")
        lines.append("")
        if self.rejects:
            lines.append(f"Rejected {self.rejects:,} row(s) -> {self.rejects_path}")
            for reason, n in self.reject_reasons.most_common(5):
                lines.append(f"  {n:>6,} x {reason}")
        else:
            lines.append("Rejected 0 rows.")
        return "\n".join(lines)


def rejects_path_for(output: Path) -> Path:
    return output.with_name(output.name + ".rejects.jsonl")


def _reason_kind(reason: str) -> str:
    return reason.split(" (")[0].split(" at ")[0].split(" on line")[0].split(" of line")[0]


def score_file(input_path: Path, output_path: Path,
               scorer: Callable[[list[dict[str, Any]]], Sequence[Mapping[str, Any]]],
               settings: Settings | None = None, progress: bool = True,
               delimiter: str | None = None, min_level: str | None = None) -> Summary:
    """Score every row of ``input_path`` into ``output_path``; rejects go to OUTPUT.rejects.jsonl.
    ``delimiter``: CSV input and output (None: detected on input, ``,`` on output); ``min_level``:
    write only results at that risk level or above (all are still counted in the summary)."""
    settings = settings or get_settings()
    format_of(output_path)  # fail before reading anything
    rows = read_listings(input_path, settings, delimiter=delimiter)
    summary = Summary(output=str(output_path), rejects_path=str(rejects_path_for(output_path)))
    total = count_rows(input_path) if progress else None
    bar: Any = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="listing", desc="scoring", dynamic_ncols=True, mininterval=0.5)
    writer = ResultWriter(output_path, delimiter=delimiter, min_level=min_level)
    batch: list[dict[str, Any]] = []
    try:
        with rejects_path_for(output_path).open("w", encoding="utf-8") as rej:
            def flush() -> None:
                if not batch:
                    return
                results = scorer(batch)
                writer.write(results, batch)
                for r in results:
                    summary.rows_out += 1
                    g = r["greenwashing"]
                    summary.levels[g["level"]] += 1
                    summary.codes.update({f["code"] for f in g["findings"]})
                if bar is not None:
                    bar.update(len(batch))
                batch.clear()

            for item in rows:
                summary.rows_in += 1
                if isinstance(item, Reject):
                    rej.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")
                    summary.rejects += 1
                    summary.reject_reasons[_reason_kind(item.reason)] += 1
                    if bar is not None:
                        bar.update(1)
                    continue
                assert isinstance(item, Row)
                batch.append(item.listing)
                if len(batch) >= settings.batch_size:
                    flush()
            flush()
    finally:
        writer.close()
        if min_level is not None:
            summary.written, summary.min_level = writer.written, min_level
        if bar is not None:
            bar.close()
    return summary
