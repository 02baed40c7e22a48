"""The pool's pages for everyone and for organizations' people: opportunities, interests,
deals, recommendations and the survey's answers. Every object a user may not see is a 404,
the same as one that does not exist."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import is_secretariat
from tradebridge.directory import rules as directory_rules
from tradebridge.directory.models import Organization
from tradebridge.errors import ApplicationError
from tradebridge.http.views import AuthenticatedHttpRequest, HtmxHttpRequest, add_service_error
from tradebridge.matchmaking.models import Meeting

from .. import rules, services
from ..forms import (
    AttachmentForm,
    FiguresForm,
    InterestForm,
    NoteForm,
    OpportunityForm,
    PoolFilterForm,
    StageForm,
)
from ..models import Deal, Interest, Opportunity, OpportunityAttachment, SurveyAnswer
from ..recommendations import opportunities_for, organizations_for
from ..selectors import (
    current_rate,
    deal_history,
    deals_visible,
    interests_of_user,
    money,
    opportunity_list,
    own_opportunities,
)
from ..surveys import survey_read

PAGE_SIZE = 20


def _opportunity(request: HttpRequest, pk: int) -> Opportunity:
    """The opportunity if the user may see it; a 404 otherwise, as for one that is not there."""
    opportunity: Opportunity = get_object_or_404(
        Opportunity.objects.select_related("owner", "sector", "region"), pk=pk
    )
    if not rules.can_view_opportunity(request.user, opportunity):
        raise Http404
    return opportunity


def _fail(request: HttpRequest, error: ApplicationError) -> None:
    messages.error(request, error.message)


def opportunity_list_view(request: HtmxHttpRequest) -> HttpResponse:
    form = PoolFilterForm(request.GET or None)
    page = Paginator(
        opportunity_list(user=request.user, filters=form.filters()), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode(), "rate": current_rate()}
    template = "pool/_results.html" if request.htmx else "pool/list.html"
    return render(request, template, context)


def _owner_choices(user: Any) -> Any:
    if is_secretariat(user):
        return Organization.objects.order_by("name")
    return Organization.objects.filter(representatives__user_id=user.pk).order_by("name")


@login_required
def opportunity_create_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    owners = _owner_choices(request.user)
    if not owners.exists():
        raise Http404
    form = OpportunityForm(request.POST or None)
    form.fields["owner"] = forms.ModelChoiceField(
        label=_("Organization"),
        queryset=owners,
        initial=owners.first() if owners.count() == 1 else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            opportunity = services.opportunity_create(
                actor=request.user, owner=form.cleaned_data["owner"], data=form.to_input()
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Draft saved. Submit it for review when it is ready."))
            return redirect("pool:detail", pk=opportunity.pk)
    return render(request, "pool/form.html", {"form": form, "opportunity": None})


@login_required
def opportunity_edit_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity(request, pk)
    if not rules.can_edit_opportunity(request.user, opportunity):
        raise Http404
    form = OpportunityForm(request.POST or None, initial=OpportunityForm.initial_for(opportunity))
    if request.method == "POST" and form.is_valid():
        try:
            services.opportunity_update(
                actor=request.user, opportunity=opportunity, data=form.to_input()
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("pool:detail", pk=opportunity.pk)
    return render(request, "pool/form.html", {"form": form, "opportunity": opportunity})


def opportunity_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity(request, pk)
    user = request.user
    owner_shown = rules.shows_owner(user, opportunity)
    is_owner = rules.is_owner(user, opportunity)
    context: dict[str, Any] = {
        "opportunity": opportunity,
        "owner_shown": owner_shown,
        "contacts_shown": owner_shown
        and directory_rules.can_view_contacts(user, opportunity.owner),
        "is_owner": is_owner,
        "can_edit": rules.can_edit_opportunity(user, opportunity),
        "can_submit": rules.can_submit_opportunity(user, opportunity),
        "can_close": opportunity.status == Opportunity.Status.PUBLISHED
        and rules.can_close_opportunity(user, opportunity),
        "can_review": rules.can_review(user) and opportunity.status == Opportunity.Status.IN_REVIEW,
        "attachments": opportunity.attachments.defer("content"),
        "money": money(opportunity.amount, opportunity.currency, current_rate()),
    }
    if is_owner:
        context["reviews"] = opportunity.reviews.select_related("reviewer")
        context["interests"] = opportunity.interests.select_related("organization")
        context["attachment_form"] = AttachmentForm()
        if opportunity.status == Opportunity.Status.PUBLISHED:
            matches = organizations_for(opportunity)
            names = Organization.objects.in_bulk([m.pk for m in matches])
            language = get_language() or "en"
            context["matches"] = [
                (names[m.pk], m.reasons_in(language)) for m in matches if m.pk in names
            ]
    if rules.can_express_interest(user, opportunity):
        mine = (
            Organization.objects.filter(representatives__user_id=user.pk or 0)
            .exclude(pk=opportunity.owner_id)
            .order_by("name")
        )
        context["interest_form"] = InterestForm(organizations=mine)
    return render(request, "pool/detail.html", context)


@require_POST
@login_required
def opportunity_submit_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity(request, pk)
    if not rules.is_owner(request.user, opportunity):
        raise Http404
    try:
        services.opportunity_submit(actor=request.user, opportunity=opportunity)
        messages.success(request, _("Submitted: the secretariat will review it."))
    except ApplicationError as error:
        _fail(request, error)
    return redirect("pool:detail", pk=pk)


@require_POST
@login_required
def opportunity_close_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity(request, pk)
    if not rules.is_owner(request.user, opportunity):
        raise Http404
    try:
        services.opportunity_close(actor=request.user, opportunity=opportunity)
        messages.success(request, _("The opportunity is closed."))
    except ApplicationError as error:
        _fail(request, error)
    return redirect("pool:detail", pk=pk)


@require_POST
@login_required
def attachment_add_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity(request, pk)
    if not rules.is_owner(request.user, opportunity):
        raise Http404
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.attachment_add(
                actor=request.user, opportunity=opportunity, upload=form.cleaned_data["file"]
            )
            messages.success(request, _("Attachment added."))
        except ApplicationError as error:
            _fail(request, error)
    else:
        messages.error(request, _("Choose a PDF file to attach."))
    return redirect("pool:detail", pk=pk)


def _attachment(request: HttpRequest, pk: int) -> OpportunityAttachment:
    attachment = get_object_or_404(OpportunityAttachment.objects.defer("content"), pk=pk)
    _opportunity(request, attachment.opportunity_id)
    return attachment


def attachment_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The PDF, to those who may see its opportunity; downloaded, never shown inline, so that
    a crafted file runs nothing in the platform's origin."""
    attachment = _attachment(request, pk)
    content = OpportunityAttachment.objects.values_list("content", flat=True).get(pk=pk)
    response = HttpResponse(bytes(content), content_type="application/pdf")
    ascii_name = attachment.filename.encode("ascii", "replace").decode().replace('"', "_")
    response["Content-Disposition"] = f'attachment; filename="{ascii_name}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required
