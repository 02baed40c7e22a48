"""Match-making pages: the representative's side (``views.participant``) and the organizer's
(``views.organizer``, under ``manage/``)."""

from django.urls import include, path

from . import organizer, participant

app_name = "matchmaking"
urlpatterns = [
    path("", include(participant)),
    path("manage/", include(organizer)),
]
