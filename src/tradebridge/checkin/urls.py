from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from . import views

app_name = "checkin"
urlpatterns: list[URLPattern | URLResolver] = [
    path("events/<slug:slug>/", views.desk, name="desk"),
    path("events/<slug:slug>/badges.pdf", views.badges_pdf, name="badges"),
    path("events/<slug:slug>/attendance/", views.attendance, name="attendance"),
    path("events/<slug:slug>/attendance/live/", views.attendance_live, name="attendance-live"),
]
