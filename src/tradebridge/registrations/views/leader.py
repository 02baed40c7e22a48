"""A delegation's leader registers the delegation's delegates (those of its provincial
delegations too) for the event it travels to."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import ngettext

from tradebridge.delegations.models import Delegate, Delegation
from tradebridge.delegations.selectors import descendant_ids
from tradebridge.errors import ApplicationError
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error

from .. import rules, selectors, services
from ..forms import DelegatesForm


@login_required
def delegates(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation: Delegation = get_object_or_404(Delegation.objects.select_related("event"), pk=pk)
    # Someone who may not register this delegation's people is not told it exists.
    if not rules.can_register_delegates(request.user, delegation) or delegation.event is None:
        raise Http404
    event = delegation.event
    within = set(descendant_ids(delegation))
    lines = selectors.delegate_lines(within, event)
    unregistered = Delegate.objects.filter(
        pk__in=[line.delegate.pk for line in lines if line.registration is None]
    ).order_by("delegation__name", "latin_name", "full_name", "pk")
    version = services.required_privacy_version(selectors.registration_settings_of(event))
    form = DelegatesForm(request.POST or None, delegates=unregistered, consent_version=version)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.registration_register_delegates(
                actor=request.user,
                delegation=delegation,
                delegates=list(form.cleaned_data["delegates"]),
                consented=form.cleaned_data["consent"],
                consent_version=form.cleaned_data["consent_version"],
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)d delegate registered.",
                    "%(count)d delegates registered.",
                    len(created),
                )
                % {"count": len(created)},
            )
            return redirect("registrations:leader", pk=delegation.pk)
    registered = [line for line in lines if line.registration is not None]
    return render(
        request,
        "registrations/leader.html",
        {
            "delegation": delegation,
            "event": event,
            "lines": lines,
            "form": form,
            "total": len(lines),
            "registered": len(registered),
            "confirmed": len(
                [line for line in registered if line.registration.status == "confirmed"]  # type: ignore[union-attr]
            ),
        },
    )
