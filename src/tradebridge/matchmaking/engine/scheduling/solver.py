"""The CP-SAT model and its lexicographic phases: priority, then moved meetings, then breaks."""

from __future__ import annotations

import contextlib
import itertools
import math
import random
import threading
import time
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ortools.linear_solver.python import model_builder as mb
from ortools.sat.python import cp_model

from . import maxsat
from .instance import Instance, Meeting
from .localsearch import reduce_breaks, repair_excess, shift_breaks
from .precheck import count_breaks, diagnose
from .schedule import Placement, Schedule
from .tables import assign_tables


@dataclass(frozen=True)
class Progress:
    """What a progress bar needs: the phase, the best objective value and the proven bound."""

    phase: str
    objective: float
    bound: float
    seconds: float


ProgressCallback = Callable[[Progress], None]

# Time budgets and search sizes of the breaks phase; docs/scheduling.md says what each bought.
PROBE_SHARE = 0.6
PROBE_MAX = 30.0
HELD_SHARE = 0.85  # the choice of meetings in hand at the minima (sessions with optional ones)
HALL_SETS = 6  # interpreters as Hall's condition when a slot has at most this many sets
PROBE_LARGE = 2.0  # large sessions the local search cannot take
SHIFT_SHARE = 0.3  # single-move search on those sessions
SHIFT_MAX = 10.0
BREAKS_SUBSOLVERS = ["core", "default_lp"]
DESCENT_SHARE = 0.8
DESCENT_MAX = 12.0
CHOICE_SHARE = 0.2  # scheduling the priority relaxation's choice: LA summit 1.1 s
CHOICE_MAX = 5.0
# The stages before the phases get a fixed budget, cut to a share of the limit only when the
# limit is shorter than about 15 s: a run with a 15 s limit does in its first seconds what a
# 60 s run does (issue 17; the shares of the limit they had before, e.g. 8 % for the insertion
# pass, gave a 15 s run 1.2 s of it where a 60 s run had 4.8 s).
CHECK_MAX = 5.0  # completing the greedy's schedule (slots fixed)
CHECK_LARGE_MAX = 18.0  # the same on large sessions (it ends once the schedule is complete)
GREEDY_SHARE = 1 / 3  # insertion with ejection for the priority level after the greedy
GREEDY_MAX = 5.0
FAIR_SHARE = 0.15  # the Kempe-chain search bringing the greedy within the fairness cap
FAIR_MAX = 2.0
RELAXATION_MAX = 1.0  # the counting relaxation of the priority level (0.06 s on LA summit)
REPAIR_MAX = 6.0
# The priority LP: brokerage shape (60,000 columns) solved by GLOP in 1.2 s idle; it ends when
# solved. At load 14 GLOP needed 1.3 s of CPU in 14.6 s of wall time and returned nothing with
# 4 s (10 % of the time left): the previous code then reported Σ priority, 6,606, as the bound
# of brokerage-full (20 % gap) where the LP gives 5,319 (0.53 %).
LP_SHARE = 1 / 3
AT_BOUND_SHARE = 0.6  # the LP's assignment repaired into the fairness cap at the bound
AT_BOUND_MAX = 20.0
MOVES_MAX = 1.0  # the same by moves in Python first (la-summit-full: 0.02 s)
LP_MAX = 20.0
PRIORITY_SHARE = 0.5  # of the time left, when a complete schedule is in hand and breaks follow
PRIORITY_SHARE_LARGE = 0.3  # brokerage shape: +1 priority in 27 s, nothing under load
ONE_MORE_SHARE = 0.7
ONE_MORE_PROBE = 5.0
ONE_MORE_MIN = 20.0
DESCENT_PROBE = 3.0
DESCENT_AGAIN_MIN = 4.0  # time left for another descent while the MaxSAT child runs
JUMP_PROBE = 6.0
SOME_PARALLEL = 2
# The probes' limits above are seconds of CPU, given to CP-SAT as deterministic time (about 0.65
# units per CPU second, measured on the shared Intel Xeon: drop probes of forum-13crafb and
# ticf-13crafb took det 0.22-0.56 for 0.37-0.75 CPU s). A wall-clock limit made them load-
# dependent: at load 14 the same probes took 4-8 s of wall time for 0.4-0.75 s of CPU, so every
# 3 s probe ended unknown and the descent stalled (ticf-13crafb d = 1: 13 breaks from 5 s to 60 s).
# The window the probes run in (``until``, the deadline) stays wall-clock.
DET_PER_SECOND = 0.65
RESTARTS = 5
RESTART_MOVES = 200_000
RESTART_TEMPERATURE = (0.3, 0.05)
LS_TEMPERATURE = (0.6, 0.05)  # the first local search of a descent
LS_MOVES = 600_000
LS_MOVES_PER_MEETING = 4_000  # small instances need far fewer moves
LS_SHARE = 0.25
MAXSAT_MEETINGS = 1_000  # larger sessions are far from any bound; the child would only take CPU


class _Callback(cp_model.CpSolverSolutionCallback):
    """Reports each solution. CP-SAT gives the objective and its bound as the user wrote them
    (a maximised priority stays positive); ``sign`` < 0 marks a maximisation, whose bound is
    capped at ``cap`` (CP-SAT's own bound after presolve can exceed every schedule's value:
    20,620 against a sum of 6,606 on the brokerage shape), and ``floor`` > 0 is a proven lower
    bound of a minimisation, raised to the bound of the MaxSAT child ``outside`` when that is
    higher (a progress bar once went from 6 / 3 back to 5 / 1 at d = 3: CP-SAT's own bound)."""

    def __init__(
        self,
        phase: str,
        started: float,
        on_progress: ProgressCallback | None,
        sign: int,
        incumbent: list[int] | None = None,  # kept at [fewest breaks] for the MaxSAT referee
        *,
        cap: int | None = None,
        floor: int = 0,
        enough: int | None = None,  # stop once the objective reaches it (a proven bound)
        outside: maxsat.MaxSatSearch | None = None,
    ) -> None:
        super().__init__()
        self.incumbent = incumbent
        self._phase, self._started, self._on_progress, self._sign = (
            phase,
            started,
            on_progress,
            sign,
        )
        self._cap, self._floor, self._enough = cap, floor, enough
        self._outside = outside

    def on_solution_callback(self) -> None:
        value = round(self.objective_value)
        if self.incumbent is not None:
            self.incumbent[:] = [value]
        if self._on_progress is not None:
            floor = self._floor
            if self._outside is not None:
                floor = max(floor, self._outside.bound)
            self._on_progress(
                Progress(
                    self._phase,
                    value,
                    _valid_bound(self._sign, self.best_objective_bound, value, self._cap, floor),
                    time.monotonic() - self._started,
                )
            )
        if self._enough is not None and self._sign * (value - self._enough) <= 0:
            self.stop_search()


def _valid_bound(sign: int, bound: float, value: int | None, cap: int | None, floor: int) -> int:
    """A solver's objective bound made safe to report: a maximisation's bound is at most
    ``cap`` (a proven upper bound) and never below the value in hand; a minimisation's is at
    least ``floor`` (a proven lower bound) and never above the value in hand."""
    if sign < 0:
        out = math.floor(bound + 1e-6)
        if cap is not None:
            out = min(out, cap)
        return out if value is None else max(out, value)
    out = max(math.ceil(bound - 1e-6), floor)
    return out if value is None else min(out, value)


def _able(instance: Instance, meeting: Meeting, slot: str) -> frozenset[str]:
    """The interpreters available in ``slot`` who speak a language of each side."""
    langs = [set(instance.participant(p).languages or ()) for p in meeting.between]
    return frozenset(
        it.id
        for it in instance.interpreters
        if slot in it.available and it.languages & langs[0] and it.languages & langs[1]
    )


def assign_interpreters(instance: Instance, slot_of: Mapping[str, str]) -> dict[str, str] | None:
    """An interpreter for every placed meeting that needs one (a bipartite matching per
    slot), or None when some slot has no such assignment."""
    out: dict[str, str] = {}
    by_slot: dict[str, list[Meeting]] = {}
    for m in instance.meetings:
        if m.id in slot_of and instance.needs_interpreter(m):
            by_slot.setdefault(slot_of[m.id], []).append(m)
    for sid, ms in by_slot.items():
        names = sorted({i for m in ms for i in _able(instance, m, sid)})
        where = {name: k for k, name in enumerate(names)}
        doms = [{where[i] for i in _able(instance, m, sid)} for m in ms]
        owner: dict[int, int] = {}
        window = list(range(len(names)))
        for k in range(len(ms)):
            if not _augment(k, set(), window, doms, owner):
                return None
        for t, k in owner.items():
            out[ms[k].id] = names[t]
    return out


def _domain(instance: Instance, meeting: Meeting) -> list[int]:
    a, b = (instance.participant(p) for p in meeting.between)
    out = []
    for s, slot in enumerate(instance.slots):
        if meeting.allowed is not None and slot.id not in meeting.allowed:
            continue
        if meeting.fixed is not None and slot.id != meeting.fixed:
            continue
        if slot.id in a.forbidden or slot.id in b.forbidden:
            continue
        out.append(s)
    return out


