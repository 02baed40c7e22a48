"""Two people acting on the same request, meeting or participant at the same moment.

A status moves only from the state it was read in, so whichever write comes second sees what
the first did. The stale-object tests run everywhere; the concurrent ones need PostgreSQL (row
locks and real parallel transactions) and are skipped on SQLite."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.db import connection
from django.db.models import Q

from tradebridge.errors import ApplicationError
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.contacts import has_confirmed_meeting_with
from tradebridge.matchmaking.models import (
    Meeting,
    MeetingRequest,
    Participant,
    ScheduleRun,
    Session,
)

from .conftest import make_participant

ROUNDS = 10

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
)


@dataclass
class Outcome:
    done: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    crashed: list[BaseException] = field(default_factory=list)


def race(calls: dict[str, Callable[[], object]]) -> Outcome:
    """Run the calls in threads (each with its own database connection) released together."""
    outcome = Outcome()
    barrier = threading.Barrier(len(calls))

    def run(name: str, call: Callable[[], object]) -> None:
        try:
            barrier.wait(timeout=10)
            call()
        except ApplicationError:
            outcome.refused.append(name)
        except BaseException as error:  # reported by the test, not swallowed
            outcome.crashed.append(error)
        else:
            outcome.done.append(name)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=item) for item in calls.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a call never returned"
    return outcome


def confirmed_between(a: Participant, b: Participant) -> bool:
    return Meeting.objects.filter(
        Q(first=a, second=b) | Q(first=b, second=a), status=Meeting.Status.CONFIRMED
    ).exists()


# --- everywhere: a stale object cannot undo what happened since it was read ------------------


@pytest.mark.django_db
def test_withdrawing_a_request_accepted_meanwhile_is_refused(session, cn, us):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    seen_by_requester = MeetingRequest.objects.get(pk=request.pk)  # the page still says pending
    services.request_answer(actor=u_us, request=request, accept=True)

    with pytest.raises(ApplicationError, match="awaiting an answer"):
        services.request_withdraw(actor=u_cn, request=seen_by_requester)

    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.ACCEPTED
    assert confirmed_between(p_cn, p_us)


@pytest.mark.django_db
def test_a_request_to_a_participant_cancelled_meanwhile_is_refused(staff, session, cn, us):
    (p_cn, u_cn), (p_us, _u_us) = cn, us
    stale_recipient = Participant.objects.get(pk=p_us.pk)
    services.participant_cancel(actor=staff, participant=p_us)

    with pytest.raises(ApplicationError, match="withdrawn from the session"):
        services.request_create(actor=u_cn, requester=p_cn, recipient=stale_recipient)

    assert not MeetingRequest.objects.exists()


@pytest.mark.django_db
def test_accepting_a_request_of_a_participant_cancelled_meanwhile_confirms_nothing(
    staff, session, cn, us
):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    seen_by_recipient = MeetingRequest.objects.get(pk=request.pk)
    services.participant_cancel(actor=u_cn, participant=p_cn)

    with pytest.raises(ApplicationError):
        services.request_answer(actor=u_us, request=seen_by_recipient, accept=True)

    assert not confirmed_between(p_cn, p_us)


@pytest.mark.django_db
def test_cancelling_a_meeting_twice_changes_nothing_the_second_time(staff, session, cn, us):
    (p_cn, _), (p_us, _) = cn, us
    meeting = services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)
    stale = Meeting.objects.get(pk=meeting.pk)
    services.meeting_cancel(actor=staff, meeting=meeting)
    services.meeting_cancel(actor=staff, meeting=stale)
    stale.refresh_from_db()
    assert stale.status == Meeting.Status.CANCELLED


@pytest.mark.django_db
def test_reopening_a_session_published_meanwhile_is_refused(staff, session):
    stale = Session.objects.get(pk=session.pk)  # the organizer's page, before publishing
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    scheduling.run_publish(actor=staff, run=run)

    with pytest.raises(ApplicationError, match="stays published"):
        services.session_set_status(actor=staff, session=stale, status=Session.Status.OPEN)

    session.refresh_from_db()
    assert (session.status, session.published_run) == (Session.Status.PUBLISHED, run)


# --- PostgreSQL: real concurrent transactions ----------------------------------------------


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_accept_and_withdraw_at_once_never_leave_a_withdrawn_request_with_a_meeting(session):
    for _round in range(ROUNDS):
        (p_cn, u_cn), (p_us, u_us) = (
            make_participant(session, side="CN"),
            make_participant(session, side="US"),
        )
        request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)

        def accept(pk=request.pk, user=u_us):
            # Each side loaded its page (and the request) before posting, as a view does.
            services.request_answer(
                actor=user, request=MeetingRequest.objects.get(pk=pk), accept=True
            )

        def withdraw(pk=request.pk, user=u_cn):
            services.request_withdraw(actor=user, request=MeetingRequest.objects.get(pk=pk))

        outcome = race({"accept": accept, "withdraw": withdraw})

        assert outcome.crashed == []
        assert len(outcome.done) == 1, outcome
        request.refresh_from_db()
        met = confirmed_between(p_cn, p_us)
        if outcome.done == ["accept"]:
            assert (request.status, met) == (MeetingRequest.Status.ACCEPTED, True)
        else:
            assert (request.status, met) == (MeetingRequest.Status.WITHDRAWN, False)
            # Nothing confirmed: the recipient does not see the requester's contacts.
            assert not has_confirmed_meeting_with(user=u_us, organization=p_cn.organization)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_mutual_requests_sent_at_once_make_one_mutual_meeting(session):
    for _round in range(ROUNDS):
        (p_cn, u_cn), (p_us, u_us) = (
            make_participant(session, side="CN"),
            make_participant(session, side="US"),
        )

        def ask(requester=p_cn, recipient=p_us, user=u_cn):
            services.request_create(actor=user, requester=requester, recipient=recipient)

        def ask_back(requester=p_us, recipient=p_cn, user=u_us):
            services.request_create(actor=user, requester=requester, recipient=recipient)

        outcome = race({"ask": ask, "ask back": ask_back})

        assert outcome.crashed == []
        assert sorted(outcome.done) == ["ask", "ask back"]
        meeting = Meeting.objects.get(Q(first=p_cn, second=p_us) | Q(first=p_us, second=p_cn))
        assert (meeting.status, meeting.mutual) == (Meeting.Status.CONFIRMED, True)
        assert sorted(
            MeetingRequest.objects.filter(
                Q(requester=p_cn, recipient=p_us) | Q(requester=p_us, recipient=p_cn)
            ).values_list("status", flat=True)
        ) == [MeetingRequest.Status.ACCEPTED, MeetingRequest.Status.ACCEPTED]


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_cancelling_while_a_request_is_accepted_leaves_no_meeting_for_a_cancelled_participant(
    session,
):
    for _round in range(ROUNDS):
        (p_cn, u_cn), (p_us, u_us) = (
            make_participant(session, side="CN"),
            make_participant(session, side="US"),
        )
        request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)

        def accept(pk=request.pk, user=u_us):
            services.request_answer(
                actor=user, request=MeetingRequest.objects.get(pk=pk), accept=True
            )

        def cancel(pk=p_cn.pk, user=u_cn):
            services.participant_cancel(actor=user, participant=Participant.objects.get(pk=pk))

        outcome = race({"accept": accept, "cancel": cancel})

        assert outcome.crashed == []
        assert "cancel" in outcome.done
        p_cn.refresh_from_db()
        assert p_cn.status == Participant.Status.CANCELLED
        assert not confirmed_between(p_cn, p_us)


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_cancelling_a_meeting_while_it_is_re_added_ends_in_one_state(staff, session):
    for _round in range(ROUNDS):
        (p_cn, _), (p_us, _) = (
            make_participant(session, side="CN"),
            make_participant(session, side="US"),
        )
        meeting = services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)

        def cancel(pk=meeting.pk):
            services.meeting_cancel(actor=staff, meeting=Meeting.objects.get(pk=pk))

        def add(first=p_cn, second=p_us):
            services.meeting_add(actor=staff, session=session, first=first, second=second)

        outcome = race({"cancel": cancel, "add": add})

        assert outcome.crashed == []
        assert sorted(outcome.done) == ["add", "cancel"]
        assert Meeting.objects.filter(pk=meeting.pk).count() == 1
