"""Registering, changing and cancelling; capacity, the waiting list and its promotions; the
e-mails each step sends, in the attendee's language."""

from __future__ import annotations

import pytest

from tradebridge.accounts.models import Consent
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.notifications.models import Notification
from tradebridge.registrations import selectors, services
from tradebridge.registrations.models import ItemRegistration, Registration, Status
from tradebridge.registrations.services import RegistrationInput

from .conftest import VERSION, capacity, person, register
from .factories import AgendaItemFactory, RoomFactory

pytestmark = pytest.mark.django_db


def kinds(user) -> list[str]:
    return list(
        Notification.objects.filter(user=user).order_by("pk").values_list("kind", flat=True)
    )


def test_registering_oneself_confirms_and_records_the_consent(event, attendee):
    registration = register(attendee, event, organization_name="Acme", languages=["en"])

    assert registration.status == Status.CONFIRMED
    assert registration.user == attendee
    assert registration.registered_by == attendee
    assert registration.consent_version == VERSION
    assert registration.consented_at is not None
    consent = Consent.objects.get(user=attendee, document=Consent.Document.PRIVACY_NOTICE)
    assert consent.version == VERSION
    assert consent.given_at == registration.consented_at
    assert kinds(attendee) == ["registrations/notifications/confirmed"]


def test_the_check_in_code_is_long_random_and_unique(event, attendee, zh_attendee):
    codes = {register(attendee, event).check_in_code, register(zh_attendee, event).check_in_code}
    assert len(codes) == 2
    # 24 random bytes: 32 URL-safe characters, 192 bits.
    assert all(len(code) >= 32 for code in codes)


def test_registering_without_consent_is_refused(event, attendee):
    with pytest.raises(ApplicationError) as error:
        services.registration_register_self(
            actor=attendee,
            event=event,
            data=RegistrationInput(full_name="Alice", email=attendee.email),
            consented=False,
            consent_version=VERSION,
        )
    assert error.value.details == {"field": "consent"}
    assert not Registration.objects.exists()


def test_a_stale_privacy_notice_version_is_refused(event, attendee):
    with pytest.raises(ApplicationError) as error:
        services.registration_register_self(
            actor=attendee,
            event=event,
            data=RegistrationInput(full_name="Alice", email=attendee.email),
            consented=True,
            consent_version="2020-01-01",
        )
    assert error.value.details == {"field": "consent"}


def test_registering_twice_is_refused_but_again_after_cancelling_is_a_new_registration(
    event, attendee
):
    first = register(attendee, event)
    with pytest.raises(ApplicationError, match="already registered"):
        register(attendee, event)
    services.registration_cancel(actor=attendee, registration=first)
    second = register(attendee, event)
    assert second.pk != first.pk
    assert second.check_in_code != first.check_in_code
    first.refresh_from_db()
    assert first.status == Status.CANCELLED


def test_a_person_cannot_give_themselves_a_staff_role(event, attendee):
    with pytest.raises(ApplicationError) as error:
        register(attendee, event, role=Registration.Role.GUEST_OF_HONOUR)
    assert error.value.details == {"field": "role"}


def test_the_passport_name_is_capitalised_and_checked(event, attendee, zh_attendee):
    assert register(attendee, event, latin_name="  smith   alice ").latin_name == "SMITH ALICE"
    with pytest.raises(ApplicationError) as error:
        register(zh_attendee, event, latin_name="王磊")
    assert error.value.details == {"field": "latin_name"}


def test_closed_registration_refuses_people_but_not_staff(event, staff, attendee):
    services.registration_settings_update(actor=staff, event=event, capacity=None, is_open=False)
    with pytest.raises(ApplicationError, match="closed"):
        register(attendee, event)
    registration = services.registration_register_by_staff(
        actor=staff,
        event=event,
        data=RegistrationInput(full_name="Guest", email="guest@example.org", role="guest"),
        consented=True,
        consent_version=VERSION,
    )
    assert registration.status == Status.CONFIRMED
    assert registration.registered_by == staff


def test_staff_registration_links_the_account_of_that_address(event, staff, zh_attendee):
    registration = services.registration_register_by_staff(
        actor=staff,
        event=event,
        data=RegistrationInput(full_name="王磊", email="WangLei@Example.cn", role="speaker"),
        consented=True,
        consent_version=VERSION,
    )
    assert registration.user == zh_attendee
    assert registration.email == "wanglei@example.cn"
    assert kinds(zh_attendee) == ["registrations/notifications/confirmed"]


def test_only_staff_register_others(event, attendee):
    with pytest.raises(NotAllowed):
        services.registration_register_by_staff(
            actor=attendee,
            event=event,
            data=RegistrationInput(full_name="Bob", email="bob@example.org"),
            consented=True,
            consent_version=VERSION,
        )


# --- capacity and the waiting list ---------------------------------------------------------


