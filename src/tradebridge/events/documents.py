"""Printable and importable documents of an event's programme (PDF, ICS), and the PDF base
every app's documents share (A4, the CJK font embedded, a footer with page numbers).

Plain dataclasses in, bytes out: views build the dataclasses from the database (see
``selectors.programme_document``), so these functions are tested on their own. PDFs embed a CJK
font (Debian's WenQuanYi Micro Hei or Noto CJK, see ``settings.CJK_FONT_PATHS``) so that Chinese
text renders; without one, Chinese characters cannot be drawn and are marked instead of
printing empty boxes. The apps above events (match-making's agendas, check-in's badges) build
their PDFs on ``PdfDocument`` too.
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
from fpdf.enums import MethodReturnValue, WrapMode
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent

from tradebridge.timezones import zone_label

logger = logging.getLogger(__name__)
# fontTools logs every glyph of every font subset at INFO: pages of noise per PDF.
logging.getLogger("fontTools").setLevel(logging.WARNING)

# The core PDF fonts know Latin-1 only; these have a close Latin-1 stand-in.
_LATIN1 = str.maketrans({"–": "-", "—": "-", "…": "...", "↔": "-", "→": "->"})

BRAND = (15, 76, 129)
FONT = "tb-cjk"


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


class PdfDocument(FPDF):
    """An A4 document with the CJK font (when there is one) and a footer."""

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


def pdf_bytes(pdf: FPDF) -> bytes:
    """The finished document; the font files it read are closed at once (fontTools keeps a
    TrueType collection open until the collector comes by, and a file left open is a leak a
    busy worker notices)."""
    try:
        return bytes(pdf.output())
    finally:
        close_fonts(pdf)


def close_fonts(pdf: FPDF) -> None:
    """Close the font files a document read (for a document measured and never written)."""
    for font in pdf.fonts.values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()


def has_cjk(text: str) -> bool:
    return any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def wrap_mode(text: str) -> WrapMode:
    """Chinese has no spaces between words: it wraps at any character."""
    return WrapMode.CHAR if has_cjk(text) else WrapMode.WORD


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


# Dates and times as the pages write them in the active language (tradebridge.formats).
def day(moment: datetime, zone: str) -> str:
    return date_format(local(moment, zone), "DATE_FORMAT")


def clock(moment: datetime, zone: str) -> str:
    return time_format(local(moment, zone), "TIME_FORMAT")


def span(start: datetime, end: datetime, zone: str) -> str:
    return f"{clock(start, zone)}–{clock(end, zone)}"


@dataclass(frozen=True)
class ProgrammeEntry:
    """One agenda item with every text already in the reader's language."""

    uid: str
    start: datetime
    end: datetime
    title: str
    kind: str = ""
    topic: str = ""
    description: str = ""
    room: str = ""
    # (role, "name, title, affiliation") in the programme's order, e.g. ("Moderator", "...").
    people: Sequence[tuple[str, str]] = ()
    url: str = ""


@dataclass(frozen=True)
class Programme:
    """An event's programme (or a part of it: one speaker's or one person's items)."""

    event: str
    venue: str
    time_zone: str
    entries: Sequence[ProgrammeEntry]
    subtitle: str = ""
    cohosts: Sequence[str] = ()
    labels: dict[str, str] = field(default_factory=dict)


def _paragraph(pdf: PdfDocument, text: str, height: float, *, x: float = 0, w: float = 0) -> None:
    if x:
        pdf.set_x(x)
    pdf.multi_cell(
        w,
        height,
        pdf.text_safe(text),
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
        wrapmode=wrap_mode(text),
    )


