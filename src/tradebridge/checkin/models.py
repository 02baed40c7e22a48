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
