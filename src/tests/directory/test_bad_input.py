"""Search words a person (or a script) can type that the directory must refuse politely: each
word is one more condition in the query, so a search is bounded in characters and in words."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import OrganizationFactory
from tradebridge.directory.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, query_terms
from tradebridge.directory.selectors import DirectoryFilters, organization_list

pytestmark = pytest.mark.django_db


def words(n: int) -> str:
    """``n`` different words (w0 w1 …), so none is dropped as a duplicate."""
    return " ".join(f"w{i}" for i in range(n))


@pytest.fixture
def listed():
    return OrganizationFactory(is_public=True)


@pytest.mark.parametrize("count", [999, 5_000])
def test_a_search_of_thousands_of_words_is_refused_with_a_message(client: Client, listed, count):
    response = client.get("/en/directory/", {"q": words(count)})
    assert response.status_code == 200
    page = response.content.decode()
    assert f"at most {MAX_QUERY_CHARS} characters" in page
    assert listed.name not in page  # no results for a search that was not made


def test_too_many_words_within_the_length_are_refused(client: Client, listed):
    query = words(MAX_QUERY_TERMS + 1)
    assert len(query) <= MAX_QUERY_CHARS
    response = client.get("/en/directory/", {"q": query})
    assert response.status_code == 200
    assert f"at most {MAX_QUERY_TERMS} words" in response.content.decode()


def test_the_limit_itself_is_a_search(client: Client, listed):
    response = client.get("/en/directory/", {"q": words(MAX_QUERY_TERMS)})
    assert response.status_code == 200
    assert "at most" not in response.content.decode()


def test_the_live_results_say_why_nothing_was_searched(client: Client, listed):
    """Typing in the search box fetches only the results: the message must be in them."""
    response = client.get("/en/directory/", {"q": words(2_000)}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    fragment = response.content.decode()
    assert f"at most {MAX_QUERY_CHARS} characters" in fragment
    assert listed.name not in fragment


def test_the_message_is_in_chinese_for_a_chinese_reader(client: Client, listed):
    response = client.get("/zh-hans/directory/", {"q": words(MAX_QUERY_TERMS + 1)})
    assert response.status_code == 200
    assert f"最多 {MAX_QUERY_TERMS} 个词" in response.content.decode()


def test_the_api_refuses_too_many_words(client: Client, listed):
    response = client.get("/api/v1/directory/organizations", {"q": words(MAX_QUERY_TERMS + 1)})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid"


def test_the_api_refuses_too_many_characters(client: Client, listed):
    response = client.get("/api/v1/directory/organizations", {"q": "x" * (MAX_QUERY_CHARS + 1)})
    assert response.status_code == 422


def test_the_selector_never_builds_more_conditions_than_the_bound(listed):
    """Callers that skip the form (the organizer's invite search) still get a bounded query."""
    found = organization_list(user=listed_user(), filters=DirectoryFilters(q=words(5_000)))
    assert list(found) == []
    assert len(query_terms(words(5_000), limit=MAX_QUERY_TERMS)) == MAX_QUERY_TERMS


def listed_user():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()
