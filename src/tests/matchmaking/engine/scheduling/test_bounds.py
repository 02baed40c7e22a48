"""Every bound the engine reports is a valid bound of its level (issue 17).

Small sessions with interpreters, capacity 2, optional and fixed meetings are solved; each bound
in the schedule and in every progress report is checked against brute force: the priority
bound is at least the best priority, the breaks bound at most the fewest breaks among the
schedules of best priority; where the status is optimal, both equal brute force.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradebridge.matchmaking.engine.scheduling import Progress, parse_instance, solve

from .checker import brute_force, check
from .test_solver import instances


@st.composite
def rich_instances(draw, max_meetings: int = 6, max_slots: int = 4):
    """Sessions with every family the bounds must survive: a monolingual pair of participants
    whose meetings need one of two interpreters, a company of two people (capacity 2), at least
    one optional and one fixed meeting, forbidden slots, windows and precedences."""
    n_s = draw(st.integers(2, max_slots))
    sessions = draw(st.lists(st.sampled_from(["am", "pm"]), min_size=n_s, max_size=n_s))
    slots = [{"id": f"s{i}", "session": x} for i, x in enumerate(sorted(sessions))]
    sids = [s["id"] for s in slots]
    n_p = draw(st.integers(3, 5))
    langs = [["zh"], ["en"], ["es"], ["zh", "en"], ["en"]]
    people = []
    for i in range(n_p):
        p = {
            "id": f"p{i}",
            "languages": langs[i],
            "capacity": 2 if i == 1 else draw(st.sampled_from([1, 1, 2])),
        }
        forbidden = draw(st.lists(st.sampled_from(sids), max_size=1, unique=True))
        if forbidden:
            p["forbidden"] = forbidden
        people.append(p)
    pairs = [(f"p{i}", f"p{j}") for i in range(n_p) for j in range(i + 1, n_p)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=2, max_size=max_meetings))
    chosen[0] = ("p0", "p1")  # zh with en: needs an interpreter
    meetings = []
    for k, (a, b) in enumerate(chosen):
        m = {
            "id": f"m{k}",
            "between": [a, b],
            "priority": draw(st.integers(1, 4)),
            "required": k != 1 and draw(st.booleans()),
        }
        if k == 0 or draw(st.integers(0, 5)) == 0:
            m["fixed"] = draw(st.sampled_from(sids))
        elif draw(st.integers(0, 4)) == 0:
            m["allowed"] = draw(st.lists(st.sampled_from(sids), min_size=1, unique=True))
        if k and draw(st.integers(0, 4)) == 0:
            m["after"] = [f"m{draw(st.integers(0, k - 1))}"]
        meetings.append(m)
    interpreters = [
        {"id": "i1", "languages": ["zh", "en"], "available": sids[: max(1, n_s - 1)]},
        {"id": "i2", "languages": ["es", "en", "zh"], "available": sids[1:]},
    ][: draw(st.integers(1, 2))]
    return {
        "format": "tradebridge-b2b/1",
        "name": "bounds",
        "slots": slots,
        "tables": draw(st.integers(1, 3)),
        "participants": people,
        "interpreters": interpreters,
        "meetings": meetings,
        "fairness": draw(st.none() | st.integers(0, 2)),
    }


def _assert_valid(data, workers: int, time_limit: float) -> None:
    seen: list[Progress] = []
    schedule = solve(
        parse_instance(data),
        time_limit=time_limit,
        workers=workers,
        seed=1,
        on_progress=seen.append,
    )
    best = brute_force(data, data["fairness"])
    if best is None:
        assert schedule.status in ("infeasible", "unknown")
        return
    if schedule.status in ("infeasible", "unknown"):
        assert schedule.status == "unknown"  # never a wrong proof
        return
    priority, breaks = best[0], -best[1]
    value = check(data, schedule.to_json(), data["fairness"])
    assert (schedule.priority, schedule.breaks) == (value["priority"], value["breaks"])
    assert schedule.bound_priority is not None
    assert value["priority"] <= priority <= schedule.bound_priority
    if schedule.bound_breaks is not None:
        assert schedule.bound_breaks <= breaks
    for p in seen:
        if p.phase == "priority":
            assert p.objective <= priority <= p.bound, p
        elif p.phase == "breaks":
            assert p.bound <= breaks, p
            assert p.bound <= p.objective, p
    if schedule.status == "optimal":
        assert (value["priority"], value["breaks"]) == (priority, breaks)
        assert (schedule.bound_priority, schedule.bound_breaks) == (priority, breaks)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_instances())
def test_bounds_are_valid_one_worker(data):
    _assert_valid(data, workers=1, time_limit=30)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_instances())
def test_bounds_are_valid_two_workers(data):
    _assert_valid(data, workers=2, time_limit=30)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_instances(max_meetings=7, max_slots=4))
def test_bounds_are_valid_when_cut_short(data):
    # A short limit leaves levels unproven: what is reported must still be valid bounds.
    _assert_valid(data, workers=2, time_limit=0.3)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=7, max_slots=5, plain=True))
def test_bounds_are_valid_with_the_maxsat_child(data):
    # Plain sessions (every meeting required, capacity 1, no interpreter) with two workers:
    # the MaxSAT child runs from the start and its bounds reach the progress callback.
    _assert_valid(data, workers=2, time_limit=30)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=7, max_slots=5, plain=True))
def test_bounds_are_valid_with_the_maxsat_child_cut_short(data):
    _assert_valid(data, workers=2, time_limit=1.5)


def test_priority_bound_never_exceeds_every_request_together():
    # Three optional requests of one participant who can hold one meeting at a time in two
    # slots: the LP bound (two of them, the best two) is what is reported, never more than
    # the sum of all priorities.
    data = {
        "format": "tradebridge-b2b/1",
        "slots": [{"id": "s0"}, {"id": "s1"}],
        "tables": 3,
        "participants": [{"id": "star"}, {"id": "a"}, {"id": "b"}, {"id": "c"}],
        "meetings": [
            {"id": f"m{i}", "between": ["star", x], "priority": pr, "required": False}
            for i, (x, pr) in enumerate([("a", 3), ("b", 2), ("c", 1)])
        ],
    }
    seen: list[Progress] = []
    schedule = solve(
        parse_instance(data), time_limit=10, workers=1, seed=1, on_progress=seen.append
    )
    assert (schedule.status, schedule.priority, schedule.bound_priority) == ("optimal", 5, 5)
    assert all(p.bound <= 6 for p in seen if p.phase == "priority")
