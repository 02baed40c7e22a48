"""Site pages that belong to no domain: the home page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tradebridge.directory.selectors import directory_stats


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"stats": directory_stats()})
