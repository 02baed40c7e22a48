"""The pages of the API: each person's personal access tokens (on their account), the
secretariat's tokens for integrations, and the guide for developers."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import can_manage_own_account, is_secretariat
from tradebridge.errors import ApplicationError, NotFound

from .forms import StaffTokenForm, TokenForm
from .models import ApiToken
from .scope_labels import domains
from .tokens import NewToken, token_create, token_revoke, tokens_all, tokens_of


def _me(request: HttpRequest) -> User:
    user = request.user
    if not can_manage_own_account(user):
        raise PermissionDenied
    assert isinstance(user, User)
    return user


def _create(form: TokenForm, *, actor: User, user: User) -> NewToken | None:
    data = form.cleaned_data
    try:
        return token_create(
            actor=actor,
            user=user,
            name=data["name"],
            scopes=data["scopes"],
            event=data["event"],
            expires_in_days=data["expires_in_days"],
        )
    except ApplicationError as error:
        field = error.details.get("field") if isinstance(error.details, dict) else None
        form.add_error(field if field in form.fields else None, error.message)
        return None


def _created(request: HttpRequest, new: NewToken, back: str) -> HttpResponse:
    # Shown in the answer to the POST itself: the secret is never stored, nor put in a session.
    return render(request, "api/token_created.html", {"new": new, "back": back})


@never_cache
@login_required
def tokens_mine(request: HttpRequest) -> HttpResponse:
    """The signed-in person's tokens, and a form to create one."""
    user = _me(request)
    form = TokenForm(request.POST or None, actor=user)
    if request.method == "POST" and form.is_valid():
        new = _create(form, actor=user, user=user)
        if new is not None:
            return _created(request, new, "tokens:mine")
    return render(
        request,
        "api/tokens_mine.html",
        {"form": form, "tokens": tokens_of(user), "now": timezone.now()},
    )


@never_cache
@login_required
def tokens_staff(request: HttpRequest) -> HttpResponse:
    """Every token (most recent first), and a form to create one for an integration's account:
    the secretariat's."""
    actor = _me(request)
    if not is_secretariat(actor):
        raise PermissionDenied
    form = StaffTokenForm(request.POST or None, actor=actor)
    if request.method == "POST" and form.is_valid():
        new = _create(form, actor=actor, user=form.cleaned_data["email"])
        if new is not None:
            return _created(request, new, "tokens:staff")
    return render(
        request,
        "api/tokens_staff.html",
        {"form": form, "tokens": tokens_all(), "now": timezone.now()},
    )


@login_required
def token_revoke_view(request: HttpRequest, token_id: int) -> HttpResponse:
    """Confirm (GET), then revoke (POST) a token: its user's, or any for the secretariat."""
    actor = _me(request)
    token = ApiToken.objects.select_related("user", "event").filter(pk=token_id).first()
    staff = is_secretariat(actor)
    if token is None or not (token.user_id == actor.pk or staff):
        raise Http404
    back = (
        "tokens:mine"
        if token.user_id == actor.pk and request.GET.get("from") != "staff"
        else "tokens:staff"
    )
    if request.method == "POST":
        try:
            token_revoke(actor=actor, token_id=token.pk)
        except NotFound as error:
            raise Http404 from error
        return redirect(back)
    return render(request, "api/token_revoke.html", {"token": token, "back": back})


def api_guide(request: HttpRequest) -> HttpResponse:
    """The developers' guide to the API (public)."""
    base = request.build_absolute_uri("/").rstrip("/")
    return render(request, "api/guide.html", {"domains": domains(), "base": base})
