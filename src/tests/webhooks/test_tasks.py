"""Deliveries as a receiver sees them: signed bodies checked by an independent implementation
over the exact bytes a real HTTP server received, retries with back-off as deferred tasks, no
delivery for a rolled-back change, no request to a private address, one send when two workers
claim the same attempt."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import time

import pytest
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from tests.concurrency import race
from tradebridge.background.services import tasks_recover
from tradebridge.webhooks.models import RESPONSE_BODY_LIMIT, Delivery, Endpoint
from tradebridge.webhooks.sending import Refused, resolve
from tradebridge.webhooks.services import emit
from tradebridge.webhooks.tasks import deliver

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
)


def verify(secret: str, headers: dict[str, str], body: bytes, *, tolerance: int = 300) -> bool:
    """What a receiver does, written from the documented scheme (docs/webhooks.md), not from
    the platform's code."""
    timestamp = headers["Webhook-Timestamp"]
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    expected = hmac.new(
        secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256
    ).hexdigest()
    offered = [
        s.removeprefix("v1=") for s in headers["Webhook-Signature"].split() if s.startswith("v1=")
    ]
    return any(hmac.compare_digest(expected, s) for s in offered)


def emitted(django_capture_on_commit_callbacks, event_type="organization.changed", **payload):
    with django_capture_on_commit_callbacks(execute=True):
        emit(event_type, payload or {"slug": "acme", "name_en": "Acme", "name_zh": "艾克姆"})


def run_queued() -> list[tuple[dt.timedelta, str]]:
    """Run the task rows the database back-end holds, as a worker would once each is due
    (deferred ones too, without waiting); returns each row's delay and what it did."""
    done = []
    while row := DBTaskResult.objects.order_by("enqueued_at", "pk").first():
        result = row.task_result
        deferred = row.run_after is not None and row.run_after != get_date_max()
        delay = (row.run_after - row.enqueued_at) if deferred else dt.timedelta(0)
        row.delete()
        done.append((delay, result.task.call(*result.args, **result.kwargs)))
    return done


