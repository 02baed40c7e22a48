"""A person's tokens in their data export (never the hash) and revoked by an erasure."""

from __future__ import annotations

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder

from tradebridge.accounts.privacy import personal_data_erase, personal_data_export
from tradebridge.api.models import ApiToken

from ..factories import UserFactory, api_token

pytestmark = pytest.mark.django_db


def test_the_export_lists_the_tokens_without_their_hash():
    person = UserFactory()
    api_token(person, "directory:read", "news:read")
    api_token(UserFactory(), "news:read")  # someone else's
    export = personal_data_export(actor=person, subject=person, format="json")
    dumped = json.dumps(export.as_json(), cls=DjangoJSONEncoder)
    token = ApiToken.objects.get(user=person)
    section = next(s for s in export.sections if s.key == "api_tokens")
    assert [row["scopes"] for row in section.rows] == ["directory:read news:read"]
    assert token.secret_hash not in dumped
    assert f"tb_{token.key_id}_" in dumped


def test_an_erasure_revokes_every_token_of_the_person_only():
    person, other = UserFactory(), UserFactory()
    person.set_password("password")
    person.save()
    api_token(person, "news:read")
    api_token(person, "directory:read")
    api_token(other, "news:read")
    personal_data_erase(actor=person, password="password")
    assert ApiToken.objects.filter(user=person, revoked_at__isnull=True).count() == 0
    assert ApiToken.objects.filter(user=other, revoked_at__isnull=True).count() == 1
