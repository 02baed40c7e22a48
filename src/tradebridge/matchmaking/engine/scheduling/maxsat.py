"""Lower bounds, and optima, of the breaks level by core-guided MaxSAT in a child process.

The breaks level of a plain session (every meeting required, one meeting per participant and
slot, no interpreter) is a MaxSAT problem: one soft literal per participant and number of breaks,
"p has at least j breaks". RC2 (the OLL algorithm of PySAT, winner of the MaxSAT Evaluations 2018
and 2019) on CaDiCaL 1.9 raises the lower bound by one per unsatisfiable core, and its last SAT
call finds an optimal schedule: alone it solves each of the benchmark's 20 originals in at most
6.5 s, where CP-SAT leaves four of them open. Measured in docs/scheduling.md.

PySAT's CaDiCaL holds the GIL and cannot be interrupted, so the search runs in its own process
(``python -I .../maxsat.py``): the problem as one JSON
document on stdin, one JSON line per event on stdout:

* ``{"bound": n}``: no schedule has fewer than n breaks;
* ``{"optimal": n, "slots": {meeting id: slot index}}``: a schedule with n breaks, optimal;
* ``{"infeasible": true}``: no schedule within the caps at all.

With ``"options"`` (CaDiCaL's, e.g. ``PORTFOLIO_OPTIONS``) the SAT solver under RC2 is so
configured. With ``"at_most": k`` in the problem the child instead makes one SAT call with "at
most k breaks in all" as a hard constraint (see ``at_most``) and says ``{"optimal": n, ...}`` for
a schedule with n <= k breaks (optimal when the caller has proven k a lower bound) or
``{"bound": k + 1}``.

The parent (:class:`MaxSatSearch`) reads them on a thread and kills the process when told to
stop (the solver does so when the breaks phase ends). Where no child can be started (an embedded
Python with no interpreter to run), the search simply reports nothing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

AVAILABLE = importlib.util.find_spec("pysat") is not None
SAT_SOLVER = "cd19"  # CaDiCaL 1.9.5: tic-13crafc proven in 2.4 s, Glucose 4 in 8.5 s
# With a fairness cap above FAIRER, the main loop's SAT calls also look for a schedule in which
# nobody has more than FAIRER breaks, in turns with the plain call (conflict budgets from
# FAIRER_CONFLICTS, doubled each round): such a schedule at the current cost is an optimum under
# the cap too. The 20 originals' published optima are the same at d = 1, 2 and 3; caps of 1 at
# d = 2 made it slower (ticf-13crafb 66,000 -> 191,000 conflicts), so only d >= 3 changes.
FAIRER = 2
FAIRER_CONFLICTS = 2000
# With caps of 1 (fairness d = 1) the child first solves the problem with caps of LOOSER, a
# relaxation: the last SAT call at d = 1 took ticf-13crafb 120,000 conflicts and ticf-13crafc
# 417,000 in all, where with caps of 2 the whole search takes 66,000 / 67,000 and the optimum it
# finds has at most one break each on every original (so it is the d = 1 optimum too).
LOOSER = 2
# The second child ("at most k breaks" hard, MaxSatSearch.beside) is stopped when the first
# proves k within this many seconds of its start: the core-guided search is then on its way
# (the crafc originals: bound 1 at 1.5-5.1 CPU s, optimum at 5.7-6.4 s, where the second child
# takes 10 s), and the CP-SAT probes it pauses found the schedule there (4.2-7.1 s). On the crafc
# forb variants the first core took 12.7-24 CPU s and the second child 14.5 s.
BESIDE_EARLY = 6.0
# CaDiCaL's options for a second core-guided child (MaxSatSearch.portfolio): "stabilizeonly"
# keeps CaDiCaL in its stable mode once there (by default it alternates with the focused mode;
# its "--sat" configuration sets it). RC2's last SAT call, the one that finds the schedule, is
# where the hard files' time goes, and its length is a matter of luck (heavy-tailed): on
# forum-13crafb.forb0003 (optimum 5) 65 CPU s by default, 31 s with this option, more than
# 60 s for both with CaDiCaL's seeds 1-3; forum-13crafc.forb0003 62 -> 9 s, but
# forum-13crafc.forb0007 57 -> over 140 s. On the originals the search is the same, conflict
# for conflict (no call there stays long enough in the stable mode). So a second draw beside
# the first, not a replacement (measured in docs/scheduling.md).
PORTFOLIO_OPTIONS = {"stabilizeonly": 1}


def problem(
    sessions: Sequence[Sequence[int]],
    tables: int,
    meetings: Sequence[tuple[str, tuple[str, str], Sequence[int], Sequence[str]]],
    caps: dict[str, int],
    looser: dict[str, int] | None = None,
) -> dict[str, Any]:
    """The child's input: the slot indices of each session (in time order), the tables, the
    meetings (id, the two participants, allowed slot indices, meetings that must come earlier),
    each participant's cap on breaks and, optionally, looser caps to try first (see ``run``)."""
    return {
        "looser": caps if looser is None else looser,
        "sessions": [list(slots) for slots in sessions],
        "tables": tables,
        "meetings": [
            {"id": mid, "between": list(between), "domain": list(domain), "after": list(after)}
            for mid, between, domain, after in meetings
        ],
        "caps": caps,
    }


