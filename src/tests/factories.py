"""factory_boy factories for every app's models."""

from __future__ import annotations

import factory

from tradebridge.accounts.models import User
from tradebridge.directory.models import Organization, Region, Representative, Sector


def _seeded(model):
    """The taxonomy comes from a data migration, which transactional tests (browser tests)
    flush away: seed it again when it is missing."""
    if not model.objects.exists():
        from tradebridge.directory.services import taxonomy_seed

        taxonomy_seed()
    return model.objects


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Sequence(lambda n: f"User {n}")
    password = factory.PostGenerationMethodCall("set_password", "password")

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create and results:
            instance.save()


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"org-{n}")
    name_en = factory.Sequence(lambda n: f"Golden Gate Solar {n}")
    name_zh_hans = factory.Sequence(lambda n: f"金门光伏{n}")
    name = factory.SelfAttribute("name_en")
    description_en = "We install rooftop solar systems in California."
    description_zh_hans = "我们在加州安装屋顶光伏系统。"
    side = Organization.Side.US
    region = factory.LazyFunction(lambda: _seeded(Region).get(code="US-CA"))
    contact_name = "Jane Doe"
    contact_email = "jane@example.org"
    contact_phone = "+1 555 0100"

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create:
            self.sectors.set(_seeded(Sector).filter(code__in=extracted or ["energy"]))
            from tradebridge.directory.services import organization_refresh_search

            organization_refresh_search(self)


class RepresentativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Representative

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    title = "Director"


def api_token(user, *scopes, event=None, expires_in_days=None):
    """A new personal access token of ``user`` with ``scopes``; returns the secret to send as
    ``Authorization: Bearer <secret>`` (Django's test client: ``headers=bearer(secret)``)."""
    from tradebridge.api.tokens import token_create

    return token_create(
        actor=user,
        user=user,
        name="test",
        scopes=list(scopes),
        event=event,
        expires_in_days=expires_in_days,
    ).secret


def bearer(secret):
    return {"Authorization": f"Bearer {secret}"}
