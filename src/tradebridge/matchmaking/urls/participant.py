from django.urls import path

from ..views import participant as views

urlpatterns = [
    path("mine/", views.my_sessions, name="mine"),
    path("mine/notifications/read/", views.notifications_read, name="notifications_read"),
    path("sessions/<int:pk>/", views.session_detail, name="session"),
    path("sessions/<int:pk>/register/", views.register, name="register"),
    path("sessions/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("sessions/<int:pk>/availability/", views.availability, name="availability"),
    path("sessions/<int:pk>/partners/", views.partners, name="partners"),
    path(
        "sessions/<int:pk>/partners/<int:partner>/request/",
        views.request_new,
        name="request_new",
    ),
    path("sessions/<int:pk>/requests/", views.requests, name="requests"),
    path("requests/<int:pk>/answer/", views.request_answer, name="request_answer"),
    path("requests/<int:pk>/withdraw/", views.request_withdraw, name="request_withdraw"),
    path("sessions/<int:pk>/agenda/", views.agenda, name="agenda"),
    path("sessions/<int:pk>/agenda.pdf", views.agenda_pdf, name="agenda_pdf"),
    path("sessions/<int:pk>/agenda.ics", views.agenda_ics, name="agenda_ics"),
    path("meetings/<int:pk>/outcome/", views.outcome, name="outcome"),
    path("meetings/<int:pk>/report/", views.day_report, name="day_report"),
]