def encode(
    doc: dict[str, Any],
) -> tuple[Any, dict[str, dict[int, int]], list[int], dict[str, list[int]]]:
    """The weighted CNF of a problem, the variable of each (meeting, slot), the literals "p has
    at most ``FAIRER`` breaks" of each participant whose cap is higher (see ``run``), and each
    participant's literals "p has at least j + 1 breaks" (j = 0, 1, ...)."""
    from pysat.card import CardEnc, EncType, ITotalizer
    from pysat.formula import WCNF, IDPool

    pool = IDPool()
    wcnf = WCNF()
    sessions: list[list[int]] = doc["sessions"]
    n_slots = sum(len(slots) for slots in sessions)
    x: dict[str, dict[int, int]] = {}
    of: dict[str, list[str]] = {}
    for m in doc["meetings"]:
        x[m["id"]] = {s: pool.id(("x", m["id"], s)) for s in m["domain"]}
        lits = list(x[m["id"]].values())
        wcnf.append(lits)
        for clause in CardEnc.atmost(lits, 1, vpool=pool, encoding=EncType.pairwise).clauses:
            wcnf.append(clause)
        for pid in m["between"]:
            of.setdefault(pid, []).append(m["id"])
    # Precedence: m in slot s needs q by slot s - 1, through "q is placed by slot s" order
    # literals (a chain both ways), on which the SAT solver learns far better than on the
    # long clause "q in one of the slots before s".
    by: dict[str, list[int]] = {}
    for m in doc["meetings"]:
        for q in m["after"]:
            if q not in by:
                chain = by[q] = [pool.id(("by", q, s)) for s in range(n_slots)]
                for s, lit in enumerate(chain):
                    here = [x[q][s]] if s in x[q] else []
                    earlier = [chain[s - 1]] if s else []
                    for one in here + earlier:
                        wcnf.append([-one, lit])
                    wcnf.append([-lit, *here, *earlier])
            for s, v in x[m["id"]].items():
                wcnf.append([-v, by[q][s - 1]] if s else [-v])
    # Busy b[p,s] = OR of p's meetings in s, at most one of them; p busy in exactly as many
    # slots as it has meetings (implied, as in the published MaxSAT model).
    busy: dict[tuple[str, int], int] = {}
    for pid, mids in of.items():
        for s in range(n_slots):
            lits = [x[mid][s] for mid in mids if s in x[mid]]
            if not lits:
                continue
            bv = busy[pid, s] = pool.id(("b", pid, s))
            for lit in lits:
                wcnf.append([-lit, bv])
            wcnf.append([-bv, *lits])
            if len(lits) > 1:
                kind = EncType.seqcounter if len(lits) > 6 else EncType.pairwise
                for clause in CardEnc.atmost(lits, 1, vpool=pool, encoding=kind).clauses:
                    wcnf.append(clause)
        mine = [busy[pid, s] for s in range(n_slots) if (pid, s) in busy]
        if len(mine) < len(mids):  # more meetings than slots: nothing can satisfy this
            never = pool.id(("never", pid))
            wcnf.extend([[never], [-never]])
            continue
        for clause in CardEnc.equals(
            mine, len(mids), vpool=pool, encoding=EncType.kmtotalizer
        ).clauses:
            wcnf.append(clause)
    # Tables per slot; and busy participants per slot at most twice the tables (implied).
    for s in range(n_slots):
        lits = [xs[s] for xs in x.values() if s in xs]
        if len(lits) > doc["tables"]:
            for clause in CardEnc.atmost(
                lits, doc["tables"], vpool=pool, encoding=EncType.kmtotalizer
            ).clauses:
                wcnf.append(clause)
        people = [busy[pid, s] for pid in of if (pid, s) in busy]
        if len(people) > 2 * doc["tables"]:
            for clause in CardEnc.atmost(
                people, 2 * doc["tables"], vpool=pool, encoding=EncType.kmtotalizer
            ).clauses:
                wcnf.append(clause)
    # Breaks: one starts at s when p is busy at s-1, idle at s and busy later in the session
    # ("later" a one-sided suffix OR). A totalizer counts p's break starts in unary: "p has at
    # least j breaks" is soft for each j up to the cap, and "at least cap + 1" is false. Soft
    # literals per participant, not per slot: RC2's cores then name participants ("one of these
    # has a break"), which is what makes them few and small (ticf-13crafb solved in 8 s instead
    # of 50 s, docs/scheduling.md).
    fairer: list[int] = []
    counted: dict[str, list[int]] = {}
    for pid, mids in of.items():
        if len(mids) < 2:
            continue
        starts = []
        for slots in sessions:
            later: dict[int, int] = {}
            for s in reversed(slots):
                lv = later[s] = pool.id(("l", pid, s))
                if (pid, s) in busy:
                    wcnf.append([-busy[pid, s], lv])
                if s + 1 in later:
                    wcnf.append([-later[s + 1], lv])
            for k in range(1, len(slots) - 1):
                before, s, after = slots[k - 1], slots[k], slots[k + 1]
                if (pid, before) not in busy:
                    continue
                start = pool.id(("break", pid, s))
                clause = [-busy[pid, before], -later[after], start]
                if (pid, s) in busy:
                    clause.append(busy[pid, s])
                wcnf.append(clause)
                starts.append(start)
        if not starts:
            continue
        cap = min(doc["caps"].get(pid, len(starts)), len(starts))
        with ITotalizer(lits=starts, ubound=min(cap + 1, len(starts)), top_id=pool.top) as tot:
            pool.top = max(pool.top, tot.top_id)
            wcnf.extend(tot.cnf.clauses)
            at_least = counted[pid] = list(tot.rhs)  # at_least[j]: p has at least j + 1 breaks
        if cap < len(at_least):
            wcnf.append([-at_least[cap]])
        for j in range(cap):
            wcnf.append([-at_least[j]], weight=1)
        if cap > FAIRER:
            fairer.append(-at_least[FAIRER])
    return wcnf, x, fairer, counted


