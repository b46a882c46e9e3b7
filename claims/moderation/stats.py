"""Per-moderator statistics: decisions by action and by day, and agreement on double reviews.

A double-reviewed item has a first decision and a *second opinion* by another moderator in the
same review round (:func:`claims.moderation.queue.decide`). Agreement compares the two outcomes
(confirm, clear or change: the action, aliases resolved) as percent agreement and Cohen's kappa
(:func:`cohen_kappa`), overall and for each moderator over the pairs they were part of.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.moderation.store import Decision, utcnow

OUTCOMES: tuple[str, ...] = ("approve", "reject", "change")


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters over ``pairs`` of categorical outcomes (first rater, second
    rater): (p_o - p_e) / (1 - p_e). None when undefined (no pairs, or chance agreement of 1)."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def agreement_pairs(session: Session) -> list[dict[str, Any]]:
    """Each second opinion with the first decision it is compared to: the last non-note decision
    of the same item and round, before it, by another moderator (not itself a second opinion)."""
    seconds = list(session.scalars(select(Decision).where(Decision.second_opinion.is_(True))
                                   .order_by(Decision.id)))
    if not seconds:
        return []
    item_ids = sorted({d.item_id for d in seconds})
    firsts: dict[tuple[int, int], list[Decision]] = defaultdict(list)
    for start in range(0, len(item_ids), 500):  # bounded IN lists
        for d in session.scalars(select(Decision).where(Decision.item_id.in_(item_ids[start:start + 500]),
                                                        Decision.second_opinion.is_(False),
                                                        Decision.action != "note").order_by(Decision.id)):
            firsts[(d.item_id, d.round)].append(d)
    out = []
    for s in seconds:
        candidates = [d for d in firsts[(s.item_id, s.round)] if d.id < s.id and d.moderator != s.moderator]
        if candidates:
            f = candidates[-1]
            out.append({"item_id": s.item_id, "first": f.moderator, "second": s.moderator,
                        "first_action": f.action, "second_action": s.action, "agree": f.action == s.action})
    return out


def moderator_stats(session: Session, *, days: int = 14, now: datetime | None = None) -> dict[str, Any]:
    """Decisions per moderator (counts by action, all time; counts per UTC day over the last
    ``days`` days) and agreement on double-reviewed items (overall and per moderator)."""
    now = now or utcnow()
    by_action: dict[str, Counter[str]] = defaultdict(Counter)
    for moderator, action, second, n in session.execute(
            select(Decision.moderator, Decision.action, Decision.second_opinion, func.count())
            .group_by(Decision.moderator, Decision.action, Decision.second_opinion)):
        by_action[moderator][action] += int(n)
        if second:
            by_action[moderator]["second_opinion"] += int(n)
    since = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    day_list = [(since + timedelta(days=i)).date().isoformat() for i in range(days)]
    per_day: dict[str, Counter[str]] = defaultdict(Counter)
    for moderator, created in session.execute(select(Decision.moderator, Decision.created_at)
                                              .where(Decision.created_at >= since)):
        per_day[moderator][created.date().isoformat()] += 1
    pairs = agreement_pairs(session)
    per_mod_pairs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in pairs:
        per_mod_pairs[p["first"]].append(p)
        per_mod_pairs[p["second"]].append(p)
    moderators = []
    for m in sorted(set(by_action) | set(per_day)):
        counts = by_action[m]
        mine = per_mod_pairs.get(m, [])
        moderators.append({
            "moderator": m, "total": sum(counts[a] for a in (*OUTCOMES, "note")),
            "by_action": {a: counts[a] for a in (*OUTCOMES, "note")}, "second_opinions": counts["second_opinion"],
            "per_day": [per_day[m][d] for d in day_list],
            "double_reviewed": len(mine),
            "agreement": (sum(p["agree"] for p in mine) / len(mine)) if mine else None})
    outcome_pairs = [(p["first_action"], p["second_action"]) for p in pairs]
    return {"days": day_list, "moderators": moderators, "pairs": pairs,
            "agreement": {"items": len(pairs),
                          "percent": (100.0 * sum(p["agree"] for p in pairs) / len(pairs)) if pairs else None,
                          "kappa": cohen_kappa(outcome_pairs),
                          "confusion": {f"{a}/{b}": n for (a, b), n in sorted(Counter(outcome_pairs).items())}}}
