"""Webhooks: what happened on the platform, sent to the HTTPS endpoints staff registered for
it. Domains call ``emit`` after their change; the deliveries are made once the transaction
commits (a change that is rolled back sends nothing), one per active endpoint subscribed, each
by a background task (``tasks.deliver``) with retries and back-off."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser
from tradebridge.errors import ApplicationError, Conflict, NotAllowed

from . import rules, tasks
from .models import Delivery, Endpoint, new_secret
from .sending import url_problem

# The event types an endpoint can subscribe to.
EVENT_TYPES: dict[str, str] = {
    "organization.changed": "an organization's profile was created or changed",
    "request.answered": "a meeting request was accepted or declined",
    "meeting.scheduled": "a meeting was placed in a published schedule",
    "meeting.moved": "a scheduled meeting moved to another time or table",
    "meeting.unscheduled": "a re-published schedule no longer places a confirmed meeting",
    "meeting.cancelled": "the organizers cancelled a confirmed meeting",
    "registration.created": "someone registered for an event",
    "checkin.created": "someone was checked in",
    "deal.stage_changed": "a deal moved to another stage",
}
# Sent by "send a test event" to one endpoint, whatever it subscribed to.
TEST_EVENT = "webhook.test"


def _plain(payload: Any) -> Any:
    """The payload as JSON has it (times as ISO strings, UUIDs and decimals as strings)."""
    return json.loads(json.dumps(payload, cls=DjangoJSONEncoder))


def emit(event_type: str, payload: dict[str, Any]) -> None:
    """Queue a delivery of ``payload`` to every active endpoint subscribed to ``event_type``,
    once the current transaction commits (nothing is sent for a change that is rolled back)."""
    emit_many(event_type, [payload])


def emit_many(event_type: str, payloads: Sequence[dict[str, Any]]) -> None:
    """``emit`` for several events of one type (one look-up of the endpoints for all)."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event type {event_type!r}")
    if not payloads:
        return
    plain = [_plain(p) for p in payloads]
    transaction.on_commit(lambda: _create_deliveries(event_type, plain), robust=True)


def _create_deliveries(event_type: str, payloads: list[Any]) -> list[Delivery]:
    endpoints = [
        e
        for e in Endpoint.objects.filter(active=True).only("pk", "event_types")
        if event_type in e.event_types
    ]
    if not endpoints:
        return []
    now = timezone.now()
    events = [(uuid.uuid4(), payload) for payload in payloads]
    with transaction.atomic():
        deliveries = Delivery.objects.bulk_create(
            Delivery(
                endpoint=endpoint,
                event_type=event_type,
                event_id=event_id,
                payload=payload,
                next_attempt_at=now,
            )
            for event_id, payload in events
            for endpoint in endpoints
        )
        _queue(deliveries)
    return deliveries


def _queue(deliveries: Iterable[Delivery]) -> None:
    ids = [(d.pk, d.attempts) for d in deliveries]

    def enqueue_all() -> None:
        for pk, attempts in ids:
            tasks.enqueue(pk, attempts)

    transaction.on_commit(enqueue_all)


# --- endpoints -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EndpointInput:
    url: str
    description: str = ""
    event_types: tuple[str, ...] = ()
    active: bool = True


def _checked(data: EndpointInput) -> EndpointInput:
    url = data.url.strip()
    problem = url_problem(url) if url else _("Enter the endpoint's address.")
    if problem:
        raise ApplicationError(problem, details={"field": "url"})
    if len(url) > 500:
        raise ApplicationError(
            _("The address is longer than 500 characters."), details={"field": "url"}
        )
    unknown = sorted(set(data.event_types) - set(EVENT_TYPES))
    if unknown:
        raise ApplicationError(
            _("Unknown event types: %(types)s.") % {"types": ", ".join(unknown)},
            details={"field": "event_types"},
        )
    if not data.event_types:
        raise ApplicationError(
            _("Choose at least one event type."), details={"field": "event_types"}
        )
    if len(data.description) > 200:
        raise ApplicationError(
            _("The description is longer than 200 characters."),
            details={"field": "description"},
        )
    ordered = tuple(t for t in EVENT_TYPES if t in set(data.event_types))
    return EndpointInput(
        url=url, description=data.description.strip(), event_types=ordered, active=data.active
    )


