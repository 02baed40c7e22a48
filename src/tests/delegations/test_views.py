"""The delegation pages: the staff list's figures, the roster page, the forms."""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils import translation

from tests.conftest import client_for
from tests.factories import OrganizationFactory
from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.delegations.sections import DelegationSection, register_section, unregister_section
from tradebridge.delegations.views.leader import PER_PAGE

from .factories import DelegateFactory


def _cell(html: str, delegation: Delegation, name: str) -> int:
    row = re.search(rf'<tr data-delegation="{delegation.pk}">(.*?)</tr>', html, re.S)
    assert row is not None
    value = re.search(rf'data-count="{name}">(\d+)<', row.group(1))
    assert value is not None
    return int(value.group(1))


def test_staff_list_counts_match_the_rows(trip, staff):
    DelegateFactory.create_batch(3, delegation=trip.other)
    trip.province.organizations.set([OrganizationFactory(), OrganizationFactory()])
    html = client_for(staff).get(reverse("delegations:list")).content.decode()
    for delegation in Delegation.objects.all():
        assert (
            _cell(html, delegation, "delegates")
            == Delegate.objects.filter(delegation=delegation).count()
        )
        assert (
            _cell(html, delegation, "children")
            == Delegation.objects.filter(parent=delegation).count()
        )
        assert _cell(html, delegation, "organizations") == delegation.organizations.count()
        assert _cell(html, delegation, "leaders") == delegation.leaders.count()
    assert "3 delegations, 4 delegates on their rosters" in html


def test_staff_list_in_chinese(trip, staff):
    with translation.override("zh-hans"):
        url = reverse("delegations:list")
    html = client_for(staff).get(url).content.decode()
    assert "江苏省代表团" in html
    assert "3 个代表团，名单上共 1 名成员" in html


def test_roster_pages_and_filters(trip, leader):
    DelegateFactory.create_batch(PER_PAGE + 5, delegation=trip.province, hotel="Biltmore")
    client = client_for(leader)
    url = reverse("delegations:detail", args=[trip.province.pk])
    first = client.get(url)
    assert (
        first.context["page"].paginator.count
        == Delegate.objects.filter(delegation=trip.province).count()
    )
    assert len(first.context["page"].object_list) == PER_PAGE
    second = client.get(url, {"page": 2})
    assert len(second.context["page"].object_list) == 6
    DelegateFactory(
        delegation=trip.province, full_name="欧阳慧", latin_name="OUYANG HUI", hotel="Biltmore"
    )
    ouyang = client.get(url, {"q": "ouyang"})
    assert [d.full_name for d in ouyang.context["page"]] == ["欧阳慧"]
    by_chinese = client.get(url, {"q": "欧阳"})
    assert [d.latin_name for d in by_chinese.context["page"]] == ["OUYANG HUI"]
    hotel = client.get(url, {"hotel": "The Westin Bonaventure"})
    assert [d.pk for d in hotel.context["page"]] == [trip.delegate.pk]


def test_the_national_leader_sees_the_parts_on_one_roster(trip, national_leader):
    DelegateFactory(delegation=trip.other, full_name="单立新", latin_name="SHAN LIXIN")
    client = client_for(national_leader)
    url = reverse("delegations:detail", args=[trip.national.pk])
    own = client.get(url)
    assert own.context["page"].paginator.count == 0
    everyone = client.get(url, {"parts": "on"})
    assert sorted(d.latin_name for d in everyone.context["page"]) == ["SHAN LIXIN", "WANG LEI"]
    html = everyone.content.decode()
    assert "Jiangsu Provincial Delegation" in html and "Hebei Provincial Delegation" in html


