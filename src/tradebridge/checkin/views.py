"""The secretariat's check-in pages: the desk (scan, type or search, and the answer at once),
the live attendance figures, and the badges' PDF. Thin views: parse, call one service or
selector, render."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_POST

from tradebridge.errors import ApplicationError
from tradebridge.events.models import Event
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error, allowed_only

from . import badges, rules, selectors
from .forms import BadgesForm, ScanForm, SearchForm, new_nonce
from .models import BadgePrint
from .services import Outcome, badge_print_request, check_in

desk_staff = allowed_only(rules.can_check_in)
badge_staff = allowed_only(rules.can_print_badges)
attendance_staff = allowed_only(rules.can_see_attendance)

# The desk remembers its name and what it checks in for, between scans.
DESK_KEY = "checkin_desk"
ITEM_KEY = "checkin_item"
# The desk uses the camera of the device it runs on (the QR decoder); every other page may not.
DESK_PERMISSIONS = (
    "accelerometer=(), camera=(self), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


def _fresh_form(request: AuthenticatedHttpRequest, event: Event) -> ScanForm:
    return ScanForm(
        event=event,
        initial={
            "desk": request.session.get(DESK_KEY, ""),
            "item": request.session.get(ITEM_KEY),
            "nonce": new_nonce(),
        },
    )


@desk_staff
def desk(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """GET: the desk, ready to scan (and the people a search finds). POST: a scan, answered at
    the top of the same page, with the form ready for the next one."""
    event = get_object_or_404(Event, slug=slug)
    outcome: Outcome | None = None
    form = _fresh_form(request, event)
    if request.method == "POST":
        posted = ScanForm(request.POST, event=event)
        if posted.is_valid():
            data = posted.cleaned_data
            request.session[DESK_KEY] = data["desk"]
            request.session[ITEM_KEY] = data["item"].pk if data["item"] else None
            try:
                outcome = check_in(
                    actor=request.user,
                    code=data["code"],
                    event=event,
                    item=data["item"],
                    desk=data["desk"],
                    nonce=data["nonce"],
                )
            except ApplicationError as error:
                add_service_error(posted, error)
                form = posted
            else:
                form = _fresh_form(request, event)
        else:
            form = posted
    search = SearchForm(request.GET or None)
    found = selectors.search(event, search.cleaned_data["q"]) if search.is_valid() else []
    response = render(
        request,
        "checkin/desk.html",
        {
            "event": event,
            "form": form,
            "outcome": outcome,
            "message": outcome.message(event) if outcome else "",
            "search": search,
            "found": found,
            "checked_in": selectors.checked_in_ids(event, [r.pk for r in found]),
            "next_nonce": new_nonce,
            "badges_form": BadgesForm(),
            "can_print": rules.can_print_badges(request.user, event),
        },
        status=400 if request.method == "POST" and outcome is None else 200,
    )
    response["Permissions-Policy"] = DESK_PERMISSIONS
    return response


@badge_staff
@require_POST
def badges_request(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """Queue every confirmed attendee's badge, A6 or four to an A4 sheet; the next page waits
    for them."""
    event = get_object_or_404(Event, slug=slug)
    form = BadgesForm(request.POST)
    layout = form.cleaned_data["layout"] if form.is_valid() else badges.LAYOUTS[0]
    batch = badge_print_request(
        actor=request.user, event=event, layout=layout, language=get_language() or "en"
    )
    return redirect("checkin:print", pk=batch.pk)


def _batch(request: AuthenticatedHttpRequest, pk: int) -> BadgePrint:
    return get_object_or_404(BadgePrint.objects.select_related("event").defer("pdf"), pk=pk)


@badge_staff
@require_GET
def print_status(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    batch = _batch(request, pk)
    return render(request, "checkin/print.html", {"batch": batch, "event": batch.event})


@badge_staff
@require_GET
def print_progress(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    batch = _batch(request, pk)
    return render(request, "checkin/_print_progress.html", {"batch": batch})


@badge_staff
@require_GET
def print_pdf(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(
        BadgePrint.objects.select_related("event"), pk=pk, status=BadgePrint.Status.DONE
    )
    response = HttpResponse(bytes(batch.pdf or b""), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="badges-{batch.event.slug}-{batch.layout}.pdf"'
    )
    return response


@attendance_staff
@require_GET
def attendance(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """Registered, checked in and no-shows for the event and each item; the table refreshes
    itself (htmx polls ``attendance_live``)."""
    event = get_object_or_404(Event, slug=slug)
    return render(
        request,
        "checkin/attendance.html",
        {"event": event, "figures": selectors.attendance(event)},
    )


@attendance_staff
@require_GET
def attendance_live(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    return render(
        request,
        "checkin/_figures.html",
        {"event": event, "figures": selectors.attendance(event)},
    )
