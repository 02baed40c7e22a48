"""The API's pages (inside the language prefix): a person's tokens, the secretariat's tokens,
the developers' guide. The API itself is at /api/v1/ (``api.api``)."""

from django.urls import path

from . import views

app_name = "tokens"  # "api" is the namespace of the API's own URLs (api.api)
urlpatterns = [
    path("accounts/tokens/", views.tokens_mine, name="mine"),
    path("accounts/tokens/<int:token_id>/revoke/", views.token_revoke_view, name="revoke"),
    path("staff/tokens/", views.tokens_staff, name="staff"),
    path("developers/api/", views.api_guide, name="guide"),
]
