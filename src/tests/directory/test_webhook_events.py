"""The directory tells webhook endpoints when an organization is created or changed, once
the change is committed, without its contact details."""

from __future__ import annotations

import pytest

from tests.factories import OrganizationFactory
from tests.webhooks.recording import emitted, subscribe
from tradebridge.directory.services import (
    OrganizationInput,
    organization_create,
    organization_update,
)
from tradebridge.errors import NotAllowed

pytestmark = pytest.mark.django_db


def test_creating_and_changing_an_organization_emit_one_event_each(
    staff, settings, django_capture_on_commit_callbacks
):
    subscribe(settings)
    with django_capture_on_commit_callbacks(execute=True):
        organization = organization_create(
            actor=staff,
            data=OrganizationInput(
                name={"en": "Acme Solar", "zh_hans": "艾克姆太阳能"},
                side="US",
                contact_email="secret@acme.example",
                contact_name="Jane Roe",
            ),
        )
    [created] = emitted("organization.changed")
    assert created == {
        "slug": organization.slug,
        "name_en": "Acme Solar",
        "name_zh": "艾克姆太阳能",
        "change": "created",
        "side": "US",
        "kind": "enterprise",
        "region": None,
        "is_public": True,
        "updated_at": organization.updated_at.isoformat(),
    }
    with django_capture_on_commit_callbacks(execute=True):
        organization_update(
            actor=staff,
            organization=organization,
            data=OrganizationInput(name={"en": "Acme Solar Inc.", "zh_hans": "艾克姆"}, side="US"),
        )
    assert [(e["change"], e["name_en"]) for e in emitted("organization.changed")] == [
        ("created", "Acme Solar"),
        ("updated", "Acme Solar Inc."),
    ]
    assert "secret@acme.example" not in str(emitted()) and "Jane Roe" not in str(emitted())


def test_a_refused_change_emits_nothing(owner, settings, django_capture_on_commit_callbacks):
    subscribe(settings)
    other = OrganizationFactory()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(NotAllowed):
        organization_update(
            actor=owner, organization=other, data=OrganizationInput(name={"en": "X"}, side="US")
        )
    assert emitted() == []
