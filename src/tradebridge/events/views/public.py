"""The public event pages: the list and an event's page, with the sections the apps above
events add to them (see ``sections``). Thin views: read, render."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from .. import rules
from ..models import Event
from ..sections import sections
from ..selectors import events_visible_to


def event_list(request: HttpRequest) -> HttpResponse:
    can_manage = rules.can_manage_events(request.user)
    listed = [s for s in sections() if s.list_template]
    events = events_visible_to(request.user)
    for section in listed:
        if section.annotate is not None:
            events = section.annotate(events)
    rows: list[tuple[Event, list[SafeString]]] = [
        (
            event,
            [
                mark_safe(
                    render_to_string(s.list_template, {"event": event}, request=request).strip()
                )
                for s in listed
            ],
        )
        for event in events
    ]
    return render(request, "events/list.html", {"rows": rows, "can_manage": can_manage})


def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        event = events_visible_to(request.user).get(slug=slug)
    except Event.DoesNotExist:
        raise Http404 from None
    can_manage = rules.can_manage_events(request.user)
    parts: list[SafeString] = []
    heads: list[SafeString] = []
    for s in sections():
        context = {"event": event, "can_manage": can_manage, **s.context(request, event)}
        parts.append(mark_safe(render_to_string(s.template, context, request=request)))
        if s.head_template:
            heads.append(mark_safe(render_to_string(s.head_template, context, request=request)))
    return render(
        request,
        "events/detail.html",
        {"event": event, "can_manage": can_manage, "sections": parts, "heads": heads},
    )