class _Model:
    """Variables: x[m,s] (meeting m in slot s), busy b[p,s], break starts per participant."""

    def __init__(
        self,
        instance: Instance,
        fairness: int | None,
        published: dict[str, tuple[str, int | None]] | None,
        hall: bool = False,
    ) -> None:
        self.instance = instance
        self.fairness = fairness
        model = self.model = cp_model.CpModel()
        slots = instance.slots
        n_s = len(slots)
        slot_index = {s.id: i for i, s in enumerate(slots)}
        self.x: dict[str, dict[int, cp_model.IntVar]] = {}
        self.present: dict[str, cp_model.IntVar | int] = {}
        true = model.new_constant(1)
        for m in instance.meetings:
            xs = {s: model.new_bool_var(f"x[{m.id},{s}]") for s in _domain(instance, m)}
            self.x[m.id] = xs
            if m.required:
                model.add_exactly_one(xs.values())
                self.present[m.id] = 1
            else:
                pres = model.new_bool_var(f"present[{m.id}]")
                model.add(sum(xs.values()) == pres)
                self.present[m.id] = pres
        meetings = {m.id: m for m in instance.meetings}
        # Precedence: a cumulative (prefix-sum) form is much stronger in the LP than slot indices.
        for m in instance.meetings:
            for q in m.after:
                xm, xq = self.x[m.id], self.x[q]
                if meetings[q].required and m.required:
                    for s in range(n_s):
                        upto_m = [v for t, v in xm.items() if t <= s]
                        before_q = [v for t, v in xq.items() if t < s]
                        if upto_m:
                            model.add(sum(upto_m) <= sum(before_q))
                else:
                    both = [
                        v for v in (self.present[m.id], self.present[q]) if not isinstance(v, int)
                    ]
                    idx_m = sum(t * v for t, v in xm.items())
                    idx_q = sum(t * v for t, v in xq.items())
                    model.add(idx_q + 1 <= idx_m).only_enforce_if(both or [true])
        # Tables are a per-slot capacity; table numbers come after (tables.py).
        per_slot: list[list[cp_model.IntVar]] = [[] for _ in range(n_s)]
        for xs in self.x.values():
            for s, v in xs.items():
                per_slot[s].append(v)
        for s in range(n_s):
            if len(per_slot[s]) > instance.tables:
                model.add(sum(per_slot[s]) <= instance.tables)
        # Busy booleans per participant and slot.
        of: dict[str, list[str]] = {p.id: [] for p in instance.participants}
        for m in instance.meetings:
            for pid in m.between:
                of[pid].append(m.id)
        self.meetings_of = of  # meeting ids of each participant
        self.busy: dict[str, list[cp_model.IntVar | int]] = {}
        all_unit = all(p.capacity == 1 for p in instance.participants)
        for p in instance.participants:
            brow: list[cp_model.IntVar | int] = []
            for s in range(n_s):
                here = [self.x[mid][s] for mid in of[p.id] if s in self.x[mid]]
                if not here:
                    brow.append(0)
                    continue
                bv = model.new_bool_var(f"b[{p.id},{s}]")
                if p.capacity == 1:
                    model.add(sum(here) == bv)
                else:
                    model.add(sum(here) <= p.capacity)
                    model.add_max_equality(bv, here)
                brow.append(bv)
            self.busy[p.id] = brow
        if all_unit:
            # Redundant: every meeting keeps exactly two participants busy.
            for s in range(n_s):
                busy_here = [self.busy[p.id][s] for p in instance.participants]
                vars_here = [v for v in busy_here if not isinstance(v, int)]
                if vars_here:
                    model.add(sum(vars_here) == 2 * sum(per_slot[s]))
                    if len(vars_here) > 2 * instance.tables:
                        model.add(sum(vars_here) <= 2 * instance.tables)
        # Breaks: a break starts at slot i when busy at i-1, idle at i and a meeting follows later
        # in the same session. "later" is an exact suffix-OR so break counts are exact both ways,
        # which the fairness constraint (a minimum over participants) needs.
        sessions: list[list[int]] = []
        for i, slot in enumerate(slots):
            if i == 0 or slot.session != slots[i - 1].session:
                sessions.append([])
            sessions[-1].append(i)
        self.sessions = sessions  # slot indices of each session, in time order
        # When some participant can never have a break (at most one meeting, as in every
        # benchmark original), min_q H(q) = 0 and fairness is just H(p) <= d; then the break
        # starts need only be forced up (one-sided implications), which propagates far better
        # than exact equivalences. Otherwise the counts must be exact both ways.
        zero_somewhere = any(len(of[p.id]) <= 1 for p in instance.participants)
        self.exact = fairness is not None and not zero_somewhere
        # Redundant: a participant of capacity 1 is busy in exactly as many slots as it has
        # meetings, when all of them are required (the "imp1" constraint of the MaxSAT model;
        # decisive for the SAT search).
        for p in instance.participants:
            if p.capacity != 1 or len(of[p.id]) < 2:
                continue
            if not all(isinstance(self.present[mid], int) for mid in of[p.id]):
                continue
            row_vars = [v for v in self.busy[p.id] if not isinstance(v, int)]
            model.add(sum(row_vars) == sum(self.present[mid] for mid in of[p.id]))
        self.breaks: dict[str, list[cp_model.IntVar]] = {}
        self.h: dict[str, cp_model.IntVar] = {}
        self.h_cap: dict[str, int] = {}
        self.h_most: dict[str, int] = {}  # the most breaks p can have at all (any fairness)
        if self.exact:
            self._exact_breaks(instance, of, sessions, fairness)
        else:
            self._run_breaks(instance, of, sessions, fairness)
        self.total_breaks: cp_model.LinearExprT = (
            sum(self.h.values())
            if not self.exact
            else sum(v for row in self.breaks.values() for v in row)
        )

        # Interpreters: exact assignment per slot (few interpreters, so this stays small).
        self.w: dict[tuple[str, int], dict[str, cp_model.IntVar]] = {}
        self.hall = False
        if hall:
            self.hall = self._hall(instance)
        if not self.hall and any(instance.needs_interpreter(m) for m in instance.meetings):
            per_interp: dict[tuple[str, int], list[cp_model.IntVar]] = {}
            for m in instance.meetings:
                if not instance.needs_interpreter(m):
                    continue
                langs = [set(instance.participant(p).languages or ()) for p in m.between]
                for s, v in self.x[m.id].items():
                    sid = slots[s].id
                    ok = [
                        it
                        for it in instance.interpreters
                        if sid in it.available
                        and it.languages & langs[0]
                        and it.languages & langs[1]
                    ]
                    ws = {it.id: model.new_bool_var("") for it in ok}
                    model.add(sum(ws.values()) == v)
                    self.w[(m.id, s)] = ws
                    for iid, wv in ws.items():
                        per_interp.setdefault((iid, s), []).append(wv)
            for ws_list in per_interp.values():
                if len(ws_list) > 1:
                    model.add_at_most_one(ws_list)
            # Redundant Hall-type cap: meetings needing an interpreter in a slot are at most the
            # interpreters there; the LP does not see it through the w variables alone.
            needing_at: dict[int, list[cp_model.IntVar]] = {}
            for (mid, s), ws in self.w.items():
                if ws:
                    needing_at.setdefault(s, []).append(self.x[mid][s])
            for s, xs_here in needing_at.items():
                cap = sum(1 for it in instance.interpreters if slots[s].id in it.available)
                if len(xs_here) > cap:
                    model.add(sum(xs_here) <= cap)
        self.priority = sum(m.priority * self.present[m.id] for m in instance.meetings)
        self.has_optional = any(not m.required for m in instance.meetings)
        self.moved: cp_model.LinearExprT | None = None
        if published is not None:
            terms: list[cp_model.LinearExprT] = []
            for m in instance.meetings:
                if m.id in published:
                    ps = slot_index.get(published[m.id][0])
                    if ps is not None and ps in self.x[m.id]:
                        terms.append(1 - self.x[m.id][ps])
                    else:
                        terms.append(1)
            self.moved = sum(terms)

    def _hall(self, instance: Instance) -> bool:
        """Interpreters as Hall's condition per slot instead of an assignment (no w variables):
        for every union U of the interpreter sets able to take some meeting there, the
        meetings needing one of U only are at most |U|. Exact (Hall's theorem; an interpreter
        works in one meeting per slot and nothing links slots), and the interpreters are then
        given by a matching per slot (``assign_interpreters``). Only when every slot has at
        most HALL_SETS distinct sets (2^k unions); returns False, adding nothing, otherwise.
        """
        per_slot: list[dict[frozenset[str], list[cp_model.IntVar]]] = []
        for s, slot in enumerate(instance.slots):
            groups: dict[frozenset[str], list[cp_model.IntVar]] = {}
            for m in instance.meetings:
                if s in self.x[m.id] and instance.needs_interpreter(m):
                    able = _able(instance, m, slot.id)
                    groups.setdefault(able, []).append(self.x[m.id][s])
            if len(groups) > HALL_SETS:
                return False
            per_slot.append(groups)
        for groups in per_slot:
            sets = list(groups)
            seen: set[frozenset[str]] = set()
            for r in range(1, len(sets) + 1):
                for family in itertools.combinations(sets, r):
                    union = frozenset().union(*family)
                    if union in seen:
                        continue
                    seen.add(union)
                    inside = [v for one in sets if one <= union for v in groups[one]]
                    if len(inside) > len(union):
                        self.model.add(sum(inside) <= len(union))
        return True

    def _run_breaks(
        self,
        instance: Instance,
        of: dict[str, list[str]],
        sessions: list[list[int]],
        fairness: int | None,
    ) -> None:
        """Breaks of p = runs of busy slots minus non-empty sessions, bounded by h[p].

        One-sided (break counts can only be forced up), which is all minimisation and a
        fairness cap H(p) <= d need: a run starts at a busy slot whose predecessor in the
        session is idle. h[p] in [0, d] carries the cap and is the objective term, one per
        participant, which CP-SAT's core-based search handles far better than per-slot literals.
        """
        model = self.model
        for p in instance.participants:
            if len(of[p.id]) < 2:
                continue
            runs: list[cp_model.IntVar] = []
            nonempty: list[cp_model.IntVar | int] = []
            most = 0
            for session in sessions:
                row = [self.busy[p.id][i] for i in session]
                free = [v for v in row if not isinstance(v, int)]
                if len(free) < 2:
                    continue
                here: list[cp_model.IntVar] = []
                for k, cur in enumerate(row):
                    if isinstance(cur, int):
                        continue
                    prev = row[k - 1] if k else 0
                    if isinstance(prev, int):
                        here.append(cur)
                        continue
                    r = model.new_bool_var("")
                    model.add_bool_or([cur.Not(), prev, r])
                    here.append(r)
                runs += here
                inside = set(session)
                if any(
                    isinstance(self.present[mid], int) and set(self.x[mid]) <= inside
                    for mid in of[p.id]
                ):
                    nonempty.append(1)  # a required meeting can only be in this session
                else:
                    ne = model.new_bool_var("")
                    model.add(ne <= sum(free))
                    nonempty.append(ne)
                most += len(free) - 1
            most = min(most, len(of[p.id]) - 1)
            if not runs or most == 0:
                continue
            cap = most if fairness is None else min(fairness, most)
            h = model.new_int_var(0, cap, f"h[{p.id}]")
            self.h_cap[p.id] = cap
            self.h_most[p.id] = most
            model.add(sum(runs) - sum(nonempty) <= h)
            self.h[p.id] = h

    def _exact_breaks(
        self,
        instance: Instance,
        of: dict[str, list[str]],
        sessions: list[list[int]],
        fairness: int | None,
    ) -> None:
        """Exact break starts both ways, for fairness against a minimum that may exceed 0."""
        model = self.model
        for p in instance.participants:
            starts: list[cp_model.IntVar] = []
            if len(of[p.id]) >= 2:
                for session in sessions:
                    row: list[cp_model.IntVar | int] = [self.busy[p.id][i] for i in session]
                    if sum(1 for v in row if not isinstance(v, int)) < 2:
                        continue
                    later: list[cp_model.IntVar | int] = [0] * (len(row) + 1)
                    for k in range(len(row) - 1, -1, -1):
                        bk, nxt = row[k], later[k + 1]
                        if isinstance(bk, int) and isinstance(nxt, int):
                            later[k] = max(bk, nxt)
                            continue
                        lv = model.new_bool_var("")
                        model.add_max_equality(lv, [v for v in (bk, nxt) if not isinstance(v, int)])
                        later[k] = lv
                    for k in range(1, len(row) - 1):
                        prev, cur, nxt = row[k - 1], row[k], later[k + 1]
                        if isinstance(prev, int) or isinstance(nxt, int):
                            continue
                        br = model.new_bool_var("")
                        if isinstance(cur, int):
                            model.add_bool_or([prev.Not(), nxt.Not(), br])
                            model.add_implication(br, prev)
                            model.add_implication(br, nxt)
                        else:
                            model.add_bool_or([prev.Not(), cur, nxt.Not(), br])
                            model.add_bool_and([prev, cur.Not(), nxt]).only_enforce_if(br)
                        starts.append(br)
            self.breaks[p.id] = starts
        assert fairness is not None
        max_h = max((len(v) for v in self.breaks.values()), default=0)
        low = model.new_int_var(0, max_h, "min_breaks")
        for starts_of in self.breaks.values():
            h = sum(starts_of)
            model.add(low <= h)
            if len(starts_of) > fairness:
                model.add(h <= low + fairness)

    def hint_from(self, solver: cp_model.CpSolver) -> None:
        """Hint every variable (a complete hint: CP-SAT may fail to repair a partial one)."""
        self.model.clear_hints()  # type: ignore[no-untyped-call]
        values = solver.response_proto.solution
        hint = self.model.proto.solution_hint
        hint.vars.extend(range(len(values)))
        hint.values.extend(values)


