"""Deterministic, seeded generators of the two large bench shapes (written to bench/out/)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any


def la_summit(seed: int = 2016) -> dict[str, Any]:
    """70 Chinese and 100 US companies, ~600 requests, 12 slots, 55 tables, 8 interpreters.

    Over-subscribed: popular companies get more requests than slots, so not all fit.
    """
    rng = random.Random(seed)
    slots = [{"id": f"s{i + 1:02d}", "session": "pm"} for i in range(12)]
    cn = [{"id": f"cn-{i:03d}", "side": "CN", "languages": ["zh"]} for i in range(70)]
    us = [{"id": f"us-{i:03d}", "side": "US", "languages": ["en"]} for i in range(100)]
    for p in rng.sample(cn, 25):
        p["languages"] = ["zh", "en"]
    weights = [1.0 / (1 + i) ** 0.6 for i in range(100)]
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < 600:
        c = str(rng.choice(cn)["id"])
        u = str(rng.choices(us, weights)[0]["id"])
        pairs.add((c, u))
    meetings = [
        {
            "id": f"m{k:04d}",
            "between": [c, u],
            "priority": rng.choice([1, 1, 2, 3]),
            "required": False,
        }
        for k, (c, u) in enumerate(sorted(pairs))
    ]
    interpreters = [
        {"id": f"int-{i + 1}", "languages": ["zh", "en"], "available": [s["id"] for s in slots]}
        for i in range(8)
    ]
    return {
        "format": "tradebridge-b2b/1",
        "name": f"LA summit shape (seed {seed})",
        "slots": slots,
        "tables": 55,
        "participants": cn + us,
        "interpreters": interpreters,
        "meetings": meetings,
        "fairness": 2,
    }


def brokerage(seed: int = 7) -> dict[str, Any]:
    """700 participants, 2,500 requests, two sessions of 12 slots, 120 tables."""
    rng = random.Random(seed)
    slots = [{"id": f"{d}{i + 1:02d}", "session": d} for d in ("am", "pm") for i in range(12)]
    people = [{"id": f"p{i:03d}"} for i in range(700)]
    degree = dict.fromkeys(range(700), 0)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 2500:
        a, b = rng.sample(range(700), 2)
        a, b = min(a, b), max(a, b)
        if (a, b) in pairs or degree[a] >= 20 or degree[b] >= 20:
            continue
        pairs.add((a, b))
        degree[a] += 1
        degree[b] += 1
    meetings = []
    for k, (a, b) in enumerate(sorted(pairs)):
        required = rng.random() < 0.5
        meetings.append(
            {
                "id": f"m{k:04d}",
                "between": [f"p{a:03d}", f"p{b:03d}"],
                "priority": rng.choice([1, 2, 3]),
                "required": required,
            }
        )
    return {
        "format": "tradebridge-b2b/1",
        "name": f"Brokerage shape (seed {seed})",
        "slots": slots,
        "tables": 120,
        "participants": people,
        "meetings": meetings,
    }


def _write(doc: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    return path


def write_la_summit(out: Path, seed: int = 2016) -> Path:
    """Write the LA-summit-shaped instance and return its path."""
    return _write(la_summit(seed), out / f"la-summit-{seed}.json")


def write_brokerage(out: Path, seed: int = 7) -> Path:
    """Write the brokerage-shaped instance and return its path."""
    return _write(brokerage(seed), out / f"brokerage-{seed}.json")


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2] / "bench" / "out"
    print(write_la_summit(root))
    print(write_brokerage(root))