def test_over_capacity_people_wait_and_are_promoted_in_order(event, staff):
    capacity(staff, event, 2)
    people = [person(f"p{i}@example.org") for i in range(5)]
    regs = [register(p, event) for p in people]
    assert [r.status for r in regs] == ["confirmed"] * 2 + ["waitlisted"] * 3
    assert [selectors.waiting_position(r) for r in regs] == [None, None, 1, 2, 3]

    promoted = services.registration_cancel(actor=people[1], registration=regs[1])

    assert [r.pk for r in promoted] == [regs[2].pk]
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert [statuses[r.pk] for r in regs] == [
        "confirmed",
        "cancelled",
        "confirmed",
        "waitlisted",
        "waitlisted",
    ]
    assert kinds(people[2]) == [
        "registrations/notifications/waitlisted",
        "registrations/notifications/promoted",
    ]
    assert kinds(people[3]) == ["registrations/notifications/waitlisted"]
    regs[3].refresh_from_db()
    assert selectors.waiting_position(regs[3]) == 1


def test_cancelling_a_waitlisted_place_promotes_nobody(event, staff):
    capacity(staff, event, 1)
    a, b, c = (person(f"{x}@example.org") for x in "abc")
    register(a, event)
    rb, rc = register(b, event), register(c, event)
    assert services.registration_cancel(actor=b, registration=rb) == []
    rc.refresh_from_db()
    assert rc.status == Status.WAITLISTED


def test_a_cancelled_person_is_not_re_added_by_a_promotion(event, staff):
    capacity(staff, event, 1)
    a, b = person("a@example.org"), person("b@example.org")
    ra, rb = register(a, event), register(b, event)
    services.registration_cancel(actor=b, registration=rb)  # b gives up waiting
    services.registration_cancel(actor=a, registration=ra)  # a seat frees: nobody waits
    rb.refresh_from_db()
    assert rb.status == Status.CANCELLED
    assert selectors.registration_counts(event).confirmed == 0


def test_cancelling_twice_is_refused(event, attendee):
    registration = register(attendee, event)
    services.registration_cancel(actor=attendee, registration=registration)
    with pytest.raises(ApplicationError, match="already cancelled"):
        services.registration_cancel(actor=attendee, registration=registration)


def test_more_seats_promote_the_waiting_list_at_once(event, staff):
    capacity(staff, event, 1)
    regs = [register(person(f"q{i}@example.org"), event) for i in range(4)]
    capacity(staff, event, 3)
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert [statuses[r.pk] for r in regs] == ["confirmed"] * 3 + ["waitlisted"]


def test_fewer_seats_unseat_nobody(event, staff):
    regs = [register(person(f"r{i}@example.org"), event) for i in range(3)]
    capacity(staff, event, 1)
    assert selectors.registration_counts(event).confirmed == 3
    assert all(r.status == Status.CONFIRMED for r in regs)
    # ...but nobody new gets in until the figure is below the capacity again.
    assert register(person("late@example.org"), event).status == Status.WAITLISTED


def test_an_outsider_cannot_cancel_or_change_someone_else(event, attendee, zh_attendee):
    registration = register(attendee, event)
    with pytest.raises(NotAllowed):
        services.registration_cancel(actor=zh_attendee, registration=registration)
    with pytest.raises(NotAllowed):
        services.registration_change(
            actor=zh_attendee,
            registration=registration,
            data=RegistrationInput(full_name="X", email="x@example.org"),
        )


def test_changing_keeps_the_address_and_tells_the_attendee(event, attendee):
    registration = register(attendee, event)
    changed = services.registration_change(
        actor=attendee,
        registration=registration,
        data=RegistrationInput(
            full_name="Alice B. Smith",
            email="other@example.org",
            role="organizer",
            diet="vegetarian",
            languages=["en", "zh"],
        ),
    )
    assert changed.full_name == "Alice B. Smith"
    assert changed.email == attendee.email
    assert changed.role == Registration.Role.ATTENDEE
    assert changed.diet == "vegetarian"
    assert changed.languages == ["en", "zh"]
    assert kinds(attendee)[-1] == "registrations/notifications/changed"


def test_a_cancelled_registration_cannot_be_changed_back(event, attendee):
    registration = register(attendee, event)
    services.registration_cancel(actor=attendee, registration=registration)
    with pytest.raises(ApplicationError, match="cancelled"):
        services.registration_change(
            actor=attendee,
            registration=registration,
            data=RegistrationInput(full_name="Alice", email=attendee.email),
        )


# --- e-mails in the attendee's language ----------------------------------------------------


def test_messages_are_in_each_attendees_language(event, staff, attendee, zh_attendee):
    capacity(staff, event, 1)
    register(attendee, event)
    waiting = register(zh_attendee, event)
    assert waiting.status == Status.WAITLISTED
    zh_note = Notification.objects.get(user=zh_attendee)
    assert "候补" in zh_note.subject
    assert "加州—中国商务峰会" in zh_note.subject
    en_note = Notification.objects.get(user=attendee)
    assert en_note.subject == ("Your registration is confirmed: California–China Business Summit")


