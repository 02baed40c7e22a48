"""The bench generator: any seed and size gives a valid, feasible session with every family."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tradebridge.matchmaking.engine.scheduling import diagnose, parse_instance

from .checker import check

sys.path.insert(0, str(Path(__file__).resolve().parents[5] / "bench" / "schedule"))
generate = pytest.importorskip("generate")


@pytest.mark.parametrize(
    ("seed", "companies", "requests", "sessions"),
    [(1, 40, 120, 2), (2, 60, 200, 1), (17, 120, 400, 2), (99, 25, 60, 3)],
)
def test_generated_session_is_feasible_and_has_every_family(seed, companies, requests, sessions):
    witness: dict[str, str] = {}
    doc = generate.session(
        seed,
        companies=companies,
        requests=requests,
        sessions=sessions,
        slots_per_session=8,
        tables=max(4, companies // 6),
        interpreters=6,
        pairs=4,
        fixed=3,
        precedences=5,
        witness=witness,
    )
    instance = parse_instance(doc)  # every field valid, no dangling id
    assert diagnose(instance) is None
    meetings = doc["meetings"]
    assert len(meetings) == requests
    assert any(instance.needs_interpreter(m) for m in instance.meetings)
    assert len({tuple(sorted(i["languages"])) for i in doc["interpreters"]}) > 1
    assert any(p.get("capacity") == 2 for p in doc["participants"])
    assert any(p.get("forbidden") for p in doc["participants"])
    assert any(m.get("fixed") for m in meetings)
    assert any(m.get("after") for m in meetings)
    assert any(m.get("allowed") for m in meetings)
    assert any(m["required"] for m in meetings) and not all(m["required"] for m in meetings)
    # The witness schedules every required meeting within every constraint and the cap.
    interp: dict[str, str] = {}
    taken: set[tuple[str, str]] = set()
    people = {p["id"]: p for p in doc["participants"]}
    for m in meetings:
        if m["id"] not in witness:
            continue
        a, b = (set(people[x]["languages"]) for x in m["between"])
        if a & b:
            continue
        slot = witness[m["id"]]
        iid = next(
            i["id"]
            for i in doc["interpreters"]
            if slot in i["available"]
            and (i["id"], slot) not in taken
            and set(i["languages"]) & a
            and set(i["languages"]) & b
        )
        taken.add((iid, slot))
        interp[m["id"]] = iid
    tables: dict[str, int] = {}
    rows = []
    for mid, slot in witness.items():
        tables[slot] = tables.get(slot, 0) + 1
        rows.append(
            {"id": mid, "slot": slot, "table": tables[slot], "interpreter": interp.get(mid)}
        )
    unscheduled = [m["id"] for m in meetings if m["id"] not in witness]
    check(doc, {"meetings": rows, "unscheduled": unscheduled}, doc.get("fairness"))


def test_same_seed_same_session():
    one = generate.session(5, companies=30, requests=80)
    two = generate.session(5, companies=30, requests=80)
    assert one == two
    assert generate.session(6, companies=30, requests=80) != one


@pytest.mark.parametrize("seed", [3, 4])
def test_generated_session_solves_with_consistent_bounds(seed):
    # Too large for brute force: the bounds can only be checked against what is known of them
    # (Σ priority above, the schedule's own values below and above).
    from tradebridge.matchmaking.engine.scheduling import Progress, solve

    doc = generate.session(
        seed, companies=40, requests=160, slots_per_session=6, tables=8, interpreters=4, pairs=3
    )
    seen: list[Progress] = []
    schedule = solve(parse_instance(doc), time_limit=30, workers=2, on_progress=seen.append)
    assert schedule.status in ("optimal", "feasible")
    total = sum(m["priority"] for m in doc["meetings"])
    value = check(doc, schedule.to_json(), doc.get("fairness"))
    assert value["priority"] == schedule.priority <= schedule.bound_priority <= total
    assert schedule.bound_breaks is None or schedule.bound_breaks <= schedule.breaks
    for p in seen:
        if p.phase == "priority":
            assert 0 <= p.objective <= p.bound <= total
        else:
            assert 0 <= p.bound <= p.objective
