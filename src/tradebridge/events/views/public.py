"""The public event pages: the list, an event's page with the sections the apps above events
add to them (see ``sections``), and its programme (page, ICS, PDF). Thin views: read, render."""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe

from .. import documents, rules
from ..models import AgendaItem, Event, Speaker
from ..sections import item_links, sections
from ..selectors import (
    cohosts_of,
    events_visible_to,
    programme_days,
    programme_document,
    programme_items,
    speaker_items,
)


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
    parts = [
        mark_safe(
            render_to_string(
                s.template,
                {"event": event, "can_manage": can_manage, **s.context(request, event)},
                request=request,
            )
        )
        for s in sections()
    ]
    return render(
        request,
        "events/detail.html",
        {
            "event": event,
            "can_manage": can_manage,
            "sections": parts,
            "cohosts": cohosts_of(event),
            "has_programme": event.agenda_items.exists(),
        },
    )


def _visible_event(request: HttpRequest, slug: str) -> Event:
    event = Event.objects.filter(slug=slug).first()
    if event is None or not rules.can_view_programme(request.user, event):
        raise Http404
    return event


def programme(request: HttpRequest, slug: str) -> HttpResponse:
    """The public programme: a section per day, times in the event's time zone."""
    event = _visible_event(request, slug)
    items = list(programme_items(event))
    links = item_links(request, items)
    for item in items:
        item.links = links.get(item.pk, [])  # type: ignore[attr-defined]
    return render(
        request,
        "events/programme.html",
        {
            "event": event,
            "days": programme_days(event, items),
            "cohosts": cohosts_of(event),
            "can_manage": rules.can_edit_programme(request.user, event),
        },
    )


def _download(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _item_url(request: HttpRequest) -> Callable[[AgendaItem], str]:
    def url_of(item: AgendaItem) -> str:
        path = reverse("events:programme", kwargs={"slug": item.event.slug})
        return request.build_absolute_uri(f"{path}#item-{item.pk}")

    return url_of


def programme_ics_view(request: HttpRequest, slug: str) -> HttpResponse:
    event = _visible_event(request, slug)
    document = programme_document(event, list(programme_items(event)), url_of=_item_url(request))
    return _download(
        documents.programme_ics(document), "text/calendar; charset=utf-8", f"{event.slug}.ics"
    )


def programme_pdf_view(request: HttpRequest, slug: str) -> HttpResponse:
    event = _visible_event(request, slug)
    document = programme_document(event, list(programme_items(event)), subtitle=_event_days(event))
    return _download(
        documents.programme_pdf(document), "application/pdf", f"{event.slug}-programme.pdf"
    )


def speaker_ics_view(request: HttpRequest, slug: str, speaker_id: int) -> HttpResponse:
    """The items of one speaker at the event, as a calendar file."""
    event = _visible_event(request, slug)
    speaker = get_object_or_404(Speaker, pk=speaker_id)
    items = list(speaker_items(event, speaker))
    if not items:
        raise Http404
    document = programme_document(
        event,
        items,
        subtitle=f"{event.title} – {speaker.name}",
        url_of=_item_url(request),
    )
    return _download(
        documents.programme_ics(document),
        "text/calendar; charset=utf-8",
        f"{event.slug}-speaker-{speaker.pk}.ics",
    )


def _event_days(event: Event) -> str:
    first = date_format(event.starts_on, "DATE_FORMAT")
    if event.ends_on == event.starts_on:
        return first
    return f"{first} – {date_format(event.ends_on, 'DATE_FORMAT')}"
