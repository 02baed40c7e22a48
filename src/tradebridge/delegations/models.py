"""Delegations: national and provincial delegations, delegates, rosters, invitation letters.

A delegation travels as a unit (the national delegation of 130 and its five provincial
sub-delegations): its leaders keep the roster of delegates, the people who travel, each with
the Latin name printed in the passport — the spelling visa letters, badges and hotels need.

Data minimisation: a delegate's passport *number*, date of birth and nationality are not
stored. The invitation letter names the traveller by the passport spelling and states the
purpose and dates of the visit; the consulate reads the passport itself, and a database of
passport numbers would be a target that nothing else on the platform needs.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tradebridge.directory.models import Organization, Region
from tradebridge.events.models import Event

# What a machine-readable passport prints: upper-case Latin letters, a space between the
# surname and the given names, hyphens and apostrophes in a few names.
PASSPORT_NAME = re.compile(r"^[A-Z]+(?:[ '\-][A-Z]+)*$")


def validate_passport_name(value: str) -> None:
    if value and not PASSPORT_NAME.match(value):
        raise ValidationError(
            _(
                "%(value)s is not a passport spelling: use capital Latin letters A–Z, "
                "surname first, e.g. WANG LEI."
            ),
            params={"value": value},
            code="passport_name",
        )


class Delegation(models.Model):
    name = models.CharField(_("name"), max_length=200)  # translated
    # The language columns django-modeltranslation adds (translation.py), for type checking.
    name_en: str | None
    name_zh_hans: str | None
    event = models.ForeignKey(
        Event,
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delegations",
        help_text=_("The event the delegation travels to."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("The national delegation a provincial delegation belongs to."),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("province or region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    leaders = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("leaders"),
        blank=True,
        related_name="led_delegations",
    )
    organizations = models.ManyToManyField(
        Organization,
        verbose_name=_("member organizations"),
        blank=True,
        related_name="delegations",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["parent_id", "name", "pk"]
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("delegations:detail", kwargs={"pk": self.pk})


class Letterhead(models.Model):
    """The host's letterhead for invitation letters, set for an event or for one delegation
    (a delegation's own wins over its parent's, which wins over the event's)."""

    event = models.OneToOneField(
        Event, null=True, blank=True, on_delete=models.CASCADE, related_name="letterhead"
    )
    delegation = models.OneToOneField(
        Delegation, null=True, blank=True, on_delete=models.CASCADE, related_name="letterhead"
    )
    host_name = models.CharField(_("host"), max_length=200)
    address = models.TextField(_("address"), blank=True)
    contact = models.CharField(_("telephone and e-mail"), max_length=300, blank=True)
    signatory_name = models.CharField(_("signatory"), max_length=200)
    signatory_title = models.CharField(_("signatory's title"), max_length=200, blank=True)
    purpose = models.TextField(
        _("purpose of the visit"),
        blank=True,
        help_text=_("One or two sentences in English, e.g. to attend the summit and meet..."),
    )

    class Meta:
        verbose_name = _("letterhead")
        verbose_name_plural = _("letterheads")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(event__isnull=False, delegation__isnull=True)
                | models.Q(event__isnull=True, delegation__isnull=False),
                name="letterhead_of_event_or_delegation",
            )
        ]

    def __str__(self) -> str:
        return self.host_name


class Delegate(models.Model):
    class Gender(models.TextChoices):
        FEMALE = "F", _("Female")
        MALE = "M", _("Male")
        OTHER = "X", _("Other")

    delegation = models.ForeignKey(
        Delegation, verbose_name=_("delegation"), on_delete=models.CASCADE, related_name="delegates"
    )
    full_name = models.CharField(
        _("name"), max_length=200, help_text=_("In its own script, e.g. 王磊.")
    )
    family_name = models.CharField(_("family name"), max_length=100, blank=True)
    given_name = models.CharField(_("given name"), max_length=100, blank=True)
    latin_name = models.CharField(
        _("passport name"),
        max_length=200,
        blank=True,
        validators=[validate_passport_name],
        help_text=_("As printed in the passport: capital letters, surname first, e.g. WANG LEI."),
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delegates",
    )
    # The organization as written when it is not (yet) in the directory.
    organization_name = models.CharField(_("organization name"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)  # translated
    title_en: str | None
    title_zh_hans: str | None
    languages = models.CharField(
        _("languages"), max_length=200, blank=True, help_text=_("e.g. Chinese, English")
    )
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    arrival_at = models.DateTimeField(_("arrival"), null=True, blank=True)
    departure_at = models.DateTimeField(_("departure"), null=True, blank=True)
    hotel = models.CharField(_("hotel"), max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delegate_entries",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["latin_name", "full_name", "pk"]
        verbose_name = _("delegate")
        verbose_name_plural = _("delegates")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(departure_at__isnull=True)
                | models.Q(arrival_at__isnull=True)
                | models.Q(departure_at__gte=models.F("arrival_at")),
                name="delegate_departs_after_arrival",
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def organization_label(self) -> str:
        return self.organization.name if self.organization else self.organization_name


class RosterImport(models.Model):
    """An uploaded roster between its preview and its import (as ``directory.ImportBatch``):
    the parsed rows are kept here so that the confirmation imports exactly what was previewed,
    and is claimed once even on a double submit."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Awaiting confirmation")
        IMPORTED = "imported", _("Imported")
        FAILED = "failed", _("Failed")

    delegation = models.ForeignKey(
        Delegation, on_delete=models.CASCADE, related_name="roster_imports"
    )
    filename = models.CharField(_("file name"), max_length=255)
    payload = models.JSONField(_("parsed rows"), default=dict)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PREVIEW
    )
    summary = models.JSONField(_("result"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("roster import")
        verbose_name_plural = _("roster imports")

    def __str__(self) -> str:
        return self.filename
