"""Writes on the directory. Every function runs in one transaction and checks permissions
through ``rules`` when it is given the acting user."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.files import File
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tradebridge import taxonomy
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import is_secretariat, refusal_reason
from tradebridge.bilingual import LANGUAGE_SUFFIXES, name_sort_keys, set_translated
from tradebridge.errors import ApplicationError, NotAllowed, NotFound

from . import logos, rules
from .models import CooperationType, Organization, Region, Representative, Sector
from .search import build_document
from .semantic import vectors_enqueue
from .webhook_events import emit_organization_changed

TRANSLATED_FIELDS = ("name", "description", "offers_details", "seeks_details")


@dataclass
class OrganizationInput:
    """Everything a profile holds. Text fields map a language suffix (``en``, ``zh_hans``) to
    text; codes refer to the taxonomy."""

    name: dict[str, str]
    side: str
    description: dict[str, str] = field(default_factory=dict)
    offers_details: dict[str, str] = field(default_factory=dict)
    seeks_details: dict[str, str] = field(default_factory=dict)
    kind: str = Organization.Kind.ENTERPRISE
    region: str = ""
    sectors: Sequence[str] = ()
    offers: Sequence[str] = ()
    seeks: Sequence[str] = ()
    size: str = ""
    website: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    is_public: bool = True
    slug: str = ""
    # An uploaded image file (re-encoded by ``logos.normalize``); None keeps the current logo
    # unless ``remove_logo`` says to remove it.
    logo: File | None = None  # type: ignore[type-arg]
    remove_logo: bool = False


def _unique_slug(base: str, *, exclude_pk: int | None = None) -> str:
    root = slugify(base)[:70] or "org"
    candidate, n = root, 2
    while Organization.objects.filter(slug=candidate).exclude(pk=exclude_pk or 0).exists():
        candidate, n = f"{root}-{n}", n + 1
    return candidate


def _terms(model: type[Sector] | type[CooperationType], codes: Iterable[str], what: str) -> list:  # type: ignore[type-arg]
    codes = list(dict.fromkeys(codes))
    found = {t.code: t for t in model.objects.filter(code__in=codes)}
    missing = [c for c in codes if c not in found]
    if missing:
        raise ApplicationError(
            _("Unknown %(what)s: %(codes)s") % {"what": what, "codes": ", ".join(missing)},
            details={"field": what, "codes": missing},
        )
    return [found[c] for c in codes]


def organization_refresh_search(organization: Organization) -> None:
    """Recompute the text the organization is searched by (both languages, taxonomy labels)
    and its name's sort keys, and queue its vector's refresh for when the change is committed."""
    texts: list[str | None] = []
    for name in TRANSLATED_FIELDS:
        texts += [getattr(organization, f"{name}_{suffix}", "") for suffix in LANGUAGE_SUFFIXES]
    if organization.pk:
        for term in [
            *organization.sectors.all(),
            *organization.offers.all(),
            *organization.seeks.all(),
        ]:
            texts += [term.name_en, term.name_zh_hans]  # type: ignore[attr-defined]
    if organization.region_id:
        region = organization.region
        texts += [region.code, region.name_en, region.name_zh_hans]  # type: ignore[union-attr]
    organization.search_document = build_document(texts)
    keys = name_sort_keys(organization)
    for column, key in keys.items():
        setattr(organization, column, key)
    Organization.objects.filter(pk=organization.pk).update(
        search_document=organization.search_document, **keys
    )
    vectors_enqueue(organization.pk)


def _apply(organization: Organization, data: OrganizationInput) -> None:
    if not any((data.name.get(s) or "").strip() for s in LANGUAGE_SUFFIXES):
        raise ApplicationError(
            _("A name is required in English or Chinese."), details={"field": "name"}
        )
    if data.side not in Organization.Side.values:
        raise ApplicationError(
            _("Unknown side: %(side)s") % {"side": data.side}, details={"field": "side"}
        )
    for name in TRANSLATED_FIELDS:
        set_translated(organization, name, getattr(data, name))
    organization.side = data.side
    organization.kind = data.kind or Organization.Kind.ENTERPRISE
    organization.size = data.size
    organization.website = data.website
    organization.contact_name = data.contact_name
    organization.contact_email = data.contact_email
    organization.contact_phone = data.contact_phone
    organization.is_public = data.is_public
    if data.logo is not None:
        logo = logos.normalize(data.logo)
        # A new name for every upload: a replaced logo is never served from a cache.
        name = f"logo-{secrets.token_hex(8)}.{logo.extension}"
        organization.logo.save(name, logo.content, save=False)
    elif data.remove_logo:
        organization.logo = ""
    if data.region:
        try:
            organization.region = Region.objects.get(code=data.region)
        except Region.DoesNotExist:
            raise ApplicationError(
                _("Unknown region: %(code)s") % {"code": data.region}, details={"field": "region"}
            ) from None
    else:
        organization.region = None


@contextmanager
def _logo_files(organization: Organization) -> Iterator[None]:
    """Keep the logo files in step with the row: a file written for a change that fails is
    deleted at once; the file a committed change replaced or removed is deleted after the
    commit (never before: a rollback would leave the row naming a deleted file). Call it
    inside the service's transaction."""
    if organization.pk:
        # The row as it is now, locked: of two edits at once the second waits and sees the
        # first one's logo (the one it replaces), never a file the first already deleted.
        current = (
            Organization.objects.select_for_update()
            .filter(pk=organization.pk)
            .values_list("logo", flat=True)
            .first()
        )
        organization.logo = current or ""
    old = organization.logo.name or ""
    storage = organization.logo.storage
    try:
        yield
    except BaseException:
        new = organization.logo.name or ""
        if new and new != old:
            storage.delete(new)
        raise
    new = organization.logo.name or ""
    if old and old != new:
        transaction.on_commit(lambda: storage.delete(old))


