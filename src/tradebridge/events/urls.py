from django.urls import path

from . import views

app_name = "events"
urlpatterns = [
    path("", views.event_list, name="list"),
    path("new/", views.event_create_view, name="create"),
    path("<slug:slug>/", views.event_detail, name="detail"),
    path("<slug:slug>/edit/", views.event_edit_view, name="edit"),
    path("<slug:slug>/sessions/new/", views.session_create_view, name="session-create"),
]
