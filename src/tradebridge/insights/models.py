"""Insights: the platform's results as charts, and official statistics series."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Series(models.Model):
    """An official statistics series that staff import from CSV ("Chinese direct investment
    into California, by year"), with its source and unit. Its points replace each other as a
    whole at every import."""

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)  # translated
    unit = models.CharField(_("unit"), max_length=80)  # translated ("billion US dollars")
    source = models.CharField(_("source"), max_length=200)  # translated
    source_url = models.URLField(_("source address"), blank=True)
    note = models.TextField(_("note"), blank=True)  # translated
    is_public = models.BooleanField(_("shown on the public summary"), default=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("statistics series")
        verbose_name_plural = _("statistics series")

    def __str__(self) -> str:
        return self.title or self.slug

    def get_absolute_url(self) -> str:
        return reverse("insights:series", kwargs={"slug": self.slug})


class Point(models.Model):
    """One value of a series: the period it covers (a year is written as its first day) and
    the value in the series' unit."""

    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="points")
    period = models.DateField(_("period"))
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)

    class Meta:
        ordering = ["series", "period"]
        verbose_name = _("value")
        verbose_name_plural = _("values")
        constraints = [
            models.UniqueConstraint(fields=["series", "period"], name="insights_point_unique")
        ]

    def __str__(self) -> str:
        return f"{self.period}: {self.value}"
