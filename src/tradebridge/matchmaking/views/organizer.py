"""Match-making pages of the secretariat: a new session in an event, a session's overview
(status, interpreters, tables, participants, invitations), its demand, scheduler runs with
their progress and results, the comparison with the published schedule, publishing, and the
printed table plan.

Thin views: parse the input, call one service, turn an ApplicationError into a message."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRefresh

from tradebridge.bilingual import sort_column
from tradebridge.directory.models import Organization
from tradebridge.directory.selectors import DirectoryFilters, organization_list
from tradebridge.errors import ApplicationError
from tradebridge.events.models import Event
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error, allowed_only

from .. import rules, scheduling, services
from ..documents import table_plan_pdf
from ..forms.organizer import (
    InterpreterForm,
    MeetingForm,
    ParticipantFilterForm,
    RunForm,
    SessionForm,
    SessionSettingsForm,
    StatusForm,
    WalkInForm,
)
from ..models import (
    DayReport,
    Interpreter,
    Meeting,
    MeetingRequest,
    Participant,
    ScheduleRun,
    Session,
    Table,
)
from ..selectors import day
from ..selectors import organizer as select

INVITE_RESULTS = 20
# Rows a long list shows at once: a session of 700 participants and 2,500 requests stays a
# page that loads on a phone line.
PER_PAGE = 25
# The "over-requested" and "too few requests" lists name at most this many.
SHOWN_IN_SHORT_LISTS = 12


staff_only = allowed_only(rules.can_manage_sessions)


def _session(pk: int) -> Session:
    session: Session = get_object_or_404(Session.objects.select_related("event"), pk=pk)
    return session


def _run(pk: int) -> ScheduleRun:
    run: ScheduleRun = get_object_or_404(
        ScheduleRun.objects.select_related("session__event", "created_by"), pk=pk
    )
    return run


def _page(request: HttpRequest, items: list[Any], *, param: str = "page") -> tuple[Page[Any], str]:
    """One page of ``items`` and the query string of the other parameters (for page links)."""
    page = Paginator(items, PER_PAGE).get_page(request.GET.get(param))
    query = request.GET.copy()
    query.pop(param, None)
    return page, query.urlencode()


def _chinese() -> bool:
    return (translation.get_language() or "en").startswith("zh")


def _participant_list(
    request: HttpRequest, session: Session, demand: select.Demand
) -> dict[str, Any]:
    """The filtered, sorted, counted and paged participant list of the overview and demand."""
    form = ParticipantFilterForm(request.GET or None)
    select.mark_interpreted(demand)
    filters = form.filters()
    found = select.organizations_found(session, filters.q)
    rows = select.filter_participants(demand.participants, filters, chinese=_chinese(), found=found)
    page, query = _page(request, rows)
    return {
        "filter_form": form,
        "facets": select.participant_facets(demand.participants),
        "participant_page": page,
        "participant_query": query,
        "filtered": len(rows),
    }


def _error(request: HttpRequest, error: ApplicationError) -> None:
    messages.error(request, error.message)


def _confirm(
    request: HttpRequest,
    session: Session,
    *,
    what: str,
    subject: object,
    action: str,
    anchor: str,
    fields: dict[str, str] | None = None,
    **context: Any,
) -> HttpResponse:
    """The page before a destructive action: what it changes (``context``), a button that posts
    ``fields`` to ``action``, and a way back to the overview's ``anchor``."""
    return render(
        request,
        "matchmaking/manage/confirm.html",
        {
            "session": session,
            "what": what,
            "subject": subject,
            "action": action,
            "fields": fields or {},
            "back": reverse("matchmaking:manage", args=[session.pk]) + f"#{anchor}",
            **context,
        },
    )


def _back(session: Session, anchor: str = "") -> HttpResponse:
    response = redirect("matchmaking:manage", pk=session.pk)
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


# --- the session's overview -------------------------------------------------------------------


