"""The access matrix of the delegation pages and API: (role, address) → status.

Staff see everything; the national leader their delegation and its parts; a provincial leader
their own delegation only; a delegate their own entry (on "My delegation"); an outsider nothing
— a 404, as if the delegation did not exist; an anonymous visitor is sent to sign in."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import client_for
from tradebridge.delegations import rules

from .factories import LetterheadFactory

ROLES = ["staff", "national_leader", "leader", "other_leader", "delegate_user", "outsider", None]

# Pages of the provincial delegation (Jiangsu), read with GET.
PROVINCE_PAGES = [
    "detail",
    "edit",
    "create-part",
    "letterhead",
    "delegate-add",
    "import",
    "import-template",
    "roster-export",
    "rooming-export",
    "letters",
]
DELEGATE_PAGES = ["delegate-edit", "delegate-remove", "delegate-letter"]

# role → expected status for a page of the Jiangsu delegation.
EXPECTED = {
    "staff": 200,
    "national_leader": 200,
    "leader": 200,
    "other_leader": 404,
    "delegate_user": 404,
    "outsider": 404,
    None: 302,
}


def _client(request, role) -> Client:
    if role is None:
        return Client()
    return client_for(request.getfixturevalue(role))


@pytest.fixture
def trip_with_letterhead(trip):
    LetterheadFactory(event=trip.province.event)
    return trip


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", PROVINCE_PAGES)
def test_province_pages(request, trip_with_letterhead, role, page):
    trip = trip_with_letterhead
    response = _client(request, role).get(reverse(f"delegations:{page}", args=[trip.province.pk]))
    assert response.status_code == EXPECTED[role], (role, page)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", DELEGATE_PAGES)
def test_delegate_pages(request, trip_with_letterhead, role, page):
    trip = trip_with_letterhead
    url = reverse(f"delegations:{page}", args=[trip.province.pk, trip.delegate.pk])
    assert _client(request, role).get(url).status_code == EXPECTED[role], (role, page)


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("staff", 200),
        ("national_leader", 200),
        ("leader", 404),
        ("other_leader", 404),
        ("delegate_user", 404),
        ("outsider", 404),
        (None, 302),
    ],
)
def test_the_national_delegation_is_seen_by_staff_and_its_own_leader_only(
    request, trip, role, status
):
    url = reverse("delegations:detail", args=[trip.national.pk])
    assert _client(request, role).get(url).status_code == status


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("staff", 200),
        ("national_leader", 200),
        ("leader", 403),
        ("other_leader", 404),
        (None, 302),
    ],
)
def test_leaders_are_named_from_above(request, trip, role, status):
    url = reverse("delegations:leaders", args=[trip.province.pk])
    assert _client(request, role).get(url).status_code == status


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("staff", 200),
        ("national_leader", 403),
        ("leader", 403),
        ("delegate_user", 403),
        ("outsider", 403),
        (None, 302),
    ],
)
def test_the_list_of_all_delegations_is_staff_work(request, trip, role, status):
    for name in ("list", "create"):
        assert _client(request, role).get(reverse(f"delegations:{name}")).status_code == status


def test_a_missing_delegation_and_a_hidden_one_look_the_same(trip, outsider):
    client = client_for(outsider)
    hidden = client.get(reverse("delegations:detail", args=[trip.province.pk]))
    missing = client.get(reverse("delegations:detail", args=[trip.province.pk + 1000]))
    assert hidden.status_code == missing.status_code == 404


def test_a_delegate_reads_their_own_entry_only(trip, delegate_user):
    response = client_for(delegate_user).get(reverse("delegations:mine"))
    assert response.status_code == 200
    entries = list(response.context["entries"])
    assert entries == [trip.delegate]
    assert rules.can_view_delegate(delegate_user, trip.delegate)
    assert not rules.can_edit_delegate(delegate_user, trip.delegate)
    assert not rules.can_view_delegation(delegate_user, trip.province)


def test_a_leader_with_an_unconfirmed_address_reads_but_does_not_edit(trip, leader):
    leader.email_verified = False
    leader.save()
    client = client_for(leader)
    assert client.get(reverse("delegations:detail", args=[trip.province.pk])).status_code == 200
    assert client.get(reverse("delegations:edit", args=[trip.province.pk])).status_code == 403


def test_posting_to_another_provinces_roster_changes_nothing(trip, other_leader):
    url = reverse("delegations:delegate-remove", args=[trip.province.pk, trip.delegate.pk])
    assert client_for(other_leader).post(url).status_code == 404
    trip.delegate.refresh_from_db()


# --- API ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "ids"),
    [
        ("staff", {"national", "province", "other"}),
        ("national_leader", {"national", "province", "other"}),
        ("leader", {"province"}),
        ("delegate_user", set()),
        ("outsider", set()),
    ],
)
def test_api_lists_the_delegations_each_role_sees(request, trip, role, ids):
    response = _client(request, role).get("/api/v1/delegations/")
    assert response.status_code == 200
    expected = {getattr(trip, name).pk for name in ids}
    assert {item["id"] for item in response.json()["items"]} == expected


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("staff", 200),
        ("national_leader", 200),
        ("leader", 200),
        ("other_leader", 404),
        ("delegate_user", 404),
        ("outsider", 404),
        (None, 401),
    ],
)
def test_api_roster_matrix(request, trip, role, status):
    client = _client(request, role)
    for url in (
        f"/api/v1/delegations/{trip.province.pk}",
        f"/api/v1/delegations/{trip.province.pk}/delegates",
    ):
        response = client.get(url)
        assert response.status_code == status, url
        if status != 200:
            assert "error" in response.json()


def test_api_roster_gives_the_passport_name(trip, leader):
    response = client_for(leader).get(f"/api/v1/delegations/{trip.province.pk}/delegates")
    [item] = response.json()["items"]
    assert (item["full_name"], item["passport_name"]) == ("王磊", "WANG LEI")


def test_api_national_roster_with_parts(trip, national_leader):
    client = client_for(national_leader)
    own = client.get(f"/api/v1/delegations/{trip.national.pk}/delegates").json()
    everyone = client.get(f"/api/v1/delegations/{trip.national.pk}/delegates?parts=true").json()
    assert (own["count"], everyone["count"]) == (0, 1)
