from django.urls import path

from . import views

app_name = "matchmaking"
urlpatterns = [path("mine/", views.my_meetings, name="mine")]
