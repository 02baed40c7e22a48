"""Property-based tests of the whole REST API from its own OpenAPI schema (schemathesis):
every documented operation answers inputs generated from the schema without a server error,
and with responses that conform to the documented schema."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from tests.factories import OrganizationFactory

# Loaded at collection (pytest-django has configured Django by then); schemathesis's lazy
# fixture loader does not work with pytest 9.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())


@pytest.fixture
def some_organizations(db):
    # As Django's test client does: a request must not close the test's database connection
    # (on PostgreSQL that would end the test transaction).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield OrganizationFactory.create_batch(3)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case, some_organizations):
    case.call_and_validate()


@pytest.mark.django_db
def test_api_docs_page_is_served_without_external_assets(client):
    html = client.get("/api/v1/docs").content.decode()
    assert "cdn" not in html.lower()
