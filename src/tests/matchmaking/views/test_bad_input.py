"""The partner search refuses what the directory search refuses, and says so where the live
search shows its results."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests.conftest import client_for
from tradebridge.directory.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS


@pytest.fixture(autouse=True)
def _codes_only_recommendations(settings, tmp_path):
    settings.RECOMMENDING_TEXT = "off"
    settings.RECOMMENDING_STORE_DIR = tmp_path
    cache.clear()
    yield
    cache.clear()


def words(n: int) -> str:
    return " ".join(f"w{i}" for i in range(n))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (words(999), f"at most {MAX_QUERY_CHARS} characters"),
        (words(MAX_QUERY_TERMS + 1), f"at most {MAX_QUERY_TERMS} words"),
    ],
)
def test_an_unbounded_partner_search_is_refused_in_the_live_results(
    session, cn, us, query, expected
):
    (_p_cn, u_cn), _ = cn, us
    url = reverse("matchmaking:partners", args=[session.pk])
    response = client_for(u_cn).get(url, {"q": query}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    fragment = response.content.decode()
    assert expected in fragment
    assert "Golden State Solar" not in fragment  # no unfiltered list for a refused search