def _set_terms(organization: Organization, data: OrganizationInput) -> None:
    organization.sectors.set(_terms(Sector, data.sectors, "sectors"))
    organization.offers.set(_terms(CooperationType, data.offers, "offers"))
    organization.seeks.set(_terms(CooperationType, data.seeks, "seeks"))


@transaction.atomic
def organization_create(*, data: OrganizationInput, actor: User | None = None) -> Organization:
    """Add an organization to the directory (staff, imports and the demo)."""
    if actor is not None and not rules.can_manage_directory(actor):
        raise NotAllowed()
    organization = Organization()
    organization.slug = data.slug or _unique_slug(
        data.name.get("en") or data.name.get("zh_hans") or ""
    )
    with _logo_files(organization):
        _apply(organization, data)
        organization.full_clean(
            exclude=["search_document", "slug"] if not data.slug else ["search_document"]
        )
        organization.save()
        _set_terms(organization, data)
        organization_refresh_search(organization)
    emit_organization_changed(organization, change="created")
    return organization


@transaction.atomic
def organization_update(
    *, organization: Organization, data: OrganizationInput, actor: User
) -> Organization:
    """Change a profile: its representatives or staff only. Only staff change visibility."""
    if not rules.can_edit_organization(actor, organization):
        raise NotAllowed(refusal_reason(actor))
    if not is_secretariat(actor):
        data.is_public = organization.is_public
        data.side = organization.side
    with _logo_files(organization):
        _apply(organization, data)
        organization.full_clean(exclude=["search_document"])
        organization.save()
        _set_terms(organization, data)
        organization_refresh_search(organization)
    emit_organization_changed(organization, change="updated")
    return organization


@transaction.atomic
def representative_add(
    *, organization: Organization, user: User, title: str = "", actor: User | None = None
) -> Representative:
    """Link a person to an organization they speak for (staff only)."""
    if actor is not None and not rules.can_manage_representatives(actor, organization):
        raise NotAllowed()
    representative, _created = Representative.objects.update_or_create(
        user=user, organization=organization, defaults={"title": title}
    )
    return representative


@transaction.atomic
def representative_remove(*, representative: Representative, actor: User) -> None:
    """Unlink a person from an organization (staff only, as linking is). Removing a link that
    is already gone is refused, so that two staff removing it at once learn it."""
    if not rules.can_manage_representatives(actor, representative.organization):
        raise NotAllowed()
    deleted, _rows = Representative.objects.filter(pk=representative.pk).delete()
    if not deleted:
        raise NotFound(_("This person no longer represents the organization."))


@transaction.atomic
def taxonomy_seed() -> None:
    """Create the seed sectors, cooperation types and regions; existing entries are kept as
    staff edited them. Safe to run again."""
    for model, terms in ((Sector, taxonomy.SECTORS), (CooperationType, taxonomy.COOPERATION_TYPES)):
        for order, term in enumerate(terms):
            model.objects.get_or_create(
                code=term.code,
                defaults={
                    "name": term.en,
                    "name_en": term.en,
                    "name_zh_hans": term.zh,
                    "order": order,
                },
            )
    for term in taxonomy.REGIONS:
        Region.objects.get_or_create(
            code=term.code, defaults={"name": term.en, "name_en": term.en, "name_zh_hans": term.zh}
        )
