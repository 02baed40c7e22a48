"""The MaxSAT search of the breaks level: its optimum equals brute force, its child process
reports events and can be killed, and solve() takes what it proves."""

from __future__ import annotations

import io
import json
import sys
import threading
import time

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tradebridge.matchmaking.engine.scheduling import maxsat, parse_instance, solve
from tradebridge.matchmaking.engine.scheduling.solver import (
    _maxsat_problem,
    _Model,
    _unless_settled,
)

from .checker import brute_force, check
from .test_solver import instances


def _events(data: dict, options: dict | None = None) -> list[dict]:
    instance = parse_instance(data)
    doc = _maxsat_problem(_Model(instance, data["fairness"], None), True)
    assume(doc is not None)  # None when nobody can have a break at all
    assert doc is not None
    out = io.StringIO()
    maxsat.run({**doc, "options": options} if options else doc, out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=6, max_slots=5, plain=True), st.booleans())
def test_optimum_equals_brute_force(data, portfolio):
    # (portfolio: the second core-guided child's CaDiCaL options, which change the search
    # and must not change the answers)
    events = _events(data, maxsat.PORTFOLIO_OPTIONS if portfolio else None)
    best = brute_force(data, data["fairness"])
    last = events[-1]
    if best is None:
        assert last == {"infeasible": True}
        return
    breaks = -best[1]
    assert last["optimal"] == breaks
    # Its schedule keeps every constraint and has exactly that many breaks.
    rows, used = [], {}
    for mid, s in sorted(last["slots"].items()):
        used[s] = used.get(s, 0) + 1
        rows.append({"id": mid, "slot": f"s{s}", "table": used[s], "interpreter": None})
    doc = {"meetings": rows, "unscheduled": []}
    assert check(data, doc, data["fairness"])["breaks"] == breaks
    # Every bound reported on the way is a valid lower bound.
    assert all(e["bound"] <= breaks for e in events if "bound" in e)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(instances(max_meetings=6, max_slots=5, plain=True), st.integers(0, 1))
def test_optimum_with_fairer_calls_equals_brute_force(data, fairer):
    # FAIRER below the cap: the main SAT calls also look for a schedule with at most FAIRER
    # breaks each, in turns with the plain call; the optimum must not change either way.
    assume(data["fairness"] > fairer)
    was, maxsat.FAIRER = maxsat.FAIRER, fairer
    try:
        events = _events(data)
    finally:
        maxsat.FAIRER = was
    best = brute_force(data, data["fairness"])
    assert events[-1] == {"infeasible": True} if best is None else events[-1]["optimal"] == -best[1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=6, max_slots=5, plain=True), st.integers(-1, 1))
def test_at_most_equals_brute_force(data, offset):
    # One SAT call with "at most k breaks" hard: a schedule keeping every constraint with at
    # most k breaks when the optimum is at most k, else the bound k + 1.
    instance = parse_instance(data)
    doc = _maxsat_problem(_Model(instance, data["fairness"], None), True)
    assume(doc is not None)
    assert doc is not None
    best = brute_force(data, data["fairness"])
    k = max(0, (0 if best is None else -best[1]) + offset)
    out = io.StringIO()
    maxsat.at_most({**doc, "at_most": k}, lambda e: out.write(json.dumps(e) + "\n"))
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(events) == 1
    if best is None or -best[1] > k:
        assert events == [{"bound": k + 1}]
        return
    found = events[0]
    rows, used = [], {}
    for mid, s in sorted(found["slots"].items()):
        used[s] = used.get(s, 0) + 1
        rows.append({"id": mid, "slot": f"s{s}", "table": used[s], "interpreter": None})
    breaks = check(data, {"meetings": rows, "unscheduled": []}, data["fairness"])["breaks"]
    assert -best[1] <= breaks <= found["optimal"] <= k


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(instances(max_meetings=6, max_slots=5, plain=True), st.integers(0, 1), st.integers(-1, 1))
def test_tighter_says_only_a_schedule_within_the_bound(data, fairer, offset):
    # RC2 under caps lowered to FAIRER, for a schedule with at most k breaks: said only when
    # the lower caps allow one (their optimum, brute force), and it keeps the real caps; no
    # bound is said (the lower caps' bounds are not the problem's).
    assume(data["fairness"] > fairer)
    instance = parse_instance(data)
    doc = _maxsat_problem(_Model(instance, data["fairness"], None), True)
    assume(doc is not None)
    assert doc is not None
    best = brute_force(data, data["fairness"])
    assume(best is not None)
    k = max(0, -best[1] + offset)
    out = io.StringIO()
    was, maxsat.FAIRER = maxsat.FAIRER, fairer
    try:
        maxsat.tighter({**doc, "at_most": k}, lambda e: out.write(json.dumps(e) + "\n"))
    finally:
        maxsat.FAIRER = was
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    tight = brute_force(data, fairer)
    if tight is None or -tight[1] > k:
        assert events == []
        return
    assert len(events) == 1
    found = events[0]
    rows, used = [], {}
    for mid, s in sorted(found["slots"].items()):
        used[s] = used.get(s, 0) + 1
        rows.append({"id": mid, "slot": f"s{s}", "table": used[s], "interpreter": None})
    breaks = check(data, {"meetings": rows, "unscheduled": []}, data["fairness"])["breaks"]
    assert -best[1] <= breaks <= found["optimal"] == -tight[1] <= k


