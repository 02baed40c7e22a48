"""Badge PDFs: the texts are in them (a Chinese name and its pinyin), nothing runs off a badge,
and the printed QR code, read back by a real decoder (zbar) from the rendered page, checks in
exactly the person whose badge it is."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text
from pypdf import PdfReader

from tradebridge.checkin import badges, qr
from tradebridge.checkin.badges import Badge, render
from tradebridge.checkin.selectors import badges_of
from tradebridge.checkin.services import Result, check_in
from tradebridge.events.documents import cjk_font_path, close_fonts
from tradebridge.names import badge_name
from tradebridge.registrations.models import Registration

from .factories import RegistrationFactory

needs_font = pytest.mark.skipif(cjk_font_path() is None, reason="no CJK font installed")
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="no pdftoppm")

LONGEST_LATIN = "Maximiliana Alexandrina Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh"
LONGEST_CHINESE = "阿沛·阿旺晋美" * 6
LONG_ORGANIZATION = "中华人民共和国国家发展和改革委员会国际合作中心对外投资与经济合作研究所" * 3


def decode_pages(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """Each page rendered as an image (pdftoppm) and its QR codes read by zbar."""
    from PIL import Image
    from pyzbar.pyzbar import decode

    (tmp_path / "badges.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(tmp_path / "badges.pdf"), str(tmp_path / "page")],
        check=True,
    )
    return [
        [symbol.data.decode() for symbol in decode(Image.open(page))]
        for page in sorted(tmp_path.glob("page-*.png"))
    ]


@needs_font
def test_badge_pdf_holds_the_chinese_name_its_pinyin_and_both_organization_names():
    badge = Badge(
        name=badge_name("曾国藩"),
        code="a" * 32,
        organization=("江苏苏光能源有限公司", "Jiangsu Suguang Solar Energy Co., Ltd."),
        role="Delegate · Jiangsu delegation",
        event="California–China Business Summit",
    )

    text = extract_text(io.BytesIO(render([badge])))

    for expected in ("曾国藩", "Zeng Guofan", "江苏苏光能源有限公司", "Jiangsu Suguang Solar"):
        assert expected in text
    assert "Jiangsu delegation" in text


@needs_font
def test_badge_pdf_embeds_its_font():
    pdf = PdfReader(io.BytesIO(render([Badge(badge_name("王磊"), "b" * 32)])))
    fonts = list(pdf.pages[0]["/Resources"]["/Font"].values())
    descendants = [f.get_object()["/DescendantFonts"][0].get_object() for f in fonts]
    assert all("/FontFile2" in d["/FontDescriptor"] for d in descendants)


def test_render_layouts_page_counts():
    some = [Badge(badge_name(f"Person {n}"), f"code{n:028d}") for n in range(5)]

    assert len(PdfReader(io.BytesIO(render(some, layout="a6"))).pages) == 5
    assert len(PdfReader(io.BytesIO(render(some, layout="a4x4"))).pages) == 2
    assert len(PdfReader(io.BytesIO(render([]))).pages) == 1
    with pytest.raises(ValueError):
        render(some, layout="letter")  # type: ignore[arg-type]


@pytest.fixture
def measuring_pdf():
    """A badge document only measured, never written: its font files are closed after."""
    pdf = badges._Pdf("a6")
    yield pdf
    close_fonts(pdf)


@pytest.mark.parametrize(
    "name", [LONGEST_LATIN, LONGEST_CHINESE, "W" * 200, "曾" * 200, "Ab " * 70]
)
def test_longest_names_shrink_and_end_above_the_qr_code(name, measuring_pdf):
    pdf = measuring_pdf
    pdf.new_page()
    badge = Badge(
        name=badge_name(name, "LONG " * 40),
        code="c" * 32,
        organization=(LONG_ORGANIZATION, "International Cooperation Center " * 8),
        role="Delegate · " + "National delegation of the People's Republic of China " * 4,
        event="California–China Business Summit " * 5,
    )

    bottom = badges.draw(pdf, badge, x0=0, y0=0)

    assert bottom <= badges.QR_TOP
    inner = badges.WIDTH - 2 * badges.MARGIN
    for text in (name, LONG_ORGANIZATION):
        fitted = badges.fit(pdf, text, width=inner, largest=40, smallest=12)
        assert all(pdf.width(line, fitted.size) <= inner + 0.01 for line in fitted.lines)
        assert len(fitted.lines) <= 2


def test_fit_keeps_a_short_name_large_on_one_line(measuring_pdf):
    pdf = measuring_pdf
    fitted = badges.fit(pdf, "王磊", width=93, largest=40, smallest=12, one_line_down_to=22)
    assert (fitted.size, fitted.lines) == (40, ["王磊"])


@needs_poppler
@pytest.mark.django_db
@pytest.mark.parametrize("layout", ["a6", "a4x4"])
def test_printed_qr_codes_check_in_exactly_their_person(staff, event, tmp_path, layout):
    people = [
        RegistrationFactory(event=event, full_name=name, latin_name=latin)
        for name, latin in [("曾国藩", ""), ("Emily Johnson", ""), ("王磊", "WANG LEI")]
    ]
    RegistrationFactory(event=event, status=Registration.Status.CANCELLED)  # gets no badge

    pages = decode_pages(render(badges_of(event), layout=layout), tmp_path)

    decoded = [code for page in pages for code in page]
    assert sorted(decoded) == sorted(p.check_in_code for p in people)
    for code in decoded:
        outcome = check_in(actor=staff, code=code, event=event, desk="Desk 1")
        assert outcome.result == Result.WELCOME
        assert outcome.registration.check_in_code == code
    assert {p.check_ins.get().registration for p in people} == set(people)


def test_qr_png_decodes_to_the_bare_code():
    from PIL import Image
    from pyzbar.pyzbar import decode

    code = "Zx-_09" * 6
    assert [s.data.decode() for s in decode(Image.open(io.BytesIO(qr.png(code))))] == [code]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("  abcdefghijklmnop\n", "abcdefghijklmnop"),
        ("https://x.example/checkin/abcdefghijklmnopq/", "abcdefghijklmnopq"),
        ("short", ""),
        ("has spaces in it but long enough", ""),
        ("", ""),
    ],
)
def test_scanned_code(typed, code):
    assert qr.scanned_code(typed) == code
