"""Reads of news: the lists and pages of articles, the feeds, an event's articles."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from tradebridge.accounts.rules import AnyUser
from tradebridge.events.models import Event
from tradebridge.pool.models import Opportunity

from . import rules
from .models import Article, ArticleImage, Tag


def articles_published() -> QuerySet[Article]:
    """What everyone reads, newest first, with tags and pictures fetched."""
    return (
        Article.objects.filter(rules.published())
        .prefetch_related("tags", Prefetch("images", queryset=ArticleImage.objects.all()))
        .order_by("-published_at", "-pk")
    )


def articles_for_list(user: AnyUser, *, tag: Tag | None = None) -> QuerySet[Article]:
    """The news list: published articles (staff also see drafts and scheduled ones, first)."""
    articles: QuerySet[Article]
    if rules.can_manage_news(user):
        articles = Article.objects.prefetch_related("tags", "images").order_by(
            "-published_at", "-pk"
        )
    else:
        articles = articles_published()
    if tag is not None:
        articles = articles.filter(tags=tag)
    return articles


def articles_of_event(event: Event, *, limit: int = 5) -> list[Article]:
    """The latest published articles about an event."""
    return list(articles_published().filter(events=event)[:limit])


def tags_in_use() -> QuerySet[Tag]:
    """Tags that at least one published article carries, for the list's filter."""
    return Tag.objects.filter(articles__in=Article.objects.filter(rules.published())).distinct()


def opportunities_shown(article: Article) -> QuerySet[Opportunity]:
    """The article's related opportunities that everyone may see (published, public); the
    pool's own pages decide the rest."""
    return article.opportunities.filter(
        status=Opportunity.Status.PUBLISHED, visibility=Opportunity.Visibility.PUBLIC
    )
