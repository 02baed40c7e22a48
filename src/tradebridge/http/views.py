"""What views share: request types (what our middleware adds to Django's request), the
access decorator built from a rule, and service errors shown on forms."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django_htmx.middleware import HtmxDetails

from tradebridge.accounts.models import User
from tradebridge.errors import ApplicationError

ViewFunc = Callable[..., HttpResponse]


class HtmxHttpRequest(HttpRequest):
    """A request that went through django-htmx's middleware."""

    htmx: HtmxDetails


class AuthenticatedHttpRequest(HtmxHttpRequest):
    """A request behind ``login_required``."""

    user: User


def allowed_only(rule: Callable[[Any], bool]) -> Callable[[ViewFunc], ViewFunc]:
    """A view decorator from an access rule: anonymous visitors are sent to sign in,
    signed-in users the rule refuses get 403."""

    def decorator(view: ViewFunc) -> ViewFunc:
        @login_required
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not rule(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def add_service_error(form: forms.BaseForm, error: ApplicationError) -> None:
    """Show a service's error on the form field it names (``details["field"]``), else above
    the form."""
    name = error.details.get("field") if isinstance(error.details, dict) else None
    form.add_error(name if name in form.fields else None, error.message)
