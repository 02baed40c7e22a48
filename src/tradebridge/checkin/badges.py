"""Badge PDFs: A6 one badge a page, or four A6 badges on an A4 sheet (with cut marks).

Plain dataclasses in, bytes out (like match-making's ``documents``): the selectors build the
``Badge`` rows from the database, the command and the staff page call ``render``. Every text is
fitted to its box: it shrinks, then wraps onto a second line, and only at the smallest size is
it cut with an ellipsis, so that no name or organization ever runs off the badge. The CJK font
of ``settings.CJK_FONT_PATHS`` is embedded (subset), so Chinese prints on any printer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tradebridge.events.documents import PdfDocument, pdf_bytes
from tradebridge.names import BadgeName

from . import qr

logger = logging.getLogger(__name__)
logging.getLogger("fontTools").setLevel(logging.WARNING)

Layout = Literal["a6", "a4x4"]
LAYOUTS: tuple[Layout, ...] = ("a6", "a4x4")

BRAND = (15, 76, 129)
WIDTH, HEIGHT = 105.0, 148.0  # A6, mm
MARGIN = 6.0
QR_SIDE = 40.0  # mm: about 1.4 mm a module for a 25-module code, easy for any scanner
QR_TOP = HEIGHT - MARGIN - QR_SIDE
PT = 0.3528  # mm per point


@dataclass(frozen=True)
class Badge:
    """One attendee's badge, every text already chosen (and translated) by the caller."""

    name: BadgeName
    code: str
    organization: Sequence[str] = ()  # one line per language, without repeats
    role: str = ""  # "Speaker", "Delegate · Jiangsu delegation"
    event: str = ""


@dataclass(frozen=True)
class Fitted:
    """A text fitted to a box: its size (pt) and lines."""

    size: float
    lines: list[str]

    def height(self, leading: float = 1.15) -> float:
        return len(self.lines) * self.size * PT * leading


class _Pdf(PdfDocument):
    """The events' PDF base (its CJK font, its Latin-1 fallback), with pages of the layout's
    size, no margins and no footer."""

    def __init__(self, layout: Layout) -> None:
        super().__init__()
        self.page_format: tuple[float, float] | str = (WIDTH, HEIGHT) if layout == "a6" else "A4"
        self.set_auto_page_break(auto=False)
        self.set_margins(0, 0, 0)
        self.set_creator("Tradebridge")
        self._widths: dict[str, float] = {}

    def new_page(self) -> None:
        self.add_page(format=self.page_format)

    def footer(self) -> None:
        pass

    def safe(self, text: str) -> str:
        return self.text_safe(text)

    def width(self, text: str, size: float) -> float:
        """The text's width (mm) at ``size`` pt: the sum of its characters' widths (the font
        is drawn without kerning), each measured once; fitting a badge's texts measures
        thousands of candidate lines."""
        return sum(self._unit_width(c) for c in text) * size

    def _unit_width(self, char: str) -> float:
        width = self._widths.get(char)
        if width is None:
            self.set_font(self.family, "", 100)
            width = self._widths[char] = float(self.get_string_width(self.safe(char))) / 100
        return width


