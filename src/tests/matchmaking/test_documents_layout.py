"""The agenda PDF's layout: titles left-aligned (not justified into gaps), phone numbers
never broken inside."""

from __future__ import annotations

import io
import re

import pypdf

from tradebridge.matchmaking import documents

from .test_documents import _agenda

PHONE = "+1 415 555 0100"


def _streams(data: bytes) -> bytes:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return b"\n".join(page.get_contents().get_data() for page in reader.pages)


def _lines(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [line for page in reader.pages for line in page.extract_text().splitlines()]


def test_a_long_title_wraps_left_aligned_without_stretched_gaps():
    long_name = (
        "Pacific Northwest Advanced Energy Storage and Grid Integration Consortium of America"
    )
    data = documents.agenda_pdf(_agenda(participant=long_name, session="Match-making " * 8))
    # Justified lines are written as TJ arrays that move each word by a spacing
    # ("(word) -784.950(word)"); left-aligned lines are written as they are.
    assert re.findall(rb"\) -?\d+\.\d+ ?\(", _streams(data)) == []


def test_a_phone_number_stays_on_one_line():
    first = _agenda().items[0]
    # A contact line that fills the partner column up to the number: with plain spaces it
    # wrapped after "+1 415 555", "+1 415" or "+1" as the name before it grew.
    for filler in range(30, 42, 2):
        item = documents.AgendaItem(
            uid="m3@tradebridge",
            start=first.start,
            end=first.end,
            table="1",
            partner="Golden State Solar",
            partner_detail="A" * filler + " " + documents.unbroken(PHONE),
        )
        lines = _lines(documents.agenda_pdf(_agenda(items=[item])))
        holding = [line for line in lines if "+1" in line]
        assert len(holding) == 1
        assert PHONE in holding[0].replace("\u00a0", " "), (filler, lines)


def test_unbroken_makes_every_space_non_breaking():
    assert documents.unbroken(PHONE) == "+1\u00a0415\u00a0555\u00a00100"
