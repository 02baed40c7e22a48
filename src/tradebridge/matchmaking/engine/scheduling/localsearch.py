"""Local search for breaks on a slot assignment: Kempe-chain moves under simulated annealing.

The placed meetings stay placed; only their slots change. A move takes one meeting (slot a)
and a second slot b, and swaps a and b along the alternating chain of meetings in slots a and b
that it belongs to (each participant has at most one meeting per slot, so the chain is a path
or a cycle). Participants inside the chain stay busy in both slots; only the two ends of a path
change their busy slots, so a move is evaluated on two participants. Every move keeps the
schedule a valid one: slot domains (allowed, fixed, forbidden), tables per slot and `after`
are checked; meetings the caller freezes (interpreters) never move.

The cost is the total of breaks plus a penalty for breaks over a participant's cap (the
fairness cap); the best assignment with no participant over its cap is returned.
"""

from __future__ import annotations

import itertools
import math
import random
import threading
import time
from collections.abc import Mapping, Sequence

from .instance import Instance, Meeting

PENALTY = 3


def _session_masks(instance: Instance) -> tuple[int, list[int]]:
    """Bit masks of the slots: the first slot of each session, and each session's slots."""
    first = 0
    sessions: list[int] = []
    for i, one in enumerate(instance.slots):
        if i == 0 or one.session != instance.slots[i - 1].session:
            first |= 1 << i
            sessions.append(0)
        sessions[-1] |= 1 << i
    return first, sessions


def _precedences(
    placed: Sequence[Meeting], mindex: Mapping[str, int]
) -> tuple[list[list[int]], list[list[int]]]:
    """For each placed meeting (by index), the placed meetings it must follow (`after`) and
    those that must follow it."""
    preds: list[list[int]] = [[] for _ in placed]
    succs: list[list[int]] = [[] for _ in placed]
    for k, meeting in enumerate(placed):
        for qid in meeting.after:
            if qid in mindex:
                preds[k].append(mindex[qid])
                succs[mindex[qid]].append(k)
    return preds, succs


def _breaks(busy: int, first: int, sessions: Sequence[int]) -> int:
    """Idle runs between meetings: run starts minus non-empty sessions."""
    starts = busy & ~((busy << 1) & ~first)
    return starts.bit_count() - sum(1 for s in sessions if busy & s)


