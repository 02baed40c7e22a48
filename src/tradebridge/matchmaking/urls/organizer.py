from django.urls import path

from ..views import organizer as views

urlpatterns = [
    path("events/<slug:slug>/sessions/new/", views.session_create_view, name="session-create"),
    path("sessions/<int:pk>/", views.session_manage, name="manage"),
    path("sessions/<int:pk>/status/", views.session_status, name="manage-status"),
    path("sessions/<int:pk>/settings/", views.session_settings, name="manage-settings"),
    path("sessions/<int:pk>/interpreters/", views.interpreter_add, name="manage-interpreter"),
    path(
        "sessions/<int:pk>/interpreters/<int:interpreter_pk>/",
        views.interpreter_set_active,
        name="manage-interpreter-active",
    ),
    path(
        "sessions/<int:pk>/tables/<int:table_pk>/",
        views.table_set_active,
        name="manage-table",
    ),
    path("sessions/<int:pk>/invite/", views.invite, name="manage-invite"),
    path(
        "sessions/<int:pk>/participants/<int:participant_pk>/cancel/",
        views.participant_cancel,
        name="manage-participant-cancel",
    ),
    path("sessions/<int:pk>/walk-in/", views.walk_in, name="manage-walk-in"),
    path(
        "sessions/<int:pk>/reports/<int:report_pk>/handled/",
        views.day_report_handle,
        name="manage-report-handled",
    ),
    path("sessions/<int:pk>/demand/", views.demand, name="manage-demand"),
    path("sessions/<int:pk>/meetings/", views.meeting_add, name="manage-meeting-add"),
    path(
        "sessions/<int:pk>/meetings/<int:meeting_pk>/cancel/",
        views.meeting_cancel,
        name="manage-meeting-cancel",
    ),
    path(
        "sessions/<int:pk>/requests/<int:request_pk>/decline/",
        views.request_decline,
        name="manage-request-decline",
    ),
    path("sessions/<int:pk>/runs/", views.run_start, name="manage-run-start"),
    path("sessions/<int:pk>/table-plan.pdf", views.table_plan, name="manage-table-plan"),
    path("runs/<int:pk>/", views.run_detail, name="manage-run"),
    path("runs/<int:pk>/progress/", views.run_progress, name="manage-run-progress"),
    path("runs/<int:pk>/cancel/", views.run_cancel, name="manage-run-cancel"),
    path("runs/<int:pk>/compare/", views.run_compare, name="manage-run-compare"),
    path("runs/<int:pk>/publish/", views.run_publish, name="manage-run-publish"),
]