def attachment_delete_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    attachment = _attachment(request, pk)
    if not rules.is_owner(request.user, attachment.opportunity):
        raise Http404
    try:
        services.attachment_delete(actor=request.user, attachment=attachment)
    except ApplicationError as error:
        _fail(request, error)
    return redirect("pool:detail", pk=attachment.opportunity_id)


@require_POST
@login_required
def interest_express_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    opportunity = _opportunity(request, pk)
    mine = Organization.objects.filter(representatives__user_id=request.user.pk).exclude(
        pk=opportunity.owner_id
    )
    form = InterestForm(request.POST, organizations=mine)
    if not form.is_valid():
        messages.error(request, _("Say what cooperation you want, on behalf of your organization."))
        return redirect("pool:detail", pk=pk)
    try:
        interest = services.interest_express(
            actor=request.user,
            opportunity=opportunity,
            organization=form.cleaned_data["organization"],
            cooperation=form.cleaned_data["cooperation"],
            questions=form.cleaned_data.get("questions") or "",
        )
    except ApplicationError as error:
        _fail(request, error)
        return redirect("pool:detail", pk=pk)
    messages.success(request, _("Sent: the owner will accept or decline."))
    return redirect("pool:interest", pk=interest.pk)


def _interest(request: HttpRequest, pk: int) -> Interest:
    interest = get_object_or_404(
        Interest.objects.select_related("opportunity__owner", "organization"), pk=pk
    )
    if not rules.can_view_interest(request.user, interest):
        raise Http404
    return interest


@login_required
def interest_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    interest = _interest(request, pk)
    user = request.user
    return render(
        request,
        "pool/interest.html",
        {
            "interest": interest,
            "opportunity": interest.opportunity,
            "owner_shown": rules.shows_owner(user, interest.opportunity),
            "can_answer": interest.status == Interest.Status.PENDING
            and rules.can_answer_interest(user, interest),
            "can_withdraw": interest.status == Interest.Status.PENDING
            and rules.can_withdraw_interest(user, interest),
            "deal": Deal.objects.filter(interest=interest).first(),
        },
    )


@require_POST
@login_required
def interest_answer_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    interest = _interest(request, pk)
    try:
        services.interest_answer(
            actor=request.user, interest=interest, accept=request.POST.get("accept") == "1"
        )
    except ApplicationError as error:
        if error.status == 403:
            raise Http404 from None
        _fail(request, error)
    return redirect("pool:interest", pk=pk)


@require_POST
@login_required
def interest_withdraw_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    interest = _interest(request, pk)
    try:
        services.interest_withdraw(actor=request.user, interest=interest)
    except ApplicationError as error:
        if error.status == 403:
            raise Http404 from None
        _fail(request, error)
    return redirect("pool:interest", pk=pk)


