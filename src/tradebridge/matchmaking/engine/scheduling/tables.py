"""Table numbers once slots are fixed: keep a participant at its table when that costs nothing."""

from __future__ import annotations

from .instance import Instance


def assign_tables(
    instance: Instance,
    slot_of: dict[str, str],
    published: dict[str, tuple[str, int | None]] | None = None,
) -> dict[str, int]:
    """Give each placed meeting a table ``1..tables``, distinct within its slot.

    Slots are walked in time order; a meeting first tries its published table (re-scheduling),
    then the table either participant sat at in the previous slot of the same session, so people
    with consecutive meetings stay put; otherwise the lowest free table.
    """
    by_slot: dict[str, list[str]] = {}
    meetings = {m.id: m for m in instance.meetings}
    for mid, sid in slot_of.items():
        by_slot.setdefault(sid, []).append(mid)
    table_of: dict[str, int] = {}
    previous: dict[str, int] = {}
    prev_session: str | None = None
    for slot in instance.slots:
        if slot.session != prev_session:
            previous = {}
        prev_session = slot.session
        here = sorted(by_slot.get(slot.id, []))
        taken: set[int] = set()
        current: dict[str, int] = {}
        # Meetings that have a wish are served first so an arbitrary one does not take the table.
        # Kept tables of a published schedule go first (they are distinct within the slot), so
        # a meeting that only prefers a neighbour's table cannot take one of them.
        wishes: list[tuple[int, str, list[int]]] = []
        for mid in here:
            wish: list[int] = []
            kept = 0
            if published and mid in published and published[mid][0] == slot.id:
                table = published[mid][1]
                if table is not None:
                    wish.append(table)
                    kept = 1
            wish += [previous[p] for p in meetings[mid].between if p in previous]
            wishes.append((kept, mid, wish))
        wishes.sort(key=lambda item: (-item[0], not item[2]))
        for _, mid, wish in wishes:
            table = next((t for t in wish if 1 <= t <= instance.tables and t not in taken), None)
            if table is None:
                table = next(t for t in range(1, instance.tables + 1) if t not in taken)
            taken.add(table)
            table_of[mid] = table
            for p in meetings[mid].between:
                current[p] = table
        previous = current
    return table_of
