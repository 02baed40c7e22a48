"""News addresses, under /<language>/news/."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from .feeds import NewsAtom, NewsRss
from .views import public, staff

app_name = "news"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", public.article_list, name="list"),
    path("feed/", NewsRss(), name="feed"),
    path("atom/", NewsAtom(), name="atom"),
    path("tags/<slug:tag>/", public.article_list, name="tag"),
    path("images/<int:pk>/", public.image_view, name="image"),
    path("images/<int:pk>/delete/", staff.image_delete_view, name="image-delete"),
    path("manage/new/", staff.article_create_view, name="create"),
    path("manage/<slug:slug>/", staff.article_manage_view, name="manage"),
    path("manage/<slug:slug>/edit/", staff.article_edit_view, name="edit"),
    path("manage/<slug:slug>/publish/", staff.article_publish_view, name="publish"),
    path("<slug:slug>/", public.article_detail, name="detail"),
]