@staff_only
def session_create_view(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    form = SessionForm(
        request.POST or None, initial={"date": event.starts_on, "start": "14:00", "end": "17:00"}
    )
    # The deadline is typed in the event's time zone, whoever types it.
    with timezone.override(event.zone):
        valid = request.method == "POST" and form.is_valid()
    if valid:
        try:
            session = services.session_create(actor=request.user, event=event, data=form.to_input())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The session has been created with its slots and tables."))
            return redirect("matchmaking:manage", pk=session.pk)
    return render(request, "matchmaking/session_form.html", {"form": form, "event": event})


@staff_only
def session_manage(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _session(pk)
    runs = list(select.session_runs(session)[:10])
    return render(
        request,
        "matchmaking/manage/session.html",
        {
            "session": session,
            "status_form": StatusForm(initial={"status": session.status}),
            "interpreter_form": InterpreterForm(session=session),
            "run_form": RunForm(initial={"reschedule": session.published_run_id is not None}),
            **_participant_list(request, session, select.session_demand(session)),
            "tables": list(select.session_tables(session)),
            "interpreters": list(select.session_interpreters(session)),
            "runs": runs,
            "active_run": next((r for r in runs if r.is_active), None),
            "day_reports": list(day.open_reports(session)),
        },
    )


@staff_only
@require_POST
def day_report_handle(request: AuthenticatedHttpRequest, pk: int, report_pk: int) -> HttpResponse:
    """A staff member has dealt with a representative's "running late" / "partner not here"."""
    session = _session(pk)
    report = get_object_or_404(
        DayReport.objects.select_related("session", "participant__organization"),
        pk=report_pk,
        session=session,
    )
    try:
        handled = services.day_report_handle(actor=request.user, report=report)
    except ApplicationError as error:
        _error(request, error)
    else:
        if handled:
            messages.success(request, _("Marked as handled: %(report)s.") % {"report": report})
        else:
            who = report.handled_by or _("someone else")
            messages.info(request, _("%(who)s had already handled this report.") % {"who": who})
    return _back(session, "day-reports")


@staff_only
@require_POST
def session_status(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _session(pk)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            services.session_set_status(
                actor=request.user, session=session, status=form.cleaned_data["status"]
            )
        except ApplicationError as error:
            _error(request, error)
        else:
            messages.success(request, _("The session’s status has been changed."))
    return _back(session)


@staff_only
@require_POST
def interpreter_add(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _session(pk)
    form = InterpreterForm(request.POST, session=session)
    if not form.is_valid():
        messages.error(request, _("An interpreter needs a name and two languages."))
        return _back(session, "interpreters")
    try:
        services.interpreter_add(
            actor=request.user,
            session=session,
            name=form.cleaned_data["name"],
            languages=form.cleaned_data["languages"],
            slots=list(form.cleaned_data["slots"]),
        )
    except ApplicationError as error:
        _error(request, error)
    else:
        messages.success(request, _("The interpreter has been added."))
    return _back(session, "interpreters")


@staff_only
@require_http_methods(["GET", "POST"])
def interpreter_set_active(
    request: AuthenticatedHttpRequest, pk: int, interpreter_pk: int
) -> HttpResponse:
    """GET: what marking the interpreter away would change (the meetings they interpret in the
    published schedule), with the button that does it. POST: do it (or mark them back)."""
    session = _session(pk)
    interpreter = get_object_or_404(
        Interpreter.objects.select_related("session"), pk=interpreter_pk, session=session
    )
    if request.method == "GET":
        return _confirm(
            request,
            session,
            what="interpreter",
            subject=interpreter,
            action=reverse(
                "matchmaking:manage-interpreter-active", args=[session.pk, interpreter.pk]
            ),
            anchor="interpreters",
            fields={"active": "0"},
            placements=select.published_placements_of(session, interpreter=interpreter),
        )
    active = request.POST.get("active") == "1"
    try:
        services.interpreter_set_active(actor=request.user, interpreter=interpreter, active=active)
    except ApplicationError as error:
        _error(request, error)
    else:
        if active:
            messages.success(request, _("%(name)s is available again.") % {"name": interpreter})
        else:
            messages.warning(
                request,
                _("%(name)s is marked away. Re-schedule to give their meetings to the others.")
                % {"name": interpreter},
            )
    return _back(session, "interpreters")


@staff_only
@require_http_methods(["GET", "POST"])
def table_set_active(request: AuthenticatedHttpRequest, pk: int, table_pk: int) -> HttpResponse:
    """GET: what marking the table broken would change, with the button that does it. POST: do
    it (or mark it repaired)."""
    session = _session(pk)
    table = get_object_or_404(Table.objects.select_related("session"), pk=table_pk, session=session)
    if request.method == "GET":
        return _confirm(
            request,
            session,
            what="table",
            subject=table,
            action=reverse("matchmaking:manage-table", args=[session.pk, table.pk]),
            anchor="tables",
            fields={"active": "0"},
            placements=select.published_placements_of(session, table=table),
        )
    active = request.POST.get("active") == "1"
    try:
        services.table_set_active(actor=request.user, table=table, active=active)
    except ApplicationError as error:
        _error(request, error)
    else:
        if active:
            messages.success(request, _("Table %(table)s is in use again.") % {"table": table})
        else:
            messages.warning(
                request,
                _(
                    "Table %(table)s is out of use. Re-schedule to move its meetings to other "
                    "tables."
                )
                % {"table": table},
            )
    return _back(session, "tables")


@staff_only
def invite(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Search the directory (GET, an htmx partial) and invite the organizations ticked (POST)."""
    session = _session(pk)
    if request.method == "POST":
        ids = [int(value) for value in request.POST.getlist("organization") if value.isdigit()]
        organizations = list(Organization.objects.filter(pk__in=ids))
        try:
            count = services.participants_invite(
                actor=request.user, session=session, organizations=organizations
            )
        except ApplicationError as error:
            _error(request, error)
        else:
            messages.success(
                request,
                translation.ngettext(
                    "%(n)d organization invited.", "%(n)d organizations invited.", count
                )
                % {"n": count},
            )
        return _back(session, "participants")
    query = request.GET.get("q", "").strip()
    found: list[Organization] = []
    if query:
        taken = Participant.objects.filter(session=session).values("organization_id")
        found = list(
            organization_list(user=request.user, filters=DirectoryFilters(q=query))
            .exclude(pk__in=taken)
            .prefetch_related(None)[:INVITE_RESULTS]
        )
    template = (
        "matchmaking/manage/_invite_results.html"
        if request.htmx
        else "matchmaking/manage/invite.html"
    )
    return render(request, template, {"session": session, "found": found, "query": query})


@staff_only
@require_http_methods(["GET", "POST"])
def participant_cancel(
    request: AuthenticatedHttpRequest, pk: int, participant_pk: int
) -> HttpResponse:
    """GET: what cancelling the participation would change (its meetings, with whom, which are
    in the published schedule; its requests awaiting an answer). POST: do it."""
    session = _session(pk)
    participant = get_object_or_404(
        Participant.objects.select_related("organization", "session"),
        pk=participant_pk,
        session=session,
    )
    if request.method == "GET":
        impact = select.participant_cancel_impact(participant)
        return _confirm(
            request,
            session,
            what="participant",
            subject=participant,
            action=reverse(
                "matchmaking:manage-participant-cancel", args=[session.pk, participant.pk]
            ),
            anchor="participants",
            impact=impact,
            meetings=[
                (m, m.second if m.first_id == participant.pk else m.first, m.pk in impact.scheduled)
                for m in impact.meetings
            ],
        )
    try:
        meetings = services.participant_cancel(actor=request.user, participant=participant)
    except ApplicationError as error:
        _error(request, error)
    else:
        messages.warning(
            request,
            translation.ngettext(
                "%(name)s has withdrawn; %(n)d meeting is cancelled. Re-schedule to fill the gap.",
                "%(name)s has withdrawn; %(n)d meetings are cancelled. Re-schedule to fill "
                "the gaps.",
                len(meetings),
            )
            % {"name": participant, "n": len(meetings)},
        )
    return _back(session, "participants")


@staff_only
def walk_in(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """A walk-in: an organization of the directory or a new one (name, side, contact) takes
    part with its meetings (to place with a re-schedule). An error keeps what was typed and
    shows beside its field."""
    session = _session(pk)
    form = WalkInForm(request.POST or None, session=session)
    if request.method == "POST" and form.is_valid():
        given = form.cleaned_data["organization"].strip()
        organization = None
        if given:
            organization = (
                Organization.objects.filter(slug=given).first()
                or Organization.objects.filter(
                    Q(name_en__iexact=given) | Q(name_zh_hans__iexact=given)
                ).first()
            )
            if organization is None:
                form.add_error(
                    "organization",
                    _("No organization has this identifier or name: add it as a new one below."),
                )
        if not form.errors:
            try:
                participant, meetings = services.walk_in_add(
                    actor=request.user,
                    session=session,
                    organization=organization,
                    new_organization=form.new_organization() if organization is None else None,
                    partners=list(form.cleaned_data["partners"]),
                )
            except ApplicationError as error:
                add_service_error(form, error)
            else:
                messages.success(
                    request,
                    _("%(name)s takes part with %(n)d meetings. Re-schedule to place them.")
                    % {"name": participant.organization, "n": len(meetings)},
                )
                return _back(session, "participants")
    return render(request, "matchmaking/manage/walk_in.html", {"session": session, "form": form})


# --- demand --------------------------------------------------------------------------------


@staff_only
def demand(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _session(pk)
    found = select.session_demand(session)
    meeting_q = request.GET.get("mq", "")[:100]
    interpreted_only = request.GET.get("mi") == "1"
    meetings = select.filter_meetings(
        found.meetings, q=meeting_q, interpreted_only=interpreted_only
    )
    request_q = request.GET.get("rq", "")[:100]
    pending = select.filter_requests(found.pending, q=request_q)
    meeting_page, meeting_query = _page(request, meetings, param="mpage")
    request_page, request_query = _page(request, pending, param="rpage")
    return render(
        request,
        "matchmaking/manage/demand.html",
        {
            "session": session,
            "demand": found,
            "meeting_form": MeetingForm(session=session),
            "few": select.FEW_REQUESTS,
            **_participant_list(request, session, found),
            "meeting_page": meeting_page,
            "meeting_query": meeting_query,
            "meeting_q": meeting_q,
            "interpreted_only": interpreted_only,
            "meetings_filtered": len(meetings),
            "request_page": request_page,
            "request_query": request_query,
            "request_q": request_q,
            "requests_filtered": len(pending),
            "over_requested": found.over_requested[:SHOWN_IN_SHORT_LISTS],
            "over_more": max(0, len(found.over_requested) - SHOWN_IN_SHORT_LISTS),
            "too_few": found.too_few[:SHOWN_IN_SHORT_LISTS],
            "too_few_more": max(0, len(found.too_few) - SHOWN_IN_SHORT_LISTS),
        },
    )


@staff_only
@require_POST
def meeting_add(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _session(pk)
    form = MeetingForm(request.POST, session=session)
    if not form.is_valid():
        messages.error(request, _("Choose two participants and a priority from 1 to 9."))
        return redirect("matchmaking:manage-demand", pk=session.pk)
    data = form.cleaned_data
    try:
        meeting = services.meeting_add(
            actor=request.user,
            session=session,
            first=data["first"],
            second=data["second"],
            priority=data["priority"],
            required=data["required"],
        )
    except ApplicationError as error:
        _error(request, error)
    else:
        messages.success(request, _("Meeting added: %(meeting)s.") % {"meeting": meeting})
    return redirect("matchmaking:manage-demand", pk=session.pk)


@staff_only
@require_POST
def meeting_cancel(request: AuthenticatedHttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    session = _session(pk)
    meeting = get_object_or_404(
        Meeting.objects.select_related("session", "first__organization", "second__organization"),
        pk=meeting_pk,
        session=session,
    )
    try:
        services.meeting_cancel(actor=request.user, meeting=meeting)
    except ApplicationError as error:
        _error(request, error)
    else:
        messages.success(request, _("Meeting removed: %(meeting)s.") % {"meeting": meeting})
    return redirect("matchmaking:manage-demand", pk=session.pk)


@staff_only
@require_POST
def request_decline(request: AuthenticatedHttpRequest, pk: int, request_pk: int) -> HttpResponse:
    """Spam or a mistake: the secretariat declines a request on the recipient's behalf."""
    session = _session(pk)
    meeting_request = get_object_or_404(
        MeetingRequest.objects.select_related(
            "session", "requester__organization", "recipient__organization"
        ),
        pk=request_pk,
        session=session,
    )
    try:
        services.request_answer(actor=request.user, request=meeting_request, accept=False)
    except ApplicationError as error:
        _error(request, error)
    else:
        messages.success(
            request, _("Request declined: %(request)s.") % {"request": meeting_request}
        )
    return redirect(reverse("matchmaking:manage-demand", args=[session.pk]) + "#pending")


# --- scheduler runs ------------------------------------------------------------------------


@staff_only
@require_POST
def run_start(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    session = _session(pk)
    form = RunForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The time limit is a number of seconds from 1 to 600."))
        return _back(session, "runs")
    try:
        run = scheduling.run_start(
            actor=request.user,
            session=session,
            time_limit=form.cleaned_data["time_limit"],
            reschedule=form.cleaned_data["reschedule"],
        )
    except ApplicationError as error:
        _error(request, error)
        running = ScheduleRun.objects.filter(
            session=session, status__in=[ScheduleRun.Status.QUEUED, ScheduleRun.Status.RUNNING]
        ).first()
        if error.code == "run_in_progress" and running is not None:
            # Two organizers pressed "run": both follow the one run.
            return redirect("matchmaking:manage-run", pk=running.pk)
        return _back(session, "runs")
    return redirect("matchmaking:manage-run", pk=run.pk)


def _progress(run: ScheduleRun) -> dict[str, Any]:
    """What the progress bar says, from the run's true state: its status (the header follows
    it: a claimed run is "running" even before its first solution), the phase the engine is
    in, and the phases it has already proven."""
    progress = run.progress or {}
    seconds = float(progress.get("seconds") or 0)
    if run.started_at and run.is_active:
        seconds = max(seconds, (timezone.now() - run.started_at).total_seconds())
    percent = 100 if not run.is_active else min(99, int(100 * seconds / max(1, run.time_limit)))
    objective, bound = progress.get("objective"), progress.get("bound")
    code = progress.get("phase") or ""
    proven = ""
    # The engine reports on each better solution: once the meetings placed reach their bound
    # it works on the next phase, which may not have reported yet.
    if code == "priority" and objective is not None and bound is not None and objective >= bound:
        proven = _(
            "No schedule places more (or more important) meetings: %(best)s is the proven best."
        ) % {"best": _number(objective)}
        code = "moved" if run.kind == ScheduleRun.Kind.RESCHEDULE else "breaks"
        objective = bound = None
    return {
        "percent": percent,
        "seconds": round(seconds),
        "objective": _number(objective),
        "bound": _number(bound),
        "phase": _phase(code) if run.is_active else "",
        "code": code,
        "proven": proven,
        "status": _run_status(run),
    }


def _number(value: Any) -> Any:
    """The engine's objective values are whole numbers sent as floats: 574.0 reads 574."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _run_status(run: ScheduleRun) -> str:
    if run.status == ScheduleRun.Status.QUEUED:
        return _("Waiting for a worker…")
    if run.status == ScheduleRun.Status.RUNNING:
        return _("Cancelling…") if run.cancel_requested else _("Scheduling…")
    return str(run.get_status_display())


def _phase(code: str | None) -> str:
    """The engine optimizes in phases: first the meetings placed, then (re-scheduling) the
    meetings kept in place, then the idle slots."""
    labels = {
        "priority": _("placing as many (and as important) meetings as possible"),
        "moved": _("moving as few meetings as possible"),
        "breaks": _("shortening idle time between meetings"),
    }
    return labels.get(code or "", "")


def _verdict(result: dict[str, Any]) -> str:
    """What a finished run's result means. Optimal when the engine proved every phase; when
    only the meetings placed are proven (best = bound), say so: that part is optimal."""
    if result.get("status") == "optimal":
        return _(
            "This schedule is optimal: no schedule places more (or more important) meetings, "
            "and none has less idle time with them."
        )
    best, bound = result.get("priority"), result.get("bound_priority")
    breaks, least = result.get("breaks"), result.get("bound_breaks")
    if best is not None and bound is not None and best >= bound:
        text = _(
            "No schedule places more (or more important) meetings: the weight of the meetings "
            "placed, %(best)s, is the proven best."
        ) % {"best": _number(best)}
        if breaks is not None and least is not None and breaks > least:
            text += " " + _(
                "Idle time is not proven the shortest within the time limit: %(breaks)s idle "
                "slots, and no schedule with these meetings has fewer than %(least)s."
            ) % {"breaks": _number(breaks), "least": _number(least)}
        return text
    if best is None or bound is None:
        return _("A good schedule, not proven optimal within the time limit.")
    return _(
        "A good schedule, not proven optimal within the time limit: the weight of the meetings "
        "placed is %(best)s, and no schedule can exceed %(bound)s."
    ) % {"best": _number(best), "bound": _number(bound)}


def _reason(code: str) -> str:
    texts = {
        "no_common_slot": _("The two participants have no free slot in common."),
        "participant_full": _("One of the two has every free slot taken by other meetings."),
        "no_interpreter": _("They need an interpreter and none is available when both are free."),
        "interpreters_busy": _(
            "They need an interpreter, and every interpreter was with another meeting whenever "
            "both were free."
        ),
        "lower_priority": _("Other meetings had a higher priority for the slots and tables left."),
    }
    return texts.get(code, code)


def _live_run(pk: int) -> ScheduleRun:
    """A run as it truly is: one whose worker died ends failed here rather than showing
    "running" for ever."""
    run = _run(pk)
    if run.status == ScheduleRun.Status.RUNNING and scheduling.runs_recover(session=run.session):
        run.refresh_from_db()
    return run


@staff_only
def run_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """While the run works: a progress bar that updates itself. Then: what was placed, what
    could not be and why."""
    run = _live_run(pk)
    session = run.session
    context: dict[str, Any] = {"run": run, "session": session, "progress": _progress(run)}
    lost = (run.result or {}).get("lost")
    context["error"] = scheduling.lost_message(lost) if lost else run.error
    context["worker_lost"] = bool(lost)
    if run.status in (ScheduleRun.Status.DONE, ScheduleRun.Status.FAILED):
        unplaced = select.run_unplaced(run)
        placements = select.run_placements(run)
        placed_page, placed_query = _page(request, placements, param="ppage")
        unplaced_page, unplaced_query = _page(
            request, [(u.meeting, _reason(u.reason)) for u in unplaced], param="upage"
        )
        context.update(
            placements=placed_page.object_list,
            placed_page=placed_page,
            placed_query=placed_query,
            unplaced=unplaced,
            unplaced_page=unplaced_page,
            unplaced_query=unplaced_query,
            left_empty=select.left_empty(placements, unplaced),
            result=run.result or {},
            verdict=_verdict(run.result or {}),
            is_published=session.published_run_id == run.pk,
        )
    return render(request, "matchmaking/manage/run.html", context)


@staff_only
def run_progress(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The progress bar alone, polled by htmx every second; once the run has ended the page
    reloads itself to show the result (also when the run's worker died: see ``_live_run``)."""
    run = _live_run(pk)
    if not run.is_active and request.htmx:
        return HttpResponseClientRefresh()
    return render(
        request,
        "matchmaking/manage/_run_progress.html",
        {"run": run, "progress": _progress(run)},
    )


@staff_only
@require_POST
def run_cancel(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    run = _run(pk)
    try:
        run = scheduling.run_cancel(actor=request.user, run=run)
    except ApplicationError as error:
        _error(request, error)
    else:
        messages.info(request, _("The run was cancelled; the published schedule stays."))
    return redirect("matchmaking:manage-run", pk=run.pk)


def _change_rows(changes: list[scheduling.Change]) -> list[dict[str, Any]]:
    labels = {
        "added": _("Added"),
        "removed": _("Removed"),
        "moved": _("Moved to another time"),
        "table": _("Moved to another table"),
        "interpreter": _("Another interpreter"),
    }
    return [{"change": c, "kind": c.kind, "label": labels[c.kind]} for c in changes]


@staff_only
def run_compare(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """What publishing this run would change, and for whom."""
    run = _run(pk)
    session = run.session
    if run.status != ScheduleRun.Status.DONE:
        raise Http404
    published = (
        ScheduleRun.objects.filter(pk=session.published_run_id).first()
        if session.published_run_id
        else None
    )
    changes = scheduling.run_compare(published, run) if published != run else []
    affected = list(
        Participant.objects.filter(pk__in=scheduling.affected_participants(changes))
        .select_related("organization")
        .order_by(sort_column(through="organization__"), "pk")
    )
    counts = {
        kind: sum(1 for c in changes if c.kind == kind)
        for kind in ("added", "removed", "moved", "table", "interpreter")
    }
    return render(
        request,
        "matchmaking/manage/compare.html",
        {
            "run": run,
            "session": session,
            "published": published,
            "rows": _change_rows(changes),
            "counts": counts,
            "affected": affected,
            "audience": None if published == run else scheduling.publication_audience(run),
            "is_published": published == run,
        },
    )


@staff_only
@require_POST
def run_publish(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    run = _run(pk)
    try:
        result = scheduling.run_publish(actor=request.user, run=run)
    except ApplicationError as error:
        _error(request, error)
        return redirect("matchmaking:manage-run-compare", pk=run.pk)
    return render(
        request,
        "matchmaking/manage/published.html",
        {
            "run": result.run,
            "session": run.session,
            "notified": sorted(result.notified, key=str),
            "changes": len(result.changes),
        },
    )


# --- print ---------------------------------------------------------------------------------


@staff_only
def table_plan(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The table plan (slot × table grid with interpreters) and a sheet per table, as PDF, of
    the published schedule (else of the latest finished run, or ``?run=``)."""
    session = _session(pk)
    run_id = request.GET.get("run", "")
    run = (
        get_object_or_404(ScheduleRun, pk=int(run_id), session=session, status="done")
        if run_id.isdigit()
        else select.plan_run(session)
    )
    if run is None:
        messages.error(request, _("There is no schedule to print yet: run the scheduler first."))
        return _back(session, "runs")
    chinese = (translation.get_language() or "en").startswith("zh")
    plan = select.table_plan(
        session,
        run,
        chinese=chinese,
        labels={
            "plan": _("Table plan"),
            "table": _("Table"),
            "time": _("Time"),
            "interpreter": _("Interpreter"),
        },
    )
    response = HttpResponse(table_plan_pdf(plan), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="table-plan-{session.pk}-run-{run.pk}.pdf"'
    return response


@staff_only
def session_settings(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Title, room, request deadline and cap, self-registration and fairness of an existing
    session (its hours, slots and tables stay: meetings and schedules refer to them)."""
    session = _session(pk)
    form = SessionSettingsForm(
        request.POST or None, initial=SessionSettingsForm.initial_for(session)
    )
    # The deadline is typed and shown in the event's time zone.
    with timezone.override(session.event.zone):
        valid = request.method == "POST" and form.is_valid()
        if valid:
            try:
                services.session_update(actor=request.user, session=session, data=form.to_input())
            except ApplicationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("The session's settings have been saved."))
                return _back(session, "status")
        return render(
            request, "matchmaking/manage/settings.html", {"session": session, "form": form}
        )
