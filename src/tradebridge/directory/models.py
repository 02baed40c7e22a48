"""The directory: organizations on both sides of a partnership, and the taxonomy they use."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class TaxonomyTerm(models.Model):
    """A bilingual, staff-editable term with a stable code used in files and the API."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)  # translated: name_en, name_zh_hans
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name or self.code


class Sector(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class CooperationType(TaxonomyTerm):
    """What an organization offers or seeks: investment, joint venture, distribution..."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("cooperation type")
        verbose_name_plural = _("cooperation types")


class Region(models.Model):
    """An ISO 3166-2 subdivision (a Chinese province, a US state...)."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=10, unique=True)
    name = models.CharField(_("name"), max_length=120)  # translated

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.name or self.code

    @property
    def country(self) -> str:
        return self.code.split("-", 1)[0]


class Organization(models.Model):
    class Side(models.TextChoices):
        CN = "CN", _("China")
        US = "US", _("United States")
        OTHER = "XX", _("Other")

    class Kind(models.TextChoices):
        ENTERPRISE = "enterprise", _("Enterprise")
        ASSOCIATION = "association", _("Association")
        GOVERNMENT = "government", _("Government body")
        INSTITUTION = "institution", _("Research or education institution")

    class Size(models.TextChoices):
        MICRO = "micro", _("1–9 employees")
        SMALL = "small", _("10–49 employees")
        MEDIUM = "medium", _("50–249 employees")
        LARGE = "large", _("250–999 employees")
        VERY_LARGE = "very-large", _("1,000+ employees")

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)  # translated
    description = models.TextField(_("description"), blank=True)  # translated
    offers_details = models.TextField(_("what it offers"), blank=True)  # translated
    seeks_details = models.TextField(_("what it seeks"), blank=True)  # translated
    side = models.CharField(_("side"), max_length=2, choices=Side.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.ENTERPRISE)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT
    )
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True)
    offers = models.ManyToManyField(
        CooperationType, verbose_name=_("offers"), blank=True, related_name="offered_by"
    )
    seeks = models.ManyToManyField(
        CooperationType, verbose_name=_("seeks"), blank=True, related_name="sought_by"
    )
    size = models.CharField(_("size"), max_length=20, choices=Size.choices, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    # Private: shown to the organization's representatives, staff and confirmed partners only.
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    is_public = models.BooleanField(
        _("listed publicly"),
        default=True,
        help_text=_("Unlisted organizations are seen by staff only."),
    )
    # Lower-cased text of both languages plus Chinese word segments, kept by the services, so
    # that one substring search works the same on SQLite and PostgreSQL.
    search_document = models.TextField(editable=False, blank=True, default="")
    # The name's place in a list in each language (Chinese by pinyin; bilingual.sort_key),
    # kept by the services, so that lists sort in the database in the reader's language.
    sort_name_en = models.CharField(max_length=400, editable=False, blank=True, default="")
    sort_name_zh_hans = models.CharField(max_length=400, editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        indexes = [
            models.Index(fields=["side", "is_public"]),
            # Lists are read in name order, a page at a time (selectors.organization_list):
            # without these PostgreSQL sorts the whole directory for each page.
            models.Index(fields=["sort_name_en", "id"], name="organization_sort_en"),
            models.Index(fields=["sort_name_zh_hans", "id"], name="organization_sort_zh_hans"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("directory:detail", kwargs={"slug": self.slug})


class Representative(models.Model):
    """A person who speaks for an organization and may edit its profile."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="representations"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="representatives"
    )
    title = models.CharField(_("job title"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("representative")
        verbose_name_plural = _("representatives")
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="unique_representative")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organization}"


class ImportBatch(models.Model):
    """An uploaded directory file between its preview and its import. The parsed rows are kept
    here (not in the session) so that a large file survives between the two requests, the
    import is claimed once even on a double submit, and staff can see who imported what."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Awaiting confirmation")
        RUNNING = "running", _("Importing")
        IMPORTED = "imported", _("Imported")
        FAILED = "failed", _("Failed")

    filename = models.CharField(_("file name"), max_length=255)
    # {"columns": [...canonical names...], "rows": [{"row": 2, "values": {column: text}}]}
    payload = models.JSONField(_("parsed rows"), default=dict)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PREVIEW
    )
    summary = models.JSONField(_("result"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("directory import")
        verbose_name_plural = _("directory imports")

    def __str__(self) -> str:
        return self.filename


class OrganizationVector(models.Model):
    """An organization's profile text as a vector of a multilingual model, for search across
    languages (``semantic.py``). Kept up to date by a task after each profile change; a vector
    of another model (``space``) is ignored until the task replaces it."""

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, primary_key=True, related_name="vector"
    )
    space = models.CharField(max_length=60)  # the provider's name: which model, how centred
    text_hash = models.CharField(max_length=40)  # of the texts embedded: unchanged, not redone
    # The languages its texts are written in ("en", "zh_hans", "en zh_hans"): search compares
    # a profile's score with those of the profiles written in the same languages.
    languages = models.CharField(max_length=20, default="")
    vector = models.BinaryField()  # float32, little-endian, L2-normalised
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["space", "updated_at"])]

    def __str__(self) -> str:
        return f"{self.organization_id} ({self.space})"
