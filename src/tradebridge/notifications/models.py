"""A notification: one message to one person, shown in the platform and sent by e-mail."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """Rendered once, in the recipient's language, when it is sent: the inbox shows what the
    e-mail said, whatever changes later."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=100)  # the template, e.g. "matchmaking/…"
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    # Where to read more: a path in the recipient's language (e.g. an agenda page).
    link = models.CharField(_("link"), max_length=500, blank=True)
    # What it is about, in any domain (a session, a registration, an opportunity...).
    about_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    about_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")
    # The time zone its time is shown in (the event's, for an event's news).
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["about_type", "about_id"]),
        ]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return self.subject
