"""How the API knows its caller: a personal access token (``Authorization: Bearer tb_...``),
else the site's session (with its CSRF check on writes), else anonymous. Every request is
also throttled, per token and per address (429 with ``Retry-After``).

What the caller may then do is each domain's business: ``tradebridge.scopes.require`` and the
app's rules."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.errors import AuthenticationError, HttpError, Throttled
from ninja.security import HttpBearer
from ninja.utils import check_csrf

from tradebridge.http import throttling

from .tokens import token_authenticate

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class Anonymous:
    """The caller of a request with neither token nor session (truthy, so that django-ninja
    lets it through to the endpoint, whose scope check decides)."""

    def __str__(self) -> str:
        return "anonymous"


class Session:
    def __init__(self, user: Any) -> None:
        self.user = user

    def __str__(self) -> str:
        return f"session {self.user.pk}"


def throttle(request: HttpRequest, kind: str, ident: str) -> None:
    """Count the request (``http.throttling``); raise 429 past the rate."""
    wait = throttling.count(kind, ident)
    if wait is not None:
        raise Throttled(wait=wait)


class ApiAuth(HttpBearer):
    """The API's one authentication: documented as a bearer token; falls back to the session
    and to anonymous access."""

    def __call__(self, request: HttpRequest) -> Any:
        throttle(request, "address", throttling.address(request))
        header = request.headers.get("Authorization")
        if header:
            scheme, _space, secret = header.strip().partition(" ")
            if scheme.lower() != "bearer" or not secret.strip():
                raise AuthenticationError(401, "Send the token as: Authorization: Bearer tb_...")
            return self.authenticate(request, secret.strip())
        user = request.user
        if user.is_authenticated:
            if (
                request.method not in SAFE_METHODS
                and not getattr(request, "_ninja_csrf_exempt", False)
                and check_csrf(request)
            ):
                raise HttpError(
                    403, "CSRF check failed: a write with the site's session needs its token."
                )
            return Session(user)
        return Anonymous()

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = token_authenticate(token)
        if found is None:
            raise AuthenticationError(401, "This token is not valid: unknown, revoked or expired.")
        request.user = found.user
        request.api_token = found  # type: ignore[attr-defined]
        throttle(request, "token", found.key_id)
        return found