def _greedy_hint(mdl: _Model, improve_until: float | None = None) -> dict[str, int]:
    """A first assignment by greedy edge colouring, repaired by Kempe-chain swaps.

    Required meetings first, then by priority, most constrained first. A meeting with no slot
    free for both sides gets one by swapping two slots along the alternating path of meetings
    that starts at one side (Vizing/Koenig style), where every meeting on the path allows both
    slots and has no precedence or interpreter. Returns meeting id -> slot index (hinted).
    """
    instance = mdl.instance
    n_s = len(instance.slots)
    used = [0] * n_s
    cap = {p.id: p.capacity for p in instance.participants}
    at: dict[tuple[str, int], list[str]] = {}
    slot_of: dict[str, int] = {}
    meetings = {m.id: m for m in instance.meetings}
    plain = {
        m.id
        for m in instance.meetings
        if not m.after and not instance.needs_interpreter(m) and m.fixed is None
    }
    for m in instance.meetings:
        for q in m.after:
            plain.discard(q)

    def place(mid: str, s: int) -> None:
        slot_of[mid] = s
        used[s] += 1
        for p in meetings[mid].between:
            at.setdefault((p, s), []).append(mid)

    def unplace(mid: str) -> None:
        s = slot_of.pop(mid)
        used[s] -= 1
        for p in meetings[mid].between:
            at[(p, s)].remove(mid)
        for iid in mdl.w.get((mid, s), {}):  # its interpreter is free again
            if serving.get((iid, s)) == mid:
                del serving[(iid, s)]
                taken.discard((iid, s))

    def free(p: str, s: int) -> bool:
        return len(at.get((p, s), ())) < cap[p]

    def kempe(m: Meeting) -> bool:
        a, b = m.between
        if cap[a] != 1 or cap[b] != 1 or m.id not in plain:
            return False
        dom = mdl.x[m.id]
        for alpha in dom:
            if not free(a, alpha):
                continue
            for beta in dom:
                if beta == alpha or not free(b, beta) or free(b, alpha):
                    continue
                # Path from b: its alpha meeting, then the beta meeting of the next person...
                path: list[str] = []
                person, colour, ok = b, alpha, True
                while True:
                    here = at.get((person, colour), [])
                    if not here:
                        break
                    mid = here[0]
                    if mid in path or mid not in plain or cap[person] != 1:
                        ok = False
                        break
                    if alpha not in mdl.x[mid] or beta not in mdl.x[mid]:
                        ok = False
                        break
                    path.append(mid)
                    x, y = meetings[mid].between
                    person = y if x == person else x
                    if cap[person] != 1 or person == a:
                        ok = False
                        break
                    colour = beta if colour == alpha else alpha
                if not ok or not path:
                    continue
                n_alpha = sum(1 for mid in path if slot_of[mid] == alpha)
                n_beta = len(path) - n_alpha
                if used[alpha] - n_alpha + n_beta + 1 > instance.tables:
                    continue
                if used[beta] - n_beta + n_alpha > instance.tables:
                    continue
                olds = {mid: slot_of[mid] for mid in path}
                for mid in path:
                    unplace(mid)
                for mid in path:
                    place(mid, beta if olds[mid] == alpha else alpha)
                place(m.id, alpha)
                return True
        return False

    # Required meetings first, those needing an interpreter before the rest (interpreters are
    # the scarcest resource), then by priority, most constrained first.
    order = sorted(
        instance.meetings,
        key=lambda m: (
            not m.required,
            -m.priority if not m.required else 0,
            len(mdl.x[m.id]) > 1,  # fixed ones first
            not instance.needs_interpreter(m),
            len(mdl.x[m.id]),
            -m.priority,
            m.id,
        ),
    )
    taken: set[tuple[str, int]] = set()  # (interpreter, slot) in use

    # An interpreter able to take fewer meetings is used first: the versatile ones stay free.
    reach: dict[str, int] = {}
    for (_, _), ws in mdl.w.items():
        for iid in ws:
            reach[iid] = reach.get(iid, 0) + 1

    serving: dict[tuple[str, int], str] = {}  # (interpreter, slot) -> meeting

    def interpreter(m: Meeting, s: int) -> str | None:
        """A free interpreter for m in slot s; else one freed along an augmenting path
        (Kuhn): the meetings of the slot swap to other compatible interpreters."""
        free_ones = [iid for iid in mdl.w.get((m.id, s), {}) if (iid, s) not in taken]
        if free_ones:
            return min(free_ones, key=lambda iid: (reach[iid], iid))
        seen: set[str] = set()

        def augment(mid: str) -> str | None:
            for iid in mdl.w.get((mid, s), {}):
                if iid in seen:
                    continue
                seen.add(iid)
                other = serving.get((iid, s))
                if other is None:
                    return iid
                moved = augment(other)
                if moved is not None:
                    serving[(moved, s)] = other
                    taken.add((moved, s))
                    return iid
            return None

        got = augment(m.id)
        if got is not None:
            taken.discard((got, s))  # re-added by the caller, now for m
        return got

    session_of = [slot.session for slot in instance.slots]
    later: dict[str, list[str]] = {}  # q -> meetings that must come after q
    for m in instance.meetings:
        for q in m.after:
            later.setdefault(q, []).append(m.id)

    def opens(p: str, s: int) -> int:
        """Breaks p gains (-1: closes a gap) by one more meeting in slot s."""
        if at.get((p, s)):
            return 0
        same = [t for t in range(n_s) if session_of[t] == session_of[s] and at.get((p, t))]
        if not same:
            return 0
        lo, hi = min(same), max(same)
        before = s > 0 and session_of[s - 1] == session_of[s] and bool(at.get((p, s - 1)))
        after = s + 1 < n_s and session_of[s + 1] == session_of[s] and bool(at.get((p, s + 1)))
        if lo < s < hi:
            return -1 if before and after else (1 if not before and not after else 0)
        return 0 if before or after else 1

    def ordered(m: Meeting, s: int) -> bool:
        """Slot s keeps every `after` with the meetings placed so far."""
        for q in m.after:  # q before m; when q is not placed yet, leave it a slot
            if slot_of.get(q, min(mdl.x[q], default=-1)) >= s:
                return False
        return all(slot_of.get(r, max(mdl.x[r], default=n_s)) > s for r in later.get(m.id, ()))

    def movable(mid: str) -> bool:
        mm = meetings[mid]
        return (
            len(mdl.x[mid]) > 1
            and not instance.needs_interpreter(mm)
            and not mm.after
            and mid not in later
        )

    def eject(m: Meeting) -> bool:
        """Place a required meeting that found no slot by moving the one or two meetings
        that block it there (no interpreter, no precedence, not fixed) to other free slots."""
        a, b = m.between
        needs = instance.needs_interpreter(m)
        for s in sorted(mdl.x[m.id], key=lambda s: (opens(a, s) + opens(b, s), s)):
            if used[s] >= instance.tables or not ordered(m, s):
                continue
            blockers = sorted({mid for p in (a, b) if not free(p, s) for mid in at.get((p, s), [])})
            if not blockers or len(blockers) > 2 or not all(movable(x) for x in blockers):
                continue
            for x in blockers:
                unplace(x)
            iid = interpreter(m, s) if needs else None
            if needs and iid is None:
                for x in blockers:
                    place(x, s)
                continue
            if iid is not None:
                taken.add((iid, s))
                serving[(iid, s)] = m.id
            place(m.id, s)
            moved: list[str] = []
            for x in blockers:
                xa, xb = meetings[x].between
                spot = next(
                    (
                        t
                        for t in sorted(mdl.x[x], key=lambda t: (opens(xa, t) + opens(xb, t), t))
                        if t != s and used[t] < instance.tables and free(xa, t) and free(xb, t)
                    ),
                    None,
                )
                if spot is None:
                    break
                place(x, spot)
                moved.append(x)
            if len(moved) == len(blockers):
                return True
            for x in moved:  # undo
                unplace(x)
            unplace(m.id)
            if iid is not None:
                taken.discard((iid, s))
                serving.pop((iid, s), None)
            for x in blockers:
                place(x, s)
        return False

    # Required predecessors (`after`) go just before the meeting that follows them, so it is
    # placed after them rather than leaving them no slot.
    sequence: list[Meeting] = []
    seen_ids: set[str] = set()

    def visit(m: Meeting) -> None:
        if m.id in seen_ids:
            return
        seen_ids.add(m.id)
        for q in m.after:
            if meetings[q].required == m.required:
                visit(meetings[q])
        sequence.append(m)

    for m in order:
        visit(m)
    capped = mdl.fairness is not None and not mdl.exact

    def breaks(p: str) -> int:
        busy = sorted(s for s in range(n_s) if at.get((p, s)))
        return sum(
            1 for u, v in itertools.pairwise(busy) if v > u + 1 and session_of[u] == session_of[v]
        )

    def fair(*people: str) -> bool:
        return not capped or all(breaks(p) <= (mdl.fairness or 0) for p in people)

    for m in sequence:
        a, b = m.between
        needs = instance.needs_interpreter(m)
        # The slot that opens the fewest breaks for the two (earliest among equals): a first
        # schedule within the fairness cap needs far less repair (brokerage shape: 141
        # participants over the cap with the earliest free slot).
        candidates = sorted(mdl.x[m.id], key=lambda s: (opens(a, s) + opens(b, s), s))
        for s in candidates:
            if used[s] < instance.tables and free(a, s) and free(b, s) and ordered(m, s):
                if not m.required and capped:
                    place(m.id, s)  # an optional meeting never takes anyone over the cap
                    ok = fair(a, b)
                    unplace(m.id)
                    if not ok:
                        continue
                if needs:
                    got = interpreter(m, s)
                    if got is None:
                        continue
                    taken.add((got, s))
                    serving[(got, s)] = m.id
                place(m.id, s)
                break
        else:
            if not (not needs and kempe(m)) and m.required:
                eject(m)
    if capped:
        # Fairness cap: drop optional meetings that open breaks until every count fits.
        for p in instance.participants:
            while not fair(p.id):
                mine = [mid for (q, _), mids in at.items() if q == p.id for mid in mids]
                optional = [mid for mid in mine if not meetings[mid].required]
                if not optional:
                    break  # left to the repair (_repair)
                worst = min(optional, key=lambda mid: (meetings[mid].priority, mid))
                unplace(worst)

    def insert(m: Meeting) -> bool:
        """Place an optional meeting by dropping optional ones of less priority in total
        that block it in one slot (a participant or the tables full, no interpreter free),
        within the fairness cap; the dropped ones are placed elsewhere where they fit."""
        a, b = m.between
        for s in sorted(mdl.x[m.id], key=lambda s: (opens(a, s) + opens(b, s), s)):
            if not ordered(m, s):
                continue
            out: list[str] = []
            for p in (a, b):
                if not free(p, s):
                    here = [x for x in at.get((p, s), []) if not meetings[x].required]
                    if not here:
                        break
                    out.append(min(here, key=lambda x: (meetings[x].priority, x)))
            else:
                if used[s] - len(set(out)) >= instance.tables:
                    here = [
                        x
                        for x, t in slot_of.items()
                        if t == s and not meetings[x].required and x not in out
                    ]
                    if here:
                        out.append(min(here, key=lambda x: (meetings[x].priority, x)))
                out = sorted(set(out))
                if used[s] - len(out) >= instance.tables:
                    continue
                if sum(meetings[x].priority for x in out) >= m.priority:
                    continue
                olds = {x: (slot_of[x], interp_at(x)) for x in out}
                for x in out:
                    unplace(x)
                got = interpreter(m, s) if instance.needs_interpreter(m) else None
                if instance.needs_interpreter(m) and got is None:
                    restore(olds)
                    continue
                if got is not None:
                    taken.add((got, s))
                    serving[(got, s)] = m.id
                place(m.id, s)
                touched = {a, b} | {p for x in out for p in meetings[x].between}
                if not fair(*touched):
                    unplace(m.id)
                    restore(olds)
                    continue
                for x in out:  # elsewhere if it fits as it is
                    relocate(meetings[x], skip=s)
                return True
        return False

    def interp_at(mid: str) -> str | None:
        s = slot_of[mid]
        return next((i for i in mdl.w.get((mid, s), {}) if serving.get((i, s)) == mid), None)

    def restore(olds: dict[str, tuple[int, str | None]]) -> None:
        for x, (t, was) in olds.items():
            if was is not None:
                # Taken meanwhile by a swap: any free one (the swap left one free).
                iid = interpreter(meetings[x], t) if (was, t) in taken else was
                if iid is None:
                    continue
                taken.add((iid, t))
                serving[(iid, t)] = x
            place(x, t)

    def relocate(m: Meeting, skip: int) -> bool:
        a, b = m.between
        for t in sorted(mdl.x[m.id], key=lambda t: (opens(a, t) + opens(b, t), t)):
            if t == skip or used[t] >= instance.tables or not free(a, t) or not free(b, t):
                continue
            if not ordered(m, t):
                continue
            got = interpreter(m, t) if instance.needs_interpreter(m) else None
            if instance.needs_interpreter(m) and got is None:
                continue
            if got is not None:
                taken.add((got, t))
                serving[(got, t)] = m.id
            place(m.id, t)
            if fair(a, b):
                return True
            unplace(m.id)
        return False

    if improve_until is not None:
        # Priority by insertion with ejection, best requests first, until nothing gains.
        gained = True
        while gained and time.monotonic() < improve_until:
            gained = False
            waiting = sorted(
                (m for m in instance.meetings if m.id not in slot_of and not m.required),
                key=lambda m: (-m.priority, len(mdl.x[m.id]), m.id),
            )
            for m in waiting:
                if time.monotonic() >= improve_until:
                    break
                if m.id not in slot_of and mdl.x[m.id] and (relocate(m, -1) or insert(m)):
                    gained = True
    for m in instance.meetings:
        for t, v in mdl.x[m.id].items():
            mdl.model.add_hint(v, slot_of.get(m.id) == t)
    return slot_of


