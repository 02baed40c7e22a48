"""Searching participants (issue 12): the organizer's lists and the partner list of a session
search as the directory does, across the two languages ("barge" finds a company that wrote
only 驳船), and by name in either language or in pinyin ("ganglian" finds 珠海港联)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.directory.models import Organization
from tradebridge.directory.search import name_matches
from tradebridge.matchmaking import services
from tradebridge.matchmaking.models import Meeting, Participant
from tradebridge.matchmaking.selectors import organizer as select
from tradebridge.matchmaking.selectors.participant import session_partners

pytestmark = pytest.mark.django_db

PORT = "珠海港联物流有限公司"
PV = "无锡晶辰材料有限公司"


def test_a_name_matches_in_either_language_or_in_pinyin():
    assert name_matches("ganglian", "Zhuhai Port Link Logistics", PORT)
    assert name_matches("Gang-Lian", None, PORT)
    assert name_matches("port link", "Zhuhai Port Link Logistics", PORT)
    assert name_matches("港联", "Zhuhai Port Link Logistics", PORT)
    assert not name_matches("ganglian", "Zhuhai Port Link Logistics", None)
    assert not name_matches("barge", "Zhuhai Port Link Logistics", PORT)
    assert not name_matches("港联", "Zhuhai Port Link Logistics", None)


def _organization(name_en: str, name_zh: str, side: str, *, en: str = "", zh: str = "", **extra):
    organization = OrganizationFactory(
        name_en=name_en,
        name_zh_hans=name_zh,
        name=name_en or name_zh,
        description_en=en,
        description_zh_hans=zh,
        side=side,
        sectors=["manufacturing"],
        **extra,
    )
    if side == Organization.Side.CN:
        Organization.objects.filter(pk=organization.pk).update(region=None)
    return organization


@pytest.fixture
def directory(settings, session, staff):
    """A session with a buyer (whose representative searches) and four possible partners, one
    of them unlisted; the vocabulary alone bridges the languages (no model: deterministic)."""
    settings.RECOMMENDING_TEXT = "lexical"
    buyer = _organization("Golden Gate Buyers", "", "US", en="We buy industrial goods.")
    found = {
        "port": _organization(
            "Zhuhai Port Link Logistics", PORT, "CN", zh="集装箱驳船运输和仓储服务。"
        ),
        "pv": _organization("Wuxi Jingchen Materials", PV, "CN", zh="生产光伏组件用封装胶膜。"),
        "installer": _organization(
            "Sunrise Rooftop Installers", "", "US", en="We install rooftop solar in Texas."
        ),
        "hidden": _organization(
            "Quiet Photovoltaic Co", "", "US", en="Solar farms.", is_public=False
        ),
    }
    services.participants_invite(
        actor=staff, session=session, organizations=[buyer, *found.values()]
    )
    me = Participant.objects.get(session=session, organization=buyer)
    user = RepresentativeFactory(organization=buyer).user
    return {"me": me, "user": user, **found}


def _partners(directory, q: str) -> list[str]:
    found = session_partners(directory["me"], viewer=directory["user"], q=q)
    return [p.organization.name_en for p in found]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        # across languages through the vocabulary (the word search found no Chinese profile)
        ("solar", ["Sunrise Rooftop Installers", "Wuxi Jingchen Materials"]),
        ("barge", ["Zhuhai Port Link Logistics"]),
        ("光伏", ["Wuxi Jingchen Materials", "Sunrise Rooftop Installers"]),
        # by name, in pinyin too, the name first
        ("ganglian", ["Zhuhai Port Link Logistics"]),
        ("jing chen", ["Wuxi Jingchen Materials"]),
        ("港联", ["Zhuhai Port Link Logistics"]),
        ("no such thing", []),
    ],
)
def test_the_partner_list_searches_across_languages_and_by_name(directory, q, expected):
    assert _partners(directory, q) == expected


def test_the_partner_search_never_shows_an_unlisted_organization(directory):
    assert "Quiet Photovoltaic Co" not in _partners(directory, "solar")
    assert "Quiet Photovoltaic Co" not in _partners(directory, "Quiet Photovoltaic")


def test_the_partner_page_shows_what_the_search_finds(directory, session):
    url = reverse("matchmaking:partners", args=[session.pk])
    html = client_for(directory["user"]).get(url, {"q": "barge"}).content.decode()
    assert "Zhuhai Port Link Logistics" in html
    assert "Sunrise Rooftop Installers" not in html


def _rows(client, session, q: str) -> list[str]:
    html = client.get(reverse("matchmaking:manage", args=[session.pk]), {"q": q}).content
    names = Participant.objects.filter(session=session).values_list(
        "organization__name_en", flat=True
    )
    rows = html.decode().split('data-testid="participant-row"')[1:]
    return sorted(name for name in names for row in rows if f">{name}</a>" in row)


def test_the_organizer_list_finds_names_first_then_profiles_across_languages(
    directory, session, staff
):
    client = client_for(staff)
    assert _rows(client, session, "ganglian") == ["Zhuhai Port Link Logistics"]
    assert _rows(client, session, "Port Link") == ["Zhuhai Port Link Logistics"]
    # no name holds it: the profiles that the directory's search finds (staff see them all)
    assert _rows(client, session, "solar") == [
        "Quiet Photovoltaic Co",
        "Sunrise Rooftop Installers",
        "Wuxi Jingchen Materials",
    ]
    assert _rows(client, session, "驳船") == ["Zhuhai Port Link Logistics"]


def test_the_meeting_and_request_lists_find_either_side_in_pinyin(directory, session):
    port = Participant.objects.get(session=session, organization=directory["port"])
    Meeting.objects.create(session=session, first=directory["me"], second=port, priority=2)
    meetings = select.session_demand(session).meetings
    assert [m.second_id for m in select.filter_meetings(meetings, q="ganglian")] == [port.pk]
    assert select.filter_meetings(meetings, q="jingchen") == []
