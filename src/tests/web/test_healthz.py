"""The liveness probe (and the load benchmark's minimal page): answers without the database."""

from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_healthz_answers_ok_without_a_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Cache-Control"] == "no-store"
    # It passes through the site's middleware like any page.
    assert "Content-Security-Policy" in response