def solve(
    instance: Instance,
    *,
    time_limit: float = 60.0,
    workers: int = 2,
    seed: int = 0,
    fairness: int | None = None,
    keep: dict[str, tuple[str, int | None]] | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    parameters: Mapping[str, Any] | None = None,
) -> Schedule:
    """Schedule every required meeting optimally (priority, then moved meetings, then breaks).

    ``fairness`` overrides the instance's own; ``keep`` is a published schedule (meeting id ->
    (slot, table)) whose meetings should move as little as possible. With ``workers=1`` and a
    fixed ``seed`` the result is deterministic when the solve finishes within the time limit.
    ``cancel`` stops the search; the best schedule found so far is returned. ``parameters``
    overrides CP-SAT parameters by name (for the bench).
    """
    started = time.monotonic()
    deadline = started + time_limit
    fair = instance.fairness if fairness is None else fairness
    reason = diagnose(instance)
    if reason is not None:
        return Schedule(
            instance.name, "infeasible", reason=reason, seconds=time.monotonic() - started
        )
    mdl = _Model(instance, fair, keep)
    greedy = _greedy_hint(
        mdl, improve_until=time.monotonic() + min(GREEDY_MAX, time_limit * GREEDY_SHARE)
    )
    greedy = _fair_start(mdl, greedy, seed, min(FAIR_MAX, time_limit * FAIR_SHARE), cancel)
    running: list[cp_model.CpSolver] = []

    def new_solver(n_workers: int) -> cp_model.CpSolver:
        solver = cp_model.CpSolver()
        params = solver.parameters
        params.num_workers = n_workers
        params.random_seed = seed
        for key, val in (parameters or {}).items():
            if isinstance(val, (list, tuple)):
                getattr(params, key).extend(val)
            else:
                setattr(params, key, val)
        running.append(solver)
        return solver

    stop = threading.Event()
    if cancel is not None:

        def watch() -> None:
            while not stop.is_set():
                if cancel.wait(0.05):
                    for one in list(running):
                        one.stop_search()
                    return

        threading.Thread(target=watch, daemon=True).start()

    phases: list[tuple[str, cp_model.LinearExprT, int]] = []
    if mdl.has_optional:
        phases.append(("priority", mdl.priority, -1))
    if mdl.moved is not None:
        phases.append(("moved", mdl.moved, 1))
    phases.append(("breaks", mdl.total_breaks, 1))
    proven = True
    total_priority = sum(m.priority for m in instance.meetings)
    values: dict[str, int] = {}
    bounds: dict[str, int] = {}
    lows: dict[str, int] = {}  # proven lower bounds of minimised levels (breaks)
    upper: int | None = None
    have_solution = False
    complete_hint = False  # the model's hint is a whole solution of the constraints so far
    descended: int | None = None  # breaks of the descent's schedule
    incumbent: list[int] = []  # fewest breaks found so far by the CP-SAT side, when any
    proven_before = True  # the levels before breaks proven optimal
    search: maxsat.MaxSatSearch | None = None  # the MaxSAT child of the breaks level

    def level_proven(name: str, value: int) -> None:
        """A schedule at a proven lower bound of a minimised level: the level is settled."""
        values[name] = bounds[name] = value
        if on_progress is not None:
            on_progress(Progress(name, value, value, time.monotonic() - started))

    try:
        if workers >= 2 and not mdl.has_optional and time_limit > 1:
            # Every meeting is required: the breaks level's problem is known now, so the child
            # starts before the greedy's completion and the probes, not after them. What it
            # proves does not depend on the time limit; with a short limit it used to lose the
            # seconds spent before the breaks phase (forum-13crafb: its optimum at 10.8 s alone).
            doc = _maxsat_problem(mdl, True)
            if doc is not None:
                search = maxsat.MaxSatSearch(doc)
        # Complete the greedy assignment (busy, breaks, interpreters) with every slot fixed: a
        # complete hint is taken at once; a partial one may not be repaired in a large model.
        # When the greedy places every meeting the priority level is at its trivial bound.
        check = new_solver(1)
        check.parameters.linearization_level = 0
        # Presolve alone of a large model takes seconds (brokerage shape: 1.2 s idle, over 5 s
        # on the shared machine under load), and without this schedule there may be none.
        check.parameters.max_time_in_seconds = min(CHECK_MAX, time_limit / 3)
        if len(instance.meetings) > MAXSAT_MEETINGS:  # it ends once the schedule is complete
            check.parameters.max_time_in_seconds = min(CHECK_LARGE_MAX, time_limit / 2)
        fixed = _without_objective(mdl.model)
        for m in instance.meetings:
            for t, v in mdl.x[m.id].items():
                fixed.add(v == int(greedy.get(m.id) == t))
        status = cp_model.UNKNOWN
        if cancel is None or not cancel.is_set():
            status = check.solve(fixed)
        running.remove(check)
        settled: int | None = None  # the priority level, when proven before its phase
        # A proven upper bound of the priority level: every bound reported for it is capped
        # here (CP-SAT's own bound after presolve can exceed the sum of all priorities).
        upper = total_priority if mdl.has_optional else None
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            # A valid schedule already: returned if the search finds nothing better in time.
            placement, have_solution, complete_hint = _extract(mdl, check), True, True
            mdl.hint_from(check)
            if mdl.has_optional and len(greedy) == len(instance.meetings):
                settled = total_priority
        elif (mdl.has_optional or len(instance.meetings) > MAXSAT_MEETINGS) and (
            cancel is None or not cancel.is_set()
        ):
            # The greedy left required meetings out, broke an `after` or the fairness cap:
            # re-open only the meetings around what it got wrong (wider when that fails). Not
            # on the benchmark's sessions: their breaks phase starts without a schedule (a
            # SAT search finds a fair one), and there the repair cost 3 s for nothing.
            repaired = _repair(
                mdl,
                greedy,
                new_solver=new_solver,
                running=running,
                deadline=deadline,
            )
            if repaired is not None:
                placement, have_solution, complete_hint = _extract(mdl, repaired), True, True
                mdl.hint_from(repaired)
        lp: tuple[int, dict[str, int]] | None = None
        if settled is None and mdl.has_optional and (cancel is None or not cancel.is_set()):
            # The priority level's upper bound from a relaxation (each participant in at most
            # one meeting per slot it can use, interpreters and tables counted over the
            # session), and the relaxation's choice of meetings scheduled with nothing else
            # free: the LA-summit shape's 637 is proven in about a second this way, where the
            # optimisation took 11-14 s to reach the bound and did not always find it.
            chosen = _priority_relaxation(mdl, min(RELAXATION_MAX, time_limit / 10))
            if chosen is not None and upper is not None:
                upper = min(upper, chosen[0])
            # The LP relaxation of the slot assignment (per slot, interpreters as a flow) is
            # at least as tight as the counting one and cheap; below the counting optimum it
            # shows that choice cannot be scheduled (brokerage shape: 5,319 against 5,321),
            # so its probe is skipped.
            lp = _priority_lp(mdl, min(LP_MAX, max(0.0, deadline - time.monotonic()) * LP_SHARE))
            if lp is not None and upper is not None:
                upper = min(upper, lp[0])
            if (
                lp is not None
                and lp[0] == upper
                and mdl.h
                and not mdl.exact
                and (not have_solution or _priority_of(instance, placement[0]) < upper)
            ):
                # The LP's assignment at the bound moved into the fairness cap in Python
                # (la-summit-full: 50 over the cap to 0 in 0.02 s, where CP-SAT's repair below
                # took 3 s of a 5 s budget quiet), before the choice's probe (la-summit-full
                # seed 2: unknown after its 5 s).
                until = time.monotonic() + max(
                    0.0, min((deadline - time.monotonic()) * AT_BOUND_SHARE, AT_BOUND_MAX)
                )
                by_moves = _priority_moved(
                    mdl, lp[1], upper, until=min(until, time.monotonic() + MOVES_MAX), seed=seed
                )
                done = None
                if by_moves is not None:
                    done = _complete(mdl, by_moves, new_solver, running, until + 1.0)
                if done is not None:
                    _set_hint(mdl, done)
                    placement, have_solution, complete_hint = _placement_of(mdl, done), True, True
                    settled = upper
            if settled is None and chosen is not None and upper == chosen[0]:
                probe = new_solver(1)
                probe.parameters.linearization_level = 0
                probe.parameters.max_time_in_seconds = max(
                    0.0, min((deadline - time.monotonic()) * CHOICE_SHARE, CHOICE_MAX)
                )
                trial = _without_objective(mdl.model)
                for m in instance.meetings:
                    if not m.required:
                        trial.add(mdl.present[m.id] == int(m.id in chosen[1]))
                status = probe.solve(trial)
                running.remove(probe)
                if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                    placement, have_solution, complete_hint = _extract(mdl, probe), True, True
                    mdl.hint_from(probe)
                    settled = chosen[0]
        if (
            settled is None
            and lp is not None
            and upper is not None
            and lp[0] == upper
            and mdl.h
            and not mdl.exact
            and (cancel is None or not cancel.is_set())
        ):
            here = -1
            if have_solution:
                here = _priority_of(instance, placement[0])
            if here < upper:
                # The LP's assignment reaches the bound but breaks the fairness cap: repaired
                # with the priority held at the bound (la-summit-full: 1,295, where the search
                # stopped at 1,293-1,294).
                until = time.monotonic() + max(
                    0.0, min((deadline - time.monotonic()) * AT_BOUND_SHARE, AT_BOUND_MAX)
                )
                # (after the moves above found nothing)
                at_bound = _priority_at_bound(
                    mdl,
                    lp[1],
                    upper,
                    until=until,
                    workers=workers,
                    new_solver=new_solver,
                    running=running,
                )
                done = None
                if at_bound is not None:
                    done = _complete(mdl, at_bound, new_solver, running, until + 1.0)
                if done is not None:
                    _set_hint(mdl, done)
                    placement, have_solution, complete_hint = _placement_of(mdl, done), True, True
                    settled = upper
        if settled is None and upper is not None:
            if have_solution:
                # The schedule in hand (greedy, its insertions) against the bound.
                here = _priority_of(instance, placement[0])
                if here >= upper:
                    settled = upper
                elif on_progress is not None:
                    now = time.monotonic() - started
                    on_progress(Progress("priority", here, upper, now))
            if settled is None and upper < total_priority:
                # The bound goes into the model too: the search stops once it is reached.
                mdl.model.add(mdl.priority <= upper)
        if settled is not None:
            phases = [ph for ph in phases if ph[0] != "priority"]
            values["priority"] = bounds["priority"] = settled
            mdl.model.add(mdl.priority >= settled)
            if on_progress is not None:
                on_progress(Progress("priority", settled, settled, time.monotonic() - started))
        for name, expr, sign in phases:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (cancel is not None and cancel.is_set()):
                break
            if name == "breaks" and mdl.h:
                # The MaxSAT child raises the lower bound beside everything below and may
                # find the optimum itself.
                doc = None
                if search is None and workers >= 2 and deadline - time.monotonic() > 1:
                    every = not mdl.has_optional or values.get("priority") == total_priority
                    doc = _maxsat_problem(mdl, every)
                    if doc is not None:
                        # The child gets a core of its own, CP-SAT the others: on the
                        # benchmark's originals it finds and proves every optimum alone.
                        search = maxsat.MaxSatSearch(doc)
                if search is not None:
                    proven_before = proven

                    def report(bound: int) -> None:
                        if on_progress is not None and incumbent:
                            now = time.monotonic() - started
                            best = incumbent[0]
                            on_progress(Progress("breaks", best, min(bound, best), now))

                    threading.Thread(
                        target=_referee,
                        args=(search, incumbent, running, stop, report),
                        daemon=True,
                    ).start()
                # Probe "every participant at its own minimum" as pure feasibility first: the
                # minimum of each participant alone (its meetings' slots only) is a valid lower
                # bound, and presolve with the SAT search settles the probe (either way) in
                # well under a second on most instances, where the optimisation's bound would
                # stay at 0. Infeasible: the sum of minima + 1 is a lower bound.
                # A large session that the local search cannot take (capacity 2, interpreters):
                # the feasibility probes do not end there (brokerage shape: 14 s and 3 s each,
                # unknown), so the time goes to CP-SAT's search from the schedule in hand.
                large = len(instance.meetings) > MAXSAT_MEETINGS
                plain = not mdl.exact and mdl.moved is None and not mdl.w
                plain = plain and all(p.capacity == 1 for p in instance.participants)
                probe_max = PROBE_LARGE if large and not plain else PROBE_MAX
                alone = _alone_minima(mdl, deadline) if instance.meetings else {}
                for pid, low in alone.items():
                    mdl.model.add(mdl.h[pid] >= low)
                floor = sum(alone.values())
                if mdl.has_optional and mdl.moved is None and have_solution and not large:
                    # The meetings of the schedule in hand at everybody's minimum: on the
                    # LA-summit shapes the breaks level has no bound above 0 (an optional
                    # request to drop is never far), and 0 breaks is what such a schedule has.
                    held = _held_at_minima(
                        mdl,
                        alone,
                        set(placement[0]),
                        until=time.monotonic()
                        + max(0.0, min((deadline - time.monotonic()) * HELD_SHARE, PROBE_MAX)),
                        seed=seed,
                        workers=max(1, workers - (search is not None)),
                        new_solver=new_solver,
                        running=running,
                        cancel=cancel,
                    )
                    if held is not None:
                        have_solution, placement = True, held
                        level_proven(name, floor)
                        continue
                probe = new_solver(1)
                probe.parameters.linearization_level = 0
                probe.parameters.max_time_in_seconds = max(
                    0.0, min((deadline - time.monotonic()) * PROBE_SHARE, probe_max)
                )
                zero = _without_objective(mdl.model)
                # Only the slots of the schedule in hand as a hint: its complete form (a fair
                # schedule with breaks above the minima) slowed this probe down, forum-13.forb0007
                # 9.4-17.4 s against 4.1-6.9 s with the slots only (three runs each, same minutes).
                _slots_only_hint(zero, mdl)
                for pid, hv in mdl.h.items():
                    zero.add(hv <= alone.get(pid, 0))
                status = probe.solve(zero)
                running.remove(probe)
                if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                    have_solution, placement = True, _extract(mdl, probe)
                    level_proven(name, floor)
                    continue
                low = floor
                if status == cp_model.INFEASIBLE:
                    low = floor + 1
                    mdl.model.add(sum(mdl.h.values()) >= low)
                    if search is not None:
                        # A second child, "at most low breaks" hard, while the first has not
                        # proven more: forum-13crafc.forb0003's optimum 1 by 14 CPU s, where
                        # the core-guided child took 21 s for its first core and 35 s in all,
                        # and CP-SAT's probes for it ran out (maxsat.at_most).
                        search.beside(low)
                lows[name] = low
                if not complete_hint:
                    # A first fair schedule by the same SAT search (no objective): the start of
                    # the local search and a hint; the optimisation may not find any under the cap.
                    first = new_solver(1)
                    first.parameters.linearization_level = 0
                    first.parameters.max_time_in_seconds = max(
                        0.0, min((deadline - time.monotonic()) * PROBE_SHARE, PROBE_MAX)
                    )
                    status = first.solve(_without_objective(mdl.model))
                    running.remove(first)
                    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                        mdl.hint_from(first)
                        complete_hint = True
                        placement = _extract(mdl, first)
                        have_solution = True
                jumped: set[str] = set()  # participants the descent probed with one more break
                if complete_hint and (not large or plain):
                    # Few breaks: local search on the slots, then probes over the participants
                    # that take breaks (see _descend); the rest of the time goes to the
                    # core-guided search below, hinted with the best schedule.

                    def better(
                        value: int, low: int = low, child: maxsat.MaxSatSearch | None = search
                    ) -> None:
                        incumbent[:] = [value]
                        if on_progress is not None:
                            # (the child's bound when higher: a progress bar's bound went from
                            # 3 back to 1 with each schedule the descent found)
                            bound = max(low, child.bound if child is not None else 0)
                            now = time.monotonic() - started
                            on_progress(Progress("breaks", value, min(bound, value), now))

                    if search is not None and workers <= 2:
                        _while_beside(search, low, deadline, cancel)
                    best = _descend(
                        mdl,
                        alone,
                        low,
                        until=time.monotonic()
                        + min(max(0.0, deadline - time.monotonic()) * DESCENT_SHARE, DESCENT_MAX),
                        seed=seed,
                        workers=workers - 1 if search is not None else workers,
                        new_solver=new_solver,
                        running=running,
                        cancel=cancel,
                        on_better=better,
                        jumped=jumped,
                        outside=search,
                    )
                    if best is not None:
                        descended, placement = best
                        have_solution = True
                        if descended <= low:
                            values[name] = bounds[name] = low
                            continue
                    if _settled(search, incumbent):
                        break  # the MaxSAT child has proven the descent's schedule or its own
                    if (
                        low == floor + 1
                        and (search is None or (search.bound <= low and not search.trying(low)))
                        and deadline - time.monotonic() >= ONE_MORE_MIN
                    ):
                        # With time to spare, the one-more probe for everybody else too.
                        found = _one_more(
                            mdl,
                            alone,
                            deadline=deadline,
                            workers=workers - 1 if search is not None else workers,
                            new_solver=new_solver,
                            running=running,
                            cancel=cancel,
                            skip=jumped,
                            outside=search,
                        )
                        if found is not None:
                            have_solution, placement = True, found
                            level_proven(name, low)
                            continue
                    rounds = 0
                    waiting = (
                        search is not None
                        and not search.ended.is_set()
                        and descended is not None
                        and descended > low
                        and deadline - time.monotonic() >= DESCENT_AGAIN_MIN
                        and not _settled(search, incumbent)
                        and search.portfolio()
                    )
                    while (
                        waiting
                        and search is not None
                        and not search.ended.is_set()
                        and deadline - time.monotonic() > 0
                        and not _settled(search, incumbent)
                        and (cancel is None or not cancel.is_set())
                    ):
                        # The descent's core goes to a second core-guided child (another
                        # draw of RC2's last SAT call, maxsat.PORTFOLIO_OPTIONS): the further
                        # descents below found forum-13crafb.forb0003's optimum in few runs,
                        # and beside two children they would only slow both down.
                        time.sleep(0.05)
                    while (
                        not waiting
                        and search is not None
                        and not search.ended.is_set()  # a child that died proves nothing
                        and descended is not None
                        and descended > low
                        and deadline - time.monotonic() >= DESCENT_AGAIN_MIN
                        and not _settled(search, incumbent)
                        and (cancel is None or not cancel.is_set())
                    ):
                        # The MaxSAT child proves the bound, so the time left goes to more
                        # descents from the best schedule (another seed: other local-search
                        # moves, plateau walks, jumps for new break-takers) rather than to
                        # CP-SAT's search, which did not improve on them: a long limit repeats
                        # what a short one does instead of doing something else (ticf-13crafb
                        # at d = 1: 7 breaks with 15 s, 13 with 60 s, both found by 12 s).
                        rounds += 1
                        again = _descend(
                            mdl,
                            alone,
                            low,
                            until=time.monotonic()
                            + min(
                                max(0.0, deadline - time.monotonic()) * DESCENT_SHARE, DESCENT_MAX
                            ),
                            seed=seed + rounds,
                            workers=workers - 1,
                            new_solver=new_solver,
                            running=running,
                            cancel=cancel,
                            on_better=better,
                            jumped=jumped,
                            outside=search,
                        )
                        if again is not None and again[0] < descended:
                            descended, placement = again
                    if descended is not None and descended <= low:
                        values[name] = bounds[name] = low
                        continue
                elif complete_hint and not mdl.exact:
                    # A large session the Kempe-chain search does not take: single moves to
                    # slots free for both sides, no break added, then completed into a hint.
                    index = {slot.id: i for i, slot in enumerate(instance.slots)}
                    shifted, total = shift_breaks(
                        instance,
                        {mid: list(xs) for mid, xs in mdl.x.items()},
                        {mid: index[sid] for mid, sid in placement[0].items()},
                        mdl.h_cap,
                        deadline=time.monotonic()
                        + min(SHIFT_MAX, max(0.0, deadline - time.monotonic()) * SHIFT_SHARE),
                        seed=seed,
                        frozen=frozenset(
                            m.id for m in instance.meetings if instance.needs_interpreter(m)
                        ),
                        cancel=cancel,
                    )
                    done = _complete(mdl, shifted, new_solver, running, deadline)
                    if done is not None:
                        _set_hint(mdl, done)
                        placement = _placement_of(mdl, done)
                        descended = total  # kept if CP-SAT's search ends with more
                        if on_progress is not None:
                            now = time.monotonic() - started
                            on_progress(Progress(name, total, low, now))
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (cancel is not None and cancel.is_set()):
                    # The level is not closed here (the MaxSAT child's bound may still close
                    # it below): without this, a run whose time ran out in the steps above
                    # said "optimal" (11 breaks against the bound 5, forum-13crafb.forb0003).
                    proven = False
                    break
            solver = new_solver(max(1, workers))
            params = solver.parameters
            params.max_time_in_seconds = remaining
            if name == "priority" and complete_hint and len(phases) > 1:
                # Leave the levels after it time of their own: the search starts from a whole
                # schedule, and the bound (LP) is what proves it, not the search.
                share = (
                    PRIORITY_SHARE_LARGE
                    if len(instance.meetings) > MAXSAT_MEETINGS
                    else PRIORITY_SHARE
                )
                params.max_time_in_seconds = remaining * share
            if name == "breaks" and mdl.h and workers >= 2 and not params.subsolvers:
                # One core-guided worker proves the bound (MaxSAT style), one LP worker with
                # LNS improves the schedule; while the MaxSAT child runs, it has a core of its
                # own and CP-SAT one worker fewer (the core-guided one when only one is left).
                if search is not None and not search.ended.is_set():
                    params.num_workers = workers - 1
                params.subsolvers.extend(BREAKS_SUBSOLVERS[: params.num_workers])
            if sign < 0:
                mdl.model.maximize(expr)
            else:
                mdl.model.minimize(expr)
            if name == "breaks" and _settled(search, incumbent):
                running.remove(solver)
                break
            cap = upper if name == "priority" else None
            callback = _Callback(
                name,
                started,
                on_progress,
                sign,
                incumbent if name == "breaks" else None,
                cap=cap,
                floor=lows.get(name, 0),
                enough=cap,
                outside=search if name == "breaks" else None,
            )
            status = solver.solve(mdl.model, callback)
            running.remove(solver)
            if status == cp_model.INFEASIBLE:
                return Schedule(
                    instance.name,
                    "infeasible",
                    reason="no schedule satisfies all constraints together",
                    seconds=time.monotonic() - started,
                )
            if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                if not have_solution and not (search is not None and search.optimum):
                    return Schedule(instance.name, "unknown", seconds=time.monotonic() - started)
                proven = False
                if name == "priority" and complete_hint:
                    # Nothing better in its share: the schedule in hand fixes the level.
                    here = _priority_of(instance, placement[0])
                    values[name] = here
                    bounds[name] = here if upper is None else max(here, upper)
                    mdl.model.add(expr >= here)
                    continue
                break
            have_solution = True
            value = round(solver.objective_value)
            values[name] = value
            bounds[name] = _valid_bound(
                sign, solver.best_objective_bound, value, cap, lows.get(name, 0)
            )
            if status != cp_model.OPTIMAL and bounds[name] != value:
                proven = False
            if name == "breaks" and descended is not None and descended < value:
                # The hint was not taken up: the descent's schedule stays the answer.
                values[name] = descended
                if status != cp_model.OPTIMAL:
                    break
            # Carry the solution over as a hint and freeze this level for the next phase.
            placement = _extract(mdl, solver)
            mdl.hint_from(solver)
            complete_hint = True
            if sign < 0:
                mdl.model.add(expr >= value)
            else:
                mdl.model.add(expr <= value)
        if search is not None:
            # What the MaxSAT child proved or found: its optimum when it beats the schedule in
            # hand; its bound closes the breaks level when it meets that schedule's breaks.
            search.stop()
            have = sum(count_breaks(instance, placement[0]).values()) if have_solution else None
            if search.optimum is not None and (have is None or search.optimum[0] < have):
                have, slots_of = search.optimum
                placement = ({mid: instance.slots[t].id for mid, t in slots_of.items()}, {})
                have_solution = True
            if have is not None:
                values["breaks"] = have
                # (the probes' proven minimum too: the child may not have reached it yet)
                proven_low = max(bounds.get("breaks", 0), lows.get("breaks", 0))
                bounds["breaks"] = max(proven_low, min(search.bound, have))
                if bounds["breaks"] >= have:
                    proven = proven_before
    finally:
        stop.set()
        if search is not None:
            search.stop()
    if not have_solution:
        return Schedule(instance.name, "unknown", seconds=time.monotonic() - started)
    if any(name not in values for name, _, _ in phases):
        proven = False
    slot_of, interp_of = placement
    tables = assign_tables(instance, slot_of, keep)
    placements = tuple(
        Placement(mid, slot_of[mid], tables[mid], interp_of.get(mid))
        for mid in (m.id for m in instance.meetings)
        if mid in slot_of
    )
    unscheduled = tuple(m.id for m in instance.meetings if m.id not in slot_of)
    priority = _priority_of(instance, slot_of)
    moved = None
    if keep is not None:
        moved = sum(
            1 for m in instance.meetings if m.id in keep and slot_of.get(m.id) != keep[m.id][0]
        )
    return Schedule(
        instance.name,
        "optimal" if proven else "feasible",
        priority=priority,
        breaks=sum(count_breaks(instance, slot_of).values()),
        moved=moved,
        bound_priority=bounds.get("priority", total_priority if upper is None else upper),
        bound_breaks=bounds.get("breaks", lows.get("breaks")),
        placements=placements,
        unscheduled=unscheduled,
        seconds=time.monotonic() - started,
        phases=tuple(values),
    )


