"""Background work of webhooks (run by ``db_worker``): one attempt at a delivery, and the next
one scheduled with back-off when it fails.

An attempt is claimed with a conditional UPDATE (``attempts`` moves from the number the task
was queued with, on a delivery not yet finished), so two workers running the same task — or a
deferred retry racing a resend — send once: the second finds the count moved and does
nothing. The outcome is recorded conditionally on the count the claim set."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django_tasks import default_task_backend, task

from .models import Delivery
from .sending import Response, body_bytes, headers, post

# Waits before the 2nd, 3rd, ... attempt; the last one repeats if WEBHOOKS_MAX_ATTEMPTS asks
# for more attempts than there are entries.
BACKOFF: tuple[timedelta, ...] = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
)
OPEN = (Delivery.Status.PENDING, Delivery.Status.RETRYING)


def max_attempts() -> int:
    return max(1, int(getattr(settings, "WEBHOOKS_MAX_ATTEMPTS", len(BACKOFF) + 1)))


def backoff(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th attempt failed."""
    return BACKOFF[min(attempts, len(BACKOFF)) - 1]


def enqueue(delivery_id: int, attempt: int, *, run_after: datetime | None = None) -> None:
    """Queue the attempt that follows ``attempt`` earlier ones. A back-end that cannot defer
    (the immediate one of the tests) leaves a later attempt to ``deliveries_requeue``."""
    if run_after is not None and run_after > timezone.now():
        if not default_task_backend.supports_defer:
            return
        deliver.using(run_after=run_after).enqueue(delivery_id, attempt)
        return
    deliver.enqueue(delivery_id, attempt)


@task()
def deliver(delivery_id: int, attempt: int) -> str:
    """Make attempt number ``attempt + 1`` of a delivery, if no one else has made it."""
    now = timezone.now()
    claimed = Delivery.objects.filter(pk=delivery_id, attempts=attempt, status__in=OPEN).update(
        attempts=F("attempts") + 1, last_attempt_at=now, next_attempt_at=None
    )
    if not claimed:
        return "skipped"
    delivery = Delivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None:  # its endpoint was removed meanwhile
        return "skipped"
    endpoint = delivery.endpoint
    attempts = attempt + 1
    if not endpoint.active:
        _record(delivery_id, attempts, status=Delivery.Status.FAILED, error="endpoint inactive")
        return "failed"
    event_id = str(delivery.event_id)
    body = body_bytes(
        event_id=event_id,
        event_type=delivery.event_type,
        created_at=delivery.created_at,
        data=delivery.payload,
    )
    timestamp = int(timezone.now().timestamp())
    response = post(
        endpoint.url,
        body,
        headers(secret=endpoint.secret, event_id=event_id, timestamp=timestamp, body=body),
    )
    if not response.ok and not response.error:
        response = replace(response, error=f"the endpoint answered {response.status}")
    if response.ok:
        _record(
            delivery_id,
            attempts,
            status=Delivery.Status.SUCCEEDED,
            response=response,
            delivered_at=timezone.now(),
        )
        return "succeeded"
    if attempts >= max_attempts():
        _record(delivery_id, attempts, status=Delivery.Status.FAILED, response=response)
        return "failed"
    run_after = timezone.now() + backoff(attempts)
    if _record(
        delivery_id,
        attempts,
        status=Delivery.Status.RETRYING,
        response=response,
        next_attempt_at=run_after,
    ):
        enqueue(delivery_id, attempts, run_after=run_after)
    return "retrying"


def _record(
    delivery_id: int,
    attempts: int,
    *,
    status: str,
    response: Response | None = None,
    error: str = "",
    next_attempt_at: datetime | None = None,
    delivered_at: datetime | None = None,
) -> bool:
    """Write an attempt's outcome, if the delivery is still at the attempt that was made."""
    response = response or Response(error=error)
    changes: dict[str, object] = {
        "status": status,
        "last_error": response.error,
        "last_response_status": response.status,
        "last_response_body": response.body,
        "next_attempt_at": next_attempt_at,
    }
    if delivered_at is not None:
        changes["delivered_at"] = delivered_at
    return bool(
        Delivery.objects.filter(pk=delivery_id, attempts=attempts, status__in=OPEN).update(
            **changes
        )
    )


def deliver_worker_lost(delivery_id: int, attempt: int) -> None:
    """Recovery (background.services): the worker died during an attempt; count it as failed
    and schedule the next one (or fail the delivery after the last)."""
    attempts = attempt + 1
    if attempts >= max_attempts():
        _record(delivery_id, attempts, status=Delivery.Status.FAILED, error="worker lost")
        return
    run_after = timezone.now() + backoff(attempts)
    if _record(
        delivery_id,
        attempts,
        status=Delivery.Status.RETRYING,
        error="worker lost",
        next_attempt_at=run_after,
    ):
        enqueue(delivery_id, attempts, run_after=run_after)


# A delivery whose next attempt is this late has lost its task (a deleted task row, a back-end
# that cannot defer): the sweep queues it again. The claim keeps a duplicate from sending twice.
LATE = timedelta(minutes=10)


def deliveries_requeue(*, now: datetime | None = None) -> int:
    """Queue the attempts that are long overdue (a sweep of ``background.tasks_recover``)."""
    now = now or timezone.now()
    due = Delivery.objects.filter(status__in=OPEN, next_attempt_at__lt=now - LATE).values_list(
        "pk", "attempts"
    )
    count = 0
    for delivery_id, attempts in due[:500]:
        deliver.enqueue(delivery_id, attempts)
        count += 1
    return count