def test_delegate_form_keeps_typed_values_and_puts_errors_beside_fields(trip, leader):
    url = reverse("delegations:delegate-add", args=[trip.province.pk])
    response = client_for(leader).post(
        url,
        {
            "full_name": "曾志强",
            "latin_name": "Zeng Zhi-qiang 2",
            "hotel": "The Westin",
            "arrival_at": "2016-05-10T10:00",
            "departure_at": "2016-05-09T10:00",
            "email": "not-an-address",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"latin_name", "departure_at", "email"}
    html = response.content.decode()
    assert 'value="曾志强"' in html and 'value="The Westin"' in html
    assert re.search(r'has-error">\s*<label for="id_latin_name"', html)
    # The passport spelling the name usually has is proposed, never filled in.
    assert Delegate.objects.filter(full_name="曾志强").count() == 0


def test_delegate_form_proposes_the_passport_spelling_when_it_is_missing(trip, leader):
    url = reverse("delegations:delegate-add", args=[trip.province.pk])
    response = client_for(leader).post(url, {"full_name": "曾志强", "email": "x"})
    assert "ZENG ZHIQIANG" in response.content.decode()


def test_delegate_form_saves_local_times_in_the_event_zone(trip, leader):
    url = reverse("delegations:delegate-add", args=[trip.province.pk])
    response = client_for(leader).post(
        url,
        {
            "full_name": "曾志强",
            "latin_name": "zeng zhiqiang",
            "arrival_at": "2016-05-10T10:00",
            "gender": "M",
        },
    )
    assert response.status_code == 302
    delegate = Delegate.objects.get(full_name="曾志强")
    assert delegate.latin_name == "ZENG ZHIQIANG"
    assert delegate.arrival_at.isoformat() == "2016-05-10T17:00:00+00:00"
    edit = client_for(leader).get(
        reverse("delegations:delegate-edit", args=[trip.province.pk, delegate.pk])
    )
    assert 'value="2016-05-10T10:00"' in edit.content.decode()


def test_delegation_form_errors_stay_beside_the_field(staff):
    response = client_for(staff).post(reverse("delegations:create"), {"name_en": ""})
    assert response.status_code == 200
    assert "name_en" in response.context["form"].errors


def test_staff_create_a_delegation_through_the_form(staff, event):
    response = client_for(staff).post(
        reverse("delegations:create"),
        {"name_en": "Guangdong Delegation", "name_zh_hans": "广东省代表团", "event": event.pk},
    )
    delegation = Delegation.objects.get(name_en="Guangdong Delegation")
    assert response["Location"] == delegation.get_absolute_url()


def test_the_leader_adds_a_part_through_the_form(trip, national_leader):
    response = client_for(national_leader).post(
        reverse("delegations:create-part", args=[trip.national.pk]),
        {"name_zh_hans": "上海市代表团"},
    )
    part = Delegation.objects.get(name_zh_hans="上海市代表团")
    assert (part.parent, part.event) == (trip.national, trip.national.event)
    assert response.status_code == 302


def test_leaders_form_refuses_an_unknown_address_and_keeps_the_text(trip, national_leader):
    url = reverse("delegations:leaders", args=[trip.province.pk])
    response = client_for(national_leader).post(url, {"emails": "nobody@example.cn"})
    assert "No account has the address nobody@example.cn." in response.content.decode()
    assert "nobody@example.cn</textarea>" in response.content.decode()


def test_remove_asks_then_removes(trip, leader):
    url = reverse("delegations:delegate-remove", args=[trip.province.pk, trip.delegate.pk])
    client = client_for(leader)
    assert "WANG LEI" in client.get(url).content.decode()
    client.post(url)
    assert not Delegate.objects.filter(pk=trip.delegate.pk).exists()


def test_sections_of_higher_apps_appear_on_the_delegation_page(trip, leader):
    register_section(
        DelegationSection(
            name="test",
            template="delegations/_pages.html",
            context=lambda request, delegation: {"page": None},
        )
    )
    register_section(
        DelegationSection(
            name="hidden",
            template="does/not/exist.html",
            context=lambda request, delegation: {"hidden": True},
        )
    )
    try:
        response = client_for(leader).get(reverse("delegations:detail", args=[trip.province.pk]))
        assert response.status_code == 200
        assert len(response.context["sections"]) >= 1
    finally:
        unregister_section("test")
        unregister_section("hidden")


def test_detail_page_query_count_does_not_grow_with_the_roster(
    trip, leader, django_assert_max_num_queries
):
    DelegateFactory.create_batch(30, delegation=trip.province, organization=OrganizationFactory())
    client = client_for(leader)
    url = reverse("delegations:detail", args=[trip.province.pk])
    client.get(url)
    with django_assert_max_num_queries(30):
        client.get(url)
