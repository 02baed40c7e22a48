"""The secretariat's event forms: create and edit an event. Thin views: parse, call a
service, render."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from tradebridge.errors import ApplicationError
from tradebridge.http.views import AuthenticatedHttpRequest, allowed_only

from .. import rules
from ..forms import EventForm
from ..models import Event
from ..services import event_create, event_update

staff_only = allowed_only(rules.can_manage_events)


@staff_only
def event_create_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            event = event_create(actor=request.user, data=form.to_input())
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The event has been created."))
            return redirect(event)
    return render(request, "events/event_form.html", {"form": form, "event": None})


@staff_only
def event_edit_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    form = EventForm(request.POST or None, initial=EventForm.initial_for(event), editing=True)
    if request.method == "POST" and form.is_valid():
        try:
            event_update(actor=request.user, event=event, data=form.to_input())
        except ApplicationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The event has been saved."))
            return redirect(event)
    return render(request, "events/event_form.html", {"form": form, "event": event})
