"""The secretariat's pool pages: the review queue, a review, the pipeline board and the
follow-up survey's scheduling."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.errors import ApplicationError
from tradebridge.events.models import Event
from tradebridge.http.views import AuthenticatedHttpRequest, add_service_error, allowed_only

from .. import rules, services
from ..forms import BoardFilterForm, ReviewForm
from ..models import Opportunity, SurveyDispatch
from ..selectors import board, review_queue


@allowed_only(rules.can_review)
def review_queue_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    return render(request, "pool/review_queue.html", {"opportunities": review_queue()})


@login_required
def review_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    if not rules.can_review(request.user):
        raise Http404
    opportunity: Opportunity = get_object_or_404(Opportunity.objects.select_related("owner"), pk=pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.opportunity_review(
                actor=request.user, opportunity=opportunity, data=form.to_input()
            )
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Review saved; the owner has been told."))
            return redirect("pool:review-queue")
    return render(
        request,
        "pool/review.html",
        {
            "form": form,
            "opportunity": opportunity,
            "reviews": opportunity.reviews.select_related("reviewer"),
        },
    )


@allowed_only(rules.can_see_board)
def board_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = BoardFilterForm(request.GET or None)
    columns = board(user=request.user, filters=form.filters())
    return render(
        request,
        "pool/board.html",
        {
            "form": form,
            "columns": columns,
            "total": sum(c["count"] for c in columns),
            "surveys": SurveyDispatch.objects.select_related("event").order_by("-due_at")[:20],
            "events": Event.objects.order_by("-starts_on")[:50],
        },
    )


@require_POST
@allowed_only(rules.can_see_board)
def survey_schedule_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    event = get_object_or_404(Event, pk=request.POST.get("event") or 0)
    try:
        dispatch = services.survey_schedule(actor=request.user, event=event)
        messages.success(
            request,
            _("The follow-up survey will be sent on %(date)s.")
            % {"date": dispatch.due_at.date().isoformat()},
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("pool:board")
