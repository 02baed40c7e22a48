"""The account pages, the downloads, the erasure page, the privacy notice and the audit, with
the owner / other person / anonymous / staff trio; the consent boxes of the sign-up form."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from tests.conftest import client_for
from tests.factories import UserFactory
from tradebridge.accounts.models import Consent, PersonalDataAccess, User
from tradebridge.accounts.privacy import PRIVACY_NOTICE_VERSION, personal_data_export

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def text_of(html: str | bytes) -> str:
    """The page's text, tags dropped and spaces collapsed."""
    if isinstance(html, bytes):
        html = html.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def headings(html: bytes, tag: str = "h2") -> list[str]:
    return [text_of(h) for h in re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", html.decode(), re.S)]


PAGES = ["/en/accounts/me/", "/en/accounts/me/password/", "/en/accounts/me/erase/"]


@pytest.mark.parametrize("url", [*PAGES, "/en/accounts/privacy/audit/"])
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


@pytest.mark.parametrize("format", ["json", "html"])
def test_anonymous_visitors_download_nothing(client, format):
    response = client.post(f"/en/accounts/me/data.{format}")
    assert response.status_code == 302
    assert not PersonalDataAccess.objects.exists()


@pytest.mark.parametrize("url", PAGES)
def test_a_signed_in_person_sees_their_account_pages(owner_client, url):
    assert owner_client.get(url).status_code == 200


def test_the_account_page_shows_the_person_and_their_consents(world):
    client = client_for(world.person.user)
    page = client.get("/en/accounts/me/").content.decode()
    assert world.person.user.email in page
    assert f"Privacy notice, version {PRIVACY_NOTICE_VERSION}" in page
    assert world.other.user.email not in page


def test_the_profile_is_saved(owner_client, owner):
    response = owner_client.post(
        "/en/accounts/me/", {"full_name": "  Zhang Wei  ", "language": "zh-hans"}
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert (owner.full_name, owner.language) == ("Zhang Wei", "zh-hans")


def test_the_password_is_changed_and_the_session_stays(owner_client, owner):
    response = owner_client.post(
        "/en/accounts/me/password/",
        {
            "old_password": PASSWORD,
            "new_password": "a-new-long-passphrase-7",
            "new_password_again": "a-new-long-passphrase-7",
        },
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("a-new-long-passphrase-7")
    assert owner_client.get("/en/accounts/me/").status_code == 200


@pytest.mark.parametrize(
    ("old", "new", "again", "field"),
    [
        ("wrong", "a-new-long-passphrase-7", "a-new-long-passphrase-7", "old_password"),
        (PASSWORD, "a-new-long-passphrase-7", "another-passphrase-8", "new_password_again"),
        (PASSWORD, "12345678", "12345678", "new_password"),
    ],
)
def test_a_bad_password_change_says_where(owner_client, owner, old, new, again, field):
    response = owner_client.post(
        "/en/accounts/me/password/",
        {"old_password": old, "new_password": new, "new_password_again": again},
    )
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_the_json_download_is_the_persons_own_data(world):
    client = client_for(world.person.user)
    response = client.post("/en/accounts/me/data.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="tradebridge-')
    data = json.loads(response.content)
    assert data["account_id"] == world.person.user.pk
    assert data["sections"]["account"]["records"][0]["email"] == world.person.user.email
    assert world.other.user.email not in response.content.decode()
    entry = PersonalDataAccess.objects.get()
    assert (entry.actor, entry.subject, entry.action) == (
        world.person.user,
        world.person.user,
        "export-json",
    )


def test_the_readable_download_is_a_page_in_the_language_of_the_request(world):
    client = client_for(world.person.user)
    response = client.post("/zh-hans/accounts/me/data.html")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="zh-Hans">' in html
    assert "您提交的洽谈申请" in headings(response.content)
    assert world.person.message in text_of(html)
    # Self-contained: nothing is loaded from anywhere.
    assert not re.search(r"<(link|script|img)\b", html)


def test_a_download_is_only_by_post(owner_client):
    assert owner_client.get("/en/accounts/me/data.json").status_code == 405
    assert owner_client.post("/en/accounts/me/data.xml").status_code == 404
    assert not PersonalDataAccess.objects.exists()


def test_the_erasure_page_erases_with_the_password_and_signs_out(world):
    client = client_for(world.person.user)
    response = client.post("/en/accounts/me/erase/", {"password": PASSWORD})
    assert response.status_code == 302
    user = User.objects.get(pk=world.person.user.pk)
    assert user.erased_at is not None
    assert client.get("/en/accounts/me/").status_code == 302  # signed out
    assert client.login(username=world.person.user.email, password=PASSWORD) is False


def test_a_wrong_password_erases_nothing_and_says_so(world):
    client = client_for(world.person.user)
    response = client.post("/en/accounts/me/erase/", {"password": "wrong"})
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "password": ["The password is not right: nothing was erased."]
    }
    assert User.objects.get(pk=world.person.user.pk).erased_at is None


def test_an_erased_persons_other_sessions_end(world):
    """The erasure happens in one browser; a second browser signed in as the person is signed
    out too (the password hash the session was bound to is gone)."""
    elsewhere = client_for(world.person.user)
    client_for(world.person.user).post("/en/accounts/me/erase/", {"password": PASSWORD})
    assert elsewhere.get("/en/accounts/me/").status_code == 302


# --- the audit --------------------------------------------------------------------------------


def test_staff_read_the_audit(world):
    personal_data_export(actor=world.person.user, subject=world.person.user, format="json")
    page = client_for(world.staff).get("/en/accounts/privacy/audit/")
    assert page.status_code == 200
    body = page.content.decode().split("<tbody>")[1].split("</tbody>")[0]
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    assert len(rows) == PersonalDataAccess.objects.count() == 1
    cells = [text_of(td) for td in re.findall(r"<td\b[^>]*>(.*?)</td>", rows[0], re.S)]
    name = world.person.user.full_name
    assert cells[1:4] == [name, name, "Export (JSON)"]


def test_the_audit_names_an_erased_person_by_number_only(world):
    from tradebridge.accounts.privacy import personal_data_erase

    user = world.person.user
    personal_data_erase(actor=user, password=PASSWORD)
    page = client_for(world.staff).get("/en/accounts/privacy/audit/").content.decode()
    assert f"Erased account #{user.pk}" in page
    assert "Wang Lei" not in page and "王磊" not in page


def test_the_audit_counts_every_entry(staff_client, staff):
    people = UserFactory.create_batch(3)
    for person in people:
        personal_data_export(actor=person, subject=person, format="html")
    page = staff_client.get("/en/accounts/privacy/audit/")
    assert page.context["page"].paginator.count == 3
    assert "3 entries, newest first." in page.content.decode()


def test_people_who_are_not_staff_do_not_see_the_audit(owner_client):
    assert owner_client.get("/en/accounts/privacy/audit/").status_code == 403


def test_the_audit_is_read_only_in_the_admin(staff):
    staff.is_superuser = True
    staff.save()
    client = client_for(staff)
    assert client.get("/en/admin/accounts/personaldataaccess/").status_code == 200
    assert client.get("/en/admin/accounts/personaldataaccess/add/").status_code == 403


# --- the notice and the sign-up ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "transfer"),
    [("en", "Transfer outside mainland China"), ("zh-hans", "个人信息出境")],
)
def test_the_privacy_notice_names_the_transfer_in_both_languages(client, language, transfer):
    response = client.get(f"/{language}/accounts/privacy/")
    assert response.status_code == 200
    assert transfer in headings(response.content)
    assert re.search(
        rf'data-testid="notice-version">[^<]*{PRIVACY_NOTICE_VERSION}<', response.content.decode()
    )
    assert len(headings(response.content, "h1")) == 1


def test_the_privacy_notice_names_the_configured_operator_contact_and_place(client, settings):
    settings.PRIVACY_OPERATOR = "the Joint Working Group secretariat"
    settings.PRIVACY_CONTACT = "privacy@jwg.example.org"
    settings.PRIVACY_DATA_LOCATION = "the United States (California)"
    text = text_of(client.get("/en/accounts/privacy/").content)
    assert "The platform's servers are in the United States (California)." in text
    assert "stored and processed there by the Joint Working Group secretariat" in text
    assert "privacy@jwg.example.org" in text


@pytest.mark.parametrize("path", ["/en/", "/zh-hans/", "/en/accounts/signup/"])
def test_the_privacy_notice_is_linked_from_the_footer_and_the_sign_up_form(client, path):
    html = client.get(path).content.decode()
    footer = html.split('<footer class="footer">')[1]
    language = path.split("/")[1]
    assert f'href="/{language}/accounts/privacy/"' in footer
    if "signup" in path:
        form = html.split('<form method="post"')[1].split("</form>")[0]
        assert 'href="/en/accounts/privacy/"' in form


def _sign_up(client, language="en", **extra):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "full_name": "Li Wei",
            "email": "li.wei@example.cn",
            "password": "a-long-passphrase-42",
            "language": "zh-hans",
            **extra,
        },
    )


