"""Match-making pages of the secretariat."""

from __future__ import annotations

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Session


@staff_member_required
def session_manage(request: HttpRequest, pk: int) -> HttpResponse:
    session: Session = get_object_or_404(Session.objects.select_related("event"), pk=pk)
    return render(request, "matchmaking/mine.html", {"session": session})
