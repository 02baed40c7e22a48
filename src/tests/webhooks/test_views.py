"""The secretariat's webhook pages: who may open them, and what each does (register, edit,
deactivate, rotate, test, resend), in both languages."""

from __future__ import annotations

import pytest

from tests.conftest import client_for
from tests.factories import RepresentativeFactory
from tradebridge.webhooks.models import Delivery, Endpoint

pytestmark = pytest.mark.django_db


@pytest.fixture
def hook(staff):
    return Endpoint.objects.create(
        url="https://crm.example.com/hooks",
        event_types=["organization.changed", "checkin.created"],
        created_by=staff,
        description="Provincial CRM",
    )


@pytest.fixture
def failed(hook):
    return Delivery.objects.create(
        endpoint=hook,
        event_type="checkin.created",
        payload={"registration": 7},
        status=Delivery.Status.FAILED,
        attempts=6,
        last_response_status=500,
        last_response_body="boom",
    )


def pages(hook, failed):
    return [
        ("get", "/en/staff/webhooks/", 200),
        ("get", "/en/staff/webhooks/new/", 200),
        ("get", f"/en/staff/webhooks/{hook.pk}/", 200),
        ("get", f"/en/staff/webhooks/{hook.pk}/edit/", 200),
        ("post", f"/en/staff/webhooks/{hook.pk}/action/", 302),
        ("post", f"/en/staff/webhooks/deliveries/{failed.pk}/resend/", 302),
    ]


@pytest.mark.parametrize("role", ["anonymous", "representative", "staff"])
def test_only_staff_open_the_webhook_pages(client, staff, hook, failed, role, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    if role == "representative":
        client = client_for(RepresentativeFactory().user)
    elif role == "staff":
        client = client_for(staff)
    for method, url, ok in pages(hook, failed):
        response = getattr(client, method)(url, {"action": "test"} if method == "post" else None)
        if role == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
        elif role == "representative":
            assert response.status_code == 403, url
        else:
            assert response.status_code == ok, url
    expected = 1 if role == "staff" else 0
    assert Delivery.objects.filter(event_type="webhook.test").count() == expected


def test_the_menu_leads_staff_only_to_the_webhooks(staff_client, owner_client):
    # The menu's "Integrations" opens the tokens page, whose sub-menu holds the webhooks.
    assert 'href="/en/staff/tokens/"' in staff_client.get("/en/").content.decode()
    assert 'href="/en/staff/webhooks/"' in staff_client.get("/en/staff/tokens/").content.decode()
    assert "/staff/" not in owner_client.get("/en/").content.decode()


def test_staff_register_an_endpoint(staff_client, staff):
    response = staff_client.post(
        "/en/staff/webhooks/new/",
        {
            "url": "https://crm.example.com/hooks",
            "description": "CRM",
            "event_types": ["request.answered", "meeting.moved"],
            "active": "on",
        },
    )
    endpoint = Endpoint.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/staff/webhooks/{endpoint.pk}/"
    assert endpoint.event_types == ["request.answered", "meeting.moved"]
    assert endpoint.active and endpoint.created_by == staff
    page = staff_client.get(response["Location"]).content.decode()
    assert endpoint.secret in page


def test_an_http_address_is_refused_on_the_field(staff_client):
    response = staff_client.post(
        "/en/staff/webhooks/new/",
        {"url": "http://crm.example.com/hooks", "event_types": ["request.answered"]},
    )
    assert response.status_code == 200
    assert response.context["form"].errors == {"url": ["The address must start with https://."]}
    assert not Endpoint.objects.exists()


def test_the_refusal_is_in_chinese_on_the_chinese_page(staff_client):
    response = staff_client.post(
        "/zh-hans/staff/webhooks/new/",
        {"url": "http://crm.example.com/hooks", "event_types": ["request.answered"]},
    )
    assert response.context["form"].errors == {"url": ["地址必须以 https:// 开头。"]}


def test_edit_deactivate_and_rotate(staff_client, hook):
    old = hook.secret
    staff_client.post(
        f"/en/staff/webhooks/{hook.pk}/edit/",
        {
            "url": "https://crm.example.com/v2",
            "event_types": ["deal.stage_changed"],
            "active": "on",
        },
    )
    staff_client.post(f"/en/staff/webhooks/{hook.pk}/action/", {"action": "deactivate"})
    staff_client.post(f"/en/staff/webhooks/{hook.pk}/action/", {"action": "rotate"})
    hook.refresh_from_db()
    assert (hook.url, hook.event_types, hook.active) == (
        "https://crm.example.com/v2",
        ["deal.stage_changed"],
        False,
    )
    assert hook.secret != old
    # An inactive endpoint gets no test event; the page says why.
    response = staff_client.post(
        f"/en/staff/webhooks/{hook.pk}/action/", {"action": "test"}, follow=True
    )
    assert "The endpoint is not active" in response.content.decode()
    assert not Delivery.objects.exists()


def test_the_deliveries_are_listed_with_their_answer_and_resent(
    staff_client, hook, failed, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    page = staff_client.get(f"/en/staff/webhooks/{hook.pk}/?status=failed").content.decode()
    assert page.count('data-testid="delivery-row"') == 1
    assert "HTTP 500" in page and "boom" in page and "Someone was checked in" in page
    assert (
        staff_client.get(f"/en/staff/webhooks/{hook.pk}/?status=succeeded")
        .content.decode()
        .count('data-testid="delivery-row"')
        == 0
    )
    response = staff_client.post(f"/en/staff/webhooks/deliveries/{failed.pk}/resend/")
    assert response["Location"] == f"/en/staff/webhooks/{hook.pk}/#delivery-{failed.pk}"
    failed.refresh_from_db()
    assert failed.status == Delivery.Status.PENDING and failed.next_attempt_at is not None


def test_the_pages_read_in_chinese(staff_client, hook, failed):
    page = staff_client.get(f"/zh-hans/staff/webhooks/{hook.pk}/").content.decode()
    assert "签名密钥" in page and "重新发送" in page
    listing = staff_client.get("/zh-hans/staff/webhooks/").content.decode()
    assert "新建端点" in listing
