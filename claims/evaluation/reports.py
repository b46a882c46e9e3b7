"""Human reports of ``claims eval NAME``: ``REPORTS/NAME.md``, PNG plots next to it, and the
result itself as ``REPORTS/NAME.json`` (what ``claims model-card`` reads, so cards carry the same
numbers). Plots use matplotlib's Agg backend at dpi 100 (small files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

DPI = 100
SYSTEM_LABELS = {"keyword": "keyword lexicon", "tfidf_svm": "TF-IDF + linear SVM",
                 "embedding_lr": "frozen MiniLM + LR", "project_head": "project head (MiniLM ⊕ rules, LR)",
                 "shipped_claim_head": "shipped claim head (zero-shot)",
                 "shipped_analyzer": "shipped analyzer (level mapping)",
                 "finetuned": "fine-tuned MiniLM (best run on dev)",
                 "finetuned_mean": "fine-tuned MiniLM (mean of runs)",
                 "model": "project's model"}
BASELINES = ("keyword", "tfidf_svm", "embedding_lr")
COLORS = {"model": "#2a7f3f", "keyword": "#e69f00", "tfidf_svm": "#56b4e9", "embedding_lr": "#9e9e9e"}


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def label(name: str) -> str:
    return SYSTEM_LABELS.get(name, name)


def bars(path: Path, values: dict[str, tuple[float, float, float]], title: str, ylabel: str,
         highlight: str = "model", reference: tuple[str, float] | None = None) -> None:
    """Horizontal bars with 95% CI whiskers: ``values[name] = (value, lo, hi)``."""
    plt = _plt()
    names = list(values)
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(names) + 1.4))
    v = np.array([values[n][0] for n in names])
    lo = np.array([values[n][1] for n in names])
    hi = np.array([values[n][2] for n in names])
    colors = ["#2a7f3f" if n == highlight else "#8c8c8c" for n in names]
    y = np.arange(len(names))
    ax.barh(y, v, xerr=[np.clip(v - lo, 0, None), np.clip(hi - v, 0, None)], color=colors, capsize=3)
    for yi, vi in zip(y, v, strict=True):
        ax.text(0.01, yi, f"{vi:.3f}", va="center", fontsize=9, color="white", fontweight="bold")
    if reference:
        ax.axvline(reference[1], color="#c0392b", linestyle="--", linewidth=1, label=reference[0])
        ax.legend(fontsize=8, loc="lower right", framealpha=0.9)
    ax.set_yticks(y, [label(n) for n in names])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel(ylabel)
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)


def pr_curves(path: Path, curves: dict[str, tuple[np.ndarray, np.ndarray]], title: str) -> None:
    from sklearn.metrics import precision_recall_curve

    plt = _plt()
    fig, ax = plt.subplots(figsize=(5, 4))
    for name, (scores, y) in curves.items():
        p, r, _ = precision_recall_curve(y, scores)
        ax.plot(r, p, label=label(name), linewidth=2 if name == "model" else 1)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)


def reliability_png(path: Path, bins: list[dict[str, Any]], ece: float, title: str) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(4.5, 4.2))
    ax.plot([0, 1], [0, 1], color="#999", linestyle="--", linewidth=1)
    xs = [b["mean_score"] for b in bins]
    ys = [b["observed_rate"] for b in bins]
    ax.plot(xs, ys, marker="o", color="#2a7f3f")
    for b in bins:
        ax.annotate(str(b["n"]), (b["mean_score"], b["observed_rate"]), fontsize=7, xytext=(3, -9),
                    textcoords="offset points")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("mean predicted score (bin)")
    ax.set_ylabel("observed rate")
    ax.set_title(f"{title}\nECE {ece:.3f} (n per bin annotated)", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)


def confusion_png(path: Path, confusion: dict[str, dict[str, int]], labels: list[str], title: str) -> None:
    plt = _plt()
    M = np.array([[confusion.get(g, {}).get(p, 0) for p in labels] for g in labels])
    fig, ax = plt.subplots(figsize=(4.5, 4))
    ax.imshow(M, cmap="Greens")
    for i in range(len(labels)):
        for j in range(len(labels)):
            ax.text(j, i, str(M[i, j]), ha="center", va="center",
                    color="white" if M[i, j] > M.max() / 2 else "black", fontsize=10)
    ax.set_xticks(range(len(labels)), labels)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)


def grouped_bars(path: Path, groups: dict[str, dict[str, float]], title: str, xlabel: str) -> None:
    """Horizontal grouped bars: ``groups[row][series] = value`` (e.g. per-label F1, model vs keywords)."""
    plt = _plt()
    rows = list(groups)
    series = sorted({s for g in groups.values() for s in g}, key=lambda s: (s != "model", s))
    fig, ax = plt.subplots(figsize=(7, 0.32 * len(rows) * max(1, len(series)) / 1.5 + 1.5))
    h = 0.8 / max(1, len(series))
    y = np.arange(len(rows))
    for k, s in enumerate(series):
        ax.barh(y + k * h, [groups[r].get(s, 0.0) for r in rows], height=h, label=label(s),
                color=COLORS.get(s, f"C{k}"))
    ax.set_yticks(y + h * (len(series) - 1) / 2, rows, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel(xlabel)
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)


def save_json(reports: Path, name: str, result: dict[str, Any]) -> Path:
    reports.mkdir(parents=True, exist_ok=True)
    path = reports / f"{name}.json"
    path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return path


def _ci(r: dict[str, Any], key: str = "f1") -> str:
    ci = r.get(f"{key}_ci95")
    return f"{r[key]:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else f"{r[key]:.3f}"


def systems_table(result: dict[str, Any], keys: tuple[str, ...]) -> str:
    head = "| system | " + " | ".join(keys) + " | dev-chosen params |\n|" + "---|" * (len(keys) + 2) + "\n"
    rows = []
    for name, r in result["systems"].items():
        cells = [(_ci(r, k) if f"{k}_ci95" in r else f"{r[k]:.3f}") for k in keys]
        params = ", ".join(f"{k}={v}" for k, v in r.get("params", {}).items() if k not in ("cache", "note", "runs"))
        rows.append(f"| {'**' + label(name) + '**' if name == 'model' else label(name)} | " + " | ".join(cells)
                    + f" | {params} |")
    return head + "\n".join(rows)


def beats_baselines(result: dict[str, Any], key: str) -> dict[str, bool]:
    m = result["systems"]["model"][key]
    return {b: bool(m > result["systems"][b][key]) for b in BASELINES if b in result["systems"]}


def binary_summary(result: dict[str, Any]) -> str:
    key = result.get("primary", "f1")
    lines = [f"{result['benchmark']} ({result['split']}, n={result['n']}): model = {result['model']}",
             f"{'system':<36}{'precision':>10}{'recall':>8}{'f1':>8}{'accuracy':>10}"]
    for name, r in result["systems"].items():
        lines.append(f"{label(name):<36}{r['precision']:>10.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}{r['accuracy']:>10.3f}")
    lines.append(f"model beats baselines on {key}: {beats_baselines(result, key)}")
    if result.get("report"):
        lines.append(f"report: {result['report']}")
    return "\n".join(lines)


def binary_benchmark_report(result: dict[str, Any], reports: Path, curves: dict[str, tuple[np.ndarray, np.ndarray]],
                            intro: str = "", command: str = "") -> Path:
    """Markdown + PNGs (+ JSON) for a binary benchmark result (``result['systems']``)."""
    name = result["benchmark"]
    key = result.get("primary", "f1")
    reports.mkdir(parents=True, exist_ok=True)
    ref = result.get("published_reference")
    bars(reports / f"{name}_systems.png",
         {n: (r[key], *r[f"{key}_ci95"]) for n, r in result["systems"].items()},
         f"{name}: test {key} with bootstrap 95% CI (n={result['n']})", key,
         reference=(f"{ref['system']}: {ref['f1']}", float(ref["f1"])) if ref and key == "f1" else None)
    pngs = [f"{name}_systems.png"]
    if curves:
        pr_curves(reports / f"{name}_pr.png", curves, f"{name}: precision-recall on test")
        pngs.append(f"{name}_pr.png")
    md = reports / f"{name}.md"
    result["report"] = str(md)
    cmd = command or f"claims eval {name}"
    beats = beats_baselines(result, key)
    text = f"""# Benchmark: {name}

