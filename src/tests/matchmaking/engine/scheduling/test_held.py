"""Interpreters as Hall's condition, and the probe "the meetings in hand at everybody's minimum".

The Hall form replaces the interpreter assignment (w variables) by a count per union of
interpreter sets; it must accept exactly the slot assignments that have an assignment of
interpreters. The probe's schedules must pass the independent checker with the same meetings
and every participant at its own minimum (its breaks are then the level's lower bound).
"""

from __future__ import annotations

import time
from itertools import product

from hypothesis import HealthCheck, given, settings
from ortools.sat.python import cp_model

from tradebridge.matchmaking.engine.scheduling import parse_instance
from tradebridge.matchmaking.engine.scheduling.solver import (
    _alone_minima,
    _complete,
    _held_at_minima,
    _Model,
    _placement_of,
    _priority_at_bound,
    _priority_lp,
    _priority_moved,
    assign_interpreters,
)
from tradebridge.matchmaking.engine.scheduling.tables import assign_tables

from .checker import _give_interpreters, check
from .test_bounds import rich_instances


def _slot_assignments(data: dict) -> list[dict[str, str]]:
    """Every assignment of the required meetings to allowed slots (small instances only)."""
    instance = parse_instance(data)
    mdl = _Model(instance, None, None)
    required = [m for m in instance.meetings if m.required]
    options = [[instance.slots[t].id for t in mdl.x[m.id]] for m in required]
    return [
        {m.id: s for m, s in zip(required, choice, strict=True)} for choice in product(*options)
    ]


def _checked(data: dict, slot_of: dict[str, str], interp_of: dict[str, str]) -> dict[str, int]:
    """The independent checker's objective of a placement (tables assigned here)."""
    instance = parse_instance(data)
    tables = assign_tables(instance, slot_of, None)
    schedule = {
        "meetings": [
            {"id": mid, "slot": sid, "table": tables[mid], "interpreter": interp_of.get(mid)}
            for mid, sid in slot_of.items()
        ],
        "unscheduled": [m.id for m in instance.meetings if m.id not in slot_of],
    }
    return check(data, schedule, data["fairness"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_instances(max_meetings=5, max_slots=3))
def test_hall_form_accepts_exactly_the_assignments_with_interpreters(data):
    instance = parse_instance(data)
    hall = _Model(instance, None, None, hall=True)
    assert hall.hall and not hall.w
    for slot_of in _slot_assignments(data)[:200]:
        model = hall.model.clone()
        for m in instance.meetings:
            for t, v in hall.x[m.id].items():
                model.add(v == int(slot_of.get(m.id) == instance.slots[t].id))
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        status = solver.solve(model)
        placed = [{"id": mid, "slot": sid, "interpreter": None} for mid, sid in slot_of.items()]
        # Capacities, tables and precedences decide too; compare with the w form on them.
        exact = _Model(instance, None, None)
        model_w = exact.model.clone()
        for m in instance.meetings:
            for t, v in exact.x[m.id].items():
                model_w.add(v == int(slot_of.get(m.id) == instance.slots[t].id))
        status_w = cp_model.CpSolver().solve(model_w)
        assert (status == cp_model.OPTIMAL) == (status_w == cp_model.OPTIMAL)
        if status == cp_model.OPTIMAL:
            assert assign_interpreters(instance, slot_of) is not None
            assert _give_interpreters(data, placed)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_instances(max_meetings=9, max_slots=4))
def test_held_probe_keeps_the_meetings_and_reaches_the_minima(data):
    instance = parse_instance(data)
    mdl = _Model(instance, data["fairness"], None)
    if not mdl.h:
        return
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = 10
    mdl.model.maximize(mdl.priority)
    if solver.solve(mdl.model) != cp_model.OPTIMAL:
        return
    held = {m.id for m in instance.meetings if solver.boolean_value(mdl.present[m.id])}
    alone = _alone_minima(mdl, time.monotonic() + 10)
    running: list[cp_model.CpSolver] = []

    def new_solver(n: int) -> cp_model.CpSolver:
        one = cp_model.CpSolver()
        one.parameters.num_workers = n
        running.append(one)
        return one

    found = _held_at_minima(
        mdl,
        alone,
        held,
        until=time.monotonic() + 10,
        seed=1,
        workers=2,
        new_solver=new_solver,
        running=running,
        cancel=None,
    )
    if found is None:
        return
    slot_of, interp_of = found
    assert set(slot_of) == held
    value = _checked(data, slot_of, interp_of)
    assert value["breaks"] == sum(alone.values())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_instances(max_meetings=9, max_slots=4))
