"""The REST API, version 1, under ``/api/v1/`` (OpenAPI document at ``/api/v1/openapi.json``,
interactive documentation at ``/api/v1/docs``; a guide in docs/api.md and on the site's API
page).

Each domain's router lives in its app (``<app>/api.py``) and is mounted here. Every caller is
identified by ``api.auth.ApiAuth`` (personal access token, session, or anonymous) and
throttled; each endpoint checks its scope (``tradebridge.scopes.require``) and the app's
rules. Every error has one JSON format: ``{"error": {"code", "message", "details"}}``."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from tradebridge.errors import ApplicationError
from tradebridge.http.schemas import ErrorOut

from .auth import ApiAuth
from .parser import TextParser


class Api(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> Any:
        """The schema, with authentication marked optional on every operation: a token is
        one way in; the session and anonymous reads of public data are the others (each
        operation's description and its 401 say when it needs a caller)."""
        schema = super().get_openapi_schema(**kwargs)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                if isinstance(operation, dict) and operation.get("security"):
                    operation["security"] = [*operation["security"], {}]
        return schema


api = Api(
    title="Tradebridge API",
    version="1",
    description=(
        "Directory, events and their programme, delegations, registrations, check-in, "
        "match-making, the project pool, insights and news of a bilateral trade cooperation "
        "body. Authenticate with a personal access token (`Authorization: Bearer tb_...`, "
        "created on your profile page); public data is readable without one. Bilingual "
        "objects carry both languages (`*_en`, `*_zh`); times are ISO 8601 with offsets; "
        "lists take `limit` and `offset` and return `items` and `count`; POSTs accept an "
        "`Idempotency-Key` header."
    ),
    urls_namespace="api",
    auth=ApiAuth(),
    parser=TextParser(),
)


def _error(
    request: HttpRequest, status: int, code: str, message: str, details: object = None
) -> HttpResponse:
    return api.create_response(
        request, {"error": {"code": code, "message": message, "details": details}}, status=status
    )


@api.exception_handler(ApplicationError)
def application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    return _error(request, exc.status, exc.code, exc.message, exc.details)


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return _error(request, 422, "invalid", "Invalid request.", exc.errors)


@api.exception_handler(AuthenticationError)
def authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    message = str(exc)
    if message == "Unauthorized":  # django-ninja's own text
        message = (
            "Authentication needed: send a personal access token (Authorization: Bearer ...) "
            "or sign in on the site."
        )
    response = _error(request, 401, "unauthorized", message)
    response["WWW-Authenticate"] = 'Bearer realm="tradebridge"'
    return response


@api.exception_handler(Throttled)
def throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    wait = exc.wait
    response = _error(
        request,
        429,
        "throttled",
        f"Too many requests: retry in {wait} seconds." if wait else "Too many requests.",
        {"retry_after": wait},
    )
    if wait is not None:
        response["Retry-After"] = str(int(wait))
    return response


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # Raised by django-ninja itself, e.g. a session-authenticated POST without its CSRF token:
    # in the one error format too.
    if isinstance(exc.__cause__, ApplicationError):
        # A body the parser refused for what it holds (a NUL character), not for its syntax:
        # django-ninja wraps that as "Cannot parse request body"; the field is more use.
        return application_error(request, exc.__cause__)
    code = {403: "forbidden", 404: "not_found", 409: "conflict"}.get(exc.status_code, "error")
    return _error(request, exc.status_code, code, str(exc))


# Each domain's router, from the lowest layer to the highest.
for prefix, router in (
    ("/accounts/", "tradebridge.accounts.api.router"),
    ("/webhooks/", "tradebridge.webhooks.api.router"),
    ("/directory/", "tradebridge.directory.api.router"),
    ("/events/", "tradebridge.events.api.router"),
    ("/delegations/", "tradebridge.delegations.api.router"),
    ("/registrations/", "tradebridge.registrations.api.router"),
    ("/checkin/", "tradebridge.checkin.api.router"),
    ("/matchmaking/", "tradebridge.matchmaking.api.router"),
    ("/pool/", "tradebridge.pool.api.router"),
    ("/insights/", "tradebridge.insights.api.router"),
    ("/news/", "tradebridge.news.api.router"),
):
    api.add_router(prefix, router)

# Every operation can answer with these errors (authentication, scopes, throttling, rules,
# conflicts, validation), all in the one format: documented on each, as the schema's readers
# (and schemathesis) expect.
COMMON_ERRORS = (400, 401, 403, 404, 409, 422, 429)
for bound in api._get_bound_routers():
    for path_view in bound.path_operations.values():
        for operation in path_view.operations:
            for status in COMMON_ERRORS:
                if status not in operation.response_models:
                    operation.response_models[status] = operation._create_response_model(ErrorOut)
