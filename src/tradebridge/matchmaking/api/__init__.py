"""The match-making API under ``/api/v1/matchmaking/`` (scopes ``matchmaking:read`` and
``matchmaking:write``): events and sessions, participants and their availability, meeting
requests, meetings, schedules and personal agendas (JSON and ICS), outcomes. The same rules
(``matchmaking.rules``) and services as the web pages; each endpoint's description says who
may call it."""

from ninja import Router

from . import meetings, requests, sessions

router = Router(tags=["match-making"])
router.add_router("", sessions.router)
router.add_router("", requests.router)
router.add_router("", meetings.router)

__all__ = ["router"]
