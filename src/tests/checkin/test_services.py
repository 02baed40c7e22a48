"""The check-in service: every answer the desk can get, once per person, replays by nonce."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import UserFactory
from tradebridge.checkin.models import CheckIn
from tradebridge.checkin.services import Result, check_in
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.registrations.models import Registration

from .factories import AgendaItemFactory, ItemRegistrationFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def test_check_in_welcomes_a_confirmed_attendee_once(staff, event, attendee):
    outcome = check_in(actor=staff, code=attendee.check_in_code, event=event, desk="Desk 2")

    assert outcome.result == Result.WELCOME
    assert outcome.registration == attendee
    assert outcome.message(event) == "Welcome, 曾国藩!"
    recorded = CheckIn.objects.get()
    assert (recorded.registration, recorded.agenda_item, recorded.desk, recorded.by) == (
        attendee,
        None,
        "Desk 2",
        staff,
    )


def test_check_in_second_scan_says_when_and_where(staff, event, attendee):
    first = check_in(actor=staff, code=attendee.check_in_code, event=event, desk="Desk 2")
    CheckIn.objects.filter(pk=first.check_in.pk).update(
        at=dt.datetime(2016, 5, 11, 16, 12, tzinfo=dt.UTC)  # 09:12 in Los Angeles
    )

    again = check_in(actor=staff, code=attendee.check_in_code, event=event, desk="Desk 5")

    assert again.result == Result.ALREADY
    assert again.message(event) == "曾国藩 already checked in at 09:12 by Desk 2."
    assert CheckIn.objects.count() == 1


def test_check_in_replayed_nonce_records_nothing_twice(staff, event, attendee):
    first = check_in(actor=staff, code=attendee.check_in_code, event=event, nonce="scan-1")
    replay = check_in(actor=staff, code=attendee.check_in_code, event=event, nonce="scan-1")

    assert (first.result, first.replayed) == (Result.WELCOME, False)
    assert (replay.result, replay.replayed) == (Result.WELCOME, True)
    assert replay.check_in == first.check_in
    assert CheckIn.objects.count() == 1


def test_check_in_nonce_of_another_scan_is_refused(staff, event, attendee):
    other = RegistrationFactory(event=event)
    check_in(actor=staff, code=attendee.check_in_code, event=event, nonce="scan-1")

    with pytest.raises(ApplicationError) as error:
        check_in(actor=staff, code=other.check_in_code, event=event, nonce="scan-1")

    assert error.value.code == "nonce_reused"
    assert not CheckIn.objects.filter(registration=other).exists()


def test_check_in_unknown_code_is_not_registered(staff, event):
    outcome = check_in(actor=staff, code="x" * 32, event=event)

    assert outcome.result == Result.NOT_REGISTERED
    assert outcome.message(event) == "Not registered: no registration has this code."
    assert not CheckIn.objects.exists()


def test_check_in_code_of_another_event_is_the_wrong_event(staff, event, other_event):
    elsewhere = RegistrationFactory(event=other_event)

    outcome = check_in(actor=staff, code=elsewhere.check_in_code, event=event)

    assert outcome.result == Result.WRONG_EVENT
    assert outcome.message(event) == "Wrong event: this badge is for Shanghai investment forum."
    assert not CheckIn.objects.exists()


@pytest.mark.parametrize(
    ("status", "result"),
    [
        (Registration.Status.CANCELLED, Result.CANCELLED),
        (Registration.Status.WAITLISTED, Result.WAITLISTED),
    ],
)
def test_check_in_unconfirmed_registration_is_refused(staff, event, status, result):
    registration = RegistrationFactory(event=event, status=status)

    outcome = check_in(actor=staff, code=registration.check_in_code, event=event)

    assert outcome.result == result
    assert not outcome.admitted
    assert not CheckIn.objects.exists()


def test_check_in_code_as_a_url_or_with_spaces_is_read(staff, event, attendee):
    code = f"  https://tradebridge.example/c/{attendee.check_in_code}/ \n"

    assert check_in(actor=staff, code=code, event=event).result == Result.WELCOME


def test_check_in_per_item_is_separate_from_the_event(staff, event, attendee):
    item = AgendaItemFactory(event=event)

    at_event = check_in(actor=staff, code=attendee.check_in_code, event=event)
    at_item = check_in(actor=staff, code=attendee.check_in_code, event=event, item=item)
    item_again = check_in(actor=staff, code=attendee.check_in_code, event=event, item=item)

    assert [at_event.result, at_item.result, item_again.result] == [
        Result.WELCOME,
        Result.WELCOME,
        Result.ALREADY,
    ]
    assert CheckIn.objects.count() == 2


def test_check_in_seated_item_admits_only_its_seats(staff, event, attendee):
    breakout = AgendaItemFactory(event=event, capacity=20)
    seated = RegistrationFactory(event=event)
    ItemRegistrationFactory(registration=seated, agenda_item=breakout)
    waiting = RegistrationFactory(event=event)
    ItemRegistrationFactory(
        registration=waiting,
        agenda_item=breakout,
        status=Registration.Status.WAITLISTED,
        waitlisted_at=dt.datetime(2016, 5, 1, tzinfo=dt.UTC),
    )

    results = [
        check_in(actor=staff, code=r.check_in_code, event=event, item=breakout).result
        for r in (attendee, seated, waiting)
    ]

    assert results == [Result.NOT_REGISTERED_FOR_ITEM, Result.WELCOME, Result.WAITLISTED]


def test_check_in_item_of_another_event_is_an_error(staff, event, other_event, attendee):
    with pytest.raises(ApplicationError):
        check_in(
            actor=staff,
            code=attendee.check_in_code,
            event=event,
            item=AgendaItemFactory(event=other_event),
        )


@pytest.mark.parametrize("who", ["representative", "anonymous"])
def test_check_in_by_non_staff_is_not_allowed(event, attendee, owner, who):
    from django.contrib.auth.models import AnonymousUser

    actor = owner if who == "representative" else AnonymousUser()
    with pytest.raises(NotAllowed):
        check_in(actor=actor, code=attendee.check_in_code, event=event)
    assert not CheckIn.objects.exists()


def test_check_in_by_the_attendee_themselves_is_not_allowed(event):
    user = UserFactory()
    own = RegistrationFactory(event=event, user=user)

    with pytest.raises(NotAllowed):
        check_in(actor=user, code=own.check_in_code, event=event)


def test_check_in_from_a_queue_keeps_the_scan_time(staff, event, attendee):
    scanned = dt.datetime(2016, 5, 11, 16, 5, tzinfo=dt.UTC)

    outcome = check_in(actor=staff, code=attendee.check_in_code, event=event, at=scanned)

    assert outcome.check_in.at == scanned


@pytest.mark.parametrize(
    "at", [dt.datetime(2016, 5, 11, 9, 5), dt.datetime(2999, 1, 1, tzinfo=dt.UTC)]
)
def test_check_in_time_naive_or_in_the_future_is_refused(staff, event, attendee, at):
    with pytest.raises(ApplicationError):
        check_in(actor=staff, code=attendee.check_in_code, event=event, at=at)
    assert not CheckIn.objects.exists()
