"""The REST API (OpenAPI documentation at /api/docs). One input and one output schema per
endpoint; every ``ApplicationError`` becomes one JSON error format."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from tradebridge.errors import ApplicationError

api = NinjaAPI(
    title="Tradebridge API",
    version="1",
    description="Directory, events and match-making of a bilateral trade cooperation body.",
    urls_namespace="api",
)


@api.exception_handler(ApplicationError)
def application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    return api.create_response(
        request,
        {"error": {"code": exc.code, "message": exc.message, "details": exc.details}},
        status=exc.status,
    )


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return api.create_response(
        request,
        {"error": {"code": "invalid", "message": "Invalid request.", "details": exc.errors}},
        status=422,
    )


@api.exception_handler(AuthenticationError)
def authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request,
        {
            "error": {
                "code": "unauthorized",
                "message": "Sign in first: the API uses the site's session.",
                "details": None,
            }
        },
        status=401,
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # Raised by django-ninja itself, e.g. a session-authenticated POST without its CSRF token:
    # in the one error format too.
    code = {403: "forbidden", 404: "not_found"}.get(exc.status_code, "error")
    return api.create_response(
        request,
        {"error": {"code": code, "message": str(exc), "details": None}},
        status=exc.status_code,
    )


api.add_router("/accounts/", "tradebridge.accounts.api.router")
api.add_router("/directory/", "tradebridge.directory.api.router")
api.add_router("/delegations/", "tradebridge.delegations.api.router")
api.add_router("/events/", "tradebridge.events.api.router")
api.add_router("/matchmaking/", "tradebridge.matchmaking.api.router")
api.add_router("/checkin/", "tradebridge.checkin.api.router")
api.add_router("/registrations/", "tradebridge.registrations.api.router")
