"""News endpoints (API v1): articles in both languages, for readers and for the staff who
write them. The pages' rules decide (``rules.py``: everyone reads what is published and whose
time has come; staff read drafts and scheduled articles and write); the pages' services write.

An article's text is Markdown: readers get it as HTML in each language, rendered and
sanitised exactly as on the pages (``markup.render``: no raw HTML, nh3's short list of tags,
pictures only from the article's own uploads); editors also get the Markdown source."""

import datetime as dt
from typing import Annotated, Any, Literal

from django.db.models import BooleanField, Prefetch, QuerySet, Value
from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.pagination import paginate

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser
from tradebridge.errors import ApplicationError, Conflict, NotAllowed, NotFound
from tradebridge.events.models import Event
from tradebridge.events.selectors import events_visible_to
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import ErrorOut, Slug, check_planning_years, patch_fields
from tradebridge.pool.models import Opportunity

from . import markup, rules, selectors, services
from .models import Article, ArticleImage, Tag

router = Router(tags=["news"])

ERRORS: dict[int, type[Schema]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
}
ArticleStatus = Literal["draft", "scheduled", "published"]


class TagOut(Schema):
    slug: str
    name_en: str
    name_zh: str = Field(..., alias="name_zh_hans")


class ImageOut(Schema):
    id: int
    url: str
    caption_en: str
    caption_zh: str = Field(..., alias="caption_zh_hans")
    width: int
    height: int

    @staticmethod
    def resolve_url(obj: ArticleImage) -> str:
        return obj.get_absolute_url()


def _image_urls(article: Article) -> list[str]:
    return [image.get_absolute_url() for image in article.images.all()]


class ArticleOut(Schema):
    slug: str
    status: str = Field(..., description="draft, scheduled or published (staff see all three)")
    title_en: str
    title_zh: str = Field(..., alias="title_zh_hans")
    summary_en: str
    summary_zh: str = Field(..., alias="summary_zh_hans")
    body_html_en: str = Field(..., description="the English text as sanitised HTML")
    body_html_zh: str = Field(..., description="the Chinese text as sanitised HTML")
    body_en: str | None = Field(..., description="the Markdown source: for editors only")
    body_zh: str | None = Field(..., description="the Markdown source: for editors only")
    source: str
    source_url: str
    author_name: str
    tags: list[TagOut]
    events: list[str] = Field(..., description="slugs of related events the caller may see")
    opportunities: list[int] = Field(
        ..., description="related opportunities of the pool (published and public for readers)"
    )
    images: list[ImageOut]
    published_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_body_html_en(obj: Article) -> str:
        return markup.render(obj.body_en or "", image_urls=_image_urls(obj))  # type: ignore[attr-defined]

    @staticmethod
    def resolve_body_html_zh(obj: Article) -> str:
        return markup.render(obj.body_zh_hans or "", image_urls=_image_urls(obj))  # type: ignore[attr-defined]

    @staticmethod
    def resolve_body_en(obj: Article) -> str | None:
        return obj.body_en if getattr(obj, "editor", False) else None  # type: ignore[attr-defined]

    @staticmethod
    def resolve_body_zh(obj: Article) -> str | None:
        return obj.body_zh_hans if getattr(obj, "editor", False) else None  # type: ignore[attr-defined]

    @staticmethod
    def resolve_tags(obj: Article) -> list[Tag]:
        return list(obj.tags.all())

    @staticmethod
    def resolve_events(obj: Article) -> list[str]:
        return [event.slug for event in getattr(obj, "events_shown", [])]

    @staticmethod
    def resolve_opportunities(obj: Article) -> list[int]:
        return [o.pk for o in getattr(obj, "opportunities_shown", [])]

    @staticmethod
    def resolve_images(obj: Article) -> list[ArticleImage]:
        return list(obj.images.all())


