"""Logos are served by the platform in every environment (not only with DEBUG), each to whoever
may see its organization; nothing else under the media directory is reachable."""

from __future__ import annotations

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def hidden(db):
    organization = OrganizationFactory(is_public=False)
    organization.logo.save("hidden.png", ContentFile(png()), save=True)
    return organization


@pytest.fixture
def listed(db):
    organization = OrganizationFactory(is_public=True)
    organization.logo.save("listed.png", ContentFile(png()), save=True)
    return organization


def test_a_public_logo_is_served_to_everyone(client, listed):
    response = client.get(listed.logo.url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == png()
    assert response["Cache-Control"] == "public, max-age=3600"


def test_a_hidden_organizations_logo_only_to_its_people_and_staff(
    client, staff_client, outsider_client, hidden
):
    url = hidden.logo.url
    assert client.get(url).status_code == 404
    assert outsider_client.get(url).status_code == 404
    assert staff_client.get(url).status_code == 200
    owner = RepresentativeFactory(organization=hidden).user
    response = client_for(owner).get(url)
    assert response.status_code == 200 and response["Cache-Control"].startswith("private")


def test_nothing_but_logos_is_reachable(client, listed):
    default_storage.save("cache/embeddings.npy", ContentFile(b"secret vectors"))
    for url in (
        "/media/cache/embeddings.npy",
        "/media/logos/../cache/embeddings.npy",
        "/media/logos/nobody.png",
    ):
        assert client.get(url).status_code == 404, url
