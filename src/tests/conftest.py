"""Fixtures shared by every test: the owner / member / outsider trio and a client per role."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation

from tests.factories import OrganizationFactory, RepresentativeFactory, UserFactory


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in English: a request in Chinese must not leak into the next test."""
    with translation.override("en"):
        yield


@pytest.fixture
def page_cache(settings):
    """The page cache on (off in the test settings), starting empty."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def throttle_clock(monkeypatch):
    """The API's request counting on a settable clock, 30 s into a minute: a test's requests all
    fall in one fixed window however long they take. ``throttle_clock.now += 60`` turns it."""
    from tradebridge.http import throttling

    class Clock:
        now = 1_800_000_030.0

        def __call__(self) -> float:
            return self.now

    clock = Clock()
    monkeypatch.setattr(throttling, "clock", clock)
    return clock


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, email="staff@example.org")


@pytest.fixture
def organization(db):
    return OrganizationFactory()


@pytest.fixture
def owner(organization):
    """A representative of ``organization``."""
    return RepresentativeFactory(organization=organization).user


@pytest.fixture
def outsider(db):
    """A representative of another organization."""
    return RepresentativeFactory().user


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff_client(staff):
    return client_for(staff)


@pytest.fixture
def owner_client(owner):
    return client_for(owner)


@pytest.fixture
def outsider_client(outsider):
    return client_for(outsider)


@pytest.fixture(scope="session", autouse=True)
def _no_stray_database_sessions(django_db_setup, django_db_blocker):
    """Before the test database is dropped, end any other session still attached to it.

    Playwright's sync API runs an event loop in the test thread, and Django keeps connections
    per asyncio context: a connection the browser tests opened inside that context is out of
    reach of the teardown's close_all(), and PostgreSQL refuses to drop a database in use."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test (a race test, a browser test against the live server) ends by
    flushing every table, the taxonomy that the migrations seeded with them: seed it again, so
    that the tests after it on the same worker find it whatever the order."""
    result = yield
    if nextitem is None:
        # The worker's last test: pytest-django drops the test database in this same teardown
        # (session fixtures), so there is nothing to seed and no database to ask.
        return result
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    if not (
        (marker is not None and marker.kwargs.get("transaction"))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    ):
        return result
    from pytest_django.plugin import blocking_manager_key

    from tradebridge.directory.models import Sector
    from tradebridge.directory.services import taxonomy_seed

    with item.config.stash[blocking_manager_key].unblock():
        if not Sector.objects.exists():
            taxonomy_seed()
    return result
