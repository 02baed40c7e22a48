"""Badges (names, pinyin, QR codes) and check-in at the desk and by scanning apps."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tradebridge.events.models import AgendaItem
from tradebridge.registrations.models import Registration


class CheckIn(models.Model):
    """A person's arrival at the event (``agenda_item`` empty) or at one item of its
    programme. At most one of each per registration: a second scan is "already checked in"."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="check_ins",
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="check_ins",
    )
    at = models.DateTimeField(_("checked in at"), default=timezone.now)
    # Which desk or scanning device ("Desk 2", "iPad north door"): what "already checked in
    # by desk 2" names.
    desk = models.CharField(_("desk"), max_length=60, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked in by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The scanning client's own identifier of this scan: replaying a queue sends it again and
    # records nothing twice.
    nonce = models.CharField(_("client nonce"), max_length=64, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        constraints = [
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(agenda_item__isnull=True),
                name="checkin_once_per_event",
            ),
            models.UniqueConstraint(
                fields=["registration", "agenda_item"],
                condition=Q(agenda_item__isnull=False),
                name="checkin_once_per_item",
            ),
        ]
        indexes = [models.Index(fields=["agenda_item", "registration"])]

    def __str__(self) -> str:
        return f"{self.registration} @ {self.at:%Y-%m-%d %H:%M}"


class BadgePrint(models.Model):
    """A batch of badges rendered in the background (a thousand badges take a minute): its
    progress for the page that waits for it, then the PDF."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Rendering")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    event = models.ForeignKey(
        "events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+"
    )
    layout = models.CharField(_("layout"), max_length=8)
    # The requester's language: the role labels on the badges are in it.
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    total = models.PositiveIntegerField(_("badges"), default=0)
    done = models.PositiveIntegerField(_("badges rendered"), default=0)
    # A few MB at most (1,000 badges: 1.8 MB); the event's next batch deletes this one.
    pdf = models.BinaryField(_("PDF"), null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("badge batch")
        verbose_name_plural = _("badge batches")

    def __str__(self) -> str:
        return f"{self.event} · {self.layout} · {self.status}"

    @property
    def percent(self) -> int:
        return 100 if self.status == self.Status.DONE else int(100 * self.done / (self.total or 1))

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
