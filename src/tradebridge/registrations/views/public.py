"""A person's registration pages: the form, and their own registration (change, cancel, seats
in agenda items). Thin: parse, call one service, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.accounts.rules import refusal_reason
from tradebridge.errors import ApplicationError
from tradebridge.events.documents import programme_ics
from tradebridge.events.models import AgendaItem, Event
from tradebridge.events.selectors import events_visible_to, programme_document
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error

from .. import rules, selectors, services
from ..forms import ChangeForm, RegistrationForm, initial_of
from ..models import ItemRegistration


def _event(request: HttpRequest, slug: str) -> Event:
    try:
        return events_visible_to(request.user).get(slug=slug)
    except Event.DoesNotExist:
        raise Http404 from None


def register(request: HttpRequest, slug: str) -> HttpResponse:
    """The public form. Visitors are asked to sign in (their registration is kept with their
    account, and its e-mails go there); a person already registered goes to their page."""
    event = _event(request, slug)
    settings = selectors.registration_settings_of(event)
    version = services.required_privacy_version(settings)
    user = request.user
    if user.is_authenticated and selectors.live_registration_of(user, event):
        return redirect("registrations:mine", slug=event.slug)
    can_register = rules.can_register_self(user)
    initial = {"full_name": getattr(user, "full_name", ""), "role": "attendee"}
    if getattr(user, "language", "") == "zh-hans":
        initial["languages"] = ["zh"]
    form = RegistrationForm(
        request.POST or None,
        with_email=False,
        consent_version=version,
        initial=initial,
    )
    if request.method == "POST":
        if not can_register:
            messages.error(request, refusal_reason(user))
        elif form.is_valid():
            try:
                registration = services.registration_register_self(
                    actor=user,
                    event=event,
                    data=form.to_input(email=user.email),  # type: ignore[union-attr]
                    consented=form.cleaned_data["consent"],
                    consent_version=form.cleaned_data["consent_version"],
                )
            except ApplicationError as error:
                add_service_error(form, error)
            else:
                if registration.status == registration.Status.CONFIRMED:
                    messages.success(request, _("You are registered. See you there!"))
                else:
                    messages.info(request, _("The event is full: you are on the waiting list."))
                return redirect("registrations:mine", slug=event.slug)
    return render(
        request,
        "registrations/register.html",
        {
            "event": event,
            "form": form,
            "settings": settings,
            "counts": selectors.registration_counts(event),
            "can_register": can_register,
            "refusal": refusal_reason(user) if user.is_authenticated else "",
        },
    )


@login_required
def mine(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """The person's own registration: what it says, where they stand, their agenda items."""
    event = _event(request, slug)
    registration = selectors.live_registration_of(request.user, event)
    if registration is None:
        return render(
            request,
            "registrations/mine.html",
            {
                "event": event,
                "registration": None,
                "past": selectors.registrations_of(request.user).filter(event=event),
            },
        )
    form = ChangeForm(
        request.POST or None,
        with_email=False,
        consent_version=registration.consent_version,
        initial=initial_of(registration),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.registration_change(
                actor=request.user,
                registration=registration,
                data=form.to_input(email=registration.email),
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Your registration was changed."))
            return redirect("registrations:mine", slug=event.slug)
    return render(
        request,
        "registrations/mine.html",
        {
            "event": event,
            "registration": registration,
            "position": selectors.waiting_position(registration),
            "form": form,
            "items": selectors.items_for(registration),
        },
    )


@login_required
def mine_ics(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """The person's own programme as a calendar file, in the event's time zone (the
    programme's ICS builder)."""
    event = _event(request, slug)
    registration = selectors.live_registration_of(request.user, event)
    if registration is None or registration.status != registration.Status.CONFIRMED:
        raise Http404
    document = programme_document(
        event,
        selectors.my_programme_items(registration),
        subtitle=f"{event.title} – {registration.full_name}",
    )
    response = HttpResponse(programme_ics(document), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-my-programme.ics"'
    return response


@login_required
@require_POST
def cancel(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = _event(request, slug)
    registration = selectors.live_registration_of(request.user, event)
    if registration is None:
        raise Http404
    try:
        services.registration_cancel(actor=request.user, registration=registration)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect("registrations:mine", slug=event.slug)


@login_required
@require_POST
def item_register(request: AuthenticatedHttpRequest, slug: str, item_id: int) -> HttpResponse:
    event = _event(request, slug)
    registration = selectors.live_registration_of(request.user, event)
    item = get_object_or_404(AgendaItem, pk=item_id, event=event)
    if registration is None:
        raise Http404
    try:
        taken = services.item_register(actor=request.user, registration=registration, item=item)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        if taken.status == taken.Status.CONFIRMED:
            messages.success(request, _("Your seat is confirmed."))
        else:
            messages.info(request, _("This item is full: you are on its waiting list."))
    return redirect("registrations:mine", slug=event.slug)


@login_required
@require_POST
def item_cancel(request: AuthenticatedHttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _event(request, slug)
    item_registration = get_object_or_404(
        ItemRegistration.objects.select_related("registration__event", "agenda_item"),
        pk=pk,
        registration__event=event,
    )
    if not rules.can_change_registration(request.user, item_registration.registration):
        raise Http404
    try:
        services.item_cancel(actor=request.user, item_registration=item_registration)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your seat in this item is cancelled."))
    return redirect("registrations:mine", slug=event.slug)
