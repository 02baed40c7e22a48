"""The consent endpoints: a registration flow or an app records a consent to the notice in
force for the signed-in person."""

from __future__ import annotations

import pytest

from tradebridge.accounts.models import Consent
from tradebridge.accounts.privacy import PRIVACY_NOTICE_VERSION

pytestmark = pytest.mark.django_db

URL = "/api/v1/accounts/me/consents"


def test_anonymous_callers_are_refused(client):
    assert client.get(URL).status_code == 401
    response = client.post(
        URL,
        {"documents": ["privacy-notice"], "version": PRIVACY_NOTICE_VERSION, "language": "en"},
        content_type="application/json",
    )
    assert response.status_code == 401
    assert not Consent.objects.exists()


def test_a_consent_is_recorded_and_listed(owner_client, owner):
    response = owner_client.post(
        URL,
        {
            "documents": ["privacy-notice", "cross-border-transfer"],
            "version": PRIVACY_NOTICE_VERSION,
            "language": "zh-hans",
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    data = owner_client.get(URL).json()
    assert data["current_versions"] == {
        "privacy-notice": PRIVACY_NOTICE_VERSION,
        "cross-border-transfer": PRIVACY_NOTICE_VERSION,
    }
    assert sorted((c["document"], c["language"]) for c in data["consents"]) == [
        ("cross-border-transfer", "zh-hans"),
        ("privacy-notice", "zh-hans"),
    ]
    assert Consent.objects.filter(user=owner).count() == 2


def test_a_version_not_in_force_is_refused_with_the_field(owner_client):
    response = owner_client.post(
        URL,
        {"documents": ["privacy-notice"], "version": "2001-01-01", "language": "en"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"field": "version"}
    assert not Consent.objects.exists()


def test_an_unknown_document_is_invalid(owner_client):
    response = owner_client.post(
        URL,
        {"documents": ["terms"], "version": PRIVACY_NOTICE_VERSION, "language": "en"},
        content_type="application/json",
    )
    assert response.status_code == 422


def test_a_post_without_the_csrf_token_is_refused_in_the_one_error_format(owner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    response = client.post(
        URL,
        {"documents": ["privacy-notice"], "version": PRIVACY_NOTICE_VERSION, "language": "en"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    assert not Consent.objects.exists()
