"""Sign-in throttling (django-axes): five wrong passwords lock an address from one client for
15 minutes, on the site's sign-in page and the admin's alike."""

import datetime as dt

import pytest
from axes.models import AccessAttempt
from django.test import Client

from tradebridge.accounts.services import user_sign_up

PASSWORD = "a-long-passphrase-42"
SITE = "/en/accounts/login/"
ADMIN = "/en/admin/login/"


@pytest.fixture
def account(db):
    return user_sign_up(email="rep@example.org", password=PASSWORD)


@pytest.fixture
def staff_account(db):
    user = user_sign_up(email="boss@example.org", password=PASSWORD)
    user.is_staff = True
    user.save()
    return user


def _sign_in(client: Client, url: str, email: str, password: str):
    return client.post(url, {"username": email, "password": password})


def _signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.django_db
def test_site_sign_in_is_locked_after_five_wrong_passwords(account):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(4):
        assert _sign_in(client, SITE, "rep@example.org", "wrong").status_code == 200
    # The fifth wrong password locks: the right one no longer signs in.
    assert _sign_in(client, SITE, "rep@example.org", "wrong").status_code == 429
    response = _sign_in(client, SITE, "rep@example.org", PASSWORD)
    assert response.status_code == 429
    assert not _signed_in(client)
    assert "Too many attempts" in response.text
    assert "Try again in 15 minutes" in response.text
    assert 'class="topbar"' in response.text  # the site's own layout


@pytest.mark.django_db
def test_thirty_wrong_passwords_then_the_right_one_do_not_sign_in(account):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(30):
        _sign_in(client, SITE, "rep@example.org", "wrong")
    _sign_in(client, SITE, "rep@example.org", PASSWORD)
    assert not _signed_in(client)


@pytest.mark.django_db
def test_the_lock_counts_the_address_in_any_case(account):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for spelling in ["rep@example.org", "Rep@Example.org", "REP@EXAMPLE.ORG", " rep@example.org"]:
        _sign_in(client, SITE, spelling, "wrong")
    assert _sign_in(client, SITE, "rep@EXAMPLE.org", "wrong").status_code == 429


@pytest.mark.django_db
def test_the_locked_out_page_is_in_the_readers_language(account):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        _sign_in(client, "/zh-hans/accounts/login/", "rep@example.org", "wrong")
    response = _sign_in(client, "/zh-hans/accounts/login/", "rep@example.org", PASSWORD)
    assert response.status_code == 429
    assert "尝试次数过多" in response.text
    assert "15 分钟" in response.text


@pytest.mark.django_db
def test_the_lock_holds_one_address_from_one_client_only(account):
    user_sign_up(email="other@example.org", password=PASSWORD)
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        _sign_in(attacker, SITE, "rep@example.org", "wrong")
    # The owner, elsewhere, still signs in; another address from the same client too.
    owner = Client(REMOTE_ADDR="198.51.100.20")
    assert _sign_in(owner, SITE, "rep@example.org", PASSWORD).status_code == 302
    assert _sign_in(attacker, SITE, "other@example.org", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_the_lock_ends_after_fifteen_minutes(account):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        _sign_in(client, SITE, "rep@example.org", "wrong")
    attempt = AccessAttempt.objects.get()
    # 14 minutes on: still locked (and the attempt starts the wait again).
    AccessAttempt.objects.update(attempt_time=attempt.attempt_time - dt.timedelta(minutes=14))
    assert _sign_in(client, SITE, "rep@example.org", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=attempt.attempt_time - dt.timedelta(minutes=16))
    assert _sign_in(client, SITE, "rep@example.org", PASSWORD).status_code == 302
    assert _signed_in(client)


@pytest.mark.django_db
def test_a_right_password_clears_the_count(account):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(4):
        _sign_in(client, SITE, "rep@example.org", "wrong")
    assert _sign_in(client, SITE, "rep@example.org", PASSWORD).status_code == 302
    client.post("/en/accounts/logout/")
    for _ in range(4):
        _sign_in(client, SITE, "rep@example.org", "wrong")
    assert _sign_in(client, SITE, "rep@example.org", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_admin_sign_in_is_locked_after_five_wrong_passwords(staff_account):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        _sign_in(client, ADMIN, "boss@example.org", "wrong")
    response = _sign_in(client, ADMIN, "boss@example.org", PASSWORD)
    assert response.status_code == 429
    assert not _signed_in(client)
    assert "Too many attempts" in response.text
    assert client.get("/en/admin/").status_code == 302  # still sent to the sign-in page


@pytest.mark.django_db
def test_wrong_passwords_on_the_site_lock_the_admin_too(staff_account):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(5):
        _sign_in(client, SITE, "boss@example.org", "wrong")
    assert _sign_in(client, ADMIN, "boss@example.org", PASSWORD).status_code == 429


@pytest.mark.django_db
def test_behind_a_proxy_the_client_is_read_from_x_forwarded_for(account, settings):
    settings.PROXY_COUNT = 1
    for _ in range(5):
        Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7").post(
            SITE, {"username": "rep@example.org", "password": "wrong"}
        )
    # Another client behind the same proxy is not locked out; a forged left-most entry does
    # not free the attacker.
    other = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert _sign_in(other, SITE, "rep@example.org", PASSWORD).status_code == 302
    forged = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7")
    assert _sign_in(forged, SITE, "rep@example.org", PASSWORD).status_code == 429


@pytest.mark.django_db
def test_successful_sign_ins_are_not_logged(account):
    from axes.models import AccessLog

    assert _sign_in(Client(), SITE, "rep@example.org", PASSWORD).status_code == 302
    assert AccessLog.objects.count() == 0
    assert AccessAttempt.objects.count() == 0
