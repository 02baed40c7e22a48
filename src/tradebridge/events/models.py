"""Events: summits, delegations' programmes and the match-making sessions held inside them."""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tradebridge.directory.models import Organization


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("%(value)s is not a time zone (use a name such as America/Los_Angeles)."),
            params={"value": value},
        ) from None


class Event(models.Model):
    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)  # translated
    venue = models.CharField(_("venue"), max_length=300, blank=True)  # translated
    description = models.TextField(_("description"), blank=True)  # translated
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Asia/Shanghai",
        validators=[validate_time_zone],
        help_text=_("Times of the event are shown in this zone, e.g. America/Los_Angeles."),
    )
    is_public = models.BooleanField(_("listed publicly"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "slug"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="event_dates_in_order"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)


# The programme: who hosts the event, its rooms, its speakers and its agenda items.
# (Registrations and check-in, above events, refer to ``AgendaItem`` by these names.)


class CoHost(models.Model):
    """An organization of the directory that hosts the event with the secretariat, in the
    order the event page lists them, with its role ("co-host", "supporting organization")."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="cohosts"
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="cohosted",
    )
    role = models.CharField(_("role"), max_length=120, blank=True)  # translated
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["event", "position", "pk"]
        verbose_name = _("co-host")
        verbose_name_plural = _("co-hosts")
        constraints = [
            models.UniqueConstraint(fields=["event", "organization"], name="cohost_once_per_event")
        ]

    def __str__(self) -> str:
        return f"{self.organization} ({self.role})" if self.role else str(self.organization)


class Room(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="rooms"
    )
    name = models.CharField(_("name"), max_length=200)  # translated
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Seats; empty when unlimited.")
    )

    class Meta:
        ordering = ["event", "name", "pk"]
        verbose_name = _("room")
        verbose_name_plural = _("rooms")

    def __str__(self) -> str:
        return self.name


class Speaker(models.Model):
    """A person who speaks at events: not tied to one event (a consul general speaks at many).
    The affiliation is a directory organization, a free text, or both (the text wins)."""

    name = models.CharField(_("name"), max_length=200)  # translated
    title = models.CharField(_("title"), max_length=300, blank=True)  # translated
    affiliation = models.CharField(_("affiliation"), max_length=300, blank=True)  # translated
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="speakers",
    )
    photo = models.ImageField(_("photo"), upload_to="speakers/", blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="speaker_profiles",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.name


class AgendaItem(models.Model):
    class Kind(models.TextChoices):
        PLENARY = "plenary", _("Plenary / remarks")
        BRIEFING = "briefing", _("Briefing")
        BREAKOUT = "breakout", _("Breakout")
        PANEL = "panel", _("Panel")
        MATCHMAKING = "matchmaking", _("Match-making")
        RECEPTION = "reception", _("Reception")
        SITE_VISIT = "site-visit", _("Site visit")

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="agenda_items"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PLENARY)
    title = models.CharField(_("title"), max_length=300)  # translated
    description = models.TextField(_("description"), blank=True)  # translated
    # A breakout's subject ("FDI in California"); other kinds may leave it empty.
    topic = models.CharField(_("topic"), max_length=300, blank=True)  # translated
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    room = models.ForeignKey(
        Room,
        verbose_name=_("room"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_items",
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Seats for this item; empty for the room's capacity (or no limit)."),
    )
    speakers = models.ManyToManyField(
        Speaker,
        verbose_name=_("speakers"),
        through="AgendaItemSpeaker",
        related_name="agenda_items",
        blank=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "ends_at", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        indexes = [models.Index(fields=["event", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="agenda_item_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def seat_limit(self) -> int | None:
        """Seats of the item: its own capacity, else its room's, else ``None`` (no limit)."""
        if self.capacity is not None:
            return self.capacity
        return self.room.capacity if self.room_id and self.room else None


class AgendaItemSpeaker(models.Model):
    """A speaker's part in an agenda item, in the order the programme names them."""

    class Role(models.TextChoices):
        SPEAKER = "speaker", _("Speaker")
        MODERATOR = "moderator", _("Moderator")
        PANELLIST = "panellist", _("Panellist")

    item = models.ForeignKey(
        AgendaItem, verbose_name=_("agenda item"), on_delete=models.CASCADE, related_name="roles"
    )
    speaker = models.ForeignKey(
        Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="roles"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.SPEAKER)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["item", "position", "pk"]
        verbose_name = _("speaker of an item")
        verbose_name_plural = _("speakers of items")
        constraints = [
            models.UniqueConstraint(fields=["item", "speaker"], name="agenda_speaker_once_per_item")
        ]

    def __str__(self) -> str:
        return f"{self.speaker} ({self.get_role_display()})"
