"""Session instances: frozen dataclasses, and readers for JSON and the benchmark's ``.dzn``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

INSTANCE_FORMAT = "tradebridge-b2b/1"


class InstanceError(ValueError):
    """An instance that cannot be read; the message names the JSON path or the ``.dzn`` line."""


@dataclass(frozen=True)
class Slot:
    """One time slot; slots of different sessions are never adjacent for break counting."""

    id: str
    session: str = ""
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Participant:
    """A company (or person) taking part in meetings."""

    id: str
    name: str = ""
    side: str = ""
    languages: tuple[str, ...] | None = None
    forbidden: frozenset[str] = frozenset()
    capacity: int = 1


@dataclass(frozen=True)
class Interpreter:
    """An interpreter, available in some slots, speaking some languages."""

    id: str
    languages: frozenset[str]
    available: frozenset[str]


@dataclass(frozen=True)
class Meeting:
    """A requested one-to-one meeting."""

    id: str
    between: tuple[str, str]
    allowed: frozenset[str] | None = None
    fixed: str | None = None
    after: tuple[str, ...] = ()
    priority: int = 1
    required: bool = True


@dataclass(frozen=True)
class Instance:
    """A whole match-making session to schedule."""

    name: str
    slots: tuple[Slot, ...]
    tables: int
    participants: tuple[Participant, ...]
    meetings: tuple[Meeting, ...]
    interpreters: tuple[Interpreter, ...] = ()
    fairness: int | None = None

    def participant(self, pid: str) -> Participant:
        """The participant with this id."""
        return self._participants[pid]

    @cached_property
    def _participants(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}

    def needs_interpreter(self, meeting: Meeting) -> bool:
        """True when both participants list languages and share none."""
        a, b = (self._participants[x] for x in meeting.between)
        if a.languages is None or b.languages is None:
            return False
        return not set(a.languages) & set(b.languages)


def _fail(path: str, message: str) -> InstanceError:
    return InstanceError(f"{path}: {message}")


def _expect(value: Any, kind: type | tuple[type, ...], path: str, what: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, (int,))):
        raise _fail(path, f"expected {what}")
    return value


def _keys(obj: dict[str, Any], allowed: set[str], required: set[str], path: str) -> None:
    for key in obj:
        if key not in allowed:
            raise _fail(f"{path}.{key}" if path else key, "unknown field")
    for key in required:
        if key not in obj:
            raise _fail(f"{path}.{key}" if path else key, "missing field")


def _str_list(value: Any, path: str) -> list[str]:
    _expect(value, list, path, "a list of strings")
    for i, item in enumerate(value):
        _expect(item, str, f"{path}[{i}]", "a string")
    return list(value)


def _ids(items: list[str], known: set[str], path: str, what: str) -> None:
    for i, item in enumerate(items):
        if item not in known:
            raise _fail(f"{path}[{i}]", f"unknown {what} {item!r}")


def parse_instance(data: Any) -> Instance:
    """Build an :class:`Instance` from decoded JSON, raising :class:`InstanceError` with a path."""
    _expect(data, dict, "$", "an object")
    _keys(
        data,
        {
            "format",
            "name",
            "slots",
            "tables",
            "participants",
            "interpreters",
            "meetings",
            "fairness",
        },
        {"format", "slots", "tables", "participants", "meetings"},
        "",
    )
    if data["format"] != INSTANCE_FORMAT:
        raise _fail("format", f"expected {INSTANCE_FORMAT!r}")
    name = _expect(data.get("name", ""), str, "name", "a string")
    slots: list[Slot] = []
    for i, raw in enumerate(_expect(data["slots"], list, "slots", "a list")):
        path = f"slots[{i}]"
        _expect(raw, dict, path, "an object")
        _keys(raw, {"id", "start", "end", "session"}, {"id"}, path)
        for key in ("id", "start", "end", "session"):
            if key in raw and raw[key] is not None:
                _expect(raw[key], str, f"{path}.{key}", "a string")
        if any(s.id == raw["id"] for s in slots):
            raise _fail(f"{path}.id", f"duplicate slot id {raw['id']!r}")
        slots.append(Slot(raw["id"], raw.get("session") or "", raw.get("start"), raw.get("end")))
    if not slots:
        raise _fail("slots", "at least one slot is needed")
    slot_ids = {s.id for s in slots}
    tables = _expect(data["tables"], int, "tables", "an integer")
    if tables < 1:
        raise _fail("tables", "must be at least 1")
    participants: list[Participant] = []
    for i, raw in enumerate(_expect(data["participants"], list, "participants", "a list")):
        path = f"participants[{i}]"
        _expect(raw, dict, path, "an object")
        _keys(raw, {"id", "name", "side", "languages", "forbidden", "capacity"}, {"id"}, path)
        pid = _expect(raw["id"], str, f"{path}.id", "a string")
        if any(p.id == pid for p in participants):
            raise _fail(f"{path}.id", f"duplicate participant id {pid!r}")
        langs = raw.get("languages")
        languages = None if langs is None else tuple(_str_list(langs, f"{path}.languages"))
        forbidden = _str_list(raw.get("forbidden", []), f"{path}.forbidden")
        _ids(forbidden, slot_ids, f"{path}.forbidden", "slot")
        capacity = _expect(raw.get("capacity", 1), int, f"{path}.capacity", "an integer")
        if capacity < 1:
            raise _fail(f"{path}.capacity", "must be at least 1")
        participants.append(
            Participant(
                pid,
                _expect(raw.get("name", ""), str, f"{path}.name", "a string"),
                _expect(raw.get("side", ""), str, f"{path}.side", "a string"),
                languages,
                frozenset(forbidden),
                capacity,
            )
        )
    pids = {p.id for p in participants}
    interpreters: list[Interpreter] = []
    for i, raw in enumerate(_expect(data.get("interpreters", []), list, "interpreters", "a list")):
        path = f"interpreters[{i}]"
        _expect(raw, dict, path, "an object")
        _keys(raw, {"id", "languages", "available"}, {"id", "languages"}, path)
        iid = _expect(raw["id"], str, f"{path}.id", "a string")
        if any(t.id == iid for t in interpreters):
            raise _fail(f"{path}.id", f"duplicate interpreter id {iid!r}")
        available = _str_list(raw.get("available", [s.id for s in slots]), f"{path}.available")
        _ids(available, slot_ids, f"{path}.available", "slot")
        langs = _str_list(raw["languages"], f"{path}.languages")
        interpreters.append(Interpreter(iid, frozenset(langs), frozenset(available)))
    raw_meetings = _expect(data["meetings"], list, "meetings", "a list")
    mids: set[str] = set()
    for i, raw in enumerate(raw_meetings):
        _expect(raw, dict, f"meetings[{i}]", "an object")
        mid = _expect(raw.get("id"), str, f"meetings[{i}].id", "a string")
        if mid in mids:
            raise _fail(f"meetings[{i}].id", f"duplicate meeting id {mid!r}")
        mids.add(mid)
    meetings: list[Meeting] = []
    for i, raw in enumerate(raw_meetings):
        path = f"meetings[{i}]"
        _keys(
            raw,
            {"id", "between", "allowed", "fixed", "after", "priority", "required"},
            {"id", "between"},
            path,
        )
        between = _str_list(raw["between"], f"{path}.between")
        if len(between) != 2:
            raise _fail(f"{path}.between", "expected two participants")
        _ids(between, pids, f"{path}.between", "participant")
        if between[0] == between[1]:
            raise _fail(f"{path}.between[1]", "a meeting needs two distinct participants")
        allowed = None
        if raw.get("allowed") is not None:
            allowed_list = _str_list(raw["allowed"], f"{path}.allowed")
            _ids(allowed_list, slot_ids, f"{path}.allowed", "slot")
            allowed = frozenset(allowed_list)
        fixed = raw.get("fixed")
        if fixed is not None:
            _expect(fixed, str, f"{path}.fixed", "a slot id or null")
            if fixed not in slot_ids:
                raise _fail(f"{path}.fixed", f"unknown slot {fixed!r}")
        after = _str_list(raw.get("after", []), f"{path}.after")
        _ids(after, mids, f"{path}.after", "meeting")
        priority = _expect(raw.get("priority", 1), int, f"{path}.priority", "an integer")
        if priority < 1:
            raise _fail(f"{path}.priority", "must be a positive integer")
        required = _expect(raw.get("required", True), bool, f"{path}.required", "a boolean")
        meetings.append(
            Meeting(
                raw["id"],
                (between[0], between[1]),
                allowed,
                fixed,
                tuple(after),
                priority,
                required,
            )
        )
    fairness = data.get("fairness")
    if fairness is not None:
        _expect(fairness, int, "fairness", "an integer")
        if fairness < 0:
            raise _fail("fairness", "must be non-negative")
    return Instance(
        name,
        tuple(slots),
        tables,
        tuple(participants),
        tuple(meetings),
        tuple(interpreters),
        fairness,
    )


_TOKEN = re.compile(r"\s+|%[^\n]*|\[\||\|\]|[\[\]{}|,;=]|-?\d+|[A-Za-z_]\w*|\S")


def _dzn_values(text: str) -> dict[str, tuple[Any, int]]:
    """Assignments of a .dzn file as Python values (int, list, set, 2-D rows) with their lines."""
    tokens: list[tuple[str, int]] = []
    line = 1
    for match in _TOKEN.finditer(text):
        tok = match.group()
        if not tok.isspace() and not tok.startswith("%"):
            tokens.append((tok, line))
        line += tok.count("\n")
    pos = 0

    def take(expected: str | None = None) -> tuple[str, int]:
        nonlocal pos
        if pos >= len(tokens):
            raise InstanceError(f"line {line}: unexpected end of file")
        tok, at = tokens[pos]
        if expected is not None and tok != expected:
            raise InstanceError(f"line {at}: expected {expected!r}, found {tok!r}")
        pos += 1
        return tok, at

    def value() -> Any:
        tok, at = take()
        if re.fullmatch(r"-?\d+", tok):
            return int(tok)
        if tok in ("[", "{"):
            close = "]" if tok == "[" else "}"
            items: list[Any] = []
            while tokens[pos][0] != close if pos < len(tokens) else False:
                items.append(value())
                if tokens[pos][0] == ",":
                    take(",")
            take(close)
            return items if tok == "[" else set(items)
        if tok == "[|":
            rows: list[list[Any]] = [[]]
            while pos < len(tokens) and tokens[pos][0] != "|]":
                if tokens[pos][0] == "|":
                    take("|")
                    rows.append([])
                    continue
                rows[-1].append(value())
                if tokens[pos][0] == ",":
                    take(",")
            take("|]")
            return [r for r in rows if r]
        raise InstanceError(f"line {at}: unexpected {tok!r}")

    values: dict[str, tuple[Any, int]] = {}
    while pos < len(tokens):
        name, at = take()
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise InstanceError(f"line {at}: expected a name, found {name!r}")
        take("=")
        values[name] = (value(), at)
        take(";")
    return values


def parse_dzn(text: str, name: str = "") -> Instance:
    """Read a benchmark ``.dzn`` file (B2B, Bofill et al. 2022) as an :class:`Instance`."""
    values = _dzn_values(text)

    def get(key: str) -> tuple[Any, int]:
        if key not in values:
            raise InstanceError(f"line {len(text.splitlines())}: missing {key}")
        return values[key]

    def integer(key: str) -> int:
        v, at = get(key)
        if not isinstance(v, int) or v < 0:
            raise InstanceError(f"line {at}: {key} must be a non-negative integer")
        return v

    n_p, n_m, n_t = integer("nBusiness"), integer("nMeetings"), integer("nTables")
    n_s, n_am = integer("nTotalSlots"), integer("nMorningSlots")
    if n_t < 1 or n_s < 1 or n_am > n_s:
        raise InstanceError(f"line {get('nTables')[1]}: bad sizes")
    slots = tuple(Slot(str(s)) for s in range(1, n_s + 1))
    requested, at = get("requested")
    if not isinstance(requested, list) or len(requested) != n_m:
        raise InstanceError(f"line {at}: requested must have nMeetings = {n_m} rows")
    forbidden, f_at = values.get("forbidden", ([{0}] * n_p, 0))
    fixed, x_at = values.get("fixed", ([0] * n_m, 0))
    prec, p_at = values.get("precedences", ([set()] * n_m, 0))
    if not isinstance(forbidden, list) or len(forbidden) != n_p:
        raise InstanceError(f"line {f_at}: forbidden must have nBusiness = {n_p} sets")
    if not isinstance(fixed, list) or len(fixed) != n_m:
        raise InstanceError(f"line {x_at}: fixed must have nMeetings = {n_m} entries")
    if not isinstance(prec, list) or len(prec) != n_m:
        raise InstanceError(f"line {p_at}: precedences must have nMeetings = {n_m} sets")
    participants = []
    for p in range(n_p):
        fs = forbidden[p]
        if not isinstance(fs, set) or any(not isinstance(s, int) or not 0 <= s <= n_s for s in fs):
            raise InstanceError(f"line {f_at}: forbidden[{p + 1}] must be a set of slots 0..{n_s}")
        participants.append(Participant(str(p + 1), forbidden=frozenset(str(s) for s in fs if s)))
    am = frozenset(str(s) for s in range(1, n_am + 1))
    pm = frozenset(str(s) for s in range(n_am + 1, n_s + 1))
    meetings = []
    for m, row in enumerate(requested):
        if (
            len(row) != 3
            or not all(isinstance(v, int) for v in row)
            or not (1 <= row[0] <= n_p and 1 <= row[1] <= n_p and row[0] != row[1])
            or row[2] not in (1, 2, 3)
        ):
            raise InstanceError(f"line {at}: requested row {m + 1} is not [p1, p2, 1|2|3]")
        allowed = {1: am, 2: pm, 3: None}[row[2]]
        fx = fixed[m]
        if not isinstance(fx, int) or not 0 <= fx <= n_s:
            raise InstanceError(f"line {x_at}: fixed[{m + 1}] must be a slot 0..{n_s}")
        pm_set = prec[m]
        if not isinstance(pm_set, set) or any(
            not isinstance(q, int) or not 1 <= q <= n_m for q in pm_set
        ):
            raise InstanceError(f"line {p_at}: precedences[{m + 1}] must be meetings 1..{n_m}")
        meetings.append(
            Meeting(
                str(m + 1),
                (str(row[0]), str(row[1])),
                allowed,
                str(fx) if fx else None,
                tuple(str(q) for q in sorted(pm_set)),
            )
        )
    return Instance(name, slots, n_t, tuple(participants), tuple(meetings))


def load_instance(path: str | Path) -> Instance:
    """Read an instance from a ``.json`` or ``.dzn`` file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InstanceError(f"cannot read ({exc.strerror})") from exc
    if path.suffix == ".dzn":
        return parse_dzn(text, path.stem)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstanceError(f"line {exc.lineno}: invalid JSON ({exc.msg})") from exc
    return parse_instance(data)
