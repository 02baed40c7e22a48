"""The public news pages: the list (by tag), an article, its pictures. Thin views: read,
render."""

from __future__ import annotations

import mimetypes

from django.contrib.auth.models import AnonymousUser
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .. import rules, selectors
from ..models import Article, ArticleImage, Tag
from ..presentation import article_html, figures

PAGE_SIZE = 10


def article_list(request: HttpRequest, tag: str | None = None) -> HttpResponse:
    current = get_object_or_404(Tag, slug=tag) if tag else None
    articles = selectors.articles_for_list(request.user, tag=current)
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "news/list.html",
        {
            "page": page,
            "tag": current,
            "tags": selectors.tags_in_use(),
            "can_manage": rules.can_manage_news(request.user),
        },
    )


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article: Article = get_object_or_404(
        Article.objects.prefetch_related("tags", "images", "events"), slug=slug
    )
    if not rules.can_read_article(request.user, article):
        raise Http404
    return render(
        request,
        "news/detail.html",
        {
            "article": article,
            "body": article_html(article),
            "figures": figures(article),
            "opportunities": selectors.opportunities_shown(article),
            "can_manage": rules.can_manage_news(request.user),
        },
    )


def image_view(request: HttpRequest, pk: int) -> FileResponse:
    """A picture of an article, to whoever may read the article (a draft's pictures are for
    staff only)."""
    image: ArticleImage = get_object_or_404(ArticleImage.objects.select_related("article"), pk=pk)
    if not rules.can_read_article(request.user, image.article):
        raise Http404
    name = image.image.name or ""
    content_type = mimetypes.guess_type(name)[0] or ""
    if not content_type.startswith("image/"):
        raise Http404
    try:
        handle = default_storage.open(name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type=content_type)
    # A draft's picture must not sit in a shared cache.
    public = rules.can_read_article(AnonymousUser(), image.article)
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
