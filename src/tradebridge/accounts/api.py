"""Account endpoints: the signed-in person's consents (a registration flow elsewhere, or an
app, records a consent to the notice in force)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from tradebridge import scopes

from .models import Consent
from .privacy import CURRENT_VERSIONS, consent_record
from .selectors import consents_of

router = Router(tags=["accounts"])

Document = Literal["privacy-notice", "cross-border-transfer"]


class _ErrorDetail(Schema):
    code: str
    message: str
    details: Any = None


class _ErrorOut(Schema):
    # The API's one error format (tradebridge.http.schemas.ErrorOut, which sits above accounts).
    error: _ErrorDetail


class ConsentOut(Schema):
    document: str
    version: str
    language: str
    given_at: dt.datetime


class ConsentsOut(Schema):
    current_versions: dict[str, str]
    consents: list[ConsentOut]


class ConsentIn(Schema):
    documents: Annotated[list[Document], Field(min_length=1, max_length=2)]
    version: Annotated[str, Field(min_length=1, max_length=20)]
    language: Literal["en", "zh-hans"]


# 403: a POST from the site's session without its CSRF token.
ERRORS: dict[int, type[Schema]] = {400: _ErrorOut, 401: _ErrorOut, 403: _ErrorOut, 422: _ErrorOut}


def _consents(request: HttpRequest) -> ConsentsOut:
    return ConsentsOut(
        current_versions=dict(CURRENT_VERSIONS),
        consents=[ConsentOut.from_orm(c) for c in consents_of(request.user)],  # type: ignore[arg-type]
    )


@router.get("/me/consents", response={200: ConsentsOut, **ERRORS})
def my_consents(request: HttpRequest) -> ConsentsOut:
    """The signed-in person's consents, newest first, and the version of each document in
    force."""
    scopes.require(request, "accounts:read", signed_in=True)
    return _consents(request)


@router.post("/me/consents", response={201: ConsentsOut, **ERRORS})
def give_consent(request: HttpRequest, data: ConsentIn) -> Status[ConsentsOut]:
    """Record that the signed-in person agrees to documents in the version in force (read in
    ``language``). A version that is not in force is refused (400)."""
    user = scopes.require(request, "accounts:write", signed_in=True)
    consent_record(
        user=user,
        documents=[Consent.Document(d) for d in data.documents],
        language=data.language,
        version=data.version,
    )
    return Status(201, _consents(request))
