"""The secretariat's statistics series: create one, change it, import its values from CSV.
Thin views: parse, call a service, render."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from tradebridge.errors import ApplicationError
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error, allowed_only

from .. import rules, services
from ..forms import SeriesForm
from ..models import Series

staff_only = allowed_only(rules.can_manage_series)


@staff_only
def series_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    return render(request, "insights/series_list.html", {"series_list": Series.objects.all()})


@staff_only
def series_edit(request: AuthenticatedHttpRequest, slug: str | None = None) -> HttpResponse:
    series = get_object_or_404(Series, slug=slug) if slug else None
    initial = SeriesForm.initial_for(series) if series else None
    form = SeriesForm(request.POST or None, request.FILES or None, initial=initial)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        try:
            # The texts and the values together: a bad file leaves the series as it was.
            with transaction.atomic():
                if series is None:
                    series = services.series_create(actor=request.user, data=form.to_input())
                else:
                    services.series_update(actor=request.user, series=series, data=form.to_input())
                count = (
                    services.series_import(actor=request.user, series=series, content=upload.read())
                    if upload
                    else None
                )
        except ApplicationError as error:
            series = get_object_or_404(Series, slug=slug) if slug else None
            if error.code == "import_errors":
                errors = list(error.details.get("errors", []))
                form.add_error("file", _("The file was not imported: nothing has changed."))
            else:
                add_service_error(form, error)
        else:
            if count is not None:
                messages.success(
                    request, _("The series has been saved with %(n)d values.") % {"n": count}
                )
            else:
                messages.success(request, _("The series has been saved."))
            return redirect(series)
    return render(
        request, "insights/series_form.html", {"form": form, "series": series, "errors": errors}
    )
