"""Writes on news: every change to an article goes through a function here."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.bilingual import set_translated
from tradebridge.errors import ApplicationError, NotAllowed, full_clean_or_error
from tradebridge.events.models import Event
from tradebridge.pool.models import Opportunity

from . import images, rules
from .models import Article, ArticleImage, Tag

# "new", "feed", "atom", "tags", "images" and "manage" are addresses of their own.
RESERVED_SLUGS = frozenset({"new", "feed", "atom", "tags", "images", "manage"})


@dataclass
class ArticleInput:
    title: dict[str, str]  # {"en": ..., "zh_hans": ...}
    summary: dict[str, str] | None = None
    body: dict[str, str] | None = None
    source: str = ""
    source_url: str = ""
    author_name: str = ""
    tags: list[str] = field(default_factory=list)  # tag identifiers (slugs)
    events: list[Event] = field(default_factory=list)
    opportunities: list[int] = field(default_factory=list)  # project pool numbers
    slug: str = ""


def _apply(article: Article, data: ArticleInput) -> None:
    if not (data.title.get("en") or data.title.get("zh_hans")):
        raise ApplicationError(_("An article needs a title."), details={"field": "title_en"})
    set_translated(article, "title", data.title)
    set_translated(article, "summary", data.summary)
    set_translated(article, "body", data.body)
    article.source = data.source.strip()
    article.source_url = data.source_url.strip()
    article.author_name = data.author_name.strip()


def _relations(article: Article, data: ArticleInput) -> None:
    unknown = set(data.tags) - set(
        Tag.objects.filter(slug__in=data.tags).values_list("slug", flat=True)
    )
    if unknown:
        raise ApplicationError(
            _("Unknown tag: %(tags)s.") % {"tags": ", ".join(sorted(unknown))},
            details={"field": "tags"},
        )
    found = set(Opportunity.objects.filter(pk__in=data.opportunities).values_list("pk", flat=True))
    missing = sorted(set(data.opportunities) - found)
    if missing:
        raise ApplicationError(
            _("No opportunity has the number %(numbers)s.")
            % {"numbers": ", ".join(str(n) for n in missing)},
            details={"field": "opportunities"},
        )
    article.tags.set(Tag.objects.filter(slug__in=data.tags))
    article.events.set(data.events)
    article.opportunities.set(sorted(found))


@transaction.atomic
def article_create(*, actor: User, data: ArticleInput) -> Article:
    """A new draft; its identifier comes from the English title (or ``data.slug``)."""
    if not rules.can_manage_news(actor):
        raise NotAllowed()
    article = Article(created_by=actor)
    _apply(article, data)
    base = slugify(data.slug or data.title.get("en") or "")[:70] or "article"
    slug, n = base, 2
    while slug in RESERVED_SLUGS or Article.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    article.slug = slug
    full_clean_or_error(article)
    article.save()
    _relations(article, data)
    return article


@transaction.atomic
def article_update(*, actor: User, article: Article, data: ArticleInput) -> Article:
    """Change an article's texts, source, tags and events (its identifier stays, so links and
    feed entries keep working)."""
    if not rules.can_manage_news(actor):
        raise NotAllowed()
    _apply(article, data)
    full_clean_or_error(article)
    article.save()
    _relations(article, data)
    return article


@transaction.atomic
def article_publish(*, actor: User, article: Article, at: dt.datetime | None = None) -> Article:
    """Publish an article now, or schedule it for ``at``: it appears by itself when that time
    comes. Changes only the state it was read in (a concurrent change is refused)."""
    if not rules.can_manage_news(actor):
        raise NotAllowed()
    now = timezone.now()
    when = at or now
    status = Article.Status.SCHEDULED if when > now else Article.Status.PUBLISHED
    changed = Article.objects.filter(pk=article.pk, status=article.status).update(
        status=status, published_at=when, updated_at=now
    )
    if not changed:
        raise ApplicationError(
            _("The article was changed meanwhile: reload the page."), code="conflict"
        )
    article.refresh_from_db()
    return article


@transaction.atomic
def article_unpublish(*, actor: User, article: Article) -> Article:
    """Take a published or scheduled article back to the drafts."""
    if not rules.can_manage_news(actor):
        raise NotAllowed()
    changed = (
        Article.objects.filter(pk=article.pk, status=article.status)
        .exclude(status=Article.Status.DRAFT)
        .update(status=Article.Status.DRAFT, published_at=None, updated_at=timezone.now())
    )
    if not changed:
        raise ApplicationError(
            _("The article was changed meanwhile: reload the page."), code="conflict"
        )
    article.refresh_from_db()
    return article


@transaction.atomic
def article_image_add(
    *,
    actor: User,
    article: Article,
    upload: File,  # type: ignore[type-arg]
    caption: dict[str, str] | None = None,
) -> ArticleImage:
    """Add a picture to an article, re-encoded (``news.images``); the file is removed again if
    the transaction does not commit."""
    if not rules.can_manage_news(actor):
        raise NotAllowed()
    picture = images.normalize(upload)
    name = default_storage.save(f"news/{uuid.uuid4().hex}.{picture.extension}", picture.content)
    try:
        image = ArticleImage(
            article=article,
            image=name,
            width=picture.width,
            height=picture.height,
            position=article.images.count(),
        )
        set_translated(image, "caption", caption)
        image.save()
    except BaseException:
        # The row was not written: the file would be an orphan.
        default_storage.delete(name)
        raise
    return image


@transaction.atomic
def article_image_delete(*, actor: User, image: ArticleImage) -> None:
    """Remove a picture from its article and its file from storage once committed."""
    if not rules.can_manage_news(actor):
        raise NotAllowed()
    name = image.image.name or ""
    image.delete()
    transaction.on_commit(lambda: default_storage.delete(name))


@transaction.atomic
def tag_ensure(*, actor: User, slug: str, name: dict[str, str]) -> Tag:
    """The tag with this identifier, created with these names if it does not exist yet."""
    if not rules.can_manage_news(actor):
        raise NotAllowed()
    slug = slugify(slug)[:60]
    if not slug:
        raise ApplicationError(_("A tag needs an identifier."), details={"field": "slug"})
    tag, created = Tag.objects.get_or_create(slug=slug)
    if created or not (getattr(tag, "name_en", "") or getattr(tag, "name_zh_hans", "")):
        set_translated(tag, "name", name)
        tag.save()
    return tag
