"""One RSS 2.0 and one Atom feed per language (``/en/news/feed/``, ``/zh-hans/news/atom/``...):
the latest published articles, their summaries and texts in the language of the address."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from tradebridge.bilingual import active_suffix

from .models import Article
from .presentation import article_html
from .selectors import articles_published

ITEMS = 30


class NewsRss(Feed[Article, None]):
    feed_type: type[Rss201rev2Feed] = Rss201rev2Feed

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return _("Tradebridge news")

    def link(self) -> str:
        return reverse("news:list")

    def description(self) -> str:
        return _("News of the trade and investment cooperation platform.")

    def feed_url(self) -> str:
        return self.request.path

    def items(self) -> list[Article]:
        return list(articles_published()[:ITEMS])

    def item_title(self, item: Article) -> str:
        return _text(item, "title")

    def item_description(self, item: Article) -> str:
        # The whole text with its pictures at absolute addresses: a reader shows it elsewhere.
        summary = _text(item, "summary")
        body = article_html(item, absolute=self.request.build_absolute_uri)
        return (f"<p>{escape(summary)}</p>" if summary else "") + body

    def item_pubdate(self, item: Article) -> dt.datetime | None:
        return item.published_at

    def item_updateddate(self, item: Article) -> dt.datetime | None:
        return item.updated_at

    def item_author_name(self, item: Article) -> str | None:
        return item.author_name or None

    def item_categories(self, item: Article) -> list[str]:
        return [_text(tag, "name") for tag in item.tags.all()]


class NewsAtom(NewsRss):
    feed_type = Atom1Feed  # type: ignore[assignment]

    def subtitle(self) -> str:
        return self.description()


def _text(obj: object, name: str) -> str:
    """A translated field in the feed's language, else the other one."""
    own = getattr(obj, f"{name}_{active_suffix()}", "") or ""
    other = "en" if active_suffix() == "zh_hans" else "zh_hans"
    return str(own or getattr(obj, f"{name}_{other}", "") or "")
