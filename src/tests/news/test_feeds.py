"""The RSS and Atom feeds of each language, read by a real feed parser (feedparser)."""

from __future__ import annotations

import datetime as dt

import feedparser
import pytest
from django.test import Client
from django.utils import timezone

from tradebridge.news import services

from .factories import article, png

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(staff):
    services.tag_ensure(actor=staff, slug="summit", name={"en": "Summit", "zh_hans": "峰会"})
    old = article(
        staff,
        title="Summit <in> Los Angeles & more",
        zh="洛杉矶峰会",
        at=timezone.now() - dt.timedelta(days=2),
        tags=["summit"],
        author_name="Secretariat",
    )
    services.article_image_add(actor=staff, article=old, upload=png())
    old.body_en = "![hall](image:1)\n\nText."
    old.save()
    article(staff, title="Investment", zh="投资", at=timezone.now() - dt.timedelta(days=1))
    article(staff, title="Draft", zh="草稿", draft=True)
    article(staff, title="Later", zh="以后", at=timezone.now() + dt.timedelta(days=1))
    return old


@pytest.mark.parametrize("kind", ["feed", "atom"])
@pytest.mark.parametrize(
    ("lang", "titles", "language"),
    [
        ("en", ["Investment", "Summit <in> Los Angeles & more"], "en"),
        ("zh-hans", ["投资", "洛杉矶峰会"], "zh-hans"),
    ],
)
def test_feeds_parse_without_errors_in_both_languages(
    client: Client, articles, kind, lang, titles, language
):
    response = client.get(f"/{lang}/news/{kind}/")
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == ("rss20" if kind == "feed" else "atom10")
    assert [e.title for e in parsed.entries] == titles
    assert parsed.feed.get("language", language) == language
    first = parsed.entries[1]
    assert first.link == f"http://testserver/{lang}/news/{articles.slug}/"
    assert [t.term for t in first.tags] == (["Summit"] if lang == "en" else ["峰会"])
    if lang == "en":
        # The picture at an absolute address, so that a reader elsewhere shows it.
        content = first.get("summary", "")
        assert f'src="http://testserver/en/news/images/{articles.images.get().pk}/"' in content
        assert first.get("author") == "Secretariat"


def test_feed_titles_are_translated(client: Client, articles):
    en = feedparser.parse(client.get("/en/news/feed/").content)
    zh = feedparser.parse(client.get("/zh-hans/news/feed/").content)
    assert en.feed.title != zh.feed.title
