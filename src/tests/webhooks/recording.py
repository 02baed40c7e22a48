"""For the domains' tests of their webhook events: an endpoint subscribed to every event type
(at an address deliveries refuse to reach, so that no test sends anything anywhere), and what
was queued for it."""

from __future__ import annotations

from typing import Any

from tradebridge.webhooks.models import Delivery, Endpoint
from tradebridge.webhooks.services import EVENT_TYPES

# A loopback address (no name look-up): deliveries are refused before any connection.
NOWHERE = "https://127.0.0.1:9/hook"


def subscribe(settings) -> Endpoint:
    settings.WEBHOOKS_ALLOW_PRIVATE = False
    return Endpoint.objects.create(url=NOWHERE, event_types=list(EVENT_TYPES))


def emitted(event_type: str | None = None) -> list[dict[str, Any]]:
    """The payloads queued (of one type, or of all types as ``{"type", "data"}``), oldest
    first."""
    deliveries = Delivery.objects.order_by("pk")
    if event_type is not None:
        return [d.payload for d in deliveries.filter(event_type=event_type)]
    return [{"type": d.event_type, "data": d.payload} for d in deliveries]
