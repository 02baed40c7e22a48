"""Two vector refreshes of one profile at once (two quick edits queue two tasks), and a refresh
racing the deletion of its organization: one vector row, of the current text, and no error.
Needs PostgreSQL (row locks, real parallel transactions); skipped on SQLite."""

from __future__ import annotations

import pytest
from django.db import connection

from tests.concurrency import race
from tradebridge.directory.models import Organization, OrganizationVector
from tradebridge.directory.semantic import organization_vectors_refresh, text_vectors
from tradebridge.directory.services import OrganizationInput, organization_create

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
    ),
]

ROUNDS = 5


@pytest.fixture
def model(settings, tmp_path):
    settings.RECOMMENDING_STORE_DIR = str(tmp_path)
    return settings


def _organization(settings, n: int) -> Organization:
    """A profile without a vector yet (written with the model off), then the model on."""
    settings.RECOMMENDING_TEXT = "off"
    organization = organization_create(
        data=OrganizationInput(
            name={"zh_hans": f"光伏科技{n}"},
            description={"zh_hans": f"第{n}代光伏组件的研发和制造。"},
            side="CN",
        )
    )
    settings.RECOMMENDING_TEXT = "auto"
    assert text_vectors() is not None
    assert not OrganizationVector.objects.filter(organization=organization).exists()
    return organization


def test_two_refreshes_of_one_profile_leave_one_vector(model):
    for n in range(ROUNDS):
        organization = _organization(model, n)
        refresh = lambda pk=organization.pk: organization_vectors_refresh(organization_ids=[pk])  # noqa: E731
        assert race(refresh, refresh) == []
        assert OrganizationVector.objects.filter(organization=organization).count() == 1


def test_a_refresh_racing_a_deletion_writes_nothing_for_the_deleted(model):
    for n in range(ROUNDS):
        organization = _organization(model, n)
        pk = organization.pk
        assert (
            race(
                lambda pk=pk: organization_vectors_refresh(organization_ids=[pk]),
                lambda pk=pk: Organization.objects.filter(pk=pk).delete(),
            )
            == []
        )
        assert not Organization.objects.filter(pk=pk).exists()
        assert not OrganizationVector.objects.filter(organization_id=pk).exists()
