"""Registration for events and programme items: attendees, consent, capacity, waiting lists."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.directory.models import Organization
from tradebridge.events.models import AgendaItem, Event

# 24 bytes → 32 URL-safe characters, 192 bits of randomness: a badge's code cannot be guessed
# from another one, and a code is never given twice (the column is unique and rows are never
# deleted by a cancellation).
CHECK_IN_CODE_BYTES = 24


def new_check_in_code() -> str:
    return secrets.token_urlsafe(CHECK_IN_CODE_BYTES)


class Status(models.TextChoices):
    """Where a registration (for the event or for one of its items) stands."""

    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Wait-listed")
    CANCELLED = "cancelled", _("Cancelled")


class EventRegistrationSettings(models.Model):
    """How an event takes registrations. Kept here, not on ``Event``: events sit below
    registrations and know nothing of them."""

    event = models.OneToOneField(
        Event, on_delete=models.CASCADE, related_name="registration_settings"
    )
    # Empty: no limit.
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    is_open = models.BooleanField(_("open for registration"), default=True)
    # The version of the privacy notice (accounts.privacy.PRIVACY_NOTICE_VERSION) registrants
    # agree to; empty means the version in force.
    privacy_notice_version = models.CharField(
        _("privacy notice version"), max_length=20, blank=True
    )

    class Meta:
        verbose_name = _("registration settings")
        verbose_name_plural = _("registration settings")

    def __str__(self) -> str:
        return str(self.event)


class Registration(models.Model):
    """One person attending one event."""

    Status = Status

    class Role(models.TextChoices):
        ATTENDEE = "attendee", _("Attendee")
        SPEAKER = "speaker", _("Speaker")
        DELEGATE = "delegate", _("Delegate")
        ORGANIZER = "organizer", _("Organizer / staff")
        PRESS = "press", _("Press")
        GUEST_OF_HONOUR = "guest", _("Guest of honour")

    class Diet(models.TextChoices):
        NONE = "", _("No special diet")
        VEGETARIAN = "vegetarian", _("Vegetarian")
        VEGAN = "vegan", _("Vegan")
        HALAL = "halal", _("Halal")
        KOSHER = "kosher", _("Kosher")
        OTHER = "other", _("Other (see notes)")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    # The attendee's account, if they have one.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    full_name = models.CharField(_("name"), max_length=200)  # in its own script: 王磊
    # As in the passport ("WANG LEI"): badges print it, visas need it.
    latin_name = models.CharField(_("name as in passport"), max_length=200, blank=True)
    # Lower-cased by the services; empty only for a delegate whose roster gives none.
    email = models.EmailField(_("e-mail"), blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    # Free text when the organization is not in the directory.
    organization_name = models.CharField(_("organization"), max_length=200, blank=True)
    title = models.CharField(_("job title"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.ATTENDEE)
    # The delegation and roster entry a delegate's registration comes from (a badge says
    # "Jiangsu delegation").
    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    delegate = models.ForeignKey(
        Delegate,
        verbose_name=_("delegate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    # Languages spoken ("zh", "en"), as match-making keeps them.
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    diet = models.CharField(
        _("diet"), max_length=12, choices=Diet.choices, default=Diet.NONE, blank=True
    )
    dietary_needs = models.CharField(_("dietary needs"), max_length=300, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    # When the person joined the waiting list: the list is served in this order.
    waitlisted_at = models.DateTimeField(_("wait-listed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    # The privacy notice agreed to (accounts.privacy: its version) and when.
    consent_version = models.CharField(_("privacy notice version"), max_length=20, blank=True)
    consented_at = models.DateTimeField(_("consented at"), null=True, blank=True)
    check_in_code = models.CharField(
        _("check-in code"), max_length=64, unique=True, default=new_check_in_code, editable=False
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["event", "full_name", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # One live registration per person and event; a cancelled one stays for the
            # record and does not block registering again.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status="cancelled") & ~models.Q(email=""),
                name="registration_unique_live_email",
            ),
            models.UniqueConstraint(
                fields=["event", "delegate"],
                condition=~models.Q(status="cancelled") & models.Q(delegate__isnull=False),
                name="registration_unique_live_delegate",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="waitlisted") | models.Q(waitlisted_at__isnull=False),
                name="registration_waitlisted_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status", "waitlisted_at"]),
            models.Index(fields=["user", "event"]),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def organization_label(self) -> str:
        return self.organization.name if self.organization else self.organization_name


class ItemRegistration(models.Model):
    """A registered attendee's seat in one agenda item with limited seats (a breakout, a site
    visit), with its own waiting list."""

    Status = Status

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="items")
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    waitlisted_at = models.DateTimeField(_("wait-listed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["agenda_item", "pk"]
        verbose_name = _("registration for an agenda item")
        verbose_name_plural = _("registrations for agenda items")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "agenda_item"],
                condition=~models.Q(status="cancelled"),
                name="item_registration_unique_live",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="waitlisted") | models.Q(waitlisted_at__isnull=False),
                name="item_registration_waitlisted_has_time",
            ),
        ]
        indexes = [models.Index(fields=["agenda_item", "status", "waitlisted_at"])]

    def __str__(self) -> str:
        return f"{self.registration} · {self.agenda_item}"
