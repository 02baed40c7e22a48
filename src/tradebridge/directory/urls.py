from django.urls import path

from .views import public, staff

app_name = "directory"
urlpatterns = [
    path("", public.organization_list_view, name="list"),
    path("o/<slug:slug>/", public.organization_detail_view, name="detail"),
    path("o/<slug:slug>/edit/", public.organization_edit_view, name="edit"),
    path("import/", staff.import_view, name="import"),
    path("import/<int:pk>/", staff.import_preview_view, name="import-preview"),
    path("import/template.<str:fmt>", staff.import_template_view, name="import-template"),
    path("export.<str:fmt>", staff.export_view, name="export"),
]
