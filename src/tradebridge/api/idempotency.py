"""``Idempotency-Key`` on the API's POSTs: a client that did not hear the answer sends the same
request again with the same key and gets the first answer back, with no second effect.

Keyed by the caller (a hash of its Authorization header, its session's user, or its address)
and the key; a different request under a used key is refused (422); a retry while the first
is still running is told to wait (409). Answers of 5xx, 401 and 429 are not kept: those
requests did nothing, so a retry should really run."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from tradebridge.http.middleware import api_error

from .models import IdempotencyRecord

PREFIX = "/api/v1/"
NOT_KEPT = frozenset({401, 429})


def _caller(request: HttpRequest) -> str:
    header = request.headers.get("Authorization")
    if header:
        return "t:" + hashlib.sha256(header.encode()).hexdigest()[:60]
    if request.user.is_authenticated:
        return f"u:{request.user.pk}"
    return f"a:{request.META.get('REMOTE_ADDR', '')}"[:80]


def _fingerprint(request: HttpRequest) -> str:
    digest = hashlib.sha256()
    for part in (request.method or "", request.get_full_path()):
        digest.update(part.encode() + b"\0")
    digest.update(request.body)
    return digest.hexdigest()


def _replay(record: IdempotencyRecord) -> HttpResponse:
    response = HttpResponse(
        bytes(record.body), status=record.status, content_type=record.content_type or None
    )
    response["Idempotent-Replayed"] = "true"
    return response


class IdempotencyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = request.headers.get("Idempotency-Key")
        if request.method != "POST" or key is None or not request.path.startswith(PREFIX):
            return self.get_response(request)
        if not 1 <= len(key) <= 255 or not key.isprintable():
            return api_error(
                400,
                "invalid",
                "Idempotency-Key must be 1 to 255 printable characters.",
                {"header": "Idempotency-Key"},
            )
        caller, fingerprint = _caller(request), _fingerprint(request)
        cutoff = timezone.now() - dt.timedelta(hours=settings.API_IDEMPOTENCY_HOURS)
        stale = IdempotencyRecord.objects.filter(created_at__lt=cutoff)
        if random.random() < 0.01:
            stale.delete()
        else:
            stale.filter(caller=caller, key=key).delete()
        try:
            with transaction.atomic():
                record = IdempotencyRecord.objects.create(
                    caller=caller, key=key, fingerprint=fingerprint
                )
        except IntegrityError:
            existing = IdempotencyRecord.objects.filter(caller=caller, key=key).first()
            if existing is None:  # deleted meanwhile: the first request failed; run again
                return self.get_response(request)
            if existing.fingerprint != fingerprint:
                return api_error(
                    422,
                    "idempotency_key_reused",
                    "This Idempotency-Key was used for a different request.",
                    {"header": "Idempotency-Key"},
                )
            if existing.status is None:
                response: HttpResponse = api_error(
                    409,
                    "idempotency_in_progress",
                    "A request with this Idempotency-Key is still running; retry shortly.",
                    {"header": "Idempotency-Key"},
                )
                response["Retry-After"] = "1"
                return response
            return _replay(existing)
        response = self.get_response(request)
        if (
            response.status_code >= 500
            or response.status_code in NOT_KEPT
            or getattr(response, "streaming", False)
        ):
            record.delete()
            return response
        IdempotencyRecord.objects.filter(pk=record.pk).update(
            status=response.status_code,
            content_type=response.get("Content-Type", ""),
            body=response.content,
        )
        return response
