"""Match-making pages: the representative's side (``participant_views``) and the organizer's
(``organizer_views``, under ``manage/``)."""

from django.urls import include, path

from . import organizer_urls, participant_urls

app_name = "matchmaking"
urlpatterns = [
    path("", include(participant_urls)),
    path("manage/", include(organizer_urls)),
]