Generated by `{cmd}` (seed {result.get('seed', 0)}); the same numbers are in `{name}.json`.
{intro}
Model: **{result['model']}**. Test split: n={result['n']}. Every system was fitted on the train
split and had its hyper-parameters and decision threshold chosen on dev; test was read once.

{systems_table(result, (key, 'precision', 'recall', 'macro_f1', 'accuracy') if key == 'f1'
               else (key, 'f1', 'precision', 'recall', 'macro_f1'))}

Brackets: bootstrap 95% confidence interval (1,000 resamples of the test rows).

The project's model beats every baseline on {key}: **{all(beats.values())}** ({beats}).

{''.join(f'![{p}]({p})' + chr(10) + chr(10) for p in pngs)}
"""
    if ref:
        text += f"Published reference: {ref['system']} F1 {ref['f1']} ({ref['source']}).\n"
    md.write_text(text, encoding="utf-8")
    save_json(reports, name, result)
    return md


CORPUS_KEYS = ("attr_micro_f1", "level_macro_f1", "level_accuracy", "high_recall", "none_f1", "code_micro_f1")
CORPUS_SYSTEMS = (("model", "model"), ("keyword", "keyword_baseline"), ("tfidf_svm", "tfidf_svm_baseline"),
                  ("embedding_lr", "embedding_lr_baseline"))


def corpus_report(result: dict[str, Any], reports: Path) -> Path:
    """reports/corpus.md with its plots (and corpus.json) from ``claims eval corpus``."""
    reports.mkdir(parents=True, exist_ok=True)
    m = result["model"]
    systems = [(n, result[k]) for n, k in CORPUS_SYSTEMS if k in result]
    pngs = []
    if all("ci95" in r for _, r in systems):
        bars(reports / "corpus_systems.png",
             {n: (r["level_macro_f1"], *r["ci95"]["level_macro_f1"]) for n, r in systems},
             f"corpus {result['split']}: risk-level macro-F1, 95% CI (n={m['n']})", "level macro-F1")
        bars(reports / "corpus_attr_systems.png",
             {n: (r["attr_micro_f1"], *r["ci95"]["attr_micro_f1"]) for n, r in systems},
             f"corpus {result['split']}: attribute micro-F1, 95% CI", "attribute micro-F1")
        pngs += ["corpus_systems.png", "corpus_attr_systems.png"]
    if "per_label" in m:
        grouped_bars(reports / "corpus_per_label.png",
                     {a: {n: r["per_label"][a]["f1"] for n, r in systems if "per_label" in r} for a in m["per_label"]},
                     "attribute F1 per label (test)", "F1")
        pngs.append("corpus_per_label.png")
    confusion_png(reports / "corpus_confusion.png", m["confusion"], ["none", "low", "medium", "high"],
                  f"risk level confusion ({result['split']}, model)")
    pngs.append("corpus_confusion.png")
    if "calibration" in m:
        reliability_png(reports / "corpus_reliability.png", m["calibration"]["bins"], m["calibration"]["ece"],
                        "risk score vs P(gold medium/high)")
        pngs.append("corpus_reliability.png")
    cats = m.get("per_category", {})
    if cats:
        grouped_bars(reports / "corpus_per_category.png", {c: {"model": v["level_accuracy"]} for c, v in cats.items()},
                     f"level accuracy per category (spread {m['level_accuracy_spread']:.3f})", "level accuracy")
        pngs.append("corpus_per_category.png")

    def cell(r: dict[str, Any], k: str) -> str:
        ci = r.get("ci95", {}).get(k)
        return f"{r[k]:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else f"{r[k]:.3f}"

    table = "| metric | " + " | ".join(label(n) for n, _ in systems) + " |\n|" + "---|" * (len(systems) + 1) + "\n"
    table += "\n".join(f"| {k} | " + " | ".join(cell(r, k) for _, r in systems) + " |" for k in CORPUS_KEYS)
    beats = "; ".join(f"{label(n)}: " + ", ".join(f"{k} {'yes' if m[k] > r[k] else 'NO'}"
                                                  for k in ("attr_micro_f1", "level_macro_f1"))
                      for n, r in systems if n != "model")
    labels_tbl = ""
    if "per_label" in m:
        labels_tbl = "| attribute | support | precision | recall | F1 |\n|---|---|---|---|---|\n" + "\n".join(
            f"| {a} | {v['support']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |"
            for a, v in m["per_label"].items())
    codes_tbl = ""
    if "per_code" in m:
        codes_tbl = "| finding code | support | precision | recall | F1 |\n|---|---|---|---|---|\n" + "\n".join(
            f"| {c} | {v['support']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |"
            for c, v in m["per_code"].items() if v["support"])
    inv = m.get("invariance")
    inv_text = (f"Same text, other category or brand ({inv['variants_per_listing']} variants per listing, "
                f"{inv['listings']} listings): risk-score spread mean {inv['score_spread_mean']:.3f}, max "
                f"{inv['score_spread_max']:.3f}; the level changed for {inv['level_changed_share']:.1%} of listings."
                ) if inv else ""
    cal = m.get("calibration")
    cal_text = (f"Calibration: the risk score read as P(gold level medium or high) has expected calibration "
                f"error {cal['ece']:.3f} (10 equal-width bins). The score is banded by level, so it is a ranking "
                f"score more than a probability.") if cal else ""
    md = reports / "corpus.md"
    result["report"] = str(md)
    md.write_text(f"""# Benchmark: corpus ({result['split']} split)

Generated by `claims eval corpus --split {result['split']}`{' --model-dir ' + result['model_dir']
 if result.get('model_dir') and not str(result['model_dir']).rstrip('/').endswith('models') else ''}; model
`{result['model_version']}`. Same numbers in `corpus.json`. Brackets: bootstrap 95% CI over listings
(1,000 resamples). Baselines: keyword lexicon; TF-IDF + linear SVM and frozen MiniLM + LR over the
listing text (one-vs-rest per attribute, 4-class level; C chosen on dev; they predict no findings).

{table}

Model beats each baseline (attribute micro-F1, level macro-F1): {beats}

{inv_text}

{cal_text}

## Attributes (model)
{labels_tbl}

## Finding codes (model, codes with test support)
{codes_tbl}

{''.join(f'![{p}]({p})' + chr(10) + chr(10) for p in pngs)}""", encoding="utf-8")
    save_json(reports, "corpus", result)
    return md
