"""Signing up: the page does not tell whether an address has an account; a new account
confirms its address by a signed link before it acts; the form follows the page's language."""

import re
import time

import pytest
from django.core import mail, signing
from django.test import Client

from tests.factories import OrganizationFactory, RepresentativeFactory, UserFactory
from tradebridge.accounts.models import User
from tradebridge.accounts.services import VERIFY_SALT, user_sign_up
from tradebridge.directory import rules as directory_rules

PASSWORD = "a-long-passphrase-42"


def _sign_up(client: Client, email: str, language_prefix: str = "en", **extra):
    data = {
        "full_name": "Li Wei",
        "email": email,
        "password": PASSWORD,
        "language": "en",
        "consents": ["privacy-notice", "cross-border-transfer"],
    }
    data.update(extra)
    return client.post(f"/{language_prefix}/accounts/signup/", data, follow=True)


def _without_tokens(page: str) -> str:
    return re.sub(r'"X-CSRFToken": "[^"]+"|name="csrfmiddlewaretoken" value="[^"]+"', "", page)


def _link(message) -> str:
    found = re.search(r"https?://\S+/accounts/verify/(\S+)/", message.body)
    assert found, message.body
    return found.group(0).split("://", 1)[1].split("/", 1)[1]


# --- the sign-up page does not reveal who has an account -------------------------------------


@pytest.mark.django_db
def test_a_taken_address_gets_the_same_answer_as_a_free_one():
    owner = UserFactory(email="taken@example.org", full_name="Owner", language="zh-hans")
    free = _sign_up(Client(), "free@example.org")
    taken = _sign_up(Client(), "TAKEN@example.org")
    assert [r.status_code for r in (free, taken)] == [200, 200]
    assert free.redirect_chain == taken.redirect_chain == [("/en/accounts/signup/sent/", 302)]
    assert _without_tokens(free.text) == _without_tokens(taken.text)  # nothing else differs
    assert "already exists" not in taken.text
    assert not free.wsgi_request.user.is_authenticated
    assert not taken.wsgi_request.user.is_authenticated
    assert User.objects.filter(email="taken@example.org").get() == owner
    owner.refresh_from_db()
    assert owner.check_password("password")  # unchanged


@pytest.mark.django_db
def test_the_owner_of_a_taken_address_is_told_in_their_language():
    UserFactory(email="taken@example.org", language="zh-hans")
    _sign_up(Client(), "taken@example.org")
    assert [m.to for m in mail.outbox] == [["taken@example.org"]]
    notice = mail.outbox[0]
    assert "有人试图用您的地址注册" in notice.subject
    assert "/zh-hans/accounts/password-reset/" in notice.body
    assert "/accounts/verify/" not in notice.body


@pytest.mark.django_db
def test_a_new_account_gets_a_confirmation_link_in_its_language():
    _sign_up(Client(), "new@example.cn", language="zh-hans")
    user = User.objects.get(email="new@example.cn")
    assert not user.email_verified
    assert [m.to for m in mail.outbox] == [["new@example.cn"]]
    assert "确认您的电子邮件地址" in mail.outbox[0].subject
    assert _link(mail.outbox[0]).startswith("zh-hans/accounts/verify/")


# --- confirming the address -------------------------------------------------------------------


@pytest.mark.django_db
def test_following_the_link_confirms_the_address():
    _sign_up(Client(), "new@example.org")
    client = Client()
    response = client.get("/" + _link(mail.outbox[0]), follow=True)
    assert response.redirect_chain == [("/en/accounts/login/", 302)]
    assert "your e-mail address is confirmed" in response.text
    assert User.objects.get(email="new@example.org").email_verified
    # Following it again is harmless.
    assert client.get("/" + _link(mail.outbox[0])).status_code == 302


@pytest.mark.django_db
def test_an_altered_link_is_refused():
    _sign_up(Client(), "new@example.org")
    user = User.objects.get(email="new@example.org")
    forged = signing.dumps({"user": user.pk, "email": user.email}, salt="another-salt")
    response = Client().get(f"/en/accounts/verify/{forged}/")
    assert response.status_code == 400
    assert "not valid" in response.text
    assert not User.objects.get(pk=user.pk).email_verified


@pytest.mark.django_db
def test_an_expired_link_is_refused(monkeypatch):
    user = user_sign_up(email="new@example.org", password=PASSWORD)
    four_days_ago = time.time() - 4 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: four_days_ago)
    old = signing.dumps({"user": user.pk, "email": user.email}, salt=VERIFY_SALT)
    monkeypatch.undo()
    response = Client().get(f"/en/accounts/verify/{old}/")
    assert response.status_code == 400
    assert "expired" in response.text
    assert not User.objects.get(pk=user.pk).email_verified


