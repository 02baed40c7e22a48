"""Match-making pages of enterprise representatives: thin views that parse input, call one
service or selector, and render. A representative sees its own participant's requests,
meetings and agenda only: anything else is a 404."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.directory.models import Organization
from tradebridge.directory.selectors import organizations_of
from tradebridge.errors import ApplicationError
from tradebridge.events import rules as event_rules
from tradebridge.http.page_cache import page_valid_until
from tradebridge.http.views import AuthenticatedHttpRequest, HtmxHttpRequest, add_service_error
from tradebridge.notifications.selectors import notifications_of
from tradebridge.notifications.services import notifications_mark_read

from .. import documents, recommendations, rules, services
from ..forms.participant import AvailabilityForm, OutcomeForm, PartnerFilterForm, RequestForm
from ..models import DayReport, Meeting, MeetingOutcome, MeetingRequest, Participant, Session
from ..selectors import day
from ..selectors import participant as selectors

logger = logging.getLogger(__name__)
PARTNERS_PER_PAGE = 20


def _session(request: HttpRequest, pk: int) -> Session:
    session: Session = get_object_or_404(Session.objects.select_related("event"), pk=pk)
    if not rules.can_view_session(request.user, session):
        raise Http404
    return session


def _mine(request: HttpRequest, pk: int) -> Participant:
    """The user's participant in session ``pk``, or 404: another organization's pages do not
    exist for this user."""
    session = _session(request, pk)
    participant = selectors.my_participant(request.user, session)
    if participant is None:
        raise Http404
    return participant


def _zh() -> bool:
    return (get_language() or "en").startswith("zh")


# --- overview and session page ------------------------------------------------------------


@login_required
def my_sessions(request: AuthenticatedHttpRequest) -> HttpResponse:
    notifications = notifications_of(request.user)
    return render(
        request,
        "matchmaking/mine.html",
        {
            "participations": selectors.my_participations(request.user),
            "open_sessions": selectors.open_sessions_for(request.user),
            "notifications": notifications,
            "unread": any(n.read_at is None for n in notifications),
        },
    )


@login_required
@require_POST
def notifications_read(request: AuthenticatedHttpRequest) -> HttpResponse:
    notifications_mark_read(actor=request.user)
    return redirect("matchmaking:mine")


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = _session(request, pk)
    participant = selectors.my_participant(request.user, session)
    registrable: list[Organization] = []
    if participant is None and session.registration_open and session.status == Session.Status.OPEN:
        # A withdrawn organization may register again (participant_add brings it back).
        taken = set(
            session.participants.exclude(status=Participant.Status.CANCELLED).values_list(
                "organization_id", flat=True
            )
        )
        registrable = [o for o in organizations_of(request.user) if o.pk not in taken]
    return render(
        request,
        "matchmaking/session.html",
        {
            "session": session,
            "event": session.event,
            # The event's page is linked for whoever may see it (an unlisted event's
            # participants do: events.guests).
            "event_visible": event_rules.can_view_event(request.user, session.event),
            "participant": participant,
            "registrable": registrable,
            "slots": session.slots.filter(is_active=True),
        },
    )


@login_required
@require_POST
def register(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _session(request, pk)
    organization = organizations_of(request.user).filter(slug=request.POST.get("organization"))
    chosen = organization.first()
    if chosen is None:
        raise Http404
    try:
        services.participant_add(actor=request.user, session=session, organization=chosen)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect(session)
    messages.success(
        request,
        _("%(name)s is registered. Now tell us when you can meet and who attends.")
        % {"name": chosen.name},
    )
    return redirect("matchmaking:availability", pk=session.pk)


@login_required
@require_POST
def withdraw(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The organization no longer takes part: its meetings are cancelled."""
    participant = _mine(request, pk)
    try:
        services.participant_cancel(actor=request.user, participant=participant)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s no longer takes part in this session.")
            % {"name": participant.organization.name},
        )
    return redirect("matchmaking:session", pk=participant.session_id)


