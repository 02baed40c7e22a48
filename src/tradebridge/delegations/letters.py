"""Invitation letters for visa applications: one A4 page per delegate, in English, on the
host's letterhead text, naming the traveller by the passport spelling (the name in Chinese
beside it), with the purpose and dates of the visit.

A consulate compares the letter with the passport: the passport name is printed exactly as
stored (capitals, surname first) and never re-spelt from the Chinese. Plain dataclasses in,
bytes out (``letters_pdf``); ``letters_for`` builds them from the roster.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fpdf import FPDF

from tradebridge.bilingual import translated_base
from tradebridge.events.documents import cjk_font_path, pdf_bytes
from tradebridge.names import is_chinese

from .models import Delegate, Letterhead

logger = logging.getLogger(__name__)
logging.getLogger("fontTools").setLevel(logging.WARNING)

FONT = "tb-cjk"
BRAND = (15, 76, 129)
# The core fonts know Latin-1 only.
_LATIN1 = str.maketrans({"–": "-", "—": "-", "…": "...", "’": "'", "‘": "'", "“": '"', "”": '"'})


@dataclass(frozen=True)
class Host:
    name: str
    address: str = ""
    contact: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    purpose: str = ""


@dataclass(frozen=True)
class Letter:
    """What one letter says, in English."""

    passport_name: str
    native_name: str
    honorific: str  # "Mr", "Ms" or ""
    title: str
    organization: str
    delegation: str
    event: str
    venue: str
    visit_from: dt.date | None
    visit_to: dt.date | None
    event_from: dt.date | None
    event_to: dt.date | None


def _latin(text: str) -> str:
    return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def _day(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def _span(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    return f"{_day(start)} – {_day(end)}"


def _english(obj: object, name: str) -> str:
    """A field's English text; a Chinese text cannot stand in (the letter is in English and
    its Latin font), so it is left out."""
    text = str(getattr(obj, f"{name}_en", "") or "") or translated_base(obj, name)
    return "" if is_chinese(text) else text


def host_of(letterhead: Letterhead | None) -> Host | None:
    if letterhead is None:
        return None
    return Host(
        name=letterhead.host_name,
        address=letterhead.address,
        contact=letterhead.contact,
        signatory_name=letterhead.signatory_name,
        signatory_title=letterhead.signatory_title,
        purpose=letterhead.purpose,
    )


def letters_for(delegates: Iterable[Delegate]) -> list[Letter]:
    """The letters of these delegates (their delegation, organization and event read)."""
    letters = []
    for delegate in delegates:
        delegation = delegate.delegation
        event = delegation.event
        zone = event.zone if event is not None else None
        organization = (
            _english(delegate.organization, "name")
            if delegate.organization is not None
            else ("" if is_chinese(delegate.organization_name) else delegate.organization_name)
        )
        letters.append(
            Letter(
                passport_name=delegate.latin_name,
                native_name=delegate.full_name if is_chinese(delegate.full_name) else "",
                honorific={"F": "Ms", "M": "Mr"}.get(delegate.gender, ""),
                title=_english(delegate, "title"),
                organization=organization,
                delegation=_english(delegation, "name"),
                event=_english(event, "title") if event else "",
                venue=_english(event, "venue") if event else "",
                visit_from=delegate.arrival_at.astimezone(zone).date()
                if delegate.arrival_at and zone
                else (delegate.arrival_at.date() if delegate.arrival_at else None),
                visit_to=delegate.departure_at.astimezone(zone).date()
                if delegate.departure_at and zone
                else (delegate.departure_at.date() if delegate.departure_at else None),
                event_from=event.starts_on if event else None,
                event_to=event.ends_on if event else None,
            )
        )
    return letters


class _LetterPdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(auto=True, margin=20)
        font = cjk_font_path()
        self.has_cjk = bool(font)
        if font:
            self.add_font(FONT, fname=font)


def _body(letter: Letter, host: Host) -> list[str]:
    """The letter's paragraphs."""
    who = f"{letter.honorific} {letter.passport_name}".strip()
    role = ", ".join(part for part in (letter.title, letter.organization) if part)
    member = f", a member of the {letter.delegation}" if letter.delegation else ""
    purpose = host.purpose or (
        f"to attend the {letter.event}" if letter.event else "for business meetings"
    )
    paragraphs = [
        f"{host.name} is pleased to invite {who}"
        + (f" ({role})" if role else "")
        + f"{member}, to visit the United States {purpose.rstrip('.')}."
    ]
    if letter.event:
        when = _span(letter.event_from, letter.event_to)
        where = f" at {letter.venue}" if letter.venue else ""
        paragraphs.append(f"The {letter.event} takes place{where} on {when}.")
    if letter.visit_from:
        stay = f"{who} plans to arrive on {_day(letter.visit_from)}"
        if letter.visit_to:
            stay += f" and to depart on {_day(letter.visit_to)}"
        paragraphs.append(stay + ".")
    closing = (
        "We kindly ask you to give the visa application your favourable consideration. "
        "This letter is issued for the purpose of the visa application only."
    )
    if host.contact:
        closing += f" For any question, please contact us: {host.contact}."
    paragraphs.append(closing)
    return paragraphs


