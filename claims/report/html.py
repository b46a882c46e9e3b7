"""The catalog report as one self-contained HTML file (render half; the numbers come from
:mod:`claims.report.stats`).

The page has inline CSS and no scripts; plots are matplotlib SVGs embedded as ``data:`` URIs in
``<img>`` elements (a browser runs no script inside an image, and matplotlib draws text as
paths). The template (``templates/report.html.j2``, package data) is rendered with Jinja2's
autoescaping on, so listing text such as ``<script>`` shows as text and never runs.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claims.report.stats import LEVELS, Breakdown, Comparison, Report
from claims.taxonomy import CODES

LEVEL_COLORS = {"none": "#b8b8b8", "low": "#3a9a5b", "medium": "#e69f00", "high": "#c8372d"}


def _svg_uri(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    return "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    fig.patch.set_alpha(0)
    return fig


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def levels_chart(b: Breakdown, width: float = 10.0) -> str:
    """Stacked horizontal bars: the share of each level per group (the shown groups)."""
    groups = list(reversed(b.groups))
    fig = _figure(width, 0.8 + 0.3 * len(groups))
    ax = fig.add_subplot()
    names = [f"{_short(g.name)} ({g.listings})" for g in groups]
    left = [0.0] * len(groups)
    for lv in LEVELS:
        vals = [g.levels[lv] / g.listings if g.listings else 0.0 for g in groups]
        ax.barh(names, vals, left=left, color=LEVEL_COLORS[lv], label=lv, height=0.7)
        left = [a + v for a, v in zip(left, vals, strict=True)]
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:.0%}")
    ax.tick_params(labelsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(ncol=4, fontsize=9, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    return _svg_uri(fig)


def codes_chart(codes: Sequence[tuple[str, int]], listings: int, width: float = 5.5) -> str:
    """Horizontal bars: listings with each finding code."""
    codes = list(reversed(codes[:16]))
    fig = _figure(width, 0.6 + 0.32 * max(1, len(codes)))
    ax = fig.add_subplot()
    ax.barh([c for c, _ in codes], [n for _, n in codes], color="#5b6f8a", height=0.7)
    for i, (_, n) in enumerate(codes):
        ax.text(n, i, f" {n} ({n / listings:.0%})" if listings else f" {n}", va="center", fontsize=9)
    ax.tick_params(labelsize=9)
    ax.set_xlabel("listings", fontsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _svg_uri(fig)


def compare_chart(c: Comparison, width: float = 6.0) -> str:
    """Listings per level in the previous and in this run, side by side."""
    import numpy as np

    fig = _figure(width, 2.4)
    ax = fig.add_subplot()
    x = np.arange(len(LEVELS))
    ax.bar(x - 0.2, [c.old.levels[lv] for lv in LEVELS], 0.4, label="previous run", color="#9aa7b8")
    ax.bar(x + 0.2, [c.new.levels[lv] for lv in LEVELS], 0.4, label="this run",
           color=[LEVEL_COLORS[lv] for lv in LEVELS])
    from matplotlib.patches import Patch

    ax.set_xticks(x, list(LEVELS))
    ax.tick_params(labelsize=9)
    ax.set_ylabel("listings", fontsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(handles=[Patch(color="#9aa7b8", label="previous run"),
                       Patch(facecolor="white", edgecolor="#444", label="this run (level colours)")],
              fontsize=9, frameon=False)
    return _svg_uri(fig)


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("claims.report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda x, d=1: f"{100 * x:.{d}f}%"
    return env


def render(report: Report, generated: datetime | None = None) -> str:
    """The report as one HTML page."""
    charts: dict[str, str] = {}
    for b in report.breakdowns:
        if b.present and b.groups:
            charts[b.key] = levels_chart(b)
    if report.summary.codes:
        charts["codes"] = codes_chart(report.summary.codes, report.summary.listings)
    if report.comparison is not None:
        charts["compare"] = compare_chart(report.comparison)
    when = (generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    code_help = {name: code.pattern for name, code in CODES.items()}
    return str(_environment().get_template("report.html.j2").render(
        r=report, charts=charts, levels=LEVELS, colors=LEVEL_COLORS, generated=when, code_help=code_help))


def write_report(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render(report), encoding="utf-8")
    tmp.replace(path)
