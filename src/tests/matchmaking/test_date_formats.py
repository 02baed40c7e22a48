"""One way to write a date per language: the session page and the agenda PDF write the same
day the same way, in English and in Chinese."""

from __future__ import annotations

import io

import pypdf
import pytest
from django.utils import translation

from tradebridge.matchmaking import documents

from .test_documents import _agenda

DAYS = {"en": "Wed, May 11, 2016", "zh-hans": "2016年5月11日（星期三）"}
ZONES = {"en": "Pacific Time (Los Angeles)", "zh-hans": "太平洋时间（洛杉矶）"}


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_the_page_and_the_pdf_write_the_day_the_same_way(client, session, lang):
    page = client.get(f"/{lang}/matchmaking/sessions/{session.pk}/").content.decode()
    assert f"{DAYS[lang]}, 14:00–15:30" in page or f"{DAYS[lang]} 14:00–15:30" in page
    assert ZONES[lang] in page
    with translation.override(lang):
        text = _pdf_text(documents.agenda_pdf(_agenda(labels={"times_in": "{zone}"})))
    assert f"{DAYS[lang]} · {ZONES[lang]}" in text
