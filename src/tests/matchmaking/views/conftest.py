"""Fixtures of the organizer pages: a booked session and the "Run the scheduler" button."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tradebridge.matchmaking import services
from tradebridge.matchmaking.models import ScheduleRun

from ..conftest import make_participant


@pytest.fixture
def booked(staff, session, cn, us):
    """Two Chinese and two US participants (one of each from the fixtures), all cross pairs
    meeting: 4 meetings in a session of 5 slots and 4 tables."""
    cns = [cn[0], make_participant(session, side="CN", name="Zhejiang Blue Sea Wind")[0]]
    uss = [us[0], make_participant(session, side="US", name="Pacific Grid Storage")[0]]
    for a in cns:
        for b in uss:
            services.meeting_add(actor=staff, session=session, first=a, second=b, priority=2)
    return cns, uss


def start_run(client, session, **data) -> ScheduleRun:
    """Press "Run the scheduler". The test settings run tasks immediately: the run is finished
    when the response comes back."""
    response = client.post(
        reverse("matchmaking:manage-run-start", args=[session.pk]),
        {"time_limit": "5", **data},
    )
    run = ScheduleRun.objects.latest("created_at")
    assert response.status_code == 302
    assert response["Location"] == reverse("matchmaking:manage-run", args=[run.pk])
    return run
