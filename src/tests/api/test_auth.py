"""Who the API takes a request from: a personal access token (narrowed to its scopes), the
site's session, or nobody; throttling and Idempotency-Key. Each domain's own endpoints have
their permission matrices beside their tests."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings
from django.utils import timezone

from tradebridge.accounts.models import Consent
from tradebridge.accounts.privacy import PRIVACY_NOTICE_VERSION
from tradebridge.api.models import ApiToken, IdempotencyRecord
from tradebridge.api.tokens import token_create, token_revoke
from tradebridge.errors import ApplicationError

from ..factories import UserFactory, api_token, bearer

pytestmark = pytest.mark.django_db

CONSENTS = "/api/v1/accounts/me/consents"
BODY = {"documents": ["privacy-notice"], "version": PRIVACY_NOTICE_VERSION, "language": "en"}


def test_a_token_acts_as_its_user_within_its_scopes(client):
    user = UserFactory()
    secret = api_token(user, "accounts:read", "accounts:write")
    assert client.get(CONSENTS, headers=bearer(secret)).status_code == 200
    response = client.post(CONSENTS, BODY, content_type="application/json", headers=bearer(secret))
    assert response.status_code == 201
    assert Consent.objects.filter(user=user).count() == 1
    assert ApiToken.objects.get().last_used_at is not None


def test_a_token_without_the_scope_is_refused_with_the_scope_named(client):
    user = UserFactory()
    secret = api_token(user, "checkin:write")
    response = client.post(CONSENTS, BODY, content_type="application/json", headers=bearer(secret))
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "insufficient_scope"
    assert error["details"]["required"] == "accounts:write"
    assert not Consent.objects.exists()


@pytest.mark.parametrize("state", ["revoked", "expired", "unknown", "inactive user", "malformed"])
def test_unusable_tokens_get_401(client, state):
    user = UserFactory()
    secret = api_token(user, "accounts:read")
    token = ApiToken.objects.get()
    header = bearer(secret)
    if state == "revoked":
        token_revoke(actor=user, token_id=token.pk)
    elif state == "expired":
        ApiToken.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    elif state == "unknown":
        header = bearer(secret[:-4] + "AAAA")
    elif state == "inactive user":
        user.is_active = False
        user.save()
    else:
        header = {"Authorization": f"Token {secret}"}
    response = client.get(CONSENTS, headers=header)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_the_secret_is_stored_hashed_only():
    user = UserFactory()
    secret = api_token(user, "directory:read")
    token = ApiToken.objects.get()
    assert secret.startswith(f"tb_{token.key_id}_")
    assert secret not in token.secret_hash and len(token.secret_hash) == 64


def test_tokens_need_a_known_scope_and_are_made_for_oneself_unless_staff():
    user, other, staff = UserFactory(), UserFactory(), UserFactory(is_staff=True)
    for scopes in ([], ["directory:admin"]):
        with pytest.raises(ApplicationError):
            token_create(actor=user, user=user, name="x", scopes=scopes)
    with pytest.raises(ApplicationError):
        token_create(actor=other, user=user, name="x", scopes=["directory:read"])
    made = token_create(actor=staff, user=user, name="CRM", scopes=["directory:read"])
    assert made.token.created_by == staff
    assert ApiToken.objects.filter(user=user).count() == 1


def test_anonymous_writes_get_401_and_session_writes_need_csrf(client):
    assert client.post(CONSENTS, BODY, content_type="application/json").status_code == 401
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(UserFactory())
    response = csrf_client.post(CONSENTS, BODY, content_type="application/json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_the_old_unversioned_addresses_redirect_to_v1(client):
    response = client.get("/api/directory/organizations?q=solar")
    assert response.status_code == 308
    assert response["Location"] == "/api/v1/directory/organizations?q=solar"


@override_settings(API_THROTTLE_RATES={"token": "3/min", "address": "1000/min"})
def test_a_token_past_its_rate_gets_429_with_retry_after(client, throttle_clock):
    from django.core.cache import cache

    cache.clear()
    secret = api_token(UserFactory(), "accounts:read")
    statuses = [client.get(CONSENTS, headers=bearer(secret)).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get(CONSENTS, headers=bearer(secret))
    assert response.json()["error"]["code"] == "throttled"
    assert response["Retry-After"] == "30"
    # Another token of the same user has its own count.
    other = api_token(UserFactory(), "accounts:read")
    assert client.get(CONSENTS, headers=bearer(other)).status_code == 200
    # The next minute counts afresh.
    throttle_clock.now += 30
    assert client.get(CONSENTS, headers=bearer(secret)).status_code == 200
    cache.clear()


@override_settings(API_THROTTLE_RATES={"token": "1000/min", "address": "2/min"})
def test_an_address_past_its_rate_gets_429(client, throttle_clock):
    from django.core.cache import cache

    cache.clear()
    statuses = [client.get("/api/v1/directory/organizations").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    cache.clear()


def test_an_idempotency_key_replays_the_first_answer_without_a_second_effect(client):
    secret = api_token(UserFactory(), "accounts:write", "accounts:read")
    headers = {**bearer(secret), "Idempotency-Key": "consent-1"}
    first = client.post(CONSENTS, BODY, content_type="application/json", headers=headers)
    second = client.post(CONSENTS, BODY, content_type="application/json", headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.content == first.content
    assert second["Idempotent-Replayed"] == "true"
    assert Consent.objects.count() == 1
    # The same key with another body is refused; another caller's same key is theirs.
    other_body = {**BODY, "language": "zh-hans"}
    reused = client.post(CONSENTS, other_body, content_type="application/json", headers=headers)
    assert reused.status_code == 422
    assert reused.json()["error"]["code"] == "idempotency_key_reused"
    other = {**bearer(api_token(UserFactory(), "accounts:write")), "Idempotency-Key": "consent-1"}
    assert (
        client.post(CONSENTS, BODY, content_type="application/json", headers=other).status_code
        == 201
    )
    assert Consent.objects.count() == 2


def test_failed_answers_are_not_kept_so_a_retry_runs(client):
    headers = {"Authorization": "Bearer tb_nope_nope", "Idempotency-Key": "k"}
    assert (
        client.post(CONSENTS, BODY, content_type="application/json", headers=headers).status_code
        == 401
    )
    assert not IdempotencyRecord.objects.exists()
