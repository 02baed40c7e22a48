"""Sign-up, sign-in and sign-out; confirming an e-mail address."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tradebridge.errors import ApplicationError

from .forms import EmailAuthenticationForm, SignUpForm
from .services import user_send_verification, user_sign_up, user_verify_email


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


def locked_out(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """What a locked-out sign-in (site or admin) gets: the site's page in the reader's
    language, with 429 Too Many Requests (django-axes calls this, see AXES_LOCKOUT_CALLABLE)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "accounts/locked_out.html",
        {"minutes": minutes, "limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )


def signup(request: HttpRequest) -> HttpResponse:
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # The same answer whether the address was free or taken (its owner gets an e-mail).
        user_sign_up(**form.cleaned_data)
        return redirect("accounts:signup_sent")
    return render(request, "accounts/signup.html", {"form": form})


def signup_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/signup_sent.html")


def verify(request: HttpRequest, token: str) -> HttpResponse:
    try:
        user_verify_email(token=token)
    except ApplicationError as error:
        return render(request, "accounts/verify_failed.html", {"error": error.message}, status=400)
    messages.success(request, _("Thank you: your e-mail address is confirmed."))
    return redirect("web:home" if request.user.is_authenticated else "accounts:login")


@login_required
@require_POST
def verify_resend(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert user.is_authenticated  # login_required
    if user_send_verification(actor=user):
        messages.success(
            request,
            _("A new confirmation link is on its way to %(email)s.") % {"email": user.email},
        )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = "/"
    return redirect(back)