def test_sign_up_records_both_consents_with_version_and_language(client):
    response = _sign_up(
        client, language="zh-hans", consents=["privacy-notice", "cross-border-transfer"]
    )
    assert response.status_code == 302
    consents = Consent.objects.filter(user__email="li.wei@example.cn")
    assert sorted(consents.values_list("document", "version", "language")) == [
        ("cross-border-transfer", PRIVACY_NOTICE_VERSION, "zh-hans"),
        ("privacy-notice", PRIVACY_NOTICE_VERSION, "zh-hans"),
    ]


@pytest.mark.parametrize("consents", [[], ["privacy-notice"], ["cross-border-transfer"]])
def test_sign_up_without_both_consents_creates_no_account(client, consents):
    response = _sign_up(client, consents=consents)
    assert response.status_code == 200
    assert response.context["form"].errors["consents"] == ["Tick both boxes to create an account."]
    assert not User.objects.exists()


# --- consents an account still lacks ------------------------------------------------------------


def test_an_account_without_consent_is_asked_on_its_page_and_agrees(owner_client, owner):
    page = owner_client.get("/zh-hans/accounts/me/").content.decode()
    assert 'data-testid="consent-form"' in page
    response = owner_client.post(
        "/zh-hans/accounts/me/consent/",
        {"consent-documents": ["privacy-notice", "cross-border-transfer"]},
    )
    assert response.status_code == 302
    assert sorted(Consent.objects.filter(user=owner).values_list("document", "language")) == [
        ("cross-border-transfer", "zh-hans"),
        ("privacy-notice", "zh-hans"),
    ]
    assert 'data-testid="consent-form"' not in owner_client.get("/en/accounts/me/").content.decode()


def test_an_account_that_agreed_is_not_asked_again(world):
    page = client_for(world.person.user).get("/en/accounts/me/").content.decode()
    assert 'data-testid="consent-form"' not in page


def test_a_consent_to_a_document_already_agreed_to_is_not_recorded_twice(world):
    client = client_for(world.person.user)
    client.post("/en/accounts/me/consent/", {"consent-documents": ["privacy-notice"]})
    assert Consent.objects.filter(user=world.person.user).count() == 2


def test_a_new_version_of_the_notice_asks_again(world, monkeypatch):
    from tradebridge.accounts import privacy

    monkeypatch.setitem(privacy.CURRENT_VERSIONS, "privacy-notice", "2027-01-01")
    page = client_for(world.person.user).get("/en/accounts/me/").content.decode()
    assert 'value="privacy-notice"' in page
    assert 'value="cross-border-transfer"' not in page
