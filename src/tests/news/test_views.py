"""The news pages: list (paged, by tag), article, pictures, staff pages; drafts and scheduled
articles hidden from readers until their time; the feeds linked from the home and event pages."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone

from tradebridge.events.models import Event
from tradebridge.news import services
from tradebridge.news.models import Article

from .factories import article, png

pytestmark = pytest.mark.django_db


def titles(html: str) -> list[str]:
    return re.findall(r'<h2><a href="/[^"]+/news/[^"]+/">([^<]+)</a>', html)


def test_readers_see_published_articles_only(client: Client, staff):
    article(staff, title="Published")
    article(staff, title="Draft", draft=True)
    article(staff, title="Scheduled", at=timezone.now() + dt.timedelta(hours=1))
    html = client.get("/en/news/").content.decode()
    assert titles(html) == ["Published"]
    assert client.get("/en/news/draft/").status_code == 404
    assert client.get("/en/news/scheduled/").status_code == 404
    assert client.get("/en/news/published/").status_code == 200


def test_staff_see_drafts_and_scheduled_articles_marked(staff_client, staff):
    article(staff, title="Draft", draft=True)
    article(staff, title="Scheduled", at=timezone.now() + dt.timedelta(hours=1))
    html = staff_client.get("/en/news/").content.decode()
    assert 'class="badge warn">Draft<' in html
    assert 'class="badge">Scheduled<' in html
    assert staff_client.get("/en/news/draft/").status_code == 200


def test_a_scheduled_article_appears_when_its_time_comes(client: Client, staff):
    later = article(staff, title="Later", at=timezone.now() + dt.timedelta(minutes=5))
    assert titles(client.get("/en/news/").content.decode()) == []
    Article.objects.filter(pk=later.pk).update(
        published_at=timezone.now() - dt.timedelta(seconds=1)
    )
    assert titles(client.get("/en/news/").content.decode()) == ["Later"]


def test_the_list_is_paged_newest_first(client: Client, staff):
    base = timezone.now() - dt.timedelta(days=30)
    for i in range(12):
        article(staff, title=f"News {i:02d}", at=base + dt.timedelta(days=i))
    first = titles(client.get("/en/news/").content.decode())
    second = titles(client.get("/en/news/?page=2").content.decode())
    assert first == [f"News {i:02d}" for i in range(11, 1, -1)]
    assert second == ["News 01", "News 00"]


def test_the_list_by_tag(client: Client, staff):
    services.tag_ensure(actor=staff, slug="summit", name={"en": "Summit", "zh_hans": "峰会"})
    article(staff, title="Tagged", zh="有标签", tags=["summit"])
    article(staff, title="Other", zh="其他")
    html = client.get("/zh-hans/news/tags/summit/").content.decode()
    assert titles(html) == ["有标签"]
    assert "峰会" in html
    assert client.get("/en/news/tags/none/").status_code == 404


def test_both_languages_show_their_own_text(client: Client, staff):
    made = article(staff, title="Summit", zh="峰会")
    en = client.get(f"/en/news/{made.slug}/").content.decode()
    zh = client.get(f"/zh-hans/news/{made.slug}/").content.decode()
    assert "<h1>Summit</h1>" in en and "<h2>Summit</h2>" in en  # the text's "# " is an h2
    assert "<h1>峰会</h1>" in zh and "正文。" in zh
    assert en.count("<h1") == 1 and zh.count("<h1") == 1


def test_the_body_is_sanitised(client: Client, staff):
    made = article(staff, draft=True)
    made.body_en = (
        "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> "
        "![a](https://tracker.example/p.gif)"
    )
    made.save()
    services.article_publish(actor=staff, article=made)
    html = client.get(f"/en/news/{made.slug}/").content.decode()
    body = html.split('data-testid="article-body">', 1)[1].split("</div>", 1)[0]
    assert "<script" not in body and "javascript:" not in body.replace("(javascript:", "")
    assert "onerror" not in body.replace("onerror=alert(1)&gt;", "")
    assert "tracker.example" not in body
    assert "&lt;script&gt;" in body


def test_pictures_are_served_to_whoever_reads_the_article(client: Client, staff_client, staff):
    made = article(staff, draft=True)
    image = services.article_image_add(actor=staff, article=made, upload=png())
    made.body_en = "Look: ![the hall](image:1)"
    made.save()
    url = image.get_absolute_url()
    assert client.get(url).status_code == 404  # a draft's picture
    response = staff_client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "private, no-store"
    services.article_publish(actor=staff, article=made)
    response = client.get(url)
    assert response.status_code == 200 and response["Cache-Control"] == "public, max-age=3600"
    html = client.get(made.get_absolute_url()).content.decode()
    assert f'<img src="{url}" alt="the hall">' in html


def test_staff_pages_are_for_staff(client: Client, owner_client, staff_client, staff):
    made = article(staff, draft=True)
    for url in (
        "/en/news/manage/new/",
        f"/en/news/manage/{made.slug}/",
        f"/en/news/manage/{made.slug}/edit/",
    ):
        assert client.get(url).status_code == 302
        assert owner_client.get(url).status_code == 403
        assert staff_client.get(url).status_code == 200
    assert owner_client.post(f"/en/news/manage/{made.slug}/publish/").status_code == 403
    made.refresh_from_db()
    assert made.status == Article.Status.DRAFT


def test_staff_write_schedule_and_illustrate_an_article(staff_client):
    response = staff_client.post(
        "/en/news/manage/new/",
        {
            "title_en": "Delegation",
            "title_zh_hans": "代表团",
            "body_en": "Text",
            "opportunities": "",
        },
    )
    assert response.status_code == 302
    made = Article.objects.get()
    when = (timezone.localtime() + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    staff_client.post(f"/en/news/manage/{made.slug}/publish/", {"at": when, "action": "publish"})
    made.refresh_from_db()
    assert made.status == Article.Status.SCHEDULED
    response = staff_client.post(
        f"/en/news/manage/{made.slug}/", {"image": png(), "caption_en": "Hall"}
    )
    assert response.status_code == 302
    assert made.images.get().caption_en == "Hall"
    bad = staff_client.post(
        f"/en/news/manage/{made.slug}/edit/", {"title_en": "Delegation", "opportunities": "12, x"}
    )
    assert "Write numbers separated by commas" in bad.content.decode()


def test_home_and_event_pages_link_the_feeds_in_their_language(client: Client, staff):
    event = Event.objects.create(
        slug="summit",
        title_en="Summit",
        starts_on=dt.date(2016, 5, 11),
        ends_on=dt.date(2016, 5, 11),
    )
    article(staff, title="About the summit", events=[event])
    for lang in ("en", "zh-hans"):
        for page in (f"/{lang}/", f"/{lang}/events/summit/"):
            html = client.get(page).content.decode()
            head = html.split("</head>", 1)[0]
            assert '<link rel="alternate" type="application/rss+xml"' in head
            assert f'href="/{lang}/news/feed/"' in head and f'href="/{lang}/news/atom/"' in head
        html = client.get(f"/{lang}/events/summit/").content.decode()
        assert 'data-testid="event-news"' in html and "/news/about-the-summit/" in html
