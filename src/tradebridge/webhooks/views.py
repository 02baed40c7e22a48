"""The secretariat's webhook pages: endpoints (list, create, edit, activate or deactivate,
rotate the secret, send a test event) and each endpoint's deliveries (resend). Thin views:
parse, call a service, render."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.errors import ApplicationError
from tradebridge.http.views import add_service_error, allowed_only

from . import rules
from .forms import EndpointForm
from .models import EVENT_TYPE_LABELS, Delivery, Endpoint
from .selectors import deliveries_of, endpoints_listed
from .services import (
    delivery_resend,
    endpoint_create,
    endpoint_rotate_secret,
    endpoint_send_test,
    endpoint_set_active,
    endpoint_update,
)

View = Callable[..., HttpResponse]


staff_only = allowed_only(rules.can_manage_webhooks)


@staff_only
def endpoint_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "webhooks/endpoint_list.html",
        {"endpoints": endpoints_listed()},
    )


def _form_page(request: HttpRequest, endpoint: Endpoint | None) -> HttpResponse:
    initial = EndpointForm.initial_for(endpoint) if endpoint else None
    form = EndpointForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if endpoint is None:
                endpoint = endpoint_create(actor=request.user, data=form.to_input())  # type: ignore[arg-type]
                messages.success(request, _("The endpoint has been registered."))
            else:
                endpoint_update(actor=request.user, endpoint=endpoint, data=form.to_input())  # type: ignore[arg-type]
                messages.success(request, _("The endpoint has been saved."))
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            return redirect("webhooks:endpoint", endpoint_id=endpoint.pk)
    return render(request, "webhooks/endpoint_form.html", {"form": form, "endpoint": endpoint})


@staff_only
def endpoint_create_view(request: HttpRequest) -> HttpResponse:
    return _form_page(request, None)


@staff_only
def endpoint_edit_view(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    return _form_page(request, get_object_or_404(Endpoint, pk=endpoint_id))


@staff_only
def endpoint_detail(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    endpoint = get_object_or_404(Endpoint, pk=endpoint_id)
    status = request.GET.get("status", "")
    if status not in Delivery.Status.values:
        status = ""
    page = Paginator(deliveries_of(endpoint, status=status or None), 50).get_page(
        request.GET.get("page")
    )
    for delivery in page.object_list:
        delivery.label = EVENT_TYPE_LABELS.get(delivery.event_type, delivery.event_type)  # type: ignore[attr-defined]
        delivery.payload_json = json.dumps(delivery.payload, ensure_ascii=False, indent=2)  # type: ignore[attr-defined]
    return render(
        request,
        "webhooks/endpoint_detail.html",
        {
            "endpoint": endpoint,
            "page": page,
            "status": status,
            "statuses": Delivery.Status.choices,
            "subscribed": [(t, EVENT_TYPE_LABELS.get(t, t)) for t in endpoint.event_types],
        },
    )


def _act(
    request: HttpRequest, endpoint: Endpoint, action: Callable[[], object], done: str
) -> HttpResponse:
    try:
        action()
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, done)
    return redirect("webhooks:endpoint", endpoint_id=endpoint.pk)


@require_POST
@staff_only
def endpoint_action(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    endpoint = get_object_or_404(Endpoint, pk=endpoint_id)
    user: Any = request.user
    action = request.POST.get("action")
    if action == "rotate":
        return _act(
            request,
            endpoint,
            lambda: endpoint_rotate_secret(actor=user, endpoint=endpoint),
            _("The endpoint has a new secret: give it to the receiving system."),
        )
    if action == "test":
        return _act(
            request,
            endpoint,
            lambda: endpoint_send_test(actor=user, endpoint=endpoint),
            _("A test event is on its way; its delivery is listed below."),
        )
    if action in ("activate", "deactivate"):
        active = action == "activate"
        return _act(
            request,
            endpoint,
            lambda: endpoint_set_active(actor=user, endpoint=endpoint, active=active),
            _("The endpoint is active.")
            if active
            else _("The endpoint is inactive: nothing more is sent to it."),
        )
    return redirect("webhooks:endpoint", endpoint_id=endpoint.pk)


@require_POST
@staff_only
def delivery_resend_view(request: HttpRequest, delivery_id: int) -> HttpResponse:
    delivery = get_object_or_404(Delivery.objects.select_related("endpoint"), pk=delivery_id)
    user: Any = request.user
    response = _act(
        request,
        delivery.endpoint,
        lambda: delivery_resend(actor=user, delivery=delivery),
        _("The delivery is being sent again."),
    )
    response["Location"] = (
        reverse("webhooks:endpoint", kwargs={"endpoint_id": delivery.endpoint_id})
        + f"#delivery-{delivery.pk}"
    )
    return response
