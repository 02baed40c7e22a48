from django.urls import path

from . import views

app_name = "webhooks"
urlpatterns = [
    path("", views.endpoint_list, name="list"),
    path("new/", views.endpoint_create_view, name="create"),
    path("<int:endpoint_id>/", views.endpoint_detail, name="endpoint"),
    path("<int:endpoint_id>/edit/", views.endpoint_edit_view, name="edit"),
    path("<int:endpoint_id>/action/", views.endpoint_action, name="action"),
    path("deliveries/<int:delivery_id>/resend/", views.delivery_resend_view, name="resend"),
]
