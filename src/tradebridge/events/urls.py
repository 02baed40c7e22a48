from django.urls import path

from .views import public, staff

app_name = "events"
urlpatterns = [
    path("", public.event_list, name="list"),
    path("new/", staff.event_create_view, name="create"),
    path("speakers/", staff.speaker_list_view, name="speakers"),
    path("speakers/new/", staff.speaker_create_view, name="speaker-create"),
    path("speakers/<int:speaker_id>/edit/", staff.speaker_edit_view, name="speaker-edit"),
    path("<slug:slug>/", public.event_detail, name="detail"),
    path("<slug:slug>/edit/", staff.event_edit_view, name="edit"),
    path("<slug:slug>/programme/", public.programme, name="programme"),
    path("<slug:slug>/programme.ics", public.programme_ics_view, name="programme-ics"),
    path("<slug:slug>/programme.pdf", public.programme_pdf_view, name="programme-pdf"),
    path(
        "<slug:slug>/speakers/<int:speaker_id>.ics",
        public.speaker_ics_view,
        name="speaker-ics",
    ),
    path("<slug:slug>/programme/manage/", staff.programme_manage_view, name="programme-manage"),
    path("<slug:slug>/programme/items/new/", staff.item_create_view, name="item-create"),
    path("<slug:slug>/programme/items/<int:item_id>/", staff.item_edit_view, name="item-edit"),
    path(
        "<slug:slug>/programme/items/<int:item_id>/delete/",
        staff.item_delete_view,
        name="item-delete",
    ),
    path("<slug:slug>/programme/rooms/new/", staff.room_create_view, name="room-create"),
    path("<slug:slug>/programme/rooms/<int:room_id>/", staff.room_edit_view, name="room-edit"),
    path(
        "<slug:slug>/programme/rooms/<int:room_id>/delete/",
        staff.room_delete_view,
        name="room-delete",
    ),
    path("<slug:slug>/programme/cohosts/", staff.cohost_add_view, name="cohost-add"),
    path(
        "<slug:slug>/programme/cohosts/<int:cohost_id>/",
        staff.cohost_change_view,
        name="cohost-change",
    ),
]
