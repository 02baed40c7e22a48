"""The news API (v1): readers get published articles in both languages as sanitised HTML,
staff also drafts, the Markdown source, and the writes; 409 on stale publication changes;
flat query counts; a permission matrix."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tests.conftest import client_for
from tests.factories import RepresentativeFactory, api_token, bearer
from tradebridge.api.models import ApiToken
from tradebridge.api.tokens import token_revoke
from tradebridge.news import services
from tradebridge.news.models import Article, Tag

from .factories import article, png

pytestmark = pytest.mark.django_db

BASE = "/api/v1/news"


def test_readers_get_published_articles_in_both_languages_sanitised(client, staff):
    published = article(staff, title="Solar deal", zh="光伏协议")
    Article.objects.filter(pk=published.pk).update(
        body_en="# Heading\n\n<script>alert(1)</script> [x](javascript:alert(1)) **bold**",
        body_zh_hans="正文 **加粗**",
    )
    article(staff, title="Draft news", zh="草稿", draft=True)
    article(staff, title="Later", zh="以后", at=timezone.now() + dt.timedelta(days=3))
    listed = client.get(f"{BASE}/articles").json()
    assert listed["count"] == 1
    item = listed["items"][0]
    assert (item["slug"], item["title_en"], item["title_zh"]) == (
        published.slug,
        "Solar deal",
        "光伏协议",
    )
    assert "<script" not in item["body_html_en"] and 'href="javascript' not in item["body_html_en"]
    assert "&lt;script&gt;" in item["body_html_en"]  # shown as text, as on the page
    with translation.override("en"):
        page = client.get(f"/en/news/{published.slug}/").content.decode()
    assert item["body_html_en"].strip() in page
    assert (
        "<h2>Heading</h2>" in item["body_html_en"]
        and "<strong>bold</strong>" in item["body_html_en"]
    )
    assert item["body_html_zh"] == "<p>正文 <strong>加粗</strong></p>\n"
    assert item["body_en"] is None and item["body_zh"] is None
    assert client.get(f"{BASE}/articles/draft-news").status_code == 404
    assert client.get(f"{BASE}/articles/later").status_code == 404

    editor = client_for(staff).get(f"{BASE}/articles").json()
    assert editor["count"] == 3
    source = client_for(staff).get(f"{BASE}/articles/{published.slug}").json()
    assert source["body_en"].startswith("# Heading") and source["body_zh"] == "正文 **加粗**"
    drafts = client_for(staff).get(f"{BASE}/articles", {"status": "draft"}).json()
    assert [a["slug"] for a in drafts["items"]] == ["draft-news"]


def test_staff_write_publish_and_unpublish_with_conflicts(staff):
    Tag.objects.create(slug="energy", name_en="Energy", name_zh_hans="能源")
    c = client_for(staff)
    created = c.post(
        f"{BASE}/articles",
        {"title_en": "Wind farm", "title_zh": "风电场", "body_en": "Text", "tags": ["energy"]},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    slug = created.json()["slug"]
    stored = Article.objects.get(slug=slug)
    assert (
        stored.status,
        stored.title_zh_hans,
        list(stored.tags.values_list("slug", flat=True)),
    ) == (
        "draft",
        "风电场",
        ["energy"],
    )
    patched = c.patch(
        f"{BASE}/articles/{slug}", {"summary_zh": "摘要"}, content_type="application/json"
    )
    assert patched.status_code == 200
    stored.refresh_from_db()
    assert (stored.summary_zh_hans, stored.title_en) == ("摘要", "Wind farm")
    assert list(stored.tags.values_list("slug", flat=True)) == ["energy"]

    published = c.post(
        f"{BASE}/articles/{slug}/publish", {"from_status": "draft"}, content_type="application/json"
    )
    assert published.status_code == 200 and published.json()["status"] == "published"
    assert Client().get(f"{BASE}/articles/{slug}").status_code == 200
    stale = c.post(
        f"{BASE}/articles/{slug}/publish", {"from_status": "draft"}, content_type="application/json"
    )
    assert stale.status_code == 409
    unpublished = c.post(f"{BASE}/articles/{slug}/unpublish", {}, content_type="application/json")
    assert unpublished.status_code == 200 and unpublished.json()["status"] == "draft"
    again = c.post(f"{BASE}/articles/{slug}/unpublish", {}, content_type="application/json")
    assert again.status_code == 409 and again.json()["error"]["code"] == "conflict"
    assert Article.objects.get(slug=slug).status == "draft"
    later = timezone.now() + dt.timedelta(days=2)
    scheduled = c.post(
        f"{BASE}/articles/{slug}/publish",
        {"at": later.isoformat()},
        content_type="application/json",
    )
    assert scheduled.json()["status"] == "scheduled"
    assert Client().get(f"{BASE}/articles/{slug}").status_code == 404


def test_bad_input_names_the_field_and_changes_nothing(staff):
    c = client_for(staff)
    response = c.post(
        f"{BASE}/articles", {"title_en": "X", "tags": ["nope"]}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"field": "tags"}
    assert not Article.objects.exists()


def test_readers_see_only_public_published_related_opportunities(client, staff):
    from tests.factories import OrganizationFactory
    from tests.pool.conftest import post, publish

    rep = RepresentativeFactory(organization=OrganizationFactory()).user
    shown = publish(staff, post(rep, rep.representations.get().organization))
    hidden = post(rep, rep.representations.get().organization)
    made = article(staff, opportunities=[shown.pk, hidden.pk])
    assert client.get(f"{BASE}/articles/{made.slug}").json()["opportunities"] == [shown.pk]
    assert client_for(staff).get(f"{BASE}/articles/{made.slug}").json()["opportunities"] == sorted(
        [shown.pk, hidden.pk]
    )


def test_list_query_count_does_not_grow(client, staff):
    def grow():
        made = article(staff)
        services.article_image_add(actor=staff, article=made, upload=png())

    grow()

    def count(c):
        with CaptureQueriesContext(connection) as captured:
            assert c.get(f"{BASE}/articles").status_code == 200
        return len(captured)

    before = (count(client), count(client_for(staff)))
    for _ in range(3):
        grow()
    assert (count(client), count(client_for(staff))) == before


CALLERS = [
    "anonymous",
    "member session",
    "member token",
    "member wrong scope",
    "expired",
    "revoked",
    "other org",
    "staff session",
    "staff token",
    "staff read only",
]


def _caller(kind, member, other, staff):
    if kind == "anonymous":
        return Client(), {}
    if kind == "member session":
        return client_for(member), {}
    if kind == "member token":
        return Client(), bearer(api_token(member, "news:read", "news:write"))
    if kind == "member wrong scope":
        return Client(), bearer(api_token(member, "pool:read", "pool:write"))
    if kind in ("expired", "revoked"):
        secret = api_token(staff, "news:read", "news:write")
        token = ApiToken.objects.filter(user=staff).latest("pk")
        if kind == "expired":
            ApiToken.objects.filter(pk=token.pk).update(
                expires_at=timezone.now() - dt.timedelta(days=1)
            )
        else:
            token_revoke(actor=staff, token_id=token.pk)
        return Client(), bearer(secret)
    if kind == "other org":
        return client_for(other), {}
    if kind == "staff session":
        return client_for(staff), {}
    if kind == "staff token":
        return Client(), bearer(api_token(staff, "news:read", "news:write"))
    if kind == "staff read only":
        return Client(), bearer(api_token(staff, "news:read"))
    raise AssertionError(kind)


def _statuses(read, write_staff, *, draft=False):
    """Readers' status and staff's; writes: 401 anonymous, 403 members and wrong scopes."""
    if read is None:  # a write
        out = dict.fromkeys(CALLERS, 403)
        out.update({"anonymous": 401, "expired": 401, "revoked": 401})
        out.update({"staff session": write_staff, "staff token": write_staff})
        return out
    out = dict.fromkeys(CALLERS, read)
    out.update({"member wrong scope": 403, "expired": 401, "revoked": 401})
    out.update(
        {"staff session": write_staff, "staff token": write_staff, "staff read only": write_staff}
    )
    return out


MATRIX = [
    ("get", "/articles", None, _statuses(200, 200)),
    ("get", "/articles/{published}", None, _statuses(200, 200)),
    ("get", "/articles/{draft}", None, _statuses(404, 200)),
    ("post", "/articles", {"title_en": "New"}, _statuses(None, 201)),
    ("patch", "/articles/{draft}", {"title_zh": "新"}, _statuses(None, 200)),
    ("post", "/articles/{draft}/publish", {}, _statuses(None, 200)),
    ("post", "/articles/{published}/unpublish", {}, _statuses(None, 200)),
]


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(
    ("method", "path", "body", "expected"), MATRIX, ids=[f"{m} {p}" for m, p, _b, _e in MATRIX]
)
def test_permission_matrix(staff, owner, outsider, method, path, body, expected, caller):
    published = article(staff, title="Open")
    draft = article(staff, title="Closed", draft=True)
    c, headers = _caller(caller, owner, outsider, staff)
    url = BASE + path.format(published=published.slug, draft=draft.slug)
    kwargs = {"headers": headers}
    if body is not None:
        kwargs.update(data=body, content_type="application/json")
    response = getattr(c, method)(url, **kwargs)
    assert response.status_code == expected[caller], response.content