@pytest.mark.django_db
def test_a_link_for_an_old_address_is_refused():
    user = user_sign_up(email="old@example.org", password=PASSWORD)
    link = _link(mail.outbox[0])
    User.objects.filter(pk=user.pk).update(email="new@example.org")
    assert Client().get("/" + link).status_code == 400
    assert not User.objects.get(pk=user.pk).email_verified


@pytest.mark.django_db
def test_an_unconfirmed_account_sees_a_banner_with_a_resend_button():
    user = user_sign_up(email="new@example.org", password=PASSWORD)
    client = Client()
    client.force_login(user)
    page = client.get("/zh-hans/directory/")
    assert 'data-testid="unconfirmed-banner"' in page.text
    assert "确认您的电子邮件地址" in page.text
    mail.outbox.clear()
    response = client.post(
        "/zh-hans/accounts/verify/resend/", {"next": "/zh-hans/directory/"}, follow=True
    )
    assert response.redirect_chain == [("/zh-hans/directory/", 302)]
    assert [m.to for m in mail.outbox] == [["new@example.org"]]
    client.get("/" + _link(mail.outbox[0]))
    assert 'data-testid="unconfirmed-banner"' not in client.get("/zh-hans/directory/").text


@pytest.mark.django_db
def test_resend_goes_back_only_to_this_site():
    user = user_sign_up(email="new@example.org", password=PASSWORD)
    client = Client()
    client.force_login(user)
    response = client.post("/en/accounts/verify/resend/", {"next": "https://evil.example/"})
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_a_confirmed_account_has_no_banner(owner_client):
    assert 'data-testid="unconfirmed-banner"' not in owner_client.get("/en/directory/").text


@pytest.mark.django_db
def test_an_unconfirmed_representative_cannot_edit_its_profile_until_it_confirms():
    user = user_sign_up(email="new@example.org", password=PASSWORD)
    organization = OrganizationFactory()
    RepresentativeFactory(user=user, organization=organization)  # linked by the secretariat
    assert not directory_rules.can_edit_organization(user, organization)
    assert directory_rules.can_view_contacts(user, organization)  # reading its own: fine
    client = Client()
    client.force_login(user)
    assert client.get(f"/en/directory/o/{organization.slug}/edit/").status_code == 404
    client.get("/" + _link(mail.outbox[0]))
    user.refresh_from_db()
    assert directory_rules.can_edit_organization(user, organization)
    assert client.get(f"/en/directory/o/{organization.slug}/edit/").status_code == 200


@pytest.mark.django_db
def test_accounts_made_by_staff_count_as_confirmed():
    admin = UserFactory(is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    response = client.post(
        "/en/admin/accounts/user/add/",
        {"email": "made@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302, response.content
    assert User.objects.get(email="made@example.org").email_verified


@pytest.mark.django_db
def test_staff_act_even_before_confirming(staff):
    User.objects.filter(pk=staff.pk).update(email_verified=False)
    staff.refresh_from_db()
    assert directory_rules.can_edit_organization(staff, OrganizationFactory())


# --- the form in the reader's language (issue 12) ---------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "language"), [("zh-hans", "zh-hans"), ("en", "en")])
def test_the_preferred_language_defaults_to_the_pages(client, prefix, language):
    form = client.get(f"/{prefix}/accounts/signup/").context["form"]
    assert form["language"].value() == language
    assert f'<option value="{language}" selected>' in str(form["language"])


@pytest.mark.django_db
def test_password_rules_speak_the_readers_language(client):
    response = client.post(
        "/zh-hans/accounts/signup/",
        {
            "full_name": "王磊",
            "email": "wang@example.cn",
            "password": "1234",
            "language": "zh-hans",
        },
    )
    errors = response.context["form"].errors["password"]
    assert errors == ["密码太短：至少需要 8 个字符。", "这个密码太常见了。", "密码只包含数字。"]
    assert User.objects.count() == 0


@pytest.mark.django_db
def test_password_rules_in_english(client):
    response = client.post(
        "/en/accounts/signup/",
        {"full_name": "X", "email": "x@example.org", "password": "1234", "language": "en"},
    )
    assert response.context["form"].errors["password"][0] == (
        "This password is too short: it must have at least 8 characters."
    )
