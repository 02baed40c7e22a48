"""The whole-response cache of the pages read most (tradebridge.http.page_cache): off in the
test settings, turned on here. The signed-in agenda's copy is tested with match-making
(tests/matchmaking/test_agenda_cache.py)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from django.urls import resolve
from django.utils import translation
from django_htmx.middleware import HtmxDetails

from tradebridge.directory.models import Organization
from tradebridge.directory.services import OrganizationInput, organization_update
from tradebridge.http.page_cache import CLOCK_KEY, PageCacheMiddleware, tables_changed

pytestmark = pytest.mark.django_db

ORGANIZATIONS = "page-cache:t:directory_organization"  # the organizations table's stamp

CACHED_PAGES = [
    "/en/",
    "/zh-hans/directory/",
    "/en/directory/?q=solar",
    "/en/directory/o/{slug}/",
    "/en/events/",
    "/api/v1/directory/organizations",
    "/api/v1/directory/organizations?q=solar",
    "/api/v1/matchmaking/events",
    "/api/v1/matchmaking/sessions",
]


@pytest.mark.parametrize("page", CACHED_PAGES)
def test_a_second_anonymous_request_is_served_from_the_cache(
    page_cache, organization, django_assert_num_queries, page
):
    url = page.format(slug=organization.slug)
    first = Client().get(url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = Client().get(url)
    assert (second.status_code, second.content) == (200, first.content)
    assert second["Content-Type"] == first["Content-Type"]
    # A cached page never hands out a cookie, and tells shared caches it depends on them.
    assert dict(second.cookies) == {}
    assert "Cookie" in second["Vary"]


def test_the_cache_is_off_in_the_test_settings(organization, django_assert_max_num_queries):
    Client().get("/en/directory/")
    with django_assert_max_num_queries(100) as queries:
        Client().get("/en/directory/")
    assert len(queries) > 0


def test_a_signed_in_reader_neither_gets_nor_fills_the_cache(page_cache, organization, owner):
    Client().get("/en/directory/")  # cached for anonymous visitors
    reader = Client()
    reader.force_login(owner)
    assert "Sign out" in reader.get("/en/directory/").content.decode()

    cache.clear()
    assert "Sign out" in reader.get("/en/directory/").content.decode()
    anonymous = Client().get("/en/directory/").content.decode()
    assert "Sign out" not in anonymous
    assert "Sign in" in anonymous


def test_a_request_with_a_session_or_credentials_is_not_served_from_the_cache(
    page_cache, organization
):
    assert Client().get("/api/v1/directory/organizations").status_code == 200
    with_token = Client(HTTP_AUTHORIZATION="Bearer not-a-token")
    assert with_token.get("/api/v1/directory/organizations").status_code == 401
    with_session = Client()
    with_session.cookies["sessionid"] = "no-such-session"
    assert with_session.get("/api/v1/directory/organizations").status_code == 200


def test_the_language_is_part_of_the_key(page_cache, organization, django_assert_max_num_queries):
    # The API has no language prefix: its language (of its error messages, say) comes from the
    # request, so an answer in one language is not served for the other.
    Client().get("/api/v1/directory/organizations", HTTP_ACCEPT_LANGUAGE="en")
    with django_assert_max_num_queries(100) as queries:
        Client().get("/api/v1/directory/organizations", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert len(queries) > 0


# Real commits: the version changes after a commit, which a test's own transaction never makes.


@pytest.mark.django_db(transaction=True)
def test_a_changed_organization_shows_at_once(page_cache, organization, owner):
    url = f"/en/directory/o/{organization.slug}/"
    assert organization.name_en in Client().get(url).content.decode()
    Client().get("/en/directory/")
    data = OrganizationInput(name={"en": "Renamed Solar", "zh_hans": "改名光伏"}, side="US")
    organization_update(organization=organization, data=data, actor=owner)
    assert "Renamed Solar" in Client().get(url).content.decode()
    assert "Renamed Solar" in Client().get("/en/directory/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_conditional_update_without_signals_shows_at_once_too(page_cache, organization):
    Client().get("/api/v1/directory/organizations")
    Organization.objects.filter(pk=organization.pk).update(name_en="Quietly Renamed")
    assert "Quietly Renamed" in Client().get("/api/v1/directory/organizations").content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_write_that_is_rolled_back_keeps_the_cache(page_cache, organization):
    Client().get("/en/directory/")
    stamp = cache.get(ORGANIZATIONS)

    class Undone(Exception):
        pass

    with pytest.raises(Undone), transaction.atomic():
        Organization.objects.filter(pk=organization.pk).update(name_en="Never Committed")
        Organization.objects.filter(pk=organization.pk).update(name_en="Never Again")
        raise Undone
    assert cache.get(ORGANIZATIONS) == stamp
    clock = cache.get(CLOCK_KEY)
    with transaction.atomic():
        Organization.objects.filter(pk=organization.pk).update(name_en="Committed")
        Organization.objects.filter(pk=organization.pk).update(name_en="Committed Twice")
    # One stamp for the transaction, after its commit.
    assert cache.get(ORGANIZATIONS) == cache.get(CLOCK_KEY) == clock + 1
    assert "Committed Twice" in Client().get("/en/directory/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_session_written_does_not_empty_the_cache(page_cache, organization):
    Client().get("/en/directory/")
    clock = cache.get(CLOCK_KEY)
    SessionStore().create()
    assert cache.get(CLOCK_KEY) == clock
    assert cache.get("page-cache:t:django_session") is None


@pytest.mark.django_db(transaction=True)
def test_a_write_to_a_table_the_page_did_not_read_keeps_it(
    page_cache, organization, django_assert_num_queries, django_assert_max_num_queries
):
    Client().get("/en/directory/")
    tables_changed(["news_article", "checkin_checkin"])
    with django_assert_num_queries(0):
        Client().get("/en/directory/")
    tables_changed(["directory_organization"])
    with django_assert_max_num_queries(100) as queries:
        Client().get("/en/directory/")
    assert len(queries) > 0


@pytest.mark.django_db(transaction=True)
def test_a_write_while_the_page_is_made_keeps_no_copy(
    page_cache, organization, django_assert_max_num_queries
):
    """The organizations are read, then, before the page is stored, someone renames one: the
    page made is already out of date and must not be kept."""

    def directory_then_a_rename(request: HttpRequest) -> HttpResponse:
        match = resolve(request.path_info)
        request.resolver_match = match
        request.user = AnonymousUser()
        request.htmx = HtmxDetails(request)
        response = match.func(request, *match.args, **match.kwargs)
        Organization.objects.filter(pk=organization.pk).update(name_en="Renamed Meanwhile")
        return response

    middleware = PageCacheMiddleware(directory_then_a_rename)
    with translation.override("en"):
        first = middleware(RequestFactory().get("/en/directory/"))
    assert first.status_code == 200
    assert "Renamed Meanwhile" not in first.content.decode()
    with django_assert_max_num_queries(100) as queries:
        second = Client().get("/en/directory/")
    assert len(queries) > 0
    assert "Renamed Meanwhile" in second.content.decode()


def test_the_clock_restarts_above_every_stamp_it_gave_if_the_cache_loses_it(page_cache):
    tables_changed(["directory_organization"])
    before = cache.get(ORGANIZATIONS)
    cache.delete(CLOCK_KEY)
    tables_changed(["directory_organization"])
    assert cache.get(ORGANIZATIONS) > before


def test_a_kept_api_answer_still_counts_against_the_address(
    page_cache, organization, settings, throttle_clock
):
    settings.API_THROTTLE_RATES = {"token": "1000/min", "address": "3/min"}
    url = "/api/v1/directory/organizations"
    statuses = [Client().get(url).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = Client().get(url)
    assert refused.json()["error"]["code"] == "throttled"
    assert refused["Retry-After"] == "30"
