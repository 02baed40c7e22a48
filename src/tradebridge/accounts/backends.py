"""Sign-in by e-mail address, case-insensitively, behind a throttle (django-axes)."""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest

from .models import User


class EmailBackend(ModelBackend):
    """Authenticate with ``email`` (or ``username``, which Django's forms send) and password."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> User | None:
        email = (kwargs.get("email") or username or "").strip().lower()
        if not email or password is None:
            return None
        try:
            user = User.objects.get(email=email)
        except User.DoesNotExist:
            # Hash anyway so that timing does not reveal which addresses exist.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


class ThrottleBackend(AxesStandaloneBackend):  # type: ignore[misc]  # axes has no types
    """Refuses the sign-in of an address locked out from this client (see ``AXES_*`` in the
    settings). A sign-in without an HTTP request (a shell, the test client's ``login``) has no
    client to throttle and passes on to the next back-end."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        if request is None:
            return None
        super().authenticate(request, username, password, **kwargs)
        return None


def throttled_username(request: HttpRequest | None, credentials: dict[str, Any] | None) -> str:
    """The address a sign-in is for, as the e-mail back-end reads it: ``Rep@X.org`` and
    ``rep@x.org`` count against one lock."""
    credentials = credentials or {}
    raw = credentials.get("email") or credentials.get("username")
    if raw is None and request is not None:
        raw = request.POST.get("username") or request.POST.get("email")
    return str(raw or "").strip().lower()


def client_address(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR, or behind ``PROXY_COUNT`` proxies the address that
    many places from the right of X-Forwarded-For (the ones the proxies themselves added)."""
    proxies: int = settings.PROXY_COUNT
    if proxies:
        header = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
        forwarded = [a.strip() for a in header.split(",") if a.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    address: str | None = request.META.get("REMOTE_ADDR")
    return address
