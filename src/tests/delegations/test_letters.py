"""Invitation letters: one English page per delegate with the passport name (and the Chinese
name beside it), the purpose and the dates of the visit, on the host's letterhead."""

from __future__ import annotations

import datetime as dt
import io
import zoneinfo

from django.urls import reverse
from pdfminer.high_level import extract_text
from pypdf import PdfReader

from tests.conftest import client_for
from tradebridge.delegations.letters import Host, host_of, letters_for, letters_pdf
from tradebridge.delegations.models import Delegate
from tradebridge.delegations.selectors import letterhead_for

from .factories import DelegateFactory, LetterheadFactory

LA = zoneinfo.ZoneInfo("America/Los_Angeles")


def _pages(content: bytes) -> list[str]:
    count = len(PdfReader(io.BytesIO(content)).pages)
    return [extract_text(io.BytesIO(content), page_numbers=[n]) for n in range(count)]


def test_a_letter_names_the_traveller_by_the_passport_spelling(trip):
    LetterheadFactory(event=trip.province.event)
    delegate = DelegateFactory(
        delegation=trip.province,
        full_name="吕晓明",
        latin_name="LYU XIAOMING",
        gender="M",
        title_en="Deputy Director General",
        organization_name="Department of Commerce of Jiangsu Province",
        arrival_at=dt.datetime(2016, 5, 9, 23, 30, tzinfo=LA),
        departure_at=dt.datetime(2016, 5, 13, 12, 30, tzinfo=LA),
    )
    host = host_of(letterhead_for(trip.province))
    assert host is not None
    [text] = _pages(letters_pdf(letters_for([delegate]), host, issued_on=dt.date(2016, 4, 15)))
    flat = " ".join(text.split())
    assert "LYU XIAOMING" in flat
    assert "吕晓明" in flat
    assert "Mr LYU XIAOMING" in flat
    assert "Deputy Director General, Department of Commerce of Jiangsu Province" in flat
    assert "Jiangsu Provincial Delegation" in flat
    # The dates are the event's local days (23:30 in Los Angeles is still the 9th).
    assert "arrive on 9 May 2016 and to depart on 13 May 2016" in flat
    assert "15 April 2016" in flat
    assert "Laura Mitchell" in flat
    assert "to attend the summit" in flat


def test_one_page_per_delegate(trip):
    DelegateFactory(delegation=trip.province, full_name="欧阳慧", latin_name="OUYANG HUI")
    delegates = list(Delegate.objects.filter(delegation=trip.province).order_by("latin_name"))
    content = letters_pdf(letters_for(delegates), Host(name="GO-Biz"), issued_on=dt.date.today())
    pages = _pages(content)
    assert len(pages) == 2
    assert "OUYANG HUI" in pages[0]
    assert "WANG LEI" in pages[1]


def test_a_chinese_only_organization_is_left_out_of_the_english_letter(trip):
    delegate = DelegateFactory(
        delegation=trip.province,
        full_name="王丽",
        latin_name="WANG LI",
        title_en="",
        title_zh_hans="总经理",
        organization_name="江苏某公司",
    )
    [letter] = letters_for([delegate])
    assert (letter.title, letter.organization) == ("", "")


def test_the_nearest_letterhead_wins(trip):
    event_letterhead = LetterheadFactory(event=trip.province.event, host_name="GO-Biz")
    assert letterhead_for(trip.province) == event_letterhead
    national = LetterheadFactory(delegation=trip.national, host_name="LA Chamber")
    assert letterhead_for(trip.province) == national
    own = LetterheadFactory(delegation=trip.province, host_name="Jiangsu Office")
    assert letterhead_for(trip.province) == own


def test_letter_pages_for_the_leader(trip, leader):
    LetterheadFactory(event=trip.province.event)
    client = client_for(leader)
    one = client.get(
        reverse("delegations:delegate-letter", args=[trip.province.pk, trip.delegate.pk])
    )
    assert one["Content-Type"] == "application/pdf"
    assert "WANG LEI" in extract_text(io.BytesIO(one.content))
    everyone = client.get(reverse("delegations:letters", args=[trip.province.pk]))
    assert (
        len(_pages(everyone.content)) == Delegate.objects.filter(delegation=trip.province).count()
    )


def test_without_a_letterhead_the_leader_is_sent_to_set_one(trip, leader):
    response = client_for(leader).get(reverse("delegations:letters", args=[trip.province.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("delegations:letterhead", args=[trip.province.pk])
