from django.urls import path

from . import organizer_views as views

urlpatterns = [
    path("sessions/<int:pk>/", views.session_manage, name="manage"),
]