def _descend(
    mdl: _Model,
    alone: dict[str, int],
    low: int,
    *,
    until: float,
    seed: int,
    workers: int,
    new_solver: Callable[[int], cp_model.CpSolver],
    running: list[cp_model.CpSolver],
    cancel: threading.Event | None,
    on_better: Callable[[int], None] | None = None,
    jumped: set[str] | None = None,
    outside: maxsat.MaxSatSearch | None = None,
) -> tuple[int, tuple[dict[str, str], dict[str, str]]] | None:
    """Fewer breaks from the model's (complete, fair) hint, down to the lower bound ``low``.

    First a local search on the slots (Kempe chains, localsearch.py) from the hinted schedule.
    Then probes (pure feasibility, SAT search, hinted with the incumbent, one per worker) over
    the participants T taking breaks above their own minimum in the incumbent:
    * when ``low`` is one above the sum of minima, "only p in T takes one more break than its
      minimum" (a schedule there is optimal), each p once;
    * far from the bound, "k of T take one break fewer each, nobody else more than now" (k =
      half the gap, halved when it fails);
    * "p takes one break fewer, nobody else more than now" for each p in T (a p that fails is
      not tried again for the same incumbent).
    A feasible probe is the new incumbent. Ends at ``until``, at ``low`` (or the bound of the
    MaxSAT child ``outside``, which also ends the jumps once it is above ``low``), when that
    child has its optimum, or when every p of T has failed. Returns the best breaks and
    placement, or None when the hint is not complete; the model's hint is left at the best
    schedule.
    """
    instance = mdl.instance
    proto = mdl.model.proto
    hint = dict(zip(proto.solution_hint.vars, proto.solution_hint.values, strict=True))
    if len(hint) != len(proto.variables):
        return None

    def slots_of(values: Sequence[int]) -> dict[str, int]:
        return {
            mid: next(t for t, v in xs.items() if values[v.index])
            for mid, xs in mdl.x.items()
            if any(values[v.index] for v in xs.values())
        }

    def breaks_of(values: Sequence[int]) -> dict[str, int]:
        ids = {mid: instance.slots[t].id for mid, t in slots_of(values).items()}
        return count_breaks(instance, ids)

    values: list[int] = [hint[i] for i in range(len(proto.variables))]
    per = breaks_of(values)
    value = sum(per.values())
    lock = threading.Lock()
    probes: list[tuple[cp_model.CpSolver, int]] = []  # with the most breaks they can yield

    def better(new_values: list[int]) -> bool:
        """Adopt a schedule with fewer breaks (the caller holds the lock)."""
        nonlocal value, values, per
        new_per = breaks_of(new_values)
        if sum(new_per.values()) >= value:
            return False
        value, values, per = sum(new_per.values()), new_values, new_per
        if on_better is not None:
            on_better(value)
        return True

    plain = (
        not mdl.exact and mdl.moved is None and all(p.capacity == 1 for p in instance.participants)
    )

    def local_search(
        seed: int, max_moves: int, walk: bool = False
    ) -> tuple[dict[str, int], int] | None:
        """The Kempe-chain search from the schedule in hand for a share of the window left,
        stopped once the MaxSAT child settles the level; ``walk``: the restarts' plateau walk."""
        with _unless_settled(cancel, outside, lambda: value) as halt:
            return reduce_breaks(
                instance,
                {mid: list(xs) for mid, xs in mdl.x.items()},
                slots_of(values),
                mdl.h_cap,
                deadline=time.monotonic() + (until - time.monotonic()) * LS_SHARE,
                seed=seed,
                target=low,
                frozen=frozenset(m.id for m in instance.meetings if instance.needs_interpreter(m)),
                max_moves=max_moves,
                temperature=RESTART_TEMPERATURE if walk else LS_TEMPERATURE,
                plateau=walk,
                cancel=halt,
            )

    if plain and value > low and time.monotonic() < until:
        found = local_search(seed, min(LS_MOVES, LS_MOVES_PER_MEETING * len(instance.meetings)))
        if found is not None and found[1] < value:
            done = _complete(mdl, found[0], new_solver, running, until)
            if done is not None:
                better(done)
    base = _without_objective(mdl.model)
    jump = low == sum(alone.values()) + 1
    jumped = set() if jumped is None else jumped  # participants probed with one more break
    tried: set[str] = set()  # single drops that failed for the current incumbent
    busy: set[tuple[str, tuple[str, ...]]] = set()
    state = {"version": 0, "k": max(1, (value - low) // 2), "restarts": 0}
    rng = random.Random(seed)

    def restart() -> bool:
        """A different schedule with no more breaks (the caller holds the lock)."""
        nonlocal values, per
        if not plain or time.monotonic() >= until:
            return False
        found = local_search(
            seed + state["restarts"],
            min(RESTART_MOVES, LS_MOVES_PER_MEETING * len(instance.meetings) // 3),
            walk=True,
        )
        if found is None or found[1] > value:
            return False
        done = _complete(mdl, found[0], new_solver, running, until)
        if done is None:
            return False
        if not better(done):
            values, per = done, breaks_of(done)
        state["version"] += 1
        tried.clear()
        return True

    def next_job(extra: dict[str, int]) -> tuple[str, tuple[str, ...]] | None:
        ids = sorted(extra)
        for pid in ids:
            if jump and pid not in jumped and (outside is None or outside.bound <= low):
                if outside is not None and outside.trying(low):
                    # The second MaxSAT child looks for that schedule (maxsat.at_most): on the
                    # crafc forb variants these probes never found it. (Pausing the other
                    # probes too left forum-13crafc.original at 11-18 s, against 4-9 s.)
                    break
                return "jump", (pid,)
        running_some = sum(1 for kind, _ in busy if kind == "some")
        k = state["k"] if not running_some else state["k"] // 2
        if k > 1 and len(ids) > 1 and running_some < SOME_PARALLEL:
            return "some", tuple(sorted(rng.sample(ids, min(k, len(ids)))))
        free = [pid for pid in ids if pid not in tried and ("drop", (pid,)) not in busy]
        return ("drop", (free[rng.randrange(len(free))],)) if free else None

    def work() -> None:
        while True:
            with lock:
                if value <= low or time.monotonic() >= until:
                    return
                if outside is not None and (outside.optimum or outside.bound >= value):
                    return
                if cancel is not None and cancel.is_set():
                    return
                extra = {p: h - alone.get(p, 0) for p, h in per.items() if h > alone.get(p, 0)}
                job = next_job(extra)
                if job is None and not busy and RESTARTS and state["restarts"] < RESTARTS:
                    # Every break-taker is needed: walk to another schedule with as many breaks
                    # (local search on the plateau) and probe its break-takers.
                    state["restarts"] += 1
                    if restart():
                        continue
                if job is None:
                    if not busy:
                        return
                else:
                    kind, who = job
                    if kind == "jump":
                        jumped.add(who[0])
                    busy.add(job)
                    version, hint_now = state["version"], values
            if job is None:
                time.sleep(0.05)
                continue
            model = base.clone()
            for qid, hv in mdl.h.items():
                if kind == "jump":
                    cap = alone.get(qid, 0) + (1 if qid in who else 0)
                else:
                    cap = alone.get(qid, 0) + extra.get(qid, 0) - (1 if qid in who else 0)
                model.add(hv <= cap)
            model.clear_hints()  # type: ignore[no-untyped-call]
            model.proto.solution_hint.vars.extend(range(len(hint_now)))
            model.proto.solution_hint.values.extend(hint_now)
            probe = new_solver(1)
            probe.parameters.linearization_level = 0
            limit = JUMP_PROBE if kind == "jump" else DESCENT_PROBE
            probe.parameters.max_deterministic_time = limit * DET_PER_SECOND
            probe.parameters.max_time_in_seconds = max(0.0, until - time.monotonic())
            with lock:
                aim = low if kind == "jump" else value - len(who)
                probes.append((probe, aim))
            status = probe.solve(model)
            with lock:
                probes.remove((probe, aim))
                running.remove(probe)
                busy.discard(job)
                if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                    if better(list(probe.response_proto.solution)):
                        state["version"] += 1
                        tried.clear()
                        state["k"] = min(state["k"], max(1, (value - low) // 2))
                        for other, most in probes:  # no better than the new incumbent
                            if most >= value:
                                other.stop_search()
                elif kind == "some" and version == state["version"]:
                    state["k"] = len(who) // 2
                elif kind == "drop" and version == state["version"]:
                    tried.add(who[0])

    threads = [threading.Thread(target=work) for _ in range(max(1, min(workers, 4)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    _set_hint(mdl, values)
    return value, _placement_of(mdl, values)


def _fair_start(
    mdl: _Model,
    greedy: dict[str, int],
    seed: int,
    budget: float,
    cancel: threading.Event | None,
) -> dict[str, int]:
    """The greedy's schedule brought within the fairness cap by the Kempe-chain search (its
    cap is a penalty there), when every meeting is placed, the session is plain (capacity 1)
    and somebody is over the cap; else the greedy's schedule as it is.

    A fair first schedule is then a complete hint at once: the breaks phase needs no SAT search
    for one, which under load did not end within 15 s (forum-14, ticf-14crafa: no schedule at
    all). The hint on the model is replaced too.
    """
    instance = mdl.instance
    if not mdl.fairness or mdl.exact or mdl.moved is not None or budget <= 0:
        return greedy  # (with d = 0 a fair schedule is an optimal one: left to the probes)
    if len(greedy) != len(instance.meetings) or mdl.w:
        return greedy
    if any(p.capacity != 1 for p in instance.participants):
        return greedy
    ids = {mid: instance.slots[t].id for mid, t in greedy.items()}
    if all(h <= mdl.h_cap.get(p, h) for p, h in count_breaks(instance, ids).items()):
        return greedy
    found = reduce_breaks(
        instance,
        {mid: list(xs) for mid, xs in mdl.x.items()},
        greedy,
        mdl.h_cap,
        deadline=time.monotonic() + budget,
        seed=seed,
        target=1 << 30,  # stop at the first schedule within every cap (the descent goes on)
        max_moves=min(LS_MOVES, LS_MOVES_PER_MEETING * len(instance.meetings)),
        cancel=cancel,
    )
    if found is None:
        return greedy
    mdl.model.clear_hints()  # type: ignore[no-untyped-call]
    for m in instance.meetings:
        for t, v in mdl.x[m.id].items():
            mdl.model.add_hint(v, found[0].get(m.id) == t)
    return found[0]


def _while_beside(
    search: maxsat.MaxSatSearch, low: int, deadline: float, cancel: threading.Event | None
) -> None:
    """Wait while the second MaxSAT child looks for a schedule at ``low`` (maxsat.at_most) and
    the first has not proven ``low``: with the descent beside them, three searches shared two
    cores and each ran at two thirds of its speed (ticf-13crafc: the first child's optimum at
    8.6-11.8 s in the solve against 5.5 s alone; the crafc forb variants, where the second
    child finds the optimum, 16-24 s). The first child proves ``low`` within seconds on the
    originals (the second child is then stopped, see maxsat.BESIDE_EARLY) and the descent
    starts; on the crafc forb variants the second child has a core of its own."""
    while (
        search.trying(low)
        and search.bound < low
        and time.monotonic() < deadline
        and (cancel is None or not cancel.is_set())
    ):
        time.sleep(0.05)


@contextlib.contextmanager
def _unless_settled(
    cancel: threading.Event | None,
    outside: maxsat.MaxSatSearch | None,
    value: Callable[[], int],
) -> Iterator[threading.Event | None]:
    """The stop of a local search in the descent: ``cancel``, or the MaxSAT child's optimum or
    a bound at the breaks in hand (``value``). forumt-14crafe: the child's optimum at 1.7 s,
    the local search went on to 3.2 s."""
    if outside is None:
        yield cancel
        return
    halt, done = threading.Event(), threading.Event()

    def watch() -> None:
        while not done.wait(0.05):
            if (
                (cancel is not None and cancel.is_set())
                or outside.optimum is not None
                or outside.bound >= value()
            ):
                halt.set()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield halt
    finally:
        done.set()
        watcher.join()


def _settled(search: maxsat.MaxSatSearch | None, incumbent: list[int]) -> bool:
    """The MaxSAT child has an optimum, or a bound that proves the incumbent optimal."""
    if search is None:
        return False
    return search.optimum is not None or bool(incumbent and search.bound >= incumbent[0])


def _referee(
    search: maxsat.MaxSatSearch,
    incumbent: list[int],
    running: list[cp_model.CpSolver],
    stop: threading.Event,
    report: Callable[[int], None],
) -> None:
    """Report each bound the MaxSAT child proves, and stop every CP-SAT search once it has
    settled the breaks level."""
    reported = 0
    while not stop.wait(0.05):
        if search.bound > reported:
            reported = search.bound
            report(reported)
        if _settled(search, incumbent):
            for one in list(running):  # and any started since
                one.stop_search()


def _maxsat_problem(mdl: _Model, all_present: bool) -> dict[str, Any] | None:
    """The breaks level as a MaxSAT problem (maxsat.py), or None where that does not apply: a
    participant of capacity > 1, an interpreter, an optional meeting that may be left out,
    published meetings to keep, an exact fairness minimum, or a session too large."""
    instance = mdl.instance
    if not maxsat.AVAILABLE or mdl.exact or mdl.moved is not None or not mdl.h:
        return None
    if len(instance.meetings) > MAXSAT_MEETINGS or not all_present:
        return None
    if any(p.capacity != 1 for p in instance.participants) or mdl.w:
        return None
    caps = {p.id: mdl.h_cap.get(p.id, 0) for p in instance.participants}
    # The caps of fairness LOOSER (2), where they are 1: the child's first, looser search.
    looser = {
        pid: min(maxsat.LOOSER, mdl.h_most[pid]) if cap == 1 else cap for pid, cap in caps.items()
    }
    return maxsat.problem(
        mdl.sessions,
        instance.tables,
        [(m.id, m.between, sorted(mdl.x[m.id]), m.after) for m in instance.meetings],
        caps,
        looser,
    )


def _priority_relaxation(mdl: _Model, time_limit: float) -> tuple[int, set[str]] | None:
    """The most priority a schedule can have when slots are only counted: each participant in
    at most capacity x (slots it can use) meetings, meetings needing an interpreter at most
    the interpreters' slots, all meetings at most tables x slots. Returns that bound and the
    meetings of a choice that reaches it, or None when not solved to optimality in time."""
    instance = mdl.instance
    model = cp_model.CpModel()
    chosen: dict[str, cp_model.IntVar] = {}
    usable: dict[str, set[int]] = {}
    for m in instance.meetings:
        slots = {
            s for s in mdl.x[m.id] if not instance.needs_interpreter(m) or mdl.w.get((m.id, s))
        }
        usable[m.id] = slots
        chosen[m.id] = model.new_bool_var(m.id)
        if not slots:
            model.add(chosen[m.id] == 0)
        elif m.required:
            model.add(chosen[m.id] == 1)
    for pid, mids in mdl.meetings_of.items():
        reach = set().union(*(usable[mid] for mid in mids))
        cap = instance.participant(pid).capacity * len(reach)
        if len(mids) > cap:
            model.add(sum(chosen[mid] for mid in mids) <= cap)
    needing = [chosen[m.id] for m in instance.meetings if instance.needs_interpreter(m)]
    if needing:
        places = sum(
            1 for it in instance.interpreters for slot in instance.slots if slot.id in it.available
        )
        model.add(sum(needing) <= places)
    model.add(sum(chosen.values()) <= instance.tables * len(instance.slots))
    model.maximize(sum(m.priority * chosen[m.id] for m in instance.meetings))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = time_limit
    if solver.solve(model) != cp_model.OPTIMAL:
        return None
    return round(solver.objective_value), {mid for mid, v in chosen.items() if solver.value(v)}


def _priority_lp(mdl: _Model, time_limit: float) -> tuple[int, dict[str, int]] | None:
    """An upper bound of the priority level from the LP relaxation of the slot assignment
    (GLOP) and the slot of each meeting at 1/2 or more in its solution (a hint: on
    la-summit-full the LP's optimum is integral), or None when the LP is not solved in time.

    y[m,s] in [0, 1] for each slot a meeting can use (one with an interpreter compatible when
    it needs one): a required meeting sums to 1, an optional one to at most 1; each participant
    holds at most its capacity per slot, each slot at most ``tables`` meetings; the interpreters
    of a slot are a flow (meetings grouped by the set of interpreters able to take them, each
    interpreter at most one meeting), which is exact for the assignment; required ``after``
    pairs in prefix form. Breaks, fairness and optional precedences are left out, so every
    schedule is a solution and the LP optimum, rounded down, bounds the priority level.
    """
    instance = mdl.instance
    n_s = len(instance.slots)
    model = mb.Model()  # type: ignore[no-untyped-call]
    y: dict[tuple[str, int], mb.Variable] = {}
    usable: dict[str, list[int]] = {}
    for m in instance.meetings:
        needs = instance.needs_interpreter(m)
        usable[m.id] = [s for s in mdl.x[m.id] if not needs or mdl.w.get((m.id, s))]
        for s in usable[m.id]:
            y[(m.id, s)] = model.new_num_var(0.0, 1.0, None)
        row = [y[(m.id, s)] for s in usable[m.id]]
        if m.required:
            if not row:
                return None  # no schedule at all (the precheck says why)
            model.add_linear_constraint(mb.LinearExpr.sum(row), 1.0, 1.0)
        elif len(row) > 1:
            model.add_linear_constraint(mb.LinearExpr.sum(row), -math.inf, 1.0)
    per_slot: list[list[mb.Variable]] = [[] for _ in range(n_s)]
    for (_, s), v in y.items():
        per_slot[s].append(v)
    for s in range(n_s):
        if len(per_slot[s]) > instance.tables:
            model.add_linear_constraint(mb.LinearExpr.sum(per_slot[s]), -math.inf, instance.tables)
    for p in instance.participants:
        for s in range(n_s):
            here = [y[(mid, s)] for mid in mdl.meetings_of[p.id] if (mid, s) in y]
            if len(here) > p.capacity:
                model.add_linear_constraint(mb.LinearExpr.sum(here), -math.inf, p.capacity)
    groups: dict[tuple[int, frozenset[str]], list[mb.Variable]] = {}
    for (mid, s), ws in mdl.w.items():
        if ws and (mid, s) in y:
            groups.setdefault((s, frozenset(ws)), []).append(y[(mid, s)])
    serves: dict[tuple[str, int], list[mb.Variable]] = {}
    for (s, who), ys in groups.items():
        flow = [model.new_num_var(0.0, 1.0, None) for _ in who]
        for iid, f in zip(sorted(who), flow, strict=True):
            serves.setdefault((iid, s), []).append(f)
        model.add_linear_constraint(
            mb.LinearExpr.weighted_sum([*ys, *flow], [1.0] * len(ys) + [-1.0] * len(flow)),
            0.0,
            0.0,
        )
    for fs in serves.values():
        if len(fs) > 1:
            model.add_linear_constraint(mb.LinearExpr.sum(fs), -math.inf, 1.0)
    meetings = {m.id: m for m in instance.meetings}
    for m in instance.meetings:
        for q in m.after:
            if not (m.required and meetings[q].required):
                continue
            for s in range(n_s):
                upto = [y[(m.id, t)] for t in usable[m.id] if t <= s]
                before = [y[(q, t)] for t in usable[q] if t < s]
                if upto:
                    model.add_linear_constraint(
                        mb.LinearExpr.weighted_sum(
                            [*upto, *before], [1.0] * len(upto) + [-1.0] * len(before)
                        ),
                        -math.inf,
                        0.0,
                    )
    keys = list(y)
    model.maximize(
        mb.LinearExpr.weighted_sum(
            [y[k] for k in keys], [float(meetings[k[0]].priority) for k in keys]
        )
    )
    solver = mb.Solver("glop")
    solver.set_time_limit_in_seconds(max(0.1, time_limit))
    if solver.solve(model) != mb.SolveStatus.OPTIMAL:
        return None
    # Integer priorities: the optimum is at most the LP value rounded down; the margin covers
    # GLOP's tolerances (reduced costs within 1e-7 over variables in [0, 1]).
    value = float(solver.objective_value)
    slot_of = {mid: t for (mid, t), v in y.items() if solver.value(v) > 0.5}
    return math.floor(value + 0.01 + 1e-6 * abs(value)), slot_of


def _priority_moved(
    mdl: _Model, start: dict[str, int], target: int, *, until: float, seed: int
) -> dict[str, int] | None:
    """Slots of a schedule with priority ``target`` within the fairness cap, or None.

    The meetings of ``start`` (the LP's assignment) moved into the cap and every `after` pair
    (``repair_excess``): the same meetings stay placed, so the priority is the start's, which
    must reach ``target``. The caller completes it on the real model (the validity check)."""
    instance = mdl.instance
    if mdl.fairness is None or mdl.exact or time.monotonic() >= until:
        return None  # (exact: the cap is against the least breaks, not in ``h_cap``)
    if _priority_of(instance, start) < target:
        return None  # a fractional LP optimum (brokerage-full): not a start at the bound
    if any(m.required and m.id not in start for m in instance.meetings):
        return None
    slots = instance.slots
    able = {
        (m.id, s): _able(instance, m, slots[s].id)
        for m in instance.meetings
        if m.id in start and instance.needs_interpreter(m)
        for s in mdl.x[m.id]
    }
    return repair_excess(
        instance,
        {mid: list(xs) for mid, xs in mdl.x.items()},
        start,
        mdl.h_cap,
        able,
        deadline=until,
        seed=seed,
        max_sets=HALL_SETS,
    )


def _priority_at_bound(
    mdl: _Model,
    start: dict[str, int],
    target: int,
    *,
    until: float,
    workers: int,
    new_solver: Callable[[int], cp_model.CpSolver],
    running: list[cp_model.CpSolver],
) -> dict[str, int] | None:
    """Slots of a schedule with priority ``target`` within the fairness cap, or None.

    From ``start`` (the LP's assignment, which may break the cap): the same session without
    the cap (interpreters as Hall's condition where they can be), priority at least
    ``target``, the breaks over the cap minimised until none is left. On la-summit-full the
    LP's assignment is 50 breaks over the cap; this reaches 0 in 8-12 s on two workers, where
    the cap as a hard constraint (feasibility jump from the same hint) took 22 s and the
    plain search did not reach the bound in 400 s.
    """
    instance = mdl.instance
    cap = mdl.fairness
    if cap is None or time.monotonic() >= until:
        return None
    if _priority_of(instance, start) < target:
        return None  # a fractional LP optimum (brokerage-full): not a start at the bound
    loose = _Model(instance, None, None, hall=True)
    model = loose.model
    fixed = _without_objective(model)
    for mid, xs in loose.x.items():
        for t, v in xs.items():
            fixed.add(v == int(start.get(mid) == t))
    first = new_solver(1)
    first.parameters.linearization_level = 0
    first.parameters.max_time_in_seconds = max(0.1, until - time.monotonic())
    status = first.solve(fixed)
    running.remove(first)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    loose.hint_from(first)
    model.add(loose.priority >= target)
    over = []
    for pid, h in loose.h.items():
        if loose.h_cap[pid] > cap:
            excess = model.new_int_var(0, loose.h_cap[pid] - cap, "")
            model.add(excess >= h - cap)
            over.append(excess)
    model.minimize(sum(over))
    solver = new_solver(max(1, workers))
    solver.parameters.max_time_in_seconds = max(0.1, until - time.monotonic())
    # LNS and the local search do it (one worker: 18-49 over at 30 s); the LP only slows
    # them down (3.9-4.3 s against 5.9-10 s on two workers).
    solver.parameters.linearization_level = 0
    callback = _Callback("priority", time.monotonic(), None, 1, enough=0)
    status = solver.solve(model, callback)
    running.remove(solver)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or round(solver.objective_value):
        return None
    return {mid: t for mid, xs in loose.x.items() for t, v in xs.items() if solver.value(v)}


def _repair(
    mdl: _Model,
    slot_of: dict[str, int],
    *,
    new_solver: Callable[[int], cp_model.CpSolver],
    running: list[cp_model.CpSolver],
    deadline: float,
) -> cp_model.CpSolver | None:
    """A whole schedule close to the greedy's ``slot_of``, or None.

    The participants the greedy failed (a required meeting left out, an ``after`` broken, the
    fairness cap exceeded) have every meeting re-opened; every other meeting keeps its slot (or
    stays out), and a SAT search completes the rest. When that has no solution in its share,
    the meetings of their partners are re-opened too, then every meeting (the greedy only
    hinted). On the brokerage shape the whole model's SAT search had no schedule in 60 s.
    """
    instance = mdl.instance
    meetings = {m.id: m for m in instance.meetings}
    bad: set[str] = set()
    for m in instance.meetings:
        if m.required and m.id not in slot_of:
            bad.update(m.between)
        for q in m.after:
            if m.id in slot_of and q in slot_of and slot_of[q] >= slot_of[m.id]:
                bad.update(m.between)
                bad.update(meetings[q].between)
    if mdl.fairness is not None:
        ids = {mid: instance.slots[t].id for mid, t in slot_of.items()}
        for pid, h in count_breaks(instance, ids).items():
            if h > mdl.fairness:
                bad.add(pid)
    rings: list[set[str] | None] = []
    if bad:
        near = {mid for pid in bad for mid in mdl.meetings_of[pid]}
        # A required meeting left out for want of an interpreter: every meeting those
        # interpreters could take is re-opened too.
        short = {
            iid
            for m in instance.meetings
            if m.required and m.id not in slot_of
            for s in mdl.x[m.id]
            for iid in mdl.w.get((m.id, s), {})
        }
        if short:
            near |= {mid for (mid, _), ws in mdl.w.items() if short & set(ws)}
        rings.append(near)
        partners = {q for mid in near for q in meetings[mid].between}
        rings.append({mid for pid in partners for mid in mdl.meetings_of[pid]})
    rings.append(None)  # everything open
    for k, ring in enumerate(rings):
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        solver = new_solver(1)
        solver.parameters.linearization_level = 0
        share = 0.5 if k < len(rings) - 1 else 1.0
        solver.parameters.max_time_in_seconds = min(left * 0.3, REPAIR_MAX) * share
        trial = _without_objective(mdl.model)
        if ring is not None:
            for m in instance.meetings:
                if m.id in ring:
                    continue
                t = slot_of.get(m.id)
                if t is None:
                    if not m.required:
                        trial.add(mdl.present[m.id] == 0)
                else:
                    trial.add(mdl.x[m.id][t] == 1)
        status = solver.solve(trial)
        running.remove(solver)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return solver
        if status == cp_model.INFEASIBLE and ring is None:
            return None
    return None


def _slots_only_hint(model: cp_model.CpModel, mdl: _Model) -> None:
    """Keep only the slot part (x) of a model's hint."""
    proto = model.proto
    keep = {v.index for xs in mdl.x.values() for v in xs.values()}
    pairs = [
        (i, val)
        for i, val in zip(proto.solution_hint.vars, proto.solution_hint.values, strict=True)
        if i in keep
    ]
    model.clear_hints()  # type: ignore[no-untyped-call]
    proto.solution_hint.vars.extend(i for i, _ in pairs)
    proto.solution_hint.values.extend(val for _, val in pairs)


def _set_hint(mdl: _Model, values: list[int]) -> None:
    mdl.model.clear_hints()  # type: ignore[no-untyped-call]
    hint = mdl.model.proto.solution_hint
    hint.vars.extend(range(len(values)))
    hint.values.extend(values)


def _priority_of(instance: Instance, scheduled: Container[str]) -> int:
    """The priority level of a schedule: the priorities of the meetings it places."""
    return sum(m.priority for m in instance.meetings if m.id in scheduled)


def _placement_of(mdl: _Model, values: list[int]) -> tuple[dict[str, str], dict[str, str]]:
    slots = mdl.instance.slots
    slot_of: dict[str, str] = {}
    interp_of: dict[str, str] = {}
    for mid, xs in mdl.x.items():
        for s, v in xs.items():
            if values[v.index]:
                slot_of[mid] = slots[s].id
                for iid, wv in mdl.w.get((mid, s), {}).items():
                    if values[wv.index]:
                        interp_of[mid] = iid
    return slot_of, interp_of


def _complete(
    mdl: _Model,
    slot_of: dict[str, int],
    new_solver: Callable[[int], cp_model.CpSolver],
    running: list[cp_model.CpSolver],
    until: float,
) -> list[int] | None:
    """Every variable for a slot assignment (slots fixed, fewest h), or None."""
    solver = new_solver(1)
    solver.parameters.linearization_level = 0
    solver.parameters.max_time_in_seconds = max(0.5, until - time.monotonic())
    fixed = mdl.model.clone()
    fixed.clear_hints()  # type: ignore[no-untyped-call]
    for mid, xs in mdl.x.items():
        for t, v in xs.items():
            fixed.add(v == int(slot_of.get(mid) == t))
    fixed.minimize(mdl.total_breaks)
    status = solver.solve(fixed)
    running.remove(solver)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return list(solver.response_proto.solution)


def _one_more(
    mdl: _Model,
    alone: dict[str, int],
    *,
    deadline: float,
    workers: int,
    new_solver: Callable[[int], cp_model.CpSolver],
    running: list[cp_model.CpSolver],
    cancel: threading.Event | None,
    skip: set[str],
    outside: maxsat.MaxSatSearch | None = None,
) -> tuple[dict[str, str], dict[str, str]] | None:
    """A schedule at (sum of minima) + 1, by probing one participant at a time with one extra
    break (most meetings first, in parallel on the workers, those in ``skip`` left out), or
    None within its time share. It stops once the MaxSAT child ``outside`` proves more breaks
    than that (ticf-13crafb at d = 1: bound 2 at 15 s, the stage ran on to 32 s for nothing)."""
    low = sum(alone.values()) + 1
    order = sorted(mdl.h, key=lambda pid: (-len(mdl.meetings_of[pid]), pid))
    order = [pid for pid in order if mdl.h_cap[pid] > alone.get(pid, 0) and pid not in skip]
    until = time.monotonic() + max(0.0, deadline - time.monotonic()) * ONE_MORE_SHARE
    lock = threading.Lock()
    result: list[tuple[dict[str, str], dict[str, str]]] = []
    queue = list(order)

    def work() -> None:
        while True:
            with lock:
                if result or not queue or time.monotonic() >= until:
                    return
                if outside is not None and outside.bound > low:
                    return
                pid = queue.pop(0)
            if cancel is not None and cancel.is_set():
                return
            probe = new_solver(1)
            probe.parameters.linearization_level = 0
            probe.parameters.max_deterministic_time = ONE_MORE_PROBE * DET_PER_SECOND
            probe.parameters.max_time_in_seconds = max(0.0, until - time.monotonic())
            model = _without_objective(mdl.model)
            for qid, hv in mdl.h.items():
                model.add(hv <= alone.get(qid, 0) + (1 if qid == pid else 0))
            status = probe.solve(model)
            with lock:
                running.remove(probe)
                if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and not result:
                    result.append(_extract(mdl, probe))
                    for other in running:
                        other.stop_search()

    threads = [threading.Thread(target=work) for _ in range(max(1, min(workers, 4)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return result[0] if result else None


def _held_at_minima(
    mdl: _Model,
    alone: dict[str, int],
    held: set[str],
    *,
    until: float,
    seed: int,
    workers: int,
    new_solver: Callable[[int], cp_model.CpSolver],
    running: list[cp_model.CpSolver],
    cancel: threading.Event | None,
) -> tuple[dict[str, str], dict[str, str]] | None:
    """A schedule of exactly the meetings ``held`` (the schedule in hand's, so the levels
    before breaks keep their values) with every participant at its own minimum of breaks, or
    None. Any schedule found is optimal for the breaks level (the sum of minima is a lower
    bound); not finding one proves nothing, since another choice of meetings might do.

    The choice fixed, each participant's meeting count is known: a participant of capacity 1
    whose meetings lie in one session is busy in exactly that many slots, and at a minimum of
    0 those form one block, one start Boolean per position (the "start-block" form). The same
    SAT search with a different seed runs on each worker (its time to a schedule varies from
    3 to 28 s with the seed on la-summit-full); the first schedule stops the others.
    """
    instance = mdl.instance
    if mdl.w:
        # Interpreters as Hall's condition instead of the w assignment: la-summit-full's
        # probe found schedules in 11-14 s for three seeds without w, none in 20 s with it.
        sub = _Model(instance, mdl.fairness, None, hall=True)
        if sub.hall and sub.h.keys() == mdl.h.keys():
            mdl = sub
    model = _without_objective(mdl.model)
    model.clear_hints()  # type: ignore[no-untyped-call]
    for m in instance.meetings:
        pres = mdl.present[m.id]
        if not isinstance(pres, int):
            model.add(pres == int(m.id in held))
    for pid, hv in mdl.h.items():
        model.add(hv <= alone.get(pid, 0))
    if not _block_form(model, mdl, alone, held):
        return None
    lock = threading.Lock()
    result: list[tuple[dict[str, str], dict[str, str]]] = []

    def work(k: int) -> None:
        if cancel is not None and cancel.is_set():
            return
        probe = new_solver(1)
        probe.parameters.linearization_level = 0
        probe.parameters.random_seed = seed + k
        probe.parameters.max_time_in_seconds = max(0.0, until - time.monotonic())
        with lock:
            if result:
                running.remove(probe)
                return
        status = probe.solve(model)
        with lock:
            running.remove(probe)
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and not result:
                slot_of, interp_of = _extract(mdl, probe)
                if mdl.hall:
                    interp_of = assign_interpreters(instance, slot_of) or {}
                if len(interp_of) == sum(1 for mid in slot_of if needs[mid]):
                    result.append((slot_of, interp_of))
                    for other in running:
                        other.stop_search()

    needs = {m.id: instance.needs_interpreter(m) for m in instance.meetings}
    threads = [threading.Thread(target=work, args=(k,)) for k in range(max(1, min(workers, 4)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return result[0] if result else None


def _block_form(
    model: cp_model.CpModel, mdl: _Model, alone: dict[str, int], held: set[str] | None
) -> bool:
    """Add "no break" in block form for every participant at a minimum of 0 (a reformulation
    of h[p] = 0 that the SAT search propagates far better; valid for any choice of meetings).
    With ``held`` (the choice of meetings fixed) a participant of capacity 1 meeting in one
    session gets exactly its count of busy slots as one block, one start Boolean per
    position. False when that cannot be (more meetings than slots).
    """
    session_of = {i: k for k, session in enumerate(mdl.sessions) for i in session}
    for p in mdl.instance.participants:
        mine = [mid for mid in mdl.meetings_of[p.id] if held is None or mid in held]
        if len(mine) < 2 or alone.get(p.id, 0) > 0 or p.id not in mdl.h:
            continue
        row = mdl.busy[p.id]
        free = [v for v in row if not isinstance(v, int)]
        if p.capacity == 1 and free and held is not None:
            model.add(sum(free) == len(mine))
        where = {session_of[t] for mid in mine for t in mdl.x[mid]}
        k = len(mine)
        if p.capacity == 1 and len(where) == 1 and held is not None:
            # k busy slots in one block: one start Boolean per position.
            slots = mdl.sessions[where.pop()]
            if k > len(slots):
                return False
            starts = [model.new_bool_var("") for _ in range(len(slots) - k + 1)]
            model.add_exactly_one(starts)
            blocks = [
                [starts[a] for a in range(max(0, j - k + 1), min(j, len(slots) - k) + 1)]
                for j in range(len(slots))
            ]
            for t, cover in zip(slots, blocks, strict=True):
                _equal(model, row[t], cover, [])
            continue
        # Otherwise one block per session it may meet in (count unknown: capacity 2, or the
        # choice of meetings free):
        # busy = starts so far - ends before, at most one start, as many ends as starts.
        # Capacity-2 companies of la-summit-full: 3.7-8.9 s to a schedule with it, against
        # 9.5 s and two of three seeds unknown at 25 s without.
        for session in mdl.sessions:
            if all(isinstance(row[t], int) for t in session):
                continue
            st = [model.new_bool_var("") for _ in session]
            en = [model.new_bool_var("") for _ in session]
            model.add_at_most_one(st)
            model.add(sum(en) == sum(st))
            for j, t in enumerate(session):
                _equal(model, row[t], st[: j + 1], en[:j])
    return True


def _equal(
    model: cp_model.CpModel,
    value: cp_model.IntVar | int,
    plus: Sequence[cp_model.IntVar],
    minus: Sequence[cp_model.IntVar],
) -> None:
    """value == sum(plus) - sum(minus), where value may be a constant."""
    if isinstance(value, int) and not plus and not minus:
        return
    model.add(sum(plus) - sum(minus) == value)


def _alone_minima(mdl: _Model, deadline: float) -> dict[str, int]:
    """Fewest breaks of each participant scheduled alone (its meetings, their slot domains).

    Only participants whose meetings are all required count (an optional one could be
    dropped). Each is a tiny exact model; participants at 0 are left out.
    """
    instance = mdl.instance
    out: dict[str, int] = {}
    of: dict[str, list[Meeting]] = {}
    for m in instance.meetings:
        for pid in m.between:
            of.setdefault(pid, []).append(m)
    for pid in mdl.h:
        if time.monotonic() > deadline - 1:
            break
        mine = of.get(pid, [])
        if not all(m.required for m in mine):
            continue
        if _no_break_alone(mdl, pid, mine):
            continue  # a block of consecutive slots takes them all: the minimum is 0
        ids = {m.id for m in mine}
        people = {q for m in mine for q in m.between}
        sub = Instance(
            instance.name,
            instance.slots,
            instance.tables,
            tuple(q for q in instance.participants if q.id in people),
            tuple(
                Meeting(
                    m.id,
                    m.between,
                    frozenset(instance.slots[s].id for s in mdl.x[m.id]),
                    None,
                    tuple(q for q in m.after if q in ids),
                    1,
                    True,
                )
                for m in mine
            ),
        )
        small = _Model(sub, None, None)
        if pid not in small.h:
            continue
        small.model.minimize(small.h[pid])
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_time_in_seconds = 1.0
        if solver.solve(small.model) == cp_model.OPTIMAL and solver.objective_value > 0.5:
            out[pid] = round(solver.objective_value)
    return out


def _no_break_alone(mdl: _Model, pid: str, mine: Sequence[Meeting]) -> bool:
    """True when p's meetings fit in consecutive slots of one session, each in its own domain
    (a bipartite matching per window): p alone then needs no break. Only for capacity 1 and no
    `after` among them (else the exact model decides). Most participants of the benchmark pass
    this, and their tiny CP-SAT models (≈ 50 ms each, 3-6 s together under load) are skipped.
    """
    if mdl.instance.participant(pid).capacity != 1:
        return False
    ids = {m.id for m in mine}
    if any(q in ids for m in mine for q in m.after):
        return False
    k = len(mine)
    doms = [set(mdl.x[m.id]) for m in mine]
    for session in mdl.sessions:
        for start in range(len(session) - k + 1):
            window = session[start : start + k]
            owner: dict[int, int] = {}
            if all(_augment(i, set(), window, doms, owner) for i in range(k)):
                return True
    return False


def _augment(
    i: int, seen: set[int], window: Sequence[int], doms: Sequence[set[int]], owner: dict[int, int]
) -> bool:
    """Kuhn's augmenting path: meeting i gets a slot of ``window`` (``owner``: slot -> meeting)."""
    for t in window:
        if t in doms[i] and t not in seen:
            seen.add(t)
            if t not in owner or _augment(owner[t], seen, window, doms, owner):
                owner[t] = i
                return True
    return False


def _without_objective(model: cp_model.CpModel) -> cp_model.CpModel:
    copy = model.clone()
    copy.clear_objective()  # type: ignore[no-untyped-call]
    return copy


def _extract(mdl: _Model, solver: cp_model.CpSolver) -> tuple[dict[str, str], dict[str, str]]:
    slots = mdl.instance.slots
    slot_of: dict[str, str] = {}
    interp_of: dict[str, str] = {}
    for mid, xs in mdl.x.items():
        for s, v in xs.items():
            if solver.boolean_value(v):
                slot_of[mid] = slots[s].id
                for iid, wv in mdl.w.get((mid, s), {}).items():
                    if solver.boolean_value(wv):
                        interp_of[mid] = iid
    return slot_of, interp_of