def _prefetched(qs: QuerySet[Article], user: AnyUser) -> QuerySet[Article]:
    """Tags, pictures, and the related events and opportunities the user may see: a fixed
    number of queries whatever the page size."""
    if rules.can_manage_news(user):
        opportunities = Opportunity.objects.all()
    else:
        opportunities = Opportunity.objects.filter(
            status=Opportunity.Status.PUBLISHED, visibility=Opportunity.Visibility.PUBLIC
        )
    return qs.prefetch_related(None).prefetch_related(
        "tags",
        Prefetch("images", queryset=ArticleImage.objects.all()),
        Prefetch("events", queryset=events_visible_to(user).order_by("pk"), to_attr="events_shown"),
        Prefetch(
            "opportunities", queryset=opportunities.order_by("pk"), to_attr="opportunities_shown"
        ),
    )


def _article(user: AnyUser, slug: str) -> Article:
    article = _prefetched(Article.objects.filter(slug=slug), user).first()
    if article is None or not rules.can_read_article(user, article):
        raise NotFound()
    article.editor = rules.can_manage_news(user)  # type: ignore[attr-defined]
    return article


class ArticleFilters(Schema):
    tag: Slug | None = Field(None, description="a tag's slug")
    status: list[ArticleStatus] = Field(
        [], description="staff only: others read published articles whatever this says"
    )


@router.get("/articles", response={200: list[ArticleOut], **ERRORS})
@paginate(BoundedLimitOffset)
def list_articles(request: HttpRequest, filters: Query[ArticleFilters]):  # type: ignore[no-untyped-def]
    """Articles, newest first: those published whose time has come, for everyone; staff also
    see drafts and scheduled ones (and may filter by ``status``)."""
    user = scopes.require(request, "news:read")
    tag = None
    if filters.tag:
        tag = Tag.objects.filter(slug=filters.tag).first()
        if tag is None:
            return Article.objects.none()
    qs = selectors.articles_for_list(user, tag=tag)
    editor = rules.can_manage_news(user)
    if editor and filters.status:
        qs = qs.filter(status__in=filters.status)
    # Whether the reader edits (and so gets the Markdown source), on every row of the page.
    return _prefetched(qs, user).annotate(editor=Value(editor, output_field=BooleanField()))


@router.get("/articles/{slug}", response={200: ArticleOut, **ERRORS})
def get_article(request: HttpRequest, slug: Path[Slug]) -> Article:
    """One article: published and its time come, for everyone; any, for staff (else 404)."""
    user = scopes.require(request, "news:read")
    return _article(user, slug)


class ArticleIn(Schema):
    title_en: str = Field("", max_length=200)
    title_zh: str = Field("", max_length=200)
    summary_en: str = Field("", max_length=5000)
    summary_zh: str = Field("", max_length=5000)
    body_en: str = Field("", max_length=200_000, description="Markdown")
    body_zh: str = Field("", max_length=200_000, description="Markdown")
    source: str = Field("", max_length=200)
    source_url: str = Field("", max_length=200)
    author_name: str = Field("", max_length=200)
    tags: list[Slug] = Field([], max_length=50, description="tag slugs")
    events: list[Slug] = Field([], max_length=50, description="event slugs")
    opportunities: list[Annotated[int, Field(ge=1, le=2_147_483_647)]] = Field(
        [], max_length=50, description="project pool numbers"
    )
    slug: Slug | None = Field(None, description="on creation only; default from the title")


class ArticlePatch(Schema):
    title_en: str | None = Field(None, max_length=200)
    title_zh: str | None = Field(None, max_length=200)
    summary_en: str | None = Field(None, max_length=5000)
    summary_zh: str | None = Field(None, max_length=5000)
    body_en: str | None = Field(None, max_length=200_000)
    body_zh: str | None = Field(None, max_length=200_000)
    source: str | None = Field(None, max_length=200)
    source_url: str | None = Field(None, max_length=200)
    author_name: str | None = Field(None, max_length=200)
    tags: list[Slug] | None = Field(None, max_length=50)
    events: list[Slug] | None = Field(None, max_length=50)
    opportunities: list[Annotated[int, Field(ge=1, le=2_147_483_647)]] | None = Field(
        None, max_length=50
    )


