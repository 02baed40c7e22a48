"""The directory's API v1: organizations (list with ordering and ``updated_since``, profile,
creation, changes), representatives and the taxonomy, with the web pages' rules. A permission
matrix in the style of pretix's API tests: (method, URL, caller) → status."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.conftest import client_for
from tests.factories import (
    OrganizationFactory,
    RepresentativeFactory,
    UserFactory,
    api_token,
    bearer,
)
from tradebridge.api.models import ApiToken
from tradebridge.api.tokens import token_revoke
from tradebridge.directory import contacts
from tradebridge.directory.contacts import ContactGrant
from tradebridge.directory.models import Organization, Representative

pytestmark = pytest.mark.django_db

API = "/api/v1/directory"

# Who calls, in the order of the matrix's columns.
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
)


def caller_for(
    kind: str, *, owner: Any, outsider: Any, staff: Any, domain: str, event: Any = None
) -> tuple[Client, dict[str, str]]:
    """A client and headers acting as ``kind`` with the scopes of ``domain`` (read and
    write); a revoked or expired token of the owner where the kind says so."""
    right = (f"{domain}:read", f"{domain}:write")
    if kind == "anonymous":
        return Client(), {}
    if kind == "owner session":
        return client_for(owner), {}
    if kind == "other organization":
        return client_for(outsider), {}
    if kind == "staff session":
        return client_for(staff), {}
    if kind == "staff token":
        return Client(), bearer(api_token(staff, *right))
    if kind == "staff token of another event":
        return Client(), bearer(api_token(staff, *right, event=event))
    if kind == "owner token, wrong scope":
        return Client(), bearer(api_token(owner, "news:read", "news:write"))
    secret = api_token(owner, *right)
    token = ApiToken.objects.filter(user=owner).latest("pk")
    if kind == "owner token, expired":
        ApiToken.objects.filter(pk=token.pk).update(
            expires_at=timezone.now() - dt.timedelta(seconds=1)
        )
    elif kind == "owner token, revoked":
        token_revoke(actor=owner, token_id=token.pk)
    else:
        assert kind == "owner token", kind
    return Client(), bearer(secret)


def send(client: Client, headers: dict[str, str], method: str, url: str, body: Any = None):
    kwargs: dict[str, Any] = {"headers": headers}
    if body is not None:
        kwargs.update(data=json.dumps(body), content_type="application/json")
    return getattr(client, method.lower())(url, **kwargs)


@pytest.fixture
def hidden(owner):
    """An unlisted organization that the owner also represents."""
    hidden = OrganizationFactory(is_public=False, contact_email="hidden@example.org")
    RepresentativeFactory(organization=hidden, user=owner)
    return hidden


@pytest.fixture
def colleague(organization):
    return RepresentativeFactory(organization=organization, title="Sales manager")


@pytest.fixture
def call(owner, outsider, staff) -> Callable[..., Any]:
    def call(kind: str, method: str, url: str, body: Any = None):
        client, headers = caller_for(
            kind, owner=owner, outsider=outsider, staff=staff, domain="directory"
        )
        return send(client, headers, method, url, body)

    return call


def _matrix() -> list[tuple[str, str, Any, tuple[int, ...]]]:
    # (method, URL, body, statuses in the order of CALLERS); {org}: the owner's public
    # organization, {hidden}: the owner's unlisted one, {rep}: a colleague's link.
    #        anon owner-s owner-t wrong expired revoked other staff-s staff-t
    return [
        ("GET", "/organizations", None, (200, 200, 200, 403, 401, 401, 200, 200, 200)),
        ("GET", "/organizations/{org}", None, (200, 200, 200, 403, 401, 401, 200, 200, 200)),
        ("GET", "/organizations/{hidden}", None, (404, 200, 200, 403, 401, 401, 404, 200, 200)),
        (
            "PATCH",
            "/organizations/{org}",
            {"description_en": "Rooftop solar, batteries."},
            (401, 200, 200, 403, 401, 401, 403, 200, 200),
        ),
        (
            "PATCH",
            "/organizations/{hidden}",
            {"website": "https://example.org"},
            (401, 200, 200, 403, 401, 401, 404, 200, 200),
        ),
        (
            "POST",
            "/organizations",
            {"name_en": "Pacific Wind", "name_zh": "太平洋风电", "side": "US"},
            (401, 403, 403, 403, 401, 401, 403, 201, 201),
        ),
        (
            "GET",
            "/organizations/{org}/representatives",
            None,
            (403, 200, 200, 403, 401, 401, 403, 200, 200),
        ),
        (
            "POST",
            "/organizations/{org}/representatives",
            {"email": "newcomer@example.org", "title": "Engineer"},
            (401, 403, 403, 403, 401, 401, 403, 201, 201),
        ),
        (
            "DELETE",
            "/organizations/{org}/representatives/{rep}",
            None,
            (401, 403, 403, 403, 401, 401, 403, 204, 204),
        ),
        ("GET", "/sectors", None, (200, 200, 200, 403, 401, 401, 200, 200, 200)),
        ("GET", "/cooperation-types", None, (200, 200, 200, 403, 401, 401, 200, 200, 200)),
        ("GET", "/regions?country=CN", None, (200, 200, 200, 403, 401, 401, 200, 200, 200)),
    ]


MATRIX = [
    pytest.param(method, url, body, kind, statuses[i], id=f"{method} {url} {kind}")
    for method, url, body, statuses in _matrix()
    for i, kind in enumerate(CALLERS)
]


@pytest.mark.parametrize(("method", "url", "body", "kind", "status"), MATRIX)
def test_permission_matrix(call, organization, hidden, colleague, method, url, body, kind, status):
    UserFactory(email="newcomer@example.org")
    before = Representative.objects.count(), Organization.objects.count()
    address = API + url.format(org=organization.slug, hidden=hidden.slug, rep=colleague.pk)
    response = call(kind, method, address, body)
    assert response.status_code == status, response.content
    if status >= 400:
        assert set(response.json()["error"]) == {"code", "message", "details"}
        # A refused write changes nothing.
        assert (Representative.objects.count(), Organization.objects.count()) == before


# --- what the objects hold --------------------------------------------------------------------


def test_organization_has_both_languages_and_iso_times(client, organization):
    body = client.get(f"{API}/organizations/{organization.slug}").json()
    assert (body["name_en"], body["name_zh"]) == (organization.name_en, organization.name_zh_hans)
    assert body["description_zh"] == "我们在加州安装屋顶光伏系统。"
    assert body["region"] == "US-CA"
    assert [(s["code"], s["name_zh"]) for s in body["sectors"]] == [("energy", "能源")]
    assert dt.datetime.fromisoformat(body["updated_at"]).utcoffset() is not None
    assert body["updated_at"].endswith(("Z", "+00:00"))


def test_private_contacts_never_reach_anonymous_or_other_organizations(
    organization, hidden, owner, outsider, staff
):
    secret = "owner-contact@example.org"
    Organization.objects.filter(pk=organization.pk).update(contact_email=secret)
    for client, headers in (
        (Client(), {}),
        (client_for(outsider), {}),
        (Client(), bearer(api_token(outsider, "directory:read"))),
    ):
        for url in (
            f"{API}/organizations",
            f"{API}/organizations?q=solar",
            f"{API}/organizations/{organization.slug}",
        ):
            response = client.get(url, headers=headers)
            assert response.status_code == 200
            assert secret not in response.content.decode()
            assert "hidden@example.org" not in response.content.decode()
        assert (
            client.get(
                f"{API}/organizations/{organization.slug}/representatives", headers=headers
            ).status_code
            == 403
        )
    own = client_for(owner).get(f"{API}/organizations/{organization.slug}").json()
    assert own["contacts"] == {"name": "Jane Doe", "email": secret, "phone": "+1 555 0100"}
    listed = client_for(owner).get(f"{API}/organizations?limit=200").json()["items"]
    shown = {o["slug"]: o["contacts"] for o in listed}
    assert shown[organization.slug]["email"] == secret
    assert shown[hidden.slug]["email"] == "hidden@example.org"
    staff_list = client_for(staff).get(f"{API}/organizations").json()["items"]
    assert all(o["contacts"] is not None for o in staff_list)


def test_a_contact_grant_opens_the_profile_contacts_and_the_representatives(
    organization, outsider, colleague
):
    """The rules' contact grants (a confirmed meeting in match-making) hold in the API too."""

    def grant(user, org):
        if user.pk == outsider.pk and org.pk == organization.pk:
            yield ContactGrant(source="test", kind="meeting", object_id=1, reason="a meeting")

    saved = dict(contacts._SOURCES)
    contacts.register_grant_source("test", grant)
    try:
        client = client_for(outsider)
        body = client.get(f"{API}/organizations/{organization.slug}").json()
        assert body["contacts"]["email"] == "jane@example.org"
        people = client.get(f"{API}/organizations/{organization.slug}/representatives").json()
        assert people["count"] == 1
        assert colleague.user.email in {p["email"] for p in people["items"]}
    finally:
        contacts._SOURCES.clear()
        contacts._SOURCES.update(saved)


