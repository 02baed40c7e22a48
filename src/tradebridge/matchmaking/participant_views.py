"""Match-making pages of enterprise representatives."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Session
from .selectors import participations_of


@login_required
def my_sessions(request: HttpRequest) -> HttpResponse:
    return render(
        request, "matchmaking/mine.html", {"participations": participations_of(request.user)}
    )


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session: Session = get_object_or_404(Session.objects.select_related("event"), pk=pk)
    return render(request, "matchmaking/mine.html", {"session": session})


@login_required
def agenda(request: HttpRequest, pk: int) -> HttpResponse:
    session: Session = get_object_or_404(Session.objects.select_related("event"), pk=pk)
    return render(request, "matchmaking/mine.html", {"session": session})
