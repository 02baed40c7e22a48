"""The secretariat's event pages: create and edit an event, and edit its programme (items,
rooms, co-hosts) and the speakers. Thin views: parse, call a service, render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.errors import ApplicationError
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error, allowed_only

from .. import rules
from ..forms import (
    AgendaItemForm,
    CoHostForm,
    EventForm,
    RoomForm,
    SpeakerForm,
    SpeakerRoleFormSet,
    speaker_roles,
)
from ..models import AgendaItem, Event, Room, Speaker
from ..selectors import cohosts_of, programme_days, programme_items
from ..services import (
    agenda_item_create,
    agenda_item_delete,
    agenda_item_update,
    cohost_add,
    cohost_move,
    cohost_remove,
    event_create,
    event_update,
    room_create,
    room_delete,
    room_update,
    speaker_create,
    speaker_update,
)

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


# The programme: items, rooms, co-hosts (per event) and speakers (shared by events).


def _event_for_programme(request: AuthenticatedHttpRequest, slug: str) -> Event:
    event = get_object_or_404(Event, slug=slug)
    if not rules.can_edit_programme(request.user, event):
        raise PermissionDenied
    return event


def _manage_url(event: Event, anchor: str = "") -> str:
    url = reverse("events:programme-manage", kwargs={"slug": event.slug})
    return f"{url}#{anchor}" if anchor else url


def _form_page(
    request: AuthenticatedHttpRequest, *, heading: str, event: Event | None, back: str, **forms: Any
) -> HttpResponse:
    return render(
        request,
        "events/programme_form.html",
        {"heading": heading, "event": event, "back": back, **forms},
    )


def _manage_page(
    request: AuthenticatedHttpRequest, event: Event, cohost_form: CoHostForm, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "events/programme_manage.html",
        {
            "event": event,
            "days": programme_days(event, programme_items(event)),
            "rooms": event.rooms.annotate(item_count=Count("agenda_items")).order_by("name"),
            "cohosts": cohosts_of(event),
            "cohost_form": cohost_form,
        },
        status=status,
    )


@staff_only
def programme_manage_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    return _manage_page(request, _event_for_programme(request, slug), CoHostForm())


def _item_form_view(
    request: AuthenticatedHttpRequest, event: Event, item: AgendaItem | None
) -> HttpResponse:
    if item is None:
        form = AgendaItemForm(request.POST or None, event=event)
        rows = SpeakerRoleFormSet(request.POST or None, prefix="speakers")
    else:
        form = AgendaItemForm(
            request.POST or None, event=event, initial=AgendaItemForm.initial_for(item)
        )
        rows = SpeakerRoleFormSet(
            request.POST or None,
            prefix="speakers",
            initial=[{"speaker": p.speaker_id, "role": p.role} for p in item.roles.all()],
        )
    if request.method == "POST" and form.is_valid() and rows.is_valid():
        try:
            data = form.to_input(speaker_roles(rows))
            if item is None:
                item = agenda_item_create(actor=request.user, event=event, data=data)
            else:
                item = agenda_item_update(actor=request.user, item=item, data=data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The programme has been saved."))
            return redirect(_manage_url(event, f"item-{item.pk}"))
    return _form_page(
        request,
        heading=_("New programme item") if item is None else _("Edit the programme item"),
        event=event,
        back=_manage_url(event),
        form=form,
        rows=rows,
    )


@staff_only
def item_create_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    return _item_form_view(request, _event_for_programme(request, slug), None)


@staff_only
def item_edit_view(request: AuthenticatedHttpRequest, slug: str, item_id: int) -> HttpResponse:
    event = _event_for_programme(request, slug)
    item = get_object_or_404(event.agenda_items.prefetch_related("roles"), pk=item_id)
    return _item_form_view(request, event, item)


@staff_only
def item_delete_view(request: AuthenticatedHttpRequest, slug: str, item_id: int) -> HttpResponse:
    event = _event_for_programme(request, slug)
    item = get_object_or_404(event.agenda_items, pk=item_id)
    return _remove(
        request,
        event,
        item,
        lambda: agenda_item_delete(actor=request.user, item=item),
        done=_("The item has been removed from the programme."),
        anchor=f"item-{item.pk}",
    )


def _remove(
    request: AuthenticatedHttpRequest,
    event: Event,
    subject: object,
    remove: Callable[[], None],
    *,
    done: str,
    anchor: str,
) -> HttpResponse:
    """A confirmation page for removing ``subject``; the confirmation's POST removes it."""
    if request.method == "POST":
        remove()
        messages.success(request, done)
        return redirect(_manage_url(event, anchor))
    return render(
        request,
        "events/programme_confirm.html",
        {"event": event, "subject": subject, "back": _manage_url(event, anchor)},
    )