@login_required
def availability(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    participant = _mine(request, pk)
    initial = {
        "unavailable": list(participant.unavailable.all()),
        "attendees": list(participant.attendees.all()),
        "attendee_count": participant.attendee_count,
        "languages": participant.languages,
    }
    form = AvailabilityForm(request.POST or None, initial=initial, participant=participant)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.participant_set_availability(
                actor=request.user,
                participant=participant,
                unavailable=list(data["unavailable"]),
                attendees=list(data["attendees"]),
                attendee_count=data["attendee_count"],
                languages=data["languages"],
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Your availability has been saved."))
            return redirect("matchmaking:session", pk=participant.session_id)
    return render(
        request,
        "matchmaking/availability.html",
        {"participant": participant, "session": participant.session, "form": form},
    )


# --- partners and requests ---------------------------------------------------------------


@login_required
def partners(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    participant = _mine(request, pk)
    session = participant.session
    form = PartnerFilterForm(request.GET or None, sectors=selectors.session_sectors(session))
    states = selectors.request_states(participant)
    listed = selectors.session_partners(participant, viewer=request.user, **form.values())
    # A session of hundreds: one page of partners at a time, the count over all of them.
    page = Paginator(listed, PARTNERS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context: dict[str, object] = {
        "participant": participant,
        "session": session,
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "rows": [(p, states.get(p.pk, "")) for p in page.object_list],
    }
    if request.htmx:
        return render(request, "matchmaking/_partners.html", context)
    try:
        suggestions = recommendations.suggestions_for(participant)
    except Exception:
        # The participant list and requests must work even when the recommender does not
        # (a model that fails to load, a store that cannot be read).
        logger.exception("recommendations failed for session %s", session.pk)
        suggestions = []
        context["recommendations_failed"] = True
    people = (
        Participant.objects.filter(rules.listed_partners(request.user))
        .select_related("organization")
        .in_bulk([s.participant_id for s in suggestions])
    )
    language = "zh-hans" if _zh() else "en"
    context["suggestions"] = [
        {
            "partner": people[s.participant_id],
            "score": s.score,
            "reasons": s.shown_in(language),
            "state": states.get(s.participant_id, ""),
        }
        for s in suggestions
        if s.participant_id in people
    ]
    context["remaining"] = _remaining(participant)
    return render(request, "matchmaking/partners.html", context)


def _remaining(participant: Participant) -> int:
    sent = (
        MeetingRequest.objects.filter(requester=participant)
        .exclude(status=MeetingRequest.Status.WITHDRAWN)
        .count()
    )
    return max(0, participant.session.max_requests - sent)


@login_required
def request_new(request: AuthenticatedHttpRequest, pk: int, partner: int) -> HttpResponse:
    participant = _mine(request, pk)
    recipient = get_object_or_404(
        Participant.objects.select_related("organization").exclude(pk=participant.pk),
        pk=partner,
        session_id=participant.session_id,
    )
    if not rules.can_request_meeting_with(request.user, recipient):
        raise Http404
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_create(
                actor=request.user,
                requester=participant,
                recipient=recipient,
                priority=form.cleaned_data["priority"],
                message=form.cleaned_data["message"],
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            if Meeting.objects.filter(
                Q(first=participant, second=recipient) | Q(first=recipient, second=participant),
                status=Meeting.Status.CONFIRMED,
            ).exists():
                messages.success(
                    request,
                    _("%(name)s had asked to meet you too: the meeting is confirmed.")
                    % {"name": recipient.organization.name},
                )
            else:
                messages.success(
                    request,
                    _("Your request has been sent to %(name)s.")
                    % {"name": recipient.organization.name},
                )
            return redirect("matchmaking:requests", pk=participant.session_id)
    return render(
        request,
        "matchmaking/request_form.html",
        {
            "participant": participant,
            "session": participant.session,
            "partner": recipient,
            "form": form,
            "remaining": _remaining(participant),
        },
    )


@login_required
def requests(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    participant = _mine(request, pk)
    lists = selectors.requests_of(participant)
    return render(
        request,
        "matchmaking/requests.html",
        {
            "participant": participant,
            "session": participant.session,
            "lists": lists,
            "remaining": lists.remaining(participant.session),
        },
    )


def _own_request(request: HttpRequest, pk: int, *, side: str) -> MeetingRequest:
    """A request the user's organization received (``side="recipient"``) or sent."""
    found = (
        MeetingRequest.objects.filter(
            pk=pk, **{f"{side}__organization__representatives__user_id": request.user.pk}
        )
        .select_related("session", "requester__organization", "recipient__organization")
        .first()
    )
    if found is None:
        raise Http404
    return found


@login_required
@require_POST
def request_answer(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    meeting_request = _own_request(request, pk, side="recipient")
    decision = request.POST.get("decision")
    if decision not in ("accept", "decline"):
        messages.error(request, _("Choose to accept or to decline."))
    else:
        try:
            services.request_answer(
                actor=request.user, request=meeting_request, accept=decision == "accept"
            )
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            name = meeting_request.requester.organization.name
            messages.success(
                request,
                _("You accepted the meeting with %(name)s.") % {"name": name}
                if decision == "accept"
                else _("You declined the request of %(name)s.") % {"name": name},
            )
    return redirect("matchmaking:requests", pk=meeting_request.session_id)


@login_required
@require_POST
def request_withdraw(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    meeting_request = _own_request(request, pk, side="requester")
    try:
        services.request_withdraw(actor=request.user, request=meeting_request)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your request has been withdrawn."))
    return redirect("matchmaking:requests", pk=meeting_request.session_id)


# --- agenda ---------------------------------------------------------------------------------


@login_required
def agenda(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The day on a phone: the meeting now and the next one first (table number large), then
    every meeting with its partner, table, interpreter and contact, and buttons to tell the
    organizers "running late" or "partner not here" while that makes sense."""
    participant = _mine(request, pk)
    session = participant.session
    published = session.published_run_id is not None
    now = timezone.now()
    rows = selectors.agenda_of(participant) if published else []
    reports = day.reports_of(participant) if published else {}
    for row in rows:
        kinds = day.report_kinds(row.placement, session, now)
        row.reports = [  # type: ignore[attr-defined]
            {
                "kind": kind,
                "label": label,
                "sent": reports.get((row.placement.meeting_id, kind)),
                "can": kind in kinds,
            }
            for kind, label in DayReport.Kind.choices
            if kind in kinds or (row.placement.meeting_id, kind) in reports
        ]
    # A kept copy of this page (http.page_cache) holds until the next meeting begins or ends.
    page_valid_until(request, day.changes_after(rows, session, now) if published else None)
    return render(
        request,
        "matchmaking/agenda.html",
        {
            "participant": participant,
            "session": session,
            "event": session.event,
            "published": published,
            "rows": rows,
            "day": day.now_and_next(rows, now),
            "confirmed": [] if published else selectors.confirmed_meetings_of(participant),
            "now": now,
            # When this page was made: the offline copy (service worker) shows it.
            "generated_at": now,
        },
    )


@login_required
@require_POST
def day_report(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """ "Running late" or "partner not here" about one of the user's published meetings."""
    meeting = get_object_or_404(Meeting.objects.select_related("session__event"), pk=pk)
    participant = selectors.my_participant(request.user, meeting.session)
    if participant is None or selectors.meeting_of(participant, pk) is None:
        raise Http404
    try:
        report, created = services.day_report_create(
            actor=request.user,
            participant=participant,
            meeting=meeting,
            kind=request.POST.get("kind", ""),
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        if created:
            messages.success(
                request,
                _("The organizers have been told: %(what)s.") % {"what": report.get_kind_display()},
            )
        else:
            messages.info(
                request,
                _("You had already told the organizers: %(what)s.")
                % {"what": report.get_kind_display()},
            )
    return redirect("matchmaking:agenda", pk=meeting.session_id)


def _agenda_document(participant: Participant) -> documents.Agenda:
    return selectors.agenda_document(participant, zh=_zh())


@login_required
def agenda_pdf(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    participant = _mine(request, pk)
    response = HttpResponse(
        documents.agenda_pdf(_agenda_document(participant)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="agenda-{pk}.pdf"'
    return response


@login_required
def agenda_ics(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    participant = _mine(request, pk)
    response = HttpResponse(
        documents.agenda_ics(_agenda_document(participant)),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="agenda-{pk}.ics"'
    return response


# --- after the meeting ------------------------------------------------------------------------


@login_required
def outcome(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.select_related("session__event"), pk=pk)
    participant = selectors.my_participant(request.user, meeting.session)
    found = selectors.meeting_of(participant, pk) if participant else None
    if participant is None or found is None:
        raise Http404
    meeting, partner = found
    existing = MeetingOutcome.objects.filter(meeting=meeting, participant=participant).first()
    initial = (
        {
            "held": "yes" if existing.held else "no",
            "interest": existing.interest,
            "next_step": existing.next_step,
            "notes": existing.notes,
        }
        if existing
        else None
    )
    form = OutcomeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.outcome_report(
                actor=request.user,
                meeting=meeting,
                participant=participant,
                held=data["held"],
                interest=data["interest"],
                next_step=data["next_step"],
                notes=data["notes"],
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Thank you: the outcome has been saved."))
            return redirect("matchmaking:agenda", pk=meeting.session_id)
    return render(
        request,
        "matchmaking/outcome.html",
        {
            "participant": participant,
            "session": meeting.session,
            "meeting": meeting,
            "partner": partner,
            "form": form,
        },
    )