def reduce_breaks(
    instance: Instance,
    domains: Mapping[str, Sequence[int]],
    slot_of: Mapping[str, int],
    caps: Mapping[str, int],
    *,
    deadline: float,
    seed: int = 0,
    target: int = 0,
    frozen: frozenset[str] = frozenset(),
    max_moves: int | None = None,
    temperature: tuple[float, float] = (0.6, 0.05),
    plateau: bool = False,
    cancel: threading.Event | None = None,
) -> tuple[dict[str, int], int] | None:
    """Fewer breaks for the placed meetings of ``slot_of`` (meeting id -> slot index).

    ``domains`` gives the slot indices each meeting may take, ``caps`` each participant's most
    breaks (missing: no cap). Stops at ``deadline`` (time.monotonic), after ``max_moves``
    tried moves, or when the breaks reach ``target``. Returns the best assignment within every
    cap and its breaks, or None when no assignment visited was within the caps; with
    ``plateau`` the last one visited among the best (a different schedule with as few breaks,
    to restart from). ``temperature`` is the annealing's start and end (in breaks).
    ``cancel`` (set) ends it too. Deterministic for a given ``seed`` when ``max_moves`` ends
    it. Participants must have capacity 1.
    """
    slots = instance.slots
    n_s = len(slots)
    first, sessions = _session_masks(instance)
    pindex = {p.id: k for k, p in enumerate(instance.participants)}
    placed = [m for m in instance.meetings if m.id in slot_of]
    mindex = {m.id: k for k, m in enumerate(placed)}
    n_m = len(placed)
    ends = [(pindex[m.between[0]], pindex[m.between[1]]) for m in placed]
    slot = [slot_of[m.id] for m in placed]
    dom = [0] * n_m
    for k, meeting in enumerate(placed):
        if meeting.id in frozen:
            dom[k] = 1 << slot[k]
        else:
            for t in domains[meeting.id]:
                dom[k] |= 1 << t
    preds, succs = _precedences(placed, mindex)
    n_p = len(instance.participants)
    occ = [[-1] * n_s for _ in range(n_p)]
    busy = [0] * n_p
    used = [0] * n_s
    for k in range(n_m):
        s = slot[k]
        used[s] += 1
        for p in ends[k]:
            occ[p][s] = k
            busy[p] |= 1 << s
    big = 1 << 30
    cap = [caps.get(p.id, big) for p in instance.participants]
    hb = [_breaks(b, first, sessions) for b in busy]
    total = sum(hb)
    excess = sum(max(0, h - c) for h, c in zip(hb, cap, strict=True))
    best: list[int] | None = list(slot) if excess == 0 else None
    best_total = total if excess == 0 else big
    movable = [k for k in range(n_m) if dom[k].bit_count() > 1]
    if not movable or (best is not None and best_total <= target):
        return (_out(placed, slot), total) if best is not None else None
    options = [[s for s in range(n_s) if dom[k] >> s & 1] for k in range(n_m)]
    tables = instance.tables
    rng = random.Random(seed)
    started = time.monotonic()
    span = max(1e-3, deadline - started)
    temp_hi, temp_lo = temperature
    temp = temp_hi
    tried = 0
    chain: list[int] = []
    while True:
        tried += 1
        if tried & 127 == 0:
            now = time.monotonic()
            if now >= deadline or (max_moves is not None and tried >= max_moves):
                break
            if cancel is not None and cancel.is_set():
                break
            frac = (now - started) / span
            temp = temp_hi * (temp_lo / temp_hi) ** frac
        elif max_moves is not None and tried >= max_moves:
            break
        m = movable[rng.randrange(len(movable))]
        a = slot[m]
        opts = options[m]
        b = opts[rng.randrange(len(opts))]
        if b == a:
            continue
        # The chain through m: walk from each side, alternating slots b, a, b, ...
        chain.clear()
        chain.append(m)
        tips: list[int] = []
        cycle = False
        for start in ends[m]:
            p, col, other = start, b, a
            while True:
                q = occ[p][col]
                if q < 0:
                    tips.append(p)
                    break
                if q == m:
                    cycle = True
                    break
                chain.append(q)
                x, y = ends[q]
                p = y if x == p else x
                col, other = other, col
            if cycle:
                break
        if cycle:
            continue
        both = (1 << a) | (1 << b)
        ok = True
        n_a = 0
        for q in chain:
            if dom[q] & both != both:
                ok = False
                break
            if slot[q] == a:
                n_a += 1
        if not ok:
            continue
        n_b = len(chain) - n_a
        if used[a] - n_a + n_b > tables or used[b] - n_b + n_a > tables:
            continue
        if any(preds[q] or succs[q] for q in chain):
            moved = {q: b if slot[q] == a else a for q in chain}
            if any(
                any(moved.get(r, slot[r]) >= s for r in preds[q])
                or any(moved.get(r, slot[r]) <= s for r in succs[q])
                for q, s in moved.items()
            ):
                continue
        p1, p2 = tips
        nb1, nb2 = busy[p1] ^ both, busy[p2] ^ both
        h1, h2 = _breaks(nb1, first, sessions), _breaks(nb2, first, sessions)
        d_total = h1 - hb[p1] + h2 - hb[p2]
        d_excess = (
            max(0, h1 - cap[p1])
            - max(0, hb[p1] - cap[p1])
            + max(0, h2 - cap[p2])
            - max(0, hb[p2] - cap[p2])
        )
        delta = d_total + PENALTY * d_excess
        if delta > 0 and rng.random() >= math.exp(-delta / temp):
            continue
        for q in chain:
            s = slot[q]
            x, y = ends[q]
            if occ[x][s] == q:
                occ[x][s] = -1
            if occ[y][s] == q:
                occ[y][s] = -1
        for q in chain:
            s = b if slot[q] == a else a
            slot[q] = s
            x, y = ends[q]
            occ[x][s] = q
            occ[y][s] = q
        used[a] += n_b - n_a
        used[b] += n_a - n_b
        busy[p1], busy[p2] = nb1, nb2
        hb[p1], hb[p2] = h1, h2
        total += d_total
        excess += d_excess
        if excess == 0 and (total < best_total or (plateau and total == best_total)):
            best_total = total
            best = list(slot)
            if best_total <= target:
                break
    if best is None:
        return None
    return _out(placed, best), best_total


