"""The project pool tells webhook endpoints when a deal starts or moves to another stage
(not for a note at the same stage), without its notes."""

from __future__ import annotations

import pytest

from tests.webhooks.recording import emitted, subscribe
from tradebridge.pool import services
from tradebridge.pool.models import Deal
from tradebridge.pool.services import StageInput

pytestmark = pytest.mark.django_db


def test_each_stage_change_emits_deal_stage_changed_once(
    owner, organization, published, partner, partner_org, settings,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    subscribe(settings)
    with django_capture_on_commit_callbacks(execute=True):
        interest = services.interest_express(
            actor=partner, opportunity=published, organization=partner_org, cooperation="x"
        )
        services.interest_answer(actor=owner, interest=interest, accept=True)
    deal = Deal.objects.get(interest=interest)
    with django_capture_on_commit_callbacks(execute=True):
        services.deal_move(
            actor=owner, deal=deal, data=StageInput(stage="negotiation", note="Term sheet")
        )
        services.deal_note(actor=owner, deal=deal, note="A call on Friday")
        deal.refresh_from_db()
        services.deal_move(
            actor=owner, deal=deal, data=StageInput(stage="closed", close_reason="withdrawn")
        )
    changes = emitted("deal.stage_changed")
    assert [(c["from_stage"], c["to_stage"], c["close_reason"]) for c in changes] == [
        ("", "interest", ""),
        ("interest", "negotiation", ""),
        ("negotiation", "closed", "withdrawn"),
    ]
    assert changes[1]["id"] == deal.pk
    assert {changes[1]["first"]["slug"], changes[1]["second"]["slug"]} == {
        organization.slug,
        partner_org.slug,
    }
    assert "Term sheet" not in str(changes)
    assert len(emitted()) == 3