def _require(actor: AnyUser) -> None:
    if not rules.can_manage_webhooks(actor):
        raise NotAllowed()


def endpoint_create(*, actor: User, data: EndpointInput) -> Endpoint:
    """Register an endpoint (staff); its signing secret is generated."""
    _require(actor)
    data = _checked(data)
    return Endpoint.objects.create(
        url=data.url,
        description=data.description,
        event_types=list(data.event_types),
        active=data.active,
        created_by=actor,
    )


def endpoint_update(*, actor: User, endpoint: Endpoint, data: EndpointInput) -> Endpoint:
    """Change an endpoint's address, description, event types or whether it is active."""
    _require(actor)
    data = _checked(data)
    with transaction.atomic():
        endpoint = Endpoint.objects.select_for_update().get(pk=endpoint.pk)
        endpoint.url = data.url
        endpoint.description = data.description
        endpoint.event_types = list(data.event_types)
        endpoint.active = data.active
        endpoint.save(update_fields=["url", "description", "event_types", "active"])
    return endpoint


def endpoint_set_active(*, actor: User, endpoint: Endpoint, active: bool) -> Endpoint:
    """Deactivate an endpoint (nothing more is sent to it, queued attempts fail) or turn it
    on again."""
    _require(actor)
    Endpoint.objects.filter(pk=endpoint.pk).update(active=active)
    endpoint.refresh_from_db()
    return endpoint


def endpoint_delete(*, actor: User, endpoint: Endpoint) -> None:
    """Remove an endpoint and its deliveries."""
    _require(actor)
    Endpoint.objects.filter(pk=endpoint.pk).delete()


def endpoint_rotate_secret(*, actor: User, endpoint: Endpoint) -> Endpoint:
    """Give an endpoint a new signing secret; attempts from now on are signed with it."""
    _require(actor)
    Endpoint.objects.filter(pk=endpoint.pk).update(
        secret=new_secret(), secret_rotated_at=timezone.now()
    )
    endpoint.refresh_from_db()
    return endpoint


def endpoint_send_test(*, actor: User, endpoint: Endpoint) -> Delivery:
    """Send a test event to one endpoint, whatever it subscribed to."""
    _require(actor)
    if not endpoint.active:
        raise Conflict(_("The endpoint is not active: activate it to send a test event."))
    with transaction.atomic():
        delivery = Delivery.objects.create(
            endpoint=endpoint,
            event_type=TEST_EVENT,
            payload={"endpoint": endpoint.pk, "message": "This is a test event from Tradebridge."},
            next_attempt_at=timezone.now(),
        )
        _queue([delivery])
    return delivery


def delivery_resend(*, actor: User, delivery: Delivery) -> Delivery:
    """A new attempt at a delivery, now (whatever its status, unless an attempt is under way).
    Its event id and body stay the same, so the receiver can tell it has seen it."""
    _require(actor)
    with transaction.atomic():
        current = Delivery.objects.select_for_update().get(pk=delivery.pk)
        in_flight = not current.is_final and current.next_attempt_at is None
        if in_flight:
            raise Conflict(_("An attempt is under way: wait for its answer."))
        if not current.endpoint.active:
            raise Conflict(_("The endpoint is not active: activate it to resend."))
        Delivery.objects.filter(pk=current.pk, attempts=current.attempts).update(
            status=Delivery.Status.PENDING, next_attempt_at=timezone.now()
        )
        _queue([current])
    current.refresh_from_db()
    return current


def deliveries_prune(*, keep_days: int | None = None) -> int:
    """Remove the deliveries that ended (succeeded, or failed after every attempt) more than
    ``keep_days`` (``WEBHOOKS_KEEP_DAYS``) ago; those still pending or retrying stay whatever
    their age. Returns how many were removed."""
    days = settings.WEBHOOKS_KEEP_DAYS if keep_days is None else keep_days
    before = timezone.now() - dt.timedelta(days=days)
    ended = (Delivery.Status.SUCCEEDED, Delivery.Status.FAILED)
    removed, _by_model = Delivery.objects.filter(status__in=ended, created_at__lt=before).delete()
    return removed
