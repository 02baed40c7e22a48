"""Solving: every schedule passes the independent checker; tiny optimum equals brute force."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradebridge.matchmaking.engine.scheduling import parse_instance, solve
from tradebridge.matchmaking.engine.scheduling.cli import main

from .checker import brute_force, check


@st.composite
def instances(draw, max_meetings: int = 8, max_slots: int = 5, plain: bool = False):
    """Small random sessions. ``plain``: every meeting required, capacity 1, no languages or
    interpreters, and a participant with no meeting (fairness in its cap form) — the sessions
    the MaxSAT search takes."""
    n_s = draw(st.integers(2, max_slots))
    n_p = draw(st.integers(2, 5))
    sessions = draw(st.lists(st.sampled_from(["am", "pm"]), min_size=n_s, max_size=n_s))
    slots = [{"id": f"s{i}", "session": x} for i, x in enumerate(sorted(sessions))]
    sids = [s["id"] for s in slots]
    langs = st.none() | st.lists(st.sampled_from(["zh", "en", "es"]), min_size=1, max_size=2)
    people = [
        {
            "id": f"p{i}",
            "languages": None if plain else draw(langs),
            "forbidden": draw(st.lists(st.sampled_from(sids), max_size=1, unique=True)),
            "capacity": 1 if plain else draw(st.sampled_from([1, 1, 1, 2])),
        }
        for i in range(n_p)
    ]
    for p in people:
        if p["languages"] is None:
            del p["languages"]
    if plain:
        people.append({"id": "idle"})
    pairs = [(f"p{i}", f"p{j}") for i in range(n_p) for j in range(i + 1, n_p)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=max_meetings))
    meetings = []
    for k, (a, b) in enumerate(chosen):
        m = {
            "id": f"m{k}",
            "between": [a, b],
            "priority": draw(st.integers(1, 3)),
            "required": plain or draw(st.booleans()),
        }
        if draw(st.integers(0, 5)) == 0:
            m["fixed"] = draw(st.sampled_from(sids))
        if k and draw(st.integers(0, 4)) == 0:
            m["after"] = [f"m{draw(st.integers(0, k - 1))}"]
        meetings.append(m)
    interpreters = [
        {"id": "i1", "languages": ["zh", "en"], "available": sids[: n_s - 1]},
        {"id": "i2", "languages": ["es", "en"]},
    ][: 0 if plain else draw(st.integers(0, 2))]
    return {
        "format": "tradebridge-b2b/1",
        "name": "h",
        "slots": slots,
        "tables": draw(st.integers(1, 3)),
        "participants": people,
        "interpreters": interpreters,
        "meetings": meetings,
        "fairness": draw(st.integers(0, 2) if plain else st.none() | st.integers(0, 2)),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=6, max_slots=4))
def test_solve_tiny_matches_brute_force(data):
    schedule = solve(parse_instance(data), time_limit=30, workers=1, seed=1)
    best = brute_force(data, data["fairness"])
    if best is None:
        assert schedule.status == "infeasible"
        return
    assert schedule.status == "optimal"
    value = check(data, schedule.to_json(), data["fairness"])
    assert (value["priority"], -value["breaks"]) == best
    assert (schedule.priority, schedule.breaks) == (value["priority"], value["breaks"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=14, max_slots=6))
def test_solve_schedule_satisfies_every_constraint(data):
    schedule = solve(parse_instance(data), time_limit=30, workers=1, seed=1)
    if schedule.status in ("optimal", "feasible"):
        value = check(data, schedule.to_json(), data["fairness"])
        assert value["breaks"] == schedule.breaks


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(max_meetings=6, max_slots=4))
def test_two_workers_core_search_matches_brute_force(data):
    # Two workers take the other path of the breaks phase (a core-guided worker beside LNS).
    schedule = solve(parse_instance(data), time_limit=30, workers=2, seed=1)
    best = brute_force(data, data["fairness"])
    if best is None:
        assert schedule.status == "infeasible"
        return
    value = check(data, schedule.to_json(), data["fairness"])
    assert schedule.status == "optimal"
    assert (value["priority"], -value["breaks"]) == best


def test_forced_break_is_proven_by_the_probe():
    # p0 cannot meet in s1, so its two meetings leave a break whatever happens: the minimum
    # of p0 alone is 1, and the probe at that minimum proves the optimum at once.
    data = {
        "format": "tradebridge-b2b/1",
        "slots": [{"id": f"s{i}"} for i in range(3)],
        "tables": 2,
        "participants": [{"id": "p0", "forbidden": ["s1"]}, {"id": "p1"}, {"id": "p2"}],
        "meetings": [
            {"id": "a", "between": ["p0", "p1"]},
            {"id": "b", "between": ["p0", "p2"]},
        ],
        "fairness": 2,
    }
    schedule = solve(parse_instance(data), time_limit=30, workers=1, seed=1)
    assert (schedule.status, schedule.breaks, schedule.bound_breaks) == ("optimal", 1, 1)
    check(data, schedule.to_json(), 2)


def test_oversubscribed_priority_is_bounded_by_counting_slots_and_interpreters():
    # "star" can hold 3 meetings (3 slots) and the one interpreter 2 (2 slots): of the five
    # requests from Chinese speakers only two fit, so the best is 3 + 3 + the English one.
    data = {
        "format": "tradebridge-b2b/1",
        "slots": [{"id": f"s{i}"} for i in range(3)],
        "tables": 3,
        "participants": [
            {"id": "star", "languages": ["en"]},
            *({"id": f"cn{i}", "languages": ["zh"]} for i in range(5)),
            {"id": "us", "languages": ["en"]},
        ],
        "interpreters": [{"id": "i1", "languages": ["zh", "en"], "available": ["s0", "s1"]}],
        "meetings": [
            *(
                {"id": f"m{i}", "between": ["star", f"cn{i}"], "priority": pr, "required": False}
                for i, pr in enumerate([3, 3, 2, 2, 1])
            ),
            {"id": "e", "between": ["star", "us"], "priority": 1, "required": False},
        ],
        "fairness": 2,
    }
    schedule = solve(parse_instance(data), time_limit=30, workers=1, seed=1)
    assert (schedule.status, schedule.priority, schedule.bound_priority) == ("optimal", 7, 7)
    assert check(data, schedule.to_json(), 2)["priority"] == 7
    assert brute_force(data, 2) == (7, 0)


def _line(n_meetings: int) -> dict:
    people = [{"id": f"p{i}"} for i in range(6)]
    meetings = [
        {"id": f"m{k}", "between": [f"p{k % 6}", f"p{(k + 1 + k // 6) % 6}"]}
        for k in range(n_meetings)
    ]
    return {
        "format": "tradebridge-b2b/1",
        "slots": [{"id": f"s{i}"} for i in range(6)],
        "tables": 3,
        "participants": people,
        "meetings": meetings,
    }


def test_rescheduling_keeps_unchanged_meetings():
    data = _line(12)
    first = solve(parse_instance(data), time_limit=30, workers=1, seed=1)
    published = {p.meeting: (p.slot, p.table) for p in first.placements}
    # p0 cancels: its meetings go; a new meeting between p2 and p4 comes in.
    data["meetings"] = [m for m in data["meetings"] if "p0" not in m["between"]]
    data["meetings"].append({"id": "new", "between": ["p2", "p4"]})
    second = solve(parse_instance(data), time_limit=30, workers=1, seed=1, keep=published)
    check(data, second.to_json(), None)
    assert second.status == "optimal"
    moved = [
        p.meeting
        for p in second.placements
        if p.meeting in published and published[p.meeting][0] != p.slot
    ]
    assert len(moved) == second.moved
    assert second.moved <= 1


def test_rescheduling_lost_slot_moves_only_its_meetings():
    data = _line(10)
    first = solve(parse_instance(data), time_limit=30, workers=1, seed=1)
    published = {p.meeting: (p.slot, p.table) for p in first.placements}
    lost = first.placements[0].slot
    data["slots"] = [s for s in data["slots"] if s["id"] != lost]
    second = solve(parse_instance(data), time_limit=30, workers=1, seed=1, keep=published)
    check(data, second.to_json(), None)
    in_lost = sum(1 for slot, _ in published.values() if slot == lost)
    assert second.moved == in_lost
    kept = [p for p in second.placements if published[p.meeting][0] == p.slot]
    assert all(published[p.meeting][1] == p.table for p in kept)


def test_precheck_names_overloaded_participant():
    data = _line(6)
    data["meetings"] += [{"id": f"x{k}", "between": ["p0", f"p{k}"]} for k in range(1, 6)]
    data["slots"] = data["slots"][:4]
    schedule = solve(parse_instance(data), time_limit=10, workers=1)
    assert schedule.status == "infeasible"
    assert "participant p0" in (schedule.reason or "")


def test_precheck_names_after_cycle():
    data = _line(3)
    data["meetings"][0]["after"] = ["m1"]
    data["meetings"][1]["after"] = ["m0"]
    schedule = solve(parse_instance(data), time_limit=10, workers=1)
    assert schedule.status == "infeasible"
    assert "cycle of after" in (schedule.reason or "")


def test_precheck_names_overfull_slot():
    data = _line(6)
    for m in data["meetings"][:4]:
        m["fixed"] = "s0"
    schedule = solve(parse_instance(data), time_limit=10, workers=1)
    assert schedule.status == "infeasible"
    assert "s0" in (schedule.reason or "")


def test_progress_and_cancellation():
    seen = []
    cancel = threading.Event()
    cancel.set()
    schedule = solve(parse_instance(_line(12)), time_limit=30, workers=1, cancel=cancel)
    assert schedule.status == "unknown"
    solve(parse_instance(_line(12)), time_limit=30, workers=1, on_progress=seen.append)
    assert seen
    assert seen[-1].objective >= seen[-1].bound


def test_cli_json_and_dzn(tmp_path: Path, capsys):
    inst = tmp_path / "i.json"
    inst.write_text(json.dumps(_line(8)))
    out = tmp_path / "o.json"
    assert main([str(inst), "-o", str(out), "--seed", "1"]) == 0
    doc = json.loads(out.read_text())
    assert doc["status"] == "optimal"
    check(_line(8), doc, None)
    keep_out = tmp_path / "k.json"
    assert main([str(inst), "-o", str(keep_out), "--keep", str(out), "--seed", "1"]) == 0
    assert json.loads(keep_out.read_text())["objective"]["moved"] == 0
    dzn = tmp_path / "i.dzn"
    dzn.write_text(
        "nBusiness = 3;\nnMeetings = 2;\nnTables = 1;\nnTotalSlots = 3;\nnMorningSlots = 2;\n"
        "requested = [|1, 2,1,\n|2, 3,3, |];\nforbidden = [{0},{0},{0}];\nfixed = [0,0];\n"
        "precedences = [{},{1}];\n"
    )
    assert main([str(dzn), "--fairness", "2", "--seed", "1"]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**_line(2), "tables": -1}))
    assert main([str(bad)]) == 2
    assert "tables" in capsys.readouterr().err
