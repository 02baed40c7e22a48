"""The secretariat's news pages: write an article, add pictures, publish or schedule it. Thin
views: parse, call a service, render."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.errors import ApplicationError
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error, allowed_only

from .. import rules, services
from ..forms import ArticleForm, ImageForm, PublishForm
from ..models import Article, ArticleImage

staff_only = allowed_only(rules.can_manage_news)


@staff_only
def article_create_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = ArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            article = services.article_create(actor=request.user, data=form.to_input())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The draft has been saved."))
            return redirect("news:manage", slug=article.slug)
    return render(request, "news/article_form.html", {"form": form, "article": None})


@staff_only
def article_edit_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article, slug=slug)
    form = ArticleForm(request.POST or None, initial=ArticleForm.initial_for(article), editing=True)
    if request.method == "POST" and form.is_valid():
        try:
            services.article_update(actor=request.user, article=article, data=form.to_input())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The article has been saved."))
            return redirect("news:manage", slug=article.slug)
    return render(request, "news/article_form.html", {"form": form, "article": article})


@staff_only
def article_manage_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """An article's state, pictures and publication, for staff."""
    article: Article = get_object_or_404(Article.objects.prefetch_related("images"), slug=slug)
    publish_form = PublishForm(initial={"at": article.published_at})
    image_form = ImageForm()
    if request.method == "POST" and "image" in request.FILES:
        image_form = ImageForm(request.POST, request.FILES)
        if image_form.is_valid():
            try:
                services.article_image_add(
                    actor=request.user,
                    article=article,
                    upload=image_form.cleaned_data["image"],
                    caption=image_form.caption(),
                )
            except ApplicationError as error:
                add_service_error(image_form, error)
            else:
                messages.success(request, _("The picture has been added."))
                return redirect("news:manage", slug=article.slug)
    return render(
        request,
        "news/manage.html",
        {"article": article, "publish_form": publish_form, "image_form": image_form},
    )


@staff_only
@require_POST
def article_publish_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article, slug=slug)
    form = PublishForm(request.POST)
    if form.is_valid():
        try:
            if request.POST.get("action") == "unpublish":
                services.article_unpublish(actor=request.user, article=article)
                messages.success(request, _("The article is a draft again."))
            else:
                services.article_publish(
                    actor=request.user, article=article, at=form.cleaned_data.get("at")
                )
                if article.status == Article.Status.SCHEDULED:
                    messages.success(request, _("The article is scheduled."))
                else:
                    messages.success(request, _("The article is published."))
        except ApplicationError as error:
            messages.error(request, error.message)
    else:
        messages.error(request, _("Give the publication time as a date and time."))
    return redirect("news:manage", slug=article.slug)


@staff_only
@require_POST
def image_delete_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    image: ArticleImage = get_object_or_404(ArticleImage.objects.select_related("article"), pk=pk)
    services.article_image_delete(actor=request.user, image=image)
    messages.success(request, _("The picture has been removed."))
    return redirect("news:manage", slug=image.article.slug)
