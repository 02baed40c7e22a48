"""Webhook endpoints and deliveries (API v1, staff): register an endpoint for event types,
change, deactivate or remove it, rotate its secret, send it a test event; list what was sent
to it and resend a delivery. The same rules (``rules.can_manage_webhooks``) and services as
the staff pages."""

import datetime as dt
import json
import uuid
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import ValidationError
from ninja.pagination import paginate
from pydantic import StringConstraints

from tradebridge import scopes
from tradebridge.errors import NotAllowed, NotFound
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import Id

from . import rules
from .models import Delivery, Endpoint
from .selectors import deliveries_of, endpoints_listed
from .services import (
    EVENT_TYPES,
    EndpointInput,
    delivery_resend,
    endpoint_create,
    endpoint_delete,
    endpoint_rotate_secret,
    endpoint_send_test,
    endpoint_update,
)

router = Router(tags=["webhooks"])

EventType = Literal[
    "organization.changed",
    "request.answered",
    "meeting.scheduled",
    "meeting.moved",
    "meeting.unscheduled",
    "meeting.cancelled",
    "registration.created",
    "checkin.created",
    "deal.stage_changed",
]
# Printable ASCII only (a host in another script is written in punycode): one character class
# that the schema's readers (ECMA regular expressions) and pydantic read alike, where "\s"
# differs (U+0085 is a space to one and not to the other).
Url = Annotated[str, StringConstraints(pattern=r"^https?://[!-~]+$", max_length=500)]
Line = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$", max_length=200)]
Status_ = Literal["pending", "retrying", "succeeded", "failed"]


class EndpointOut(Schema):
    id: int
    url: str
    description: str
    event_types: list[str]
    active: bool
    secret: str = Field(..., description="the signing secret (HMAC-SHA256 key)")
    created_by: int | None = Field(None, alias="created_by_id")
    created_at: dt.datetime
    secret_rotated_at: dt.datetime | None


class EndpointIn(Schema):
    url: Url = Field(..., description="https:// address that receives the POSTs")
    description: Line = ""
    event_types: list[EventType] = Field(..., min_length=1, max_length=len(EVENT_TYPES))
    active: bool = True


class EndpointPatch(Schema):
    url: Url | None = None
    description: Line | None = None
    event_types: list[EventType] | None = Field(None, min_length=1, max_length=len(EVENT_TYPES))
    active: bool | None = None


class DeliveryOut(Schema):
    id: int
    endpoint: int = Field(..., alias="endpoint_id")
    event_type: str
    event_id: uuid.UUID
    payload: Any
    status: str = Field(..., description="pending, retrying, succeeded or failed")
    attempts: int
    next_attempt_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    last_response_status: int | None
    last_response_body: str = Field(..., description="the start of the body (2 KB at most)")
    last_error: str
    created_at: dt.datetime
    delivered_at: dt.datetime | None


class DeliveryFilters(Schema):
    status: Status_ | None = None


class EventTypeOut(Schema):
    type: str
    description: str


def _staff(request: HttpRequest, scope: str) -> Any:
    user = scopes.require(request, scope, signed_in=True)
    if scopes.token_event_id(request) is not None:
        raise NotAllowed("A token limited to one event cannot manage webhooks.")
    if not rules.can_manage_webhooks(user):
        raise NotAllowed()
    return user


def _json_object(request: HttpRequest) -> None:
    # Every field of a PATCH is optional, and django-ninja reads a body that is not a JSON
    # object (an array, null, a number) as one naming none: refuse it rather than change
    # nothing and answer 200.
    try:
        body = json.loads(request.body or b"null")
    except ValueError:
        return  # django-ninja has refused it already
    if not isinstance(body, dict):
        raise ValidationError(
            [{"type": "dict_type", "loc": ["body"], "msg": "The body must be a JSON object."}]
        )


def _endpoint(endpoint_id: int) -> Endpoint:
    endpoint = Endpoint.objects.filter(pk=endpoint_id).first()
    if endpoint is None:
        raise NotFound()
    return endpoint


def _delivery(delivery_id: int) -> Delivery:
    delivery = Delivery.objects.filter(pk=delivery_id).first()
    if delivery is None:
        raise NotFound()
    return delivery


@router.get("/event-types", response=list[EventTypeOut])
def event_types(request: HttpRequest) -> list[EventTypeOut]:
    """The event types an endpoint can subscribe to. Staff only (scope webhooks:read)."""
    _staff(request, "webhooks:read")
    return [EventTypeOut(type=t, description=d) for t, d in EVENT_TYPES.items()]


