"""Site-wide request handling: a limit on the size of a request body, pages' refusal of a NUL
character in what a request sends, the API's one error format for every error under ``/api/``
(Django's own 404, 405 or 413 pages are HTML), and the Permissions-Policy header (the CSP comes
from django-csp, the Referrer-Policy from Django)."""

from __future__ import annotations

import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.datastructures import MultiValueDict

API_PREFIX = "/api/"

Handler = Callable[[HttpRequest], HttpResponse]


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


class RequestSizeLimitMiddleware:
    """Refuse a request whose body is larger than ``MAX_REQUEST_BYTES`` (413) before anything
    reads it. Django's own limits leave files out (``DATA_UPLOAD_MAX_MEMORY_SIZE`` counts the
    other fields), so without this a multi-gigabyte upload would be received whole. The limit
    leaves room for the largest directory import plus the form around it."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _declared_length(request) > settings.MAX_REQUEST_BYTES:
            megabytes = settings.MAX_REQUEST_BYTES // (1024 * 1024)
            if request.path.startswith(API_PREFIX):
                return api_error(
                    413,
                    "too_large",
                    f"The request body is larger than the limit of {megabytes} MB.",
                    {"limit_bytes": settings.MAX_REQUEST_BYTES},
                )
            # (No "Connection: close": WSGI forbids hop-by-hop headers; the server drains or
            # drops the unread body itself.)
            return render(request, "web/too_large.html", {"megabytes": megabytes}, status=413)
        return self.get_response(request)


def nul_parameter(data: MultiValueDict[str, Any]) -> str | None:
    """The first parameter of a query or form whose text holds a NUL character (an uploaded
    file is no text and is passed over)."""
    for name, values in data.lists():
        if any(isinstance(value, str) and "\x00" in value for value in values):
            return name
    return None


def _nul_field(request: HttpRequest) -> str | None:
    """The first part of a page request (its address, a query parameter, a form field) whose
    text holds a NUL character."""
    if "\x00" in request.path:
        return "address"
    # A form's fields, with or without files: the CSRF check reads them all the same, after.
    if request.method == "POST" and request.content_type in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        return nul_parameter(request.GET) or nul_parameter(request.POST)
    return nul_parameter(request.GET)


class NulTextMiddleware:
    """Refuse a page request that sends a NUL character (400), before a view looks it up.
    PostgreSQL cannot hold one in text: a search word or a slug with one read straight from
    ``request.GET`` or ``request.POST`` was a database error (500) there. Django's forms refuse
    it already, field by field; this covers what a view reads itself. The API checks its own
    (``api.parser``, its 400 naming the field in the API's error format)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            field = _nul_field(request)
            if field is not None:
                return render(request, "web/nul_text.html", {"field": field}, status=400)
        return self.get_response(request)


def api_error(status: int, code: str, message: str, details: object = None) -> JsonResponse:
    return JsonResponse(
        {"error": {"code": code, "message": message, "details": details}}, status=status
    )


def _in_api_format(response: HttpResponse) -> bool:
    if not response.get("Content-Type", "").startswith("application/json"):
        return False
    if getattr(response, "streaming", False):
        return True  # not ours to rewrite
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(body, dict) and isinstance(body.get("error"), dict)


class ApiErrorFormatMiddleware:
    """Under ``/api/`` every error answers ``{"error": {"code", "message", "details"}}``: an
    address the API does not have (Django's HTML 404), a method an endpoint does not take (an
    empty 405), and anything else that did not come from the API's own exception handlers."""

    CODES = {404: "not_found", 405: "method_not_allowed", 403: "forbidden", 413: "too_large"}

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            not request.path.startswith(API_PREFIX)
            or response.status_code < 400
            or _in_api_format(response)
        ):
            return response
        status = response.status_code
        details: object = None
        if status == 404:
            message = f"The API has no {request.path}: see /api/v1/docs for its addresses."
        elif status == 405:
            allowed = response.get("Allow", "")
            message = f"{request.method} is not allowed here; allowed: {allowed or 'none'}."
            details = {"allowed": [m.strip() for m in allowed.split(",") if m.strip()]}
        else:
            message = HTTPStatus(status).phrase + "."
        code = self.CODES.get(status, HTTPStatus(status).phrase.lower().replace(" ", "_"))
        rewritten = api_error(status, code, message, details)
        if "Allow" in response:
            rewritten["Allow"] = response["Allow"]
        return rewritten


class PermissionsPolicyMiddleware:
    """Tell browsers that no page uses the camera, microphone, location and the like, so that
    nothing injected into a page could either (``PERMISSIONS_POLICY``)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
