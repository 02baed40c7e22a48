"""The language switcher is a link (no form, no CSRF token): the same page in the other
language, remembered in the language cookie; and anonymous pages carry no CSRF token."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def _switch_link(html: str) -> str:
    found = re.search(r'<a class="langswitch" href="([^"]+)"', html)
    assert found, "no language switch link"
    return unescape(found.group(1))


def test_the_switch_leads_to_the_same_search_in_chinese_and_sets_the_cookie(client, organization):
    html = client.get("/en/directory/?q=solar&page=1").content.decode()
    response = client.get(_switch_link(html))
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/directory/?q=solar&page=1"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"
    assert client.get(response["Location"]).status_code == 200


def test_the_switch_leads_from_an_organization_in_chinese_back_to_english(client, organization):
    page = f"/zh-hans/directory/o/{organization.slug}/"
    response = client.get(_switch_link(client.get(page).content.decode()))
    assert response["Location"] == f"/en/directory/o/{organization.slug}/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_the_cookie_then_picks_the_language_of_the_bare_address(client):
    client.get("/en/language/?language=zh-hans&next=/en/")
    assert client.get("/")["Location"] == "/zh-hans/"


def test_a_next_address_on_another_site_leads_home_instead(client):
    response = client.get("/en/language/?language=zh-hans&next=https://evil.example/")
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_an_unknown_language_is_refused_with_the_choices(client):
    response = client.get("/en/language/?language=fr&next=/en/")
    assert response.status_code == 400
    assert "'fr'" in response.content.decode()
    assert "en, zh-hans" in response.content.decode()


@pytest.mark.parametrize(
    "page", ["/en/", "/zh-hans/directory/", "/en/directory/?q=solar", "/en/events/"]
)
def test_an_anonymous_public_page_carries_no_csrf_token_and_sets_no_cookie(
    client, organization, page
):
    response = client.get(page)
    html = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in html
    assert "X-CSRFToken" not in html
    assert dict(response.cookies) == {}


def test_an_anonymous_organization_page_carries_no_csrf_token(client, organization):
    response = client.get(f"/en/directory/o/{organization.slug}/")
    assert "X-CSRFToken" not in response.content.decode()
    assert dict(response.cookies) == {}


def test_a_signed_in_page_sends_the_token_with_htmx_requests(client, owner):
    client.force_login(owner)
    html = client.get("/en/directory/").content.decode()
    assert re.search(r'<body hx-headers=\'\{"X-CSRFToken": "[^"]+"\}\'>', html)