@router.get("/endpoints", response=list[EndpointOut])
@paginate(BoundedLimitOffset)
def endpoint_list(request: HttpRequest) -> Any:
    """Every endpoint, newest first. Staff only (scope webhooks:read)."""
    _staff(request, "webhooks:read")
    return endpoints_listed()


@router.post("/endpoints", response={201: EndpointOut})
def endpoint_create_api(request: HttpRequest, data: EndpointIn) -> Status[Endpoint]:
    """Register an endpoint; its signing secret is generated and returned. Staff only (scope
    webhooks:write)."""
    user = _staff(request, "webhooks:write")
    endpoint = endpoint_create(
        actor=user,
        data=EndpointInput(
            url=data.url,
            description=data.description,
            event_types=tuple(data.event_types),
            active=data.active,
        ),
    )
    return Status(201, endpoint)


@router.get("/endpoints/{endpoint_id}", response=EndpointOut)
def endpoint_get(request: HttpRequest, endpoint_id: Id) -> Endpoint:
    """One endpoint. Staff only (scope webhooks:read)."""
    _staff(request, "webhooks:read")
    return _endpoint(endpoint_id)


@router.patch("/endpoints/{endpoint_id}", response=EndpointOut)
def endpoint_patch(request: HttpRequest, endpoint_id: Id, data: EndpointPatch) -> Endpoint:
    """Change an endpoint's address, description, event types or whether it is active (an
    inactive endpoint gets nothing). Staff only (scope webhooks:write)."""
    user = _staff(request, "webhooks:write")
    _json_object(request)
    endpoint = _endpoint(endpoint_id)
    return endpoint_update(
        actor=user,
        endpoint=endpoint,
        data=EndpointInput(
            url=endpoint.url if data.url is None else data.url,
            description=endpoint.description if data.description is None else data.description,
            event_types=tuple(
                endpoint.event_types if data.event_types is None else data.event_types
            ),
            active=endpoint.active if data.active is None else data.active,
        ),
    )


@router.delete("/endpoints/{endpoint_id}", response={204: None})
def endpoint_delete_api(request: HttpRequest, endpoint_id: Id) -> Status[None]:
    """Remove an endpoint and its deliveries. Staff only (scope webhooks:write)."""
    user = _staff(request, "webhooks:write")
    endpoint_delete(actor=user, endpoint=_endpoint(endpoint_id))
    return Status(204, None)


@router.post("/endpoints/{endpoint_id}/rotate-secret", response=EndpointOut)
def endpoint_rotate(request: HttpRequest, endpoint_id: Id) -> Endpoint:
    """Give the endpoint a new signing secret (returned); later attempts are signed with it.
    Staff only (scope webhooks:write)."""
    user = _staff(request, "webhooks:write")
    return endpoint_rotate_secret(actor=user, endpoint=_endpoint(endpoint_id))


@router.post("/endpoints/{endpoint_id}/test", response={201: DeliveryOut})
def endpoint_test(request: HttpRequest, endpoint_id: Id) -> Status[Delivery]:
    """Send a test event (type ``webhook.test``) to the endpoint; returns its delivery.
    Refused (409) for an inactive endpoint. Staff only (scope webhooks:write)."""
    user = _staff(request, "webhooks:write")
    return Status(201, endpoint_send_test(actor=user, endpoint=_endpoint(endpoint_id)))


@router.get("/endpoints/{endpoint_id}/deliveries", response=list[DeliveryOut])
@paginate(BoundedLimitOffset)
def delivery_list(request: HttpRequest, endpoint_id: Id, filters: Query[DeliveryFilters]) -> Any:
    """What was sent to an endpoint, newest first, with each delivery's last answer. Staff
    only (scope webhooks:read)."""
    _staff(request, "webhooks:read")
    return deliveries_of(_endpoint(endpoint_id), status=filters.status)


@router.get("/deliveries/{delivery_id}", response=DeliveryOut)
def delivery_get(request: HttpRequest, delivery_id: Id) -> Delivery:
    """One delivery. Staff only (scope webhooks:read)."""
    _staff(request, "webhooks:read")
    return _delivery(delivery_id)


@router.post("/deliveries/{delivery_id}/resend", response=DeliveryOut)
def delivery_resend_api(request: HttpRequest, delivery_id: Id) -> Delivery:
    """A new attempt at a delivery, now, with the same event id and body. Refused (409) while
    an attempt is under way or when the endpoint is inactive. Staff only (scope
    webhooks:write)."""
    user = _staff(request, "webhooks:write")
    return delivery_resend(actor=user, delivery=_delivery(delivery_id))
