from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("", views.organization_list_view, name="list"),
    path("o/<slug:slug>/", views.organization_detail_view, name="detail"),
    path("o/<slug:slug>/edit/", views.organization_edit_view, name="edit"),
]

from . import transfer_views  # noqa: E402

urlpatterns += [
    path("import/", transfer_views.import_view, name="import"),
    path("import/<int:pk>/", transfer_views.import_preview_view, name="import-preview"),
    path("import/template.<str:fmt>", transfer_views.import_template_view, name="import-template"),
    path("export.<str:fmt>", transfer_views.export_view, name="export"),
]
