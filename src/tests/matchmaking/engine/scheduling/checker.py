"""An independent checker of schedules: re-reads the raw instance dict, shares no solver code."""

from __future__ import annotations

from itertools import combinations, pairwise, product
from typing import Any


def check(
    instance: dict[str, Any], schedule: dict[str, Any], fairness: int | None
) -> dict[str, int]:
    """Assert every constraint of the format holds; return the recomputed objective."""
    slots = [s["id"] for s in instance["slots"]]
    session = {s["id"]: s.get("session") or "" for s in instance["slots"]}
    pos = {s: i for i, s in enumerate(slots)}
    people = {p["id"]: p for p in instance["participants"]}
    interps = {i["id"]: i for i in instance.get("interpreters", [])}
    meetings = {m["id"]: m for m in instance["meetings"]}
    placed = {row["id"]: row for row in schedule["meetings"]}
    assert set(placed) | set(schedule["unscheduled"]) == set(meetings)
    assert not set(placed) & set(schedule["unscheduled"])
    for mid, m in meetings.items():
        if m.get("required", True):
            assert mid in placed, f"required {mid} unscheduled"
    by_slot: dict[str, list[str]] = {}
    for mid, row in placed.items():
        m, s = meetings[mid], row["slot"]
        by_slot.setdefault(s, []).append(mid)
        assert s in slots
        if m.get("allowed") is not None:
            assert s in m["allowed"]
        if m.get("fixed") is not None:
            assert s == m["fixed"]
        for p in m["between"]:
            assert s not in people[p].get("forbidden", [])
        for q in m.get("after", []):
            if q in placed:
                assert pos[placed[q]["slot"]] < pos[s], f"{q} not before {mid}"
        a, b = (people[p].get("languages") for p in m["between"])
        needs = a is not None and b is not None and not set(a) & set(b)
        if needs:
            it = interps[row["interpreter"]]
            assert s in it.get("available", slots)
            assert set(it["languages"]) & set(a) and set(it["languages"]) & set(b)
        else:
            assert row["interpreter"] is None
    for mids in by_slot.values():
        assert len(mids) <= instance["tables"]
        tables = [placed[m]["table"] for m in mids]
        assert len(set(tables)) == len(tables)
        assert all(1 <= t <= instance["tables"] for t in tables)
        used = [placed[m]["interpreter"] for m in mids if placed[m]["interpreter"]]
        assert len(set(used)) == len(used)
        for p, person in people.items():
            held = sum(1 for m in mids if p in meetings[m]["between"])
            assert held <= person.get("capacity", 1)
    breaks = {}
    for p in people:
        busy = sorted({pos[placed[m]["slot"]] for m in placed if p in meetings[m]["between"]})
        breaks[p] = sum(
            1 for i, j in pairwise(busy) if j > i + 1 and session[slots[i]] == session[slots[j]]
        )
    if fairness is not None:
        low = min(breaks.values())
        assert all(h - low <= fairness for h in breaks.values()), breaks
    return {
        "priority": sum(meetings[m].get("priority", 1) for m in placed),
        "breaks": sum(breaks.values()),
    }


def brute_force(instance: dict[str, Any], fairness: int | None) -> tuple[int, int] | None:
    """Best (priority, -breaks) over every assignment of meetings to slots or nowhere; tiny only."""
    slots = [s["id"] for s in instance["slots"]]
    meetings = instance["meetings"]
    best: tuple[int, int] | None = None
    options = [slots + ([] if m.get("required", True) else [None]) for m in meetings]
    for choice in product(*options):
        placed = [
            {"id": m["id"], "slot": s, "table": 0, "interpreter": None}
            for m, s in zip(meetings, choice, strict=True)
            if s is not None
        ]
        if not _tables_possible(instance, placed):
            continue
        for i, row in enumerate(placed):
            row["table"] = 1 + sum(1 for r in placed[:i] if r["slot"] == row["slot"])
        if not _give_interpreters(instance, placed):
            continue
        doc = {
            "meetings": placed,
            "unscheduled": [m["id"] for m, s in zip(meetings, choice, strict=True) if s is None],
        }
        try:
            value = check(instance, doc, fairness)
        except (AssertionError, KeyError):
            continue
        key = (value["priority"], -value["breaks"])
        if best is None or key > best:
            best = key
    return best


def _tables_possible(instance: dict[str, Any], placed: list[dict[str, Any]]) -> bool:
    counts: dict[str, int] = {}
    for row in placed:
        counts[row["slot"]] = counts.get(row["slot"], 0) + 1
    return all(c <= instance["tables"] for c in counts.values())


def pairs(ids: list[str]) -> list[tuple[str, str]]:
    """All unordered pairs of ids."""
    return list(combinations(ids, 2))


def _give_interpreters(instance: dict[str, Any], placed: list[dict[str, Any]]) -> bool:
    """Try every interpreter choice (tiny instances only); False when none is valid."""
    people = {p["id"]: p for p in instance["participants"]}
    meetings = {m["id"]: m for m in instance["meetings"]}
    slots = [s["id"] for s in instance["slots"]]
    needing = []
    for row in placed:
        a, b = (people[p].get("languages") for p in meetings[row["id"]]["between"])
        if a is not None and b is not None and not set(a) & set(b):
            opts = [
                it["id"]
                for it in instance.get("interpreters", [])
                if row["slot"] in it.get("available", slots)
                and set(it["languages"]) & set(a)
                and set(it["languages"]) & set(b)
            ]
            needing.append((row, opts))
    for choice in product(*(opts for _, opts in needing)):
        used = {(row["slot"], c) for (row, _), c in zip(needing, choice, strict=True)}
        if len(used) == len(needing):
            for (row, _), c in zip(needing, choice, strict=True):
                row["interpreter"] = c
            return True
    return False
