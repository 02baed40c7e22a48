"""The account pages (a person's profile, password, data download and erasure), the privacy
notice, and the staff's audit of personal data exports and erasures."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.errors import ApplicationError

from . import rules
from .models import User
from .privacy import (
    EXPORT_FORMATS,
    PRIVACY_NOTICE_VERSION,
    consent_record,
    consents_missing,
    personal_data_erase,
    personal_data_export,
    user_password_change,
    user_profile_update,
)
from .privacy_forms import ConsentForm, ErasureForm, PasswordChangeForm, ProfileForm
from .selectors import consents_of, privacy_audit_page

View = Callable[..., HttpResponse]


def _allowed_only(rule: Callable[[Any], bool]) -> Callable[[View], View]:
    """Anonymous visitors sign in first; signed-in people the rule refuses get 403. (The
    ``http`` app has the same decorator, but it sits above accounts.)"""

    def decorator(view: View) -> View:
        @login_required
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not rule(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _show_error(form: Any, error: ApplicationError) -> None:
    name = error.details.get("field") if isinstance(error.details, dict) else None
    form.add_error(name if name in form.fields else None, error.message)


def _me(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


@_allowed_only(rules.can_manage_own_account)
def account(request: HttpRequest) -> HttpResponse:
    user = _me(request)
    form = ProfileForm(
        request.POST or None, initial={"full_name": user.full_name, "language": user.language}
    )
    if request.method == "POST" and form.is_valid():
        try:
            user_profile_update(actor=user, **form.cleaned_data)
        except ApplicationError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Your profile is saved."))
            return redirect("accounts:account")
    return render(
        request,
        "accounts/account.html",
        {
            "form": form,
            "consents": consents_of(user),
            "consent_form": _consent_form(user),
            "can_see_audit": rules.can_see_privacy_audit(user),
        },
    )


def _consent_form(user: User, data: Any = None) -> ConsentForm | None:
    missing = consents_missing(user)
    return ConsentForm(data, missing=missing, prefix="consent") if missing else None


@require_POST
@_allowed_only(rules.can_manage_own_account)
def consent(request: HttpRequest) -> HttpResponse:
    """An account without the consents in force gives them on its account page."""
    user = _me(request)
    form = _consent_form(user, request.POST)
    if form is not None and form.is_valid():
        language = "zh-hans" if (get_language() or "").startswith("zh") else "en"
        consent_record(user=user, documents=form.cleaned_data["documents"], language=language)
        messages.success(request, _("Thank you: your consent is recorded."))
    elif form is not None:
        messages.error(request, _("Tick the boxes to agree."))
    return redirect("accounts:account")


@_allowed_only(rules.can_manage_own_account)
def password_change(request: HttpRequest) -> HttpResponse:
    user = _me(request)
    form = PasswordChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user_password_change(
                actor=user,
                old_password=form.cleaned_data["old_password"],
                new_password=form.cleaned_data["new_password"],
            )
        except ApplicationError as error:
            _show_error(form, error)
        else:
            update_session_auth_hash(request, user)  # this session stays signed in
            messages.success(request, _("Your password is changed."))
            return redirect("accounts:account")
    return render(request, "accounts/password_change.html", {"form": form})


@require_POST
@_allowed_only(rules.can_manage_own_account)
def personal_data_download(request: HttpRequest, format: str) -> HttpResponse:
    """A POST (not a link): the download is written to the audit, and no prefetching browser
    or crawler should cause that."""
    if format not in EXPORT_FORMATS:
        raise Http404
    user = _me(request)
    export = personal_data_export(actor=user, subject=user, format=format)
    name = f"tradebridge-personal-data-{user.pk}-{export.generated_at:%Y%m%d}.{format}"
    if format == "json":
        body = json.dumps(export.as_json(), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        body = render_to_string(
            "accounts/personal_data.html", {"export": export, "user": user}, request=request
        )
        response = HttpResponse(body, content_type="text/html; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@_allowed_only(rules.can_manage_own_account)
def erase(request: HttpRequest) -> HttpResponse:
    user = _me(request)
    form = ErasureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            personal_data_erase(actor=user, password=form.cleaned_data["password"])
        except ApplicationError as error:
            _show_error(form, error)
        else:
            logout(request)
            messages.success(request, _("Your personal data has been erased. Goodbye."))
            return redirect("web:home")
    return render(request, "accounts/erase.html", {"form": form})


def privacy_notice(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/privacy_notice.html",
        {
            "version": PRIVACY_NOTICE_VERSION,
            "operator": settings.PRIVACY_OPERATOR or _("the secretariat of the cooperation body"),
            "contact": settings.PRIVACY_CONTACT,
            "data_location": settings.PRIVACY_DATA_LOCATION
            or _("a country outside mainland China"),
        },
    )


@_allowed_only(rules.can_see_privacy_audit)
def privacy_audit(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/privacy_audit.html",
        {"page": privacy_audit_page(request.GET.get("page"))},
    )