def run(doc: dict[str, Any], out: Any) -> None:
    """Solve one problem, writing the events to ``out`` (the child's stdout).

    With looser caps in the problem (those of fairness ``LOOSER`` where the caps are 1) that
    relaxation is solved first: its bounds are bounds of the problem too, its infeasibility is
    the problem's, and its optimum, when the schedule keeps the real caps, is the problem's
    optimum. Otherwise the problem itself is solved after it."""

    def say(event: dict[str, Any]) -> None:
        out.write(json.dumps(event) + "\n")
        out.flush()

    if "at_most" in doc:
        (tighter if doc.get("tighter") else at_most)(doc, say)
        return
    caps: dict[str, int] = doc["caps"]
    looser: dict[str, int] = doc.get("looser", caps)
    found = _optimum({**doc, "caps": looser}, say) if looser != caps else None
    # (breaks are counted from the totalizers' outputs, never fewer than the schedule has)
    if found is None or any(found[2].get(pid, 0) > cap for pid, cap in caps.items()):
        if found is None and looser != caps:
            say({"infeasible": True})  # no schedule even with the looser caps
            return
        found = _optimum(doc, say)
    if found is None:
        say({"infeasible": True})
        return
    say({"optimal": found[0], "slots": found[1]})


def _slots_of(x: dict[str, dict[int, int]], true: set[int]) -> dict[str, int]:
    """Each meeting's slot in a model: the slot whose variable is true."""
    return {mid: next(s for s, v in xs.items() if v in true) for mid, xs in x.items()}