def test_beside_finds_the_schedule_at_a_proven_bound():
    # The staircase's optimum is 2: the second child, told that 2 is a lower bound, finds a
    # schedule there; told 1 (not the optimum) it reports no schedule, only the bound 2.
    instance = parse_instance(_staircase())
    doc = _maxsat_problem(_Model(instance, 2, None), True)
    assert doc is not None
    search = maxsat.MaxSatSearch(doc)
    search.beside(2)
    assert search.ended.wait(30)
    search.stop()
    assert search.optimum is not None
    assert (search.bound, search.optimum[0]) == (2, 2)
    out = io.StringIO()
    maxsat.run({**doc, "at_most": 1}, out)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [{"bound": 2}]


def test_portfolio_child_beside_the_first():
    # A second core-guided child (other CaDiCaL options): its reports are as valid, and the
    # search ends with the optimum 2 of the staircase.
    instance = parse_instance(_staircase())
    doc = _maxsat_problem(_Model(instance, 2, None), True)
    assert doc is not None
    search = maxsat.MaxSatSearch(doc)
    assert search.portfolio()
    assert search.portfolio()  # (once: a second call starts nothing more)
    assert search.ended.wait(30)
    deadline = time.monotonic() + 30
    while len(search._children) == 2 and search._children[1][0].poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    search.stop()
    assert len(search._children) == 2
    assert search.optimum is not None
    assert (search.bound, search.optimum[0]) == (2, 2)


def test_fairer_schedule_not_required():
    # p0 takes two breaks in every schedule: no schedule with at most one each exists, and
    # the plain calls find the optimum.
    instance = parse_instance(_staircase())
    doc = _maxsat_problem(_Model(instance, 2, None), True)
    assert doc is not None
    was, maxsat.FAIRER = maxsat.FAIRER, 1
    try:
        out = io.StringIO()
        maxsat.run(doc, out)
    finally:
        maxsat.FAIRER = was
    assert json.loads(out.getvalue().splitlines()[-1])["optimal"] == 2


def _staircase() -> dict:
    # p0 cannot meet in s1, s3: its three meetings leave two breaks in any schedule.
    return {
        "format": "tradebridge-b2b/1",
        "slots": [{"id": f"s{i}"} for i in range(5)],
        "tables": 3,
        "participants": [{"id": "p0", "forbidden": ["s1", "s3"]}]
        + [{"id": f"p{i}"} for i in range(1, 4)],
        "meetings": [{"id": f"m{i}", "between": ["p0", f"p{i}"]} for i in range(1, 4)],
        "fairness": 2,
    }


def test_looser_optimum_over_the_caps_falls_back_to_the_caps():
    # At fairness 1 the child first solves with caps of 2: the staircase's optimum there gives
    # p0 two breaks, over its cap of 1, so the problem itself is solved, and it has no schedule.
    instance = parse_instance(_staircase())
    doc = _maxsat_problem(_Model(instance, 1, None), True)
    assert doc is not None
    assert (doc["caps"]["p0"], doc["looser"]["p0"]) == (1, 2)
    out = io.StringIO()
    maxsat.run(doc, out)
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    assert events[-1] == {"infeasible": True}
    assert all(e["bound"] <= 2 for e in events[:-1])


def test_child_process_reports_bound_and_optimum():
    instance = parse_instance(_staircase())
    doc = _maxsat_problem(_Model(instance, 2, None), True)
    assert doc is not None
    search = maxsat.MaxSatSearch(doc)
    assert search.ended.wait(30)
    search.stop()
    assert search.optimum is not None
    assert (search.bound, search.optimum[0]) == (2, 2)
    assert sorted(search.optimum[1].values()) == [0, 2, 4]


def test_stop_kills_the_child():
    # A session far too large to finish at once: stop() ends it and nothing is reported.
    data = {
        "format": "tradebridge-b2b/1",
        "slots": [{"id": f"s{i}"} for i in range(12)],
        "tables": 30,
        "participants": [{"id": f"p{i}"} for i in range(60)],
        "meetings": [
            {"id": f"m{i}-{j}", "between": [f"p{i}", f"p{j}"]}
            for i in range(60)
            for j in range(i + 1, 60)
            if (i * 7 + j * 3) % 9 == 0
        ],
        "fairness": 2,
    }
    doc = _maxsat_problem(_Model(parse_instance(data), 2, None), True)
    assert doc is not None
    search = maxsat.MaxSatSearch(doc)
    search.stop()
    assert search.ended.is_set()
    assert search.optimum is None


