"""The personal data webhooks hold (registered with the accounts' providers in
``apps.WebhooksConfig.ready``): deliveries name people (a registration's or a check-in's
attendee). They are nobody's own records, so nothing is exported; an erasure redacts the
person's names in every delivery's payload and stored answer."""

from __future__ import annotations

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import (
    Identifiers,
    Provider,
    Section,
    mentioning,
    redact_rows,
)

from .models import Delivery


def webhooks_export(user: User) -> list[Section]:
    return []


def webhooks_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    payloads = redact_rows(
        Delivery.objects.filter(mentioning(["payload"], identifiers)),
        ["payload"],
        identifiers,
        json=True,
    )
    answers = redact_rows(
        Delivery.objects.filter(mentioning(["last_response_body"], identifiers)),
        ["last_response_body"],
        identifiers,
    )
    return {"webhook_deliveries": payloads + answers}


PROVIDER = Provider(name="webhooks", export=webhooks_export, erase=webhooks_erase)