def at_most(doc: dict[str, Any], say: Callable[[dict[str, Any]], None]) -> None:
    """One SAT call: a schedule with at most ``doc["at_most"]`` breaks in all, the bound hard.

    Where the bound is the sum of the participants' minima + 1 (the parent's CP-SAT probe proved
    the minima infeasible) this is far faster than the core-guided search under assumptions:
    forum-13crafc.forb0003 (optimum 1), "nobody has a break" under assumptions took RC2 21 CPU s
    (its first core) and the optimum 35 s, "at most 1 break" as a clause 13.7 s; CaDiCaL
    simplifies with the bound hard, and cannot with it as assumptions. Not a replacement for
    RC2: where the optimum is far above the bound (forum-13crafb.forb0003: 5) the hard call at
    the optimum took 73 s against RC2's 33 s.
    """
    from pysat.card import CardEnc, EncType
    from pysat.solvers import Solver

    wcnf, x, _, _ = encode(doc)
    bound = int(doc["at_most"])
    lits = [-soft[0] for soft in wcnf.soft]  # "p has at least j + 1 breaks", j below the cap
    with Solver(name=SAT_SOLVER, bootstrap_with=wcnf.hard) as oracle:
        if bound == 0:
            for lit in lits:
                oracle.add_clause([-lit])
        elif bound < len(lits):
            card = CardEnc.atmost(lits, bound, top_id=wcnf.nv, encoding=EncType.seqcounter)
            for clause in card.clauses:
                oracle.add_clause(clause)
        if not oracle.solve():
            say({"bound": bound + 1})
            return
        true = {lit for lit in oracle.get_model() if lit > 0}
    slots = _slots_of(x, true)
    say({"optimal": sum(lit in true for lit in lits), "slots": slots})


class _Above(Exception):
    """The tighter problem's bound is above the one the caller proved (see ``tighter``)."""


def tighter(doc: dict[str, Any], say: Callable[[dict[str, Any]], None]) -> None:
    """RC2 on the problem with every cap above ``FAIRER`` lowered to it, for a schedule with
    ``doc["at_most"]`` breaks, a bound the caller proved for the problem itself.

    Every schedule under the lower caps keeps the real ones, so one at that bound is an optimum
    of the problem (said as ``{"optimal": ...}``). Its bounds are not the problem's (the lower
    caps may cost breaks), so none is said: the search stops once its bound passes the caller's.
    Why: at fairness 3 ticf-13crafc's core-guided search had its bound 1 at 4.3 CPU s and its
    schedule at 18.4 s, where with caps of 2 the whole search takes 5.4 s (docs/scheduling.md).
    """
    from pysat.examples.rc2 import RC2

    bound = int(doc["at_most"])
    caps = {pid: min(cap, FAIRER) for pid, cap in doc["caps"].items()}
    wcnf, x, _, _ = encode({**doc, "caps": caps})

    class Stopping(RC2):  # type: ignore[misc]
        def process_core(self) -> None:
            super().process_core()
            if self.cost > bound:
                raise _Above

    try:
        with Stopping(wcnf, solver=SAT_SOLVER, exhaust=True) as rc2:
            model = rc2.compute()
            if model is None or rc2.cost > bound:
                return
            true = {lit for lit in model if lit > 0}
            say({"optimal": rc2.cost, "slots": _slots_of(x, true)})
    except _Above:
        return