def _room_form_view(
    request: AuthenticatedHttpRequest, event: Event, room: Room | None
) -> HttpResponse:
    initial = RoomForm.initial_for(room) if room else None
    form = RoomForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if room is None:
                room_create(actor=request.user, event=event, data=form.to_input())
            else:
                room_update(actor=request.user, room=room, data=form.to_input())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The room has been saved."))
            return redirect(_manage_url(event, "rooms"))
    return _form_page(
        request,
        heading=_("New room") if room is None else _("Edit the room"),
        event=event,
        back=_manage_url(event, "rooms"),
        form=form,
    )


@staff_only
def room_create_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    return _room_form_view(request, _event_for_programme(request, slug), None)


@staff_only
def room_edit_view(request: AuthenticatedHttpRequest, slug: str, room_id: int) -> HttpResponse:
    event = _event_for_programme(request, slug)
    return _room_form_view(request, event, get_object_or_404(event.rooms, pk=room_id))


@staff_only
def room_delete_view(request: AuthenticatedHttpRequest, slug: str, room_id: int) -> HttpResponse:
    event = _event_for_programme(request, slug)
    room = get_object_or_404(event.rooms, pk=room_id)
    return _remove(
        request,
        event,
        room,
        lambda: room_delete(actor=request.user, room=room),
        done=_("The room has been removed."),
        anchor="rooms",
    )


@staff_only
@require_POST
def cohost_add_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = _event_for_programme(request, slug)
    form = CoHostForm(request.POST)
    if form.is_valid():
        try:
            cohost_add(
                actor=request.user,
                event=event,
                organization=form.cleaned_data["organization"],
                role={
                    "en": form.cleaned_data["role_en"],
                    "zh_hans": form.cleaned_data["role_zh_hans"],
                },
            )
        except ApplicationError as error:
            add_service_error(form, error)
    if form.errors:
        # The form keeps what was typed, with the error beside its field.
        return _manage_page(request, event, form, status=400)
    messages.success(request, _("The co-host has been added."))
    return redirect(_manage_url(event, "cohosts"))


@staff_only
@require_POST
def cohost_change_view(
    request: AuthenticatedHttpRequest, slug: str, cohost_id: int
) -> HttpResponse:
    event = _event_for_programme(request, slug)
    cohost = get_object_or_404(event.cohosts, pk=cohost_id)
    action = request.POST.get("action")
    if action == "remove":
        cohost_remove(actor=request.user, cohost=cohost)
    elif action in ("up", "down"):
        cohost_move(actor=request.user, cohost=cohost, up=action == "up")
    return redirect(_manage_url(event, "cohosts"))


@staff_only
def speaker_list_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    speakers = (
        Speaker.objects.select_related("organization")
        .annotate(item_count=Count("roles"))
        .order_by("name", "pk")
    )
    return render(request, "events/speaker_list.html", {"speakers": speakers})


def _speaker_form_view(request: AuthenticatedHttpRequest, speaker: Speaker | None) -> HttpResponse:
    initial = SpeakerForm.initial_for(speaker) if speaker else None
    form = SpeakerForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if speaker is None:
                speaker_create(actor=request.user, data=form.to_input())
            else:
                speaker_update(actor=request.user, speaker=speaker, data=form.to_input())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The speaker has been saved."))
            return redirect("events:speakers")
    return _form_page(
        request,
        heading=_("New speaker") if speaker is None else _("Edit the speaker"),
        event=None,
        back=reverse("events:speakers"),
        form=form,
    )


@staff_only
def speaker_create_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    return _speaker_form_view(request, None)


@staff_only
def speaker_edit_view(request: AuthenticatedHttpRequest, speaker_id: int) -> HttpResponse:
    return _speaker_form_view(request, get_object_or_404(Speaker, pk=speaker_id))