def _wrap(pdf: _Pdf, text: str, width: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``width`` at ``size``: broken at spaces, or between any
    two characters where a word alone is too wide (Chinese has no spaces)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if pdf.width(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        for char in word:
            if pdf.width(line + char, size) <= width or not line:
                line += char
            else:
                lines.append(line)
                line = char
    if line:
        lines.append(line)
    return lines


def fit(
    pdf: _Pdf,
    text: str,
    *,
    width: float,
    largest: float,
    smallest: float,
    max_lines: int = 2,
    one_line_down_to: float | None = None,
) -> Fitted:
    """The largest size (pt) from ``largest`` down to ``smallest`` at which ``text`` fits in
    ``width`` mm: on one line while the size stays at least ``one_line_down_to``, else in up to
    ``max_lines`` lines. At ``smallest`` a text still too long is cut with "…"."""
    text = " ".join(text.split())
    if not text:
        return Fitted(largest, [])
    floor = largest if one_line_down_to is None else one_line_down_to
    size = largest
    while size >= smallest:
        lines = _wrap(pdf, text, width, size)
        if len(lines) <= (1 if size >= floor else max_lines):
            return Fitted(size, lines)
        size = round(size - 0.5, 1)
    lines = _wrap(pdf, text, width, smallest)[:max_lines]
    last = lines[-1]
    while last and pdf.width(last + "…", smallest) > width:
        last = last[:-1]
    lines[-1] = last.rstrip() + "…"
    return Fitted(smallest, lines)


def _write(pdf: _Pdf, fitted: Fitted, *, x: float, y: float, width: float) -> float:
    """The fitted lines centred in ``width`` from ``y``; returns the y below them."""
    pdf.set_font(pdf.family, "", fitted.size)
    step = fitted.size * PT * 1.15
    for line in fitted.lines:
        pdf.set_xy(x, y)
        pdf.cell(width, step, pdf.safe(line), align="C")
        y += step
    return y


def _qr(pdf: _Pdf, code: str, *, x: float, y: float, side: float) -> None:
    modules, runs = qr.dark_runs(code)
    module = side / modules
    pdf.set_fill_color(0, 0, 0)
    for row, column, length in runs:
        pdf.rect(x + column * module, y + row * module, length * module, module, style="F")


def draw(pdf: _Pdf, badge: Badge, *, x0: float, y0: float) -> float:
    """One badge in the A6 box whose top left corner is (x0, y0). Returns where its texts end
    (above the QR code, whatever their length: the tests check it with the longest names)."""
    inner = WIDTH - 2 * MARGIN
    left = x0 + MARGIN
    # The event's band.
    pdf.set_fill_color(*BRAND)
    pdf.rect(x0, y0, WIDTH, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    band = fit(pdf, badge.event, width=inner, largest=11, smallest=6, one_line_down_to=8)
    _write(pdf, band, x=left, y=y0 + (16 - band.height()) / 2, width=inner)
    pdf.set_text_color(0, 0, 0)

    y = y0 + 22
    native = fit(pdf, badge.name.native, width=inner, largest=40, smallest=12, one_line_down_to=22)
    y = _write(pdf, native, x=left, y=y, width=inner)
    if badge.name.latin:
        pdf.set_text_color(60, 60, 60)
        latin = fit(pdf, badge.name.latin, width=inner, largest=18, smallest=8, one_line_down_to=12)
        y = _write(pdf, latin, x=left, y=y + 1, width=inner)
        pdf.set_text_color(0, 0, 0)
    y += 3
    for line in badge.organization:
        org = fit(pdf, line, width=inner, largest=12, smallest=6.5, one_line_down_to=9)
        y = _write(pdf, org, x=left, y=y, width=inner) + 0.5
    if badge.role:
        pdf.set_text_color(*BRAND)
        role = fit(pdf, badge.role, width=inner, largest=11, smallest=6.5, one_line_down_to=9)
        y = _write(pdf, role, x=left, y=y + 1.5, width=inner)
        pdf.set_text_color(0, 0, 0)
    # The QR code at a fixed place at the bottom, whatever the texts above took: each text's
    # size and lines are bounded, so together they end well above it.
    _qr(pdf, badge.code, x=x0 + (WIDTH - QR_SIDE) / 2, y=y0 + QR_TOP, side=QR_SIDE)
    return y


def _cut_marks(pdf: _Pdf) -> None:
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.2)
    pdf.set_dash_pattern(dash=2, gap=2)
    pdf.line(WIDTH, 0, WIDTH, 297)
    pdf.line(0, 148.5, 210, 148.5)
    pdf.set_dash_pattern()


def render(
    badges: Iterable[Badge],
    *,
    layout: Layout = "a6",
    title: str = "",
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """The badges as one PDF: one A6 page each, or four to an A4 sheet (left to right, top to
    bottom). No badges give a PDF of one empty page, so that the file is still valid.
    ``progress(n)`` is called after each badge with how many are drawn."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: one of {', '.join(LAYOUTS)}")
    pdf = _Pdf(layout)
    pdf.set_title(title)
    corners = [(0.0, 0.0), (WIDTH, 0.0), (0.0, 148.5), (WIDTH, 148.5)]
    count = 0
    for count, badge in enumerate(badges, start=1):
        if layout == "a6":
            pdf.new_page()
            draw(pdf, badge, x0=0, y0=0)
        else:
            slot = (count - 1) % 4
            if slot == 0:
                pdf.new_page()
                _cut_marks(pdf)
            draw(pdf, badge, x0=corners[slot][0], y0=corners[slot][1])
        if progress is not None:
            progress(count)
    if not count:
        pdf.new_page()
    return pdf_bytes(pdf)
