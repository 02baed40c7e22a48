from django.urls import path

from . import participant_views as views

urlpatterns = [
    path("mine/", views.my_sessions, name="mine"),
    path("sessions/<int:pk>/", views.session_detail, name="session"),
    path("sessions/<int:pk>/agenda/", views.agenda, name="agenda"),
]