def _input(values: dict[str, Any]) -> services.ArticleInput:
    events = list(Event.objects.filter(slug__in=values.get("events") or []))
    missing = sorted(set(values.get("events") or []) - {e.slug for e in events})
    if missing:
        raise ApplicationError(f"Unknown event: {', '.join(missing)}.", details={"field": "events"})

    def pair(name: str) -> dict[str, str]:
        return {"en": values.get(f"{name}_en") or "", "zh_hans": values.get(f"{name}_zh") or ""}

    return services.ArticleInput(
        title=pair("title"),
        summary=pair("summary"),
        body=pair("body"),
        source=values.get("source") or "",
        source_url=values.get("source_url") or "",
        author_name=values.get("author_name") or "",
        tags=list(values.get("tags") or []),
        events=events,
        opportunities=list(values.get("opportunities") or []),
        slug=values.get("slug") or "",
    )


def _current(article: Article) -> dict[str, Any]:
    values: dict[str, Any] = {
        f"{name}_{short}": getattr(article, f"{name}_{suffix}") or ""
        for name in ("title", "summary", "body")
        for short, suffix in (("en", "en"), ("zh", "zh_hans"))
    }
    values.update(
        source=article.source,
        source_url=article.source_url,
        author_name=article.author_name,
        tags=list(article.tags.values_list("slug", flat=True)),
        events=list(article.events.values_list("slug", flat=True)),
        opportunities=list(article.opportunities.values_list("pk", flat=True)),
    )
    return values


def _editor(request: HttpRequest) -> User:
    user: User = scopes.require(request, "news:write")
    if not rules.can_manage_news(user):
        raise NotAllowed()
    return user


@router.post("/articles", response={201: ArticleOut, **ERRORS})
def create_article(request: HttpRequest, data: ArticleIn) -> Status[Article]:
    """Staff write a new draft (publish it with ``POST .../publish``)."""
    user = _editor(request)
    article = services.article_create(actor=user, data=_input(data.model_dump()))
    return Status(201, _article(user, article.slug))


@router.patch("/articles/{slug}", response={200: ArticleOut, **ERRORS})
def update_article(request: HttpRequest, slug: Path[Slug], data: ArticlePatch) -> Article:
    """Staff change the fields sent (the others stay); the slug stays, so links keep
    working."""
    user = _editor(request)
    article = _article(user, slug)
    values = _current(article)
    values.update(patch_fields(data))
    services.article_update(actor=user, article=article, data=_input(values))
    return _article(user, slug)


class PublishIn(Schema):
    at: dt.datetime | None = Field(
        None, description="a later time schedules the article; default now"
    )
    from_status: ArticleStatus | None = Field(
        None, description="the state the caller saw: 409 if the article has changed since"
    )


def _expect(article: Article, seen: str | None) -> None:
    if seen is not None and seen != article.status:
        raise Conflict(
            "The article was changed meanwhile.",
            details={"status": article.status, "from_status": seen},
        )


@router.post("/articles/{slug}/publish", response={200: ArticleOut, **ERRORS})
def publish_article(request: HttpRequest, slug: Path[Slug], data: PublishIn) -> Article:
    """Staff publish an article now, or schedule it for ``at`` (it appears by itself then).
    Conditional on the state read (or ``from_status``): 409 if it changed meanwhile."""
    user = _editor(request)
    article = _article(user, slug)
    _expect(article, data.from_status)
    if data.at is not None and data.at.tzinfo is None:
        raise ApplicationError("Give the time with its offset.", details={"field": "at"})
    check_planning_years({"at": data.at})
    services.article_publish(actor=user, article=article, at=data.at)
    return _article(user, slug)


class UnpublishIn(Schema):
    from_status: ArticleStatus | None = Field(
        None, description="the state the caller saw: 409 if the article has changed since"
    )


@router.post("/articles/{slug}/unpublish", response={200: ArticleOut, **ERRORS})
def unpublish_article(request: HttpRequest, slug: Path[Slug], data: UnpublishIn) -> Article:
    """Staff take a published or scheduled article back to the drafts; 409 if it is a draft
    already (or not in ``from_status``)."""
    user = _editor(request)
    article = _article(user, slug)
    _expect(article, data.from_status)
    services.article_unpublish(actor=user, article=article)
    return _article(user, slug)
