"""The token pages: each person's own tokens (list, create with the secret shown once, revoke),
the secretariat's page for every token, and who may reach what (a permission matrix)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from django.test import Client
from django.utils import timezone, translation

from tradebridge.api.models import ApiToken
from tradebridge.api.scope_labels import LABELS
from tradebridge.api.tokens import token_create
from tradebridge.events.models import Event
from tradebridge.scopes import DOMAINS

from ..conftest import client_for
from ..factories import UserFactory, api_token, bearer

pytestmark = pytest.mark.django_db

MINE = "/en/accounts/tokens/"
STAFF = "/en/staff/tokens/"
GUIDE = "/en/developers/api/"


def _revoke_url(token: ApiToken) -> str:
    return f"/en/accounts/tokens/{token.pk}/revoke/"


@pytest.fixture
def person(db):
    return UserFactory()


@pytest.fixture
def event(db):
    return Event.objects.create(
        slug="summit", title="Summit", starts_on=dt.date(2030, 5, 1), ends_on=dt.date(2030, 5, 1)
    )


def test_a_person_creates_a_token_and_sees_its_secret_once(person, event):
    client = client_for(person)
    response = client.post(
        MINE,
        {
            "name": "CRM sync",
            "scopes": ["directory:read", "matchmaking:write"],
            "event": "summit",
            "expires_in_days": "30",
        },
    )
    assert response.status_code == 200
    token = ApiToken.objects.get()
    secret = response.context["new"].secret
    assert hashlib.sha256(secret.encode()).hexdigest() == token.secret_hash
    assert secret in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")
    assert (token.user, token.name, token.scopes, token.event) == (
        person,
        "CRM sync",
        ["directory:read", "matchmaking:write"],
        event,
    )
    assert token.created_by == person
    assert (
        dt.timedelta(days=29, hours=23) < token.expires_at - timezone.now() <= dt.timedelta(days=30)
    )
    # The list shows the token, never its secret again.
    listing = client.get(MINE).content.decode()
    assert "CRM sync" in listing and f"tb_{token.key_id}_" in listing
    assert secret not in listing
    # And it works.
    assert (
        Client().get("/api/v1/directory/organizations", headers=bearer(secret)).status_code == 200
    )


def test_a_token_needs_a_scope_and_a_name(person):
    response = client_for(person).post(MINE, {"name": " ", "scopes": []})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"name", "scopes"}
    assert not ApiToken.objects.exists()


def test_staff_scopes_are_not_offered_to_others_and_cannot_be_forced(person, staff):
    page = client_for(person).get(MINE).content.decode()
    assert 'value="webhooks:read"' not in page and 'value="checkin:write"' in page
    response = client_for(person).post(MINE, {"name": "x", "scopes": ["webhooks:write"]})
    assert "scopes" in response.context["form"].errors
    assert not ApiToken.objects.exists()
    assert 'value="webhooks:write"' in client_for(staff).get(MINE).content.decode()


def test_every_domain_has_a_label_in_both_languages():
    assert set(LABELS) == set(DOMAINS)
    with translation.override("zh-hans"):
        # Compiled catalogue in CI; the English text is acceptable when it is not compiled.
        assert all(str(label) for label, _description in LABELS.values())


def test_revoking_asks_first_then_revokes(person):
    api_token(person, "directory:read")
    token = ApiToken.objects.get()
    client = client_for(person)
    page = client.get(_revoke_url(token))
    assert page.status_code == 200 and 'data-testid="confirm-revoke"' in page.content.decode()
    token.refresh_from_db()
    assert token.revoked_at is None
    response = client.post(_revoke_url(token))
    assert response.status_code == 302 and response["Location"] == MINE
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert "revoked on" in client.get(MINE).content.decode()


def test_staff_create_a_token_for_an_integration_account(staff):
    service = UserFactory(email="crm@province.example")
    response = client_for(staff).post(
        STAFF,
        {"email": "CRM@province.example", "name": "Provincial CRM", "scopes": ["directory:read"]},
    )
    assert response.status_code == 200
    token = ApiToken.objects.get()
    assert (token.user, token.created_by, token.expires_at) == (service, staff, None)
    listing = client_for(staff).get(STAFF).content.decode()
    assert "crm@province.example" in listing and "Provincial CRM" in listing


def test_staff_form_refuses_an_unknown_account(staff):
    response = client_for(staff).post(
        STAFF, {"email": "nobody@example.org", "name": "x", "scopes": ["directory:read"]}
    )
    assert "email" in response.context["form"].errors
    assert not ApiToken.objects.exists()


def test_staff_revoke_any_token_and_return_to_their_list(person, staff):
    api_token(person, "directory:read")
    token = ApiToken.objects.get()
    response = client_for(staff).post(_revoke_url(token) + "?from=staff")
    assert response["Location"] == STAFF
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_the_guide_lists_every_scope_in_both_languages(client):
    for language in ("en", "zh-hans"):
        page = client.get(f"/{language}/developers/api/").content.decode()
        for domain in DOMAINS:
            assert f"<code>{domain}:read</code>" in page and f"<code>{domain}:write</code>" in page
        assert "/api/v1/directory/organizations?side=CN&amp;sector=energy" in page


def test_home_and_footer_lead_to_the_guide(client):
    page = client.get("/en/").content.decode()
    assert page.count(f'href="{GUIDE}"') == 2


def test_docs_api_md_lists_every_scope():
    from pathlib import Path

    text = (Path(__file__).parents[3] / "docs" / "api.md").read_text(encoding="utf-8")
    for domain in DOMAINS:
        assert f"| `{domain}` |" in text


# --- permission matrix -----------------------------------------------------------------------
# (method, page, caller) → status. Callers: anonymous, the token's owner (session), another
# person, staff (session); a token (bearer) never reaches these pages as a user.

OWNER_TOKEN, OTHER_TOKEN = "owner's token", "other's token"


@pytest.fixture
def matrix(person, staff):
    other = UserFactory()
    owned = token_create(actor=person, user=person, name="mine", scopes=["news:read"])
    others = token_create(actor=other, user=other, name="theirs", scopes=["news:read"])
    return {
        "users": {"owner": person, "other": other, "staff": staff},
        "tokens": {OWNER_TOKEN: owned, OTHER_TOKEN: others},
    }


def _page(name: str, matrix) -> str:
    tokens = matrix["tokens"]
    return {
        "mine": MINE,
        "staff": STAFF,
        "guide": GUIDE,
        "revoke owner's": _revoke_url(tokens[OWNER_TOKEN].token),
        "revoke other's": _revoke_url(tokens[OTHER_TOKEN].token),
        "revoke missing": "/en/accounts/tokens/999999/revoke/",
    }[name]


LOGIN = 302  # anonymous visitors are sent to sign in
MATRIX = [
    ("GET", "mine", "anonymous", LOGIN),
    ("GET", "mine", "owner", 200),
    ("GET", "mine", "staff", 200),
    ("POST", "mine", "anonymous", LOGIN),
    ("GET", "staff", "anonymous", LOGIN),
    ("GET", "staff", "owner", 403),
    ("POST", "staff", "owner", 403),
    ("GET", "staff", "staff", 200),
    ("GET", "guide", "anonymous", 200),
    ("GET", "guide", "owner", 200),
    ("GET", "revoke owner's", "anonymous", LOGIN),
    ("GET", "revoke owner's", "owner", 200),
    ("GET", "revoke owner's", "other", 404),
    ("GET", "revoke owner's", "staff", 200),
    ("POST", "revoke owner's", "anonymous", LOGIN),
    ("POST", "revoke owner's", "other", 404),
    ("POST", "revoke owner's", "owner", 302),
    ("POST", "revoke owner's", "staff", 302),
    ("POST", "revoke other's", "owner", 404),
    ("POST", "revoke missing", "owner", 404),
    ("POST", "revoke missing", "staff", 404),
]


@pytest.mark.parametrize(("method", "page", "caller", "status"), MATRIX)
def test_permission_matrix(matrix, method, page, caller, status):
    client = Client() if caller == "anonymous" else client_for(matrix["users"][caller])
    url = _page(page, matrix)
    response = client.post(url, {}) if method == "POST" else client.get(url)
    assert response.status_code == status
    revoked = ApiToken.objects.filter(revoked_at__isnull=False).values_list("name", flat=True)
    revokes = page == "revoke owner's" and method == "POST" and caller in ("owner", "staff")
    expected = {"mine"} if revokes else set()
    assert set(revoked) == expected


def test_a_token_is_not_a_session_for_the_pages(matrix):
    secret = matrix["tokens"][OWNER_TOKEN].secret
    response = Client().get(MINE, headers=bearer(secret))
    assert response.status_code == LOGIN


def test_a_page_posted_without_csrf_token_is_refused(person):
    client = Client(enforce_csrf_checks=True)
    client.force_login(person)
    response = client.post(MINE, {"name": "x", "scopes": ["news:read"]})
    assert response.status_code == 403
    assert not ApiToken.objects.exists()


def test_the_guides_webhook_verifier_accepts_a_signed_delivery_and_nothing_else():
    # The code newcomers copy from docs/api.md, run against an independent signature.
    import hmac
    import re
    import time
    from hashlib import sha256
    from pathlib import Path

    text = (Path(__file__).parents[3] / "docs" / "api.md").read_text(encoding="utf-8")
    code = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "verify_webhook" in b)
    namespace: dict = {}
    exec(code, namespace)
    verify = namespace["verify_webhook"]
    secret, body, now = "whsec_test", b'{"type": "request.answered"}', str(int(time.time()))
    signature = "v1=" + hmac.new(secret.encode(), f"{now}.".encode() + body, sha256).hexdigest()
    assert verify(secret, body, now, signature)
    assert verify(secret, body, now, "v1=00, " + signature)  # a rotation: any one may match
    assert not verify("another secret", body, now, signature)
    assert not verify(secret, body + b" ", now, signature)
    old = str(int(time.time()) - 3600)
    old_signature = "v1=" + hmac.new(secret.encode(), f"{old}.".encode() + body, sha256).hexdigest()
    assert not verify(secret, body, old, old_signature)
    assert not verify(secret, body, "not a time", signature)
