"""The local search for breaks: its schedules pass the checker and never have more breaks."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradebridge.matchmaking.engine.scheduling import parse_instance, solve
from tradebridge.matchmaking.engine.scheduling.localsearch import reduce_breaks, shift_breaks
from tradebridge.matchmaking.engine.scheduling.solver import _Model
from tradebridge.matchmaking.engine.scheduling.tables import assign_tables

from .checker import check
from .test_solver import instances


def _improve(data: dict, slot_of: dict[str, str], interp: dict[str, str | None], seed: int):
    instance = parse_instance(data)
    mdl = _Model(instance, data.get("fairness"), None)
    index = {s.id: i for i, s in enumerate(instance.slots)}
    found = reduce_breaks(
        instance,
        {mid: list(xs) for mid, xs in mdl.x.items()},
        {mid: index[sid] for mid, sid in slot_of.items()},
        mdl.h_cap,
        deadline=time.monotonic() + 60,
        seed=seed,
        frozen=frozenset(m.id for m in instance.meetings if instance.needs_interpreter(m)),
        max_moves=3000,
    )
    if found is None:
        return None
    slots = {mid: instance.slots[s].id for mid, s in found[0].items()}
    tables = assign_tables(instance, slots)
    doc = {
        "meetings": [
            {"id": mid, "slot": sid, "table": tables[mid], "interpreter": interp.get(mid)}
            for mid, sid in slots.items()
        ],
        "unscheduled": [m.id for m in instance.meetings if m.id not in slots],
    }
    return found[1], doc


@st.composite
def busier(draw):
    """More people and slots than the solver tests, so that shuffled schedules have breaks."""
    data = draw(instances(max_meetings=6, max_slots=4))
    n_s = draw(st.integers(5, 8))
    data["slots"] = [{"id": f"s{i}", "session": "am" if i < n_s // 2 else "pm"} for i in range(n_s)]
    if draw(st.booleans()):
        for slot in data["slots"]:
            slot["session"] = ""
    sids = [s["id"] for s in data["slots"]]
    people = [f"q{i}" for i in range(draw(st.integers(4, 7)))]
    data["participants"] = [
        {"id": p, "forbidden": draw(st.lists(st.sampled_from(sids), max_size=1))} for p in people
    ]
    data["interpreters"] = []
    pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1 :]]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=6, max_size=14, unique=True))
    data["meetings"] = []
    for k, (a, b) in enumerate(chosen):
        m: dict = {"id": f"m{k}", "between": [a, b], "required": draw(st.booleans())}
        if draw(st.integers(0, 4)) == 0:
            m["allowed"] = draw(st.lists(st.sampled_from(sids), min_size=1, unique=True))
        if k and draw(st.integers(0, 5)) == 0:
            m["after"] = [f"m{draw(st.integers(0, k - 1))}"]
        data["meetings"].append(m)
    data["tables"] = draw(st.integers(3, 4))
    data["fairness"] = draw(st.sampled_from([None, 1, 2]))
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=14, max_slots=6) | busier(), st.randoms(use_true_random=False))
def test_local_search_keeps_every_constraint_and_never_adds_breaks(data, rnd):
    for person in data["participants"]:
        person["capacity"] = 1  # the local search is for single-seat participants
    instance = parse_instance(data)
    if _Model(instance, data["fairness"], None).exact:
        return  # fairness against a minimum above 0: the solver does not use the local search
    schedule = solve(instance, time_limit=30, workers=1, seed=1)
    if schedule.status not in ("optimal", "feasible"):
        return
    # Start from the solver's schedule with its slots shuffled when that stays valid (more
    # breaks to remove), else from the schedule itself.
    start = {p.meeting: p.slot for p in schedule.placements}
    interp = {p.meeting: p.interpreter for p in schedule.placements}
    order = [s["id"] for s in data["slots"]]
    shuffled = dict(zip(order, rnd.sample(order, len(order)), strict=True))
    moved = {mid: shuffled[sid] for mid, sid in start.items()}
    try:
        begin = check(data, _doc(data, moved, interp), data["fairness"])["breaks"]
        start = moved
    except (AssertionError, KeyError):
        begin = schedule.breaks
    for seed in (0, 1):
        out = _improve(data, start, interp, seed)
        assert out is not None  # the start is within every cap
        breaks, doc = out
        assert check(data, doc, data["fairness"])["breaks"] == breaks <= begin


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=14, max_slots=6) | busier())
def test_single_moves_keep_every_constraint_with_capacity_two(data):
    # shift_breaks takes any capacity and keeps meetings with an interpreter where they are.
    instance = parse_instance(data)
    mdl = _Model(instance, data["fairness"], None)
    if mdl.exact:
        return
    schedule = solve(instance, time_limit=30, workers=1, seed=1)
    if schedule.status not in ("optimal", "feasible"):
        return
    index = {s.id: i for i, s in enumerate(instance.slots)}
    interp = {p.meeting: p.interpreter for p in schedule.placements}
    found, breaks = shift_breaks(
        instance,
        {mid: list(xs) for mid, xs in mdl.x.items()},
        {p.meeting: index[p.slot] for p in schedule.placements},
        mdl.h_cap,
        deadline=time.monotonic() + 0.2,
        frozen=frozenset(m.id for m in instance.meetings if instance.needs_interpreter(m)),
    )
    slots = {mid: instance.slots[s].id for mid, s in found.items()}
    tables = assign_tables(instance, slots)
    doc = {
        "meetings": [
            {"id": mid, "slot": sid, "table": tables[mid], "interpreter": interp.get(mid)}
            for mid, sid in slots.items()
        ],
        "unscheduled": list(schedule.unscheduled),
    }
    assert check(data, doc, data["fairness"])["breaks"] == breaks <= schedule.breaks


def test_local_search_closes_the_gaps_of_a_spread_out_schedule():
    # Four people meeting each other (three rounds of two meetings) spread over slots 0, 2, 4:
    # everybody has two breaks; the rounds side by side have none.
    people = [f"p{i}" for i in range(4)]
    rounds = [
        [("p0", "p1"), ("p2", "p3")],
        [("p0", "p2"), ("p1", "p3")],
        [("p0", "p3"), ("p1", "p2")],
    ]
    meetings, start = [], {}
    for r, pairs in enumerate(rounds):
        for a, b in pairs:
            mid = f"{a}-{b}"
            meetings.append({"id": mid, "between": [a, b]})
            start[mid] = f"s{2 * r}"
    data = {
        "format": "tradebridge-b2b/1",
        "slots": [{"id": f"s{i}"} for i in range(6)],
        "tables": 2,
        "participants": [{"id": p} for p in people],
        "meetings": meetings,
        "fairness": 2,
    }
    assert check(data, _doc(data, start), 2)["breaks"] == 8
    out = _improve(data, start, {}, 0)
    assert out is not None
    breaks, doc = out
    assert breaks == check(data, doc, 2)["breaks"] == 0


def _doc(data: dict, slot_of: dict[str, str], interp: dict | None = None) -> dict:
    by_slot: dict[str, int] = {}
    rows = []
    for mid, sid in slot_of.items():
        by_slot[sid] = by_slot.get(sid, 0) + 1
        who = (interp or {}).get(mid)
        rows.append({"id": mid, "slot": sid, "table": by_slot[sid], "interpreter": who})
    unscheduled = [m["id"] for m in data["meetings"] if m["id"] not in slot_of]
    return {"meetings": rows, "unscheduled": unscheduled}
