from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from . import views

app_name = "checkin"
urlpatterns: list[URLPattern | URLResolver] = [
    path("events/<slug:slug>/", views.desk, name="desk"),
    path("events/<slug:slug>/badges/", views.badges_request, name="badges"),
    path("prints/<int:pk>/", views.print_status, name="print"),
    path("prints/<int:pk>/progress/", views.print_progress, name="print-progress"),
    path("prints/<int:pk>/badges.pdf", views.print_pdf, name="print-pdf"),
    path("events/<slug:slug>/attendance/", views.attendance, name="attendance"),
    path("events/<slug:slug>/attendance/live/", views.attendance_live, name="attendance-live"),
]
