"""Printable and importable documents of a match-making session: personal agendas (PDF, ICS),
the table plan (slot × table grid with interpreters) and per-table sheets (PDF).

Plain dataclasses in, bytes out: the views and tasks build the dataclasses from the database, so
these functions are tested on their own. PDFs embed a CJK font (Debian's WenQuanYi Micro Hei or
Noto CJK, see ``settings.CJK_FONT_PATHS``) so that Chinese names render; without one, Chinese
characters cannot be drawn and the PDF says so instead of printing empty boxes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.formats import date_format, time_format
from fpdf import FPDF
from fpdf.enums import MethodReturnValue
from icalendar import Calendar, Event, vText

from tradebridge.timezones import zone_label

logger = logging.getLogger(__name__)
# fontTools logs every glyph of every font subset at INFO: pages of noise per PDF.
logging.getLogger("fontTools").setLevel(logging.WARNING)

# The core PDF fonts know Latin-1 only; these have a close Latin-1 stand-in.
_LATIN1 = str.maketrans({"–": "-", "—": "-", "…": "...", "↔": "-", "→": "->"})

BRAND = (15, 76, 129)
FONT = "tb-cjk"


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


@cache
def cjk_font_path() -> str | None:
    """The first CJK font file that exists, or None."""
    for candidate in settings.CJK_FONT_PATHS:
        if Path(candidate).is_file():
            return str(candidate)
    logger.warning(
        "No CJK font found (looked for %s): Chinese text in PDFs cannot be rendered. "
        "Install Debian's fonts-wqy-microhei.",
        ", ".join(settings.CJK_FONT_PATHS),
    )
    return None


class _Pdf(FPDF):
    def __init__(self, *, orientation: str = "portrait", footer_text: str = "") -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.footer_text = footer_text
        self.set_auto_page_break(auto=True, margin=15)
        self.set_margins(14, 14, 14)
        font = cjk_font_path()
        if font:
            self.add_font(FONT, fname=font)
            self.family = FONT
        else:
            self.family = "helvetica"

    def text_safe(self, text: str) -> str:
        if self.family == FONT:
            return text
        # The core fonts only know Latin-1: mark what cannot be drawn rather than crash.
        return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")

    def use(self, size: float, *, bold: bool = False) -> None:
        # WenQuanYi has no bold face; a larger size and the brand colour carry emphasis.
        self.set_font(self.family, "B" if bold and self.family != FONT else "", size)

    def footer(self) -> None:
        self.set_y(-11)
        self.use(8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.text_safe(f"{self.footer_text}   {self.page_no()}"), align="R")
        self.set_text_color(0, 0, 0)


def unbroken(text: str) -> str:
    """A text that never wraps inside (a phone number): its spaces made non-breaking."""
    return text.replace(" ", "\u00a0")


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


# Dates and times as the pages write them in the active language (tradebridge.formats).
def _day(moment: datetime, zone: str) -> str:
    return date_format(_local(moment, zone), "DATE_FORMAT")


def _time(moment: datetime, zone: str) -> str:
    return time_format(_local(moment, zone), "TIME_FORMAT")


def _span(start: datetime, end: datetime, zone: str) -> str:
    return f"{_time(start, zone)}–{_time(end, zone)}"


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
    return bytes(pdf.output())


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


def table_plan_pdf(plan: TablePlan) -> bytes:
    """The secretariat's wall chart: one landscape grid per page of tables (slot rows, table
    columns, each cell the two participants and the interpreter), then one sheet per table to
    put on it."""
    labels = plan.labels
    pdf = _Pdf(orientation="landscape", footer_text=f"Tradebridge · {plan.title}")
    per_page = 8
    time_width = 22
    for first in range(0, max(1, len(plan.tables)), per_page):
        tables = list(plan.tables[first : first + per_page])
        pdf.add_page()
        pdf.use(14, bold=True)
        pdf.set_text_color(*BRAND)
        pdf.cell(0, 8, pdf.text_safe(f"{labels.get('plan', 'Table plan')} · {plan.title}"))
        pdf.ln(10)
        pdf.set_text_color(0, 0, 0)
        width = (pdf.w - pdf.l_margin - pdf.r_margin - time_width) / max(1, len(tables))
        pdf.use(8, bold=True)
        pdf.set_fill_color(234, 240, 247)
        pdf.cell(time_width, 7, pdf.text_safe(labels.get("time", "Time")), border=1, fill=True)
        for table in tables:
            head = f"{labels.get('table', 'Table')} {table}"
            pdf.cell(width, 7, pdf.text_safe(head), border=1, fill=True, align="C")
        pdf.ln()
        pdf.use(7)
        row_height = 13.5
        for index, (start, _end) in enumerate(plan.slots):
            if pdf.will_page_break(row_height):
                pdf.add_page()
            y = pdf.get_y()
            pdf.cell(time_width, row_height, _time(start, plan.time_zone), border=1)
            for column, table in enumerate(tables):
                x = pdf.l_margin + time_width + column * width
                pdf.rect(x, y, width, row_height)
                cell = plan.cells.get((index, table))
                if cell is None:
                    continue
                text = f"{cell.first}\n{cell.second}"
                if cell.interpreter:
                    # WenQuanYi has ↔ but not ⟷.
                    text += f"\n↔ {cell.interpreter}"
                pdf.set_xy(x + 0.6, y + 0.6)
                pdf.multi_cell(
                    width - 1.2, 3.9, pdf.text_safe(_clip(text, width)), border=0, align="L"
                )
            pdf.set_xy(pdf.l_margin, y + row_height)
    for table in plan.tables:
        _table_sheet(pdf, plan, table)
    return bytes(pdf.output())


def _clip(text: str, width_mm: float) -> str:
    # About 2.5 mm per CJK character at 7 pt: keep each line inside its cell.
    limit = max(6, int(width_mm / 2.1))
    return "\n".join(
        line if len(line) <= limit else line[: limit - 1] + "…" for line in text.split("\n")
    )


def _table_sheet(pdf: _Pdf, plan: TablePlan, table: str) -> None:
    labels = plan.labels
    pdf.add_page()
    pdf.use(28, bold=True)
    pdf.set_text_color(*BRAND)
    pdf.cell(0, 16, pdf.text_safe(f"{labels.get('table', 'Table')} {table}"))
    pdf.ln(18)
    pdf.set_text_color(0, 0, 0)
    pdf.use(11)
    pdf.cell(0, 7, pdf.text_safe(plan.title))
    pdf.ln(10)
    for index, (start, end) in enumerate(plan.slots):
        cell = plan.cells.get((index, table))
        when = _span(start, end, plan.time_zone)
        pdf.use(11, bold=True)
        pdf.cell(32, 8, pdf.text_safe(when), border="B")
        pdf.use(11)
        if cell is None:
            pdf.cell(0, 8, pdf.text_safe("—"), border="B")
        else:
            text = f"{cell.first}  ·  {cell.second}"
            if cell.interpreter:
                text += f"  ({labels.get('interpreter', 'Interpreter')}: {cell.interpreter})"
            pdf.cell(0, 8, pdf.text_safe(text), border="B")
        pdf.ln()
