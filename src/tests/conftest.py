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