def _out(placed: Sequence[Meeting], slot: Sequence[int]) -> dict[str, int]:
    return {m.id: s for m, s in zip(placed, slot, strict=True)}


def shift_breaks(
    instance: Instance,
    domains: Mapping[str, Sequence[int]],
    slot_of: Mapping[str, int],
    caps: Mapping[str, int],
    *,
    deadline: float,
    seed: int = 0,
    frozen: frozenset[str] = frozenset(),
    cancel: threading.Event | None = None,
) -> tuple[dict[str, int], int]:
    """Fewer breaks by moving one meeting at a time to a slot free for both its participants.

    For the sessions ``reduce_breaks`` does not take: participants of any capacity (busy = at
    least one meeting in the slot). A move keeps slot domains, tables, capacities, `after` and
    every participant's cap (``caps``) and is taken when it adds no break (moves that keep the
    count walk the plateau). Meetings in ``frozen`` (those with an interpreter) stay put. The
    start must be within every cap; returns the assignment and its breaks.
    """
    slots = instance.slots
    n_s = len(slots)
    first, sessions = _session_masks(instance)
    pindex = {p.id: k for k, p in enumerate(instance.participants)}
    capacity = [p.capacity for p in instance.participants]
    placed = [m for m in instance.meetings if m.id in slot_of]
    mindex = {m.id: k for k, m in enumerate(placed)}
    ends = [(pindex[m.between[0]], pindex[m.between[1]]) for m in placed]
    slot = [slot_of[m.id] for m in placed]
    n_p = len(instance.participants)
    count = [[0] * n_s for _ in range(n_p)]
    used = [0] * n_s
    for k, s in enumerate(slot):
        used[s] += 1
        for p in ends[k]:
            count[p][s] += 1
    busy = [sum(1 << s for s in range(n_s) if count[p][s]) for p in range(n_p)]
    big = 1 << 30
    cap = [caps.get(p.id, big) for p in instance.participants]
    hb = [_breaks(b, first, sessions) for b in busy]
    preds, succs = _precedences(placed, mindex)
    options = [
        [] if m.id in frozen else [t for t in domains[m.id] if t != slot[k]]
        for k, m in enumerate(placed)
    ]
    movable = [k for k in range(len(placed)) if options[k]]
    if not movable:
        return _out(placed, slot), sum(hb)
    for k in movable:
        options[k] = list(domains[placed[k].id])
    rng = random.Random(seed)
    tables = instance.tables
    tried = 0
    while True:
        tried += 1
        if tried & 255 == 0 and (
            time.monotonic() >= deadline or (cancel is not None and cancel.is_set())
        ):
            break
        m = movable[rng.randrange(len(movable))]
        a = slot[m]
        opts = options[m]
        b = opts[rng.randrange(len(opts))]
        if b == a or used[b] >= tables:
            continue
        p, q = ends[m]
        if count[p][b] >= capacity[p] or count[q][b] >= capacity[q]:
            continue
        if any(slot[x] >= b for x in preds[m]) or any(slot[x] <= b for x in succs[m]):
            continue
        delta = 0
        new: list[tuple[int, int, int]] = []
        for r in (p, q):
            mask = busy[r] | (1 << b)
            if count[r][a] == 1:
                mask &= ~(1 << a)
            h = _breaks(mask, first, sessions)
            if h > cap[r]:
                delta = big
                break
            delta += h - hb[r]
            new.append((r, mask, h))
        if delta > 0:
            continue
        slot[m] = b
        used[a] -= 1
        used[b] += 1
        for r, mask, h in new:
            count[r][a] -= 1
            count[r][b] += 1
            busy[r], hb[r] = mask, h
    return _out(placed, slot), sum(hb)


