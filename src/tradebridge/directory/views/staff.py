"""Bulk import and export pages (staff only): upload → preview → confirm, templates, exports."""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy

from tradebridge.background.services import tasks_recover
from tradebridge.http.views import AuthenticatedHttpRequest, allowed_only

from .. import rules
from ..exporting import export_csv, export_xlsx, template_csv, template_xlsx
from ..forms import FilterForm
from ..importing import (
    COLUMNS,
    MAX_BYTES,
    MAX_ROWS,
    ImportRejected,
    Problem,
    batch_parsed,
    import_batch_confirm,
    import_batch_create,
    plan_import,
)
from ..models import ImportBatch
from ..selectors import filter_choices, organization_list

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"


staff_only = allowed_only(rules.can_manage_directory)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (.xlsx or .csv)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )


@staff_only
def import_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    problems: list[Any] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            # One byte past the limit is enough for the import to refuse a file as too large;
            # reading a whole multi-gigabyte upload into memory first is not.
            batch = import_batch_create(
                filename=upload.name, content=upload.read(MAX_BYTES + 1), actor=request.user
            )
        except ImportRejected as error:
            problems = error.problems
        else:
            return redirect("directory:import-preview", pk=batch.pk)
    recent = ImportBatch.objects.select_related("created_by")[:10]
    return render(
        request,
        "directory/import.html",
        {
            "form": form,
            "problems": problems,
            "columns": COLUMNS,
            "max_rows": MAX_ROWS,
            "recent": recent,
        },
    )


@staff_only
def import_preview_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch.objects.select_related("created_by"), pk=pk)
    if batch.status == ImportBatch.Status.RUNNING:
        # The worker importing it may have died: recovery then ends the batch, saying so.
        tasks_recover()
        batch.refresh_from_db()
    problems: list[Any] = []
    if request.method == "POST":
        try:
            import_batch_confirm(batch=batch, actor=request.user)
        except ImportRejected as error:
            problems = error.problems
        else:
            return redirect("directory:import-preview", pk=batch.pk)
    plan = None
    if batch.status == ImportBatch.Status.PREVIEW:
        plan = plan_import(batch_parsed(batch))
        problems = problems or plan.problems
    elif batch.status == ImportBatch.Status.FAILED and not problems:
        problems = [
            Problem(p["code"], p["row"], p["column"], p["params"])
            for p in batch.summary.get("problems", [])
        ]
    rows_with_problems = {p.row for p in problems if p.row is not None}
    return render(
        request,
        "directory/import_preview.html",
        {
            "batch": batch,
            "plan": plan,
            "problems": problems,
            "file_problems": [p for p in problems if p.row is None],
            "rows_with_problems": rows_with_problems,
            "ignored": batch.payload.get("ignored", []),
        },
    )


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@staff_only
def import_template_view(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt == "xlsx":
        return _download(template_xlsx(), XLSX, "tradebridge-import-template.xlsx")
    if fmt == "csv":
        return _download(template_csv(), CSV, "tradebridge-import-template.csv")
    raise Http404


@staff_only
def export_view(request: HttpRequest, fmt: str) -> HttpResponse:
    """The whole directory, or what the list page's filters select (same query string)."""
    if fmt not in ("xlsx", "csv"):
        raise Http404
    form = FilterForm(request.GET or None, choices=filter_choices())
    organizations = organization_list(user=request.user, filters=form.filters())
    stamp = timezone.localdate().isoformat()
    if fmt == "xlsx":
        return _download(export_xlsx(organizations), XLSX, f"tradebridge-directory-{stamp}.xlsx")
    return _download(export_csv(organizations), CSV, f"tradebridge-directory-{stamp}.csv")
