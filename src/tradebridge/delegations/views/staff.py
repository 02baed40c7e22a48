"""The secretariat's delegation pages: every delegation with its counts, a new national
delegation, an event's letterhead. Thin views: parse, call a service or selector, render."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from tradebridge.errors import ApplicationError
from tradebridge.events.models import Event
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error, allowed_only

from .. import rules
from ..forms import DelegationForm, LetterheadForm
from ..models import Letterhead
from ..selectors import delegation_list
from ..services import delegation_create, letterhead_set

staff_only = allowed_only(rules.can_manage_delegations)


@staff_only
def delegation_list_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    event_slug = request.GET.get("event", "")
    event = Event.objects.filter(slug=event_slug).first() if event_slug else None
    delegations = list(delegation_list(request.user, event_id=event.pk if event else None))
    totals = {
        "delegations": len(delegations),
        "delegates": sum(d.delegate_count for d in delegations),  # type: ignore[attr-defined]
    }
    return render(
        request,
        "delegations/list.html",
        {
            "delegations": delegations,
            "totals": totals,
            "event": event,
            "events": Event.objects.filter(delegations__isnull=False).distinct(),
        },
    )


@staff_only
def delegation_create_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = DelegationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            delegation = delegation_create(actor=request.user, data=form.to_input())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The delegation has been created."))
            return redirect(delegation)
    return render(request, "delegations/delegation_form.html", {"form": form, "delegation": None})


@staff_only
def event_letterhead_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    current = Letterhead.objects.filter(event=event).first()
    form = LetterheadForm(request.POST or None, initial=LetterheadForm.initial_for(current))
    if request.method == "POST" and form.is_valid():
        try:
            letterhead_set(actor=request.user, data=form.to_input(), event=event)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The letterhead has been saved."))
            return redirect("delegations:list")
    return render(
        request,
        "delegations/letterhead_form.html",
        {"form": form, "event": event, "delegation": None},
    )
