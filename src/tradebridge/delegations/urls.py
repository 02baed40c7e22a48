from django.urls import path

from .views import delegate, leader, staff

app_name = "delegations"
urlpatterns = [
    path("", staff.delegation_list_view, name="list"),
    path("new/", staff.delegation_create_view, name="create"),
    path("mine/", delegate.my_entries_view, name="mine"),
    path("events/<slug:slug>/letterhead/", staff.event_letterhead_view, name="event-letterhead"),
    path("<int:pk>/", leader.delegation_detail_view, name="detail"),
    path("<int:pk>/edit/", leader.delegation_edit_view, name="edit"),
    path("<int:pk>/new/", leader.subdelegation_create_view, name="create-part"),
    path("<int:pk>/leaders/", leader.leaders_view, name="leaders"),
    path("<int:pk>/letterhead/", leader.letterhead_view, name="letterhead"),
    path("<int:pk>/delegates/new/", leader.delegate_add_view, name="delegate-add"),
    path(
        "<int:pk>/delegates/<int:delegate_pk>/edit/",
        leader.delegate_edit_view,
        name="delegate-edit",
    ),
    path(
        "<int:pk>/delegates/<int:delegate_pk>/remove/",
        leader.delegate_remove_view,
        name="delegate-remove",
    ),
    path(
        "<int:pk>/delegates/<int:delegate_pk>/letter.pdf",
        leader.delegate_letter_view,
        name="delegate-letter",
    ),
    path("<int:pk>/import/", leader.roster_import_view, name="import"),
    path(
        "<int:pk>/import/<int:import_pk>/",
        leader.roster_import_preview_view,
        name="import-preview",
    ),
    path("<int:pk>/import/template.xlsx", leader.roster_template_view, name="import-template"),
    path("<int:pk>/roster.xlsx", leader.roster_export_view, name="roster-export"),
    path("<int:pk>/rooming.xlsx", leader.rooming_export_view, name="rooming-export"),
    path("<int:pk>/letters.pdf", leader.letters_view, name="letters"),
]
