"""Printable and importable documents of a match-making session: personal agendas (PDF, ICS),
the table plan (slot × table grid with interpreters) and per-table sheets (PDF).

Plain dataclasses in, bytes out: the views and tasks build the dataclasses from the database, so
these functions are tested on their own. PDFs embed a CJK font (Debian's WenQuanYi Micro Hei or
Noto CJK, see ``settings.CJK_FONT_PATHS``) so that Chinese names render; without one, Chinese
characters cannot be drawn and the PDF says so instead of printing empty boxes.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from fpdf.enums import MethodReturnValue, WrapMode
from icalendar import Calendar, Event, vText

# The PDF base and its font loading live in events (below match-making, and shared with the
# programme and the badges); cjk_font_path stays reachable here for the tests that clear it.
from tradebridge.events.documents import BRAND, cjk_font_path, pdf_bytes  # noqa: F401
from tradebridge.events.documents import PdfDocument as _Pdf
from tradebridge.events.documents import day as _day
from tradebridge.events.documents import has_cjk as _has_cjk
from tradebridge.events.documents import local as _local
from tradebridge.events.documents import span as _span
from tradebridge.timezones import zone_label


@dataclass(frozen=True)
class AgendaItem:
    """One meeting on a participant's agenda."""

    uid: str
    start: datetime
    end: datetime
    table: str
    partner: str
    partner_detail: str = ""
    interpreter: str = ""
    location: str = ""
    # Grows with each publication of the schedule, so that a calendar program importing a
    # newer file updates the event of the same UID instead of keeping the old time.
    sequence: int = 0


@dataclass(frozen=True)
class Agenda:
    """A participant's personal agenda for one session, with every label already translated
    into the reader's language."""

    participant: str
    session: str
    event: str
    venue: str
    time_zone: str
    items: Sequence[AgendaItem]
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanCell:
    """A meeting in the table plan."""

    first: str
    second: str
    interpreter: str = ""


@dataclass(frozen=True)
class TablePlan:
    """The slot × table grid of a session. ``cells[(position, table_label)]``, the position
    of the slot in ``slots`` counted from 0."""

    title: str
    slots: Sequence[tuple[datetime, datetime]]
    tables: Sequence[str]
    time_zone: str
    cells: dict[tuple[int, str], PlanCell]
    labels: dict[str, str] = field(default_factory=dict)


def unbroken(text: str) -> str:
    """A text that never wraps inside (a phone number): its spaces made non-breaking."""
    return text.replace(" ", "\u00a0")