def letters_pdf(letters: Sequence[Letter], host: Host, *, issued_on: dt.date) -> bytes:
    """One page per letter."""
    pdf = _LetterPdf()
    pdf.set_title(_latin(f"Invitation letters - {host.name}"))
    pdf.set_creator("Tradebridge")
    for letter in letters:
        pdf.add_page()
        # Letterhead.
        pdf.set_text_color(*BRAND)
        pdf.set_font("helvetica", "B", 16)
        pdf.multi_cell(0, 8, _latin(host.name), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 9)
        pdf.set_text_color(80, 80, 80)
        for line in [*host.address.splitlines(), host.contact]:
            if line.strip():
                pdf.cell(0, 4.5, _latin(line.strip()), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*BRAND)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
        pdf.ln(9)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("times", "", 11.5)
        pdf.cell(0, 6, _day(issued_on), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.multi_cell(
            0,
            6,
            "To the Consular Section\nEmbassy and Consulates General of the United States",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(4)
        pdf.set_font("times", "B", 12)
        pdf.cell(0, 7, "Letter of invitation", new_x="LMARGIN", new_y="NEXT")
        # The traveller, as the passport has it, and the name in Chinese beside it.
        pdf.set_font("times", "", 11.5)
        pdf.cell(32, 7, "Passport name:")
        pdf.set_font("helvetica", "B", 12)
        name = _latin(letter.passport_name or "-")
        pdf.cell(pdf.get_string_width(name) + 4, 7, name)
        if letter.native_name and pdf.has_cjk:
            pdf.set_font(FONT, "", 12)
            pdf.cell(0, 7, letter.native_name)
        pdf.ln(7)
        if letter.title or letter.organization:
            pdf.set_font("times", "", 11.5)
            pdf.cell(32, 6, "Position:")
            pdf.multi_cell(
                0,
                6,
                _latin(", ".join(p for p in (letter.title, letter.organization) if p)),
                new_x="LMARGIN",
                new_y="NEXT",
            )
        pdf.ln(5)
        pdf.set_font("times", "", 11.5)
        pdf.multi_cell(0, 6, "Dear Consular Officer,", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for paragraph in _body(letter, host):
            pdf.multi_cell(0, 6, _latin(paragraph), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.ln(4)
        pdf.multi_cell(0, 6, "Sincerely,", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(16)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 70, pdf.get_y())
        pdf.ln(2)
        for line in (host.signatory_name, host.signatory_title, host.name):
            if line:
                pdf.multi_cell(0, 6, _latin(line), new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(pdf)
