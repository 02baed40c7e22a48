"""Cheap proofs of infeasibility that name the constraint family and the ids involved."""

from __future__ import annotations

import itertools

from .instance import Instance


def diagnose(instance: Instance) -> str | None:
    """A one-line reason why the instance is infeasible, or None when no cheap proof is found."""
    slot_ids = [s.id for s in instance.slots]
    meetings = {m.id: m for m in instance.meetings}
    for m in instance.meetings:
        if not m.required:
            continue
        a, b = (instance.participant(p) for p in m.between)
        allowed = [
            s
            for s in slot_ids
            if (m.allowed is None or s in m.allowed)
            and (m.fixed is None or s == m.fixed)
            and s not in a.forbidden
            and s not in b.forbidden
        ]
        if not allowed:
            return f"required meeting {m.id} has no allowed slot (allowed/fixed/forbidden)"
    for p in instance.participants:
        required = [m for m in instance.meetings if m.required and p.id in m.between]
        free = [s for s in slot_ids if s not in p.forbidden]
        if len(required) > len(free) * p.capacity:
            return (
                f"participant {p.id} has {len(required)} required meetings but only "
                f"{len(free) * p.capacity} available slot places"
            )
    for sid in slot_ids:
        fixed = [m for m in instance.meetings if m.required and m.fixed == sid]
        if len(fixed) > instance.tables:
            return f"slot {sid} has {len(fixed)} fixed meetings but only {instance.tables} tables"
        load: dict[str, int] = {}
        for m in fixed:
            for pid in m.between:
                load[pid] = load.get(pid, 0) + 1
                if load[pid] > instance.participant(pid).capacity:
                    return f"slot {sid} holds more fixed meetings of participant {pid} than it can"
    # A cycle of required `after` can never be ordered.
    state: dict[str, int] = {}
    for start in meetings:
        if state.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = []
        while stack:
            mid, i = stack.pop()
            if i == 0:
                state[mid] = 1
                path.append(mid)
            after = meetings[mid].after
            if i < len(after):
                stack.append((mid, i + 1))
                nxt = after[i]
                if state.get(nxt) == 1 and meetings[nxt].required:
                    cycle = path[path.index(nxt) :]
                    if all(meetings[c].required for c in cycle):
                        return "cycle of after: " + " -> ".join([*cycle, nxt])
                elif not state.get(nxt):
                    stack.append((nxt, 0))
            else:
                state[mid] = 2
                path.pop()
    # A chain of required `after` longer than the slots available cannot fit.
    depth: dict[str, int] = {}

    def chain(mid: str) -> int:
        if mid not in depth:
            depth[mid] = 1
            preds = [q for q in meetings[mid].after if meetings[q].required]
            depth[mid] = 1 + max((chain(q) for q in preds), default=0)
        return depth[mid]

    for m in instance.meetings:
        if m.required and chain(m.id) > len(slot_ids):
            return (
                f"chain of after ending at meeting {m.id} is longer than the {len(slot_ids)} slots"
            )
    return None


def count_breaks(instance: Instance, slot_of: dict[str, str]) -> dict[str, int]:
    """Breaks per participant for a placement (idle runs between meetings of one session)."""
    index = {s.id: i for i, s in enumerate(instance.slots)}
    busy: dict[str, set[int]] = {p.id: set() for p in instance.participants}
    for m in instance.meetings:
        if m.id in slot_of:
            for p in m.between:
                busy[p].add(index[slot_of[m.id]])
    out: dict[str, int] = {}
    for pid, used in busy.items():
        h = 0
        ordered = sorted(used)
        for a, b in itertools.pairwise(ordered):
            same = instance.slots[a].session == instance.slots[b].session
            if b > a + 1 and same:
                h += 1
        out[pid] = h
    return out
