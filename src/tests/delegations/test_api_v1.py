"""The delegations API v1: a permission matrix over every operation and caller (tokens with
their scopes, expiry, revocation and event limit; sessions; staff; another organization's
representative), and the roster's writes with their real outcomes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client
from django.utils import timezone

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory, api_token, bearer
from tradebridge.api.models import ApiToken
from tradebridge.api.tokens import token_revoke
from tradebridge.delegations.models import Delegate, Delegation

from .factories import DelegateFactory, EventFactory

pytestmark = pytest.mark.django_db

CALLERS = (
    "anonymous",
    "owner session",
    "owner token",
    "owner token, wrong scope",
    "owner token, expired",
    "owner token, revoked",
    "other organization",
    "staff session",
    "staff token",
    "staff token, other event",
)


def caller(who, *, owner, staff, outsider, right, wrong, other_event):
    """A client and the headers of one caller of the matrix. ``right``/``wrong``: the scopes
    of a token that may / may not call the operation."""
    if who == "anonymous":
        return Client(), {}
    if who.endswith("session"):
        user = {"owner session": owner, "staff session": staff}[who]
        return client_for(user), {}
    if who == "other organization":
        return client_for(outsider), {}
    user = staff if who.startswith("staff") else owner
    scopes = wrong if who.endswith("wrong scope") else right
    secret = api_token(user, *scopes, event=other_event if who.endswith("other event") else None)
    token = ApiToken.objects.get(key_id=secret.split("_")[1])
    if who.endswith("expired"):
        ApiToken.objects.filter(pk=token.pk).update(
            expires_at=timezone.now() - dt.timedelta(seconds=1)
        )
    elif who.endswith("revoked"):
        token_revoke(actor=user, token_id=token.pk)
    return Client(), bearer(secret)


def send(client, method, url, headers, body=None):
    if method == "get":
        return client.get(url, headers=headers)
    return client.generic(
        method.upper(),
        url,
        json.dumps(body or {}),
        content_type="application/json",
        headers=headers,
    )


def expected(row, who):
    """``row`` maps a caller to a status; the token states that never reach the operation
    answer the same everywhere."""
    common = {
        "anonymous": 401,
        "owner token, wrong scope": 403,
        "owner token, expired": 401,
        "owner token, revoked": 401,
    }
    return {**common, **row}[who]


# (method, path, body, scope, {caller: status}); the owner is the provincial delegation's
# leader; "{d}" the provincial delegation, "{p}" a delegate on its roster.
MATRIX = [
    (
        "get",
        "/api/v1/delegations/",
        None,
        "read",
        {
            "owner session": 200,
            "owner token": 200,
            "other organization": 200,  # an empty list
            "staff session": 200,
            "staff token": 200,
            "staff token, other event": 200,  # an empty list
        },
    ),
    (
        "get",
        "/api/v1/delegations/{d}",
        None,
        "read",
        {
            "owner session": 200,
            "owner token": 200,
            "other organization": 404,
            "staff session": 200,
            "staff token": 200,
            "staff token, other event": 404,
        },
    ),
    (
        "post",
        "/api/v1/delegations/",
        {"name_en": "National delegation", "event": "{event}"},
        "write",
        {
            "owner session": 403,
            "owner token": 403,
            "other organization": 403,
            "staff session": 201,
            "staff token": 201,
            "staff token, other event": 403,
        },
    ),
    (
        "patch",
        "/api/v1/delegations/{d}",
        {"name_en": "Jiangsu delegation"},
        "write",
        {
            "owner session": 200,
            "owner token": 200,
            "other organization": 404,
            "staff session": 200,
            "staff token": 200,
            "staff token, other event": 404,
        },
    ),
    (
        "get",
        "/api/v1/delegations/{d}/delegates",
        None,
        "read",
        {
            "owner session": 200,
            "owner token": 200,
            "other organization": 404,
            "staff session": 200,
            "staff token": 200,
            "staff token, other event": 404,
        },
    ),
    (
        "post",
        "/api/v1/delegations/{d}/delegates",
        {"full_name": "李娜", "passport_name": "li na"},
        "write",
        {
            "owner session": 201,
            "owner token": 201,
            "other organization": 404,
            "staff session": 201,
            "staff token": 201,
            "staff token, other event": 404,
        },
    ),
    (
        "get",
        "/api/v1/delegations/{d}/delegates/{p}",
        None,
        "read",
        {
            "owner session": 200,
            "owner token": 200,
            "other organization": 404,
            "staff session": 200,
            "staff token": 200,
            "staff token, other event": 404,
        },
    ),
    (
        "patch",
        "/api/v1/delegations/{d}/delegates/{p}",
        {"hotel": "Westin Bonaventure"},
        "write",
        {
            "owner session": 200,
            "owner token": 200,
            "other organization": 404,
            "staff session": 200,
            "staff token": 200,
            "staff token, other event": 404,
        },
    ),
    (
        "delete",
        "/api/v1/delegations/{d}/delegates/{p}",
        None,
        "write",
        {
            "owner session": 204,
            "owner token": 204,
            "other organization": 404,
            "staff session": 204,
            "staff token": 204,
            "staff token, other event": 404,
        },
    ),
]


@pytest.mark.parametrize("who", CALLERS)
@pytest.mark.parametrize(
    ("method", "path", "body", "access", "row"),
    MATRIX,
    ids=[f"{m} {p}" for m, p, *_ in MATRIX],
)
def test_permission_matrix(method, path, body, access, row, who, trip, leader, staff, event):
    outsider = RepresentativeFactory().user
    other_event = EventFactory()
    scope = f"delegations:{access}"
    wrong = "delegations:read" if access == "write" else "delegations:write"
    client, headers = caller(
        who,
        owner=leader,
        staff=staff,
        outsider=outsider,
        right=[scope],
        wrong=[wrong],
        other_event=other_event,
    )
    names = {"d": trip.province.pk, "p": trip.delegate.pk, "event": event.slug}
    url = path.format(**names)
    payload = json.loads(json.dumps(body).replace("{event}", event.slug)) if body else None
    before = (Delegation.objects.count(), Delegate.objects.count())

    response = send(client, method, url, headers, payload)

    status = expected(row, who)
    assert response.status_code == status, response.content
    if status >= 400:
        assert set(response.json()["error"]) == {"code", "message", "details"}
        # A refused write changed nothing.
        assert (Delegation.objects.count(), Delegate.objects.count()) == before
    elif (method, status) == ("delete", 204):
        assert not Delegate.objects.filter(pk=trip.delegate.pk).exists()
    elif method == "patch" and "hotel" in (body or {}):
        trip.delegate.refresh_from_db()
        assert trip.delegate.hotel == "Westin Bonaventure"


def test_lists_show_each_caller_what_the_rules_show(client, trip, leader, staff, event):
    other_event = EventFactory()
    DelegateFactory(delegation=trip.other)
    mine = client_for(leader).get("/api/v1/delegations/").json()
    assert [d["id"] for d in mine["items"]] == [trip.province.pk]
    everything = client_for(staff).get("/api/v1/delegations/").json()
    assert everything["count"] == Delegation.objects.count()
    limited = api_token(staff, "delegations:read", event=other_event)
    assert client.get("/api/v1/delegations/", headers=bearer(limited)).json()["count"] == 0
    at_event = api_token(staff, "delegations:read", event=event)
    assert client.get("/api/v1/delegations/", headers=bearer(at_event)).json()["count"] == 3


def test_a_delegate_reads_their_own_entry_and_nothing_else(trip, delegate_user):
    client = client_for(delegate_user)
    own = client.get(f"/api/v1/delegations/{trip.province.pk}/delegates/{trip.delegate.pk}")
    assert own.status_code == 200
    assert own.json()["passport_name"] == "WANG LEI"
    assert client.get(f"/api/v1/delegations/{trip.province.pk}/delegates").status_code == 404


def add(client, delegation, body):
    return send(client, "post", f"/api/v1/delegations/{delegation.pk}/delegates", {}, body)


def test_the_leader_adds_a_delegate_with_the_passport_spelling_normalised(trip, leader):
    response = add(
        client_for(leader),
        trip.province,
        {
            "full_name": " 吕 晓明 ",
            "passport_name": "lü  xiáoming",
            "title_en": "Deputy director",
            "title_zh": "副主任",
            "arrival_at": "2016-05-10T14:30:00-07:00",
            "departure_at": "2016-05-14T09:00:00+08:00",
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    stored = Delegate.objects.get(pk=body["id"])
    assert (stored.full_name, stored.latin_name, stored.delegation_id) == (
        "吕 晓明",
        "LYU XIAOMING",
        trip.province.pk,
    )
    assert (body["passport_name"], body["title_en"], body["title_zh"]) == (
        "LYU XIAOMING",
        "Deputy director",
        "副主任",
    )
    # Times come back in the event's zone (Los Angeles), the same instants.
    assert body["arrival_at"] == "2016-05-10T14:30:00-07:00"
    assert body["departure_at"] == "2016-05-13T18:00:00-07:00"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"full_name": "王磊", "passport_name": "Wang Lei!"}, "passport_name"),
        ({"full_name": "王磊", "passport_name": "王磊"}, "passport_name"),
        ({"full_name": "   "}, "full_name"),
        (
            {
                "full_name": "王磊",
                "arrival_at": "2016-05-12T10:00:00-07:00",
                "departure_at": "2016-05-11T10:00:00-07:00",
            },
            "departure_at",
        ),
        ({"full_name": "王磊", "arrival_at": "2016-05-12T10:00:00"}, "arrival_at"),
        ({"full_name": "王磊", "organization": "not-a-member"}, "organization"),
        ({"full_name": "王磊", "email": "not an address"}, "email"),
    ],
)
def test_bad_roster_input_names_the_field_and_adds_no_one(trip, leader, body, field):
    OrganizationFactory(slug="not-a-member")
    before = Delegate.objects.count()
    response = add(client_for(leader), trip.province, body)
    assert response.status_code == 400, response.content
    assert response.json()["error"]["details"]["field"] == field
    assert Delegate.objects.count() == before


def test_a_member_organization_is_named_by_its_slug(trip, leader, staff):
    member = OrganizationFactory(slug="jiangsu-solar")
    trip.province.organizations.add(member)
    response = add(
        client_for(leader), trip.province, {"full_name": "王磊", "organization": member.slug}
    )
    assert response.status_code == 201
    assert Delegate.objects.get(pk=response.json()["id"]).organization == member


def test_patch_changes_only_the_fields_sent(trip, leader):
    url = f"/api/v1/delegations/{trip.province.pk}/delegates/{trip.delegate.pk}"
    response = send(
        client_for(leader), "patch", url, {}, {"passport_name": "wang  lei", "phone": "+86 25 1234"}
    )
    assert response.status_code == 200, response.content
    trip.delegate.refresh_from_db()
    assert (trip.delegate.full_name, trip.delegate.latin_name, trip.delegate.phone) == (
        "王磊",
        "WANG LEI",
        "+86 25 1234",
    )
    # The account the entry belongs to stays.
    assert trip.delegate.user is not None
    refused = send(client_for(leader), "patch", url, {}, {"passport_name": "WANG_LEI"})
    assert refused.status_code == 400
    assert refused.json()["error"]["details"]["field"] == "passport_name"
    trip.delegate.refresh_from_db()
    assert trip.delegate.latin_name == "WANG LEI"


def test_only_staff_set_member_organizations_and_move_delegations(trip, leader, staff):
    member = OrganizationFactory(slug="hebei-steel")
    url = f"/api/v1/delegations/{trip.province.pk}"
    refused = send(client_for(leader), "patch", url, {}, {"organizations": [member.slug]})
    assert refused.status_code == 403
    assert refused.json()["error"]["details"]["field"] == "organizations"
    assert not trip.province.organizations.exists()
    moved = send(client_for(leader), "patch", url, {}, {"parent_id": trip.other.pk})
    assert moved.status_code == 403
    allowed = send(client_for(staff), "patch", url, {}, {"organizations": [member.slug]})
    assert allowed.status_code == 200
    assert allowed.json()["organizations"] == [member.slug]
    assert list(trip.province.organizations.all()) == [member]


def test_a_leader_creates_a_part_under_their_delegation_but_not_a_national_one(
    trip, national_leader, event
):
    client = client_for(national_leader)
    part = send(
        client,
        "post",
        "/api/v1/delegations/",
        {},
        {
            "name_en": "Shanghai delegation",
            "name_zh": "上海市代表团",
            "parent_id": trip.national.pk,
        },
    )
    assert part.status_code == 201, part.content
    created = Delegation.objects.get(pk=part.json()["id"])
    assert (created.parent_id, created.event_id, created.name_zh_hans) == (
        trip.national.pk,
        event.pk,  # a part travels to its parent's event
        "上海市代表团",
    )
    national = send(client, "post", "/api/v1/delegations/", {}, {"name_en": "Another"})
    assert national.status_code == 403
    nameless = send(client, "post", "/api/v1/delegations/", {}, {"parent_id": trip.national.pk})
    assert nameless.status_code == 400
    assert nameless.json()["error"]["details"]["field"] == "name"


def test_an_unconfirmed_leader_reads_but_does_not_write(trip, leader):
    leader.email_verified = False
    leader.save()
    client = client_for(leader)
    assert client.get(f"/api/v1/delegations/{trip.province.pk}/delegates").status_code == 200
    assert add(client, trip.province, {"full_name": "李娜"}).status_code == 403


def test_the_roster_list_costs_the_same_queries_for_more_delegates(
    trip, staff, django_assert_max_num_queries
):
    client = client_for(staff)
    url = f"/api/v1/delegations/{trip.province.pk}/delegates"
    DelegateFactory.create_batch(2, delegation=trip.province)
    with django_assert_max_num_queries(12) as few:
        client.get(url)
    DelegateFactory.create_batch(20, delegation=trip.province)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).json()["count"] == 23
