from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from .views import leader, public, staff

app_name = "registrations"
urlpatterns: list[URLPattern | URLResolver] = [
    path("events/<slug:slug>/", public.register, name="register"),
    path("events/<slug:slug>/mine/", public.mine, name="mine"),
    path("events/<slug:slug>/mine/cancel/", public.cancel, name="cancel"),
    path("events/<slug:slug>/mine/programme.ics", public.mine_ics, name="mine-ics"),
    path(
        "events/<slug:slug>/mine/items/<int:item_id>/",
        public.item_register,
        name="item-register",
    ),
    path("events/<slug:slug>/mine/seats/<int:pk>/cancel/", public.item_cancel, name="item-cancel"),
    path("manage/events/<slug:slug>/", staff.registration_list, name="staff-list"),
    path("manage/events/<slug:slug>/new/", staff.registration_create, name="staff-create"),
    path("manage/events/<slug:slug>/settings/", staff.settings_update, name="settings"),
    path("manage/<int:pk>/", staff.registration_edit, name="staff-edit"),
    path("manage/<int:pk>/cancel/", staff.registration_cancel, name="staff-cancel"),
    path("delegations/<int:pk>/", leader.delegates, name="leader"),
]
