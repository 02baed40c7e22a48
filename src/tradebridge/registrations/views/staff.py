"""The secretariat's registration pages: the list of an event's registrations with filters,
figures and pages; registering someone on their behalf; changing or cancelling a registration;
the event's capacity."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.accounts.rules import is_secretariat
from tradebridge.errors import ApplicationError
from tradebridge.events.models import Event
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error, allowed_only

from .. import selectors, services
from ..forms import ChangeForm, RegistrationForm, SettingsForm, StaffFilterForm, initial_of
from ..models import Registration

PAGE_SIZE = 50


@allowed_only(is_secretariat)
def registration_list(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    filters_form = StaffFilterForm(request.GET or None)
    filters = selectors.StaffFilters()
    if filters_form.is_valid():
        data = filters_form.cleaned_data
        filters = selectors.StaffFilters(status=data["status"], role=data["role"], query=data["q"])
    rows = selectors.registrations_for_staff(event, filters)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    settings = selectors.registration_settings_of(event)
    settings_form = SettingsForm(
        initial={"capacity": settings.capacity, "is_open": settings.is_open}
    )
    query = urlencode(
        {
            k: v
            for k, v in (("q", filters.query), ("status", filters.status), ("role", filters.role))
            if v
        }
    )
    return render(
        request,
        "registrations/staff/list.html",
        {
            "event": event,
            "page": page,
            "filters_form": filters_form,
            "query": query,
            "counts": selectors.registration_counts(event),
            "roles": [
                (label, selectors.role_counts(event).get(value, 0))
                for value, label in Registration.Role.choices
            ],
            "settings_form": settings_form,
            "items": selectors.item_lines(event),
        },
    )


@allowed_only(is_secretariat)
@require_POST
def settings_update(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    form = SettingsForm(request.POST)
    if form.is_valid():
        try:
            services.registration_settings_update(
                actor=request.user,
                event=event,
                capacity=form.cleaned_data["capacity"],
                is_open=form.cleaned_data["is_open"],
            )
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The registration settings are saved."))
    else:
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return redirect("registrations:staff-list", slug=event.slug)


@allowed_only(is_secretariat)
def registration_create(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    version = services.required_privacy_version(selectors.registration_settings_of(event))
    form = RegistrationForm(request.POST or None, staff=True, consent_version=version)
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.registration_register_by_staff(
                actor=request.user,
                event=event,
                data=form.to_input(),
                consented=form.cleaned_data["consent"],
                consent_version=form.cleaned_data["consent_version"],
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("%(name)s is registered (%(status)s).")
                % {"name": registration.full_name, "status": registration.get_status_display()},
            )
            return redirect("registrations:staff-list", slug=event.slug)
    return render(
        request,
        "registrations/staff/form.html",
        {"event": event, "form": form, "registration": None},
    )


@allowed_only(is_secretariat)
def registration_edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(Registration.objects.select_related("event"), pk=pk)
    form = ChangeForm(
        request.POST or None,
        staff=True,
        consent_version=registration.consent_version,
        initial=initial_of(registration),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.registration_change(
                actor=request.user, registration=registration, data=form.to_input()
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The registration was changed."))
            return redirect("registrations:staff-list", slug=registration.event.slug)
    return render(
        request,
        "registrations/staff/form.html",
        {"event": registration.event, "form": form, "registration": registration},
    )


@allowed_only(is_secretariat)
@require_POST
def registration_cancel(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    registration = get_object_or_404(Registration.objects.select_related("event"), pk=pk)
    if registration.status == Registration.Status.CANCELLED:
        raise Http404
    try:
        promoted = services.registration_cancel(actor=request.user, registration=registration)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s's registration is cancelled.") % {"name": registration.full_name},
        )
        for person in promoted:
            messages.info(
                request,
                _("%(name)s moved up from the waiting list.") % {"name": person.full_name},
            )
    return redirect("registrations:staff-list", slug=registration.event.slug)
