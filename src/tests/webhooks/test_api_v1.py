"""The webhooks API (/api/v1/webhooks/): staff only, with the webhooks scopes. Real outcomes
(the endpoint stored, the delivery resent and received) and a permission matrix."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from tests.delegations.factories import EventFactory
from tests.factories import RepresentativeFactory, UserFactory, api_token, bearer
from tradebridge.api.models import ApiToken
from tradebridge.api.tokens import token_revoke
from tradebridge.webhooks.models import Delivery, Endpoint

pytestmark = pytest.mark.django_db

BASE = "/api/v1/webhooks"


def test_staff_register_an_endpoint_and_get_its_secret(client, staff, settings):
    secret = api_token(staff, "webhooks:read", "webhooks:write")
    response = client.post(
        f"{BASE}/endpoints",
        {
            "url": "https://crm.example.com/hooks",
            "description": "Provincial CRM",
            "event_types": ["checkin.created", "organization.changed"],
        },
        content_type="application/json",
        headers=bearer(secret),
    )
    assert response.status_code == 201
    endpoint = Endpoint.objects.get()
    body = response.json()
    assert body["id"] == endpoint.pk
    assert body["secret"] == endpoint.secret and endpoint.secret.startswith("whsec_")
    # Stored in the order of the event types' list, whatever order they came in.
    assert endpoint.event_types == ["organization.changed", "checkin.created"]
    assert endpoint.created_by == staff
    listed = client.get(f"{BASE}/endpoints", headers=bearer(secret)).json()
    assert listed["count"] == 1 and listed["items"][0]["url"] == "https://crm.example.com/hooks"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://crm.example.com/hooks", "must start with https://"),
        ("http://127.0.0.1:9000/hooks", "must start with https://"),
        ("https://user:pw@crm.example.com/", "user name or password"),
        ("https:///hooks", "not a valid address"),
    ],
)
def test_an_address_that_is_not_https_is_refused_saying_where(client, staff, url, message):
    secret = api_token(staff, "webhooks:write")
    response = client.post(
        f"{BASE}/endpoints",
        {"url": url, "event_types": ["checkin.created"]},
        content_type="application/json",
        headers=bearer(secret),
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert message in error["message"] and error["details"] == {"field": "url"}
    assert not Endpoint.objects.exists()


def test_plain_http_to_the_local_machine_is_allowed_by_the_setting(client, staff, settings):
    settings.WEBHOOKS_ALLOW_HTTP = True
    secret = api_token(staff, "webhooks:write")
    response = client.post(
        f"{BASE}/endpoints",
        {"url": "http://127.0.0.1:9000/hooks", "event_types": ["checkin.created"]},
        content_type="application/json",
        headers=bearer(secret),
    )
    assert response.status_code == 201


def test_patch_changes_only_what_it_names(client, staff):
    endpoint = Endpoint.objects.create(
        url="https://a.example.com/", event_types=["checkin.created"], description="A"
    )
    secret = api_token(staff, "webhooks:write")
    response = client.patch(
        f"{BASE}/endpoints/{endpoint.pk}",
        {"active": False},
        content_type="application/json",
        headers=bearer(secret),
    )
    assert response.status_code == 200
    endpoint.refresh_from_db()
    assert (endpoint.active, endpoint.description, endpoint.url) == (
        False,
        "A",
        "https://a.example.com/",
    )


def test_resend_makes_a_new_attempt_that_the_receiver_gets(
    client, staff, endpoint, receiver, django_capture_on_commit_callbacks
):
    delivery = Delivery.objects.create(
        endpoint=endpoint,
        event_type="checkin.created",
        payload={"registration": 1},
        status=Delivery.Status.FAILED,
        attempts=6,
    )
    secret = api_token(staff, "webhooks:write")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{BASE}/deliveries/{delivery.pk}/resend", headers=bearer(secret))
    assert response.status_code == 200
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Delivery.Status.SUCCEEDED, 7)
    assert len(receiver.requests) == 1
    assert receiver.requests[0].headers["Webhook-Id"] == str(delivery.event_id)


def test_a_delivery_under_way_is_not_resent(client, staff, endpoint):
    delivery = Delivery.objects.create(
        endpoint=endpoint, event_type="checkin.created", attempts=1, next_attempt_at=None
    )
    secret = api_token(staff, "webhooks:write")
    response = client.post(f"{BASE}/deliveries/{delivery.pk}/resend", headers=bearer(secret))
    assert response.status_code == 409
    assert Delivery.objects.get().attempts == 1


def test_a_test_event_reaches_the_endpoint(
    client, staff, endpoint, receiver, django_capture_on_commit_callbacks
):
    secret = api_token(staff, "webhooks:write", "webhooks:read")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{BASE}/endpoints/{endpoint.pk}/test", headers=bearer(secret))
    assert response.status_code == 201
    assert response.json()["event_type"] == "webhook.test"
    assert b'"type":"webhook.test"' in receiver.requests[0].body
    listed = client.get(
        f"{BASE}/endpoints/{endpoint.pk}/deliveries?status=succeeded", headers=bearer(secret)
    ).json()
    assert [d["id"] for d in listed["items"]] == [response.json()["id"]]


def test_delete_removes_the_endpoint_and_its_deliveries(client, staff, endpoint):
    Delivery.objects.create(endpoint=endpoint, event_type="checkin.created")
    secret = api_token(staff, "webhooks:write")
    response = client.delete(f"{BASE}/endpoints/{endpoint.pk}", headers=bearer(secret))
    assert response.status_code == 204
    assert not Endpoint.objects.exists() and not Delivery.objects.exists()


def test_listing_deliveries_takes_a_fixed_number_of_queries(
    client, staff, endpoint, django_assert_max_num_queries
):
    for _ in range(30):
        Delivery.objects.create(endpoint=endpoint, event_type="checkin.created")
    client.force_login(staff)
    with django_assert_max_num_queries(8):
        response = client.get(f"{BASE}/endpoints/{endpoint.pk}/deliveries?limit=30")
    assert len(response.json()["items"]) == 30


# --- permission matrix -----------------------------------------------------------------------


@pytest.fixture
def callers(staff):
    """Caller name → (user to sign in as, or None; headers)."""
    representative = RepresentativeFactory().user
    event = EventFactory()
    expired = api_token(staff, "webhooks:read", "webhooks:write")
    ApiToken.objects.filter(pk=ApiToken.objects.latest("pk").pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    revoked = api_token(staff, "webhooks:read", "webhooks:write")
    token_revoke(actor=staff, token_id=ApiToken.objects.latest("pk").pk)
    return {
        "anonymous": (None, {}),
        "representative session": (representative, {}),
        "representative token": (
            None,
            bearer(api_token(representative, "webhooks:read", "webhooks:write")),
        ),
        "staff session": (staff, {}),
        "staff token": (None, bearer(api_token(staff, "webhooks:read", "webhooks:write"))),
        "staff token, wrong scope": (
            None,
            bearer(api_token(staff, "directory:read", "directory:write")),
        ),
        "staff token, read only": (None, bearer(api_token(staff, "webhooks:read"))),
        "staff token, expired": (None, bearer(expired)),
        "staff token, revoked": (None, bearer(revoked)),
        "staff token, one event": (
            None,
            bearer(api_token(staff, "webhooks:read", "webhooks:write", event=event)),
        ),
        "inactive staff": (UserFactory(is_staff=True, is_active=False), {}),
    }


READ = {
    "anonymous": 401,
    "representative session": 403,
    "representative token": 403,
    "staff session": 200,
    "staff token": 200,
    "staff token, wrong scope": 403,
    "staff token, read only": 200,
    "staff token, expired": 401,
    "staff token, revoked": 401,
    "staff token, one event": 403,
    "inactive staff": 401,
}
WRITE = {**READ, "staff token, read only": 403}

OPERATIONS = [
    ("get", "/event-types", None, 200),
    ("get", "/endpoints", None, 200),
    ("get", "/endpoints/{endpoint}", None, 200),
    ("get", "/endpoints/{endpoint}/deliveries", None, 200),
    ("get", "/deliveries/{delivery}", None, 200),
    (
        "post",
        "/endpoints",
        {"url": "https://x.example.com/", "event_types": ["checkin.created"]},
        201,
    ),
    ("patch", "/endpoints/{endpoint}", {"description": "changed"}, 200),
    ("post", "/endpoints/{endpoint}/rotate-secret", None, 200),
    ("post", "/endpoints/{endpoint}/test", None, 201),
    ("post", "/deliveries/{delivery}/resend", None, 200),
    ("delete", "/endpoints/{endpoint}", None, 204),
]


@pytest.mark.parametrize(("method", "path", "body", "ok"), OPERATIONS)
@pytest.mark.parametrize("caller", list(READ))
def test_permission_matrix(client, callers, method, path, body, ok, caller, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    endpoint = Endpoint.objects.create(
        url="https://a.example.com/", event_types=["checkin.created"]
    )
    delivery = Delivery.objects.create(
        endpoint=endpoint, event_type="checkin.created", status=Delivery.Status.FAILED, attempts=6
    )
    user, headers = callers[caller]
    if user is not None:
        client.force_login(user)
    expected = (READ if method == "get" else WRITE)[caller]
    expected = ok if expected == 200 else expected
    url = BASE + path.format(endpoint=endpoint.pk, delivery=delivery.pk)
    kwargs = {"headers": headers}
    if body is not None:
        kwargs.update(data=body, content_type="application/json")
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert set(response.json()) == {"error"}
    if method != "get" and expected >= 400:
        endpoint.refresh_from_db()
        assert (endpoint.description, Endpoint.objects.count(), Delivery.objects.count()) == (
            "",
            1,
            1,
        )


@pytest.mark.parametrize("body", ["[null, null]", "null", "3"])
def test_a_patch_that_is_not_an_object_is_refused(client, staff, body):
    endpoint = Endpoint.objects.create(
        url="https://a.example.com/", event_types=["checkin.created"]
    )
    response = client.patch(
        f"{BASE}/endpoints/{endpoint.pk}",
        body,
        content_type="application/json",
        headers=bearer(api_token(staff, "webhooks:write")),
    )
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["loc"] == ["body"]
