"""The demo's news and insights: the dashboard's figures equal independent counts of the demo's
own meetings (and of its pool, once the pool's demo loads); the FDI series; the articles in
both languages, their feeds and the summit's page."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import feedparser
import pytest
from django.db import transaction
from django.test import Client

from tests.insights.test_selectors import held_meetings
from tradebridge.demo.events import EVENT_SLUG
from tradebridge.demo.services import demo_load
from tradebridge.insights import selectors
from tradebridge.insights.models import Series
from tradebridge.news.models import Article
from tradebridge.pool.models import Deal, Opportunity

pytestmark = [pytest.mark.xdist_group("demo"), pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        summary = demo_load()
        yield summary
        transaction.set_rollback(True)


def test_dashboard_figures_equal_independent_counts_of_the_demo():
    held = held_meetings()
    assert len(held) > 100  # the demo's published afternoon
    h = selectors.headlines()
    assert h.meetings_held == len(held)
    sectors: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    for m in held:
        orgs = (m.first.organization, m.second.organization)
        for code in {s.code for o in orgs for s in o.sectors.all()}:
            sectors[code] += 1
        for code in {o.region.code for o in orgs if o.region}:
            regions[code] += 1
    assert {r[0]: r[2] for r in selectors.meetings_by_sector().rows} == dict(sectors)
    for country in ("CN", "US"):
        rows = selectors.meetings_by_region(country).rows
        assert {r[0]: r[2] for r in rows if r[2]} == {
            c: n for c, n in regions.items() if c.startswith(country)
        }
    in_pool = sum(o.status in ("published", "closed") for o in Opportunity.objects.all())
    assert h.opportunities == in_pool
    signed = [d for d in Deal.objects.all() if d.stage in ("signed", "implemented") and d.signed_at]
    assert h.deals_signed == len(signed)


def test_the_fdi_series_runs_from_under_0_1_to_over_9_billion():
    series = Series.objects.get(slug="chinese-fdi-california")
    points = list(series.points.values_list("period__year", "value"))
    assert points[0] == (2005, Decimal("0.0800")) and points[0][1] < Decimal("0.1")
    assert points[-1][0] == 2015 and points[-1][1] > 9
    assert "illustrative" in series.note_en and "示意" in series.note_zh_hans
    assert series.source_en == "Milken Institute"


def test_demo_articles_in_both_languages_and_their_feeds():
    assert Article.objects.count() == 4
    client = Client()
    for lang, title in (("en", "2016 summit"), ("zh-hans", "2016加州")):
        feed = feedparser.parse(client.get(f"/{lang}/news/feed/").content)
        assert not feed.bozo
        assert len(feed.entries) == 2  # the scheduled and the draft are not there
        assert any(title in e.title for e in feed.entries)
        event_page = client.get(f"/{lang}/events/{EVENT_SLUG}/").content.decode()
        assert "/news/summit-2016-los-angeles/" in event_page