def test_priority_at_bound_is_a_schedule_at_the_optimum(data):
    """The LP's assignment repaired into the fairness cap: when it returns, the schedule passes
    the checker with the LP bound as its priority, which is then the optimum (CP-SAT's)."""
    instance = parse_instance(data)
    mdl = _Model(instance, data["fairness"], None)
    if not mdl.h or mdl.exact:
        return
    lp = _priority_lp(mdl, 5.0)
    if lp is None:
        return
    running: list[cp_model.CpSolver] = []

    def new_solver(n: int) -> cp_model.CpSolver:
        one = cp_model.CpSolver()
        one.parameters.num_workers = n
        one.parameters.random_seed = 1
        running.append(one)
        return one

    until = time.monotonic() + 10
    found = _priority_at_bound(
        mdl, lp[1], lp[0], until=until, workers=1, new_solver=new_solver, running=running
    )
    if found is None:
        return
    values = _complete(mdl, found, new_solver, running, until)
    assert values is not None
    assert _checked(data, *_placement_of(mdl, values))["priority"] == lp[0]
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = 10
    mdl.model.maximize(mdl.priority)
    if solver.solve(mdl.model) == cp_model.OPTIMAL:
        assert round(solver.objective_value) == lp[0]


def _moved_and_checked(data: dict, start: dict[str, int], target: int) -> bool:
    """``_priority_moved`` from ``start``: when it returns, the same meetings are placed, the
    real model completes it and the checker (fairness, `after`, interpreters, capacities)
    passes at ``target``. Returns whether it did."""
    instance = parse_instance(data)
    mdl = _Model(instance, data["fairness"], None)
    found = _priority_moved(mdl, start, target, until=time.monotonic() + 0.5, seed=1)
    if found is None:
        return False
    assert set(found) == set(start)
    running: list[cp_model.CpSolver] = []

    def new_solver(n: int) -> cp_model.CpSolver:
        one = cp_model.CpSolver()
        one.parameters.num_workers = n
        running.append(one)
        return one

    values = _complete(mdl, found, new_solver, running, time.monotonic() + 10)
    assert values is not None
    assert _checked(data, *_placement_of(mdl, values))["priority"] == target
    return True


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_instances(max_meetings=10, max_slots=6))
def test_priority_moved_keeps_the_meetings_and_every_constraint(data):
    """The LP's assignment moved into the fairness cap in Python (fairness 0 and somebody
    without meetings, so that the LP's assignment is often over the cap)."""
    data["fairness"] = 0
    data["participants"].append({"id": "solo", "languages": ["en"]})
    instance = parse_instance(data)
    mdl = _Model(instance, 0, None)
    if not mdl.h or mdl.exact:
        return
    lp = _priority_lp(mdl, 5.0)
    if lp is not None:
        _moved_and_checked(data, lp[1], lp[0])


def test_priority_moved_closes_a_gap_and_mends_an_after_pair():
    # a meets b in s0 and c in s2 (a break, over the cap 0); d meets c in s0 though it comes
    # after a-c. Moves put a-c next to a-b and c-d after it, with the same three meetings.
    data = {
        "format": "tradebridge-b2b/1",
        "name": "moved",
        "slots": [{"id": f"s{i}", "session": "pm"} for i in range(4)],
        "tables": 2,
        "participants": [{"id": p} for p in ("a", "b", "c", "d", "solo")],
        "interpreters": [],
        "meetings": [
            {"id": "m0", "between": ["a", "b"], "priority": 2, "required": False},
            {"id": "m1", "between": ["a", "c"], "priority": 1, "required": False},
            {"id": "m2", "between": ["c", "d"], "priority": 1, "required": False, "after": ["m1"]},
        ],
        "fairness": 0,
    }
    assert _moved_and_checked(data, {"m0": 0, "m1": 2, "m2": 0}, 4)