def programme_pdf(programme: Programme) -> bytes:
    """The printable programme: a heading per day, then each item's time, title, kind, room,
    topic and people. Times in the event's time zone, which the page names."""
    labels, zone = programme.labels, programme.time_zone
    pdf = PdfDocument(footer_text=f"Tradebridge · {programme.event}")
    pdf.set_title(programme.event)
    pdf.set_creator("Tradebridge")
    pdf.add_page()
    pdf.use(18, bold=True)
    pdf.set_text_color(*BRAND)
    _paragraph(pdf, programme.event, 9)
    pdf.set_text_color(0, 0, 0)
    pdf.use(11)
    for line in (programme.subtitle, programme.venue):
        if line:
            _paragraph(pdf, line, 6)
    if programme.cohosts:
        _paragraph(pdf, f"{labels.get('cohosts', 'Co-hosts')}: {' · '.join(programme.cohosts)}", 6)
    pdf.use(9)
    pdf.set_text_color(90, 90, 90)
    _paragraph(pdf, labels.get("times_in", "Times in {zone}").format(zone=zone_label(zone)), 6)
    pdf.set_text_color(0, 0, 0)
    if not programme.entries:
        pdf.ln(4)
        pdf.use(11)
        _paragraph(pdf, labels.get("empty", "The programme has no items yet."), 6)
    time_width, gap = 30.0, 3.0
    text_x = pdf.l_margin + time_width + gap
    text_width = pdf.w - pdf.r_margin - text_x
    current_day = ""
    for entry in sorted(programme.entries, key=lambda e: (e.start, e.end)):
        # The zone's abbreviation that day ("PDT") tells a reader which side of a change of the
        # clocks the day is on.
        heading = f"{day(entry.start, zone)}  {local(entry.start, zone):%Z}"
        lines = _entry_lines(programme, entry)
        # Keep an item (and its day's heading) on one page when it fits on one.
        needed = sum(
            _height(pdf, text, size, text_width, step) for text, size, step, _ in lines
        ) + (14 if heading != current_day else 2)
        if pdf.get_y() + needed > pdf.page_break_trigger:
            pdf.add_page()
        if heading != current_day:
            current_day = heading
            pdf.ln(4)
            pdf.use(13, bold=True)
            pdf.set_text_color(*BRAND)
            _paragraph(pdf, heading, 8)
            pdf.set_draw_color(*BRAND)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        pdf.ln(1.5)
        top = pdf.get_y()
        pdf.use(10)
        pdf.cell(time_width, 6, pdf.text_safe(span(entry.start, entry.end, zone)))
        pdf.set_xy(text_x, top)
        for text, size, step, colour in lines:
            pdf.use(size, bold=size > 10)
            pdf.set_text_color(*colour)
            _paragraph(pdf, text, step, x=text_x, w=text_width)
        pdf.set_text_color(0, 0, 0)
    return pdf_bytes(pdf)


_GREY = (90, 90, 90)
_BLACK = (0, 0, 0)


def _person(programme: Programme, role: str, person: str) -> str:
    return programme.labels.get("person", "{role}: {person}").format(role=role, person=person)


def _entry_lines(
    programme: Programme, entry: ProgrammeEntry
) -> list[tuple[str, float, float, tuple[int, int, int]]]:
    """An item's lines: (text, font size, line height, colour)."""
    lines = [(entry.title, 11.5, 6.0, BRAND)]
    facts = " · ".join(part for part in (entry.kind, entry.room) if part)
    if facts:
        lines.append((facts, 9, 5.0, _GREY))
    if entry.topic:
        lines.append((entry.topic, 10, 5.5, _BLACK))
    lines += [(_person(programme, role, person), 9.5, 5.0, _BLACK) for role, person in entry.people]
    return lines


def _height(pdf: PdfDocument, text: str, size: float, width: float, step: float) -> float:
    pdf.use(size, bold=size > 10)
    height = pdf.multi_cell(
        width,
        step,
        pdf.text_safe(text),
        align="L",
        dry_run=True,
        output=MethodReturnValue.HEIGHT,
        wrapmode=wrap_mode(text),
    )
    assert isinstance(height, float | int)
    return float(height)


def programme_ics(
    programme: Programme,
    *,
    product: str = "-//Tradebridge//Programme//EN",
    stamp: datetime | None = None,
) -> bytes:
    """An iCalendar file with one event per item, its times written in the event's time zone
    (``DTSTART;TZID=America/Los_Angeles:...``) with that zone's VTIMEZONE, so that a calendar
    shows the summit's local times however its reader travels, across a DST change too. Each
    item keeps its UID, so that importing a newer file updates rather than duplicates."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    zone = ZoneInfo(programme.time_zone)
    calendar = Calendar()
    calendar.add("prodid", product)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", programme.subtitle or programme.event)
    calendar.add("x-wr-timezone", programme.time_zone)
    for entry in programme.entries:
        item = CalendarEvent()
        item.add("uid", entry.uid)
        item.add("dtstamp", stamp)
        item.add("dtstart", entry.start.astimezone(zone))
        item.add("dtend", entry.end.astimezone(zone))
        item.add("summary", entry.title)
        lines = [part for part in (entry.kind, entry.topic) if part]
        lines += [_person(programme, role, person) for role, person in entry.people]
        if entry.description:
            lines.append(entry.description)
        if lines:
            item.add("description", "\n".join(lines))
        place = ", ".join(part for part in (entry.room, programme.venue) if part)
        if place:
            item["location"] = vText(place)
        if entry.url:
            item.add("url", entry.url)
        calendar.add_component(item)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