def agenda_pdf(agenda: Agenda) -> bytes:
    """A one-participant agenda: when, which table, whom, with which interpreter. Times are
    shown in the event's time zone (``agenda.time_zone``)."""
    labels = agenda.labels
    pdf = _Pdf(footer_text=f"Tradebridge · {agenda.event}")
    pdf.set_title(f"{agenda.session} – {agenda.participant}")
    pdf.set_creator("Tradebridge")
    pdf.add_page()
    pdf.use(18, bold=True)
    pdf.set_text_color(*BRAND)
    # Left-aligned: fpdf2 justifies by default, which spreads a wrapped title into gaps.
    pdf.multi_cell(
        0, 9, pdf.text_safe(agenda.participant), align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0, 0, 0)
    pdf.use(11)
    subtitle = f"{agenda.session} · {agenda.event}"
    pdf.multi_cell(0, 6, pdf.text_safe(subtitle), align="L", new_x="LMARGIN", new_y="NEXT")
    if agenda.venue:
        pdf.multi_cell(0, 6, pdf.text_safe(agenda.venue), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.use(9)
    pdf.set_text_color(90, 90, 90)
    zone = zone_label(agenda.time_zone)
    note = labels.get("times_in", "Times in {zone}").format(zone=zone)
    # The day(s) of the meetings, written as the pages write them in the reader's language.
    first_of_day: dict[str, datetime] = {}
    for item in sorted(agenda.items, key=lambda i: i.start):
        first_of_day.setdefault(f"{_local(item.start, agenda.time_zone):%Y-%m-%d}", item.start)
    days = [_day(moment, agenda.time_zone) for moment in first_of_day.values()]
    if days:
        note = f"{' / '.join(days)} · {note}"
    pdf.multi_cell(0, 6, pdf.text_safe(note), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    widths = (28, 22, 92, 40)
    heads = (
        labels.get("time", "Time"),
        labels.get("table", "Table"),
        labels.get("partner", "Partner"),
        labels.get("interpreter", "Interpreter"),
    )
    pdf.use(10, bold=True)
    pdf.set_fill_color(234, 240, 247)
    for width, head in zip(widths, heads, strict=True):
        pdf.cell(width, 8, pdf.text_safe(head), border="B", fill=True)
    pdf.ln()
    pdf.use(10)
    if not agenda.items:
        pdf.cell(0, 10, pdf.text_safe(labels.get("empty", "No meetings.")))
    for item in agenda.items:
        partner = pdf.text_safe(
            item.partner + (f"\n{item.partner_detail}" if item.partner_detail else "")
        )
        # A long name wraps: measure the lines the cell will really take.
        wrapped = pdf.multi_cell(
            widths[2], 6, partner, dry_run=True, output=MethodReturnValue.LINES
        )
        assert isinstance(wrapped, list)
        height = 6 * max(1, len(wrapped)) + 2
        if pdf.will_page_break(height):
            pdf.add_page()
        y = pdf.get_y()
        x = pdf.l_margin
        pdf.set_xy(x, y)
        when = _span(item.start, item.end, agenda.time_zone)
        pdf.cell(widths[0], height, pdf.text_safe(when), border="B")
        pdf.cell(widths[1], height, pdf.text_safe(item.table), border="B")
        pdf.multi_cell(widths[2], 6, partner, border=0, align="L", new_x="RIGHT", new_y="TOP")
        pdf.set_xy(x + widths[0] + widths[1] + widths[2], y)
        pdf.cell(widths[3], height, pdf.text_safe(item.interpreter or "—"), border="B")
        pdf.line(x + widths[0] + widths[1], y + height, x + sum(widths[:3]), y + height)
        pdf.set_xy(x, y + height)
    return pdf_bytes(pdf)


def agenda_ics(
    agenda: Agenda,
    *,
    product: str = "-//Tradebridge//Match-making//EN",
    stamp: datetime | None = None,
) -> bytes:
    """An iCalendar file with one event per meeting, in UTC (unambiguous for every calendar
    program, and no VTIMEZONE needed), each with a stable UID so that re-imports update rather
    than duplicate. ``stamp`` is when the file is made (DTSTAMP), by default now."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", product)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{agenda.session} – {agenda.participant}")
    calendar.add("x-wr-timezone", agenda.time_zone)
    table_label = agenda.labels.get("table", "Table")
    interpreter_label = agenda.labels.get("interpreter", "Interpreter")
    for item in agenda.items:
        event = Event()
        event.add("uid", item.uid)
        event.add("sequence", item.sequence)
        event.add("dtstamp", stamp)
        # An aware time in another zone would be written with a TZID that needs a VTIMEZONE.
        event.add("dtstart", item.start.astimezone(UTC))
        event.add("dtend", item.end.astimezone(UTC))
        event.add("summary", f"{item.partner} ({table_label} {item.table})")
        lines = [f"{table_label}: {item.table}"]
        if item.partner_detail:
            lines.append(item.partner_detail)
        if item.interpreter:
            lines.append(f"{interpreter_label}: {item.interpreter}")
        event.add("description", "\n".join(lines))
        event["location"] = vText(item.location or agenda.venue)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


# The table plan's grid on landscape A4, in millimetres.
_PLAN_MARGIN = 10.0
_PLAN_TIME = 15.0  # the time column
_PLAN_MIN_COLUMN = 42.0  # a table's column is never narrower: more pages rather than less room
_PLAN_PAD = 0.8  # inside a cell, around its text
_PLAN_GAP = 0.7  # between the first name, the second and the interpreter
_PLAN_HEAD = 7.0  # the row of table numbers
_PLAN_ROW_LIMITS = (11.0, 26.0)  # a slot's row, before it grows to hold its names
_PLAN_FONT = (7.5, 4.5, 0.5)  # largest, smallest size (pt) and the step between
_PT = 0.3528  # mm per point


@dataclass(frozen=True)
class _CellText:
    size: float
    line_height: float
    lines: list[tuple[str, bool, float]]  # (text, muted, top: from the cell's text top)
    height: float


def _wrap(pdf: _Pdf, text: str, width: float, line_height: float) -> list[str]:
    """The lines ``text`` takes in ``width`` at the current font: at spaces, or anywhere in
    Chinese (no spaces between words)."""
    lines = pdf.multi_cell(
        width,
        line_height,
        pdf.text_safe(text),
        dry_run=True,
        output=MethodReturnValue.LINES,
        wrapmode=WrapMode.CHAR if _has_cjk(text) else WrapMode.WORD,
    )
    assert isinstance(lines, list)
    return [str(line) for line in lines] or [""]


def _fit(pdf: _Pdf, cell: PlanCell, width: float, height: float) -> _CellText:
    """The largest font size at which the two names and the interpreter, each wrapped inside
    ``width``, fit in ``height``; at the smallest size the text takes what it needs (the row
    grows: a name is never cut nor drawn over the next row)."""
    largest, smallest, step = _PLAN_FONT
    size = largest
    while True:
        pdf.use(size)
        line_height = size * _PT * 1.2
        lines: list[tuple[str, bool, float]] = []
        top = 0.0
        for text, muted in (
            (cell.first, False),
            (cell.second, False),
            (f"↔ {cell.interpreter}" if cell.interpreter else "", True),
        ):
            if not text:
                continue
            if lines:
                top += _PLAN_GAP  # the two names and the interpreter read apart
            for line in _wrap(pdf, text, width, line_height):
                lines.append((line, muted, top))
                top += line_height
        needed = top
        if needed <= height or size - step < smallest:
            return _CellText(size, line_height, lines, needed)
        size -= step


def table_plan_pdf(plan: TablePlan) -> bytes:
    """The secretariat's wall chart: landscape pages of slot rows and table columns, as many
    tables a page as keep each column readable (the pages split the tables into ranges), every
    name whole (wrapped, and smaller where it must be, inside its cell), then one sheet per
    table to put on it."""
    pdf = _Pdf(orientation="landscape", footer_text=f"Tradebridge · {plan.title}")
    pdf.set_margins(_PLAN_MARGIN, _PLAN_MARGIN, _PLAN_MARGIN)
    pdf.set_auto_page_break(False)
    usable = pdf.w - 2 * _PLAN_MARGIN - _PLAN_TIME
    per_page = max(1, int(usable // _PLAN_MIN_COLUMN))
    tables = list(plan.tables) or [""]
    pages = -(-len(tables) // per_page)
    # The tables spread evenly over the pages (55 on 10: five of 6, five of 5), each column as
    # wide as on a full page.
    cuts = [round(i * len(tables) / pages) for i in range(pages + 1)]
    groups = [tables[a:b] for a, b in itertools.pairwise(cuts)]
    width = usable / max(len(g) for g in groups)
    bottom = pdf.h - 14  # above the footer
    for group in groups:
        top = _plan_page(pdf, plan, group, width)
        low, high = _PLAN_ROW_LIMITS
        base = min(high, max(low, (bottom - top) / max(1, len(plan.slots))))
        for index, (start, end) in enumerate(plan.slots):
            texts = [
                _fit(pdf, cell, width - 2 * _PLAN_PAD, base - 2 * _PLAN_PAD) if cell else None
                for cell in (plan.cells.get((index, table)) for table in group)
            ]
            height = max([base, *(t.height + 2 * _PLAN_PAD for t in texts if t)])
            if pdf.get_y() + height > bottom:
                _plan_page(pdf, plan, group, width)
            y = pdf.get_y()
            _plan_time(pdf, plan, (start, end), y, height)
            for column, text in enumerate(texts):
                x = pdf.l_margin + _PLAN_TIME + column * width
                pdf.rect(x, y, width, height)
                if text is not None:
                    _plan_cell(pdf, text, x, y, width)
            pdf.set_xy(pdf.l_margin, y + height)
    for table in plan.tables:
        _table_sheet(pdf, plan, table)
    return pdf_bytes(pdf)


def _plan_page(pdf: _Pdf, plan: TablePlan, group: list[str], width: float) -> float:
    """A new grid page: the title with its range of tables, the row of table numbers. Returns
    where the first slot's row starts."""
    labels = plan.labels
    table = labels.get("table", "Table")
    pdf.add_page()
    pdf.use(13, bold=True)
    pdf.set_text_color(*BRAND)
    tables = f"{table} {group[0]}–{group[-1]}" if len(group) > 1 else f"{table} {group[0]}"
    title = f"{labels.get('plan', 'Table plan')} · {plan.title} · {tables}"
    pdf.multi_cell(0, 7, pdf.text_safe(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_text_color(0, 0, 0)
    pdf.use(8, bold=True)
    pdf.set_fill_color(234, 240, 247)
    pdf.cell(_PLAN_TIME, _PLAN_HEAD, pdf.text_safe(labels.get("time", "Time")), border=1, fill=True)
    for name in group:
        pdf.cell(
            width, _PLAN_HEAD, pdf.text_safe(f"{table} {name}"), border=1, fill=True, align="C"
        )
    pdf.ln()
    return pdf.get_y()


def _plan_time(
    pdf: _Pdf, plan: TablePlan, slot: tuple[datetime, datetime], y: float, h: float
) -> None:
    start, end = slot
    pdf.rect(pdf.l_margin, y, _PLAN_TIME, h)
    pdf.use(8)
    pdf.set_xy(pdf.l_margin, y + _PLAN_PAD)
    pdf.cell(_PLAN_TIME, 4, f"{_local(start, plan.time_zone):%H:%M}")
    pdf.use(6)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(pdf.l_margin, y + _PLAN_PAD + 4)
    pdf.cell(_PLAN_TIME, 3, pdf.text_safe(f"–{_local(end, plan.time_zone):%H:%M}"))
    pdf.set_text_color(0, 0, 0)


def _plan_cell(pdf: _Pdf, text: _CellText, x: float, y: float, width: float) -> None:
    pdf.use(text.size)
    for line, muted, top in text.lines:
        pdf.set_text_color(*((90, 90, 90) if muted else (0, 0, 0)))
        pdf.set_xy(x + _PLAN_PAD, y + _PLAN_PAD + top)
        pdf.cell(width - 2 * _PLAN_PAD, text.line_height, line)
    pdf.set_text_color(0, 0, 0)


def _table_sheet(pdf: _Pdf, plan: TablePlan, table: str) -> None:
    """One table's meetings, to put on it: time, the two names (wrapped, never cut) and the
    interpreter."""
    labels = plan.labels
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.use(28, bold=True)
    pdf.set_text_color(*BRAND)
    pdf.cell(0, 16, pdf.text_safe(f"{labels.get('table', 'Table')} {table}"))
    pdf.ln(18)
    pdf.set_text_color(0, 0, 0)
    pdf.use(11)
    pdf.multi_cell(0, 7, pdf.text_safe(plan.title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    when_width = 32.0
    width = pdf.w - pdf.l_margin - pdf.r_margin - when_width
    for index, (start, end) in enumerate(plan.slots):
        cell = plan.cells.get((index, table))
        when = _span(start, end, plan.time_zone)
        if cell is None:
            text = "—"
        else:
            text = f"{cell.first}  ·  {cell.second}"
            if cell.interpreter:
                text += f"  ({labels.get('interpreter', 'Interpreter')}: {cell.interpreter})"
        pdf.use(11)
        lines = _wrap(pdf, text, width, 6)
        height = max(8.0, 6 * len(lines) + 2)
        if pdf.get_y() + height > pdf.h - 14:
            pdf.add_page()
        y = pdf.get_y()
        pdf.use(11, bold=True)
        pdf.cell(when_width, 8, pdf.text_safe(when))
        pdf.use(11)
        for row, line in enumerate(lines):
            pdf.set_xy(pdf.l_margin + when_width, y + 1 + row * 6)
            pdf.cell(width, 6, line)
        pdf.line(pdf.l_margin, y + height, pdf.w - pdf.r_margin, y + height)
        pdf.set_xy(pdf.l_margin, y + height)