# --- delegates ------------------------------------------------------------------------------


def test_the_leader_registers_the_delegations_delegates(event, leader, delegation, delegates):
    created = services.registration_register_delegates(
        actor=leader,
        delegation=delegation,
        delegates=delegates,
        consented=True,
        consent_version=VERSION,
    )
    assert len(created) == 3
    assert {r.delegate_id for r in created} == {d.pk for d in delegates}
    assert all(r.delegation == delegation and r.role == "delegate" for r in created)
    assert all(r.registered_by == leader for r in created)
    assert created[0].languages == ["zh"]
    # Again: those registered are left as they are.
    assert (
        services.registration_register_delegates(
            actor=leader,
            delegation=delegation,
            delegates=delegates,
            consented=True,
            consent_version=VERSION,
        )
        == []
    )


def test_the_national_leader_registers_a_provincial_delegate(event, leader, delegation):
    from .factories import DelegateFactory, DelegationFactory

    province = DelegationFactory(event=event, parent=delegation)
    delegate = DelegateFactory(delegation=province, email="")
    (registration,) = services.registration_register_delegates(
        actor=leader,
        delegation=province,
        delegates=[delegate],
        consented=True,
        consent_version=VERSION,
    )
    assert registration.email == ""
    assert registration.delegation == province


def test_an_outsider_and_a_leader_of_another_delegation_cannot_register_delegates(
    event, attendee, delegation, delegates
):
    from .factories import DelegationFactory

    other = DelegationFactory(event=event)
    other_leader = person("other-leader@example.cn")
    other.leaders.add(other_leader)
    for actor, target in ((attendee, delegation), (other_leader, delegation)):
        with pytest.raises(NotAllowed):
            services.registration_register_delegates(
                actor=actor,
                delegation=target,
                delegates=delegates,
                consented=True,
                consent_version=VERSION,
            )
    # A leader naming another delegation's delegate under their own delegation: refused too.
    with pytest.raises(NotAllowed):
        services.registration_register_delegates(
            actor=other_leader,
            delegation=other,
            delegates=delegates[:1],
            consented=True,
            consent_version=VERSION,
        )
    assert not Registration.objects.exists()


# --- agenda items ---------------------------------------------------------------------------


def test_an_item_takes_the_rooms_capacity_and_promotes_on_cancel(event, staff):
    room = RoomFactory(event=event, capacity=1)
    item = AgendaItemFactory(event=event, room=room)
    a, b = person("ia@example.org"), person("ib@example.org")
    ra, rb = register(a, event), register(b, event)
    first = services.item_register(actor=a, registration=ra, item=item)
    second = services.item_register(actor=b, registration=rb, item=item)
    assert (first.status, second.status) == ("confirmed", "waitlisted")

    promoted = services.item_cancel(actor=a, item_registration=first)

    assert [p.pk for p in promoted] == [second.pk]
    second.refresh_from_db()
    assert second.status == Status.CONFIRMED
    assert kinds(b)[-1] == "registrations/notifications/promoted"
    assert "Breakout" in Notification.objects.filter(user=b).order_by("pk").last().subject


def test_cancelling_the_event_registration_frees_its_item_seats(event, staff):
    item = AgendaItemFactory(event=event, capacity=1)
    a, b = person("ja@example.org"), person("jb@example.org")
    ra, rb = register(a, event), register(b, event)
    services.item_register(actor=a, registration=ra, item=item)
    waiting = services.item_register(actor=b, registration=rb, item=item)
    services.registration_cancel(actor=a, registration=ra)
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    assert ItemRegistration.objects.get(registration=ra).status == Status.CANCELLED


def test_a_waitlisted_attendee_cannot_take_an_item_seat(event, staff):
    capacity(staff, event, 0)
    item = AgendaItemFactory(event=event)
    a = person("ka@example.org")
    ra = register(a, event)
    with pytest.raises(ApplicationError, match="confirmed"):
        services.item_register(actor=a, registration=ra, item=item)


def test_a_person_without_an_account_hears_by_e_mail_in_their_language(event, staff, mailoutbox):
    def by_staff(name, email, languages):
        return services.registration_register_by_staff(
            actor=staff,
            event=event,
            data=RegistrationInput(full_name=name, email=email, languages=languages),
            consented=True,
            consent_version=VERSION,
        )

    zh = by_staff("王磊", "wang.lei@example.cn", ("zh",))
    en = by_staff("Emily Johnson", "emily@example.org", ("en", "zh"))
    assert zh.user is None and en.user is None
    assert not Notification.objects.exists()  # no inbox without an account
    sent = {message.to[0]: message for message in mailoutbox}
    assert set(sent) == {"wang.lei@example.cn", "emily@example.org"}
    assert "加州—中国商务峰会" in sent["wang.lei@example.cn"].subject
    assert "王磊" in sent["wang.lei@example.cn"].body
    assert sent["emily@example.org"].subject == (
        "Your registration is confirmed: California–China Business Summit"
    )