@pytest.mark.django_db
def test_a_delivery_is_signed_so_that_the_receiver_can_verify_the_exact_bytes(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    emitted(django_capture_on_commit_callbacks, slug="acme", name_en="Acme", name_zh="艾克姆")
    [received] = receiver.requests
    delivery = Delivery.objects.get()
    assert verify(endpoint.secret, received.headers, received.body)
    assert not verify("whsec_other", received.headers, received.body)
    assert not verify(endpoint.secret, received.headers, received.body + b" ")
    document = json.loads(received.body)
    assert document == {
        "id": str(delivery.event_id),
        "type": "organization.changed",
        "created_at": delivery.created_at.isoformat(),
        "data": {"slug": "acme", "name_en": "Acme", "name_zh": "艾克姆"},
    }
    assert received.headers["Webhook-Id"] == str(delivery.event_id)
    assert received.headers["Content-Type"] == "application/json"
    assert received.path == "/hook"
    assert (delivery.status, delivery.attempts, delivery.last_response_status) == (
        Delivery.Status.SUCCEEDED,
        1,
        200,
    )
    assert delivery.delivered_at is not None
    assert len(delivery.last_response_body) == RESPONSE_BODY_LIMIT


@pytest.mark.django_db
def test_a_rotated_secret_signs_the_next_delivery(
    endpoint, receiver, staff, django_capture_on_commit_callbacks
):
    from tradebridge.webhooks.services import endpoint_rotate_secret

    old = endpoint.secret
    endpoint = endpoint_rotate_secret(actor=staff, endpoint=endpoint)
    assert endpoint.secret != old and endpoint.secret.startswith("whsec_")
    emitted(django_capture_on_commit_callbacks)
    [received] = receiver.requests
    assert verify(endpoint.secret, received.headers, received.body)
    assert not verify(old, received.headers, received.body)


@pytest.mark.django_db
def test_only_active_subscribed_endpoints_get_a_delivery(
    endpoint, receiver, staff, django_capture_on_commit_callbacks
):
    Endpoint.objects.create(url=receiver.url, event_types=["checkin.created"], created_by=staff)
    Endpoint.objects.create(
        url=receiver.url, event_types=["organization.changed"], active=False, created_by=staff
    )
    emitted(django_capture_on_commit_callbacks)
    assert list(Delivery.objects.values_list("endpoint", flat=True)) == [endpoint.pk]
    assert len(receiver.requests) == 1


@pytest.mark.django_db
def test_an_emit_in_a_rolled_back_transaction_sends_nothing(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        emit("organization.changed", {"slug": "acme"})
        raise RuntimeError("the change fails")
    assert not Delivery.objects.exists()
    assert receiver.requests == []


def test_an_unknown_event_type_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown webhook event type"):
        emit("organisation.changed", {})


@pytest.mark.django_db
def test_a_failing_endpoint_is_retried_after_a_back_off_and_succeeds(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 200]
    with override_settings(TASKS=DB_TASKS):
        emitted(django_capture_on_commit_callbacks)
        delivery = Delivery.objects.get()
        assert delivery.status == Delivery.Status.PENDING
        first = run_queued()
    assert [outcome for _, outcome in first] == ["retrying", "succeeded"]
    # The retry was a deferred task, one minute after the failed attempt.
    assert first[0][0] == dt.timedelta(0)
    assert dt.timedelta(seconds=59) <= first[1][0] <= dt.timedelta(seconds=61)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_response_status) == (
        Delivery.Status.SUCCEEDED,
        2,
        200,
    )
    assert delivery.last_error == ""
    assert len(receiver.requests) == 2
    # The same event, the same body: a receiver can tell it is a retry.
    assert receiver.requests[0].body == receiver.requests[1].body
    assert receiver.requests[0].headers["Webhook-Id"] == receiver.requests[1].headers["Webhook-Id"]


@pytest.mark.django_db
def test_a_never_succeeding_endpoint_fails_after_the_last_attempt(
    endpoint, receiver, settings, django_capture_on_commit_callbacks
):
    receiver.statuses = [503]
    settings.WEBHOOKS_MAX_ATTEMPTS = 4
    with override_settings(TASKS=DB_TASKS):
        emitted(django_capture_on_commit_callbacks)
        done = run_queued()
    assert [outcome for _, outcome in done] == ["retrying", "retrying", "retrying", "failed"]
    delays = [round(delay.total_seconds() / 60) for delay, _ in done]
    assert delays == [0, 1, 5, 30]
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == (
        Delivery.Status.FAILED,
        4,
        None,
    )
    assert delivery.last_response_status == 503
    assert delivery.last_error == "the endpoint answered 503"
    assert len(receiver.requests) == 4


@pytest.mark.django_db
def test_a_redirect_is_not_followed(endpoint, receiver, django_capture_on_commit_callbacks):
    receiver.statuses = [302]
    emitted(django_capture_on_commit_callbacks)
    delivery = Delivery.objects.get()
    assert len(receiver.requests) == 1
    assert (delivery.status, delivery.last_response_status) == (Delivery.Status.RETRYING, 302)
    assert delivery.next_attempt_at is not None


@pytest.mark.django_db
def test_a_loopback_address_is_refused_unless_allowed(
    endpoint, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_ALLOW_PRIVATE = False
    emitted(django_capture_on_commit_callbacks)
    delivery = Delivery.objects.get()
    assert receiver.requests == []
    assert delivery.last_response_status is None
    assert delivery.last_error.startswith("refused: 127.0.0.1 resolves to a private")
    assert delivery.status == Delivery.Status.RETRYING


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_private_loopback_and_reserved_addresses_are_refused(settings, host):
    settings.WEBHOOKS_ALLOW_PRIVATE = False
    with pytest.raises(Refused):
        resolve(host, 443)


def test_a_public_address_is_allowed(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE = False
    assert resolve("93.184.215.14", 443) == "93.184.215.14"  # numeric: no look-up, no traffic


@pytest.mark.django_db
def test_an_attempt_already_made_is_not_made_again(endpoint, receiver):
    delivery = Delivery.objects.create(
        endpoint=endpoint, event_type="organization.changed", next_attempt_at=timezone.now()
    )
    assert deliver.call(delivery.pk, 0) == "succeeded"
    assert deliver.call(delivery.pk, 0) == "skipped"
    assert len(receiver.requests) == 1


@pytest.mark.django_db
def test_a_worker_lost_during_an_attempt_schedules_the_next(endpoint, receiver):
    delivery = Delivery.objects.create(
        endpoint=endpoint, event_type="organization.changed", next_attempt_at=timezone.now()
    )
    with override_settings(TASKS=DB_TASKS):
        result = deliver.enqueue(delivery.pk, 0)
        row = DBTaskResult.objects.get(pk=result.id)
        row.claim("w-dead")
        # The worker claimed the attempt, then died.
        Delivery.objects.filter(pk=delivery.pk).update(attempts=1, next_attempt_at=None)
        DBTaskResult.objects.filter(pk=row.pk).update(
            started_at=timezone.now() - dt.timedelta(minutes=5)
        )
        tasks_recover()
        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts, delivery.last_error) == (
            Delivery.Status.RETRYING,
            1,
            "worker lost",
        )
        retry = DBTaskResult.objects.exclude(pk=row.pk).get()
        assert retry.args_kwargs["args"] == [delivery.pk, 1]


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_workers_claiming_the_same_attempt_send_once(endpoint, receiver):
    delivery = Delivery.objects.create(
        endpoint=endpoint, event_type="organization.changed", next_attempt_at=timezone.now()
    )
    outcomes: list[str] = []
    crashed = race(*[lambda: outcomes.append(deliver.call(delivery.pk, 0))] * 2)
    assert crashed == []
    assert sorted(outcomes) == ["skipped", "succeeded"]
    assert len(receiver.requests) == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Delivery.Status.SUCCEEDED, 1)