def repair_excess(
    instance: Instance,
    domains: Mapping[str, Sequence[int]],
    slot_of: Mapping[str, int],
    caps: Mapping[str, int],
    able: Mapping[tuple[str, int], frozenset[str]],
    *,
    deadline: float,
    seed: int = 0,
    max_sets: int = 6,
    cancel: threading.Event | None = None,
) -> dict[str, int] | None:
    """The placed meetings of ``slot_of`` moved until no participant is over its cap, or None.

    For the LP's assignment at the priority bound, which may break the fairness cap and
    `after` pairs with an optional meeting: the same meetings stay placed (the priority is
    unchanged) and the breaks over ``caps`` plus the broken `after` pairs are driven to 0 by
    single moves and swaps of two meetings' slots under simulated annealing (the breaks in
    total as the second term). Every step keeps slot domains, tables, capacities (any) and the
    interpreters: ``able`` gives, for each meeting needing one and each slot of its domain, the
    interpreters able to take it there; the meetings of a slot must have an assignment, kept as
    Hall's condition (a count per union of those sets, at most ``max_sets`` sets per slot, else
    None). None too when the start breaks a table, capacity or interpreter limit, or when
    ``deadline`` (time.monotonic) or ``cancel`` comes first.
    """
    slots = instance.slots
    n_s = len(slots)
    first, sessions = _session_masks(instance)
    pindex = {p.id: k for k, p in enumerate(instance.participants)}
    capacity = [p.capacity for p in instance.participants]
    placed = [m for m in instance.meetings if m.id in slot_of]
    mindex = {m.id: k for k, m in enumerate(placed)}
    n_m = len(placed)
    ends = [(pindex[m.between[0]], pindex[m.between[1]]) for m in placed]
    slot = [slot_of[m.id] for m in placed]
    options = [list(domains[m.id]) for m in placed]
    if any(slot[k] not in options[k] for k in range(n_m)):
        return None
    # Hall's condition per slot: every union of the sets met there, with the sets inside it.
    sets_at: list[list[frozenset[str]]] = [[] for _ in range(n_s)]
    for (mid, s), who in able.items():
        if mid in mindex and who not in sets_at[s]:
            sets_at[s].append(who)
    if any(len(sets) > max_sets for sets in sets_at):
        return None
    unions: list[list[frozenset[str]]] = []
    for sets in sets_at:
        seen: list[frozenset[str]] = []
        for r in range(1, len(sets) + 1):
            for family in itertools.combinations(sets, r):
                union = frozenset().union(*family)
                if union not in seen:
                    seen.append(union)
        unions.append(seen)
    limit = [[len(u) for u in unions[s]] for s in range(n_s)]
    held = [[0] * len(unions[s]) for s in range(n_s)]
    hall: dict[tuple[int, int], list[int]] = {}  # (meeting, slot) -> the unions it counts in
    for (mid, s), who in able.items():
        k = mindex.get(mid)
        if k is not None:
            hall[(k, s)] = [j for j, u in enumerate(unions[s]) if who <= u]
    preds, succs = _precedences(placed, mindex)
    n_p = len(instance.participants)
    count = [[0] * n_s for _ in range(n_p)]
    used = [0] * n_s
    in_slot: list[list[int]] = [[] for _ in range(n_s)]
    for k, s in enumerate(slot):
        used[s] += 1
        in_slot[s].append(k)
        for p in ends[k]:
            count[p][s] += 1
        for j in hall.get((k, s), ()):
            held[s][j] += 1
    if any(u > instance.tables for u in used):
        return None
    if any(count[p][s] > capacity[p] for p in range(n_p) for s in range(n_s)):
        return None
    if any(held[s][j] > limit[s][j] for s in range(n_s) for j in range(len(limit[s]))):
        return None
    busy = [sum(1 << s for s in range(n_s) if count[p][s]) for p in range(n_p)]
    big = 1 << 30
    cap = [caps.get(p.id, big) for p in instance.participants]
    hb = [_breaks(b, first, sessions) for b in busy]
    over = [max(0, h - c) for h, c in zip(hb, cap, strict=True)]

    broken = sum(1 for k in range(n_m) for r in preds[k] if slot[r] >= slot[k])
    excess = sum(over) + broken
    if excess == 0:
        return _out(placed, slot)
    rng = random.Random(seed)
    tables = instance.tables
    temp = 0.5
    tried = 0
    while True:
        tried += 1
        if tried & 255 == 0 and (
            time.monotonic() >= deadline or (cancel is not None and cancel.is_set())
        ):
            return None
        # A meeting of a participant over the cap (or in a broken pair), else any.
        m = rng.randrange(n_m)
        p0, q0 = ends[m]
        if not (over[p0] or over[q0]) and not (preds[m] or succs[m]) and rng.random() < 0.9:
            continue
        a = slot[m]
        opts = options[m]
        if len(opts) < 2:
            continue
        b = opts[rng.randrange(len(opts))]
        if b == a:
            continue
        # With room in b: a move; else (or sometimes) a swap with a meeting in b.
        other = -1
        if used[b] >= tables or rng.random() < 0.5:
            here = in_slot[b]
            if not here:
                continue
            other = here[rng.randrange(len(here))]
            if a not in options[other]:
                continue
        moving = [(m, a, b)] if other < 0 else [(m, a, b), (other, b, a)]
        # Capacities and busy masks of the participants touched.
        change: dict[int, list[int]] = {}
        for k, s, t in moving:
            for p in ends[k]:
                row = change.get(p)
                if row is None:
                    row = change[p] = [0] * n_s
                row[s] -= 1
                row[t] += 1
        ok = True
        for p, row in change.items():
            for s in (a, b):
                if row[s] > 0 and count[p][s] + row[s] > capacity[p]:
                    ok = False
        if not ok:
            continue
        # Interpreters: the unions of the slots entered stay within their sizes.
        for k, _, t in moving:
            for j in hall.get((k, t), ()):
                gain = 1
                for k2, s2, _ in moving:
                    if k2 != k and s2 == t and j in hall.get((k2, t), ()):
                        gain -= 1
                if held[t][j] + gain > limit[t][j]:
                    ok = False
        if not ok:
            continue
        d_broken = 0
        pairs = {(r, k) for k, _, _ in moving for r in preds[k]}
        pairs |= {(k, r) for k, _, _ in moving for r in succs[k]}
        if pairs:
            d_broken -= sum(1 for r, k in pairs if slot[r] >= slot[k])
            for k, _, t in moving:
                slot[k] = t
            d_broken += sum(1 for r, k in pairs if slot[r] >= slot[k])
            for k, s, _ in moving:
                slot[k] = s
        new: list[tuple[int, int, int]] = []
        d_total = d_over = 0
        for p, row in change.items():
            mask = busy[p]
            for s in (a, b):
                if count[p][s] + row[s]:
                    mask |= 1 << s
                else:
                    mask &= ~(1 << s)
            h = _breaks(mask, first, sessions)
            d_total += h - hb[p]
            d_over += max(0, h - cap[p]) - over[p]
            new.append((p, mask, h))
        d_excess = d_over + d_broken
        delta = d_excess * 4 + d_total
        if delta > 0 and rng.random() >= math.exp(-delta / temp):
            continue
        for k, s, t in moving:
            slot[k] = t
            in_slot[s].remove(k)
            in_slot[t].append(k)
            used[s] -= 1
            used[t] += 1
            for j in hall.get((k, s), ()):
                held[s][j] -= 1
            for j in hall.get((k, t), ()):
                held[t][j] += 1
        for p, row in change.items():
            for s in (a, b):
                count[p][s] += row[s]
        for p, mask, h in new:
            busy[p], hb[p] = mask, h
            over[p] = max(0, h - cap[p])
        excess += d_excess
        if excess == 0:
            return _out(placed, slot)