def _optimum(
    doc: dict[str, Any], say: Callable[[dict[str, Any]], None]
) -> tuple[int, dict[str, int], dict[str, int]] | None:
    """RC2 on a problem, saying each bound: the optimum's cost, slot per meeting and breaks per
    participant, or None when no schedule keeps the caps."""
    from pysat.examples.rc2 import RC2

    wcnf, x, fairer, counted = encode(doc)

    class Reporting(RC2):  # type: ignore[misc]
        def init(self, formula: Any, incr: bool = False) -> None:
            # CaDiCaL takes options only before its first clause: RC2's own init adds the
            # hard clauses at once (the soft ones here are units, which it does not add).
            options = doc.get("options")
            if not options or any(len(clause) > 1 for clause in formula.soft):
                super().init(formula, incr=incr)  # (encode writes unit soft clauses only)
                return
            hard, formula.hard = formula.hard, []
            try:
                super().init(formula, incr=incr)
            finally:
                formula.hard = hard
            self.oracle.configure(options)
            self.oracle.append_formula(hard)

        def process_core(self) -> None:
            super().process_core()
            say({"bound": self.cost})

        main_call = False  # set for the main loop's calls: the last one finds the schedule

        def active_assumps(self) -> list[int]:
            self.main_call = True
            return super().active_assumps()  # type: ignore[no-any-return]

        def _call_oracle(
            self,
            assumptions: Sequence[int] = (),
            expect_interrupt: bool = False,
        ) -> Any:
            # The last SAT call (it finds the schedule) took 120,000 of ticf-13crafb's 189,000
            # conflicts at d = 3 (29 CPU s), and a schedule with at most 2 breaks each is found
            # in far fewer: so the main loop's calls also look for one, in turns with the plain
            # call. The caps are assumptions, so learnt clauses serve both; a fairer schedule
            # satisfies every assumption of the plain call too (RC2 sees an optimum). Below a
            # cost of FAIRER + 1 nobody can have more than FAIRER (the first cores are found as
            # before), and the core exhaustion's calls are left alone.
            main, self.main_call = self.main_call, False
            if not (main and fairer) or self.cost <= FAIRER:  # (nobody can have more then)
                return self.oracle.solve(assumptions=assumptions)
            budget, fair = FAIRER_CONFLICTS, True
            while True:
                if fair:
                    self.oracle.conf_budget(budget)
                    found = self.oracle.solve_limited(assumptions=[*assumptions, *fairer])
                    if found:
                        return True
                    fair = found is None  # none that fair at this cost: the plain call alone
                if fair:
                    self.oracle.conf_budget(budget)
                found = self.oracle.solve_limited(assumptions=assumptions)
                if found is not None:
                    return found
                budget *= 2

    # Core exhaustion: ticf-13crafc 14.2 s -> 4.7 s, no original over 6.5 s (without: 16 s).
    with Reporting(wcnf, solver=SAT_SOLVER, exhaust=True) as rc2:
        model = rc2.compute()
        if model is None:
            return None
        true = {lit for lit in model if lit > 0}
        slots = _slots_of(x, true)
        breaks = {pid: sum(lit in true for lit in lits) for pid, lits in counted.items()}
        return rc2.cost, slots, breaks


