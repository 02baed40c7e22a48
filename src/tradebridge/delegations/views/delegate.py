"""A delegate's own page: their roster entry, to read (and to correct through their leader)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from tradebridge.http.views import AuthenticatedHttpRequest

from ..selectors import delegate_entries_of


@login_required
def my_entries_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    entries = delegate_entries_of(request.user).select_related("delegation__event", "organization")
    led = request.user.led_delegations.select_related("event")
    return render(request, "delegations/mine.html", {"entries": entries, "led": led})
