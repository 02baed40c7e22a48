"""Who may read and write news. Every access decision on articles lives here."""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone

from tradebridge.accounts.rules import AnyUser, is_secretariat

from .models import Article


def can_manage_news(user: AnyUser) -> bool:
    """Secretariat staff write, schedule and publish articles."""
    return is_secretariat(user)


def published() -> Q:
    """Articles everyone reads: published or scheduled, and their time has come."""
    return Q(
        status__in=(Article.Status.PUBLISHED, Article.Status.SCHEDULED),
        published_at__lte=timezone.now(),
    )


def can_read_article(user: AnyUser, article: Article) -> bool:
    """A published article whose time has come is public; drafts and articles still
    scheduled are for staff."""
    return article.is_visible or can_manage_news(user)
