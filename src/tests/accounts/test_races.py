"""Two sign-ups with one address at once; two logo changes of one profile at once. Need
PostgreSQL (real parallel transactions); skipped on SQLite."""

from __future__ import annotations

import io

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import OrganizationFactory, RepresentativeFactory
from tests.matchmaking.test_races import ROUNDS, on_postgresql, race
from tradebridge.accounts.models import User
from tradebridge.accounts.services import user_sign_up
from tradebridge.directory.models import Organization
from tradebridge.directory.services import OrganizationInput, organization_update


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_sign_ups_with_one_address_make_one_account():
    for n in range(ROUNDS):
        email = f"twice{n}@example.org"
        mail.outbox.clear()
        outcome = race(
            {
                name: (
                    lambda email=email: user_sign_up(email=email, password="a-long-passphrase-42")
                )
                for name in ("first", "second")
            }
        )
        assert outcome.crashed == [] and sorted(outcome.done) == ["first", "second"], outcome
        assert User.objects.filter(email=email).count() == 1
        subjects = sorted(m.subject for m in mail.outbox)
        assert subjects == [
            "Tradebridge: confirm your e-mail address",
            "Tradebridge: someone tried to sign up with your address",
        ]


def _png(colour: str) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), colour).save(buffer, "PNG")
    return SimpleUploadedFile("l.png", buffer.getvalue())


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_logo_changes_at_once_leave_only_the_winners_file():
    for _round in range(ROUNDS):
        organization = OrganizationFactory()
        owner = RepresentativeFactory(organization=organization).user
        organization_update(
            organization=organization,
            data=OrganizationInput(name={"en": "Bright"}, side="US", logo=_png("red")),
            actor=owner,
        )
        first = Organization.objects.get(pk=organization.pk).logo.name

        def change(colour: str, pk: int = organization.pk, owner=owner) -> None:
            organization_update(
                organization=Organization.objects.get(pk=pk),
                data=OrganizationInput(name={"en": "Bright"}, side="US", logo=_png(colour)),
                actor=owner,
            )

        before = _stored()
        outcome = race({"blue": lambda: change("blue"), "green": lambda: change("green")})
        assert outcome.crashed == [] and len(outcome.done) == 2, outcome
        final = Organization.objects.get(pk=organization.pk).logo.name
        assert default_storage.exists(final)
        assert not default_storage.exists(first)
        # Of the two files written, only the winner's is left; the one it replaced is gone.
        assert _stored() == (before - {first}) | {final}


def _stored() -> set[str]:
    """The logo files in storage (the test storage is shared by the process's tests)."""
    return {f"logos/{name}" for name in default_storage.listdir("logos")[1]}
