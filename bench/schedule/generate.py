"""Deterministic, seeded generators of the large bench shapes (written to bench/out/).

``session(seed, companies=..., requests=..., ...)`` makes a session of any size with every
constraint family; ``brokerage_full`` and ``la_summit_full`` are the issue-17 shapes.
"""

from __future__ import annotations

import itertools
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


# Language pairs an interpreter can cover; each participant speaks its own language, and English
# too unless monolingual, so meetings between monolingual speakers of different languages need
# an interpreter of that pair.
PAIRS = [
    ("zh", "en"),
    ("es", "en"),
    ("fr", "en"),
    ("de", "en"),
    ("ja", "en"),
    ("ar", "en"),
    ("zh", "es"),
]


def session(
    seed: int,
    *,
    companies: int,
    requests: int,
    sessions: int = 2,
    slots_per_session: int = 12,
    tables: int = 120,
    interpreters: int = 20,
    pairs: int = 7,
    two_person: float = 0.15,
    monolingual: float = 0.3,
    late: float = 0.08,
    fixed: int = 12,
    windows: float = 0.1,
    precedences: int = 30,
    required: float = 0.5,
    max_degree: int = 20,
    interpreter_load: float = 0.6,
    fairness: int | None = 2,
    name: str = "generated session",
    witness: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A seeded session of any size with every constraint family of the format.

    Companies sending two people (capacity 2), monolingual participants in several languages
    (their meetings need interpreters of ``pairs`` language pairs), late arrivals and early
    departures (forbidden slots), fixed VIP meetings, allowed windows, ``after`` precedences,
    optional and required meetings with priorities 1-5. Required meetings take at most
    ``interpreter_load`` of each interpreter's slots (the rest is for optional ones; at 1.0
    the required part is a tight packing whose first schedule took the engine more than a
    minute, see docs/scheduling.md). The required part is kept feasible by
    construction: a required meeting needs a free slot pair left by a greedy placement, which is
    also what fixes the VIP meetings, so the instance has a schedule for every seed (written to
    ``witness`` when given: meeting id -> slot id).
    """
    rng = random.Random(seed)
    pair_list = PAIRS[: max(1, min(pairs, len(PAIRS)))]
    langs = sorted({lang for pr in pair_list for lang in pr if lang != "en"})
    slots = [
        {"id": f"d{d + 1}s{i + 1:02d}", "session": f"d{d + 1}"}
        for d in range(sessions)
        for i in range(slots_per_session)
    ]
    sids = [s["id"] for s in slots]
    n_s = len(sids)
    people: list[dict[str, Any]] = []
    for i in range(companies):
        p: dict[str, Any] = {"id": f"c{i:04d}"}
        if rng.random() < monolingual:
            p["languages"] = [rng.choice(langs)]
        elif rng.random() < 0.5:
            p["languages"] = ["en"]
        else:
            p["languages"] = [rng.choice(langs), "en"]
        if rng.random() < two_person:
            p["capacity"] = 2
        if rng.random() < late:
            k = rng.randint(2, max(2, slots_per_session // 2))
            if rng.random() < 0.5:
                p["forbidden"] = sids[:k]  # arrives late
            else:
                p["forbidden"] = sids[n_s - k :]  # leaves early
        people.append(p)
    cap = {p["id"]: p.get("capacity", 1) for p in people}
    forbidden = {p["id"]: set(p.get("forbidden", [])) for p in people}
    speaks = {p["id"]: set(p["languages"]) for p in people}

    def pair_ok(a: str, b: str) -> bool:
        if speaks[a] & speaks[b]:
            return True
        return any(
            (x in speaks[a] and y in speaks[b]) or (y in speaks[a] and x in speaks[b])
            for x, y in pair_list
        )

    n_int = interpreters if pairs else 0
    interp = []
    for i in range(n_int):
        x, y = pair_list[i % len(pair_list)]
        available = sids
        if rng.random() < 0.3:  # a part-time interpreter: one session only
            d = rng.randrange(sessions)
            available = sids[d * slots_per_session : (d + 1) * slots_per_session]
        interp.append({"id": f"int-{i + 1:02d}", "languages": [x, y], "available": available})

    # Popularity: a few companies are asked for much more often than the rest.
    weights = [1.0 / (1 + i) ** 0.5 for i in range(companies)]
    order = list(range(companies))
    rng.shuffle(order)
    degree = dict.fromkeys(range(companies), 0)
    chosen: set[tuple[int, int]] = set()
    tries = 0
    while len(chosen) < requests and tries < requests * 50:
        tries += 1
        a = rng.randrange(companies)
        b = order[rng.choices(range(companies), weights)[0]]
        if a == b:
            continue
        a, b = min(a, b), max(a, b)
        if (a, b) in chosen or degree[a] >= max_degree or degree[b] >= max_degree:
            continue
        if not pair_ok(people[a]["id"], people[b]["id"]):
            continue
        chosen.add((a, b))
        degree[a] += 1
        degree[b] += 1

    # Greedy placement of the would-be required meetings decides which stay required.
    busy: dict[tuple[str, int], int] = {}
    used = [0] * n_s
    interp_used: set[tuple[str, int]] = set()
    meetings: list[dict[str, Any]] = []
    placed_at: dict[str, int] = {}

    def needs(a: str, b: str) -> bool:
        return not speaks[a] & speaks[b]

    load: dict[str, int] = {}

    def interpreter_for(a: str, b: str, s: int) -> str | None:
        for it in interp:
            if (it["id"], s) in interp_used or sids[s] not in it["available"]:
                continue
            if load.get(it["id"], 0) >= interpreter_load * len(it["available"]):
                continue  # required meetings leave room: organisers do not book them full
            ls = set(it["languages"])
            if ls & speaks[a] and ls & speaks[b]:
                load[it["id"]] = load.get(it["id"], 0) + 1
                return str(it["id"])
        return None

    slot_session = [s["session"] for s in slots]

    def opens(pid: str, s: int) -> int:
        """Breaks pid gains by a meeting in slot s (0 when next to one of its meetings)."""
        same = [t for t in range(n_s) if slot_session[t] == slot_session[s] and busy.get((pid, t))]
        if not same or busy.get((pid, s)):
            return 0
        return 0 if (s - 1 in same or s + 1 in same) else 1

    pairs_sorted = sorted(chosen)
    rng.shuffle(pairs_sorted)
    for k, (ia, ib) in enumerate(pairs_sorted):
        a, b = people[ia]["id"], people[ib]["id"]
        m: dict[str, Any] = {
            "id": f"m{k:05d}",
            "between": [a, b],
            "priority": rng.choice([1, 1, 2, 2, 3, 3, 4, 5]),
            "required": False,
        }
        if rng.random() < windows:
            d = rng.randrange(sessions)
            lo = rng.randrange(slots_per_session - 3)
            hi = rng.randint(lo + 3, slots_per_session)
            m["allowed"] = sids[d * slots_per_session + lo : d * slots_per_session + hi]
        dom = [
            s
            for s in range(n_s)
            if sids[s] not in forbidden[a]
            and sids[s] not in forbidden[b]
            and ("allowed" not in m or sids[s] in m["allowed"])
        ]
        if rng.random() < required:
            rng.shuffle(dom)
            dom.sort(key=lambda s: opens(a, s) + opens(b, s))  # compact, as organisers do
            for s in dom:
                if busy.get((a, s), 0) >= cap[a] or busy.get((b, s), 0) >= cap[b]:
                    continue
                if used[s] >= tables:
                    continue
                iid = None
                if needs(a, b):
                    iid = interpreter_for(a, b, s)
                    if iid is None:
                        continue
                    interp_used.add((iid, s))
                busy[(a, s)] = busy.get((a, s), 0) + 1
                busy[(b, s)] = busy.get((b, s), 0) + 1
                used[s] += 1
                m["required"] = True
                placed_at[m["id"]] = s
                break
        meetings.append(m)
    # The greedy's placement is the witness that the required part has a schedule; with a
    # fairness cap it must keep every participant within it too. Dropping a participant's first
    # or last meeting of a session never adds a break, so those are made optional until every
    # break count of the witness fits the cap.
    if fairness is not None:
        by_id = {m["id"]: m for m in meetings}
        session_of = [s["session"] for s in slots]

        def witness_breaks(pid: str) -> tuple[int, list[str]]:
            mine = sorted(
                (placed_at[mid], mid)
                for mid in placed_at
                if by_id[mid]["required"] and pid in by_id[mid]["between"]
            )
            busy = sorted({t for t, _ in mine})
            gaps = sum(
                1
                for u, v in itertools.pairwise(busy)
                if v > u + 1 and session_of[u] == session_of[v]
            )
            ends = [mid for t, mid in mine if t in (busy[0], busy[-1])] if busy else []
            return gaps, ends

        changed = True
        while changed:
            changed = False
            for p in people:
                gaps, ends = witness_breaks(p["id"])
                if gaps > fairness and ends:
                    by_id[ends[-1]]["required"] = False
                    changed = True
    required_ids = [m["id"] for m in meetings if m["required"]]
    # Fixed VIP meetings: pinned to the slot the greedy gave them (so they stay feasible).
    for mid in rng.sample(required_ids, min(fixed, len(required_ids))):
        m = next(x for x in meetings if x["id"] == mid)
        m["fixed"] = sids[placed_at[mid]]
    # Precedences between meetings of one participant (a follow-up after a first talk), in the
    # greedy's order so the required part stays feasible.
    by_person: dict[str, list[dict[str, Any]]] = {}
    for m in meetings:
        if m["required"]:
            for pid in m["between"]:
                by_person.setdefault(pid, []).append(m)
    candidates = [pid for pid, ms in by_person.items() if len(ms) >= 2]
    added = 0
    for pid in rng.sample(candidates, len(candidates)):
        if added >= precedences:
            break
        ms = sorted(by_person[pid], key=lambda m: placed_at[m["id"]])
        first, later = ms[0], ms[-1]
        if placed_at[first["id"]] < placed_at[later["id"]] and not later.get("after"):
            later["after"] = [first["id"]]
            added += 1
    meetings.sort(key=lambda m: m["id"])
    if witness is not None:  # the required part's schedule, for tests of the generator
        witness.update({m["id"]: sids[placed_at[m["id"]]] for m in meetings if m["required"]})
    doc: dict[str, Any] = {
        "format": "tradebridge-b2b/1",
        "name": name,
        "slots": slots,
        "tables": tables,
        "participants": people,
        "interpreters": interp,
        "meetings": meetings,
    }
    if fairness is not None:
        doc["fairness"] = fairness
    return doc


def brokerage_full(seed: int = 17) -> dict[str, Any]:
    """The brokerage shape of issue 17: 700 participants, 2,500 requests, two sessions of 12
    slots, 120 tables, 20 interpreters in 7 language pairs, two-person companies, late arrivals
    and early departures, fixed VIP meetings, allowed windows, precedences, fairness 2."""
    return session(seed, companies=700, requests=2500, name=f"Brokerage, full (seed {seed})")


def la_summit_full(seed: int = 2016) -> dict[str, Any]:
    """LA-summit shape with every family: 170 companies, ~600 requests, 12 slots, 55 tables,
    8 interpreters (zh-en and es-en), a fifth of the companies with two people."""
    return session(
        seed,
        companies=170,
        requests=600,
        sessions=1,
        slots_per_session=12,
        tables=55,
        interpreters=8,
        pairs=2,
        two_person=0.2,
        monolingual=0.4,
        late=0.05,
        fixed=4,
        windows=0.05,
        precedences=10,
        required=0.3,
        max_degree=14,
        name=f"LA summit, full (seed {seed})",
    )


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


def write_brokerage_full(out: Path, seed: int = 17) -> Path:
    """Write the full brokerage shape (issue 17) and return its path."""
    return _write(brokerage_full(seed), out / f"brokerage-full-{seed}.json")


def write_la_summit_full(out: Path, seed: int = 2016) -> Path:
    """Write the full LA-summit shape and return its path."""
    return _write(la_summit_full(seed), out / f"la-summit-full-{seed}.json")


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2] / "bench" / "out"
    print(write_la_summit(root))
    print(write_brokerage(root))
    print(write_la_summit_full(root))
    print(write_brokerage_full(root))