def test_list_filters_ordering_and_updated_since(client, organization):
    old = OrganizationFactory(side="CN", name_en="Aardvark Trading", kind="association")
    Organization.objects.filter(pk=old.pk).update(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    Organization.objects.filter(pk=organization.pk).update(
        updated_at=dt.datetime(2025, 6, 1, 12, tzinfo=dt.UTC)
    )
    body = client.get(f"{API}/organizations?ordering=name").json()
    assert body["count"] == 2
    assert [o["slug"] for o in body["items"]] == [old.slug, organization.slug]
    since = client.get(
        f"{API}/organizations", {"updated_since": "2025-06-01T20:00:00+08:00"}
    ).json()
    assert [o["slug"] for o in since["items"]] == [organization.slug]
    assert since["count"] == 1
    newest = client.get(f"{API}/organizations?ordering=-updated_at&limit=1").json()
    assert (newest["count"], newest["items"][0]["slug"]) == (2, organization.slug)
    assert client.get(f"{API}/organizations?kind=association").json()["count"] == 1
    assert client.get(f"{API}/organizations?side=CN").json()["items"][0]["slug"] == old.slug
    naive = client.get(f"{API}/organizations?updated_since=2025-06-01T12:00:00")
    assert naive.status_code == 422


def test_owner_changes_profile_in_both_languages_with_the_form_checks(owner, organization):
    client = client_for(owner)
    response = client.patch(
        f"{API}/organizations/{organization.slug}",
        {
            "name_zh": "金门太阳能",
            "seeks_details_en": "Distributors in Jiangsu",
            "seeks_details_zh": "江苏的经销商",
            "offers": ["distribution"],
            "contact_phone": "+1 555 0199",
        },
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    organization.refresh_from_db()
    assert organization.name_zh_hans == "金门太阳能"
    assert organization.name_en.startswith("Golden Gate Solar")  # left out: kept
    assert organization.seeks_details_zh_hans == "江苏的经销商"
    assert [t.code for t in organization.offers.all()] == ["distribution"]
    assert [s.code for s in organization.sectors.all()] == ["energy"]
    assert organization.contact_phone == "+1 555 0199"
    assert "金门太阳能" in organization.search_document
    assert response.json()["seeks_details_zh"] == "江苏的经销商"

    for body, field in (
        ({"contact_email": "not an address"}, "contact_email"),
        ({"website": "javascript:alert(1)"}, "website"),
        ({"name_en": "", "name_zh": ""}, None),
        ({"sectors": ["no-such-sector"]}, "sectors"),
        ({"region": "XX-ZZ"}, "region"),
    ):
        refused = client.patch(
            f"{API}/organizations/{organization.slug}", body, content_type="application/json"
        )
        assert refused.status_code == 400, (body, refused.content)
        assert refused.json()["error"]["details"]["field"] == field
    organization.refresh_from_db()
    assert organization.contact_email == "jane@example.org"


def test_only_staff_change_side_and_visibility(owner, staff, organization):
    url = f"{API}/organizations/{organization.slug}"
    refused = client_for(owner).patch(url, {"is_public": False}, content_type="application/json")
    assert refused.status_code == 403
    assert refused.json()["error"]["details"] == {"field": "is_public"}
    # Sending the current value back (a client echoing the object) is harmless.
    same = client_for(owner).patch(
        url, {"is_public": True, "side": "US"}, content_type="application/json"
    )
    assert same.status_code == 200
    done = client_for(staff).patch(
        url, {"is_public": False, "side": "CN"}, content_type="application/json"
    )
    assert done.status_code == 200
    organization.refresh_from_db()
    assert (organization.is_public, organization.side) == (False, "CN")


def test_unconfirmed_representative_is_told_to_confirm(owner, organization):
    owner.email_verified = False
    owner.save()
    response = client_for(owner).patch(
        f"{API}/organizations/{organization.slug}",
        {"website": "https://example.org"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert "Confirm your e-mail address" in response.json()["error"]["message"]


def test_staff_create_an_organization(staff):
    secret = api_token(staff, "directory:write", "directory:read")
    response = Client().post(
        f"{API}/organizations",
        {
            "name_en": "Jiangsu Solar",
            "name_zh": "江苏光伏",
            "side": "CN",
            "region": "CN-JS",
            "sectors": ["energy"],
            "contact_email": "info@jssolar.example",
            "is_public": False,
        },
        content_type="application/json",
        headers=bearer(secret),
    )
    assert response.status_code == 201, response.content
    body = response.json()
    created = Organization.objects.get(slug=body["slug"])
    assert (created.name_zh_hans, created.region.code, created.is_public) == (
        "江苏光伏",
        "CN-JS",
        False,
    )
    assert body["contacts"]["email"] == "info@jssolar.example"
    missing_side = Client().post(
        f"{API}/organizations",
        {"name_en": "X"},
        content_type="application/json",
        headers=bearer(secret),
    )
    assert missing_side.status_code == 422


def test_staff_add_and_remove_representatives(staff, owner, organization, colleague):
    client = client_for(staff)
    person = UserFactory(email="li.wei@example.org", full_name="Li Wei")
    url = f"{API}/organizations/{organization.slug}/representatives"
    added = client.post(
        url, {"email": "Li.Wei@example.org", "title": "Buyer"}, content_type="application/json"
    )
    assert added.status_code == 201
    assert added.json()["name"] == "Li Wei"
    assert Representative.objects.get(user=person, organization=organization).title == "Buyer"
    again = client.post(
        url, {"email": "li.wei@example.org", "title": "Head buyer"}, content_type="application/json"
    )
    assert again.status_code == 200
    assert Representative.objects.filter(user=person).count() == 1
    unknown = client.post(url, {"email": "nobody@example.org"}, content_type="application/json")
    assert unknown.status_code == 400
    assert unknown.json()["error"]["details"] == {"field": "email"}
    assert client.delete(f"{url}/{colleague.pk}").status_code == 204
    assert not Representative.objects.filter(pk=colleague.pk).exists()
    assert colleague.user.__class__.objects.filter(pk=colleague.user.pk).exists()
    assert client.delete(f"{url}/{colleague.pk}").status_code == 404
    listed = client.get(url).json()
    assert listed["count"] == 2
    assert {p["email"] for p in listed["items"]} == {
        "li.wei@example.org",
        Representative.objects.exclude(user=person).get(organization=organization).user.email,
    }


def test_taxonomy_in_both_languages(client):
    sectors = client.get(f"{API}/sectors?limit=200").json()
    energy = next(s for s in sectors["items"] if s["code"] == "energy")
    assert (energy["name_en"], energy["name_zh"]) == ("Energy", "能源")
    assert sectors["count"] == len(sectors["items"])
    regions = client.get(f"{API}/regions?country=cn&limit=200").json()
    assert regions["count"] > 0 and all(r["country"] == "CN" for r in regions["items"])
    jiangsu = next(r for r in regions["items"] if r["code"] == "CN-JS")
    assert jiangsu["name_zh"] == "江苏"
    types = client.get(f"{API}/cooperation-types?limit=200").json()
    assert "distribution" in {t["code"] for t in types["items"]}


# --- queries do not grow with the page --------------------------------------------------------


def _count(client: Client, headers: dict[str, str], url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("who", ["anonymous", "owner token", "staff token"])
def test_lists_make_as_many_queries_for_a_larger_page(who, owner, outsider, staff, organization):
    client, headers = caller_for(
        who, owner=owner, outsider=outsider, staff=staff, domain="directory"
    )
    urls = [
        f"{API}/organizations?limit=200",
        f"{API}/organizations?ordering=-updated_at&limit=200",
        f"{API}/organizations/{organization.slug}/representatives?limit=200",
        f"{API}/sectors?limit=200",
    ]
    if who == "anonymous":
        urls.pop(2)
    RepresentativeFactory(organization=organization)
    for url in urls:  # the first call of a token records its use
        _count(client, headers, url)
    small = [_count(client, headers, url) for url in urls]
    for _ in range(10):
        org = OrganizationFactory(sectors=["energy", "agriculture"])
        RepresentativeFactory(organization=org)
        RepresentativeFactory(organization=organization)
    large = [_count(client, headers, url) for url in urls]
    assert large == small


def test_a_language_never_written_reads_as_empty_text(client):
    organization = OrganizationFactory(
        name_en="Only English", name_zh_hans=None, description_zh_hans=None, is_public=True
    )
    data = client.get(f"/api/v1/directory/organizations/{organization.slug}").json()
    assert (data["name_en"], data["name_zh"], data["description_zh"]) == ("Only English", "", "")