@login_required
def mine_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    user: User = request.user
    language = get_language() or "en"
    recommended = []
    for organization in Organization.objects.filter(representatives__user_id=user.pk).order_by(
        "name"
    )[:3]:
        matches = opportunities_for(organization, user=user)
        found = Opportunity.objects.select_related("owner").in_bulk([m.pk for m in matches])
        recommended.append(
            (
                organization,
                [(found[m.pk], m.reasons_in(language)) for m in matches if m.pk in found],
            )
        )
    return render(
        request,
        "pool/mine.html",
        {
            "opportunities": own_opportunities(user=user),
            "interests": interests_of_user(user=user)[:50],
            "recommended": recommended,
        },
    )


# ---------------------------------------------------------------------------------------------
# Deals


@login_required
def deal_list_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    deals = deals_visible(user=request.user).order_by("-updated_at", "-pk")
    page = Paginator(deals, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "pool/deals.html", {"page": page, "rate": current_rate()})


def _deal(request: HttpRequest, pk: int) -> Deal:
    deal = get_object_or_404(
        Deal.objects.select_related("first", "second", "sector", "event", "opportunity"), pk=pk
    )
    if not rules.can_view_deal(request.user, deal):
        raise Http404
    return deal


@login_required
def deal_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    deal = _deal(request, pk)
    can_edit = rules.can_edit_deal(request.user, deal)
    return render(
        request,
        "pool/deal.html",
        {
            "deal": deal,
            "history": deal_history(deal),
            "meetings": deal.meetings.select_related(
                "session", "first__organization", "second__organization"
            ),
            "money": money(deal.amount, deal.currency, current_rate()),
            "can_edit": can_edit,
            "stage_form": StageForm(initial={"stage": deal.stage}) if can_edit else None,
            "note_form": NoteForm() if can_edit else None,
            "figures_form": FiguresForm(
                initial={
                    "amount": deal.amount,
                    "currency": deal.currency,
                    "jobs_created": deal.jobs_created,
                }
            )
            if can_edit
            else None,
        },
    )


def _deal_for_edit(request: HttpRequest, pk: int) -> Deal:
    deal = _deal(request, pk)
    if not rules.can_edit_deal(request.user, deal):
        raise Http404
    return deal


@require_POST
@login_required
def deal_stage_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    deal = _deal_for_edit(request, pk)
    form = StageForm(request.POST)
    if form.is_valid():
        # The stage the page showed: a move made meanwhile by someone else is not overwritten.
        seen = request.POST.get("from_stage", deal.stage)
        if seen != deal.stage:
            messages.error(
                request, _("Someone else changed this deal's stage meanwhile: reload the page.")
            )
            return redirect("pool:deal", pk=pk)
        try:
            services.deal_move(actor=request.user, deal=deal, data=form.to_input())
            messages.success(request, _("Stage changed."))
        except ApplicationError as error:
            _fail(request, error)
    else:
        messages.error(request, _("Choose a stage."))
    return redirect("pool:deal", pk=pk)


@require_POST
@login_required
def deal_note_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    deal = _deal_for_edit(request, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.deal_note(actor=request.user, deal=deal, note=form.cleaned_data["note"])
    else:
        messages.error(request, _("The note is empty."))
    return redirect("pool:deal", pk=pk)


@require_POST
@login_required
def deal_figures_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    deal = _deal_for_edit(request, pk)
    form = FiguresForm(request.POST)
    if form.is_valid():
        try:
            services.deal_set_figures(actor=request.user, deal=deal, data=form.to_input())
            messages.success(request, _("Figures saved."))
        except ApplicationError as error:
            _fail(request, error)
    else:
        messages.error(request, _("The amount and the jobs are numbers of at least 0."))
    return redirect("pool:deal", pk=pk)


# ---------------------------------------------------------------------------------------------
# The follow-up survey's links


def survey_view(request: HttpRequest, token: str, answer: str) -> HttpResponse:
    """A link of the survey message: a page with the chosen answer and one button (a GET
    changes nothing, so mail scanners that follow links answer nothing)."""
    data = survey_read(token)
    if data is None or answer not in SurveyAnswer.Answer.values:
        raise Http404
    meeting = get_object_or_404(
        Meeting.objects.select_related("session", "first__organization", "second__organization"),
        pk=data["meeting"],
    )
    sides = {
        meeting.first.organization_id: meeting.second,
        meeting.second.organization_id: meeting.first,
    }
    if data["organization"] not in sides:
        raise Http404
    person = User.objects.filter(pk=data["user"], is_active=True).first()
    if person is None:
        raise Http404
    organization = Organization.objects.get(pk=data["organization"])
    done = False
    if request.method == "POST":
        try:
            services.survey_answer(
                meeting=meeting, organization=organization, answer=answer, by=person
            )
            done = True
        except ApplicationError as error:
            _fail(request, error)
    return render(
        request,
        "pool/survey.html",
        {
            "meeting": meeting,
            "partner": sides[data["organization"]].organization,
            "answer": SurveyAnswer.Answer(answer),
            "done": done,
        },
    )
