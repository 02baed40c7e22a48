import pytest
from django.core import mail

from tradebridge.accounts.models import User
from tradebridge.accounts.services import user_sign_up


@pytest.mark.django_db
def test_sign_up_creates_an_unconfirmed_account(client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "full_name": "Li Wei",
            "email": "Li.Wei@Example.CN",
            "password": "a-long-passphrase-42",
            "language": "zh-hans",
            "consents": ["privacy-notice", "cross-border-transfer"],
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/signup/sent/"
    user = User.objects.get()
    assert (user.email, user.full_name, user.language, user.is_staff, user.email_verified) == (
        "li.wei@example.cn",
        "Li Wei",
        "zh-hans",
        False,
        False,
    )
    assert [m.to for m in mail.outbox] == [["li.wei@example.cn"]]


@pytest.mark.django_db
def test_sign_in_by_email_is_case_insensitive(client):
    user_sign_up(email="rep@example.org", password="a-long-passphrase-42")
    response = client.post(
        "/en/accounts/login/", {"username": "Rep@Example.org", "password": "a-long-passphrase-42"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_sign_in_with_a_wrong_password_fails(client):
    user_sign_up(email="rep@example.org", password="a-long-passphrase-42")
    response = client.post(
        "/en/accounts/login/", {"username": "rep@example.org", "password": "wrong"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors


@pytest.mark.django_db
def test_password_reset_sends_a_link(client):
    user_sign_up(email="rep@example.org", password="a-long-passphrase-42")
    mail.outbox.clear()  # the sign-up's confirmation link
    response = client.post("/zh-hans/accounts/password-reset/", {"email": "rep@example.org"})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["rep@example.org"]]
    assert "/accounts/password-reset/" in mail.outbox[0].body
