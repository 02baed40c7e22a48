"""A NUL character in any text a client sends is refused with a 400 naming the field, before a
query reaches the database (PostgreSQL cannot hold one in text and answered 500: CI found it
with schemathesis sending ``q=...%00`` to the directory). Run on both databases."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests.factories import OrganizationFactory, api_token, bearer
from tradebridge.delegations.models import Delegation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query, field",
    [
        ("q=solar%00", "q"),
        ("q=%E5%85%89%E4%BC%8F%00panel", "q"),
        ("sector=energy&region=CN%00", "region"),
    ],
)
def test_a_nul_in_the_query_is_a_400_naming_the_parameter(query, field):
    OrganizationFactory(name_en="Solar panels Ltd")

    response = Client().get(f"/api/v1/directory/organizations?{query}")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert error["details"] == {"field": field, "loc": ["query", field]}
    assert error["message"] == f"{field} (query): text cannot contain a NUL character (U+0000)."


def test_the_same_search_without_the_nul_still_answers():
    OrganizationFactory(name_en="Solar panels Ltd")

    response = Client().get("/api/v1/directory/organizations?q=solar")

    assert response.status_code == 200
    assert [item["name_en"] for item in response.json()["items"]] == ["Solar panels Ltd"]


def test_a_nul_in_a_body_is_a_400_and_nothing_is_stored(staff):
    secret = api_token(staff, "delegations:write")

    response = Client().post(
        "/api/v1/delegations/",
        json.dumps({"name_en": "Jiangsu\x00 delegation", "name_zh": "江苏代表团"}),
        content_type="application/json",
        headers=bearer(secret),
    )

    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"field": "name_en", "loc": ["body", "name_en"]}
    assert not Delegation.objects.exists()


def test_a_nul_deep_in_a_body_is_named_by_its_path(staff):
    secret = api_token(staff, "delegations:write")
    member = OrganizationFactory()

    response = Client().post(
        "/api/v1/delegations/",
        json.dumps({"name_en": "Jiangsu", "organizations": [member.slug, "x\x00"]}),
        content_type="application/json",
        headers=bearer(secret),
    )

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["details"] == {"field": "organizations.1", "loc": ["body", "organizations", 1]}
    assert error["message"].startswith("organizations.1 (body): ")
    assert not Delegation.objects.exists()


def test_a_body_that_is_not_json_is_still_a_400(staff):
    secret = api_token(staff, "delegations:write")

    response = Client().post(
        "/api/v1/delegations/", "{not json", content_type="application/json", headers=bearer(secret)
    )

    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Cannot parse request body"
