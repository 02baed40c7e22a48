"""What the project pool tells webhook endpoints (``webhooks.services.emit``): a deal's move
from one stage to another (its start at "interest" too), without its notes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tradebridge.directory.webhook_events import organization_ref
from tradebridge.webhooks.services import emit

from .models import Deal


def deal_stage_changed(
    deal: Deal, *, from_stage: str, to_stage: str, at: datetime
) -> dict[str, Any]:
    """``deal.stage_changed``: ``from_stage`` is "" when the deal starts."""
    event = deal.event
    return {
        "id": deal.pk,
        "title": deal.title,
        "first": organization_ref(deal.first),
        "second": organization_ref(deal.second),
        "event": event.slug if event else None,
        "from_stage": from_stage,
        "to_stage": to_stage,
        # Read from the row: the caller's object may still hold the stage it moved from.
        "close_reason": (
            Deal.objects.filter(pk=deal.pk).values_list("close_reason", flat=True).first() or ""
            if to_stage == Deal.Stage.CLOSED
            else ""
        ),
        "at": at.astimezone(event.zone).isoformat() if event else at.isoformat(),
    }


def emit_deal_stage_changed(deal: Deal, *, from_stage: str, to_stage: str, at: datetime) -> None:
    emit(
        "deal.stage_changed",
        deal_stage_changed(deal, from_stage=from_stage, to_stage=to_stage, at=at),
    )
