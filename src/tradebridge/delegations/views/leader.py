"""A delegation's pages, for its leaders (and staff): the roster, the forms, the import, the
exports and the letters. A delegation the user may not see is a 404 (its existence is not
told); one they see but may not change (a leader whose address is unconfirmed) a 403."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from tradebridge.directory.importing import ImportRejected
from tradebridge.errors import ApplicationError
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error

from .. import rules
from ..exporting import rooming_xlsx, roster_xlsx, template_xlsx
from ..forms import (
    DelegateForm,
    DelegationForm,
    LeadersForm,
    LetterheadForm,
    RosterFilterForm,
    RosterImportForm,
)
from ..importing import (
    COLUMNS,
    MAX_ROWS,
    plan_roster,
    roster_import_confirm,
    roster_import_create,
    roster_import_parsed,
    roster_import_problems,
)
from ..letters import host_of, letters_for, letters_pdf
from ..models import Delegate, Delegation, Letterhead, RosterImport
from ..sections import sections
from ..selectors import hotels_of, letterhead_for, rooming_list, roster
from ..services import (
    delegate_add,
    delegate_remove,
    delegate_update,
    delegation_create,
    delegation_set_leaders,
    delegation_update,
    letterhead_set,
)

PER_PAGE = 50
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _visible(request: AuthenticatedHttpRequest, pk: int) -> Delegation:
    """The delegation, or 404 when the user may not see it."""
    if not request.user.is_authenticated:
        raise Http404
    delegation: Delegation = get_object_or_404(
        Delegation.objects.select_related("event", "parent", "region"), pk=pk
    )
    if not rules.can_view_delegation(request.user, delegation):
        raise Http404
    return delegation


def _editable(request: AuthenticatedHttpRequest, pk: int) -> Delegation:
    delegation = _visible(request, pk)
    if not rules.can_edit_delegation(request.user, delegation):
        raise PermissionDenied
    return delegation


def _delegate(delegation: Delegation, pk: int) -> Delegate:
    return get_object_or_404(
        Delegate.objects.select_related("delegation__event", "organization"),
        pk=pk,
        delegation=delegation,
    )


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _sections(request: AuthenticatedHttpRequest, delegation: Delegation) -> list[SafeString]:
    can_edit = rules.can_edit_delegation(request.user, delegation)
    parts = []
    for section in sections():
        context = dict(section.context(request, delegation))
        if context.get("hidden"):
            continue
        parts.append(
            mark_safe(
                render_to_string(
                    section.template,
                    {"delegation": delegation, "can_edit": can_edit, **context},
                    request=request,
                )
            )
        )
    return parts


@login_required
def delegation_detail_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _visible(request, pk)
    children = list(delegation.children.select_related("region").order_by("name", "pk"))
    form = RosterFilterForm(
        request.GET or None, hotels=hotels_of(delegation), has_parts=bool(children)
    )
    filters: dict[str, Any] = {"query": "", "hotel": "", "include_parts": False}
    if form.is_valid():
        filters = {
            "query": form.cleaned_data["q"],
            "hotel": form.cleaned_data["hotel"],
            "include_parts": form.cleaned_data.get("parts", False),
        }
    delegates = roster(delegation, **filters)
    page = Paginator(delegates, PER_PAGE).get_page(request.GET.get("page"))
    query = urlencode({k: v for k, v in request.GET.items() if k != "page"})
    counts = {child.pk: child.delegates.count() for child in children}
    return render(
        request,
        "delegations/detail.html",
        {
            "delegation": delegation,
            "children": [(child, counts[child.pk]) for child in children],
            "leaders": delegation.leaders.order_by("full_name", "email"),
            "organizations": delegation.organizations.order_by("name"),
            "page": page,
            "form": form,
            "query": query,
            "own_count": delegation.delegates.count(),
            "can_edit": rules.can_edit_delegation(request.user, delegation),
            "can_set_leaders": rules.can_set_leaders(request.user, delegation),
            "can_manage": rules.can_manage_delegations(request.user),
            "letterhead": letterhead_for(delegation),
            "sections": _sections(request, delegation),
            "zone": delegation.event.zone if delegation.event else timezone.get_current_timezone(),
        },
    )


@login_required
def delegation_edit_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _editable(request, pk)
    can_move = rules.can_manage_delegations(request.user)
    form = DelegationForm(
        request.POST or None,
        initial=DelegationForm.initial_for(delegation),
        can_move=can_move,
        exclude_pk=delegation.pk,
    )
    if request.method == "POST" and form.is_valid():
        try:
            delegation_update(
                actor=request.user,
                delegation=delegation,
                data=form.to_input(parent=delegation.parent),
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The delegation has been saved."))
            return redirect(delegation)
    return render(
        request, "delegations/delegation_form.html", {"form": form, "delegation": delegation}
    )


@login_required
def subdelegation_create_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    parent = _editable(request, pk)
    form = DelegationForm(request.POST or None, initial={"event": parent.event_id}, can_move=False)
    if request.method == "POST" and form.is_valid():
        try:
            delegation = delegation_create(actor=request.user, data=form.to_input(parent=parent))
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The delegation has been created."))
            return redirect(delegation)
    return render(
        request,
        "delegations/delegation_form.html",
        {"form": form, "delegation": None, "parent": parent},
    )


@login_required
def leaders_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _visible(request, pk)
    if not rules.can_set_leaders(request.user, delegation):
        raise PermissionDenied
    current = "\n".join(delegation.leaders.order_by("email").values_list("email", flat=True))
    form = LeadersForm(request.POST or None, initial={"emails": current})
    if request.method == "POST" and form.is_valid():
        try:
            delegation_set_leaders(
                actor=request.user, delegation=delegation, leaders=form.cleaned_data["emails"]
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The leaders have been saved."))
            return redirect(delegation)
    return render(
        request, "delegations/leaders_form.html", {"form": form, "delegation": delegation}
    )


@login_required
def letterhead_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _editable(request, pk)
    current = Letterhead.objects.filter(delegation=delegation).first() or letterhead_for(delegation)
    form = LetterheadForm(request.POST or None, initial=LetterheadForm.initial_for(current))
    if request.method == "POST" and form.is_valid():
        try:
            letterhead_set(actor=request.user, data=form.to_input(), delegation=delegation)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The letterhead has been saved."))
            return redirect(delegation)
    return render(
        request,
        "delegations/letterhead_form.html",
        {"form": form, "delegation": delegation, "event": None},
    )


@login_required
def delegate_add_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _editable(request, pk)
    form = DelegateForm(request.POST or None, delegation=delegation)
    if request.method == "POST" and form.is_valid():
        try:
            delegate_add(actor=request.user, delegation=delegation, data=form.to_input())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The delegate has been added."))
            if "another" in request.POST:
                return redirect("delegations:delegate-add", pk=delegation.pk)
            return redirect(delegation)
    return render(
        request,
        "delegations/delegate_form.html",
        {"form": form, "delegation": delegation, "delegate": None},
    )


@login_required
def delegate_edit_view(
    request: AuthenticatedHttpRequest, pk: int, delegate_pk: int
) -> HttpResponse:
    delegation = _editable(request, pk)
    delegate = _delegate(delegation, delegate_pk)
    form = DelegateForm(
        request.POST or None,
        delegation=delegation,
        initial=DelegateForm.initial_for(
            delegate, delegation.event.zone if delegation.event else timezone.get_current_timezone()
        ),
    )
    if request.method == "POST" and form.is_valid():
        try:
            delegate_update(
                actor=request.user, delegate=delegate, data=form.to_input(user=delegate.user)
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The delegate has been saved."))
            return redirect(delegation)
    return render(
        request,
        "delegations/delegate_form.html",
        {"form": form, "delegation": delegation, "delegate": delegate},
    )


@login_required
def delegate_remove_view(
    request: AuthenticatedHttpRequest, pk: int, delegate_pk: int
) -> HttpResponse:
    delegation = _editable(request, pk)
    delegate = _delegate(delegation, delegate_pk)
    if request.method == "POST":
        try:
            delegate_remove(actor=request.user, delegate=delegate)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("%(name)s has been removed from the roster.") % {"name": delegate}
            )
        return redirect(delegation)
    return render(
        request,
        "delegations/delegate_remove.html",
        {"delegation": delegation, "delegate": delegate},
    )


# --- Import -------------------------------------------------------------------------------------


@login_required
def roster_import_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _editable(request, pk)
    form = RosterImportForm(request.POST or None, request.FILES or None)
    problems: list[Any] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        from tradebridge.directory.importing import MAX_BYTES

        try:
            created = roster_import_create(
                actor=request.user,
                delegation=delegation,
                filename=upload.name,
                content=upload.read(MAX_BYTES + 1),
            )
        except ImportRejected as error:
            problems = error.problems
        else:
            return redirect("delegations:import-preview", pk=delegation.pk, import_pk=created.pk)
    return render(
        request,
        "delegations/import.html",
        {
            "delegation": delegation,
            "form": form,
            "problems": problems,
            "columns": COLUMNS,
            "max_rows": MAX_ROWS,
        },
    )


@login_required
def roster_import_preview_view(
    request: AuthenticatedHttpRequest, pk: int, import_pk: int
) -> HttpResponse:
    delegation = _editable(request, pk)
    upload = get_object_or_404(RosterImport, pk=import_pk, delegation=delegation)
    problems: list[Any] = []
    if request.method == "POST":
        try:
            result = roster_import_confirm(actor=request.user, upload=upload)
        except ImportRejected as error:
            problems = error.problems
        else:
            messages.success(
                request,
                _("Roster imported: %(created)s added, %(updated)s updated.")
                % {"created": result.created, "updated": result.updated},
            )
            return redirect(delegation)
    plan = None
    if upload.status == RosterImport.Status.PREVIEW:
        plan = plan_roster(delegation, roster_import_parsed(upload))
        problems = problems or plan.problems
    elif upload.status == RosterImport.Status.FAILED and not problems:
        problems = roster_import_problems(upload)
    return render(
        request,
        "delegations/import_preview.html",
        {
            "delegation": delegation,
            "upload": upload,
            "plan": plan,
            "problems": problems,
            "ignored": upload.payload.get("ignored", []),
        },
    )


@login_required
def roster_template_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    _visible(request, pk)
    return _download(template_xlsx(), XLSX, "roster-template.xlsx")


# --- Exports and letters --------------------------------------------------------------------------


@login_required
def roster_export_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _visible(request, pk)
    delegates = roster(delegation, include_parts=True)
    return _download(roster_xlsx(delegation, delegates), XLSX, f"roster-{delegation.pk}.xlsx")


@login_required
def rooming_export_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _visible(request, pk)
    groups = rooming_list(roster(delegation, include_parts=True))
    return _download(rooming_xlsx(delegation, groups), XLSX, f"rooming-{delegation.pk}.xlsx")


def _letters_response(delegation: Delegation, delegates: list[Delegate], name: str) -> HttpResponse:
    host = host_of(letterhead_for(delegation))
    if host is None:
        raise Http404
    content = letters_pdf(letters_for(delegates), host, issued_on=timezone.localdate())
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


@login_required
def letters_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    delegation = _editable(request, pk)
    delegates = list(
        roster(delegation, include_parts=request.GET.get("parts") == "1").select_related(
            "delegation__event", "organization"
        )
    )
    if not delegates:
        messages.error(request, _("The roster is empty: there is no letter to write."))
        return redirect(delegation)
    if letterhead_for(delegation) is None:
        messages.error(request, _("Set the host's letterhead first."))
        return redirect("delegations:letterhead", pk=delegation.pk)
    return _letters_response(delegation, delegates, f"invitations-{delegation.pk}.pdf")


@login_required
def delegate_letter_view(
    request: AuthenticatedHttpRequest, pk: int, delegate_pk: int
) -> HttpResponse:
    delegation = _editable(request, pk)
    delegate = _delegate(delegation, delegate_pk)
    if letterhead_for(delegation) is None:
        messages.error(request, _("Set the host's letterhead first."))
        return redirect("delegations:letterhead", pk=delegation.pk)
    return _letters_response(delegation, [delegate], f"invitation-{delegate.pk}.pdf")
