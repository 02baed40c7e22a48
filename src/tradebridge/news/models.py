"""Bilingual news articles and their RSS and Atom feeds."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tradebridge.events.models import Event
from tradebridge.pool.models import Opportunity


class Tag(models.Model):
    """A subject articles are filed under ("Summit", "Clean energy"); its list page is
    ``/news/tags/<slug>/``."""

    slug = models.SlugField(_("identifier"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=80)  # translated

    class Meta:
        ordering = ["slug"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name or self.slug


class Article(models.Model):
    """A news article in English and Chinese. It is read by everyone once it is published and
    its publication time has come (a scheduled article appears by itself: the pages ask for
    ``published_at <= now``, no job flips it); a draft is read by staff only."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SCHEDULED = "scheduled", _("Scheduled")
        PUBLISHED = "published", _("Published")

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)  # translated
    summary = models.TextField(_("summary"), blank=True)  # translated
    # Markdown, rendered without raw HTML and sanitised again (news.markup).
    body = models.TextField(_("text"), blank=True)  # translated
    source = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source address"), blank=True)
    author_name = models.CharField(_("author"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("publication time"), null=True, blank=True)
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="articles")
    events = models.ManyToManyField(
        Event, verbose_name=_("related events"), blank=True, related_name="articles"
    )
    opportunities = models.ManyToManyField(
        Opportunity, verbose_name=_("related opportunities"), blank=True, related_name="articles"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["status", "published_at"], name="news_article_listed")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(published_at__isnull=False),
                name="news_article_published_has_time",
            )
        ]

    def __str__(self) -> str:
        return self.title or self.slug

    def get_absolute_url(self) -> str:
        return reverse("news:detail", kwargs={"slug": self.slug})

    @property
    def is_visible(self) -> bool:
        """Published (or scheduled) and its time has come: everyone reads it."""
        return (
            self.status != self.Status.DRAFT
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )


class ArticleImage(models.Model):
    """A picture shown with an article, re-encoded on upload (news.images) and served by the
    platform to whoever may read the article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="images")
    image = models.FileField(_("picture"), upload_to="news/", max_length=200)
    caption = models.CharField(_("caption"), max_length=300, blank=True)  # translated
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["article", "position", "pk"]
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")

    def __str__(self) -> str:
        return self.caption or self.image.name or ""

    def get_absolute_url(self) -> str:
        return reverse("news:image", kwargs={"pk": self.pk})