def test_not_for_interpreters_optional_meetings_or_keep():
    data = _staircase()
    data["participants"][1]["languages"] = ["zh"]
    data["participants"][0]["languages"] = ["en"]
    assert _maxsat_problem(_Model(parse_instance(data), 2, None), True) is None
    data = _staircase()
    data["meetings"][0]["required"] = False
    assert _maxsat_problem(_Model(parse_instance(data), 2, None), False) is None
    published = {"m1": ("s0", 1)}
    assert _maxsat_problem(_Model(parse_instance(_staircase()), 2, published), True) is None


def test_two_workers_take_the_maxsat_proof():
    seen = []
    schedule = solve(
        parse_instance(_staircase()), time_limit=30, workers=2, seed=1, on_progress=seen.append
    )
    assert (schedule.status, schedule.breaks, schedule.bound_breaks) == ("optimal", 2, 2)
    assert seen and all(p.bound <= 2 <= p.objective for p in seen if p.phase == "breaks")
    check(_staircase(), schedule.to_json(), 2)


def test_no_interpreter_to_start_leaves_the_solve_to_cp_sat(monkeypatch):
    # An embedded Python may have no executable to start the child with: no bound, same answer.
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    schedule = solve(parse_instance(_staircase()), time_limit=30, workers=2, seed=1)
    assert (schedule.status, schedule.breaks, schedule.bound_breaks) == ("optimal", 2, 2)


def test_child_needs_only_pysat_not_the_package(tmp_path):
    # The child runs maxsat.py as a script in isolated mode: a copy of the file alone solves
    # the staircase (no package, so no OR-Tools import at the start of every solve), and a
    # module in its folder named like one it imports (json) is not taken.
    import subprocess
    from pathlib import Path

    copy = tmp_path / "maxsat.py"
    copy.write_text(Path(maxsat.__file__).read_text())
    (tmp_path / "json.py").write_text("raise SystemExit('imported from the folder')\n")
    doc = _maxsat_problem(_Model(parse_instance(_staircase()), 2, None), True)
    done = subprocess.run(
        [sys.executable, "-I", str(copy)],
        input=json.dumps(doc),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert events[-1]["optimal"] == 2


def test_local_search_stop_follows_the_child():
    # The descent's local search stops once the MaxSAT child has its optimum (or a bound at
    # the breaks in hand); without a child, only the caller's cancel stops it.
    cancel = threading.Event()
    with _unless_settled(cancel, None, lambda: 5) as halt:
        assert halt is cancel
    doc = _maxsat_problem(_Model(parse_instance(_staircase()), 2, None), True)
    assert doc is not None
    search = maxsat.MaxSatSearch(doc)
    try:
        with _unless_settled(None, search, lambda: 3) as halt:
            assert halt is not None
            assert halt.wait(30)
        assert search.optimum is not None and search.optimum[0] == 2
    finally:
        search.stop()
    with _unless_settled(cancel, search, lambda: 9) as halt:
        assert halt is not None
        assert halt.wait(5)  # (the child's optimum is in hand already)


def test_breaks_progress_never_below_the_childs_bound():
    # CP-SAT's own bound at its first solution (a vertex cover of K5, no presolve) is below
    # the bound 2 the MaxSAT child has proven: the progress report says the child's.
    from ortools.sat.python import cp_model

    from tradebridge.matchmaking.engine.scheduling.solver import _Callback

    doc = _maxsat_problem(_Model(parse_instance(_staircase()), 2, None), True)
    assert doc is not None
    search = maxsat.MaxSatSearch(doc)
    assert search.ended.wait(30)
    search.stop()
    assert search.bound == 2

    def first_report(outside: maxsat.MaxSatSearch | None) -> tuple[float, float]:
        model = cp_model.CpModel()
        b = [model.new_bool_var(f"b{i}") for i in range(5)]
        for i in range(5):
            for j in range(i + 1, 5):
                model.add_bool_or([b[i], b[j]])
        model.minimize(sum(b))
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.cp_model_presolve = False
        solver.parameters.linearization_level = 0
        seen: list = []
        callback = _Callback("breaks", time.monotonic(), seen.append, 1, enough=5, outside=outside)
        solver.solve(model, callback)
        return seen[0].objective, seen[0].bound

    value, bound = first_report(None)
    assert bound < 2 <= value  # (else this test would not test anything)
    assert first_report(search) == (value, 2)