class MaxSatSearch:
    """The child process and what it has reported so far (``bound``, ``optimum``); with
    :meth:`beside`, a second child trying a schedule at a bound proven outside."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.bound = 0
        self.optimum: tuple[int, dict[str, int]] | None = None
        self.ended = threading.Event()  # the core-guided child has ended (or never started)
        self._doc = doc
        self._lock = threading.Lock()
        self._children: list[tuple[subprocess.Popen[str], threading.Thread]] = []
        self._beside: subprocess.Popen[str] | None = None
        self._beside_at = -1
        self._beside_since = 0.0
        self._beside_tighter = False
        self._portfolio = False
        self._stopped = False
        if self._start(doc, self.ended) is None:
            self.ended.set()

    def _start(self, doc: dict[str, Any], ended: threading.Event) -> subprocess.Popen[str] | None:
        # This very file as a script, in isolated mode: it needs the standard library and
        # PySAT only. Run as a module of the package (`-m`), the child imported the package
        # and with it OR-Tools and pandas, 0.45 s of a core at the start of every solve
        # (0.06 s this way), on the path of the crafb/crafc originals' optimum. Isolated, the
        # file's folder (instance.py, tables.py, ...) is not on its path either.
        try:
            process = subprocess.Popen(
                [sys.executable, "-I", str(Path(__file__).resolve())],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        except OSError:  # no interpreter to start (an embedded Python): no bound, no harm
            return None
        reader = threading.Thread(
            target=self._read, args=(process, json.dumps(doc), ended), daemon=True
        )
        self._children.append((process, reader))
        reader.start()
        return process

    def beside(self, at_most: int) -> None:
        """Start a second child: one SAT call for a schedule with at most ``at_most`` breaks,
        the bound hard (``at_most``), or where a cap exceeds ``FAIRER`` RC2 under caps of
        ``FAIRER`` (``tighter``). Only for a bound proven by the caller: a schedule found
        there is reported as the optimum. It is killed once the first child proves more."""
        with self._lock:
            if self._stopped or self._beside is not None or self.bound >= at_most:
                return  # (the first child has proven the bound already: see BESIDE_EARLY)
            self._beside_at = at_most
            self._beside_since = time.monotonic()
            # Caps above FAIRER (fairness 3 and more): RC2 under caps of FAIRER instead of the
            # one hard call (see ``tighter``), and not stopped when the first child proves the
            # bound early: its last SAT call is the long one there.
            self._beside_tighter = any(cap > FAIRER for cap in self._doc["caps"].values())
            doc = {**self._doc, "at_most": at_most, "tighter": self._beside_tighter}
            self._beside = self._start(doc, threading.Event())

    def portfolio(self) -> bool:
        """Start a second core-guided child, CaDiCaL with ``PORTFOLIO_OPTIONS``: another draw
        of RC2's last SAT call, whose length is luck. Its bounds and optimum are as valid as
        the first child's. Not while the second child of :meth:`beside` runs. True when it was
        started (now or before)."""
        with self._lock:
            if self._stopped or self._portfolio or self.optimum is not None:
                return self._portfolio
            if self._beside is not None and self._beside.poll() is None:
                return False
            self._portfolio = True
            return (
                self._start({**self._doc, "options": PORTFOLIO_OPTIONS}, threading.Event())
                is not None
            )

    def trying(self, at_most: int) -> bool:
        """The second child is still looking for a schedule with at most ``at_most`` breaks."""
        with self._lock:
            beside = self._beside
            return beside is not None and self._beside_at == at_most and beside.poll() is None

    def _read(self, process: subprocess.Popen[str], text: str, ended: threading.Event) -> None:
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(text)
            process.stdin.close()
            for line in process.stdout:
                event = json.loads(line)
                with self._lock:
                    if "bound" in event:
                        self.bound = max(self.bound, event["bound"])
                    elif "optimal" in event:
                        self.bound = max(self.bound, event["optimal"])
                        self.optimum = (event["optimal"], event["slots"])
                    beside = self._beside
                    early = (
                        time.monotonic() - self._beside_since < BESIDE_EARLY
                        and not self._beside_tighter
                    )
                    if (
                        beside is not None
                        and beside is not process
                        and beside.poll() is None
                        # no schedule at its bound left to find, or the first child on its way
                        and (
                            self.bound > self._beside_at
                            or (early and self.bound >= self._beside_at)
                        )
                    ):
                        beside.kill()
                # "infeasible": CP-SAT's own search reports that with its reason
        except (OSError, ValueError):
            pass  # killed while writing or reading
        finally:
            ended.set()

    def stop(self) -> None:
        """Kill the children (they cannot be interrupted otherwise) and wait for the readers."""
        with self._lock:
            self._stopped = True
            children = list(self._children)
        for process, reader in children:
            if process.poll() is None:
                process.kill()
            process.wait()
            reader.join()
            for pipe in (process.stdin, process.stdout):
                if pipe is not None and not pipe.closed:
                    pipe.close()


def _die_with_parent() -> None:
    """Linux: be killed when the parent dies, even by SIGKILL (else the search would run on)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the call
        raise SystemExit(1)


if __name__ == "__main__":
    _die_with_parent()
    run(json.load(sys.stdin), sys.stdout)
