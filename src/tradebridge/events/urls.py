from django.urls import path

from .views import public, staff

app_name = "events"
urlpatterns = [
    path("", public.event_list, name="list"),
    path("new/", staff.event_create_view, name="create"),
    path("<slug:slug>/", public.event_detail, name="detail"),
    path("<slug:slug>/edit/", staff.event_edit_view, name="edit"),
]
