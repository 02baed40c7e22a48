"""Meeting requests: the caller's sent and received ones; asking for a meeting; the
recipient's accept and decline, the requester's withdraw."""

from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.http import HttpRequest
from ninja import Path, Query, Router, Status
from ninja.pagination import paginate

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser, is_secretariat
from tradebridge.errors import ApplicationError, NotAllowed, NotFound
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import Id

from .. import rules, services
from ..models import Meeting, MeetingRequest, Participant
from .access import event_filter, in_event, represented
from .schemas import AUTH_ERRORS, WRITE_ERRORS, RequestFilters, RequestIn, RequestOut

router = Router()


def _with_meeting(requests: QuerySet[MeetingRequest]) -> QuerySet[MeetingRequest]:
    """The requests with their relations and the pair's confirmed meeting (one query)."""
    pair = Meeting.objects.filter(
        Q(first_id=OuterRef("requester_id"), second_id=OuterRef("recipient_id"))
        | Q(first_id=OuterRef("recipient_id"), second_id=OuterRef("requester_id")),
        status=Meeting.Status.CONFIRMED,
    )
    return requests.select_related(
        "session__event", "requester__organization", "recipient__organization"
    ).annotate(pair_meeting_id=Subquery(pair.values("pk")[:1]))


def _visible(user: AnyUser) -> Q:
    """Requests the user may reach one by one: those its organizations sent or received
    (a withdrawn one too, as the web's answer button does: answering it is then a conflict);
    staff reach every request."""
    if is_secretariat(user):
        return Q()
    mine = represented(user).values("pk")
    return Q(requester__in=mine) | Q(recipient__in=mine)


def _request_for(request: HttpRequest, user: AnyUser, request_id: int) -> MeetingRequest:
    found = _with_meeting(MeetingRequest.objects.filter(_visible(user), pk=request_id)).first()
    if found is None:
        raise NotFound()
    in_event(request, found.session.event_id)
    return found


def _reload(pk: int) -> MeetingRequest:
    return _with_meeting(MeetingRequest.objects.filter(pk=pk)).get()


@router.get("/requests", response={200: list[RequestOut], **AUTH_ERRORS})
@paginate(BoundedLimitOffset)
def list_requests(request: HttpRequest, filters: Query[RequestFilters]):  # type: ignore[no-untyped-def]
    """The meeting requests the caller's organizations sent and received (``box``), the
    latest first. The other side's contacts show once a meeting is confirmed."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    mine = represented(user).values("pk")
    requests = MeetingRequest.objects.filter(event_filter(request, "session__event_id"))
    sent = Q(requester__in=mine)
    received = Q(recipient__in=mine) & ~Q(status=MeetingRequest.Status.WITHDRAWN)
    if filters.box == "sent":
        requests = requests.filter(sent)
    elif filters.box == "received":
        requests = requests.filter(received)
    else:
        requests = requests.filter(sent | received)
    if filters.session is not None:
        requests = requests.filter(session_id=filters.session)
    if filters.status is not None:
        requests = requests.filter(status=filters.status)
    return _with_meeting(requests).order_by("-created_at", "-pk")


@router.get("/requests/{request_id}", response={200: RequestOut, **AUTH_ERRORS})
def get_request(request: HttpRequest, request_id: Path[Id]) -> MeetingRequest:
    """One request: its requester's and recipient's representatives, and staff."""
    user = scopes.require(request, "matchmaking:read", signed_in=True)
    return _request_for(request, user, request_id)


@router.post("/requests", response={201: RequestOut, **WRITE_ERRORS})
def create_request(request: HttpRequest, data: RequestIn) -> Status[MeetingRequest]:
    """Ask a participant of the session for a meeting, with a priority (1 would be useful,
    2 important, 3 essential) and a short message: a representative of a participant (its
    address confirmed), while the session is open for requests and before its deadline, up
    to the session's maximum number of requests. An unlisted organization cannot be asked
    (404). If the other side has already asked for the same meeting, both requests are
    accepted at once (``status`` "accepted", ``meeting`` set): the meeting is mutual. Asking
    the same organization twice is 409."""
    user: User = scopes.require(request, "matchmaking:write")
    recipient = (
        Participant.objects.select_related("session__event", "organization")
        .filter(pk=data.recipient)
        .first()
    )
    if (
        recipient is None
        or not rules.can_view_session(user, recipient.session)
        or not rules.can_request_meeting_with(user, recipient)
        or recipient.status == Participant.Status.CANCELLED
    ):
        raise NotFound("That organization is not in this session.")
    session = recipient.session
    in_event(request, session.event_id)
    requester = _requester(user, data.requester, session.pk)
    meeting_request = services.request_create(
        actor=user,
        requester=requester,
        recipient=recipient,
        priority=data.priority,
        message=data.message,
    )
    return Status(201, _reload(meeting_request.pk))


def _requester(user: User, requester_id: int | None, session_id: int) -> Participant:
    """The caller's participant in the session: the one named, else its only one."""
    if requester_id is not None:
        requester = (
            Participant.objects.select_related("session__event", "organization")
            .filter(pk=requester_id, session_id=session_id)
            .first()
        )
        if requester is None:
            raise ApplicationError(
                "requester: not a participant of the recipient's session.",
                details={"field": "requester"},
            )
        return requester
    mine = list(
        represented(user)
        .filter(session_id=session_id)
        .exclude(status=Participant.Status.CANCELLED)
        .select_related("session__event", "organization")[:2]
    )
    if not mine:
        raise NotAllowed("Your organization does not take part in this session: register it first.")
    if len(mine) > 1:
        raise ApplicationError(
            "requester: you represent two participants of this session; say which one asks.",
            details={"field": "requester"},
        )
    return mine[0]


@router.post("/requests/{request_id}/accept", response={200: RequestOut, **WRITE_ERRORS})
def accept_request(request: HttpRequest, request_id: Path[Id]) -> MeetingRequest:
    """The recipient's representatives (or staff) accept a pending request: the meeting is
    confirmed and each side sees the other's contacts. A request already answered or
    withdrawn is 409."""
    return _answer(request, request_id, accept=True)


@router.post("/requests/{request_id}/decline", response={200: RequestOut, **WRITE_ERRORS})
def decline_request(request: HttpRequest, request_id: Path[Id]) -> MeetingRequest:
    """The recipient's representatives (or staff) decline a pending request. A request
    already answered or withdrawn is 409."""
    return _answer(request, request_id, accept=False)


def _answer(request: HttpRequest, request_id: int, *, accept: bool) -> MeetingRequest:
    user: User = scopes.require(request, "matchmaking:write")
    meeting_request = _request_for(request, user, request_id)
    services.request_answer(actor=user, request=meeting_request, accept=accept)
    return _reload(meeting_request.pk)


@router.post("/requests/{request_id}/withdraw", response={200: RequestOut, **WRITE_ERRORS})
def withdraw_request(request: HttpRequest, request_id: Path[Id]) -> MeetingRequest:
    """The requester's representatives take back a request still awaiting an answer; one
    accepted or declined meanwhile is 409 (the meeting stands)."""
    user: User = scopes.require(request, "matchmaking:write")
    meeting_request = _request_for(request, user, request_id)
    services.request_withdraw(actor=user, request=meeting_request)
    return _reload(meeting_request.pk)
