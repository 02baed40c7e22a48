"""Event pages: the public list and detail, and the secretariat's forms to create and edit an
event and to add a match-making session to it. Thin views: parse, call a service, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from tradebridge.errors import ApplicationError
from tradebridge.matchmaking import rules
from tradebridge.matchmaking.models import Participant, Session
from tradebridge.matchmaking.services import event_create, event_update, session_create
from tradebridge.web.http import AuthenticatedHttpRequest, add_service_error, allowed_only

from .forms import EventForm, SessionForm
from .models import Event

staff_only = allowed_only(rules.can_manage_sessions)


def _visible_events(request: HttpRequest) -> Any:
    events = Event.objects.all()
    if not rules.can_manage_sessions(request.user):
        events = events.filter(is_public=True)
    return events


def event_list(request: HttpRequest) -> HttpResponse:
    events = _visible_events(request).annotate(session_count=Count("sessions"))
    return render(
        request,
        "events/list.html",
        {"events": events, "can_manage": rules.can_manage_sessions(request.user)},
    )


def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    sessions = Session.objects.annotate(
        participant_count=Count(
            "participants", filter=~Q(participants__status=Participant.Status.CANCELLED)
        )
    ).order_by("starts_at")
    try:
        event = (
            _visible_events(request)
            .prefetch_related(Prefetch("sessions", queryset=sessions))
            .get(slug=slug)
        )
    except Event.DoesNotExist:
        raise Http404 from None
    return render(
        request,
        "events/detail.html",
        {"event": event, "can_manage": rules.can_manage_sessions(request.user)},
    )


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


@staff_only
def session_create_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    form = SessionForm(
        request.POST or None, initial={"date": event.starts_on, "start": "14:00", "end": "17:00"}
    )
    # The deadline is typed in the event's time zone, whoever types it.
    with timezone.override(event.zone):
        valid = request.method == "POST" and form.is_valid()
    if valid:
        try:
            session = session_create(actor=request.user, event=event, data=form.to_input())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The session has been created with its slots and tables."))
            return redirect("matchmaking:manage", pk=session.pk)
    return render(request, "events/session_form.html", {"form": form, "event": event})
